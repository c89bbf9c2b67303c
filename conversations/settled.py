"""Matters a reply tells as put right: "last year the salary was late, now it comes on time" complains of nothing.

A reply's stretch that runs from the statement holding a word setting it in the past (a language's ``used_to``:
"before", "last year", "dulu", "以前"; not one with a ``since`` word beside it, "since last week", "先週から", which
tells what still goes on; the statement begins after its clause's last conjunction before that word, so
"the agent fee I paid last year" is in it) to a phrase saying the matter is settled now (``settled``: "now … on
time", "gave … back", "sudah diganti", "改好了") is not read for complaints; without such a word before it, the
stretch begins where the settled phrase's own statement does (after the clause's last conjunction): "the broken fan
got fixed", or, when little stands before the phrase in its clause, where the clause before it does: "the fire exit
was blocked, fixed last week"; phrases that say it is settled only when something was told as past
(``settled_after_past``: "not anymore", "now … fine") need that word. A danger (a P0 complaint) told before a
settled statement of another matter is not settled by it: "the supervisor hit me, the toilet got repaired" and "last
month they locked us in, the fan is fixed now" still tell of the blow and the lock, in one clause too. What comes
after the settled phrase is read as usual ("dulu gaji telat, sekarang udah lancar tapi supervisor suka bentak").
A settled phrase that a negation reaches settles nothing ("it was never fixed"). Nothing told as settled is lost:
an open answer that raises no flag still waits on a caller's reading list.

A phrase that tells one matter as fine (``settles``, by category: "my son goes to school" for child labour), and
that no negation reaches ("the paid leave was never given"), settles that matter only: in its clause and, when
nothing stands before it there, in the clause before ("my son is 14, in ninth standard"). Any other matter told
there is read as usual ("they cut my pay, my son goes to school"), and so is the same matter told of someone else
("a 14-year-old girl works here, my son goes to school"), and what a word of the language's ``contrasts`` turns to
in the same clause ("no accident this year but they give no safety shoes").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from conversations.text import contains_phrase, last_index
from conversations.vocabulary import Category, Vocabulary

# Where settled phrases stand in a clause: (start, end, said only after a past word), in order.
SettledAt = Callable[[str, Vocabulary], list[tuple[int, int, bool]]]
# Where the first phrase telling a category's matter as fine stands unnegated in a clause: (start, end), or None.
SettlesAt = Callable[[str, Vocabulary, Category], tuple[int, int] | None]
# Whether a settled statement tells of another matter than a danger told in the clauses before it.
AnotherMatter = Callable[[str, Sequence[str]], bool]
SHORT_WORDS, SHORT_CHARS = 3, 8
SENTENCES_BACK = 1  # a past word in the sentence before still begins the stretch: "Last year pay was late. Fixed now."


def unsettled(
    sentences: Sequence[Sequence[str]],
    vocabularies: Sequence[Vocabulary],
    settled_at: SettledAt,
    another_matter: AnotherMatter,
) -> list[list[str]]:
    """The reply's sentences (each a list of normalised clauses) without the stretches told as settled; a clause
    cut by a stretch leaves its two ends as two clauses."""
    kept = [list(sentence) for sentence in sentences]
    if not any(v.settled or v.settled_after_past for v in vocabularies):
        return kept
    floor = (0, 0)  # (sentence, clause): nothing before the end of the last stretch is taken again
    s = 0
    while s < len(kept):
        c = 0
        while c < len(kept[s]):
            stretch = _stretch(kept, s, c, floor, vocabularies, settled_at, another_matter)
            if stretch is None:
                c += 1
                continue
            s, c = _cut(kept, *stretch)
            floor = (s, c)
        s += 1
    return [[clause for clause in sentence if clause.strip()] for sentence in kept]


def _stretch(
    kept: list[list[str]],
    s: int,
    c: int,
    floor: tuple[int, int],
    vocabularies: Sequence[Vocabulary],
    settled_at: SettledAt,
    another_matter: AnotherMatter,
) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """The first stretch told as settled that ends in clause ``c`` of sentence ``s``: (begin, end)."""
    clause = kept[s][c]
    found = sorted(
        (start, end, needs_past, n)
        for n, vocabulary in enumerate(vocabularies)
        if vocabulary.settled or vocabulary.settled_after_past
        for start, end, needs_past in settled_at(clause, vocabulary)
    )
    for start, end, needs_past, n in found:
        own, told_to = _statement_start(clause[:start], vocabularies[n]), _statement_end(clause, end, vocabularies[n])
        statement = clause[own:told_to]
        begin = _past_word_before(kept, (s, c, start), floor, vocabularies)
        if begin is not None:  # "the broker fee I paid last year, the company gave it back": the fee is settled too
            s_past, c_past, at = begin
            begin = (s_past, c_past, _statement_start(kept[s_past][c_past][:at], vocabularies[n]))
            if begin[:2] != (s, c) and another_matter(statement, _clauses_between(kept, begin[:2], (s, c))):
                begin = (s, c, own)  # "last month he hit me, now the toilet is fine": the toilet is, not the blow
            elif begin[:2] == (s, c) and another_matter(clause[start:told_to], [clause[begin[2] : start]]):
                begin = (s, c, start)  # told in one clause: "先月上司に殴られた今は給料は毎月払われています"
        if begin is None and not needs_past:
            begin = (s, c, own)
        if begin is None:
            continue
        earlier = (s, c - 1)  # the clause before, if no earlier stretch took it
        if (
            not needs_past
            and c > 0
            and earlier >= floor
            and begin[:2] == (s, c)
            and _short(clause[:start], vocabularies[n])
            and not another_matter(statement, [kept[s][c - 1]])  # "he hit me, the toilet got fixed": the blow stays
        ):
            begin = (*earlier, 0)  # "the fire exit was blocked, fixed last week": the clause before is what was fixed
        return begin, (s, c, end)
    return None


def settled_matters(
    sentences: Sequence[Sequence[str]], vocabularies: Sequence[Vocabulary], settles_at: SettlesAt
) -> dict[Category, list[list[str]]]:
    """Each matter a ``settles`` phrase tells as fine, with the reply's sentences as they are read for it: without
    the clauses that phrase settles."""
    settled: dict[Category, list[list[str]]] = {}
    for vocabulary in vocabularies:
        may_stand = vocabulary.settles_may_stand(clause for sentence in sentences for clause in sentence)
        for category in (c for c in vocabulary.settles if c in may_stand):
            kept = [list(sentence) for sentence in settled.get(category, sentences)]
            hit = False
            for sentence in kept:
                for c in range(len(sentence) - 1, -1, -1):
                    span = settles_at(sentence[c], vocabulary, category)
                    if span is None:
                        continue
                    hit = True
                    if c > 0 and not sentence[c][: span[0]].strip():  # the phrase goes on telling of the clause before
                        sentence[c - 1] = ""
                    sentence[c] = _beyond_contrasts(sentence[c], span[1], vocabulary)
            if hit:
                settled[category] = [[clause for clause in sentence if clause] for sentence in kept]
    return settled


def _beyond_contrasts(clause: str, end: int, vocabulary: Vocabulary) -> str:
    """What the clause turns to after the settling phrase, from its next ``contrasts`` word: "no accident this year
    but they give no safety shoes" keeps the shoes. (A contrast before the phrase stays in its statement: "there is
    a guard at the gate but we go out when we like" settles the going out.)"""
    turn = vocabulary.next_contrast(clause, end)
    return clause[turn:] if turn is not None else ""


