"""What channel webhooks are parsed into, before anything is stored. Parsers never raise on strange input:
they return :class:`Rejected` with a reason (answered with a 4xx) or :class:`Ignored` (answered 2xx)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from typing import Any, TypeVar


@dataclass(frozen=True)
class Media:
    """An attachment: a Twilio media URL or a Telegram file id, kept for the caller."""

    type: str  # "image", "voice", "video", "sticker", "document", "location", or a MIME type's main part
    url: str | None = None
    file_id: str | None = None
    content_type: str | None = None


@dataclass(frozen=True)
class InboundMessage:
    """A message from a worker.

    ``address`` is how the worker is found again: E.164 for SMS and WhatsApp (no ``whatsapp:`` prefix), the chat
    id for Telegram. ``provider_id`` deduplicates redeliveries (Twilio MessageSid, Telegram ``update_id``).
    ``text`` is what the worker typed or the button they pressed (a button's payload wins over its label).
    """

    channel: str
    provider_id: str
    address: str
    text: str
    media: tuple[Media, ...] = field(default_factory=tuple)
    start_payload: str | None = None  # Telegram /start <payload>: a deep-link enrollment code
    callback_query_id: str | None = None  # Telegram inline button press: must be answered
    edited: bool = False


@dataclass(frozen=True)
class StatusUpdate:
    """A delivery report for a message we sent (Twilio status callback)."""

    channel: str
    provider_id: str  # the MessageSid we got when sending
    status: str  # queued, sending, sent, delivered, read, undelivered, failed, ...
    error_code: str | None = None

    @property
    def opted_out(self) -> bool:
        return self.error_code == "21610"


@dataclass(frozen=True)
class ChatBlocked:
    """Telegram ``my_chat_member``: the worker blocked (``blocked=True``) or unblocked the bot."""

    channel: str
    provider_id: str
    address: str
    blocked: bool


@dataclass(frozen=True)
class Ignored:
    """A valid update that is not for us (an inline query, an empty update): answer 2xx, store nothing."""

    reason: str


@dataclass(frozen=True)
class Rejected:
    """Malformed input: answer 4xx with ``reason`` (no personal data in it), store nothing."""

    reason: str


Parsed = InboundMessage | StatusUpdate | ChatBlocked | Ignored | Rejected
_T = TypeVar("_T", InboundMessage, StatusUpdate, ChatBlocked, Media)


PROVIDER_ID_LENGTH = 100
ERROR_CODE_LENGTH = 10
REPLACEMENT = "\ufffd"
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
"""NUL and lone UTF-16 surrogates: PostgreSQL refuses both in text, and neither encodes to UTF-8."""


def storable_text(text: str) -> str:
    """``text`` with NUL characters and lone surrogates replaced by U+FFFD: the message is kept, with a visible
    mark where the character was, rather than lost for one character no database can store."""
    return _UNSTORABLE.sub(REPLACEMENT, text)


def storable(parsed: Parsed) -> Parsed:
    """``parsed`` with every text storable (:func:`storable_text`), or :class:`Rejected` when an id is longer
    than the column that keeps it (no real provider id is)."""
    if isinstance(parsed, (Ignored, Rejected)):
        return parsed
    if not _texts_are_text(parsed) or not all(_texts_are_text(m) for m in getattr(parsed, "media", ())):
        return Rejected("a text field holds something else")  # e.g. a JSON object as a Telegram message's text
    if len(parsed.provider_id) > PROVIDER_ID_LENGTH:
        return Rejected("message id longer than 100 characters")
    code = parsed.error_code if isinstance(parsed, StatusUpdate) else None
    if code is not None and (len(code) > ERROR_CODE_LENGTH or not code.isdigit()):
        return Rejected("ErrorCode is not a number")
    if isinstance(parsed, InboundMessage):
        return replace(_storable_fields(parsed), media=tuple(_storable_fields(item) for item in parsed.media))
    if isinstance(parsed, StatusUpdate):
        return _storable_fields(parsed)
    return _storable_fields(parsed)


def _texts_are_text(value: object) -> bool:
    """Whether the fields declared ``str`` (or ``str | None``) hold one: a parser may pass on what it was given."""
    for item in fields(value):  # type: ignore[arg-type]
        text = getattr(value, item.name)
        if item.type == "str" and not isinstance(text, str):
            return False
        if item.type == "str | None" and not (text is None or isinstance(text, str)):
            return False
    return True


def _storable_fields(value: _T) -> _T:
    changes: dict[str, Any] = {}
    for item in fields(value):
        text = getattr(value, item.name)
        if isinstance(text, str):
            changes[item.name] = storable_text(text)
    return replace(value, **changes)
