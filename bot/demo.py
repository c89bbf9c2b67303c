"""``callbacks demo``: the whole system on SQLite with the simulator channel, sample workers and a fast clock."""

from __future__ import annotations

import asyncio
import secrets
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from aiohttp import web

from bot.channels.simulator import SimulatorChannel
from bot.clock import FastClock
from bot.enrollment import Enrollment, enroll, new_campaign
from bot.runtime import Runtime
from bot.serve import serve
from bot.settings import Settings
from bot.web.demo import DemoInfo, DemoWorker, add_demo_routes
from storage.migrate import upgrade_async

TIMEZONE = "Asia/Jakarta"
EVENING = "mon-sun 19:00-21:00"
SAMPLE_WORKERS = (  # name, language, window, the channel the simulator plays
    ("Ani", "id", EVENING, "sms"),
    ("Budi", "id", EVENING, "whatsapp"),
    ("Aung", "my", EVENING, "telegram"),
    ("Hnin", "my", EVENING, "sms"),
    ("Maria", "en", EVENING, "whatsapp"),
    ("Jo", "en", "mon-sun 07:00-08:00", "telegram"),
)


def demo_start(now: datetime) -> datetime:
    """Two minutes before today's 19:00 in the facility's timezone: the first contacts come soon."""
    zone = ZoneInfo(TIMEZONE)
    local = datetime.combine(now.astimezone(zone).date(), time(18, 58), tzinfo=zone)
    return local.astimezone(UTC)


def prepare_directory(directory: Path) -> tuple[Path, str]:
    """A fresh demo database each run; the secret key is kept so that it never changes under stored data."""
    directory.mkdir(parents=True, exist_ok=True)
    for leftover in directory.glob("demo.db*"):
        leftover.unlink()
    secret_file = directory / "secret"
    if not secret_file.exists():
        secret_file.write_text(secrets.token_urlsafe(32))
        secret_file.chmod(0o600)
    return directory / "demo.db", secret_file.read_text().strip()


async def run_demo(directory: Path, *, host: str, port: int, speed: float) -> None:
    database, secret = await asyncio.to_thread(prepare_directory, directory)
    url = f"sqlite:///{database}"
    await upgrade_async(url)
    clock = FastClock(demo_start(datetime.now(UTC)), speed)
    simulator = SimulatorChannel()
    runtime = Runtime.build(url, secret, {simulator.name: simulator}, clock)
    campaign = await new_campaign(runtime, name="Demo follow-up", timezone=TIMEZONE, organisation="Demo brand")
    enrollments = [
        Enrollment("simulator", language, (window,), address=f"demo-{name.lower()}")
        for name, language, window, _channel in SAMPLE_WORKERS
    ]
    ids = await enroll(runtime, campaign, enrollments)
    info = DemoInfo(
        clock=clock,
        timezone=TIMEZONE,
        workers=[
            DemoWorker(cid, name, language, window, channel)
            for cid, (name, language, window, channel) in zip(ids, SAMPLE_WORKERS, strict=True)
        ],
    )

    async def setup(app: web.Application) -> None:
        add_demo_routes(app, info)

    def ready() -> None:
        print(
            f"\nWorker Callbacks demo is running: open http://{host}:{port}/demo\n"
            f"  The demo clock runs {speed:g}x faster than real time and starts at 18:58 in {TIMEZONE};\n"
            f"  workers are contacted inside their windows (most at 19:00). Data: {database}\n"
            "  Logins: none needed yet (the caller console and client dashboard come with later issues).\n"
            "  Stop with Ctrl-C.\n",
            flush=True,
        )

    settings = Settings(database_url=url)
    await serve(settings, host=host, port=port, role="all", runtime=runtime, setup_app=setup, ready=ready)
