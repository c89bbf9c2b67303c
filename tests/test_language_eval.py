"""The labelled replies of tests/language_eval/: complaints are flagged with their categories, neutral and
negated replies raise nothing, and replies of three or more words are detected in their language."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.i18n import available_languages, default_locales
from conversations.language import detect_language
from conversations.lexicon import flags_in_text
from conversations.prompts import vocabularies
from conversations.vocabulary import Category

EVAL = Path(__file__).parent / "language_eval"
SETS = sorted(p.stem for p in EVAL.glob("*.jsonl") if p.stem in available_languages())
MIN_RECALL, MAX_FALSE_POSITIVES, MIN_DETECTION = 0.9, 0.05, 0.95
CONFUSABLE = (
    {"id", "ms"},
    {"hi", "mr", "ne"},
    {"hi", "ur"},
)  # reported separately: settled by the worker's chosen language


def _items(code: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in (EVAL / f"{code}.jsonl").read_text(encoding="utf-8").splitlines() if line]


KNOWN_FLAG_GAPS: dict[str, str] = {}  # none left: add one here, with its reason, rather than weaken a set


def _with_gaps(codes: list[str], gaps: dict[str, str]) -> list[object]:
    return [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=gaps[c])) if c in gaps else c for c in codes]


@pytest.mark.parametrize("code", _with_gaps(SETS, KNOWN_FLAG_GAPS))
def test_complaints_are_flagged_and_neutral_replies_are_not(code: str) -> None:
    known = vocabularies(code, default_locales())
    complaints = [i for i in _items(code) if i["kind"] == "complaint"]
    neutral = [i for i in _items(code) if i["kind"] == "neutral"]
    expected = sum(len(i["flags"]) for i in complaints)  # type: ignore[arg-type]
    found = sum(
        len(set(i["flags"]) & {f.category.value for f in flags_in_text(str(i["text"]), known)})  # type: ignore[arg-type]
        for i in complaints
    )
    false_alarms = [i["text"] for i in neutral if flags_in_text(str(i["text"]), known)]
    assert found / expected >= MIN_RECALL, f"{code}: recall {found}/{expected}"
    assert len(false_alarms) / len(neutral) <= MAX_FALSE_POSITIVES, f"{code}: flagged {false_alarms}"


def _longer(text: str, spaced: bool) -> bool:
    """Three words or more; in a language written without spaces, six characters or more."""
    return len(text.split()) >= 3 if spaced else len(text.replace(" ", "")) >= 6


def _same_or_confusable(detected: str | None, code: str) -> bool:
    return detected == code or any({detected, code} <= pair for pair in CONFUSABLE)


KNOWN_DETECTION_GAPS: dict[str, str] = {}  # none left: add one here, with its reason, rather than weaken a set


@pytest.mark.parametrize("code", _with_gaps(SETS, KNOWN_DETECTION_GAPS))
def test_longer_replies_are_detected_in_their_language(code: str) -> None:
    spaced = default_locales().vocabulary(code).spaced
    longer = [str(i["text"]) for i in _items(code) if i["kind"] != "answer" and _longer(str(i["text"]), spaced)]
    wrong = [t for t in longer if not _same_or_confusable(detect_language(t).language, code)]
    assert (len(longer) - len(wrong)) / max(len(longer), 1) >= MIN_DETECTION, f"{code}: {wrong}"


@pytest.mark.parametrize("code", available_languages())
def test_every_language_has_at_least_25_labelled_replies(code: str) -> None:
    items = _items(code)
    assert len(items) >= 25
    assert {"answer", "complaint", "neutral"} <= {i["kind"] for i in items}


@pytest.mark.parametrize("code", available_languages())
def test_every_language_has_a_held_out_and_a_fresh_set(code: str) -> None:
    """Written without the word lists (issue 9); the benchmark reports them. Only their shape is checked here:
    their figures are never a test to tune against."""
    known = {c.value for c in Category}
    for folder in ("heldout", "heldout2", "fresh"):
        lines = (EVAL / folder / f"{code}.jsonl").read_text(encoding="utf-8").splitlines()
        replies = [json.loads(line) for line in lines if line.strip()]
        complaints = [r for r in replies if r["kind"] == "complaint"]
        assert len(replies) >= 40 and len(complaints) >= 25, f"{folder}/{code}"
        assert {r["kind"] for r in replies} <= {"complaint", "neutral"}
        assert all(set(r["flags"]) <= known and (r["kind"] == "neutral") == (not r["flags"]) for r in replies)
        assert sum(r.get("severity") == "P0" for r in complaints) >= 5, f"{folder}/{code}: replies in danger now"


@pytest.mark.parametrize("held_out", ["held-out", "held-out-2", "held-out-all"])
def test_the_benchmark_never_lists_what_a_held_out_set_misses(held_out: str) -> None:
    benchmark = Path(__file__).parent.parent / "benchmarks" / "languages.py"
    listed = subprocess.run(
        [sys.executable, str(benchmark), "--misses", held_out], capture_output=True, text=True, check=False
    )
    assert listed.returncode == 2 and listed.stdout.startswith("refused"), listed.stdout + listed.stderr


PROBES = EVAL / "probes"


def _probes(name: str) -> list[dict[str, object]]:
    """Complaints written to probe the word lists: by a reviewer around a quieting entry (a negation, a settled
    phrase, a compound) to see it silence nothing, or in a coverage pass: each must keep raising its category
    whatever entry a later round adds."""
    lines = (PROBES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


# "ta.jsonl", and a round's "ta.new.jsonl" before it is merged: both are read with the Tamil lists
@pytest.mark.parametrize("name", sorted(p.stem for p in PROBES.glob("*.jsonl")))
def test_complaints_written_around_quieting_entries_still_raise_their_categories(name: str) -> None:
    code = name.split(".")[0]
    assert code in available_languages(), f"{name}.jsonl: no language {code!r}"
    known = vocabularies(code, default_locales())
    probes = _probes(name)
    silenced = []
    for probe in probes:
        wanted = set(probe["flags"])  # type: ignore[call-overload]
        raised = {f.category.value for f in flags_in_text(str(probe["text"]), known)}
        if not wanted <= raised:
            silenced.append(f"{probe['text']} raised {sorted(raised)}, wants {sorted(wanted)}")
    assert not silenced, f"{name}: {len(silenced)} of {len(probes)} probes silenced:\n" + "\n".join(silenced)
