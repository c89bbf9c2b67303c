"""The one small interface every channel adapter implements."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from conversations.effects import Button


@dataclass(frozen=True)
class OutgoingMessage:
    key: str  # the outbox row's identity: the same on every attempt
    address: str
    text: str
    buttons: tuple[Button, ...] = field(default_factory=tuple)
    purpose: str = ""  # what the engine meant by it ("question:<id>", "gate", ...): for simulators and logs
    language: str = "en"
    created_at: datetime | None = None  # when the step wrote it: reconciliation looks for sends after this
    last_inbound_at: datetime | None = None  # WhatsApp: free-form messages only within 24 h of this


@dataclass(frozen=True)
class SendResult:
    provider_id: str | None  # None when the provider gave the message no id we could learn
    note: str | None = None  # something the operator should see, e.g. a template fallback


class SendError(Exception):
    """A send that did not go out. ``permanent`` errors are not retried; ``opted_out`` ends contact."""

    def __init__(
        self,
        message: str,
        *,
        permanent: bool = False,
        opted_out: bool = False,
        retry_after: float | None = None,
        rate_limited: bool = False,
    ) -> None:
        super().__init__(message)
        self.permanent = permanent or opted_out
        self.opted_out = opted_out
        self.retry_after = retry_after
        self.rate_limited = rate_limited  # the provider said too many (HTTP 429, Telegram flood control)


class Channel(Protocol):
    name: str

    async def send(self, message: OutgoingMessage) -> SendResult: ...

    async def close(self) -> None:
        """Release connections (HTTP sessions) at shutdown."""
        ...

    async def find_sent(self, message: OutgoingMessage) -> SendResult | None:
        """After a crash or a broken connection left the outcome unknown: the earlier send of this message if the
        provider has it, or None when it is certain that nothing went out."""
        ...
