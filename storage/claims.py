"""Claiming due timers and outbox rows so that no two workers ever take the same one.

PostgreSQL: ``UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED) RETURNING``: concurrent workers skip
each other's rows instead of queueing. SQLite: the same ``UPDATE ... RETURNING`` inside ``BEGIN IMMEDIATE``,
which already admits one writer at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from conversations.state import TimerKind
from storage.database import Database
from storage.tables import Outbox, Timer, table_of


@dataclass(frozen=True)
class ClaimedTimer:
    id: int
    conversation_id: int
    kind: TimerKind
    due_at: datetime


@dataclass(frozen=True)
class ClaimedMessage:
    id: int
    conversation_id: int
    channel: str
    text: str
    buttons: list[dict[str, str]]
    purpose: str
    attempts: int
    created_at: datetime

    @property
    def key(self) -> str:
        """The message's identity towards the channel: the same on every attempt."""
        return f"out-{self.id}"


async def claim_due_timers(db: Database, now: datetime, *, limit: int, lease: timedelta) -> list[ClaimedTimer]:
    table = table_of(Timer)
    due = select(table.c.id).where(table.c.available_at <= now).order_by(table.c.available_at).limit(limit)
    if not db.is_sqlite:
        due = due.with_for_update(skip_locked=True)
    statement = (
        update(table)
        .where(table.c.id.in_(due.scalar_subquery()))
        .values(available_at=now + lease)
        .returning(table.c.id, table.c.conversation_id, table.c.kind, table.c.due_at)
    )
    async with db.transaction() as session:
        rows = (await (await session.connection()).execute(statement)).all()
    claimed = [ClaimedTimer(r.id, r.conversation_id, TimerKind(r.kind), _aware(r.due_at)) for r in rows]
    return sorted(claimed, key=lambda t: (t.due_at, t.id))


async def claim_due_outbox(db: Database, now: datetime, *, limit: int, lease: timedelta) -> list[ClaimedMessage]:
    """Pending rows that are due, and rows whose sender died mid-send (their lease has run out)."""
    table = table_of(Outbox)
    due = (
        select(table.c.id)
        .where(table.c.status.in_(("pending", "sending")), table.c.next_attempt_at <= now)
        .order_by(table.c.next_attempt_at, table.c.id)
        .limit(limit)
    )
    if not db.is_sqlite:
        due = due.with_for_update(skip_locked=True)
    statement = (
        update(table)
        .where(table.c.id.in_(due.scalar_subquery()))
        .values(status="sending", next_attempt_at=now + lease, attempts=table.c.attempts + 1)
        .returning(
            table.c.id,
            table.c.conversation_id,
            table.c.channel,
            table.c.text,
            table.c.buttons,
            table.c.purpose,
            table.c.attempts,
            table.c.created_at,
        )
    )
    async with db.transaction() as session:
        rows = (await (await session.connection()).execute(statement)).all()
    messages = [
        ClaimedMessage(
            r.id, r.conversation_id, r.channel, r.text, list(r.buttons), r.purpose, r.attempts, _aware(r.created_at)
        )
        for r in rows
    ]
    return sorted(messages, key=lambda m: m.id)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
