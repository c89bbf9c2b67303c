"""The auditors' and admins' pages through HTTP as a browser sends them (session cookie, CSRF token from the page),
on SQLite and PostgreSQL: campaigns, enrolling one worker, CSV import, Telegram links and cards, people."""

from __future__ import annotations

import io
import re
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession, CookieJar, FormData
from aiohttp.test_utils import TestServer
from PIL import Image
from sqlmodel import col, select

from bot.cards import sheet_available
from bot.clock import VirtualClock
from bot.demo import DEMO_AUDITOR, SAMPLE_WORKERS, build_demo
from bot.runtime import Runtime
from bot.serve import web_app
from bot.settings import Settings
from storage.enrollment import bind_address
from storage.tables import AuditEntry, Campaign, Organisation, User, Worker
from storage.tables import Conversation as ConversationRow
from tests.admin_helpers import ADMIN, AUDITOR, CALLER, CLIENT, log_in, open_admin_desk
from tests.console_helpers import Desk, csrf_in
from tests.fakes.telegram_api import FakeTelegram

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")
LINK = re.compile(r"https://t\.me/callbacks_test_bot\?start=[A-Za-z0-9_-]+")


@pytest.fixture
async def desk(
    database_url: str, clock: VirtualClock, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[Desk, FakeTelegram]]:
    async with open_admin_desk(database_url, clock, monkeypatch) as opened:
        yield opened


async def _post(
    client: ClientSession, path: str, token: str | None, data: Any = None, **fields: Any
) -> tuple[int, str]:
    form = data if data is not None else dict(fields)
    if token is not None and isinstance(form, dict):
        form = {"csrf_token": token, "request_key": uuid.uuid4().hex, **form}
    response = await client.post(path, data=form, allow_redirects=False)
    return response.status, response.headers.get("Location", "") or await response.text()


async def _new_campaign(client: ClientSession, token: str, **more: Any) -> int:
    fields = {
        "organisation": "Brand",
        "name": "Factory B follow-up",
        "facility": "Factory B, Bekasi",
        "country": "ID",
        "timezone": "Asia/Jakarta",
        "audit_date": "2026-11-20",
        "script": "default",
        "languages": ["id", "my"],
        "contact_starts_on": "2026-12-01",
        "contact_ends_on": "2026-12-31",
        **more,
    }
    data = FormData([("csrf_token", token), *[(k, v) for k, vs in fields.items() for v in _many(vs)]])
    status, location = await _post(client, "/admin/campaigns", None, data=data)
    assert status == 303, location
    found = re.search(r"/admin/campaigns/(\d+)", location)
    assert found, location
    return int(found.group(1))


def _many(value: Any) -> list[str]:
    return list(value) if isinstance(value, list) else [value]


async def _campaign(desk: Desk, campaign_id: int) -> Campaign:
    async with desk.runtime.db.sessions() as session:
        campaign = await session.get(Campaign, campaign_id)
    assert campaign is not None
    return campaign


async def _workers(desk: Desk, campaign_id: int) -> list[Worker]:
    return await _workers_of(desk.runtime, campaign_id)


async def test_an_auditor_creates_a_campaign_then_starts_pauses_and_closes_it(desk: tuple[Desk, FakeTelegram]) -> None:
    runtime = desk[0].runtime
    async with desk[0].client() as browser:
        token = await log_in(browser, AUDITOR)
        campaign_id = await _new_campaign(browser, token)
        page = await (await browser.get(f"/admin/campaigns/{campaign_id}?done=created")).text()
        assert "Campaign created as a draft" in page and "Factory B, Bekasi" in page and "Start campaign" in page
        listing = await (await browser.get("/admin/campaigns")).text()
        assert "Factory B follow-up" in listing and "Brand" in listing and "2026-12-01" in listing

        key = uuid.uuid4().hex
        for _ in range(2):  # the same form sent twice: started once, one entry in the audit log
            form = {"csrf_token": token, "request_key": key, "status": "running"}
            response = await browser.post(f"/admin/campaigns/{campaign_id}/status", data=form, allow_redirects=False)
            assert response.status == 303
        assert (await _campaign(desk[0], campaign_id)).status == "running"
        assert "already done" in await (await browser.get(response.headers["Location"])).text()

        status, _ = await _post(browser, f"/admin/campaigns/{campaign_id}/status", token, status="paused")
        assert status == 303 and (await _campaign(desk[0], campaign_id)).status == "paused"
        page = await (await browser.get(f"/admin/campaigns/{campaign_id}?done=paused")).text()
        assert "Paused: no new first contacts" in page and "Resume campaign" in page
        status, _ = await _post(browser, f"/admin/campaigns/{campaign_id}/status", token, status="closed")
        assert status == 303 and (await _campaign(desk[0], campaign_id)).status == "closed"
        status, text = await _post(browser, f"/admin/campaigns/{campaign_id}/status", token, status="running")
        assert status == 409 and "closed" in text
    async with runtime.db.sessions() as session:
        entries = (await session.exec(select(AuditEntry).order_by(col(AuditEntry.id)))).all()
    statuses = [e.detail for e in entries if e.action == "campaign_status"]
    assert statuses == [
        f"campaign {campaign_id}: draft -> running",
        f"campaign {campaign_id}: running -> paused",
        f"campaign {campaign_id}: paused -> closed",
    ]


