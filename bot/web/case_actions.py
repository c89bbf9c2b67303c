"""What callers do to a case. Each action is one transaction: the case row is locked, the caller's right to act
is checked inside it, the audit entry is written, and when the worker hears something the conversation is stepped
(``CallerWrote``, ``CallScheduled``, ``CaseClosed``) so its message lands in the outbox with the rest. Messages are
sent by the dispatcher after the commit.

Forms that send something to the worker carry a one-time ``request_key``: the same form submitted twice (a double
click, a retry after the server died before answering) is acted on once.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from aiohttp import web
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.runtime import Runtime
from bot.web.app import RUNTIME
from bot.web.auth import require
from bot.web.case_view import whatsapp_window_closed
from bot.web.console import NOTICES, STAFF, case_context, may_see, visible_case
from bot.web.pages import render
from conversations.events import CallerWrote, CallScheduled, CaseClosed, Event
from conversations.state import Conversation, Status
from conversations.vocabulary import Category, Severity
from storage.cases import OUTCOMES, add_note, audit, change_case, claim, lock_case
from storage.steps import Stepped
from storage.tables import Case, User, Worker
from storage.tables import Conversation as ConversationRow
from storage.users import user_by_id

MAX_REPLY = 1600  # ten SMS segments of GSM-7, four of UCS-2... long enough for a person, short enough for a phone
MAX_NOTE = 5000


STEPPED: web.RequestKey[list[Stepped]] = web.RequestKey("callbacks.stepped", list)


class Refused(Exception):
    """The action cannot be done now; the message says why, for the caller."""


def add_routes(app: web.Application) -> None:
    for action, handler in (
        ("take", take),
        ("release", release),
        ("reply", reply),
        ("template", send_template),
        ("call", schedule_call),
        ("reveal", reveal),
        ("notes", note),
        ("correct", correct),
        ("close", close),
        ("reassign", reassign),
    ):
        app.router.add_post(rf"/console/cases/{{id:\d+}}/{action}", handler)


# --- the actions ----------------------------------------------------------------------------------------------


async def take(request: web.Request) -> web.Response:
    user, case = await _allowed(request)

    async def act(session: AsyncSession, locked: Case, now: datetime) -> str:
        if not await claim(session, locked.id or 0, _id(user), now):
            holder = await user_by_id(session, locked.claimed_by or 0)
            if locked.status != "claimed":
                raise Refused("This case is closed.")
            raise Refused(f"Case #{locked.id} is already held by {holder.email if holder else 'another caller'}.")
        await audit(session, user_id=_id(user), action="take", case_id=locked.id, now=now)
        return "taken"

    return await _act(request, user, case, act, holder_only=False)


async def release(request: web.Request) -> web.Response:
    user, case = await _allowed(request)

    async def act(session: AsyncSession, locked: Case, now: datetime) -> str:
        await change_case(session, locked.id or 0, status="open", claimed_by=None, claimed_at=None)
        await audit(session, user_id=_id(user), action="release", case_id=locked.id, now=now)
        return "released"

    return await _act(request, user, case, act, redirect="/console")


async def reply(request: web.Request) -> web.Response:
    user, case = await _allowed(request)
    form = await request.post()
    text = str(form.get("text", "")).strip()
    if not text or len(text) > MAX_REPLY:
        return await _show(request, user, case, error=f"A reply needs 1 to {MAX_REPLY} characters.", status=400)

    async def act(session: AsyncSession, locked: Case, now: datetime) -> str:
        conversation = await _worker_listening(session, locked)
        if whatsapp_window_closed(conversation.channel, conversation.last_inbound_at, now):
            raise Refused(
                "More than 24 hours since the worker's last WhatsApp message: only the approved template can be sent."
            )
        return await _to_worker(request, session, user, locked, CallerWrote(caller=_id(user), text=text), now, "reply")

    return await _act(request, user, case, act)


async def send_template(request: web.Request) -> web.Response:
    user, case = await _allowed(request)

    async def act(session: AsyncSession, locked: Case, now: datetime) -> str:
        await _worker_listening(session, locked)
        event = CallerWrote(caller=_id(user), template=True)
        return await _to_worker(request, session, user, locked, event, now, "template")

    return await _act(request, user, case, act)


async def schedule_call(request: web.Request) -> web.Response:
    user, case = await _allowed(request)
    form = await request.post()
    try:
        at = datetime.fromisoformat(str(form.get("at", "")))
    except ValueError:
        return await _show(request, user, case, error="Pick a time from the list.", status=400)
    if at.tzinfo is None:
        return await _show(request, user, case, error="Pick a time from the list.", status=400)

    async def act(session: AsyncSession, locked: Case, now: datetime) -> str:
        conversation = await _worker_listening(session, locked)
        state = Conversation.model_validate(conversation.state)
        if at <= now or not state.schedule.contains(at):
            raise Refused("That time is not inside the worker's contact windows any more: pick another.")
        event = CallScheduled(caller=_id(user), at=at)
        return await _to_worker(request, session, user, locked, event, now, "schedule_call")

    return await _act(request, user, case, act)


async def reveal(request: web.Request) -> web.Response:
    """The worker's number, to call them: for the holder only, written to the audit log, shown on this page only."""
    user, case = await _allowed(request)
    runtime: Runtime = request.app[RUNTIME]
    revealed: dict[str, str] = {}

    async def act(session: AsyncSession, locked: Case, now: datetime) -> str:
        conversation = await session.get(ConversationRow, locked.conversation_id)
        worker = await session.get(Worker, conversation.worker_id) if conversation else None
        if worker is None or worker.address_cipher is None or worker.channel not in ("sms", "whatsapp"):
            raise Refused("This worker has no phone number on file (Telegram keeps none): write to them here instead.")
        await audit(session, user_id=_id(user), action="reveal_number", case_id=locked.id, now=now)
        revealed["number"] = runtime.cipher.decrypt(worker.address_cipher)
        return "revealed"

    try:
        done = await _transaction(request, user, case, act, holder_only=True)
    except Refused as refused:
        return await _show(request, user, case, error=str(refused), status=409)
    return await _show(request, user, case, notice=NOTICES[done], revealed=revealed.get("number"))


