"""Campaigns as auditors see them (organisations, lists, status), and the hold on first contacts.

Only a running campaign makes first contacts, and only inside its contact period (the dates, in the campaign's
timezone, when it has them). A conversation that has not started (no first contact yet, or a Telegram worker who
has not opened their link) is *held* while its campaign is draft, paused or closed, or before or after its
contact period: the scheduler does not claim its contact timer. Held timers are *parked* (``available_at`` moved
out) so that the scheduler's scan of due timers does not meet them on every pass; resuming the campaign brings
them back, and a contact period that begins releases them at the next recheck.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Table, and_, exists, func, not_, or_, update
from sqlalchemy import select as core_select
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from conversations.script import GATE
from conversations.state import Status, TimerKind
from storage.tables import Campaign, Organisation, Outbox, Timer, Worker, table_of
from storage.tables import Conversation as ConversationRow

NOT_STARTED_STATUSES = (Status.SCHEDULED.value, Status.AWAITING_ADDRESS.value)


def not_started(conversation: Table) -> ColumnElement[bool]:
    """The conversation has not made its first contact (a worker who said "later" has: they go on)."""
    return and_(
        conversation.c.status.in_(NOT_STARTED_STATUSES),
        conversation.c.state["first_contact_at"].as_string().is_(None),
    )


WITHDRAWN = "withdrawn"  # an outbox row taken back before it was sent
PARKED_STATUSES = ("draft", "paused")  # closing ends first contacts through step(): nothing is left to park


def held_contact(
    timer: Table, *, only: Sequence[str] | None = None, outside_period: Sequence[int] = ()
) -> ColumnElement[bool]:
    """A first-contact timer whose campaign is not running (or is in one of the statuses ``only``), or is one of
    the campaigns ``outside_period`` (running, but before or after its contact period)."""
    conversation, campaign = table_of(ConversationRow), table_of(Campaign)
    held = campaign.c.status != "running" if only is None else campaign.c.status.in_(only)
    if outside_period:
        held = or_(held, campaign.c.id.in_(outside_period))
    return and_(
        timer.c.kind == TimerKind.CONTACT.value,
        exists()
        .where(
            conversation.c.id == timer.c.conversation_id,
            campaign.c.id == conversation.c.campaign_id,
            held,
            not_started(conversation),
        )
        .correlate(timer),
    )


async def any_campaign_parked(session: AsyncSession) -> bool:
    """Is any campaign draft or paused? Usually none is, and the scheduler need not look for held timers."""
    campaign = table_of(Campaign)
    statement = core_select(campaign.c.id).where(campaign.c.status.in_(PARKED_STATUSES)).limit(1)
    return (await (await session.connection()).execute(statement)).first() is not None


def within_contact_period(now: datetime, timezone: str, starts_on: date | None, ends_on: date | None) -> bool:
    today = now.astimezone(ZoneInfo(timezone)).date()  # the facility's date, not the server's
    return (starts_on is None or starts_on <= today) and (ends_on is None or today <= ends_on)


async def running_outside_contact_period(session: AsyncSession, now: datetime) -> list[int]:
    """Running campaigns whose contact period has not begun or is over at ``now``: they make no first contacts."""
    campaign = table_of(Campaign)
    rows = await (await session.connection()).execute(
        core_select(campaign.c.id, campaign.c.timezone, campaign.c.contact_starts_on, campaign.c.contact_ends_on).where(
            campaign.c.status == "running",
            or_(campaign.c.contact_starts_on.is_not(None), campaign.c.contact_ends_on.is_not(None)),
        )
    )
    return [
        int(r.id) for r in rows if not within_contact_period(now, r.timezone, r.contact_starts_on, r.contact_ends_on)
    ]


def _first_contact_timers(campaign_id: int) -> ColumnElement[bool]:
    timer, conversation = table_of(Timer), table_of(ConversationRow)
    return and_(
        timer.c.kind == TimerKind.CONTACT.value,
        timer.c.conversation_id.in_(
            core_select(conversation.c.id).where(conversation.c.campaign_id == campaign_id, not_started(conversation))
        ),
    )


async def park_first_contacts(session: AsyncSession, campaign_id: int, until: datetime) -> int:
    """Move the campaign's first contacts due before ``until`` out of the scheduler's way (a pause). Later ones
    are left alone: the scheduler parks them if they fall due while the campaign is still held."""
    timer = table_of(Timer)
    result = await (await session.connection()).execute(
        update(timer).where(_first_contact_timers(campaign_id), timer.c.available_at < until).values(available_at=until)
    )
    return int(result.rowcount or 0)


async def release_first_contacts(session: AsyncSession, campaign_id: int) -> int:
    """Bring parked first-contact timers back to when they fall due (a resume): the overdue ones fire now, inside
    the worker's window (the engine moves a late contact to the next window)."""
    timer = table_of(Timer)
    result = await (await session.connection()).execute(
        update(timer).where(_first_contact_timers(campaign_id)).values(available_at=timer.c.due_at)
    )
    return int(result.rowcount or 0)


