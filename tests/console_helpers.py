"""Staff as a browser is to the server: log in with a real session cookie and send the forms the pages hold."""

from __future__ import annotations

import asyncio
import itertools
import re
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from aiohttp import ClientSession, CookieJar
from aiohttp.test_utils import TestServer
from sqlmodel import select
from twilio.request_validator import RequestValidator

from bot.accounts import NewUser, create_users
from bot.channels.configured import configured_channels
from bot.clock import VirtualClock
from bot.enrollment import Enrollment, enroll, new_campaign
from bot.ratelimit import RateLimiter
from bot.runtime import Runtime
from bot.serve import web_app
from bot.settings import Settings
from storage.tables import Campaign, Case
from tests.conftest import TEST_SECRET
from tests.fakes.twilio_api import FakeTwilio
from tests.fakes.twilio_api import create_app as create_fake_twilio
from tests.helpers import run_until_next_timer, settle

PASSWORD = "correct horse battery"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


async def add_staff(runtime: Runtime) -> dict[str, int]:
    """A Burmese caller, a Thai caller, a second Burmese caller, an admin and a client."""
    users = [
        NewUser("my@callers.test", "caller", PASSWORD, ("my",), timezone="Asia/Yangon"),
        NewUser("my2@callers.test", "caller", PASSWORD, ("my",), timezone="Asia/Yangon"),
        NewUser("th@callers.test", "caller", PASSWORD, ("th",), timezone="Asia/Bangkok"),
        NewUser("admin@callers.test", "admin", PASSWORD, timezone="Europe/London"),
        NewUser("brand@client.test", "client", PASSWORD, organisation="Brand"),
    ]
    created = await create_users(runtime.db, runtime.clock, users, runtime.locales.languages)
    return {u.email: u.id or 0 for u in created}


def csrf_in(html: str) -> str:
    found = CSRF.search(html)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


async def log_in(client: ClientSession, email: str, password: str = PASSWORD) -> str:
    """Logs in like a browser (the login form's own token) and returns the session's CSRF token."""
    page = await client.get("/login")
    token = csrf_in(await page.text())
    response = await client.post(
        "/login", data={"csrf_token": token, "email": email, "password": password}, allow_redirects=False
    )
    assert response.status == 303, await response.text()
    console = await client.get("/console", headers={"Accept": "text/html"})
    return csrf_in(await console.text())


async def post(client: ClientSession, path: str, token: str | None, **fields: str) -> tuple[int, str]:
    data = dict(fields)
    if token is not None:
        data["csrf_token"] = token
    data.setdefault("request_key", uuid.uuid4().hex)
    response = await client.post(path, data=data, allow_redirects=False)
    return response.status, await response.text()


# --- a whole desk: the web app (webhooks + console) with SMS and WhatsApp through a fake Twilio ---------------

PUBLIC = "http://127.0.0.1:8080"
ACCOUNT, AUTH_TOKEN = "AC" + "2" * 32, "twilio-console-auth-token"
SMS_FROM, WHATSAPP_FROM = "+15550001111", "+15550002222"
BURMESE_WORKER = "+959420123456"
ANY_TIME = ("mon-sun 00:00-23:59",)
BEATEN = "ကျွန်မကို ရိုက်နှက်ခံရတယ်"  # "I was beaten": P0, a person at once


@dataclass
class Desk:
    fake: FakeTwilio
    runtime: Runtime
    server: TestServer
    clock: VirtualClock
    staff: dict[str, int]
    campaign: Campaign
    api_url: str
    sids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def client(self) -> ClientSession:
        """A browser of its own: its own cookie jar (which keeps cookies of an IP address, as browsers do)."""
        return ClientSession(base_url=self.server.make_url("/"), cookie_jar=CookieJar(unsafe=True))

    async def enroll(self, language: str = "my", channel: str = "sms", number: str = BURMESE_WORKER) -> int:
        [conversation_id] = await enroll(self.runtime, self.campaign, [Enrollment(channel, language, ANY_TIME, number)])
        await run_until_next_timer(self.runtime, self.clock)  # the safety gate goes out
        return conversation_id

    async def worker_says(
        self,
        text: str,
        *,
        channel: str = "sms",
        sender: str = BURMESE_WORKER,
        media: tuple[tuple[bytes, str], ...] = (),
    ) -> int:
        """An inbound message exactly as Twilio posts it: form-encoded and signed over the public URL. ``media``:
        files (content, type) the fake Twilio keeps and names in ``MediaUrlN``, as for an MMS or WhatsApp photo."""
        prefix = "whatsapp:" if channel == "whatsapp" else ""
        form = {
            "MessageSid": f"SM{next(self.sids):032x}",
            "AccountSid": ACCOUNT,
            "From": f"{prefix}{sender}",
            "To": f"{prefix}{WHATSAPP_FROM if channel == 'whatsapp' else SMS_FROM}",
            "Body": text,
            "NumMedia": str(len(media)),
        }
        for index, (content, content_type) in enumerate(media):
            stored = self.fake.add_media(content, content_type, message_sid=form["MessageSid"])
            form[f"MediaUrl{index}"] = f"{self.api_url}{stored.path}"
            form[f"MediaContentType{index}"] = content_type
        path = f"/webhooks/twilio/{channel}"
        signature = RequestValidator(AUTH_TOKEN).compute_signature(f"{PUBLIC}{path}", form)
        async with ClientSession() as session:
            url = self.server.make_url(path)
            async with session.post(url, data=form, headers={"X-Twilio-Signature": signature}) as response:
                status = response.status
        await settle(self.runtime)
        return status

    def texts_to(self, number: str = BURMESE_WORKER) -> list[str]:
        return [m.body for m in self.fake.messages if m.to.removeprefix("whatsapp:") == number]

    async def case_of(self, conversation_id: int) -> Case:
        """The worker's one case (waiting a little: a background loop may still be processing the message)."""
        for _ in range(100):
            async with self.runtime.db.sessions() as session:
                cases = (await session.exec(select(Case).where(Case.conversation_id == conversation_id))).all()
            if cases:
                break
            await asyncio.sleep(0.1)
        assert len(cases) == 1
        return cases[0]


@asynccontextmanager
async def open_desk(database_url: str, clock: VirtualClock, **more_settings: Any) -> AsyncIterator[Desk]:
    fake = FakeTwilio(ACCOUNT, AUTH_TOKEN, clock=clock)
    async with TestServer(create_fake_twilio(fake), host="127.0.0.1") as fake_server:
        api = str(fake_server.make_url("")).rstrip("/")
        settings = Settings(
            public_url=PUBLIC,
            twilio_account_sid=ACCOUNT,
            twilio_auth_token=AUTH_TOKEN,
            twilio_api_url=api,
            twilio_sms_from=SMS_FROM,
            twilio_whatsapp_from=WHATSAPP_FROM,
            twilio_whatsapp_templates={"en": "HX" + "e" * 32},
            **more_settings,
        )
        channels = configured_channels(settings, clock)
        runtime = Runtime.build(database_url, TEST_SECRET, channels, clock, settings)
        runtime.dispatcher.limiter = RateLimiter({})
        campaign = await new_campaign(runtime, name="Factory A follow-up", timezone="Asia/Jakarta")
        staff = await add_staff(runtime)
        async with TestServer(web_app(settings, runtime), host="127.0.0.1") as server:
            yield Desk(fake, runtime, server, clock, staff, campaign, api)
        await runtime.close()
