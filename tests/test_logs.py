"""Logs an operator can ship: one JSON object per line, and never a worker's number or words at INFO or above,
even with everything at DEBUG through a whole SMS callback with the real Twilio client."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from bot.clock import VirtualClock
from bot.logs import QUIET_LIBRARIES, configure_logging
from tests.helpers import settle
from tests.ops_helpers import SCRIPT_WITH_COMPLAINT, WORKER, running_service

FREE_TEXT = "my supervisor Budi keeps my passport in his drawer"


@pytest.fixture
def json_logs() -> Iterator[io.StringIO]:
    """The root logger as ``CALLBACKS_LOG_FORMAT=json CALLBACKS_LOG_LEVEL=DEBUG`` sets it, into a buffer."""
    root = logging.getLogger()
    saved = (list(root.handlers), root.level, {name: logging.getLogger(name).level for name in QUIET_LIBRARIES})
    stream = io.StringIO()
    configure_logging("json", "DEBUG", stream=stream)
    yield stream
    handlers, level, quiet = saved
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)
    for name, quiet_level in quiet.items():
        logging.getLogger(name).setLevel(quiet_level)


def _entries(stream: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]  # one JSON object per line


async def test_a_whole_callback_logs_no_number_and_no_words_at_info_or_above(
    database_url: str, clock: VirtualClock, json_logs: io.StringIO
) -> None:
    async with running_service(database_url, clock) as service:
        await service.enroll_worker()
        script = [*SCRIPT_WITH_COMPLAINT[:-2], FREE_TEXT, "9"]
        for number, reply in enumerate(script):
            clock.advance(timedelta(seconds=40))
            if number == 3:  # Twilio takes this reply's answer but the connection drops: the client asks Twilio
                service.fake.lose_answer(WORKER)  # for the messages sent to the worker's number
            await service.worker_says(reply)
        clock.advance(timedelta(seconds=40))
        await settle(service.runtime)
        sent = [m.body for m in service.fake.messages]

    entries = _entries(json_logs)
    assert {"time", "level", "logger", "message"} <= set(entries[0])
    shown = [e for e in entries if logging.getLevelName(e["level"]) >= logging.INFO]
    assert any(e["message"].startswith("send of outbox") for e in shown), "the lost answer is logged as a warning"
    assert any(e["level"] == "DEBUG" for e in entries), "DEBUG lines are written too"
    written = "\n".join(json.dumps(e, ensure_ascii=False) for e in shown)
    assert WORKER not in written and WORKER.lstrip("+") not in written and WORKER[3:] not in written
    assert "Budi" not in written and "passport" not in written
    for body in sent:
        assert body not in written


def test_numbers_are_masked_in_messages_arguments_fields_and_tracebacks(json_logs: io.StringIO) -> None:
    log = logging.getLogger("tests.logs")
    log.warning(
        "could not reach %s",
        "+62 812-3456-7890",
        extra={"to": WORKER, "outbox": 12, "url": "/Messages.json?To=%2B6281234567890"},
    )
    try:
        raise ValueError(f"chat 812345678 and {WORKER}")
    except ValueError:
        log.exception("failed on 2026-12-02 at 08:10:55")
    warning, failure = _entries(json_logs)
    assert warning["message"] == "could not reach [number]"
    assert (warning["to"], warning["outbox"], warning["url"]) == ("[number]", 12, "/Messages.json?To=[number]")
    assert failure["message"] == "failed on 2026-12-02 at 08:10:55", "dates and times are not numbers"
    assert "ValueError: chat [number] and [number]" in failure["exception"]
    assert "812345678" not in json_logs.getvalue()


def test_text_logs_keep_a_traceback_on_the_events_line() -> None:
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    stream = io.StringIO()
    configure_logging("text", "INFO", stream=stream)
    try:
        try:
            raise RuntimeError("the provider\nanswered 500")
        except RuntimeError:
            logging.getLogger("tests.logs").exception("send failed")
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in saved[0]:
            root.addHandler(handler)
        root.setLevel(saved[1])
    [line] = stream.getvalue().splitlines()
    assert " ERROR tests.logs: send failed\\nTraceback" in line and line.endswith("answered 500")
