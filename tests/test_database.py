"""Reading never holds up writing: a long dashboard or console read must not stall a worker's message."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from sqlmodel import func, select

from storage.database import Database
from storage.tables import Organisation


async def test_a_write_commits_while_a_read_is_open_and_the_read_keeps_its_snapshot(db: Database) -> None:
    async with db.sessions() as reader:
        before = (await reader.exec(select(func.count()).select_from(Organisation))).one()
        async with asyncio.timeout(2):  # on SQLite a read that took the write lock would stall this until then
            async with db.transaction() as writer:
                writer.add(Organisation(name="Written meanwhile", created_at=datetime(2026, 12, 2, tzinfo=UTC)))
        still = (await reader.exec(select(func.count()).select_from(Organisation))).one()
    async with db.sessions() as later:
        after = (await later.exec(select(func.count()).select_from(Organisation))).one()
    assert after == before + 1
    assert still in (before, after)  # a snapshot (SQLite) or read committed (PostgreSQL): never an error
