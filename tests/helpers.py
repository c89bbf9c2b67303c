"""Acting as workers against a running system on a virtual clock."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlmodel import select

from bot.channels.simulator import SimulatorChannel
from bot.clock import VirtualClock
from bot.i18n import default_locales
from bot.runtime import Runtime
from conversations.lexicon import flags_in_text
from conversations.prompts import vocabularies
from storage.inbound import IncomingMessage
from storage.tables import Timer

CALM = {  # every closed question answered without a flag: the callback completes instead of going to a caller
    "consent": "yes",
    "retaliation": "no",
    "wages_paid": "yes",
    "deductions": "no",
    "rest_day": "every_week",
    "overtime_forced": "no",
    "documents": "i_keep",
    "fees_debt": "no",
    "free_to_leave": "yes",
    "harassment": "no",
    "danger_now": "no",
    "child_workers": "no",
    "safe_to_complain": "yes",
    "wants_contact": "no",
}


def simulator(runtime: Runtime) -> SimulatorChannel:
    channel = runtime.channels["simulator"]
    assert isinstance(channel, SimulatorChannel)
    return channel


async def settle(runtime: Runtime) -> None:
    """Run background work until nothing is due right now."""
    for _ in range(100):
        if not await runtime.work_once():
            return
    raise AssertionError("background work did not settle")


async def next_due(runtime: Runtime) -> datetime | None:
    async with runtime.db.sessions() as session:
        result = await session.exec(select(Timer.due_at).order_by(Timer.due_at).limit(1))
        return result.first()  # type: ignore[no-any-return]


async def run_until_next_timer(runtime: Runtime, clock: VirtualClock) -> datetime:
    due = await next_due(runtime)
    assert due is not None, "no timer is pending"
    clock.advance_to(due)
    await settle(runtime)
    return due


async def say(runtime: Runtime, conversation_id: int, text: str, provider_id: str | None = None) -> None:
    await runtime.service.receive(
        [IncomingMessage("simulator", provider_id or uuid.uuid4().hex, conversation_id, text)]
    )
    await settle(runtime)


def texts_to(runtime: Runtime, address: str) -> list[str]:
    return [m.text for m in simulator(runtime).log if m.address == address]


def categories_in(text: str, language: str) -> set[str]:
    """The categories the word lists of ``language`` (and English) raise for ``text``."""
    return {f.category.value for f in flags_in_text(text, vocabularies(language, default_locales()))}


def severities_in(text: str, language: str) -> dict[str, str]:
    """The severity of each category the word lists of ``language`` (and English) raise for ``text``."""
    return {f.category.value: f.severity.value for f in flags_in_text(text, vocabularies(language, default_locales()))}
