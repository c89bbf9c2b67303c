"""Wake-ups between processes, through PostgreSQL's LISTEN/NOTIFY.

With ``--role web`` and ``--role worker`` in separate processes, a message a webhook stored, or a greeting a deep
link wrote, would wait for the worker's next idle poll (up to half a second). The web process notifies instead, and
every worker process listening wakes that loop at once. A lost notification costs one idle poll, never a message:
the loops still poll, and everything they act on is in the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

import asyncpg
from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)

CHANNEL = "callbacks_wake"


class CrossProcessWakeups:
    def __init__(self, database_url: str) -> None:
        self._dsn = make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)
        self._sender: asyncpg.Connection | None = None
        self._listener: asyncpg.Connection | None = None
        self._due: set[str] = set()
        self._sending: asyncio.Task[None] | None = None

    def send(self, loop: str) -> None:
        """Ask the listening processes to wake ``loop``: never waits, and wake-ups asked meanwhile go out together."""
        self._due.add(loop)
        if self._sending is None or self._sending.done():
            self._sending = asyncio.create_task(self._send_due())

    async def _send_due(self) -> None:
        try:
            if self._sender is None or self._sender.is_closed():
                self._sender = await asyncpg.connect(self._dsn)
            while self._due:
                loops, self._due = sorted(self._due), set()
                for loop in loops:
                    await self._sender.execute("SELECT pg_notify($1, $2)", CHANNEL, loop)
        except Exception as error:
            self._due.clear()
            log.warning(
                "wake-up of the worker processes not sent (%s): they find the work at their next poll",
                type(error).__name__,
            )

    async def listen(self, wake: Callable[[str], None]) -> None:
        """Wake this process's loops when another process asks."""
        self._listener = await asyncpg.connect(self._dsn)
        await self._listener.add_listener(CHANNEL, lambda _connection, _pid, _channel, loop: wake(loop))

    async def close(self) -> None:
        if self._sending is not None:
            self._sending.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._sending
        for connection in (self._sender, self._listener):
            if connection is not None and not connection.is_closed():
                await connection.close()
