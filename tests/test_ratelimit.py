"""Sending pace: per channel and per recipient, on a clock the test controls."""

from __future__ import annotations

from bot.ratelimit import Pace, RateLimiter
from bot.settings import Settings


def test_one_message_per_second_per_chat_and_thirty_per_second_per_bot() -> None:
    limiter = RateLimiter({"telegram": Pace(per_second=30, per_recipient_gap=1.0)})
    waits = [limiter.reserve("telegram", "chat-a", now=100.0) for _ in range(3)]
    assert waits == [0.0, 1.0, 2.0]  # the same chat: a second apart
    other = limiter.reserve("telegram", "chat-b", now=100.0)
    assert 0 < other < 0.2  # another chat only waits for the channel's 30/s slot
    burst = [limiter.reserve("telegram", f"chat-{n}", now=100.0) for n in range(60)]
    assert max(burst) >= 60 / 30 - 0.1  # sixty chats at once take about two seconds


def test_unknown_channels_are_not_paced() -> None:
    limiter = RateLimiter({})
    assert [limiter.reserve("simulator", "x", now=5.0) for _ in range(5)] == [0.0] * 5


def test_paces_are_configurable(monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setenv("CALLBACKS_SEND_PACES", '{"sms": [2, 5]}')
    paces = Settings().paces()
    assert paces["sms"] == Pace(per_second=2, per_recipient_gap=5)
    assert paces["telegram"].per_second == 30
