"""Persisting steps: the new state, answers, flags, cases, timers and outbox rows, in the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Text, bindparam, cast, delete, insert, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from conversations.effects import Effect, NeedsReading, OpenCase, RaiseFlag, RecordAnswer, SendText
from conversations.state import Conversation
from conversations.vocabulary import Severity
from storage.database import conflict_insert
from storage.tables import Answer, Case, Flag, JSONText, Outbox, ReadingItem, Timer, table_of
from storage.tables import Conversation as ConversationRow

CaseDeadlines = Mapping[Severity, timedelta]
CASE_DEADLINES: CaseDeadlines = {
    Severity.P0: timedelta(hours=1),
    Severity.P1: timedelta(hours=72),
    Severity.P2: timedelta(days=14),
}


class ConcurrentUpdate(RuntimeError):
    """A conversation changed under us although it was locked: the whole transaction is rolled back."""


@dataclass(frozen=True)
class LockedConversation:
    id: int
    campaign_id: int
    channel: str
    language: str
    script: str
    version: int
    state: str  # JSON text


@dataclass(frozen=True)
class Stepped:
    row: LockedConversation
    before: Conversation
    after: Conversation
    effects: Sequence[Effect]


async def lock_conversations(session: AsyncSession, ids: Iterable[int]) -> dict[int, LockedConversation]:
    """Load conversations for changing them: row locks on PostgreSQL (in id order, so batches never
    deadlock); SQLite's BEGIN IMMEDIATE already holds the only write lock."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    table = table_of(ConversationRow)
    statement = (
        select(
            table.c.id,
            table.c.campaign_id,
            table.c.channel,
            table.c.language,
            table.c.script,
            table.c.version,
            cast(table.c.state, Text).label("state"),
        )
        .where(table.c.id.in_(wanted))
        .order_by(table.c.id)
    )
    connection = await session.connection()
    if connection.dialect.name == "postgresql":
        statement = statement.with_for_update()
    rows = (await connection.execute(statement)).all()
    return {row.id: LockedConversation(*row) for row in rows}


def load_state(row: LockedConversation) -> Conversation:
    return Conversation.model_validate_json(row.state)


async def save_steps(
    session: AsyncSession,
    steps: Sequence[Stepped],
    now: datetime,
    *,
    deadlines: CaseDeadlines = CASE_DEADLINES,
    answering: Mapping[int, datetime] | None = None,
) -> None:
    """``answering``: conversations whose steps processed a worker's messages, and when the earliest of them was
    stored; the first message the bot writes in such a step is the reply to them."""
    if not steps:
        return
    connection = await session.connection()
    conversation = table_of(ConversationRow)
    states = [s.after.model_dump_json() for s in steps]
    result = await connection.execute(
        update(conversation)
        .where(conversation.c.id == bindparam("b_id"), conversation.c.version == bindparam("b_version"))
        .values(
            state=bindparam("b_state", type_=JSONText),
            status=bindparam("b_status"),
            version=bindparam("b_next"),
            last_inbound_at=bindparam("b_last_inbound_at"),
            updated_at=now,
        ),
        [
            {
                "b_id": s.row.id,
                "b_version": s.row.version,
                "b_next": s.row.version + 1,
                "b_state": states[index],
                "b_status": s.after.status.value,
                "b_last_inbound_at": s.after.last_inbound_at,
            }
            for index, s in enumerate(steps)
        ],
    )
    # Rows are locked, so this never fires in practice; asyncpg cannot count an executemany, SQLite can.
    if connection.dialect.supports_sane_multi_rowcount and result.rowcount != len(steps):
        raise ConcurrentUpdate(f"{len(steps) - result.rowcount} conversation(s) changed concurrently")

    await _insert(connection, Outbox, list(_outbox_rows(steps, now, answering or {})))
    await _insert(
        connection,
        Answer,
        [
            {
                "conversation_id": s.row.id,
                "campaign_id": s.row.campaign_id,
                "question": e.question,
                "value": e.value,
                "text": e.text,
                "answered_at": now,
            }
            for s in steps
            for e in s.effects
            if isinstance(e, RecordAnswer)
        ],
    )
    await _insert(
        connection,
        Flag,
        [
            {
                "conversation_id": s.row.id,
                "campaign_id": s.row.campaign_id,
                "category": e.category.value,
                "severity": e.severity.value,
                "source": e.source,
                "question": e.question,
                "evidence": e.evidence[:200] if e.evidence else None,
                "raised_at": now,
            }
            for s in steps
            for e in s.effects
            if isinstance(e, RaiseFlag)
        ],
    )
    await _insert(
        connection,
        Case,
        [
            {
                "conversation_id": s.row.id,
                "campaign_id": s.row.campaign_id,
                "severity": e.severity.value,
                "language": s.row.language,
                "categories": [c.value for c in e.categories],
                "reason": e.reason,
                "status": "open",
                "opened_at": now,
                "due_at": now + deadlines[e.severity],
            }
            for s in steps
            for e in s.effects
            if isinstance(e, OpenCase)
        ],
    )
    await _insert(
        connection,
        ReadingItem,
        [
            {
                "conversation_id": s.row.id,
                "campaign_id": s.row.campaign_id,
                "language": s.after.language,
                "question": e.question,
                "text": e.text,
                "created_at": now,
                "status": "unread",
            }
            for s in steps
            for e in s.effects
            if isinstance(e, NeedsReading)
        ],
    )
    await _sync_timers(connection, [s for s in steps if s.before.deadlines != s.after.deadlines])


