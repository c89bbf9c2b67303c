"""One worker, one conversation: phone numbers read in the campaign's country, an address enrolled once per campaign
(also when several auditors enroll it at the same moment), languages and campaign details checked. On SQLite and
PostgreSQL."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Sequence
from datetime import date, timedelta

import pytest
from sqlalchemy import func
from sqlmodel import col, select

from bot.channels.simulator import SimulatorChannel
from bot.cli import main
from bot.clock import VirtualClock
from bot.enrollment import ALREADY_ENROLLED, Enrollment, EnrollmentError, enroll, new_campaign
from bot.runtime import Runtime
from storage.database import Database
from storage.enrollment import bind_address, set_enrollment_code
from storage.tables import Campaign, Worker
from storage.tables import Conversation as ConversationRow
from tests.conftest import TEST_SECRET

WINDOW = ("mon-fri 19:00-21:00",)
LOCAL, INTERNATIONAL = "0812 3456 7890", "+62 812-3456-7890"


def sms(number: str, language: str = "id") -> Enrollment:
    return Enrollment("sms", language, WINDOW, number)


async def _workers(db: Database, campaign_id: int | None = None) -> Sequence[Worker]:
    async with db.sessions() as session:
        statement = select(Worker).order_by(col(Worker.id))
        if campaign_id is not None:
            statement = statement.where(Worker.campaign_id == campaign_id)
        return (await session.exec(statement)).all()


async def test_a_local_number_is_the_same_worker_as_its_international_form(runtime: Runtime) -> None:
    campaign = await new_campaign(runtime, name="Bekasi", timezone="Asia/Jakarta", country="id")
    assert campaign.country == "ID"
    await enroll(runtime, campaign, [sms(LOCAL)])
    for again in (INTERNATIONAL, "+6281234567890", "(0812) 3456-7890"):
        with pytest.raises(EnrollmentError, match=ALREADY_ENROLLED):
            await enroll(runtime, campaign, [sms(again)])
    [worker] = await _workers(runtime.db)
    assert worker.address_cipher is not None
    assert runtime.cipher.decrypt(worker.address_cipher) == "+6281234567890"  # stored in E.164
    assert worker.address_lookup == runtime.cipher.lookup("sms", "+6281234567890")
    assert b"3456" not in worker.address_cipher  # encrypted at rest


async def test_the_same_number_may_be_enrolled_in_another_campaign_or_on_another_channel(runtime: Runtime) -> None:
    first = await new_campaign(runtime, name="Round 1", timezone="Asia/Jakarta", country="ID")
    second = await new_campaign(runtime, name="Round 2", timezone="Asia/Jakarta", country="ID")
    await enroll(runtime, first, [sms(LOCAL)])
    await enroll(runtime, first, [Enrollment("whatsapp", "id", WINDOW, INTERNATIONAL)])
    await enroll(runtime, second, [sms(INTERNATIONAL)])
    assert len(await _workers(runtime.db)) == 3


async def test_phone_numbers_must_be_valid_not_only_possible(runtime: Runtime) -> None:
    indonesia = await new_campaign(runtime, name="Bekasi", timezone="Asia/Jakarta", country="ID")
    nowhere = await new_campaign(runtime, name="No country", timezone="Asia/Jakarta")
    refusals = [
        (indonesia, "0812 34", "not a valid phone number (numbers without a +country code are read as ID)"),
        (indonesia, "+1 555 000 4444", "not a valid phone number"),  # possible, but no such US number
        (indonesia, "call me", "not a phone number"),
        (nowhere, LOCAL, "need their country code (E.164)"),
        (indonesia, "", "a phone number is required for sms"),
    ]
    for campaign, number, reason in refusals:
        with pytest.raises(EnrollmentError) as refused:
            await enroll(runtime, campaign, [sms(number)])
        assert reason in str(refused.value), number
    await enroll(runtime, nowhere, [sms(INTERNATIONAL)])  # with its country code it is fine anywhere
    assert len(await _workers(runtime.db)) == 1


async def test_a_language_not_in_the_campaign_is_refused(runtime: Runtime) -> None:
    campaign = await new_campaign(runtime, name="Bekasi", timezone="Asia/Jakarta", country="ID", languages=["id", "my"])
    with pytest.raises(EnrollmentError, match="language 'en' is not one of this campaign's: id, my"):
        await enroll(runtime, campaign, [sms(LOCAL, language="en")])
    await enroll(runtime, campaign, [sms(LOCAL, language="my")])
    assert [w.language for w in await _workers(runtime.db)] == ["my"]


async def test_a_campaign_is_checked_before_it_is_created(runtime: Runtime) -> None:
    base = {"name": "Bekasi", "timezone": "Asia/Jakarta"}
    refusals = [
        ({"timezone": "Jakarta"}, "unknown timezone 'Jakarta'"),
        ({"script": "nope"}, "nope"),
        ({"country": "XX"}, "unknown country 'XX'"),
        ({"languages": ["id", "klingon"]}, "no locale for language 'klingon'"),
        ({"contact_starts_on": date(2026, 12, 10), "contact_ends_on": date(2026, 12, 1)}, "ends (2026-12-01) before"),
        ({"name": "  "}, "the campaign name is required"),
        ({"status": "paused"}, "a new campaign is draft or running"),
    ]
    for change, reason in refusals:
        with pytest.raises(EnrollmentError) as refused:
            await new_campaign(runtime, **{**base, **change})  # type: ignore[arg-type]
        assert reason in str(refused.value), change
    campaign = await new_campaign(
        runtime,
        name="Bekasi",
        timezone="Asia/Jakarta",
        organisation="Brand A",
        facility="PT Garmen",
        country="id",
        audit_date=date(2026, 11, 20),
        languages=["id", "my", "id"],
        contact_starts_on=date(2026, 12, 1),
        contact_ends_on=date(2026, 12, 20),
        status="draft",
    )
    async with runtime.db.sessions() as session:
        [stored] = (await session.exec(select(Campaign))).all()
    assert (stored.id, stored.facility, stored.country, stored.languages, stored.status) == (
        campaign.id,
        "PT Garmen",
        "ID",
        ["id", "my"],
        "draft",
    )
    assert (stored.audit_date, stored.contact_starts_on, stored.contact_ends_on) == (
        date(2026, 11, 20),
        date(2026, 12, 1),
        date(2026, 12, 20),
    )


async def test_the_same_number_enrolled_at_the_same_moment_by_many_auditors_is_one_worker(
    database_url: str, clock: VirtualClock
) -> None:
    """Each auditor has their own process and connection: the unique index decides, every other one is told."""
    auditors = [Runtime.build(database_url, TEST_SECRET, {"simulator": SimulatorChannel()}, clock) for _ in range(6)]
    try:
        campaign = await new_campaign(auditors[0], name="Bekasi", timezone="Asia/Jakarta", country="ID")
        numbers = [LOCAL, INTERNATIONAL] * 3
        results = await asyncio.gather(
            *(enroll(auditor, campaign, [sms(n)]) for auditor, n in zip(auditors, numbers, strict=True)),
            return_exceptions=True,
        )
        enrolled = [r for r in results if isinstance(r, list)]
        refused = [r for r in results if isinstance(r, EnrollmentError)]
        assert len(enrolled) == 1 and len(refused) == 5, results
        assert all(str(r) == ALREADY_ENROLLED for r in refused)
        assert len(await _workers(auditors[0].db)) == 1
        async with auditors[0].db.sessions() as session:
            assert (await session.exec(select(func.count()).select_from(ConversationRow))).one() == 1
    finally:
        for auditor in auditors:
            await auditor.close()


def test_workers_add_refuses_the_same_number_twice(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for key in list(os.environ):
        if key.startswith("CALLBACKS_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("CALLBACKS_DATABASE_URL", database_url)
    monkeypatch.setenv("CALLBACKS_SECRET_KEY", TEST_SECRET)
    monkeypatch.setenv("CALLBACKS_TWILIO_ACCOUNT_SID", "AC" + "1" * 32)
    monkeypatch.setenv("CALLBACKS_TWILIO_AUTH_TOKEN", "token")
    monkeypatch.setenv("CALLBACKS_TWILIO_SMS_FROM", "+15550001111")
    assert main(["campaigns", "create", "--name", "Bekasi", "--timezone", "Asia/Jakarta", "--country", "ID"]) == 0
    campaign = capsys.readouterr().out.strip()
    add = ["workers", "add", "--campaign", campaign, "--channel", "sms", "--language", "id", "--window", WINDOW[0]]
    assert main([*add, "--phone", LOCAL]) == 0
    for again in (LOCAL, INTERNATIONAL):
        capsys.readouterr()
        assert main([*add, "--phone", again]) == 2
        out, err = capsys.readouterr()
        assert out == "" and err == f"error: {ALREADY_ENROLLED}\n"
        assert "3456" not in err
    assert len(asyncio.run(_count_workers(database_url))) == 1


async def _count_workers(url: str) -> Sequence[Worker]:
    db = Database(url)
    try:
        return await _workers(db)
    finally:
        await db.dispose()


async def test_a_telegram_chat_already_bound_in_the_campaign_is_refused_cleanly(runtime: Runtime) -> None:
    campaign = await new_campaign(runtime, name="Bekasi", timezone="Asia/Jakarta")
    other = await new_campaign(runtime, name="Elsewhere", timezone="Asia/Jakarta")
    ids = await enroll(runtime, campaign, [Enrollment("telegram", "id", WINDOW)] * 2)
    ids += await enroll(runtime, other, [Enrollment("telegram", "id", WINDOW)])
    now, later = runtime.clock.now(), runtime.clock.now() + timedelta(days=1)
    async with runtime.db.transaction() as session:
        workers = {}
        for conversation_id, code in zip(ids, ("first", "second", "third"), strict=True):
            row = await session.get(ConversationRow, conversation_id)
            assert row is not None
            workers[code] = row.worker_id
            await set_enrollment_code(session, runtime.cipher, row.worker_id, code, later)
    async with runtime.db.transaction() as session:
        bound = await bind_address(session, runtime.cipher, "telegram", "first", "4242", now)
        assert bound.conversation_id == ids[0]
        refused = await bind_address(session, runtime.cipher, "telegram", "second", "4242", now)
        assert refused.conversation_id is None and refused.reason == "chat already enrolled in this campaign"
        elsewhere = await bind_address(session, runtime.cipher, "telegram", "third", "4242", now)
        assert elsewhere.conversation_id == ids[2]  # the same chat may take part in another campaign
    async with runtime.db.sessions() as session:
        second = await session.get(Worker, workers["second"])
    assert second is not None and second.address_lookup is None and second.address_bound_at is None


async def test_a_large_enrollment_gives_each_conversation_its_own_worker(runtime: Runtime) -> None:
    """Workers are stored in batches of 500 in one statement each: every returned conversation id must still be
    that of the worker enrolled in the same place, also after earlier enrollments and across batches."""
    campaign = await new_campaign(runtime, name="Large", timezone="Asia/Jakarta", country="ID")
    await enroll(runtime, campaign, [sms("+6281299999999")])
    languages = ("id", "en", "my", "ms")
    numbers = [f"+62812{10_000_000 + n:08d}" for n in range(1_201)]
    ids = await enroll(runtime, campaign, [sms(number, languages[n % 4]) for n, number in enumerate(numbers)])

    async with runtime.db.sessions() as session:
        rows = (
            await session.exec(
                select(ConversationRow.id, ConversationRow.language, Worker.address_cipher, Worker.language).join(
                    Worker, col(Worker.id) == col(ConversationRow.worker_id)
                )
            )
        ).all()
    by_conversation = {cid: (language, cipher, worker_language) for cid, language, cipher, worker_language in rows}
    assert len(set(ids)) == len(numbers)
    for n, (conversation_id, number) in enumerate(zip(ids, numbers, strict=True)):
        language, cipher, worker_language = by_conversation[conversation_id]
        assert cipher is not None and runtime.cipher.decrypt(cipher) == number
        assert language == worker_language == languages[n % 4]
