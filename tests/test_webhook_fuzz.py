"""Every webhook route under the providers' published bodies mutated one to three fields at a time and signed
correctly: never a 5xx, a body that cannot be taken kept as an encrypted dead letter, and a well-formed message
posted beside a bad one still stored. Property-based (hypothesis, derandomized), on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest
from aiohttp import ClientResponse, web
from aiohttp.test_utils import TestClient, TestServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func
from sqlmodel import col, select

from bot.channels.simulator import SimulatorChannel
from bot.channels.telegram import TelegramChannel
from bot.cli import main
from bot.clock import VirtualClock
from bot.enrollment import Enrollment, enroll, new_campaign
from bot.inbound_writer import Unstorable
from bot.runtime import Runtime
from bot.web.app import create_app
from bot.web.webhooks import WebhookSettings, add_webhook_routes
from storage.dead_letters import BODY_CAP
from storage.inbound import IncomingMessage
from storage.tables import DeadLetter, Inbound
from tests.conftest import TEST_SECRET
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.telegram_api import create_app as create_fake_telegram
from tests.helpers import run_until_next_timer, settle, simulator, texts_to
from tests.payload_mutations import (
    PUBLIC,
    TELEGRAM_SECRET,
    TWILIO_AUTH_TOKEN,
    Request,
    fixture_names,
    mutated_request,
    telegram_request,
    twilio_request,
)

T = TypeVar("T")
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")
WORKER_NUMBER = "+14135550199"
ROUTES = ("twilio_sms_", "twilio_wa_", "twilio_status_", "telegram_")
EXAMPLES_PER_ROUTE = 25  # x 4 routes x 2 databases: about ten seconds


@dataclass
class Webhooks:
    runtime: Runtime
    client: TestClient[web.Request, web.Application]
    settings: WebhookSettings
    ids: itertools.count[int]

    async def post(self, request: Request) -> ClientResponse:
        response = await self.client.post(request.path, data=request.body, headers=request.headers)
        await response.read()
        return response


@pytest.fixture
def root_logging() -> Iterator[None]:
    """The command configures the root logger for its process; put the test process's back afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture
async def webhooks(database_url: str, clock: VirtualClock, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Webhooks]:
    for name in PROXY_VARIABLES:  # PTB's httpx follows proxy variables, even to 127.0.0.1
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    fake = FakeTelegram(clock=lambda: clock.now().timestamp())
    async with TestServer(create_fake_telegram(fake), host="127.0.0.1") as api:
        telegram = TelegramChannel(fake.token, str(api.make_url("")))
        channels = {"telegram": telegram, "simulator": SimulatorChannel()}
        runtime = Runtime.build(database_url, TEST_SECRET, channels, clock)  # type: ignore[arg-type]
        try:
            app = create_app(runtime)
            hooks = WebhookSettings(
                PUBLIC, telegram=telegram, telegram_secret=TELEGRAM_SECRET, twilio_auth_token=TWILIO_AUTH_TOKEN
            )
            add_webhook_routes(app, hooks)
            async with TestClient(TestServer(app, host="127.0.0.1")) as client:
                yield Webhooks(runtime, client, hooks, itertools.count(10**12))
                await asyncio.gather(*list(hooks.background))
        finally:
            await runtime.close()


class DrawnChoices:
    """The mutations' choices drawn by hypothesis, so that a failing body shrinks to a small one."""

    def __init__(self, data: st.DataObject) -> None:
        self.data = data

    def pick(self, options: Sequence[T]) -> T:
        return self.data.draw(st.sampled_from(options))

    def number(self, low: int, high: int) -> int:
        return self.data.draw(st.integers(low, high))


def well_formed(route: str, provider_id: int) -> tuple[Request, str, str]:
    """A plain text message for ``route`` (an SMS beside a status callback): the request, its channel and id."""
    if route == "telegram_":
        chat = {"id": 700000001, "type": "private", "first_name": "W"}
        message = {"message_id": 1, "date": 1764500000, "chat": chat, "text": "yes"}
        return (
            telegram_request("well-formed", {"update_id": provider_id, "message": message}),
            "telegram",
            str(provider_id),
        )
    sid = f"SM{provider_id:032x}"
    channel = "whatsapp" if route == "twilio_wa_" else "sms"
    prefix = "whatsapp:" if channel == "whatsapp" else ""
    form = {"MessageSid": sid, "From": f"{prefix}{WORKER_NUMBER}", "To": f"{prefix}+12025550102", "Body": "yes"}
    return twilio_request("well-formed", f"/webhooks/twilio/{channel}", form), channel, sid


async def stored(webhooks: Webhooks, channel: str, provider_id: str) -> bool:
    async with webhooks.runtime.db.sessions() as session:
        statement = select(func.count()).where(Inbound.channel == channel, Inbound.provider_id == provider_id)
        return bool((await session.exec(statement)).one())


