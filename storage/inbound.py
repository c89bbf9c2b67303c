"""Recording what workers send, exactly once per provider message id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.database import Database
from storage.tables import Inbound, table_of


@dataclass(frozen=True)
class IncomingMessage:
    channel: str
    provider_id: str
    conversation_id: int | None
    text: str
    attachments: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class RecordedMessage:
    id: int
    conversation_id: int | None
    text: str
    attachments: tuple[str, ...]
    channel: str = ""
    provider_id: str = ""


async def record_inbound(
    session: AsyncSession, messages: Sequence[IncomingMessage], now: datetime, *, hold: timedelta = timedelta()
) -> list[RecordedMessage]:
    """Insert the messages; a provider id seen before (a redelivered webhook) is skipped. Returns the new ones.

    ``hold`` keeps new messages from the background processors for that long, when the caller processes them
    itself right away; should it fail, they are claimed after the hold like any other."""
    connection = await session.connection()
    table = table_of(Inbound)
    insert = postgresql_insert if connection.dialect.name == "postgresql" else sqlite_insert
    if not messages:
        return []
    statement = (
        insert(table)
        .on_conflict_do_nothing(index_elements=["channel", "provider_id"])
        .returning(
            table.c.id, table.c.conversation_id, table.c.text, table.c.attachments, table.c.channel, table.c.provider_id
        )
    )
    rows = (
        await connection.execute(
            statement,
            [
                {
                    "conversation_id": m.conversation_id,
                    "channel": m.channel,
                    "provider_id": m.provider_id,
                    "text": m.text,
                    "attachments": list(m.attachments),
                    "received_at": now,
                    "available_at": now + hold,
                    "processed_at": None,
                }
                for m in messages
            ],
        )
    ).all()
    recorded = [
        RecordedMessage(r.id, r.conversation_id, r.text, tuple(r.attachments), r.channel, r.provider_id) for r in rows
    ]
    return sorted(recorded, key=lambda r: r.id)


class AlreadyProcessed(RuntimeError):
    """Another process handled one of these messages first; this transaction must roll back."""


async def mark_processed(session: AsyncSession, ids: Sequence[int], now: datetime) -> None:
    """Mark messages processed in the step's transaction. If another process got there first (it waited for
    our row locks, or we for its), nothing is applied twice: the whole transaction fails and rolls back."""
    if ids:
        table = table_of(Inbound)
        result = await (await session.connection()).execute(
            update(table).where(table.c.id.in_(list(ids)), table.c.processed_at.is_(None)).values(processed_at=now)
        )
        if result.rowcount != len(ids):
            raise AlreadyProcessed(f"{len(ids) - result.rowcount} message(s) were processed by another process")


async def claim_unprocessed(db: Database, now: datetime, *, limit: int, lease: timedelta) -> list[RecordedMessage]:
    """Stored messages not processed yet, claimed for ``lease`` so that no other process takes them meanwhile."""
    table = table_of(Inbound)
    due = (
        select(table.c.id)
        .where(table.c.processed_at.is_(None), table.c.available_at <= now)
        .order_by(table.c.available_at, table.c.id)
        .limit(limit)
    )
    if not db.is_sqlite:
        due = due.with_for_update(skip_locked=True)
    statement = (
        update(table)
        .where(table.c.id.in_(due.scalar_subquery()))
        .values(available_at=now + lease)
        .returning(table.c.id, table.c.conversation_id, table.c.text, table.c.attachments)
    )
    async with db.transaction() as session:
        rows = (await (await session.connection()).execute(statement)).all()
    return sorted(
        (RecordedMessage(r.id, r.conversation_id, r.text, tuple(r.attachments)) for r in rows), key=lambda r: r.id
    )
