"""Enroll one SMS worker per phone number read from standard input (any time window), for benchmarks."""

import asyncio
import sys

from bot.clock import SystemClock
from bot.enrollment import Enrollment, enroll
from bot.runtime import Runtime
from bot.settings import Settings
from storage.tables import Campaign


async def main(campaign_id: int, numbers: list[str]) -> None:
    settings = Settings()
    runtime = Runtime.build(settings.database_url, settings.require_secret_key(), {}, SystemClock())
    async with runtime.db.sessions() as session:
        campaign = await session.get(Campaign, campaign_id)
    assert campaign is not None
    await enroll(runtime, campaign, [Enrollment("sms", "en", ("mon-sun 00:00-23:59",), n) for n in numbers])
    await runtime.close()


asyncio.run(main(int(sys.argv[1]), sys.stdin.read().split()))
