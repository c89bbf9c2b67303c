"""The callers' console: the queue, the case page, their live streams, and the media proxy.

Every route checks the role on the server. A caller sees only cases in their languages (any other case answers
404); a case held by another caller shows who holds it and nothing of the worker. Live updates are server-sent
events fed from committed rows: each stream polls a small fingerprint of what its page shows and tells the page
to fetch the changed part again, so they work the same with several web processes.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from aiohttp_sse import sse_response

from bot.media import FetchedMedia, MediaUnavailable, fetch_attachment
from bot.runtime import Runtime
from bot.scripts import load_builtin_script
from bot.settings import Settings
from bot.web import case_view
from bot.web.app import RUNTIME
from bot.web.auth import require
from bot.web.pages import render
from conversations.locales import Locales
from conversations.state import Conversation
from storage.cases import (
    OUTCOMES,
    QueueItem,
    audit_trail,
    callers_for,
    case_file,
    case_version,
    load_case,
    queue,
    queue_version,
    recently_closed,
)
from storage.reading import reading_version, unread, unread_counts
from storage.tables import Case, Inbound, User
from storage.users import user_by_id

STAFF = ("caller", "admin")
STREAM_POLL_SECONDS = 1.0
NOTICES = {  # after an action, by the key in ``?done=``: fixed texts, so a crafted link cannot put words here
    "taken": "You hold this case now: the bot stays silent for this worker until you close or release it.",
    "released": "The case is back in the queue for every caller of its language.",
    "reply": "Reply sent: it goes out through the worker's channel.",
    "template": "The approved template was sent. When the worker answers, you can write freely for 24 hours.",
    "schedule_call": "The worker was told, in their language, when you will call.",
    "revealed": "The number is shown below this once, and the reveal was written to the audit log.",
    "noted": "Note saved. Notes are for callers only.",
    "corrected": "Severity and categories corrected; the bot's original reading is kept.",
    "closed": "Case closed.",
    "reassigned": "Case reassigned.",
    "already_sent": "Already sent (the form was submitted twice): nothing was sent again.",
    "read": "Marked read.",
    "flagged": "Flagged: a case is open for this worker.",
    "read_by_other": "Another caller had already dealt with it.",
}


@dataclass(frozen=True)
class ConsoleSettings:
    settings: Settings
    stopping: asyncio.Event


CONSOLE: web.AppKey[ConsoleSettings] = web.AppKey("console", ConsoleSettings)


def add_console_routes(app: web.Application, settings: Settings) -> None:
    """The pages and streams; what callers do is added by :func:`bot.web.case_actions.add_routes`."""
    app[CONSOLE] = ConsoleSettings(settings, asyncio.Event())
    app.on_shutdown.append(_end_streams)
    app.router.add_get("/console", console_page)
    app.router.add_get("/console/queue", queue_fragment)
    app.router.add_get("/console/alerts", alerts_fragment)
    app.router.add_get("/console/stream", queue_stream)
    app.router.add_get(r"/console/cases/{id:\d+}", case_page)
    app.router.add_get(r"/console/cases/{id:\d+}/live", case_fragment)
    app.router.add_get(r"/console/cases/{id:\d+}/stream", case_stream)
    app.router.add_get(r"/console/cases/{id:\d+}/media/{inbound:\d+}/{index:\d+}", media)


async def _end_streams(app: web.Application) -> None:
    app[CONSOLE].stopping.set()


# --- the queue ------------------------------------------------------------------------------------------------


async def console_page(request: web.Request) -> web.Response:
    user = await require(request, *STAFF)
    notice = NOTICES.get(request.query.get("done", ""))
    return await render(request, "console.html", notice=notice, **await _queue_context(request, user))


async def queue_fragment(request: web.Request) -> web.Response:
    user = await require(request, *STAFF)
    return await render(request, "queue.html", **await _queue_context(request, user))


async def alerts_fragment(request: web.Request) -> web.Response:
    """The urgent banners alone, for the case pages: an unclaimed P0 reaches a caller busy with another case."""
    user = await require(request, *STAFF)
    runtime = request.app[RUNTIME]
    async with runtime.db.sessions() as session:  # the queue alone: none of the rest of the console page
        items = await queue(session, user, now=runtime.clock.now())
    current = request.query.get("case", "")
    return await render(request, "alerts.html", urgent=[i for i in _urgent(items) if str(i.case.id) != current])


def _urgent(items: list[QueueItem]) -> list[QueueItem]:
    return [item for item in items if item.case.severity == "P0" and item.case.status == "open"]


async def _queue_context(request: web.Request, user: User) -> dict[str, Any]:
    runtime = request.app[RUNTIME]
    now = runtime.clock.now()
    async with runtime.db.sessions() as session:
        items = await queue(session, user, now=now)
        closed = await recently_closed(session, user)
        to_read = await unread(session, user)
        counts = await unread_counts(session, user)
    urgent = _urgent(items)
    locales = request.app[RUNTIME].locales
    return {
        "items": items,
        "closed": closed,
        "to_read": [
            (item, campaign.name, _question_text(item.question, campaign.script, user, locales))
            for item, campaign in to_read
        ],
        "reading_counts": counts,
        "urgent": urgent,
        "now": now,
        "zone": user.timezone,
        "me": user.id,
        "outcomes": OUTCOMES,
        "languages": case_view.language_names(user.languages) if user.role != "admin" else "every language",
        "severity_names": case_view.SEVERITY_NAMES,
        "category_names": case_view.CATEGORY_NAMES,
    }


async def queue_stream(request: web.Request) -> web.StreamResponse:
    user = await require(request, *STAFF)

    async def fingerprint() -> tuple[Any, ...] | None:
        current = await _still_allowed(request, user)
        if current is None:
            return None
        async with request.app[RUNTIME].db.sessions() as session:
            return (*await queue_version(session, current), *await reading_version(session, current))

    return await _stream(request, fingerprint)


def _question_text(question: str | None, script: str, user: User, locales: Locales) -> str:
    if question is None:
        return "Written after the end of the questions"
    try:
        return locales.text(user.interface_language, load_builtin_script(script).question(question).text)
    except KeyError:
        return question


# --- one case -------------------------------------------------------------------------------------------------


async def visible_case(request: web.Request, user: User) -> Case:
    """The case in the URL if this user may see it at all; 404 otherwise (another language's case)."""
    async with request.app[RUNTIME].db.sessions() as session:
        case = await load_case(session, int(request.match_info["id"]))
    if case is None or not may_see(user, case):
        raise web.HTTPNotFound(text="No such case.")
    return case


def may_see(user: User, case: Case) -> bool:
    return user.role == "admin" or (user.role == "caller" and case.language in (user.languages or []))


def may_read(user: User, case: Case) -> bool:
    """The worker's words and answers: an admin, anyone of the language while the case is open, then its holder."""
    return user.role == "admin" or case.status == "open" or case.claimed_by == user.id


async def case_page(request: web.Request) -> web.Response:
    user = await require(request, *STAFF)
    case = await visible_case(request, user)
    notice = NOTICES.get(request.query.get("done", ""))
    return await render(request, "case.html", **await case_context(request, user, case, notice=notice))


async def case_fragment(request: web.Request) -> web.Response:
    user = await require(request, *STAFF)
    case = await visible_case(request, user)
    if not may_read(user, case):
        return await render(request, "case_held.html", **await case_context(request, user, case))
    return await render(request, "case_live.html", **await case_context(request, user, case))


async def case_context(request: web.Request, user: User, case: Case, **extra: Any) -> dict[str, Any]:
    runtime: Runtime = request.app[RUNTIME]
    settings = request.app[CONSOLE].settings
    now = runtime.clock.now()
    async with runtime.db.sessions() as session:
        file = await case_file(session, case)
        trail = await audit_trail(session, case.id or 0)
        reassign_to = await callers_for(session, case.language) if user.role == "admin" else []
    state = Conversation.model_validate(file.conversation.state)
    script = load_builtin_script(file.conversation.script)
    ui = user.interface_language
    language = file.conversation.language
    templates = settings.twilio_whatsapp_templates
    return {
        "case": case,
        "file": file,
        "readable": may_read(user, case),
        "holding": case.status == "claimed" and case.claimed_by == user.id,
        "now": now,
        "zone": user.timezone,
        "worker_zone": state.schedule.timezone,
        "language_name": case_view.language_names([case.language]),
        "conversation_status": file.conversation.status,
        "lines": case_view.transcript(file, user.id),
        "answers": case_view.answers(file, script, runtime.locales, ui),
        "flags": case_view.flags(file, script, runtime.locales, ui),
        "windows": case_view.windows(state, now, user.timezone),
        "window_texts": [str(w) for w in state.schedule.windows],
        "slots": case_view.call_slots(state, now, user.timezone),
        "canned": case_view.canned_replies(runtime.locales, language),
        "whatsapp_closed": case_view.whatsapp_window_closed(
            file.conversation.channel, file.conversation.last_inbound_at, now
        ),
        "template_available": language in templates or (settings.twilio_whatsapp_template_fallback or "") in templates,
        "outcomes": OUTCOMES,
        "severity_names": case_view.SEVERITY_NAMES,
        "category_names": case_view.CATEGORY_NAMES,
        "trail": trail,
        "reassign_to": reassign_to,
        "revealed": None,
        "notice": None,
        "error": None,
        **extra,
    }


async def case_stream(request: web.Request) -> web.StreamResponse:
    user = await require(request, *STAFF)
    case = await visible_case(request, user)

    async def fingerprint() -> tuple[Any, ...] | None:
        current = await _still_allowed(request, user)
        if current is None or not may_see(current, case):
            return None
        async with request.app[RUNTIME].db.sessions() as session:
            return await case_version(session, case)

    return await _stream(request, fingerprint)


async def media(request: web.Request) -> web.Response:
    """A worker's photo or voice note, fetched with the provider's credentials: the page never holds a provider
    URL, and only those who may read the case get the file."""
    user = await require(request, *STAFF)
    case = await visible_case(request, user)
    if not may_read(user, case):
        raise web.HTTPNotFound(text="No such file.")
    runtime: Runtime = request.app[RUNTIME]
    async with runtime.db.sessions() as session:
        message = await session.get(Inbound, int(request.match_info["inbound"]))
    index = int(request.match_info["index"])
    if message is None or message.conversation_id != case.conversation_id or index >= len(message.attachments):
        raise web.HTTPNotFound(text="No such file.")
    try:
        fetched: FetchedMedia = await fetch_attachment(
            message.attachments[index], runtime.channels, request.app[CONSOLE].settings
        )
    except MediaUnavailable as error:
        if error.temporary:
            raise web.HTTPBadGateway(text=f"The provider did not give the file just now: {error}") from None
        raise web.HTTPNotFound(text=f"The file cannot be fetched: {error}") from None
    # Photos, sound and video are shown in the page; anything else (HTML, SVG...) only downloads, never runs here.
    disposition = "inline" if fetched.inline_safe else "attachment"
    return web.Response(
        body=fetched.content,
        content_type=fetched.content_type,
        headers={"Cache-Control": "private, no-store", "Content-Disposition": disposition},
    )


# --- live streams ---------------------------------------------------------------------------------------------


async def _still_allowed(request: web.Request, user: User) -> User | None:
    """Checked on every tick of a stream: a disabled account, or one logged out elsewhere, stops receiving."""
    async with request.app[RUNTIME].db.sessions() as session:
        current = await user_by_id(session, user.id or 0)
    if current is None or current.disabled_at is not None or current.session_epoch != user.session_epoch:
        return None
    return current if current.role in STAFF else None


async def _stream(request: web.Request, fingerprint: Any) -> web.StreamResponse:
    """Sends ``refresh`` whenever the fingerprint changes; ends when it is None (access lost) or on shutdown."""
    stopping = request.app[CONSOLE].stopping
    async with sse_response(request) as events:
        last = await fingerprint()
        while last is not None and events.is_connected() and not stopping.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stopping.wait(), STREAM_POLL_SECONDS)
            current = await fingerprint()
            if current is None:
                await events.send("access ended", event="gone")
                break
            if current != last:
                last = current
                await events.send("changed", event="refresh")
    return events
