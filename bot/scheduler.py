"""Turns due timers into ``TimerFired`` events. Streams work in batches; never loads all conversations."""

from __future__ import annotations

import logging
from datetime import timedelta

from bot.clock import Clock
from bot.service import ConversationService
from conversations.events import Event, TimerFired
from storage.claims import claim_due_timers
from storage.database import Database

log = logging.getLogger(__name__)


class Scheduler:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        service: ConversationService,
        *,
        batch: int = 500,
        lease: timedelta = timedelta(minutes=2),
    ) -> None:
        self.db, self.clock, self.service, self.batch, self.lease = db, clock, service, batch, lease

    async def run_once(self) -> int:
        timers = await claim_due_timers(self.db, self.clock.now(), limit=self.batch, lease=self.lease)
        events: list[tuple[int, Event]] = [
            (t.conversation_id, TimerFired(timer=t.kind, due_at=t.due_at)) for t in timers
        ]
        if not events:
            return 0
        try:
            await self.service.handle(events)
        except Exception:
            # One bad conversation must not hold up the others: retry one by one, leave failures to the lease.
            log.exception("a batch of %d timers failed; retrying them one by one", len(events))
            for single in events:
                try:
                    await self.service.handle([single])
                except Exception:
                    log.exception("timer for conversation %s failed; it will be retried", single[0])
        return len(events)
