"""`callbacks serve` as an operator runs it: refuses an unmigrated database, serves /health, stops cleanly."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import TEST_SECRET

STARTUP_SECONDS = 60


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _callbacks(*args: str) -> list[str]:
    return [sys.executable, "-m", "bot.cli", *args]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "CALLBACKS_DATABASE_URL": f"sqlite:///{tmp_path}/serve.db",
        "CALLBACKS_SECRET_KEY": TEST_SECRET,
    }


def test_serve_needs_a_migrated_database_and_a_secret_key(env: dict[str, str]) -> None:
    refused = subprocess.run(_callbacks("serve"), env=env, capture_output=True, text=True, timeout=60)
    assert refused.returncode != 0
    assert "callbacks db upgrade" in refused.stderr
    no_key = {k: v for k, v in env.items() if k != "CALLBACKS_SECRET_KEY"}
    refused = subprocess.run(_callbacks("serve"), env=no_key, capture_output=True, text=True, timeout=60)
    assert "CALLBACKS_SECRET_KEY is not set" in refused.stderr


def test_serve_answers_health_and_stops_on_sigterm(env: dict[str, str]) -> None:
    subprocess.run(_callbacks("db", "upgrade"), env=env, check=True, capture_output=True, timeout=60)
    port = _free_port()
    server = subprocess.Popen(
        _callbacks("serve", "--port", str(port)), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        body = b""
        deadline = time.monotonic() + STARTUP_SECONDS  # a loaded machine loads twenty languages' word lists slowly
        while not body and server.poll() is None and time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1) as response:
                    body = response.read()
            except OSError:
                time.sleep(0.1)
        assert b'"status": "ok"' in body
    finally:
        server.send_signal(signal.SIGTERM)
        _, errors = server.communicate(timeout=20)
    assert server.returncode == 0, errors
