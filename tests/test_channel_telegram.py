"""The Telegram channel through the whole system: updates POSTed to our webhook as Telegram sends them, the real
python-telegram-bot ``Bot`` sending through a local fake Bot API, storage on SQLite and PostgreSQL, and the
scheduler and dispatcher on a virtual clock."""

from __future__ import annotations

import asyncio
import itertools
import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from aiohttp import ClientResponse, web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.channels.base import OutgoingMessage, SendError
from bot.channels.telegram import TelegramChannel
from bot.clock import VirtualClock
from bot.enrollment import Enrollment, enroll, new_campaign
from bot.ratelimit import RateLimiter
from bot.runtime import Runtime
from bot.web.app import create_app
from bot.web.webhooks import WebhookSettings, add_webhook_routes
from conversations.effects import Button
from storage.dead_letters import dead_letters
from storage.enrollment import set_enrollment_code
from storage.tables import Answer, Case, Inbound, Outbox, Timer, Worker
from storage.tables import Conversation as ConversationRow
from tests.conftest import TEST_SECRET
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.telegram_api import create_app as create_fake_api
from tests.helpers import run_until_next_timer, settle

Update = dict[str, Any]

WEBHOOK_SECRET = "webhook-secret_123"
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")
ALWAYS = ("mon-sun 00:00-23:59",)  # the contact window is open whenever the test runs
CHAT_A, CHAT_B, CHAT_C = 700000001, 700000002, 700000003
GATE = "good and private time"
CONSENT = "independent of your employer"
CONNECTED = "you are connected"
LINK_INVALID = "this link does not work any more"
REPROMPT = "Sorry, I did not understand"
HANDOFF = "will write to you here soon"
SETTLE = timedelta(seconds=20)  # default.yaml settle_seconds: how long an unclear closed answer waits for more
STICKER_ID = "CAACAgIAAxkBAAMTadxW1_g25YBXugABOieyZkTPB1CyAAJQAgACVp29CoPQ1EfrOPvaOwQ"
VOICE_ID = "AwACAgEAAxkBAAMRadxVhyDt1UzZjtRYwurtScaW1nEAAlYMAALLFOFGULCJ6FV7qZU7BA"


@dataclass
class Telegram:
    """The system under test, and the fake Telegram beside it."""

    fake: FakeTelegram
    channel: TelegramChannel
    runtime: Runtime
    client: TestClient[web.Request, web.Application]
    clock: VirtualClock
    webhooks: WebhookSettings
    update_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(500_000_000))
    message_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))


@pytest.fixture
async def tg(database_url: str, clock: VirtualClock, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Telegram]:
    for name in PROXY_VARIABLES:  # PTB's httpx follows proxy variables, even to 127.0.0.1
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("PTB_TIMEDELTA", "1")  # restored afterwards; TelegramChannel would set it for good
    fake = FakeTelegram(clock=lambda: clock.now().timestamp())
    async with TestServer(create_fake_api(fake), host="127.0.0.1") as api:
        channel = TelegramChannel(fake.token, str(api.make_url("")))
        runtime = Runtime.build(database_url, TEST_SECRET, {channel.name: channel}, clock)
        runtime.dispatcher.limiter = RateLimiter({})  # no real-time pacing: the clock is virtual
        try:
            app = create_app(runtime)
            webhooks = WebhookSettings("https://bot.example.org", telegram=channel, telegram_secret=WEBHOOK_SECRET)
            add_webhook_routes(app, webhooks)
            async with TestClient(TestServer(app, host="127.0.0.1")) as client:
                yield Telegram(fake, channel, runtime, client, clock, webhooks)
                await asyncio.gather(*list(webhooks.background))
        finally:
            await runtime.close()


# --- updates as Telegram sends them ---------------------------------------------------------------------------


def _user(chat_id: int) -> Update:
    return {"id": chat_id, "is_bot": False, "first_name": "Worker", "language_code": "en"}


def _chat(chat_id: int) -> Update:
    return {"id": chat_id, "first_name": "Worker", "type": "private"}


def _message(tg: Telegram, chat_id: int, **content: Any) -> Update:
    return {
        "message_id": next(tg.message_ids),
        "from": _user(chat_id),
        "chat": _chat(chat_id),
        "date": int(tg.clock.now().timestamp()),
        **content,
    }


