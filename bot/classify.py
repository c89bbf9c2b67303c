"""``callbacks classify``: how the bot reads a reply (detected language and the flags it would raise)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from bot.i18n import FluentLocales
from conversations.language import detect_language
from conversations.lexicon import read_text
from conversations.locales import BASE_LANGUAGE
from conversations.prompts import vocabularies


def classify(text: str, language: str | None, locales: FluentLocales) -> dict[str, Any]:
    """Flags use ``language``'s lexicon when given, else the detected language's (English where we have none)."""
    detection = detect_language(text)
    lexicon_language = language or detection.language or BASE_LANGUAGE
    if lexicon_language not in locales.languages:
        lexicon_language = BASE_LANGUAGE
    reading = read_text(text, vocabularies(lexicon_language, locales), locales.flag_model)
    return {
        "language": detection.language,
        "confidence": round(detection.confidence, 4),
        "flags": [
            {"category": f.category.value, "severity": f.severity.value, "words": f.phrase} for f in reading.flags
        ],
        "doubted": [{"category": f.category.value, "words": f.phrase} for f in reading.doubted],  # a caller reads it
    }


def classify_lines(lines: Iterable[str], locales: FluentLocales) -> Iterator[tuple[dict[str, Any], bool]]:
    """One result per input line (``{"text": ..., "language": optional}``); a bad line gets an error and the
    rest go on. Yields (result, ok)."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError:
            yield {"error": f"line {number}: not JSON"}, False
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            yield {"error": f'line {number}: expected an object with a "text" string'}, False
            continue
        language = item.get("language")
        if language is not None and (not isinstance(language, str) or language not in locales.languages):
            yield {"error": f"line {number}: unknown language {language!r}"}, False
            continue
        yield classify(item["text"], language, locales), True
