"""With `serve --role web` and `--role worker` in separate processes on PostgreSQL, what the web process commits
wakes the worker processes' loops through LISTEN/NOTIFY, instead of waiting for their next idle poll."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from bot.channels.simulator import SimulatorChannel
from bot.clock import VirtualClock
from bot.enrollment import Enrollment, enroll, new_campaign
from bot.runtime import SENDS, STEPS, Runtime
from bot.wakeups_across import CrossProcessWakeups
from storage.inbound import IncomingMessage
from tests.conftest import START, TEST_SECRET, _truncate_all

WAIT = 10  # seconds: only a notification sets these events, no poll does


@pytest.fixture
async def web_and_worker(postgres_database: str) -> AsyncIterator[tuple[Runtime, Runtime]]:
    """Two runtimes on one database, as two processes would be: the web one notifies, the worker one listens."""
    await _truncate_all(postgres_database)
    web, worker = (
        Runtime.build(postgres_database, TEST_SECRET, {"simulator": SimulatorChannel()}, VirtualClock(START))
        for _ in range(2)
    )
    web.across = CrossProcessWakeups(postgres_database)
    listening = CrossProcessWakeups(postgres_database)
    await listening.listen(worker.wake.set)
    yield web, worker
    await listening.close()
    await web.close()
    await worker.close()


async def test_a_stored_message_and_a_written_reply_wake_the_worker_process(
    web_and_worker: tuple[Runtime, Runtime],
) -> None:
    web, worker = web_and_worker
    steps, sends = worker.wake.listener(STEPS), worker.wake.listener(SENDS)
    campaign = await new_campaign(web, name="Apart", timezone="Asia/Jakarta")
    [conversation] = await enroll(web, campaign, [Enrollment("simulator", "en", ("mon-sun 00:00-23:59",), "sim-1")])

    assert await web.writer.store(IncomingMessage("simulator", "SM-apart-1", conversation, "hello"))
    await asyncio.wait_for(steps.wait(), WAIT)  # the webhook's commit woke the worker's steps
    assert not sends.is_set()

    await web.service.process_stored()  # a step in the web process (a caller's reply, a deep link) writes the outbox
    await asyncio.wait_for(sends.wait(), WAIT)
