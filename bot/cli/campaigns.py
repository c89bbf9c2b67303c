"""``callbacks campaigns create``: a new campaign; prints its id."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.settings import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    campaigns = commands.add_parser("campaigns", help="campaigns").add_subparsers(title="campaign commands")
    create = campaigns.add_parser("create", help="create a campaign and print its id")
    create.add_argument("--name", required=True)
    create.add_argument("--timezone", required=True, help="the facility's IANA timezone, e.g. Asia/Jakarta")
    create.add_argument("--script", default="default")
    create.add_argument("--org", default="Default", help="the client organisation")
    create.set_defaults(run=_campaigns_create)


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
