"""Strings written twice in one list of a language's ``words.toml`` (a lexicon category, a settles category, a
situation's group...) and whole situations written twice. A round's change must leave none.

    python tools/language_rounds/duplicates_check.py [ms en ...]
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter
from pathlib import Path

LOCALES = Path(__file__).resolve().parents[2] / "locales"


def repeated(strings: list[str]) -> list[str]:
    return [s for s, n in Counter(strings).items() if n > 1]


def lists_of_strings(value: object, where: str) -> list[tuple[str, list[str]]]:
    if isinstance(value, list) and all(isinstance(x, str) for x in value):
        return [(where, value)]
    if isinstance(value, dict):
        return [found for key, v in value.items() for found in lists_of_strings(v, f"{where}.{key}")]
    if isinstance(value, list):
        return [found for i, v in enumerate(value) for found in lists_of_strings(v, f"{where}[{i}]")]
    return []


def main() -> None:
    codes = sys.argv[1:] or sorted(p.parent.name for p in LOCALES.glob("*/words.toml"))
    total = 0
    for code in codes:
        words = tomllib.loads((LOCALES / code / "words.toml").read_text(encoding="utf-8"))
        for where, strings in lists_of_strings(words, code):
            for string in repeated(strings):
                total += 1
                print(where, "twice:", repr(string))
        situations = Counter(repr(sorted(s.items())) for s in words.get("situation", []))
        if again := sum(n - 1 for n in situations.values() if n > 1):
            total += again
            print(code, "situations written twice:", again)
    print("duplicates:", total)


if __name__ == "__main__":
    main()
