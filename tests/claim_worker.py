"""Run as a separate OS process by test_concurrency.py: claim timers and outbox rows until none are left."""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import datetime, timedelta

from storage.claims import claim_due_outbox, claim_due_timers
from storage.database import Database


async def main(url: str, now: str) -> None:
    db = Database(url)
    print("ready", flush=True)  # all processes start claiming together, when the test says go
    await asyncio.to_thread(sys.stdin.readline)
    moment = datetime.fromisoformat(now)
    timers: list[int] = []
    messages: list[int] = []
    idle = 0
    while idle < 3:
        got_timers = await claim_due_timers(db, moment, limit=7, lease=timedelta(hours=1))
        got_messages = await claim_due_outbox(db, moment, limit=7, lease=timedelta(hours=1))
        timers += [t.id for t in got_timers]
        messages += [m.id for m in got_messages]
        idle = 0 if got_timers or got_messages else idle + 1
        await asyncio.sleep(0)
    await db.dispose()
    print(json.dumps({"timers": timers, "messages": messages}))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
