"""A fake Twilio REST API (Messages only) that speaks the real wire format, for the real twilio client.

``FakeTwilio`` holds the state (sent messages, programmed failures); ``create_app(fake)`` serves it::

    fake = FakeTwilio(ACCOUNT_SID, AUTH_TOKEN)
    server = TestServer(create_app(fake), host="127.0.0.1")
    client.api.base_url = f"http://{server.host}:{server.port}"  # after ``await server.start_server()``

The fake "hands messages to the carrier" at once: ``date_sent`` is set on creation, so ``DateSent>`` filters
find a message immediately. Real Twilio leaves ``date_sent`` null while a message is still queued.

Media a worker sent (``MediaUrlN`` in a webhook) are registered with ``fake.add_media(content, content_type)``;
``GET <media.path>`` wants the account's Basic auth and answers, like Twilio, with a 302 to the media CDN:
``/media-cdn/<MediaSid>`` on the same server, or on ``fake.media_cdn_url`` (another server running
``create_app(fake)``) when set. The CDN wants no auth, as Twilio's presigned CDN URLs do.
"""

from __future__ import annotations

import asyncio
import base64
import math
import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any
from urllib.parse import urlencode

import aiohttp
from aiohttp import web
from twilio.request_validator import RequestValidator

from bot.clock import Clock, SystemClock

API_VERSION = "2010-04-01"
WHATSAPP = "whatsapp:"
_E164 = re.compile(r"\+[1-9]\d{6,14}")
_GSM7 = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿")
_GSM7 |= set("abcdefghijklmnopqrstuvwxyzäöñüà")
_GSM7_EXTENDED = set("^{}\\[~]|€\f")  # two septets each

ERROR_MESSAGES = {
    20001: "Invalid parameter",
    20003: "Authenticate",
    20404: "The requested resource was not found",
    20429: "Too Many Requests",
    20500: "Internal Server Error",
    21211: "Invalid 'To' Phone Number",
    21602: "Message body is required.",
    21603: "A 'From' phone number is required.",
    21604: "A 'To' phone number is required.",
    21610: "Attempt to send to unsubscribed recipient",
    63016: "Failed to send freeform message because you are outside the allowed window. "
    "If you are using WhatsApp, please use a Message Template.",
}


@dataclass
class FakeMessage:
    sid: str
    account_sid: str
    to: str
    from_: str | None
    body: str
    date_created: datetime
    status: str = "queued"
    status_callback: str | None = None
    content_sid: str | None = None
    content_variables: str | None = None
    messaging_service_sid: str | None = None
    error_code: int | None = None
    date_updated: datetime | None = None

    def resource(self) -> dict[str, Any]:
        """The Message resource as Twilio's JSON renders it."""
        uri = f"/{API_VERSION}/Accounts/{self.account_sid}/Messages/{self.sid}.json"
        return {
            "account_sid": self.account_sid,
            "api_version": API_VERSION,
            "body": self.body,
            "date_created": format_datetime(self.date_created),
            "date_sent": format_datetime(self.date_created),
            "date_updated": format_datetime(self.date_updated or self.date_created),
            "direction": "outbound-api",
            "error_code": self.error_code,
            "error_message": None,
            "from": self.from_,
            "messaging_service_sid": self.messaging_service_sid,
            "num_media": "0",
            "num_segments": str(num_segments(self.to, self.body)),
            "price": None,
            "price_unit": "USD",
            "sid": self.sid,
            "status": self.status,
            "subresource_uris": {"media": uri.removesuffix(".json") + "/Media.json"},
            "to": self.to,
            "uri": uri,
        }


@dataclass
class Failure:
    """A programmed answer instead of a send: ``count`` more times (None: until ``until``), for ``to`` or anyone."""

    status: int
    code: int
    to: str | None = None
    count: int | None = 1
    until: datetime | None = None
    retry_after: int | None = None


@dataclass
class FakeMedia:
    """A file a worker sent, as Twilio keeps it (the Media resource of an inbound message)."""

    sid: str
    account_sid: str
    message_sid: str
    content: bytes
    content_type: str
    chunked: bool = False  # the CDN answers without Content-Length, in chunks
    delay: float = 0.0  # seconds the CDN waits before answering

    @property
    def path(self) -> str:
        """What follows the API's base URL in ``MediaUrlN``."""
        return f"/{API_VERSION}/Accounts/{self.account_sid}/Messages/{self.message_sid}/Media/{self.sid}"


