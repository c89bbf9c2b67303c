"""An operator's whole run, as the README tells it: `callbacks db upgrade`, `telegram set-webhook`, `campaigns
create`, `workers add` on all three channels, then `callbacks serve`, each a real process, with the real
client libraries talking to the local fake Telegram and Twilio APIs that these tests run on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import sys
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestServer
from twilio.request_validator import RequestValidator

from tests.conftest import TEST_SECRET
from tests.fakes.telegram_api import FakeTelegram, start_update
from tests.fakes.telegram_api import create_app as create_fake_telegram
from tests.fakes.twilio_api import FakeTwilio
from tests.fakes.twilio_api import create_app as create_fake_twilio

ACCOUNT, AUTH_TOKEN = "AC" + "3" * 32, "operator-run-token"
SMS_FROM, WHATSAPP_FROM = "+15550004444", "+15550005555"
SMS_WORKER, WHATSAPP_WORKER = "+6281200000001", "+6281200000002"
CHAT = 555000111
WEBHOOK_SECRET = "operator_secret-1"
ANY_TIME = "mon-sun 00:00-23:59"
TEMPLATE = "HX" + "a" * 32


@dataclass
class Operator:
    env: dict[str, str]
    public_url: str
    port: int
    telegram: FakeTelegram
    twilio: FakeTwilio

    async def run(self, *args: str) -> str:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.cli",
            *args,
            env=self.env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(process.communicate(), timeout=60)
        assert process.returncode == 0, err.decode()
        return out.decode()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _eventually(check: Callable[[], bool], what: str, seconds: float = 20) -> None:
    for _ in range(int(seconds * 10)):
        if check():
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
async def operator(tmp_path: Path) -> AsyncIterator[Operator]:
    telegram, twilio = FakeTelegram(), FakeTwilio(ACCOUNT, AUTH_TOKEN)
    async with (
        TestServer(create_fake_telegram(telegram), host="127.0.0.1") as telegram_api,
        TestServer(create_fake_twilio(twilio), host="127.0.0.1") as twilio_api,
    ):
        port = _free_port()
        public = f"http://127.0.0.1:{port}"
        proxies = {"HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"}
        env = {key: value for key, value in os.environ.items() if key not in proxies}
        env |= {
            "NO_PROXY": "127.0.0.1,localhost",
            "CALLBACKS_DATABASE_URL": f"sqlite:///{tmp_path}/operator.db",
            "CALLBACKS_SECRET_KEY": TEST_SECRET,
            "CALLBACKS_PUBLIC_URL": public,
            "CALLBACKS_TELEGRAM_TOKEN": telegram.token,
            "CALLBACKS_TELEGRAM_WEBHOOK_SECRET": WEBHOOK_SECRET,
            "CALLBACKS_TELEGRAM_API_URL": str(telegram_api.make_url("")).rstrip("/"),
            "CALLBACKS_TWILIO_ACCOUNT_SID": ACCOUNT,
            "CALLBACKS_TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            "CALLBACKS_TWILIO_SMS_FROM": SMS_FROM,
            "CALLBACKS_TWILIO_WHATSAPP_FROM": WHATSAPP_FROM,
            "CALLBACKS_TWILIO_API_URL": str(twilio_api.make_url("")).rstrip("/"),
            "CALLBACKS_TWILIO_WHATSAPP_TEMPLATES": json.dumps({"id": TEMPLATE}),
            "CALLBACKS_TWILIO_WHATSAPP_TEMPLATE_FALLBACK": "id",
        }
        yield Operator(env, public, port, telegram, twilio)


async def test_an_operator_runs_a_campaign_on_all_three_channels(operator: Operator) -> None:
    await operator.run("db", "upgrade")
    await operator.run("telegram", "set-webhook")
    assert operator.telegram.webhook.url == f"{operator.public_url}/webhooks/telegram"
    assert operator.telegram.webhook.secret_token == WEBHOOK_SECRET

    campaign = (await operator.run("campaigns", "create", "--name", "Factory A", "--timezone", "Asia/Jakarta")).strip()
    common = ("--campaign", campaign, "--window", ANY_TIME)
    await operator.run("workers", "add", *common, "--channel", "sms", "--phone", SMS_WORKER, "--language", "en")
    await operator.run(
        "workers", "add", *common, "--channel", "whatsapp", "--phone", WHATSAPP_WORKER, "--language", "my"
    )
    added = (await operator.run("workers", "add", *common, "--channel", "telegram", "--language", "id")).split()
    link = added[-1]
    assert link.startswith("https://t.me/callbacks_test_bot?start=")

    server = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "serve",
        "--port",
        str(operator.port),
        env=operator.env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        twilio = operator.twilio
        await _eventually(lambda: len(twilio.messages) == 2, "the first contacts by SMS and WhatsApp")
        sms = next(m for m in twilio.messages if m.to == SMS_WORKER)
        whatsapp = next(m for m in twilio.messages if m.to == f"whatsapp:{WHATSAPP_WORKER}")
        assert "good and private time" in sms.body
        assert whatsapp.content_sid == TEMPLATE  # writing first on WhatsApp: the template (Burmese falls back)

        async with aiohttp.ClientSession(base_url=operator.public_url) as http:
            start = start_update(1, CHAT, link)
            secret = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
            async with http.post("/webhooks/telegram", json=start, headers=secret) as response:
                assert response.status == 200
            await _eventually(lambda: len(operator.telegram.sent) == 2, "Telegram: connected, then the gate")
            assert "waktu" in operator.telegram.sent[1].params["text"]  # Bahasa Indonesia

            form = {
                "MessageSid": "SM" + "b" * 32,
                "AccountSid": ACCOUNT,
                "From": SMS_WORKER,
                "To": SMS_FROM,
                "Body": "1",
            }
            url = f"{operator.public_url}/webhooks/twilio/sms"
            signature = RequestValidator(AUTH_TOKEN).compute_signature(url, form)
            for _ in range(2):  # Twilio retries a webhook: one answer all the same
                async with http.post("/webhooks/twilio/sms", data=form, headers={"X-Twilio-Signature": signature}) as r:
                    assert r.status == 200
            bodies = lambda: [m.body for m in twilio.messages if m.to == SMS_WORKER]  # noqa: E731
            await _eventually(lambda: len(bodies()) == 2, "the consent question by SMS")
            assert "independent of your employer" in bodies()[1]

            async with http.post("/webhooks/twilio/sms", data=form, headers={"X-Twilio-Signature": "wrong"}) as r:
                assert r.status == 403
            assert await twilio.post_status(sms.sid, "delivered") == 200  # signed, to the public StatusCallback
        await asyncio.sleep(1.5)
        assert len(bodies()) == 2, "nothing was sent twice"
    finally:
        server.terminate()
        _, errors = await asyncio.wait_for(server.communicate(), timeout=20)
    assert server.returncode == 0, errors.decode()
