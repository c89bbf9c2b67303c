"""``callbacks demo`` with credentials set: a person enrolls their own phone from the demo page and the bot
reaches it through the real client libraries (here against the local fake Telegram and Twilio APIs)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from twilio.request_validator import RequestValidator

from bot.demo import Demo, build_demo
from bot.ratelimit import RateLimiter
from bot.serve import web_app
from bot.settings import Settings
from bot.web.demo import add_demo_routes
from tests.fakes.telegram_api import FakeTelegram, start_update
from tests.fakes.telegram_api import create_app as create_fake_telegram
from tests.fakes.twilio_api import FakeTwilio
from tests.fakes.twilio_api import create_app as create_fake_twilio
from tests.helpers import settle

PUBLIC = "https://demo.example.org"
ACCOUNT, AUTH_TOKEN = "AC" + "2" * 32, "demo-twilio-token"
SMS_FROM, PHONE = "+15550003333", "+6281298765432"
WEBHOOK_SECRET = "demo-secret"
CHAT = 812345678


@dataclass
class RunningDemo:
    demo: Demo
    page: TestClient
    telegram: FakeTelegram
    twilio: FakeTwilio

    async def enroll(self, **body: str) -> Any:
        response = await self.page.post("/demo/api/workers", json=body, headers=self.key)
        assert response.status == 201, await response.text()
        added = await response.json()
        await settle(self.demo.runtime)
        return added

    @property
    def key(self) -> dict[str, str]:
        assert self.demo.info.enroll_key is not None
        return {"X-Demo-Key": self.demo.info.enroll_key}

    async def transcript(self, conversation_id: int) -> list[dict[str, Any]]:
        response = await self.page.get(f"/demo/api/conversations/{conversation_id}/messages")
        assert response.status == 200
        return list(await response.json())


@pytest.fixture
async def running(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[RunningDemo]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    telegram, twilio = FakeTelegram(), FakeTwilio(ACCOUNT, AUTH_TOKEN)
    async with (
        TestServer(create_fake_telegram(telegram), host="127.0.0.1") as telegram_api,
        TestServer(create_fake_twilio(twilio), host="127.0.0.1") as twilio_api,
    ):
        settings = Settings(
            public_url=PUBLIC,
            telegram_token=telegram.token,
            telegram_api_url=str(telegram_api.make_url("")).rstrip("/"),
            telegram_webhook_secret=WEBHOOK_SECRET,
            twilio_account_sid=ACCOUNT,
            twilio_auth_token=AUTH_TOKEN,
            twilio_sms_from=SMS_FROM,
            twilio_api_url=str(twilio_api.make_url("")).rstrip("/"),
        )
        demo = await build_demo(tmp_path, settings, speed=1)
        demo.runtime.dispatcher.limiter = RateLimiter({})  # the test does not wait out per-chat pacing
        app = web_app(settings, demo.runtime)
        add_demo_routes(app, demo.info)
        try:
            async with TestClient(TestServer(app, host="127.0.0.1")) as page:
                yield RunningDemo(demo, page, telegram, twilio)
        finally:
            await demo.runtime.close()


async def test_the_demo_offers_the_configured_channels_and_every_language(running: RunningDemo) -> None:
    state = await (await running.page.get("/demo/api/state")).json()
    assert state["channels"] == ["sms", "telegram"]  # WhatsApp has no sender number here
    assert len(state["languages"]) == 20
    assert {"code": "my", "name": "Burmese"} in state["languages"]
    assert all(not w["real"] for w in state["workers"])  # the sample workers are still simulated


async def test_a_person_connects_their_telegram_from_the_demo_and_the_bot_writes_in_their_language(
    running: RunningDemo,
) -> None:
    added = await running.enroll(channel="telegram", language="id")
    assert added["link"].startswith("https://t.me/callbacks_test_bot?start=")
    start = start_update(900_000_001, CHAT, added["link"])
    headers = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
    assert (await running.page.post("/webhooks/telegram", json=start, headers=headers)).status == 200
    await settle(running.demo.runtime)

    sent = [call.params["text"] for call in running.telegram.sent if call.chat_id == str(CHAT)]
    assert len(sent) == 2  # connected, then the safety gate: at once, as "any time" is the window
    assert "waktu" in sent[1].lower()  # in Bahasa Indonesia
    transcript = await running.transcript(added["id"])
    assert [m["text"] for m in transcript if m["direction"] == "out"][-1] == sent[1]
    assert transcript[-1]["note"].startswith("telegram: sent")

    typed = await running.page.post(f"/demo/api/conversations/{added['id']}/messages", json={"text": "1"})
    assert typed.status == 409  # this worker answers from the phone, not from the page


async def test_a_person_gets_the_callback_by_sms_and_answers_from_their_phone(running: RunningDemo) -> None:
    added = await running.enroll(channel="sms", language="en", phone=PHONE)
    assert added["link"] is None
    [gate] = [m for m in running.twilio.messages if m.to == PHONE]
    assert "good and private time" in gate.body

    form = {"MessageSid": "SM" + "a" * 32, "AccountSid": ACCOUNT, "From": PHONE, "To": SMS_FROM, "Body": "1"}
    signature = RequestValidator(AUTH_TOKEN).compute_signature(f"{PUBLIC}/webhooks/twilio/sms", form)
    reply = await running.page.post("/webhooks/twilio/sms", data=form, headers={"X-Twilio-Signature": signature})
    assert reply.status == 200
    await settle(running.demo.runtime)

    transcript = await running.transcript(added["id"])
    assert [m["direction"] for m in transcript] == ["out", "in", "out"]
    assert "independent of your employer" in transcript[-1]["text"]
    assert transcript[-1]["note"] == "sms: sent"


async def test_a_wrong_enrollment_from_the_demo_page_is_refused_clearly(running: RunningDemo) -> None:
    cases = [
        ({"channel": "whatsapp", "language": "en", "phone": PHONE}, "not configured"),
        ({"channel": "sms", "language": "en", "phone": "12"}, "E.164"),
        ({"channel": "sms", "language": "xx", "phone": PHONE}, "no locale"),
    ]
    for body, reason in cases:
        response = await running.page.post("/demo/api/workers", json=body, headers=running.key)
        assert response.status == 400
        assert reason in await response.text()
    assert (await running.page.post("/demo/api/workers", data="not json", headers=running.key)).status == 400
    assert running.twilio.messages == []


async def test_only_the_person_who_started_the_demo_can_enroll_a_phone(running: RunningDemo) -> None:
    """Through a tunnel the demo is public: a stranger must not make the operator's account text anyone."""
    body = {"channel": "sms", "language": "en", "phone": PHONE}
    for headers in ({}, {"X-Demo-Key": "guess"}):
        response = await running.page.post("/demo/api/workers", json=body, headers=headers)
        assert response.status == 403
        assert "printed" in await response.text()
    await settle(running.demo.runtime)
    assert running.twilio.messages == []
