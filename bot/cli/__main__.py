"""``python -m bot.cli``: the same as the ``callbacks`` console script."""

import sys

from bot.cli import main

sys.exit(main())
