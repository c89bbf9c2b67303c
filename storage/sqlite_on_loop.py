"""SQLite through aiosqlite with every call made on the event loop's own thread, for a batch run.

aiosqlite hands each call (an execute, a fetch, a commit) to a thread of its own and the result back through the
loop's self-pipe, so that the loop goes on with other work, such as answering webhooks, while SQLite works.
``callbacks simulate`` has no other work: its loop waits for every statement anyway. There the two hand-overs per
call cost a fifth of the run's CPU time (2,000 simulated workers: 16.2-16.5 s of CPU against 13.2 s, the same
report), so it makes the calls itself. ``serve`` keeps aiosqlite's thread: while SQLite works (it lets go of the
GIL), its loop parses the next webhooks, and another process holding the write lock stalls one call, not the loop.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

import aiosqlite
from sqlalchemy.engine import URL

ITER_CHUNK_SIZE = 64  # aiosqlite.connect's default


class OnLoopConnection(aiosqlite.Connection):
    """aiosqlite's connection (its thread still opens and closes the database), calls made where they are awaited."""

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if not self._running or not self._connection:
            raise ValueError("Connection closed")
        return fn(*args, **kwargs)


def on_loop_connector(url: URL, timeout_seconds: float) -> Callable[[], Awaitable[aiosqlite.Connection]]:
    """An ``async_creator`` for SQLAlchemy's aiosqlite dialect: a file database, as its own ``connect`` opens it."""
    if not url.database or url.database == ":memory:":
        raise ValueError("SQLite on the event loop needs a database file")
    connect = partial(sqlite3.connect, url.database, timeout=timeout_seconds, check_same_thread=False)

    async def connector() -> aiosqlite.Connection:
        connection = OnLoopConnection(connect, ITER_CHUNK_SIZE)
        connection._thread.daemon = True  # as SQLAlchemy sets it: a connection left open never holds up the exit
        return await connection

    return connector
