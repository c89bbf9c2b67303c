"""What a client may see of a campaign's results: raw counts in, the figures that may be shown out.

The rules (README "Results for clients"):

- A figure over fewer than ``threshold`` workers (5; 10 for anything raised by workers' free text) is shown as
  "fewer than N" (:attr:`Hidden.FEWER`). Zero is such a figure too.
- In a breakdown whose parts add up to a shown total (each worker in exactly one part), the hidden parts must not
  be worked out by subtraction. A reader knows the total, the shown parts, that a "fewer than N" part lies in
  0..N-1 and that a withheld part lies between N and the smallest shown part (complements are taken smallest
  first). While some hidden part is still pinned to one value by that, the next-smallest shown part is withheld
  too (:attr:`Hidden.WITHHELD`); when every part is hidden and one is still pinned, the total is withheld.
- A total under the threshold hides the whole breakdown.
- In a breakdown without a total (a worker may be in several parts, such as flag categories), a part under the
  threshold is never hidden alone either: the next-smallest part is withheld with it.
- A breakdown whose total is a figure of another breakdown (``total_of``, such as weekly completions and the
  funnel's "completed") withholds that figure as well when it must withhold its own total.
- Nothing is released before the contact period is over: results appear on the day after ``contact_ends_on``
  (in the campaign's timezone) plus ``delay_days``, or as soon as the campaign is closed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

WORKERS_THRESHOLD = 5
FREE_TEXT_THRESHOLD = 10


class Hidden(StrEnum):
    FEWER = "fewer"  # below the threshold
    WITHHELD = "withheld"  # at or above it, hidden so that a small figure beside it cannot be worked out


Figure = int | Hidden


@dataclass(frozen=True)
class Breakdown:
    """Counts of workers. ``total`` given: a partition (the parts add up to it) whose total is shown."""

    key: str
    parts: tuple[tuple[str, int], ...]
    total: int | None = None
    threshold: int = WORKERS_THRESHOLD
    total_of: tuple[str, str] | None = None  # (breakdown key, part label) showing the same total elsewhere


@dataclass(frozen=True)
class Statistic:
    """A figure computed over ``workers`` workers (a median time): shown only when they are enough."""

    key: str
    value: float
    workers: int
    threshold: int = WORKERS_THRESHOLD


@dataclass(frozen=True)
class Shown:
    key: str
    parts: tuple[tuple[str, Figure], ...]
    total: Figure | None
    threshold: int

    def figure(self, label: str) -> Figure:
        return dict(self.parts)[label]


@dataclass(frozen=True)
class Release:
    released: bool
    release_on: date | None  # the first day results are shown; None: when the campaign is closed


@dataclass(frozen=True)
class Disclosure:
    release: Release
    breakdowns: dict[str, Shown] = field(default_factory=dict)  # empty until released
    statistics: dict[str, float | Hidden] = field(default_factory=dict)


def disclose(
    breakdowns: Sequence[Breakdown],
    statistics: Sequence[Statistic] = (),
    *,
    status: str,
    contact_ends_on: date | None,
    timezone: str,
    delay_days: int,
    now: datetime,
) -> Disclosure:
    """Everything of ``breakdowns`` and ``statistics`` that a client may see at ``now``."""
    release = _release(status, contact_ends_on, timezone, delay_days, now)
    if not release.released:
        return Disclosure(release)
    shown = {b.key: _suppress(b) for b in breakdowns}
    for b in breakdowns:
        if b.total_of is not None and shown[b.key].total == Hidden.WITHHELD and b.total_of[0] in shown:
            other = shown[b.total_of[0]]
            parts = tuple(
                (label, Hidden.WITHHELD if label == b.total_of[1] and isinstance(value, int) else value)
                for label, value in other.parts
            )
            shown[other.key] = Shown(other.key, parts, other.total, other.threshold)
    stats: dict[str, float | Hidden] = {
        s.key: s.value if s.workers >= s.threshold else Hidden.FEWER for s in statistics
    }
    return Disclosure(release, shown, stats)


def _release(status: str, ends: date | None, timezone: str, delay_days: int, now: datetime) -> Release:
    release_on = ends + timedelta(days=1 + max(0, delay_days)) if ends is not None else None
    if status == "closed":
        return Release(True, release_on)
    if release_on is None:
        return Release(False, None)
    return Release(now.astimezone(ZoneInfo(timezone)).date() >= release_on, release_on)


def _suppress(breakdown: Breakdown) -> Shown:
    k = breakdown.threshold
    counts = [count for _label, count in breakdown.parts]
    labels = [label for label, _count in breakdown.parts]
    total = breakdown.total
    if total is not None and total < k:
        return Shown(breakdown.key, tuple((label, Hidden.FEWER) for label in labels), Hidden.FEWER, k)
    hidden: dict[int, Hidden] = {i: Hidden.FEWER for i, count in enumerate(counts) if count < k}
    shown_total: Figure | None = total
    if total is None and len(hidden) == 1 and len(counts) > 1:
        # Not a partition (a worker can be in several parts), yet the parts bound each other: never one alone.
        hidden[min((i for i in range(len(counts)) if i not in hidden), key=lambda i: counts[i])] = Hidden.WITHHELD
    while total is not None and hidden and _pinned(counts, hidden, total, k):
        visible = [i for i in range(len(counts)) if i not in hidden]
        if not visible:
            shown_total = Hidden.WITHHELD
            break
        hidden[min(visible, key=lambda i: counts[i])] = Hidden.WITHHELD
    parts = tuple((label, hidden.get(i, counts[i])) for i, label in enumerate(labels))
    return Shown(breakdown.key, parts, shown_total, k)


def _pinned(counts: list[int], hidden: dict[int, Hidden], total: int, k: int) -> bool:
    """Whether a reader who knows the total and the shown parts can tell some hidden part's exact value."""
    shown = [c for i, c in enumerate(counts) if i not in hidden]
    rest = total - sum(shown)
    ceiling = min(shown) if shown else rest
    bounds = {i: (0, k - 1) if kind is Hidden.FEWER else (k, ceiling) for i, kind in hidden.items()}
    low_sum = sum(low for low, _high in bounds.values())
    high_sum = sum(high for _low, high in bounds.values())
    for low, high in bounds.values():
        least = max(low, rest - (high_sum - high))
        most = min(high, rest - (low_sum - low))
        if least >= most:
            return True
    return False
