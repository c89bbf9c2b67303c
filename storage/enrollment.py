"""Organisations, campaigns and workers, each worker with one conversation."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy import select as core_select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from conversations.state import Conversation
from storage.crypto import AddressCipher
from storage.tables import Campaign, Organisation, Worker, table_of
from storage.tables import Conversation as ConversationRow

ENROLLMENT_CODES = "enrollment-code"  # the HMAC purpose for one-time deep-link codes


class CampaignClosed(Exception):
    """Nobody can be enrolled in a closed campaign."""


@dataclass(frozen=True)
class NewWorker:
    channel: str
    address: str | None
    initial: Conversation
    windows: tuple[str, ...]
    tags: tuple[str, ...] = ()
    enrollment_code: str | None = None  # Telegram: the one-time code of the deep link; only its hash is stored
    enrollment_expires_at: datetime | None = None


async def organisation_named(session: AsyncSession, name: str, now: datetime) -> Organisation:
    found = (await session.exec(select(Organisation).where(Organisation.name == name))).first()
    if found is not None:
        return found
    organisation = Organisation(name=name, created_at=now)
    session.add(organisation)
    await session.flush()
    return organisation


@dataclass(frozen=True)
class CampaignDetails:
    name: str
    script: str
    timezone: str
    facility: str = ""
    country: str = ""
    audit_date: date | None = None
    languages: tuple[str, ...] = ()
    contact_starts_on: date | None = None
    contact_ends_on: date | None = None
    status: str = "running"


async def create_campaign(
    session: AsyncSession, *, organisation: str, details: CampaignDetails, now: datetime
) -> Campaign:
    owner = await organisation_named(session, organisation, now)
    assert owner.id is not None
    campaign = Campaign(
        organisation_id=owner.id,
        name=details.name,
        script=details.script,
        timezone=details.timezone,
        created_at=now,
        facility=details.facility,
        country=details.country,
        audit_date=details.audit_date,
        languages=list(details.languages),
        contact_starts_on=details.contact_starts_on,
        contact_ends_on=details.contact_ends_on,
        status=details.status,
        status_changed_at=now,
    )
    session.add(campaign)
    await session.flush()
    return campaign


def is_repeated_enrollment(error: IntegrityError) -> bool:
    """A unique index refused a second enrollment: the same address in the campaign (on the same channel), or the
    same one-time code (an imported Telegram row imported again)."""
    message = str(error.orig)
    indexes = ("uq_worker_campaign_address", "worker.address_lookup", "ix_worker_enrollment_code", "worker.enrollment")
    return any(name in message for name in indexes)


async def enrolled_lookups(
    session: AsyncSession, campaign_id: int, channel_lookups: Collection[tuple[str, str]]
) -> set[tuple[str, str]]:
    """Which of these (channel, address lookup hash) pairs are already enrolled in the campaign."""
    if not channel_lookups:
        return set()
    worker = table_of(Worker)
    rows = (
        await (await session.connection()).execute(
            core_select(worker.c.channel, worker.c.address_lookup).where(
                worker.c.campaign_id == campaign_id,
                worker.c.address_lookup.in_({lookup for _, lookup in channel_lookups}),
            )
        )
    ).all()
    return {(r.channel, r.address_lookup) for r in rows} & set(channel_lookups)


async def enrolled_codes(session: AsyncSession, code_lookups: Collection[str]) -> set[str]:
    """Which of these one-time code hashes a worker already has."""
    if not code_lookups:
        return set()
    worker = table_of(Worker)
    rows = await (await session.connection()).execute(
        core_select(worker.c.enrollment_code_lookup).where(worker.c.enrollment_code_lookup.in_(set(code_lookups)))
    )
    return {str(r) for r in rows.scalars()}


async def add_workers(
    session: AsyncSession, campaign: Campaign, workers: Sequence[NewWorker], cipher: AddressCipher, now: datetime
) -> list[int]:
    """Insert workers and their conversations (in the initial state); returns the conversation ids in order.
    Raises :class:`CampaignClosed` when the campaign is closed (read under a lock that closing waits for)."""
    connection = await session.connection()
    campaign_table = table_of(Campaign)
    current = core_select(campaign_table.c.status).where(campaign_table.c.id == campaign.id)
    if connection.dialect.name != "sqlite":
        current = current.with_for_update(read=True)
    if (await connection.execute(current)).scalar_one() == "closed":
        raise CampaignClosed(campaign.id)
    worker_table = table_of(Worker)
    conversation_table = table_of(ConversationRow)
    conversation_ids: list[int] = []
    for start in range(0, len(workers), 500):
        chunk = workers[start : start + 500]
        worker_ids = await _inserted_ids(
            connection,
            worker_table,
            [
                {
                    "campaign_id": campaign.id,
                    "channel": w.channel,
                    "address_cipher": cipher.encrypt(w.address) if w.address else None,
                    "address_lookup": cipher.lookup(w.channel, w.address) if w.address else None,
                    "language": w.initial.language,
                    "windows": list(w.windows),
                    "tags": list(w.tags),
                    "consent": True,
                    "created_at": now,
                    "enrollment_code_lookup": (
                        cipher.lookup(ENROLLMENT_CODES, w.enrollment_code) if w.enrollment_code else None
                    ),
                    "enrollment_expires_at": w.enrollment_expires_at,
                }
                for w in chunk
            ],
        )
        conversation_ids += await _inserted_ids(
            connection,
            conversation_table,
            [
                {
                    "worker_id": worker_id,
                    "campaign_id": campaign.id,
                    "channel": w.channel,
                    "language": w.initial.language,
                    "script": campaign.script,
                    "status": w.initial.status.value,
                    "state": w.initial.model_dump(mode="json"),
                    "version": 0,
                    "updated_at": now,
                }
                for worker_id, w in zip(worker_ids, chunk, strict=True)
            ],
        )
    return conversation_ids


async def _inserted_ids(connection: AsyncConnection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` and return their ids in the rows' order.

    SQLAlchemy can only promise that order on SQLite by inserting one row per statement. It is not needed here:
    the transaction holds SQLite's only write lock, and SQLite numbers each new row one past the largest id, row
    after row in the order given, so the ids of one batch are consecutive and ascending. That is checked; should
    it ever not hold, the transaction fails and nothing is stored."""
    if connection.dialect.name != "sqlite":
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list((await connection.execute(statement, rows)).scalars().all())
    ids = sorted((await connection.execute(insert(table).returning(table.c.id), rows)).scalars().all())
    if len(ids) != len(rows) or (ids and ids[-1] - ids[0] != len(rows) - 1):
        raise RuntimeError(f"{table.name}: ids of a batch are not consecutive; nothing was stored")
    return ids


