"""What happened, as input to ``step()``. Past tense; each has a ``kind`` so replay files can name it."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from conversations.state import TimerKind
from conversations.vocabulary import Category, Severity


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Enrolled(_Event):
    """``awaiting_address``: the channel cannot write first (Telegram): contact waits for :class:`AddressBound`."""

    kind: Literal["enrolled"] = "enrolled"
    awaiting_address: bool = False


class AddressBound(_Event):
    """The worker opened their enrollment link (Telegram /start): the bot may now write, inside a window."""

    kind: Literal["address_bound"] = "address_bound"


class MessageReceived(_Event):
    kind: Literal["message_received"] = "message_received"
    text: str = ""
    attachments: tuple[str, ...] = ()


class TimerFired(_Event):
    kind: Literal["timer_fired"] = "timer_fired"
    timer: TimerKind
    due_at: datetime


class DeliveryFailed(_Event):
    """The channel says the worker cannot or will not receive messages (blocked the bot, carrier STOP)."""

    kind: Literal["delivery_failed"] = "delivery_failed"
    opted_out: bool = True


class MessageSent(_Event):
    """A question went out later than it was written (the provider was down or slow): waiting counts from now."""

    kind: Literal["message_sent"] = "message_sent"
    purpose: str


class CaseClosed(_Event):
    """The caller finished; ``resume`` hands the worker back to the bot for the rest of the script, otherwise the
    conversation ends politely."""

    kind: Literal["case_closed"] = "case_closed"
    resume: bool = False


class CallerWrote(_Event):
    """A caller holding the worker's case wrote to them. ``template``: WhatsApp outside the 24-hour window, where
    only the approved template may go out; ``text`` is then ignored and the template's text is sent."""

    kind: Literal["caller_wrote"] = "caller_wrote"
    caller: int
    text: str = ""
    template: bool = False


class CallScheduled(_Event):
    """The caller will phone the worker at ``at`` (inside one of the worker's windows): the worker is told when."""

    kind: Literal["call_scheduled"] = "call_scheduled"
    caller: int
    at: datetime


class CallerFlagged(_Event):
    """A caller read the worker's words (an open answer on the reading list) and flagged them: a case opens."""

    kind: Literal["caller_flagged"] = "caller_flagged"
    caller: int
    category: Category
    severity: Severity


class CampaignClosed(_Event):
    """The campaign closed: a worker not contacted yet never will be by the bot; a conversation under way goes on
    (replies, reminders, the worker's own "later") and finishes or expires as it would have."""

    kind: Literal["campaign_closed"] = "campaign_closed"


class FirstContactWithdrawn(_Event):
    """The first contact's message never left (the campaign was paused or closed while it waited in the outbox, and
    it was taken back): the worker has not been contacted, so the conversation is back to not started."""

    kind: Literal["first_contact_withdrawn"] = "first_contact_withdrawn"


Event = Annotated[
    Enrolled
    | AddressBound
    | MessageReceived
    | MessageSent
    | TimerFired
    | DeliveryFailed
    | CaseClosed
    | CallerWrote
    | CallScheduled
    | CallerFlagged
    | CampaignClosed
    | FirstContactWithdrawn,
    Field(discriminator="kind"),
]
