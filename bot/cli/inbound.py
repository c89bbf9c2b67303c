"""``callbacks inbound dead-letters``: webhooks that passed authentication but whose body could not be taken."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.settings import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    inbound = commands.add_parser("inbound", help="what providers posted").add_subparsers(title="inbound commands")
    letters = inbound.add_parser(
        "dead-letters",
        help="webhook bodies that could not be taken: id, channel, received at, reason, size (never the body)",
    )
    letters.add_argument("--limit", type=int, default=100, help="how many, the newest first (default 100)")
    letters.add_argument(
        "--show",
        type=int,
        metavar="ID",
        help="print that dead letter's body, decrypted (it may hold a phone number: for an operator's eyes only)",
    )
    letters.add_argument(
        "--delete-older-than",
        type=float,
        metavar="DAYS",
        help="delete the dead letters received more than DAYS days ago, and print how many",
    )
    letters.set_defaults(run=_dead_letters)


def _dead_letters(args: argparse.Namespace) -> int:
    settings = Settings()
    if args.delete_older_than is not None:
        if args.delete_older_than < 0:
            print("error: --delete-older-than takes a number of days, 0 or more", file=sys.stderr)
            return 2
        deleted = asyncio.run(_delete(settings.database_url, args.delete_older_than))
        print(f"deleted {deleted} dead letters")
        return 0
    if args.show is not None:
        body = asyncio.run(_body(settings.database_url, settings.require_secret_key(), args.show))
        if body is None:
            print(f"error: no dead letter {args.show}", file=sys.stderr)
            return 2
        sys.stdout.write(body.decode("utf-8", "backslashreplace"))
        sys.stdout.write("\n")
        return 0
    for line in asyncio.run(_list(settings.database_url, args.limit)):
        print(line)
    return 0


async def _list(url: str, limit: int) -> list[str]:
    from storage.database import Database
    from storage.dead_letters import dead_letters

    db = Database(url)
    try:
        letters = await dead_letters(db, limit=limit)
    finally:
        await db.dispose()
    return [
        "\t".join((str(d.id), d.channel, d.received_at.isoformat(timespec="seconds"), d.reason, f"{d.size} bytes"))
        for d in letters
    ]


async def _body(url: str, secret: str, dead_letter_id: int) -> bytes | None:
    from storage.crypto import AddressCipher
    from storage.database import Database
    from storage.dead_letters import dead_letter_body

    db = Database(url)
    try:
        return await dead_letter_body(db, AddressCipher(secret), dead_letter_id)
    finally:
        await db.dispose()


async def _delete(url: str, days: float) -> int:
    from datetime import timedelta

    from bot.clock import SystemClock
    from storage.database import Database
    from storage.dead_letters import delete_dead_letters

    db = Database(url)
    try:
        return await delete_dead_letters(db, SystemClock().now() - timedelta(days=days))
    finally:
        await db.dispose()
