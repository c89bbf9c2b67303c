"""Delivery reports from providers: each (message, status) once, and a message's status only moves forward."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.tables import DeliveryReport, Outbox, table_of

RANK = {"queued": 0, "accepted": 0, "scheduled": 0, "sending": 1, "sent": 2, "delivered": 3, "read": 4}
FINAL = {"failed", "undelivered", "canceled"}


def moves_forward(old: str | None, new: str) -> bool:
    if old is None:
        return True
    if old in FINAL:
        return False
    if new in FINAL:
        return True
    return RANK.get(new, -1) > RANK.get(old, -1)


@dataclass(frozen=True)
class Recorded:
    new: bool  # False for a redelivered callback
    conversation_id: int | None  # the conversation whose message this was, if we know the message


async def record_status(
    session: AsyncSession, channel: str, provider_id: str, status: str, error_code: str | None, now: datetime
) -> Recorded:
    connection = await session.connection()
    reports = table_of(DeliveryReport)
    insert = postgresql_insert if connection.dialect.name == "postgresql" else sqlite_insert
    inserted = (
        await connection.execute(
            insert(reports)
            .values(channel=channel, provider_id=provider_id, status=status, error_code=error_code, received_at=now)
            .on_conflict_do_nothing(index_elements=["provider_id", "status"])
            .returning(reports.c.id)
        )
    ).first()
    outbox = table_of(Outbox)
    row = (
        await connection.execute(
            select(outbox.c.id, outbox.c.conversation_id, outbox.c.delivery_status).where(
                outbox.c.provider_id == provider_id
            )
        )
    ).first()
    if row is None:
        return Recorded(new=inserted is not None, conversation_id=None)
    if inserted is not None and moves_forward(row.delivery_status, status):
        error = f"delivery {status}: error {error_code}" if error_code else None
        values: dict[str, object] = {"delivery_status": status}
        if error:
            values["error"] = error
        await connection.execute(update(outbox).where(outbox.c.id == row.id).values(**values))
    return Recorded(new=inserted is not None, conversation_id=row.conversation_id)
