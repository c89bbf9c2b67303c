"""``callbacks script check``: validate a conversation script and its messages in every locale."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    script = commands.add_parser("script", help="conversation scripts").add_subparsers(title="script commands")
    check = script.add_parser("check", help="validate a script and its messages in every locale")
    check.add_argument("file", nargs="?", type=Path, help="a script file (default: the built-in default script)")
    check.add_argument("--segment-limit", type=int, default=4, help="warn above this many SMS segments")
    check.add_argument("--segments", action="store_true", help="print the SMS segments of every question")
    check.set_defaults(run=_script_check)


def _script_check(args: argparse.Namespace) -> int:
    from bot.script_check import check

    report = check(args.file, segment_limit=args.segment_limit)
    for error in report.errors:
        print(f"error: {error}")
    for warning in report.warnings:
        print(f"warning: {warning}")
    if args.segments:
        for language, questions in report.segments.items():
            print(f"{language}: " + ", ".join(f"{q}={n}" for q, n in questions.items()))
    name = args.file or "the default script"
    if report.ok:
        print(f"{name}: OK ({len(report.warnings)} warning(s))")
    return 0 if report.ok else 1
