"""Provider webhooks: verify, parse, store the raw message first (deduplicated), then let the engine act.

A request that fails authentication gets a 403. An authenticated body that cannot be taken (malformed, or a
value the database refuses even alone) is kept as a dead letter for an operator (``callbacks inbound
dead-letters``) and answered 400 (Twilio) or 200 (Telegram, whose queue for the bot would otherwise stall on it);
it never gets a 5xx, which would only bring it back. NUL characters and lone surrogates in texts become U+FFFD
(:func:`bot.channels.inbound.storable`). Only a database that is unavailable gets a 503, so the provider
delivers again. Nothing here logs a phone number, a chat id or a message text.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import traceback
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field, replace
from typing import Any

from aiohttp import web
from multidict import MultiDict, MultiDictProxy
from sqlalchemy.exc import SQLAlchemyError

from bot.channels.base import OutgoingMessage
from bot.channels.inbound import (
    ChatBlocked,
    Ignored,
    InboundMessage,
    Media,
    Parsed,
    Rejected,
    StatusUpdate,
    storable,
    storable_text,
)
from bot.channels.telegram import TelegramChannel
from bot.channels.telegram_updates import parse_update
from bot.channels.twilio_webhooks import parse_inbound, parse_status, public_url, signature_is_valid
from bot.inbound_writer import Unstorable
from bot.runtime import Runtime
from bot.web.app import RUNTIME
from conversations.events import DeliveryFailed
from conversations.locales import BASE_LANGUAGE
from storage.dead_letters import record_dead_letter
from storage.delivery import record_status
from storage.enrollment import conversation_for_address
from storage.inbound import IncomingMessage
from storage.refusals import refused_value

log = logging.getLogger(__name__)
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'


@dataclass
class WebhookSettings:
    public_url: str
    telegram: TelegramChannel | None = None
    telegram_secret: str | None = None
    twilio_auth_token: str | None = None
    background: set[asyncio.Task[None]] = field(default_factory=set)


WEBHOOKS: web.AppKey[WebhookSettings] = web.AppKey("webhooks", WebhookSettings)


@dataclass(frozen=True)
class _Route:
    channel: str  # as dead letters name it
    refused_status: int  # the answer to an authenticated body that cannot be taken


TELEGRAM = _Route("telegram", 200)
TWILIO_SMS, TWILIO_WHATSAPP = _Route("sms", 400), _Route("whatsapp", 400)
TWILIO_STATUS = _Route("twilio-status", 400)


def add_webhook_routes(app: web.Application, settings: WebhookSettings) -> None:
    app[WEBHOOKS] = settings
    if settings.telegram is not None and settings.telegram_secret:
        app.router.add_post("/webhooks/telegram", telegram_webhook)
    if settings.twilio_auth_token:
        app.router.add_post("/webhooks/twilio/sms", twilio_sms)
        app.router.add_post("/webhooks/twilio/whatsapp", twilio_whatsapp)
        app.router.add_post("/webhooks/twilio/status", twilio_status)


# --- Telegram -------------------------------------------------------------------------------------------------


async def telegram_webhook(request: web.Request) -> web.Response:
    settings = request.app[WEBHOOKS]
    assert settings.telegram is not None and settings.telegram_secret is not None
    token = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
    if not hmac.compare_digest(token.encode(), settings.telegram_secret.encode()):
        return web.Response(status=403, text="wrong or missing secret token")
    body = await request.read()
    try:
        data = json.loads(body)
    except ValueError:  # not JSON, or not UTF-8
        return await _dead_letter(request, TELEGRAM, body, "the body is not JSON")
    except RecursionError:
        return await _dead_letter(request, TELEGRAM, body, "the body is nested too deeply")
    return await _act(request, TELEGRAM, body, parse_update(data, settings.telegram.bot))


# --- Twilio ---------------------------------------------------------------------------------------------------


async def twilio_sms(request: web.Request) -> web.Response:
    return await _twilio(request, TWILIO_SMS, lambda form: parse_inbound(form, "sms"))


async def twilio_whatsapp(request: web.Request) -> web.Response:
    return await _twilio(request, TWILIO_WHATSAPP, lambda form: parse_inbound(form, "whatsapp"))


async def twilio_status(request: web.Request) -> web.Response:
    return await _twilio(request, TWILIO_STATUS, parse_status)


async def _twilio(request: web.Request, route: _Route, parse: Callable[[MultiDictProxy[str]], Parsed]) -> web.Response:
    settings = request.app[WEBHOOKS]
    assert settings.twilio_auth_token is not None
    try:
        posted = await request.post()
    except web.HTTPException:  # 413: larger than the app takes
        raise
    except Exception:  # not UTF-8, an unknown charset, a broken multipart body: nothing that could be signed
        return web.Response(status=400, text="the body is not a form")
    form = MultiDictProxy(MultiDict((key, value) for key, value in posted.items() if isinstance(value, str)))
    url = public_url(settings.public_url, request.rel_url.raw_path, request.rel_url.raw_query_string)
    if not signature_is_valid(settings.twilio_auth_token, url, form, request.headers.get("X-Twilio-Signature", "")):
        return web.Response(status=403, text="invalid X-Twilio-Signature")
    response = await _act(request, route, await request.read(), parse(form))
    if response.status == 200:
        return web.Response(text=EMPTY_TWIML, content_type="text/xml")
    return response


# --- acting on what was parsed --------------------------------------------------------------------------------


async def _act(request: web.Request, route: _Route, body: bytes, parsed: Parsed) -> web.Response:
    runtime = request.app[RUNTIME]
    parsed = storable(parsed)
    try:
        match parsed:
            case Rejected(reason=reason):
                return await _dead_letter(request, route, body, reason)
            case Ignored():
                return web.Response(text="ignored")
            case StatusUpdate():
                await _status(runtime, parsed)
            case ChatBlocked():
                await _blocked(runtime, parsed)
            case InboundMessage(channel="telegram", address=address) if address.startswith("-"):
                return web.Response(text="ignored: not a private chat")
            case InboundMessage(edited=True):
                await _message(request, runtime, _edit(parsed))
            case InboundMessage(start_payload=str()):
                await _enrollment_link(request, runtime, parsed)
            case InboundMessage():
                await _message(request, runtime, parsed)
    except Unstorable as error:
        return await _dead_letter(request, route, body, str(error))
    except SQLAlchemyError as error:
        if refused_value(error):
            return await _dead_letter(request, route, body, f"the database refused it ({type(error).__name__})")
        log.error("webhook not stored (database error %s): the provider will deliver it again", type(error).__name__)
        return web.Response(status=503, text="try again")
    except (OSError, TimeoutError) as error:  # the database server does not answer
        log.error("webhook not stored (%s): the provider will deliver it again", type(error).__name__)
        return web.Response(status=503, text="try again")
    except Exception as error:  # a body nobody foresaw: a 5xx would only bring it back, again and again
        log.error("webhook could not be taken (%s at %s)", type(error).__name__, _where(error))
        return await _dead_letter(request, route, body, f"could not be taken ({type(error).__name__})")
    return web.Response(text="ok")


async def _dead_letter(request: web.Request, route: _Route, body: bytes, reason: str) -> web.Response:
    """Keep an authenticated body that cannot be taken for an operator, and answer so it is not delivered again.
    ``reason`` names no personal data; the body is kept encrypted."""
    runtime = request.app[RUNTIME]
    reason = storable_text(reason)
    try:
        async with runtime.db.transaction() as session:
            kept = await record_dead_letter(session, runtime.cipher, route.channel, reason, body, runtime.clock.now())
    except Exception as error:
        log.error("webhook not kept as a dead letter (%s): the provider will deliver it again", type(error).__name__)
        return web.Response(status=503, text="try again")
    log.warning("webhook kept as dead letter %d (%s, %d bytes): %s", kept, route.channel, len(body), reason)
    return web.Response(status=route.refused_status, text=reason)


def _where(error: BaseException) -> str:
    """Where an error was raised (file:line function), without its message: messages may quote the values."""
    frames = traceback.extract_tb(error.__traceback__)
    return f"{frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno} {frames[-1].name}" if frames else "?"


async def _message(request: web.Request, runtime: Runtime, message: InboundMessage) -> None:
    if message.callback_query_id:
        _later(request, _answer_button(request, message.callback_query_id))
    attachments = tuple(f"{m.type}:{m.url or m.file_id or ''}" for m in message.media)
    sender = runtime.cipher.lookup(message.channel, message.address)
    # Stored durably (group commit) before we answer; the worker loop finds the conversation and processes it.
    await runtime.writer.store(
        IncomingMessage(message.channel, message.provider_id, None, message.text, attachments, sender_lookup=sender)
    )


def _edit(message: InboundMessage) -> InboundMessage:
    """A worker editing an earlier message is not answering the question asked now (nor opening a link): the
    edit is kept as an ``edited`` attachment with its media and no text, so the question re-prompts instead."""
    return replace(message, text="", media=(Media(type="edited"), *message.media), start_payload=None)


async def _enrollment_link(request: web.Request, runtime: Runtime, message: InboundMessage) -> None:
    """``/start <code>``: bind this chat to the worker the code was made for, once."""
    assert message.start_payload is not None
    binding = await runtime.links.bind(message.channel, message.start_payload, message.address)
    if binding.conversation_id is not None:
        return
    async with runtime.db.sessions() as session:
        known = await conversation_for_address(session, runtime.cipher, message.channel, message.address)
    if known is not None:  # the worker pressed their link again: an ordinary "start"
        await _message(request, runtime, InboundMessage(message.channel, message.provider_id, message.address, "start"))
        return
    log.info("enrollment link refused: %s", binding.reason)
    telegram = request.app[WEBHOOKS].telegram
    if telegram is not None:
        text = runtime.locales.text(BASE_LANGUAGE, "link-invalid")
        notice = OutgoingMessage(key=f"link-{message.provider_id}", address=message.address, text=text)
        _later(request, _send_quietly(telegram, notice))


async def _status(runtime: Runtime, update: StatusUpdate) -> None:
    async with runtime.db.transaction() as session:
        recorded = await record_status(
            session, update.channel, update.provider_id, update.status, update.error_code, runtime.clock.now()
        )
    if recorded.new and update.opted_out and recorded.conversation_id is not None:
        await runtime.service.handle([(recorded.conversation_id, DeliveryFailed(opted_out=True))])


async def _blocked(runtime: Runtime, event: ChatBlocked) -> None:
    if not event.blocked:
        return  # unblocking alone changes nothing; the worker's next /start or START re-subscribes
    async with runtime.db.sessions() as session:
        conversation_id = await conversation_for_address(session, runtime.cipher, event.channel, event.address)
    if conversation_id is not None:
        await runtime.service.handle([(conversation_id, DeliveryFailed(opted_out=True))])


def _later(request: web.Request, work: Coroutine[Any, Any, None]) -> None:
    """Best-effort side work (button spinners, notices) that must not delay the webhook's answer."""
    tasks = request.app[WEBHOOKS].background
    task = asyncio.ensure_future(work)
    tasks.add(task)
    task.add_done_callback(tasks.discard)


async def _answer_button(request: web.Request, callback_query_id: str) -> None:
    telegram = request.app[WEBHOOKS].telegram
    if telegram is None:
        return
    try:
        await telegram.answer_button(callback_query_id)
    except Exception as error:  # the button's spinner stops by itself; nothing to retry
        log.info("could not answer a button press: %s", type(error).__name__)


async def _send_quietly(telegram: TelegramChannel, notice: OutgoingMessage) -> None:
    try:
        await telegram.send(notice)
    except Exception as error:  # a courtesy notice; nothing to retry
        log.info("could not send the invalid-link notice: %s", type(error).__name__)