def text_update(tg: Telegram, chat_id: int, text: str, *, update_id: int | None = None) -> Update:
    return {"update_id": update_id or next(tg.update_ids), "message": _message(tg, chat_id, text=text)}


def start_update(tg: Telegram, chat_id: int, code: str) -> Update:
    entities = [{"type": "bot_command", "offset": 0, "length": len("/start")}]
    return {
        "update_id": next(tg.update_ids),
        "message": _message(tg, chat_id, text=f"/start {code}", entities=entities),
    }


def button_update(tg: Telegram, chat_id: int, data: str) -> Update:
    """A press on an inline button under the bot's last message in the chat."""
    under = _message(tg, chat_id, text="(the bot's question)")
    under["from"] = {"id": tg.fake.bot_id, "is_bot": True, "first_name": "Callbacks Test", "username": tg.fake.username}
    query = {
        "id": str(next(tg.update_ids) * 1000),
        "from": _user(chat_id),
        "message": under,
        "chat_instance": "-5353115993126188103",
        "data": data,
    }
    return {"update_id": next(tg.update_ids), "callback_query": query}


def edited_update(tg: Telegram, chat_id: int, text: str) -> Update:
    """The worker edits a message they sent earlier."""
    earlier = _message(tg, chat_id, text=text)
    earlier["date"] -= 60
    earlier["edit_date"] = int(tg.clock.now().timestamp())
    return {"update_id": next(tg.update_ids), "edited_message": earlier}


def sticker_update(tg: Telegram, chat_id: int) -> Update:
    sticker = {
        "file_id": STICKER_ID,
        "file_unique_id": "AgADUAIAAladvQo",
        "width": 512,
        "height": 512,
        "emoji": "\U0001f42f",
        "is_animated": True,
        "is_video": False,
        "type": "regular",
    }
    return {"update_id": next(tg.update_ids), "message": _message(tg, chat_id, sticker=sticker)}


def voice_update(tg: Telegram, chat_id: int) -> Update:
    voice = {"file_id": VOICE_ID, "file_unique_id": "AgADVgwAAssU4UY", "duration": 2, "mime_type": "audio/ogg"}
    return {"update_id": next(tg.update_ids), "message": _message(tg, chat_id, voice=voice)}


def membership_update(tg: Telegram, chat_id: int, old: str, new: str) -> Update:
    bot = {"id": tg.fake.bot_id, "is_bot": True, "first_name": "Callbacks Test", "username": tg.fake.username}
    change = {
        "chat": _chat(chat_id),
        "from": _user(chat_id),
        "date": int(tg.clock.now().timestamp()),
        "old_chat_member": {"user": bot, "status": old},
        "new_chat_member": {"user": bot, "status": new, "until_date": 0},
    }
    return {"update_id": next(tg.update_ids), "my_chat_member": change}


async def post(tg: Telegram, update: Update | str, *, secret: str | None = WEBHOOK_SECRET) -> ClientResponse:
    """POST one update as Telegram does; waits for the side work it started (button answers, notices)."""
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    if isinstance(update, str):
        response = await tg.client.post("/webhooks/telegram", data=update, headers=headers)
    else:
        response = await tg.client.post("/webhooks/telegram", json=update, headers=headers)
    await asyncio.gather(*list(tg.webhooks.background))
    return response


async def say(tg: Telegram, chat_id: int, update: Update) -> None:
    """The worker sends something; the system then does everything that is due."""
    response = await post(tg, update)
    assert response.status == 200, await response.text()
    await settle(tg.runtime)


# --- workers and what they received ----------------------------------------------------------------------------


async def enroll_worker(tg: Telegram) -> int:
    """A Telegram worker as an auditor enrols them: no chat yet. Returns the conversation id."""
    campaign = await new_campaign(tg.runtime, name="Telegram", timezone="Asia/Jakarta")
    [conversation_id] = await enroll(tg.runtime, campaign, [Enrollment("telegram", "en", ALWAYS)])
    return conversation_id


