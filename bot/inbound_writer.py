"""Group commit for webhooks: every message that arrives while a transaction is being written waits for the
next one, so a busy webhook stores hundreds of messages per commit and still answers only once its own
message is durable. Processing happens afterwards, in the background (``ConversationService.process_stored``).

One message the database refuses must not fail the others written with it: when a batch's transaction fails
on a refused value, its messages are written again one by one, and only one that fails alone is
:class:`Unstorable`. A database that is unavailable fails the whole batch (the provider delivers again).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass

from bot.clock import Clock
from bot.metrics import count_inbound
from storage.database import Database
from storage.inbound import IncomingMessage, RecordedMessage, record_inbound
from storage.refusals import refused_value

MAX_BATCH = 500


class Unstorable(Exception):
    """The database refuses this message even alone. The message names only the error's type."""


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
            stored = await self._write([w.message for w in batch])
        except Exception as error:
            if len(batch) > 1 and refused_value(error):
                await self._flush_apart(batch)
            else:
                _fail(batch, _unstorable(error) if refused_value(error) else error)
            return
        new = {(r.channel, r.provider_id) for r in stored}
        seen: set[tuple[str, str]] = set()
        for waiting in batch:  # the same message twice in one batch: the first is new, the second a duplicate
            key = (waiting.message.channel, waiting.message.provider_id)
            if not waiting.stored.done():
                waiting.stored.set_result(key in new and key not in seen)
            seen.add(key)
        self.on_stored()

    async def _flush_apart(self, batch: list[_Waiting]) -> None:
        for waiting in batch:
            try:
                stored = await self._write([waiting.message])
            except Exception as error:
                _fail([waiting], _unstorable(error) if refused_value(error) else error)
                continue
            if not waiting.stored.done():
                waiting.stored.set_result(bool(stored))
        self.on_stored()

    async def _write(self, messages: list[IncomingMessage]) -> list[RecordedMessage]:
        async with self.db.transaction() as session:
            stored = await record_inbound(session, messages, self.clock.now())
        count_inbound(r.channel for r in stored)  # new messages only: a redelivery is not stored again
        return stored

    async def close(self) -> None:
        if self._flusher is not None:
            self._flusher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._flusher


def _unstorable(error: BaseException) -> Unstorable:
    return Unstorable(f"the database refused the message ({type(error).__name__})")


def _fail(batch: list[_Waiting], error: BaseException) -> None:
    for waiting in batch:
        if not waiting.stored.done():
            waiting.stored.set_exception(error)
