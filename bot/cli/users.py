"""``callbacks users add|list|disable``: staff accounts (callers, auditors, admins and clients)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import TYPE_CHECKING

from bot.settings import Settings

if TYPE_CHECKING:
    from bot.accounts import NewUser


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = commands.add_parser("users", help="staff accounts").add_subparsers(title="user commands")
    add = users.add_parser("add", help="create an account and print its id (and the password, if generated)")
    add.add_argument("--email", required=True, help="the login (kept lower-cased; one account per address)")
    add.add_argument("--role", required=True, help="caller, admin, auditor or client")
    add.add_argument(
        "--languages", default="", metavar="CODES", help="the languages a caller takes cases in, e.g. my,th"
    )
    add.add_argument("--org", metavar="NAME", help="the organisation whose results a client sees")
    add.add_argument("--timezone", default="UTC", metavar="TZ", help="where the user works, e.g. Asia/Yangon")
    add.add_argument(
        "--interface-language", default="en", metavar="CODE", help="the language scripted texts are shown in"
    )
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input (default: generate and print one)",
    )
    add.set_defaults(run=_users_add)

    listing = users.add_parser("list", help="every account: id, email, role, languages, organisation, status")
    listing.set_defaults(run=_users_list)

    disable = users.add_parser("disable", help="disable an account and end its sessions")
    disable.add_argument("email", metavar="EMAIL")
    disable.set_defaults(run=_users_disable)


def _users_add(args: argparse.Namespace) -> int:
    from bot.accounts import AccountError, NewUser, generate_password

    if args.password_stdin:
        password, generated = sys.stdin.readline().removesuffix("\n").removesuffix("\r"), False
    else:
        password, generated = generate_password(), True
    user = NewUser(
        email=args.email,
        role=args.role,
        password=password,
        languages=tuple(code.strip() for code in args.languages.split(",") if code.strip()),
        organisation=args.org,
        timezone=args.timezone,
        interface_language=args.interface_language,
    )
    try:
        user_id = asyncio.run(_add(Settings().database_url, user))
    except AccountError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(user_id)
    if generated:
        print(f"password: {password}")
    return 0


async def _add(url: str, user: NewUser) -> int:
    from bot.accounts import create_users
    from bot.clock import SystemClock
    from bot.i18n import available_languages
    from storage.database import Database

    db = Database(url)
    try:
        # The same codes as default_locales().languages, without loading every bundle and word list.
        [created] = await create_users(db, SystemClock(), [user], available_languages())
    finally:
        await db.dispose()
    assert created.id is not None
    return created.id


def _users_list(args: argparse.Namespace) -> int:
    for line in asyncio.run(_list(Settings().database_url)):
        print(line)
    return 0


async def _list(url: str) -> list[str]:
    from sqlmodel import select

    from bot.accounts import all_users
    from storage.database import Database
    from storage.tables import Organisation

    db = Database(url)
    try:
        users = await all_users(db)
        async with db.sessions() as session:
            organisations = {o.id: o.name for o in (await session.exec(select(Organisation))).all()}
    finally:
        await db.dispose()
    return [
        "\t".join(
            (
                str(user.id),
                user.email,
                user.role,
                ",".join(user.languages),
                organisations.get(user.organisation_id, "") if user.organisation_id is not None else "",
                "disabled" if user.disabled_at is not None else "",
            )
        )
        for user in users
    ]


def _users_disable(args: argparse.Namespace) -> int:
    from bot.accounts import AccountError
    from storage.users import normal_email

    try:
        asyncio.run(_disable(Settings().database_url, args.email))
    except AccountError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"{normal_email(args.email)} disabled; their sessions have ended")
    return 0


async def _disable(url: str, email: str) -> None:
    from bot.accounts import disable
    from bot.clock import SystemClock
    from storage.database import Database

    db = Database(url)
    try:
        await disable(db, SystemClock(), email)
    finally:
        await db.dispose()
