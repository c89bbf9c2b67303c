"""A language's words as data: answers, global keywords, negations and the complaint lexicon."""

from __future__ import annotations

from enum import StrEnum
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field

from conversations.categories import Category, Severity, most_severe
from conversations.situations import Situation
from conversations.text import match_key

__all__ = ["Category", "Keyword", "LexiconEntry", "Severity", "Vocabulary", "most_severe"]


class Keyword(StrEnum):
    STOP = "stop"
    LATER = "later"
    HELP = "help"
    START = "start"


GAP = "…"  # in a lexicon phrase: a few words may come between the parts ("passport … kept")


class LexiconEntry(BaseModel):
    model_config = ConfigDict(frozen=True)

    phrase: str
    severity: Severity = Severity.P1

    @cached_property
    def parts(self) -> tuple[str, ...]:
        """The phrase's parts, in the order they must come; one part when it has no gap."""
        return tuple(part.strip() for part in self.phrase.split(GAP))

    def first_part(self, spaced: bool) -> str:
        """The first part as it must appear in a clause (without spaces where words are not spaced)."""
        return self.parts[0] if spaced else self._first_unspaced

    @cached_property
    def _first_unspaced(self) -> str:
        return self.parts[0].replace(" ", "")


class Vocabulary(BaseModel):
    """Words of one language. Phrases are stored normalised; ``spaced`` is False for Thai, Burmese, Khmer,
    Chinese and Japanese, whose words are not separated by spaces and are matched as substrings."""

    model_config = ConfigDict(frozen=True)

    language: str
    spaced: bool = True
    yes: tuple[str, ...] = ()
    no: tuple[str, ...] = ()
    prefer_not: tuple[str, ...] = ()
    nothing_to_add: tuple[str, ...] = ()  # whole replies to "anything else?" that say there is nothing more
    keywords: dict[Keyword, tuple[str, ...]] = Field(default_factory=dict)
    negations: tuple[str, ...] = ()
    negations_after: tuple[str, ...] = ()  # languages that negate after the verb: मारा नहीं, 殴られたことはない
    lexicon: dict[Category, tuple[LexiconEntry, ...]] = Field(default_factory=dict)
    situations: tuple[Situation, ...] = ()  # categories as situations: see conversations/situations.py

    @classmethod
    def from_data(cls, language: str, data: dict[str, object]) -> Vocabulary:
        """Build from the parsed ``words.toml`` of a locale, normalising every phrase."""
        data = dict(data)
        situations = data.pop("situation", [])
        if not isinstance(situations, list):
            raise ValueError(f"{language}: [[situation]] must be an array of tables")
        data["situations"] = tuple(Situation.from_data(s) for s in situations)
        vocabulary = cls.model_validate({"language": language, **data})
        return vocabulary.model_copy(
            update={
                "yes": _norm(vocabulary.yes),
                "no": _norm(vocabulary.no),
                "prefer_not": _norm(vocabulary.prefer_not),
                "nothing_to_add": _norm(vocabulary.nothing_to_add),
                "negations": _norm(vocabulary.negations),
                "negations_after": _norm(vocabulary.negations_after),
                "keywords": {k: _norm(v) for k, v in vocabulary.keywords.items()},
                "lexicon": {
                    c: tuple(e.model_copy(update={"phrase": _norm_gapped(e.phrase)}) for e in entries)
                    for c, entries in vocabulary.lexicon.items()
                },
            }
        )


def _norm_gapped(phrase: str) -> str:
    """Each part normalised; the gaps kept ("..." typed for "…" too)."""
    parts = [match_key(part) for part in phrase.replace("...", GAP).split(GAP)]
    return f" {GAP} ".join(part for part in parts if part)


def _norm(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p for p in (match_key(x) for x in phrases) if p))
