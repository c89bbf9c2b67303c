"""``callbacks orgs add|list``: the client organisations whose campaigns these are."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.settings import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    orgs = commands.add_parser("orgs", help="client organisations").add_subparsers(title="organisation commands")
    add = orgs.add_parser("add", help="add an organisation and print its id")
    add.add_argument("name", metavar="NAME")
    add.set_defaults(run=_orgs_add)
    listing = orgs.add_parser("list", help="every organisation: id, name, campaigns")
    listing.set_defaults(run=_orgs_list)


def _orgs_add(args: argparse.Namespace) -> int:
    from bot.admin import add_org
    from bot.enrollment import EnrollmentError

    try:
        print(asyncio.run(add_org(Settings(), args.name)))
    except EnrollmentError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


def _orgs_list(args: argparse.Namespace) -> int:
    from bot.admin import list_orgs

    for organisation in asyncio.run(list_orgs(Settings())):
        count = organisation.campaigns
        print(f"{organisation.id}\t{organisation.name}\t{count} campaign{'' if count == 1 else 's'}")
    return 0