@dataclass(frozen=True)
class MediaRequest:
    """A GET of a media file, at the API (``cdn=False``) or at the CDN, with the Authorization header it carried."""

    cdn: bool
    media_sid: str
    authorization: str | None
    status: int


@dataclass
class FakeTwilio:
    """The fake's state. Numbers in ``unsubscribed`` get 21610; WhatsApp numbers in ``whatsapp_window_closed``
    get 63016 for a free-form message (one without ContentSid). Numbers are E.164, without ``whatsapp:``."""

    account_sid: str
    auth_token: str
    clock: Clock = field(default_factory=SystemClock)
    messages: list[FakeMessage] = field(default_factory=list)
    create_requests: list[dict[str, str]] = field(default_factory=list)  # every POST, failed ones included
    unsubscribed: set[str] = field(default_factory=set)
    whatsapp_window_closed: set[str] = field(default_factory=set)
    failures: list[Failure] = field(default_factory=list)
    answers_to_lose: list[str] = field(default_factory=list)  # numbers whose next send is made, then not answered
    media: dict[str, FakeMedia] = field(default_factory=dict)  # by MediaSid
    media_requests: list[MediaRequest] = field(default_factory=list)
    media_cdn_url: str | None = None  # where media redirects go (e.g. another server); None: this server

    def add_media(
        self,
        content: bytes,
        content_type: str,
        *,
        message_sid: str | None = None,
        chunked: bool = False,
        delay: float = 0.0,
    ) -> FakeMedia:
        """A file a worker sent with an inbound message; its ``path`` is what Twilio posts as ``MediaUrlN``."""
        media = FakeMedia(
            sid="ME" + secrets.token_hex(16),
            account_sid=self.account_sid,
            message_sid=message_sid or "MM" + secrets.token_hex(16),
            content=content,
            content_type=content_type,
            chunked=chunked,
            delay=delay,
        )
        self.media[media.sid] = media
        return media

    def fail_next(self, to: str | None, status: int, code: int, count: int = 1, retry_after: int | None = None) -> None:
        """The next ``count`` sends to ``to`` (any recipient when None) fail with HTTP ``status`` and ``code``."""
        self.failures.append(
            Failure(status, code, to=_number(to) if to else None, count=count, retry_after=retry_after)
        )

    def fail_all(self, status: int, code: int, for_seconds: float, retry_after: int | None = None) -> None:
        """Every send fails for the next ``for_seconds`` of the fake's clock (an outage, a rate limit)."""
        until = self.clock.now() + timedelta(seconds=for_seconds)
        self.failures.append(Failure(status, code, count=None, until=until, retry_after=retry_after))

    def lose_answer(self, to: str) -> None:
        """The next send to ``to`` is made, then the connection closes before the 201 is written."""
        self.answers_to_lose.append(_number(to))

    def message(self, sid: str) -> FakeMessage:
        return next(message for message in self.messages if message.sid == sid)

    async def post_status(
        self,
        message_sid: str,
        status: str,
        error_code: int | str | None = None,
        *,
        deliver_to: str | None = None,
        signed_url: str | None = None,
    ) -> int:
        """POST a signed status callback for a sent message; returns the receiver's HTTP status.

        It goes to ``deliver_to`` (default: the message's StatusCallback) and is signed over ``signed_url``
        (default: the StatusCallback, as Twilio signs the URL it was given; else ``deliver_to``).
        """
        message = self.message(message_sid)
        target = deliver_to or message.status_callback
        if target is None:
            raise ValueError("the message has no StatusCallback: pass deliver_to")
        message.status, message.date_updated = status, self.clock.now()
        message.error_code = int(error_code) if error_code is not None else None
        fields = {
            "MessageSid": message.sid,
            "MessageStatus": status,
            "SmsSid": message.sid,
            "SmsStatus": status,
            "AccountSid": self.account_sid,
            "To": message.to,
            "From": message.from_,
            "ApiVersion": API_VERSION,
            "ErrorCode": str(error_code) if error_code is not None else None,
            "ChannelPrefix": "whatsapp" if message.to.startswith(WHATSAPP) else None,
        }
        params = {key: value for key, value in fields.items() if value is not None}
        url = signed_url or message.status_callback or target
        headers = {"X-Twilio-Signature": RequestValidator(self.auth_token).compute_signature(url, params)}
        async with aiohttp.ClientSession() as session, session.post(target, data=params, headers=headers) as response:
            return response.status

    # --- the HTTP side -------------------------------------------------------------------------------------

    async def handle_create(self, request: web.Request) -> web.Response:
        if (denied := self._deny(request)) is not None:
            return denied
        params = {key: value for key, value in (await request.post()).items() if isinstance(value, str)}
        self.create_requests.append(params)
        if (failure := self._take_failure(_number(params.get("To", "")))) is not None:
            retry_after = failure.retry_after if failure.retry_after is not None else 1
            return error_response(failure.status, failure.code, retry_after if failure.status == 429 else None)
        if (code := self._refusal(params)) is not None:
            return error_response(400, code)
        message = FakeMessage(
            sid=("MM" if params.get("MediaUrl") else "SM") + secrets.token_hex(16),
            account_sid=self.account_sid,
            to=params["To"],
            from_=params.get("From"),
            body=params.get("Body", ""),
            date_created=self.clock.now().astimezone(UTC).replace(microsecond=0),
            status="accepted" if params.get("MessagingServiceSid") and not params.get("From") else "queued",
            status_callback=params.get("StatusCallback"),
            content_sid=params.get("ContentSid"),
            content_variables=params.get("ContentVariables"),
            messaging_service_sid=params.get("MessagingServiceSid"),
        )
        self.messages.append(message)
        if (number := _number(message.to)) in self.answers_to_lose:
            self.answers_to_lose.remove(number)
            assert request.transport is not None
            request.transport.close()  # the message is made; the client never hears so
            raise asyncio.CancelledError
        return web.json_response(message.resource(), status=201)

    async def handle_list(self, request: web.Request) -> web.Response:
        if (denied := self._deny(request)) is not None:
            return denied
        query = request.query
        filters = {key: query[key] for key in ("To", "From", "DateSent", "DateSent>", "DateSent<") if key in query}
        try:
            page, page_size = int(query.get("Page", "0")), min(int(query.get("PageSize", "50")), 1000)
            dates = {key: _parse_date(value) for key, value in filters.items() if key.startswith("DateSent")}
        except ValueError:
            return error_response(400, 20001)
        if page < 0 or page_size < 1:
            return error_response(400, 20001)
        found = [
            m
            for m in reversed(self.messages)  # newest first, as Twilio lists them
            if filters.get("To", m.to) == m.to
            and filters.get("From", m.from_) == m.from_
            and ("DateSent" not in dates or m.date_created.date() == dates["DateSent"].date())
            and ("DateSent>" not in dates or m.date_created >= dates["DateSent>"])
            and ("DateSent<" not in dates or m.date_created <= dates["DateSent<"])
        ]
        start = page * page_size
        chunk = found[start : start + page_size]
        path = f"/{API_VERSION}/Accounts/{self.account_sid}/Messages.json"

        def page_uri(number: int) -> str:
            return f"{path}?{urlencode({**filters, 'PageSize': page_size, 'Page': number})}"

        return web.json_response(
            {
                "messages": [m.resource() for m in chunk],
                "page": page,
                "page_size": page_size,
                "start": start,
                "end": start + max(len(chunk) - 1, 0),
                "uri": page_uri(page),
                "first_page_uri": page_uri(0),
                "next_page_uri": page_uri(page + 1) if start + page_size < len(found) else None,
                "previous_page_uri": page_uri(page - 1) if page > 0 else None,
            }
        )

    async def handle_media(self, request: web.Request) -> web.Response:
        """The Media resource without an extension: a 302 to the file on the CDN (with .json it would be the
        resource's metadata, which is not modelled)."""
        sid, message_sid = request.match_info["media_sid"], request.match_info["message_sid"]
        media = self.media.get(sid)
        if (denied := self._deny(request)) is not None:
            response = denied
        elif media is None or media.message_sid != message_sid:
            response = error_response(404, 20404)
        else:
            base = self.media_cdn_url.rstrip("/") if self.media_cdn_url else str(request.url.origin())
            response = web.Response(status=302, headers={"Location": f"{base}/media-cdn/{sid}"})
        authorization = request.headers.get("Authorization")
        self.media_requests.append(MediaRequest(False, sid, authorization, response.status))
        return response

    async def handle_media_cdn(self, request: web.Request) -> web.StreamResponse:
        sid = request.match_info["media_sid"]
        media = self.media.get(sid)
        authorization = request.headers.get("Authorization")
        self.media_requests.append(MediaRequest(True, sid, authorization, 200 if media else 404))
        if media is None:
            return web.Response(status=404, text="Not Found")
        if media.delay:
            await asyncio.sleep(media.delay)
        if not media.chunked:
            return web.Response(body=media.content, headers={"Content-Type": media.content_type})
        response = web.StreamResponse(headers={"Content-Type": media.content_type})
        response.enable_chunked_encoding()
        await response.prepare(request)
        for start in range(0, len(media.content), 16 * 1024):
            await response.write(media.content[start : start + 16 * 1024])
        await response.write_eof()
        return response

    def _deny(self, request: web.Request) -> web.Response | None:
        scheme, _, encoded = request.headers.get("Authorization", "").partition(" ")
        try:
            user, _, password = base64.b64decode(encoded, validate=True).decode().partition(":")
        except ValueError:  # binascii.Error, UnicodeDecodeError, non-ASCII input
            user, password = "", ""
        valid = secrets.compare_digest(user.encode(), self.account_sid.encode()) and secrets.compare_digest(
            password.encode(), self.auth_token.encode()
        )
        if scheme.lower() != "basic" or not valid:
            response = error_response(401, 20003)
            response.headers["WWW-Authenticate"] = 'Basic realm="Twilio API"'
            return response
        if request.match_info["account_sid"] != self.account_sid:
            return error_response(404, 20404)
        return None

    def _refusal(self, params: dict[str, str]) -> int | None:
        """The error code Twilio refuses this send with (a 400), or None."""
        to, number = params.get("To", ""), _number(params.get("To", ""))
        checks = (
            (not to, 21604),
            (not (params.get("From") or params.get("MessagingServiceSid")), 21603),
            (not (params.get("Body") or params.get("ContentSid") or params.get("MediaUrl")), 21602),
            (not _E164.fullmatch(number), 21211),
            (number in self.unsubscribed, 21610),
            (to.startswith(WHATSAPP) and not params.get("ContentSid") and number in self.whatsapp_window_closed, 63016),
        )
        return next((code for refused, code in checks if refused), None)

    def _take_failure(self, number: str) -> Failure | None:
        now = self.clock.now()
        self.failures = [f for f in self.failures if f.count != 0 and (f.until is None or f.until > now)]
        failure = next((f for f in self.failures if f.to is None or f.to == number), None)
        if failure is not None and failure.count is not None:
            failure.count -= 1
        return failure


