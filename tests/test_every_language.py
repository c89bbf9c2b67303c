"""A whole callback in each of the twenty languages, typed the way a worker would: the language's own yes and
no words, the option's words for a choice, and a sentence for each open question (no digits anywhere)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.i18n import available_languages, default_locales
from bot.scripts import load_builtin_script
from conversations.engine import step
from conversations.events import Enrolled, Event, MessageReceived, TimerFired
from conversations.prompts import label
from conversations.schedule import Schedule, parse_windows
from conversations.script import QuestionType
from conversations.state import Conversation, Status, TimerKind
from tests.helpers import CALM

START = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
EVAL = Path(__file__).parent / "language_eval"


def _neutral_sentence(code: str) -> str:
    items = [json.loads(line) for line in (EVAL / f"{code}.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return next(str(i["text"]) for i in items if i["kind"] == "neutral" and not any(c.isdigit() for c in i["text"]))


@pytest.mark.parametrize("code", available_languages())
def test_a_worker_finishes_the_whole_callback_typing_in_their_language(code: str) -> None:
    script, locales = load_builtin_script("default"), default_locales()
    vocabulary = locales.vocabulary(code)
    windows = parse_windows(("mon-sun 00:00-23:59",))
    state = Conversation(language=code, schedule=Schedule(timezone="Asia/Jakarta", windows=windows))
    now = START
    sent: list[str] = []

    def happen(event: Event) -> None:
        nonlocal state
        state, effects = step(state, event, script, now=now, tr=locales)
        sent.extend(getattr(e, "text", "") for e in effects)

    happen(Enrolled())
    happen(TimerFired(timer=TimerKind.CONTACT, due_at=now))
    typed = {"yes": vocabulary.yes[0], "no": vocabulary.no[0]}
    happen(MessageReceived(text=typed["yes"]))  # the safety gate: now is a good time
    for _ in range(len(script.questions) + 2):
        if state.status is not Status.ACTIVE:
            break
        question = script.question(str(state.step))
        now += timedelta(minutes=1)
        if question.type is QuestionType.OPEN:
            happen(MessageReceived(text=_neutral_sentence(code)))
        elif question.type is QuestionType.CHOICE:
            happen(MessageReceived(text=label(question, CALM[question.id], code, locales)))
        else:
            happen(MessageReceived(text=typed[CALM[question.id]]))
        if TimerKind.TURN in state.deadlines:  # an open answer waits briefly for more messages
            now = state.deadlines[TimerKind.TURN]
            happen(TimerFired(timer=TimerKind.TURN, due_at=now))
    assert state.status is Status.COMPLETED, f"{code}: stopped at {state.step} ({state.status}); last: {sent[-1]}"
    assert {k: v for k, v in state.answers.items() if k in CALM} == CALM
    assert state.flagged == ()
    assert state.language == code  # never switched without asking
