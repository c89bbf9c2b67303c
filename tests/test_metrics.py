"""``/metrics``: what an operator's Prometheus sees after real callbacks through the webhooks, the dispatcher and
the fake Twilio API, on SQLite and PostgreSQL; and who may see it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import timedelta

import pytest
from sqlalchemy import func
from sqlmodel import select

from bot.clock import VirtualClock
from storage.tables import ReadingItem
from tests.conftest import TEST_SECRET
from tests.helpers import settle
from tests.ops_helpers import METRICS_TOKEN, SCRIPT_WITH_COMPLAINT, WORKER, running_service, samples

SMS = (("channel", "sms"),)


def _sent(scrape: dict[tuple[str, tuple[tuple[str, str], ...]], float], outcome: str) -> float:
    return scrape.get(("callbacks_sends_total", (("channel", "sms"), ("outcome", outcome))), 0.0)


async def test_a_callback_moves_the_counters_the_latency_and_the_case_gauges(
    database_url: str, clock: VirtualClock
) -> None:
    async with running_service(database_url, clock) as service:
        status, text = await service.scrape()
        assert status == 200
        before = samples(text)
        assert before[("callbacks_database_up", ())] == 1
        await service.enroll_worker()  # the gate goes out: a send, but no reply to anything
        for number, reply in enumerate(SCRIPT_WITH_COMPLAINT):
            clock.advance(timedelta(seconds=40))
            assert await service.post_sms(reply) == 200
            clock.advance(timedelta(seconds=2))  # stored, then answered two seconds later
            if number == 0:
                waiting = samples((await service.scrape())[1])
                assert waiting[("callbacks_inbound_unprocessed", ())] == 1
                assert waiting[("callbacks_inbound_oldest_unprocessed_age_seconds", ())] == 2
            await settle(service.runtime)
        _, text = await service.scrape()
        after = samples(text)
        async with service.runtime.db.sessions() as session:
            unread = (await session.exec(select(func.count()).select_from(ReadingItem))).one()

    assert WORKER not in text and WORKER.lstrip("+") not in text
    inbound = after[("callbacks_inbound_messages_total", SMS)] - before.get(
        ("callbacks_inbound_messages_total", SMS), 0
    )
    assert inbound == len(SCRIPT_WITH_COMPLAINT)
    assert _sent(after, "sent") - _sent(before, "sent") == len(SCRIPT_WITH_COMPLAINT) + 1  # each reply and the gate
    replies = (
        after[("callbacks_reply_latency_seconds_count", ())] - before[("callbacks_reply_latency_seconds_count", ())]
    )
    assert replies == len(SCRIPT_WITH_COMPLAINT)  # the gate answers nobody; each message got one reply
    waited = after[("callbacks_reply_latency_seconds_sum", ())] - before[("callbacks_reply_latency_seconds_sum", ())]
    assert waited == pytest.approx(2.0 * len(SCRIPT_WITH_COMPLAINT))
    fast = ("callbacks_reply_latency_seconds_bucket", (("le", "1.0"),))
    assert after[fast] == before[fast], "no reply came within a second: each waited two"
    assert after[("callbacks_cases_open", (("severity", "P1"),))] == 1
    assert after[("callbacks_cases_open", (("severity", "P0"),))] == 0  # every severity is there, for alerts
    assert after[("callbacks_case_oldest_open_age_seconds", (("severity", "P1"),))] == 0  # opened just now
    assert after[("callbacks_reading_list_unread", ())] == unread
    assert after[("callbacks_outbox_depth", ())] == 0
    assert after[("callbacks_inbound_unprocessed", ())] == 0


async def test_a_429_shows_as_rate_limited_then_as_a_retry_and_the_outbox_waits(
    database_url: str, clock: VirtualClock
) -> None:
    async with running_service(database_url, clock) as service:
        await service.enroll_worker()
        before = samples((await service.scrape())[1])
        service.fake.fail_next(WORKER, 429, 20429, retry_after=30)
        await service.worker_says("1")
        refused = samples((await service.scrape())[1])
        assert (
            refused[("callbacks_provider_rate_limited_total", SMS)]
            - before.get(("callbacks_provider_rate_limited_total", SMS), 0)
            == 1
        )
        assert _sent(refused, "retry") - _sent(before, "retry") == 1
        assert refused[("callbacks_outbox_depth", ())] == 1
        assert refused[("callbacks_outbox_oldest_due_age_seconds", ())] == 0  # not due for 30 s
        clock.advance(timedelta(seconds=45))
        overdue = samples((await service.scrape())[1])
        assert overdue[("callbacks_outbox_oldest_due_age_seconds", ())] == 15
        await settle(service.runtime)
        after = samples((await service.scrape())[1])
    assert after[("callbacks_send_retries_total", SMS)] - before.get(("callbacks_send_retries_total", SMS), 0) == 1
    assert _sent(after, "sent") - _sent(refused, "sent") == 1
    assert after[("callbacks_outbox_depth", ())] == 0


async def test_timers_due_and_late_are_counted_from_the_database(database_url: str, clock: VirtualClock) -> None:
    async with running_service(database_url, clock) as service:
        await service.enroll_worker()  # the gate waits for an answer: a reminder timer is pending
        waiting = samples((await service.scrape())[1])
        assert (waiting[("callbacks_timers_due", ())], waiting[("callbacks_timers_late", ())]) == (0, 0)
        clock.advance(timedelta(days=2))  # far past the reminder, and nobody has run the scheduler
        late = samples((await service.scrape())[1])
    assert late[("callbacks_timers_due", ())] >= 1
    assert late[("callbacks_timers_late", ())] == late[("callbacks_timers_due", ())]


async def test_metrics_need_the_token_and_are_absent_without_one(database_url: str, clock: VirtualClock) -> None:
    async with running_service(database_url, clock) as service:
        assert (await service.scrape(token=None))[0] == 401
        assert (await service.scrape(token="not-" + METRICS_TOKEN))[0] == 401
        response = await service.web.get("/metrics", headers={"Authorization": METRICS_TOKEN})  # not "Bearer"
        assert response.status == 401
    async with running_service(database_url, clock, metrics_token=None) as service:
        assert (await service.scrape())[0] == 404


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_worker_process_serves_metrics_on_its_own_port(database_url: str) -> None:
    """``--role worker`` has no web app; its counters (the sends) are scraped from CALLBACKS_METRICS_PORT."""
    port = _free_port()
    env = {
        **os.environ,
        "CALLBACKS_DATABASE_URL": database_url,
        "CALLBACKS_SECRET_KEY": TEST_SECRET,
        "CALLBACKS_METRICS_PORT": str(port),
    }
    env.pop("CALLBACKS_METRICS_TOKEN", None)
    worker = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "serve", "--role", "worker"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        text = ""
        for _ in range(150):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=1) as response:
                    text = response.read().decode()
            except OSError:
                time.sleep(0.1)
                continue
            if "callbacks_heartbeat_age_seconds{" in text:  # the loop has done a round
                break
            time.sleep(0.1)
        scrape = samples(text)
        assert scrape[("callbacks_database_up", ())] == 1
        assert scrape[("callbacks_heartbeat_age_seconds", (("role", "dispatcher"),))] < 30
        assert ("callbacks_sends_total", (("channel", "sms"), ("outcome", "sent"))) not in scrape  # nothing sent
    finally:
        worker.send_signal(signal.SIGTERM)
        _, errors = worker.communicate(timeout=20)
    assert worker.returncode == 0, errors
