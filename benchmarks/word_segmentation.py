"""Would cutting Thai and Khmer text into words help the complaint model? (measured once, not taken; README)

Thai and Khmer are written without spaces between words, so the complaint model (``conversations/flag_model.py``)
reads a whole run of letters as one "word" and cuts it into pieces of one to five characters. This compares, on one
language's development sets (never a held-out set), a "complaint at all" logistic regression over the features of:
the reply as typed (what the model reads), the reply cut into words by a segmenter (PyThaiNLP's ``newmm``,
khmer-nltk's CRF), and both together. The sets are split into ten groups by name and every group is scored by a
regression trained on the others; the figure is the recall of complaints at the score above which 3% of neutral
replies fall, as the model's own threshold is chosen.

    pip install pythainlp khmer-nltk    # not dependencies of the project
    python benchmarks/word_segmentation.py th
    python benchmarks/word_segmentation.py km
"""

from __future__ import annotations

import json
import logging
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from conversations.flag_model import buckets

EVAL = Path(__file__).resolve().parent.parent / "tests" / "language_eval"
BITS, FOLDS, FALSE_POSITIVES = 18, 10, 0.03


def segmenter(code: str) -> Callable[[str], str]:
    logging.disable(logging.INFO)  # khmer-nltk logs each model load
    if code == "th":
        from pythainlp.tokenize import word_tokenize
    elif code == "km":
        from khmernltk import word_tokenize
    else:
        raise SystemExit("th or km")
    return lambda text: " ".join(word for word in word_tokenize(text) if word.strip())


def development_replies(code: str) -> list[tuple[str, str, bool]]:
    paths = [EVAL / f"{code}.jsonl", *sorted(EVAL.glob(f"fresh*/{code}.jsonl"))]
    items = [
        (path.parent.name, json.loads(line)) for path in paths for line in path.read_text("utf-8").splitlines() if line
    ]
    return [(group, item["text"], item["kind"] == "complaint") for group, item in items if item["kind"] != "answer"]


def matrix(texts: list[str]) -> sp.csr_matrix:
    rows = [sorted(buckets(text, bits=BITS, shortest=1, longest=5, words=True)) for text in texts]
    indptr = np.cumsum([0] + [len(row) for row in rows])
    indices = np.array([b for row in rows for b in row], dtype=np.int64)
    return sp.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), 1 << BITS))


def recall_at_false_positives(features: sp.csr_matrix, complaint: np.ndarray, groups: np.ndarray) -> float:
    scores = np.zeros(len(complaint))
    for group in np.unique(groups):
        left_out = groups == group
        head = LogisticRegression(C=30, solver="liblinear").fit(features[~left_out], complaint[~left_out])
        scores[left_out] = head.decision_function(features[left_out])
    threshold = np.quantile(scores[~complaint], 1 - FALSE_POSITIVES)
    return float((scores[complaint] > threshold).mean())


def main() -> None:
    code = sys.argv[1] if len(sys.argv) > 1 else "th"
    cut = segmenter(code)
    replies = development_replies(code)
    groups = np.array([zlib.crc32(group.encode()) % FOLDS for group, _, _ in replies])
    complaint = np.array([is_complaint for _, _, is_complaint in replies])
    typed = [text for _, text, _ in replies]
    words = [cut(text) for text in typed]
    print(f"{code}: {len(replies)} development replies, {int(complaint.sum())} complaints")
    both = [f"{a} {b}" for a, b in zip(typed, words, strict=True)]
    for name, texts in (("as typed", typed), ("cut into words", words), ("both", both)):
        recall = recall_at_false_positives(matrix(texts), complaint, groups)
        print(f"  {name:15} recall at 3% false positives: {recall:.3f}")


if __name__ == "__main__":
    main()
