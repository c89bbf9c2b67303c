"""The auditors' campaign pages: the list and the new-campaign form, one campaign with its start / pause / close
buttons, and the CSV import of workers. Auditors and admins only; every route checks the role on the server.

A status change is written to the audit log with the form's one-time ``request_key``: the same form sent twice
(a double tap, a retry on a bad connection) changes the status once.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from functools import cache
from typing import Any
from zoneinfo import available_timezones

from aiohttp import web
from sqlmodel import col, select

from bot.campaign_status import MOVES, CampaignStatusError, change_campaign_status
from bot.channels.telegram import TelegramChannel
from bot.enrollment import EnrollmentError, new_campaign
from bot.runtime import Runtime
from bot.scripts import builtin_scripts_dir
from bot.web.app import RUNTIME
from bot.web.auth import require
from bot.web.pages import render
from bot.web.sessions import current_user
from bot.worker_import import import_workers, read_csv
from conversations.language_names import LANGUAGE_NAMES, OWN_NAMES
from storage.admin_views import CampaignRow, campaign_rows
from storage.campaigns import organisation_summaries
from storage.cases import audit
from storage.tables import AuditEntry, User

AUDIT_STAFF = ("auditor", "admin")
BUTTONS = {"running": "Start", "paused": "Pause", "closed": "Close"}
CAMPAIGN_NOTICES = {
    "created": "Campaign created as a draft: enroll workers, then press Start. Nobody is contacted before that.",
    "running": "The campaign is running: workers are contacted in their next contact window.",
    "paused": "Paused: no new first contacts. Conversations already under way go on.",
    "closed": "Closed: workers not contacted yet never will be; conversations under way finish.",
    "already": "That was already done (the form was sent twice): nothing changed.",
}


def add_campaign_routes(app: web.Application) -> None:
    app.router.add_get("/admin", to_campaigns)
    app.router.add_get("/admin/campaigns", campaigns_page)
    app.router.add_post("/admin/campaigns", create)
    app.router.add_get(r"/admin/campaigns/{id:\d+}", campaign_page)
    app.router.add_post(r"/admin/campaigns/{id:\d+}/status", change_status)
    app.router.add_post(r"/admin/campaigns/{id:\d+}/import", import_csv)


async def to_campaigns(request: web.Request) -> web.Response:
    await require(request, *AUDIT_STAFF)
    raise web.HTTPSeeOther("/admin/campaigns")


# --- the list and the new-campaign form -------------------------------------------------------------------------


async def campaigns_page(request: web.Request) -> web.Response:
    await require(request, *AUDIT_STAFF)
    return await _list(request, form={}, error=None)


async def create(request: web.Request) -> web.Response:
    user = await require(request, *AUDIT_STAFF)
    form = {key: str(value) for key, value in (await request.post()).items() if isinstance(value, str)}
    languages = [str(code) for code in (await request.post()).getall("languages", [])]
    runtime = _runtime(request)
    async with runtime.db.sessions() as session:
        known = {o.name for o in await organisation_summaries(session)}
    if form.get("organisation", "") not in known:  # a typo must not create a new client
        error = "Choose one of the client organisations; an admin adds new ones under People."
        return await _list(request, form={**form, "languages": languages}, error=error, status=400)
    try:
        campaign = await new_campaign(
            runtime,
            name=form.get("name", ""),
            timezone=form.get("timezone", "").strip(),
            script=form.get("script", "default"),
            organisation=form.get("organisation", ""),
            facility=form.get("facility", ""),
            country=form.get("country", ""),
            audit_date=_date(form.get("audit_date", ""), "audit date"),
            languages=languages,
            contact_starts_on=_date(form.get("contact_starts_on", ""), "start of the contact period"),
            contact_ends_on=_date(form.get("contact_ends_on", ""), "end of the contact period"),
            status="draft",
        )
    except EnrollmentError as error:
        return await _list(request, form={**form, "languages": languages}, error=sentence(error), status=400)
    await record(runtime, user, "campaign_create", f"campaign {campaign.id}: {campaign.name}")
    raise web.HTTPSeeOther(f"/admin/campaigns/{campaign.id}?done=created")


async def _list(request: web.Request, *, form: dict[str, Any], error: str | None, status: int = 200) -> web.Response:
    async with _runtime(request).db.sessions() as session:
        rows = await campaign_rows(session)
        known = await organisation_summaries(session)
    return await render(
        request,
        "campaigns.html",
        status=status,
        rows=rows,
        organisations=[o.name for o in known],
        form=defaultdict(str, form),  # a field not sent is empty
        error=error,
        scripts=_scripts(),
        timezones=timezones(),
        languages=_language_choices(_runtime(request).locales.languages),
    )


def _date(value: str, what: str) -> date | None:
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise EnrollmentError(f"the {what} is not a date (YYYY-MM-DD)") from None


@cache
def _scripts() -> list[str]:
    return sorted(path.stem for path in builtin_scripts_dir().glob("*.yaml"))


@cache
def timezones() -> list[str]:
    return sorted(zone for zone in available_timezones() if "/" in zone and not zone.startswith("Etc/"))


def _language_choices(codes: list[str] | tuple[str, ...]) -> list[tuple[str, str]]:
    """(code, label) with each language's own name first, then the English one, sorted by the English name."""
    return sorted(
        ((code, language_label(code)) for code in codes), key=lambda choice: LANGUAGE_NAMES.get(choice[0], choice[0])
    )