async def dead_letter_count(webhooks: Webhooks) -> int:
    async with webhooks.runtime.db.sessions() as session:
        return int((await session.exec(select(func.count()).select_from(DeadLetter))).one())


@pytest.mark.parametrize("route", ROUTES)
@settings(
    max_examples=EXAMPLES_PER_ROUTE,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
async def test_a_mutated_signed_body_never_gets_a_5xx_nor_stops_a_good_one(
    webhooks: Webhooks, route: str, data: st.DataObject
) -> None:
    name = data.draw(st.sampled_from([n for n in fixture_names() if n.startswith(route)]))
    number = next(webhooks.ids)
    provider_id = str(number) if route == "telegram_" else f"SM{number:032x}"
    bad = mutated_request(name, DrawnChoices(data), provider_id=provider_id)
    good, channel, good_id = well_formed(route, next(webhooks.ids))
    letters = await dead_letter_count(webhooks)

    bad_answer, good_answer = await asyncio.gather(webhooks.post(bad), webhooks.post(good))

    if route == "telegram_":  # 200 whatever the body, so Telegram's queue moves on (413: above the size limit)
        assert bad_answer.status in (200, 413), await bad_answer.text()
    else:  # never 403: the mutation was signed as Twilio signs
        assert bad_answer.status in (200, 400, 413), await bad_answer.text()
    if bad_answer.status == 400:
        assert await dead_letter_count(webhooks) == letters + 1
    assert good_answer.status == 200
    assert await stored(webhooks, channel, good_id)


@pytest.mark.usefixtures("root_logging")
async def test_a_body_that_cannot_be_taken_is_kept_encrypted_for_an_operator(
    webhooks: Webhooks,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    form = {"MessageSid": "SM" + "a" * 32, "Body": f"please call me on {WORKER_NUMBER}", "To": "+12025550102"}
    with caplog.at_level(logging.INFO):
        answer = await webhooks.post(twilio_request("no sender", "/webhooks/twilio/sms", form))
    assert (answer.status, await answer.text()) == (400, "no From")
    assert WORKER_NUMBER[2:] not in caplog.text and "please call" not in caplog.text

    async with webhooks.runtime.db.sessions() as session:
        [letter] = (await session.exec(select(DeadLetter))).all()
    assert (letter.channel, letter.reason, letter.size) == ("sms", "no From", len(twilio_request("", "/", form).body))
    assert WORKER_NUMBER[2:].encode() not in letter.body_cipher and b"please" not in letter.body_cipher

    # The command, as an operator runs it (in a thread: it runs its own event loop).
    monkeypatch.setenv("CALLBACKS_DATABASE_URL", database_url)
    monkeypatch.setenv("CALLBACKS_SECRET_KEY", TEST_SECRET)
    assert await asyncio.to_thread(main, ["inbound", "dead-letters"]) == 0
    listed = capsys.readouterr().out
    assert listed.split("\t")[:2] == [str(letter.id), "sms"] and "no From" in listed
    assert f"{letter.size} bytes" in listed
    assert WORKER_NUMBER[2:] not in listed and "please" not in listed, "the list never shows a body"
    assert await asyncio.to_thread(main, ["inbound", "dead-letters", "--show", str(letter.id)]) == 0
    assert "please+call+me+on+%2B14135550199" in capsys.readouterr().out
    assert await asyncio.to_thread(main, ["inbound", "dead-letters", "--show", str(letter.id + 1)]) == 2
    assert await asyncio.to_thread(main, ["inbound", "dead-letters", "--delete-older-than", "36500"]) == 0
    assert await asyncio.to_thread(main, ["inbound", "dead-letters", "--delete-older-than", "0"]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == ["deleted 0 dead letters", "deleted 1 dead letters"]
    assert await dead_letter_count(webhooks) == 0


async def test_an_update_telegram_cannot_make_sense_of_is_answered_200_and_kept(webhooks: Webhooks) -> None:
    chat: dict[str, Any] = {"id": {"nested": None}, "type": "private"}
    update = {"update_id": 5, "message": {"message_id": 1, "date": 1764500000, "chat": chat, "text": "hello"}}
    assert (await webhooks.post(telegram_request("object as chat id", update))).status == 200
    photo = [{"file_id": "AgAD", "file_unique_id": "A", "width": 1, "height": 1}]
    message = {"message_id": 2, "date": 1764500000, "chat": {"id": 7, "type": "private"}, "photo": photo}
    text_object = {"update_id": 6, "message": {**message, "caption": {"an": "object"}}}
    assert (await webhooks.post(telegram_request("object as caption", text_object))).status == 200
    async with webhooks.runtime.db.sessions() as session:
        reasons = (await session.exec(select(DeadLetter.reason).order_by(col(DeadLetter.id)))).all()
        inbound = (await session.exec(select(func.count()).select_from(Inbound))).one()
    assert (list(reasons), inbound) == (["chat id is not an integer", "a text field holds something else"], 0)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"MessageSid=SM1&Body=\xff\xfe", "application/x-www-form-urlencoded"),  # not UTF-8
        (b"MessageSid=SM1", "application/x-www-form-urlencoded; charset=no-such-charset"),
        (b"--x\r\nbroken", "multipart/form-data; boundary=x"),
    ],
)
async def test_a_body_that_is_not_a_form_is_refused_before_its_signature_is_checked(
    webhooks: Webhooks, body: bytes, content_type: str
) -> None:
    headers = {"Content-Type": content_type, "X-Twilio-Signature": "unverifiable"}
    answer = await webhooks.client.post("/webhooks/twilio/sms", data=body, headers=headers)
    assert answer.status == 400
    assert await dead_letter_count(webhooks) == 0, "an unauthenticated body is not kept"


