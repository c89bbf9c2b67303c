"""Every locale has every message with the same variables, formats without Fluent errors, and has its words."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.i18n import available_languages, default_locales, locales_root, message_variables, syntax_problems
from bot.scripts import load_builtin_script
from conversations.vocabulary import Keyword

LANGUAGES = available_languages()
SAMPLE_ARGS: dict[str, str | int | datetime] = {
    "min": 0,
    "max": 31,
    "count": 3,
    "link": "https://t.me/bot?start=abc",
    "when": datetime(2026, 12, 3, 19, 30),  # noqa: DTZ001  (the worker's wall-clock time, as the engine passes it)
}


def test_the_demo_languages_are_present() -> None:
    assert {"en", "id", "my"} <= set(LANGUAGES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_locale_parses_without_junk(code: str) -> None:
    assert syntax_problems(locales_root(), code) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_locale_has_every_english_message_with_the_same_variables(code: str) -> None:
    english = message_variables(locales_root(), "en")
    translated = message_variables(locales_root(), code)
    assert sorted(set(english) - set(translated)) == [], "missing messages"
    assert sorted(set(translated) - set(english)) == [], "messages English does not have"
    mismatched = {m: (english[m], translated[m]) for m in english if english[m] != translated[m]}
    assert mismatched == {}


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_formats_without_errors(code: str) -> None:
    locales = default_locales()  # loaded once: every language is read at load (2-3 s)
    for message_id in message_variables(locales_root(), code):
        assert locales.has_message(code, message_id)
        text = locales.text(code, message_id, **SAMPLE_ARGS)
        assert text.strip(), f"{code}/{message_id} is empty"
        assert "\u2068" not in text, "bidi isolation marks force SMS into UCS-2"


def test_the_default_script_names_only_messages_that_exist() -> None:
    english = message_variables(locales_root(), "en")
    missing = [m for m in load_builtin_script("default").message_ids() if m not in english]
    assert missing == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_locale_has_answer_words_and_keywords(code: str) -> None:
    vocabulary = default_locales().vocabulary(code)
    assert vocabulary.language == code
    assert vocabulary.yes and vocabulary.no and vocabulary.prefer_not
    for keyword in (Keyword.STOP, Keyword.LATER, Keyword.HELP):
        assert vocabulary.keywords.get(keyword), f"{code} has no words for {keyword}"
    assert vocabulary.lexicon, f"{code} has no complaint lexicon"
    assert not set(vocabulary.yes) & set(vocabulary.no), "a word means both yes and no"
