"""The timer table mirrors every conversation's deadlines after each step, on SQLite and PostgreSQL: the scheduler
finds due work only there, so a deadline missing from it is a worker never reminded, and a row left over is a
message sent for nothing."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlmodel import select

from bot.clock import VirtualClock
from bot.enrollment import Enrollment, enroll, new_campaign
from bot.runtime import Runtime
from conversations.state import Conversation
from storage.tables import Conversation as ConversationRow
from storage.tables import Timer
from tests.helpers import run_until_next_timer, say

ANY_TIME = "mon-sun 00:00-23:59"


async def _worker(runtime: Runtime) -> int:
    campaign = await new_campaign(runtime, name="Bekasi", timezone="Asia/Jakarta")
    [conversation_id] = await enroll(runtime, campaign, [Enrollment("simulator", "en", (ANY_TIME,), "sim-t")])
    return conversation_id


async def _timers_and_deadlines(
    runtime: Runtime, conversation_id: int
) -> tuple[dict[str, datetime], dict[str, datetime]]:
    """The timer rows' due times by kind, and the state's deadlines by kind."""
    async with runtime.db.sessions() as session:
        rows = (await session.exec(select(Timer).where(Timer.conversation_id == conversation_id))).all()
        conversation = await session.get(ConversationRow, conversation_id)
    assert conversation is not None
    deadlines = Conversation.model_validate(conversation.state).deadlines
    timers = {row.kind: row.due_at.replace(tzinfo=None) for row in rows}
    return timers, {kind.value: due.replace(tzinfo=None) for kind, due in deadlines.items()}


async def test_the_timer_table_mirrors_the_deadlines_through_a_whole_conversation(
    runtime: Runtime, clock: VirtualClock
) -> None:
    conversation_id = await _worker(runtime)
    seen: list[dict[str, datetime]] = []

    async def mirrored() -> None:
        timers, deadlines = await _timers_and_deadlines(runtime, conversation_id)
        assert timers == deadlines
        seen.append(timers)

    await mirrored()
    await run_until_next_timer(runtime, clock)  # the first contact
    await mirrored()
    await run_until_next_timer(runtime, clock)  # no answer: a reminder
    await mirrored()
    for reply in ("1", "1", "2", "1", "hmm?", "2", "1"):  # consent, answers, a reply that is re-asked
        await say(runtime, conversation_id, reply)
        await mirrored()
    await run_until_next_timer(runtime, clock)  # silent again: a reminder, then the conversation expires
    await mirrored()
    await run_until_next_timer(runtime, clock)
    await mirrored()
    assert len({tuple(sorted(s.items())) for s in seen}) >= 4  # the deadlines moved, were armed and dropped


async def test_a_lost_timer_row_comes_back_when_its_deadline_moves(runtime: Runtime, clock: VirtualClock) -> None:
    conversation_id = await _worker(runtime)
    await run_until_next_timer(runtime, clock)  # the first contact: the worker has a reminder and an expiry
    _, before = await _timers_and_deadlines(runtime, conversation_id)
    async with runtime.db.transaction() as session:
        await session.exec(delete(Timer).where(Timer.conversation_id == conversation_id))  # type: ignore[call-overload]
    moved: dict[str, datetime] = {}
    for reply in ("1", "1", "2", "1"):
        clock.advance_to(clock.now() + timedelta(minutes=10))  # a reply a while later moves the reminder
        await say(runtime, conversation_id, reply)
        timers, deadlines = await _timers_and_deadlines(runtime, conversation_id)
        moved = {kind: due for kind, due in deadlines.items() if before.get(kind) != due}
        if moved:
            break
    assert moved and {kind: timers.get(kind) for kind in moved} == moved