async def test_a_wrong_campaign_form_says_why_and_keeps_what_was_typed(desk: tuple[Desk, FakeTelegram]) -> None:
    async with desk[0].client() as browser:
        token = await log_in(browser, AUDITOR)
        form = {"organisation": "Brand", "name": "Kept name", "facility": "Kept facility", "timezone": "Mars/Olympus"}
        status, page = await _post(browser, "/admin/campaigns", token, **form)
    assert status == 400
    assert "Unknown timezone" in page and 'value="Kept name"' in page and 'value="Kept facility"' in page


async def test_a_mistyped_organisation_is_refused_and_creates_no_client(desk: tuple[Desk, FakeTelegram]) -> None:
    async with desk[0].client() as browser:
        token = await log_in(browser, AUDITOR)
        form = {"organisation": "Brnad", "name": "Typo", "timezone": "Asia/Jakarta"}
        status, page = await _post(browser, "/admin/campaigns", token, **form)
        listing = await (await browser.get("/admin/campaigns")).text()
    assert status == 400 and "Choose one of the client organisations" in page
    assert "Brnad" not in listing and "Typo" not in listing


async def test_a_local_number_is_enrolled_in_e164_and_a_second_time_refused_with_the_form_kept(
    desk: tuple[Desk, FakeTelegram],
) -> None:
    async with desk[0].client() as browser:
        token = await log_in(browser, AUDITOR)
        campaign_id = await _new_campaign(browser, token)
        enroll = f"/admin/campaigns/{campaign_id}/enroll"
        worker = {"channel": "sms", "language": "id", "windows": "mon-fri 19:00-21:00", "consent": "on"}
        status, page = await _post(browser, enroll, token, phone="0812-3456-7890", migrant="on", **worker)
        assert status == 200 and "Worker enrolled" in page
        assert re.search(r"\+62 •+90<", page) and "3456" not in page  # the number is not shown back in full
        assert "Next worker" in page and "channel=sms" in page and "language=id" in page

        status, page = await _post(browser, enroll, token, phone="+62 812 3456 7890", **worker)
        assert status == 409
        assert "already enrolled in this campaign" in page
        assert 'value="+62 812 3456 7890"' in page and 'value="id" selected' in page  # nothing else lost

        status, page = await _post(browser, enroll, token, phone="12", **worker)
        assert status == 400 and 'id="phone-error"' in page and "Not a valid phone number" in page
        status, page = await _post(browser, enroll, token, phone="0813 1111 2222", **{**worker, "consent": ""})
        assert status == 400 and 'id="consent-error"' in page and 'value="0813 1111 2222"' in page
    [stored] = await _workers(desk[0], campaign_id)
    assert stored.channel == "sms" and stored.tags == ["migrant"]
    assert desk[0].runtime.cipher.decrypt(stored.address_cipher or b"") == "+6281234567890"
    async with desk[0].runtime.db.sessions() as session:
        entries = (await session.exec(select(AuditEntry).where(AuditEntry.action == "enroll"))).all()
    assert [e.detail for e in entries] == [f"campaign {campaign_id}: sms, id"]  # who enrolled, never the number


async def test_a_telegram_worker_gets_a_one_time_link_and_its_qr_code(desk: tuple[Desk, FakeTelegram]) -> None:
    async with desk[0].client() as browser:
        token = await log_in(browser, AUDITOR)
        campaign_id = await _new_campaign(browser, token)
        worker = {"channel": "telegram", "language": "my", "windows": "sat-sun 08:00-10:00", "consent": "on"}
        status, page = await _post(browser, f"/admin/campaigns/{campaign_id}/enroll", token, **worker)
    assert status == 200
    links = set(LINK.findall(page))
    assert len(links) == 1 and "<svg" in page and "QR code of the link" in page
    [stored] = await _workers(desk[0], campaign_id)
    assert stored.channel == "telegram" and stored.address_cipher is None and stored.enrollment_code_lookup


