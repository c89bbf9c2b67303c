"""The demo's chat pages: pick a sample worker, watch the bot write at the chosen time, answer as the worker.
Where a real channel is configured, a person can also enroll their own phone and answer from it."""

from __future__ import annotations

import hmac
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from aiohttp import web
from sqlalchemy import func
from sqlmodel import col, select

from bot.channels.twilio import WHATSAPP_WINDOW
from bot.clock import FastClock
from bot.enrollment import Enrollment, EnrollmentError, enroll, telegram_link
from bot.sms import is_gsm7, segments
from bot.web.app import RUNTIME
from bot.web.case_view import delivery_state
from bot.web.pages import render
from conversations.language_names import LANGUAGE_NAMES
from storage.inbound import IncomingMessage
from storage.tables import Campaign, Case, Inbound, Outbox, Timer
from storage.tables import Conversation as ConversationRow

MAX_TEXT = 2000
ANY_TIME = "mon-sun 00:00-23:59"


@dataclass(frozen=True)
class DemoWorker:
    conversation_id: int
    name: str
    language: str
    window: str
    channel: str = "sms"  # which real channel the simulator shows the behaviour of, or the real one it uses
    real: bool = False  # enrolled on a real channel: the person answers from their own phone
    link: str | None = None  # Telegram: the deep link that connects the person's chat


@dataclass
class DemoInfo:
    clock: FastClock
    timezone: str
    workers: list[DemoWorker]
    campaign: Campaign | None = None  # where people who try their own phone are enrolled
    real_channels: list[str] = field(default_factory=list)
    link_valid_for: timedelta = timedelta(days=30)
    # Enrolling a phone makes the operator's Telegram or Twilio account write to it: only the person who started
    # the demo (its printed link carries the key) may do that, even when a tunnel makes the demo public.
    enroll_key: str | None = None


INFO: web.AppKey[DemoInfo] = web.AppKey("demo", DemoInfo)


def add_demo_routes(app: web.Application, info: DemoInfo) -> None:
    app[INFO] = info
    app.router.add_get("/", to_demo)
    app.router.add_get("/demo", page)
    app.router.add_get("/demo/api/state", state)
    app.router.add_get("/demo/api/conversations/{id:\\d+}/messages", messages)
    app.router.add_post("/demo/api/conversations/{id:\\d+}/messages", send)
    app.router.add_post("/demo/api/skip", skip)
    app.router.add_post("/demo/api/workers", add_worker)


async def to_demo(_request: web.Request) -> web.Response:
    raise web.HTTPFound("/demo")


async def page(request: web.Request) -> web.Response:
    info = request.app[INFO]
    return await render(request, "demo.html", speed=f"{info.clock.speed:g}", timezone=info.timezone)


async def state(request: web.Request) -> web.Response:
    info, runtime = request.app[INFO], request.app[RUNTIME]
    ids = [w.conversation_id for w in info.workers]
    async with runtime.db.sessions() as session:
        statuses = dict(
            (
                await session.exec(
                    select(ConversationRow.id, ConversationRow.status).where(col(ConversationRow.id).in_(ids))
                )
            ).all()
        )
        next_timers = dict(
            (
                await session.exec(
                    select(Timer.conversation_id, func.min(Timer.due_at))
                    .where(col(Timer.conversation_id).in_(ids), col(Timer.kind).in_(("contact", "reminder")))
                    .group_by(col(Timer.conversation_id))
                )
            ).all()
        )
        cases = (
            await session.exec(select(Case).where(col(Case.conversation_id).in_(ids)).order_by(col(Case.id)))
        ).all()
    zone = ZoneInfo(info.timezone)
    now = runtime.clock.now()
    names = {w.conversation_id: w.name for w in info.workers}
    return web.json_response(
        {
            "now": now.astimezone(zone).strftime("%a %d %b %H:%M:%S"),
            "timezone": info.timezone,
            "speed": info.clock.speed,
            "workers": [
                {
                    "id": w.conversation_id,
                    "name": w.name,
                    "language": LANGUAGE_NAMES.get(w.language, w.language),
                    "window": w.window,
                    "channel": w.channel,
                    "status": statuses.get(w.conversation_id, "unknown"),
                    "next_contact": _local(next_timers.get(w.conversation_id), zone),
                    "real": w.real,
                    "link": w.link,
                }
                for w in info.workers
            ],
            "channels": info.real_channels,
            "languages": [{"code": code, "name": LANGUAGE_NAMES.get(code, code)} for code in runtime.locales.languages],
            "cases": [
                {
                    "id": c.id,
                    "worker": names.get(c.conversation_id, "?"),
                    "severity": c.severity,
                    "categories": c.categories,
                    "reason": c.reason,
                    "status": c.status,
                    "due": _local(c.due_at, zone),
                }
                for c in cases
            ],
        }
    )


async def messages(request: web.Request) -> web.Response:
    info, runtime = request.app[INFO], request.app[RUNTIME]
    conversation_id = _known(request, info)
    async with runtime.db.sessions() as session:
        inbound = (
            await session.exec(
                select(Inbound).where(Inbound.conversation_id == conversation_id).order_by(col(Inbound.id))
            )
        ).all()
        worker = next(w for w in info.workers if w.conversation_id == conversation_id)
        shown = select(Outbox).where(Outbox.conversation_id == conversation_id, Outbox.audience == "worker")
        if not worker.real:  # the simulator delivers at once: show what it has delivered
            shown = shown.where(Outbox.status == "sent")
        outbound = (await session.exec(shown.order_by(col(Outbox.id)))).all()
    zone = ZoneInfo(info.timezone)
    received = [m.received_at for m in inbound]
    items: list[tuple[str, datetime, int | None, str, list[dict[str, str]], str]]
    items = [("in", m.received_at, m.id, m.text, [], "") for m in inbound]
    items += [
        (
            "out",
            m.sent_at or m.created_at,
            m.id,
            m.text,
            m.buttons,
            delivery_note(worker.channel, m) if worker.real else channel_note(worker.channel, m, received),
        )
        for m in outbound
    ]
    items.sort(key=lambda item: (item[1], item[0] == "in", item[2]))
    return web.json_response(
        [
            {"direction": direction, "at": _local(at, zone), "text": text, "buttons": buttons, "note": note}
            for direction, at, _id, text, buttons, note in items
        ]
    )


