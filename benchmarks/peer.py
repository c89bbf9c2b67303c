"""Benchmark: `callbacks serve` against a plain python-telegram-bot survey bot, under one closed-loop load.

The peer is the library's documented pattern: an ``Application`` with a ``ConversationHandler`` and
``PicklePersistence`` (https://docs.python-telegram-bot.org/en/stable/telegram.ext.conversationhandler.html,
https://docs.python-telegram-bot.org/en/stable/telegram.ext.picklepersistence.html, and the wiki's "Making your bot
persistent"), its webhook served by aiohttp as in the library's custom webhook example
(https://docs.python-telegram-bot.org/en/stable/examples.customwebhookbot.html: ``updater(None)``, updates put on
``application.update_queue``). It asks as many questions as our default script's first part and keeps its state
in memory, written to the pickle file every 60 s (the default ``update_interval``): a crash loses up to a
minute of answers. `callbacks serve` commits every answer before it replies.

The load: a fake Bot API on 127.0.0.1 that records every sendMessage, and USERS users, each opening their deep
link (``/start CODE``; workers enrolled by the CSV import, which hands out the links) and then answering "1" to
every message the moment the fake receives it. It prints answers/s, p50 and p99 reply latency (answer posted to
the next sendMessage for that chat), users left unanswered, messages sent twice, the CPU time each bot's processes
used per answer (read from /proc: what the bot costs, apart from the load generator and the fake API that share
the machine with it; with PostgreSQL the database server's own CPU is not counted), and the ratios to the peer.

    python benchmarks/peer.py --users 100 [--database sqlite|postgresql] [--workers 1|2] [--target peer|callbacks|both]

With PostgreSQL, ``--workers N`` starts one ``--role web`` process and N ``--role worker`` processes; SQLite runs
one ``callbacks serve`` (web and worker in one process). Pacing is switched off with
``CALLBACKS_SEND_PACES='{"telegram": [0, 0]}'``. Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from scratch_database import create_scratch_database, drop_scratch_database

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:BENCH-peer-token"
BOT_USERNAME = "callbacks_bench_bot"
SECRET = "peer-bench-webhook-secret"
API_PORT, SERVE_PORT, PEER_PORT = 18290, 18291, 18292
QUESTIONS = 13  # the default script's first part answered "1" throughout: the gate ... danger_now (P0: handed over)
MESSAGES = QUESTIONS + 2  # and a greeting after /start, a thank-you at the end
OPTIONS = "\n1 Yes\n2 No\n9 Prefer not to say"
SETTLE_SECONDS = 10.0  # a run ends once every user has all their messages, or none was sent for this long
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


# --- the peer: a plain python-telegram-bot survey bot --------------------------------------------------------


def run_peer(port: int, api_url: str, pickle_file: str) -> None:
    from telegram import Update
    from telegram.ext import (
        Application,
        CommandHandler,
        ContextTypes,
        ConversationHandler,
        MessageHandler,
        PicklePersistence,
        filters,
    )

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        assert update.message is not None and context.user_data is not None
        context.user_data["code"] = context.args[0] if context.args else ""
        context.user_data["answers"] = []
        await update.message.reply_text("Thank you, you are connected.")
        await update.message.reply_text(f"Question 1 of {QUESTIONS}?{OPTIONS}")
        return 0

    async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        assert update.message is not None and context.user_data is not None
        answers = context.user_data.setdefault("answers", [])
        answers.append(update.message.text)
        if len(answers) >= QUESTIONS:
            await update.message.reply_text("Thank you. Your answers are saved.")
            return ConversationHandler.END
        await update.message.reply_text(f"Question {len(answers) + 1} of {QUESTIONS}?{OPTIONS}")
        return len(answers)

    persistence = PicklePersistence(filepath=pickle_file)
    application = (
        Application.builder()
        .token(TOKEN)
        .base_url(f"{api_url}/bot")
        .base_file_url(f"{api_url}/file/bot")
        .updater(None)
        .persistence(persistence)
        .build()
    )
    survey = ConversationHandler(
        entry_points=[CommandHandler("start", start)],
        states={n: [MessageHandler(filters.TEXT & ~filters.COMMAND, answer)] for n in range(QUESTIONS)},
        fallbacks=[],
        name="survey",
        persistent=True,
    )
    application.add_handler(survey)

    async def telegram(request: web.Request) -> web.Response:
        if request.headers.get("X-Telegram-Bot-Api-Secret-Token") != SECRET:
            return web.Response(status=403)
        await application.update_queue.put(Update.de_json(await request.json(), application.bot))
        return web.Response()

    async def health(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    async def main() -> None:
        app = web.Application()
        app.router.add_post("/webhooks/telegram", telegram)
        app.router.add_get("/health", health)
        runner = web.AppRunner(app, access_log=None)
        async with application:
            await application.start()
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", port).start()
            try:
                await asyncio.Event().wait()
            finally:
                await runner.cleanup()
                await application.stop()

    asyncio.run(main())


# --- the load: a fake Bot API and closed-loop users ----------------------------------------------------------


@dataclass
class User:
    chat_id: int
    code: str
    inbox: asyncio.Queue[str] = field(default_factory=asyncio.Queue)
    posted_at: float | None = None  # when the answer now waiting for a reply was posted
    received: list[str] = field(default_factory=list)
    answers: int = 0


@dataclass
class Load:
    users: dict[int, User]
    latencies: list[float] = field(default_factory=list)
    start_latencies: list[float] = field(default_factory=list)  # of these, the replies to /start
    answer_latencies: list[float] = field(default_factory=list)  # and the replies to answers
    last_send: float = 0.0
    first_post: float = 0.0
    sends: collections.Counter[tuple[int, str]] = field(default_factory=collections.Counter)
    update_id: int = 10**9

    def me(self) -> dict[str, Any]:
        return {"id": int(TOKEN.partition(":")[0]), "is_bot": True, "first_name": "Bench", "username": BOT_USERNAME}

    async def bot_api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"].lower()
        params = await _params(request)
        if method == "getme":
            return web.json_response({"ok": True, "result": self.me()})
        if method != "sendmessage":
            return web.json_response({"ok": True, "result": True})
        chat_id, text = int(params["chat_id"]), str(params.get("text", ""))
        now = time.perf_counter()
        self.last_send = now
        user = self.users.get(chat_id)
        if user is not None:
            self.sends[(chat_id, text)] += 1
            user.received.append(text)
            if user.posted_at is not None:
                self.latencies.append(now - user.posted_at)
                first = len(user.received) == 1
                (self.start_latencies if first else self.answer_latencies).append(now - user.posted_at)
                user.posted_at = None
            user.inbox.put_nowait(text)
        message = {"message_id": len(self.latencies) + 1, "from": self.me(), "date": int(time.time()), "text": text}
        message["chat"] = {"id": chat_id, "type": "private"}
        return web.json_response({"ok": True, "result": message})

    def update(self, chat_id: int, text: str) -> dict[str, Any]:
        self.update_id += 1
        person = {"id": chat_id, "is_bot": False, "first_name": "Worker"}
        message: dict[str, Any] = {
            "message_id": self.update_id,
            "from": person,
            "chat": {"id": chat_id, "type": "private", "first_name": "Worker"},
            "date": int(time.time()),
            "text": text,
        }
        if text.startswith("/start"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len("/start")}]
        return {"update_id": self.update_id, "message": message}


async def _params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        return dict(await request.json())
    return {k: v for k, v in (await request.post()).items() if isinstance(v, str)}


async def start_fake_api(load: Load) -> web.AppRunner:
    app = web.Application()
    app.router.add_post("/bot{token}/{method}", load.bot_api)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", API_PORT).start()
    return runner


async def drive(load: Load, webhook: str, seconds_limit: float) -> None:
    """Every user opens their link, then answers "1" to each message as soon as it arrives."""
    connector = aiohttp.TCPConnector(limit=256)
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    async with aiohttp.ClientSession(connector=connector, headers=headers) as session:

        async def post(user: User, text: str) -> None:
            user.posted_at = time.perf_counter()
            async with session.post(webhook, json=load.update(user.chat_id, text)) as response:
                await response.read()
                if response.status != 200:
                    print(f"webhook answered {response.status}", file=sys.stderr)

        async def act(user: User) -> None:
            await post(user, f"/start {user.code}")
            while True:
                text = await user.inbox.get()
                if "\n1 " in text:  # a question with numbered options (not a greeting or a thank-you)
                    user.answers += 1
                    await post(user, "1")

        load.first_post = time.perf_counter()
        tasks = [asyncio.create_task(act(user)) for user in load.users.values()]
        deadline = time.monotonic() + seconds_limit
        while time.monotonic() < deadline:
            await asyncio.sleep(0.5)
            if all(len(user.received) >= MESSAGES for user in load.users.values()):
                await asyncio.sleep(1)  # anything sent twice comes now
                break
            if load.last_send and time.perf_counter() - load.last_send > SETTLE_SECONDS:
                break
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU time the processes have used so far (Linux /proc); 0 for one that has gone."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime and stime, in clock ticks
    return total / os.sysconf("SC_CLK_TCK")


def report(name: str, load: Load, cpu: float) -> dict[str, Any]:
    latencies = sorted(load.latencies)
    seconds = load.last_send - load.first_post
    answers = len(latencies)  # posts answered: the /start and every answer
    quantile = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    counts = collections.Counter(len(user.received) for user in load.users.values())
    return {
        "target": name,
        "users": len(load.users),
        "answers_per_second": round(answers / seconds, 1) if seconds > 0 else 0.0,
        "p50_ms": round(1000 * quantile[49]),
        "p99_ms": round(1000 * quantile[98]),
        "start_p99_ms": round(1000 * _quantile(load.start_latencies, 98)),
        "answers_p99_ms": round(1000 * _quantile(load.answer_latencies, 98)),
        "replies": answers,
        "seconds": round(seconds, 1),
        "cpu_ms_per_answer": round(1000 * cpu / answers, 2) if answers else None,
        "users_unanswered": sum(1 for user in load.users.values() if len(user.received) < MESSAGES),
        "messages_per_user": dict(sorted(counts.items())),
        "sent_twice": sum(n - 1 for n in load.sends.values() if n > 1),
        "complete": all(len(user.received) == MESSAGES for user in load.users.values()),
    }


def _quantile(values: list[float], percent: int) -> float:
    return statistics.quantiles(values, n=100)[percent - 1] if len(values) > 1 else (values or [0.0])[0]


# --- running the two targets ---------------------------------------------------------------------------------


def clean_env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in PROXY_VARIABLES}
    env.update({"NO_PROXY": "127.0.0.1,localhost", **extra})
    return env


async def wait_for(url: str) -> None:
    async with aiohttp.ClientSession() as session:
        for _ in range(600):
            try:
                async with session.get(url) as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise SystemExit(f"{url} did not come up")


async def bench_peer(users: int, limit: float) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp())
    load = Load({700_000_000 + n: User(700_000_000 + n, f"code{n}") for n in range(users)})
    api = await start_fake_api(load)
    command = [sys.executable, __file__, "--serve-peer", str(PEER_PORT), str(work / "peer.pickle")]
    peer = subprocess.Popen(command, env=clean_env())  # noqa: ASYNC220
    try:
        await wait_for(f"http://127.0.0.1:{PEER_PORT}/health")
        cpu = cpu_seconds([peer.pid])
        await drive(load, f"http://127.0.0.1:{PEER_PORT}/webhooks/telegram", limit)
        cpu = cpu_seconds([peer.pid]) - cpu
    finally:
        peer.terminate()
        peer.wait(timeout=30)
        await api.cleanup()
    return report("peer", load, cpu)


def callbacks_env(url: str) -> dict[str, str]:
    return clean_env(
        CALLBACKS_DATABASE_URL=url,
        CALLBACKS_SECRET_KEY="peer-bench-secret-key-0123456789",
        CALLBACKS_TELEGRAM_TOKEN=TOKEN,
        CALLBACKS_TELEGRAM_WEBHOOK_SECRET=SECRET,
        CALLBACKS_TELEGRAM_API_URL=f"http://127.0.0.1:{API_PORT}",
        CALLBACKS_SEND_PACES='{"telegram": [0, 0]}',
        CALLBACKS_LOG_LEVEL="WARNING",
    )


def enroll(env: dict[str, str], work: Path, users: int) -> list[str]:
    """A campaign and ``users`` Telegram workers from a CSV import; returns their deep links' codes."""
    callbacks = [sys.executable, "-m", "bot.cli"]
    subprocess.run([*callbacks, "db", "upgrade"], env=env, check=True, capture_output=True)
    made = [*callbacks, "campaigns", "create", "--name", "Peer bench", "--timezone", "UTC"]
    campaign = subprocess.run(made, env=env, check=True, capture_output=True, text=True).stdout.strip().split()[-1]
    sheet = work / "workers.csv"
    with sheet.open("w", newline="") as out:
        rows = csv.writer(out)
        rows.writerow(("channel", "phone", "language", "windows", "tags"))
        rows.writerows(("telegram", "", "en", "mon-sun 00:00-23:59", "") for _ in range(users))
    links = work / "links.csv"
    imported = [*callbacks, "workers", "import", str(sheet), "--campaign", campaign, "--links-out", str(links)]
    subprocess.run(imported, env=env, check=True, capture_output=True)
    with links.open() as file:
        return [row["link"].partition("start=")[2] for row in csv.DictReader(file)]


