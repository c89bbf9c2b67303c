"""The aiohttp application: health, and (in the demo) the simulator's chat pages."""

from __future__ import annotations

from aiohttp import web
from sqlalchemy import text

from bot.runtime import Runtime

RUNTIME: web.AppKey[Runtime] = web.AppKey("runtime", Runtime)


def create_app(runtime: Runtime) -> web.Application:
    app = web.Application(client_max_size=256 * 1024)
    app[RUNTIME] = runtime
    app.router.add_get("/health", health)
    return app


async def health(request: web.Request) -> web.Response:
    runtime = request.app[RUNTIME]
    try:
        async with runtime.db.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception as error:  # the database is down: say so, with no details that could leak data
        return web.json_response({"status": "error", "database": type(error).__name__}, status=503)
    return web.json_response({"status": "ok", "database": "ok", "now": runtime.clock.now().isoformat()})