async def withdraw_unsent_first_contacts(session: AsyncSession, campaign_id: int) -> list[int]:
    """Take back the campaign's first contacts still waiting in the outbox (a backlog behind a provider's rate limit
    or an outage): rows never tried, or tried without reaching the provider. A row being sent right now, or one that
    may have arrived, goes on. Returns their conversations, to be stepped with ``FirstContactWithdrawn`` in the
    same transaction."""
    outbox, conversation = table_of(Outbox), table_of(ConversationRow)
    result = await (await session.connection()).execute(
        update(outbox)
        .where(
            outbox.c.status == "pending",
            outbox.c.purpose == GATE,
            not_(outbox.c.outcome_unknown),
            outbox.c.conversation_id.in_(
                core_select(conversation.c.id).where(
                    conversation.c.campaign_id == campaign_id,
                    conversation.c.status == Status.ACTIVE.value,
                    conversation.c.last_inbound_at.is_(None),
                )
            ),
        )
        .values(status=WITHDRAWN, error="taken back unsent: the campaign was paused or closed")
        .returning(outbox.c.conversation_id)
    )
    return sorted({int(conversation_id) for conversation_id in result.scalars()})


async def not_started_conversations(session: AsyncSession, campaign_id: int) -> list[int]:
    conversation = table_of(ConversationRow)
    rows = await (await session.connection()).execute(
        core_select(conversation.c.id)
        .where(conversation.c.campaign_id == campaign_id, not_started(conversation))
        .order_by(conversation.c.id)
    )
    return [int(r) for r in rows.scalars()]


async def lock_campaign(session: AsyncSession, campaign_id: int) -> Campaign | None:
    statement = select(Campaign).where(Campaign.id == campaign_id)
    if (await session.connection()).dialect.name != "sqlite":
        statement = statement.with_for_update()
    return (await session.exec(statement)).first()


# --- organisations and listings --------------------------------------------------------------------------------


async def add_organisation(session: AsyncSession, name: str, now: datetime) -> Organisation | None:
    """A new organisation, or None when the name is taken."""
    if (await session.exec(select(Organisation).where(Organisation.name == name))).first() is not None:
        return None
    organisation = Organisation(name=name, created_at=now)
    session.add(organisation)
    await session.flush()
    return organisation


@dataclass(frozen=True)
class OrganisationSummary:
    id: int
    name: str
    campaigns: int


async def organisation_summaries(session: AsyncSession) -> list[OrganisationSummary]:
    statement = (
        select(Organisation.id, Organisation.name, func.count(col(Campaign.id)))
        .outerjoin(Campaign, col(Campaign.organisation_id) == col(Organisation.id))
        .group_by(col(Organisation.id), col(Organisation.name))
        .order_by(col(Organisation.name))
    )
    return [OrganisationSummary(int(i or 0), name, int(n)) for i, name, n in (await session.exec(statement)).all()]


@dataclass(frozen=True)
class CampaignSummary:
    id: int
    organisation: str
    name: str
    facility: str
    country: str
    status: str
    workers: int


async def campaign_summaries(
    session: AsyncSession, *, organisation: str | None = None, organisation_id: int | None = None
) -> list[CampaignSummary]:
    """Every campaign (or one organisation's) with how many workers are enrolled, newest first."""
    campaign, owner, worker = table_of(Campaign), table_of(Organisation), table_of(Worker)
    enrolled = (
        core_select(worker.c.campaign_id, func.count(worker.c.id).label("workers"))
        .group_by(worker.c.campaign_id)
        .subquery()
    )
    statement = (
        core_select(
            campaign.c.id,
            owner.c.name.label("organisation"),
            campaign.c.name,
            campaign.c.facility,
            campaign.c.country,
            campaign.c.status,
            func.coalesce(enrolled.c.workers, 0).label("workers"),
        )
        .join(owner, owner.c.id == campaign.c.organisation_id)
        .outerjoin(enrolled, enrolled.c.campaign_id == campaign.c.id)
        .order_by(campaign.c.id.desc())
    )
    if organisation is not None:
        statement = statement.where(owner.c.name == organisation)
    if organisation_id is not None:
        statement = statement.where(campaign.c.organisation_id == organisation_id)
    rows = (await (await session.connection()).execute(statement)).all()
    return [
        CampaignSummary(r.id, r.organisation, r.name, r.facility, r.country, r.status, int(r.workers)) for r in rows
    ]
