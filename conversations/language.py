"""Which language a short reply is in, with a confidence, deterministically.

The Unicode script decides first (Myanmar, Khmer, Thai, Kannada, Tamil, Hangul, Kana, Han, Bengali, Arabic
each belong to one of our languages). Latin text typed in a South Asian language is recognised by its hallmark
words (``hallmarks.py``); other Latin text goes to lingua, restricted to our Latin-script languages
(it knows Malay, and is the better of the two on short replies); when lingua is unsure (Vietnamese typed
without diacritics, for one) and for Devanagari (lingua has no Nepali), to langdetect, seeded and restricted
the same way. Detection only ever *suggests*: the worker's chosen language
wins, and confusable pairs (Indonesian/Malay, Hindi/Marathi/Nepali, Hindi/Urdu) are never told apart by this
alone.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from langdetect import DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

from conversations.hallmarks import han_language, malay_not_tagalog, romanised_language

SCRIPT_RANGES: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("Myanmar", ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F))),
    ("Khmer", ((0x1780, 0x17FF), (0x19E0, 0x19FF))),
    ("Thai", ((0x0E00, 0x0E7F),)),
    ("Kannada", ((0x0C80, 0x0CFF),)),
    ("Tamil", ((0x0B80, 0x0BFF),)),
    ("Bengali", ((0x0980, 0x09FF),)),
    ("Devanagari", ((0x0900, 0x097F),)),
    ("Arabic", ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    ("Hangul", ((0xAC00, 0xD7AF), (0x1100, 0x11FF), (0x3130, 0x318F))),
    ("Kana", ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F))),
    ("Han", ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF))),
)
ONE_LANGUAGE_SCRIPTS = {
    "Myanmar": "my",
    "Khmer": "km",
    "Thai": "th",
    "Kannada": "kn",
    "Tamil": "ta",
    "Bengali": "bn",
    "Arabic": "ur",
    "Hangul": "ko",
    "Kana": "ja",
    "Han": "zh",
}
STATISTICAL = {"Latin": ("en", "id", "tl", "vi", "pt", "es"), "Devanagari": ("hi", "mr", "ne")}
LINGUA_LATIN = ("en", "id", "ms", "tl", "vi", "pt", "es")
LINGUA_SURE = 0.5
# Hindi and Urdu differ in script, not in speech: typed in Latin letters they are one language.
CONFUSABLE = (frozenset({"id", "ms"}), frozenset({"hi", "mr", "ne"}), frozenset({"hi", "ur"}))
PROFILE_NAMES = {"zh": "zh-cn"}
SEED = 0
LANGDETECT_TRIALS = 3  # random walks per text (langdetect's default is 7): the same answers on our evaluation
# sets, in less than half the time


@dataclass(frozen=True)
class Detection:
    language: str | None
    confidence: float
    script: str | None

    def differs_confidently_from(self, chosen: str, *, minimum: float = LINGUA_SURE) -> bool:
        """Clearly another language than the worker's: never for a confusable pair."""
        if self.language is None or self.language == chosen or self.confidence < minimum:
            return False
        return not any({self.language, chosen} <= pair for pair in CONFUSABLE)


MIN_WORDS_FOR_A_SWITCH = 3


def suggests_switch(text: str, chosen: str, *, thorough: bool = True) -> str | None:
    """The language to offer the worker, when a reply of three or more words is confidently in another one.

    Short replies ("ok", "1", "ya") are noise to every detector and never suggest anything. ``thorough``: see
    :func:`detect_language`.
    """
    if len(text.split()) < MIN_WORDS_FOR_A_SWITCH and dominant_script(text) in (None, "Latin", "Devanagari"):
        return None
    detection = detect_language(text, thorough=thorough)
    return detection.language if detection.differs_confidently_from(chosen) else None


@lru_cache(maxsize=4096)  # one reply is read for flags, for an answer and for an offer: detect it once
def detect_language(text: str, *, thorough: bool = True) -> Detection:
    """The reply's language. For Latin text, ``thorough`` uses lingua's full models (about 130 MB once loaded);
    otherwise two light detectors must agree, lingua's low-accuracy models (about 14 MB) and langdetect, or
    the answer is None. The engine reads every open answer the light way, and loads the full models only for
    an unclear reply to a closed question."""
    script = dominant_script(text)
    if script is None:
        return Detection(None, 0.0, None)
    if script in ONE_LANGUAGE_SCRIPTS:
        if script == "Han":
            if "Kana" in _scripts(text):
                return Detection("ja", 0.99, "Kana")
            han, confidence = han_language(text)
            return Detection(han, confidence, script)
        return Detection(ONE_LANGUAGE_SCRIPTS[script], 0.99, script)
    candidates = STATISTICAL.get(script)
    if candidates is None:
        return Detection(None, 0.0, script)
    if script == "Latin":
        if (romanised := romanised_language(text)) is not None:
            return Detection(romanised[0], romanised[1], script)
        if not thorough:
            return _agreed(text, candidates)
        language, probability = _lingua(text)
        if language is None or probability < LINGUA_SURE:
            language, probability = _statistical(text, candidates)
        if language == "tl" and malay_not_tagalog(text):
            return Detection("ms", LINGUA_SURE, script)
        return Detection(language, probability, script)
    language, probability = _statistical(text, candidates)
    return Detection(language, probability, script)


