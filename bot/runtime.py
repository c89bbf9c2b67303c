"""Everything a running process needs, wired once: database, texts, clock, channels, service, loops."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from bot.channels.base import Channel
from bot.clock import Clock, SystemClock
from bot.dispatcher import Dispatcher
from bot.heartbeats import Heartbeats
from bot.i18n import FluentLocales, default_locales
from bot.inbound_writer import InboundWriter
from bot.link_binder import LinkBinder
from bot.ratelimit import RateLimiter
from bot.scheduler import Scheduler
from bot.scripts import load_builtin_script
from bot.service import ConversationService
from bot.settings import Settings
from storage.alerts import ALERT_CHANNEL, alert_unclaimed_p0
from storage.crypto import AddressCipher
from storage.database import Database
from storage.maintenance import vacuum_queues

log = logging.getLogger(__name__)

IDLE_POLL_SECONDS = 0.5
VACUUM_EVERY_ROWS = 20_000
PROCESS_BATCH = 64


@dataclass
class Runtime:
    db: Database
    locales: FluentLocales
    clock: Clock
    cipher: AddressCipher
    channels: Mapping[str, Channel]
    settings: Settings = field(default_factory=Settings)
    service: ConversationService = field(init=False)
    dispatcher: Dispatcher = field(init=False)
    scheduler: Scheduler = field(init=False)
    wake: asyncio.Event = field(init=False, default_factory=asyncio.Event)
    writer: InboundWriter = field(init=False)
    links: LinkBinder = field(init=False)
    heartbeats: Heartbeats = field(init=False)
    _rows_since_vacuum: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        self.service = ConversationService(
            self.db,
            self.locales,
            self.clock,
            load_builtin_script,
            on_outbox=self.wake.set,
            case_deadlines=self.settings.case_deadlines(),
        )
        self.dispatcher = Dispatcher(
            self.db,
            self.channels,
            self.clock,
            self.service,
            self.cipher,
            limiter=RateLimiter(self.settings.paces()),
            give_up_after=timedelta(hours=self.settings.give_up_after_hours),
            callers_chat=self.settings.callers_telegram_chat,
        )
        self.scheduler = Scheduler(self.db, self.clock, self.service)
        self.writer = InboundWriter(self.db, self.clock, on_stored=self.wake.set)
        self.links = LinkBinder(self.db, self.cipher, self.clock, self.service)
        self.heartbeats = Heartbeats(self.db, self.clock)

    @classmethod
    def build(
        cls,
        database_url: str,
        secret_key: str,
        channels: Mapping[str, Channel],
        clock: Clock | None = None,
        settings: Settings | None = None,
    ) -> Runtime:
        return cls(
            Database(database_url),
            default_locales(),
            clock or SystemClock(),
            AddressCipher(secret_key),
            channels,
            settings or Settings(),
        )

    async def work_once(self) -> int:
        """One round of background work: due timers, P0 alerts, the outbox, and stored messages never processed."""
        done = await self.scheduler.run_once()
        # Small batches: the web server shares this event loop, and webhooks must be answered within 100 ms.
        # Before the dispatcher, so that the replies these steps wrote go out in the same round.
        done += await self.service.process_stored(limit=PROCESS_BATCH)
        done += await self.alert_callers()  # before the dispatcher, so an alert goes out in the same round
        done += await self.dispatcher.run_once()
        await self.count_work(done)
        return done

    async def alert_callers(self) -> int:
        """Announce unclaimed P0 cases to the callers' Telegram chat, once each (through the outbox). A single
        statement over the indexed status and severity of cases; nothing at all without the chat or Telegram."""
        if not self.settings.callers_telegram_chat or ALERT_CHANNEL not in self.channels:
            return 0
        announced = await alert_unclaimed_p0(self.db, self.clock.now(), public_url=self.settings.public_url)
        return len(announced)

    async def count_work(self, rows: int) -> None:
        """Vacuum the queue tables after every so many claimed rows (PostgreSQL only)."""
        self._rows_since_vacuum += rows
        if self._rows_since_vacuum >= VACUUM_EVERY_ROWS:
            self._rows_since_vacuum = 0
            await vacuum_queues(self.db)

    async def run_background(self, stop: asyncio.Event) -> None:
        """The worker role: loop until ``stop`` is set, sleeping only when there is nothing to do."""
        while not stop.is_set():
            try:
                busy = await self.work_once()
                await self.heartbeats.beat()  # only after a round without an error: /ready reads these
            except Exception:
                log.exception("background round failed; retrying")
                busy = 0
            if busy:
                await asyncio.sleep(0)  # let waiting webhooks through between rounds
                continue
            self.wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wake.wait(), IDLE_POLL_SECONDS)

    async def close(self) -> None:
        await self.writer.close()
        await self.links.close()
        for channel in self.channels.values():
            await channel.close()
        await self.db.dispose()
