"""Starting, pausing, resuming and closing a campaign, with the scheduler driven by the virtual clock: only a
running campaign makes first contacts; conversations under way go on. On SQLite and PostgreSQL."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta

import pytest
from sqlmodel import col, select

from bot.campaign_status import CampaignStatusError, change_campaign_status
from bot.cli import main
from bot.clock import VirtualClock
from bot.enrollment import Enrollment, EnrollmentError, enroll, new_campaign
from bot.runtime import Runtime
from storage.enrollment import bind_address, set_enrollment_code
from storage.tables import Campaign, Timer
from storage.tables import Conversation as ConversationRow
from tests.conftest import START, TEST_SECRET
from tests.helpers import say, settle, texts_to

EVENING = "mon-fri 19:00-21:00"  # Jakarta; START is Monday 18:00 there
LATE_EVENING = "mon-fri 20:00-21:00"
MONDAY_7PM = START + timedelta(hours=1)


async def _campaign(runtime: Runtime, status: str = "running") -> Campaign:
    return await new_campaign(runtime, name="Bekasi", timezone="Asia/Jakarta", status=status)


async def _worker(runtime: Runtime, campaign: Campaign, address: str, window: str = EVENING) -> int:
    [conversation_id] = await enroll(runtime, campaign, [Enrollment("simulator", "en", (window,), address)])
    return conversation_id


async def _at(runtime: Runtime, clock: VirtualClock, moment: datetime) -> None:
    clock.advance_to(moment)
    await settle(runtime)


async def _conversation(runtime: Runtime, conversation_id: int) -> ConversationRow:
    async with runtime.db.sessions() as session:
        row = await session.get(ConversationRow, conversation_id)
    assert row is not None
    return row


async def _timers(runtime: Runtime, conversation_id: int) -> list[Timer]:
    async with runtime.db.sessions() as session:
        statement = select(Timer).where(Timer.conversation_id == conversation_id).order_by(col(Timer.id))
        return list((await session.exec(statement)).all())


async def _resume_and_see_one_greeting(runtime: Runtime, campaign_id: int, cid: int, address: str) -> None:
    await change_campaign_status(runtime, campaign_id, "running")
    await settle(runtime)
    [greeting] = texts_to(runtime, address)
    assert "good and private time" in greeting
    assert (await _conversation(runtime, cid)).status == "active"


async def _first_contact_waiting_in_the_outbox(runtime: Runtime, clock: VirtualClock) -> tuple[int, int]:
    """A running campaign whose worker's first contact has been written and waits in the outbox (a rate limit, an
    outage): the timer fired, the dispatcher has not sent it. Returns the campaign and the conversation."""
    campaign = await _campaign(runtime)
    assert campaign.id is not None
    queued = await _worker(runtime, campaign, "sim-queued")
    clock.advance_to(MONDAY_7PM)
    await runtime.step_once()
    assert (await _conversation(runtime, queued)).status == "active"
    return campaign.id, queued


async def test_pausing_stops_a_due_first_contact_and_resuming_makes_it(runtime: Runtime, clock: VirtualClock) -> None:
    campaign = await _campaign(runtime)
    assert campaign.id is not None
    cid = await _worker(runtime, campaign, "sim-a")
    paused = await change_campaign_status(runtime, campaign.id, "paused")
    assert paused.status == "paused" and paused.status_changed_at == clock.now()
    await _at(runtime, clock, MONDAY_7PM)  # the first contact is due, inside the window
    assert texts_to(runtime, "sim-a") == []
    [timer] = await _timers(runtime, cid)
    assert timer.due_at == MONDAY_7PM and timer.available_at > clock.now()  # parked: no pass scans it again
    await _at(runtime, clock, MONDAY_7PM + timedelta(minutes=30))
    assert texts_to(runtime, "sim-a") == []
    await _resume_and_see_one_greeting(runtime, campaign.id, cid, "sim-a")


async def test_a_first_contact_still_in_the_outbox_when_paused_is_taken_back(
    runtime: Runtime, clock: VirtualClock
) -> None:
    campaign_id, queued = await _first_contact_waiting_in_the_outbox(runtime, clock)
    await change_campaign_status(runtime, campaign_id, "paused")
    await settle(runtime)
    assert texts_to(runtime, "sim-queued") == []
    assert (await _conversation(runtime, queued)).status == "scheduled"
    await _at(runtime, clock, MONDAY_7PM + timedelta(minutes=30))
    assert texts_to(runtime, "sim-queued") == []
    await _resume_and_see_one_greeting(runtime, campaign_id, queued, "sim-queued")  # never the taken-back one too


async def test_a_first_contact_still_in_the_outbox_when_closed_is_never_sent(
    runtime: Runtime, clock: VirtualClock
) -> None:
    campaign_id, queued = await _first_contact_waiting_in_the_outbox(runtime, clock)
    await change_campaign_status(runtime, campaign_id, "closed")
    await _at(runtime, clock, MONDAY_7PM + timedelta(days=3))
    assert texts_to(runtime, "sim-queued") == []
    assert (await _conversation(runtime, queued)).status == "scheduled"
    assert await _timers(runtime, queued) == []


async def test_conversations_under_way_go_on_while_paused(runtime: Runtime, clock: VirtualClock) -> None:
    campaign = await _campaign(runtime)
    assert campaign.id is not None
    talking = await _worker(runtime, campaign, "sim-talking")
    later = await _worker(runtime, campaign, "sim-later")
    waiting = await _worker(runtime, campaign, "sim-waiting", LATE_EVENING)
    await _at(runtime, clock, MONDAY_7PM)
    await say(runtime, later, "2")  # "later": contact again tomorrow evening
    await change_campaign_status(runtime, campaign.id, "paused")

    await say(runtime, talking, "1")  # a reply is answered
    assert "independent of your employer" in texts_to(runtime, "sim-talking")[-1]
    await _at(runtime, clock, MONDAY_7PM + timedelta(hours=1, minutes=30))  # 20:30: the waiting worker's window
    assert texts_to(runtime, "sim-waiting") == []
    await _at(runtime, clock, MONDAY_7PM + timedelta(days=1, minutes=1))  # Tuesday 19:01
    assert len(texts_to(runtime, "sim-talking")) == 3  # gate, consent, and the reminder after silence
    assert "Hello again" in texts_to(runtime, "sim-later")[-1]  # they had started: their own "later" goes on
    await _at(runtime, clock, MONDAY_7PM + timedelta(days=1, hours=1, minutes=30))  # Tuesday 20:30
    assert texts_to(runtime, "sim-waiting") == []

    await change_campaign_status(runtime, campaign.id, "running")
    await settle(runtime)  # still inside the waiting worker's window: contacted now
    [greeting] = texts_to(runtime, "sim-waiting")
    assert "good and private time" in greeting
    assert (await _conversation(runtime, waiting)).status == "active"


async def test_a_first_contact_falling_due_while_paused_is_parked_not_rescanned(
    runtime: Runtime, clock: VirtualClock
) -> None:
    campaign = await _campaign(runtime, status="running")
    assert campaign.id is not None
    await change_campaign_status(runtime, campaign.id, "paused")
    cid = await _worker(runtime, campaign, "sim-a")  # enrolled while paused: its timer is due at 19:00
    await _at(runtime, clock, MONDAY_7PM)
    [timer] = await _timers(runtime, cid)
    parked = timer.available_at
    assert parked > clock.now()
    clock.advance(timedelta(minutes=10))
    assert await runtime.scheduler.run_once() == 0
    [timer] = await _timers(runtime, cid)
    assert timer.available_at == parked  # passes until then do not touch it
    assert texts_to(runtime, "sim-a") == []


async def test_closing_ends_contact_for_workers_not_reached_and_lets_the_others_finish(
    runtime: Runtime, clock: VirtualClock
) -> None:
    campaign = await _campaign(runtime)
    assert campaign.id is not None
    talking = await _worker(runtime, campaign, "sim-talking")
    waiting = await _worker(runtime, campaign, "sim-waiting", LATE_EVENING)
    [by_link] = await enroll(runtime, campaign, [Enrollment("telegram", "en", (EVENING,))])
    link_worker = (await _conversation(runtime, by_link)).worker_id
    async with runtime.db.transaction() as session:
        await set_enrollment_code(session, runtime.cipher, link_worker, "code", clock.now() + timedelta(days=30))
    await _at(runtime, clock, MONDAY_7PM)
    await change_campaign_status(runtime, campaign.id, "closed")

    assert (await _conversation(runtime, waiting)).status == "scheduled"  # enrolled, never contacted
    assert await _timers(runtime, waiting) == []
    await say(runtime, talking, "1")
    assert "independent of your employer" in texts_to(runtime, "sim-talking")[-1]
    await _at(runtime, clock, MONDAY_7PM + timedelta(days=9))
    assert texts_to(runtime, "sim-waiting") == []
    assert (await _conversation(runtime, talking)).status == "expired"  # it ran its course: no response
    async with runtime.db.transaction() as session:
        binding = await bind_address(session, runtime.cipher, "telegram", "code", "4242", clock.now())
    assert binding.conversation_id is None and binding.reason == "campaign closed"

    with pytest.raises(EnrollmentError, match=f"campaign {campaign.id} is closed"):
        await _worker(runtime, campaign, "sim-new")
    with pytest.raises(CampaignStatusError, match="a closed campaign cannot be started again"):
        await change_campaign_status(runtime, campaign.id, "running")


async def test_a_draft_contacts_nobody_until_it_starts(runtime: Runtime, clock: VirtualClock) -> None:
    campaign = await _campaign(runtime, status="draft")
    assert campaign.id is not None
    await _worker(runtime, campaign, "sim-a")
    await _at(runtime, clock, MONDAY_7PM + timedelta(minutes=5))
    assert texts_to(runtime, "sim-a") == []
    await change_campaign_status(runtime, campaign.id, "running")
    await settle(runtime)
    assert len(texts_to(runtime, "sim-a")) == 1


async def test_moves_that_make_no_sense_are_refused(runtime: Runtime) -> None:
    draft = await _campaign(runtime, status="draft")
    running = await _campaign(runtime)
    assert draft.id is not None and running.id is not None
    refusals = [
        (draft.id, "paused", f"campaign {draft.id} is draft: it can only be started or closed"),
        (running.id, "running", f"campaign {running.id} is already running"),
        (running.id, "draft", f"campaign {running.id} is running: it can only be paused or closed"),
        (running.id, "finished", "unknown status 'finished'"),
        (999, "paused", "no campaign 999"),
    ]
    for campaign_id, status, reason in refusals:
        with pytest.raises(CampaignStatusError) as refused:
            await change_campaign_status(runtime, campaign_id, status)
        assert str(refused.value).startswith(reason), str(refused.value)
    async with runtime.db.sessions() as session:
        statuses = (await session.exec(select(Campaign.status).order_by(col(Campaign.id)))).all()
    assert statuses == ["draft", "running"]


def test_the_commands_create_list_start_pause_and_close_campaigns(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for key in list(os.environ):
        if key.startswith("CALLBACKS_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("CALLBACKS_DATABASE_URL", database_url)
    monkeypatch.setenv("CALLBACKS_SECRET_KEY", TEST_SECRET)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    assert run("orgs", "add", "Brand A") == (0, "1\n", "")
    assert run("orgs", "add", " Brand A ") == (2, "", "error: there is already an organisation named 'Brand A'\n")
    create = ("campaigns", "create", "--timezone", "Asia/Jakarta", "--org", "Brand A", "--facility", "PT Garmen")
    assert run(*create, "--name", "Round 1", "--draft", "--country", "id", "--language", "id") == (0, "1\n", "")
    assert run(*create, "--name", "Round 2", "--audit-date", "2026-11-20", "--contact-from", "2026-12-01") == (
        0,
        "2\n",
        "",
    )
    assert run("campaigns", "create", "--name", "Elsewhere", "--timezone", "Asia/Yangon", "--org", "Brand B")[0] == 0
    code, _, err = run(*create, "--name", "Bad", "--contact-from", "2026-12-10", "--contact-until", "2026-12-01")
    assert (code, err) == (2, "error: the contact period ends (2026-12-01) before it starts (2026-12-10)\n")
    with pytest.raises(SystemExit):
        run(*create, "--name", "Bad", "--audit-date", "20/11/2026")
    assert "'20/11/2026' is not a date: use YYYY-MM-DD" in capsys.readouterr().err

    assert run("campaigns", "list", "--org", "Brand A") == (
        0,
        "2\tBrand A\tRound 2\tPT Garmen\trunning\t0 workers\n1\tBrand A\tRound 1\tPT Garmen\tdraft\t0 workers\n",
        "",
    )
    assert run("campaigns", "pause", "1") == (2, "", "error: campaign 1 is draft: it can only be started or closed\n")
    assert run("campaigns", "start", "1") == (0, "campaign 1 is running\n", "")
    assert run("campaigns", "pause", "1") == (0, "campaign 1 is paused\n", "")
    assert run("campaigns", "close", "1") == (0, "campaign 1 is closed\n", "")
    assert run("campaigns", "start", "7") == (2, "", "error: no campaign 7\n")
    code, out, _ = run("campaigns", "list")
    assert [line.split("\t")[4] for line in out.splitlines()] == ["running", "running", "closed"]
    assert run("orgs", "list") == (0, "1\tBrand A\t2 campaigns\n2\tBrand B\t1 campaign\n", "")


async def test_first_contacts_wait_for_the_contact_period_and_stop_after_it(
    runtime: Runtime, clock: VirtualClock
) -> None:
    # START is Monday 30 November, 18:00 in Jakarta. One campaign's period begins on Tuesday, another's ended on
    # Sunday: neither contacts anyone on Monday evening; on Tuesday evening only the first one does.
    later = await new_campaign(
        runtime, name="Starts Tuesday", timezone="Asia/Jakarta", contact_starts_on=date(2026, 12, 1)
    )
    over = await new_campaign(
        runtime,
        name="Ended Sunday",
        timezone="Asia/Jakarta",
        contact_starts_on=date(2026, 11, 1),
        contact_ends_on=date(2026, 11, 29),
    )
    await _worker(runtime, later, "sim-tuesday")
    ended = await _worker(runtime, over, "sim-too-late")
    await _at(runtime, clock, MONDAY_7PM + timedelta(minutes=30))
    assert texts_to(runtime, "sim-tuesday") == [] and texts_to(runtime, "sim-too-late") == []
    await _at(runtime, clock, MONDAY_7PM + timedelta(days=1, minutes=30))  # Tuesday 19:30 in Jakarta
    [greeting] = texts_to(runtime, "sim-tuesday")
    assert "good and private time" in greeting
    assert texts_to(runtime, "sim-too-late") == []
    assert (await _conversation(runtime, ended)).status == "scheduled"
