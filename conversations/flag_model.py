"""A second reader beside the word lists: a small linear model over the character n-grams of a reply's words.

Word lists recognise the ways of saying a complaint that someone wrote down; the model recognises replies that
look like the complaints it was trained on, in any of the twenty languages at once ("mandor suka memukul" and
"the foreman hits us" share no word, but each shares pieces of words with other replies of its language that
were complaints). One logistic-regression head per category, one for "a complaint at all" and one for "someone
is in danger now", over the reply's words cut into pieces of 1 to 5 characters, each whole word and each pair of
neighbouring words ("not paid" is not "paid"), hashed into 2^18 buckets (the file says).
``tools/train_flag_model.py`` trains it on the development sets (never the held-out one) and chooses its
thresholds by leave-one-set-out there; the file it writes is loaded by ``bot/`` and handed in here.

A reply is flagged by the model only when the "complaint at all" head is sure enough; it then raises every
category above its threshold (or the likeliest one), P0 when the danger head says so, otherwise P2: a case for
a caller to read, below what the word lists raise on firmer ground. The same head also doubts: a reply it scores
lower than all but about three in a hundred complaints it had never seen (the file's "doubt" threshold), and in
which no category head reads any matter the word lists found, is no complaint to it: the word lists' flags on it,
unless one is a danger or a worker kept from leaving, are taken back (``conversations/lexicon.py``).
"""

from __future__ import annotations

import json
import math
import zlib
from array import array
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from conversations.categories import Category, Severity
from conversations.text import match_key

ANY = "any"
DANGER = "p0"
DOUBT = "doubt"  # the "complaint at all" score under which the word lists' flags are doubted (none in older files)
FORMAT_VERSION = 1


def word_pieces(text: str, *, shortest: int, longest: int) -> dict[str, list[str]]:
    """Every word's pieces of ``shortest`` to ``longest`` characters, the word padded with a space each side
    (so " pa" is a beginning and "ay " an end), by word. Words are read as the word lists read them (lower case,
    without Latin diacritics: "gaji", "gají" and "GAJI" are one word)."""
    pieces: dict[str, list[str]] = {}
    for word in match_key(text).split():
        if word in pieces:
            continue
        padded = f" {word} "
        pieces[word] = [padded[i : i + n] for n in range(shortest, longest + 1) for i in range(len(padded) - n + 1)]
    return pieces


def bucket(piece: str, bits: int) -> int:
    return zlib.crc32(piece.encode("utf-8")) & ((1 << bits) - 1)


WHOLE_WORD, WORD_PAIR = "\x01", "\x02"  # marks that keep a whole word or a pair apart from any word's pieces


def buckets(text: str, *, bits: int, shortest: int, longest: int, words: bool = False) -> set[int]:
    """The features of a reply (the training script uses this too)."""
    return features(text, bits=bits, shortest=shortest, longest=longest, words=words)[1]


def features(
    text: str, *, bits: int, shortest: int, longest: int, words: bool = False
) -> tuple[dict[str, array[int]], set[int]]:
    """A reply's buckets by word (its pieces, and the whole word with ``words``), and all its features: those of
    every word and, with ``words``, of each pair of neighbouring words."""
    found = match_key(text).split()
    by_word = {word: _buckets_of(word, bits, shortest, longest, words) for word in found}
    every = set().union(*by_word.values())
    if words:
        every |= {bucket(f"{WORD_PAIR}{a} {b}", bits) for a, b in pairwise(found)}
    return by_word, every


def _by_bucket(by_head: array[int], heads: int) -> array[int]:
    """The file's weights, head after head, laid out bucket after bucket: a reply's buckets are then read as a few
    hundred short slices, each holding every head's weight (reading head after head cost a lookup per bucket and
    head, fifteen times as many)."""
    rows = array("h", bytes(len(by_head) * by_head.itemsize))
    size = len(by_head) // heads
    for head in range(heads):
        rows[head::heads] = by_head[head * size : (head + 1) * size]
    return rows


# Workers use the same few thousand words: each is cut and hashed once, and kept as a compact array (a frozenset of
# a word's thirty-odd buckets took 2 KB; 65,536 of them, 140 MB), four bytes a bucket: a model's 2**bits weights per
# head keep bits far below 31.
@lru_cache(maxsize=32_768)
def _buckets_of(word: str, bits: int, shortest: int, longest: int, whole: bool) -> array[int]:
    (pieces,) = word_pieces(word, shortest=shortest, longest=longest).values()
    return array("i", sorted({bucket(piece, bits) for piece in (*pieces, *([WHOLE_WORD + word] if whole else []))}))


@dataclass(frozen=True)
class ModelFlag:
    category: Category
    severity: Severity
    word: str  # the reply's word that weighed most for this category, shown to the caller


