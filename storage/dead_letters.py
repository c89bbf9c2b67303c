"""Dead letters: authenticated webhooks whose body could not be taken, kept encrypted for an operator."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.crypto import AddressCipher
from storage.database import Database
from storage.tables import DeadLetter, table_of

BODY_CAP = 64 * 1024
"""Bytes of a body kept; the rest is dropped (``size`` says how large it was). Real updates are a few KB."""
REASON_LENGTH = 200


@dataclass(frozen=True)
class DeadLetterSummary:
    id: int
    channel: str
    received_at: datetime
    reason: str
    size: int


async def record_dead_letter(
    session: AsyncSession, cipher: AddressCipher, channel: str, reason: str, body: bytes, now: datetime
) -> int:
    """Keep ``body`` (cut at :data:`BODY_CAP`) encrypted with ``reason``, which must name no personal data."""
    connection = await session.connection()
    table = table_of(DeadLetter)
    statement = insert(table).returning(table.c.id)
    values = {
        "channel": channel,
        "received_at": now,
        "reason": reason[:REASON_LENGTH],
        "size": len(body),
        "body_cipher": cipher.encrypt_bytes(body[:BODY_CAP]),
    }
    return int((await connection.execute(statement, values)).scalar_one())


async def dead_letters(db: Database, *, limit: int = 100) -> list[DeadLetterSummary]:
    """The newest first."""
    table = table_of(DeadLetter)
    columns = (table.c.id, table.c.channel, table.c.received_at, table.c.reason, table.c.size)
    statement = select(*columns).order_by(table.c.id.desc()).limit(limit)
    async with db.engine.connect() as connection:
        rows = (await connection.execute(statement)).all()
    return [DeadLetterSummary(row.id, row.channel, row.received_at, row.reason, row.size) for row in rows]


async def dead_letter_body(db: Database, cipher: AddressCipher, dead_letter_id: int) -> bytes | None:
    """The kept body, decrypted; None when there is no such dead letter."""
    async with db.sessions() as session:
        row = await session.get(DeadLetter, dead_letter_id)
    return None if row is None else cipher.decrypt_bytes(row.body_cipher)


async def delete_dead_letters(db: Database, received_before: datetime) -> int:
    """Delete the dead letters received before ``received_before`` (they may hold personal data); how many."""
    table = table_of(DeadLetter)
    async with db.transaction() as session:
        connection = await session.connection()
        result = await connection.execute(delete(table).where(table.c.received_at < received_before))
    return int(result.rowcount)
