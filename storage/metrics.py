"""What ``/metrics`` reads from the database at scrape time: small aggregate queries over partial or plain
indexes, the same answer from every process."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.cases import OPEN_STATUSES
from storage.claims import aware
from storage.tables import Case, Inbound, Outbox, ReadingItem, Timer, outbox_waiting, table_of

TIMER_LATE_AFTER = timedelta(minutes=1)  # a timer due this long ago and still not taken is late


@dataclass(frozen=True)
class DatabaseGauges:
    outbox_depth: int  # rows not sent yet (pending, or being sent)
    outbox_oldest_due_seconds: float  # how long the oldest row that is due now has been due; 0 when none is
    timers_due: int
    timers_late: int
    cases_open: dict[str, int] = field(default_factory=dict)  # by severity
    cases_oldest_open_seconds: dict[str, float] = field(default_factory=dict)
    reading_list_unread: int = 0
    inbound_unprocessed: int = 0  # workers' messages stored and not processed yet (no worker process running?)
    inbound_oldest_unprocessed_seconds: float = 0.0


async def database_gauges(session: AsyncSession, now: datetime) -> DatabaseGauges:
    connection = await session.connection()
    outbox = table_of(Outbox)
    waiting = outbox_waiting(outbox)  # the predicate of the partial index ix_outbox_due
    depth = (await connection.execute(select(func.count()).select_from(outbox).where(waiting))).scalar_one()
    oldest_due = (
        await connection.execute(
            select(func.min(outbox.c.next_attempt_at)).where(waiting, outbox.c.next_attempt_at <= now)
        )
    ).scalar_one()
    timers = table_of(Timer)
    due = (await connection.execute(select(func.count()).where(timers.c.available_at <= now))).scalar_one()
    late = (
        await connection.execute(select(func.count()).where(timers.c.available_at <= now - TIMER_LATE_AFTER))
    ).scalar_one()
    cases = table_of(Case)
    by_severity = (
        await connection.execute(
            select(cases.c.severity, func.count(), func.min(cases.c.opened_at))
            .where(cases.c.status.in_(OPEN_STATUSES))
            .group_by(cases.c.severity)
        )
    ).all()
    inbound = table_of(Inbound)
    unprocessed, oldest_unprocessed = (
        await connection.execute(
            select(func.count(), func.min(inbound.c.received_at)).where(inbound.c.processed_at.is_(None))
        )
    ).one()
    reading = table_of(ReadingItem)
    unread = (await connection.execute(select(func.count()).where(reading.c.status == "unread"))).scalar_one()
    return DatabaseGauges(
        outbox_depth=int(depth),
        outbox_oldest_due_seconds=_age(now, oldest_due),
        timers_due=int(due),
        timers_late=int(late),
        cases_open={severity: int(count) for severity, count, _ in by_severity},
        cases_oldest_open_seconds={severity: _age(now, opened) for severity, _, opened in by_severity},
        reading_list_unread=int(unread),
        inbound_unprocessed=int(unprocessed),
        inbound_oldest_unprocessed_seconds=_age(now, oldest_unprocessed),
    )


def _age(now: datetime, since: datetime | None) -> float:
    if since is None:
        return 0.0
    return max(0.0, (now - aware(since)).total_seconds())
