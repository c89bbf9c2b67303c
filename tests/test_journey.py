"""One worker's whole callback through storage, scheduler, engine and dispatcher, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func
from sqlmodel import select

from bot.clock import VirtualClock
from bot.enrollment import Enrollment, enroll, new_campaign
from bot.runtime import Runtime
from storage.tables import Answer, Case, Flag, Inbound, Outbox
from storage.tables import Conversation as ConversationRow
from tests.helpers import run_until_next_timer, say, settle, texts_to

WINDOW = ("mon-fri 19:00-21:00",)


async def _one_worker(runtime: Runtime, language: str = "en") -> int:
    campaign = await new_campaign(runtime, name="Test", timezone="Asia/Jakarta")
    [conversation_id] = await enroll(runtime, campaign, [Enrollment("simulator", language, WINDOW, address="sim-1")])
    return conversation_id


async def _status(runtime: Runtime, conversation_id: int) -> str:
    async with runtime.db.sessions() as session:
        row = await session.get(ConversationRow, conversation_id)
        assert row is not None
        return row.status


async def test_first_contact_waits_for_the_window(runtime: Runtime, clock: VirtualClock) -> None:
    await _one_worker(runtime)
    await settle(runtime)
    assert texts_to(runtime, "sim-1") == []  # 18:00 in Jakarta: before the window
    due = await run_until_next_timer(runtime, clock)
    assert due == clock.now()
    assert due.hour == 12  # 19:00 Jakarta
    [greeting] = texts_to(runtime, "sim-1")
    assert "good and private time" in greeting
    assert "audit" not in greeting.lower() and "complain" not in greeting.lower()


async def test_a_whole_callback_with_a_complaint_ends_with_a_case(runtime: Runtime, clock: VirtualClock) -> None:
    cid = await _one_worker(runtime)
    await run_until_next_timer(runtime, clock)
    answers = [
        "1",  # gate: a good time
        "yes",  # consent
        "1",
        "1",  # retaliation: yes, a pay cut
        "1",
        "2",
        "1",
        "2",  # paid in full; no deductions; a rest day every week; no forced overtime
        "1",
        "9",
        "1",  # keeps own documents; prefers not to say about fees; free to leave
        "2",
        "2",
        "2",
        "1",
        "no",  # harassment, danger, children: no; safe to complain; no contact wanted
    ]
    for reply in answers:
        clock.advance(timedelta(seconds=30))
        await say(runtime, cid, reply)
    # open questions: several quick messages are one answer
    await say(runtime, cid, "they took my")
    await say(runtime, cid, "passport last month")
    await run_until_next_timer(runtime, clock)  # the turn settles
    await say(runtime, cid, "9")  # "prefer not to say" needs no waiting
    assert await _status(runtime, cid) == "with_caller"
    async with runtime.db.sessions() as session:
        answers_saved = (await session.exec(select(Answer.question, Answer.value))).all()
        flags = (await session.exec(select(Flag.category, Flag.severity, Flag.source))).all()
        cases = (await session.exec(select(Case.severity, Case.language, Case.status))).all()
    saved = dict(answers_saved)
    assert saved["retaliation"] == "yes"
    assert saved["retaliation_kind"] == "pay_cut"
    assert saved["anything_else"] == "they took my passport last month"
    assert saved["improve"] == "prefer_not"
    assert ("retaliation", "P1", "answer") in flags
    assert ("documents", "P1", "text") in flags
    assert cases == [("P1", "en", "open")]
    assert "will write to you here soon" in texts_to(runtime, "sim-1")[-1]


async def test_a_redelivered_message_is_recorded_and_answered_once(runtime: Runtime, clock: VirtualClock) -> None:
    cid = await _one_worker(runtime)
    await run_until_next_timer(runtime, clock)
    await say(runtime, cid, "1", provider_id="SM-same")
    await say(runtime, cid, "1", provider_id="SM-same")
    async with runtime.db.sessions() as session:
        stored = (await session.exec(select(func.count()).select_from(Inbound))).one()
        sent = (await session.exec(select(func.count()).select_from(Outbox))).one()
    assert stored == 1
    assert sent == 2  # the gate, then consent: the duplicate moved nothing on
    assert await _status(runtime, cid) == "active"


async def test_stop_ends_contact_for_good(runtime: Runtime, clock: VirtualClock) -> None:
    cid = await _one_worker(runtime)
    await run_until_next_timer(runtime, clock)
    await say(runtime, cid, "STOP")
    assert await _status(runtime, cid) == "opted_out"
    assert "not contact you again" in texts_to(runtime, "sim-1")[-1]
    clock.advance(timedelta(days=30))
    await settle(runtime)
    await say(runtime, cid, "hello?")
    assert len(texts_to(runtime, "sim-1")) == 2


async def test_a_worker_who_stopped_by_mistake_is_told_how_to_come_back(runtime: Runtime, clock: VirtualClock) -> None:
    cid = await _one_worker(runtime, "th")
    await run_until_next_timer(runtime, clock)
    await say(runtime, cid, "หยุด")  # "stop" (and, on its own, also "a day off")
    assert await _status(runtime, cid) == "opted_out"
    assert texts_to(runtime, "sim-1")[-1].endswith("START")
    await say(runtime, cid, "start")
    assert await _status(runtime, cid) != "opted_out"
    [_gate, _stopped, welcome_back] = texts_to(runtime, "sim-1")
    assert "1 สะดวก" in welcome_back  # welcomed back, and asked the safety gate again


async def test_later_moves_contact_to_the_next_window(runtime: Runtime, clock: VirtualClock) -> None:
    cid = await _one_worker(runtime)
    first = await run_until_next_timer(runtime, clock)
    await say(runtime, cid, "2")
    assert await _status(runtime, cid) == "scheduled"
    again = await run_until_next_timer(runtime, clock)
    assert again - first == timedelta(days=1)
    assert "Hello again" in texts_to(runtime, "sim-1")[-1]


async def test_silence_gets_one_reminder_then_expires(runtime: Runtime, clock: VirtualClock) -> None:
    cid = await _one_worker(runtime)
    await run_until_next_timer(runtime, clock)
    await run_until_next_timer(runtime, clock)  # reminder, next evening
    assert "Hello again" in texts_to(runtime, "sim-1")[-1]
    await run_until_next_timer(runtime, clock)  # expiry
    assert await _status(runtime, cid) == "expired"
    assert len(texts_to(runtime, "sim-1")) == 2
