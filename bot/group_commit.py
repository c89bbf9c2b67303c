"""Group commit: callers hand in one item each and wait; every item that arrives while a transaction is being
written waits for the next one, so a busy webhook writes hundreds of items per commit and each caller still
returns only once its own item is durable.

One item that fails must not fail the others written with it: when a batch's write fails and ``apart`` says the
error may be one item's fault, the items are written again one by one, and only an item that fails alone gets
the error (as ``alone`` turns it). Any other error (the database is unavailable) fails the whole batch.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

MAX_BATCH = 500


@dataclass
class _Waiting(Generic[Item, Result]):
    item: Item
    done: asyncio.Future[Result]


class GroupCommit(Generic[Item, Result]):
    def __init__(
        self,
        write: Callable[[list[Item]], Awaitable[list[Result]]],
        *,
        apart: Callable[[BaseException], bool] = lambda error: True,
        alone: Callable[[BaseException], BaseException] = lambda error: error,
        on_written: Callable[[], None] = lambda: None,
        max_batch: int = MAX_BATCH,
    ) -> None:
        """``write`` writes a batch in one transaction and returns one result per item, in order."""
        self.write, self.apart, self.alone, self.on_written = write, apart, alone, on_written
        self.max_batch = max_batch
        self._queue: asyncio.Queue[_Waiting[Item, Result]] = asyncio.Queue()
        self._flusher: asyncio.Task[None] | None = None

    async def submit(self, item: Item) -> Result:
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush_forever())
        waiting: _Waiting[Item, Result] = _Waiting(item, asyncio.get_running_loop().create_future())
        await self._queue.put(waiting)
        return await waiting.done

    async def _flush_forever(self) -> None:
        while True:
            batch = [await self._queue.get()]
            while len(batch) < self.max_batch and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            await self._flush(batch)

    async def _flush(self, batch: list[_Waiting[Item, Result]]) -> None:
        try:
            results = await self.write([w.item for w in batch])
        except Exception as error:
            if len(batch) > 1 and self.apart(error):
                for waiting in batch:
                    await self._flush([waiting])
            else:
                _fail(batch, self.alone(error) if self.apart(error) else error)
            return
        for waiting, result in zip(batch, results, strict=True):
            if not waiting.done.done():
                waiting.done.set_result(result)
        self.on_written()

    async def close(self) -> None:
        if self._flusher is not None:
            self._flusher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._flusher


def _fail(batch: list[_Waiting[Item, Result]], error: BaseException) -> None:
    for waiting in batch:
        if not waiting.done.done():
            waiting.done.set_exception(error)
