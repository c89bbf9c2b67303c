"""``/ready`` and ``/metrics`` for operators. ``/metrics`` is not public: on the main app it answers only to
``Authorization: Bearer <CALLBACKS_METRICS_TOKEN>`` (and is not there at all without a token configured); the
separate listener of ``CALLBACKS_METRICS_PORT`` serves it alone, without a token, for a private network."""

from __future__ import annotations

import hmac

from aiohttp import web
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4

from bot.metrics import exposition
from bot.readiness import OK, readiness
from bot.runtime import Runtime

RUNTIME: web.AppKey[Runtime] = web.AppKey("operations runtime", Runtime)


def add_operations_routes(app: web.Application, runtime: Runtime) -> None:
    app[RUNTIME] = runtime
    app.router.add_get("/ready", ready)
    app.router.add_get("/metrics", metrics_with_token)


def metrics_app(runtime: Runtime) -> web.Application:
    """The listener of ``CALLBACKS_METRICS_PORT``: ``/metrics`` and nothing else."""
    app = web.Application()
    app[RUNTIME] = runtime
    app.router.add_get("/metrics", metrics)
    return app


async def ready(request: web.Request) -> web.Response:
    runtime = request.app[RUNTIME]
    checks = await readiness(runtime.db, runtime.clock.now())
    failed = [name for name, result in checks.items() if result != OK]  # in the order checked
    body = {"status": "not ready" if failed else "ready", "failed": failed, "checks": checks}
    return web.json_response(body, status=503 if failed else 200)


async def metrics_with_token(request: web.Request) -> web.Response:
    configured = request.app[RUNTIME].settings.metrics_token
    token = configured.get_secret_value() if configured else ""
    if not token:
        raise web.HTTPNotFound()
    given = request.headers.get("Authorization", "").encode()
    if not hmac.compare_digest(given, f"Bearer {token}".encode()):
        return web.Response(status=401, text="a bearer token is needed", headers={"WWW-Authenticate": "Bearer"})
    return await metrics(request)


async def metrics(request: web.Request) -> web.Response:
    runtime = request.app[RUNTIME]
    body = await exposition(runtime.db, runtime.clock.now())
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_PLAIN_0_0_4})
