"""Burmese typed in the Zawgyi font encoding (still common on older phones) read as Unicode Burmese.

Google's ``myanmartools`` estimates the probability that a text is Zawgyi; ``python-myanmar`` converts it.
A short text can be ambiguous, so callers try the text as typed first and the converted form second.
"""

from __future__ import annotations

from functools import cache, lru_cache

from myanmar.converter import convert
from myanmartools import ZawgyiDetector

MYANMAR = range(0x1000, 0x10A0)
LIKELY_ZAWGYI = 0.5


@cache
def _detector() -> ZawgyiDetector:
    return ZawgyiDetector()


def has_myanmar(text: str) -> bool:
    return any(ord(ch) in MYANMAR for ch in text)


@lru_cache(maxsize=4096)
def readings(text: str) -> tuple[str, ...]:
    """The text as typed, then (when it may well be Zawgyi) as Unicode Burmese."""
    if not has_myanmar(text) or _detector().get_zawgyi_probability(text) < LIKELY_ZAWGYI:
        return (text,)
    converted = str(convert(text, "zawgyi", "unicode"))
    return (text,) if converted == text else (text, converted)