@dataclass(frozen=True)
class ModelReading:
    flags: tuple[ModelFlag, ...] = ()
    doubted: bool = False  # scored less like a complaint than nearly every complaint the model had never seen
    seen: frozenset[Category] = frozenset()  # of a doubted reply: the matters the model still reads in it


@dataclass(frozen=True)
class FlagModel:
    heads: tuple[str, ...]  # the categories' values, then ANY, then DANGER
    rows: array[int]  # by bucket, its weight in every head (int16): bucket b's are rows[b * heads : (b + 1) * heads]
    scales: tuple[float, ...]  # per head: weight = stored int * scale
    intercepts: tuple[float, ...]
    thresholds: dict[str, float]  # per head, in the units of its score
    bits: int
    shortest: int
    longest: int
    words: bool = False  # whole words and pairs of words too (files from before them have no "words")

    @classmethod
    def from_bytes(cls, data: bytes) -> FlagModel:
        """The file ``tools/train_flag_model.py`` writes: a JSON header line, then zlib-compressed int16 weights
        (little-endian, head after head)."""
        header_line, _, packed = data.partition(b"\n")
        header = json.loads(header_line)
        if header.get("format") != FORMAT_VERSION:
            raise ValueError(f"flag model format {header.get('format')!r}, expected {FORMAT_VERSION}")
        heads = tuple(str(h) for h in header["heads"])
        for head in heads[:-2]:
            Category(head)  # a model for categories we do not have is refused at load
        if heads[-2:] != (ANY, DANGER):
            raise ValueError("flag model: the last two heads must be 'any' and 'p0'")
        size = 1 << int(header["bits"])
        raw = array("h")
        raw.frombytes(zlib.decompress(packed))
        if len(raw) != size * len(heads):
            raise ValueError(f"flag model: {len(raw)} weights, expected {size * len(heads)}")
        return cls(
            heads=heads,
            rows=_by_bucket(raw, len(heads)),
            scales=tuple(float(s) for s in header["scales"]),
            intercepts=tuple(float(b) for b in header["intercepts"]),
            thresholds={str(k): float(v) for k, v in header["thresholds"].items()},
            bits=int(header["bits"]),
            shortest=int(header["ngrams"][0]),
            longest=int(header["ngrams"][1]),
            words=bool(header.get("words", False)),
        )

    def scores(self, text: str) -> dict[str, float]:
        return self._scores(self._features(text)[1])

    def _features(self, text: str) -> tuple[dict[str, array[int]], set[int]]:
        return features(text, bits=self.bits, shortest=self.shortest, longest=self.longest, words=self.words)

    def _scores(self, found: set[int]) -> dict[str, float]:
        norm = 1 / math.sqrt(len(found)) if found else 0.0
        return {
            head: total * self.scales[index] * norm + self.intercepts[index]
            for index, (head, total) in enumerate(zip(self.heads, self._sums(found), strict=True))
        }

    def weight(self, head: int, bucket: int) -> int:
        return self.rows[bucket * len(self.heads) + head]

    def _sums(self, found: Collection[int]) -> list[int]:
        """Every head's sum of the weights of ``found``: the buckets' rows side by side, added column by column."""
        width = len(self.heads)
        rows = self.rows
        if not found:
            return [0] * width
        return list(map(sum, zip(*[rows[b * width : (b + 1) * width] for b in found], strict=True)))

    def read(self, text: str) -> tuple[ModelFlag, ...]:
        return self.reading(text).flags

    def reading(self, text: str) -> ModelReading:
        by_word, found = self._features(text)
        if not by_word:  # "??", "!!!": with no word to read, the scores would be the intercepts alone
            return ModelReading()
        scores = self._scores(found)
        if scores[ANY] < self.thresholds[ANY]:  # most replies
            if scores[ANY] >= self.thresholds.get(DOUBT, -math.inf):
                return ModelReading()
            seen = frozenset(Category(head) for head in self.heads[:-2] if scores[head] >= self.thresholds[head])
            return ModelReading(doubted=True, seen=seen)
        categories = [head for head in self.heads[:-2] if scores[head] >= self.thresholds[head]]
        if not categories:
            categories = [max(self.heads[:-2], key=scores.__getitem__)]
        severity = Severity.P0 if scores[DANGER] >= self.thresholds[DANGER] else Severity.P2
        return ModelReading(
            tuple(ModelFlag(Category(head), severity, self._weightiest(by_word, head)) for head in categories)
        )

    def _weightiest(self, by_word: dict[str, array[int]], head: str) -> str:
        """The word whose buckets weighed most for ``head``, shown to the caller."""
        width, rows = len(self.heads), self.rows
        index = self.heads.index(head)
        return max(by_word, key=lambda word: sum([rows[b * width + index] for b in by_word[word]]), default="")
