"""Only the phrases and situations whose words a clause may hold are read in it: the shortcut never leaves out one
that the clause does hold, so it changes no flag (checked on sixty clauses from the development sets of languages
matched with and without spaces), and it leaves out most of the others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.i18n import default_locales
from conversations.lexicon import COMMAS, SENTENCES, _describes, _mentions
from conversations.needles import Substrings
from conversations.prompts import vocabularies
from conversations.situations import Clause
from conversations.text import match_key

EVAL = Path(__file__).parent / "language_eval"


def _clauses(code: str) -> list[str]:
    paths = [EVAL / f"{code}.jsonl", *EVAL.glob(f"fresh*/{code}.jsonl")]  # development sets, never the held-out
    lines = [line for path in paths if path.exists() for line in path.read_text(encoding="utf-8").splitlines()]
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    return [key for text in texts for s in SENTENCES.split(text) for c in COMMAS.split(s) if (key := match_key(c))]


@pytest.mark.parametrize("code", ["en", "hi", "ta", "th", "my"])
def test_every_phrase_and_situation_a_clause_holds_is_read_in_it(code: str) -> None:
    read = 0
    for vocabulary in vocabularies(code, default_locales()):
        clauses = _clauses(code)
        for key in clauses[:: len(clauses) // 60]:  # sixty, from every set
            plain = key if vocabulary.spaced else key.replace(" ", "")
            kept = set(vocabulary.first_parts.at(plain))
            for position, (category, entry) in enumerate(vocabulary.entries):
                if entry.first_part(vocabulary.spaced) in plain and _mentions(key, entry.parts, vocabulary, category):
                    assert position in kept, (key, entry.phrase)
            clause = Clause(key)
            candidates = set(vocabulary.situation_needles.candidates(clause.text if vocabulary.spaced else plain))
            for position, situation in enumerate(vocabulary.situations):
                if _describes(key, clause, situation, vocabulary) is not None:
                    assert position in candidates, (key, situation.groups)
            read += len(candidates)
            assert len(candidates) < len(vocabulary.situations) / 4 or not vocabulary.situations
    assert read > 0


def test_substrings_are_found_anywhere_overlapping_ones_too() -> None:
    found = Substrings(["pay", "payment", "men", "x", ""]).within("no payment")
    assert found == {"pay", "payment", "men"}
    assert Substrings([]).within("anything") == set()


def test_substrings_ending_near_the_end_are_found_with_where_they_start() -> None:
    # Unspaced negations just before a phrase: "没有" and "没" in "我没有被打", every place one ends after ``since``.
    negations = Substrings(["没有", "没", "不", "有被"])
    assert sorted(negations.ending_since("我没有被", 1)) == [(1, "没"), (1, "没有"), (2, "有被")]
    assert sorted(negations.ending_since("我没有被", 3)) == [(2, "有被")]
    assert list(negations.ending_since("不不", -5)) == [(0, "不"), (1, "不")]
    assert list(negations.ending_since("我没有被", 4)) == []
    assert list(Substrings([]).ending_since("没有", 0)) == []
