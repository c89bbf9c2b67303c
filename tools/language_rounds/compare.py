"""Compare two readings by ``read_all.py`` (before, after): every complaint that lost a category or its P0, every
neutral reply newly flagged, for the word lists alone and with the model, then the totals. A round keeps a change
only with ``BAD words: 0 BAD model: 0``.

    python tools/language_rounds/compare.py before.tsv after.tsv [-q]
"""

from __future__ import annotations

import sys
from pathlib import Path

Row = list[str]
COLUMNS = {"words": (5, 8), "model": (6, 9)}  # flags column, P0 column


def load(path: Path) -> dict[tuple[str, str, str], Row]:
    rows = (line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines())
    return {(row[0], row[1], row[2]): row for row in rows}


def worse(before: Row, after: Row, flags: int, p0: int) -> list[str]:
    wanted = set(filter(None, before[4].split(",")))
    had, has = set(before[flags].split(",")) & wanted, set(after[flags].split(",")) & wanted
    found = []
    if before[3] == "complaint":
        if had - has:
            found.append("PARTLOSS" if has else "LOSS")
        if before[7] == "1" and before[p0] == "1" and after[p0] == "0":
            found.append("P0LOSS")
    if before[3] == "neutral" and not before[flags] and after[flags]:
        found.append("FP+")
    return found


def main() -> None:
    quiet = "-q" in sys.argv
    before_path, after_path = (Path(a) for a in sys.argv[1:] if a != "-q")
    before, after = load(before_path), load(after_path)
    bad = dict.fromkeys(COLUMNS, 0)
    gained = dict.fromkeys(COLUMNS, 0)
    for key, old in before.items():
        new = after.get(key)
        if new is None:
            continue
        wanted = set(filter(None, old[4].split(",")))
        for name, (flags, p0) in COLUMNS.items():
            if old[3] == "complaint":
                gained[name] += len(set(new[flags].split(",")) & wanted) - len(set(old[flags].split(",")) & wanted)
            if found := worse(old, new, flags, p0):
                bad[name] += 1
                if not quiet:
                    print(name, "/".join(found), key, old[flags], "->", new[flags], old[10][:150])
    print(f"BAD words: {bad['words']} BAD model: {bad['model']}", end=" ")
    print(f"net categories words {gained['words']} model {gained['model']}")


if __name__ == "__main__":
    main()
