"""The simulator channel: a stand-in provider in this process, for the demo, ``simulate`` and tests.

Like SMS it is not idempotent: every ``send`` delivers again, and ``deliveries`` counts them per message key,
so a duplicate send is visible instead of being hidden.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from bot.channels.base import OutgoingMessage, SendResult

NAME = "simulator"

Listener = Callable[[OutgoingMessage], None]


class SimulatorChannel:
    name = NAME

    def __init__(self, *, keep_log: bool = True) -> None:
        self.deliveries: Counter[str] = Counter()
        self.log: list[OutgoingMessage] = []
        self.keep_log = keep_log
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    async def send(self, message: OutgoingMessage) -> SendResult:
        self.deliveries[message.key] += 1
        if self.keep_log:
            self.log.append(message)
        for listener in self._listeners:
            listener(message)
        return SendResult(provider_id=f"sim-{message.key}")

    async def find_sent(self, message: OutgoingMessage) -> SendResult | None:
        return SendResult(provider_id=f"sim-{message.key}") if self.deliveries[message.key] else None

    async def close(self) -> None:
        return None

    @property
    def duplicates(self) -> int:
        return sum(count - 1 for count in self.deliveries.values() if count > 1)
