"""Which of a language's thousands of words stand in a clause at all, found in one pass over the clause.

A reply is read against every phrase and situation of its language and of English: about a thousand each. Most
of them share no word with the reply, and asking each in turn whether it is there cost most of the time spent
on a reply. An Aho-Corasick automaton (pyahocorasick) finds in one pass over the clause which of the words'
beginnings (their first ``KEY_LENGTH`` characters) stand in it; only the phrases and situations whose words may
be there are then read word by word, as before. Beginnings, not whole words: an automaton of every whole word of
twenty languages took 45 MB, one of their beginnings a few.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence

import ahocorasick

from conversations.situations import WILDCARD, Situation, term_words

KEY_LENGTH = 4


class Substrings:
    """Which of many strings occur in a text (anywhere in it, overlapping ones too)."""

    def __init__(self, strings: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        self._longest = 0
        for string in dict.fromkeys(s for s in strings if s):
            self._automaton.add_word(string, string)
            self._longest = max(self._longest, len(string))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def within(self, text: str) -> set[str]:
        if self._empty:
            return set()
        return {string for _, string in self._automaton.iter(text)}

    def any_in(self, text: str) -> bool:
        return not self._empty and next(self._automaton.iter(text), None) is not None

    def ending_since(self, text: str, since: int) -> Iterator[tuple[int, str]]:
        """Where each of them stands in ``text`` (its start, and itself) when it ends after character ``since``:
        every such place, overlapping ones too."""
        if self._empty or since >= len(text):
            return
        for last, string in self._automaton.iter(text, max(since - self._longest, 0)):
            if last >= since:
                yield last + 1 - len(string), string


class FirstParts:
    """The lexicon's entries by the first part of their phrase: only entries whose first part is in a clause are
    read in it. ``at(plain)`` returns their positions in ``entries``, in the lexicon's order."""

    def __init__(self, firsts: Sequence[str]) -> None:
        self._firsts = tuple(firsts)
        positions: dict[str, list[int]] = {}
        for position, first in enumerate(firsts):
            positions.setdefault(first[:KEY_LENGTH], []).append(position)
        self._positions = {key: array("l", found) for key, found in positions.items()}
        self._substrings = Substrings(self._positions)

    def at(self, plain: str) -> list[int]:
        keys = self._substrings.within(plain)
        return sorted(p for key in keys for p in self._positions[key] if self._firsts[p] in plain)


class SituationNeedles:
    """The situations of a vocabulary that may describe a clause: those with a word of every group in it. Each
    term is looked for by the beginning of its longest stem ("pay" of "didn't pay*"), which any match of the term
    holds, so no situation a clause describes is ever left out; the situations kept are then read word by word."""

    GROUPS = 16  # a situation's groups are fewer: (situation, its groups as bits) is kept as one number

    def __init__(self, situations: Sequence[Situation], *, spaced: bool) -> None:
        self._every_group = [(1 << len(s.groups)) - 1 for s in situations]
        holders: dict[str, dict[int, int]] = {}
        for index, situation in enumerate(situations):
            if len(situation.groups) > self.GROUPS:
                raise ValueError(f"a situation of {situation.category} has more than {self.GROUPS} groups")
            for group, terms in enumerate(situation.groups):
                for stem in _stems(terms, spaced=spaced):
                    held = holders.setdefault(stem[:KEY_LENGTH], {})
                    held[index] = held.get(index, 0) | 1 << group
        self._holders = {
            key: array("l", sorted(index << self.GROUPS | groups for index, groups in held.items()))
            for key, held in holders.items()
        }
        self._substrings = Substrings(self._holders)

    def candidates(self, text: str) -> list[int]:
        """Positions of the situations that may have a word of every group in ``text`` (the clause's words joined
        by single spaces, or without spaces where words are not spaced), in order."""
        found: dict[int, int] = {}
        shift, bits = self.GROUPS, (1 << self.GROUPS) - 1
        for key in self._substrings.within(text):
            for held in self._holders[key]:
                situation = held >> shift
                found[situation] = found.get(situation, 0) | held & bits
        every = self._every_group
        return sorted(s for s, groups in found.items() if groups == every[s])


def _stems(terms: Iterable[str], *, spaced: bool) -> Iterable[str]:
    for term in terms:
        if spaced:
            words = term_words(term)
            if words:
                yield max((stem for stem, _, _ in words), key=len)
        else:
            stem = term.replace(WILDCARD, "").replace(" ", "")
            if stem:
                yield stem


class Negations:
    """A language's negations, ready to be looked for in a clause many times over: by their first word where
    words are spaced, and all at once (as they stand without spaces) where they are not."""

    def __init__(self, negations: Sequence[str]) -> None:
        self.phrases = tuple(negations)
        self.joined = tuple(n.replace(" ", "") for n in negations)  # as they stand where words are not spaced
        self.by_first_word: dict[str, list[tuple[str, ...]]] = {}
        for negation in negations:
            if words := tuple(negation.split()):
                self.by_first_word.setdefault(words[0], []).append(words)
        self._substrings = Substrings(self.joined)

    def found_in(self, words: Sequence[str], since: int = 0) -> Iterator[int]:
        """Where one of them begins in ``words`` (from word ``since``), as whole words."""
        for i in range(max(since, 0), len(words)):
            for parts in self.by_first_word.get(words[i], ()):
                if tuple(words[i : i + len(parts)]) == parts:
                    yield i

    def any_in(self, text: str) -> bool:
        """One of them stands anywhere in ``text``, as it stands where words are not spaced."""
        return self._substrings.any_in(text)

    def within(self, text: str) -> set[str]:
        """Those that stand in ``text``, as they stand where words are not spaced."""
        return self._substrings.within(text)

    def ending_since(self, text: str, since: int) -> Iterator[tuple[int, str]]:
        """Where they stand in ``text`` as they stand where words are not spaced, ending after character ``since``."""
        return self._substrings.ending_since(text, since)