async def link_code(tg: Telegram, conversation_id: int, *, valid_for: timedelta = timedelta(days=14)) -> str:
    """A one-time code for the worker's deep link, made as ``bot.enrollment.telegram_link`` makes it."""
    code = secrets.token_urlsafe(24)
    async with tg.runtime.db.transaction() as session:
        worker_id = await _worker_id(session, conversation_id)
        await set_enrollment_code(session, tg.runtime.cipher, worker_id, code, tg.clock.now() + valid_for)
    return code


async def _worker_id(session: AsyncSession, conversation_id: int) -> int:
    row = await session.get(ConversationRow, conversation_id)
    assert row is not None
    return int(row.worker_id)


async def connected_worker(tg: Telegram, chat_id: int) -> int:
    """A worker who opened their link in ``chat_id`` and has been asked the safety gate."""
    conversation_id = await enroll_worker(tg)
    await say(tg, chat_id, start_update(tg, chat_id, await link_code(tg, conversation_id)))
    assert GATE in texts_to(tg, chat_id)[-1]
    return conversation_id


def texts_to(tg: Telegram, chat_id: int) -> list[str]:
    return [str(call.params["text"]) for call in tg.fake.sent if call.chat_id == str(chat_id)]


async def worker_of(tg: Telegram, conversation_id: int) -> Worker:
    async with tg.runtime.db.sessions() as session:
        worker = await session.get(Worker, await _worker_id(session, conversation_id))
    assert worker is not None
    return worker


async def status(tg: Telegram, conversation_id: int) -> str:
    async with tg.runtime.db.sessions() as session:
        row = await session.get(ConversationRow, conversation_id)
    assert row is not None
    return row.status


async def inbound_rows(tg: Telegram) -> list[Inbound]:
    async with tg.runtime.db.sessions() as session:
        return list((await session.exec(select(Inbound).order_by(col(Inbound.id)))).all())


async def outbox_rows(tg: Telegram, conversation_id: int) -> list[Outbox]:
    async with tg.runtime.db.sessions() as session:
        statement = select(Outbox).where(Outbox.conversation_id == conversation_id).order_by(col(Outbox.id))
        return list((await session.exec(statement)).all())


async def answers(tg: Telegram, conversation_id: int) -> dict[str, str]:
    async with tg.runtime.db.sessions() as session:
        statement = select(Answer.question, Answer.value).where(Answer.conversation_id == conversation_id)
        return dict((await session.exec(statement)).all())


# --- 1. enrollment by deep link, and a whole callback ----------------------------------------------------------


async def test_a_worker_connects_by_deep_link_and_answers_a_whole_callback(tg: Telegram) -> None:
    cid = await enroll_worker(tg)
    await settle(tg.runtime)
    assert await status(tg, cid) == "awaiting_address"
    assert tg.fake.sent == []  # a bot cannot write first
    async with tg.runtime.db.sessions() as session:
        assert (await session.exec(select(Timer).where(Timer.conversation_id == cid))).all() == []

    code = await link_code(tg, cid)
    await tg.channel.start()
    assert tg.channel.deep_link(code) == f"https://t.me/{tg.fake.username}?start={code}"

    response = await post(tg, start_update(tg, CHAT_A, code))
    assert response.status == 200
    worker = await worker_of(tg, cid)
    assert worker.address_cipher is not None and worker.address_bound_at is not None
    assert worker.address_lookup == tg.runtime.cipher.lookup("telegram", str(CHAT_A))
    assert tg.runtime.cipher.decrypt(worker.address_cipher) == str(CHAT_A)  # the chat id, and no phone number
    assert await status(tg, cid) == "scheduled"

    await tg.runtime.dispatcher.run_once()
    [connected] = texts_to(tg, CHAT_A)
    assert CONNECTED in connected
    assert "audit" not in connected.lower() and "complain" not in connected.lower()

    await settle(tg.runtime)  # the contact timer is due at once: the window is open
    gate = tg.fake.sent[-1]
    assert gate.chat_id == str(CHAT_A) and GATE in gate.params["text"]
    buttons = [button for row in gate.params["reply_markup"]["inline_keyboard"] for button in row]
    assert [button["callback_data"] for button in buttons] == ["1", "2", "3"]

    press = button_update(tg, CHAT_A, "1")
    await say(tg, CHAT_A, press)
    assert [call.params["callback_query_id"] for call in tg.fake.calls_to("answerCallbackQuery")] == [
        press["callback_query"]["id"]
    ]
    assert CONSENT in texts_to(tg, CHAT_A)[-1]

    typed = ["yes", "1", "1", "1", "2", "1", "2", "1", "9", "1", "2", "2", "2", "1", "no"]
    for reply in typed:  # consent, retaliation (a pay cut), wages ... wants contact, as in test_journey
        tg.clock.advance(timedelta(seconds=30))
        await say(tg, CHAT_A, text_update(tg, CHAT_A, reply))
    assert "anything else" in texts_to(tg, CHAT_A)[-1]
    await say(tg, CHAT_A, text_update(tg, CHAT_A, "they took my passport last month"))
    await run_until_next_timer(tg.runtime, tg.clock)  # the open answer settles
    await say(tg, CHAT_A, text_update(tg, CHAT_A, "9"))

    assert await status(tg, cid) == "with_caller"
    async with tg.runtime.db.sessions() as session:
        cases = (await session.exec(select(Case.conversation_id, Case.severity, Case.status))).all()
    assert cases == [(cid, "P1", "open")]
    saved = await answers(tg, cid)
    assert (saved["consent"], saved["retaliation_kind"]) == ("yes", "pay_cut")
    assert saved["anything_else"] == "they took my passport last month"
    assert HANDOFF in texts_to(tg, CHAT_A)[-1]
    assert {call.chat_id for call in tg.fake.calls_to("sendMessage")} == {str(CHAT_A)}


