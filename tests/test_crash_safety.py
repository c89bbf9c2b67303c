"""Crashes between commit, send and the record of sending: nothing is lost and nothing goes out twice."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import timedelta

from sqlmodel import col, func, select

from bot.channels.base import OutgoingMessage, SendResult
from bot.channels.simulator import SimulatorChannel
from bot.clock import VirtualClock
from bot.enrollment import Enrollment, enroll, new_campaign
from bot.runtime import Runtime
from storage.inbound import IncomingMessage, record_inbound
from storage.tables import Answer, Inbound, Outbox
from tests.conftest import TEST_SECRET
from tests.helpers import run_until_next_timer, settle

ANY_TIME = ("mon-sun 00:00-23:59",)


async def _contacted_worker(runtime: Runtime, clock: VirtualClock) -> int:
    campaign = await new_campaign(runtime, name="Crash", timezone="Asia/Jakarta")
    [conversation_id] = await enroll(runtime, campaign, [Enrollment("simulator", "en", ANY_TIME, address="sim-9")])
    await run_until_next_timer(runtime, clock)  # the first contact goes out
    return conversation_id


def _restart(runtime: Runtime, channel: SimulatorChannel, clock: VirtualClock) -> Runtime:
    """A new process on the same database and provider; its clock has moved past every lease."""
    clock.advance(runtime.dispatcher.lease + timedelta(seconds=1))
    return Runtime.build(runtime.db.url, TEST_SECRET, {channel.name: channel}, clock)


async def _outbox_statuses(runtime: Runtime) -> list[str]:
    async with runtime.db.sessions() as session:
        return list((await session.exec(select(Outbox.status).order_by(col(Outbox.id)))).all())


async def test_dying_after_commit_before_sending_sends_once_after_restart(
    runtime: Runtime, clock: VirtualClock
) -> None:
    channel = runtime.channels["simulator"]
    assert isinstance(channel, SimulatorChannel)
    conversation_id = await _contacted_worker(runtime, clock)
    await runtime.service.receive([IncomingMessage("simulator", "SM1", conversation_id, "1")])
    claimed = await runtime.dispatcher.claim()  # ... and the process dies here, before sending
    assert [m.purpose for m in claimed] == ["question:consent"]
    assert channel.deliveries[claimed[0].key] == 0

    restarted = _restart(runtime, channel, clock)
    await settle(restarted)
    assert channel.deliveries[claimed[0].key] == 1
    assert await _outbox_statuses(restarted) == ["sent", "sent"]
    assert channel.duplicates == 0
    await restarted.close()


async def test_dying_after_sending_before_marking_sent_does_not_send_again(
    runtime: Runtime, clock: VirtualClock
) -> None:
    channel = runtime.channels["simulator"]
    assert isinstance(channel, SimulatorChannel)
    conversation_id = await _contacted_worker(runtime, clock)
    await runtime.service.receive([IncomingMessage("simulator", "SM1", conversation_id, "1")])
    claimed = await runtime.dispatcher.claim()
    await runtime.dispatcher.deliver(claimed)  # sent ... and the process dies before recording it
    assert await _outbox_statuses(runtime) == ["sent", "sending"]

    restarted = _restart(runtime, channel, clock)
    await settle(restarted)
    assert await _outbox_statuses(restarted) == ["sent", "sent"]
    assert channel.deliveries[claimed[0].key] == 1, "reconciled with the provider, not sent again"
    assert channel.duplicates == 0
    await restarted.close()


async def test_a_message_stored_but_never_processed_is_processed_after_restart(
    runtime: Runtime, clock: VirtualClock
) -> None:
    channel = runtime.channels["simulator"]
    assert isinstance(channel, SimulatorChannel)
    conversation_id = await _contacted_worker(runtime, clock)
    async with runtime.db.transaction() as session:  # the webhook stored it; the process died right after
        await record_inbound(session, [IncomingMessage("simulator", "SM1", conversation_id, "1")], clock.now())

    restarted = _restart(runtime, channel, clock)
    await settle(restarted)
    async with restarted.db.sessions() as session:
        unprocessed = (
            await session.exec(select(func.count()).select_from(Inbound).where(col(Inbound.processed_at).is_(None)))
        ).one()
    assert unprocessed == 0
    assert "independent of your employer" in channel.log[-1].text  # the gate was answered: consent is asked
    await restarted.close()


async def test_an_answer_is_recorded_once_however_often_it_is_delivered(runtime: Runtime, clock: VirtualClock) -> None:
    conversation_id = await _contacted_worker(runtime, clock)
    for _ in range(3):
        await runtime.service.receive([IncomingMessage("simulator", "SM1", conversation_id, "1")])
    await runtime.service.receive([IncomingMessage("simulator", "SM2", conversation_id, "yes")] * 2)
    await settle(runtime)
    async with runtime.db.sessions() as session:
        answers = (await session.exec(select(Answer.question, Answer.value))).all()
    assert list(answers) == [("consent", "yes")]


class OneSlowRecipient(SimulatorChannel):
    """Sends at once, except to ``slow`` (a recipient the rate limiter holds back): that one waits for ``go``."""

    def __init__(self, slow: str) -> None:
        super().__init__()
        self.slow, self.go = slow, asyncio.Event()

    async def send(self, message: OutgoingMessage) -> SendResult:
        if message.address == self.slow:
            await self.go.wait()
        return await super().send(message)


async def test_sends_are_recorded_while_the_rest_of_the_batch_is_still_going_out(
    runtime: Runtime, clock: VirtualClock
) -> None:
    channel = OneSlowRecipient(slow="sim-slow")
    sender = Runtime.build(runtime.db.url, TEST_SECRET, {channel.name: channel}, clock)
    sender.dispatcher.record_every = timedelta(milliseconds=50)
    campaign = await new_campaign(sender, name="Batch", timezone="Asia/Jakarta")
    await enroll(sender, campaign, [Enrollment("simulator", "en", ANY_TIME, address=a) for a in ("sim-a", "sim-slow")])
    await sender.scheduler.run_once()  # both first contacts are in the outbox: one batch
    batch = asyncio.create_task(sender.dispatcher.run_once())
    for _ in range(100):
        await asyncio.sleep(0.02)
        if await _outbox_statuses(sender) == ["sent", "sending"]:
            break
    assert await _outbox_statuses(sender) == ["sent", "sending"], "the quick send is on record already"

    batch.cancel()  # the process dies with the slow send still waiting
    with contextlib.suppress(asyncio.CancelledError):
        await batch
    channel.go.set()
    restarted = _restart(sender, channel, clock)
    await settle(restarted)
    assert await _outbox_statuses(restarted) == ["sent", "sent"]
    assert channel.deliveries == {"out-1": 1, "out-2": 1}
    await restarted.close()
    await sender.close()
