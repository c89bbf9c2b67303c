"""Reading never holds up writing: a long dashboard or console read must not stall a worker's message."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import text
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


async def test_times_read_back_as_written_in_utc_and_sort_as_text_on_sqlite(db: Database) -> None:
    jakarta = timezone(timedelta(hours=7))
    written = [
        datetime(2026, 12, 2, 9, 30, tzinfo=jakarta),  # 02:30 UTC: stored in UTC whatever zone it came in
        datetime(2026, 12, 2, 2, 30, 0, 1, tzinfo=UTC),  # one microsecond later
        datetime(2026, 12, 2, 2, 30, 0, 999_999, tzinfo=UTC),
    ]
    async with db.transaction() as session:
        for n, at in enumerate(written):
            session.add(Organisation(name=f"Written at {n}", created_at=at))
    async with db.sessions() as session:
        rows = (await session.exec(select(Organisation).order_by(Organisation.created_at))).all()
        assert [r.created_at for r in rows if r.name.startswith("Written at")] == written
        if db.is_sqlite:  # SQLAlchemy's own SQLite text, so that comparing as text orders as time
            stored = (await session.exec(text("SELECT created_at FROM organisation ORDER BY created_at"))).all()
            assert [s for (s,) in stored][-3:] == [
                "2026-12-02 02:30:00.000000",
                "2026-12-02 02:30:00.000001",
                "2026-12-02 02:30:00.999999",
            ]
