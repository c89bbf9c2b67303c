"""Sending pace: at most N messages per second per channel, and a minimum gap between two messages to one
recipient (Telegram allows about 1 per second per chat; python-telegram-bot does not enforce it)."""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from dataclasses import dataclass

RECIPIENTS_REMEMBERED = 50_000


@dataclass(frozen=True)
class Pace:
    per_second: float  # for the whole channel
    per_recipient_gap: float  # seconds between two messages to one recipient


DEFAULT_PACES = {
    "telegram": Pace(per_second=30, per_recipient_gap=1.0),
    "sms": Pace(per_second=10, per_recipient_gap=1.0),
    "whatsapp": Pace(per_second=20, per_recipient_gap=1.0),
}
UNLIMITED = Pace(per_second=0, per_recipient_gap=0)


class RateLimiter:
    """Reserves send slots in real time (monotonic clock): callers sleep until their slot comes."""

    def __init__(self, paces: dict[str, Pace] | None = None) -> None:
        self.paces = DEFAULT_PACES if paces is None else paces
        self._next_channel_slot: dict[str, float] = {}
        self._next_recipient_slot: OrderedDict[tuple[str, str], float] = OrderedDict()

    async def wait(self, channel: str, recipient: str) -> None:
        delay = self.reserve(channel, recipient, time.monotonic())
        if delay > 0:
            await asyncio.sleep(delay)

    def reserve(self, channel: str, recipient: str, now: float) -> float:
        """Take the next free slot for this channel and recipient; returns how long to wait for it."""
        pace = self.paces.get(channel, UNLIMITED)
        key = (channel, recipient)
        channel_slot = max(now, self._next_channel_slot.get(channel, now))
        slot = max(channel_slot, self._next_recipient_slot.get(key, now))
        if pace.per_second > 0:
            # The channel's slots advance on their own: a chat waiting out its gap must not hold up other chats.
            self._next_channel_slot[channel] = channel_slot + 1 / pace.per_second
        if pace.per_recipient_gap > 0:
            self._next_recipient_slot[key] = slot + pace.per_recipient_gap
            self._next_recipient_slot.move_to_end(key)
            while len(self._next_recipient_slot) > RECIPIENTS_REMEMBERED:
                self._next_recipient_slot.popitem(last=False)
        return slot - now
