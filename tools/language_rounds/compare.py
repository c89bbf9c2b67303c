"""Compare two readings by ``read_all.py`` (before, after): every complaint that lost a category or its P0, every
neutral reply newly flagged, for the word lists alone and with the model, then the totals. A round keeps a change
only with ``BAD words: 0 BAD model: 0``. A language the after reading holds only part of (a reading cut short) counts
each missing reply as bad; languages it does not hold at all are named and left out (an English workspace reads
its own language while it works).

    python tools/language_rounds/compare.py before.tsv after.tsv [-q]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from reading import Row, rows

COLUMNS = {"words": ("words", "p0_words"), "model": ("model", "p0_model")}  # flags column, P0 column


def load(path: Path) -> dict[tuple[str, str, str], Row]:
    return {(row.lang, row.set, row.position): row for row in rows(path)}


def worse(before: Row, after: Row, flags: str, p0: str) -> list[str]:
    wanted = set(filter(None, before.wanted.split(",")))
    had, has = set(getattr(before, flags).split(",")) & wanted, set(getattr(after, flags).split(",")) & wanted
    found = []
    if before.kind == "complaint":
        if had - has:
            found.append("PARTLOSS" if has else "LOSS")
        if before.p0 == "1" and getattr(before, p0) == "1" and getattr(after, p0) == "0":
            found.append("P0LOSS")
    if before.kind == "neutral" and not getattr(before, flags) and getattr(after, flags):
        found.append("FP+")
    return found


def main() -> None:
    quiet = "-q" in sys.argv
    before_path, after_path = (Path(a) for a in sys.argv[1:] if a != "-q")
    before, after = load(before_path), load(after_path)
    bad = dict.fromkeys(COLUMNS, 0)
    gained = dict.fromkeys(COLUMNS, 0)
    read = {lang for lang, _, _ in after}
    missing = Counter(lang for lang, _, _ in before.keys() - after.keys())
    if cut_short := {lang: n for lang, n in missing.items() if lang in read}:
        counts = ", ".join(f"{lang} {n}" for lang, n in sorted(cut_short.items()))
        print("MISSING from the after reading (cut short?):", counts)
        for name in COLUMNS:
            bad[name] += sum(cut_short.values())
    if unread := sorted(missing.keys() - read):
        print("not in the after reading, left out:", ",".join(unread))
    for key, old in before.items():
        new = after.get(key)
        if new is None:
            continue
        wanted = set(filter(None, old.wanted.split(",")))
        for name, (flags, p0) in COLUMNS.items():
            was, now = getattr(old, flags), getattr(new, flags)
            if old.kind == "complaint":
                gained[name] += len(set(now.split(",")) & wanted) - len(set(was.split(",")) & wanted)
            if found := worse(old, new, flags, p0):
                bad[name] += 1
                if not quiet:
                    print(name, "/".join(found), key, was, "->", now, old.text[:150])
    print(f"BAD words: {bad['words']} BAD model: {bad['model']}", end=" ")
    print(f"net categories words {gained['words']} model {gained['model']}")


if __name__ == "__main__":
    main()
