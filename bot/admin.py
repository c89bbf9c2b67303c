"""Operator commands: campaigns, workers and the Telegram webhook, from the command line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import select

from bot.campaign_status import change_campaign_status
from bot.channels.configured import configured_channels, telegram_channel
from bot.clock import SystemClock
from bot.enrollment import Enrollment, EnrollmentError, enroll, new_campaign, telegram_link
from bot.runtime import Runtime
from bot.settings import Settings
from bot.worker_import import CsvRows, ImportReport, Progress, import_workers
from storage.campaigns import (
    CampaignSummary,
    OrganisationSummary,
    add_organisation,
    campaign_summaries,
    organisation_summaries,
)
from storage.database import Database
from storage.tables import Campaign
from storage.tables import Conversation as ConversationRow

TELEGRAM_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]


def _runtime(settings: Settings) -> Runtime:
    clock = SystemClock()
    channels = configured_channels(settings, clock)
    return Runtime.build(settings.database_url, settings.require_secret_key(), channels, clock, settings)


@dataclass(frozen=True)
class CampaignFields:
    name: str
    timezone: str
    script: str = "default"
    organisation: str = "Default"
    facility: str = ""
    country: str = ""
    audit_date: date | None = None
    languages: Sequence[str] = ()
    contact_starts_on: date | None = None
    contact_ends_on: date | None = None
    status: str = "running"


async def create_campaign(settings: Settings, fields: CampaignFields) -> int:
    runtime = _runtime(settings)
    try:
        campaign = await new_campaign(
            runtime,
            name=fields.name,
            timezone=fields.timezone,
            script=fields.script,
            organisation=fields.organisation,
            facility=fields.facility,
            country=fields.country,
            audit_date=fields.audit_date,
            languages=fields.languages,
            contact_starts_on=fields.contact_starts_on,
            contact_ends_on=fields.contact_ends_on,
            status=fields.status,
        )
    finally:
        await runtime.close()
    assert campaign.id is not None
    return campaign.id


async def list_campaigns(settings: Settings, organisation: str | None) -> list[CampaignSummary]:
    db = Database(settings.database_url)
    try:
        async with db.sessions() as session:
            return await campaign_summaries(session, organisation=organisation)
    finally:
        await db.dispose()


async def set_campaign_status(settings: Settings, campaign_id: int, status: str) -> Campaign:
    runtime = _runtime(settings)
    try:
        return await change_campaign_status(runtime, campaign_id, status)
    finally:
        await runtime.close()


async def add_org(settings: Settings, name: str) -> int:
    name = name.strip()
    if not name:
        raise EnrollmentError("the organisation needs a name")
    db = Database(settings.database_url)
    try:
        async with db.transaction() as session:
            organisation = await add_organisation(session, name, SystemClock().now())
    finally:
        await db.dispose()
    if organisation is None:
        raise EnrollmentError(f"there is already an organisation named {name!r}")
    assert organisation.id is not None
    return organisation.id


async def list_orgs(settings: Settings) -> list[OrganisationSummary]:
    db = Database(settings.database_url)
    try:
        async with db.sessions() as session:
            return await organisation_summaries(session)
    finally:
        await db.dispose()


async def import_file(
    settings: Settings, campaign_id: int, rows: CsvRows, progress: Progress | None = None
) -> ImportReport:
    runtime = _runtime(settings)
    try:
        return await import_workers(runtime, campaign_id, rows.rows, progress, source=rows.digest)
    finally:
        await runtime.close()


@dataclass(frozen=True)
class AddedWorker:
    worker_id: int
    conversation_id: int
    deep_link: str | None


async def add_worker(settings: Settings, *, campaign_id: int, enrollment: Enrollment) -> AddedWorker:
    runtime = _runtime(settings)
    try:
        async with runtime.db.sessions() as session:
            campaign = await session.get(Campaign, campaign_id)
        if campaign is None:
            raise EnrollmentError(f"no campaign {campaign_id}")
        if enrollment.channel != "simulator" and enrollment.channel not in runtime.channels:
            raise EnrollmentError(f"channel {enrollment.channel!r} is not configured: set its CALLBACKS_* variables")
        [conversation_id] = await enroll(runtime, campaign, [enrollment])
        async with runtime.db.sessions() as session:
            worker_id = (
                await session.exec(select(ConversationRow.worker_id).where(ConversationRow.id == conversation_id))
            ).one()
        link = None
        if enrollment.channel == "telegram":
            link = await telegram_link(runtime, worker_id, valid_for=timedelta(days=settings.telegram_link_days))
    finally:
        await runtime.close()
    return AddedWorker(worker_id, conversation_id, link)


async def set_telegram_webhook(settings: Settings) -> str:
    if settings.telegram_webhook_secret is None:
        raise SystemExit("set CALLBACKS_TELEGRAM_WEBHOOK_SECRET (1-256 characters of A-Z a-z 0-9 _ -) first")
    channel = telegram_channel(settings)
    url = f"{settings.public_url.rstrip('/')}/webhooks/telegram"
    try:
        await channel.start()
        await channel.bot.set_webhook(
            url=url,
            secret_token=settings.telegram_webhook_secret.get_secret_value(),
            allowed_updates=TELEGRAM_UPDATES,
        )
    finally:
        await channel.close()
    return url
