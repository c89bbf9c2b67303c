"""Enrolling one worker from a phone during the factory visit: channel, number, language, contact windows,
consent, tags. A wrong field is shown next to that field with the rest of the form kept; on success the number is
shown back masked, and "Next worker" keeps the channel, language and windows. A Telegram worker gets the one-time
deep link and its QR code on the page, to scan from the auditor's screen.

The rules (E.164 in the campaign's country, one enrollment per address and campaign) are bot/enrollment.py's.
"""

from __future__ import annotations

import secrets
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import phonenumbers
from aiohttp import web

from bot.cards import qr_svg
from bot.channels.simulator import SimulatorChannel
from bot.channels.telegram import TelegramChannel
from bot.enrollment import (
    ALREADY_ENROLLED,
    PHONE_CHANNELS,
    Enrollment,
    EnrollmentError,
    check_enrollment,
    e164,
    enroll,
    new_link_code,
    store_workers,
    telegram_channel,
    with_link_code,
)
from bot.runtime import Runtime
from bot.web.app import RUNTIME
from bot.web.auth import require
from bot.web.campaigns import AUDIT_STAFF, already_done, campaign_row, language_label, record, sentence, telegram_ready
from bot.web.pages import render
from conversations.schedule import WindowSyntaxError, parse_windows
from storage.admin_views import CampaignRow
from storage.tables import Campaign

CHANNEL_NAMES = {"sms": "SMS", "whatsapp": "WhatsApp", "telegram": "Telegram", "simulator": "Simulator (demo)"}
DEFAULT_WINDOWS = "mon-fri 19:00-21:00"
MIGRANT = "migrant"


@dataclass(frozen=True)
class Enrolled:
    channel: str
    language: str
    windows: str
    masked_number: str | None
    link: str | None


def add_enroll_routes(app: web.Application) -> None:
    app.router.add_get(r"/admin/campaigns/{id:\d+}/enroll", enroll_page)
    app.router.add_post(r"/admin/campaigns/{id:\d+}/enroll", enroll_worker)


def offered_channels(request: web.Request) -> list[str]:
    """The channels this deployment can reach workers on; the simulator only where its chat can be read (the
    demo), never in production, where a worker enrolled on it would never hear from us."""
    channels = request.app[RUNTIME].channels
    offered = [name for name in ("sms", "whatsapp") if name in channels]
    if telegram_ready(request):
        offered.append("telegram")
    simulator = channels.get("simulator")
    if isinstance(simulator, SimulatorChannel) and simulator.keep_log:
        offered.append("simulator")
    return offered


async def enroll_page(request: web.Request) -> web.Response:
    await require(request, *AUDIT_STAFF)
    row = await campaign_row(request)
    channels = offered_channels(request)
    languages = _languages(request, row.campaign)
    form = {
        "channel": request.query.get("channel", channels[0] if channels else ""),
        "language": request.query.get("language", languages[0][0] if len(languages) == 1 else ""),
        "windows": request.query.get("windows", DEFAULT_WINDOWS),
    }
    return await _form(request, row, form=form, errors={})


async def enroll_worker(request: web.Request) -> web.Response:
    user = await require(request, *AUDIT_STAFF)
    row = await campaign_row(request)
    campaign = row.campaign
    posted = await request.post()
    form = {key: str(posted.get(key, "")).strip() for key in ("channel", "phone", "language", "windows", "other_tags")}
    form["consent"] = "on" if posted.get("consent") else ""
    form["migrant"] = "on" if posted.get("migrant") else ""
    errors = _field_errors(request, campaign, form)
    if errors:
        return await _form(request, row, form=form, errors=errors, status=400)
    key = str(posted.get("request_key", "")) or None
    runtime: Runtime = request.app[RUNTIME]
    if key is not None and await already_done(runtime, key):
        return await _form(request, row, form=form, errors={}, notice="This form was already sent: nobody new.")
    try:
        enrolled = await _enroll(runtime, campaign, form)
    except EnrollmentError as error:
        if str(error) == ALREADY_ENROLLED:
            errors = {"phone": "This number is already enrolled in this campaign: the worker will be contacted once."}
        else:
            errors = {"form": sentence(error)}
        return await _form(request, row, form=form, errors=errors, status=409 if "phone" in errors else 400)
    detail = f"campaign {campaign.id}: {form['channel']}, {form['language']}"  # never the number
    await record(runtime, user, "enroll", detail, request_key=key)
    fresh = await campaign_row(request)
    next_worker = f"/admin/campaigns/{campaign.id}/enroll?" + urlencode(
        {"channel": form["channel"], "language": form["language"], "windows": form["windows"]}
    )
    response = await render(
        request,
        "enrolled.html",
        row=fresh,
        campaign=fresh.campaign,
        enrolled=enrolled,
        language_name=language_label(enrolled.language),
        channel_name=CHANNEL_NAMES[enrolled.channel],
        qr=qr_svg(enrolled.link) if enrolled.link else None,
        next_worker=next_worker,
    )
    response.headers["Cache-Control"] = "private, no-store"  # a Telegram link works once: keep it out of caches
    return response