def create_app(fake: FakeTwilio) -> web.Application:
    app = web.Application()
    messages = f"/{API_VERSION}/Accounts/{{account_sid}}/Messages.json"
    app.router.add_post(messages, fake.handle_create)
    app.router.add_get(messages, fake.handle_list)
    media = f"/{API_VERSION}/Accounts/{{account_sid}}/Messages/{{message_sid}}/Media/{{media_sid}}"
    app.router.add_get(media, fake.handle_media)
    app.router.add_get("/media-cdn/{media_sid}", fake.handle_media_cdn)
    return app


def error_response(status: int, code: int, retry_after: int | None = None) -> web.Response:
    body = {
        "code": code,
        "message": ERROR_MESSAGES.get(code, "Error"),
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return web.json_response(body, status=status, headers=headers)


def num_segments(to: str, body: str) -> int:
    """SMS segments: 160/153 GSM-7 septets, else 70/67 UTF-16 units. WhatsApp messages are one segment."""
    if to.startswith(WHATSAPP) or not body:
        return 1
    if all(char in _GSM7 or char in _GSM7_EXTENDED for char in body):
        length, single, part = sum(2 if char in _GSM7_EXTENDED else 1 for char in body), 160, 153
    else:
        length, single, part = len(body.encode("utf-16-le")) // 2, 70, 67
    return 1 if length <= single else math.ceil(length / part)


def _number(address: str) -> str:
    return address.removeprefix(WHATSAPP).strip()


def _parse_date(value: str) -> datetime:
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SSZ`` (what twilio's serializer sends), as an aware UTC datetime."""
    parsed = datetime.fromisoformat(value)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
