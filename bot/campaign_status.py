"""Starting, pausing, resuming and closing a campaign.

draft -> running -> paused -> running, and any of them -> closed (for good). Only a running campaign makes first
contacts. Pausing holds the first contacts that have not happened yet, at once (those still waiting in the outbox
are taken back); conversations already under way
go on (replies, reminders, a worker's own "later"). Resuming releases the held contacts, each in the worker's
next window. Closing ends contact for workers not reached yet (their conversations stay, never contacted) and
lets conversations under way finish or expire as they would have.
"""

from __future__ import annotations

from datetime import datetime

from bot.runtime import Runtime
from conversations.events import CampaignClosed, Event, FirstContactWithdrawn
from storage.campaigns import (
    lock_campaign,
    not_started_conversations,
    park_first_contacts,
    release_first_contacts,
    withdraw_unsent_first_contacts,
)
from storage.claims import HELD_CONTACT_RECHECK
from storage.tables import Campaign

STATUSES = ("draft", "running", "paused", "closed")
MOVES = {
    "draft": ("running", "closed"),
    "running": ("paused", "closed"),
    "paused": ("running", "closed"),
    "closed": (),
}
CLOSE_BATCH = 500


class CampaignStatusError(ValueError):
    pass


async def change_campaign_status(runtime: Runtime, campaign_id: int, status: str) -> Campaign:
    if status not in STATUSES:
        raise CampaignStatusError(f"unknown status {status!r}; a campaign is {', '.join(STATUSES)}")
    now = runtime.clock.now()
    async with runtime.db.transaction() as session:
        campaign = await lock_campaign(session, campaign_id)
        if campaign is None:
            raise CampaignStatusError(f"no campaign {campaign_id}")
        if status not in MOVES[campaign.status]:
            raise CampaignStatusError(_refusal(campaign, status))
        campaign.status, campaign.status_changed_at = status, now
        session.add(campaign)
        await session.flush()
        stepped = []
        if status == "running":
            await release_first_contacts(session, campaign_id)
        else:
            await park_first_contacts(session, campaign_id, _parked_until(now))
            # First contacts still queued behind a rate limit have not been made either: take them back.
            withdrawn = await withdraw_unsent_first_contacts(session, campaign_id)
            events: list[tuple[int, Event]] = [(cid, FirstContactWithdrawn()) for cid in withdrawn]
            stepped = await runtime.service.step_within(session, events, now)
    runtime.service.after_commit(stepped)
    if status == "closed":
        await _end_first_contacts(runtime, campaign_id)
    return campaign


def _refusal(campaign: Campaign, status: str) -> str:
    if campaign.status == status:
        return f"campaign {campaign.id} is already {status}"
    if campaign.status == "closed":
        return f"campaign {campaign.id} is closed: a closed campaign cannot be {_done(status)}"
    allowed = " or ".join(_verb(s) for s in MOVES[campaign.status])
    return f"campaign {campaign.id} is {campaign.status}: it can only be {allowed}"


def _verb(status: str) -> str:
    return {"running": "started", "paused": "paused", "closed": "closed"}.get(status, status)


def _done(status: str) -> str:
    return {"running": "started again", "paused": "paused", "draft": "made a draft"}.get(status, status)


def _parked_until(now: datetime) -> datetime:
    return now + HELD_CONTACT_RECHECK


async def _end_first_contacts(runtime: Runtime, campaign_id: int) -> None:
    """Every conversation that has not started is told the campaign closed (through ``step()``, in batches)."""
    async with runtime.db.sessions() as session:
        waiting = await not_started_conversations(session, campaign_id)
    for start in range(0, len(waiting), CLOSE_BATCH):
        events: list[tuple[int, Event]] = [(cid, CampaignClosed()) for cid in waiting[start : start + CLOSE_BATCH]]
        await runtime.service.handle(events)
