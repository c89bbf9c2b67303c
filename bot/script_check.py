"""``callbacks script check``: a script and its messages in every locale, with file and line of each error."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.i18n import FluentLocales, message_variables, syntax_problems
from bot.scripts import builtin_scripts_dir, load_script_file
from bot.sms import segments
from conversations.engine import question_text
from conversations.script import Script, ScriptError

DEFAULT_SEGMENT_LIMIT = 4


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    segments: dict[str, dict[str, int]] = field(default_factory=dict)  # language -> question -> segments

    @property
    def ok(self) -> bool:
        return not self.errors


def check(path: Path | None, *, segment_limit: int = DEFAULT_SEGMENT_LIMIT) -> Report:
    report = Report()
    path = path or builtin_scripts_dir() / "default.yaml"
    try:
        script = load_script_file(path)
    except ScriptError as error:
        report.errors += [str(p) for p in error.problems]
        return report
    except OSError as error:
        report.errors.append(f"{path}: cannot read: {error.strerror}")
        return report
    locales = FluentLocales()
    english = message_variables(locales.root, "en")
    for message_id in script.message_ids():
        if message_id not in english:
            report.errors.append(f"{path}: message {message_id!r} is not in locales/en")
    for code in locales.languages:
        report.errors += [str(p) for p in syntax_problems(locales.root, code)]
        own = message_variables(locales.root, code)
        for message_id in english:
            if message_id not in own:
                report.warnings.append(f"locales/{code}: {message_id!r} is missing (English is shown instead)")
            elif own[message_id] != english[message_id]:
                uses, base = sorted(own[message_id]), sorted(english[message_id])
                report.errors.append(f"locales/{code}: {message_id!r} uses {uses}, English {base}")
        if not report.ok:
            continue
        report.segments[code] = _segments(script, locales, code)
        for question, count in report.segments[code].items():
            if count > segment_limit:
                report.warnings.append(f"locales/{code}: {question} takes {count} SMS segments (limit {segment_limit})")
    return report


def _segments(script: Script, locales: FluentLocales, code: str) -> dict[str, int]:
    return {q.id: segments(question_text(q, code, locales)) for q in script.questions}
