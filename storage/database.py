"""Engines and sessions for SQLite (WAL, one writer, BEGIN IMMEDIATE) and PostgreSQL (asyncpg)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Table, event
from sqlalchemy import types as sqltypes
from sqlalchemy.dialects.postgresql import Insert as PostgresqlInsert
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import DATETIME as SQLITE_DATETIME
from sqlalchemy.dialects.sqlite import Insert as SqliteInsert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.sqlite_on_loop import on_loop_connector

SQLITE_BUSY_TIMEOUT_MS = 30_000


def async_url(url: str) -> str:
    """Accept plain ``sqlite:///`` and ``postgresql://`` URLs and pick the async drivers."""
    parsed = make_url(url)
    driver = {"sqlite": "sqlite+aiosqlite", "postgresql": "postgresql+asyncpg", "postgres": "postgresql+asyncpg"}
    if parsed.drivername in driver:
        parsed = parsed.set(drivername=driver[parsed.drivername])
    return parsed.render_as_string(hide_password=False)


def conflict_insert(dialect: str, table: Table) -> PostgresqlInsert | SqliteInsert:
    """An INSERT that can say what a conflict does (``on_conflict_do_nothing``/``_do_update``): both engines have
    ON CONFLICT, but SQLAlchemy builds it per dialect."""
    return postgresql_insert(table) if dialect == "postgresql" else sqlite_insert(table)


class Database:
    def __init__(self, url: str, *, sqlite_on_loop: bool = False, **engine_options: Any) -> None:
        """``sqlite_on_loop``: SQLite's calls made on the event loop's thread, for a batch run (sqlite_on_loop.py)."""
        self.url = async_url(url)
        self.is_sqlite = self.url.startswith("sqlite")
        # A database error's text would carry the statement's parameters (a worker's words, a lookup): never.
        engine_options.setdefault("hide_parameters", True)
        if self.is_sqlite and sqlite_on_loop:
            engine_options.setdefault(
                "async_creator", on_loop_connector(make_url(self.url), SQLITE_BUSY_TIMEOUT_MS / 1000)
            )
        elif self.is_sqlite:
            engine_options.setdefault("connect_args", {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        else:
            engine_options.setdefault("pool_size", 10)
        self.engine: AsyncEngine = create_async_engine(self.url, **engine_options)
        if self.is_sqlite:
            _configure_sqlite(self.engine)
            dialect = self.engine.dialect
            dialect.colspecs = {**dialect.colspecs, sqltypes.DateTime: SqliteDateTime}
        # Sessions opened with ``sessions()`` only read (nothing commits them): on SQLite they begin a deferred
        # transaction, a WAL snapshot that never blocks a writer; ``transaction()`` takes the write lock up front.
        self.sessions = async_sessionmaker(self.engine, class_=AsyncSession, expire_on_commit=False)
        self._writing = async_sessionmaker(
            self.engine.execution_options(sqlite_writer=True), class_=AsyncSession, expire_on_commit=False
        )
        # SQLite admits one writer; a second one polls with sleeps (busy_timeout) that add tens of milliseconds.
        # Within this process, writers queue on a lock instead and take over the moment the last one commits.
        self._writer = asyncio.Lock() if self.is_sqlite else None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """One transaction: committed on success, rolled back on any exception."""
        async with contextlib.AsyncExitStack() as stack:
            if self._writer is not None:
                await stack.enter_async_context(self._writer)
            session = await stack.enter_async_context(self._writing())
            await stack.enter_async_context(session.begin())
            yield session

    async def dispose(self) -> None:
        await self.engine.dispose()


class SqliteDateTime(SQLITE_DATETIME):
    """SQLite's DATETIME written by ``datetime.isoformat`` (C) instead of a %-format of seven fields (Python): the
    same text, "2026-12-04 13:41:07.123456", in less than half the time (2.0 against 4.2 µs with the column type
    around it); a simulated worker writes about 200 of them."""

    def bind_processor(self, dialect: Any) -> Any:
        spelt = super().bind_processor(dialect)

        def process(value: Any) -> Any:
            if type(value) is datetime:  # naive, or made UTC by the column type: its own fields are written
                return value.isoformat(" ", "microseconds")[:26]
            return spelt(value) if spelt is not None else value

        return process


def _configure_sqlite(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A writer takes the write lock up front: two writers can never deadlock upgrading a read lock. A reader
        # begins a plain (deferred) transaction: in WAL mode it reads a snapshot and holds no lock a writer needs.
        writer = connection.get_execution_options().get("sqlite_writer", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")
