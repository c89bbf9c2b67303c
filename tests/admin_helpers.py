"""The auditors' and admins' pages as a browser reaches them: the callers' desk (SMS and WhatsApp through a fake
Twilio) with Telegram through the fake Bot API too, and an auditor's account."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from aiohttp import ClientSession
from aiohttp.test_utils import TestServer

from bot.accounts import NewUser, create_users
from bot.clock import VirtualClock
from tests.console_helpers import PASSWORD, Desk, csrf_in, open_desk
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.telegram_api import create_app as create_fake_telegram

AUDITOR = "auditor@audits.test"
CLIENT, CALLER, ADMIN = "brand@client.test", "my@callers.test", "admin@callers.test"


@asynccontextmanager
async def open_admin_desk(
    database_url: str, clock: VirtualClock, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[Desk, FakeTelegram]]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    telegram = FakeTelegram()
    async with TestServer(create_fake_telegram(telegram), host="127.0.0.1") as telegram_api:
        api = str(telegram_api.make_url("")).rstrip("/")
        async with open_desk(database_url, clock, telegram_token=telegram.token, telegram_api_url=api) as desk:
            await create_users(
                desk.runtime.db,
                desk.runtime.clock,
                [NewUser(AUDITOR, "auditor", PASSWORD)],
                desk.runtime.locales.languages,
            )
            yield desk, telegram


async def log_in(client: ClientSession, email: str, landing: str | None = "/admin/campaigns") -> str:
    """Logs in with the login form's own token; returns the session's CSRF token, read from ``landing`` (a page
    with a form; none for a client, who has no such page here)."""
    token = csrf_in(await (await client.get("/login")).text())
    response = await client.post(
        "/login", data={"csrf_token": token, "email": email, "password": PASSWORD}, allow_redirects=False
    )
    assert response.status == 303, await response.text()
    if landing is None:
        return ""
    return csrf_in(await (await client.get(landing, headers={"Accept": "text/html"})).text())
