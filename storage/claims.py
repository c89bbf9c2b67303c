"""Claiming due timers and outbox rows so that no two workers ever take the same one.

PostgreSQL: ``UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED) RETURNING``: concurrent workers skip
each other's rows instead of queueing. SQLite: the same ``UPDATE ... RETURNING`` inside ``BEGIN IMMEDIATE``,
which already admits one writer at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, Table, not_, or_, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from conversations.state import TimerKind
from storage.campaigns import PARKED_STATUSES, any_campaign_parked, held_contact, running_outside_contact_period
from storage.database import Database
from storage.tables import Outbox, Timer, outbox_waiting, table_of

HELD_CONTACT_RECHECK = timedelta(hours=1)  # a held first contact found due is looked at again this much later


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
    outcome_unknown: bool = False  # an earlier attempt may have reached the provider: ask before sending again
    audience: str = "worker"  # "callers": an alert to the callers' chat, never to the worker's address
    answers_received_at: datetime | None = None  # a reply to a worker's message stored then

    @property
    def to_callers(self) -> bool:
        return self.audience == "callers"

    @property
    def key(self) -> str:
        """The message's identity towards the channel: the same on every attempt."""
        return f"out-{self.id}"


async def claim_rows(
    db: Database,
    table: Table,
    *,
    due: Sequence[ColumnElement[bool]],
    order_by: Sequence[ColumnElement[Any]],
    limit: int,
    values: dict[str, Any],
    returning: Sequence[ColumnElement[Any]],
) -> Sequence[Row[Any]]:
    """Take up to ``limit`` due rows for this worker alone, in one statement and a transaction of its own:
    ``UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED) RETURNING`` on PostgreSQL, and under SQLite's
    single writer the same without the lock clause."""
    async with db.transaction() as session:
        return await claim_rows_in(
            session, table, due=due, order_by=order_by, limit=limit, values=values, returning=returning
        )


async def claim_rows_in(
    session: AsyncSession,
    table: Table,
    *,
    due: Sequence[ColumnElement[bool]],
    order_by: Sequence[ColumnElement[Any]],
    limit: int,
    values: dict[str, Any],
    returning: Sequence[ColumnElement[Any]],
) -> Sequence[Row[Any]]:
    """:func:`claim_rows` inside the caller's transaction, for a claim that must commit together with what it
    leads to (an alert's outbox row): the claimed rows stay locked until that transaction ends."""
    connection = await session.connection()
    chosen = select(table.c.id).where(*due).order_by(*order_by).limit(limit)
    if connection.dialect.name != "sqlite":
        chosen = chosen.with_for_update(skip_locked=True)
    statement = update(table).where(table.c.id.in_(chosen.scalar_subquery())).values(**values).returning(*returning)
    return (await connection.execute(statement)).all()


async def claim_due_timers(
    db: Database, now: datetime, *, limit: int, lease: timedelta, hold: timedelta = HELD_CONTACT_RECHECK
) -> list[ClaimedTimer]:
    """Due timers, except first contacts of campaigns that are not running or are outside their contact period:
    those are parked for ``hold`` (so the scan does not meet them on every pass; resuming a campaign brings its
    timers back at once), and the claim itself never takes one, whatever its ``available_at``."""
    table = table_of(Timer)
    async with db.transaction() as session:
        outside = await running_outside_contact_period(session, now)
        if outside or await any_campaign_parked(session):
            await claim_rows_in(
                session,
                table,
                due=[
                    table.c.available_at <= now,
                    held_contact(table, only=PARKED_STATUSES, outside_period=outside),
                ],
                order_by=[table.c.available_at],
                limit=limit,
                values={"available_at": now + hold},
                returning=[table.c.id],
            )
        rows = await claim_rows_in(
            session,
            table,
            due=[table.c.available_at <= now, not_(held_contact(table, outside_period=outside))],
            order_by=[table.c.available_at],
            limit=limit,
            values={"available_at": now + lease},
            returning=[table.c.id, table.c.conversation_id, table.c.kind, table.c.due_at],
        )
    claimed = [ClaimedTimer(r.id, r.conversation_id, TimerKind(r.kind), aware(r.due_at)) for r in rows]
    return sorted(claimed, key=lambda t: (t.due_at, t.id))


async def claim_due_outbox(db: Database, now: datetime, *, limit: int, lease: timedelta) -> list[ClaimedMessage]:
    """Pending rows that are due, and rows whose sender died mid-send (their lease has run out): those, like
    rows whose last attempt broke off after the request went out, come back with ``outcome_unknown``."""
    table = table_of(Outbox)
    rows = await claim_rows(
        db,
        table,
        due=[outbox_waiting(table), table.c.next_attempt_at <= now],
        order_by=[table.c.next_attempt_at, table.c.id],
        limit=limit,
        values={
            "status": "sending",
            "next_attempt_at": now + lease,
            "attempts": table.c.attempts + 1,
            # SET reads the row as it was: a row still "sending" was left by a process that died mid-send.
            "outcome_unknown": or_(table.c.status == "sending", table.c.outcome_unknown),
        },
        returning=[
            table.c.id,
            table.c.conversation_id,
            table.c.channel,
            table.c.text,
            table.c.buttons,
            table.c.purpose,
            table.c.attempts,
            table.c.created_at,
            table.c.outcome_unknown,
            table.c.audience,
            table.c.answers_received_at,
        ],
    )
    messages = [
        ClaimedMessage(
            r.id,
            r.conversation_id,
            r.channel,
            r.text,
            list(r.buttons),
            r.purpose,
            r.attempts,
            aware(r.created_at),
            bool(r.outcome_unknown),
            r.audience,
            None if r.answers_received_at is None else aware(r.answers_received_at),
        )
        for r in rows
    ]
    return sorted(messages, key=lambda m: m.id)


def aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
