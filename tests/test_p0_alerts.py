"""An unclaimed P0 case is announced once to the callers' Telegram chat, through the outbox: the real scheduler,
engine, storage and dispatcher on a virtual clock, the worker on the simulator channel, and the real
python-telegram-bot ``Bot`` sending to the callers' chat through the local fake Bot API. SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from aiohttp.test_utils import TestServer
from sqlalchemy import update
from sqlmodel import col, select

from bot.channels.base import Channel
from bot.channels.simulator import SimulatorChannel
from bot.channels.telegram import TelegramChannel
from bot.clock import VirtualClock
from bot.enrollment import Enrollment, enroll, new_campaign
from bot.ratelimit import RateLimiter
from bot.runtime import Runtime
from bot.settings import Settings
from storage.inbound import IncomingMessage
from storage.tables import Case, Outbox, table_of
from storage.tables import Conversation as ConversationRow
from tests.conftest import TEST_SECRET
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.telegram_api import create_app as create_fake_api
from tests.helpers import say, settle, simulator

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")
CALLERS = "-1001234567890"  # the callers' group chat
PUBLIC_URL = "https://callbacks.example.org"
ALWAYS = ("mon-sun 00:00-23:59",)
PHONE = "+959421234567"  # the worker's address on the simulator channel: must never reach the callers
# Gate, consent, then "no"/the harmless option to everything up to the danger question (default.yaml).
TO_DANGER = ["1", "1", "2", "1", "2", "1", "2", "1", "2", "1", "2"]


@dataclass
class World:
    """One database and one fake Bot API; any number of runtimes on them, as separate worker processes."""

    fake: FakeTelegram
    api_url: str
    database_url: str
    clock: VirtualClock
    built: list[Runtime] = field(default_factory=list)

    def runtime(self, *, callers_chat: str | None = CALLERS, telegram: bool = True) -> Runtime:
        sim = SimulatorChannel()
        channels: dict[str, Channel] = {sim.name: sim}
        if telegram:
            channels["telegram"] = TelegramChannel(self.fake.token, self.api_url)
        settings = Settings(callers_telegram_chat=callers_chat, public_url=PUBLIC_URL)
        built = Runtime.build(self.database_url, TEST_SECRET, channels, self.clock, settings)
        built.dispatcher.limiter = RateLimiter({})  # no real-time pacing: the clock is virtual
        self.built.append(built)
        return built

    def to_callers(self) -> list[str]:
        """What reached the callers' chat."""
        return [str(call.params["text"]) for call in self.fake.sent if call.chat_id == CALLERS]


