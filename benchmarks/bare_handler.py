"""The baseline for benchmarks/webhooks.py: an aiohttp handler that only parses the posted form."""

import sys

from aiohttp import web


async def parse_only(request: web.Request) -> web.Response:
    await request.post()
    return web.Response(text="<Response/>", content_type="text/xml")


async def health(_request: web.Request) -> web.Response:
    return web.Response(text="ok")


app = web.Application()
app.router.add_post("/webhooks/twilio/sms", parse_only)
app.router.add_get("/health", health)
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), access_log=None, print=None)
