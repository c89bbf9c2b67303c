"""``/ready``: whether this deployment can do its work now. The database answers, its schema is the one this
code needs, and some process's dispatcher and scheduler finished a round less than 30 s ago (heartbeats are in
the database, so a web-only process answers for the worker processes too)."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from storage.database import Database
from storage.heartbeats import latest_beats
from storage.migrate import head_revision

HEARTBEAT_FRESH = timedelta(seconds=30)
CHECK_TIMEOUT_SECONDS = 5.0
LOOPS = ("dispatcher", "scheduler")
OK = "ok"


async def readiness(db: Database, now: datetime) -> dict[str, str]:
    """Each check's name with ``"ok"`` or what is wrong; checks that could not run say so."""
    checks = {"database": OK, "schema": OK, **dict.fromkeys(LOOPS, OK)}
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_SECONDS), db.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
            current = await connection.run_sync(_current_revision)
    except Exception as error:  # the type only: a message could carry the database's address
        return {"database": f"unreachable ({type(error).__name__})", **dict.fromkeys(("schema", *LOOPS), "not checked")}
    if current != head_revision():
        checks["schema"] = f"at revision {current}, this code needs {head_revision()}: run `callbacks db upgrade`"
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_SECONDS), db.sessions() as session:
            beats = await latest_beats(session)
    except Exception as error:
        return {**checks, **dict.fromkeys(LOOPS, f"heartbeats unreadable ({type(error).__name__})")}
    for loop in LOOPS:
        at = beats.get(loop)
        if at is None:
            checks[loop] = "no heartbeat yet: is a `callbacks serve --role worker` (or `all`) process running?"
        elif now - at > HEARTBEAT_FRESH:
            checks[loop] = f"last heartbeat {int((now - at).total_seconds())} s ago"
    return checks


def _current_revision(connection: Any) -> str | None:
    revision: str | None = MigrationContext.configure(connection).get_current_revision()
    return revision
