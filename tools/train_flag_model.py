"""Trains the complaint model, ``locales/flag_model.bin`` (see ``conversations/flag_model.py``).

    pip install -e '.[train]'
    python tools/train_flag_model.py            # writes locales/flag_model.bin and prints its figures
    python tools/train_flag_model.py --jobs 2   # the same, scoring two left-out groups of sets at once
    python tools/train_flag_model.py --scores oof.npz   # also keep the left-out scores, to study them
    python tools/train_flag_model.py --without fresh-77  # never read fresh-77, whose first reading will judge it

The blind sets listed in ``tests/language_eval/unread.txt`` (committed ahead of their first reading) are never read
either, as if each were named with ``--without``.

Data: the development sets only (``tests/language_eval/<code>.jsonl`` and ``fresh*/``); the held-out sets
(``heldout/``, ``heldout2/``) are never opened here, so that they can still judge the model. Each reply is a set of
hashed word pieces, whole words and pairs of neighbouring words; one logistic-regression head per category, one for "a
complaint at all" (complaints against neutral replies and closed answers) and one for "in danger now" (P0 replies
against all others).

Thresholds come from sets left out: the development sets are split into ``--folds`` groups (ten by default, each
about a tenth of the replies; ``--folds 0`` leaves out one set at a time, six times slower) and every group in turn
is scored by heads trained on all the others; the thresholds are chosen on those scores, never on the replies a
head was trained on:
- "a complaint at all": the score above which only ``--false-positives`` of the neutral replies fall;
- each category: the best F1 among complaints;
- "in danger now": the score above which ``--danger-recall`` of the P0 replies fall (90%: a caller who must not
  miss a worker in danger takes a few more urgent cases; the trade-off is printed at the end);
- "doubt": the "complaint at all" score below which only ``--doubt`` of the complaints fall (3%): a reply scored
  lower, in which no category head reads a matter the word lists found, keeps none of their flags but a danger or
  movement (its words go to the callers' reading list instead; 1% chosen on the first readings of fresh-57 and
  fresh-58, 3% with C at 30 on those of fresh-64 to fresh-66, see docs/history/languages.md).
The same left-out scores give the figures printed at the end (what to expect on unseen replies). The
heads written to the file are then trained on every development set.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from joblib import Parallel, delayed
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the benchmark's sets, when run as a script

from benchmarks.languages import SETS, UNREAD
from conversations.categories import Category
from conversations.flag_model import ANY, DANGER, DOUBT, FORMAT_VERSION, buckets

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "language_eval"
OUTPUT = ROOT / "locales" / "flag_model.bin"
BITS, SHORTEST, LONGEST, WORDS = 18, 1, 5, True  # chosen by leave-one-set-out (README, Languages)
REGULARISATION = 30.0  # liblinear's C: little regularisation, the features are sparse and binary (30 since round 66)
CATEGORIES = [c.value for c in Category]
HEADS = [*CATEGORIES, ANY, DANGER]


def development_sets(without: frozenset[str] = frozenset()) -> Iterator[tuple[str, Path]]:
    yield "development", EVAL
    for folder in sorted(EVAL.glob("fresh*")):
        if folder.name not in without:
            yield folder.name, folder


def replies(without: frozenset[str] = frozenset()) -> list[dict[str, object]]:
    found = []
    for name, folder in development_sets(without):
        assert not folder.name.startswith("heldout")
        for path in sorted(folder.glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    found.append({**json.loads(line), "set": name, "language": path.stem})
    return found


def features(texts: list[str]) -> sp.csr_matrix:
    rows, cols, values = [], [], []
    for row, text in enumerate(texts):
        found = sorted(buckets(text, bits=BITS, shortest=SHORTEST, longest=LONGEST, words=WORDS))
        rows += [row] * len(found)
        cols += found
        values += [1 / np.sqrt(len(found))] * len(found) if found else []
    return sp.csr_matrix((values, (rows, cols)), shape=(len(texts), 1 << BITS), dtype=np.float64)


def labels(data: list[dict[str, object]]) -> np.ndarray:
    y = np.zeros((len(data), len(HEADS)), dtype=int)
    for i, reply in enumerate(data):
        for category in reply.get("flags", []):  # type: ignore[attr-defined]
            y[i, HEADS.index(str(category))] = 1
        y[i, HEADS.index(ANY)] = reply["kind"] == "complaint"
        y[i, HEADS.index(DANGER)] = reply.get("severity") == "P0"
    return y


def train(x: sp.csr_matrix, y: np.ndarray) -> list[LogisticRegression]:
    heads = []
    for h in range(len(HEADS)):
        head = LogisticRegression(C=REGULARISATION, class_weight="balanced", solver="liblinear", max_iter=2000)
        heads.append(head.fit(x, y[:, h]))
    return heads


def scores(heads: list[LogisticRegression], x: sp.csr_matrix) -> np.ndarray:
    return np.column_stack([head.decision_function(x) for head in heads])


def best_f1(score: np.ndarray, truth: np.ndarray, quantiles: np.ndarray) -> float:
    best, chosen = -1.0, float("inf")
    for threshold in np.quantile(score, quantiles):
        predicted = score >= threshold
        f1 = 2 * (predicted & (truth == 1)).sum() / max(predicted.sum() + truth.sum(), 1)
        if f1 > best:
            best, chosen = f1, float(threshold)
    return chosen


def thresholds(
    oof: np.ndarray, y: np.ndarray, kinds: np.ndarray, false_positives: float, danger_recall: float, doubt: float
) -> dict[str, float]:
    neutral = np.sort(oof[kinds == "neutral", HEADS.index(ANY)])[::-1]
    allowed = int(np.floor(false_positives * len(neutral)))
    chosen = {ANY: float(neutral[allowed]) + 1e-9 if allowed < len(neutral) else float("-inf")}
    complaints = kinds == "complaint"
    for h, category in enumerate(CATEGORIES):
        chosen[category] = best_f1(oof[complaints, h], y[complaints, h], np.linspace(0.3, 0.99, 70))
    chosen[DANGER] = float(np.quantile(oof[y[:, -1] == 1, -1], 1 - danger_recall))
    chosen[DOUBT] = float(np.quantile(oof[complaints, HEADS.index(ANY)], doubt))
    return chosen


def figures(oof: np.ndarray, y: np.ndarray, kinds: np.ndarray, chosen: dict[str, float]) -> dict[str, float]:
    """On the left-out scores: complaint recall by category, P0 recall, false positives on neutrals."""
    flagged = oof[:, HEADS.index(ANY)] >= chosen[ANY]
    raised = np.column_stack([oof[:, h] >= chosen[c] for h, c in enumerate(CATEGORIES)])
    top = np.zeros_like(raised)
    top[np.arange(len(oof)), oof[:, : len(CATEGORIES)].argmax(axis=1)] = True
    raised = np.where(raised.any(axis=1, keepdims=True), raised, top) & flagged[:, None]
    complaints = kinds == "complaint"
    expected = y[complaints, : len(CATEGORIES)]
    danger = y[:, -1] == 1
    return {
        "category_recall": round(float((raised[complaints] & (expected == 1)).sum() / expected.sum()), 3),
        "p0_recall": round(float((flagged & (oof[:, -1] >= chosen[DANGER]))[danger].mean()), 3),
        "false_positive_rate": round(float(flagged[kinds == "neutral"].mean()), 3),
    }


def write(path: Path, heads: list[LogisticRegression], chosen: dict[str, float], trained_on: dict[str, int]) -> None:
    weights = np.stack([head.coef_.ravel() for head in heads])  # heads x buckets
    scales = np.abs(weights).max(axis=1) / 32767
    scales[scales == 0] = 1.0
    stored = np.round(weights / scales[:, None]).astype("<i2")
    header = {
        "format": FORMAT_VERSION,
        "heads": HEADS,
        "bits": BITS,
        "ngrams": [SHORTEST, LONGEST],
        "words": WORDS,
        "scales": scales.tolist(),
        "intercepts": [float(head.intercept_[0]) for head in heads],
        "thresholds": chosen,
        "trained_on": trained_on,
    }
    path.write_bytes(json.dumps(header).encode() + b"\n" + zlib.compress(stored.tobytes(), 9))


def _score_left_out(x: sp.csr_matrix, y: np.ndarray, held: np.ndarray) -> np.ndarray:
    """The held replies' scores from heads trained on all the others."""
    return scores(train(x[~held], y[~held]), x[held])


