"""Recording what workers send, exactly once per provider message id."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, bindparam, update
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.claims import aware, claim_rows
from storage.database import Database, conflict_insert
from storage.tables import Inbound, table_of


@dataclass(frozen=True)
class IncomingMessage:
    """``conversation_id`` when the caller knows it; otherwise ``sender_lookup`` (the keyed hash of the sender's
    address) and the conversation is found when the message is processed, off the webhook's hot path."""

    channel: str
    provider_id: str
    conversation_id: int | None
    text: str
    attachments: tuple[str, ...] = field(default_factory=tuple)
    sender_lookup: str | None = None


@dataclass(frozen=True)
class RecordedMessage:
    id: int
    conversation_id: int | None
    text: str
    attachments: tuple[str, ...]
    received_at: datetime
    channel: str = ""
    provider_id: str = ""
    sender_lookup: str | None = None


async def record_inbound(
    session: AsyncSession, messages: Sequence[IncomingMessage], now: datetime, *, hold: timedelta = timedelta()
) -> list[RecordedMessage]:
    """Insert the messages; a provider id seen before (a redelivered webhook) is skipped. Returns the new ones.

    ``hold`` keeps new messages from the background processors for that long, when the caller processes them
    itself right away; should it fail, they are claimed after the hold like any other."""
    connection = await session.connection()
    table = table_of(Inbound)
    if not messages:
        return []
    statement = (
        conflict_insert(connection.dialect.name, table)
        .on_conflict_do_nothing(index_elements=["channel", "provider_id"])
        .returning(*_RECORDED)
    )
    rows = (
        await connection.execute(
            statement,
            [
                {
                    "conversation_id": m.conversation_id,
                    "sender_lookup": m.sender_lookup,
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
    recorded = [_recorded(row) for row in rows]
    return sorted(recorded, key=lambda r: r.id)


_COLUMNS = ("id", "conversation_id", "text", "attachments", "channel", "provider_id", "sender_lookup", "received_at")
_RECORDED = tuple(table_of(Inbound).c[name] for name in _COLUMNS)


def _recorded(row: Row[Any]) -> RecordedMessage:
    return RecordedMessage(
        row.id,
        row.conversation_id,
        row.text,
        tuple(row.attachments),
        aware(row.received_at),
        row.channel,
        row.provider_id,
        row.sender_lookup,
    )


class AlreadyProcessed(RuntimeError):
    """Another process handled one of these messages first; this transaction must roll back."""


async def mark_processed(
    session: AsyncSession, ids: Sequence[int], now: datetime, *, resolved: Mapping[int, int] | None = None
) -> None:
    """Mark messages processed in the step's transaction, and file those that arrived with only a sender lookup
    under the conversation it ``resolved`` to. If another process got there first (it waited for our row locks,
    or we for its), nothing is applied twice: the whole transaction fails and rolls back."""
    if ids:
        table = table_of(Inbound)
        connection = await session.connection()
        result = await connection.execute(
            update(table).where(table.c.id.in_(list(ids)), table.c.processed_at.is_(None)).values(processed_at=now)
        )
        if result.rowcount != len(ids):
            raise AlreadyProcessed(f"{len(ids) - result.rowcount} message(s) were processed by another process")
        if resolved:
            await connection.execute(
                update(table).where(table.c.id == bindparam("b_id")).values(conversation_id=bindparam("b_cid")),
                [{"b_id": inbound_id, "b_cid": cid} for inbound_id, cid in resolved.items()],
            )


async def claim_unprocessed(db: Database, now: datetime, *, limit: int, lease: timedelta) -> list[RecordedMessage]:
    """Stored messages not processed yet, claimed for ``lease`` so that no other process takes them meanwhile."""
    table = table_of(Inbound)
    rows = await claim_rows(
        db,
        table,
        due=[table.c.processed_at.is_(None), table.c.available_at <= now],
        order_by=[table.c.available_at, table.c.id],
        limit=limit,
        values={"available_at": now + lease},
        returning=_RECORDED,
    )
    return sorted((_recorded(row) for row in rows), key=lambda r: r.id)
