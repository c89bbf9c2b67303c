"""Contact windows in a facility's timezone, and the next moment inside one of them.

All arithmetic is done on local wall-clock dates and converted to aware UTC instants through ``zoneinfo``, so a
window is never entered outside its local hours across daylight-saving changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property, lru_cache
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, field_validator, model_serializer, model_validator

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WINDOW = re.compile(
    r"^\s*(?P<days>[a-z]{3}(?:-[a-z]{3})?(?:,[a-z]{3}(?:-[a-z]{3})?)*)\s+"
    r"(?P<start>\d{1,2}:\d{2})\s*-\s*(?P<end>\d{1,2}:\d{2})\s*$"
)
SEARCH_DAYS = 15


class WindowSyntaxError(ValueError):
    pass


class ContactWindow(BaseModel):
    """Weekdays (0 = Monday) and a local time range; ``end`` is inclusive to the minute (23:59 means midnight)."""

    model_config = ConfigDict(frozen=True)

    days: tuple[int, ...]
    start: time
    end: time

    @field_validator("days")
    @classmethod
    def _days_in_week(cls, days: tuple[int, ...]) -> tuple[int, ...]:
        if not days or any(d < 0 or d > 6 for d in days):
            raise ValueError("days must be weekday numbers 0 (Monday) to 6 (Sunday)")
        return tuple(sorted(set(days)))

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data: object) -> object:
        """Stored and written as text, e.g. ``"mon-fri 19:00-21:00"``."""
        if isinstance(data, str):
            window = _parsed(data)
            return {"days": window.days, "start": window.start, "end": window.end}
        return data

    @model_serializer
    def _as_text(self) -> str:
        return str(self)

    @classmethod
    def parse(cls, text: str) -> ContactWindow:
        """Parse ``"mon-fri 19:00-21:00"`` or ``"sat,sun 09:00-11:30"``."""
        match = _WINDOW.match(text.lower())
        if not match:
            raise WindowSyntaxError(f"not a contact window: {text!r} (expected e.g. 'mon-fri 19:00-21:00')")
        days: list[int] = []
        for part in match["days"].split(","):
            first, _, last = part.partition("-")
            for name in (first, last or first):
                if name not in DAY_NAMES:
                    raise WindowSyntaxError(f"unknown day {name!r} in {text!r}")
            a, b = DAY_NAMES.index(first), DAY_NAMES.index(last or first)
            days.extend(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
        start, end = _clock(match["start"], text), _clock(match["end"], text)
        if end <= start:
            raise WindowSyntaxError(f"window ends before it starts: {text!r}")
        return cls(days=tuple(days), start=start, end=end)

    def __str__(self) -> str:
        return self._text

    @cached_property
    def _text(self) -> str:
        runs: list[list[int]] = []
        for day in self.days:
            if runs and runs[-1][-1] == day - 1:
                runs[-1].append(day)
            else:
                runs.append([day])
        days = ",".join(DAY_NAMES[r[0]] if len(r) == 1 else f"{DAY_NAMES[r[0]]}-{DAY_NAMES[r[-1]]}" for r in runs)
        return f"{days} {self.start:%H:%M}-{self.end:%H:%M}"


@lru_cache(maxsize=1024)
def _parsed(text: str) -> ContactWindow:
    return ContactWindow.parse(text)


def _shared(window: object) -> object:
    """The one parsed window for a text; anything else (a text that is no window) is validated as given, so its
    error names the window's position as before."""
    if isinstance(window, str):
        try:
            return _parsed(window)
        except WindowSyntaxError:
            return window
    return window


def _clock(text: str, whole: str) -> time:
    hours, minutes = (int(x) for x in text.split(":"))
    if hours > 23 or minutes > 59:
        raise WindowSyntaxError(f"no such time {text!r} in {whole!r}")
    return time(hours, minutes)


class Schedule(BaseModel):
    """A worker's contact windows in the facility's IANA timezone."""

    model_config = ConfigDict(frozen=True)

    timezone: str
    windows: tuple[ContactWindow, ...]

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, name: str) -> str:
        ZoneInfo(name)
        return name

    @field_validator("windows", mode="before")
    @classmethod
    def _shared_windows(cls, windows: object) -> object:
        """Every stored state that is loaded holds its windows as text, and a campaign has few distinct windows:
        each text is parsed once, into one immutable window that all such states share (pydantic keeps an
        instance as it is), which also makes comparing and hashing schedules cheap."""
        if isinstance(windows, list | tuple):
            return tuple(_shared(w) for w in windows)
        return windows

    @field_validator("windows")
    @classmethod
    def _some_window(cls, windows: tuple[ContactWindow, ...]) -> tuple[ContactWindow, ...]:
        if not windows:
            raise ValueError("at least one contact window is needed")
        return windows

    def intervals(self, after: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Window occurrences as aware UTC ``(start, end)`` pairs, in order, that end after ``after``."""
        first_day = after.astimezone(ZoneInfo(self.timezone)).date() - timedelta(days=1)
        for start, end in _intervals_from(self.windows, self.timezone, first_day):
            if end > after:
                yield start, end

    def next_moment(self, after: datetime) -> datetime:
        """The earliest instant at or after ``after`` that lies inside a window."""
        for start, _end in self.intervals(after):
            return max(start, after)
        raise ValueError("the schedule has no window in the next two weeks")

    def next_window_start(self, after: datetime) -> datetime:
        """The start of the first window occurrence that begins strictly after ``after``.

        This is where "later" and reminders go: never the window the worker is in right now.
        """
        for start, _end in self.intervals(after):
            if start > after:
                return start
        raise ValueError("the schedule has no window in the next two weeks")

    def contains(self, moment: datetime) -> bool:
        return any(start <= moment < end for start, end in self.intervals(moment))


@lru_cache(maxsize=1024)
def _intervals_from(
    windows: tuple[ContactWindow, ...], timezone: str, first_day: date
) -> tuple[tuple[datetime, datetime], ...]:
    """The window occurrences of ``SEARCH_DAYS`` local days from ``first_day``, in order: one lookup per question
    instead of one per day (most steps ask where a window lies)."""
    days = (first_day + timedelta(days=offset) for offset in range(SEARCH_DAYS))
    return tuple(interval for day in days for interval in _day_intervals(windows, timezone, day))


@lru_cache(maxsize=4096)
def _day_intervals(
    windows: tuple[ContactWindow, ...], timezone: str, day: date
) -> tuple[tuple[datetime, datetime], ...]:
    """One local day's window occurrences in UTC, sorted; the same few days are asked about again and again."""
    zone = ZoneInfo(timezone)
    occurrences = sorted(
        (_instant(day, w.start, zone), _end_instant(day, w.end, zone)) for w in windows if day.weekday() in w.days
    )
    return tuple((start, end) for start, end in occurrences if end > start)


def _instant(day: date, clock: time, zone: ZoneInfo) -> datetime:
    """Local wall time to UTC. A wall time skipped by a DST jump maps past the jump (02:30 becomes 03:30), and
    a repeated one to its first occurrence, so the result is never before the local time it names."""
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


def _end_instant(day: date, clock: time, zone: ZoneInfo) -> datetime:
    if clock == time(23, 59):
        return _instant(day + timedelta(days=1), time(0, 0), zone)
    return _instant(day, clock, zone)


def parse_windows(texts: Iterable[str]) -> tuple[ContactWindow, ...]:
    return tuple(ContactWindow.parse(t) for t in texts)
