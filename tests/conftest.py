"""Fixtures. Storage tests run on SQLite and on PostgreSQL (127.0.0.1:5432, user postgres, or
``CALLBACKS_TEST_POSTGRES_URL``), each test in an empty database migrated with Alembic.

PostgreSQL tests are skipped when no server answers, unless ``CALLBACKS_REQUIRE_POSTGRES=1`` (CI sets it), in
which case they fail.
"""

from __future__ import annotations

import asyncio
import atexit
import os
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest
from argon2 import PasswordHasher
from sqlalchemy import text
from sqlmodel import SQLModel

import storage.tables  # noqa: F401
from bot import accounts
from bot.channels.simulator import SimulatorChannel
from bot.clock import VirtualClock
from bot.runtime import Runtime
from storage.database import Database
from storage.migrate import upgrade

# The word lists compiled once for this run and its processes (the `callbacks` commands tests start), not the user's.
if "CALLBACKS_CACHE_DIR" not in os.environ:
    os.environ["CALLBACKS_CACHE_DIR"] = tempfile.mkdtemp(prefix="callbacks-test-cache-")
    atexit.register(shutil.rmtree, os.environ["CALLBACKS_CACHE_DIR"], ignore_errors=True)

POSTGRES_URL = os.environ.get("CALLBACKS_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
TEST_SECRET = "test-secret-key-that-is-long-enough"
START = datetime(2026, 11, 30, 11, 0, tzinfo=UTC)  # a Monday, 18:00 in Jakarta


def _postgres_available() -> bool:
    async def probe() -> bool:
        try:
            connection = await asyncpg.connect(POSTGRES_URL.replace("+asyncpg", ""), timeout=3)
        except (OSError, asyncpg.PostgresError):
            return False
        await connection.close()
        return True

    return asyncio.run(probe())


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    if not _postgres_available():
        if os.environ.get("CALLBACKS_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required but does not answer at {POSTGRES_URL}")
        pytest.skip(f"no PostgreSQL at {POSTGRES_URL}")
    name = f"callbacks_test_{uuid.uuid4().hex[:10]}"
    admin = POSTGRES_URL.replace("+asyncpg", "")

    async def run(sql: str) -> None:
        connection = await asyncpg.connect(admin)
        try:
            await connection.execute(sql)
        finally:
            await connection.close()

    asyncio.run(run(f'CREATE DATABASE "{name}"'))
    url = admin.rsplit("/", 1)[0] + f"/{name}"
    upgrade(url)
    yield url
    asyncio.run(run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty, migrated database on each engine."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "callbacks.db"
        shutil.copy(template, path)
        return f"sqlite:///{path}"
    url: str = request.getfixturevalue("postgres_database")
    asyncio.run(_truncate_all(url))
    return url


async def _truncate_all(url: str) -> None:
    db = Database(url)
    tables = ", ".join(f'"{t.name}"' for t in SQLModel.metadata.sorted_tables)
    async with db.engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    await db.dispose()


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    database = Database(database_url)
    yield database
    await database.dispose()


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock(START)


@pytest.fixture
async def runtime(database_url: str, clock: VirtualClock) -> AsyncIterator[Runtime]:
    simulator = SimulatorChannel()
    built = Runtime.build(database_url, TEST_SECRET, {simulator.name: simulator}, clock)
    yield built
    await built.close()


@pytest.fixture(autouse=True)
def quick_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2 at its cheapest inside the test process: the same code path for a fraction of the CPU (each default
    hash or check costs about 0.2 s here). Commands run as processes keep the real parameters."""
    monkeypatch.setattr(accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
