"""The clients' dashboard: their organisation's campaigns, one campaign's anonymous results, its CSV export and
the same as JSON.

Every route checks on the server that the campaign belongs to the client's organisation (another organisation's
campaign answers 404, exactly like one that does not exist); an admin sees every organisation's. Auditors and
callers are refused: results belong to the client. What a page shows comes from :func:`bot.results.
campaign_results`, so a hidden figure never reaches the browser, in the tables or in the charts' data.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web
from sqlmodel import col, select

from bot.results import Results, Row, as_csv, as_json, campaign_results, release_notice
from bot.settings import Settings
from bot.web.app import RUNTIME
from bot.web.auth import require
from bot.web.pages import render
from conversations.anonymity import Hidden
from storage.tables import Campaign, Organisation, User

READERS = ("client", "admin")
DASHBOARD: web.AppKey[Settings] = web.AppKey("dashboard", Settings)


def add_dashboard_routes(app: web.Application, settings: Settings) -> None:
    app[DASHBOARD] = settings
    app.router.add_get("/dashboard", dashboard_page)
    app.router.add_get(r"/dashboard/campaigns/{id:\d+}", campaign_page)
    app.router.add_get(r"/dashboard/campaigns/{id:\d+}.csv", campaign_csv)
    app.router.add_get(r"/dashboard/campaigns/{id:\d+}.json", campaign_json)


async def dashboard_page(request: web.Request) -> web.Response:
    user = await require(request, *READERS)
    statement = select(Campaign, Organisation).join(Organisation, col(Organisation.id) == col(Campaign.organisation_id))
    if user.role != "admin":
        statement = statement.where(col(Campaign.organisation_id) == (user.organisation_id or -1))
    async with request.app[RUNTIME].db.sessions() as session:
        rows = (await session.exec(statement.order_by(col(Organisation.name), col(Campaign.id).desc()))).all()
    by_organisation: dict[str, list[Campaign]] = {}
    for campaign, organisation in rows:
        by_organisation.setdefault(organisation.name, []).append(campaign)
    return await render(request, "dashboard.html", organisations=by_organisation, admin=user.role == "admin")


async def campaign_page(request: web.Request) -> web.Response:
    user = await require(request, *READERS)
    results = await _results(request, user)
    return await render(
        request,
        "dashboard_campaign.html",
        results=results,
        notice=release_notice(results.release),
        charts=charts(results),
        median=_median(results),
    )


async def campaign_csv(request: web.Request) -> web.Response:
    user = await require(request, *READERS)
    results = await _results(request, user)
    name = f"campaign-{results.campaign_id}-results.csv"
    return web.Response(
        text=as_csv(results),
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"},
    )


async def campaign_json(request: web.Request) -> web.Response:
    """The same figures for scripts (the format of ``callbacks results --format json``)."""
    user = await require(request, *READERS)
    return web.json_response(as_json(await _results(request, user)), headers={"Cache-Control": "no-store"})


async def _results(request: web.Request, user: User) -> Results:
    runtime = request.app[RUNTIME]
    async with runtime.db.sessions() as session:
        campaign = await session.get(Campaign, int(request.match_info["id"]))
        if campaign is None or not may_read(user, campaign):
            raise web.HTTPNotFound(text="No such campaign.")
        return await campaign_results(
            session,
            campaign,
            now=runtime.clock.now(),
            language=user.interface_language,
            delay_days=request.app[DASHBOARD].results_delay_days,
            locales=runtime.locales,
        )


def may_read(user: User, campaign: Campaign) -> bool:
    if user.role == "admin":
        return True
    return user.organisation_id is not None and user.organisation_id == campaign.organisation_id


def _median(results: Results) -> str:
    median = results.median_hours_to_close
    if median is None:
        return "no case closed yet"
    if median is Hidden.FEWER:
        return "fewer than 5 cases closed"
    return f"{median:g} hours"


def charts(results: Results) -> dict[str, Any]:
    """What the charts draw, by canvas id: shown figures only, a hidden one is null (drawn as no bar)."""
    if not results.release.released:
        return {}

    def bars(rows: tuple[Row, ...], title: str) -> dict[str, Any]:
        return {
            "type": "bar",
            "title": title,
            "labels": [row.label for row in rows],
            "series": [{"label": "Workers", "data": [row.count for row in rows]}],
        }

    found: dict[str, Any] = {}
    if results.funnel:
        found["chart-funnel"] = bars(results.funnel.rows, results.funnel.title)
    for index, table in enumerate(results.questions):
        found[f"chart-question-{index}"] = bars(table.rows, table.title)
    for key, flags in (("categories", results.flag_categories), ("severities", results.flag_severities)):
        if flags:
            found[f"chart-flags-{key}"] = bars(flags.rows, flags.title)
    if results.weekly and results.weekly[0].rows:
        found["chart-weekly"] = {
            "type": "columns",
            "title": "Over time",
            "labels": [row.label.removeprefix("Week of ") for row in results.weekly[0].rows],
            "series": [{"label": t.title, "data": [row.count for row in t.rows]} for t in results.weekly],
        }
    return found
