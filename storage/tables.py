"""SQLModel tables. Datetimes are aware (UTC); addresses are stored encrypted with a keyed-HMAC lookup column."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import JSON, Column, ColumnElement, Index, LargeBinary, Table, UniqueConstraint, bindparam, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

JSONType = JSON().with_variant(JSONB(), "postgresql")


def table_of(model: type[SQLModel]) -> Table:
    """The Core table of a SQLModel class, for bulk statements."""
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


def json_column(nullable: bool = False) -> Any:
    return Field(sa_column=Column(JSONType, nullable=nullable))


class JSONText(TypeDecorator[str]):
    """A value for a JSON column given as its JSON text, already written (pydantic's ``model_dump_json``): the
    driver takes it as it is, instead of a dict serialised again."""

    impl = JSONType
    cache_ok = True

    def bind_processor(self, dialect: Dialect) -> None:
        return None


class Organisation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=200)
    created_at: datetime


class User(SQLModel, table=True):
    __tablename__ = "app_user"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(unique=True, max_length=320)
    password_hash: str = Field(max_length=300)
    role: str = Field(max_length=20)  # admin | auditor | caller | client
    organisation_id: int | None = Field(default=None, foreign_key="organisation.id")
    languages: list[str] = json_column()
    created_at: datetime
    disabled_at: datetime | None = None
    # Every session carries the epoch it was made in: disabling a user or changing a password moves it on, and
    # every older session ends at its next request.
    session_epoch: int = 0
    timezone: str = Field(default="UTC", max_length=64)  # where the caller works: windows are shown in it too
    interface_language: str = Field(default="en", max_length=10)  # scripted questions and answers are shown in it


class LoginFailure(SQLModel, table=True):
    """Failed logins, counted per account and per address over a sliding window to throttle guessing."""

    __tablename__ = "login_failure"

    id: int | None = Field(default=None, primary_key=True)
    account: str = Field(max_length=320, index=True)
    address: str = Field(max_length=64, index=True)
    at: datetime = Field(index=True)


class Campaign(SQLModel, table=True):
    """One round of callbacks after an audit of one facility, for one client organisation.

    status: draft (workers may be enrolled, nobody is contacted) -> running <-> paused -> closed. Only a running
    campaign makes first contacts; conversations already under way go on while it is paused. Results reach the
    client only after the contact period ends (``contact_ends_on``, in the campaign's timezone).
    """

    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True)
    name: str = Field(max_length=200)
    script: str = Field(max_length=100)
    timezone: str = Field(max_length=64)
    created_at: datetime
    facility: str = Field(default="", max_length=200)
    country: str = Field(default="", max_length=2)  # ISO 3166 region: the default for local phone numbers
    audit_date: date | None = None
    languages: list[str] = json_column()  # the languages workers may be enrolled in; empty: any with a locale
    contact_starts_on: date | None = None
    contact_ends_on: date | None = None
    status: str = Field(default="running", max_length=10)  # draft | running | paused | closed
    status_changed_at: datetime | None = None


class Worker(SQLModel, table=True):
    __table_args__ = (
        Index("ix_worker_enrollment_code", "enrollment_code_lookup", unique=True),
        # One worker, one conversation: an address is enrolled once per campaign and channel.
        Index(
            "uq_worker_campaign_address",
            "campaign_id",
            "channel",
            "address_lookup",
            unique=True,
            postgresql_where=text("address_lookup IS NOT NULL"),
            sqlite_where=text("address_lookup IS NOT NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    channel: str = Field(max_length=20)
    address_cipher: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    address_lookup: str | None = Field(default=None, max_length=64, index=True)
    language: str = Field(max_length=10)
    windows: list[str] = json_column()
    tags: list[str] = json_column()
    consent: bool = True
    created_at: datetime
    # Telegram: a one-time code in the deep link binds the chat; only its keyed hash is stored.
    enrollment_code_lookup: str | None = Field(default=None, max_length=64)
    enrollment_expires_at: datetime | None = None
    address_bound_at: datetime | None = None


class Conversation(SQLModel, table=True):
    __table_args__ = (Index("ix_conversation_campaign_status", "campaign_id", "status"),)

    id: int | None = Field(default=None, primary_key=True)
    worker_id: int = Field(foreign_key="worker.id", unique=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    channel: str = Field(max_length=20)
    language: str = Field(max_length=10)
    script: str = Field(max_length=100)
    status: str = Field(max_length=20, index=True)
    state: dict[str, Any] = json_column()
    version: int = 0
    updated_at: datetime
    last_inbound_at: datetime | None = None  # WhatsApp's 24-hour window is counted from here


class Inbound(SQLModel, table=True):
    """Every message a worker sent, stored before it is processed; ``processed_at`` is set in the same
    transaction as the conversation's step. Unprocessed rows are claimed like timers: a claim moves
    ``available_at`` to the end of its lease, so a message whose processor died is taken up again."""

    __table_args__ = (
        UniqueConstraint("channel", "provider_id", name="uq_inbound_provider_id"),
        Index(
            "ix_inbound_unprocessed",
            "available_at",
            "id",
            postgresql_where=text("processed_at IS NULL"),
            sqlite_where=text("processed_at IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int | None = Field(default=None, foreign_key="conversation.id", index=True)
    sender_lookup: str | None = Field(default=None, max_length=64)  # keyed HMAC of the sender: who, never stored
    channel: str = Field(max_length=20)
    provider_id: str = Field(max_length=100)
    text: str
    attachments: list[str] = json_column()
    received_at: datetime
    available_at: datetime
    processed_at: datetime | None = None


class Outbox(SQLModel, table=True):
    """Messages to send. Written with the step that produced them; sent after the commit by the dispatcher.

    status: pending -> sending -> sent | failed; pending -> withdrawn (a first contact taken back unsent when its
    campaign was paused or closed). Claiming sets ``next_attempt_at`` to the end of the lease, so a
    row left in ``sending`` by a crash falls due again by itself, and is reconciled with the channel before any
    second attempt. ``outcome_unknown`` says that the last attempt may have reached the provider (the process
    died mid-send, or the connection broke after the request went out): the next attempt asks the channel first.
    """

    __table_args__ = (
        # Only rows still to send are indexed, in the order they fall due: the claim walks this index and stops.
        Index(
            "ix_outbox_due",
            "next_attempt_at",
            "id",
            postgresql_where=text("status IN ('pending', 'sending')"),
            sqlite_where=text("status IN ('pending', 'sending')"),
        ),  # queries say outbox_waiting(), which is this predicate
    )

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversation.id", index=True)
    channel: str = Field(max_length=20)
    text: str
    buttons: list[dict[str, str]] = json_column()
    purpose: str = Field(max_length=60)
    status: str = Field(default="pending", max_length=12)
    attempts: int = 0
    next_attempt_at: datetime
    provider_id: str | None = Field(default=None, max_length=100, index=True)
    error: str | None = Field(default=None, max_length=500)
    outcome_unknown: bool = False
    note: str | None = Field(default=None, max_length=300)  # e.g. "sent with the en template: no my template"
    delivery_status: str | None = Field(default=None, max_length=20)  # from status callbacks; only moves forward
    created_at: datetime
    sent_at: datetime | None = None
    author_id: int | None = Field(default=None, foreign_key="app_user.id")  # a caller's reply; None: the bot
    # The bot's reply to a worker's message: when that message was stored (the earliest, if one step answered
    # several), so the reply's wait is known when it is sent. None: a message that answers nothing.
    answers_received_at: datetime | None = None
    audience: str = Field(default="worker", max_length=10)  # worker | callers (an alert to the callers' chat)


OUTBOX_WAITING = ("pending", "sending")  # the statuses of rows still to send: ix_outbox_due's predicate


def outbox_waiting(table: Table) -> ColumnElement[bool]:
    """``status IN ('pending', 'sending')`` with the two values written into the statement's text: a planner uses a
    partial index only when it can see that the query implies the index's predicate, and a bound parameter hides
    that (SQLite then scans the whole outbox at every claim; on PostgreSQL a generic plan of a prepared statement
    cannot use it either). The statement stays cached: only the two values are rendered, as literals, at execution."""
    return table.c.status.in_(bindparam("outbox_waiting", list(OUTBOX_WAITING), expanding=True, literal_execute=True))


class DeliveryReport(SQLModel, table=True):
    """Each provider status callback once: (message id, status) is the dedupe key."""

    __tablename__ = "delivery_report"
    __table_args__ = (UniqueConstraint("provider_id", "status", name="uq_delivery_report"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=20)
    provider_id: str = Field(max_length=100)
    status: str = Field(max_length=20)
    error_code: str | None = Field(default=None, max_length=10)
    received_at: datetime


class Answer(SQLModel, table=True):
    # The dashboard counts workers per answer straight from this index, without reading the rows.
    __table_args__ = (Index("ix_answer_campaign_question", "campaign_id", "question", "value", "conversation_id"),)

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversation.id", index=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    question: str = Field(max_length=60)
    value: str
    text: str
    answered_at: datetime


class Flag(SQLModel, table=True):
    __table_args__ = (Index("ix_flag_campaign_category", "campaign_id", "category", "severity", "conversation_id"),)

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversation.id", index=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    category: str = Field(max_length=40)
    severity: str = Field(max_length=2)
    source: str = Field(max_length=10)
    question: str | None = Field(default=None, max_length=60)
    raised_at: datetime
    evidence: str | None = Field(default=None, max_length=200)  # what raised it: the words, the answer


class Case(SQLModel, table=True):
    __tablename__ = "handoff_case"

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversation.id", index=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    severity: str = Field(max_length=2, index=True)
    language: str = Field(max_length=10, index=True)
    categories: list[str] = json_column()
    reason: str = Field(max_length=200)
    status: str = Field(default="open", max_length=12, index=True)  # open | claimed | closed
    claimed_by: int | None = Field(default=None, foreign_key="app_user.id")
    opened_at: datetime
    due_at: datetime
    delivery_failure: str | None = Field(default=None, max_length=500)  # a message to this worker was given up
    claimed_at: datetime | None = None
    closed_at: datetime | None = None
    outcome: str | None = Field(default=None, max_length=20)  # resolved | referred | unreachable | declined | ...
    # A caller's correction keeps what the bot raised: the original severity and categories stay here.
    original_severity: str | None = Field(default=None, max_length=2)
    original_categories: list[str] | None = json_column(nullable=True)
    alerted_at: datetime | None = None  # an unclaimed P0 was announced to the callers' chat
    version: int = 0  # moves on with every change, so live pages know when to refresh


class ReadingItem(SQLModel, table=True):
    """Free words from a worker that raised no flag and are not "nothing to add": a caller of the language reads
    each (oldest first) and marks it read or flags it, which opens a case. Never shown to clients."""

    __tablename__ = "reading_item"
    __table_args__ = (
        Index(
            "ix_reading_item_unread",
            "language",
            "created_at",
            postgresql_where=text("status = 'unread'"),
            sqlite_where=text("status = 'unread'"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversation.id", index=True)
    campaign_id: int = Field(foreign_key="campaign.id")
    language: str = Field(max_length=10)
    question: str | None = Field(default=None, max_length=60)  # None: written after the end of the script
    text: str
    created_at: datetime
    status: str = Field(default="unread", max_length=10)  # unread | read | flagged
    read_by: int | None = Field(default=None, foreign_key="app_user.id")
    read_at: datetime | None = None


class CaseNote(SQLModel, table=True):
    """A caller's private note on a case: never shown to the worker or to clients."""

    __tablename__ = "case_note"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="handoff_case.id", index=True)
    author_id: int = Field(foreign_key="app_user.id")
    text: str
    created_at: datetime


class AuditEntry(SQLModel, table=True):
    """Who did what to which case, and when: taking, releasing, replying, revealing a number, closing.

    ``request_key`` is the form's one-time key: a form sent twice (a retry after a crash, a double click) is
    recognised and acted on once."""

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    user_id: int = Field(foreign_key="app_user.id", index=True)
    action: str = Field(max_length=30)
    case_id: int | None = Field(default=None, foreign_key="handoff_case.id", index=True)
    detail: str | None = Field(default=None, max_length=500)
    request_key: str | None = Field(default=None, max_length=64, unique=True)


class Timer(SQLModel, table=True):
    """A mirror of each conversation's ``deadlines``, so the scheduler can find due work with an index.

    ``available_at`` starts at ``due_at``; a claim moves it to the end of the lease, so a timer whose worker died
    falls due again by itself.
    """

    __table_args__ = (UniqueConstraint("conversation_id", "kind", name="uq_timer_conversation_kind"),)

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversation.id")
    kind: str = Field(max_length=12)
    due_at: datetime
    available_at: datetime = Field(index=True)


class Heartbeat(SQLModel, table=True):
    """The last moment each background loop of each process finished a round: ``/ready`` of any process (a web
    process too) asks whether some dispatcher and some scheduler is alive."""

    process: str = Field(primary_key=True, max_length=120)  # role@host:pid
    role: str = Field(max_length=20, index=True)  # dispatcher | scheduler
    at: datetime


class DeadLetter(SQLModel, table=True):
    """An authenticated webhook whose body could not be taken, kept for an operator: the raw body (at most
    ``storage.dead_letters.BODY_CAP`` bytes of it) encrypted like an address, since it may hold a phone number."""

    __tablename__ = "dead_letter"

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=20)  # telegram | sms | whatsapp | twilio-status
    received_at: datetime = Field(index=True)
    reason: str = Field(max_length=200)
    size: int  # of the whole body as received, in bytes
    body_cipher: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
