"""A campaign's results as a client may see them: the one entry point for the dashboard, the CSV export and the
``callbacks results`` command. Raw counts come from :mod:`storage.results`; what may be shown is decided by
:func:`conversations.anonymity.disclose`; scripted texts are in the reader's language."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.scripts import load_builtin_script
from bot.web.case_view import CATEGORY_NAMES
from conversations.anonymity import (
    FREE_TEXT_THRESHOLD,
    WORKERS_THRESHOLD,
    Breakdown,
    Disclosure,
    Figure,
    Hidden,
    Release,
    Statistic,
    disclose,
)
from conversations.answers import PREFER_NOT
from conversations.engine import SKIPPED
from conversations.locales import Locales
from conversations.prompts import label
from conversations.script import AnswerAction, Question, QuestionType
from storage.results import RawResults, Weekly, count_results
from storage.tables import Campaign

FUNNEL = (
    ("enrolled", "Enrolled"),
    ("contacted", "Contacted"),
    ("replied", "Replied"),
    ("completed", "Completed the questions"),
    ("opted_out", "Opted out"),
)
SEVERITIES = (("P0", "P0 · immediate danger"), ("P1", "P1 · urgent"), ("P2", "P2 · routine"))
CASE_FIGURES = (("opened", "Handed to a caller"), ("closed", "Cases closed"))
WEEKLY = (
    ("completed_weekly", "Completed the questions", ("funnel:completed", "completed")),
    ("cases_opened_weekly", "Handed to a caller", ("cases:opened", "opened")),
    ("cases_closed_weekly", "Cases closed", ("cases:closed", "closed")),
    ("free_text_weekly", "Raised something in their own words", None),
)
MEDIAN = "median_hours_to_close"
NO_ANSWER = "no_answer"  # prefer not to say, or no clear answer (skipped after re-prompts)


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    figure: Figure
    threshold: int

    @property
    def count(self) -> int | None:
        return self.figure if isinstance(self.figure, int) else None

    @property
    def shown(self) -> str:
        return shown(self.figure, self.threshold)


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    rows: tuple[Row, ...]
    total: Row | None = None


@dataclass(frozen=True)
class Results:
    campaign_id: int
    name: str
    facility: str
    country: str
    status: str
    language: str
    release: Release
    funnel: Table | None = None
    questions: tuple[Table, ...] = ()
    flag_categories: Table | None = None
    flag_severities: Table | None = None
    cases: Table | None = None
    median_hours_to_close: float | Hidden | None = None
    weekly: tuple[Table, ...] = ()


def shown(figure: Figure | float | None, threshold: int) -> str:
    if figure is Hidden.FEWER:
        return f"fewer than {threshold}"
    if figure is Hidden.WITHHELD:
        return "withheld"
    return "" if figure is None else f"{figure:g}" if isinstance(figure, float) else str(figure)


async def campaign_results(
    session: AsyncSession,
    campaign: Campaign,
    *,
    now: datetime,
    language: str,
    delay_days: int,
    locales: Locales,
) -> Results:
    assert campaign.id is not None
    script = load_builtin_script(campaign.script)
    # A question that can end the conversation (consent) is a gate, not a finding: its "no" is in the funnel.
    closed = [q for q in script.questions if q.is_closed and AnswerAction.STOP not in q.on_answer.values()]
    base = Results(
        campaign.id,
        campaign.name,
        campaign.facility,
        campaign.country,
        campaign.status,
        language,
        release=disclose(
            [],
            status=campaign.status,
            contact_ends_on=campaign.contact_ends_on,
            timezone=campaign.timezone,
            delay_days=delay_days,
            now=now,
        ).release,
    )
    if not base.release.released:  # nothing is even counted before the release
        return base
    raw = await count_results(
        session, campaign.id, closed_questions=[q.id for q in closed], final_question=script.questions[-1].id
    )
    breakdowns = breakdowns_of(raw, closed)
    statistics = []
    if raw.cases.median_hours_to_close is not None:
        statistics.append(Statistic(MEDIAN, raw.cases.median_hours_to_close, workers=raw.cases.closed))
    disclosure = disclose(
        breakdowns,
        statistics,
        status=campaign.status,
        contact_ends_on=campaign.contact_ends_on,
        timezone=campaign.timezone,
        delay_days=delay_days,
        now=now,
    )
    return _labelled(base, disclosure, closed, locales, language)


def breakdowns_of(raw: RawResults, closed: list[Question]) -> list[Breakdown]:
    funnel = raw.funnel
    breakdowns = [Breakdown(f"funnel:{key}", ((key, getattr(funnel, key)),)) for key, _label in FUNNEL]
    breakdowns += [Breakdown(f"cases:{key}", ((key, getattr(raw.cases, key)),)) for key, _label in CASE_FIGURES]
    for question in closed:
        counts = dict(raw.answers.get(question.id, {}))
        # "Prefer not to say" and "no clear answer" are one row: a row that is nearly always empty would
        # otherwise be worked out as 0 and take a real figure down with it.
        counts[NO_ANSWER] = counts.pop(PREFER_NOT, 0) + counts.pop(SKIPPED, 0)
        parts = tuple((value, counts.get(value, 0)) for value in _values(question, counts))
        breakdowns.append(Breakdown(f"question:{question.id}", parts, total=sum(counts.values())))
    breakdowns.append(
        Breakdown(
            "flags:category",
            tuple((c, raw.free_text_categories.get(c, 0)) for c in CATEGORY_NAMES),
            threshold=FREE_TEXT_THRESHOLD,
        )
    )
    breakdowns.append(
        Breakdown(
            "flags:severity",
            tuple((s, raw.free_text_severities.get(s, 0)) for s, _label in SEVERITIES),
            threshold=FREE_TEXT_THRESHOLD,
        )
    )
    weeks = _weeks(raw)
    for key, _title, total_of in WEEKLY:
        series: Weekly = getattr(raw, key)
        parts = tuple((monday.isoformat(), series.get(monday, 0)) for monday in weeks)
        threshold = FREE_TEXT_THRESHOLD if key == "free_text_weekly" else WORKERS_THRESHOLD
        breakdowns.append(
            Breakdown(f"weekly:{key}", parts, total=sum(series.values()), threshold=threshold, total_of=total_of)
        )
    return breakdowns


def _values(question: Question, counts: dict[str, int]) -> list[str]:
    """The question's answers in script order, then "no clear answer", then any other value recorded."""
    if question.type is QuestionType.NUMBER:
        numbers = sorted(
            (v for v in counts if v != NO_ANSWER), key=lambda v: (not v.isdecimal(), int(v) if v.isdecimal() else 0, v)
        )
        return [*numbers, NO_ANSWER]
    values = [*(v for v in question.values() if v != PREFER_NOT), NO_ANSWER]
    return values + sorted(v for v in counts if v not in values)


