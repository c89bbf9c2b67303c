"""``callbacks campaigns create|list|start|pause|close``."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import date

from bot.settings import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    campaigns = commands.add_parser("campaigns", help="campaigns").add_subparsers(title="campaign commands")
    create = campaigns.add_parser("create", help="create a campaign and print its id")
    create.add_argument("--name", required=True)
    create.add_argument("--timezone", required=True, help="the facility's IANA timezone, e.g. Asia/Jakarta")
    create.add_argument("--script", default="default")
    create.add_argument("--org", default="Default", help="the client organisation")
    create.add_argument("--facility", default="", help="the audited facility, e.g. 'PT Garmen, Bekasi'")
    create.add_argument(
        "--country", default="", help="ISO 3166 code, e.g. ID: local phone numbers are read as this country's"
    )
    create.add_argument("--audit-date", type=_day, metavar="YYYY-MM-DD")
    create.add_argument(
        "--language",
        action="append",
        default=[],
        metavar="CODE",
        help="a language workers may be enrolled in (repeatable; none: any with a locale)",
    )
    create.add_argument("--contact-from", type=_day, metavar="YYYY-MM-DD", help="first day of the contact period")
    create.add_argument("--contact-until", type=_day, metavar="YYYY-MM-DD", help="last day of the contact period")
    create.add_argument(
        "--draft", action="store_true", help="create it as a draft: workers can be enrolled, nobody is contacted"
    )
    create.set_defaults(run=_campaigns_create)

    listing = campaigns.add_parser("list", help="campaigns: id, organisation, name, facility, status, workers")
    listing.add_argument("--org", metavar="NAME", help="only this organisation's")
    listing.set_defaults(run=_campaigns_list)

    for status, verb, text in (
        ("running", "start", "start a draft campaign, or resume a paused one"),
        ("paused", "pause", "stop first contacts now; conversations under way go on"),
        ("closed", "close", "end the campaign for good: nobody new is contacted"),
    ):
        command = campaigns.add_parser(verb, help=text)
        command.add_argument("id", type=int, metavar="ID")
        command.set_defaults(run=_campaigns_status, status=status, verb=verb)


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date: use YYYY-MM-DD") from None


def _campaigns_create(args: argparse.Namespace) -> int:
    from bot.admin import CampaignFields, create_campaign
    from bot.enrollment import EnrollmentError

    fields = CampaignFields(
        name=args.name,
        timezone=args.timezone,
        script=args.script,
        organisation=args.org,
        facility=args.facility,
        country=args.country,
        audit_date=args.audit_date,
        languages=tuple(args.language),
        contact_starts_on=args.contact_from,
        contact_ends_on=args.contact_until,
        status="draft" if args.draft else "running",
    )
    try:
        campaign_id = asyncio.run(create_campaign(Settings(), fields))
    except EnrollmentError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(campaign_id)
    return 0


def _campaigns_list(args: argparse.Namespace) -> int:
    from bot.admin import list_campaigns

    for c in asyncio.run(list_campaigns(Settings(), args.org)):
        workers = f"{c.workers} worker{'' if c.workers == 1 else 's'}"
        print("\t".join((str(c.id), c.organisation, c.name, c.facility, c.status, workers)))
    return 0


def _campaigns_status(args: argparse.Namespace) -> int:
    from bot.admin import set_campaign_status
    from bot.campaign_status import CampaignStatusError

    try:
        campaign = asyncio.run(set_campaign_status(Settings(), args.id, args.status))
    except CampaignStatusError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"campaign {campaign.id} is {campaign.status}")
    return 0
