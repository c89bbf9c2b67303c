"""Where ``now`` comes from: the system clock, a virtual clock (simulate, tests) or a fast one (demo)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class VirtualClock:
    """Moves only when told to."""

    def __init__(self, start: datetime) -> None:
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance_to(self, moment: datetime) -> None:
        self._now = max(self._now, moment)

    def advance(self, delta: timedelta) -> None:
        self._now += delta


class FastClock:
    """Runs ``speed`` times faster than real time from ``start``, and can jump ahead (the demo says so)."""

    def __init__(self, start: datetime, speed: float) -> None:
        self.start, self.speed = start, speed
        self._origin = time.monotonic()
        self._skipped = timedelta()

    def now(self) -> datetime:
        elapsed = timedelta(seconds=(time.monotonic() - self._origin) * self.speed)
        return self.start + elapsed + self._skipped

    def skip(self, delta: timedelta) -> None:
        self._skipped += delta
