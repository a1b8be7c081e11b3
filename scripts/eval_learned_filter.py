"""Would a learned decision to drop the least likely meetings raise F1? Measured, not shipped.

    python scripts/eval_learned_filter.py [--shared ../shared]     (make eval-cv runs it)

The confidence model (scripts/train_confidence.py) ranks each reported meeting by how likely a
careful reader finds it. A learned keep-or-drop decision would drop those below a threshold.
This script scores that decision honestly: leave-articles-out 5-fold cross-validation over
../shared/corpus/train, the project's read sets and ../shared/corpus/dev (every meeting is
scored by a model that never saw its article), then the F1 of keeping the meetings above each
threshold, per set and in all, with the scorer's matching (a meeting counts as found when the
scorer pairs it with a gold one, at any date precision). At threshold 0 nothing is dropped: the
engine as it ships. Session 12 measured that no threshold raises F1 (README).
"""

import argparse
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from articles.extraction import Extractor  # noqa: E402
from scripts.shared_scorer import load_scorer  # noqa: E402
from scripts.train_confidence import PROJECT_SETS, examples, fit, predict  # noqa: E402

THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)


def f1(rows, scores, threshold, gold) -> float:
    kept = [row for row, p in zip(rows, scores, strict=True) if p >= threshold]
    found = sum(row["matched"] for row in kept)
    precision = found / len(kept) if kept else 0.0
    recall = found / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    options = parser.parse_args()
    shared = Path(options.shared)
    score = load_scorer(shared)
    extractor = Extractor(learned_confidence=False, keep_cues=True)
    folders = {"train": shared / "corpus" / "train", "dev": shared / "corpus" / "dev"}
    folders.update({Path(folder).name: ROOT / folder for folder in PROJECT_SETS})
    rows, gold = [], {}
    for tag, folder in folders.items():
        rows += examples(folder, tag, score, extractor)
        gold[tag] = sum(len(meta["gold"]) for _name, _text, meta in score.load_corpus(folder))
    names = sorted({n for row in rows for n in row["features"]})
    groups = [row["article"] for row in rows]
    scores = np.zeros(len(rows))
    for learn, held in GroupKFold(n_splits=5).split(rows, groups=groups):
        fitted = fit([rows[i] for i in learn], names)
        scores[held] = predict(fitted, [rows[i] for i in held], names)
    labels = [row["matched"] for row in rows]
    print(
        f"{len(rows)} reported meetings, {sum(labels)} found by the scorer; cross-validated "
        f"AUC of found against not found: {roc_auc_score(labels, scores):.3f}"
    )
    print("F1 when the meetings below each threshold are dropped (0: nothing dropped)")
    tags = list(folders) + ["all"]
    print("threshold  " + "  ".join(f"{tag:>8}" for tag in tags))
    for threshold in THRESHOLDS:
        cells = []
        for tag in tags:
            picked = [i for i, row in enumerate(rows) if tag in ("all", row["set"])]
            total = sum(gold.values()) if tag == "all" else gold[tag]
            cells.append(
                f1([rows[i] for i in picked], [scores[i] for i in picked], threshold, total)
            )
        print(f"{threshold:9.1f}  " + "  ".join(f"{cell:8.3f}" for cell in cells))


if __name__ == "__main__":
    main()
