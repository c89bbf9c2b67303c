"""What a reading by ``read_all.py`` misses in one language: complaints short of a category or their P0, neutral
replies flagged (by the word lists or the model), for the sets named. A fitter's list of work; never run on a
held-out set (``read_all.py`` never reads one).

    python tools/language_rounds/misses.py reading.tsv ms fresh-73[,fresh-72]
"""

from __future__ import annotations

import sys
from pathlib import Path

from reading import rows


def main() -> None:
    reading, code, names = Path(sys.argv[1]), sys.argv[2], set(sys.argv[3].split(","))
    for lang, name, index, kind, wanted, words, model, p0, p0_words, p0_model, text in rows(reading):
        if lang != code or name not in names:
            continue
        want = set(filter(None, wanted.split(",")))
        if kind == "complaint" and (want - set(words.split(",")) or (p0 == "1" and p0_words == "0")):
            notes = " P0-MISSED(words)" if p0 == "1" and p0_words == "0" else ""
            notes += " P0-MISSED(model)" if p0 == "1" and p0_model == "0" else ""
            print(f"MISS\t{name}:{index}\twant {wanted} words [{words}] model [{model}]{notes}\t{text}")
        elif kind == "neutral" and (words or model):
            print(f"FP\t{name}:{index}\twords [{words}] model [{model}]\t{text}")


if __name__ == "__main__":
    main()