# --- 2. links that do not work ----------------------------------------------------------------------------------


async def test_a_used_unknown_or_expired_link_binds_nothing_and_says_so_politely(tg: Telegram) -> None:
    cid = await enroll_worker(tg)
    code = await link_code(tg, cid)
    await say(tg, CHAT_A, start_update(tg, CHAT_A, code))
    sent_to_a = texts_to(tg, CHAT_A)

    await say(tg, CHAT_B, start_update(tg, CHAT_B, code))  # the same link, forwarded to someone else
    [notice] = texts_to(tg, CHAT_B)
    assert LINK_INVALID in notice
    worker = await worker_of(tg, cid)
    assert worker.address_cipher is not None
    assert tg.runtime.cipher.decrypt(worker.address_cipher) == str(CHAT_A)
    assert texts_to(tg, CHAT_A) == sent_to_a

    await say(tg, CHAT_C, start_update(tg, CHAT_C, "no-such-code-" + secrets.token_urlsafe(8)))
    assert [LINK_INVALID in text for text in texts_to(tg, CHAT_C)] == [True]

    expired_cid = await enroll_worker(tg)
    expired = await link_code(tg, expired_cid, valid_for=-timedelta(minutes=1))
    chat_d = CHAT_C + 1
    await say(tg, chat_d, start_update(tg, chat_d, expired))
    assert [LINK_INVALID in text for text in texts_to(tg, chat_d)] == [True]
    late = await worker_of(tg, expired_cid)
    assert (late.address_cipher, late.address_lookup, late.address_bound_at) == (None, None, None)
    assert await status(tg, expired_cid) == "awaiting_address"


async def test_a_chat_that_opens_a_second_link_of_the_same_campaign_stays_one_worker(tg: Telegram) -> None:
    """One worker, one conversation: the second card's link does not bind the chat again (nor crash the webhook)."""
    campaign = await new_campaign(tg.runtime, name="Telegram", timezone="Asia/Jakarta")
    first, second = await enroll(tg.runtime, campaign, [Enrollment("telegram", "en", ALWAYS)] * 2)
    await say(tg, CHAT_A, start_update(tg, CHAT_A, await link_code(tg, first)))
    assert GATE in texts_to(tg, CHAT_A)[-1]
    response = await post(tg, start_update(tg, CHAT_A, await link_code(tg, second)))
    assert response.status == 200
    await settle(tg.runtime)
    unbound = await worker_of(tg, second)
    assert (unbound.address_lookup, unbound.address_bound_at) == (None, None)
    assert await status(tg, second) == "awaiting_address"
    assert await status(tg, first) == "active"


