"""Printable cards for a batch of Telegram workers: new enrollments, or fresh links for the workers whose card has
not been used yet (their old card stops working). The sheet is a PDF to print or a PNG to look at; where complex
scripts cannot be shaped here (no raqm or no Noto fonts), a print-ready HTML page instead.

Each card carries a one-time link, so a sheet is made once: the same form sent twice makes no second batch.
"""

from __future__ import annotations

from datetime import timedelta

from aiohttp import web

from bot.cards import Card, qr_svg, render_sheet, sheet_available
from bot.enrollment import (
    Enrollment,
    EnrollmentError,
    check_enrollment,
    new_link_code,
    store_workers,
    with_link_code,
)
from bot.runtime import Runtime
from bot.web.app import RUNTIME
from bot.web.auth import require
from bot.web.campaigns import AUDIT_STAFF, CAMPAIGN_NOTICES, already_done, campaign_row, record, sentence, show_campaign
from bot.web.enroll import MIGRANT, parse_window_field, reachable_telegram
from bot.web.pages import render
from storage.admin_views import unbound_telegram_workers
from storage.enrollment import set_enrollment_code
from storage.tables import Campaign

MAX_CARDS = 200
FORMATS = {"pdf": "application/pdf", "png": "image/png"}


def add_card_routes(app: web.Application) -> None:
    app.router.add_post(r"/admin/campaigns/{id:\d+}/cards", make_cards)


async def make_cards(request: web.Request) -> web.Response:
    user = await require(request, *AUDIT_STAFF)
    row = await campaign_row(request)
    posted = await request.post()
    which, kind = str(posted.get("which", "new")), str(posted.get("format", "pdf"))
    language, windows = str(posted.get("language", "")), parse_window_field(str(posted.get("windows", "")))
    try:
        count = int(str(posted.get("count", "")))
    except ValueError:
        count = 0
    error = None
    if not 1 <= count <= MAX_CARDS:
        error = f"How many cards: a number from 1 to {MAX_CARDS}."
    elif which == "new" and not posted.get("consent"):
        error = "Each worker who gets a card must have agreed to be contacted: tick the box."
    elif kind not in FORMATS:
        error = "Choose PDF or PNG."
    if error:
        return await show_campaign(request, row, error=error, status=400)
    runtime: Runtime = request.app[RUNTIME]
    key = str(posted.get("request_key", "")) or None
    if key is not None and await already_done(runtime, key):
        return await show_campaign(request, row, notice=CAMPAIGN_NOTICES["already"])
    tags = (MIGRANT,) if posted.get("migrant") else ()
    try:
        if which == "unbound":
            cards = await fresh_links(runtime, row.campaign, count)
        else:
            cards = await new_card_workers(
                runtime, row.campaign, count, Enrollment("telegram", language, windows, None, tags)
            )
    except EnrollmentError as refused:
        return await show_campaign(request, row, error=sentence(refused), status=400)
    if not cards:
        return await show_campaign(request, row, error="Every Telegram worker of this campaign has used their card.")
    detail = f"campaign {row.campaign.id}: {len(cards)} Telegram cards ({which})"
    await record(runtime, user, "cards", detail, request_key=key)
    if not sheet_available():
        sheet = [(card, qr_svg(card.link)) for card in cards]
        page = await render(request, "cards_print.html", campaign=row.campaign, sheet=sheet)
        page.headers["Cache-Control"] = "private, no-store"
        return page
    body = render_sheet(cards, kind)
    filename = f"cards-campaign-{row.campaign.id}.{kind}"
    return web.Response(
        body=body,
        content_type=FORMATS[kind],
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "private, no-store"},
    )


async def new_card_workers(runtime: Runtime, campaign: Campaign, count: int, enrollment: Enrollment) -> list[Card]:
    """``count`` new Telegram workers, stored in one transaction, each with the code of their card's link."""
    channel = await reachable_telegram(runtime)
    worker = check_enrollment(enrollment, campaign, runtime.locales.languages)
    expires = runtime.clock.now() + timedelta(days=runtime.settings.telegram_link_days)
    codes = [new_link_code() for _ in range(count)]
    await store_workers(runtime, campaign, [with_link_code(worker, code, expires) for code in codes])
    text = runtime.locales.text(enrollment.language, "enrollment-card")
    return [Card(channel.deep_link(code), enrollment.language, text) for code in codes]


async def fresh_links(runtime: Runtime, campaign: Campaign, count: int) -> list[Card]:
    """New links for up to ``count`` Telegram workers who have not opened theirs: a lost card is replaced."""
    channel = await reachable_telegram(runtime)
    expires = runtime.clock.now() + timedelta(days=runtime.settings.telegram_link_days)
    cards = []
    async with runtime.db.transaction() as session:
        for worker in await unbound_telegram_workers(session, campaign.id or 0, count):
            code = new_link_code()
            await set_enrollment_code(session, runtime.cipher, worker.id or 0, code, expires)
            text = runtime.locales.text(worker.language, "enrollment-card")
            cards.append(Card(channel.deep_link(code), worker.language, text))
    return cards
