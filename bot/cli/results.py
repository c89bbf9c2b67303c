"""``callbacks results --campaign ID [--format text|csv|json] [--language CODE]``: what a client of the campaign's
organisation may see, under the same rules as the dashboard, so the output is safe to mail to the client."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from bot.settings import Settings

FORMATS = ("text", "csv", "json")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    results = commands.add_parser("results", help="a campaign's anonymous results, as its client may see them")
    results.add_argument("--campaign", type=int, required=True, metavar="ID")
    results.add_argument("--format", choices=FORMATS, default="text", help="text (default), csv or json")
    results.add_argument("--language", default="en", metavar="CODE", help="the language of scripted questions")
    results.set_defaults(run=_results)


def _results(args: argparse.Namespace) -> int:
    settings = Settings()
    output = asyncio.run(_render(settings, args.campaign, args.format, args.language))
    if output is None:
        print(f"error: no campaign {args.campaign}", file=sys.stderr)
        return 2
    sys.stdout.write(output)
    return 0


async def _render(settings: Settings, campaign_id: int, format: str, language: str) -> str | None:
    from bot.clock import SystemClock
    from bot.i18n import default_locales
    from bot.results import as_csv, as_json, as_text, campaign_results
    from storage.database import Database
    from storage.tables import Campaign

    db = Database(settings.database_url)
    try:
        async with db.sessions() as session:
            campaign = await session.get(Campaign, campaign_id)
            if campaign is None:
                return None
            results = await campaign_results(
                session,
                campaign,
                now=SystemClock().now(),
                language=language,
                delay_days=settings.results_delay_days,
                locales=default_locales(),
            )
    finally:
        await db.dispose()
    if format == "csv":
        return as_csv(results)
    if format == "json":
        return json.dumps(as_json(results), ensure_ascii=False, indent=2) + "\n"
    return as_text(results)
