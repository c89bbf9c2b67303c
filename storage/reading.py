"""The reading list: a worker's free words that raised no flag, for callers of the language to read."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.cases import visible_to
from storage.tables import Campaign, ReadingItem, User, table_of


async def unread(session: AsyncSession, user: User, *, limit: int = 50) -> Sequence[tuple[ReadingItem, Campaign]]:
    """Oldest first: what has waited longest is read first."""
    statement = (
        select(ReadingItem, Campaign)
        .join(Campaign, col(Campaign.id) == col(ReadingItem.campaign_id))
        .where(ReadingItem.status == "unread", visible_to(user, ReadingItem.language))
        .order_by(col(ReadingItem.created_at), col(ReadingItem.id))
        .limit(limit)
    )
    return [(item, campaign) for item, campaign in (await session.exec(statement)).all()]


async def unread_counts(session: AsyncSession, user: User) -> dict[str, int]:
    statement = (
        select(ReadingItem.language, func.count())
        .where(ReadingItem.status == "unread", visible_to(user, ReadingItem.language))
        .group_by(col(ReadingItem.language))
    )
    return {language: count for language, count in (await session.exec(statement)).all()}


async def reading_version(session: AsyncSession, user: User) -> tuple[Any, ...]:
    statement = select(func.count(), func.max(ReadingItem.id)).where(
        ReadingItem.status == "unread", visible_to(user, ReadingItem.language)
    )
    return tuple((await session.exec(statement)).one())


async def settle_item(session: AsyncSession, item_id: int, user_id: int, status: str, now: datetime) -> int | None:
    """Mark an unread item read or flagged; one caller does it, however many press at once. Returns the item's
    conversation, or None when someone else already did."""
    table = table_of(ReadingItem)
    row = (
        await (await session.connection()).execute(
            update(table)
            .where(table.c.id == item_id, table.c.status == "unread")
            .values(status=status, read_by=user_id, read_at=now)
            .returning(table.c.conversation_id)
        )
    ).first()
    return None if row is None else int(row.conversation_id)


async def unread_total(session: AsyncSession, campaign_id: int | None = None) -> int:
    statement = select(func.count()).select_from(ReadingItem).where(ReadingItem.status == "unread")
    if campaign_id is not None:
        statement = statement.where(ReadingItem.campaign_id == campaign_id)
    return int((await session.exec(statement)).one())
