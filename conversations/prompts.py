"""How a step is put to the worker: its text, its numbered options, and the words that choose each option."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from conversations.answers import PREFER_NOT, PREFER_NOT_NUMBER, Choice
from conversations.effects import Button
from conversations.locales import BASE_LANGUAGE, Locales
from conversations.script import Question, QuestionType
from conversations.text import match_key
from conversations.vocabulary import Keyword, Vocabulary

GATE_CONTINUE, GATE_LATER, GATE_STOP = "continue", "later", "stop"

T = TypeVar("T")
_MEMO: dict[tuple[str, int, str, int], tuple[object, object, Any]] = {}
_MEMO_LIMIT = 8192

# ``None`` stands for the safety gate ("Is now a good and private time?"), which every contact opens with.
Step = Question | None


def vocabularies(language: str, locales: Locales) -> tuple[Vocabulary, ...]:
    """The worker's language first; English words work in every language."""
    own = locales.vocabulary(language)
    return (own,) if language == BASE_LANGUAGE else (own, locales.vocabulary(BASE_LANGUAGE))


def words(vocabularies: Iterable[Vocabulary], pick: Callable[[Vocabulary], Iterable[str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(word for vocabulary in vocabularies for word in pick(vocabulary)))


def answer_words(known: tuple[Vocabulary, ...], answer: str) -> tuple[str, ...]:
    """Yes or no words: the worker's language, then English, but English one-letter words only for English
    ("y" is Spanish for "and"; "n" and "u" stand for words in several languages)."""
    own = getattr(known[0], answer)
    english = tuple(w for v in known[1:] for w in getattr(v, answer) if len(w) > 1)
    return tuple(dict.fromkeys((*own, *english)))


def keyword_words(vocabularies: Iterable[Vocabulary], keyword: Keyword) -> tuple[str, ...]:
    return words(vocabularies, lambda v: v.keywords.get(keyword, ()))


_KEYWORD_KEYS: dict[tuple[tuple[int, ...], Keyword], tuple[tuple[Vocabulary, ...], frozenset[str]]] = {}


def keyword_keys(vocabularies: tuple[Vocabulary, ...], keyword: Keyword) -> frozenset[str]:
    """The match keys of :func:`keyword_words`: a reply is that keyword when its own match key is one of them
    (what ``is_phrase`` tells, without normalising every word of the list again for every message). Computed
    once per vocabularies; an entry keeps its vocabularies alive, so an ``id()`` in a key is never reused."""
    key = (tuple(id(v) for v in vocabularies), keyword)
    hit = _KEYWORD_KEYS.get(key)
    if hit is not None and hit[0] == vocabularies:
        return hit[1]
    if len(_KEYWORD_KEYS) >= _MEMO_LIMIT:
        _KEYWORD_KEYS.clear()
    keys = frozenset(match_key(word) for word in keyword_words(vocabularies, keyword))
    _KEYWORD_KEYS[key] = (vocabularies, keys)
    return keys


def label(step: Step, value: str, language: str, locales: Locales) -> str:
    if step is None:
        return locales.text(language, f"gate-{value}")
    if value == PREFER_NOT:
        return locales.text(language, "answer-prefer-not")
    if step.type is QuestionType.YES_NO:
        return locales.text(language, f"answer-{value}")
    return locales.text(language, step.option_message(value))


def choices(step: Step, language: str, locales: Locales) -> tuple[Choice, ...]:
    return _memo("choices", step, language, locales, lambda: _choices(step, language, locales))


def _choices(step: Step, language: str, locales: Locales) -> tuple[Choice, ...]:
    known = vocabularies(language, locales)
    if step is None:
        # "Is now a good and private time?" A no ("not now", "gak bisa") means later, never consent.
        return (
            Choice(number=1, value=GATE_CONTINUE, words=answer_words(known, "yes")),
            Choice(
                number=2, value=GATE_LATER, words=(*keyword_words(known, Keyword.LATER), *answer_words(known, "no"))
            ),
            Choice(number=3, value=GATE_STOP, words=keyword_words(known, Keyword.STOP)),
        )
    options: list[Choice]
    match step.type:
        case QuestionType.YES_NO:
            options = [
                Choice(number=1, value="yes", words=answer_words(known, "yes")),
                Choice(number=2, value="no", words=answer_words(known, "no")),
            ]
        case QuestionType.CHOICE:
            options = [
                Choice(number=i, value=value, words=(label(step, value, language, locales),))
                for i, value in enumerate(step.options, start=1)
            ]
        case QuestionType.NUMBER | QuestionType.OPEN:
            return ()
    if step.prefer_not_to_say:
        options.append(Choice(number=PREFER_NOT_NUMBER, value=PREFER_NOT, words=words(known, lambda v: v.prefer_not)))
    return tuple(options)


def prompt(step: Step, language: str, locales: Locales, *, with_text: bool = True) -> tuple[str, tuple[Button, ...]]:
    """The message that asks ``step`` (its text, then one numbered option per line) and its buttons."""
    kind = "prompt" if with_text else "options"
    return _memo(kind, step, language, locales, lambda: _prompt(step, language, locales, with_text=with_text))


def _prompt(step: Step, language: str, locales: Locales, *, with_text: bool) -> tuple[str, tuple[Button, ...]]:
    lines = [locales.text(language, step.text if step else "gate-ask")] if with_text else []
    if step is not None and step.type is QuestionType.NUMBER:
        lines.append(locales.text(language, "answer-number", min=step.min, max=step.max))
    options = [(c.number, label(step, c.value, language, locales)) for c in choices(step, language, locales)]
    lines += [f"{number} {text}" for number, text in options]
    return "\n".join(lines), tuple(Button(reply=str(number), label=text) for number, text in options)


def _memo(kind: str, step: Step, language: str, locales: Locales, compute: Callable[[], T]) -> T:
    """Prompts and choices depend only on the step, the language and the texts: compute each once.

    Entries keep their step and locales alive, so the ``id()`` in a key can never be reused by another object.
    """
    key = (kind, id(step), language, id(locales))
    hit = _MEMO.get(key)
    if hit is not None and hit[0] is step and hit[1] is locales:
        return hit[2]  # type: ignore[no-any-return]
    if len(_MEMO) >= _MEMO_LIMIT:
        _MEMO.clear()
    value = compute()
    _MEMO[key] = (step, locales, value)
    return value
