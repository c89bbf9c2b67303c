"""The fake Twilio API from the tests, as a server process, so benchmarked replies go somewhere local."""

import sys
from pathlib import Path

from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.fakes.twilio_api import FakeTwilio, create_app

port, account, token = int(sys.argv[1]), sys.argv[2], sys.argv[3]
web.run_app(create_app(FakeTwilio(account, token)), host="127.0.0.1", port=port, access_log=None, print=None)
