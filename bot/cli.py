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
    classify = commands.add_parser("classify", help="the language of a reply and the flags the bot would raise")
    classify.add_argument("text", nargs="?")
    classify.add_argument("--language", help="read the text with this language's lexicon")
    classify.add_argument("--jsonl", action="store_true", help='read {"text": ..., "language": ...} lines from stdin')
    classify.set_defaults(run=_classify)

    locales = commands.add_parser("locales", help="texts for translators").add_subparsers(title="locale commands")
    export = locales.add_parser("export", help="every text of one or all languages as CSV on standard output")
    export.add_argument("--format", choices=("csv",), default="csv")
    export.add_argument("--language", action="append", help="a language code (repeatable; default: all)")
    export.set_defaults(run=_locales_export)
    load = locales.add_parser("import", help="apply a reviewed CSV; any bad row rejects the whole file")
    load.add_argument("file", type=Path)
    load.set_defaults(run=_locales_import)

    campaigns = commands.add_parser("campaigns", help="campaigns").add_subparsers(title="campaign commands")
    create = campaigns.add_parser("create", help="create a campaign and print its id")
    create.add_argument("--name", required=True)
    create.add_argument("--timezone", required=True, help="the facility's IANA timezone, e.g. Asia/Jakarta")
    create.add_argument("--script", default="default")
    create.add_argument("--org", default="Default", help="the client organisation")
    create.set_defaults(run=_campaigns_create)

    workers = commands.add_parser("workers", help="workers").add_subparsers(title="worker commands")
    add = workers.add_parser("add", help="enroll a worker; prints the worker id (and, for Telegram, the link)")
    add.add_argument("--campaign", type=int, required=True)
    add.add_argument("--channel", required=True, choices=("sms", "whatsapp", "telegram", "simulator"))
    add.add_argument("--phone", help="E.164 number, for sms and whatsapp")
    add.add_argument("--language", required=True)
    add.add_argument("--window", action="append", required=True, help='e.g. "mon-fri 19:00-21:00" (repeatable)')
    add.add_argument("--tag", action="append", default=[], help="e.g. migrant (repeatable)")
    add.set_defaults(run=_workers_add)

    telegram = commands.add_parser("telegram", help="Telegram").add_subparsers(title="telegram commands")
    webhook = telegram.add_parser("set-webhook", help="register CALLBACKS_PUBLIC_URL/webhooks/telegram with a secret")
    webhook.set_defaults(run=_telegram_set_webhook)
    return parser


def _classify(args: argparse.Namespace) -> int:
    from bot.classify import classify, classify_lines
    from bot.i18n import default_locales

    locales = default_locales()
    if args.jsonl:
        ok = True
        for result, fine in classify_lines(sys.stdin, locales):
            print(json.dumps(result, ensure_ascii=False), flush=True)
            ok = ok and fine
        return 0 if ok else 1
    if args.text is None:
        print("error: give a TEXT, or --jsonl to read lines from standard input", file=sys.stderr)
        return 2
    if args.language is not None and args.language not in locales.languages:
        print(
            f"error: no locale for language {args.language!r}; available: {', '.join(locales.languages)}",
            file=sys.stderr,
        )
        return 2
    print(json.dumps(classify(args.text, args.language, locales), ensure_ascii=False))
    return 0


def _locales_export(args: argparse.Namespace) -> int:
    from bot.i18n import available_languages
    from bot.locales_io import export_csv

    languages = args.language or [code for code in available_languages() if code != "en"]
    unknown = sorted(set(languages) - set(available_languages()))
    if unknown:
        print(f"error: no locale for {', '.join(unknown)}", file=sys.stderr)
        return 2
    sys.stdout.write(export_csv(languages))
    return 0


def _locales_import(args: argparse.Namespace) -> int:
    from bot.locales_io import ImportRejected, import_csv

    try:
        changed = import_csv(args.file.read_text(encoding="utf-8-sig"))
    except OSError as error:
        print(f"error: cannot read {args.file}: {error.strerror}", file=sys.stderr)
        return 2
    except ImportRejected as rejected:
        for problem in rejected.errors:
            print(f"error: {args.file}:{problem}", file=sys.stderr)
        print("nothing was changed", file=sys.stderr)
        return 1
    print(f"{changed} message(s) updated")
    return 0


def _campaigns_create(args: argparse.Namespace) -> int:
    from bot.admin import create_campaign
    from bot.enrollment import EnrollmentError

    try:
        campaign_id = asyncio.run(
            create_campaign(
                Settings(), name=args.name, timezone=args.timezone, script=args.script, organisation=args.org
            )
        )
    except EnrollmentError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(campaign_id)
    return 0


def _workers_add(args: argparse.Namespace) -> int:
    from bot.admin import add_worker
    from bot.enrollment import Enrollment, EnrollmentError

    if args.channel in ("sms", "whatsapp") and not args.phone:
        print(f"error: --phone is required for {args.channel}", file=sys.stderr)
        return 2
    if args.channel == "telegram" and args.phone:
        print("error: Telegram workers enroll by link; no phone number is stored", file=sys.stderr)
        return 2
    enrollment = Enrollment(args.channel, args.language, tuple(args.window), args.phone, tuple(args.tag))
    try:
        added = asyncio.run(add_worker(Settings(), campaign_id=args.campaign, enrollment=enrollment))
    except EnrollmentError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(added.worker_id)
    if added.deep_link:
        print(added.deep_link)
    return 0


def _telegram_set_webhook(args: argparse.Namespace) -> int:
    from bot.admin import set_telegram_webhook

    print(f"webhook set: {asyncio.run(set_telegram_webhook(Settings()))}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from bot.serve import serve

    settings = Settings()
    asyncio.run(serve(settings, host=args.host, port=args.port, role=args.role))
    return 0


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
