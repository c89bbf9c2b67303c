"""SQLite's calls made on the event loop's thread (``simulate``): the same results as through aiosqlite's thread."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from bot.simulate import simulate
from storage.database import Database
from tests.conftest import TEST_SECRET

REPORTED = ("completed", "escalated", "opted_out", "expired", "messages_in", "messages_out", "lost", "duplicates_sent")


async def test_a_simulation_reports_the_same_with_sqlite_on_the_loop_as_on_its_thread(
    tmp_path: Path, sqlite_template: Path
) -> None:
    for name in ("a.db", "b.db"):
        shutil.copy(sqlite_template, tmp_path / name)  # empty and migrated
    on_loop = await simulate(f"sqlite:///{tmp_path}/a.db", TEST_SECRET, workers=60, seed=7, sqlite_on_loop=True)
    threaded = await simulate(f"sqlite:///{tmp_path}/b.db", TEST_SECRET, workers=60, seed=7, sqlite_on_loop=False)
    assert {k: on_loop[k] for k in REPORTED} == {k: threaded[k] for k in REPORTED}
    assert on_loop["flags_by_category"] == threaded["flags_by_category"]
    assert on_loop["cases_by_severity"] == threaded["cases_by_severity"]
    assert on_loop["lost"] == 0 and on_loop["duplicates_sent"] == 0


async def test_statements_run_on_the_loops_thread_commit_and_roll_back(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path}/loop.db", sqlite_on_loop=True)
    threads: set[int] = set()
    try:
        async with db.transaction() as session:
            connection = await session.connection()
            raw = await connection.get_raw_connection()
            raw.driver_connection._conn.create_function("thread", 0, lambda: threads.add(threading.get_ident()) or 1)
            await session.exec(text("CREATE TABLE said (words TEXT NOT NULL)"))
            await session.exec(text("INSERT INTO said VALUES ('kept'), (thread())"))
        with pytest.raises(IntegrityError, match="NOT NULL"):
            await _write_then_fail(db)
        async with db.sessions() as session:
            rows = (await session.exec(text("SELECT words FROM said ORDER BY rowid"))).all()
    finally:
        await db.dispose()
    assert [r[0] for r in rows] == ["kept", "1"], "the failed transaction left nothing"
    assert threads == {threading.get_ident()}, "SQLite ran the statement on the event loop's thread"


async def _write_then_fail(db: Database) -> None:
    async with db.transaction() as session:
        await session.exec(text("INSERT INTO said VALUES ('lost')"))
        await session.exec(text("INSERT INTO said VALUES (NULL)"))