async def conversation_for_address(
    session: AsyncSession, cipher: AddressCipher, channel: str, address: str
) -> int | None:
    """The newest conversation of the worker who writes from ``address`` on ``channel``."""
    statement = (
        select(ConversationRow.id)
        .join(Worker, col(Worker.id) == col(ConversationRow.worker_id))
        .where(Worker.channel == channel, Worker.address_lookup == cipher.lookup(channel, address))
        .order_by(col(ConversationRow.id).desc())
        .limit(1)
    )
    return (await session.exec(statement)).first()


@dataclass(frozen=True)
class Binding:
    conversation_id: int | None  # None: the code is unknown, used or expired
    reason: str = ""


async def set_enrollment_code(
    session: AsyncSession, cipher: AddressCipher, worker_id: int, code: str, expires_at: datetime
) -> None:
    worker = table_of(Worker)
    await (await session.connection()).execute(
        update(worker)
        .where(worker.c.id == worker_id)
        .values(enrollment_code_lookup=cipher.lookup(ENROLLMENT_CODES, code), enrollment_expires_at=expires_at)
    )


async def bind_address(
    session: AsyncSession, cipher: AddressCipher, channel: str, code: str, address: str, now: datetime
) -> Binding:
    """Bind a chat to the worker whose one-time code it presented. A code works once and before it expires; a
    chat already bound to another worker of the same campaign stays with that worker (one worker, one
    conversation), and a closed campaign binds no one."""
    worker = table_of(Worker)
    conversation = table_of(ConversationRow)
    campaign = table_of(Campaign)
    connection = await session.connection()
    found = (
        await connection.execute(
            core_select(
                worker.c.id,
                worker.c.campaign_id,
                worker.c.enrollment_expires_at,
                worker.c.address_bound_at,
                campaign.c.status,
            )
            .join(campaign, campaign.c.id == worker.c.campaign_id)
            .where(
                worker.c.enrollment_code_lookup == cipher.lookup(ENROLLMENT_CODES, code), worker.c.channel == channel
            )
        )
    ).first()
    if found is None:
        return Binding(None, "unknown code")
    refused = _link_refusal(found, now)
    if refused is not None:
        return Binding(None, refused)
    lookup = cipher.lookup(channel, address)
    if await enrolled_lookups(session, found.campaign_id, [(channel, lookup)]):
        return Binding(None, "chat already enrolled in this campaign")
    try:
        async with session.begin_nested():  # a race with another link for the same chat must not end the transaction
            bound = await connection.execute(
                update(worker)
                .where(worker.c.id == found.id, worker.c.address_bound_at.is_(None))
                .values(address_cipher=cipher.encrypt(address), address_lookup=lookup, address_bound_at=now)
            )
    except IntegrityError as error:
        if not is_repeated_enrollment(error):
            raise
        return Binding(None, "chat already enrolled in this campaign")
    if bound.rowcount != 1:  # a second press of the same link raced this one and won
        return Binding(None, "code already used")
    conversation_id = (
        await connection.execute(core_select(conversation.c.id).where(conversation.c.worker_id == found.id))
    ).scalar_one()
    return Binding(int(conversation_id))


