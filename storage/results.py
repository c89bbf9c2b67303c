"""Raw counts of one campaign's results, for :func:`conversations.anonymity.disclose` to decide what is shown.

Every figure counts workers (conversations), with GROUP BY in the database: no rows reach Python. A worker has
at most one answer per question (the engine never asks an answered question again), so answers are counted per
row; flags and cases, where a worker can have several rows, are counted per distinct conversation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, and_, case, cast, func, literal, select
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.tables import Answer, Case, Flag, table_of
from storage.tables import Conversation as ConversationRow

NOT_YET_CONTACTED = ("scheduled", "awaiting_address")
# Flags raised by what a worker wrote in their own words: free text, asking for a person, a caller's reading.
# A category only the complaint model read ("model") opens a case for a caller but is no finding for clients: the
# model's category is a guess that is wrong about as often as right (README, Languages).
FREE_TEXT_SOURCES = ("text", "request", "caller")
Weekly = dict[date, int]


@dataclass(frozen=True)
class Funnel:
    enrolled: int = 0
    contacted: int = 0  # the bot has opened the conversation (or the worker wrote first)
    replied: int = 0  # the worker sent at least one message
    completed: int = 0  # answered the script's last question
    opted_out: int = 0


@dataclass(frozen=True)
class CaseCounts:
    opened: int = 0  # workers handed to a caller
    closed: int = 0  # of them, workers whose every case is closed
    closed_cases: int = 0
    median_hours_to_close: float | None = None


@dataclass(frozen=True)
class RawResults:
    funnel: Funnel
    answers: dict[str, dict[str, int]]  # question -> value -> workers
    free_text_categories: dict[str, int]  # category -> workers
    free_text_severities: dict[str, int]  # severity -> workers
    cases: CaseCounts
    completed_weekly: Weekly = field(default_factory=dict)  # by the Monday (UTC) of the week
    cases_opened_weekly: Weekly = field(default_factory=dict)
    cases_closed_weekly: Weekly = field(default_factory=dict)
    free_text_weekly: Weekly = field(default_factory=dict)  # workers, by the week of their first such flag


async def count_results(
    session: AsyncSession, campaign_id: int, *, closed_questions: Sequence[str], final_question: str
) -> RawResults:
    connection = await session.connection()
    answers = await _answers(connection, campaign_id, closed_questions)
    completed_weekly = await _answered_weekly(connection, campaign_id, final_question)
    funnel = await _funnel(connection, campaign_id, completed=sum(completed_weekly.values()))
    categories, severities, flagged_weekly = await _free_text_flags(connection, campaign_id)
    cases, opened_weekly, closed_weekly = await _cases(connection, campaign_id)
    return RawResults(
        funnel, answers, categories, severities, cases, completed_weekly, opened_weekly, closed_weekly, flagged_weekly
    )


async def _funnel(connection: AsyncConnection, campaign_id: int, *, completed: int) -> Funnel:
    conversation = table_of(ConversationRow)
    replied = conversation.c.last_inbound_at.is_not(None)
    started = conversation.c.status.not_in(NOT_YET_CONTACTED) | replied
    row = (
        await connection.execute(
            select(
                func.count(),
                _count_if(started),
                _count_if(replied),
                _count_if(conversation.c.status == "opted_out"),
            ).where(conversation.c.campaign_id == campaign_id)
        )
    ).one()
    enrolled, contacted, replied_count, opted_out = (int(value or 0) for value in row)
    return Funnel(enrolled, contacted, replied_count, completed, opted_out)


async def _answers(
    connection: AsyncConnection, campaign_id: int, questions: Sequence[str]
) -> dict[str, dict[str, int]]:
    answer = table_of(Answer)
    rows = await connection.execute(
        select(answer.c.question, answer.c.value, func.count())
        .where(answer.c.campaign_id == campaign_id, answer.c.question.in_(list(questions) or [""]))
        .group_by(answer.c.question, answer.c.value)
    )
    found: dict[str, dict[str, int]] = {question: {} for question in questions}
    for question, value, count in rows:
        found[question][value] = int(count)
    return found


async def _answered_weekly(connection: AsyncConnection, campaign_id: int, question: str) -> Weekly:
    answer = table_of(Answer)
    week = week_start(connection, answer.c.answered_at)
    rows = await connection.execute(
        select(week, func.count())
        .where(answer.c.campaign_id == campaign_id, answer.c.question == question)
        .group_by(week)
    )
    return {_as_date(monday): int(count) for monday, count in rows}


async def _free_text_flags(
    connection: AsyncConnection, campaign_id: int
) -> tuple[dict[str, int], dict[str, int], Weekly]:
    flag = table_of(Flag)
    ours = and_(flag.c.campaign_id == campaign_id, flag.c.source.in_(FREE_TEXT_SOURCES))
    workers = func.count(func.distinct(flag.c.conversation_id))
    categories = await connection.execute(select(flag.c.category, workers).where(ours).group_by(flag.c.category))
    severities = await connection.execute(select(flag.c.severity, workers).where(ours).group_by(flag.c.severity))
    first = select(func.min(flag.c.raised_at).label("at")).where(ours).group_by(flag.c.conversation_id).subquery()
    week = week_start(connection, first.c.at)
    weekly = await connection.execute(select(week, func.count()).group_by(week))
    return (
        {category: int(count) for category, count in categories},
        {severity: int(count) for severity, count in severities},
        {_as_date(monday): int(count) for monday, count in weekly},
    )


async def _cases(connection: AsyncConnection, campaign_id: int) -> tuple[CaseCounts, Weekly, Weekly]:
    table = table_of(Case)
    ours = table.c.campaign_id == campaign_id
    per_worker = (
        select(
            func.min(table.c.opened_at).label("first_opened"),
            func.max(table.c.closed_at).label("last_closed"),
            _count_if(table.c.status != "closed").label("still_open"),
        )
        .where(ours)
        .group_by(table.c.conversation_id)
        .subquery()
    )
    opened_week = week_start(connection, per_worker.c.first_opened)
    opened = {
        _as_date(monday): int(count)
        for monday, count in await connection.execute(select(opened_week, func.count()).group_by(opened_week))
    }
    closed_week = week_start(connection, per_worker.c.last_closed)
    closed = {
        _as_date(monday): int(count)
        for monday, count in await connection.execute(
            select(closed_week, func.count()).where(per_worker.c.still_open == 0).group_by(closed_week)
        )
    }
    duration = seconds_between(connection, table.c.opened_at, table.c.closed_at)
    closed_cases = and_(ours, table.c.status == "closed", table.c.closed_at.is_not(None))
    count = int((await connection.execute(select(func.count()).where(closed_cases))).scalar_one())
    median = None
    if count:  # the middle one or two durations, ordered in the database
        middle = select(duration).where(closed_cases).order_by(duration)
        middle = middle.offset((count - 1) // 2).limit(2 - count % 2)
        values = [float(value) for value in (await connection.execute(middle)).scalars()]
        median = round(sum(values) / len(values) / 3600, 1)
    counts = CaseCounts(sum(opened.values()), sum(closed.values()), count, median)
    return counts, opened, closed


def _count_if(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def week_start(connection: AsyncConnection, moment: Any) -> Any:
    """The Monday (UTC) of the week of ``moment``, as a date."""
    if connection.dialect.name == "postgresql":
        return cast(func.date_trunc("week", func.timezone("UTC", moment)), Date)
    return func.date(moment, literal("weekday 0"), literal("-6 days"))


def seconds_between(connection: AsyncConnection, start: Any, end: Any) -> Any:
    if connection.dialect.name == "postgresql":
        return func.extract("epoch", end - start)
    return (func.julianday(end) - func.julianday(start)) * 86400


def _as_date(value: date | datetime | str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
