"""Normalising what workers type: any script's digits, full-width forms, case, punctuation and spacing."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_KEEP_CATEGORIES = ("L", "M", "N")  # letters, combining marks (Brahmic vowel signs), numbers


def native_digits_to_ascii(text: str) -> str:
    """Replace every Unicode decimal digit (Myanmar ၁, Khmer ១, Thai ๑, Devanagari १, full-width １ ...) by 0-9."""
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)


# Zero-width joiners shape letters (Devanagari, Urdu) and are not word breaks; Arabic-keyboard letters typed
# for Urdu ones are the same letter to a reader.
_INVISIBLE_AND_KEYBOARD = str.maketrans({"\u200c": None, "\u200d": None, "ي": "ی", "ى": "ی", "ك": "ک", "ه": "ہ"})


def normalize(text: str) -> str:
    """Compatibility-fold, case-fold, map digits to ASCII, turn punctuation and symbols into spaces."""
    text = text.translate(_INVISIBLE_AND_KEYBOARD)
    folded = native_digits_to_ascii(unicodedata.normalize("NFKC", text)).casefold()
    kept = "".join(ch if unicodedata.category(ch)[0] in _KEEP_CATEGORIES else " " for ch in folded)
    return " ".join(kept.split())


def strip_diacritics(text: str) -> str:
    """Latin text without accents, for Vietnamese and Portuguese typed on phones without them."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not (unicodedata.combining(ch) and _is_latin_mark(ch)))


def _is_latin_mark(mark: str) -> bool:
    return 0x0300 <= ord(mark) <= 0x036F


def contains_phrase(haystack: str, phrase: str, *, spaced: bool) -> int:
    """Index of ``phrase`` in normalised ``haystack`` on word boundaries (or anywhere when not ``spaced``), or -1."""
    if not phrase:
        return -1
    if not spaced:
        return _find_whole_syllables(haystack, phrase)
    # Padding both with one space keeps indices aligned: " phrase " starts where "phrase" does in haystack.
    return f" {haystack} ".find(f" {phrase} ")


def last_index(haystack: str, phrase: str, *, spaced: bool) -> int:
    """Where the last ``phrase`` stands in ``haystack`` (on word boundaries where words are spaced), or -1."""
    if not spaced:
        return haystack.rfind(phrase)
    found, start = -1, 0
    while (index := contains_phrase(haystack[start:], phrase, spaced=True)) >= 0:
        found = start + index
        start = found + 1
    return found


def _find_whole_syllables(haystack: str, phrase: str) -> int:
    """Where words are not spaced, a phrase may sit anywhere, but not cut a syllable: a match followed by a
    vowel sign or virama belongs to a longer syllable (Kannada ಇಲ್ಲ "no" inside ಇಲ್ಲಿ "here")."""
    index = haystack.find(phrase)
    while index >= 0:
        end = index + len(phrase)
        if end == len(haystack) or not unicodedata.category(haystack[end]).startswith("M"):
            return index
        index = haystack.find(phrase, index + 1)
    return -1


# Cached for the words read again and again (word lists, answers, a reply read by several readers); a full cache of
# 65,536 replies and clauses took 16 MB.
@lru_cache(maxsize=16384)
def match_key(text: str) -> str:
    """The form in which replies and word lists are compared: normalised, without Latin diacritics and without
    the Devanagari nukta, which phones' keyboards and writers often leave out (ज़रूरत and जरूरत, पैसा काटा), and
    with Burmese typed out of Unicode's order read in it: the digit zero typed for the letter wa among letters
    (လုံး၀ for လုံးဝ, "completely"), the vowel sign ေ typed before its consonant, and the killer ် typed after the
    medial ya it comes before ("ယောကျ်ား", "ယောကျာ်း": ယောက်ျား, men)."""
    key = unicodedata.normalize("NFC", strip_diacritics(normalize(text))).replace(_DEVANAGARI_NUKTA, "")
    if _BURMESE_E in key:
        key = _E_TYPED_FIRST.sub(r"\1\2" + _BURMESE_E, key)
    if _BURMESE_MEDIAL_YA in key:
        key = _KILLER_TYPED_AFTER_YA.sub("\u103a\u103b\\1", key)
    return _ZERO_FOR_WA.sub(_BURMESE_WA, key) if "0" in key else key


# The Burmese vowel sign e is written before its consonant but stored after it (and after its medials): "ေ" typed
# first, as it is seen or out of Zawgyi habit, is put where Unicode has it ("ေပး" -> "ပေး", gives; "ေခါင်း" ->
# "ခေါင်း", head).
_BURMESE_E = "\u1031"
_E_TYPED_FIRST = re.compile(r"(?<![\u1000-\u102a\u103b-\u103f])\u1031([\u1000-\u102a\u103f])([\u103b-\u103e]*)")


# The one common word whose killed consonant carries the medial ya, ယောက်ျား (men), is typed in three orders; Unicode
# has the killer first.
_BURMESE_MEDIAL_YA = "\u103b"
_KILLER_TYPED_AFTER_YA = re.compile(r"\u103b(\u102c?)\u103a")


# A zero (the Burmese ၀ is one after NFKC) beside a Burmese letter or sign and beside no other digit: "၁၀ရက်" (the
# 10th) stays a number.
_ZERO_FOR_WA = re.compile(r"(?<=[\u1000-\u103f])0(?![0-9])|(?<![0-9])0(?=[\u1000-\u103f])")
_BURMESE_WA = "\u101d"


_DEVANAGARI_NUKTA = "\u093c"  # NFKC has already split क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ into a letter and the nukta