async def bench_callbacks(users: int, database: str, workers: int, limit: float, profile: str | None) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp())
    created = None
    if database == "sqlite":
        url = f"sqlite:///{work / 'peer.db'}"
    else:
        created, url = await create_scratch_database("callbacks_peer")
    env = callbacks_env(url)
    load = Load({})
    api = await start_fake_api(load)  # the import asks getMe for the bot's name (deep links)
    processes: list[subprocess.Popen[bytes]] = []
    try:
        codes = await asyncio.to_thread(enroll, env, work, users)
        load.users = {800_000_000 + n: User(800_000_000 + n, code) for n, code in enumerate(codes)}
        serve = [sys.executable, "-m", "bot.cli", "serve", "--port", str(SERVE_PORT)]
        roles = [["--role", "all"]] if database == "sqlite" else [["--role", "web"]] + [["--role", "worker"]] * workers
        logs = (work / "serve.log").open("w")
        for role in roles:
            processes.append(subprocess.Popen([*serve, *role], env=env, stderr=logs))  # noqa: ASYNC220
        await wait_for(f"http://127.0.0.1:{SERVE_PORT}/health")
        if profile:  # the last process: the one serving everything, or a worker
            spy = [str(Path(sys.executable).parent / "py-spy"), "record", "-o", profile, "-f", "raw", "-r", "250"]
            spy += ["--pid", str(processes[-1].pid)]
            processes.insert(0, subprocess.Popen(spy, stdout=subprocess.DEVNULL))  # noqa: ASYNC220
            await asyncio.sleep(1)
        served = [p.pid for p in processes[1 if profile else 0 :]]
        cpu = cpu_seconds(served)
        await drive(load, f"http://127.0.0.1:{SERVE_PORT}/webhooks/telegram", limit)
        cpu = cpu_seconds(served) - cpu
    finally:
        for process in processes:
            process.send_signal(2)
        for process in processes:
            process.wait(timeout=60)
        await api.cleanup()
        if created is not None:
            await drop_scratch_database(created)
    name = "callbacks sqlite" if database == "sqlite" else f"callbacks postgresql, {workers} worker(s)"
    return report(name, load, cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--workers", type=int, default=1, help="PostgreSQL: `--role worker` processes")
    parser.add_argument("--target", choices=("peer", "callbacks", "both"), default="both")
    parser.add_argument("--limit", type=float, default=300, help="give up after this many seconds")
    parser.add_argument("--profile", metavar="FILE", help="record a worker with py-spy (raw folded stacks)")
    parser.add_argument("--serve-peer", nargs=2, metavar=("PORT", "PICKLE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_peer:
        run_peer(int(args.serve_peer[0]), f"http://127.0.0.1:{API_PORT}", args.serve_peer[1])
        return 0
    results = []
    if args.target in ("peer", "both"):
        results.append(asyncio.run(bench_peer(args.users, args.limit)))
        print(json.dumps(results[-1]), flush=True)
    if args.target in ("callbacks", "both"):
        run = bench_callbacks(args.users, args.database, args.workers, args.limit, args.profile)
        results.append(asyncio.run(run))
        print(json.dumps(results[-1]), flush=True)
    if len(results) == 2:
        peer, ours = results
        ratio = ours["answers_per_second"] / peer["answers_per_second"] if peer["answers_per_second"] else 0.0
        cpu_ratio = peer["cpu_ms_per_answer"] / ours["cpu_ms_per_answer"] if ours["cpu_ms_per_answer"] else 0.0
        print(
            json.dumps(
                {
                    "ratio_answers_per_second": round(ratio, 2),
                    "p99_ms": [peer["p99_ms"], ours["p99_ms"]],
                    "ratio_cpu_per_answer": round(cpu_ratio, 2),
                }
            )
        )
    failed = any(r["users_unanswered"] or r["sent_twice"] or not r["complete"] for r in results)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
