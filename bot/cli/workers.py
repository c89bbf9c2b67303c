"""``callbacks workers add|import``: enroll one worker, or many from a CSV file."""

from __future__ import annotations

import argparse
import asyncio
import csv
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bot.settings import Settings

if TYPE_CHECKING:
    from bot.worker_import import ImportReport


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    workers = commands.add_parser("workers", help="workers").add_subparsers(title="worker commands")
    add = workers.add_parser("add", help="enroll a worker; prints the worker id (and, for Telegram, the link)")
    add.add_argument("--campaign", type=int, required=True)
    add.add_argument("--channel", required=True, choices=("sms", "whatsapp", "telegram", "simulator"))
    add.add_argument(
        "--phone", help="for sms and whatsapp: +62 812-3456-7890, or a local number in the campaign's country"
    )
    add.add_argument("--language", required=True)
    add.add_argument("--window", action="append", required=True, help='e.g. "mon-fri 19:00-21:00" (repeatable)')
    add.add_argument("--tag", action="append", default=[], help="e.g. migrant (repeatable)")
    add.set_defaults(run=_workers_add)

    imports = workers.add_parser(
        "import",
        help="enroll workers from a CSV file with the columns channel,phone,language,windows,tags",
        description="Every row is checked; refused rows are printed as 'line N: reason' and the good rows are"
        " imported. Exit status 1 when a row was refused. Importing the same file again enrolls nobody twice.",
    )
    imports.add_argument("file", type=Path, metavar="FILE.csv")
    imports.add_argument("--campaign", type=int, required=True)
    imports.add_argument(
        "--links-out",
        type=Path,
        metavar="FILE.csv",
        help="where the Telegram rows' one-time links are added (default: FILE-telegram-links.csv next to FILE)",
    )
    imports.set_defaults(run=_workers_import)


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


def _workers_import(args: argparse.Namespace) -> int:
    from bot.admin import import_file
    from bot.enrollment import EnrollmentError
    from bot.worker_import import read_csv

    try:
        data = args.file.read_bytes()
    except OSError as error:
        print(f"error: cannot read {args.file}: {error.strerror}", file=sys.stderr)
        return 2
    try:
        rows = read_csv(data)
        report = asyncio.run(import_file(Settings(), args.campaign, rows, _progress(len(rows.rows))))
    except EnrollmentError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for line, reason in report.refused:
        print(f"line {line}: {reason}")
    if report.links:
        links = args.links_out or args.file.with_name(f"{args.file.stem}-telegram-links.csv")
        _add_links(links, report)
        print(f"Telegram links for {len(report.links)} workers added to {links}: hand each worker theirs")
    print(report.summary)
    return 1 if report.refused else 0


def _progress(total: int) -> Callable[[int], None]:
    def show(done: int) -> None:
        print(f"{done} of {total} rows checked", file=sys.stderr, flush=True)

    return show


def _add_links(path: Path, report: ImportReport) -> None:
    """One-time links are secrets until used: the file is readable by its owner only, and added to, never
    overwritten (links already handed out stay there)."""
    new = not path.exists()
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(descriptor, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        if new:
            writer.writerow(("line", "language", "link"))
        writer.writerows(report.links)
