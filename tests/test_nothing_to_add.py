"""A reply to "anything else?" that only says there is nothing more stays off the callers' reading list, in the
worker's language; a remark in the same language is read by a caller."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.i18n import default_locales
from bot.scripts import load_builtin_script
from conversations.effects import Effect, NeedsReading, RaiseFlag
from conversations.engine import step
from conversations.events import MessageReceived, TimerFired
from conversations.schedule import Schedule, parse_windows
from conversations.state import Conversation, Status, TimerKind
from tests.helpers import CALM

NOW = datetime(2026, 11, 30, 12, 3, tzinfo=UTC)
NOTHING_MORE = [
    ("id", "tidak ada lagi, terima kasih"),
    ("id", "gak ada lagi makasih"),
    ("my", "ဘာမှမရှိပါဘူး။ ကျေးဇူးတင်ပါတယ်"),
    ("my", "ba mha ma shi bu, kyay zu tin bar tal"),
    ("th", "ไม่มีค่ะ ขอบคุณค่ะ"),
    ("th", "ไม่มีอะไรแล้วครับ"),
    ("hi", "कुछ नहीं, धन्यवाद"),
    ("hi", "kuch nahi, shukriya"),
    ("zh", "没有了，谢谢"),
    ("es", "nada más, gracias"),
    ("es", "Nada mas gracias"),
    ("vi", "khong co gi, cam on"),
]
REMARKS = [  # "the canteen food could be better"
    ("id", "makanan di kantin bisa lebih enak"),
    ("my", "စားသောက်ဆောင်က အစားအစာ ပိုကောင်းသင့်တယ်"),
    ("th", "อาหารในโรงอาหารน่าจะอร่อยกว่านี้"),
    ("hi", "कैंटीन का खाना और अच्छा हो सकता है"),
    ("zh", "食堂的饭菜可以再好一点"),
    ("es", "la comida del comedor podría ser mejor"),
    ("vi", "đồ ăn ở căng tin có thể ngon hơn"),
]


def _answer_anything_else(language: str, text: str) -> list[Effect]:
    script, tr = load_builtin_script("default"), default_locales()
    schedule = Schedule(timezone="Asia/Jakarta", windows=parse_windows(("mon-fri 19:00-21:00",)))
    state = Conversation(language=language, schedule=schedule, status=Status.ACTIVE, step="anything_else", answers=CALM)
    state, effects = step(state, MessageReceived(text=text), script, now=NOW, tr=tr)
    due = state.deadlines[TimerKind.TURN]  # an open answer waits for more messages first
    state, more = step(state, TimerFired(timer=TimerKind.TURN, due_at=due), script, now=due, tr=tr)
    assert state.step == "improve"
    return [*effects, *more]


@pytest.mark.parametrize(("language", "text"), NOTHING_MORE)
def test_nothing_more_is_not_put_on_the_reading_list(language: str, text: str) -> None:
    effects = _answer_anything_else(language, text)
    assert not [e for e in effects if isinstance(e, NeedsReading | RaiseFlag)]


@pytest.mark.parametrize(("language", "text"), REMARKS)
def test_a_remark_in_the_same_language_is_read_by_a_caller(language: str, text: str) -> None:
    effects = _answer_anything_else(language, text)
    assert not [e for e in effects if isinstance(e, RaiseFlag)]
    assert [e for e in effects if isinstance(e, NeedsReading)] == [NeedsReading(question="anything_else", text=text)]


def test_words_the_model_takes_back_from_the_word_lists_are_read_by_a_caller_even_after_a_closed_question() -> None:
    """The word lists read "too hot" as a safety complaint; the model reads nothing of one (conversations/
    flag_model.py, "doubt"): no flag, but the words wait on the reading list, here after a yes/no question."""
    script, tr = load_builtin_script("default"), default_locales()
    schedule = Schedule(timezone="Asia/Jakarta", windows=parse_windows(("mon-fri 19:00-21:00",)))
    state = Conversation(language="en", schedule=schedule, status=Status.ACTIVE, step="wages_paid", answers=CALM)
    text = "weather too hot this week"
    state, effects = step(state, MessageReceived(text=text), script, now=NOW, tr=tr)
    if (due := state.deadlines.get(TimerKind.TURN)) is not None:  # a sentence waits for more messages first
        state, more = step(state, TimerFired(timer=TimerKind.TURN, due_at=due), script, now=due, tr=tr)
        effects = [*effects, *more]
    assert not [e for e in effects if isinstance(e, RaiseFlag)]
    assert [e for e in effects if isinstance(e, NeedsReading)] == [NeedsReading(question="wages_paid", text=text)]
