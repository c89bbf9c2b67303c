"""The reading list in the console: a caller marks a worker's unflagged words read, or flags them, which opens a
case through ``step()`` (``CallerFlagged``) in the same transaction as the item is settled."""

from __future__ import annotations

from aiohttp import web

from bot.runtime import Runtime
from bot.web.app import RUNTIME
from bot.web.auth import require
from bot.web.console import STAFF
from conversations.events import CallerFlagged
from conversations.vocabulary import Category, Severity
from storage.cases import audit
from storage.reading import settle_item
from storage.tables import ReadingItem, User


def add_reading_routes(app: web.Application) -> None:
    app.router.add_post(r"/console/reading/{id:\d+}/read", mark_read)
    app.router.add_post(r"/console/reading/{id:\d+}/flag", flag)


async def _item(request: web.Request, user: User) -> ReadingItem:
    async with request.app[RUNTIME].db.sessions() as session:
        item = await session.get(ReadingItem, int(request.match_info["id"]))
    if item is None or not (user.role == "admin" or item.language in (user.languages or [])):
        raise web.HTTPNotFound(text="No such item.")
    return item


async def mark_read(request: web.Request) -> web.Response:
    user = await require(request, *STAFF)
    item = await _item(request, user)
    runtime: Runtime = request.app[RUNTIME]
    now = runtime.clock.now()
    async with runtime.db.transaction() as session:
        if await settle_item(session, item.id or 0, user.id or 0, "read", now) is not None:
            await audit(session, user_id=user.id or 0, action="read_open_answer", case_id=None, now=now)
    raise web.HTTPSeeOther("/console?done=read")


async def flag(request: web.Request) -> web.Response:
    user = await require(request, *STAFF)
    item = await _item(request, user)
    form = await request.post()
    try:
        category, severity = Category(str(form.get("category", ""))), Severity(str(form.get("severity", "")))
    except ValueError:
        raise web.HTTPBadRequest(text="Choose a category and a severity.") from None
    runtime: Runtime = request.app[RUNTIME]
    now = runtime.clock.now()
    stepped = []
    async with runtime.db.transaction() as session:
        conversation_id = await settle_item(session, item.id or 0, user.id or 0, "flagged", now)
        if conversation_id is not None:
            event = CallerFlagged(caller=user.id or 0, category=category, severity=severity)
            stepped = await runtime.service.step_within(session, [(conversation_id, event)], now)
            detail = f"{category.value} {severity.value}"
            await audit(session, user_id=user.id or 0, action="flag_open_answer", case_id=None, now=now, detail=detail)
    runtime.service.after_commit(stepped)
    raise web.HTTPSeeOther("/console?done=flagged" if conversation_id is not None else "/console?done=read_by_other")