def _past_word_before(
    kept: list[list[str]], limit: tuple[int, int, int], floor: tuple[int, int], vocabularies: Sequence[Vocabulary]
) -> tuple[int, int, int] | None:
    """The nearest past word before ``limit`` (sentence, clause, character), this sentence or the one before, not
    before ``floor``: where it begins."""
    s_limit, c_limit, at = limit
    for s in range(s_limit, max(s_limit - SENTENCES_BACK, floor[0]) - 1, -1):
        last_clause = c_limit if s == s_limit else len(kept[s]) - 1
        for c in range(last_clause, -1, -1):
            if (s, c) < floor:
                return None
            text = kept[s][c][:at] if (s, c) == (s_limit, c_limit) else kept[s][c]
            starts = [
                start
                for vocabulary in vocabularies
                for word in vocabulary.used_to
                if (start := last_index(text, word, spaced=vocabulary.spaced)) >= 0
                and not _goes_on(text, start, start + len(word), vocabulary)
            ]
            if starts:
                return (s, c, max(starts))
    return None


def _goes_on(text: str, start: int, end: int, vocabulary: Vocabulary) -> bool:
    """A ``since`` word stands right before or after the past word at ``start:end``: what began then goes on."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    if vocabulary.spaced:
        before, after = f" {before}", f"{after} "
        return any(before.endswith(f" {word}") or after.startswith(f"{word} ") for word in vocabulary.since)
    return any(before.endswith(word) or after.startswith(word) for word in vocabulary.since)


def _statement_start(before: str, vocabulary: Vocabulary) -> int:
    """Where the statement that ends in ``before`` begins: after its last conjunction ("they cut my pay and the
    fan got fixed": the fan, not the pay), or at the clause's start."""
    starts = [
        index + len(conjunction)
        for conjunction in vocabulary.conjunctions
        if (index := last_index(before, conjunction, spaced=vocabulary.spaced)) >= 0
    ]
    return max(starts, default=0)


def _clauses_between(kept: list[list[str]], first: tuple[int, int], limit: tuple[int, int]) -> list[str]:
    """The clauses from ``first`` (sentence, clause) up to, not including, ``limit``."""
    return [clause for s, sentence in enumerate(kept) for c, clause in enumerate(sentence) if first <= (s, c) < limit]


def _statement_end(clause: str, after: int, vocabulary: Vocabulary) -> int:
    """Where the statement going on at ``after`` ends: at the clause's next conjunction, or at its end."""
    rest = clause[after:]
    ends = [
        index
        for conjunction in vocabulary.conjunctions
        if (index := contains_phrase(rest, conjunction, spaced=vocabulary.spaced)) >= 0
    ]
    return after + min(ends, default=len(rest))


def _short(before: str, vocabulary: Vocabulary) -> bool:
    """Little stands before the settled phrase in its clause: a date or an adverb, not a matter of its own."""
    return len(before.split()) <= SHORT_WORDS if vocabulary.spaced else len(before.replace(" ", "")) <= SHORT_CHARS


def _cut(kept: list[list[str]], begin: tuple[int, int, int], end: tuple[int, int, int]) -> tuple[int, int]:
    """Take out the stretch from ``begin`` to ``end`` (sentence, clause, character); returns where the clause that
    holds what followed the stretch now stands."""
    s0, c0, x0 = begin
    s1, c1, x1 = end
    head, tail = kept[s0][c0][:x0], kept[s1][c1][x1:]
    if s0 == s1:
        kept[s0][c0 : c1 + 1] = [head, tail]
    else:
        kept[s0][c0:] = [head]
        kept[s0 + 1 : s1] = [[] for _ in range(s0 + 1, s1)]
        kept[s1][: c1 + 1] = [tail]
        return s1, 0
    return s0, c0 + 1
