"""What the auditors' pages list: campaigns with their organisation and how many workers are enrolled, and the
Telegram workers whose card has not been used yet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.tables import Campaign, Organisation, Worker


@dataclass(frozen=True)
class CampaignRow:
    campaign: Campaign
    organisation: str
    enrolled: int


async def campaign_rows(session: AsyncSession, campaign_id: int | None = None) -> list[CampaignRow]:
    """Every campaign (or one), newest first, with its organisation's name and its number of workers."""
    enrolled = select(func.count()).where(Worker.campaign_id == Campaign.id).scalar_subquery()
    statement = (
        select(Campaign, Organisation.name, enrolled)
        .join(Organisation, col(Organisation.id) == col(Campaign.organisation_id))
        .order_by(col(Campaign.id).desc())
    )
    if campaign_id is not None:
        statement = statement.where(Campaign.id == campaign_id)
    return [CampaignRow(campaign, name, count) for campaign, name, count in (await session.exec(statement)).all()]


async def unbound_telegram_workers(session: AsyncSession, campaign_id: int, limit: int) -> Sequence[Worker]:
    """Telegram workers of the campaign whose link has not been opened yet, oldest first."""
    statement = (
        select(Worker)
        .where(
            Worker.campaign_id == campaign_id,
            Worker.channel == "telegram",
            col(Worker.address_bound_at).is_(None),
        )
        .order_by(col(Worker.id))
        .limit(limit)
    )
    return (await session.exec(statement)).all()