def left_out_groups(sets: np.ndarray, folds: int) -> list[np.ndarray]:
    """Masks of replies scored together: whole sets, ``folds`` groups of them, or one set each when ``folds`` is 0."""
    if folds == 0:
        return [sets == name for name in sorted(set(sets))]
    splitter = GroupKFold(n_splits=folds)
    groups = []
    for _, held in splitter.split(np.zeros(len(sets)), groups=sets):
        mask = np.zeros(len(sets), dtype=bool)
        mask[held] = True
        groups.append(mask)
    return groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--false-positives", type=float, default=0.03, help="neutral replies flagged, at most")
    parser.add_argument("--danger-recall", type=float, default=0.9, help="P0 replies the danger head finds")
    parser.add_argument(
        "--doubt", type=float, default=0.03, help="complaints scored below the word lists' doubt threshold, at most"
    )
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--folds", type=int, default=10, help="groups of sets left out in turn (0: one set each)")
    parser.add_argument("--jobs", type=int, default=1, help="groups scored at once, one process each")
    parser.add_argument("--scores", type=Path, help="also write the left-out scores here (.npz)")
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="SET",
        help="a blind set not to read, e.g. fresh-77 when its first reading is to judge this model",
    )
    args = parser.parse_args()
    if unknown := sorted(name for name in args.without if not name.startswith("fresh") or name not in SETS):
        parser.error(f"no such blind set: {', '.join(unknown)}")
    # unread.txt may name a set a copy of the project lacks (a fitter's workspace leaves such sets out)
    without = frozenset(folder.name for name in {*args.without, *UNREAD} for folder in SETS.get(name, ()))

    data = replies(without)
    x, y = features([str(r["text"]) for r in data]), labels(data)
    sets = np.array([r["set"] for r in data])
    kinds = np.array([r["kind"] for r in data])
    oof = np.zeros((len(data), len(HEADS)))
    groups = left_out_groups(sets, args.folds)
    folds = Parallel(n_jobs=args.jobs)(delayed(_score_left_out)(x, y, held) for held in groups)
    for held, fold in zip(groups, folds, strict=True):
        oof[held] = fold
    if args.scores:
        languages = np.array([r["language"] for r in data])
        np.savez_compressed(args.scores, scores=oof, labels=y, kinds=kinds, sets=sets, languages=languages)
    chosen = thresholds(oof, y, kinds, args.false_positives, args.danger_recall, args.doubt)
    trained_on = {name: int((sets == name).sum()) for name in sorted(set(sets))}
    write(args.output, train(x, y), chosen, trained_on)
    left_out = f"{args.folds}_groups_of_sets_left_out" if args.folds else "leave_one_set_out"
    print(json.dumps({left_out: figures(oof, y, kinds, chosen), "trained_on": trained_on}))
    danger, others = oof[y[:, -1] == 1, -1], oof[(y[:, -1] == 0) & (kinds == "complaint"), -1]
    for recall in (0.5, 0.6, 0.7, 0.8, 0.9):
        threshold = np.quantile(danger, 1 - recall)
        raised = np.mean(others >= threshold)
        print(f"danger head alone: P0 recall {recall:.0%} raises {raised:.1%} of other complaints to P0")
    print(f"wrote {args.output} ({args.output.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
