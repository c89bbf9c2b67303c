"""``callbacks serve``: the web app and/or the background worker (dispatcher + scheduler) in one process."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable

from aiohttp import web
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from bot.channels.configured import configured_channels
from bot.channels.telegram import TelegramChannel
from bot.clock import SystemClock
from bot.runtime import Runtime
from bot.settings import Settings
from bot.wakeups_across import CrossProcessWakeups
from bot.web.app import create_app
from bot.web.auth import setup_auth
from bot.web.campaigns import add_campaign_routes
from bot.web.card_sheets import add_card_routes
from bot.web.case_actions import add_routes as add_case_action_routes
from bot.web.console import add_console_routes
from bot.web.dashboard import add_dashboard_routes
from bot.web.enroll import add_enroll_routes
from bot.web.operations import metrics_app
from bot.web.people import add_people_routes
from bot.web.reading import add_reading_routes
from bot.web.webhooks import WebhookSettings, add_webhook_routes
from storage.database import Database
from storage.migrate import alembic_config

log = logging.getLogger(__name__)


def webhook_settings(settings: Settings, runtime: Runtime) -> WebhookSettings:
    telegram = runtime.channels.get("telegram")
    secret = settings.telegram_webhook_secret.get_secret_value() if settings.telegram_webhook_secret else None
    token = settings.twilio_auth_token.get_secret_value() if settings.twilio_auth_token else None
    return WebhookSettings(
        public_url=settings.public_url,
        telegram=telegram if isinstance(telegram, TelegramChannel) else None,
        telegram_secret=secret,
        twilio_auth_token=token if settings.twilio_configured else None,
    )


def web_app(settings: Settings, runtime: Runtime) -> web.Application:
    """Health, the providers' webhooks (those with credentials in ``settings``), logins, the callers' console and
    the auditors' and admins' pages."""
    app = create_app(runtime)
    add_webhook_routes(app, webhook_settings(settings, runtime))
    cookie_key = runtime.cipher.derive_key(b"callbacks session cookie")
    setup_auth(app, db=runtime.db, clock=runtime.clock, cookie_key=cookie_key, public_url=settings.public_url)
    add_console_routes(app, settings)
    add_case_action_routes(app)
    add_reading_routes(app)
    add_campaign_routes(app)
    add_enroll_routes(app)
    add_card_routes(app)
    add_people_routes(app)
    add_dashboard_routes(app, settings)
    return app


async def schema_is_current(db: Database, database_url: str) -> bool:
    head = ScriptDirectory.from_config(alembic_config(database_url)).get_current_head()
    async with db.engine.connect() as connection:
        current = await connection.run_sync(lambda c: MigrationContext.configure(c).get_current_revision())
    return bool(current == head)


async def serve(
    settings: Settings,
    *,
    host: str,
    port: int,
    role: str,
    runtime: Runtime | None = None,
    setup_app: Callable[[web.Application], Awaitable[None]] | None = None,
    ready: Callable[[], None] | None = None,
) -> None:
    if runtime is None:
        clock = SystemClock()
        channels = configured_channels(settings, clock)
        runtime = Runtime.build(settings.database_url, settings.require_secret_key(), channels, clock, settings)
        runtime.freeze_loaded_data()
    if not await schema_is_current(runtime.db, settings.database_url):
        await runtime.close()
        raise SystemExit("The database schema is not up to date: run `callbacks db upgrade` first.")
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    runner: web.AppRunner | None = None
    metrics_runner: web.AppRunner | None = None
    background: asyncio.Task[None] | None = None
    listening: CrossProcessWakeups | None = None
    try:
        if role == "web" and not runtime.db.is_sqlite:  # the workers run apart: wake them at once, not at a poll
            runtime.across = CrossProcessWakeups(settings.database_url)
        if role == "worker" and not runtime.db.is_sqlite:
            listening = CrossProcessWakeups(settings.database_url)
            await listening.listen(runtime.wake.set)
        if settings.metrics_port is not None:  # every role: a worker process counts the sends
            metrics_runner = web.AppRunner(metrics_app(runtime), access_log=None)
            await metrics_runner.setup()
            await web.TCPSite(metrics_runner, settings.metrics_host, settings.metrics_port).start()
            log.info("metrics: listening on http://%s:%s/metrics", settings.metrics_host, settings.metrics_port)
        if role in ("all", "web"):
            app = web_app(settings, runtime)
            if setup_app is not None:
                await setup_app(app)
            runner = web.AppRunner(app, access_log=None)
            await runner.setup()
            await web.TCPSite(runner, host, port).start()
            log.info("web: listening on http://%s:%s", host, port)
        if role in ("all", "worker"):
            background = asyncio.create_task(runtime.run_background(stop))
            log.info("worker: dispatcher and scheduler running")
        if ready is not None:
            ready()
        await stop.wait()
    finally:
        if background is not None:
            await background
        if listening is not None:
            await listening.close()
        if runner is not None:
            await runner.cleanup()
        if metrics_runner is not None:
            await metrics_runner.cleanup()
        await runtime.close()
