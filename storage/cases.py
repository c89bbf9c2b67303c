"""Cases for callers: the queue, one case with everything a caller reads, and the changes callers make.

Changes that the worker hears (a reply, a scheduled call, closing) also step the conversation; those are made by
the shell in the same transaction as the case change (``bot/web/case_actions.py``). Everything here runs inside
the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.database import conflict_insert
from storage.tables import (
    Answer,
    AuditEntry,
    Campaign,
    Case,
    CaseNote,
    Flag,
    Inbound,
    Outbox,
    User,
    Worker,
    table_of,
)
from storage.tables import Conversation as ConversationRow

OPEN_STATUSES = ("open", "claimed")
OUTCOMES = {
    "resolved": "Resolved",
    "referred": "Referred to another service",
    "could_not_reach": "Could not reach the worker",
    "worker_declined": "Worker declined",
    "false_alarm": "False alarm",
}


@dataclass(frozen=True)
class QueueItem:
    case: Case
    channel: str
    campaign: str
    holder: str | None  # the email of the caller who holds it


def visible_to(user: User, language: Any = Case.language) -> Any:
    """The condition on rows in ``language`` (a case's by default) that ``user`` may see at all: an admin every
    one, a caller those in the languages they speak."""
    if user.role == "admin":
        return True
    return col(language).in_(user.languages or [""])


async def queue(session: AsyncSession, user: User, *, now: datetime) -> list[QueueItem]:
    """Open and held cases the user may see: P0 first, then by deadline."""
    holder = select(User.email).where(User.id == Case.claimed_by).scalar_subquery()
    statement = (
        select(Case, ConversationRow.channel, Campaign.name, holder)
        .join(ConversationRow, col(ConversationRow.id) == col(Case.conversation_id))
        .join(Campaign, col(Campaign.id) == col(Case.campaign_id))
        .where(col(Case.status).in_(OPEN_STATUSES), visible_to(user))
        .order_by(col(Case.severity), col(Case.due_at), col(Case.id))
    )
    rows = (await session.exec(statement)).all()
    return [QueueItem(case, channel, campaign, email) for case, channel, campaign, email in rows]


async def recently_closed(session: AsyncSession, user: User, *, limit: int = 10) -> Sequence[Case]:
    statement = select(Case).where(col(Case.status) == "closed", visible_to(user))
    if user.role != "admin":
        statement = statement.where(col(Case.claimed_by) == user.id)
    return (await session.exec(statement.order_by(col(Case.closed_at).desc()).limit(limit))).all()


async def queue_version(session: AsyncSession, user: User) -> tuple[Any, ...]:
    """Changes whenever the user's queue would look different: live pages compare it."""
    statement = select(func.count(), func.max(Case.id), func.sum(Case.version)).where(
        col(Case.status).in_(OPEN_STATUSES), visible_to(user)
    )
    return tuple((await session.exec(statement)).one())


@dataclass(frozen=True)
class CaseFile:
    """Everything a caller reads about one case."""

    case: Case
    conversation: ConversationRow
    campaign: Campaign
    worker: Worker
    answers: Sequence[Answer]
    flags: Sequence[Flag]
    inbound: Sequence[Inbound]
    outbound: Sequence[Outbox]
    notes: Sequence[tuple[CaseNote, str]]
    holder: str | None
    authors: dict[int, str]


async def load_case(session: AsyncSession, case_id: int) -> Case | None:
    return await session.get(Case, case_id)


async def case_file(session: AsyncSession, case: Case) -> CaseFile:
    conversation = await session.get(ConversationRow, case.conversation_id)
    assert conversation is not None
    campaign = await session.get(Campaign, case.campaign_id)
    worker = await session.get(Worker, conversation.worker_id)
    assert campaign is not None and worker is not None
    cid = conversation.id
    answers = (await session.exec(select(Answer).where(Answer.conversation_id == cid).order_by(col(Answer.id)))).all()
    flags = (await session.exec(select(Flag).where(Flag.conversation_id == cid).order_by(col(Flag.id)))).all()
    inbound = (
        await session.exec(select(Inbound).where(Inbound.conversation_id == cid).order_by(col(Inbound.id)))
    ).all()
    outbound = (
        await session.exec(
            select(Outbox).where(Outbox.conversation_id == cid, Outbox.audience == "worker").order_by(col(Outbox.id))
        )
    ).all()
    notes = (
        await session.exec(
            select(CaseNote, User.email)
            .join(User, col(User.id) == col(CaseNote.author_id))
            .where(CaseNote.case_id == case.id)
            .order_by(col(CaseNote.id))
        )
    ).all()
    author_ids = {m.author_id for m in outbound if m.author_id is not None} | {case.claimed_by or 0}
    authors = dict((await session.exec(select(User.id, User.email).where(col(User.id).in_(author_ids)))).all())
    return CaseFile(
        case=case,
        conversation=conversation,
        campaign=campaign,
        worker=worker,
        answers=answers,
        flags=flags,
        inbound=inbound,
        outbound=outbound,
        notes=[(note, email) for note, email in notes],
        holder=authors.get(case.claimed_by) if case.claimed_by else None,
        authors={k: v for k, v in authors.items() if k is not None},
    )


async def case_version(session: AsyncSession, case: Case) -> tuple[Any, ...]:
    """Changes whenever the case page's live part would look different."""
    cid = case.conversation_id
    inbound = (
        await session.exec(select(func.count(), func.max(Inbound.id)).where(Inbound.conversation_id == cid))
    ).one()
    outbound = (
        await session.exec(
            select(
                func.count(),
                func.max(Outbox.id),
                func.count(col(Outbox.sent_at)),
                func.count(col(Outbox.delivery_status)),
            ).where(Outbox.conversation_id == cid)
        )
    ).one()
    failed = (
        await session.exec(select(func.count()).where(Outbox.conversation_id == cid, Outbox.status == "failed"))
    ).one()
    status = (await session.exec(select(ConversationRow.status).where(ConversationRow.id == cid))).one()
    current = await session.get(Case, case.id, populate_existing=True)
    assert current is not None
    return (*inbound, *outbound, failed, status, current.version, current.status, current.claimed_by)


# --- changes --------------------------------------------------------------------------------------------------


async def lock_case(session: AsyncSession, case_id: int) -> Case | None:
    """The case row, locked for this transaction (SQLite's BEGIN IMMEDIATE already holds the only write lock)."""
    statement = select(Case).where(Case.id == case_id).execution_options(populate_existing=True)
    if (await session.connection()).dialect.name == "postgresql":
        statement = statement.with_for_update()
    return (await session.exec(statement)).first()


async def claim(session: AsyncSession, case_id: int, user_id: int, now: datetime) -> bool:
    """Take an open case: exactly one caller wins, however many press at once."""
    table = table_of(Case)
    result = await (await session.connection()).execute(
        update(table)
        .where(table.c.id == case_id, table.c.status == "open")
        .values(status="claimed", claimed_by=user_id, claimed_at=now, version=table.c.version + 1)
        .returning(table.c.id)
    )
    return result.first() is not None


async def change_case(session: AsyncSession, case_id: int, **values: Any) -> None:
    table = table_of(Case)
    await (await session.connection()).execute(
        update(table).where(table.c.id == case_id).values(version=table.c.version + 1, **values)
    )


async def add_note(session: AsyncSession, case_id: int, author_id: int, text: str, now: datetime) -> None:
    session.add(CaseNote(case_id=case_id, author_id=author_id, text=text, created_at=now))
    await change_case(session, case_id)


async def audit(
    session: AsyncSession,
    *,
    user_id: int,
    action: str,
    case_id: int | None,
    now: datetime,
    detail: str | None = None,
    request_key: str | None = None,
) -> bool:
    """Write one audit entry. With a ``request_key`` already used (a form sent twice) nothing is written and the
    answer is False: the caller must not act again."""
    table = table_of(AuditEntry)
    dialect = (await session.connection()).dialect.name
    statement = conflict_insert(dialect, table).values(
        at=now, user_id=user_id, action=action, case_id=case_id, detail=detail, request_key=request_key
    )
    if request_key is not None:
        statement = statement.on_conflict_do_nothing(index_elements=["request_key"])
    result = await (await session.connection()).execute(statement.returning(table.c.id))
    return result.first() is not None


async def audit_trail(session: AsyncSession, case_id: int) -> Sequence[tuple[AuditEntry, str]]:
    statement = (
        select(AuditEntry, User.email)
        .join(User, col(User.id) == col(AuditEntry.user_id))
        .where(AuditEntry.case_id == case_id)
        .order_by(col(AuditEntry.id))
    )
    return [(entry, email) for entry, email in (await session.exec(statement)).all()]


async def callers_for(session: AsyncSession, language: str) -> list[User]:
    """Active callers who speak ``language``, and admins: whom a case can be reassigned to."""
    users = (
        await session.exec(
            select(User)
            .where(col(User.disabled_at).is_(None), col(User.role).in_(("caller", "admin")))
            .order_by(col(User.email))
        )
    ).all()
    return [u for u in users if u.role == "admin" or language in (u.languages or [])]
