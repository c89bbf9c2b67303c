"""Flags from free text: the language's complaint lexicon, aware of negations around a phrase.

A lexicon phrase may have gaps, written "…" in ``words.toml`` ("passport … kept"): its parts must come in that
order in one clause, with at most a few words (or, where words are not spaced, characters) between them and
no negation in between ("the agent kept my passport" but not "the agent never kept my passport").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Literal

from pydantic import BaseModel, ConfigDict

from conversations.flag_model import FlagModel, ModelReading
from conversations.needles import Negations
from conversations.prompts import keyword_keys
from conversations.settled import settled_matters, unsettled
from conversations.situations import Clause, Situation, unspaced_positions
from conversations.text import contains_phrase, last_index, match_key
from conversations.vocabulary import Category, Keyword, Severity, Vocabulary

# Sentence and clause marks of our scripts too; a point or comma between two digits is part of a number
# ("1.800", "25,000"), not the end of a sentence or clause.
# A dot ends nothing inside an abbreviation of a script without capitals: after Thai letters, which end sentences
# with spaces, not dots ("ผจก.", "รปภ. กำลัง"), and between two letters of other scripts ("ಹೆಚ್.ಆರ್", "ប.ស.ស").
POINT = r"(?:(?!(?<=\d)\.\d)(?!(?<=[\u0e00-\u0e7f])\.)(?!(?<=[^\x00-\x7f\s])\.[^\x00-\x7f\s\d])\.)"
CLAUSES = re.compile(rf"(?:[!?;\n。！？；，、।॥။၊។៕،۔؟؛]|{POINT}|,(?!\d)|(?<!\d),)+")
SENTENCES = re.compile(rf"(?:[!?;\n。！？；।॥။។៕۔؟؛]|{POINT})+")  # the same without commas
COMMAS = re.compile(r"(?:[，、၊،]|,(?!\d)|(?<!\d),)+")
BOUNDARY = "|"  # stands for a comma between clauses: a situation may span it, a negation never reaches over it
STACKING = "\u17d2\u1039"  # Khmer and Burmese signs that stack the next consonant: no word starts after them
NEGATION_TOKENS_BEFORE = 3
NEGATION_CHARS_BEFORE = 4
NEGATION_TOKENS_AFTER = 2
NEGATION_CHARS_AFTER = 8
# Japanese links a verb to the next with て or で ("パスポートとられて国に帰れない": taken, and cannot go home); a
# negation after that link belongs to the next verb ("とられていない", "とられてない" keep theirs: kana follows).
NEXT_VERB = re.compile(r"(?<=[てで])(?=[\u4e00-\u9fff\u30a1-\u30fa])")
GAP_WORDS = 3
GAP_CHARS = 12
SITUATION_GAP_WORDS = 5  # between the words of one situation ("took all our passports", "keeps our ID cards")
SITUATION_GAP_CHARS = 15
MODEL_MARK = "≈"  # evidence read by the model, not found in the word lists
TOPIC_WORDS = 2  # a sentence this short names a topic ("Salary? Late again")
TOPIC_CHARS = 8  # letters (`_letters`): "工资", "パスポート", "เงินเดือน"
MAX_SPANS_TRIED = 8  # per group: the search for a close, unnegated choice stays small
# Flags the model's doubt never takes back, like a danger: a worker kept from leaving ("the company will not let me
# go home") is a case for a caller, and the model reads such refusals as denials (docs/history/languages.md,
# "The model doubts the word lists").
NEVER_DOUBTED = frozenset({Category.MOVEMENT})


class TextFlag(BaseModel):
    model_config = ConfigDict(frozen=True)

    category: Category
    severity: Severity
    phrase: str = ""  # the lexicon entry that matched, so a caller sees which words raised the flag
    source: Literal["text", "model"] = "text"  # the word lists, or only the complaint model


class TextReading(BaseModel):
    model_config = ConfigDict(frozen=True)

    flags: tuple[TextFlag, ...] = ()
    doubted: tuple[TextFlag, ...] = ()  # the word lists' flags the model took back: a caller reads the words instead


def flags_in_text(
    text: str, vocabularies: Iterable[Vocabulary], model: FlagModel | None = None
) -> tuple[TextFlag, ...]:
    """The categories the text complains about, each once, at the most severe matching entry of the word lists
    or, beside them, of the ``model`` (its evidence is the word it weighed most, marked "≈")."""
    return read_text(text, vocabularies, model).flags


def read_text(text: str, vocabularies: Iterable[Vocabulary], model: FlagModel | None = None) -> TextReading:
    """``flags_in_text``, and whether the model took back flags of the word lists (``conversations/flag_model.py``)."""
    if not any(character.isalpha() for character in text):  # "1", "09:30", "??": no word, nothing to flag
        return TextReading()
    vocabularies = tuple(vocabularies)
    if len(vocabularies) > 1:  # the reply's language says what a word means: Portuguese "no" is not English "no"
        vocabularies = (vocabularies[0], *(vocabularies[0].read_here(other) for other in vocabularies[1:]))
    # A negation never reaches into the next sentence: "No. He hit me."
    told = [[key for key in (match_key(clause) for clause in COMMAS.split(s)) if key] for s in SENTENCES.split(text)]
    meant = [[own for key in keys if (own := _without_suppositions(key, vocabularies))] for keys in told]
    lived = [[own for key in keys if (own := _without_asides(key, vocabularies))] for keys in meant]  # "in a drama"
    another_matter = partial(_another_matter, vocabularies=vocabularies)
    sentences = unsettled(lived, vocabularies, _settled_at, another_matter)  # "pay was late, now on time": nothing
    found, by_model, taken_back = _read(
        sentences, text if sentences == told else _joined(sentences), vocabularies, model
    )
    for category, kept in settled_matters(sentences, vocabularies, _settles_at).items():  # "my son goes to school"
        found_there, by_model_there, _ = _read(kept, _joined(kept), vocabularies, model)
        found.pop(category, None)
        taken_back.pop(category, None)
        by_model.discard(category)
        if category in found_there:
            found[category] = found_there[category]
            by_model |= by_model_there & {category}
    child, danger = found.get(Category.CHILD_LABOUR), found.get(Category.HEALTH_SAFETY)
    if child is not None and danger is not None:  # a child at work in danger ("a 12-year-old by the boiler, burnt")
        found[Category.CHILD_LABOUR] = (Severity.P0, child[1])  # is a person in danger now
    flags = tuple(
        TextFlag(category=c, severity=s, phrase=p, source="model" if c in by_model else "text")
        for c, (s, p) in sorted(found.items())
    )
    doubted = () if flags else tuple(TextFlag(category=c, severity=s, phrase=p) for c, (s, p) in taken_back.items())
    return TextReading(flags=flags, doubted=doubted)


def _read(
    sentences: list[list[str]], text: str, vocabularies: tuple[Vocabulary, ...], model: FlagModel | None
) -> tuple[dict[Category, tuple[Severity, str]], set[Category], dict[Category, tuple[Severity, str]]]:
    """The categories the sentences (lists of clauses) raise, with their severity and evidence, those only the
    ``model`` found, reading ``text``: the sentences as written, and those the model took back."""
    found: dict[Category, tuple[Severity, str]] = {}
    topic: list[str] = []
    for keys in sentences:
        for key in keys:
            if not key.isdecimal():
                _phrases(key, vocabularies, found)
        for span in _situation_spans([*topic, *keys], vocabularies):
            _situations(span, vocabularies, found)
        if topic and keys and any(_has_negation(keys[0], v) for v in vocabularies):  # "Passport? Never given back"
            _situations(f" {BOUNDARY} ".join([*topic, keys[0]]), vocabularies, found)  # the topic and what is denied
        topic = keys if _is_topic(keys, vocabularies) else []
    if found and Category.CONTACT_REQUEST not in found and (plea := _plea(sentences, vocabularies)):
        found[Category.CONTACT_REQUEST] = (Severity.P1, plea)  # "... no doctor. help": the plea is for this
    reading = model.reading(text) if model is not None else ModelReading()
    taken_back = dict(sorted(found.items())) if _doubted(found, reading) else {}
    if taken_back:
        found.clear()
    by_model: set[Category] = set()
    for flag in reading.flags:
        earlier = found.get(flag.category)
        if earlier is None or flag.severity.rank < earlier[0].rank:
            found[flag.category] = (flag.severity, f"{MODEL_MARK} {flag.word}")
            by_model.add(flag.category)
    return found, by_model, taken_back


def _plea(sentences: list[list[str]], vocabularies: tuple[Vocabulary, ...]) -> str | None:
    """A clause that is only a call for help (a language's ``help`` keywords: "tolong", "ayuda", "help karo")."""
    pleas = keyword_keys(vocabularies, Keyword.HELP)  # what makes a whole reply the help keyword
    return next((key for keys in sentences for key in keys if key in pleas), None)


def _doubted(found: dict[Category, tuple[Severity, str]], reading: ModelReading) -> bool:
    """The model reads no complaint, nor any matter the word lists found, and none of theirs is a danger or a worker
    kept from leaving: a caller reads the words instead of a case opening."""
    return (
        bool(found)
        and reading.doubted
        and not reading.seen & found.keys()
        and all(severity is not Severity.P0 for severity, _ in found.values())
        and not NEVER_DOUBTED & found.keys()
    )


def _another_matter(statement: str, earlier: Sequence[str], vocabularies: tuple[Vocabulary, ...]) -> bool:
    """The ``earlier`` clauses tell of a danger (a P0 complaint), and the settled statement, besides the settled
    phrase's own words, names a matter (``Vocabulary.matter_words``) and holds no word of that danger's situations:
    "the supervisor hit me, the toilet got repaired" settles the toilet, not the blow."""
    complained: dict[Category, tuple[Severity, str]] = {}
    for clause in earlier:
        _phrases(clause, vocabularies, complained)
        _situations(clause, vocabularies, complained)
    danger = {category for category, (severity, _) in complained.items() if severity is Severity.P0}
    if not danger:
        return False
    told = _without_settled_words(statement, vocabularies)
    return bool(_matters_named(told, vocabularies)) and not _holds_words_of(told, danger, vocabularies)


def _without_settled_words(key: str, vocabularies: tuple[Vocabulary, ...]) -> str:
    """The clause without the words of the language's settled phrases ("now", "on time", "fixed")."""
    for vocabulary in vocabularies:
        if vocabulary.spaced:
            key = " ".join(word for word in key.split() if word not in vocabulary.settled_words)
        else:
            for part in vocabulary.settled_words:
                key = key.replace(part, " ")
    return key


def _matters_named(key: str, vocabularies: tuple[Vocabulary, ...]) -> set[Category]:
    """The categories whose matter a word of the clause names (``Vocabulary.matter_words``)."""
    clause = Clause(key)
    text = key.replace(" ", "")
    named: set[Category] = set()
    for vocabulary in vocabularies:
        if vocabulary.spaced:
            named |= {category for category, index in vocabulary.matter_indexes.items() if index.positions(clause)}
        else:
            named |= {
                category
                for category, needles in vocabulary.matter_needles.items()
                if any(
                    not vocabulary.inside_a_compound(text, *span)
                    for needle in needles
                    for span in unspaced_positions(text, needle)
                )
            }
    return named


def _holds_words_of(key: str, categories: set[Category], vocabularies: tuple[Vocabulary, ...]) -> bool:
    """The clause holds a word of one of the situations of ``categories``."""
    clause = Clause(key)
    text = key.replace(" ", "")
    for vocabulary in vocabularies:
        for situation in vocabulary.situations:
            if situation.category not in categories:
                continue
            if vocabulary.spaced:
                if any(index.positions(clause) for index in situation.indexes):
                    return True
            elif any(unspaced_positions(text, needle) for group in situation.needles for needle in group):
                return True
    return False


def _joined(sentences: list[list[str]]) -> str:
    return " . ".join(" , ".join(keys) for keys in sentences)


def _without_asides(key: str, vocabularies: tuple[Vocabulary, ...]) -> str:
    """The clause without the statements in it that tell a story seen elsewhere (a drama, the news): each runs
    from the language's last ``contrasts`` word before the aside ("but"), or the clause's start, to its next one, or
    the clause's end, so "saw a fire on TV but here the exit is locked too" keeps its own matter."""
    for vocabulary in vocabularies:
        for phrase in map(vocabulary.asides.__getitem__, vocabulary.asides_firsts.at(key)):
            at = contains_phrase(key, phrase, spaced=vocabulary.spaced)
            if at < 0:
                continue
            spaced = vocabulary.spaced
            start = max((last_index(key[:at], word, spaced=spaced) for word in vocabulary.contrasts), default=-1)
            end = vocabulary.next_contrast(key, at + len(phrase))
            told_first = key[:start] if start >= 0 else ""
            rest = _without_asides(key[end:], vocabularies) if end is not None else ""
            return f"{told_first} {rest}".strip()
    return key


def _without_suppositions(key: str, vocabularies: tuple[Vocabulary, ...]) -> str:
    """The clause without what the worker supposes and promises to report: from the language's last
    ``suppositions`` word before a ``promises`` phrase to the phrase's end ("if they ever cut my pay I will tell
    you"); kept when a word of ``facts`` stands in it ("if he hits me again I'll tell you"). Only within a clause:
    "if anyone ever complains they fire him, I'll tell you" has a consequence of its own before the promise."""
    for vocabulary in vocabularies:
        spaced = vocabulary.spaced
        supposing = map(vocabulary.suppositions.__getitem__, vocabulary.suppositions_firsts.at(key))
        if not any(contains_phrase(key, word, spaced=spaced) >= 0 for word in supposing):
            continue  # the few words that open a supposition first, before the many promises
        for promise in map(vocabulary.promises.__getitem__, vocabulary.promises_firsts.at(key)):
            at = contains_phrase(key, promise, spaced=spaced)
            if at < 0:
                continue
            start = max((last_index(key[:at], word, spaced=spaced) for word in vocabulary.suppositions), default=-1)
            if start < 0 or any(contains_phrase(key[start:at], word, spaced=spaced) >= 0 for word in vocabulary.facts):
                continue
            return _without_suppositions(f"{key[:start]} {key[at + len(promise) :]}".strip(), vocabularies)
    return key


def _is_topic(keys: list[str], vocabularies: tuple[Vocabulary, ...]) -> bool:
    """A sentence of a word or two, unnegated ("Passport?", "工资？"), names what the next one tells of: the
    situations of the next sentence are read with it, as if a comma stood between them."""
    spaced = vocabularies[0].spaced
    size = sum(len(key.split()) if spaced else _letters(key) for key in keys)
    return size <= (TOPIC_WORDS if spaced else TOPIC_CHARS) and not any(
        _has_negation(key, vocabulary) for key in keys for vocabulary in vocabularies
    )


def _letters(key: str) -> int:
    """Letters as a reader counts them: a vowel sign or tone mark is part of its letter (Thai "เงินเดือน", pay, is
    seven, not nine; Burmese "ပတ်စပို့", passport, four, not eight)."""
    return sum(1 for char in key if char != " " and unicodedata.category(char) not in ("Mn", "Mc"))


def _situation_spans(keys: list[str], vocabularies: tuple[Vocabulary, ...]) -> list[str]:
    """What situations are looked for in: clauses next to each other joined ("since I talked to the auditor, HR
    gives me no OT" is one story), except that a clause holding a negation stands alone, so that its words join
    no other clause's ("OT is our choice, nobody forces us" is no forced overtime) while the clauses it does not
    reach still tell their story together ("the rate was 450, they give 320, where the rest goes I don't know")."""
    spans: list[str] = []
    run: list[str] = []
    for key in keys:
        if key.isdecimal():
            continue
        if any(_has_negation(key, vocabulary) for vocabulary in vocabularies):
            spans.append(key)
            head = _first_statement(key, vocabularies)
            if head:  # "moved me off packing and the line in-charge doesn't even talk to me": the move joins the run
                run.append(head)
            if run:
                spans.append(f" {BOUNDARY} ".join(run))
            run = []
        else:
            run.append(key)
    if run:
        spans.append(f" {BOUNDARY} ".join(run))
    return spans


def _first_statement(key: str, vocabularies: tuple[Vocabulary, ...]) -> str:
    """The clause's words before its first conjunction, when the negation it holds is told after that conjunction
    and they hold none themselves ("" otherwise): the statement that negation does not reach."""
    for vocabulary in vocabularies:
        if not vocabulary.conjunctions:
            continue
        if vocabulary.spaced:
            words = key.split()
            before = _before_conjunction(words, vocabulary)
            head, rest = " ".join(before), " ".join(words[len(before) + 1 :])
        else:
            found = [(index, c) for c in vocabulary.conjunctions if (index := key.find(c)) > 0]
            if not found:
                continue
            index, conjunction = min(found)
            head, rest = key[:index].strip(), key[index + len(conjunction) :]
        if head and _has_negation(rest, vocabulary) and not any(_has_negation(head, v) for v in vocabularies):
            return head
    return ""


def _phrases(key: str, vocabularies: tuple[Vocabulary, ...], found: dict[Category, tuple[Severity, str]]) -> None:
    for vocabulary in vocabularies:
        # Only the phrases whose first part is in the clause (found in one pass) get the word-boundary work.
        plain = key if vocabulary.spaced else key.replace(" ", "")
        for position in vocabulary.first_parts.at(plain):
            category, entry = vocabulary.entries[position]
            if not _mentions(key, entry.parts, vocabulary, category):
                continue
            earlier = found.get(category)
            if earlier is None or entry.severity.rank < earlier[0].rank:
                found[category] = (entry.severity, entry.phrase)


def _situations(key: str, vocabularies: tuple[Vocabulary, ...], found: dict[Category, tuple[Severity, str]]) -> None:
    clause = Clause(key)  # cut into words once for the situations read in it
    for vocabulary in vocabularies:
        needles = vocabulary.situation_needles.candidates(clause.text if vocabulary.spaced else key.replace(" ", ""))
        for situation in (vocabulary.situations[position] for position in needles):
            earlier = found.get(situation.category)
            if earlier is not None and earlier[0].rank <= situation.severity.rank:
                continue  # already raised at least as severe
            words = _describes(key, clause, situation, vocabulary)
            if words is not None:
                found[situation.category] = (situation.severity, words)


def _describes(key: str, clause: Clause, situation: Situation, vocabulary: Vocabulary) -> str | None:
    """Every group of the situation has a word in the clause that no negation reaches. Words that belong to the
    situation itself are not negations of another group ("not paid" + "salary": "did not pay the salary").
    Returns the words that matched, for the caller ("keeps … id cards"), or None."""
    if vocabulary.spaced:
        gap = SITUATION_GAP_WORDS if situation.gap is None else situation.gap
        tokens = clause.tokens
        spans = []
        for index in situation.indexes:
            found = index.positions(clause)
            if not found:
                return None
            spans.append(found)
        covered = {i for group in spans for start, end in group for i in range(start, end)}
        masked = [("_" if i in covered else token) for i, token in enumerate(tokens)]
        excluding = _exclusions(
            tokens,
            [s for g in spans for s in g],
            covered,
            vocabulary,
            spaced=True,
            category=vocabulary.exclusions.get(situation.category, ()),
        )
        chosen = _distinct_and_affirmed(
            spans,
            lambda start, end: (
                not _negated(" ".join(_since_boundary(masked[:start])), vocabulary)
                and not _negated_after(" ".join(_until_boundary(masked[end:])), vocabulary)
                and not _excluded(
                    start, end, excluding, tokens, before=NEGATION_TOKENS_BEFORE, after=NEGATION_TOKENS_AFTER
                )
            ),
            close=lambda span, taken: _distance(span, taken) <= gap,
        )
        return None if chosen is None else " … ".join(" ".join(tokens[start:end]) for start, end in sorted(chosen))
    text = key.replace(" ", "")
    spans = []
    for group in situation.needles:
        found = [
            span
            for needle in group
            for span in unspaced_positions(text, needle)
            if not vocabulary.inside_a_compound(text, *span)
        ]
        if not found:
            return None
        spans.append(found)
    covered = {i for group in spans for start, end in group for i in range(start, end)}
    hidden = "".join("_" if i in covered else char for i, char in enumerate(text))
    excluding = _exclusions(
        list(text),
        [s for g in spans for s in g],
        covered,
        vocabulary,
        spaced=False,
        category=vocabulary.exclusions.get(situation.category, ()),
    )
    # The same with the spaces the worker typed, and where each character of ``text`` stands in it.
    typed = [i for i, char in enumerate(key) if char != " "]
    word_of = _typed_words(key)
    hidden_typed = list(key)
    for n, i in enumerate(typed):
        hidden_typed[i] = hidden[n]
    chosen = _distinct_and_affirmed(
        spans,
        lambda start, end: (
            not (start > 0 and text[start - 1] in STACKING)
            and not _negated("".join(hidden_typed[: typed[start]]).rpartition(BOUNDARY)[2], vocabulary)
            and not _negated_after(hidden[end:].partition(BOUNDARY)[0], vocabulary)
            and not _excluded(start, end, excluding, text, before=NEGATION_CHARS_BEFORE, after=NEGATION_CHARS_AFTER)
        ),
        close=lambda span, taken: (
            _distance(span, taken) <= SITUATION_GAP_CHARS
            or (situation.gap is not None and _words_apart(span, taken, word_of) <= situation.gap)
        ),
    )
    return None if chosen is None else " … ".join(text[start:end] for start, end in sorted(chosen))


def _typed_words(key: str) -> list[int]:
    """For each character of the clause without spaces, which of the words the worker typed it belongs to."""
    found, spaces = [], 0
    for char in key:
        if char == " ":
            spaces += 1
        else:
            found.append(spaces)
    return found


def _words_apart(span: tuple[int, int], taken: list[tuple[int, int]], word_of: list[int]) -> int:
    """Typed words between ``span`` and the nearest span already chosen (character offsets); 0 for the first."""
    if not taken:
        return 0
    start, end = span
    return min(
        max(word_of[start] - word_of[e - 1] - 1 if start >= e else word_of[s] - word_of[end - 1] - 1, 0)
        for s, e in taken
    )


def _exclusions(
    units: list[str],
    spans: list[tuple[int, int]],
    covered: set[int],
    vocabulary: Vocabulary,
    *,
    spaced: bool,
    category: tuple[str, ...] = (),
) -> list[tuple[int, int, bool]]:
    """Negations made of one of the situation's words found (``spans``) and more: "회사가 냈" "the company paid"
    holds 냈 "paid", "dah bayar balik" "already paid back" holds "bayar balik"; or made of a word of another
    situation of its category (``category``: the category's exclusions). Masking the situation's words hides them
    from the negation checks. Returns (start, end, comes after the verb), in words, or characters where
    words are not spaced."""
    found: list[tuple[int, int, bool]] = []
    text = " ".join(units) if spaced else vocabulary.unnegated("".join(units))
    starts = [0]
    for unit in units[:-1]:
        starts.append(starts[-1] + len(unit) + (1 if spaced else 0))
    present = vocabulary.either_side.within(text.replace(" ", ""))  # the few negations in the clause at all
    for after, negations in ((False, vocabulary.before_verb), (True, vocabulary.after_verb)):
        for negation, joined in zip(negations.phrases, negations.joined, strict=True):
            if joined not in present:
                continue
            needle = negation if spaced else joined
            index = contains_phrase(text, needle, spaced=spaced) if needle and needle in text else -1
            while index >= 0:
                a = bisect_left(starts, index)
                b = a + (len(needle.split()) if spaced else len(needle))
                held = negation in category or any(a <= s and e <= b for s, e in spans)
                if held and not all(i in covered for i in range(a, b)):
                    found.append((a, b, after))
                following = contains_phrase(text[index + 1 :], needle, spaced=spaced)
                index = -1 if following < 0 else index + 1 + following
    return found


def _excluded(
    start: int, end: int, exclusions: list[tuple[int, int, bool]], units: str | list[str], *, before: int, after: int
) -> bool:
    """An exclusion reaches the span: it holds the span, or (a negation before the verb) ends within ``before``
    units before it, or (after the verb) ends within ``after`` units after it, with no clause boundary between.
    Made of the situation's words, an exclusion of either kind also reaches the span it begins within ``after``
    units after ("hutang ejen dah bayar balik": "dah bayar balik" holds the debt's "bayar balik")."""
    for a, b, comes_after in exclusions:
        if a <= start and b >= end:
            return True
        if comes_after:
            reaches = start <= a and b <= end + after and BOUNDARY not in units[end:a]
        else:
            # before the span, or (it tells the whole situation: "hutang ejen dah bayar balik", the agent debt is
            # paid back) right after it
            reaches = (a < start and start - before <= b <= end and BOUNDARY not in units[b:start]) or (
                end <= a <= end + after and BOUNDARY not in units[end:a]
            )
        if reaches:
            return True
    return False


def _since_boundary(tokens: list[str]) -> list[str]:
    return tokens[len(tokens) - tokens[::-1].index(BOUNDARY) :] if BOUNDARY in tokens else tokens


def _until_boundary(tokens: list[str]) -> list[str]:
    return tokens[: tokens.index(BOUNDARY)] if BOUNDARY in tokens else tokens


def _distinct_and_affirmed(
    spans: list[list[tuple[int, int]]],
    affirmed: Callable[[int, int], bool],
    *,
    close: Callable[[tuple[int, int], list[tuple[int, int]]], bool],
) -> list[tuple[int, int]] | None:
    """A span for every group, ``close`` to the others (a few words or characters between), no two sharing a
    word, none negated ("didnt pay" is not also the "pay" of pay; "took the bus to the passport office" is two
    things, not one). Returns the spans chosen, or None."""

    def choose(group: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
        if group == len(spans):
            return taken
        for span in spans[group][:MAX_SPANS_TRIED]:
            if close(span, taken) and all(span[1] <= s or span[0] >= e for s, e in taken) and affirmed(*span):
                chosen = choose(group + 1, [*taken, span])
                if chosen is not None:
                    return chosen
        return None

    return choose(0, [])


def _distance(span: tuple[int, int], taken: list[tuple[int, int]]) -> int:
    """Words (or characters) between ``span`` and the nearest span already chosen; 0 for the first."""
    if not taken:
        return 0
    start, end = span
    return min(max(s - end, start - e, 0) for s, e in taken)


def _mentions(key: str, parts: tuple[str, ...], vocabulary: Vocabulary, category: Category) -> bool:
    return _mentioned_at(key, parts, vocabulary, vocabulary.exclusions.get(category, ())) is not None


def _mentioned_at(
    key: str, parts: tuple[str, ...], vocabulary: Vocabulary, exclusions: tuple[str, ...] = ()
) -> tuple[int, int] | None:
    """Where the phrase of ``parts`` stands in the clause, unnegated: (start, end) in ``key``; or None."""
    starts: set[int] | None = None
    typed: list[int] | None = None
    if not vocabulary.spaced:  # written without spaces: spaces (and zero-width ones) typed between words mean nothing
        if vocabulary.negations_begin_words and " " in key:
            starts = _word_starts(key)
        typed = [i for i, char in enumerate(key) if char != " "]
        key, parts = key.replace(" ", ""), tuple(part.replace(" ", "") for part in parts)
    start = 0
    while True:
        index = contains_phrase(key[start:], parts[0], spaced=vocabulary.spaced)
        if index < 0:
            return None
        absolute = start + index
        inside_a_cluster = absolute > 0 and key[absolute - 1] in STACKING
        end = absolute + len(parts[0])
        if not vocabulary.spaced and vocabulary.inside_a_compound(key, absolute, end):
            inside_a_cluster = True  # ကလေး "child" in မိန်းကလေး "girl"
        if not inside_a_cluster and not _negated(key[:absolute], vocabulary, starts=starts):
            rest = _rest_follows(key[end:], parts[1:], vocabulary, exclusions)
            if rest is not None:
                if typed is None:
                    return absolute, end + rest
                return typed[absolute], typed[end + rest - 1] + 1
        start = absolute + 1


def _rest_follows(
    after: str, parts: tuple[str, ...], vocabulary: Vocabulary, exclusions: tuple[str, ...] = ()
) -> int | None:
    """The remaining parts of a phrase come next, each after a short gap without a negation; then no negation
    right after the last, nor one of the category's ``exclusions`` ("hutang ejen dah bayar balik"). Returns how
    much of ``after`` they take, or None."""
    if not parts:
        if _negated_after(after, vocabulary) or _excluded_after(after, exclusions, vocabulary):
            return None
        return 0
    index = contains_phrase(after, parts[0], spaced=vocabulary.spaced)
    if index < 0:
        return None
    gap = after[:index]
    too_far = len(gap.split()) > GAP_WORDS if vocabulary.spaced else len(gap) > GAP_CHARS
    if too_far or _has_negation(gap, vocabulary):
        return None
    taken = index + len(parts[0])
    rest = _rest_follows(after[taken:], parts[1:], vocabulary, exclusions)
    return None if rest is None else taken + rest


def _settled_at(key: str, vocabulary: Vocabulary) -> list[tuple[int, int, bool]]:
    """Where the language's settled phrases stand unnegated in the clause: (start, end, said only after a past
    word), in order."""
    plain = key if vocabulary.spaced else key.replace(" ", "")
    found = [
        (*at, after_past)
        for parts, _, after_past in map(vocabulary.settled_phrases.__getitem__, vocabulary.settled_firsts.at(plain))
        if (at := _mentioned_at(key, parts, vocabulary)) is not None
    ]
    return sorted(found)


def _settles_at(key: str, vocabulary: Vocabulary, category: Category) -> tuple[int, int] | None:
    """Where the first phrase telling the ``category``'s matter as fine stands unnegated in the clause."""
    plain = key if vocabulary.spaced else key.replace(" ", "")
    phrases = vocabulary.settles_phrases[category]
    spans = [
        at
        for parts, _ in map(phrases.__getitem__, vocabulary.settles_may_stand_in(plain, category))
        if (at := _mentioned_at(key, parts, vocabulary)) is not None
    ]
    return min(spans, default=None)


def _excluded_after(after: str, exclusions: tuple[str, ...], vocabulary: Vocabulary) -> bool:
    """One of ``exclusions`` begins within the first few words (or characters) of ``after``."""
    if not exclusions:
        return False
    if vocabulary.spaced:
        words = after.split()
        for exclusion in exclusions:
            parts = exclusion.split()
            if any(words[i : i + len(parts)] == parts for i in range(min(NEGATION_TOKENS_AFTER + 1, len(words)))):
                return True
        return False
    text = vocabulary.unnegated(after).replace(" ", "")
    return any(0 <= text.find(e) <= NEGATION_CHARS_AFTER for e in (x.replace(" ", "") for x in exclusions) if e)


def _has_negation(gap: str, vocabulary: Vocabulary) -> bool:
    if vocabulary.spaced:
        return _denies(gap.split(), vocabulary.either_side, vocabulary)
    gap = vocabulary.unnegated(gap)
    if vocabulary.negations_begin_words and " " in gap.strip():
        negations = vocabulary.either_side.phrases
        return any(contains_phrase(gap, n, spaced=True) >= 0 or f" {gap}".find(f" {n}") >= 0 for n in negations)
    return vocabulary.either_side.any_in(gap)


def _denies(words: list[str], negations: Negations, vocabulary: Vocabulary, *, since: int = 0) -> bool:
    """One of ``negations`` stands in ``words`` (from word ``since``) and is no condition or question: a negation
    that follows one of the language's ``conditionals`` closely ("if I don't do overtime", "why don't they") denies
    nothing said after it ("... they cut my pay")."""
    return any(
        not _conditional(words[max(i - NEGATION_TOKENS_BEFORE, 0) : i], vocabulary)
        for i in negations.found_in(words, since)
    )


def _conditional(words: list[str], vocabulary: Vocabulary) -> bool:
    if not vocabulary.conditionals or not words:
        return False
    text = " ".join(words)
    return any(contains_phrase(text, word, spaced=True) >= 0 for word in vocabulary.conditionals)


def _word_starts(typed: str) -> set[int]:
    """Where each typed word begins in the same text without its spaces."""
    starts, length = set(), 0
    for word in typed.split():
        starts.add(length)
        length += len(word)
    return starts


def _after_conjunction(words: list[str], vocabulary: Vocabulary) -> int:
    """Where the statement after the last of the language's ``conjunctions`` in ``words`` begins; 0 without one."""
    if vocabulary.conjunctions:
        for i in range(len(words) - 1, -1, -1):
            if words[i] in vocabulary.conjunctions:
                return i + 1
    return 0


def _before_conjunction(words: list[str], vocabulary: Vocabulary) -> list[str]:
    """``words`` up to the first of the language's ``conjunctions``."""
    for i, word in enumerate(words):
        if word in vocabulary.conjunctions:
            return words[:i]
    return words


def _negated_after(after: str, vocabulary: Vocabulary) -> bool:
    """A negation right after the phrase, in the same clause and statement: within the next two words, or after
    any number of the words that may come between (``negation_reaches_over``: "मारहाण वगैरे काही होत नाही"), or
    where words are not spaced, within a few characters (mood and politeness endings come in between:
    殴られたことはない)."""
    if not vocabulary.negations_after:
        return False
    if vocabulary.spaced:
        words = _before_conjunction(after.split(), vocabulary)
        if next(vocabulary.after_verb.found_in(words[:NEGATION_TOKENS_AFTER]), None) is not None:
            return True
        # Further on, over the words that may stand between a verb and its negation, when the negation ends the
        # statement ("मारहाण वगैरे काही होत नाही"; not "मारा है, कोई नहीं सुनता": nobody listens)
        fillers = vocabulary.negation_reaches_over
        reach = 0
        while reach < len(words) and words[reach] in fillers:
            reach += 1
        if reach < NEGATION_TOKENS_AFTER:
            return False
        for negation in vocabulary.negations_after:
            size = len(negation.split())
            if " ".join(words[reach : reach + size]) == negation and all(w in fillers for w in words[reach + size :]):
                return True
        return False
    after = vocabulary.unnegated(after)
    for conjunction in vocabulary.conjunctions:
        after = after.partition(conjunction)[0]
    after = NEXT_VERB.split(after, maxsplit=1)[0]
    return vocabulary.after_verb.any_in(after.replace(" ", "")[:NEGATION_CHARS_AFTER])


def _negated(before: str, vocabulary: Vocabulary, *, starts: set[int] | None = None) -> bool:
    """A negation reaches the words after ``before``. Where words are not spaced, ``starts`` are the places in
    ``before`` where a typed word begins, when the language's negations begin words (``negations_begin_words``)."""
    if vocabulary.spaced:
        words = before.split()
        since = max(len(words) - NEGATION_TOKENS_BEFORE, _after_conjunction(words, vocabulary))
        return _denies(words, vocabulary.before_verb, vocabulary, since=since)
    before = vocabulary.unnegated(before)
    for conjunction in vocabulary.conjunctions:
        cut = before.rfind(conjunction) + len(conjunction) if conjunction in before else 0
        if cut:
            before = before[cut:]
            starts = None if starts is None else {s - cut for s in starts if s >= cut}
    # Unspaced: a negation that ends within the few characters before the phrase ("ไม่ได้ถูกตี", "没有被打"). Where
    # the worker typed spaces between words, a negation in one of the two words before counts only when it ends
    # that word ("안 줘요", "មិន បាន វាយ"), not when it negates a verb of its own: "못 가고 그냥 사라지고 싶어요",
    # "한국말 못한다고 바보 취급". Romanised, words are shorter than the negations made of them: three words back
    # ("mai mee krai don kang", nobody locks us in).
    words = before.split()
    if len(words) < 2:
        if starts is None and vocabulary.negations_begin_words and " " in before:
            starts = _word_starts(before)
        return _negation_ends_near(before.replace(" ", ""), vocabulary, ends=None, starts=starts)
    current = "" if before.endswith(" ") else words.pop()
    ends, length = set(), 0
    begins = {0}
    back = -3 if before.isascii() else -2
    for word in words[back:]:  # two words back ("មិន បាន វាយ"), three in Latin letters
        length += len(word)
        ends.add(length)
        begins.add(length)
    starts = begins if vocabulary.negations_begin_words else None
    return _negation_ends_near("".join(words[back:]) + current, vocabulary, ends=ends, inside=length, starts=starts)


def _negation_ends_near(
    before: str, vocabulary: Vocabulary, *, ends: set[int] | None, inside: int = 0, starts: set[int] | None = None
) -> bool:
    """A negation ending within the last few characters of ``before``; where words were typed apart, ending a word
    (one of ``ends``) or inside the last one (after ``inside``), and beginning one of ``starts`` (when given)."""
    for found, negation in vocabulary.before_verb.ending_since(before, len(before) - NEGATION_CHARS_BEFORE - 1):
        end = found + len(negation)
        if (ends is None or end in ends or end > inside) and (starts is None or found in starts):
            return True
    return False
