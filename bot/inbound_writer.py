"""Webhooks store what workers send through a group commit (``bot/group_commit.py``): a busy webhook stores
hundreds of messages per commit and still answers only once its own message is durable. Processing happens
afterwards, in the background (``ConversationService.process_stored``).

A message the database refuses fails alone (:class:`Unstorable`); a database that is unavailable fails the whole
batch (the provider delivers again).
"""

from __future__ import annotations

from collections.abc import Callable

from bot.clock import Clock
from bot.group_commit import GroupCommit
from bot.metrics import count_inbound
from storage.database import Database
from storage.inbound import IncomingMessage, record_inbound
from storage.refusals import refused_value


class Unstorable(Exception):
    """The database refuses this message even alone. The message names only the error's type."""


class InboundWriter:
    def __init__(self, db: Database, clock: Clock, *, on_stored: Callable[[], None] = lambda: None) -> None:
        self.db, self.clock = db, clock
        self._commit = GroupCommit(self._write, apart=refused_value, alone=_unstorable, on_written=on_stored)

    async def store(self, message: IncomingMessage) -> bool:
        """Durably store ``message``; True if it is new, False for a redelivery already stored."""
        return await self._commit.submit(message)

    async def _write(self, messages: list[IncomingMessage]) -> list[bool]:
        async with self.db.transaction() as session:
            stored = await record_inbound(session, messages, self.clock.now())
        count_inbound(r.channel for r in stored)  # new messages only: a redelivery is not stored again
        new = {(r.channel, r.provider_id) for r in stored}
        seen: set[tuple[str, str]] = set()
        results = []
        for message in messages:  # the same message twice in one batch: the first is new, the second a duplicate
            key = (message.channel, message.provider_id)
            results.append(key in new and key not in seen)
            seen.add(key)
        return results

    async def close(self) -> None:
        await self._commit.close()


def _unstorable(error: BaseException) -> Unstorable:
    return Unstorable(f"the database refused the message ({type(error).__name__})")
