"""``callbacks demo``: the whole system on SQLite with the simulator channel, sample workers and a fast clock."""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from aiohttp import web

from bot.accounts import NewUser, create_users, generate_password
from bot.channels.configured import configured_channels
from bot.channels.simulator import SimulatorChannel
from bot.clock import FastClock
from bot.demo_results import add_finished_campaign
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
DEMO_CALLERS = (  # one caller per sample language, in the time zone they might work from
    ("caller-en@example.org", "en", "Europe/London"),
    ("caller-id@example.org", "id", "Asia/Jakarta"),
    ("caller-my@example.org", "my", "Asia/Yangon"),
)
DEMO_ADMIN = "admin@example.org"
DEMO_AUDITOR = "auditor@example.org"
DEMO_CLIENT = "client@example.org"
DEMO_ORGANISATION = "Demo brand"


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


@dataclass(frozen=True)
class Demo:
    runtime: Runtime
    info: DemoInfo
    database: Path
    logins: dict[str, str]  # email -> password, printed with the URL


async def add_demo_staff(runtime: Runtime) -> dict[str, str]:
    """A caller per sample language, an admin and an auditor, each with a fresh password (the database is new
    every run)."""
    users = [
        NewUser(email, "caller", generate_password(), (language,), timezone=zone)
        for email, language, zone in DEMO_CALLERS
    ]
    users.append(NewUser(DEMO_ADMIN, "admin", generate_password()))
    users.append(NewUser(DEMO_AUDITOR, "auditor", generate_password()))
    users.append(NewUser(DEMO_CLIENT, "client", generate_password(), organisation=DEMO_ORGANISATION))
    await create_users(runtime.db, runtime.clock, users, runtime.locales.languages)
    return {user.email: user.password for user in users}


async def build_demo(directory: Path, settings: Settings, *, speed: float, finished_campaign: bool = False) -> Demo:
    """The demo's database, clock, channels and sample workers. Channels with credentials in ``settings`` are
    there too, so a person can enroll their own phone from the demo page. ``finished_campaign``: also a closed
    campaign of 120 simulated workers, for the client's dashboard (about 8 s)."""
    database, secret = await asyncio.to_thread(prepare_directory, directory)
    url = f"sqlite:///{database}"
    await upgrade_async(url)
    clock = FastClock(demo_start(datetime.now(UTC)), speed)
    if finished_campaign:
        today = clock.now().astimezone(ZoneInfo(TIMEZONE)).date()
        await add_finished_campaign(url, secret, organisation=DEMO_ORGANISATION, timezone=TIMEZONE, today=today)
    settings = settings.model_copy(update={"database_url": url})
    real = {name: ch for name, ch in configured_channels(settings, clock).items() if name != SimulatorChannel.name}
    simulator = SimulatorChannel()
    runtime = Runtime.build(url, secret, {simulator.name: simulator, **real}, clock, settings)
    campaign = await new_campaign(runtime, name="Demo follow-up", timezone=TIMEZONE, organisation=DEMO_ORGANISATION)
    enrollments = [
        Enrollment("simulator", language, (window,), address=f"demo-{name.lower()}")
        for name, language, window, _channel in SAMPLE_WORKERS
    ]
    ids = await enroll(runtime, campaign, enrollments)
    logins = await add_demo_staff(runtime)
    info = DemoInfo(
        clock=clock,
        timezone=TIMEZONE,
        workers=[
            DemoWorker(cid, name, language, window, channel)
            for cid, (name, language, window, channel) in zip(ids, SAMPLE_WORKERS, strict=True)
        ],
        campaign=campaign,
        real_channels=sorted(real),
        link_valid_for=timedelta(days=settings.telegram_link_days),
        enroll_key=secrets.token_urlsafe(16) if real else None,
    )
    return Demo(runtime, info, database, logins)


async def run_demo(directory: Path, settings: Settings, *, host: str, port: int, speed: float) -> None:
    demo = await build_demo(directory, settings, speed=speed, finished_campaign=True)

    async def setup(app: web.Application) -> None:
        add_demo_routes(app, demo.info)

    def ready() -> None:
        key = f"?key={demo.info.enroll_key}" if demo.info.enroll_key else ""
        print(
            f"\nWorker Callbacks demo is running: open http://{host}:{port}/demo{key}\n"
            f"  The demo clock runs {speed:g}x faster than real time and starts at 18:58 in {TIMEZONE};\n"
            f"  workers are contacted inside their windows (most at 19:00). Data: {demo.database}\n"
            f"{_real_channels_notice(demo.info.real_channels, settings)}"
            f"  Callers' console: http://{host}:{port}/console (log in as a caller of the worker's language)\n"
            f"  Campaigns and enrollment: http://{host}:{port}/admin/campaigns (log in as the auditor)\n"
            f"  A finished campaign's results: http://{host}:{port}/dashboard (log in as the client)\n"
            f"{_logins(demo.logins)}"
            "  Stop with Ctrl-C.\n",
            flush=True,
        )

    serve_settings = settings.model_copy(update={"database_url": f"sqlite:///{demo.database}"})
    await serve(serve_settings, host=host, port=port, role="all", runtime=demo.runtime, setup_app=setup, ready=ready)


def _logins(logins: dict[str, str]) -> str:
    roles = {DEMO_ADMIN: "admin", DEMO_AUDITOR: "auditor", DEMO_CLIENT: f"client, {DEMO_ORGANISATION}"}
    roles.update({email: f"caller, {language}" for email, language, _zone in DEMO_CALLERS})
    return "".join(f"    {email:<24} {password}   ({roles[email]})\n" for email, password in logins.items())


def _real_channels_notice(channels: list[str], settings: Settings) -> str:
    if not channels:
        return "  Only the simulator is on: set CALLBACKS_TELEGRAM_* or CALLBACKS_TWILIO_* to try a real phone.\n"
    base = settings.public_url.rstrip("/")
    lines = [f"  Real channels: {', '.join(channels)}. Enroll your own phone from the demo page."]
    lines.append(f"  Providers must reach this demo at {base} (CALLBACKS_PUBLIC_URL).")
    if "telegram" in channels:
        lines.append("  Telegram: run `callbacks telegram set-webhook` once with the same variables.")
    if {"sms", "whatsapp"} & set(channels):
        lines.append(f"  Twilio: set each number's incoming webhook to {base}/webhooks/twilio/sms or .../whatsapp.")
    return "".join(f"{line}\n" for line in lines)
