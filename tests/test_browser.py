"""The demo in a real browser (Debian's Chromium driven by Playwright): a person answers as a worker.

Skipped when Chromium is not installed (``apt-get install chromium``; .ci/run installs it).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiohttp.test_utils import TestServer

from bot.channels.simulator import SimulatorChannel
from bot.clock import FastClock
from bot.demo import build_demo
from bot.enrollment import Enrollment, enroll, new_campaign
from bot.runtime import Runtime
from bot.serve import web_app
from bot.settings import Settings
from bot.web.app import create_app
from bot.web.demo import DemoInfo, DemoWorker, add_demo_routes
from storage.migrate import upgrade_async
from tests.browsing import BROWSER_FLAGS, CHROMIUM
from tests.conftest import TEST_SECRET
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.telegram_api import create_app as create_fake_telegram

playwright = pytest.importorskip("playwright.async_api")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")


@pytest.fixture
async def demo_url(tmp_path: object) -> AsyncIterator[str]:
    clock = FastClock(datetime(2026, 11, 30, 11, 59, 50, tzinfo=UTC), speed=1)  # ten seconds before 19:00 Jakarta
    channel = SimulatorChannel()
    runtime = Runtime.build(f"sqlite:///{tmp_path}/browser.db", TEST_SECRET, {channel.name: channel}, clock)
    await upgrade_async(f"sqlite:///{tmp_path}/browser.db")
    campaign = await new_campaign(runtime, name="Browser", timezone="Asia/Jakarta")
    [cid] = await enroll(runtime, campaign, [Enrollment("simulator", "id", ("mon-sun 19:00-21:00",), "demo-b")])
    app = create_app(runtime)
    add_demo_routes(app, DemoInfo(clock, "Asia/Jakarta", [DemoWorker(cid, "Ani", "id", "mon-sun 19:00-21:00")]))
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    stop = asyncio.Event()
    background = asyncio.create_task(runtime.run_background(stop))
    yield str(server.make_url("/demo"))
    stop.set()
    await background
    await server.close()
    await runtime.close()


async def test_a_person_answers_as_a_worker_in_the_browser(demo_url: str) -> None:
    async with playwright.async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=CHROMIUM, args=BROWSER_FLAGS)
        page = await browser.new_page()
        await page.goto(demo_url)
        await page.click("text=Ani")
        await page.click("#skip")  # jump to the worker's window
        gate = page.locator(".bubble.out").first
        await gate.wait_for(timeout=15_000)
        assert "waktu yang pas dan pribadi" in await gate.inner_text()  # Indonesian, neutral, inside the window
        await page.click("#quick button >> nth=0")  # "1 · Ya"
        await page.locator(".bubble.out").nth(1).wait_for(timeout=15_000)
        assert "bukan bagian dari perusahaan" in await page.locator(".bubble.out").nth(1).inner_text()
        await page.fill("#text", "STOP")
        await page.press("#text", "Enter")
        await page.locator(".bubble.out").nth(2).wait_for(timeout=15_000)
        await page.locator(".status.opted_out").wait_for(timeout=15_000)
        await browser.close()


@pytest.fixture
async def demo_with_telegram_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[str]:
    """``callbacks demo`` as it runs with CALLBACKS_TELEGRAM_* set, pointed at the local fake Bot API."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    fake = FakeTelegram()
    async with TestServer(create_fake_telegram(fake), host="127.0.0.1") as api:
        settings = Settings(telegram_token=fake.token, telegram_api_url=str(api.make_url("")).rstrip("/"))
        demo = await build_demo(tmp_path, settings, speed=1)
        app = web_app(settings, demo.runtime)
        add_demo_routes(app, demo.info)
        async with TestServer(app, host="127.0.0.1") as server:
            yield f"{server.make_url('/demo')}?key={demo.info.enroll_key}"  # as `callbacks demo` prints it
        await demo.runtime.close()


async def test_a_person_asks_for_a_telegram_link_for_their_own_phone(demo_with_telegram_url: str) -> None:
    async with playwright.async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=CHROMIUM, args=BROWSER_FLAGS)
        page = await browser.new_page()
        await page.goto(demo_with_telegram_url)
        await page.locator("#own-phone").wait_for(timeout=15_000)
        assert not await page.locator("#own-phone-number").is_visible()  # Telegram needs no number
        await page.select_option("#own-language", "my")
        await page.click("text=Contact me now")
        link = page.locator("#own-result a")
        await link.wait_for(timeout=15_000)
        assert (await link.inner_text()).startswith("https://t.me/callbacks_test_bot?start=")
        await page.click("text=You on telegram")
        assert await page.locator("#text").is_disabled()  # answered from the phone, not from the page
        await browser.close()