async def note(request: web.Request) -> web.Response:
    user, case = await _allowed(request)
    text = str((await request.post()).get("note", "")).strip()
    if not text or len(text) > MAX_NOTE:
        return await _show(request, user, case, error=f"A note needs 1 to {MAX_NOTE} characters.", status=400)

    async def act(session: AsyncSession, locked: Case, now: datetime) -> str:
        await add_note(session, locked.id or 0, _id(user), text, now)
        return "noted"

    return await _act(request, user, case, act)


async def correct(request: web.Request) -> web.Response:
    user, case = await _allowed(request)
    form = await request.post()
    severity = str(form.get("severity", ""))
    categories = [str(c) for c in form.getall("category", [])]
    if severity not in Severity.__members__.values() or not categories:
        return await _show(request, user, case, error="Choose a severity and at least one category.", status=400)
    if any(c not in Category.__members__.values() for c in categories):
        return await _show(request, user, case, error="Unknown category.", status=400)

    async def act(session: AsyncSession, locked: Case, now: datetime) -> str:
        keep = {}
        if locked.original_severity is None:  # the bot's own reading is kept once, whatever comes after
            keep = {"original_severity": locked.severity, "original_categories": list(locked.categories)}
        await change_case(session, locked.id or 0, severity=severity, categories=sorted(set(categories)), **keep)
        detail = f"{locked.severity} {','.join(locked.categories)} -> {severity} {','.join(sorted(set(categories)))}"
        await audit(session, user_id=_id(user), action="correct", case_id=locked.id, now=now, detail=detail)
        return "corrected"

    return await _act(request, user, case, act)


async def close(request: web.Request) -> web.Response:
    user, case = await _allowed(request)
    form = await request.post()
    outcome, after = str(form.get("outcome", "")), str(form.get("after", ""))
    if outcome not in OUTCOMES or after not in ("resume", "end"):
        error = "Choose an outcome and what the bot does next."
        return await _show(request, user, case, error=error, status=400)

    async def act(session: AsyncSession, locked: Case, now: datetime) -> str:
        await change_case(session, locked.id or 0, status="closed", outcome=outcome, closed_at=now)
        detail = f"{outcome}, {after}"
        await audit(session, user_id=_id(user), action="close", case_id=locked.id, now=now, detail=detail)
        stepped = await _runtime(request).service.step_within(
            session, [(locked.conversation_id, CaseClosed(resume=after == "resume"))], now
        )
        request[STEPPED] = stepped
        return "closed"

    return await _act(request, user, case, act, redirect="/console")


