"""What ``step()`` asks the shell to do. Imperative; the shell saves them with the new state in one
transaction and sends messages only after the commit."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from conversations.vocabulary import Category, Severity


class _Effect(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Button(BaseModel):
    model_config = ConfigDict(frozen=True)

    reply: str  # what the button sends, e.g. "1"
    label: str


class SendText(_Effect):
    kind: Literal["send_text"] = "send_text"
    text: str
    buttons: tuple[Button, ...] = ()
    purpose: str  # "gate", "question:<id>", "reprompt:<id>", "reminder", "stop", "caller", ...
    author: int | None = None  # the caller who wrote it; None for the bot


class RecordAnswer(_Effect):
    kind: Literal["record_answer"] = "record_answer"
    question: str
    value: str  # an option value, "yes"/"no", a number, "prefer_not", "skipped" or free text
    text: str  # what the worker typed


FlagSource = Literal["answer", "text", "model", "request", "caller"]  # "model": conversations/flag_model.py


class RaiseFlag(_Effect):
    kind: Literal["raise_flag"] = "raise_flag"
    category: Category
    severity: Severity
    source: FlagSource
    question: str | None = None
    evidence: str | None = None  # what raised it, for the caller: the lexicon phrase, the answer, the keyword


class OpenCase(_Effect):
    kind: Literal["open_case"] = "open_case"
    severity: Severity
    categories: tuple[Category, ...]
    reason: str


class NeedsReading(_Effect):
    """The worker wrote freely and nothing was flagged, yet it is not "nothing to add": a caller of the language
    must read it (the reading list). ``question`` is the open question answered; None for words written after the
    end of the script."""

    kind: Literal["needs_reading"] = "needs_reading"
    question: str | None
    text: str


Effect = Annotated[
    SendText | RecordAnswer | RaiseFlag | OpenCase | NeedsReading,
    Field(discriminator="kind"),
]
