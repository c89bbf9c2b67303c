"""Several worker processes on one database never claim the same timer or outbox row."""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert

from bot.clock import VirtualClock
from bot.enrollment import Enrollment, enroll, new_campaign
from bot.runtime import Runtime
from storage.tables import Outbox

WORKERS = 150
MESSAGES_PER_WORKER = 3
PROCESSES = 3


async def test_processes_never_claim_the_same_row(runtime: Runtime, clock: VirtualClock) -> None:
    campaign = await new_campaign(runtime, name="Concurrency", timezone="Asia/Jakarta")
    enrollments = [Enrollment("simulator", "en", ("mon-sun 00:00-23:59",), address=f"sim-{i}") for i in range(WORKERS)]
    ids = await enroll(runtime, campaign, enrollments)  # one contact timer each, due now
    async with runtime.db.transaction() as session:
        await (await session.connection()).execute(
            insert(Outbox.__table__),
            [  # type: ignore[attr-defined]
                {
                    "conversation_id": cid,
                    "channel": "simulator",
                    "text": f"m{n}",
                    "buttons": [],
                    "purpose": "test",
                    "status": "pending",
                    "attempts": 0,
                    "next_attempt_at": clock.now(),
                    "created_at": clock.now(),
                }
                for cid in ids
                for n in range(MESSAGES_PER_WORKER)
            ],
        )
    moment = (clock.now() + timedelta(seconds=1)).isoformat()
    script = Path(__file__).with_name("claim_worker.py")
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            str(script),
            runtime.db.url,
            moment,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            cwd=Path(__file__).parent.parent,
        )
        for _ in range(PROCESSES)
    ]
    for barrier in (b"ready", b"claimed"):  # see claim_worker.py: each process's first claim meets a full queue
        for process in processes:
            assert process.stdout is not None and (await process.stdout.readline()).strip() == barrier
        for process in processes:
            assert process.stdin is not None
            process.stdin.write(b"go\n")
            await process.stdin.drain()
    outputs = [json.loads((await p.communicate())[0]) for p in processes]
    assert all(p.returncode == 0 for p in processes)

    timers = [t for out in outputs for t in out["timers"]]
    messages = [m for out in outputs for m in out["messages"]]
    assert len(timers) == len(set(timers)) == WORKERS, "every timer claimed exactly once"
    assert len(messages) == len(set(messages)) == WORKERS * MESSAGES_PER_WORKER, "every row claimed exactly once"
    assert all(out["messages"] and out["timers"] for out in outputs), "the work was actually shared"
