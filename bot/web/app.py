"""The aiohttp application: health, readiness, metrics, static files and security headers; the other areas add
their routes."""

from __future__ import annotations

from aiohttp import web
from sqlalchemy import text

from bot.runtime import Runtime
from bot.web.auth import add_security_headers
from bot.web.operations import add_operations_routes
from bot.web.pages import add_static_routes

RUNTIME: web.AppKey[Runtime] = web.AppKey("runtime", Runtime)


def create_app(runtime: Runtime) -> web.Application:
    app = web.Application(client_max_size=256 * 1024)
    app[RUNTIME] = runtime
    app.router.add_get("/health", health)
    add_operations_routes(app, runtime)  # /ready, /metrics
    add_static_routes(app)
    app.on_response_prepare.append(add_security_headers)
    return app


async def health(request: web.Request) -> web.Response:
    runtime = request.app[RUNTIME]
    try:
        async with runtime.db.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception as error:  # the database is down: say so, with no details that could leak data
        return web.json_response({"status": "error", "database": type(error).__name__}, status=503)
    return web.json_response({"status": "ok", "database": "ok", "now": runtime.clock.now().isoformat()})
