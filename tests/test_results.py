"""Clients' results from a small campaign run through the real service: the counts, the release date, the CLI's
csv and json, and who may see which campaign's results (on SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from aiohttp import ClientSession, CookieJar
from aiohttp.test_utils import TestServer
from sqlalchemy import update
from sqlmodel import select

from bot.accounts import NewUser, create_users
from bot.cli import main
from bot.clock import VirtualClock
from bot.enrollment import Enrollment, enroll, new_campaign
from bot.i18n import default_locales
from bot.results import Results, as_csv, campaign_results
from bot.runtime import Runtime
from bot.serve import web_app
from bot.settings import Settings
from bot.simulate import BENIGN as CALM
from conversations.events import CaseClosed
from storage.cases import change_case
from storage.inbound import IncomingMessage
from storage.tables import Campaign, Case
from tests.console_helpers import CSRF, PASSWORD
from tests.helpers import run_until_next_timer, settle

ANY_TIME = ("mon-sun 00:00-23:59",)
PASSPORT = "They kept my passport after the visit"


async def run_campaign(runtime: Runtime, clock: VirtualClock, *, organisation: str = "Brand") -> Campaign:
    """12 workers: one stops at the first message, one never answers, ten answer everything. Of those, three say
    there are deductions from their pay, six ask for a person and two write that their passport was
    kept (a free-text flag): a case each, all closed two hours later."""
    campaign = await new_campaign(
        runtime, name="Factory A follow-up", timezone="Asia/Jakarta", organisation=organisation,
        facility="PT Garmen, Bekasi", contact_ends_on=date(2026, 12, 1),
    )  # fmt: skip
    ids = await enroll(
        runtime, campaign, [Enrollment("simulator", "en", ANY_TIME, f"w{n}-{uuid.uuid4().hex[:6]}") for n in range(12)]
    )
    await run_until_next_timer(runtime, clock)  # every safety gate goes out
    stopper, silent, answering = ids[0], ids[1], ids[2:]
    await _say(runtime, [(stopper, "3"), *((c, "1") for c in answering)])
    for question, calm in CALM.items():
        replies = []
        for n, conversation in enumerate(answering):
            reply = calm
            if question == "deductions" and n < 3:
                reply = "1"
            if question == "wants_contact" and n < 6:
                reply = "1"
            replies.append((conversation, reply))
        await _say(runtime, replies)
    for question in ("anything_else", "improve"):
        texts = [PASSPORT if question == "anything_else" and n >= 8 else "9" for n in range(len(answering))]
        await _say(runtime, list(zip(answering, texts, strict=True)))
        clock.advance(timedelta(seconds=61))  # several quick messages to an open question are one answer
        await settle(runtime)
    assert silent not in answering
    clock.advance(timedelta(hours=2))
    await _close_cases(runtime, campaign)
    return campaign


async def _say(runtime: Runtime, replies: list[tuple[int, str]]) -> None:
    await runtime.service.receive([IncomingMessage("simulator", uuid.uuid4().hex, c, text) for c, text in replies])
    await settle(runtime)


async def _close_cases(runtime: Runtime, campaign: Campaign) -> None:
    now = runtime.clock.now()
    async with runtime.db.transaction() as session:
        cases = (await session.exec(select(Case).where(Case.campaign_id == campaign.id))).all()
        for case in cases:
            await change_case(session, case.id or 0, status="closed", outcome="resolved", closed_at=now)
        stepped = await runtime.service.step_within(
            session, [(case.conversation_id, CaseClosed(resume=False)) for case in cases], now
        )
    runtime.service.after_commit(stepped)


async def results_at(
    runtime: Runtime, campaign: Campaign, now: datetime, *, delay: int = 0, language: str = "en"
) -> Results:
    async with runtime.db.sessions() as session:
        fresh = await session.get(Campaign, campaign.id)
        assert fresh is not None
        return await campaign_results(
            session, fresh, now=now, language=language, delay_days=delay, locales=default_locales()
        )


def figures(results: Results, key: str) -> dict[str, int | str]:
    tables = {t.key: t for t in (results.funnel, *results.questions, results.flag_categories, results.cases)}
    table = tables[key]
    assert table is not None
    rows = {row.key: row.count if row.count is not None else row.shown for row in table.rows}
    if table.total:
        rows["total"] = table.total.count if table.total.count is not None else table.total.shown
    return rows


async def test_a_client_sees_counts_of_workers_with_small_figures_hidden(runtime: Runtime, clock: VirtualClock) -> None:
    campaign = await run_campaign(runtime, clock)
    after_the_period = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)  # 08:00 on 2 December in Jakarta

    results = await results_at(runtime, campaign, after_the_period)

    assert results.release.released
    assert figures(results, "funnel") == {
        "enrolled": 12,
        "contacted": 12,
        "replied": 11,
        "completed": 10,
        "opted_out": "fewer than 5",
    }
    assert "question:consent" not in {t.key for t in results.questions}  # a gate: its "no" is an opt-out
    deductions = figures(results, "question:deductions")
    assert deductions == {"yes": "fewer than 5", "no": 7, "no_answer": "fewer than 5", "total": 10}
    [question] = [t for t in results.questions if t.key == "question:deductions"]
    assert question.title == "Is money taken from your pay that you did not agree to?"
    assert question.rows[0].label == "Yes"
    wants_contact = figures(results, "question:wants_contact")
    assert wants_contact == {"yes": 6, "no": "fewer than 5", "no_answer": "fewer than 5", "total": 10}
    assert figures(results, "flags:category")["documents"] == "fewer than 10"  # two wrote it: never shown
    assert figures(results, "cases") == {"opened": 8, "closed": 8}  # six asked for a person, two wrote
    assert results.median_hours_to_close == 2.0
    [week] = results.weekly[0].rows
    assert (week.key, week.count) == ("2026-11-30", 10)
    in_indonesian = await results_at(runtime, campaign, after_the_period, language="id")
    [translated] = [t for t in in_indonesian.questions if t.key == "question:deductions"]
    assert translated.title == default_locales().text("id", "q-deductions") != question.title
    assert translated.rows[0].label == default_locales().text("id", "answer-yes")
    free_text = next(t for t in results.weekly if t.title == "Raised something in their own words")
    assert [row.shown for row in free_text.rows] == ["fewer than 10"]
    assert free_text.total is not None and free_text.total.shown == "fewer than 10"


async def test_results_are_released_the_day_after_the_contact_period_in_the_campaigns_timezone(
    runtime: Runtime, clock: VirtualClock
) -> None:
    campaign = await run_campaign(runtime, clock)
    last_evening = datetime(2026, 12, 1, 16, 59, tzinfo=UTC)  # 23:59 on 1 December in Jakarta

    before = await results_at(runtime, campaign, last_evening)
    delayed = await results_at(runtime, campaign, last_evening + timedelta(days=1), delay=2)

    assert not before.release.released and before.funnel is None
    assert before.release.release_on == date(2026, 12, 2)
    assert "released on" in as_csv(before) and "Enrolled" not in as_csv(before)
    assert not delayed.release.released and delayed.release.release_on == date(2026, 12, 4)


async def test_the_command_prints_the_same_safe_figures_as_csv_and_json(
    runtime: Runtime, clock: VirtualClock, database_url: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    campaign = await run_campaign(runtime, clock)
    async with runtime.db.transaction() as session:  # closed: released whatever today's date is
        await session.exec(update(Campaign).where(Campaign.id == campaign.id).values(status="closed"))  # type: ignore[call-overload]
    monkeypatch.setenv("CALLBACKS_DATABASE_URL", database_url)

    def run(*args: str) -> int:  # the command runs its own event loop: in a thread, as from a shell
        return main(["results", *args])

    assert await asyncio.to_thread(run, "--campaign", str(campaign.id), "--format", "csv") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert await asyncio.to_thread(run, "--campaign", str(campaign.id), "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    assert await asyncio.to_thread(run, "--campaign", "999999") == 2

    by_item = {(row["section"], row["item"]): row for row in rows}
    assert by_item[("Response", "enrolled")]["workers"] == "12"
    assert by_item[("Response", "opted_out")] | {"campaign": ""} == {
        "campaign": "", "section": "Response", "item": "opted_out", "label": "Opted out", "workers": "",
        "shown": "fewer than 5",
    }  # fmt: skip
    tables = {table["key"]: table for table in data["tables"]}
    deductions = {row["key"]: row for row in tables["question:deductions"]["rows"]}
    assert deductions["yes"] == {"key": "yes", "label": "Yes", "workers": None, "shown": "fewer than 5"}
    assert deductions["no"]["workers"] == 7
    every_shown_count = [row["workers"] for t in data["tables"] for row in t["rows"] if row["workers"] is not None]
    assert all(count >= 5 for count in every_shown_count)
    assert data["median_hours_to_close"] == 2.0


# --- who may see what -----------------------------------------------------------------------------------------


async def log_in(server: TestServer, email: str, *, lands_on: str | None = None) -> ClientSession:
    client = ClientSession(base_url=server.make_url("/"), cookie_jar=CookieJar(unsafe=True))
    page = await client.get("/login")
    found = CSRF.search(await page.text())
    assert found
    response = await client.post(
        "/login", data={"csrf_token": found.group(1), "email": email, "password": PASSWORD}, allow_redirects=False
    )
    assert response.status == 303, await response.text()
    assert lands_on is None or response.headers["Location"] == lands_on
    return client


async def test_a_client_sees_only_its_own_organisations_results(runtime: Runtime, clock: VirtualClock) -> None:
    ours = await new_campaign(runtime, name="Ours", timezone="Asia/Jakarta", organisation="Brand")
    theirs = await new_campaign(runtime, name="Theirs", timezone="Asia/Jakarta", organisation="Other brand")
    await create_users(
        runtime.db,
        clock,
        [
            NewUser("brand@client.test", "client", PASSWORD, organisation="Brand"),
            NewUser("other@client.test", "client", PASSWORD, organisation="Other brand"),
            NewUser("caller@callers.test", "caller", PASSWORD, ("en",)),
            NewUser("auditor@audits.test", "auditor", PASSWORD),
            NewUser("admin@callers.test", "admin", PASSWORD),
        ],
        runtime.locales.languages,
    )
    html = {"Accept": "text/html"}
    async with TestServer(web_app(Settings(), runtime), host="127.0.0.1") as server:
        client = await log_in(server, "brand@client.test", lands_on="/dashboard")
        listing = await (await client.get("/dashboard", headers=html)).text()
        own = await client.get(f"/dashboard/campaigns/{ours.id}", headers=html)
        refused = [
            (await client.get(path, headers=html, allow_redirects=False)).status
            for path in (
                f"/dashboard/campaigns/{theirs.id}",
                f"/dashboard/campaigns/{theirs.id}.csv",
                f"/dashboard/campaigns/{theirs.id}.json",
            )
        ]
        admin = await log_in(server, "admin@callers.test")
        everything = await (await admin.get("/dashboard", headers=html)).text()
        admin_csv = await admin.get(f"/dashboard/campaigns/{theirs.id}.csv")
        admin_json = await (await admin.get(f"/dashboard/campaigns/{theirs.id}.json")).json()
        others = []
        for email in ("caller@callers.test", "auditor@audits.test"):
            staff = await log_in(server, email)
            for path in ("/dashboard", *(f"/dashboard/campaigns/{ours.id}{end}" for end in ("", ".csv", ".json"))):
                others.append((await staff.get(path, headers=html, allow_redirects=False)).status)
            await staff.close()
        anonymous = ClientSession(base_url=server.make_url("/"))
        nobody = [(await anonymous.get(f"/dashboard/campaigns/{ours.id}{end}")).status for end in (".csv", ".json")]
        for session in (client, admin, anonymous):
            await session.close()

    assert "Ours" in listing and "Theirs" not in listing
    assert own.status == 200 and "Results will be released when the campaign is closed." in await own.text()
    assert refused == [404, 404, 404]
    assert "Ours" in everything and "Theirs" in everything and "Other brand" in everything
    assert admin_csv.status == 200 and admin_csv.content_type == "text/csv"
    assert admin_json["campaign"]["name"] == "Theirs" and admin_json["released"] is False
    assert others == [403] * 8
    assert nobody == [401, 401]


async def test_the_page_and_its_chart_data_carry_shown_figures_only(runtime: Runtime, clock: VirtualClock) -> None:
    campaign = await run_campaign(runtime, clock)
    await create_users(
        runtime.db, clock, [NewUser("brand@client.test", "client", PASSWORD, organisation="Brand")], ("en",)
    )
    clock.advance_to(datetime(2026, 12, 2, 1, 0, tzinfo=UTC))  # after the contact period, in Jakarta
    async with TestServer(web_app(Settings(), runtime), host="127.0.0.1") as server:
        client = await log_in(server, "brand@client.test")
        page = await (await client.get(f"/dashboard/campaigns/{campaign.id}", headers={"Accept": "text/html"})).text()
        exported = await (await client.get(f"/dashboard/campaigns/{campaign.id}.csv")).text()
        await client.close()

    charts = json.loads(page.split('id="dashboard-charts">', 1)[1].split("</script>", 1)[0])
    deductions = next(c for c in charts.values() if c["title"].startswith("Is money taken"))
    assert deductions["series"][0]["data"] == [None, 7, None]  # yes (3) and no answer (0) are not there at all
    assert charts["chart-funnel"]["series"][0]["data"] == [12, 12, 11, 10, None]
    assert "fewer than 5" in page and "Download CSV" in page
    rows = {(row["section"], row["item"]): row for row in csv.DictReader(io.StringIO(exported))}
    question = "Is money taken from your pay that you did not agree to?"
    assert (rows[(question, "yes")]["workers"], rows[(question, "yes")]["shown"]) == ("", "fewer than 5")
    assert rows[(question, "no")]["workers"] == "7"