async def test_many_workers_opening_their_links_at_once_are_each_bound_and_greeted_once(tg: Telegram) -> None:
    """Links opened together are bound in shared transactions: one bad link among them fails nobody else."""
    campaign = await new_campaign(tg.runtime, name="Telegram", timezone="Asia/Jakarta")
    ids = await enroll(tg.runtime, campaign, [Enrollment("telegram", "en", ALWAYS)] * 20)
    codes = [await link_code(tg, cid) for cid in ids]
    chats = [800000000 + i for i in range(len(ids))]
    stranger = 800000099
    two_cards = await enroll(tg.runtime, campaign, [Enrollment("telegram", "en", ALWAYS)] * 2)
    one_chat = 800000098
    updates = [start_update(tg, chat, code) for chat, code in zip(chats, codes, strict=True)]
    updates += [start_update(tg, chats[0], codes[0])]  # the first worker presses the link twice at once
    updates += [start_update(tg, stranger, "no-such-code-" + secrets.token_urlsafe(8))]
    updates += [start_update(tg, one_chat, await link_code(tg, card)) for card in two_cards]  # one chat, two cards
    responses = await asyncio.gather(*(post(tg, update) for update in updates))
    assert [r.status for r in responses] == [200] * len(updates)
    await settle(tg.runtime)

    for cid, chat in zip(ids, chats, strict=True):
        worker = await worker_of(tg, cid)
        assert worker.address_cipher is not None and tg.runtime.cipher.decrypt(worker.address_cipher) == str(chat)
        received = texts_to(tg, chat)
        assert sum(CONNECTED in text for text in received) == 1 and GATE in received[-1]
    assert [LINK_INVALID in text for text in texts_to(tg, stranger)] == [True]
    assert sorted([await status(tg, card) for card in two_cards]) == ["active", "awaiting_address"]  # one worker
    assert sum(CONNECTED in text for text in texts_to(tg, one_chat)) == 1


# --- 3. what the webhook refuses or ignores ---------------------------------------------------------------------


async def test_the_webhook_refuses_bad_requests_and_ignores_other_updates(tg: Telegram) -> None:
    await connected_worker(tg, CHAT_A)
    sent = len(tg.fake.sent)
    answer = text_update(tg, CHAT_A, "1")

    assert (await post(tg, answer, secret="not-the-secret")).status == 403
    assert (await post(tg, answer, secret=None)).status == 403
    # Authenticated but not an update: 200 so Telegram's queue moves on, and kept for an operator.
    assert (await post(tg, "{not json", secret=WEBHOOK_SECRET)).status == 200
    assert (await post(tg, '["an", "array"]')).status == 200
    assert [letter.reason for letter in await dead_letters(tg.runtime.db)] == [
        "update is not a JSON object",
        "the body is not JSON",
    ]
    inline_query = {
        "update_id": next(tg.update_ids),
        "inline_query": {"id": "9223112777671489909", "from": _user(CHAT_A), "query": "1", "offset": ""},
    }
    ignored = await post(tg, inline_query)
    assert ignored.status == 200
    await settle(tg.runtime)

    assert await inbound_rows(tg) == []
    assert len(tg.fake.sent) == sent


# --- 4. redelivery ----------------------------------------------------------------------------------------------


async def test_an_update_delivered_twice_is_stored_once_and_answered_once(tg: Telegram) -> None:
    cid = await connected_worker(tg, CHAT_A)
    update = text_update(tg, CHAT_A, "1")
    await say(tg, CHAT_A, update)
    await say(tg, CHAT_A, update)  # Telegram did not see our 200 and delivers it again

    rows = await inbound_rows(tg)
    assert [(row.provider_id, row.text) for row in rows] == [(str(update["update_id"]), "1")]
    assert [CONSENT in text for text in texts_to(tg, CHAT_A)].count(True) == 1
    assert await answers(tg, cid) == {}  # the duplicate "1" did not answer consent


# --- 5. the worker blocks the bot -------------------------------------------------------------------------------


