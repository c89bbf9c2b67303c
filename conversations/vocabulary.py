"""A language's words as data: answers, global keywords, negations and the complaint lexicon."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from enum import StrEnum
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field

from conversations.categories import Category, Severity, most_severe
from conversations.needles import FirstParts, Negations, SituationNeedles
from conversations.situations import GAP, Situation, WordIndex, unspaced
from conversations.text import contains_phrase, match_key

__all__ = ["Category", "Keyword", "LexiconEntry", "Severity", "Vocabulary", "most_severe"]


class Keyword(StrEnum):
    STOP = "stop"
    LATER = "later"
    HELP = "help"
    START = "start"


MATTER_CATEGORIES = 2  # a situation's first word in more categories' situations names no matter of its own
# Their words tell who put a matter right ("after the audit", "HR fixed it"), not the matter.
MEANS_OF_A_FIX = frozenset({Category.RETALIATION, Category.GRIEVANCE_ACCESS, Category.CONTACT_REQUEST})
NOT_A_NEGATION = "·"  # stands for each character of a word that begins with a negation but denies nothing
_LETTER = re.compile(r"\S")


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

    model_config = ConfigDict(frozen=True, extra="forbid")  # a misspelt list name in words.toml is an error

    language: str
    spaced: bool = True
    yes: tuple[str, ...] = ()
    no: tuple[str, ...] = ()
    prefer_not: tuple[str, ...] = ()
    nothing_to_add: tuple[str, ...] = ()  # whole replies to "anything else?" that say there is nothing more
    keywords: dict[Keyword, tuple[str, ...]] = Field(default_factory=dict)
    negations: tuple[str, ...] = ()
    negations_after: tuple[str, ...] = ()  # languages that negate after the verb: मारा नहीं, 殴られたことはない
    # Written without spaces in the word lists but typed with spaces between words (Korean): where the worker
    # typed spaces, a negation begins a word (안 줘요), and is not the end of another one (동안 "during").
    negations_begin_words: bool = False
    # Words that make a negation after them (within three words) no denial: a condition or a question ("if I don't
    # work overtime they cut my pay", "why don't they pay us"); spaced languages.
    conditionals: tuple[str, ...] = ()
    # Words that join two statements ("and"): a negation of the one before never reaches the one after ("they give
    # no food and don't let us out": the food's negation is not the going out's), nor the other way round.
    conjunctions: tuple[str, ...] = ()
    # Words that may stand between a verb and its negation after it (auxiliaries, "anything", "etc."): a negation
    # after the verb reaches over any number of them ("मारहाण वगैरे काही होत नाही", no beating or anything happens).
    negation_reaches_over: tuple[str, ...] = ()
    # Written without spaces: words in which a shorter word of the lexicon is not found (မိန်းကလေး "girl" holds
    # ကလေး "child"; 打电话 "make a phone call" begins with 打 "hit"), neither starting inside them nor at their start.
    compounds: tuple[str, ...] = ()
    # Written without spaces: words that begin with a negation but deny nothing (不停 "keep on", 不得不 "have to",
    # 不少 "a lot"): a negation found inside one of them is no negation ("组长不停地骂我们" is a complaint).
    not_negations: tuple[str, ...] = ()
    # A matter told as put right is no complaint: words that set what follows in the past ("before", "last year",
    # "used to"), phrases (with gaps as in the lexicon) that say it is settled now ("got fixed", "gave … back"),
    # and phrases that say so only after a past word ("now … on time", "not anymore"): conversations/settled.py.
    used_to: tuple[str, ...] = ()
    # Words that, right before or after a past word, say that what began then still goes on ("since last week",
    # "先週から", "sejak bulan lalu"): such a past word begins nothing told as settled.
    since: tuple[str, ...] = ()
    settled: tuple[str, ...] = ()
    settled_after_past: tuple[str, ...] = ()
    # Phrases that make their clause an aside, no complaint whatever its words: a story seen elsewhere ("in the
    # drama", "the film's scene", "on the news"). Only that clause is not read, up to a word of ``contrasts``; the
    # clauses around it are read as usual ("saw it in a drama, our leader hits too"), where a settled phrase would
    # take the clause before.
    asides: tuple[str, ...] = ()
    # Words that turn from a story seen elsewhere to the worker's own matter ("but", "pero"): an aside's story ends
    # at one ("saw a fire on TV but here the exit is locked too").
    contrasts: tuple[str, ...] = ()
    # A supposition the worker promises to report is no complaint: from a word that opens it ("if ever", "agar
    # kabhi") to a promise after it in the same clause ("I will tell you", "to aapko bata dungi"), unless a word of
    # ``facts`` stands between them: a fact told, not supposed ("again", "every time", a habitual verb ending).
    suppositions: tuple[str, ...] = ()
    promises: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    # Phrases (with gaps as in the lexicon) that tell one matter as fine ("my son goes to school": no child labour;
    # "the fire drill is every month": no unsafe exits), by category: conversations/settled.py, ``settled_matters``.
    settles: dict[Category, tuple[str, ...]] = Field(default_factory=dict)
    lexicon: dict[Category, tuple[LexiconEntry, ...]] = Field(default_factory=dict)
    situations: tuple[Situation, ...] = ()  # categories as situations: see conversations/situations.py

    @classmethod
    def from_data(cls, language: str, data: dict[str, object]) -> Vocabulary:
        """Build from the parsed ``words.toml`` of a locale, normalising every phrase."""
        data = dict(data)
        situations = data.pop("situation", [])
        if not isinstance(situations, list):
            raise ValueError(f"{language}: [[situation]] must be an array of tables")
        data["situations"] = tuple(_situation(language, number, s) for number, s in enumerate(situations, 1))
        vocabulary = cls.model_validate({"language": language, **data})
        return vocabulary.model_copy(
            update={
                "yes": _norm(vocabulary.yes),
                "no": _norm(vocabulary.no),
                "prefer_not": _norm(vocabulary.prefer_not),
                "nothing_to_add": _norm(vocabulary.nothing_to_add),
                "negations": _norm(vocabulary.negations),
                "negations_after": _norm(vocabulary.negations_after),
                "compounds": _norm(vocabulary.compounds),
                "not_negations": _norm(vocabulary.not_negations),
                "conditionals": _norm(vocabulary.conditionals),
                "conjunctions": _norm(vocabulary.conjunctions),
                "negation_reaches_over": _norm(vocabulary.negation_reaches_over),
                "used_to": _norm(vocabulary.used_to),
                "since": _norm(vocabulary.since),
                "asides": _norm(vocabulary.asides),
                "contrasts": _norm(vocabulary.contrasts),
                "suppositions": _norm(vocabulary.suppositions),
                "promises": _norm(vocabulary.promises),
                "facts": _norm(vocabulary.facts),
                "settles": {c: _norm_all_gapped(v) for c, v in vocabulary.settles.items()},
                "settled": _norm_all_gapped(vocabulary.settled),
                "settled_after_past": _norm_all_gapped(vocabulary.settled_after_past),
                "keywords": {k: _norm(v) for k, v in vocabulary.keywords.items()},
                "lexicon": {
                    c: tuple(e.model_copy(update={"phrase": _norm_gapped(e.phrase)}) for e in entries)
                    for c, entries in vocabulary.lexicon.items()
                },
            }
        )

    @cached_property
    def entries(self) -> tuple[tuple[Category, LexiconEntry], ...]:
        """The lexicon's entries with their categories, in order."""
        return tuple((category, entry) for category, entries in self.lexicon.items() for entry in entries)

    @cached_property
    def first_parts(self) -> FirstParts:
        """Which ``entries`` may stand in a clause: those whose first part it holds."""
        return FirstParts([entry.first_part(self.spaced) for _, entry in self.entries])

    @cached_property
    def situation_needles(self) -> SituationNeedles:
        """Which ``situations`` may describe a clause: those with a word of every group in it."""
        return SituationNeedles(self.situations, spaced=self.spaced)

    def next_contrast(self, key: str, start: int) -> int | None:
        """Where the first word of ``contrasts`` at or after ``start`` begins in the clause ("but"), or None."""
        found = [
            start + at for word in self.contrasts if (at := contains_phrase(key[start:], word, spaced=self.spaced)) >= 0
        ]
        return min(found, default=None)

    @cached_property
    def settled_words(self) -> Collection[str]:
        """What a settled phrase says beside its matter ("now", "on time", "fixed"): the words of ``settled`` and
        ``settled_after_past``, or where words are not spaced their parts, longest first."""
        parts = {
            part.strip()
            for phrase in (*self.settled, *self.settled_after_past)
            for part in phrase.split(GAP)
            if part.strip()
        }
        if self.spaced:
            return frozenset(word for part in parts for word in part.split())
        return tuple(sorted(parts, key=len, reverse=True))

    @cached_property
    def matter_words(self) -> dict[Category, tuple[str, ...]]:
        """The words that name a category's matter: the first words of its situations ("toilet", "passport",
        "agent") that few categories' situations begin with."""
        holders: dict[str, set[Category]] = {}
        for situation in self.situations:
            if situation.category not in MEANS_OF_A_FIX:
                for term in situation.groups[0]:
                    holders.setdefault(term, set()).add(situation.category)
        named: dict[Category, list[str]] = {}
        for term, categories in holders.items():
            if len(categories) <= MATTER_CATEGORIES:
                for category in categories:
                    named.setdefault(category, []).append(term)
        return {category: tuple(terms) for category, terms in named.items()}

    @cached_property
    def matter_indexes(self) -> dict[Category, WordIndex]:
        """``matter_words`` ready to be looked for where words are spaced."""
        return {category: WordIndex(terms) for category, terms in self.matter_words.items()}

    @cached_property
    def matter_needles(self) -> dict[Category, tuple[str, ...]]:
        """``matter_words`` as they stand where words are not spaced."""
        return {
            category: tuple(dict.fromkeys(n for term in terms if (n := unspaced(term))))
            for category, terms in self.matter_words.items()
        }

    @cached_property
    def _not_negations_pattern(self) -> re.Pattern[str] | None:
        words = sorted({unspaced(w) for w in self.not_negations} - {""}, key=lambda w: (-len(w), w))
        # typed with or without spaces between its letters: "bu ting", "buting"
        return re.compile("|".join(r"\s*".join(map(re.escape, w)) for w in words)) if words else None

    def unnegated(self, text: str) -> str:
        """``text`` with the letters of its ``not_negations`` blanked out, spaces kept, so that places stay."""
        pattern = self._not_negations_pattern
        return text if pattern is None else pattern.sub(lambda m: _LETTER.sub(NOT_A_NEGATION, m.group()), text)

    @cached_property
    def before_verb(self) -> Negations:
        return Negations(self.negations)

    @cached_property
    def after_verb(self) -> Negations:
        return Negations(self.negations_after)

    @cached_property
    def either_side(self) -> Negations:
        return Negations((*self.negations, *self.negations_after))

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word of its answers, negations, lexicon phrases and situations."""
        return frozenset(word for phrase in self._phrases for word in phrase.split())

    @cached_property
    def _phrases(self) -> tuple[str, ...]:
        lexicon = (part for entries in self.lexicon.values() for entry in entries for part in entry.parts)
        terms = (term.replace("*", "") for s in self.situations for group in s.groups for term in group)
        answers = (*self.yes, *self.no, *self.prefer_not, *self.negations, *self.negations_after)
        return (*lexicon, *terms, *answers)

    @cached_property
    def settled_phrases(self) -> tuple[tuple[tuple[str, ...], str, bool], ...]:
        """Each settled phrase as (its parts, its first part as a clause holds it, said only after a past word)."""
        return tuple(
            (parts, first, after_past)
            for phrases, after_past in ((self.settled, False), (self.settled_after_past, True))
            for parts, first in self._gapped(phrases)
        )

    @cached_property
    def settles_phrases(self) -> dict[Category, tuple[tuple[tuple[str, ...], str], ...]]:
        """Per category, each phrase telling its matter as fine as (its parts, its first part as a clause holds
        it)."""
        return {category: self._gapped(phrases) for category, phrases in self.settles.items()}

    # Found first by the beginnings of their first parts (``FirstParts``): a clause is read only against those of
    # the language's hundreds of settled, settles, aside, promise and supposition phrases that may stand in it.
    @cached_property
    def settled_firsts(self) -> FirstParts:
        return FirstParts([first for _, first, _ in self.settled_phrases])

    @cached_property
    def _settles_firsts(self) -> tuple[FirstParts, tuple[tuple[Category, int], ...]]:
        """Every category's settles phrases by their first parts, in one automaton: each found as (its category,
        its place among that category's ``settles_phrases``)."""
        of = [(c, n, first) for c, found in self.settles_phrases.items() for n, (_, first) in enumerate(found)]
        return FirstParts([first for _, _, first in of]), tuple((c, n) for c, n, _ in of)

    def settles_may_stand(self, clauses: Iterable[str]) -> set[Category]:
        """The categories one of whose ``settles`` phrases may stand in one of the clauses: the others' are not
        looked for clause by clause."""
        finder, places = self._settles_firsts
        return {places[p][0] for key in clauses for p in finder.at(key if self.spaced else key.replace(" ", ""))}

    def settles_may_stand_in(self, plain: str, category: Category) -> list[int]:
        """The places among ``settles_phrases[category]`` of the phrases whose first part stands in ``plain`` (the
        clause as ``FirstParts`` reads it)."""
        finder, places = self._settles_firsts
        return [n for c, n in map(places.__getitem__, finder.at(plain)) if c == category]

    @cached_property
    def asides_firsts(self) -> FirstParts:
        return FirstParts(self.asides)

    @cached_property
    def promises_firsts(self) -> FirstParts:
        return FirstParts(self.promises)

    @cached_property
    def suppositions_firsts(self) -> FirstParts:
        return FirstParts(self.suppositions)

    def _gapped(self, phrases: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], str], ...]:
        """Each phrase with gaps as (its parts, its first part as a clause holds it: without spaces where words
        are not spaced)."""
        return tuple(
            (parts, parts[0] if self.spaced else parts[0].replace(" ", ""))
            for phrase in phrases
            if (parts := tuple(part.strip() for part in phrase.split(GAP)))
        )

    @cached_property
    def exclusions(self) -> dict[Category, tuple[str, ...]]:
        """Per category, the negations made of a word of one of its situations: "dah bayar balik" (paid back)
        holds the "bayar balik" of the debts of recruitment fees, and denies them wherever it stands near."""
        negations = [n for n in (*self.negations, *self.negations_after) if len(n.split()) > 1 or not self.spaced]
        holding = self._negations_holding(negations)
        found: dict[Category, tuple[str, ...]] = {}
        for situation in self.situations:
            terms = {term.replace("*", "") for group in situation.groups for term in group}
            held = sorted({i for t in terms if t for i in holding.get(self._unit(t), ()) if negations[i] != t})
            if held:
                more = (negations[i] for i in held)
                found[situation.category] = tuple(dict.fromkeys((*found.get(situation.category, ()), *more)))
        return found

    def _unit(self, term: str) -> str:
        return " ".join(term.split()) if self.spaced else term.replace(" ", "")

    def _negations_holding(self, negations: list[str]) -> dict[str, list[int]]:
        """Each word or phrase a negation holds (on word boundaries where words are spaced, anywhere in it where
        they are not), with the positions of the negations that hold it: asked of every situation's terms, it
        replaces reading every negation against every term (seconds per language at start-up)."""
        holding: dict[str, list[int]] = {}
        for i, negation in enumerate(negations):
            if self.spaced:
                words = negation.split()
                parts = {" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 1, len(words) + 1)}
            else:
                joined = negation.replace(" ", "")
                parts = {joined[a:b] for a in range(len(joined)) for b in range(a + 1, len(joined) + 1)}
            for part in parts:
                holding.setdefault(part, []).append(i)
        return holding

    @cached_property
    def _compounds_pattern(self) -> re.Pattern[str] | None:
        compounds = sorted({c.replace(" ", "") for c in self.compounds if c.strip()}, key=lambda c: (-len(c), c))
        return re.compile("(?=(" + "|".join(re.escape(c) for c in compounds) + "))") if compounds else None

    @cached_property
    def _compounds_found(self) -> dict[str, tuple[tuple[int, int], ...]]:
        return {}

    def inside_a_compound(self, text: str, start: int, end: int) -> bool:
        """Where words are not spaced, a word found at ``start:end`` of ``text`` lies inside one of the language's
        ``compounds``, shorter than it: ကလေး "child" in မိန်းကလေး "girl", which is no child at work, and 打 "hit"
        at the start of 打电话 "make a phone call"."""
        pattern = self._compounds_pattern
        if pattern is None:
            return False
        found = self._compounds_found.get(text)
        if found is None:
            found = tuple((m.start(), m.end(1)) for m in pattern.finditer(text))
            if len(self._compounds_found) > 4096:
                self._compounds_found.clear()
            self._compounds_found[text] = found
        return any(begin < start < finish or (begin == start and end < finish) for begin, finish in found)

    @cached_property
    def _others_read_here(self) -> dict[int, tuple[Vocabulary, Vocabulary]]:
        return {}

    def read_here(self, other: Vocabulary) -> Vocabulary:
        """``other`` as it reads replies in this language: without its negations spelt like a word that means
        something else here (English "no" is "in the" in Portuguese, "number" in Indonesian, "full" in
        Vietnamese), and with this language's negations, past-habit forms and conditions, which reach its words
        mixed in alike ("salary late aati thi" in Hindi: pay used to be late). A word is this language's when a
        phrase here holds it with a word ``other`` does not know ("no salário"; where words are not spaced, a
        romanised phrase: "audit no hito", Japanese "of"); a phrase of ``other``'s words only ("not allowed" in
        Tagalog) is ``other`` mixed in."""
        if not other.spaced or other is self:
            return other
        cached = self._others_read_here.get(id(other))
        if cached is not None and cached[0] is other:
            return cached[1]
        mine = {
            word
            for phrase in (self._phrases if self.spaced else tuple(p for p in self._phrases if p.isascii()))
            if any(word not in other.words for word in phrase.split())
            for word in phrase.split()
        }
        own_negations = {word for negation in (*self.negations, *self.negations_after) for word in negation.split()}
        other_meaning = mine - own_negations

        def kept(negations: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(n for n in negations if not (len(n.split()) == 1 and n in other_meaning))

        def here(words: tuple[str, ...]) -> tuple[str, ...]:
            """This language's words as they stand among spaced words: where words are not spaced, the romanised
            ones ("maadalla")."""
            return words if self.spaced else tuple(w for w in words if w.isascii())

        negations = tuple(dict.fromkeys((*kept(other.negations), *here(self.negations))))
        negations_after = tuple(dict.fromkeys((*kept(other.negations_after), *here(self.negations_after))))
        conditionals = tuple(dict.fromkeys((*other.conditionals, *here(self.conditionals))))
        conjunctions = tuple(dict.fromkeys((*other.conjunctions, *here(self.conjunctions))))
        read = other
        if (negations, negations_after, conditionals, conjunctions) != (
            other.negations,
            other.negations_after,
            other.conditionals,
            other.conjunctions,
        ):
            read = other.model_copy(
                update={
                    "negations": negations,
                    "negations_after": negations_after,
                    "conditionals": conditionals,
                    "conjunctions": conjunctions,
                }
            )
            for name in _WORKED_OUT:  # a copy shares what ``other`` worked out of its own negations: not these
                read.__dict__.pop(name, None)
        self._others_read_here[id(other)] = (other, read)
        return read


# What a vocabulary works out of its fields once (``cached_property``), which a copy with other fields must not keep;
# a copy read in another language (``read_here``) changes only negations and the words around them, and shares
# what is worked out of its lexicon and situations alone.
_OF_THE_WORDS_ALONE = (
    "entries",
    "first_parts",
    "situation_needles",
    "matter_words",
    "matter_indexes",
    "matter_needles",
)
_WORKED_OUT = tuple(
    name
    for name, value in vars(Vocabulary).items()
    if isinstance(value, cached_property) and name not in _OF_THE_WORDS_ALONE
)


def _situation(language: str, number: int, data: object) -> Situation:
    """The file's ``number``-th ``[[situation]]``; a wrong one is named in the error, with its language."""
    if not isinstance(data, dict):
        raise ValueError(f"{language}: [[situation]] {number} must be a table")
    try:
        return Situation.from_data(data)
    except ValueError as error:
        raise ValueError(f"{language}: [[situation]] {number} ({data.get('category')}): {error}") from error


def _norm_gapped(phrase: str) -> str:
    """Each part normalised; the gaps kept ("..." typed for "…" too)."""
    parts = [match_key(part) for part in phrase.replace("...", GAP).split(GAP)]
    return f" {GAP} ".join(part for part in parts if part)


def _norm_all_gapped(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p for p in (_norm_gapped(x) for x in phrases) if p))


def _norm(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p for p in (match_key(x) for x in phrases) if p))
