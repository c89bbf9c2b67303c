"""The state of one worker's conversation: everything ``step()`` needs, serialisable as JSON."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from conversations.schedule import Schedule
from conversations.vocabulary import Category, Severity


class Status(StrEnum):
    AWAITING_ADDRESS = "awaiting_address"  # Telegram: the worker has not opened the enrollment link yet
    SCHEDULED = "scheduled"  # waiting for the next contact moment
    ACTIVE = "active"  # the bot is talking with the worker
    WITH_CALLER = "with_caller"  # handed to a person; the bot is silent
    COMPLETED = "completed"
    OPTED_OUT = "opted_out"
    EXPIRED = "expired"  # no response in time; never counted as an answer

    @property
    def is_final(self) -> bool:
        return self in (Status.COMPLETED, Status.OPTED_OUT, Status.EXPIRED)


class TimerKind(StrEnum):
    CONTACT = "contact"  # business-initiated contact, always inside a window
    REMINDER = "reminder"  # no reply: remind once inside the next window
    EXPIRY = "expiry"  # no reply for the configured time
    TURN = "turn"  # the worker may still be typing: several quick messages are one turn


class Conversation(BaseModel):
    """Immutable; ``step()`` returns a changed copy.

    ``deadlines`` is the only source of truth for timers: storage mirrors it into a table that the scheduler
    scans, and a fired timer whose ``due_at`` no longer matches is stale and ignored.
    """

    model_config = ConfigDict(frozen=True)

    language: str
    schedule: Schedule
    status: Status = Status.SCHEDULED
    step: str | None = None
    answers: dict[str, str] = Field(default_factory=dict)
    invalid_attempts: int = 0
    reminders_sent: int = 0
    reschedules: int = 0
    pending: tuple[str, ...] = ()
    deadlines: dict[TimerKind, datetime] = Field(default_factory=dict)
    first_contact_at: datetime | None = None
    last_inbound_at: datetime | None = None
    flagged: tuple[Category, ...] = ()
    escalation: Severity | None = None
    offered_language: str | None = None  # asked "continue in X?" and waiting for the answer
    languages_offered: tuple[str, ...] = ()  # each language is offered once at most
    offer_holds_question: bool = False  # the offer went out instead of the next question, which is not shown yet