def _weeks(raw: RawResults) -> list[date]:
    """Every week from the first to the last with anything in it (a quiet week is a week too)."""
    found = [m for key, _title, _total_of in WEEKLY for m in getattr(raw, key)]
    if not found:
        return []
    first, last = min(found), max(found)
    return [first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]


def _labelled(
    base: Results, disclosure: Disclosure, closed: list[Question], locales: Locales, language: str
) -> Results:
    visible = disclosure.breakdowns

    def single(prefix: str, key: str, title: str) -> Row:
        part = visible[f"{prefix}:{key}"]
        return Row(key, title, part.figure(key), part.threshold)

    def table(key: str, title: str, names: dict[str, str]) -> Table:
        part = visible[key]
        rows = tuple(Row(k, names.get(k, k), figure, part.threshold) for k, figure in part.parts)
        total = Row("total", "All", part.total, part.threshold) if part.total is not None else None
        return Table(key, title, rows, total)

    questions = []
    for question in closed:
        parts = visible[f"question:{question.id}"].parts
        names = {value: _answer_label(question, value, language, locales) for value, _figure in parts}
        questions.append(table(f"question:{question.id}", locales.text(language, question.text), names))
    weekly = []
    for key, title, _total_of in WEEKLY:
        names = {k: f"Week of {date.fromisoformat(k):%d %b %Y}" for k, _ in visible[f"weekly:{key}"].parts}
        weekly.append(table(f"weekly:{key}", title, names))
    return Results(
        **{
            **base.__dict__,
            "funnel": Table("funnel", "Response", tuple(single("funnel", k, t) for k, t in FUNNEL)),
            "questions": tuple(questions),
            "flag_categories": table(
                "flags:category", "Raised in workers' own words, by category", dict(CATEGORY_NAMES)
            ),
            "flag_severities": table("flags:severity", "Raised in workers' own words, by severity", dict(SEVERITIES)),
            "cases": Table("cases", "Cases", tuple(single("cases", k, t) for k, t in CASE_FIGURES)),
            "median_hours_to_close": disclosure.statistics.get(MEDIAN),
            "weekly": tuple(weekly),
        }
    )


