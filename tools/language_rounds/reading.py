"""One row of a reading written by ``read_all.py`` and read by ``compare.py``, ``summary.py`` and ``misses.py``:
the columns are named here once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple


class Row(NamedTuple):
    lang: str
    set: str
    position: str  # the reply's place in its set
    kind: str
    wanted: str  # the expected categories, comma-separated
    words: str  # the categories the word lists found
    model: str  # the categories found with the complaint model
    p0: str  # "1" when the reply is labelled P0
    p0_words: str
    p0_model: str
    text: str

    def line(self) -> str:
        return "\t".join(self) + "\n"


def rows(path: Path) -> Iterator[Row]:
    for line in path.read_text(encoding="utf-8").splitlines():
        yield Row(*line.split("\t"))
