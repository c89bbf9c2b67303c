"""Flags from free text: the language's complaint lexicon, aware of a negation just before a phrase."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from conversations.text import contains_phrase, match_key
from conversations.vocabulary import Category, Severity, Vocabulary, most_severe

CLAUSES = re.compile(r"[.!?;,\n。！？；，、।॥။၊។៕،۔؟؛]+")  # sentence and clause marks of our scripts too
STACKING = "\u17d2\u1039"  # Khmer and Burmese signs that stack the next consonant: no word starts after them
NEGATION_TOKENS_BEFORE = 3
NEGATION_CHARS_BEFORE = 4
NEGATION_TOKENS_AFTER = 2
NEGATION_CHARS_AFTER = 8


class TextFlag(BaseModel):
    model_config = ConfigDict(frozen=True)

    category: Category
    severity: Severity


def flags_in_text(text: str, vocabularies: Iterable[Vocabulary]) -> tuple[TextFlag, ...]:
    """The categories the text complains about, each once, at the most severe matching entry."""
    found: dict[Category, Severity] = {}
    for clause in CLAUSES.split(text):  # a negation never reaches into the next sentence: "No. He hit me."
        key = match_key(clause)
        if not key or key.isdecimal():
            continue
        for vocabulary in vocabularies:
            for category, entries in vocabulary.lexicon.items():
                for entry in entries:
                    if _mentions(key, entry.phrase, vocabulary):
                        found[category] = most_severe(found.get(category), entry.severity) or entry.severity
    return tuple(TextFlag(category=c, severity=s) for c, s in sorted(found.items()))


def _mentions(key: str, phrase: str, vocabulary: Vocabulary) -> bool:
    if not vocabulary.spaced:  # written without spaces: spaces (and zero-width ones) typed between words mean nothing
        key, phrase = key.replace(" ", ""), phrase.replace(" ", "")
    start = 0
    while True:
        index = contains_phrase(key[start:], phrase, spaced=vocabulary.spaced)
        if index < 0:
            return False
        absolute = start + index
        inside_a_cluster = absolute > 0 and key[absolute - 1] in STACKING
        after = key[absolute + len(phrase) :]
        if not inside_a_cluster and not _negated(key[:absolute], vocabulary) and not _negated_after(after, vocabulary):
            return True
        start = absolute + 1


def _negated_after(after: str, vocabulary: Vocabulary) -> bool:
    """A negation right after the phrase, in the same clause: the next two words, or where words are not spaced,
    within a few characters (mood and politeness endings come in between: 殴られたことはない)."""
    if not vocabulary.negations_after:
        return False
    if vocabulary.spaced:
        window = " ".join(after.split()[:NEGATION_TOKENS_AFTER])
        return any(contains_phrase(window, n, spaced=True) >= 0 for n in vocabulary.negations_after)
    window = after.replace(" ", "")[:NEGATION_CHARS_AFTER]
    return any(n.replace(" ", "") in window for n in vocabulary.negations_after)


def _negated(before: str, vocabulary: Vocabulary) -> bool:
    if vocabulary.spaced:
        window = " ".join(before.split()[-NEGATION_TOKENS_BEFORE:])
        return any(contains_phrase(window, n, spaced=True) >= 0 for n in vocabulary.negations)
    # Unspaced: a negation that ends within the few characters before the phrase ("ไม่ได้ถูกตี", "没有被打").
    limit = len(before) - NEGATION_CHARS_BEFORE
    for negation in vocabulary.negations:
        negation = negation.replace(" ", "")
        found = before.rfind(negation)
        if found >= 0 and found + len(negation) >= limit:
            return True
    return False
