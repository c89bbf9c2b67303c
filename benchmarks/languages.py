"""Benchmark: language detection and complaint flagging on the labelled replies in tests/language_eval/.

Per language: detection accuracy on replies of three or more words (confusable pairs counted separately),
complaint recall per category, false positives on neutral replies, detection time per reply; and the peak
memory of the process with every locale and both detectors loaded. Targets (issue 4): accuracy >= 95%,
recall >= 90%, false positives <= 5%, under 1 ms per reply, under 300 MB.

    python benchmarks/languages.py [--json]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections import Counter
from pathlib import Path

from bot.i18n import available_languages, default_locales
from conversations.language import CONFUSABLE, detect_language
from conversations.lexicon import flags_in_text
from conversations.prompts import vocabularies

EVAL = Path(__file__).resolve().parent.parent / "tests" / "language_eval"


def measure(code: str) -> dict[str, object]:
    items = [json.loads(line) for line in (EVAL / f"{code}.jsonl").read_text(encoding="utf-8").splitlines() if line]
    known = vocabularies(code, default_locales())
    spaced = default_locales().vocabulary(code).spaced
    longer = [  # three words or more; six characters or more where words are not spaced
        i["text"]
        for i in items
        if i["kind"] != "answer" and (len(i["text"].split()) >= 3 if spaced else len(i["text"].replace(" ", "")) >= 6)
    ]
    started = time.perf_counter()
    detected = [detect_language(text).language for text in longer]
    per_reply_ms = (time.perf_counter() - started) * 1000 / max(len(longer), 1)
    exact = sum(d == code for d in detected)
    confusable = sum(d != code and any({d, code} <= pair for pair in CONFUSABLE) for d in detected)
    expected, found = Counter[str](), Counter[str]()
    for item in (i for i in items if i["kind"] == "complaint"):
        flagged = {f.category.value for f in flags_in_text(item["text"], known)}
        expected.update(item["flags"])
        found.update(set(item["flags"]) & flagged)
    neutral = [i["text"] for i in items if i["kind"] == "neutral"]
    false_positives = sum(bool(flags_in_text(text, known)) for text in neutral)
    return {
        "language": code,
        "replies": len(items),
        "detection_accuracy": round((exact + confusable) / max(len(longer), 1), 3),
        "detected_as_confusable_pair": confusable,
        "recall": round(sum(found.values()) / max(sum(expected.values()), 1), 3),
        "recall_by_category": {c: f"{found[c]}/{n}" for c, n in sorted(expected.items())},
        "false_positive_rate": round(false_positives / max(len(neutral), 1), 3),
        "detection_ms_per_reply": round(per_reply_ms, 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    locales = default_locales()
    for code in locales.languages:  # every language loaded, both detectors warmed up
        vocabularies(code, locales)
    detect_language("warm up the latin detector")
    detect_language("मालिक ने मेरा पासपोर्ट रख लिया")
    codes = [c for c in available_languages() if (EVAL / f"{c}.jsonl").exists()]
    results = [measure(code) for code in codes]
    memory = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    missed = [
        r["language"]
        for r in results
        if r["detection_accuracy"] < 0.95 or r["recall"] < 0.9 or r["false_positive_rate"] > 0.05  # type: ignore[operator]
    ]
    if args.json:
        print(json.dumps({"languages": results, "peak_memory_mb": memory, "below_target": missed}))
    else:
        print(f"{'lang':5} {'n':>4} {'detect':>7} {'confus':>6} {'recall':>7} {'fp':>6} {'ms':>7}")
        for r in results:
            print(
                f"{r['language']:5} {r['replies']:>4} {r['detection_accuracy']:>7}"
                f" {r['detected_as_confusable_pair']:>6} {r['recall']:>7} {r['false_positive_rate']:>6}"
                f" {r['detection_ms_per_reply']:>7}"
            )
        print(f"peak memory {memory} MB; below target: {', '.join(missed) or 'none'}")
    return 1 if missed or memory > 300 else 0


if __name__ == "__main__":
    sys.exit(main())