async def reassign(request: web.Request) -> web.Response:
    user, case = await _allowed(request, "admin")
    try:
        target_id = int(str((await request.post()).get("to", "")))
    except ValueError:
        return await _show(request, user, case, error="Choose a caller.", status=400)

    async def act(session: AsyncSession, locked: Case, now: datetime) -> str:
        target = await user_by_id(session, target_id)
        if target is None or target.disabled_at is not None or not may_see(target, locked):
            raise Refused("That person cannot take this case (not a caller of its language, or disabled).")
        if locked.status == "closed":
            raise Refused("This case is closed.")
        await change_case(session, locked.id or 0, status="claimed", claimed_by=target.id, claimed_at=now)
        await audit(
            session, user_id=_id(user), action="reassign", case_id=locked.id, now=now, detail=f"to {target.email}"
        )
        return "reassigned"

    return await _act(request, user, case, act, holder_only=False)


# --- the frame every action shares ----------------------------------------------------------------------------

Action = Callable[[AsyncSession, Case, datetime], Awaitable[str]]


async def _allowed(request: web.Request, *roles: str) -> tuple[User, Case]:
    user = await require(request, *(roles or STAFF))  # the role, and the CSRF token, before anything else
    return user, await visible_case(request, user)


async def _act(
    request: web.Request,
    user: User,
    case: Case,
    action: Action,
    *,
    holder_only: bool = True,
    redirect: str | None = None,
) -> web.Response:
    try:
        done = await _transaction(request, user, case, action, holder_only=holder_only)
    except Refused as refused:
        return await _show(request, user, case, error=str(refused), status=409)
    raise web.HTTPSeeOther(f"{redirect or f'/console/cases/{case.id}'}?done={done}")


async def _transaction(request: web.Request, user: User, case: Case, action: Action, *, holder_only: bool) -> str:
    runtime = _runtime(request)
    now = runtime.clock.now()
    async with runtime.db.transaction() as session:
        locked = await lock_case(session, case.id or 0)
        if locked is None:
            raise web.HTTPNotFound(text="No such case.")
        if holder_only and not (locked.status == "claimed" and locked.claimed_by == user.id):
            raise Refused("Take the case first: only the caller who holds it can do this.")
        notice = await action(session, locked, now)
    stepped = request.get(STEPPED)
    if stepped:
        runtime.service.after_commit(stepped)
    return notice


async def _to_worker(
    request: web.Request,
    session: AsyncSession,
    user: User,
    case: Case,
    event: Event,
    now: datetime,
    action: str,
) -> str:
    """Once per form: the worker hears it, and the audit log says who wrote when."""
    key = str((await request.post()).get("request_key", "")) or None
    if not await audit(session, user_id=_id(user), action=action, case_id=case.id, now=now, request_key=key):
        return "already_sent"
    request[STEPPED] = await _runtime(request).service.step_within(session, [(case.conversation_id, event)], now)
    await change_case(session, case.id or 0)
    return action


async def _worker_listening(session: AsyncSession, case: Case) -> ConversationRow:
    conversation = await session.get(ConversationRow, case.conversation_id)
    assert conversation is not None
    if conversation.status != Status.WITH_CALLER:
        if conversation.status == Status.OPTED_OUT:
            raise Refused("The worker stopped contact (STOP): nothing can be sent to them. Close the case.")
        raise Refused("The worker is no longer waiting for a caller: nothing was sent.")
    return conversation


async def _show(request: web.Request, user: User, case: Case, *, status: int = 200, **extra: Any) -> web.Response:
    async with _runtime(request).db.sessions() as session:
        fresh = await session.get(Case, case.id)
    context = await case_context(request, user, fresh or case, **extra)
    return await render(request, "case.html", status=status, **context)


def _runtime(request: web.Request) -> Runtime:
    return request.app[RUNTIME]


def _id(user: User) -> int:
    assert user.id is not None
    return user.id
