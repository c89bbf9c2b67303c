"""The clients' dashboard in a real browser (Debian's Chromium driven by Playwright), on the demo's finished
campaign: the client logs in, lands on the dashboard, opens the campaign and sees the charts drawn and small
figures shown as "fewer than 5". A screenshot goes to ``CALLBACKS_SCREENSHOTS`` (default ``test-screenshots/``).

Skipped when Chromium is not installed (``apt-get install chromium``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from aiohttp.test_utils import TestServer

from bot.demo import DEMO_CLIENT, build_demo
from bot.serve import web_app
from bot.settings import Settings
from tests.browsing import BROWSER_FLAGS, CHROMIUM, NEEDS_CHROMIUM, SCREENSHOTS, WAIT

playwright = pytest.importorskip("playwright.async_api")
pytestmark = NEEDS_CHROMIUM


async def test_a_client_sees_the_finished_campaign_as_charts_with_small_figures_hidden(tmp_path: Path) -> None:
    built = await build_demo(tmp_path, Settings(), speed=1, finished_campaign=True)
    app = web_app(Settings(), built.runtime)
    async with (
        TestServer(app, host="127.0.0.1") as server,
        playwright.async_playwright() as driver,
    ):
        base = str(server.make_url("")).rstrip("/")
        browser = await driver.chromium.launch(executable_path=CHROMIUM, args=BROWSER_FLAGS)
        page = await browser.new_page(viewport={"width": 1366, "height": 900})
        errors: list[str] = []  # scripts that failed, styles or scripts refused (CSP), files not found
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("response", lambda r: errors.append(r.url) if r.status >= 400 and "favicon" not in r.url else None)
        await page.goto(f"{base}/login")
        await page.get_by_label("Email").fill(DEMO_CLIENT)
        await page.get_by_label("Password").fill(built.logins[DEMO_CLIENT])
        await page.get_by_role("button", name="Log in").click()
        await page.wait_for_url(re.compile(r"/dashboard$"))
        await page.get_by_role("link", name="Spring callbacks").click()
        await page.locator("canvas[data-drawn=true]").first.wait_for(timeout=WAIT)

        drawn = await page.locator("canvas[data-drawn=true]").count()
        canvases = await page.locator("canvas").count()
        painted = await page.locator("#chart-funnel").evaluate(
            "c => c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some(v => v !== 0)"
        )
        funnel = page.get_by_role("table", name="Response")
        enrolled = await funnel.get_by_role("row", name=re.compile("Enrolled")).inner_text()
        hidden = await page.get_by_role("cell", name="fewer than 5").count()
        charts_data = await page.locator("#dashboard-charts").text_content()
        await page.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=True)
        csv = await page.request.get(f"{base}/dashboard/campaigns/1.csv")
        exported = await csv.text()
        await browser.close()
    await built.runtime.close()

    assert canvases >= 10 and drawn == canvases
    assert painted
    assert "120" in enrolled
    assert hidden >= 1
    assert charts_data is not None and "fewer" not in charts_data and "withheld" not in charts_data
    assert csv.status == 200 and "fewer than 5" in exported
    assert errors == []
