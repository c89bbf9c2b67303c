"""An auditor on a phone (a 390 x 844 viewport in Debian's Chromium driven by Playwright): logs in, creates a
campaign, enrolls a worker by SMS and one by Telegram, and imports a CSV file with bad rows. Controls are found by
role and label. Screenshots go to ``CALLBACKS_SCREENSHOTS`` (default ``test-screenshots/``) for a person to look at.

Skipped when Chromium is not installed (``apt-get install chromium``; .ci/run installs it).
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlmodel import select

from bot.clock import VirtualClock
from storage.tables import Worker
from tests.admin_helpers import AUDITOR, open_admin_desk
from tests.browsing import BROWSER_FLAGS, CHROMIUM, NEEDS_CHROMIUM, SCREENSHOTS, WAIT
from tests.console_helpers import PASSWORD, Desk
from tests.fakes.telegram_api import FakeTelegram

playwright = pytest.importorskip("playwright.async_api")
pytestmark = NEEDS_CHROMIUM
PHONE = {"width": 390, "height": 844}
CSV = (
    "channel,phone,language,windows,tags\n"
    "sms,0812 7777 1111,id,mon-fri 19:00-21:00,migrant\n"
    "sms,0812 77,id,mon-fri 19:00-21:00,\n"
    "sms,0812 7777 2222,xx,mon-fri 19:00-21:00,\n"
)


@pytest.fixture
async def desk(
    database_url: str, clock: VirtualClock, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[Desk, FakeTelegram]]:
    async with open_admin_desk(database_url, clock, monkeypatch) as opened:
        yield opened


@pytest.fixture
async def browser() -> AsyncIterator[object]:
    async with playwright.async_playwright() as driver:
        launched = await driver.chromium.launch(executable_path=CHROMIUM, args=BROWSER_FLAGS)
        yield launched
        await launched.close()


async def test_an_auditor_on_a_phone_creates_a_campaign_enrolls_workers_and_imports_a_csv(
    desk: tuple[Desk, FakeTelegram], browser: object, database_url: str, tmp_path: Path
) -> None:
    engine = "postgresql" if database_url.startswith("postgres") else "sqlite"
    base = str(desk[0].server.make_url("")).rstrip("/")
    page = await browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)  # type: ignore[attr-defined]
    await page.goto(f"{base}/login")
    await page.get_by_label("Email").fill(AUDITOR)
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_role("button", name="Log in").click()
    await page.wait_for_url(re.compile(r"/admin/campaigns$"))

    await page.get_by_label("Organisation (the client)").select_option("Brand")
    await page.get_by_label("Campaign name").fill("Factory C follow-up")
    await page.get_by_label("Facility", exact=True).fill("Factory C, Tangerang")
    await page.get_by_label("Country").fill("ID")
    await page.get_by_label("Facility timezone").fill("Asia/Jakarta")
    await page.get_by_label("Bahasa Indonesia").check()
    await page.get_by_label("မြန်မာ · Burmese").check()
    await page.get_by_role("button", name="Create campaign").click()
    await page.get_by_role("status").filter(has_text="Campaign created as a draft").wait_for(timeout=WAIT)
    await page.get_by_role("button", name="Start campaign").click()
    await page.get_by_role("status").filter(has_text="The campaign is running").wait_for(timeout=WAIT)
    campaign_id = int(re.search(r"/admin/campaigns/(\d+)", page.url).group(1))  # type: ignore[union-attr]
    await page.goto(f"{base}/admin/campaigns")
    await page.screenshot(path=str(SCREENSHOTS / f"campaigns-phone-{engine}.png"), full_page=True)
    await page.goto(f"{base}/admin/campaigns/{campaign_id}")

    # One worker by SMS, timed from opening the form to the confirmation.
    started = time.monotonic()
    await page.get_by_role("link", name="Enroll a worker").click()
    await page.get_by_role("radio", name="SMS").check()
    await page.get_by_label("Phone number").fill("0812-3456-7890")
    await page.get_by_label("Language").select_option(label="Bahasa Indonesia")
    await page.get_by_label("Contact windows").fill("mon-fri 19:00-21:00; sat 10:00-12:00")
    await page.get_by_label("Migrant worker").check()
    await page.get_by_label("The worker agrees to be contacted").check()
    await page.screenshot(path=str(SCREENSHOTS / f"enroll-phone-{engine}.png"), full_page=True)
    await page.get_by_role("button", name="Enroll worker").click()
    await page.get_by_role("status").filter(has_text="Worker enrolled").wait_for(timeout=WAIT)
    assert time.monotonic() - started < 60
    confirmation = await page.locator("main").inner_text()
    assert "3456" not in confirmation and re.search(r"\+62 •+90", confirmation)
    await page.screenshot(path=str(SCREENSHOTS / f"enrolled-phone-{engine}.png"), full_page=True)

    # The next worker keeps channel, language and windows; the same number written another way is refused.
    await page.get_by_role("link", name="Next worker").click()
    assert await page.get_by_role("radio", name="SMS").is_checked()
    assert await page.get_by_label("Language").input_value() == "id"
    assert await page.get_by_label("Contact windows").input_value() == "mon-fri 19:00-21:00; sat 10:00-12:00"
    await page.get_by_label("Phone number").fill("+62 812 3456 7890")
    await page.get_by_label("The worker agrees to be contacted").check()
    await page.get_by_role("button", name="Enroll worker").click()
    await page.get_by_text("already enrolled in this campaign").wait_for(timeout=WAIT)
    assert await page.get_by_label("Phone number").input_value() == "+62 812 3456 7890"

    # A Telegram worker: the one-time link as a QR code to scan from this screen.
    await page.get_by_role("radio", name="Telegram").check()
    assert await page.get_by_label("Phone number").is_hidden()  # Telegram keeps no number
    await page.get_by_label("Language").select_option(value="my")
    await page.get_by_label("The worker agrees to be contacted").check()
    await page.get_by_role("button", name="Enroll worker").click()
    qr = page.get_by_role("figure", name="QR code of the worker's Telegram link")
    await qr.wait_for(timeout=WAIT)
    box = await qr.bounding_box()
    assert box is not None and box["width"] >= 200 and box["x"] + box["width"] <= PHONE["width"]
    await page.screenshot(path=str(SCREENSHOTS / f"enrolled-telegram-phone-{engine}.png"), full_page=True)

    # A CSV file with two bad rows: each is shown with its line and reason, the good row is enrolled.
    await page.goto(f"{base}/admin/campaigns/{campaign_id}")
    upload = tmp_path / "workers.csv"
    upload.write_text(CSV)
    await page.get_by_label("CSV file", exact=True).set_input_files(str(upload))
    await page.get_by_role("button", name="Import").click()
    report = page.get_by_role("status", name="Import result")
    await report.wait_for(timeout=WAIT)
    assert "imported 1, already enrolled 0, refused 2" in await report.inner_text()
    refused = await page.get_by_role("table", name="Refused rows").inner_text()
    assert re.search(r"3\s+not a valid phone number", refused) and re.search(r"4\s+.*xx", refused)
    await page.screenshot(path=str(SCREENSHOTS / f"import-phone-{engine}.png"), full_page=True)
    await page.close()

    async with desk[0].runtime.db.sessions() as session:
        workers = (await session.exec(select(Worker).where(Worker.campaign_id == campaign_id))).all()
    assert sorted(w.channel for w in workers) == ["sms", "sms", "telegram"]
    assert [w.address_cipher for w in workers if w.channel == "telegram"] == [None]  # the typed number was not kept
