"""Fluent messages and word lists from ``locales/<code>/``, as the ``Locales`` port of the pure core."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import datetime
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, Visitor, ast

from bot.vocabulary_cache import load_vocabulary
from conversations.flag_model import FlagModel
from conversations.locales import BASE_LANGUAGE
from conversations.vocabulary import Vocabulary

FLAG_MODEL_FILE = "flag_model.bin"


def locales_root() -> Path:
    return Path(str(resources.files("locales")))


def available_languages(root: Path | None = None) -> tuple[str, ...]:
    root = root or locales_root()
    return tuple(sorted(p.name for p in root.iterdir() if (p / "words.toml").is_file()))


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class FluentLocales:
    """Implements :class:`conversations.locales.Locales`. Missing messages fall back to English; a message
    missing everywhere is a programming error and raises ``KeyError`` instead of printing its id to a worker."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or locales_root()
        self.languages = available_languages(self.root)
        self._bundles: dict[str, FluentBundle] = {}  # parsed at a language's first message (20 take a second)
        self._vocabularies = {code: self._load_vocabulary(code) for code in self.languages}
        self._formatted: dict[tuple[object, ...], str] = {}  # texts are pure functions of their arguments

    def _bundle(self, code: str) -> FluentBundle | None:
        if code not in self.languages:
            return None
        bundle = self._bundles.get(code)
        if bundle is None:
            bundle = FluentBundle([code.replace("_", "-"), BASE_LANGUAGE], use_isolating=False)
            for path in sorted((self.root / code).glob("*.ftl")):
                bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
            self._bundles[code] = bundle
        return bundle

    @cached_property
    def flag_model(self) -> FlagModel | None:
        """``flag_model.bin`` beside the languages' folders, trained by ``tools/train_flag_model.py``."""
        path = self.root / FLAG_MODEL_FILE
        return FlagModel.from_bytes(path.read_bytes()) if path.is_file() else None

    def _load_vocabulary(self, code: str) -> Vocabulary:
        source = (self.root / code / "words.toml").read_bytes()
        return load_vocabulary(code, source, lambda: Vocabulary.from_data(code, tomllib.loads(source.decode())))

    def text(self, language: str, message_id: str, /, **args: str | int | datetime) -> str:
        key = (language, message_id, *sorted(args.items()))
        cached = self._formatted.get(key)
        if cached is None:
            cached = self._formatted[key] = self._format(language, message_id, args)
        return cached

    def _format(self, language: str, message_id: str, args: dict[str, str | int | datetime]) -> str:
        for code in (language, BASE_LANGUAGE):
            bundle = self._bundle(code)
            if bundle is not None and bundle.has_message(message_id):
                message = bundle.get_message(message_id)
                if message.value is None:
                    continue
                text, errors = bundle.format_pattern(message.value, args)
                if errors:
                    raise ValueError(f"{code}/{message_id}: {errors}")
                return str(text)
        raise KeyError(f"no message {message_id!r} in {language!r} or {BASE_LANGUAGE!r}")

    def vocabulary(self, language: str) -> Vocabulary:
        return self._vocabularies.get(language) or self._vocabularies[BASE_LANGUAGE]

    def has_message(self, language: str, message_id: str) -> bool:
        bundle = self._bundle(language)
        return bundle is not None and bundle.has_message(message_id)


@cache
def default_locales() -> FluentLocales:
    return FluentLocales()


def message_variables(root: Path, code: str) -> dict[str, set[str]]:
    """Every message id of a locale with the variables it uses, for completeness checks."""
    found: dict[str, set[str]] = {}
    for path in sorted((root / code).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                found[entry.id.name] = variables_of(entry)
    return found


def syntax_problems(root: Path, code: str) -> list[Problem]:
    """Fluent syntax errors (Junk entries), each with its file and line."""
    problems = []
    for path in sorted((root / code).glob("*.ftl")):
        source = path.read_text(encoding="utf-8")
        for entry in FluentParser().parse(source).body:
            if isinstance(entry, ast.Junk):
                line = source.count("\n", 0, entry.span.start if entry.span else 0) + 1
                notes = "; ".join(str(a.message) for a in entry.annotations) or "cannot be parsed"
                problems.append(Problem(f"{code}/{path.name}", line, notes))
    return problems


def variables_of(node: ast.BaseNode) -> set[str]:
    """The ``$variables`` a message (or any Fluent node) uses."""
    names: set[str] = set()

    class Collect(Visitor):
        def visit_VariableReference(self, variable: ast.VariableReference) -> None:
            names.add(variable.id.name)

    Collect().visit(node)
    return names
