"""The session of a staff member: who is logged in, and the CSRF token of their forms.

Sessions live in an encrypted, HttpOnly, SameSite=Strict cookie (aiohttp-session's ``EncryptedCookieStorage``,
Fernet with a key derived from ``CALLBACKS_SECRET_KEY``). The cookie holds the user id and the account's session
epoch: disabling a user or changing their password moves the epoch on, so every older session ends at its next
request.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

from aiohttp import web
from aiohttp_session import get_session

from bot.clock import Clock
from storage.database import Database
from storage.tables import User
from storage.users import user_by_id

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
_USER_KEY: web.RequestKey[User | None] = web.RequestKey("callbacks.user", User)


@dataclass(frozen=True)
class AuthSettings:
    db: Database
    clock: Clock
    secure_cookies: bool


AUTH: web.AppKey[AuthSettings] = web.AppKey("auth", AuthSettings)


def cookies_must_be_secure(public_url: str) -> bool:
    """Secure cookies need HTTPS; only a plain-HTTP address on this machine (the demo, tests) goes without."""
    parts = urlsplit(public_url)
    return not (parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1"))


async def current_user(request: web.Request) -> User | None:
    """The logged-in user, or None. A session of a disabled account, or from before the account's session epoch
    moved on (disabled, password changed), is ended here."""
    if _USER_KEY in request:
        return request[_USER_KEY]
    session = await get_session(request)
    user = None
    user_id = session.get("uid")
    if isinstance(user_id, int):
        async with request.app[AUTH].db.sessions() as db_session:
            user = await user_by_id(db_session, user_id)
        if user is None or user.disabled_at is not None or user.session_epoch != session.get("epoch"):
            session.invalidate()
            user = None
    request[_USER_KEY] = user
    return user


def forget_user(request: web.Request) -> None:
    """After logging in or out within this request."""
    request.pop(_USER_KEY, None)


async def csrf_token(request: web.Request) -> str:
    session = await get_session(request)
    token = session.get("csrf")
    if not isinstance(token, str):
        token = session["csrf"] = secrets.token_urlsafe(32)
    return token


async def check_csrf(request: web.Request) -> None:
    """The synchronizer token, from the form field or (for scripts) the header; refused before anything changes."""
    session = await get_session(request)
    expected = session.get("csrf")
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        value = (await request.post()).get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not isinstance(expected, str) or not sent or not hmac.compare_digest(sent.encode(), expected.encode()):
        raise web.HTTPForbidden(text="The form has expired or did not come from this site: reload the page and retry.")
