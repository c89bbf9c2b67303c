"""``step()``: the only way a conversation changes. Pure: the clock and the texts come in as arguments."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from conversations.answers import PREFER_NOT, Choice, is_phrase, parse_choice, parse_number
from conversations.effects import (
    Button,
    Effect,
    FlagSource,
    NeedsReading,
    OpenCase,
    RaiseFlag,
    RecordAnswer,
    SendText,
)
from conversations.events import (
    AddressBound,
    CallerFlagged,
    CallerWrote,
    CallScheduled,
    CampaignClosed,
    CaseClosed,
    DeliveryFailed,
    Enrolled,
    Event,
    FirstContactWithdrawn,
    MessageReceived,
    MessageSent,
    TimerFired,
)
from conversations.language import suggests_switch
from conversations.lexicon import CLAUSES, TextFlag, read_text
from conversations.locales import Locales
from conversations.prompts import choices, keyword_keys, prompt, vocabularies, words
from conversations.script import GATE, AnswerAction, Question, QuestionType, Script
from conversations.state import Conversation, Status, TimerKind
from conversations.text import match_key
from conversations.vocabulary import Category, Keyword, Severity, Vocabulary, most_severe
from conversations.zawgyi import readings

SKIPPED = "skipped"
UNSURE = "unsure"
# After an open answer, a reply to "continue in X?" is short ("1", "हाँ जी", "ใช่ค่ะ"); anything longer is the
# worker still telling their story, even when it contains a yes word ("... देता है").
OFFER_REPLY_WORDS, OFFER_REPLY_CHARACTERS = 2, 24  # characters: a Burmese or Thai yes-phrase is long


class Transition(NamedTuple):
    conversation: Conversation
    effects: tuple[Effect, ...]


def step(conversation: Conversation, event: Event, script: Script, *, now: datetime, tr: Locales) -> Transition:
    """Apply one event. Returns the new state and the effects to save with it, in order."""
    turn = _Turn(conversation, script, now, tr)
    match event:
        case Enrolled(awaiting_address=awaiting):
            turn.on_enrolled(awaiting)
        case AddressBound():
            turn.on_address_bound()
        case MessageReceived(text=text, attachments=attachments):
            turn.on_message(text, attachments)
        case TimerFired(timer=timer, due_at=due_at):
            if conversation.deadlines.get(timer) == due_at:
                turn.drop_deadline(timer)
                turn.on_timer(timer)
        case MessageSent():
            turn.on_late_send()
        case DeliveryFailed(opted_out=opted_out):
            turn.on_delivery_failed(opted_out)
        case CaseClosed(resume=resume):
            turn.on_case_closed(resume)
        case CallerWrote(caller=caller, text=text, template=template):
            turn.on_caller_wrote(caller, text, template)
        case CallScheduled(caller=caller, at=at):
            turn.on_call_scheduled(caller, at)
        case CallerFlagged(category=category, severity=severity):
            turn.on_caller_flagged(category, severity)
        case CampaignClosed():
            turn.on_campaign_closed()
        case FirstContactWithdrawn():
            turn.on_first_contact_withdrawn()
    return turn.result()


@dataclass
class _Turn:
    """Accumulates the changes of one step; nothing leaves it but :meth:`result`."""

    before: Conversation
    script: Script
    now: datetime
    tr: Locales
    changes: dict[str, Any] = field(default_factory=dict)
    effects: list[Effect] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)  # said at the start of the next message, so it is one SMS

    # --- reading the state being built ---------------------------------------------------------------------

    _state: Conversation | None = None

    @property
    def state(self) -> Conversation:
        if self._state is None:
            self._state = self.before.model_copy(update=self.changes) if self.changes else self.before
        return self._state

    def set(self, **changes: Any) -> None:
        self.changes.update(changes)
        self._state = None

    def result(self) -> Transition:
        if self.lead:
            self.send("", "notice")
        return Transition(self.state, tuple(self.effects))

    @property
    def vocabularies(self) -> tuple[Vocabulary, ...]:
        return vocabularies(self.state.language, self.tr)

    def text(self, message_id: str, **args: str | int | datetime) -> str:
        return self.tr.text(self.state.language, message_id, **args)

    def send(self, text: str, purpose: str, buttons: tuple[Button, ...] = (), author: int | None = None) -> None:
        whole = "\n".join(part for part in (*self.lead, text) if part)
        self.lead.clear()
        self.effects.append(SendText(text=whole, buttons=buttons, purpose=purpose, author=author))

    def say_first(self, text: str) -> None:
        self.lead.append(text)

    # --- deadlines --------------------------------------------------------------------------------------------

    def set_deadline(self, kind: TimerKind, at: datetime) -> None:
        self.set(deadlines={**self.state.deadlines, kind: at})

    def drop_deadline(self, *kinds: TimerKind) -> None:
        self.set(deadlines={k: v for k, v in self.state.deadlines.items() if k not in kinds})

    def arm_reminder(self) -> None:
        if self.state.reminders_sent < self.script.settings.reminders:
            self.set_deadline(TimerKind.REMINDER, self.state.schedule.next_window_start(self.now))
        else:
            self.drop_deadline(TimerKind.REMINDER)

    def arm_expiry(self) -> None:
        silence = timedelta(days=self.script.settings.expiry_days)
        self.set_deadline(TimerKind.EXPIRY, self.state.schedule.next_moment(self.now + silence))

    # --- events -----------------------------------------------------------------------------------------------

    def on_enrolled(self, awaiting_address: bool) -> None:
        if awaiting_address:
            self.set(status=Status.AWAITING_ADDRESS)
        elif self.state.status is Status.SCHEDULED and TimerKind.CONTACT not in self.state.deadlines:
            self.set_deadline(TimerKind.CONTACT, self.state.schedule.next_moment(self.now))

    def on_campaign_closed(self) -> None:
        if self.state.first_contact_at is None and self.state.status in (Status.SCHEDULED, Status.AWAITING_ADDRESS):
            self.drop_deadline(TimerKind.CONTACT)

    def on_first_contact_withdrawn(self) -> None:
        """Undo :meth:`open_contact` when its message was taken back unsent, unless the worker has written since."""
        state = self.state
        if state.status is not Status.ACTIVE or state.step != GATE or state.last_inbound_at is not None:
            return
        self.set(status=Status.SCHEDULED, step=None, pending=(), first_contact_at=None, reminders_sent=0)
        self.drop_deadline(TimerKind.REMINDER, TimerKind.EXPIRY, TimerKind.TURN)
        self.set_deadline(TimerKind.CONTACT, self.now)  # held by the campaign; at the next window once released

    def on_address_bound(self) -> None:
        if self.state.status is not Status.AWAITING_ADDRESS:
            return
        self.set(status=Status.SCHEDULED)
        self.send(self.text("connected"), "connected")
        self.set_deadline(TimerKind.CONTACT, self.state.schedule.next_moment(self.now))

    def on_timer(self, timer: TimerKind) -> None:
        status = self.state.status
        if timer in (TimerKind.CONTACT, TimerKind.REMINDER) and not self.state.schedule.contains(self.now):
            # Late (the service was down): never contact outside the worker's windows.
            self.set_deadline(timer, self.state.schedule.next_moment(self.now))
            return
        match timer:
            case TimerKind.CONTACT if status is Status.SCHEDULED:
                self.open_contact()
            case TimerKind.REMINDER if status is Status.ACTIVE:
                self.set(reminders_sent=self.state.reminders_sent + 1)
                self.set(offered_language=None, offer_holds_question=False)  # an offer left unanswered lapses
                self.say_first(self.text("reminder"))
                self.ask_current(purpose=f"reminder:{self.state.step}")
                self.arm_reminder()
            case TimerKind.EXPIRY if status in (Status.ACTIVE, Status.SCHEDULED):
                self.set(status=Status.EXPIRED, step=None, pending=(), deadlines={})
            case TimerKind.TURN if status is Status.ACTIVE and self.state.pending:
                self.answer_turn(" ".join(self.state.pending))

    def on_message(self, text: str, attachments: tuple[str, ...]) -> None:
        state = self.state
        if state.status is Status.OPTED_OUT and self.keyword(text) is Keyword.START:
            self.set(last_inbound_at=self.now)
            self.say_first(self.text("resubscribed"))
            self.open_contact()
            return
        if state.status in (Status.OPTED_OUT, Status.AWAITING_ADDRESS) or not (text.strip() or attachments):
            return
        self.set(last_inbound_at=self.now, reminders_sent=0)
        keyword = self.keyword(text)
        if keyword is Keyword.STOP:
            self.opt_out(confirm=True)
            return
        if state.status is Status.WITH_CALLER:
            return  # the caller reads it; the bot stays silent
        if keyword is Keyword.HELP:
            self.flag(Category.CONTACT_REQUEST, Severity.P1, "request", None, evidence=text.strip()[:100])
            self.escalate("asked for a person")
            return
        if state.status in (Status.COMPLETED, Status.EXPIRED):
            if state.status is Status.COMPLETED:
                found = self.flag_text(text, question=None)
                if any(f.severity in self.script.settings.handoff_at for f in found):
                    self.escalate("wrote again after finishing")
                elif not found:
                    self.read_later(None, text)
                return
            self.open_contact()  # a late reply after expiry: start again, safely
            return
        if keyword is Keyword.LATER:
            self.reschedule()
            return
        if state.status is Status.SCHEDULED:
            self.flag_text(text, question=None)
            self.open_contact()
            return
        self.arm_expiry()
        if state.offered_language is not None and self.answer_language_offer(text):
            return
        self.set(pending=(*state.pending, text.strip()) if text.strip() else state.pending)
        if attachments:
            # Only the kind ("[voice]"): file ids must never be read as an answer. The files stay with the message.
            self.set(pending=(*self.state.pending, *(f"[{a.split(':', 1)[0]}]" for a in attachments)))
        question = self.current_question()
        combined = " ".join(self.state.pending)
        if question is None or question.is_closed:
            if self.parse(question, combined) is not None:
                self.answer_turn(combined)
                return
            wait = self.script.settings.settle_seconds
        else:
            if self.parse(question, combined) == PREFER_NOT:  # "9" or "skip" is a whole answer
                self.answer_turn(combined)
                return
            wait = self.script.settings.open_settle_seconds
        self.set_deadline(TimerKind.TURN, self.now + timedelta(seconds=wait))

    def on_late_send(self) -> None:
        """Reminders and expiry count from when the worker could first see the question, not from when we wrote it."""
        if self.state.status is not Status.ACTIVE:
            return
        if TimerKind.REMINDER in self.state.deadlines:
            self.set_deadline(TimerKind.REMINDER, self.state.schedule.next_window_start(self.now))
        if TimerKind.EXPIRY in self.state.deadlines:
            self.arm_expiry()

    def on_delivery_failed(self, opted_out: bool) -> None:
        if not self.state.status.is_final and opted_out:
            self.opt_out(confirm=False)

    def on_case_closed(self, resume: bool) -> None:
        if self.state.status is not Status.WITH_CALLER:
            return
        self.set(escalation=None)
        if resume:
            self.set(status=Status.ACTIVE)
            self.say_first(self.text("resumed"))
            self.arm_expiry()
            self.advance()
        else:
            self.set(status=Status.COMPLETED, step=None, pending=(), deadlines={})
            self.send(self.text("case-end"), "case-end")

    def on_caller_wrote(self, caller: int, text: str, template: bool) -> None:
        """Only while the worker's case is held: a worker who stopped contact is never written to again."""
        if self.state.status is not Status.WITH_CALLER:
            return
        if template:
            self.send(self.text("whatsapp-first-contact"), "caller-template", author=caller)
        elif text.strip():
            self.send(text.strip(), "caller", author=caller)

    def on_caller_flagged(self, category: Category, severity: Severity) -> None:
        """A person judged the worker's words a complaint: a case opens, whatever the severity (a worker who
        stopped contact is recorded, never written to)."""
        self.flag(category, severity, "caller", None, evidence="flagged by a caller who read the worker's words")
        if self.state.status is Status.OPTED_OUT:
            return
        if self.state.status is Status.WITH_CALLER:
            self.effects.append(
                OpenCase(severity=severity, categories=(category,), reason="a caller flagged the worker's words")
            )
            return
        self.escalate("a caller flagged the worker's words")

    def on_call_scheduled(self, caller: int, at: datetime) -> None:
        schedule = self.state.schedule
        if self.state.status is not Status.WITH_CALLER or not schedule.contains(at):
            return
        # Fluent's DATETIME formats wall-clock time: the worker's own.
        local = at.astimezone(ZoneInfo(schedule.timezone)).replace(tzinfo=None)
        self.send(self.text("call-scheduled", when=local), "call-scheduled", author=caller)

    # --- the conversation -------------------------------------------------------------------------------------

    def open_contact(self) -> None:
        first = self.state.first_contact_at is None
        self.set(
            status=Status.ACTIVE,
            step=GATE,
            pending=(),
            invalid_attempts=0,
            first_contact_at=self.state.first_contact_at or self.now,
        )
        self.drop_deadline(TimerKind.CONTACT, TimerKind.TURN)
        self.say_first(self.text("gate-first" if first else "gate-again"))
        self.ask_current()
        self.arm_reminder()
        self.arm_expiry()

    def current_question(self) -> Question | None:
        step_id = self.state.step
        return None if step_id in (None, GATE) else self.script.question(step_id)

    def ask_current(self, *, with_text: bool = True, purpose: str | None = None) -> None:
        question = self.current_question()
        text, buttons = prompt(question, self.state.language, self.tr, with_text=with_text)
        step_id = self.state.step or GATE
        self.send(text, purpose or (GATE if step_id == GATE else f"question:{step_id}"), buttons)

    def parse(self, question: Question | None, text: str) -> str | None:
        """The answer ``text`` gives, trying it as typed and then, for Burmese typed in Zawgyi, as Unicode."""
        for reading in readings(text):
            value = self._parse_reading(question, reading)
            if value is not None:
                return text if value == reading and reading != text else value
        return None

    def _parse_reading(self, question: Question | None, text: str) -> str | None:
        spaced = self.vocabularies[0].spaced
        if question is not None and question.type is QuestionType.NUMBER:
            prefer = words(self.vocabularies, lambda v: v.prefer_not) if question.prefer_not_to_say else ()
            return parse_number(text, minimum=question.min, maximum=question.max, prefer_not_words=prefer)
        if question is not None and question.type is QuestionType.OPEN:
            skip = is_phrase(text, words(self.vocabularies, lambda v: v.prefer_not)) or text.strip() == "9"
            return PREFER_NOT if skip else text
        options = choices(question, self.state.language, self.tr)
        if question is not None and not question.prefer_not_to_say:
            # "I don't know" ("hindi ko alam" holds "hindi", no) must not read as a no where no stops contact.
            unsure = Choice(number=-1, value=UNSURE, words=words(self.vocabularies, lambda v: v.prefer_not))
            options = (*options, unsure)
        value = parse_choice(text, options, spaced=spaced)
        if value is None:  # a sentence that starts with the answer alone: "yes, they keep my passport"
            first = CLAUSES.split(text, maxsplit=1)[0]
            answer_words = tuple(word for option in options for word in option.words)
            if first != text and (match_key(first).isdecimal() or is_phrase(first, answer_words)):
                value = parse_choice(first, options, spaced=spaced)
        return None if value == UNSURE else value

    def answer_turn(self, text: str) -> None:
        """Take the worker's turn as the answer to the current step, or re-prompt, or skip after repeated failures."""
        self.set(pending=())
        self.drop_deadline(TimerKind.TURN)
        question = self.current_question()
        value = self.parse(question, text)
        found = self.flag_text(text, question=question.id if question else None)
        if self.state.escalation is Severity.P0:
            self.escalate("immediate danger in the worker's words")
            return
        if value is None and self.offer_language(text):
            return
        if value is None:
            if self.state.invalid_attempts < self.script.settings.max_reprompts:
                self.set(invalid_attempts=self.state.invalid_attempts + 1)
                self.say_first(self.text("reprompt"))
                self.ask_current(with_text=False, purpose=f"reprompt:{self.state.step}")
                return
            value = SKIPPED
            if question is None:  # a gate nobody can read: treat as "not now", never as consent
                self.reschedule()
                return
            self.say_first(self.text("moving-on"))
        if question is None:
            self.answer_gate(value)
            return
        if question.type is QuestionType.OPEN and value != PREFER_NOT and not found:
            self.read_later(question.id, text)
        self.answer_question(question, value, text)

    # --- another language ----------------------------------------------------------------------------------

    def offer_language(self, text: str, *, holds_question: bool = False) -> bool:
        """A reply clearly in another language we have: ask, in that language, whether to continue in it.

        After an open answer (``holds_question``) the language is detected the light way: lingua's full models
        for Latin-script languages (130 MB) are worth loading only for a reply to a closed question that could
        not be read."""
        offered = suggests_switch(text, self.state.language, thorough=not holds_question)
        if offered is None or offered not in self.tr.languages or offered in self.state.languages_offered:
            return False
        self.set(
            offered_language=offered,
            languages_offered=(*self.state.languages_offered, offered),
            offer_holds_question=holds_question,
        )
        lines = [self.tr.text(offered, "switch-offer")]
        buttons = []
        for number, value in ((1, "yes"), (2, "no")):
            label = self.tr.text(offered, f"answer-{value}")
            lines.append(f"{number} {label}")
            buttons.append(Button(reply=str(number), label=label))
        self.send("\n".join(lines), "switch-offer", tuple(buttons))
        return True

    def answer_language_offer(self, text: str) -> bool:
        """The reply to "continue in X?": switch or not, then ask the current question (again). When the reply is
        not a yes or a no, the offer lapses: after an unclear closed answer the reply is read as usual (False);
        after an open answer it is read for complaints and the next question is asked."""
        offered, holds_question = self.state.offered_language, self.state.offer_holds_question
        assert offered is not None
        self.set(offered_language=None, offer_holds_question=False)
        known = (*vocabularies(offered, self.tr), *self.vocabularies)
        options = (
            Choice(number=1, value="yes", words=words(known, lambda v: v.yes)),
            Choice(number=2, value="no", words=words(known, lambda v: v.no)),
        )
        short = len(text.split()) <= OFFER_REPLY_WORDS and len(text.strip()) <= OFFER_REPLY_CHARACTERS
        answer = parse_choice(text, options, spaced=known[0].spaced) if short or not holds_question else None
        if answer is None and not holds_question:
            return False  # the offer lapses; the reply is read as an answer to the question already shown
        self.flag_text(text, question=None)  # whatever the worker wrote here is heard
        if self.state.escalation is Severity.P0:
            self.escalate("immediate danger in the worker's words")
            return True
        if answer is None:  # more words after an open answer, not a reply to the offer: the next question
            self.ask_current()
            return True
        if answer == "yes":
            self.set(language=offered)
        self.ask_current()
        return True

    def answer_gate(self, value: str) -> None:
        match value:
            case "continue":
                self.advance()
            case "later":
                self.reschedule()
            case _:
                self.opt_out(confirm=True)

    def answer_question(self, question: Question, value: str, text: str) -> None:
        self.set(answers={**self.state.answers, question.id: value})
        self.effects.append(RecordAnswer(question=question.id, value=value, text=text))
        for rule in question.flags:
            if value in rule.when:
                self.flag(rule.category, rule.severity, "answer", question.id, evidence=value)
        action = question.on_answer.get(value)
        if action is AnswerAction.STOP:
            self.opt_out(confirm=True)
        elif action is AnswerAction.HANDOFF:
            self.flag(Category.CONTACT_REQUEST, Severity.P1, "answer", question.id)
            self.advance()
        elif self.state.escalation is Severity.P0:
            self.escalate("immediate danger")
        else:
            self.advance(offer_from=text if question.type is QuestionType.OPEN else None)

    def advance(self, *, offer_from: str | None = None) -> None:
        """Ask the first question not yet answered whose conditions hold; finish when none is left. After an open
        answer written in another language (``offer_from``), that language is offered before the next question."""
        answers = self.state.answers
        for question in self.script.questions:
            if question.id in answers:
                continue
            if all(answers.get(earlier) in values for earlier, values in question.ask_if.items()):
                self.set(step=question.id, invalid_attempts=0)
                if offer_from is None or not self.offer_language(offer_from, holds_question=True):
                    self.ask_current()
                self.arm_reminder()
                return
        self.finish()

    def finish(self) -> None:
        if self.state.escalation in self.script.settings.handoff_at:
            self.escalate("flagged during the script")
            return
        self.set(status=Status.COMPLETED, step=None, pending=(), deadlines={})
        self.send(self.text("end"), "end")

    # --- flags, handoff, stop, later --------------------------------------------------------------------------

    def flag(
        self,
        category: Category,
        severity: Severity,
        source: FlagSource,
        question: str | None,
        *,
        evidence: str | None = None,
    ) -> None:
        raised = RaiseFlag(category=category, severity=severity, source=source, question=question, evidence=evidence)
        self.effects.append(raised)
        flagged = self.state.flagged if category in self.state.flagged else (*self.state.flagged, category)
        self.set(flagged=flagged, escalation=most_severe(self.state.escalation, severity))

    def flag_text(self, text: str, *, question: str | None) -> tuple[TextFlag, ...]:
        known = self.vocabularies
        # Written in another language: read with its words too (detected the light way: see offer_language).
        other = suggests_switch(text, self.state.language, thorough=False)
        if other is not None and other in self.tr.languages:
            known = (*known, self.tr.vocabulary(other))
        by_category: dict[Category, TextFlag] = {}
        doubted = False
        for reading in readings(text):
            read = read_text(reading, known, self.tr.flag_model)
            doubted |= bool(read.doubted)
            for found in read.flags:
                by_category.setdefault(found.category, found)
        for flag in by_category.values():
            self.flag(flag.category, flag.severity, flag.source, question, evidence=flag.phrase)
        if doubted and not by_category:  # words the model took back from the word lists: a caller reads them
            self.read_later(question, text)
        return tuple(by_category.values())

    def read_later(self, question: str | None, text: str) -> None:
        """Free words that raised no flag go to a caller's reading list, unless they only say "nothing more"."""
        if any(isinstance(e, NeedsReading) and e.text == text for e in self.effects):
            return  # already on the list from this message
        plain = " ".join(part for part in text.split() if not (part.startswith("[") and part.endswith("]")))
        enough = words(self.vocabularies, lambda v: (*v.nothing_to_add, *v.no, *v.prefer_not))
        parts = [part for part in CLAUSES.split(plain) if part.strip()]  # "thanks, all good": each part says so
        if plain == text and parts and all(is_phrase(part, enough) for part in parts):  # media is always looked at
            return
        self.effects.append(NeedsReading(question=question, text=text))

    def escalate(self, reason: str) -> None:
        severity = self.state.escalation or Severity.P1
        self.effects.append(OpenCase(severity=severity, categories=self.state.flagged, reason=reason))
        self.set(status=Status.WITH_CALLER, pending=(), deadlines={})
        self.send(self.text("handoff"), "handoff")

    def opt_out(self, *, confirm: bool) -> None:
        self.set(status=Status.OPTED_OUT, step=None, pending=(), deadlines={})
        if confirm:
            self.send(self.text("stop-ok"), "stop")

    def reschedule(self) -> None:
        self.set(status=Status.SCHEDULED, step=None, pending=(), reschedules=self.state.reschedules + 1, deadlines={})
        self.set_deadline(TimerKind.CONTACT, self.state.schedule.next_window_start(self.now))
        self.send(self.text("later-ok"), "later")

    def keyword(self, text: str) -> Keyword | None:
        key = match_key(text)  # is_phrase(text, keyword_words(...)), with each list's keys computed once
        for keyword in (Keyword.STOP, Keyword.LATER, Keyword.HELP, Keyword.START):
            if key and key in keyword_keys(self.vocabularies, keyword):
                return keyword
        question = self.current_question()
        zero_is_number = question is not None and question.type is QuestionType.NUMBER
        if self.script.settings.zero_means_stop and not zero_is_number and is_phrase(text, ("0",)):
            return Keyword.STOP
        return None


def question_text(question: Question | None, language: str, locales: Locales) -> str:
    """The whole message that asks ``question`` (None: the safety gate), as a worker would receive it."""
    return prompt(question, language, locales)[0]
