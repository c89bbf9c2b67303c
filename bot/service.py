"""The conversation service: event -> lock -> ``step()`` -> save state and effects in one transaction."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.clock import Clock
from bot.metrics import count_inbound
from conversations.effects import Effect, SendText
from conversations.engine import step
from conversations.events import Enrolled, Event, MessageReceived
from conversations.locales import Locales
from conversations.script import Script
from storage.crypto import AddressCipher
from storage.database import Database
from storage.enrollment import NewWorker, add_workers, conversations_for_lookups
from storage.inbound import IncomingMessage, RecordedMessage, claim_unprocessed, mark_processed, record_inbound
from storage.steps import CASE_DEADLINES, CaseDeadlines, Stepped, load_state, lock_conversations, save_steps
from storage.tables import Campaign

log = logging.getLogger(__name__)

ScriptLookup = Callable[[str], Script]
CHANNELS_BY_LINK = ("telegram",)
PROCESSING_LEASE = timedelta(seconds=30)  # a bot cannot write first: the worker opens an enrollment link


@dataclass(frozen=True)
class Received:
    new: int
    duplicates: int


class ConversationService:
    def __init__(
        self,
        db: Database,
        locales: Locales,
        clock: Clock,
        scripts: ScriptLookup,
        *,
        on_outbox: Callable[[], None] | None = None,
        case_deadlines: CaseDeadlines = CASE_DEADLINES,
    ) -> None:
        self.db, self.locales, self.clock, self.scripts = db, locales, clock, scripts
        self.on_outbox = on_outbox or (lambda: None)
        self.case_deadlines = case_deadlines

    async def handle(
        self,
        events: Sequence[tuple[int, Event]],
        *,
        inbound_ids: Sequence[int] = (),
        resolved: Mapping[int, int] | None = None,
        answering: Mapping[int, datetime] | None = None,
    ) -> None:
        """Apply events (in order per conversation) and save everything in one transaction. ``answering``: when
        the worker's messages among the events were stored, the earliest per conversation (for reply latency)."""
        now = self.clock.now()
        async with self.db.transaction() as session:
            stepped = await self.step_within(session, events, now, answering=answering)
            await mark_processed(session, inbound_ids, now, resolved=resolved)
        self.after_commit(stepped)

    async def step_within(
        self,
        session: AsyncSession,
        events: Sequence[tuple[int, Event]],
        now: datetime,
        *,
        answering: Mapping[int, datetime] | None = None,
    ) -> list[Stepped]:
        """Lock, step and save inside the caller's transaction (a caller's action does more in the same one).
        Call :meth:`after_commit` with the result once the transaction has committed."""
        by_conversation: dict[int, list[Event]] = defaultdict(list)
        for conversation_id, event in events:
            by_conversation[conversation_id].append(event)
        rows = await lock_conversations(session, by_conversation)
        stepped = []
        for conversation_id, group in by_conversation.items():
            row = rows.get(conversation_id)
            if row is None:
                log.warning("event for unknown conversation %s dropped", conversation_id)
                continue
            before = state = load_state(row)
            script = self.scripts(row.script)
            effects: list[Effect] = []
            for event in group:
                state, new_effects = step(state, event, script, now=now, tr=self.locales)
                effects.extend(new_effects)
            stepped.append(Stepped(row, before, state, effects))
        await save_steps(session, stepped, now, deadlines=self.case_deadlines, answering=answering)
        return stepped

    def after_commit(self, stepped: Sequence[Stepped]) -> None:
        """Wake the dispatcher when the committed steps wrote messages to send."""
        if any(isinstance(e, SendText) for s in stepped for e in s.effects):
            self.on_outbox()

    async def receive(self, messages: Sequence[IncomingMessage]) -> Received:
        """Store inbound messages first (one commit), then process the new ones right away.

        A duplicate delivery is stored once and processed once. If processing fails the messages stay stored
        and unprocessed, and :meth:`process_stored` takes them up after the hold.
        """
        async with self.db.transaction() as session:
            recorded = await record_inbound(session, messages, self.clock.now(), hold=PROCESSING_LEASE)
        count_inbound(r.channel for r in recorded)
        try:
            await self._process(recorded)
        except Exception:
            log.exception("processing %d stored inbound message(s) failed; they will be retried", len(recorded))
        return Received(new=len(recorded), duplicates=len(messages) - len(recorded))

    async def process_stored(self, *, limit: int = 500) -> int:
        """Process stored messages nobody is processing: fresh ones from webhooks, and any left by a crash."""
        claimed = await claim_unprocessed(self.db, self.clock.now(), limit=limit, lease=PROCESSING_LEASE)
        if not claimed:
            return 0
        try:
            await self._process(claimed)
        except Exception:
            # One bad conversation must not hold up the others: one by one, failures wait for their lease.
            log.exception("processing %d stored message(s) failed; retrying them one by one", len(claimed))
            for message in claimed:
                try:
                    await self._process([message])
                except Exception:
                    log.exception("stored message %s failed; it will be retried", message.id)
        return len(claimed)

    async def _process(self, recorded: Sequence[RecordedMessage]) -> None:
        senders = {(r.channel, r.sender_lookup) for r in recorded if r.conversation_id is None and r.sender_lookup}
        found: dict[tuple[str, str], int] = {}
        if senders:
            async with self.db.sessions() as session:
                found = await conversations_for_lookups(session, senders)
        events: list[tuple[int, Event]] = []
        resolved: dict[int, int] = {}
        answering: dict[int, datetime] = {}
        for r in recorded:
            conversation_id = r.conversation_id or found.get((r.channel, r.sender_lookup or ""))
            if conversation_id is None:  # from nobody we know: kept, not answered
                continue
            events.append((conversation_id, MessageReceived(text=r.text, attachments=r.attachments)))
            if r.conversation_id is None:
                resolved[r.id] = conversation_id
            answering[conversation_id] = min(r.received_at, answering.get(conversation_id, r.received_at))
        if recorded:
            await self.handle(events, inbound_ids=[r.id for r in recorded], resolved=resolved, answering=answering)

    async def enroll(self, campaign: Campaign, workers: Sequence[NewWorker], cipher: AddressCipher) -> list[int]:
        """Create workers with their conversations and schedule each first contact, in one transaction."""
        now = self.clock.now()
        async with self.db.transaction() as session:
            ids = await add_workers(session, campaign, workers, cipher, now)
            rows = await lock_conversations(session, ids)
            script = self.scripts(campaign.script)
            stepped = []
            for conversation_id, worker in zip(ids, workers, strict=True):
                row = rows[conversation_id]
                before = load_state(row)
                enrolled = Enrolled(awaiting_address=worker.address is None and worker.channel in CHANNELS_BY_LINK)
                after, effects = step(before, enrolled, script, now=now, tr=self.locales)
                stepped.append(Stepped(row, before, after, effects))
            await save_steps(session, stepped, now, deadlines=self.case_deadlines)
        return ids
