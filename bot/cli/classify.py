"""``callbacks classify``: the language of a reply and the flags the bot would raise."""

from __future__ import annotations

import argparse
import json
import sys


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    classify = commands.add_parser("classify", help="the language of a reply and the flags the bot would raise")
    classify.add_argument("text", nargs="?")
    classify.add_argument("--language", help="read the text with this language's lexicon")
    classify.add_argument("--jsonl", action="store_true", help='read {"text": ..., "language": ...} lines from stdin')
    classify.set_defaults(run=_classify)


def _classify(args: argparse.Namespace) -> int:
    from bot.classify import classify, classify_lines
    from bot.i18n import default_locales

    locales = default_locales()
    if args.jsonl:
        ok = True
        for result, fine in classify_lines(sys.stdin, locales):
            print(json.dumps(result, ensure_ascii=False), flush=True)
            ok = ok and fine
        return 0 if ok else 1
    if args.text is None:
        print("error: give a TEXT, or --jsonl to read lines from standard input", file=sys.stderr)
        return 2
    if args.language is not None and args.language not in locales.languages:
        print(
            f"error: no locale for language {args.language!r}; available: {', '.join(locales.languages)}",
            file=sys.stderr,
        )
        return 2
    print(json.dumps(classify(args.text, args.language, locales), ensure_ascii=False))
    return 0