async def send(request: web.Request) -> web.Response:
    info, runtime = request.app[INFO], request.app[RUNTIME]
    conversation_id = _known(request, info)
    if any(w.real for w in info.workers if w.conversation_id == conversation_id):
        raise web.HTTPConflict(text="this worker answers from their own phone")
    try:
        body = await request.json()
    except ValueError:
        raise web.HTTPBadRequest(text='send JSON: {"text": "..."}') from None
    text = str(body.get("text", "")).strip() if isinstance(body, dict) else ""
    if not text or len(text) > MAX_TEXT:
        raise web.HTTPBadRequest(text=f"a message needs 1 to {MAX_TEXT} characters")
    client_id = str(body.get("id") or uuid.uuid4().hex)[:64]  # a retried send keeps its id: stored once
    result = await runtime.service.receive([IncomingMessage("simulator", f"demo-{client_id}", conversation_id, text)])
    return web.json_response({"stored": result.new, "duplicate": bool(result.duplicates)})


async def skip(request: web.Request) -> web.Response:
    """Jump the demo clock to the next contact, reminder or expiry (or one hour when nothing is scheduled)."""
    info, runtime = request.app[INFO], request.app[RUNTIME]
    async with runtime.db.sessions() as session:
        due = (await session.exec(select(func.min(Timer.due_at)))).one()
    now = runtime.clock.now()
    jump = (due - now) if due is not None and due > now else timedelta(hours=1)
    info.clock.skip(jump + timedelta(seconds=1))
    runtime.wake.set()
    return web.json_response({"skipped_seconds": int(jump.total_seconds())})


async def add_worker(request: web.Request) -> web.Response:
    """Enroll the person at the demo on a real channel, to be contacted at once (any time is their window)."""
    info, runtime = request.app[INFO], request.app[RUNTIME]
    key = request.headers.get("X-Demo-Key", "")
    if info.enroll_key is None or not hmac.compare_digest(key.encode(), info.enroll_key.encode()):
        raise web.HTTPForbidden(text="open the demo from the link it printed when it started: that link has the key")
    try:
        body = await request.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(text='send JSON: {"channel": ..., "language": ..., "phone": ...}')
    channel, language = str(body.get("channel", "")), str(body.get("language", ""))
    if channel not in info.real_channels or info.campaign is None:
        configured = ", ".join(info.real_channels) or "none"
        raise web.HTTPBadRequest(text=f"channel {channel!r} is not configured here (configured: {configured})")
    phone = str(body.get("phone") or "").strip() or None
    try:
        [conversation_id] = await enroll(runtime, info.campaign, [Enrollment(channel, language, (ANY_TIME,), phone)])
        link = None
        if channel == "telegram":
            async with runtime.db.sessions() as session:
                row = await session.get(ConversationRow, conversation_id)
            assert row is not None
            try:
                link = await telegram_link(runtime, row.worker_id, valid_for=info.link_valid_for)
            except EnrollmentError:
                raise
            except Exception as error:  # Telegram unreachable or the token refused: say so, keep the rest running
                raise web.HTTPBadGateway(text=f"could not reach Telegram to make your link: {error}") from None
    except EnrollmentError as error:
        raise web.HTTPBadRequest(text=str(error)) from None
    runtime.wake.set()
    name = f"You on {channel}"
    worker = DemoWorker(conversation_id, name, language, ANY_TIME, channel, real=True, link=link)
    info.workers.append(worker)
    return web.json_response({"id": conversation_id, "name": name, "link": link}, status=201)


def delivery_note(channel: str, message: Outbox) -> str:
    """Where a message on a real channel is: waiting, sent, delivered, or failed and why."""
    return f"{channel}: {delivery_state(message)}"


def channel_note(channel: str, message: Outbox, worker_messages: list[datetime]) -> str:
    """How the real channel would carry this message: what the simulator stands in for."""
    match channel:
        case "sms":
            encoding = "GSM-7" if is_gsm7(message.text) else "UCS-2"
            return f"SMS: {segments(message.text)} segment(s), {encoding}"
        case "whatsapp":
            written = message.created_at
            window_open = any(timedelta(0) <= written - at < WHATSAPP_WINDOW for at in worker_messages)
            if window_open:
                return "WhatsApp: free text, inside the 24-hour window"
            return "WhatsApp: outside the 24-hour window, sent as the approved template for this language"
        case "telegram":
            return f"Telegram: {len(message.buttons)} inline button(s)" if message.buttons else "Telegram"
    return ""


def _known(request: web.Request, info: DemoInfo) -> int:
    conversation_id = int(request.match_info["id"])
    if conversation_id not in {w.conversation_id for w in info.workers}:
        raise web.HTTPNotFound(text="no such demo worker")
    return conversation_id


def _local(moment: object, zone: ZoneInfo) -> str | None:
    return moment.astimezone(zone).strftime("%a %H:%M") if isinstance(moment, datetime) else None
