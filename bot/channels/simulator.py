"""The simulator channel: a stand-in provider in this process, for the demo, ``simulate`` and tests.

Like SMS it is not idempotent: every ``send`` delivers again, and ``deliveries`` counts them per message key,
so a duplicate send is visible instead of being hidden.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping

from bot.channels.base import OutgoingMessage, SendResult

NAME = "simulator"

Listener = Callable[[OutgoingMessage], None]


OUTBOX_KEY = re.compile(r"out-(\d+)")


class DeliveryCounts(Mapping[str, int]):
    """Deliveries per message key, 0 for a key never sent. Outbox keys (``out-<id>``) are counted in one byte
    per id: a Counter of strings took 87 bytes per message, 120 MB over ``simulate --workers 100000``."""

    def __init__(self) -> None:
        self._by_id = bytearray()
        self._other: Counter[str] = Counter()

    def add(self, key: str) -> None:
        index = _outbox_index(key)
        if index is None:
            self._other[key] += 1
            return
        if index >= len(self._by_id):
            self._by_id.extend(bytes(max(index + 1 - len(self._by_id), len(self._by_id))))
        self._by_id[index] = min(self._by_id[index] + 1, 255)

    def __getitem__(self, key: str) -> int:
        index = _outbox_index(key)
        if index is None:
            return self._other[key]
        return self._by_id[index] if index < len(self._by_id) else 0

    def __iter__(self) -> Iterator[str]:
        yield from (f"out-{index}" for index, count in enumerate(self._by_id) if count)
        yield from (key for key, count in self._other.items() if count)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def repeats(self) -> int:
        """Deliveries beyond each key's first."""
        return sum(count - 1 for counts in (self._by_id, self._other.values()) for count in counts if count > 1)


def _outbox_index(key: str) -> int | None:
    outbox = OUTBOX_KEY.fullmatch(key)
    return None if outbox is None else int(outbox[1])


class SimulatorChannel:
    name = NAME

    def __init__(self, *, keep_log: bool = True) -> None:
        self.deliveries = DeliveryCounts()
        self.log: list[OutgoingMessage] = []
        self.keep_log = keep_log
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    async def send(self, message: OutgoingMessage) -> SendResult:
        self.deliveries.add(message.key)
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
        return self.deliveries.repeats()
