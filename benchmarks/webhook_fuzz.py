"""Benchmark: the providers' published webhook bodies, mutated one to three fields at a time and signed correctly,
posted to a running `callbacks serve` (Twilio SMS, WhatsApp and status routes, Telegram), on SQLite and on
PostgreSQL. Prints how many requests got each status code; the target (issue 11) is no 5xx at all. Every tenth
request is a well-formed text message, which must be stored whatever was posted beside it.

    python benchmarks/webhook_fuzz.py --bodies 10000 --seed 1 [--database sqlite|postgresql|both]

Replies go to local fake Twilio and Telegram APIs; nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from aiohttp import web
from scratch_database import create_scratch_database, drop_scratch_database

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.fakes.telegram_api import FakeTelegram  # noqa: E402
from tests.fakes.telegram_api import create_app as create_fake_telegram  # noqa: E402
from tests.payload_mutations import (  # noqa: E402
    PUBLIC,
    TELEGRAM_SECRET,
    TWILIO_AUTH_TOKEN,
    RandomChooser,
    Request,
    fixture_names,
    mutated_request,
    telegram_request,
    twilio_request,
)

ACCOUNT = "AC" + "3" * 32
PORT, TWILIO_PORT, TELEGRAM_PORT = 18190, 18191, 18192
CONCURRENCY = 32
WELL_FORMED_EVERY = 10
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


def requests(count: int, seed: int) -> tuple[list[Request], list[tuple[str, str]]]:
    """``count`` requests, and the (channel, id) of the well-formed messages among them."""
    chooser = RandomChooser(seed)
    names = fixture_names()
    made: list[Request] = []
    well_formed: list[tuple[str, str]] = []
    for n in range(count):
        number = 10**12 + n
        if n % WELL_FORMED_EVERY == WELL_FORMED_EVERY - 1:
            request, key = _well_formed(n, number)
            made.append(request)
            well_formed.append(key)
            continue
        name = chooser.pick(names)
        provider_id = str(number) if name.startswith("telegram_") else f"SM{number:032x}"
        made.append(mutated_request(name, chooser, provider_id=provider_id))
    return made, well_formed


def _well_formed(n: int, number: int) -> tuple[Request, tuple[str, str]]:
    if n % 3 == 0:
        chat = {"id": 800000000 + n, "type": "private", "first_name": "W"}
        update = {"update_id": number, "message": {"message_id": 1, "date": 1764500000, "chat": chat, "text": "1"}}
        return telegram_request("well-formed", update), ("telegram", str(number))
    channel = "whatsapp" if n % 3 == 1 else "sms"
    prefix = "whatsapp:" if channel == "whatsapp" else ""
    sid = f"SM{number:032x}"
    form = {"MessageSid": sid, "From": f"{prefix}+6281{n:09d}", "To": f"{prefix}+15550001111", "Body": "1"}
    return twilio_request("well-formed", f"/webhooks/twilio/{channel}", form), (channel, sid)


async def post_all(made: list[Request]) -> tuple[collections.Counter[int], float]:
    """Post every request, CONCURRENCY at a time, with the fake Telegram API up meanwhile (button answers)."""
    telegram = web.AppRunner(create_fake_telegram(FakeTelegram()), access_log=None)
    await telegram.setup()
    await web.TCPSite(telegram, "127.0.0.1", TELEGRAM_PORT).start()
    statuses: collections.Counter[int] = collections.Counter()
    queue: asyncio.Queue[Request] = asyncio.Queue()
    for request in made:
        queue.put_nowait(request)

    async def client(session: aiohttp.ClientSession) -> None:
        while not queue.empty():
            request = queue.get_nowait()
            async with session.post(request.path, data=request.body, headers=request.headers) as response:
                await response.read()
                statuses[response.status] += 1

    try:
        await wait_for(f"http://127.0.0.1:{PORT}/health")
        started = time.perf_counter()
        async with aiohttp.ClientSession(f"http://127.0.0.1:{PORT}") as session:
            await asyncio.gather(*(client(session) for _ in range(CONCURRENCY)))
        seconds = time.perf_counter() - started
        await asyncio.sleep(1)
    finally:
        await telegram.cleanup()
    return statuses, seconds


async def wait_for(url: str) -> None:
    async with aiohttp.ClientSession() as session:
        for _ in range(300):
            try:
                async with session.get(url) as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise SystemExit(f"{url} did not come up")


def run(database: str, count: int, seed: int) -> dict[str, object]:
    work = Path(tempfile.mkdtemp())
    created = None
    if database == "sqlite":
        url = f"sqlite:///{work / 'fuzz.db'}"
    else:
        created, url = asyncio.run(create_scratch_database("callbacks_fuzz"))
    env = {key: value for key, value in os.environ.items() if key not in PROXY_VARIABLES}
    env.update(
        {
            "NO_PROXY": "127.0.0.1,localhost",
            "CALLBACKS_DATABASE_URL": url,
            "CALLBACKS_SECRET_KEY": "fuzz-secret-key-0123456789",
            "CALLBACKS_PUBLIC_URL": PUBLIC,
            "CALLBACKS_TWILIO_ACCOUNT_SID": ACCOUNT,
            "CALLBACKS_TWILIO_AUTH_TOKEN": TWILIO_AUTH_TOKEN,
            "CALLBACKS_TWILIO_SMS_FROM": "+15550001111",
            "CALLBACKS_TWILIO_WHATSAPP_FROM": "+15550002222",
            "CALLBACKS_TWILIO_API_URL": f"http://127.0.0.1:{TWILIO_PORT}",
            "CALLBACKS_TELEGRAM_TOKEN": FakeTelegram().token,
            "CALLBACKS_TELEGRAM_WEBHOOK_SECRET": TELEGRAM_SECRET,
            "CALLBACKS_TELEGRAM_API_URL": f"http://127.0.0.1:{TELEGRAM_PORT}",
        }
    )
    callbacks = [sys.executable, "-m", "bot.cli"]
    subprocess.run([*callbacks, "db", "upgrade"], env=env, check=True, capture_output=True)
    made, well_formed = requests(count, seed)
    fake_twilio = [sys.executable, str(ROOT / "benchmarks" / "fake_twilio_server.py")]
    twilio = subprocess.Popen([*fake_twilio, str(TWILIO_PORT), ACCOUNT, TWILIO_AUTH_TOKEN])
    with (work / "serve.log").open("w") as log:
        server = subprocess.Popen([*callbacks, "serve", "--port", str(PORT)], env=env, stderr=log)
        try:
            statuses, seconds = asyncio.run(post_all(made))
        finally:
            server.terminate()
            server.wait(timeout=60)
            twilio.terminate()
            twilio.wait(timeout=30)
    stored, dead_letters = asyncio.run(_stored(url, well_formed))
    if created is not None:
        asyncio.run(drop_scratch_database(created))
    served = (work / "serve.log").read_text(errors="replace")
    return {
        "database": database,
        "bodies": count,
        "seconds": round(seconds, 1),
        "statuses": dict(sorted(statuses.items())),
        "5xx": sum(n for status, n in statuses.items() if status >= 500),
        "well_formed_stored": f"{stored}/{len(well_formed)}",
        "dead_letters": dead_letters,
        "tracebacks_in_log": served.count("Traceback"),
        "serve_log": str(work / "serve.log"),
    }


async def _stored(url: str, well_formed: list[tuple[str, str]]) -> tuple[int, int]:
    from sqlalchemy import func, select, tuple_

    from storage.database import Database
    from storage.tables import DeadLetter, Inbound, table_of

    db = Database(url)
    inbound = table_of(Inbound)
    try:
        async with db.engine.connect() as connection:
            keys = tuple_(inbound.c.channel, inbound.c.provider_id)
            stored = 0
            for start in range(0, len(well_formed), 500):
                chunk = well_formed[start : start + 500]
                counted = select(func.count()).where(keys.in_(chunk))
                stored += int((await connection.execute(counted)).scalar_one())
            letters = select(func.count()).select_from(table_of(DeadLetter))
            dead_letters = int((await connection.execute(letters)).scalar_one())
    finally:
        await db.dispose()
    return stored, dead_letters


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bodies", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    databases = ("sqlite", "postgresql") if args.database == "both" else (args.database,)
    failed = False
    for database in databases:
        report = run(database, args.bodies, args.seed)
        print(json.dumps(report))
        stored, expected = str(report["well_formed_stored"]).split("/")
        failed = failed or report["5xx"] != 0 or stored != expected
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
