"""The compiled word lists kept between runs: an edited list is read as edited, a broken cache costs nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.i18n import FluentLocales, locales_root
from conversations.lexicon import flags_in_text

NEW_PHRASE = "made us sweep the roof at midnight"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A locales folder of its own holding English, the language every other falls back to."""
    shutil.copytree(locales_root() / "en", tmp_path / "locales" / "en")
    return tmp_path / "locales"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CALLBACKS_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def categories(locales: FluentLocales, text: str) -> set[str]:
    return {flag.category.value for flag in flags_in_text(text, [locales.vocabulary("en")])}


def test_the_second_start_reads_the_compiled_lists_and_flags_the_same(root: Path, cache: Path) -> None:
    first = FluentLocales(root)
    assert [p.name.split("-")[0] for p in cache.glob("*.pickle")] == ["en"]
    second = FluentLocales(root)
    for text in ("the supervisor hits us when we are slow", "they keep my passport", "all good, paid on time"):
        assert categories(second, text) == categories(first, text)
    assert categories(second, "the supervisor hits us when we are slow") == {"violence"}


def test_an_edited_word_list_is_compiled_again_not_read_stale(root: Path, cache: Path) -> None:
    assert categories(FluentLocales(root), f"they {NEW_PHRASE}") == set()
    words = root / "en" / "words.toml"
    words.write_text(
        words.read_text(encoding="utf-8").replace(
            "hours = [\n", f'hours = [\n  {{ phrase = "{NEW_PHRASE}", severity = "P2" }},\n', 1
        ),
        encoding="utf-8",
    )
    assert categories(FluentLocales(root), f"they {NEW_PHRASE}") == {"hours"}
    assert len(list(cache.glob("en-*.pickle"))) == 1  # the copy of the old list is gone


def test_a_cut_cache_file_is_compiled_again_and_replaced(root: Path, cache: Path) -> None:
    FluentLocales(root)
    (stored,) = cache.glob("en-*.pickle")
    stored.write_bytes(stored.read_bytes()[:1000])
    assert categories(FluentLocales(root), "they keep my passport") == {"documents"}
    assert stored.stat().st_size > 1000


def test_an_unwritable_or_switched_off_cache_changes_nothing(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("CALLBACKS_CACHE_DIR", str(blocked))
    assert categories(FluentLocales(root), "they keep my passport") == {"documents"}
    monkeypatch.setenv("CALLBACKS_CACHE_DIR", "")
    assert categories(FluentLocales(root), "they keep my passport") == {"documents"}
    assert blocked.read_text() == ""
