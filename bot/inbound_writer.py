"""Group commit for webhooks: every message that arrives while a transaction is being written waits for the
next one, so a busy webhook stores hundreds of messages per commit and still answers only once its own
message is durable. Processing happens afterwards, in the background (``ConversationService.process_stored``).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass

from bot.clock import Clock
from storage.database import Database
from storage.inbound import IncomingMessage, record_inbound

MAX_BATCH = 500


@dataclass
class _Waiting:
    message: IncomingMessage
    stored: asyncio.Future[bool]


class InboundWriter:
    def __init__(self, db: Database, clock: Clock, *, on_stored: Callable[[], None] = lambda: None) -> None:
        self.db, self.clock, self.on_stored = db, clock, on_stored
        self._queue: asyncio.Queue[_Waiting] = asyncio.Queue()
        self._flusher: asyncio.Task[None] | None = None

    async def store(self, message: IncomingMessage) -> bool:
        """Durably store ``message``; True if it is new, False for a redelivery already stored."""
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush_forever())
        waiting = _Waiting(message, asyncio.get_running_loop().create_future())
        await self._queue.put(waiting)
        return await waiting.stored

    async def _flush_forever(self) -> None:
        while True:
            batch = [await self._queue.get()]
            while len(batch) < MAX_BATCH and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            await self._flush(batch)

    async def _flush(self, batch: list[_Waiting]) -> None:
        try:
            async with self.db.transaction() as session:
                stored = await record_inbound(session, [w.message for w in batch], self.clock.now())
        except Exception as error:
            for waiting in batch:
                if not waiting.stored.done():
                    waiting.stored.set_exception(error)
            return
        new = {(r.channel, r.provider_id) for r in stored}
        seen: set[tuple[str, str]] = set()
        for waiting in batch:  # the same message twice in one batch: the first is new, the second a duplicate
            key = (waiting.message.channel, waiting.message.provider_id)
            if not waiting.stored.done():
                waiting.stored.set_result(key in new and key not in seen)
            seen.add(key)
        self.on_stored()

    async def close(self) -> None:
        if self._flusher is not None:
            self._flusher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._flusher