def _answer_label(question: Question, value: str, language: str, locales: Locales) -> str:
    if value == NO_ANSWER:
        return f"{locales.text(language, 'answer-prefer-not')} / unclear"
    if question.type is QuestionType.NUMBER and value.isdecimal():
        return value
    try:
        return label(question, value, language, locales)
    except (KeyError, ValueError):
        return value


def release_notice(release: Release) -> str:
    if release.released:
        return ""
    if release.release_on is None:
        return "Results will be released when the campaign is closed."
    return f"Results will be released on {release.release_on:%d %B %Y}."


# --- export ---------------------------------------------------------------------------------------------------


def tables(results: Results) -> list[Table]:
    found = [results.funnel, *results.questions, results.flag_categories, results.flag_severities, results.cases]
    return [t for t in (*found, *results.weekly) if t is not None]


def as_csv(results: Results) -> str:
    """One row per figure: section, item, what it is, workers (empty when hidden), what is shown."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["campaign", "section", "item", "label", "workers", "shown"])
    name = f"{results.name} ({results.facility})" if results.facility else results.name
    if not results.release.released:
        writer.writerow([name, "release", "", release_notice(results.release), "", ""])
        return out.getvalue()
    for table in tables(results):
        for row in (*table.rows, *((table.total,) if table.total else ())):
            count = "" if row.count is None else str(row.count)
            writer.writerow([name, table.title, row.key, row.label, count, row.shown])
    median = results.median_hours_to_close
    if median is not None:
        value = f"{median:g}" if isinstance(median, float) else ""
        writer.writerow([name, "Cases", MEDIAN, "Median hours to close", value, shown(median, 5)])
    return out.getvalue()


def as_json(results: Results) -> dict[str, Any]:
    release = results.release
    data: dict[str, Any] = {
        "campaign": {
            "id": results.campaign_id,
            "name": results.name,
            "facility": results.facility,
            "country": results.country,
            "status": results.status,
        },
        "language": results.language,
        "released": release.released,
        "release_on": release.release_on.isoformat() if release.release_on else None,
    }
    if not release.released:
        data["notice"] = release_notice(release)
        return data
    data["tables"] = [
        {
            "key": table.key,
            "title": table.title,
            "rows": [_row_json(row) for row in table.rows],
            "total": _row_json(table.total) if table.total else None,
        }
        for table in tables(results)
    ]
    median = results.median_hours_to_close
    data[MEDIAN] = median if isinstance(median, float) else None
    if median is Hidden.FEWER:
        data[f"{MEDIAN}_shown"] = shown(median, 5)
    return data


def as_text(results: Results) -> str:
    """A plain table for a terminal or a mail."""
    heading = f"{results.name}" + (f" · {results.facility}" if results.facility else "")
    lines = [heading, "=" * len(heading)]
    if not results.release.released:
        return "\n".join([*lines, release_notice(results.release), ""])
    for table in tables(results):
        lines += ["", table.title, "-" * len(table.title)]
        width = max((len(row.label) for row in table.rows), default=3)
        for row in (*table.rows, *((table.total,) if table.total else ())):
            lines.append(f"  {row.label:<{width}}  {row.shown:>15}")
    median = results.median_hours_to_close
    if median is not None:
        lines += ["", f"Median hours to close a case: {shown(median, 5)}"]
    return "\n".join([*lines, ""])


def _row_json(row: Row) -> dict[str, Any]:
    return {"key": row.key, "label": row.label, "workers": row.count, "shown": row.shown}