def _link_refusal(found: Any, now: datetime) -> str | None:
    """Why a known code binds nothing: used, expired, or its campaign closed."""
    if found.address_bound_at is not None:
        return "code already used"
    if found.enrollment_expires_at is not None and found.enrollment_expires_at < now:
        return "code expired"
    if found.status == "closed":
        return "campaign closed"
    return None


class ConcurrentBinding(RuntimeError):
    """A worker of the batch was bound by another transaction meanwhile: the batch is bound again link by link."""


async def bind_addresses(
    session: AsyncSession, cipher: AddressCipher, links: Sequence[tuple[str, str, str]], now: datetime
) -> list[Binding]:
    """:func:`bind_address` for many ``(channel, code, address)`` links in a few statements instead of six each,
    judged in order (a second press of a link in the batch finds it used; a chat's second link of a campaign finds
    the chat enrolled). No savepoint per link: a chat bound meanwhile by another process fails the whole batch, and
    the caller binds its links again one by one."""
    worker, conversation, campaign = table_of(Worker), table_of(ConversationRow), table_of(Campaign)
    connection = await session.connection()
    wanted = [(channel, cipher.lookup(ENROLLMENT_CODES, code), address) for channel, code, address in links]
    statement = (
        core_select(
            worker.c.id,
            worker.c.campaign_id,
            worker.c.channel,
            worker.c.enrollment_code_lookup,
            worker.c.enrollment_expires_at,
            worker.c.address_bound_at,
            campaign.c.status,
            conversation.c.id.label("conversation_id"),
        )
        .join(campaign, campaign.c.id == worker.c.campaign_id)
        .join(conversation, conversation.c.worker_id == worker.c.id)
        .where(worker.c.enrollment_code_lookup.in_({code_lookup for _, code_lookup, _ in wanted}))
        .order_by(worker.c.id)
    )
    if connection.dialect.name == "postgresql":  # in id order, like every batch that locks rows: no deadlock
        statement = statement.with_for_update(of=worker)
    found = {(r.channel, r.enrollment_code_lookup): r for r in (await connection.execute(statement)).all()}
    chats = [cipher.lookup(channel, address) for channel, _, address in wanted]
    asked: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for (channel, code_lookup, _), chat in zip(wanted, chats, strict=True):
        if (row := found.get((channel, code_lookup))) is not None:
            asked[row.campaign_id].add((channel, chat))
    enrolled = {(cid, pair) for cid, pairs in asked.items() for pair in await enrolled_lookups(session, cid, pairs)}
    bindings: list[Binding] = []
    changes: list[dict[str, Any]] = []
    bound: set[int] = set()
    for (channel, code_lookup, address), chat in zip(wanted, chats, strict=True):
        row = found.get((channel, code_lookup))
        if row is None:
            bindings.append(Binding(None, "unknown code"))
            continue
        refused = "code already used" if row.id in bound else _link_refusal(row, now)
        if refused is None and (row.campaign_id, (channel, chat)) in enrolled:
            refused = "chat already enrolled in this campaign"
        if refused is not None:
            bindings.append(Binding(None, refused))
            continue
        bound.add(row.id)
        enrolled.add((row.campaign_id, (channel, chat)))
        changes.append({"b_id": row.id, "b_cipher": cipher.encrypt(address), "b_lookup": chat})
        bindings.append(Binding(int(row.conversation_id)))
    if changes:
        result = await connection.execute(
            update(worker)
            .where(worker.c.id == bindparam("b_id"), worker.c.address_bound_at.is_(None))
            .values(address_cipher=bindparam("b_cipher"), address_lookup=bindparam("b_lookup"), address_bound_at=now),
            changes,
        )
        # SQLite's writer holds the only lock and PostgreSQL's rows are locked above: this never fires in practice.
        if connection.dialect.supports_sane_multi_rowcount and result.rowcount != len(changes):
            raise ConcurrentBinding(f"{len(changes) - result.rowcount} worker(s) bound meanwhile")
    return bindings


async def conversations_for_lookups(
    session: AsyncSession, channel_lookups: set[tuple[str, str]]
) -> dict[tuple[str, str], int]:
    """The newest conversation for each (channel, address lookup hash)."""
    if not channel_lookups:
        return {}
    worker, conversation = table_of(Worker), table_of(ConversationRow)
    rows = (
        await (await session.connection()).execute(
            core_select(worker.c.channel, worker.c.address_lookup, conversation.c.id)
            .join(conversation, conversation.c.worker_id == worker.c.id)
            .where(worker.c.address_lookup.in_({lookup for _, lookup in channel_lookups}))
            .order_by(conversation.c.id)
        )
    ).all()
    return {(r.channel, r.address_lookup): r.id for r in rows if (r.channel, r.address_lookup) in channel_lookups}