OWN_SCRIPT_LETTERS = 3


def dominant_script(text: str) -> str | None:
    """The script of most of the letters (Kana wins over Han: Japanese mixes them), except that a word's worth of
    letters of another script wins over Latin: workers write English words inside their own language ("Sunday off
    မရှိဘူး forced OT every day"), rarely the other way round."""
    counts = _scripts(text)
    if not counts:
        return None
    if counts.get("Kana"):
        return "Kana"
    own = {script: n for script, n in counts.items() if script not in ("Latin", "Other")}
    if own and max(own.values()) >= OWN_SCRIPT_LETTERS:
        return max(own.items(), key=lambda item: item[1])[0]
    return max(counts.items(), key=lambda item: item[1])[0]


def _scripts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for script in map(_letter_script, text):
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    return counts


@lru_cache(maxsize=8192)  # the few thousand characters replies are written in
def _letter_script(character: str) -> str | None:
    """The script of a letter or combining mark; None for anything else (digits, spaces, punctuation, emoji)."""
    if not unicodedata.category(character).startswith(("L", "M")):
        return None
    return _script_of(ord(character))


def _script_of(code_point: int) -> str:
    for name, ranges in SCRIPT_RANGES:
        if any(start <= code_point <= end for start, end in ranges):
            return name
    return "Latin" if code_point < 0x0250 or 0x1E00 <= code_point <= 0x1EFF else "Other"


def _statistical(text: str, candidates: tuple[str, ...]) -> tuple[str | None, float]:
    detector = _factory(candidates).create()
    detector.n_trial = LANGDETECT_TRIALS
    detector.append(text)
    try:
        ranked = detector.get_probabilities()
    except LangDetectException:  # no letters it knows
        return None, 0.0
    best = ranked[0]
    return _our_code(best.lang), float(best.prob)


@cache
def _factory(candidates: tuple[str, ...]) -> DetectorFactory:
    """A langdetect factory that knows only ``candidates``, seeded so the same text always gives the same answer."""
    factory = DetectorFactory()
    profiles = resources.files("langdetect") / "profiles"
    factory.load_json_profile(
        [(profiles / PROFILE_NAMES.get(code, code)).read_text(encoding="utf-8") for code in candidates]
    )
    factory.set_seed(SEED)
    return factory


def _our_code(profile_name: str) -> str:
    return {"zh-cn": "zh", "zh-tw": "zh"}.get(profile_name, profile_name)


def _agreed(text: str, candidates: tuple[str, ...]) -> Detection:
    """What lingua's light models and langdetect both say, each sure of it; None where they differ."""
    first, first_probability = _lingua(text, light=True)
    second, second_probability = _statistical(text, candidates)
    if first == "tl" and malay_not_tagalog(text):
        first = "ms"
    if second == "tl" and malay_not_tagalog(text):
        second = "ms"
    if first != second and {first, second} <= {"id", "ms"}:
        # langdetect has no Malay, and lingua's light models often take Indonesian for it: the two are
        # confusable anyway, and Indonesian is the one more readers share.
        first = second = "id"
    if first is None or first != second or min(first_probability, second_probability) < LINGUA_SURE:
        return Detection(None, 0.0, "Latin")
    return Detection(first, min(first_probability, second_probability), "Latin")


def _lingua(text: str, *, light: bool = False) -> tuple[str | None, float]:
    ranked = (_lingua_light() if light else _lingua_latin()).compute_language_confidence_values(text)
    if not ranked:
        return None, 0.0
    best = ranked[0]
    return best.language.iso_code_639_1.name.lower(), float(best.value)


@cache
def _lingua_latin() -> LanguageDetector:
    """Models load lazily, per language, on first use: memory stays low until Latin text arrives."""
    languages = [IsoCode639_1.from_str(code) for code in LINGUA_LATIN]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*languages).build()


@cache
def _lingua_light() -> LanguageDetector:
    """Trigram models only: a tenth of the memory, less sure on short text (so never trusted alone)."""
    languages = [IsoCode639_1.from_str(code) for code in LINGUA_LATIN]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*languages).with_low_accuracy_mode().build()
