"""``callbacks workers add``: enroll a worker; prints the worker id (and, for Telegram, the link)."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.settings import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    workers = commands.add_parser("workers", help="workers").add_subparsers(title="worker commands")
    add = workers.add_parser("add", help="enroll a worker; prints the worker id (and, for Telegram, the link)")
    add.add_argument("--campaign", type=int, required=True)
    add.add_argument("--channel", required=True, choices=("sms", "whatsapp", "telegram", "simulator"))
    add.add_argument("--phone", help="E.164 number, for sms and whatsapp")
    add.add_argument("--language", required=True)
    add.add_argument("--window", action="append", required=True, help='e.g. "mon-fri 19:00-21:00" (repeatable)')
    add.add_argument("--tag", action="append", default=[], help="e.g. migrant (repeatable)")
    add.set_defaults(run=_workers_add)


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
