"""The port through which ``step()`` reads texts and words; ``bot/`` implements it with Fluent files."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from conversations.flag_model import FlagModel
from conversations.vocabulary import Vocabulary

BASE_LANGUAGE = "en"


class Locales(Protocol):
    languages: tuple[str, ...]  # the codes with a complete locale

    def text(self, language: str, message_id: str, /, **args: str | int | datetime) -> str:
        """The message in ``language`` (falling back to English), formatted with ``args``."""
        ...

    def vocabulary(self, language: str) -> Vocabulary:
        """The language's answer words, keywords and lexicon."""
        ...

    @property
    def flag_model(self) -> FlagModel | None:
        """The complaint model that reads free text beside the word lists (None: the word lists alone)."""
        ...
