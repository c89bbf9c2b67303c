"""Server-rendered pages: one Jinja2 environment (autoescape on) and one base template for every page."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
from aiohttp import web

from bot.web.sessions import AUTH, CSRF_FIELD, csrf_token, current_user
from conversations.language_names import LANGUAGE_NAMES

STATIC = Path(__file__).parent / "static"

templates = jinja2.Environment(
    loader=jinja2.PackageLoader("bot.web", "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.StrictUndefined,
)


def local_time(moment: datetime | None, zone: str, pattern: str = "%a %d %b %H:%M") -> str:
    return moment.astimezone(ZoneInfo(zone)).strftime(pattern) if moment is not None else ""


templates.filters["local"] = local_time
templates.filters["language"] = lambda code: LANGUAGE_NAMES.get(code, code)
templates.globals["static"] = lambda name: f"/static/{name}"
templates.globals["new_key"] = lambda: uuid.uuid4().hex  # a form's one-time key: sent twice, acted on once


async def render(request: web.Request, name: str, *, status: int = 200, **context: Any) -> web.Response:
    """A page for whoever is asking: the template gets ``user`` and the ``csrf`` token of its forms (an app
    without logins, such as the bare demo, has neither)."""
    staff = AUTH in request.app
    user = await current_user(request) if staff else None
    csrf = await csrf_token(request) if staff else ""
    html = templates.get_template(name).render(user=user, csrf=csrf, csrf_field=CSRF_FIELD, staff=staff, **context)
    return web.Response(text=html, status=status, content_type="text/html")


def add_static_routes(app: web.Application) -> None:
    app.router.add_static("/static", STATIC, append_version=True)
