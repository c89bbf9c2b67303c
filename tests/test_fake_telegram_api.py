"""The fake Telegram Bot API, driven by the real python-telegram-bot ``Bot``: the wire format it records and the
errors it makes PTB raise."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta

import aiohttp
import pytest
import telegram
from aiohttp.test_utils import TestServer
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter

from tests.fakes.telegram_api import FakeTelegram, create_app

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")
KEYBOARD = telegram.InlineKeyboardMarkup(
    [
        [
            telegram.InlineKeyboardButton("Yes", callback_data="q1:yes"),
            telegram.InlineKeyboardButton("No", callback_data="q1:no"),
        ]
    ]
)


class ManualClock:
    def __init__(self) -> None:
        self.now = 1_767_000_000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Api:
    fake: FakeTelegram
    bot: telegram.Bot
    url: str
    clock: ManualClock


def make_bot(token: str, url: str) -> telegram.Bot:
    return telegram.Bot(token, base_url=f"{url}/bot", base_file_url=f"{url}/file/bot")


@pytest.fixture
async def api(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Api]:
    for name in PROXY_VARIABLES:  # PTB's httpx follows proxy variables, even to 127.0.0.1
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("PTB_TIMEDELTA", "1")  # RetryAfter.retry_after as a timedelta, without a deprecation warning
    clock = ManualClock()
    fake = FakeTelegram(clock=clock)
    async with TestServer(create_app(fake), host="127.0.0.1") as server:
        url = str(server.make_url("")).rstrip("/")
        bot = make_bot(fake.token, url)
        await bot.initialize()
        try:
            yield Api(fake, bot, url, clock)
        finally:
            await bot.shutdown()


async def test_initialize_asks_get_me(api: Api) -> None:
    assert [call.method for call in api.fake.calls] == ["getMe"]
    assert (api.bot.id, api.bot.username) == (api.fake.bot_id, "callbacks_test_bot")


async def test_send_message_records_the_keyboard_and_returns_a_message(api: Api) -> None:
    first = await api.bot.send_message(43, "Q1: paid on time?", reply_markup=KEYBOARD, disable_notification=True)
    second = await api.bot.send_message(43, "Q2")

    assert (first.message_id, first.chat.id, first.chat.type, first.text) == (1, 43, "private", "Q1: paid on time?")
    assert first.date.timestamp() == int(api.clock.now)
    assert first.reply_markup == KEYBOARD
    assert second.message_id == 2
    [call, _] = api.fake.sent
    assert call.chat_id == "43"
    assert call.params["disable_notification"] == "true"  # form values stay strings, as on the wire
    buttons = call.params["reply_markup"]["inline_keyboard"][0]
    assert [button["callback_data"] for button in buttons] == ["q1:yes", "q1:no"]


async def test_answer_callback_query(api: Api) -> None:
    assert await api.bot.answer_callback_query("3500749308061689919", text="Thanks") is True
    [call] = api.fake.calls_to("answerCallbackQuery")
    assert call.params == {"callback_query_id": "3500749308061689919", "text": "Thanks"}


async def test_webhook_set_read_and_deleted(api: Api) -> None:
    url = "https://callbacks.example.org/telegram/webhook"
    assert await api.bot.set_webhook(url, secret_token="s3cret_-X", allowed_updates=["message", "callback_query"])
    assert (api.fake.webhook.url, api.fake.webhook.secret_token) == (url, "s3cret_-X")

    info = await api.bot.get_webhook_info()
    assert (info.url, info.allowed_updates) == (url, ("message", "callback_query"))

    assert await api.bot.delete_webhook()
    assert (await api.bot.get_webhook_info()).url == ""


@pytest.mark.parametrize(
    ("status", "error", "message"),
    [
        (403, Forbidden, "bot was blocked by the user"),
        (400, BadRequest, "Chat not found"),
        (500, NetworkError, "Internal Server Error"),
    ],
)
async def test_an_armed_failure_hits_that_chat_once(
    api: Api, status: int, error: type[telegram.error.TelegramError], message: str
) -> None:
    api.fake.fail_next(43, status)

    await api.bot.send_message(44, "another worker")
    with pytest.raises(error, match=message):
        await api.bot.send_message(43, "hello")
    await api.bot.send_message(43, "hello again")

    assert [(call.chat_id, call.status) for call in api.fake.calls_to("sendMessage")] == [
        ("44", 200),
        ("43", status),
        ("43", 200),
    ]


async def test_flood_control_says_when_to_retry(api: Api) -> None:
    api.fake.fail_next(43, 429, retry_after=7)
    with pytest.raises(RetryAfter) as raised:
        await api.bot.send_message(43, "hello")
    assert raised.value.retry_after == timedelta(seconds=7)


async def test_fail_next_without_a_chat_hits_any_call(api: Api) -> None:
    api.fake.fail_next(None, 500, count=2)
    for _ in range(2):
        with pytest.raises(NetworkError):
            await api.bot.get_webhook_info()
    assert (await api.bot.get_webhook_info()).url == ""


async def test_an_outage_lasts_for_its_seconds(api: Api) -> None:
    api.fake.fail_all(500, for_seconds=30)
    for chat_id in (43, 44):
        with pytest.raises(NetworkError):
            await api.bot.send_message(chat_id, "hello")
    api.clock.now += 29
    with pytest.raises(NetworkError):
        await api.bot.send_message(43, "hello")
    api.clock.now += 1
    await api.bot.send_message(43, "hello")


async def test_a_blocked_chat_stays_blocked_until_cleared(api: Api) -> None:
    api.fake.fail_all(403, chat_id=43)
    for _ in range(3):
        with pytest.raises(Forbidden):
            await api.bot.send_message(43, "hello")
    await api.bot.send_message(44, "hello")
    api.fake.clear_failures()
    await api.bot.send_message(43, "hello")
    assert [call.chat_id for call in api.fake.sent] == ["44", "43"]


async def test_a_chat_failure_wins_over_a_global_one(api: Api) -> None:
    api.fake.fail_all(500)
    api.fake.fail_next(43, 403)
    with pytest.raises(Forbidden):
        await api.bot.send_message(43, "hello")
    with pytest.raises(NetworkError):
        await api.bot.send_message(43, "hello")


async def test_unknown_token_is_not_found(api: Api) -> None:
    async with aiohttp.ClientSession() as session, session.post(f"{api.url}/bot999:WRONG/getMe") as response:
        assert response.status == 404
        assert await response.json() == {"ok": False, "error_code": 404, "description": "Not Found"}

    bot = make_bot("999:WRONG", api.url)
    with pytest.raises(InvalidToken):
        await bot.initialize()
    await bot.shutdown()
    assert api.fake.calls_to("getMe") == api.fake.calls[:1]  # requests with a wrong token are not recorded


async def test_a_json_body_is_read_like_a_form(api: Api) -> None:
    body = {"chat_id": 43, "text": "hi", "reply_markup": {"inline_keyboard": [[{"text": "Yes", "callback_data": "y"}]]}}
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{api.url}/bot{api.fake.token}/sendMessage", json=body) as response:
            reply = await response.json()
        async with session.post(f"{api.url}/bot{api.fake.token}/noSuchMethod") as response:
            assert (response.status, (await response.json())["description"]) == (404, "Not Found")
    assert reply["ok"] is True
    assert reply["result"]["reply_markup"] == body["reply_markup"]
    assert api.fake.sent[0].params == body


async def test_send_message_validates_like_telegram(api: Api) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await api.bot.send_message("@someone", "hello")
    with pytest.raises(BadRequest, match="Message text is empty"):
        await api.bot.send_message(43, "")