def _field_errors(request: web.Request, campaign: Campaign, form: dict[str, str]) -> dict[str, str]:
    """Each wrong field with what to do about it, so the message shows next to that field."""
    errors: dict[str, str] = {}
    if form["channel"] not in offered_channels(request):
        errors["channel"] = "Choose how the worker wants to be contacted."
    if form["channel"] in PHONE_CHANNELS:
        if not form["phone"]:
            errors["phone"] = f"{CHANNEL_NAMES[form['channel']]} needs the worker's phone number."
        else:
            try:
                e164(form["phone"], campaign.country)
            except EnrollmentError as error:
                errors["phone"] = sentence(error)
    if form["language"] not in [code for code, _ in _languages(request, campaign)]:
        errors["language"] = "Choose the worker's language."
    try:
        parse_windows(parse_window_field(form["windows"]))
    except (WindowSyntaxError, ValueError) as error:
        message = str(error).splitlines()[0] if str(error) else "at least one window is needed"
        errors["windows"] = sentence(f"{message} (for example: mon-fri 19:00-21:00; sat 10:00-12:00)")
    if not form["consent"]:
        errors["consent"] = "The worker must agree to be contacted: ask them, then tick the box."
    return errors


async def _enroll(runtime: Runtime, campaign: Campaign, form: dict[str, str]) -> Enrolled:
    channel, language, windows = form["channel"], form["language"], parse_window_field(form["windows"])
    tags = ([MIGRANT] if form["migrant"] else []) + [t.strip() for t in form["other_tags"].split(";") if t.strip()]
    if channel == "telegram":
        link = await telegram_worker(runtime, campaign, Enrollment(channel, language, windows, None, tuple(tags)))
        return Enrolled(channel, language, "; ".join(windows), None, link)
    address = f"auditor-{secrets.token_hex(6)}" if channel == "simulator" else form["phone"]
    await enroll(runtime, campaign, [Enrollment(channel, language, windows, address, tuple(tags))])
    masked = _mask(e164(address, campaign.country)) if channel in PHONE_CHANNELS else None
    return Enrolled(channel, language, "; ".join(windows), masked, None)


async def reachable_telegram(runtime: Runtime) -> TelegramChannel:
    """The Telegram channel, ready to make links (the first use asks Telegram for the bot's name)."""
    try:
        return await telegram_channel(runtime)
    except EnrollmentError:
        raise
    except Exception as error:  # Telegram unreachable, or the token refused: say so, nothing is stored
        raise EnrollmentError(
            f"could not reach Telegram to make the link ({type(error).__name__}); try again"
        ) from None


async def telegram_worker(runtime: Runtime, campaign: Campaign, enrollment: Enrollment) -> str:
    """A Telegram worker stored with the code of their one-time deep link; returns the link."""
    channel = await reachable_telegram(runtime)
    worker = check_enrollment(enrollment, campaign, runtime.locales.languages)
    code = new_link_code()
    expires = runtime.clock.now() + timedelta(days=runtime.settings.telegram_link_days)
    await store_workers(runtime, campaign, [with_link_code(worker, code, expires)])
    return channel.deep_link(code)


def parse_window_field(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.replace("\n", ";").split(";") if part.strip())


def _mask(number: str) -> str:
    """``+62 ••••••••90``: enough for the auditor to see it was their worker, not enough for anyone behind them."""
    parsed = phonenumbers.parse(number, None)
    national = str(parsed.national_number)
    return f"+{parsed.country_code} {'•' * (len(national) - 2)}{national[-2:]}"


def _languages(request: web.Request, campaign: Campaign) -> list[tuple[str, str]]:
    codes = campaign.languages or list(request.app[RUNTIME].locales.languages)
    return [(code, language_label(code)) for code in codes]


async def _form(
    request: web.Request,
    row: CampaignRow,
    *,
    form: dict[str, str],
    errors: dict[str, str],
    status: int = 200,
    notice: str | None = None,
) -> web.Response:
    channels = offered_channels(request)
    context: dict[str, Any] = {
        "row": row,
        "campaign": row.campaign,
        "channels": [(name, CHANNEL_NAMES[name]) for name in channels],
        "languages": _languages(request, row.campaign),
        "form": defaultdict(str, form),  # a field not sent is empty
        "errors": errors,
        "notice": notice,
        "closed": row.campaign.status == "closed",
        "country_code": phonenumbers.country_code_for_region(row.campaign.country) if row.campaign.country else None,
    }
    return await render(request, "enroll.html", status=status, **context)
