"""Reading a closed answer from what a worker typed: a number in any script, or one of the language's words."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import BaseModel, ConfigDict

from conversations.text import contains_phrase, match_key

PREFER_NOT = "prefer_not"
PREFER_NOT_NUMBER = 9


class Choice(BaseModel):
    """One acceptable answer: the number to type, the value recorded, and words that mean it."""

    model_config = ConfigDict(frozen=True)

    number: int
    value: str
    words: tuple[str, ...] = ()


def parse_choice(text: str, choices: Sequence[Choice], *, spaced: bool = True) -> str | None:
    """The value of the one choice ``text`` names, or None when it names none or several.

    ``"2"``, ``"၂"``, ``"２"``, ``"no"`` and ``"no thanks"`` all read as choice 2 when "no" is one of its words.
    Longer words are matched first so that Burmese "မဟုတ်" (no) is not also read as "ဟုတ်" (yes).
    """
    key = match_key(text)
    if not key:
        return None
    by_number = {c.number: c.value for c in choices}
    if key.isdecimal():
        return by_number.get(int(key))
    found: set[str] = set()
    remaining = key
    for word, value in sorted(_words(choices), key=lambda pair: -len(pair[0])):
        index = contains_phrase(remaining, word, spaced=spaced)
        while index >= 0:
            found.add(value)
            remaining = remaining[:index] + " " * len(word) + remaining[index + len(word) :]
            index = contains_phrase(remaining, word, spaced=spaced)
    for token in remaining.split():
        if token.isdecimal():
            number_value = by_number.get(int(token))
            if number_value is None:
                return None
            found.add(number_value)
    return found.pop() if len(found) == 1 else None


def _words(choices: Iterable[Choice]) -> Iterable[tuple[str, str]]:
    for choice in choices:
        for word in choice.words:
            key = match_key(word)
            if key:
                yield key, choice.value


def parse_number(
    text: str, *, minimum: int, maximum: int, prefer_not_words: Sequence[str] = (), spaced: bool = True
) -> str | None:
    """A whole number within bounds (as a string), ``prefer_not`` for a prefer-not word, else None."""
    key = match_key(text)
    numbers = [int(token) for token in key.split() if token.isdecimal()]
    if len(numbers) == 1 and minimum <= numbers[0] <= maximum:
        return str(numbers[0])
    if not numbers and any(contains_phrase(key, match_key(w), spaced=spaced) >= 0 for w in prefer_not_words):
        return PREFER_NOT
    return None


def is_phrase(text: str, phrases: Iterable[str]) -> bool:
    """True when the whole reply is one of ``phrases`` (after normalising): how keywords are recognised."""
    key = match_key(text)
    return bool(key) and any(key == match_key(p) for p in phrases)
