"""Everything a running process needs, wired once: database, texts, clock, channels, service, loops."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import Awaitable, Callable, Mapping
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
from bot.wakeups_across import CrossProcessWakeups
from storage.alerts import ALERT_CHANNEL, alert_unclaimed_p0
from storage.crypto import AddressCipher
from storage.database import Database
from storage.maintenance import vacuum_queues

log = logging.getLogger(__name__)

IDLE_POLL_SECONDS = 0.5
VACUUM_EVERY_ROWS = 20_000
PROCESS_BATCH = 64
STEPS, SENDS = "steps", "sends"  # the two background loops


class Wakeup:
    """Wakes the background loops that wait for work: the steps' loop when a webhook stored a message, the
    sends' loop when a step wrote the outbox; both when no loop is named (the demo skipped its clock)."""

    def __init__(self) -> None:
        self._listeners: list[tuple[str, asyncio.Event]] = []

    def listener(self, loop: str) -> asyncio.Event:
        event = asyncio.Event()
        self._listeners.append((loop, event))
        return event

    def set(self, *loops: str) -> None:
        for loop, event in self._listeners:
            if not loops or loop in loops:
                event.set()


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
    wake: Wakeup = field(init=False, default_factory=Wakeup)
    writer: InboundWriter = field(init=False)
    links: LinkBinder = field(init=False)
    heartbeats: Heartbeats = field(init=False)
    across: CrossProcessWakeups | None = None  # set by ``serve --role web`` on PostgreSQL: wakes the workers
    _rows_since_vacuum: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        self.service = ConversationService(
            self.db,
            self.locales,
            self.clock,
            load_builtin_script,
            on_outbox=lambda: self.signal(SENDS),
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
        self.writer = InboundWriter(self.db, self.clock, on_stored=lambda: self.signal(STEPS))
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
        *,
        sqlite_on_loop: bool = False,
    ) -> Runtime:
        return cls(
            Database(database_url, sqlite_on_loop=sqlite_on_loop),
            default_locales(),
            clock or SystemClock(),
            AddressCipher(secret_key),
            channels,
            settings or Settings(),
        )

    def freeze_loaded_data(self) -> None:
        """What is loaded by now (twenty languages' texts and word lists, the complaint model) lives as long as the
        process: take it out of the garbage collector's sight (``gc.freeze``), so that full collections stop walking
        it again and again (simulate: 12-16% faster)."""
        _ = self.locales.flag_model
        gc.collect()
        gc.freeze()

    async def work_once(self) -> int:
        """One round of both background loops, one after the other: what the steps wrote (replies, P0 alerts) is
        sent in the same round."""
        return await self.step_once() + await self.send_once()

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

    async def step_once(self) -> int:
        """Due timers, stored messages, P0 alerts: everything that steps conversations and writes the outbox."""
        done = await self.scheduler.run_once()
        # Small batches: the web server shares this event loop, and webhooks must be answered within 100 ms.
        done += await self.service.process_stored(limit=PROCESS_BATCH)
        done += await self.alert_callers()  # after the steps, so a P0 just raised is announced in this round
        await self.count_work(done)
        return done

    async def send_once(self) -> int:
        done = await self.dispatcher.run_once()
        await self.count_work(done)
        return done

    async def run_background(self, stop: asyncio.Event) -> None:
        """The worker role: two loops until ``stop`` is set, one stepping conversations and one sending the outbox,
        so that steps go on while sends wait for the provider. Each sleeps only when it has nothing to do."""
        await asyncio.gather(
            self._loop(stop, self.step_once, STEPS, "scheduler"), self._loop(stop, self.send_once, SENDS, "dispatcher")
        )

    async def _loop(self, stop: asyncio.Event, round_: Callable[[], Awaitable[int]], loop: str, role: str) -> None:
        wake = self.wake.listener(loop)
        while not stop.is_set():
            wake.clear()
            try:
                busy = await round_()
                await self.heartbeats.beat(role)  # only after a round without an error: /ready reads these
            except Exception:
                log.exception("background %s round failed; retrying", role)
                busy = 0
            if busy:
                await asyncio.sleep(0)  # let waiting webhooks through between rounds
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), IDLE_POLL_SECONDS)

    def signal(self, loop: str) -> None:
        """There is work for ``loop``: wake it here, and in the worker processes when they run apart."""
        self.wake.set(loop)
        if self.across is not None:
            self.across.send(loop)

    async def close(self) -> None:
        if self.across is not None:
            await self.across.close()
        await self.writer.close()
        await self.links.close()
        for channel in self.channels.values():
            await channel.close()
        await self.db.dispose()
