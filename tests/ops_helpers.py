"""A whole service for the operations tests: the real Twilio channel against the local fake Twilio API, the web
app with webhooks, /ready and /metrics, and workers' messages posted as signed webhooks."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from aiohttp.test_utils import TestClient, TestServer
from prometheus_client.parser import text_string_to_metric_families
from pydantic import SecretStr
from twilio.request_validator import RequestValidator

from bot.channels.twilio import TwilioChannel, TwilioSettings
from bot.clock import VirtualClock
from bot.enrollment import Enrollment, enroll, new_campaign
from bot.ratelimit import RateLimiter
from bot.runtime import Runtime
from bot.settings import Settings
from bot.web.app import create_app
from bot.web.webhooks import WebhookSettings, add_webhook_routes
from tests.conftest import TEST_SECRET
from tests.fakes.twilio_api import FakeTwilio
from tests.fakes.twilio_api import create_app as create_fake_twilio
from tests.helpers import run_until_next_timer, settle

PUBLIC = "https://callbacks.example.org"
ACCOUNT, AUTH_TOKEN = "AC" + "3" * 32, "ops-test-auth-token"
SMS_FROM = "+15550004444"
WORKER = "+6281234567890"
METRICS_TOKEN = "metrics-test-token-0123456789"
ANY_TIME = ("mon-sun 00:00-23:59",)
# The SMS script with a complaint (retaliation, harassment, documents), ending with a P1 case for the callers.
SCRIPT_WITH_COMPLAINT = ["1", "yes", "1", "3", "1", "2", "1", "2", "2", "9", "1", "2", "2", "2", "1", "no", "9", "9"]


@dataclass
class Service:
    fake: FakeTwilio
    runtime: Runtime
    web: TestClient
    clock: VirtualClock
    sids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    async def post_sms(self, text: str, *, sender: str = WORKER) -> int:
        """Post an inbound SMS exactly as Twilio does (form-encoded, signed over the public URL); not processed."""
        form = {
            "MessageSid": f"SM{next(self.sids):032x}",
            "AccountSid": ACCOUNT,
            "From": sender,
            "To": SMS_FROM,
            "Body": text,
            "NumMedia": "0",
            "ApiVersion": "2010-04-01",
        }
        signature = RequestValidator(AUTH_TOKEN).compute_signature(f"{PUBLIC}/webhooks/twilio/sms", form)
        response = await self.web.post("/webhooks/twilio/sms", data=form, headers={"X-Twilio-Signature": signature})
        return response.status

    async def worker_says(self, text: str) -> None:
        assert await self.post_sms(text) == 200
        await settle(self.runtime)

    async def enroll_worker(self) -> int:
        campaign = await new_campaign(self.runtime, name="Operations", timezone="Asia/Jakarta")
        [conversation_id] = await enroll(self.runtime, campaign, [Enrollment("sms", "en", ANY_TIME, WORKER)])
        await run_until_next_timer(self.runtime, self.clock)
        return conversation_id

    async def scrape(self, token: str | None = METRICS_TOKEN) -> tuple[int, str]:
        headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
        response = await self.web.get("/metrics", headers=headers)
        return response.status, await response.text()


def samples(exposition: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a scrape by name and sorted labels."""
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(exposition)
        for sample in family.samples
    }


@asynccontextmanager
async def running_service(
    database_url: str, clock: VirtualClock, *, metrics_token: str | None = METRICS_TOKEN
) -> AsyncIterator[Service]:
    fake = FakeTwilio(ACCOUNT, AUTH_TOKEN, clock=clock)
    async with TestServer(create_fake_twilio(fake), host="127.0.0.1") as fake_server:
        twilio = TwilioSettings(
            account_sid=ACCOUNT,
            auth_token=AUTH_TOKEN,
            api_url=str(fake_server.make_url("")).rstrip("/"),
            public_url=PUBLIC,
            sms_from=SMS_FROM,
        )
        settings = Settings(metrics_token=SecretStr(metrics_token) if metrics_token else None)
        channels = {"sms": TwilioChannel("sms", twilio, clock)}
        runtime = Runtime.build(database_url, TEST_SECRET, channels, clock, settings)  # type: ignore[arg-type]
        runtime.dispatcher.limiter = RateLimiter({})
        app = create_app(runtime)
        add_webhook_routes(app, WebhookSettings(public_url=PUBLIC, twilio_auth_token=AUTH_TOKEN))
        try:
            async with TestClient(TestServer(app, host="127.0.0.1")) as web_client:
                yield Service(fake, runtime, web_client, clock)
        finally:
            await runtime.close()
