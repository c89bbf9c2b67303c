"""Heartbeats of the background loops: each process writes when its dispatcher or scheduler finished a round, and
any process reads the freshest per role, so a web-only process can say whether the work is being done."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.database import conflict_insert
from storage.tables import Heartbeat, table_of

FORGET_AFTER = timedelta(days=1)  # rows of processes gone this long are removed by the next beat of their role


async def beat(session: AsyncSession, process: str, role: str, now: datetime) -> None:
    table = table_of(Heartbeat)
    connection = await session.connection()
    statement = conflict_insert(connection.dialect.name, table).values(process=process, role=role, at=now)
    await connection.execute(statement.on_conflict_do_update(index_elements=["process"], set_={"at": now}))
    await connection.execute(delete(table).where(table.c.role == role, table.c.at < now - FORGET_AFTER))


async def latest_beats(session: AsyncSession) -> dict[str, datetime]:
    """The freshest heartbeat of each role, whichever process wrote it."""
    statement = select(Heartbeat.role, func.max(Heartbeat.at)).group_by(col(Heartbeat.role))
    return {role: at for role, at in (await session.exec(statement)).all()}
