"""Enrollment links (``/start CODE``) from many chats at once, each bound and greeted in one commit per batch
(a group commit, ``bot/group_commit.py``): a hundred workers opening their links together wait for a few
transactions, not for a hundred in a row."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock
from bot.group_commit import GroupCommit
from bot.service import ConversationService
from conversations.events import AddressBound
from storage.crypto import AddressCipher
from storage.database import Database
from storage.enrollment import Binding, bind_address, bind_addresses


@dataclass(frozen=True)
class Link:
    channel: str
    code: str
    address: str


class LinkBinder:
    def __init__(self, db: Database, cipher: AddressCipher, clock: Clock, service: ConversationService) -> None:
        self.db, self.cipher, self.clock, self.service = db, cipher, clock, service
        self._commit: GroupCommit[Link, Binding] = GroupCommit(self._bind)

    async def bind(self, channel: str, code: str, address: str) -> Binding:
        """Bind the chat to the worker the code was made for, once, and take the conversation's first step."""
        return await self._commit.submit(Link(channel, code, address))

    async def _bind(self, links: list[Link]) -> list[Binding]:
        now = self.clock.now()
        async with self.db.transaction() as session:  # bound and greeted together: both or neither
            if len(links) == 1:  # alone (or again alone, after its batch failed): with the precise checks
                [link] = links
                bindings = [await bind_address(session, self.cipher, link.channel, link.code, link.address, now)]
            else:
                asked = [(link.channel, link.code, link.address) for link in links]
                bindings = await bind_addresses(session, self.cipher, asked, now)
            bound = [(b.conversation_id, AddressBound()) for b in bindings if b.conversation_id is not None]
            stepped = await self.service.step_within(session, bound, now)
        self.service.after_commit(stepped)
        return bindings

    async def close(self) -> None:
        await self._commit.close()
