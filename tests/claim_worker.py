"""Run as a separate OS process by test_concurrency.py: claim timers and outbox rows until none are left.

Two barriers, both kept by the test: every process says "ready" and waits for "go", claims one batch, says
"claimed" and waits for "go" again before claiming the rest. Every process's first claim races the others' while
the queue is full, so the work is shared however slowly a busy machine starts each process.
"""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import datetime, timedelta

from storage.claims import claim_due_outbox, claim_due_timers
from storage.database import Database


async def main(url: str, now: str) -> None:
    db = Database(url)
    print("ready", flush=True)
    await asyncio.to_thread(sys.stdin.readline)
    moment = datetime.fromisoformat(now)
    timers: list[int] = []
    messages: list[int] = []
    idle = 0
    first = True
    while idle < 3:
        got_timers = await claim_due_timers(db, moment, limit=7, lease=timedelta(hours=1))
        got_messages = await claim_due_outbox(db, moment, limit=7, lease=timedelta(hours=1))
        timers += [t.id for t in got_timers]
        messages += [m.id for m in got_messages]
        idle = 0 if got_timers or got_messages else idle + 1
        if first:
            first = False
            print("claimed", flush=True)
            await asyncio.to_thread(sys.stdin.readline)
        await asyncio.sleep(0)
    await db.dispose()
    print(json.dumps({"timers": timers, "messages": messages}))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
