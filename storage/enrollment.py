"""Organisations, campaigns and workers, each worker with one conversation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, update
from sqlalchemy import select as core_select
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from conversations.state import Conversation
from storage.crypto import AddressCipher
from storage.tables import Campaign, Organisation, Worker, table_of
from storage.tables import Conversation as ConversationRow

ENROLLMENT_CODES = "enrollment-code"  # the HMAC purpose for one-time deep-link codes


@dataclass(frozen=True)
class NewWorker:
    channel: str
    address: str | None
    initial: Conversation
    windows: tuple[str, ...]
    tags: tuple[str, ...] = ()


async def organisation_named(session: AsyncSession, name: str, now: datetime) -> Organisation:
    found = (await session.exec(select(Organisation).where(Organisation.name == name))).first()
    if found is not None:
        return found
    organisation = Organisation(name=name, created_at=now)
    session.add(organisation)
    await session.flush()
    return organisation


async def create_campaign(
    session: AsyncSession, *, organisation: str, name: str, script: str, timezone: str, now: datetime
) -> Campaign:
    owner = await organisation_named(session, organisation, now)
    assert owner.id is not None
    campaign = Campaign(organisation_id=owner.id, name=name, script=script, timezone=timezone, created_at=now)
    session.add(campaign)
    await session.flush()
    return campaign


async def add_workers(
    session: AsyncSession, campaign: Campaign, workers: Sequence[NewWorker], cipher: AddressCipher, now: datetime
) -> list[int]:
    """Insert workers and their conversations (in the initial state); returns the conversation ids in order."""
    connection = await session.connection()
    worker_table = table_of(Worker)
    conversation_table = table_of(ConversationRow)
    conversation_ids: list[int] = []
    for start in range(0, len(workers), 500):
        chunk = workers[start : start + 500]
        worker_ids = (
            (
                await connection.execute(
                    insert(worker_table).returning(worker_table.c.id, sort_by_parameter_order=True),
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
                        }
                        for w in chunk
                    ],
                )
            )
            .scalars()
            .all()
        )
        conversation_ids += (
            (
                await connection.execute(
                    insert(conversation_table).returning(conversation_table.c.id, sort_by_parameter_order=True),
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
            )
            .scalars()
            .all()
        )
    return conversation_ids


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
    """Bind a chat to the worker whose one-time code it presented. A code works once and before it expires."""
    worker = table_of(Worker)
    conversation = table_of(ConversationRow)
    connection = await session.connection()
    found = (
        await connection.execute(
            core_select(worker.c.id, worker.c.enrollment_expires_at, worker.c.address_bound_at).where(
                worker.c.enrollment_code_lookup == cipher.lookup(ENROLLMENT_CODES, code), worker.c.channel == channel
            )
        )
    ).first()
    if found is None:
        return Binding(None, "unknown code")
    if found.address_bound_at is not None:
        return Binding(None, "code already used")
    if found.enrollment_expires_at is not None and found.enrollment_expires_at < now:
        return Binding(None, "code expired")
    bound = await connection.execute(
        update(worker)
        .where(worker.c.id == found.id, worker.c.address_bound_at.is_(None))
        .values(
            address_cipher=cipher.encrypt(address),
            address_lookup=cipher.lookup(channel, address),
            address_bound_at=now,
        )
    )
    if bound.rowcount != 1:  # a second press of the same link raced this one and won
        return Binding(None, "code already used")
    conversation_id = (
        await connection.execute(core_select(conversation.c.id).where(conversation.c.worker_id == found.id))
    ).scalar_one()
    return Binding(int(conversation_id))


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
