"""A complaint category as the situation it is, not as a list of phrases.

A situation is groups of words (for wages: pay, salary, wage... and late, cut, deducted, less, owed...). A clause
that holds a word of every group, in any order, none of them negated, raises the situation's category:
"the supervisor shouted at the women" and "the women get shouted at by the supervisor" alike, and "no problem
with the salary" not at all. Word forms are written with ``*``: ``insult*`` is insult, insults, insulted,
insulting; ``*pukul`` is pukul, dipukul; ``*pukul*`` also pukulan. In languages written without spaces (Thai,
Burmese, Khmer, Chinese, Japanese) a word is found anywhere in the clause, never cutting a syllable.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from pydantic import BaseModel, ConfigDict

from conversations.categories import Category, Severity
from conversations.text import contains_phrase, match_key

WILDCARD = "*"
GAP = "…"  # in a lexicon phrase: a few words may come between the parts ("passport … kept"); typed "..." too


def term_words(term: str) -> tuple[tuple[str, bool, bool], ...]:
    """A term's words as (stem, any beginning, any ending); ``*`` at either end of a word marks word forms."""
    return tuple(
        (word.strip(WILDCARD), word.startswith(WILDCARD), word.endswith(WILDCARD))
        for word in term.split()
        if word.strip(WILDCARD)
    )


def unspaced(term: str) -> str:
    """The term as it stands in a clause written without spaces; a ``*`` at its end is kept: there, the term may
    end inside a syllable (Tamil சம்பளத்தில* in சம்பளத்திலிருந்து)."""
    stem = term.replace(WILDCARD, "").replace(" ", "")
    return f"{stem}{WILDCARD}" if stem and term.endswith(WILDCARD) else stem


class WordIndex:
    """One group's words as one regular expression over the clause's words: every word and phrase is looked for
    in a single pass at C speed (a reply is checked against hundreds of words in every language)."""

    def __init__(self, terms: tuple[str, ...]) -> None:
        # Longer terms first, so that a phrase wins over its first word at the same place.
        ordered = sorted(terms, key=lambda term: (-len(term.split()), -len(term)))
        alternatives = [
            " ".join(_word_pattern(word) for word in words) for term in ordered if (words := term_words(term))
        ]
        # A lookahead finds a match at every word start, overlapping ones too ("didnt pay" and "pay").
        joined = "|".join(alternatives)
        self.pattern = re.compile(r"(?<![^ ])(?=((?:" + joined + r"))(?![^ ]))") if alternatives else None

    def positions(self, clause: Clause) -> list[tuple[int, int]]:
        """Where the group's words stand: (first word, one past the last), in clause words."""
        if self.pattern is None:
            return []
        return [
            (bisect_right(clause.starts, match.start(1)) - 1, bisect_right(clause.starts, match.end(1) - 1))
            for match in self.pattern.finditer(clause.text)
        ]


def _word_pattern(word: tuple[str, bool, bool]) -> str:
    stem, any_beginning, any_ending = word
    return f"{'[^ ]*' if any_beginning else ''}{re.escape(stem)}{'[^ ]*' if any_ending else ''}"


class Clause:
    """A clause's words, its text with single spaces, and where each word starts in it."""

    def __init__(self, key: str) -> None:
        self.tokens = key.split()
        self.text = " ".join(self.tokens)
        self.starts: list[int] = []
        offset = 0
        for token in self.tokens:
            self.starts.append(offset)
            offset += len(token) + 1


class Situation(BaseModel):
    model_config = ConfigDict(frozen=True)

    category: Category
    severity: Severity = Severity.P1
    groups: tuple[tuple[str, ...], ...]  # normalised terms, plain strings: all languages hold 50,000 of them
    gap: int | None = None  # at most this many (typed) words between the groups' words; None: the default

    @cached_property
    def indexes(self) -> tuple[WordIndex, ...]:
        return tuple(WordIndex(group) for group in self.groups)

    @cached_property
    def needles(self) -> tuple[tuple[str, ...], ...]:
        """Each group's terms as they stand in a clause written without spaces."""
        return tuple(tuple(dict.fromkeys(n for term in group if (n := unspaced(term)))) for group in self.groups)

    @classmethod
    def from_data(cls, data: dict[str, object]) -> Situation:
        groups = data.get("groups", ())
        if not isinstance(groups, list) or not groups or not all(isinstance(g, list) and g for g in groups):
            raise ValueError("a situation needs groups: a list of non-empty lists of words")
        if gapped := [str(word) for group in groups for word in group if GAP in str(word) or "..." in str(word)]:
            raise ValueError(
                f"a situation's word cannot hold a gap ({', '.join(map(repr, gapped))}): its groups' words already"
                " match in any order within a clause, so write each part as a word of its own group"
            )
        normalised = tuple(tuple(term for word in group if (term := _normal_term(str(word)))) for group in groups)
        return cls(
            category=data.get("category"),
            severity=data.get("severity", "P1"),
            groups=normalised,
            gap=data.get("gap"),
        )


def _normal_term(word: str) -> str:
    """Normalised like replies (lower case, no Latin diacritics), keeping the wildcards."""
    return " ".join(
        f"{WILDCARD if part.startswith(WILDCARD) else ''}{match_key(part.strip(WILDCARD))}"
        f"{WILDCARD if part.endswith(WILDCARD) and len(part) > 1 else ''}"
        for part in word.split()
        if match_key(part.strip(WILDCARD))
    )


def unspaced_positions(key: str, needle: str) -> list[tuple[int, int]]:
    """Where ``needle`` (a term without spaces) stands in a clause written without spaces: (start, end) offsets.
    A needle ending in ``*`` may end inside a syllable."""
    found: list[tuple[int, int]] = []
    start = 0
    if needle.endswith(WILDCARD):
        stem = needle[:-1]
        while (index := key.find(stem, start)) >= 0:
            found.append((index, index + len(stem)))
            start = index + 1
        return found
    if not needle or needle not in key:
        return found
    while True:
        index = contains_phrase(key[start:], needle, spaced=False)
        if index < 0:
            break
        absolute = start + index
        found.append((absolute, absolute + len(needle)))
        start = absolute + 1
    return found