async def test_blocking_the_bot_opts_the_worker_out(tg: Telegram) -> None:
    cid = await connected_worker(tg, CHAT_A)
    sent = len(tg.fake.sent)
    await say(tg, CHAT_A, membership_update(tg, CHAT_A, "member", "kicked"))
    assert await status(tg, cid) == "opted_out"

    tg.clock.advance(timedelta(days=10))  # past any reminder or expiry
    await settle(tg.runtime)
    await say(tg, CHAT_A, text_update(tg, CHAT_A, "1"))
    assert len(tg.fake.calls_to("sendMessage")) == sent
    assert await status(tg, cid) == "opted_out"


async def test_a_send_refused_because_the_bot_is_blocked_opts_the_worker_out(tg: Telegram) -> None:
    cid = await connected_worker(tg, CHAT_A)
    tg.fake.fail_next(CHAT_A, 403)
    await say(tg, CHAT_A, text_update(tg, CHAT_A, "1"))  # the consent question cannot be delivered

    assert await status(tg, cid) == "opted_out"
    last = (await outbox_rows(tg, cid))[-1]
    assert last.purpose == "question:consent"
    assert last.status == "failed"
    assert last.error is not None and "blocked" in last.error
    refused = tg.fake.calls_to("sendMessage")[-1]
    assert refused.status == 403

    calls = len(tg.fake.calls_to("sendMessage"))
    tg.clock.advance(timedelta(days=10))
    await settle(tg.runtime)
    assert len(tg.fake.calls_to("sendMessage")) == calls


# --- 6. flood control -------------------------------------------------------------------------------------------


async def test_flood_control_for_one_chat_does_not_hold_up_another(tg: Telegram) -> None:
    cid_a = await connected_worker(tg, CHAT_A)
    await connected_worker(tg, CHAT_B)
    tg.fake.fail_next(CHAT_A, 429, retry_after=30)
    for chat_id in (CHAT_A, CHAT_B):
        assert (await post(tg, text_update(tg, chat_id, "1"))).status == 200
    assert await tg.runtime.service.process_stored() == 2  # both consent questions are now in the outbox

    await tg.runtime.dispatcher.run_once()
    assert CONSENT in texts_to(tg, CHAT_B)[-1]
    assert CONSENT not in texts_to(tg, CHAT_A)[-1]
    waiting = (await outbox_rows(tg, cid_a))[-1]
    assert waiting.status == "pending"
    assert abs(waiting.next_attempt_at - (tg.clock.now() + timedelta(seconds=30))) <= timedelta(seconds=1)

    tg.clock.advance(timedelta(seconds=29))
    await settle(tg.runtime)
    assert CONSENT not in texts_to(tg, CHAT_A)[-1]  # Telegram said 30 seconds
    tg.clock.advance(timedelta(seconds=1))
    await settle(tg.runtime)
    assert [CONSENT in text for text in texts_to(tg, CHAT_A)].count(True) == 1
    assert [CONSENT in text for text in texts_to(tg, CHAT_B)].count(True) == 1
    assert (await outbox_rows(tg, cid_a))[-1].status == "sent"


async def test_an_outage_of_telegram_is_waited_out_and_each_message_arrives_once(tg: Telegram) -> None:
    cid = await connected_worker(tg, CHAT_A)
    tg.fake.fail_all(502, for_seconds=60)  # Bad Gateway: Telegram did not take the message
    await say(tg, CHAT_A, text_update(tg, CHAT_A, "1"))
    assert CONSENT not in texts_to(tg, CHAT_A)[-1]
    assert (await outbox_rows(tg, cid))[-1].status == "pending"

    for _ in range(10):
        tg.clock.advance(timedelta(seconds=15))
        await settle(tg.runtime)
    assert [CONSENT in text for text in texts_to(tg, CHAT_A)].count(True) == 1
    assert len(tg.fake.calls_to("sendMessage")) > len(tg.fake.sent), "it did retry"
    assert (await outbox_rows(tg, cid))[-1].status == "sent"


