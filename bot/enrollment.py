"""Enrolling workers: validate what the auditor entered, then store it with the first contact scheduled."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from sqlalchemy.exc import IntegrityError

from bot.channels.telegram import TelegramChannel
from bot.runtime import Runtime
from bot.scripts import load_builtin_script
from conversations.schedule import Schedule, WindowSyntaxError, parse_windows
from conversations.state import Conversation
from storage.enrollment import (
    CampaignClosed,
    CampaignDetails,
    NewWorker,
    create_campaign,
    is_repeated_enrollment,
    set_enrollment_code,
)
from storage.tables import Campaign

PHONE_CHANNELS = ("sms", "whatsapp")
CHANNELS = ("sms", "whatsapp", "telegram", "simulator")
NEW_CAMPAIGN_STATUSES = ("draft", "running")
ALREADY_ENROLLED = "already enrolled in this campaign"
NAME_LENGTH = 200


class EnrollmentError(ValueError):
    pass


class AlreadyEnrolled(EnrollmentError):
    def __init__(self) -> None:
        super().__init__(ALREADY_ENROLLED)


@dataclass(frozen=True)
class Enrollment:
    channel: str
    language: str
    windows: tuple[str, ...]
    address: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)


async def new_campaign(
    runtime: Runtime,
    *,
    name: str,
    timezone: str,
    script: str = "default",
    organisation: str = "Default",
    facility: str = "",
    country: str = "",
    audit_date: date | None = None,
    languages: Sequence[str] = (),
    contact_starts_on: date | None = None,
    contact_ends_on: date | None = None,
    status: str = "running",
) -> Campaign:
    """Check everything, then create the campaign (and its organisation, the first time it is named)."""
    details = CampaignDetails(
        name=_text(name, "campaign name", required=True),
        script=script,
        timezone=timezone,
        facility=_text(facility, "facility"),
        country=campaign_country(country),
        audit_date=audit_date,
        languages=campaign_languages(languages, runtime.locales.languages),
        contact_starts_on=contact_starts_on,
        contact_ends_on=contact_ends_on,
        status=status,
    )
    owner = _text(organisation, "organisation", required=True)
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise EnrollmentError(f"unknown timezone {timezone!r} (use an IANA name such as Asia/Jakarta)") from None
    try:
        load_builtin_script(script)
    except FileNotFoundError as error:
        raise EnrollmentError(str(error)) from None
    if contact_starts_on and contact_ends_on and contact_ends_on < contact_starts_on:
        raise EnrollmentError(f"the contact period ends ({contact_ends_on}) before it starts ({contact_starts_on})")
    if status not in NEW_CAMPAIGN_STATUSES:
        raise EnrollmentError(f"a new campaign is {' or '.join(NEW_CAMPAIGN_STATUSES)}, not {status!r}")
    async with runtime.db.transaction() as session:
        return await create_campaign(session, organisation=owner, details=details, now=runtime.clock.now())


def _text(value: str, what: str, *, required: bool = False) -> str:
    value = value.strip()
    if required and not value:
        raise EnrollmentError(f"the {what} is required")
    if len(value) > NAME_LENGTH:
        raise EnrollmentError(f"the {what} is longer than {NAME_LENGTH} characters")
    return value


def campaign_country(country: str) -> str:
    """An ISO 3166 region that phone numbers can be read in ("" for none: numbers then need their +code)."""
    region = country.strip().upper()
    if region and region not in phonenumbers.SUPPORTED_REGIONS:
        raise EnrollmentError(f"unknown country {country!r}: use a two-letter ISO 3166 code such as ID, MM or TH")
    return region


def campaign_languages(languages: Sequence[str], available: Sequence[str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(code.strip() for code in languages if code.strip()))
    unknown = [code for code in chosen if code not in available]
    if unknown:
        raise EnrollmentError(f"no locale for language {unknown[0]!r}; available: {', '.join(available)}")
    return chosen


def check_enrollment(enrollment: Enrollment, campaign: Campaign, languages: Sequence[str]) -> NewWorker:
    """The worker as it will be stored, or :class:`EnrollmentError` saying what is wrong."""
    if enrollment.channel not in CHANNELS:
        raise EnrollmentError(f"unknown channel {enrollment.channel!r}; use one of {', '.join(CHANNELS)}")
    if enrollment.language not in languages:
        raise EnrollmentError(f"no locale for language {enrollment.language!r}; available: {', '.join(languages)}")
    if campaign.languages and enrollment.language not in campaign.languages:
        raise EnrollmentError(
            f"language {enrollment.language!r} is not one of this campaign's: {', '.join(campaign.languages)}"
        )
    schedule = _schedule(campaign.timezone, enrollment.windows)
    address = (enrollment.address or "").strip() or None
    if enrollment.channel in PHONE_CHANNELS:
        if address is None:
            raise EnrollmentError(f"a phone number is required for {enrollment.channel}")
        address = e164(address, campaign.country)
    elif enrollment.channel == "telegram" and address is not None:
        raise EnrollmentError("Telegram workers enroll by link; no phone number is stored")
    elif enrollment.channel == "simulator" and address is None:
        raise EnrollmentError("a simulator worker needs an address")
    return NewWorker(
        channel=enrollment.channel,
        address=address,
        initial=Conversation(language=enrollment.language, schedule=schedule),
        windows=tuple(str(w) for w in schedule.windows),
        tags=tuple(tag.strip() for tag in enrollment.tags if tag.strip()),
    )


@lru_cache(maxsize=1024)
def _schedule(timezone: str, windows: tuple[str, ...]) -> Schedule:
    """Immutable, and the same few windows come back row after row in an import."""
    try:
        return Schedule(timezone=timezone, windows=parse_windows(windows))
    except (WindowSyntaxError, ValueError) as error:
        raise EnrollmentError(str(error).splitlines()[0] if str(error) else "no contact window") from None


def e164(number: str, region: str = "") -> str:
    """``number`` in E.164 form. Local numbers ("0812 3456 7890") are read in ``region``, the campaign's country."""
    try:
        parsed = phonenumbers.parse(number, region or None)
    except phonenumbers.NumberParseException:
        if region:
            raise EnrollmentError("not a phone number") from None
        raise EnrollmentError(
            "this campaign has no country, so phone numbers need their country code (E.164), e.g. +6281234567890"
        ) from None
    if not phonenumbers.is_valid_number(parsed):
        local = f" (numbers without a +country code are read as {region})" if region else ""
        raise EnrollmentError(f"not a valid phone number{local}")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def refuse_closed(campaign: Campaign) -> None:
    if campaign.status == "closed":
        raise EnrollmentError(f"campaign {campaign.id} is closed: no one can be enrolled in it")


