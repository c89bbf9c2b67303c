"""``callbacks serve``, ``demo`` and ``simulate``: the whole system, for real, for show, or on a virtual clock."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import tempfile
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from bot.settings import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = commands.add_parser("serve", help="run the web app, the dispatcher and the scheduler")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--role", choices=("all", "web", "worker"), default="all")
    serve.set_defaults(run=_serve)

    demo = commands.add_parser("demo", help="the whole system on SQLite with the simulator and sample workers")
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument("--port", type=int, default=8080)
    demo.add_argument("--speed", type=float, default=10.0, help="how much faster the demo clock runs")
    demo.add_argument("--dir", type=Path, default=Path(".callbacks-demo"), help="where the demo keeps its data")
    demo.set_defaults(run=_demo)

    simulate = commands.add_parser("simulate", help="a headless end-to-end run on a virtual clock")
    simulate.add_argument("--workers", type=int, default=200)
    simulate.add_argument("--seed", type=int, default=1)
    simulate.add_argument("--json", action="store_true", help="print one JSON object")
    simulate.add_argument(
        "--database",
        metavar="URL",
        help="run in this database (it keeps the simulated campaign); default: a throw-away SQLite file, so a "
        "simulation never fills the service's own database (CALLBACKS_DATABASE_URL) with simulated workers",
    )
    simulate.set_defaults(run=_simulate)


def _serve(args: argparse.Namespace) -> int:
    from bot.serve import serve

    settings = Settings()
    run_service(serve(settings, host=args.host, port=args.port, role=args.role))
    return 0


def run_service(main: Coroutine[Any, Any, None]) -> None:
    """Runs a long-lived service on uvloop's event loop, or asyncio's own where uvloop is not installed (Windows).
    ``simulate`` keeps asyncio's: it waits on SQLite, not on sockets, and measured no faster on uvloop."""
    try:
        import uvloop
    except ImportError:
        asyncio.run(main)
    else:
        uvloop.run(main)


def _demo(args: argparse.Namespace) -> int:
    from bot.demo import run_demo

    asyncio.run(run_demo(args.dir, Settings(), host=args.host, port=args.port, speed=args.speed))
    return 0


def _simulate(args: argparse.Namespace) -> int:
    from bot.simulate import simulate
    from storage.migrate import upgrade

    if args.workers < 1:
        print("--workers must be at least 1", file=sys.stderr)
        return 2
    settings = Settings()
    logging.getLogger().setLevel(logging.WARNING)
    secret = settings.secret_key.get_secret_value() if settings.secret_key else "simulation-only-secret-key"
    with tempfile.TemporaryDirectory(prefix="callbacks-simulate-") as scratch:
        database_url = args.database or f"sqlite:///{Path(scratch) / 'simulation.db'}"
        upgrade(database_url)
        report = asyncio.run(simulate(database_url, secret, workers=args.workers, seed=args.seed))
    if args.json:
        print(json.dumps(report))
    else:
        for key, value in report.items():
            print(f"{key:>20}: {value}")
    return 0 if report["lost"] == 0 and report["duplicates_sent"] == 0 and report["unfinished"] == 0 else 1