async def test_telegram_down_is_said_on_the_page_and_nobody_is_enrolled(desk: tuple[Desk, FakeTelegram]) -> None:
    desk[1].fail_next(None, 502, count=5)  # the first link asks Telegram for the bot's name: it does not answer
    async with desk[0].client() as browser:
        token = await log_in(browser, AUDITOR)
        campaign_id = await _new_campaign(browser, token)
        worker = {"channel": "telegram", "language": "my", "windows": "sat-sun 08:00-10:00", "consent": "on"}
        status, page = await _post(browser, f"/admin/campaigns/{campaign_id}/enroll", token, **worker)
    assert status == 400 and "Could not reach Telegram" in page and 'value="sat-sun 08:00-10:00"' in page
    assert await _workers(desk[0], campaign_id) == []


async def test_cards_for_a_batch_of_telegram_workers_decode_to_their_links(desk: tuple[Desk, FakeTelegram]) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    if not sheet_available():
        pytest.skip("no complex-text shaping or Noto fonts here (the HTML sheet is tested below)")
    async with desk[0].client() as browser:
        token = await log_in(browser, AUDITOR)
        campaign_id = await _new_campaign(browser, token, languages=[])
        cards = f"/admin/campaigns/{campaign_id}/cards"
        common = {"which": "new", "windows": "mon-fri 19:00-21:00", "consent": "on"}
        sheets = {}
        for language in ("my", "km", "hi"):
            response = await browser.post(
                cards,
                data={
                    "csrf_token": token,
                    "request_key": uuid.uuid4().hex,
                    "count": "2",
                    "language": language,
                    "format": "png",
                    **common,
                },
            )
            assert response.status == 200 and response.content_type == "image/png"
            sheets[language] = await response.read()
        pdf = await browser.post(
            cards,
            data={
                "csrf_token": token,
                "request_key": uuid.uuid4().hex,
                "count": "9",
                "language": "th",
                "format": "pdf",
                **common,
            },
        )
        assert pdf.status == 200 and pdf.content_type == "application/pdf"
        assert (await pdf.read()).startswith(b"%PDF") and "attachment" in pdf.headers["Content-Disposition"]

        status, page = await _post(browser, cards, token, count="2", language="my", format="png", which="new")
        assert status == 400 and "agreed to be contacted" in page  # no consent ticked: no cards
    workers = await _workers(desk[0], campaign_id)
    assert len(workers) == 6 + 9 and all(w.channel == "telegram" and w.address_cipher is None for w in workers)
    decoded = {}
    for language, png in sheets.items():
        decoded[language] = {code.text for code in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))}
        assert len(decoded[language]) == 2 and all(LINK.fullmatch(text) for text in decoded[language]), language
    assert not set.intersection(*decoded.values())
    # A scanned card binds the chat that opens it to one of the new workers, in the card's language.
    link = sorted(decoded["km"])[0]
    runtime = desk[0].runtime
    async with runtime.db.transaction() as session:
        code = link.partition("start=")[2]
        binding = await bind_address(session, runtime.cipher, "telegram", code, "700100200", runtime.clock.now())
    assert binding.conversation_id is not None
    async with runtime.db.sessions() as session:
        bound = await session.get(ConversationRow, binding.conversation_id)
    assert bound is not None and bound.language == "km" and bound.campaign_id == campaign_id


