"""The ``callbacks`` command."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from pathlib import Path

from bot.settings import Settings


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return int(args.run(args) or 0)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="callbacks", description="Worker Callbacks: safe follow-up chats.")
    commands = parser.add_subparsers(title="commands")

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
    simulate.set_defaults(run=_simulate)

    db = commands.add_parser("db", help="database schema").add_subparsers(title="db commands")
    upgrade = db.add_parser("upgrade", help="create or migrate the schema to the latest version")
    upgrade.add_argument("--revision", default="head")
    upgrade.set_defaults(run=_db_upgrade)

    script = commands.add_parser("script", help="conversation scripts").add_subparsers(title="script commands")
    check = script.add_parser("check", help="validate a script and its messages in every locale")
    check.add_argument("file", nargs="?", type=Path, help="a script file (default: the built-in default script)")
    check.add_argument("--segment-limit", type=int, default=4, help="warn above this many SMS segments")
    check.add_argument("--segments", action="store_true", help="print the SMS segments of every question")
    check.set_defaults(run=_script_check)
    return parser


def _serve(args: argparse.Namespace) -> int:
    from bot.serve import serve

    settings = Settings()
    asyncio.run(serve(settings, host=args.host, port=args.port, role=args.role))
    return 0


def _demo(args: argparse.Namespace) -> int:
    from bot.demo import run_demo

    asyncio.run(run_demo(args.dir, host=args.host, port=args.port, speed=args.speed))
    return 0


def _simulate(args: argparse.Namespace) -> int:
    from bot.simulate import simulate
    from storage.migrate import upgrade

    if args.workers < 1:
        print("--workers must be at least 1", file=sys.stderr)
        return 2
    settings = Settings()
    logging.getLogger().setLevel(logging.WARNING)
    upgrade(settings.database_url)
    secret = settings.secret_key.get_secret_value() if settings.secret_key else "simulation-only-secret-key"
    report = asyncio.run(simulate(settings.database_url, secret, workers=args.workers, seed=args.seed))
    if args.json:
        print(json.dumps(report))
    else:
        for key, value in report.items():
            print(f"{key:>20}: {value}")
    return 0 if report["lost"] == 0 and report["duplicates_sent"] == 0 and report["unfinished"] == 0 else 1


def _db_upgrade(args: argparse.Namespace) -> int:
    from storage.migrate import upgrade

    upgrade(Settings().database_url, args.revision)
    print(f"database is at revision {args.revision}")
    return 0


def _script_check(args: argparse.Namespace) -> int:
    from bot.script_check import check

    report = check(args.file, segment_limit=args.segment_limit)
    for error in report.errors:
        print(f"error: {error}")
    for warning in report.warnings:
        print(f"warning: {warning}")
    if args.segments:
        for language, questions in report.segments.items():
            print(f"{language}: " + ", ".join(f"{q}={n}" for q, n in questions.items()))
    name = args.file or "the default script"
    if report.ok:
        print(f"{name}: OK ({len(report.warnings)} warning(s))")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
