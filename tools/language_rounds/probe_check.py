"""Every complaint in ``tests/language_eval/probes/<code>.jsonl`` and in a round's ``<code>.new.jsonl`` keeps its
categories with the word lists alone (what ``tests/test_language_eval.py`` requires), and every probe names one.

    python tools/language_rounds/probe_check.py ms
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bot.i18n import default_locales
from conversations.lexicon import flags_in_text
from conversations.prompts import vocabularies

PROBES = Path(__file__).resolve().parents[2] / "tests" / "language_eval" / "probes"


def main() -> None:
    code = sys.argv[1]
    known = vocabularies(code, default_locales())
    read = failing = 0
    for path in (PROBES / f"{code}.jsonl", PROBES / f"{code}.new.jsonl"):
        if not path.exists():
            continue
        for index, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            probe = json.loads(line)
            read += 1
            if not probe.get("flags"):
                failing += 1
                print("NO FLAGS", path.name, index, probe["text"])
                continue
            found = {flag.category.value for flag in flags_in_text(probe["text"], known)}
            if missing := set(probe["flags"]) - found:
                failing += 1
                print("FAILS", path.name, index, sorted(missing), "found", sorted(found), probe["text"])
    print(f"probes {read}, failing {failing}")


if __name__ == "__main__":
    main()