async def enroll(runtime: Runtime, campaign: Campaign, enrollments: Sequence[Enrollment]) -> list[int]:
    """Validate all, then store all in one transaction: a bad row stores nothing. Returns conversation ids.

    An address already enrolled in the campaign (on the same channel) is refused: the unique index decides, so
    two auditors enrolling the same number at the same moment get one worker and one clear refusal."""
    refuse_closed(campaign)
    workers = [check_enrollment(e, campaign, runtime.locales.languages) for e in enrollments]
    return await store_workers(runtime, campaign, workers)


async def store_workers(runtime: Runtime, campaign: Campaign, workers: Sequence[NewWorker]) -> list[int]:
    try:
        return await runtime.service.enroll(campaign, workers, runtime.cipher)
    except CampaignClosed:
        raise EnrollmentError(f"campaign {campaign.id} is closed: no one can be enrolled in it") from None
    except IntegrityError as error:
        if is_repeated_enrollment(error):
            raise AlreadyEnrolled from None
        raise


async def telegram_channel(runtime: Runtime) -> TelegramChannel:
    channel = runtime.channels.get("telegram")
    if not isinstance(channel, TelegramChannel):
        raise EnrollmentError("Telegram is not configured: set CALLBACKS_TELEGRAM_TOKEN")
    await channel.start()
    return channel


def new_link_code() -> str:
    return secrets.token_urlsafe(24)  # 32 characters of A-Z a-z 0-9 _ -: fits a deep link, cannot be guessed


def with_link_code(worker: NewWorker, code: str, expires_at: datetime) -> NewWorker:
    """A Telegram worker stored together with the code of their one-time link, in the same transaction."""
    return replace(worker, enrollment_code=code, enrollment_expires_at=expires_at)


async def telegram_link(runtime: Runtime, worker_id: int, *, valid_for: timedelta) -> str:
    """A one-time deep link that binds the Telegram chat that opens it to this worker (no phone number kept)."""
    channel = await telegram_channel(runtime)
    code = new_link_code()
    async with runtime.db.transaction() as session:
        await set_enrollment_code(session, runtime.cipher, worker_id, code, runtime.clock.now() + valid_for)
    return channel.deep_link(code)
