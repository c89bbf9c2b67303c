"""Totals of a reading by ``read_all.py`` per language: expected categories found by the word lists and with the
model, P0 found (words / model / wanted), neutral replies flagged (words / model / all).

    python tools/language_rounds/summary.py reading.tsv [fresh-73,probes]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from reading import rows


def main() -> None:
    chosen = set(sys.argv[2].split(",")) if len(sys.argv) > 2 else None
    totals: dict[str, list[int]] = defaultdict(lambda: [0] * 9)
    for code, name, _, kind, wanted, words, model, p0, p0_words, p0_model, _ in rows(Path(sys.argv[1])):
        if chosen and name not in chosen:
            continue
        for key in (code, "ALL"):
            t = totals[key]
            if kind == "complaint":
                want = set(filter(None, wanted.split(",")))
                t[0] += len(want)
                t[1] += len(want & set(words.split(",")))
                t[2] += len(want & set(model.split(",")))
                t[3] += p0 == "1"
                t[4] += p0 == "1" and p0_words == "1"
                t[5] += p0 == "1" and p0_model == "1"
            elif kind == "neutral":
                t[6] += 1
                t[7] += bool(words)
                t[8] += bool(model)
    for key in sorted(totals, key=lambda k: (k == "ALL", k)):
        e, w, m, p, pw, pm, n, fw, fm = totals[key]
        print(
            f"{key:4} expected {e:5} words {w:5} {w / max(e, 1):.3f} model {m:5} {m / max(e, 1):.3f} "
            f"P0 {pw}/{pm}/{p} flagged {fw}/{fm}/{n}"
        )


if __name__ == "__main__":
    main()