def _outbox_rows(
    steps: Sequence[Stepped], now: datetime, answering: Mapping[int, datetime]
) -> Iterable[dict[str, Any]]:
    for s in steps:
        replying_to = answering.get(s.row.id)
        for effect in s.effects:
            if isinstance(effect, SendText):
                is_reply = replying_to is not None and effect.author is None
                yield {
                    "conversation_id": s.row.id,
                    "channel": s.row.channel,
                    "text": effect.text,
                    "buttons": [b.model_dump() for b in effect.buttons],
                    "purpose": effect.purpose,
                    "status": "pending",
                    "attempts": 0,
                    "next_attempt_at": now,
                    "created_at": now,
                    "author_id": effect.author,
                    "answers_received_at": replying_to if is_reply else None,
                }
                if is_reply:
                    replying_to = None  # later messages of the step are not the reply


async def _sync_timers(connection: Any, changed: Sequence[Stepped]) -> None:
    """Mirror the deadlines that changed: a kind dropped is deleted, a kind armed or moved is written (an upsert, so
    a row missing for any reason comes back); the timers a step left alone keep their row and any lease on it."""
    dropped = [
        {"b_conversation": s.row.id, "b_kind": kind.value}
        for s in changed
        for kind in s.before.deadlines.keys() - s.after.deadlines.keys()
    ]
    armed = [
        {"conversation_id": s.row.id, "kind": kind.value, "due_at": due, "available_at": due}
        for s in changed
        for kind, due in s.after.deadlines.items()
        if s.before.deadlines.get(kind) != due
    ]
    timer = table_of(Timer)
    if dropped:
        await connection.execute(
            delete(timer).where(
                timer.c.conversation_id == bindparam("b_conversation"), timer.c.kind == bindparam("b_kind")
            ),
            dropped,
        )
    if armed:
        statement = conflict_insert(connection.dialect.name, timer)
        statement = statement.on_conflict_do_update(
            index_elements=[timer.c.conversation_id, timer.c.kind],
            set_={"due_at": statement.excluded.due_at, "available_at": statement.excluded.available_at},
        )
        await connection.execute(statement, armed)


async def _insert(connection: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        await connection.execute(insert(table_of(table)), rows)