@pytest.fixture
async def world(database_url: str, clock: VirtualClock, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[World]:
    for name in PROXY_VARIABLES:  # PTB's httpx follows proxy variables, even to 127.0.0.1
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("PTB_TIMEDELTA", "1")  # restored afterwards; TelegramChannel would set it for good
    fake = FakeTelegram(clock=lambda: clock.now().timestamp())
    async with TestServer(create_fake_api(fake), host="127.0.0.1") as api:
        world = World(fake, str(api.make_url("")), database_url, clock)
        try:
            yield world
        finally:
            for built in world.built:
                await built.close()


async def worker(runtime: Runtime, language: str = "my", address: str = PHONE) -> int:
    campaign = await new_campaign(runtime, name="Factory A follow-up", timezone="Asia/Jakarta")
    [conversation_id] = await enroll(runtime, campaign, [Enrollment("simulator", language, ALWAYS, address=address)])
    await settle(runtime)  # the window is open: the safety gate goes out at once
    return conversation_id


async def to_the_danger_question(runtime: Runtime, clock: VirtualClock, conversation_id: int) -> None:
    for reply in TO_DANGER:
        clock.advance(timedelta(seconds=30))
        await say(runtime, conversation_id, reply)


async def answer_only(runtime: Runtime, conversation_id: int, text: str) -> None:
    """The worker's message is stored and stepped, and nothing else runs: no alert round, no dispatcher."""
    await runtime.service.receive([IncomingMessage("simulator", uuid.uuid4().hex, conversation_id, text)])


async def cases(runtime: Runtime) -> list[Case]:
    async with runtime.db.sessions() as session:
        return list((await session.exec(select(Case).order_by(col(Case.id)))).all())


async def callers_rows(runtime: Runtime) -> list[Outbox]:
    async with runtime.db.sessions() as session:
        statement = select(Outbox).where(Outbox.audience == "callers").order_by(col(Outbox.id))
        return list((await session.exec(statement)).all())


async def status(runtime: Runtime, conversation_id: int) -> str:
    async with runtime.db.sessions() as session:
        row = await session.get(ConversationRow, conversation_id)
    assert row is not None
    return row.status


def expected_alert(case_id: int, language: str = "Burmese") -> str:
    return (
        f"Urgent case #{case_id} waiting for a caller: {language}, P0 (violence). "
        f"Open {PUBLIC_URL}/console/cases/{case_id}"
    )


# --- announced once ---------------------------------------------------------------------------------------------


async def test_an_unclaimed_p0_case_is_announced_once_to_the_callers_chat(world: World, clock: VirtualClock) -> None:
    runtime = world.runtime()
    cid = await worker(runtime)
    await to_the_danger_question(runtime, clock, cid)
    assert world.to_callers() == []
    clock.advance(timedelta(seconds=30))
    await say(runtime, cid, "1")  # yes, in danger right now: P0, handed over at once; say() runs the rounds

    [case] = await cases(runtime)
    assert (case.conversation_id, case.severity, case.language, case.status) == (cid, "P0", "my", "open")
    assert case.alerted_at == clock.now() and case.version == 1
    assert world.to_callers() == [expected_alert(case.id or 0)]
    [row] = await callers_rows(runtime)
    assert (row.conversation_id, row.channel, row.purpose, row.status, row.buttons) == (
        cid,
        "telegram",
        "alert:p0",
        "sent",
        [],
    )
    assert PHONE not in row.text and PHONE.lstrip("+") not in row.text
    # Nothing for the callers went to the worker, and only the callers' chat heard from Telegram.
    assert all("Urgent" not in m.text for m in simulator(runtime).log)
    assert {call.chat_id for call in world.fake.calls_to("sendMessage")} == {CALLERS}
    assert await status(runtime, cid) == "with_caller"

    for _ in range(3):  # later rounds, and a second worker process on the same database
        clock.advance(timedelta(minutes=10))
        await settle(runtime)
    second = world.runtime()
    await settle(second)
    clock.advance(timedelta(hours=2))  # past the case's deadline: still unclaimed, still announced only once
    await settle(second)
    await settle(runtime)
    assert len(world.to_callers()) == 1
    assert len(await callers_rows(runtime)) == 1
    [case] = await cases(runtime)
    assert case.version == 1


async def test_two_processes_at_once_announce_each_case_once(world: World, clock: VirtualClock) -> None:
    quiet = world.runtime(callers_chat=None)  # opens the cases and announces nothing
    opened = []
    for n in range(3):
        cid = await worker(quiet, address=f"+95942123456{n}")
        await to_the_danger_question(quiet, clock, cid)
        await answer_only(quiet, cid, "1")
        opened.append(cid)
    assert [c.severity for c in await cases(quiet)] == ["P0"] * 3
    assert await callers_rows(quiet) == []

    first, second = world.runtime(), world.runtime()
    announced = await asyncio.gather(first.alert_callers(), second.alert_callers(), first.alert_callers())
    assert sum(announced) == 3
    await asyncio.gather(settle(first), settle(second))
    await settle(first)

    rows = await callers_rows(quiet)
    assert sorted(r.conversation_id for r in rows) == sorted(opened)
    assert sorted(world.to_callers()) == sorted(expected_alert(c.id or 0) for c in await cases(quiet))
    assert all(c.version == 1 and c.alerted_at is not None for c in await cases(quiet))


# --- not announced ----------------------------------------------------------------------------------------------


async def test_a_p1_case_is_not_announced(world: World, clock: VirtualClock) -> None:
    runtime = world.runtime()
    cid = await worker(runtime)
    await say(runtime, cid, "1")  # the gate
    await say(runtime, cid, "HELP")  # asks for a person: P1
    assert await status(runtime, cid) == "with_caller"
    [case] = await cases(runtime)
    assert case.severity == "P1" and case.status == "open"
    clock.advance(timedelta(hours=1))
    await settle(runtime)
    assert world.to_callers() == []
    assert await callers_rows(runtime) == []
    [case] = await cases(runtime)
    assert (case.alerted_at, case.version) == (None, 0)


async def test_a_p0_case_claimed_before_the_round_is_not_announced(world: World, clock: VirtualClock) -> None:
    runtime = world.runtime()
    cid = await worker(runtime)
    await to_the_danger_question(runtime, clock, cid)
    await answer_only(runtime, cid, "1")
    [case] = await cases(runtime)
    assert (case.severity, case.status, case.alerted_at) == ("P0", "open", None)
    table = table_of(Case)
    async with runtime.db.transaction() as session:  # a caller took it at once
        await (await session.connection()).execute(update(table).where(table.c.id == case.id).values(status="claimed"))

    await settle(runtime)
    assert world.to_callers() == []
    assert await callers_rows(runtime) == []
    [case] = await cases(runtime)
    assert case.alerted_at is None


async def test_without_the_callers_chat_or_telegram_nothing_is_written(world: World, clock: VirtualClock) -> None:
    unset = world.runtime(callers_chat=None)
    cid = await worker(unset)
    await to_the_danger_question(unset, clock, cid)
    clock.advance(timedelta(seconds=30))
    await say(unset, cid, "1")
    [case] = await cases(unset)
    assert (case.severity, case.status) == ("P0", "open")

    no_telegram = world.runtime(telegram=False)  # the chat is set, but this process has no Telegram channel
    await settle(no_telegram)
    assert await no_telegram.alert_callers() == 0
    await settle(unset)

    assert await callers_rows(unset) == []
    [case] = await cases(unset)
    assert (case.alerted_at, case.version) == (None, 0)
    assert world.fake.calls == []


# --- what happens to the alert is not the worker's -------------------------------------------------------------


async def test_the_callers_chat_refusing_never_opts_the_worker_out(world: World, clock: VirtualClock) -> None:
    runtime = world.runtime()
    cid = await worker(runtime)
    await to_the_danger_question(runtime, clock, cid)
    world.fake.fail_next(CALLERS, 403)  # the bot was removed from (or blocked in) the callers' chat
    clock.advance(timedelta(seconds=30))
    await say(runtime, cid, "1")

    [refused] = [call for call in world.fake.calls_to("sendMessage") if call.chat_id == CALLERS]
    assert refused.status == 403
    assert await status(runtime, cid) == "with_caller"  # not opted out
    [row] = await callers_rows(runtime)
    assert row.status == "failed" and row.error is not None and "blocked" in row.error
    [case] = await cases(runtime)
    assert case.delivery_failure is None  # the worker was not the one who could not be reached
    assert case.alerted_at is not None

    clock.advance(timedelta(days=2))
    await settle(runtime)
    assert len(world.fake.calls_to("sendMessage")) == 1  # neither sent again nor announced again
    assert await status(runtime, cid) == "with_caller"
    await say(runtime, cid, "are you there?")  # the worker can still write; the case holds the conversation
    assert await status(runtime, cid) == "with_caller"


async def test_an_alert_held_up_by_an_outage_arrives_once_and_changes_nothing_for_the_worker(
    world: World, clock: VirtualClock
) -> None:
    runtime = world.runtime()
    cid = await worker(runtime)
    await to_the_danger_question(runtime, clock, cid)
    before = [m.text for m in simulator(runtime).log]
    world.fake.fail_all(502, for_seconds=600, chat_id=CALLERS)
    clock.advance(timedelta(seconds=30))
    await say(runtime, cid, "1")
    assert world.to_callers() == []
    [row] = await callers_rows(runtime)
    assert row.status == "pending"

    for _ in range(40):  # retried with backoff, well past the five minutes after which a question counts as late
        clock.advance(timedelta(seconds=30))
        await settle(runtime)
    [case] = await cases(runtime)
    assert world.to_callers() == [expected_alert(case.id or 0)]
    [row] = await callers_rows(runtime)
    assert row.status == "sent" and row.attempts > 1
    assert await status(runtime, cid) == "with_caller"
    handoff = [m.text for m in simulator(runtime).log][len(before) :]
    assert len(handoff) == 1  # the worker heard only that a person will write, once
