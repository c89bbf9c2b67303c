"""Read every development, fresh and probe reply of the chosen languages, with the word lists alone and with the
complaint model, and write one TSV row per reply (never a held-out set):

    lang  set  index  kind  wanted  words  model  P0-wanted  P0-words  P0-model  text

    python tools/language_rounds/read_all.py start.tsv [--model default|none|PATH] [--sets fresh-73,...] [--langs en,ms]

A round reads everything before and after a change and compares the two files with ``compare.py``. English entries
are read inside every language's replies, so a change to English is read with ``--langs`` left at all. A blind set
listed in ``tests/language_eval/unread.txt`` (committed ahead of its first reading) is read only when ``--sets``
names it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the benchmark's sets, when run as a script

from reading import Row

from benchmarks.languages import EVAL, HELD_OUT, SETS, UNREAD, items
from bot.i18n import available_languages, default_locales
from conversations.flag_model import FlagModel
from conversations.lexicon import flags_in_text
from conversations.prompts import vocabularies
from conversations.vocabulary import Severity


def sets(code: str) -> Iterator[tuple[str, list[dict[str, object]]]]:
    """The benchmark's development and fresh sets (never a held-out one), then the probes and a round's probes
    before they are merged."""
    for name, folders in SETS.items():
        if name not in HELD_OUT:
            yield name, items(folders, code)
    yield "probes", items((EVAL / "probes",), code)
    yield "probes-new", items((EVAL / "probes",), f"{code}.new")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--model", default="default", help="default (locales/flag_model.bin), none, or a file")
    parser.add_argument("--sets", default="all", help="comma-separated set names, e.g. fresh-73,probes")
    parser.add_argument("--langs", default="all", help="comma-separated language codes")
    args = parser.parse_args()
    locales = default_locales()
    model = {"default": locales.flag_model, "none": None}.get(args.model)
    if args.model not in ("default", "none"):
        model = FlagModel.from_bytes(Path(args.model).read_bytes())
    codes = list(available_languages()) if args.langs == "all" else args.langs.split(",")
    chosen = None if args.sets == "all" else set(args.sets.split(","))
    with args.output.open("w", encoding="utf-8") as out:
        for code in codes:
            known = vocabularies(code, locales)
            for name, replies in sets(code):
                if (chosen and name not in chosen) or (not chosen and name in UNREAD):
                    continue
                for index, item in enumerate(replies):
                    kind = item.get("kind", "complaint")  # probes are complaints
                    if kind == "answer":
                        continue
                    words = flags_in_text(item["text"], known, None)
                    read = flags_in_text(item["text"], known, model) if model else words
                    row = Row(
                        lang=code,
                        set=name,
                        position=str(index),
                        kind=kind,
                        wanted=",".join(sorted(item.get("flags", []))),
                        words=",".join(sorted({f.category.value for f in words})),
                        model=",".join(sorted({f.category.value for f in read})),
                        p0=str(int(item.get("severity") == "P0")),
                        p0_words=str(int(any(f.severity is Severity.P0 for f in words))),
                        p0_model=str(int(any(f.severity is Severity.P0 for f in read))),
                        text=" ".join(item["text"].split()),
                    )
                    out.write(row.line())


if __name__ == "__main__":
    main()