async def test_without_text_shaping_the_cards_are_a_printable_html_page(
    desk: tuple[Desk, FakeTelegram], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.web.card_sheets.sheet_available", lambda: False)
    async with desk[0].client() as browser:
        token = await log_in(browser, AUDITOR)
        campaign_id = await _new_campaign(browser, token)
        fields = {"which": "new", "count": "3", "language": "my", "windows": "mon-fri 19:00-21:00", "consent": "on"}
        status, page = await _post(browser, f"/admin/campaigns/{campaign_id}/cards", token, format="pdf", **fields)
    assert status == 200 and page.count('class="print-card"') == 3 and page.count("<svg") == 3
    links = re.findall(r"t\.me/callbacks_test_bot\?start=[A-Za-z0-9_-]+", page)
    assert len(set(links)) == 3 and "ဖုန်းကင်မရာ" in page  # a link on each card, and the Burmese text
    assert "@media print" not in page  # the print rules live in the stylesheet (no inline style: CSP)


async def test_a_csv_upload_imports_the_good_rows_and_lists_each_bad_one(desk: tuple[Desk, FakeTelegram]) -> None:
    rows = (
        "channel,phone,language,windows,tags\n"
        "sms,0812-3456-7890,id,mon-fri 19:00-21:00,migrant\n"
        "sms,12,id,mon-fri 19:00-21:00,\n"
        "whatsapp,+959420123456,my,mon-fri 19:00-21:00;sat 09:00-11:00,\n"
        "sms,+62 812 3456 7890,id,mon-fri 19:00-21:00,\n"
        "fax,0812 0000 1111,id,mon-fri 19:00-21:00,\n"
        "sms,0813 2222 3333,id,every day at seven,\n"
        "telegram,,my,sat-sun 08:00-10:00,\n"
    )
    async with desk[0].client() as browser:
        token = await log_in(browser, AUDITOR)
        campaign_id = await _new_campaign(browser, token)
        data = FormData()
        data.add_field("csrf_token", token)
        data.add_field("file", rows.encode(), filename="workers.csv", content_type="text/csv")
        status, page = await _post(browser, f"/admin/campaigns/{campaign_id}/import", None, data=data)
        assert status == 200
        assert "imported 3, already enrolled 1, refused 3" in page
        assert len(LINK.findall(page)) == 1  # the Telegram worker's one-time link, to give them
        for line in (3, 6, 7):
            assert f"<td>{line}</td>" in page
        assert "not a valid phone number" in page and "fax" in page

        data = FormData()
        data.add_field("csrf_token", token)
        data.add_field("file", b"\xff\xfe not text", filename="bad.csv", content_type="text/csv")
        status, page = await _post(browser, f"/admin/campaigns/{campaign_id}/import", None, data=data)
        assert status == 400 and "UTF-8" in page

        data = FormData()
        data.add_field("csrf_token", token)
        big = rows + "sms,0812 3456 7890,id,mon-fri 19:00-21:00,\n" * 8000
        data.add_field("file", big.encode(), filename="big.csv", content_type="text/csv")
        status, page = await _post(browser, f"/admin/campaigns/{campaign_id}/import", None, data=data)
        assert status == 413 and "too large for this page" in page and "callbacks workers import" in page
    assert len(await _workers(desk[0], campaign_id)) == 3


async def test_clients_and_callers_get_403_on_every_admin_route_and_auditors_on_people(
    desk: tuple[Desk, FakeTelegram],
) -> None:
    campaign_id = desk[0].campaign.id
    pages = ["/admin/campaigns", f"/admin/campaigns/{campaign_id}", f"/admin/campaigns/{campaign_id}/enroll"]
    forms = [
        "/admin/campaigns",
        f"/admin/campaigns/{campaign_id}/status",
        f"/admin/campaigns/{campaign_id}/enroll",
        f"/admin/campaigns/{campaign_id}/import",
        f"/admin/campaigns/{campaign_id}/cards",
    ]
    people = ["/admin/people", "/admin/people/organisations", "/admin/people/users", "/admin/people/users/disable"]
    async with desk[0].client() as browser:
        await log_in(browser, CLIENT, landing=None)
        for path in [*pages, "/admin/people"]:
            assert (await browser.get(path)).status == 403, path
    async with desk[0].client() as browser:  # a caller, with the session's own token: the role alone refuses
        token = await log_in(browser, CALLER, landing="/console")
        for path in [*pages, "/admin/people"]:
            assert (await browser.get(path)).status == 403, path
        for path in [*forms, *people[1:]]:
            status, _ = await _post(browser, path, token, status="running", name="X", email=ADMIN)
            assert status == 403, path
    async with desk[0].client() as browser:
        token = await log_in(browser, AUDITOR)
        assert (await browser.get("/admin/people")).status == 403
        status, _ = await _post(browser, "/admin/people/users/disable", token, email=ADMIN)
        assert status == 403
    async with desk[0].client() as browser:  # nobody logged in: to the login page
        response = await browser.get("/admin/campaigns", headers={"Accept": "text/html"}, allow_redirects=False)
        assert response.status == 303 and response.headers["Location"].startswith("/login")
    assert (await _campaign(desk[0], campaign_id or 0)).status == "running"


async def test_every_admin_form_needs_the_csrf_token(desk: tuple[Desk, FakeTelegram]) -> None:
    campaign_id = desk[0].campaign.id
    async with desk[0].client() as browser:
        await log_in(browser, ADMIN, landing="/admin/campaigns")
        for path, fields in (
            (f"/admin/campaigns/{campaign_id}/status", {"status": "paused"}),
            ("/admin/campaigns", {"organisation": "Brand", "name": "X", "timezone": "Asia/Jakarta"}),
            (f"/admin/campaigns/{campaign_id}/enroll", {"channel": "sms", "phone": "+6281234567890"}),
            ("/admin/people/organisations", {"name": "Sneaky"}),
        ):
            for token in (None, "not-the-token"):
                status, _ = await _post(browser, path, token, **fields)
                assert status == 403, path
    assert (await _campaign(desk[0], campaign_id or 0)).status == "running"
    assert await _workers(desk[0], campaign_id or 0) == []


async def test_an_admin_adds_an_organisation_and_users_and_disables_one(desk: tuple[Desk, FakeTelegram]) -> None:
    async with desk[0].client() as browser:
        token = await log_in(browser, ADMIN, landing="/admin/people")
        status, page = await _post(browser, "/admin/people/organisations", token, name="Outdoor Co")
        assert status == 200 and "Organisation Outdoor Co added" in page
        status, page = await _post(browser, "/admin/people/organisations", token, name="Outdoor Co")
        assert "already exists" in page

        status, page = await _post(
            browser, "/admin/people/users", token, email="buyer@outdoor.test", role="client", organisation="Outdoor Co"
        )
        assert "Account buyer@outdoor.test created" in page and 'id="new-password"' in page
        status, page = await _post(browser, "/admin/people/users", token, email="km@callers.test", role="caller")
        assert "a caller needs languages" in page.lower() and 'value="km@callers.test"' in page
        data = FormData([("csrf_token", token), ("email", "km@callers.test"), ("role", "caller"), ("languages", "km")])
        status, page = await _post(browser, "/admin/people/users", None, data=data)
        assert "Account km@callers.test created" in page

        status, page = await _post(browser, "/admin/people/users/disable", token, email=CALLER)
        assert f"{CALLER} is disabled" in page
        status, page = await _post(browser, "/admin/people/users/disable", token, email=ADMIN)
        assert "cannot disable your own account" in page
    async with desk[0].runtime.db.sessions() as session:
        users = {u.email: u for u in (await session.exec(select(User))).all()}
        outdoor = (await session.exec(select(Organisation).where(Organisation.name == "Outdoor Co"))).one()
    assert users["buyer@outdoor.test"].role == "client" and users["buyer@outdoor.test"].organisation_id == outdoor.id
    assert users["km@callers.test"].languages == ["km"]
    assert users[CALLER].disabled_at is not None and users[ADMIN].disabled_at is None


async def test_an_auditor_lands_on_the_campaigns_after_logging_in(desk: tuple[Desk, FakeTelegram]) -> None:
    async with desk[0].client() as browser:
        page = await browser.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', await page.text())
        assert token
        form = {"csrf_token": token.group(1), "email": AUDITOR, "password": "correct horse battery"}
        response = await browser.post("/login", data=form, allow_redirects=False)
        assert response.headers["Location"] == "/admin/campaigns"
        landing = await (await browser.get("/admin/campaigns")).text()
    assert 'href="/admin/campaigns">Campaigns</a>' in landing and "/admin/people" not in landing
    assert 'href="/console"' not in landing  # a page the auditor could not open


async def test_in_the_demo_the_auditor_enrolls_a_simulated_worker(tmp_path: Path) -> None:
    built = await build_demo(tmp_path, Settings(), speed=1)
    app = web_app(Settings(), built.runtime)
    try:
        async with (
            TestServer(app, host="127.0.0.1") as server,
            ClientSession(base_url=server.make_url("/"), cookie_jar=CookieJar(unsafe=True)) as browser,
        ):
            token = csrf_in(await (await browser.get("/login")).text())
            form = {"csrf_token": token, "email": DEMO_AUDITOR, "password": built.logins[DEMO_AUDITOR]}
            assert (await browser.post("/login", data=form, allow_redirects=False)).status == 303
            enroll = f"/admin/campaigns/{built.info.campaign.id}/enroll"
            page = await (await browser.get(enroll)).text()
            assert "Simulator (demo)" in page
            worker = {"channel": "simulator", "language": "my", "windows": "mon-sun 19:00-21:00", "consent": "on"}
            status, page = await _post(browser, enroll, csrf_in(page), **worker)
        assert status == 200 and "Worker enrolled" in page
        assert len(await _workers_of(built.runtime, built.info.campaign.id or 0)) == len(SAMPLE_WORKERS) + 1
    finally:
        await built.runtime.close()


async def _workers_of(runtime: Runtime, campaign_id: int) -> list[Worker]:
    async with runtime.db.sessions() as session:
        return list((await session.exec(select(Worker).where(Worker.campaign_id == campaign_id))).all())
