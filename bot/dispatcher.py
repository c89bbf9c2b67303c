"""Sends the outbox after commit: claims due rows, sends them, records outcomes, retries with backoff.

Most rows go to a worker. Rows whose ``audience`` is ``"callers"`` (an unclaimed P0 case announced, see
``storage/alerts.py``) go to the callers' Telegram chat instead, and what becomes of them (blocked, sent late) is
never an event for the worker's conversation they belong to.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import col, select

from bot.channels.base import Channel, OutgoingMessage, SendError
from bot.clock import Clock
from bot.metrics import RATE_LIMITED, REPLY_LATENCY, RETRIES, SENDS
from bot.ratelimit import RateLimiter
from bot.service import ConversationService
from conversations.effects import Button
from conversations.events import DeliveryFailed, Event, MessageSent
from storage.claims import ClaimedMessage, claim_due_outbox
from storage.crypto import AddressCipher
from storage.database import Database
from storage.outbox import Delivery, record_deliveries
from storage.tables import Conversation, Worker

log = logging.getLogger(__name__)
LATE_SEND = timedelta(minutes=5)  # a question sent later than this tells the engine, so waiting restarts
ASKING = ("gate", "question:", "reprompt:", "reminder")


@dataclass(frozen=True)
class Recipient:
    address: str
    language: str
    last_inbound_at: datetime | None


class Dispatcher:
    def __init__(
        self,
        db: Database,
        channels: Mapping[str, Channel],
        clock: Clock,
        service: ConversationService,
        cipher: AddressCipher,
        *,
        batch: int = 200,
        concurrency: int = 20,
        lease: timedelta = timedelta(minutes=2),
        give_up_after: timedelta = timedelta(hours=24),
        limiter: RateLimiter | None = None,
        record_every: timedelta = timedelta(milliseconds=250),
        callers_chat: str | None = None,
    ) -> None:
        self.db, self.channels, self.clock, self.service, self.cipher = db, channels, clock, service, cipher
        self.callers_chat = callers_chat  # the Telegram chat id that rows for the callers go to
        self.batch, self.lease, self.give_up_after, self.record_every = batch, lease, give_up_after, record_every
        self._slots = asyncio.Semaphore(concurrency)
        self.limiter = limiter or RateLimiter()

    async def run_once(self) -> int:
        """One round: claim, send, and record outcomes as they come, at least every ``record_every``: a batch
        paced by rate limits takes seconds, and a crash must leave few sends unrecorded (the Bot API cannot be
        asked afterwards). Returns how many rows were claimed."""
        claimed = await self.claim()
        if not claimed:
            return 0
        pending = set(await self._start_sends(claimed))
        try:
            while pending:
                done, pending = await asyncio.wait(pending, timeout=self.record_every.total_seconds())
                if done:
                    await self.record([task.result() for task in done])
        finally:
            for task in pending:  # cancelled mid-send: outcome unknown, reconciled when the lease runs out
                task.cancel()
        return len(claimed)

    async def claim(self) -> list[ClaimedMessage]:
        return await claim_due_outbox(self.db, self.clock.now(), limit=self.batch, lease=self.lease)

    async def deliver(self, claimed: Sequence[ClaimedMessage]) -> list[Delivery]:
        """Send all and return their outcomes without recording them (``run_once`` records as they come)."""
        return list(await asyncio.gather(*await self._start_sends(claimed)))

    async def _start_sends(self, claimed: Sequence[ClaimedMessage]) -> list[asyncio.Future[Delivery]]:
        recipients = await self._recipients({m.conversation_id for m in claimed if not m.to_callers})
        callers = Recipient(self.callers_chat, "en", None) if self.callers_chat else None

        def recipient(m: ClaimedMessage) -> Recipient | None:
            return callers if m.to_callers else recipients.get(m.conversation_id)

        return [asyncio.ensure_future(self._deliver_counted(m, recipient(m))) for m in claimed]

    async def record(self, deliveries: Sequence[Delivery]) -> None:
        async with self.db.transaction() as session:
            await record_deliveries(session, deliveries, self.clock.now())
        to_workers = [d for d in deliveries if d.audience == "worker"]  # the callers' chat is not the worker
        events: list[tuple[int, Event]] = [
            (d.conversation_id, DeliveryFailed(opted_out=True)) for d in to_workers if d.opted_out
        ]
        events += [(d.conversation_id, MessageSent(purpose=d.sent_late)) for d in to_workers if d.sent_late]
        if events:
            await self.service.handle(events)
        now = self.clock.now()
        for delivery in to_workers:
            if delivery.outcome == "sent" and delivery.answers_received_at is not None:
                REPLY_LATENCY.observe(max((now - delivery.answers_received_at).total_seconds(), 0.0))

    async def _deliver_counted(self, message: ClaimedMessage, recipient: Recipient | None) -> Delivery:
        if message.attempts > 1:
            RETRIES.labels(channel=message.channel).inc()
        delivery = await self._deliver_one(message, recipient)
        SENDS.labels(channel=message.channel, outcome=delivery.outcome).inc()
        return delivery

    async def _deliver_one(self, message: ClaimedMessage, recipient: Recipient | None) -> Delivery:
        channel = self.channels.get(message.channel)
        if channel is None or recipient is None:
            missing = "no callers' chat is configured" if message.to_callers else "no address"
            reason = missing if recipient is None else f"channel {message.channel!r} is not configured"
            return self._retry_or_give_up(message, reason, None, outcome_unknown=message.outcome_unknown)
        outgoing = OutgoingMessage(
            key=message.key,
            address=recipient.address,
            text=message.text,
            buttons=tuple(Button.model_validate(b) for b in message.buttons),
            purpose=message.purpose,
            language=recipient.language,
            created_at=message.created_at,
            last_inbound_at=recipient.last_inbound_at,
        )
        async with self._slots:
            await self.limiter.wait(message.channel, recipient.address)
            if message.outcome_unknown:
                try:
                    earlier = await channel.find_sent(outgoing)
                except Exception as error:  # still unknown: ask again next time, never send blindly
                    reason = f"could not check an earlier attempt: {_describe(error)}"
                    return self._retry_or_give_up(message, reason, _retry_after(error), outcome_unknown=True)
                if earlier is not None:
                    return _delivery(message, "sent", provider_id=earlier.provider_id, note=earlier.note)
            try:
                result = await channel.send(outgoing)
            except SendError as error:
                if error.rate_limited:
                    RATE_LIMITED.labels(channel=message.channel).inc()
                if error.permanent:
                    if message.to_callers:  # the bot left the callers' chat, or the chat id is wrong
                        log.error("outbox %s to the callers' chat failed: %s", message.id, error)
                    return _delivery(message, "failed", error=str(error), opted_out=error.opted_out)
                return self._retry_or_give_up(message, str(error), error.retry_after)
            except Exception as error:  # the request may have reached the provider: reconcile before resending
                log.warning("send of outbox %s failed: %s", message.id, type(error).__name__)
                return self._retry_or_give_up(message, _describe(error), None, outcome_unknown=True)
        late = self.clock.now() - message.created_at > LATE_SEND and message.purpose.startswith(ASKING)
        return _delivery(
            message,
            "sent",
            provider_id=result.provider_id,
            note=result.note,
            sent_late=message.purpose if late else None,
        )

    def _retry_or_give_up(
        self, message: ClaimedMessage, error: str, retry_after: float | None, *, outcome_unknown: bool = False
    ) -> Delivery:
        now = self.clock.now()
        if now - message.created_at >= self.give_up_after:
            doubt = " (an earlier attempt may have arrived)" if outcome_unknown else ""
            if message.to_callers:
                log.error("outbox %s to the callers' chat given up: %s", message.id, error)
            return _delivery(message, "failed", error=f"gave up: {error}{doubt}")
        retry_at = _backoff(now, message.attempts, retry_after)
        return _delivery(message, "retry", error=error, retry_at=retry_at, outcome_unknown=outcome_unknown)

    async def _recipients(self, conversation_ids: set[int]) -> dict[int, Recipient]:
        statement = (
            select(
                col(Conversation.id),
                col(Worker.address_cipher),
                col(Conversation.language),
                col(Conversation.last_inbound_at),
            )
            .join(Worker, col(Worker.id) == col(Conversation.worker_id))
            .where(col(Conversation.id).in_(conversation_ids))
        )
        async with self.db.sessions() as session:
            rows = (await session.exec(statement)).all()
        return {
            cid: Recipient(self.cipher.decrypt(cipher), language, last_inbound_at)
            for cid, cipher, language, last_inbound_at in rows
            if cid is not None and cipher is not None
        }


def _delivery(message: ClaimedMessage, outcome: str, **details: Any) -> Delivery:
    if message.to_callers:  # a refusal by the callers' chat, or a late alert, says nothing about the worker
        details.update(opted_out=False, sent_late=None)
    details["audience"] = message.audience
    details["answers_received_at"] = message.answers_received_at
    return Delivery(message.id, message.conversation_id, message.attempts, outcome, **details)


def _describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def _retry_after(error: Exception) -> float | None:
    return error.retry_after if isinstance(error, SendError) else None


def _backoff(now: datetime, attempts: int, retry_after: float | None) -> datetime:
    delay = retry_after if retry_after is not None else min(5 * 2 ** (attempts - 1), 900)
    return now + timedelta(seconds=delay)
