"""Take a blind set as its writers left it (one ``<code>.jsonl`` per language) and write the lines fit to keep,
without printing a reply: malformed lines, exact duplicates of any kept, fresh, probe or held-out reply, and replies
close to a held-out reply of the same language (difflib ratio above 0.75) are left out, unread.

    python tools/language_rounds/clean_blind_set.py /tmp/r74/raw tests/language_eval/fresh74
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path

from conversations.categories import Category

EVAL = Path(__file__).resolve().parents[2] / "tests" / "language_eval"
CATEGORIES = {c.value for c in Category}


def texts(paths: list[Path]) -> list[str]:
    lines = (line for p in paths if p.exists() for line in p.read_text(encoding="utf-8").splitlines())
    return [json.loads(line)["text"] for line in lines if line.strip()]


def well_formed(item: dict[str, object]) -> bool:
    flags = item.get("flags", [])
    return (
        isinstance(item.get("text"), str)
        and bool(str(item["text"]).strip())
        and item.get("kind") in ("complaint", "neutral")
        and isinstance(flags, list)
        and set(flags) <= CATEGORIES
        and bool(flags) == (item["kind"] == "complaint")
        and item.get("severity", "P0") == "P0"
        and ("severity" not in item or item["kind"] == "complaint")
    )


def main() -> None:
    raw, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(raw.glob("*.jsonl")):
        code = path.stem
        known = set(
            texts([EVAL / f"{code}.jsonl", *EVAL.glob(f"fresh*/{code}.jsonl"), EVAL / "probes" / f"{code}.jsonl"])
        )
        held_out = texts([EVAL / "heldout" / f"{code}.jsonl", EVAL / "heldout2" / f"{code}.jsonl"])
        kept: list[dict[str, object]] = []
        malformed = duplicates = near = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError:
                malformed += 1
                continue
            if not isinstance(item, dict) or not well_formed(item):
                malformed += 1
                continue
            text = item["text"]
            if text in known or text in held_out:
                duplicates += 1
                continue
            if any(difflib.SequenceMatcher(None, text, other).ratio() > 0.75 for other in held_out):
                near += 1
                continue
            known.add(text)
            record = {"text": text, "kind": item["kind"], "flags": sorted(set(item.get("flags", [])))}
            kept.append(record | ({"severity": "P0"} if item.get("severity") == "P0" else {}))
        (out / path.name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")
        complaints = sum(r["kind"] == "complaint" for r in kept)
        p0 = sum("severity" in r for r in kept)
        print(
            f"{code}: kept {len(kept)} (complaints {complaints}, P0 {p0}, neutral {len(kept) - complaints}); "
            f"malformed {malformed}, duplicates {duplicates}, close to a held-out reply {near}"
        )


if __name__ == "__main__":
    main()