async def test_nul_and_lone_surrogates_become_replacement_characters_and_the_message_is_kept(
    webhooks: Webhooks,
) -> None:
    chat = {"id": 700000001, "type": "private"}
    text = "wages \x00 late \ud83d again"
    update = {"update_id": 6, "message": {"message_id": 1, "date": 1764500000, "chat": chat, "text": text}}
    assert (await webhooks.post(telegram_request("bad characters", update))).status == 200
    form = {"MessageSid": "SM" + "b" * 32, "From": WORKER_NUMBER, "Body": "no\x00pay"}
    assert (await webhooks.post(twilio_request("bad characters", "/webhooks/twilio/sms", form))).status == 200
    async with webhooks.runtime.db.sessions() as session:
        texts = (await session.exec(select(Inbound.text).order_by(col(Inbound.id)))).all()
    assert list(texts) == ["wages \ufffd late \ufffd again", "no\ufffdpay"]


async def test_one_message_the_database_refuses_fails_alone_in_the_group_commit(
    runtime: Runtime, clock: VirtualClock
) -> None:
    campaign = await new_campaign(runtime, name="Batch", timezone="Asia/Jakarta")
    [conversation_id] = await enroll(
        runtime, campaign, [Enrollment("simulator", "en", ("mon-sun 00:00-23:59",), "s-1")]
    )
    await run_until_next_timer(runtime, clock)  # the safety gate goes out
    messages = [
        IncomingMessage("simulator", "before", None, "hello", sender_lookup="0" * 64),
        IncomingMessage("simulator", "refused", None, "no \ud83d storage"),  # no database stores a lone surrogate
        IncomingMessage("simulator", "answer", conversation_id, "1"),  # "yes, a good time"
    ]
    # Queued together, so written in one batch: its transaction fails, and its rows are written again apart.
    results = await asyncio.gather(*(runtime.writer.store(m) for m in messages), return_exceptions=True)

    assert results[0] is True and results[2] is True
    assert isinstance(results[1], Unstorable)
    assert "\ud83d" not in str(results[1])
    async with runtime.db.sessions() as session:
        ids = (await session.exec(select(Inbound.provider_id).order_by(col(Inbound.id)))).all()
    assert list(ids) == ["before", "answer"]
    await settle(runtime)
    assert "independent of your employer" in texts_to(runtime, "s-1")[-1], "the answer was processed: consent next"
    assert simulator(runtime).duplicates == 0


async def test_only_a_database_that_does_not_answer_gets_a_503(clock: VirtualClock) -> None:
    runtime = Runtime.build("postgresql://postgres@127.0.0.1:1/nothing", TEST_SECRET, {}, clock)
    app = create_app(runtime)
    add_webhook_routes(app, WebhookSettings(PUBLIC, twilio_auth_token=TWILIO_AUTH_TOKEN))
    message = {"MessageSid": "SM" + "c" * 32, "From": WORKER_NUMBER, "Body": "yes"}
    try:
        async with TestClient(TestServer(app, host="127.0.0.1")) as client:
            for form in (message, {"MessageSid": "SM" + "d" * 32, "Body": "no sender"}):
                request = twilio_request("database down", "/webhooks/twilio/sms", form)
                answer = await client.post(request.path, data=request.body, headers=request.headers)
                assert answer.status == 503, "Twilio delivers it again once the database is back"
    finally:
        await runtime.close()


async def test_a_dead_letter_keeps_at_most_64_kb_of_a_large_body(webhooks: Webhooks) -> None:
    form = {"MessageSid": "SM" + "e" * 32, "Body": "x" * 100_000}  # no From: cannot be taken
    request = twilio_request("large", "/webhooks/twilio/sms", form)
    assert (await webhooks.post(request)).status == 400
    async with webhooks.runtime.db.sessions() as session:
        [letter] = (await session.exec(select(DeadLetter))).all()
    assert letter.size == len(request.body) > BODY_CAP
    assert webhooks.runtime.cipher.decrypt_bytes(letter.body_cipher) == request.body[:BODY_CAP]
