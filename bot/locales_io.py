"""``callbacks locales export / import``: every text of a language in a spreadsheet, for translators.

Export writes one row per message: language, file, id, the English source, the current translation and the
English comment as context. Import validates every row first (the language and message exist, the text is
valid Fluent, it uses exactly the English placeholders, select expressions keep a default variant) and
changes nothing at all if any row is wrong; the errors name their CSV line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from fluent.syntax import FluentParser, FluentSerializer, ast

from bot.i18n import locales_root, message_variables, variables_of
from conversations.locales import BASE_LANGUAGE

COLUMNS = ("language", "file", "id", "english", "translation", "context")


@dataclass(frozen=True)
class Change:
    language: str
    file: str
    message: ast.Message


class ImportRejected(ValueError):
    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        super().__init__("\n".join(errors))


def export_csv(languages: Iterable[str], root: Path | None = None) -> str:
    root = root or locales_root()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    english = _messages(root, BASE_LANGUAGE)
    for language in languages:
        own = _messages(root, language)
        for message_id, (file, message) in english.items():
            translated = own.get(message_id)
            context = message.comment.content if message.comment else ""
            writer.writerow(
                [language, file, message_id, _value(message), _value(translated[1]) if translated else "", context]
            )
    return out.getvalue()


def import_csv(text: str, root: Path | None = None) -> int:
    """Validate all rows, then write them; returns how many messages changed. Raises :class:`ImportRejected`."""
    root = root or locales_root()
    changes, errors = _validate(text, root)
    if errors:
        raise ImportRejected(errors)
    _apply(changes, root)
    return len(changes)


def _validate(text: str, root: Path) -> tuple[list[Change], list[str]]:
    english = _messages(root, BASE_LANGUAGE)
    variables = message_variables(root, BASE_LANGUAGE)
    languages = {p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))}
    rows = csv.DictReader(io.StringIO(text))
    missing = set(COLUMNS) - set(rows.fieldnames or ())
    if missing:
        return [], [f"line 1: missing columns {sorted(missing)}"]
    changes: list[Change] = []
    errors: list[str] = []
    for row in rows:
        line = rows.line_num
        language, message_id, translation = row["language"].strip(), row["id"].strip(), row["translation"]
        if not translation.strip():
            continue
        if language not in languages:
            errors.append(f"line {line}: no locale folder for language {language!r}")
            continue
        if message_id not in english:
            errors.append(f"line {line}: {message_id!r} is not an English message")
            continue
        message = _parse(message_id, translation)
        if isinstance(message, str):
            errors.append(f"line {line}: {message_id}: {message}")
            continue
        used = variables_of(message)
        if used != variables[message_id]:
            expected = sorted(variables[message_id])
            errors.append(f"line {line}: {message_id}: placeholders {sorted(used)} differ from English {expected}")
            continue
        changes.append(Change(language, english[message_id][0], message))
    return changes, errors


def _apply(changes: list[Change], root: Path) -> None:
    by_file: dict[tuple[str, str], list[ast.Message]] = {}
    for change in changes:
        by_file.setdefault((change.language, change.file), []).append(change.message)
    for (language, file), messages in by_file.items():
        path = root / language / file
        resource = FluentParser().parse(path.read_text(encoding="utf-8")) if path.exists() else ast.Resource([])
        for message in messages:
            for index, entry in enumerate(resource.body):
                if isinstance(entry, ast.Message) and entry.id.name == message.id.name:
                    message.comment = entry.comment
                    resource.body[index] = message
                    break
            else:
                resource.body.append(message)
        path.write_text(FluentSerializer(with_junk=True).serialize(resource), encoding="utf-8")


def _parse(message_id: str, translation: str) -> ast.Message | str:
    lines = translation.strip().splitlines()
    source = f"{message_id} = {lines[0]}\n" + "".join(f"    {line}\n" for line in lines[1:])
    resource = FluentParser().parse(source)
    entries = [e for e in resource.body if not isinstance(e, ast.Comment)]
    if len(entries) != 1 or not isinstance(entries[0], ast.Message) or entries[0].value is None:
        junk = next((e for e in entries if isinstance(e, ast.Junk)), None)
        notes = "; ".join(str(a.message) for a in junk.annotations) if junk else "not one message"
        return f"not valid Fluent ({notes})"
    return entries[0]


def _messages(root: Path, language: str) -> dict[str, tuple[str, ast.Message]]:
    found: dict[str, tuple[str, ast.Message]] = {}
    for path in sorted((root / language).glob("*.ftl")):
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message):
                found[entry.id.name] = (path.name, entry)
    return found


def _value(message: ast.Message) -> str:
    text = FluentSerializer().serialize_entry(ast.Message(message.id, message.value, message.attributes))
    body = text.split("=", 1)[1]
    return "\n".join(line.strip() for line in body.strip("\n").splitlines()).strip()
