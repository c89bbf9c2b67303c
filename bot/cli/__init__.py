"""The ``callbacks`` command, one module per noun; each adds its subcommands with ``register(commands)``."""

from __future__ import annotations

import argparse
import sys

from pydantic import ValidationError

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
    try:
        settings = Settings()
    except ValidationError as error:  # a malformed CALLBACKS_* variable: say which, in one line each
        for problem in error.errors():
            name = "CALLBACKS_" + "_".join(str(part) for part in problem["loc"]).upper()
            print(f"error: {name}: {problem['msg']}", file=sys.stderr)
        return 2
    configure_logging(settings.log_format, settings.log_level)  # CALLBACKS_LOG_FORMAT=json, CALLBACKS_LOG_LEVEL
    return int(args.run(args) or 0)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="callbacks", description="Worker Callbacks: safe follow-up chats.")
    commands = parser.add_subparsers(title="commands")
    for noun in _NOUNS:
        noun.register(commands)
    return parser


__all__ = ["main"]
