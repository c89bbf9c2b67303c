"""Logging in and out, the role check every staff route uses, and the security headers of every response.

Failed logins are counted in the database per account and per address, so the throttle holds across processes
and restarts.
"""

from __future__ import annotations

import logging
import secrets
from datetime import datetime, timedelta

from aiohttp import web
from aiohttp_session import get_session, new_session
from aiohttp_session import setup as setup_sessions
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from sqlalchemy import delete
from sqlmodel import col, select

from bot.accounts import hash_password, needs_rehash, verify_password
from bot.clock import Clock
from bot.web.pages import render
from bot.web.sessions import (
    AUTH,
    AuthSettings,
    check_csrf,
    cookies_must_be_secure,
    current_user,
    forget_user,
)
from storage.database import Database
from storage.tables import LoginFailure, User, table_of
from storage.users import normal_email, set_password_hash, user_by_email

log = logging.getLogger(__name__)

SESSION_HOURS = 12
THROTTLE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_ADDRESS = 20
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "media-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def setup_auth(app: web.Application, *, db: Database, clock: Clock, cookie_key: bytes, public_url: str) -> None:
    """Logins and sessions. ``cookie_key``: 32 bytes that encrypt the session cookie."""
    secure = cookies_must_be_secure(public_url)
    storage = EncryptedCookieStorage(
        cookie_key,
        cookie_name="callbacks_session",
        max_age=SESSION_HOURS * 3600,
        httponly=True,
        secure=secure,
        samesite="Strict",
    )
    setup_sessions(app, storage)
    app[AUTH] = AuthSettings(db, clock, secure)
    app.router.add_get("/login", login_page)
    app.router.add_post("/login", login)
    app.router.add_post("/logout", logout)


async def add_security_headers(_request: web.Request, response: web.StreamResponse) -> None:
    """For ``on_response_prepare``: every response gets them, errors included."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)


async def require(request: web.Request, *roles: str) -> User:
    """The logged-in user if their role is one of ``roles``. Nobody logged in: to the login page (401 for
    scripts); a wrong role: 403. A state-changing request must also carry the session's CSRF token."""
    user = await current_user(request)
    if user is None:
        if request.method == "GET" and "text/html" in request.headers.get("Accept", ""):
            raise web.HTTPSeeOther(f"/login?next={request.rel_url.path}")
        raise web.HTTPUnauthorized(text="Log in first.")
    if roles and user.role not in roles:
        raise web.HTTPForbidden(text="This page is not for your role.")
    if request.method not in SAFE_METHODS:
        await check_csrf(request)
    return user


async def login_page(request: web.Request) -> web.Response:
    user = await current_user(request)
    if user is not None:
        raise web.HTTPSeeOther(_next_page(request.query.get("next")) or home(user))
    return await render(request, "login.html", next=_next_page(request.query.get("next")))


async def login(request: web.Request) -> web.Response:
    await check_csrf(request)
    settings = request.app[AUTH]
    form = await request.post()
    email, password = str(form.get("email", "")), str(form.get("password", ""))
    next_page = _next_page(str(form.get("next", "")))
    account, address = normal_email(email)[:320], (request.remote or "unknown")[:64]
    now = settings.clock.now()
    waiting = await _throttled(settings.db, account, address, now)
    if waiting is not None:
        minutes = int(waiting.total_seconds() // 60) + 1
        message = f"Too many failed logins. Try again in {minutes} minute{'s' if minutes > 1 else ''}."
        return await render(request, "login.html", status=429, error=message, email=email, next=next_page)
    async with settings.db.sessions() as session:
        user = await user_by_email(session, email)
    valid = verify_password(user.password_hash if user else None, password)
    if user is None or user.id is None or not valid or user.disabled_at is not None:
        await _record_failure(settings.db, account, address, now)
        log.info("login refused")
        error = "That email and password do not match an active account."
        return await render(request, "login.html", status=401, error=error, email=email, next=next_page)
    epoch = user.session_epoch
    async with settings.db.transaction() as session:
        await session.exec(delete(LoginFailure).where(col(LoginFailure.account) == account))
        if needs_rehash(user.password_hash):
            await set_password_hash(session, user.id, hash_password(password))
            epoch += 1
    fresh = await new_session(request)  # a new session on login: no fixation
    fresh["uid"], fresh["epoch"], fresh["csrf"] = user.id, epoch, secrets.token_urlsafe(32)
    forget_user(request)
    raise web.HTTPSeeOther(next_page or home(user))


async def logout(request: web.Request) -> web.Response:
    await check_csrf(request)
    (await get_session(request)).invalidate()
    forget_user(request)
    raise web.HTTPSeeOther("/login")


def home(user: User) -> str:
    if user.role == "auditor":
        return "/admin/campaigns"
    if user.role == "client":
        return "/dashboard"
    return "/console" if user.role in ("caller", "admin") else "/"


def _next_page(candidate: str | None) -> str:
    """Only a path on this site, never an open redirect; empty when there is none."""
    if candidate and candidate.startswith("/") and not candidate.startswith("//") and "\\" not in candidate:
        return candidate
    return ""


async def _throttled(db: Database, account: str, address: str, now: datetime) -> timedelta | None:
    """How long until another try is allowed, or None."""
    since = now - THROTTLE_WINDOW
    waits = []
    async with db.sessions() as session:
        for column, value, limit in (
            (LoginFailure.account, account, MAX_FAILURES_PER_ACCOUNT),
            (LoginFailure.address, address, MAX_FAILURES_PER_ADDRESS),
        ):
            recent = select(col(LoginFailure.at)).where(col(column) == value, col(LoginFailure.at) > since)
            times = (await session.exec(recent.order_by(col(LoginFailure.at).desc()).limit(limit))).all()
            if len(times) >= limit:
                waits.append(times[-1] + THROTTLE_WINDOW - now)
    return max(waits) if waits else None


async def _record_failure(db: Database, account: str, address: str, now: datetime) -> None:
    table = table_of(LoginFailure)
    async with db.transaction() as session:
        connection = await session.connection()
        await connection.execute(table.insert().values(account=account, address=address, at=now))
        await connection.execute(table.delete().where(table.c.at < now - THROTTLE_WINDOW * 4))
