"""Housekeeping for the queue-like tables on PostgreSQL.

Timers and outbox rows are claimed, updated and deleted all the time; every change leaves a dead row version
that index scans must step over until VACUUM removes it. Autovacuum may be off or slow, and the claims then
get slower with every message sent, so the worker vacuums these tables itself. SQLite needs none of this.
"""

from __future__ import annotations

from sqlalchemy import text

from storage.database import Database

QUEUE_TABLES = ("timer", "outbox", "conversation", "inbound")


async def vacuum_queues(db: Database) -> None:
    if db.is_sqlite:
        return
    async with db.engine.connect() as connection:
        autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
        await autocommit.execute(text(f"VACUUM (ANALYZE) {', '.join(QUEUE_TABLES)}"))
