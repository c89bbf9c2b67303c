"""The ``callbacks`` command, one module per noun; each adds its subcommands with ``register(commands)``."""

from __future__ import annotations

import argparse

from bot.cli import campaigns, classify, db, inbound, locales, orgs, results, scripts, serve, telegram, users, workers
from bot.logs import configure_logging
from bot.settings import Settings

# In this order in ``callbacks --help``.
_NOUNS = (serve, db, scripts, classify, locales, orgs, campaigns, workers, inbound, results, telegram, users)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    settings = Settings()
    configure_logging(settings.log_format, settings.log_level)  # CALLBACKS_LOG_FORMAT=json, CALLBACKS_LOG_LEVEL
    return int(args.run(args) or 0)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="callbacks", description="Worker Callbacks: safe follow-up chats.")
    commands = parser.add_subparsers(title="commands")
    for noun in _NOUNS:
        noun.register(commands)
    return parser


__all__ = ["main"]
