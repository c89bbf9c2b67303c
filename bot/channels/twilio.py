"""SMS and WhatsApp through Twilio's Messages API, with the twilio library's async client.

The HTTP client never retries on its own (``max_retries`` re-posts a message and can send it twice): retries
come from the outbox. A send whose outcome is unknown is reconciled by listing what Twilio already has.
"""

from __future__ import annotations

import contextvars
import json
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from twilio.base.exceptions import TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.http.response import Response
from twilio.rest import Client

from bot.channels.base import OutgoingMessage, SendError, SendResult
from bot.clock import Clock

WHATSAPP_WINDOW = timedelta(hours=24)
OPTED_OUT = {21610}  # "Attempt to send to unsubscribed recipient"
OUTSIDE_WINDOW = 63016  # WhatsApp free-form message outside the 24-hour customer-service window
PERMANENT = {21211, 21212, 21408, 21612, 21614, 63003, 63024}  # bad or unreachable numbers, region not enabled
RECONCILE_SLACK = timedelta(minutes=2)

_retry_after: contextvars.ContextVar[float | None] = contextvars.ContextVar("twilio_retry_after", default=None)


class _HttpClient(AsyncTwilioHttpClient):  # type: ignore[misc]
    """Remembers a 429's ``Retry-After`` for the task that made the request (the exception does not carry it)."""

    async def request(self, *args: Any, **kwargs: Any) -> Response:
        response: Response = await super().request(*args, **kwargs)
        retry_after = (response.headers or {}).get("Retry-After") if response.status_code == 429 else None
        _retry_after.set(float(retry_after) if retry_after and retry_after.isdigit() else None)
        return response


@dataclass(frozen=True)
class TwilioSettings:
    account_sid: str
    auth_token: str
    api_url: str
    public_url: str
    sms_from: str | None = None
    whatsapp_from: str | None = None
    whatsapp_templates: dict[str, str] = field(default_factory=dict)  # language -> approved ContentSid
    whatsapp_template_fallback: str | None = "en"


class TwilioChannel:
    """One instance per channel: ``sms`` or ``whatsapp``."""

    def __init__(self, name: str, settings: TwilioSettings, clock: Clock) -> None:
        if name not in ("sms", "whatsapp"):
            raise ValueError(f"not a Twilio channel: {name}")
        sender = settings.sms_from if name == "sms" else settings.whatsapp_from
        if not sender:
            raise ValueError(f"CALLBACKS_TWILIO_{name.upper()}_FROM is not set")
        self.name, self.settings, self.clock = name, settings, clock
        self.sender = sender if name == "sms" else _whatsapp(sender)
        self._http: _HttpClient | None = None
        self._client: Client | None = None

    def client(self) -> Client:
        """Created on first use, inside the running event loop (the HTTP client opens an aiohttp session)."""
        if self._client is None:
            self._http = _HttpClient(timeout=15)
            self._client = Client(self.settings.account_sid, self.settings.auth_token, http_client=self._http)
            self._client.api.base_url = self.settings.api_url.rstrip("/")
        return self._client

    def _to(self, address: str) -> str:
        return _whatsapp(address) if self.name == "whatsapp" else address

    async def send(self, message: OutgoingMessage) -> SendResult:
        content, note = self._content(message, window_open=self._window_open(message))
        try:
            return await self._create(message, content, note)
        except TwilioRestException as error:
            if error.code == OUTSIDE_WINDOW and "body" in content:
                # Our record of the worker's last message was too optimistic: use the template after all.
                template, note = self._content(message, window_open=False)
                try:
                    return await self._create(message, template, note)
                except TwilioRestException as second:
                    raise _send_error(second) from None
            raise _send_error(error) from None

    async def _create(self, message: OutgoingMessage, content: dict[str, str], note: str | None) -> SendResult:
        sent = await self.client().messages.create_async(
            to=self._to(message.address),
            from_=self.sender,
            status_callback=f"{self.settings.public_url.rstrip('/')}/webhooks/twilio/status",
            **content,
        )
        return SendResult(provider_id=str(sent.sid), note=note)

    def _content(self, message: OutgoingMessage, *, window_open: bool) -> tuple[dict[str, str], str | None]:
        """Free text, or for WhatsApp outside the 24-hour window an approved template in the worker's language."""
        if self.name != "whatsapp" or window_open:
            return {"body": message.text}, None
        templates = self.settings.whatsapp_templates
        language = message.language
        if language in templates:
            return {"content_sid": templates[language], "content_variables": json.dumps({})}, None
        fallback = self.settings.whatsapp_template_fallback
        if fallback and fallback in templates:
            note = f"no approved WhatsApp template for {language!r}: sent the {fallback!r} template instead"
            return {"content_sid": templates[fallback], "content_variables": json.dumps({})}, note
        raise SendError(
            f"no approved WhatsApp template for {language!r} and no fallback: cannot write first", permanent=True
        )

    def _window_open(self, message: OutgoingMessage) -> bool:
        last = message.last_inbound_at
        return last is not None and self.clock.now() - last < WHATSAPP_WINDOW

    async def find_sent(self, message: OutgoingMessage) -> SendResult | None:
        """The earlier send of this message, if Twilio has it: from us to the same recipient after it was written,
        with the same text (a WhatsApp template's text is Twilio's rendering, so any message from us counts)."""
        since = (message.created_at or self.clock.now()) - RECONCILE_SLACK
        template = self.name == "whatsapp" and not self._window_open(message)
        # Not filtered by DateSent on the server: a message still queued at Twilio has no date_sent yet.
        recent = await self.client().messages.list_async(to=self._to(message.address), from_=self.sender, limit=50)
        for earlier in recent:
            created = earlier.date_created
            if created is not None and created < since:
                continue
            if template or (earlier.body or "").strip() == message.text.strip():
                return SendResult(provider_id=str(earlier.sid))
        return None

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()
            self._http = self._client = None


def _whatsapp(address: str) -> str:
    return address if address.startswith("whatsapp:") else f"whatsapp:{address}"


def _send_error(error: TwilioRestException) -> SendError:
    code = int(error.code) if error.code is not None else None
    status = int(error.status or 0)
    summary = f"Twilio {status} error {code}"
    if code in OPTED_OUT:
        return SendError(f"{summary}: the recipient unsubscribed", opted_out=True)
    if code == OUTSIDE_WINDOW:
        return SendError(f"{summary}: outside the WhatsApp 24-hour window", permanent=True)
    if code in PERMANENT or (400 <= status < 500 and status != 429):
        return SendError(summary, permanent=True)
    if status == 429:
        return SendError(summary, retry_after=_retry_after.get(), rate_limited=True)
    return SendError(summary)
