"""``callbacks locales export`` / ``import``: texts for translators, as CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    locales = commands.add_parser("locales", help="texts for translators").add_subparsers(title="locale commands")
    export = locales.add_parser("export", help="every text of one or all languages as CSV on standard output")
    export.add_argument("--format", choices=("csv",), default="csv")
    export.add_argument("--language", action="append", help="a language code (repeatable; default: all)")
    export.set_defaults(run=_locales_export)
    load = locales.add_parser("import", help="apply a reviewed CSV; any bad row rejects the whole file")
    load.add_argument("file", type=Path)
    load.set_defaults(run=_locales_import)


def _locales_export(args: argparse.Namespace) -> int:
    from bot.i18n import available_languages
    from bot.locales_io import export_csv

    languages = args.language or [code for code in available_languages() if code != "en"]
    unknown = sorted(set(languages) - set(available_languages()))
    if unknown:
        print(f"error: no locale for {', '.join(unknown)}", file=sys.stderr)
        return 2
    sys.stdout.write(export_csv(languages))
    return 0


def _locales_import(args: argparse.Namespace) -> int:
    from bot.locales_io import ImportRejected, import_csv

    try:
        changed = import_csv(args.file.read_text(encoding="utf-8-sig"))
    except OSError as error:
        print(f"error: cannot read {args.file}: {error.strerror}", file=sys.stderr)
        return 2
    except ImportRejected as rejected:
        for problem in rejected.errors:
            print(f"error: {args.file}:{problem}", file=sys.stderr)
        print("nothing was changed", file=sys.stderr)
        return 1
    print(f"{changed} message(s) updated")
    return 0
