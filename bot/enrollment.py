"""Enrolling workers: validate what the auditor entered, then store it with the first contact scheduled."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers

from bot.channels.telegram import TelegramChannel
from bot.runtime import Runtime
from bot.scripts import load_builtin_script
from conversations.schedule import Schedule, WindowSyntaxError, parse_windows
from conversations.state import Conversation
from storage.enrollment import NewWorker, create_campaign, set_enrollment_code
from storage.tables import Campaign

PHONE_CHANNELS = ("sms", "whatsapp")
CHANNELS = ("sms", "whatsapp", "telegram", "simulator")


class EnrollmentError(ValueError):
    pass


@dataclass(frozen=True)
class Enrollment:
    channel: str
    language: str
    windows: tuple[str, ...]
    address: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)


async def new_campaign(
    runtime: Runtime, *, name: str, timezone: str, script: str = "default", organisation: str = "Default"
) -> Campaign:
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise EnrollmentError(f"unknown timezone {timezone!r} (use an IANA name such as Asia/Jakarta)") from None
    try:
        load_builtin_script(script)
    except FileNotFoundError as error:
        raise EnrollmentError(str(error)) from None
    async with runtime.db.transaction() as session:
        return await create_campaign(
            session, organisation=organisation, name=name, script=script, timezone=timezone, now=runtime.clock.now()
        )


def check_enrollment(enrollment: Enrollment, campaign: Campaign, languages: Sequence[str]) -> NewWorker:
    """The worker as it will be stored, or :class:`EnrollmentError` saying what is wrong."""
    if enrollment.channel not in CHANNELS:
        raise EnrollmentError(f"unknown channel {enrollment.channel!r}; use one of {', '.join(CHANNELS)}")
    if enrollment.language not in languages:
        raise EnrollmentError(f"no locale for language {enrollment.language!r}; available: {', '.join(languages)}")
    try:
        schedule = Schedule(timezone=campaign.timezone, windows=parse_windows(enrollment.windows))
    except (WindowSyntaxError, ValueError) as error:
        raise EnrollmentError(str(error).splitlines()[0] if str(error) else "no contact window") from None
    address = enrollment.address
    if enrollment.channel in PHONE_CHANNELS:
        address = e164(address or "")
    return NewWorker(
        channel=enrollment.channel,
        address=address,
        initial=Conversation(language=enrollment.language, schedule=schedule),
        windows=tuple(str(w) for w in schedule.windows),
        tags=enrollment.tags,
    )


def e164(number: str) -> str:
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        raise EnrollmentError("phone numbers must be in E.164 form, e.g. +6281234567890") from None
    if not phonenumbers.is_possible_number(parsed):
        raise EnrollmentError("that is not a possible phone number")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


async def enroll(runtime: Runtime, campaign: Campaign, enrollments: Sequence[Enrollment]) -> list[int]:
    """Validate all, then store all in one transaction: a bad row stores nothing. Returns conversation ids."""
    workers = [check_enrollment(e, campaign, runtime.locales.languages) for e in enrollments]
    return await runtime.service.enroll(campaign, workers, runtime.cipher)


async def telegram_link(runtime: Runtime, worker_id: int, *, valid_for: timedelta) -> str:
    """A one-time deep link that binds the Telegram chat that opens it to this worker (no phone number kept)."""
    channel = runtime.channels.get("telegram")
    if not isinstance(channel, TelegramChannel):
        raise EnrollmentError("Telegram is not configured: set CALLBACKS_TELEGRAM_TOKEN")
    await channel.start()
    code = secrets.token_urlsafe(24)  # 32 characters of A-Z a-z 0-9 _ -: fits a deep link, cannot be guessed
    async with runtime.db.transaction() as session:
        await set_enrollment_code(session, runtime.cipher, worker_id, code, runtime.clock.now() + valid_for)
    return channel.deep_link(code)
