"""What the case page shows, built from a :class:`storage.cases.CaseFile`: the worker's answers in the caller's
interface language beside the worker's own words, what raised each flag, the transcript with delivery states,
the worker's contact windows in both time zones, and the moments a call can be scheduled."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.channels.twilio import WHATSAPP_WINDOW
from bot.media import attachment_kind
from conversations.answers import PREFER_NOT
from conversations.engine import SKIPPED
from conversations.language_names import LANGUAGE_NAMES
from conversations.lexicon import MODEL_MARK
from conversations.locales import Locales
from conversations.prompts import label
from conversations.script import QuestionType, Script
from conversations.state import Conversation
from storage.cases import CaseFile
from storage.tables import Outbox

CATEGORY_NAMES = {
    "retaliation": "Retaliation",
    "wages": "Wages",
    "hours": "Working hours",
    "documents": "Documents kept",
    "recruitment_fees": "Recruitment fees",
    "movement": "Freedom of movement",
    "harassment": "Harassment",
    "violence": "Violence",
    "health_safety": "Health and safety",
    "child_labour": "Child labour",
    "discrimination": "Discrimination",
    "grievance_access": "Access to grievance",
    "contact_request": "Asked for a person",
}
SEVERITY_NAMES = {"P0": "P0 · immediate danger", "P1": "P1 · urgent", "P2": "P2 · routine"}
CANNED = (("caller-greeting", "Greeting"), ("caller-ask-time", "When can I call you?"), ("caller-closing", "Closing"))
CALL_SLOT = timedelta(minutes=30)
MAX_CALL_SLOTS = 36
SHOWN_WINDOWS = 3


@dataclass(frozen=True)
class Line:
    """One message of the transcript."""

    at: datetime
    direction: str  # "in" (the worker), "out" (the bot), "caller"
    who: str
    text: str
    state: str = ""  # delivery of an outgoing message
    media: tuple[tuple[str, str], ...] = ()  # (kind, URL of the authenticated proxy)


@dataclass(frozen=True)
class AnswerRow:
    question: str
    answer: str
    words: str


@dataclass(frozen=True)
class FlagRow:
    category: str
    severity: str
    raised_by: str
    at: datetime


@dataclass(frozen=True)
class WindowRow:
    worker_time: str
    caller_time: str


@dataclass(frozen=True)
class Slot:
    value: str  # ISO 8601, UTC
    label: str


def transcript(file: CaseFile, viewer_id: int | None) -> list[Line]:
    case_id = file.case.id
    lines = [
        Line(
            at=m.received_at,
            direction="in",
            who="Worker",
            text=m.text,
            media=tuple(
                (attachment_kind(a), f"/console/cases/{case_id}/media/{m.id}/{n}")
                for n, a in enumerate(m.attachments)
                if attachment_kind(a) != "edited"
            ),
            state="edited an earlier message" if any(attachment_kind(a) == "edited" for a in m.attachments) else "",
        )
        for m in file.inbound
    ]
    for m in file.outbound:
        author = file.authors.get(m.author_id) if m.author_id is not None else None
        who = "Bot" if m.author_id is None else ("You" if m.author_id == viewer_id else (author or "A caller"))
        lines.append(
            Line(
                at=m.sent_at or m.created_at,
                direction="out" if m.author_id is None else "caller",
                who=who,
                text=m.text,
                state=delivery_state(m),
            )
        )
    return sorted(lines, key=lambda line: line.at)


def delivery_state(message: Outbox) -> str:
    match message.status:
        case "pending" | "sending":
            state = "waiting to send" + (f" (last try: {message.error})" if message.error else "")
        case "failed":
            state = f"not sent: {message.error or 'failed'}"
        case "withdrawn":
            state = f"not sent: {message.error or 'taken back'}"
        case _:
            state = message.delivery_status or "sent"
    return "; ".join(part for part in (state, message.note) if part)


def answers(file: CaseFile, script: Script, locales: Locales, language: str) -> list[AnswerRow]:
    rows = []
    for answer in file.answers:
        try:
            question = script.question(answer.question)
        except KeyError:
            rows.append(AnswerRow(answer.question, answer.value, answer.text))
            continue
        if answer.value == SKIPPED:
            shown = "(skipped: no clear answer)"
        elif question.type is QuestionType.OPEN and answer.value != PREFER_NOT:
            shown = "(free text)"
        elif question.type is QuestionType.NUMBER and answer.value != PREFER_NOT:
            shown = answer.value
        else:
            shown = label(question, answer.value, language, locales)
        rows.append(AnswerRow(locales.text(language, question.text), shown, answer.text))
    return rows


def flags(file: CaseFile, script: Script, locales: Locales, language: str) -> list[FlagRow]:
    rows = []
    for flag in file.flags:
        question_text = ""
        if flag.question:
            try:
                question_text = locales.text(language, script.question(flag.question).text)
            except KeyError:
                question_text = flag.question
        match flag.source:
            case "answer":
                shown = flag.evidence or ""
                if flag.question and flag.evidence:
                    with contextlib.suppress(KeyError, ValueError):
                        shown = label(script.question(flag.question), flag.evidence, language, locales)
                raised_by = f"the answer “{shown}” to “{question_text}”"
            case "text":
                where = f" (answering “{question_text}”)" if question_text else ""
                raised_by = f"the worker's words matched “{flag.evidence or '?'}”{where}"
            case "model":
                where = f" (answering “{question_text}”)" if question_text else ""
                word = (flag.evidence or "").removeprefix(MODEL_MARK).strip() or "?"
                raised_by = f"the complaint model's guess from the worker's words, mostly “{word}”{where}: read them"
            case _:
                raised_by = f"the worker asked for a person: “{flag.evidence or 'HELP'}”"
        rows.append(FlagRow(CATEGORY_NAMES.get(flag.category, flag.category), flag.severity, raised_by, flag.raised_at))
    return rows


def windows(state: Conversation, now: datetime, caller_zone: str) -> list[WindowRow]:
    worker_zone = ZoneInfo(state.schedule.timezone)
    mine = ZoneInfo(caller_zone)
    rows = []
    for start, end in state.schedule.intervals(now):
        if end <= now:
            continue
        rows.append(WindowRow(_span(start, end, worker_zone), _span(start, end, mine)))
        if len(rows) == SHOWN_WINDOWS:
            break
    return rows


def call_slots(state: Conversation, now: datetime, caller_zone: str) -> list[Slot]:
    """Half-hour moments inside the worker's next windows, labelled in both time zones."""
    worker_zone, mine = ZoneInfo(state.schedule.timezone), ZoneInfo(caller_zone)
    earliest = now + timedelta(minutes=15)
    slots: list[Slot] = []
    for start, end in state.schedule.intervals(now):
        moment = max(start, _round_up(earliest, start))
        while moment < end and len(slots) < MAX_CALL_SLOTS:
            if state.schedule.contains(moment):
                worker = moment.astimezone(worker_zone).strftime("%a %d %b %H:%M")
                caller = moment.astimezone(mine).strftime("%a %H:%M")
                slots.append(Slot(moment.isoformat(), f"{worker} worker's time · {caller} your time"))
            moment += CALL_SLOT
        if len(slots) >= MAX_CALL_SLOTS:
            break
    return slots


def whatsapp_window_closed(channel: str, last_inbound_at: datetime | None, now: datetime) -> bool:
    """On WhatsApp only the approved template may be sent more than 24 hours after the worker's last message."""
    if channel != "whatsapp":
        return False
    return last_inbound_at is None or now - last_inbound_at >= WHATSAPP_WINDOW


def canned_replies(locales: Locales, language: str) -> list[tuple[str, str]]:
    """(what the button says, the text in the worker's language)."""
    return [(name, locales.text(language, message_id)) for message_id, name in CANNED]


def _span(start: datetime, end: datetime, zone: ZoneInfo) -> str:
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    ending = f"{local_end:%H:%M}" if local_end.date() == local_start.date() else f"{local_end:%a %d %b %H:%M}"
    return f"{local_start:%a %d %b %H:%M}–{ending} ({zone.key})"


def _round_up(moment: datetime, anchor: datetime) -> datetime:
    """The first slot boundary (counted from the window's start) at or after ``moment``."""
    if moment <= anchor:
        return anchor
    steps = -(-(moment - anchor) // CALL_SLOT)
    return anchor + steps * CALL_SLOT


def language_names(codes: list[str]) -> str:
    return ", ".join(LANGUAGE_NAMES.get(code, code) for code in codes)
