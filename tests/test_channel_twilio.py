"""SMS and WhatsApp end to end: the real twilio client against a local fake Twilio API, workers answering
through signed webhooks, on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import func
from sqlmodel import col, select
from twilio.request_validator import RequestValidator

from bot.channels.twilio import TwilioChannel, TwilioSettings
from bot.clock import VirtualClock
from bot.enrollment import Enrollment, enroll, new_campaign
from bot.ratelimit import RateLimiter
from bot.runtime import Runtime
from bot.web.app import create_app
from bot.web.webhooks import WebhookSettings, add_webhook_routes
from storage.tables import Case, Inbound, Outbox
from storage.tables import Conversation as ConversationRow
from tests.conftest import TEST_SECRET
from tests.fakes.twilio_api import FakeTwilio
from tests.fakes.twilio_api import create_app as create_fake_twilio
from tests.helpers import run_until_next_timer, settle

PUBLIC = "https://callbacks.example.org"
ACCOUNT, AUTH_TOKEN = "AC" + "1" * 32, "twilio-test-auth-token"
SMS_FROM, WHATSAPP_FROM = "+15550001111", "+15550002222"
WORKER = "+6281234567890"
ANY_TIME = ("mon-sun 00:00-23:59",)
SCRIPT_WITH_COMPLAINT = ["1", "yes", "1", "3", "1", "2", "1", "2", "2", "9", "1", "2", "2", "2", "1", "no", "9", "9"]


@dataclass
class Twilio:
    fake: FakeTwilio
    runtime: Runtime
    bot: TestClient
    clock: VirtualClock
    sids: itertools.count[int]

    async def worker_says(
        self, text: str, *, channel: str = "sms", sid: str | None = None, sender: str = WORKER
    ) -> int:
        """Post an inbound message exactly as Twilio does: form-encoded and signed over the public URL."""
        prefix = "whatsapp:" if channel == "whatsapp" else ""
        form = {
            "MessageSid": sid or f"SM{next(self.sids):032x}",
            "AccountSid": ACCOUNT,
            "From": f"{prefix}{sender}",
            "To": f"{prefix}{WHATSAPP_FROM if channel == 'whatsapp' else SMS_FROM}",
            "Body": text,
            "NumMedia": "0",
            "ApiVersion": "2010-04-01",
        }
        form["SmsSid"] = form["MessageSid"]
        path = f"/webhooks/twilio/{channel}"
        signature = RequestValidator(AUTH_TOKEN).compute_signature(f"{PUBLIC}{path}", form)
        response = await self.bot.post(path, data=form, headers={"X-Twilio-Signature": signature})
        await settle(self.runtime)
        return response.status

    async def status(self, sid: str, status: str, error_code: int | None = None) -> int:
        deliver_to = str(self.bot.make_url("/webhooks/twilio/status"))
        code = await self.fake.post_status(
            sid, status, error_code, deliver_to=deliver_to, signed_url=f"{PUBLIC}/webhooks/twilio/status"
        )
        await settle(self.runtime)
        return code

    def bodies_to(self, number: str) -> list[str]:
        return [m.body for m in self.fake.messages if m.to.removeprefix("whatsapp:") == number]


@pytest.fixture
async def twilio(database_url: str, clock: VirtualClock) -> AsyncIterator[Twilio]:
    fake = FakeTwilio(ACCOUNT, AUTH_TOKEN, clock=clock)
    async with TestServer(create_fake_twilio(fake), host="127.0.0.1") as fake_server:
        settings = TwilioSettings(
            account_sid=ACCOUNT,
            auth_token=AUTH_TOKEN,
            api_url=str(fake_server.make_url("")).rstrip("/"),
            public_url=PUBLIC,
            sms_from=SMS_FROM,
            whatsapp_from=WHATSAPP_FROM,
            whatsapp_templates={"en": "HX" + "e" * 32, "id": "HX" + "1" * 32},
            whatsapp_template_fallback="en",
        )
        channels = {name: TwilioChannel(name, settings, clock) for name in ("sms", "whatsapp")}
        runtime = Runtime.build(database_url, TEST_SECRET, channels, clock)  # type: ignore[arg-type]
        runtime.dispatcher.limiter = RateLimiter({})
        app = create_app(runtime)
        add_webhook_routes(app, WebhookSettings(public_url=PUBLIC, twilio_auth_token=AUTH_TOKEN))
        async with TestClient(TestServer(app, host="127.0.0.1")) as bot:
            yield Twilio(fake, runtime, bot, clock, itertools.count(1))
        await runtime.close()


async def _enroll(twilio: Twilio, channel: str = "sms", language: str = "en", number: str = WORKER) -> int:
    campaign = await new_campaign(twilio.runtime, name="Twilio", timezone="Asia/Jakarta")
    [conversation_id] = await enroll(twilio.runtime, campaign, [Enrollment(channel, language, ANY_TIME, number)])
    await run_until_next_timer(twilio.runtime, twilio.clock)
    return conversation_id


async def _conversation(twilio: Twilio, conversation_id: int) -> ConversationRow:
    async with twilio.runtime.db.sessions() as session:
        row = await session.get(ConversationRow, conversation_id)
        assert row is not None
        return row


async def _outbox(twilio: Twilio) -> list[Outbox]:
    async with twilio.runtime.db.sessions() as session:
        return list((await session.exec(select(Outbox).order_by(col(Outbox.id)))).all())


async def test_an_sms_callback_from_first_contact_to_a_case(twilio: Twilio) -> None:
    conversation_id = await _enroll(twilio)
    [gate] = twilio.fake.messages
    assert (gate.to, gate.from_) == (WORKER, SMS_FROM)
    assert gate.status_callback == f"{PUBLIC}/webhooks/twilio/status"
    assert "good and private time" in gate.body
    for reply in SCRIPT_WITH_COMPLAINT:
        twilio.clock.advance(timedelta(seconds=40))
        assert await twilio.worker_says(reply) == 200
    assert (await _conversation(twilio, conversation_id)).status == "with_caller"
    bodies = twilio.bodies_to(WORKER)
    assert len(bodies) == len(SCRIPT_WITH_COMPLAINT) + 1, "one message for each reply, and the gate"
    assert "will write to you here soon" in bodies[-1]
    async with twilio.runtime.db.sessions() as session:
        cases = (await session.exec(select(Case.severity, Case.categories))).all()
    assert cases == [("P1", ["retaliation", "harassment", "documents"])]  # threats; the employer keeps the passport


async def test_a_webhook_delivered_twice_is_stored_and_answered_once(twilio: Twilio) -> None:
    await _enroll(twilio)
    assert await twilio.worker_says("1", sid="SM" + "a" * 32) == 200
    assert await twilio.worker_says("1", sid="SM" + "a" * 32) == 200
    async with twilio.runtime.db.sessions() as session:
        stored = (await session.exec(select(func.count()).select_from(Inbound))).one()
    assert stored == 1
    assert len(twilio.fake.messages) == 2


async def test_a_wrong_signature_gets_403_and_stores_nothing(twilio: Twilio) -> None:
    await _enroll(twilio)
    form = {"MessageSid": "SM" + "b" * 32, "From": WORKER, "To": SMS_FROM, "Body": "1"}
    forged = RequestValidator("not-the-token").compute_signature(f"{PUBLIC}/webhooks/twilio/sms", form)
    assert (
        await twilio.bot.post("/webhooks/twilio/sms", data=form, headers={"X-Twilio-Signature": forged})
    ).status == 403
    assert (await twilio.bot.post("/webhooks/twilio/sms", data=form)).status == 403
    async with twilio.runtime.db.sessions() as session:
        assert (await session.exec(select(func.count()).select_from(Inbound))).one() == 0


async def test_a_malformed_but_signed_webhook_gets_400(twilio: Twilio) -> None:
    form = {"AccountSid": ACCOUNT, "Body": "no sid, no sender"}
    signature = RequestValidator(AUTH_TOKEN).compute_signature(f"{PUBLIC}/webhooks/twilio/sms", form)
    response = await twilio.bot.post("/webhooks/twilio/sms", data=form, headers={"X-Twilio-Signature": signature})
    assert response.status == 400
    assert "no sid, no sender" not in await response.text()


async def test_an_unsubscribed_number_opts_the_worker_out(twilio: Twilio) -> None:
    twilio.fake.unsubscribed.add(WORKER)
    conversation_id = await _enroll(twilio)
    assert (await _conversation(twilio, conversation_id)).status == "opted_out"
    [row] = await _outbox(twilio)
    assert row.status == "failed" and "unsubscribed" in (row.error or "")
    assert twilio.fake.messages == []


async def test_status_callbacks_only_move_forward_and_21610_opts_out(twilio: Twilio) -> None:
    conversation_id = await _enroll(twilio)
    [gate] = twilio.fake.messages
    assert await twilio.status(gate.sid, "delivered") == 200
    assert await twilio.status(gate.sid, "sent") == 200  # late and out of order: ignored
    assert await twilio.status(gate.sid, "delivered") == 200  # redelivered: recorded once
    assert [r.delivery_status for r in await _outbox(twilio)] == ["delivered"]
    await twilio.worker_says("1")
    consent = twilio.fake.messages[-1]
    await twilio.status(consent.sid, "failed", 21610)
    assert (await _conversation(twilio, conversation_id)).status == "opted_out"
    assert [r.delivery_status for r in await _outbox(twilio)] == ["delivered", "failed"]


async def test_a_minute_of_provider_errors_loses_nothing_and_sends_nothing_twice(twilio: Twilio) -> None:
    await _enroll(twilio)
    twilio.fake.fail_all(500, 20500, for_seconds=60)
    await twilio.worker_says("1")
    await twilio.worker_says("yes")  # stored and answered by the engine; the answers wait in the outbox
    for _ in range(12):
        twilio.clock.advance(timedelta(seconds=10))
        await settle(twilio.runtime)
    rows = await _outbox(twilio)
    assert [r.status for r in rows] == ["sent", "sent", "sent"]
    assert sum(1 for r in twilio.fake.create_requests if r.get("To") == WORKER) > len(rows), "it did retry"
    assert len(twilio.bodies_to(WORKER)) == len(rows), "each message reached the worker once"
    assert len(set(twilio.bodies_to(WORKER))) == len(rows)


async def test_a_429_is_retried_after_retry_after(twilio: Twilio) -> None:
    await _enroll(twilio)
    twilio.fake.fail_next(WORKER, 429, 20429, retry_after=30)
    await twilio.worker_says("1")
    [_gate, consent] = await _outbox(twilio)
    assert consent.status == "pending"
    assert consent.next_attempt_at - twilio.clock.now() == timedelta(seconds=30)
    twilio.clock.advance(timedelta(seconds=31))
    await settle(twilio.runtime)
    assert [r.status for r in await _outbox(twilio)] == ["sent", "sent"]
    assert len(twilio.bodies_to(WORKER)) == 2


async def test_a_send_whose_answer_was_lost_is_found_at_twilio_and_not_sent_again(twilio: Twilio) -> None:
    await _enroll(twilio)
    twilio.fake.lose_answer(WORKER)  # Twilio takes the consent question; the connection drops before the 201
    await twilio.worker_says("1")
    [_gate, consent] = await _outbox(twilio)
    assert (consent.status, consent.outcome_unknown) == ("pending", True)

    twilio.clock.advance(timedelta(seconds=10))
    await settle(twilio.runtime)
    [_gate, consent] = await _outbox(twilio)
    assert (consent.status, consent.outcome_unknown) == ("sent", False)
    assert consent.provider_id == twilio.fake.messages[-1].sid, "reconciled with the message Twilio made"
    assert len(twilio.bodies_to(WORKER)) == 2


async def test_a_whatsapp_template_whose_answer_was_lost_is_not_sent_twice(twilio: Twilio) -> None:
    twilio.fake.lose_answer(WORKER)
    await _enroll(twilio, channel="whatsapp")  # the first contact goes out as a template; its answer is lost
    twilio.clock.advance(timedelta(seconds=10))
    await settle(twilio.runtime)
    [first] = await _outbox(twilio)
    assert first.status == "sent"
    assert [m.content_sid for m in twilio.fake.messages] == ["HX" + "e" * 32]


async def test_a_429_is_not_taken_for_an_unknown_outcome(twilio: Twilio) -> None:
    await _enroll(twilio)
    twilio.fake.fail_next(WORKER, 429, 20429, retry_after=5)
    await twilio.worker_says("1")
    [_gate, consent] = await _outbox(twilio)
    assert (consent.status, consent.outcome_unknown) == ("pending", False)


async def test_whatsapp_writes_first_with_a_template_then_free_text(twilio: Twilio) -> None:
    await _enroll(twilio, channel="whatsapp", language="id")
    [gate] = twilio.fake.messages
    assert gate.to == f"whatsapp:{WORKER}" and gate.from_ == f"whatsapp:{WHATSAPP_FROM}"
    assert gate.content_sid == "HX" + "1" * 32 and gate.body == ""
    await twilio.worker_says("1", channel="whatsapp")  # the 24-hour window opens
    consent = twilio.fake.messages[-1]
    assert consent.content_sid is None and "bukan bagian dari perusahaan" in consent.body


async def test_a_language_without_a_template_falls_back_visibly(twilio: Twilio) -> None:
    await _enroll(twilio, channel="whatsapp", language="my")
    [gate] = twilio.fake.messages
    assert gate.content_sid == "HX" + "e" * 32
    [row] = await _outbox(twilio)
    assert row.status == "sent" and "no approved WhatsApp template for 'my'" in (row.note or "")


async def test_a_closed_window_seen_only_by_twilio_falls_back_to_the_template(twilio: Twilio) -> None:
    await _enroll(twilio, channel="whatsapp")
    await twilio.worker_says("1", channel="whatsapp")
    twilio.fake.whatsapp_window_closed.add(WORKER)  # Twilio disagrees with our record of the window
    await twilio.worker_says("yes", channel="whatsapp")
    last = twilio.fake.messages[-1]
    assert last.content_sid == "HX" + "e" * 32
    assert [r.status for r in await _outbox(twilio)] == ["sent", "sent", "sent"]


async def test_a_question_that_goes_out_late_restarts_the_wait(twilio: Twilio) -> None:
    conversation_id = await _enroll(twilio)
    twilio.fake.fail_all(500, 20500, for_seconds=600)
    await twilio.worker_says("1")  # consent is written now, but Twilio fails for ten minutes
    written_expiry = (await _conversation(twilio, conversation_id)).state["deadlines"]["expiry"]
    for _ in range(15):
        twilio.clock.advance(timedelta(minutes=1))
        await settle(twilio.runtime)
    assert [r.status for r in await _outbox(twilio)] == ["sent", "sent"]
    sent_expiry = (await _conversation(twilio, conversation_id)).state["deadlines"]["expiry"]
    assert sent_expiry > written_expiry, "the worker's seven days start when the question reached them"


async def test_a_message_given_up_shows_on_the_callers_case(twilio: Twilio) -> None:
    await _enroll(twilio)
    twilio.fake.fail_next(WORKER, 400, 21211)  # the number stops working just as the worker asks for a person
    await twilio.worker_says("HELP")
    async with twilio.runtime.db.sessions() as session:
        [case] = (await session.exec(select(Case))).all()
    assert case.status == "open"
    assert "21211" in (case.delivery_failure or "")