async def test_a_message_whose_answer_was_lost_counts_as_sent_and_is_never_repeated(tg: Telegram) -> None:
    cid = await connected_worker(tg, CHAT_A)
    tg.fake.lose_answer(CHAT_A)  # Telegram delivers the consent question; the connection drops before it says so
    await say(tg, CHAT_A, text_update(tg, CHAT_A, "1"))

    rows = await outbox_rows(tg, cid)
    row = rows[-1]
    assert row.purpose == "question:consent"
    assert row.status == "sent"
    assert row.note is not None and "not sent again" in row.note  # the operator can see why it has no message id
    tg.clock.advance(timedelta(minutes=10))
    await settle(tg.runtime)
    assert [CONSENT in text for text in texts_to(tg, CHAT_A)].count(True) == 1
    await say(tg, CHAT_A, text_update(tg, CHAT_A, "yes"))  # the conversation goes on
    assert await status(tg, cid) == "active"
    assert len(await outbox_rows(tg, cid)) == len(rows) + 1  # the next question, and no second consent


async def test_a_send_that_never_reached_telegram_is_retried_not_counted_as_sent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    fake = FakeTelegram()
    async with TestServer(create_fake_api(fake), host="127.0.0.1") as api:
        channel = TelegramChannel(fake.token, str(api.make_url("")))
        await channel.start()
    try:  # the API is gone: the connection is refused before a byte of the message is written
        with pytest.raises(SendError) as refused:
            await channel.send(OutgoingMessage(key="k1", address=str(CHAT_A), text="Hello"))
        assert not refused.value.permanent and not refused.value.opted_out
    finally:
        await channel.close()
    assert fake.sent == []


# --- 7. things that are not answers -----------------------------------------------------------------------------


async def test_text_and_buttons_in_any_script_reach_telegram_as_written(tg: Telegram) -> None:
    text = "လစာ အချိန်မီ ရပါသလား? 工资 & 加班费 = 100%"
    buttons = (Button(reply="1", label="ဟုတ်ကဲ့ & 是"), Button(reply="2", label="မဟုတ်ပါ = 不"))
    result = await tg.channel.send(OutgoingMessage(key="k1", address=str(CHAT_A), text=text, buttons=buttons))

    [call] = tg.fake.sent
    assert call.params["text"] == text
    labels = [b["text"] for row in call.params["reply_markup"]["inline_keyboard"] for b in row]
    assert labels == ["1 ဟုတ်ကဲ့ & 是", "2 မဟုတ်ပါ = 不"]
    assert result.provider_id == f"{CHAT_A}:1"


async def test_edits_stickers_and_voice_notes_are_not_answers(tg: Telegram) -> None:
    cid = await connected_worker(tg, CHAT_A)
    await say(tg, CHAT_A, text_update(tg, CHAT_A, "1"))  # gate -> consent, a closed question

    async def not_an_answer(update: Update) -> Inbound:
        before, sent_at = len(texts_to(tg, CHAT_A)), tg.clock.now()
        await say(tg, CHAT_A, update)
        assert len(texts_to(tg, CHAT_A)) == before  # waits briefly for more
        assert await run_until_next_timer(tg.runtime, tg.clock) == sent_at + SETTLE
        assert len(texts_to(tg, CHAT_A)) == before + 1
        assert REPROMPT in texts_to(tg, CHAT_A)[-1]
        return (await inbound_rows(tg))[-1]

    sticker = await not_an_answer(sticker_update(tg, CHAT_A))
    assert sticker.attachments == [f"sticker:{STICKER_ID}"]
    await say(tg, CHAT_A, text_update(tg, CHAT_A, "yes"))  # consent
    assert await answers(tg, cid) == {"consent": "yes"}

    voice = await not_an_answer(voice_update(tg, CHAT_A))
    assert voice.attachments == [f"voice:{VOICE_ID}"]
    await say(tg, CHAT_A, text_update(tg, CHAT_A, "2"))  # retaliation: no
    assert await answers(tg, cid) == {"consent": "yes", "retaliation": "no"}

    edit = await not_an_answer(edited_update(tg, CHAT_A, "1"))  # "2" above, changed to "1" while asked about wages
    assert (edit.text, edit.attachments) == ("", ["edited:"])  # that the worker edited, not the new text
    assert await answers(tg, cid) == {"consent": "yes", "retaliation": "no"}
    async with tg.runtime.db.sessions() as session:
        stored = (await session.exec(select(func.count()).select_from(Inbound))).one()
    assert stored == 6  # gate, sticker, consent, voice, retaliation, edit: each stored once
