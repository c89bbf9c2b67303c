"""Operator commands: campaigns, workers and the Telegram webhook, from the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import select

from bot.channels.configured import configured_channels, telegram_channel
from bot.clock import SystemClock
from bot.enrollment import Enrollment, EnrollmentError, enroll, new_campaign, telegram_link
from bot.runtime import Runtime
from bot.settings import Settings
from storage.tables import Campaign
from storage.tables import Conversation as ConversationRow

TELEGRAM_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]


def _runtime(settings: Settings) -> Runtime:
    clock = SystemClock()
    channels = configured_channels(settings, clock)
    return Runtime.build(settings.database_url, settings.require_secret_key(), channels, clock, settings)


async def create_campaign(settings: Settings, *, name: str, timezone: str, script: str, organisation: str) -> int:
    runtime = _runtime(settings)
    try:
        campaign = await new_campaign(runtime, name=name, timezone=timezone, script=script, organisation=organisation)
    finally:
        await runtime.close()
    assert campaign.id is not None
    return campaign.id


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