def language_label(code: str) -> str:
    own, english = OWN_NAMES.get(code, code), LANGUAGE_NAMES.get(code, code)
    return own if own == english else f"{own} · {english}"


# --- one campaign ---------------------------------------------------------------------------------------------


async def campaign_page(request: web.Request) -> web.Response:
    await require(request, *AUDIT_STAFF)
    row = await campaign_row(request)
    return await show_campaign(request, row, notice=CAMPAIGN_NOTICES.get(request.query.get("done", "")))


async def campaign_row(request: web.Request) -> CampaignRow:
    """The campaign in the URL, or 404."""
    async with _runtime(request).db.sessions() as session:
        rows = await campaign_rows(session, int(request.match_info["id"]))
    if not rows:
        raise web.HTTPNotFound(text="No such campaign.")
    return rows[0]


async def show_campaign(request: web.Request, row: CampaignRow, *, status: int = 200, **extra: Any) -> web.Response:
    campaign = row.campaign
    context: dict[str, Any] = {
        "row": row,
        "campaign": campaign,
        "moves": [(target, _button(campaign.status, target)) for target in MOVES.get(campaign.status, ())],
        "languages": _language_choices(campaign.languages or list(_runtime(request).locales.languages)),
        "telegram": telegram_ready(request),
        "notice": None,
        "error": None,
        "report": None,
        **extra,
    }
    return await render(request, "campaign.html", status=status, **context)


def _button(current: str, target: str) -> str:
    return "Resume" if current == "paused" and target == "running" else BUTTONS[target]


async def change_status(request: web.Request) -> web.Response:
    user = await require(request, *AUDIT_STAFF)
    row = await campaign_row(request)
    form = await request.post()
    target, key = str(form.get("status", "")), str(form.get("request_key", "")) or None
    runtime = _runtime(request)
    if key is not None and await already_done(runtime, key):
        raise web.HTTPSeeOther(f"/admin/campaigns/{row.campaign.id}?done=already")
    try:
        changed = await change_campaign_status(runtime, row.campaign.id or 0, target)
    except CampaignStatusError as error:
        return await show_campaign(request, row, error=sentence(error), status=409)
    detail = f"campaign {changed.id}: {row.campaign.status} -> {changed.status}"
    await record(runtime, user, "campaign_status", detail, request_key=key)
    raise web.HTTPSeeOther(f"/admin/campaigns/{changed.id}?done={changed.status}")


async def record(runtime: Runtime, user: User, action: str, detail: str, *, request_key: str | None = None) -> None:
    """An entry in the audit log: who did what, when (never a worker's number)."""
    async with runtime.db.transaction() as session:
        await audit(
            session,
            user_id=user.id or 0,
            action=action,
            case_id=None,
            now=runtime.clock.now(),
            detail=detail,
            request_key=request_key,
        )


async def already_done(runtime: Runtime, key: str) -> bool:
    """The form with this one-time key was acted on already (sent twice)."""
    async with runtime.db.sessions() as session:
        found = await session.exec(select(col(AuditEntry.id)).where(AuditEntry.request_key == key))
        return found.first() is not None


# --- importing workers from a CSV file ----------------------------------------------------------------------------


async def import_csv(request: web.Request) -> web.Response:
    """The same import as ``callbacks workers import``: every bad row is shown with its line and reason, the good
    rows are enrolled, and a file imported twice enrolls nobody twice."""
    try:
        await require(request, *AUDIT_STAFF)
    except web.HTTPRequestEntityTooLarge:  # the body is over the app's limit: say so on the page, to its user
        user = await current_user(request)
        if user is None or user.role not in AUDIT_STAFF:
            raise web.HTTPForbidden(text="This page is not for your role.") from None
        row = await campaign_row(request)
        error = "The file is too large for this page (about 5,000 workers): split it, or use callbacks workers import."
        return await show_campaign(request, row, error=error, status=413)
    row = await campaign_row(request)
    upload = (await request.post()).get("file")
    if not isinstance(upload, web.FileField):
        return await show_campaign(request, row, error="Choose a CSV file to import.", status=400)
    try:
        rows = read_csv(upload.file.read())
        report = await import_workers(_runtime(request), row.campaign.id or 0, rows.rows, source=rows.digest)
    except EnrollmentError as error:  # the file as a whole (encoding, header), or a closed campaign
        return await show_campaign(request, row, error=sentence(error), status=400)
    fresh = await campaign_row(request)
    return await show_campaign(request, fresh, report=report, filename=upload.filename, status=200)


# --- shared -------------------------------------------------------------------------------------------------------


def sentence(error: Exception | str) -> str:
    """A refusal as the pages show it: capitalised, one full stop."""
    text = str(error)
    return (text[:1].upper() + text[1:]).rstrip(".") + "."


def _runtime(request: web.Request) -> Runtime:
    return request.app[RUNTIME]


def telegram_ready(request: web.Request) -> bool:
    """Telegram has a bot token here: workers can be enrolled by link and card."""
    return isinstance(_runtime(request).channels.get("telegram"), TelegramChannel)
