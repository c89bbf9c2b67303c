"""What channel webhooks are parsed into, before anything is stored. Parsers never raise on strange input:
they return :class:`Rejected` with a reason (answered with a 4xx) or :class:`Ignored` (answered 2xx)."""

from __future__ import annotations

from dataclasses import dataclass, field


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
