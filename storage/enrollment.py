"""Organisations, campaigns and workers, each worker with one conversation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from conversations.state import Conversation
from storage.crypto import AddressCipher
from storage.tables import Campaign, Organisation, Worker, table_of
from storage.tables import Conversation as ConversationRow


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
