"""Recording what happened to claimed outbox rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, update
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.tables import Case, Outbox, table_of


@dataclass(frozen=True)
class Delivery:
    """The outcome of one attempt: ``sent``, ``retry`` (at ``retry_at``) or ``failed`` (given up)."""

    outbox_id: int
    conversation_id: int
    attempt: int
    outcome: str
    provider_id: str | None = None
    error: str | None = None
    retry_at: datetime | None = None
    opted_out: bool = False  # the channel says the worker blocked us or unsubscribed
    sent_late: str | None = None  # the purpose of a question that went out long after it was written
    note: str | None = None
    outcome_unknown: bool = False  # this attempt may have reached the provider: the next one asks it first
    audience: str = "worker"  # "callers": an alert to the callers' chat, whose fate says nothing about the worker
    answers_received_at: datetime | None = None  # the message was a reply to a worker's message stored then


async def record_deliveries(session: AsyncSession, deliveries: Sequence[Delivery], now: datetime) -> int:
    """Apply outcomes; an outcome for an attempt that is no longer current (the lease expired and another
    worker took the row) changes nothing. Returns how many rows were updated."""
    if not deliveries:
        return 0
    table = table_of(Outbox)
    statement = (
        update(table)
        .where(table.c.id == bindparam("b_id"), table.c.status == "sending", table.c.attempts == bindparam("b_attempt"))
        .values(
            status=bindparam("b_status"),
            provider_id=bindparam("b_provider_id"),
            error=bindparam("b_error"),
            next_attempt_at=bindparam("b_next"),
            sent_at=bindparam("b_sent_at"),
            note=bindparam("b_note"),
            outcome_unknown=bindparam("b_unknown"),
        )
    )
    params = [
        {
            "b_id": d.outbox_id,
            "b_attempt": d.attempt,
            "b_status": {"sent": "sent", "retry": "pending", "failed": "failed"}[d.outcome],
            "b_provider_id": d.provider_id,
            "b_error": (d.error or "")[:500] or None,
            "b_next": d.retry_at or now,
            "b_sent_at": now if d.outcome == "sent" else None,
            "b_note": d.note,
            "b_unknown": d.outcome_unknown,
        }
        for d in deliveries
    ]
    connection = await session.connection()
    result = await connection.execute(statement, params)
    failed = [d for d in deliveries if d.outcome == "failed" and not d.opted_out and d.audience == "worker"]
    await _show_failures_on_cases(connection, failed)
    return int(result.rowcount)


async def _show_failures_on_cases(connection: Any, failed: Sequence[Delivery]) -> None:
    """A caller must see that the bot could not reach the worker: the reason goes on the open case."""
    if not failed:
        return
    cases = table_of(Case)
    await connection.execute(
        update(cases)
        .where(cases.c.conversation_id == bindparam("b_conversation"), cases.c.status != "closed")
        .values(delivery_failure=bindparam("b_failure")),
        [{"b_conversation": d.conversation_id, "b_failure": (d.error or "failed")[:500]} for d in failed],
    )
