"""The admins' page of people: organisations (the clients), and staff accounts with their role, organisation or
languages; adding and disabling them. The rules are bot/accounts.py's, the same as ``callbacks users``."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from aiohttp import web

from bot.accounts import ROLES, AccountError, NewUser, all_users, create_users, disable, generate_password
from bot.runtime import Runtime
from bot.web.app import RUNTIME
from bot.web.auth import require
from bot.web.campaigns import language_label, record, sentence, timezones
from bot.web.pages import render
from storage.campaigns import add_organisation, organisation_summaries
from storage.cases import audit
from storage.tables import User

NAME_LENGTH = 200


def add_people_routes(app: web.Application) -> None:
    app.router.add_get("/admin/people", people_page)
    app.router.add_post("/admin/people/organisations", add_org)
    app.router.add_post("/admin/people/users", add_user)
    app.router.add_post("/admin/people/users/disable", disable_user)


async def people_page(request: web.Request) -> web.Response:
    await require(request, "admin")
    return await _page(request)


async def add_org(request: web.Request) -> web.Response:
    user = await require(request, "admin")
    name = str((await request.post()).get("name", "")).strip()
    if not name or len(name) > NAME_LENGTH:
        return await _page(request, org_error=f"An organisation needs a name of 1 to {NAME_LENGTH} characters.")
    runtime = _runtime(request)
    now = runtime.clock.now()
    async with runtime.db.transaction() as session:
        added = await add_organisation(session, name, now)
        if added is not None:
            await audit(session, user_id=_id(user), action="org_add", case_id=None, now=now, detail=name)
    if added is None:
        return await _page(request, org_error=f"An organisation named {name!r} already exists.", org_name=name)
    return await _page(request, notice=f"Organisation {name} added.")


async def add_user(request: web.Request) -> web.Response:
    admin = await require(request, "admin")
    posted = await request.post()
    form = {key: str(posted.get(key, "")).strip() for key in ("email", "role", "organisation", "timezone")}
    languages = [str(code) for code in posted.getall("languages", [])]
    password = generate_password()
    new = NewUser(
        email=form["email"].lower(),
        role=form["role"],
        password=password,
        languages=tuple(languages) if form["role"] == "caller" else (),
        organisation=(form["organisation"] or None) if form["role"] == "client" else None,
        timezone=form["timezone"] or "UTC",
    )
    runtime = _runtime(request)
    if new.organisation is not None:
        async with runtime.db.sessions() as session:
            known = {o.name for o in await organisation_summaries(session)}
        if new.organisation not in known:
            error = "Choose the client's organisation (add it above first)."
            return await _page(request, user_error=error, user_form={**form, "languages": languages})
    try:
        [created] = await create_users(runtime.db, runtime.clock, [new], runtime.locales.languages)
    except AccountError as error:
        message = sentence(error).replace("--languages", "languages")
        message = message.replace("--org", "an organisation")
        return await _page(request, user_error=message, user_form={**form, "languages": languages})
    await record(runtime, admin, "user_add", f"{created.email} ({created.role})")
    return await _page(request, created=(created.email, password))


async def disable_user(request: web.Request) -> web.Response:
    admin = await require(request, "admin")
    email = str((await request.post()).get("email", "")).strip()
    if email.lower() == admin.email:
        return await _page(request, user_error="You cannot disable your own account here.")
    runtime = _runtime(request)
    try:
        await disable(runtime.db, runtime.clock, email)
    except AccountError as error:
        return await _page(request, user_error=sentence(error))
    await record(runtime, admin, "user_disable", email)
    return await _page(request, notice=f"{email} is disabled: their sessions ended.")


async def _page(request: web.Request, **extra: Any) -> web.Response:
    runtime = _runtime(request)
    async with runtime.db.sessions() as session:
        organisations = await organisation_summaries(session)
    users = await all_users(runtime.db)
    names = {o.id: o.name for o in organisations}
    context: dict[str, Any] = {
        "organisations": organisations,
        "users": [(u, names.get(u.organisation_id or 0, "")) for u in users],
        "roles": ROLES,
        "languages": [(code, language_label(code)) for code in runtime.locales.languages],
        "timezones": timezones(),
        "notice": None,
        "created": None,
        "org_error": None,
        "org_name": "",
        "user_error": None,
        **extra,
        "user_form": defaultdict(str, {"languages": [], **extra.get("user_form", {})}),  # a field not sent is empty
    }
    return await render(request, "people.html", **context)


def _runtime(request: web.Request) -> Runtime:
    return request.app[RUNTIME]


def _id(user: User) -> int:
    assert user.id is not None
    return user.id
