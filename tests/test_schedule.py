"""Contact windows: parsing, the next moment inside a window, and daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conversations.schedule import ContactWindow, Schedule, WindowSyntaxError, parse_windows

MONDAY_0500_UTC = datetime(2026, 11, 30, 5, 0, tzinfo=UTC)


def schedule(zone: str, *windows: str) -> Schedule:
    return Schedule(timezone=zone, windows=parse_windows(windows))


@pytest.mark.parametrize(
    ("text", "days"),
    [("mon-fri 19:00-21:00", (0, 1, 2, 3, 4)), ("sat,sun 09:00-11:30", (5, 6)), ("fri-mon 08:00-09:00", (0, 4, 5, 6))],
)
def test_windows_parse(text: str, days: tuple[int, ...]) -> None:
    assert ContactWindow.parse(text).days == days


@pytest.mark.parametrize("text", ["weekdays 19-21", "mon-fri 21:00-19:00", "mon 25:00-26:00", "xyz 10:00-11:00", ""])
def test_bad_windows_say_what_is_wrong(text: str) -> None:
    with pytest.raises(WindowSyntaxError):
        ContactWindow.parse(text)


def test_next_moment_is_the_next_window_in_local_time() -> None:
    jakarta = schedule("Asia/Jakarta", "mon-fri 19:00-21:00")  # UTC+7
    assert jakarta.next_moment(MONDAY_0500_UTC) == datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    inside = datetime(2026, 11, 30, 12, 30, tzinfo=UTC)
    assert jakarta.next_moment(inside) == inside
    assert jakarta.next_window_start(inside) == datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def test_weekend_is_skipped() -> None:
    friday_late = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)  # Friday 22:00 in Jakarta
    assert schedule("Asia/Jakarta", "mon-fri 19:00-21:00").next_moment(friday_late).weekday() == 0


def test_any_time_means_now() -> None:
    assert schedule("UTC", "mon-sun 00:00-23:59").next_moment(MONDAY_0500_UTC) == MONDAY_0500_UTC


def test_a_window_keeps_its_local_hours_across_daylight_saving() -> None:
    new_york = schedule("America/New_York", "mon-sun 19:00-21:00")
    before = new_york.next_moment(datetime(2026, 3, 7, 12, 0, tzinfo=UTC))  # EST, UTC-5
    after = new_york.next_moment(datetime(2026, 3, 9, 12, 0, tzinfo=UTC))  # EDT, UTC-4
    assert before.astimezone(ZoneInfo("America/New_York")).hour == 19
    assert after.astimezone(ZoneInfo("America/New_York")).hour == 19
    assert (before.hour, after.hour) == (0, 23)


def test_a_window_in_the_skipped_hour_never_opens_early() -> None:
    new_york = schedule("America/New_York", "sun 02:00-04:00")
    moment = new_york.next_moment(datetime(2026, 3, 8, 0, 0, tzinfo=UTC))  # 2026-03-08: 02:00 does not exist
    assert moment.astimezone(ZoneInfo("America/New_York")).hour == 3


ZONES = st.sampled_from(["Asia/Jakarta", "Asia/Yangon", "America/New_York", "Europe/London", "Australia/Sydney"])
TIMES = st.datetimes(
    min_value=datetime(2026, 1, 1),  # noqa: DTZ001 (hypothesis wants naive bounds)
    max_value=datetime(2027, 12, 31),  # noqa: DTZ001
    timezones=st.just(UTC),
)
WINDOWS = st.sampled_from(
    ["mon-fri 19:00-21:00", "sat,sun 10:00-12:00", "mon-sun 01:30-02:30", "tue 23:00-23:59", "mon-sun 00:00-23:59"]
)


@settings(max_examples=300, deadline=None)
@given(zone=ZONES, after=TIMES, windows=st.lists(WINDOWS, min_size=1, max_size=3))
def test_the_next_moment_is_never_outside_a_window_nor_in_the_past(
    zone: str, after: datetime, windows: list[str]
) -> None:
    plan = schedule(zone, *windows)
    moment = plan.next_moment(after)
    assert moment >= after
    assert plan.contains(moment)
    assert moment - after < timedelta(days=8)
    later = plan.next_window_start(after)
    assert later > after and plan.contains(later)
