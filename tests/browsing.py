"""What the browser tests share: Debian's Chromium and its flags, where screenshots go, how long to wait."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# As root, on a machine without a network: no sandbox, and none of Chromium's own connections.
BROWSER_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(os.environ.get("CALLBACKS_SCREENSHOTS", "test-screenshots"))
WAIT = 15_000  # ms
NEEDS_CHROMIUM = [
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
]
