"""The background loops' heartbeats: written to the database at most every few seconds per role, after a round
of that role (the scheduler's loop steps conversations, the dispatcher's sends) ended without an error."""

from __future__ import annotations

import os
import socket
from datetime import datetime, timedelta

from bot.clock import Clock
from storage.database import Database
from storage.heartbeats import beat

BEAT_EVERY = timedelta(seconds=5)


class Heartbeats:
    def __init__(self, db: Database, clock: Clock, *, every: timedelta = BEAT_EVERY) -> None:
        self.db, self.clock, self.every = db, clock, every
        self.process = f"{socket.gethostname()}:{os.getpid()}"[:100]
        self._last: dict[str, datetime] = {}

    async def beat(self, role: str) -> None:
        """A round of ``role``'s loop ended without an error."""
        now = self.clock.now()
        last = self._last.get(role)
        if last is not None and timedelta(0) <= now - last < self.every:
            return
        async with self.db.transaction() as session:
            await beat(session, f"{role}@{self.process}", role, now)
        self._last[role] = now
