"""The fake Twilio REST API, driven by the real twilio async client (LIBRARIES.md §2.1/2.2)."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from twilio.base.exceptions import TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.rest import Client
from twilio.rest.api.v2010.account.message import MessageInstance

from bot.channels.inbound import Parsed, StatusUpdate
from bot.channels.twilio_webhooks import parse_status, public_url, signature_is_valid
from bot.clock import VirtualClock
from tests.fakes.twilio_api import FakeTwilio, create_app, num_segments

SID = "AC" + "0" * 31 + "1"
TOKEN = "f" * 32
START = datetime(2026, 11, 30, 11, 0, tzinfo=UTC)
SENDER = "+15005550006"
WORKER = "+6591234567"
OTHER_WORKER = "+6598765432"
PUBLIC_BASE = "https://bot.example.org"
STATUS_CALLBACK = f"{PUBLIC_BASE}/webhooks/twilio/status"


def basic_auth(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


@dataclass
class Twilio:
    fake: FakeTwilio
    clock: VirtualClock
    client: Client
    url: str

    async def send(self, to: str = WORKER, body: str = "Q1: are you well?", **kwargs: str) -> MessageInstance:
        sender = "whatsapp:+14155238886" if to.startswith("whatsapp:") else SENDER
        return await self.client.messages.create_async(to=to, from_=sender, body=body, **kwargs)


@pytest.fixture
async def twilio() -> AsyncIterator[Twilio]:
    clock = VirtualClock(START)
    fake = FakeTwilio(SID, TOKEN, clock=clock)
    async with TestServer(create_app(fake), host="127.0.0.1") as server, AsyncTwilioHttpClient(timeout=10) as http:
        client = Client(SID, TOKEN, http_client=http)
        url = f"http://{server.host}:{server.port}"
        client.api.base_url = url
        yield Twilio(fake, clock, client, url)


async def test_send_returns_a_realistic_message(twilio: Twilio) -> None:
    message = await twilio.client.messages.create_async(
        to=WORKER, from_=SENDER, body="Q1: are you well?", status_callback=STATUS_CALLBACK
    )
    assert re.fullmatch(r"SM[0-9a-f]{32}", message.sid)
    assert (message.status, message.to, message.from_, message.body) == ("queued", WORKER, SENDER, "Q1: are you well?")
    assert (message.account_sid, message.direction, message.api_version) == (SID, "outbound-api", "2010-04-01")
    assert (message.error_code, message.price, message.num_segments) == (None, None, "1")
    assert message.date_created == START
    assert message.uri == f"/2010-04-01/Accounts/{SID}/Messages/{message.sid}.json"
    assert twilio.fake.create_requests == [
        {"To": WORKER, "From": SENDER, "Body": "Q1: are you well?", "StatusCallback": STATUS_CALLBACK}
    ]
    assert twilio.fake.message(message.sid).status_callback == STATUS_CALLBACK


async def test_messaging_service_send_is_accepted(twilio: Twilio) -> None:
    service = "MG" + "0" * 32
    message = await twilio.client.messages.create_async(to=WORKER, messaging_service_sid=service, body="Hi")
    assert (message.status, message.messaging_service_sid, message.from_) == ("accepted", service, None)


async def test_wrong_credentials_are_refused(twilio: Twilio) -> None:
    intruder = Client(SID, "0" * 32, http_client=twilio.client.http_client)
    intruder.api.base_url = twilio.url
    with pytest.raises(TwilioRestException) as raised:
        await intruder.messages.create_async(to=WORKER, from_=SENDER, body="Hi")
    assert (raised.value.status, raised.value.code) == (401, 20003)
    assert twilio.fake.messages == []


@pytest.mark.parametrize("authorization", [None, "Bearer abc", "Basic !!!", "Basic w6k=", "Basic QUM6eA=="])
async def test_bad_authorization_headers_get_401(twilio: Twilio, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    url = f"{twilio.url}/2010-04-01/Accounts/{SID}/Messages.json"
    async with aiohttp.ClientSession() as session, session.get(url, headers=headers) as response:
        assert (response.status, response.headers["WWW-Authenticate"]) == (401, 'Basic realm="Twilio API"')
        assert (await response.json())["code"] == 20003


async def test_another_account_is_not_found(twilio: Twilio) -> None:
    other = Client(SID, TOKEN, account_sid="AC" + "0" * 31 + "2", http_client=twilio.client.http_client)
    other.api.base_url = twilio.url
    with pytest.raises(TwilioRestException) as raised:
        await other.messages.create_async(to=WORKER, from_=SENDER, body="Hi")
    assert (raised.value.status, raised.value.code) == (404, 20404)


async def test_invalid_number(twilio: Twilio) -> None:
    with pytest.raises(TwilioRestException) as raised:
        await twilio.send(to="12345")
    assert (raised.value.status, raised.value.code) == (400, 21211)
    assert "Unable to create record" in raised.value.msg


async def test_unsubscribed_recipient(twilio: Twilio) -> None:
    twilio.fake.unsubscribed.add(WORKER)
    with pytest.raises(TwilioRestException) as raised:
        await twilio.send()
    assert (raised.value.status, raised.value.code) == (400, 21610)
    await twilio.send(to=OTHER_WORKER)
    assert [m.to for m in twilio.fake.messages] == [OTHER_WORKER]


async def test_whatsapp_window_closed_refuses_free_form_but_takes_a_template(twilio: Twilio) -> None:
    twilio.fake.whatsapp_window_closed.add(WORKER)
    with pytest.raises(TwilioRestException) as raised:
        await twilio.send(to=f"whatsapp:{WORKER}")
    assert (raised.value.status, raised.value.code) == (400, 63016)
    variables = json.dumps({"1": "Aung", "2": "10:00"})
    message = await twilio.client.messages.create_async(
        to=f"whatsapp:{WORKER}", from_="whatsapp:+14155238886", content_sid="HX" + "1" * 32, content_variables=variables
    )
    assert message.status == "queued"
    assert twilio.fake.create_requests[-1]["ContentVariables"] == variables
    assert "Body" not in twilio.fake.create_requests[-1]
    await twilio.send(to=WORKER)  # SMS to the same number is not a WhatsApp session
    assert len(twilio.fake.messages) == 2


async def test_rate_limited_once_then_sent(twilio: Twilio) -> None:
    twilio.fake.fail_next(WORKER, 429, 20429, retry_after=7)
    await twilio.send(to=OTHER_WORKER)  # another recipient is not affected
    with pytest.raises(TwilioRestException) as raised:
        await twilio.send()
    assert (raised.value.status, raised.value.code) == (429, 20429)
    await twilio.send()
    assert [m.to for m in twilio.fake.messages] == [OTHER_WORKER, WORKER]


async def test_rate_limit_answer_carries_retry_after(twilio: Twilio) -> None:
    twilio.fake.fail_next(None, 429, 20429, retry_after=7)
    url = f"{twilio.url}/2010-04-01/Accounts/{SID}/Messages.json"
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, data={"To": WORKER, "From": SENDER, "Body": "x"}, headers=basic_auth(SID, TOKEN)) as r,
    ):
        assert (r.status, r.headers["Retry-After"]) == (429, "7")
        assert await r.json() == {
            "code": 20429,
            "message": "Too Many Requests",
            "more_info": "https://www.twilio.com/docs/errors/20429",
            "status": 429,
        }


async def test_outage_fails_every_send_until_it_ends(twilio: Twilio) -> None:
    twilio.fake.fail_all(500, 20500, for_seconds=60)
    for to in (WORKER, OTHER_WORKER):
        with pytest.raises(TwilioRestException) as raised:
            await twilio.send(to=to)
        assert raised.value.status == 500
    twilio.clock.advance(timedelta(seconds=61))
    await twilio.send()
    assert len(twilio.fake.create_requests) == 3  # one POST per send: nothing retried behind our back
    assert len(twilio.fake.messages) == 1


async def test_list_finds_sent_messages_by_recipient_and_date(twilio: Twilio) -> None:
    first = await twilio.send()
    twilio.clock.advance(timedelta(minutes=5))
    await twilio.send(to=OTHER_WORKER)
    second = await twilio.send()
    found = await twilio.client.messages.list_async(to=WORKER, date_sent_after=START - timedelta(minutes=1))
    assert [m.sid for m in found] == [second.sid, first.sid]  # newest first
    later = await twilio.client.messages.list_async(to=WORKER, date_sent_after=START + timedelta(minutes=1))
    assert [m.sid for m in later] == [second.sid]
    assert await twilio.client.messages.list_async(to="+6500000000", date_sent_after=START) == []


async def test_list_follows_pages(twilio: Twilio) -> None:
    sent = [await twilio.send(body=f"Q{n}") for n in range(3)]
    found = await twilio.client.messages.list_async(to=WORKER, page_size=2)
    assert [m.sid for m in found] == [m.sid for m in reversed(sent)]


@dataclass
class Receiver:
    url: str
    received: list[Parsed]


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    """A tiny status webhook that checks the signature against the public URL, as the bot does."""
    received: list[Parsed] = []

    async def status(request: web.Request) -> web.Response:
        form = await request.post()
        url = public_url(PUBLIC_BASE, request.rel_url.raw_path, request.rel_url.raw_query_string)
        if not signature_is_valid(TOKEN, url, form, request.headers.get("X-Twilio-Signature", "")):
            return web.Response(status=403)
        received.append(parse_status(form))
        return web.Response()

    app = web.Application()
    app.router.add_post("/webhooks/twilio/status", status)
    async with TestServer(app, host="127.0.0.1") as server:
        yield Receiver(f"http://{server.host}:{server.port}/webhooks/twilio/status", received)


async def test_status_callback_is_signed_for_the_public_url(twilio: Twilio, receiver: Receiver) -> None:
    message = await twilio.send(status_callback=STATUS_CALLBACK)
    assert await twilio.fake.post_status(message.sid, "delivered", deliver_to=receiver.url) == 200
    assert await twilio.fake.post_status(message.sid, "failed", 21610, deliver_to=receiver.url) == 200
    assert receiver.received == [
        StatusUpdate(channel="sms", provider_id=message.sid, status="delivered"),
        StatusUpdate(channel="sms", provider_id=message.sid, status="failed", error_code="21610"),
    ]
    assert (twilio.fake.message(message.sid).status, twilio.fake.message(message.sid).error_code) == ("failed", 21610)


async def test_status_callback_signed_for_another_url_is_refused(twilio: Twilio, receiver: Receiver) -> None:
    message = await twilio.send(to=f"whatsapp:{WORKER}", status_callback=receiver.url)
    assert await twilio.fake.post_status(message.sid, "read") == 403  # signed over the local URL
    signed = f"{PUBLIC_BASE}/webhooks/twilio/status"
    assert await twilio.fake.post_status(message.sid, "read", signed_url=signed) == 200
    assert receiver.received == [StatusUpdate(channel="whatsapp", provider_id=message.sid, status="read")]


@pytest.mark.parametrize(
    ("to", "body", "segments"),
    [
        (WORKER, "x" * 160, 1),
        (WORKER, "x" * 161, 2),
        (WORKER, "€" * 80, 1),  # extended GSM-7: two septets each
        (WORKER, "€" * 81, 2),
        (WORKER, "ก" * 70, 1),  # Thai: UCS-2
        (WORKER, "ก" * 71, 2),
        (f"whatsapp:{WORKER}", "ก" * 500, 1),
    ],
)
def test_num_segments(to: str, body: str, segments: int) -> None:
    assert num_segments(to, body) == segments
