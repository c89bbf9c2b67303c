"""Logging for operators: one line per event, as text or (``CALLBACKS_LOG_FORMAT=json``) one JSON object per line
with time, level, logger, message and the record's structured fields (``extra=``).

Workers' numbers, chat ids and words are never logged at INFO or above by this code; :class:`MaskNumbers` is the
safety net on the handler, masking anything that looks like a phone number in a message, its arguments, its
fields and a traceback, whoever logged it."""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import IO, Any

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# An E.164 number (+ or its URL encoding %2B, then 8 to 15 digits, spaces or hyphens allowed between) or a bare run
# of 8 to 15 digits (a number typed without +, a Telegram chat id). Dates, times and decimals have separators in
# between, and digits inside a word (a provider's message id) are not a number: those are left.
PHONE_LIKE = re.compile(r"(?:%2[Bb]|(?<![\w+])\+)\d(?:[ -]?\d){7,14}(?!\w)|(?<![\w+%])\d{8,15}(?!\w)")
MASK = "[number]"
# Libraries that say too much, whatever the level: httpx logs each request's URL (with the Telegram bot token) and
# twilio each request's query (a worker's number) at INFO; aiosqlite every statement's parameters at DEBUG.
QUIET_LIBRARIES = ("alembic", "httpx", "httpcore", "telegram", "twilio", "aiohttp.access", "aiosqlite")
_STANDARD_FIELDS = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


def mask_numbers(text: str) -> str:
    return PHONE_LIKE.sub(MASK, text)


class MaskNumbers(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_numbers(record.getMessage())
        record.args = None
        for name, value in list(vars(record).items()):
            if name not in _STANDARD_FIELDS and isinstance(value, str):
                setattr(record, name, mask_numbers(value))
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_numbers(record.exc_text)
        return True


class OneLineFormatter(logging.Formatter):
    """Text, with a traceback or a multi-line message kept on the event's one line (newlines written as \\n)."""

    def format(self, record: logging.LogRecord) -> str:
        return super().format(record).replace("\n", "\\n")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({k: v for k, v in vars(record).items() if k not in _STANDARD_FIELDS and not k.startswith("_")})
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, default=str, ensure_ascii=False)


def configure_logging(log_format: str = "text", level: str | int = "INFO", *, stream: IO[str] | None = None) -> None:
    """Replace the root logger's handlers with one that writes to ``stream`` (stderr) in ``log_format``."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if log_format == "json" else OneLineFormatter(TEXT_FORMAT))
    handler.addFilter(MaskNumbers())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper() if isinstance(level, str) else level)
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)
