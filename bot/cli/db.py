"""``callbacks db upgrade``: create or migrate the schema."""

from __future__ import annotations

import argparse

from bot.settings import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = commands.add_parser("db", help="database schema").add_subparsers(title="db commands")
    upgrade = db.add_parser("upgrade", help="create or migrate the schema to the latest version")
    upgrade.add_argument("--revision", default="head")
    upgrade.set_defaults(run=_db_upgrade)


def _db_upgrade(args: argparse.Namespace) -> int:
    from storage.migrate import upgrade

    upgrade(Settings().database_url, args.revision)
    print(f"database is at revision {args.revision}")
    return 0
