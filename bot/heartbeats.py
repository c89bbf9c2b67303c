"""The background loop's heartbeats: written to the database at most every few seconds, after a round in which
the scheduler and the dispatcher both ran without an error."""

from __future__ import annotations

import os
import socket
from datetime import datetime, timedelta

from bot.clock import Clock
from storage.database import Database
from storage.heartbeats import beat

BEAT_EVERY = timedelta(seconds=5)
ROLES = ("scheduler", "dispatcher")  # one loop runs both today; each has its own heartbeat all the same


class Heartbeats:
    def __init__(self, db: Database, clock: Clock, *, every: timedelta = BEAT_EVERY) -> None:
        self.db, self.clock, self.every = db, clock, every
        self.process = f"{socket.gethostname()}:{os.getpid()}"[:100]
        self._last: datetime | None = None

    async def beat(self) -> None:
        now = self.clock.now()
        if self._last is not None and timedelta(0) <= now - self._last < self.every:
            return
        async with self.db.transaction() as session:
            for role in ROLES:
                await beat(session, f"{role}@{self.process}", role, now)
        self._last = now
