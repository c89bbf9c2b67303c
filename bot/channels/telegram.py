"""Telegram through python-telegram-bot's ``Bot`` (no Updater: updates arrive at our own aiohttp webhook)."""

from __future__ import annotations

import contextlib
import functools
import os

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.helpers import create_deep_linked_url

from bot.channels.base import OutgoingMessage, SendError, SendResult
from bot.channels.telegram_transport import ANSWER_LOST, AiohttpRequest
from conversations.effects import Button

BUTTONS_PER_ROW = 3
ANSWER_LOST_NOTE = (
    "the connection broke after the message reached Telegram; counted as sent and not sent again "
    "(the Bot API cannot say whether it arrived; if it did not, the reminder asks again)"
)


class TelegramChannel:
    name = "telegram"

    def __init__(self, token: str, api_url: str) -> None:
        # python-telegram-bot 22 warns on every 429 unless RetryAfter.retry_after is a timedelta; opt in now.
        os.environ.setdefault("PTB_TIMEDELTA", "1")
        base = api_url.rstrip("/")
        self.bot = Bot(
            token,
            base_url=f"{base}/bot",
            base_file_url=f"{base}/file/bot",
            request=AiohttpRequest(),
            get_updates_request=AiohttpRequest(connection_pool_size=1),
        )
        self._ready = False

    async def start(self) -> None:
        """Calls getMe once (PTB needs it before anything else) and learns the bot's username for deep links."""
        if not self._ready:
            await self.bot.initialize()
            self._ready = True

    def deep_link(self, code: str) -> str:
        return create_deep_linked_url(self.bot.username, code)

    async def send(self, message: OutgoingMessage) -> SendResult:
        await self.start()
        keyboard = _keyboard(message.buttons) if message.buttons else None
        try:
            sent = await self.bot.send_message(chat_id=int(message.address), text=message.text, reply_markup=keyboard)
        except Forbidden as error:  # "bot was blocked by the user"
            raise SendError(f"Telegram: {error.message}", opted_out=True) from None
        except RetryAfter as error:
            raise SendError(
                "Telegram: flood control", retry_after=_seconds(error.retry_after), rate_limited=True
            ) from None
        except BadRequest as error:  # chat not found, message too long...: sending again will not help
            raise SendError(f"Telegram: {error.message}", permanent=True) from None
        except NetworkError as error:
            if isinstance(error.__cause__, ANSWER_LOST):  # the request reached Telegram, its answer did not
                return SendResult(provider_id=None, note=ANSWER_LOST_NOTE)
            # Not connected, the request not written, or a 5xx from Telegram: nothing went out, retry.
            raise SendError(f"Telegram: {error.message}") from None
        except TelegramError as error:
            raise SendError(f"Telegram: {error.message}") from None
        return SendResult(provider_id=f"{sent.chat_id}:{sent.message_id}")

    async def find_sent(self, message: OutgoingMessage) -> SendResult | None:
        """The Bot API cannot list sent messages. A row is in doubt here only when a process died between claiming
        and recording it, and most such rows were still waiting their turn: they are sent (again)."""
        return None

    async def answer_button(self, callback_query_id: str) -> None:
        """Stops the button's loading spinner in the worker's app; best effort."""
        await self.start()
        with contextlib.suppress(TelegramError):
            await self.bot.answer_callback_query(callback_query_id)

    async def close(self) -> None:
        if self._ready:
            await self.bot.shutdown()
            self._ready = False


@functools.lru_cache(maxsize=1024)  # a script has a few keyboards per language; PTB's objects are immutable
def _keyboard(choices: tuple[Button, ...]) -> InlineKeyboardMarkup:
    buttons = [InlineKeyboardButton(f"{b.reply} {b.label}", callback_data=b.reply) for b in choices]
    return InlineKeyboardMarkup([buttons[i : i + BUTTONS_PER_ROW] for i in range(0, len(buttons), BUTTONS_PER_ROW)])


def _seconds(retry_after: object) -> float:
    total = getattr(retry_after, "total_seconds", None)
    return float(total()) if callable(total) else float(retry_after)  # type: ignore[arg-type]
