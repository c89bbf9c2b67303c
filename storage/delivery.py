"""Delivery reports from providers: each (message, status) once, and a message's status only moves forward."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.database import conflict_insert
from storage.tables import DeliveryReport, Outbox, table_of

FINAL_STATUSES = frozenset({"failed", "undelivered", "canceled"})
STATUS_RANK: Mapping[str, int] = {
    "scheduled": 0,
    "accepted": 0,
    "queued": 1,
    "sending": 2,
    "sent": 3,
    "partially_delivered": 4,
    "delivered": 5,
    "read": 6,
    # Final statuses share the top rank: they follow any other status, and nothing follows them.
    "failed": 9,
    "undelivered": 9,
    "canceled": 9,
}
"""How far an outbound message got. ``receiving``/``received`` are inbound statuses and have no rank."""


def status_moves_forward(old: str | None, new: str) -> bool:
    """Whether a report saying ``new`` may replace the stored ``old`` (callbacks arrive out of order).

    Statuses move along queued < sending < sent < delivered < read; failed, undelivered and canceled are final.
    A repeated status does not move forward, and neither does one without a rank (unknown or inbound).
    """
    new_rank = STATUS_RANK.get(new)
    if new_rank is None or old in FINAL_STATUSES:
        return False
    old_rank = STATUS_RANK.get(old) if old is not None else None
    return old_rank is None or new_rank > old_rank


@dataclass(frozen=True)
class Recorded:
    new: bool  # False for a redelivered callback
    conversation_id: int | None  # the conversation whose message this was, if we know the message


async def record_status(
    session: AsyncSession, channel: str, provider_id: str, status: str, error_code: str | None, now: datetime
) -> Recorded:
    connection = await session.connection()
    reports = table_of(DeliveryReport)
    inserted = (
        await connection.execute(
            conflict_insert(connection.dialect.name, reports)
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
    if inserted is not None and status_moves_forward(row.delivery_status, status):
        error = f"delivery {status}: error {error_code}" if error_code else None
        values: dict[str, object] = {"delivery_status": status}
        if error:
            values["error"] = error
        await connection.execute(update(outbox).where(outbox.c.id == row.id).values(**values))
    return Recorded(new=inserted is not None, conversation_id=row.conversation_id)
