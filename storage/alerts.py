"""Announcing unclaimed P0 cases to the callers' Telegram chat, once.

One transaction claims the open P0 cases not yet announced (``alerted_at IS NULL``: set it, bump ``version``) and
writes one outbox row per case with ``audience="callers"``; the dispatcher sends those rows to the callers' chat
after the commit, with the outbox's retries and rate limits. The claim is the pattern of :mod:`storage.claims`
(``UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED) RETURNING`` on PostgreSQL, the same under SQLite's
``BEGIN IMMEDIATE``), so two worker processes never both announce a case, and a crash before the commit leaves
the case unannounced rather than announced without a message.

The message never identifies the worker: no phone number, no chat id, nothing the worker wrote; only the case
number, the language, the severity and the categories, and the console link.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import insert

from conversations.language_names import LANGUAGE_NAMES
from conversations.vocabulary import Category
from storage.claims import claim_rows_in
from storage.database import Database
from storage.tables import Case, Outbox, table_of

ALERT_PURPOSE = "alert:p0"
ALERT_CHANNEL = "telegram"
ALERTS_PER_ROUND = 50

KNOWN_CATEGORIES = frozenset(category.value for category in Category)


def alert_text(case_id: int, language: str, categories: Sequence[str], public_url: str) -> str:
    """``Urgent case #12 waiting for a caller: Burmese, P0 (violence). Open https://.../console/cases/12``.

    Only known category names are shown, so nothing but the bot's own vocabulary can reach the chat."""
    shown = ", ".join(c.replace("_", " ") for c in categories if c in KNOWN_CATEGORIES)
    severity = f"P0 ({shown})" if shown else "P0"
    name = LANGUAGE_NAMES.get(language, language)
    link = f"{public_url.rstrip('/')}/console/cases/{case_id}"
    return f"Urgent case #{case_id} waiting for a caller: {name}, {severity}. Open {link}"


async def alert_unclaimed_p0(
    db: Database, now: datetime, *, public_url: str, limit: int = ALERTS_PER_ROUND
) -> list[int]:
    """Claim the open, unannounced P0 cases and queue one message to the callers' chat for each, in one
    transaction. Returns the ids of the cases announced (empty when there is nothing to do)."""
    cases = table_of(Case)
    async with db.transaction() as session:
        claimed = await claim_rows_in(
            session,
            cases,
            due=[cases.c.severity == "P0", cases.c.status == "open", cases.c.alerted_at.is_(None)],
            order_by=[cases.c.id],
            limit=limit,
            values={"alerted_at": now, "version": cases.c.version + 1},
            returning=[cases.c.id, cases.c.conversation_id, cases.c.language, cases.c.categories],
        )
        if not claimed:
            return []
        rows = sorted(claimed, key=lambda r: r.id)
        outbox = [
            {
                "conversation_id": r.conversation_id,
                "channel": ALERT_CHANNEL,
                "audience": "callers",
                "text": alert_text(r.id, r.language, list(r.categories or []), public_url),
                "buttons": [],
                "purpose": ALERT_PURPOSE,
                "status": "pending",
                "attempts": 0,
                "next_attempt_at": now,
                "created_at": now,
            }
            for r in rows
        ]
        await (await session.connection()).execute(insert(table_of(Outbox)), outbox)
    return [r.id for r in rows]
