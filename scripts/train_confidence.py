"""Train the confidence model (articles/extraction/confidence.py) from annotated articles.

    python scripts/train_confidence.py [--shared ../shared]            # train, write, report
    python scripts/train_confidence.py [--shared ../shared] --cv-only  # report only

A meeting the engine reports is "right" when the scorer (../shared/eval/score.py) matches it to
a gold meeting with the exact date. The model learns from ../shared/corpus/train and the
project's own annotated sets; ../shared/corpus/dev is never learned from: it is scored as a
held-out set, and it joins the leave-articles-out cross-validation (train on the other folds'
articles, score the held fold). The figure printed is the ROC AUC: the chance that a right
meeting gets a higher confidence than a wrong one (0.5 is a coin, 1.0 a perfect ranking) —
what the desk needs, since it reviews the least sure first.
"""

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from articles.extraction import Extractor  # noqa: E402
from articles.extraction.confidence import MODEL_PATH, features  # noqa: E402
from scripts.annotated_sets import PROJECT_SETS, UNREAD_SETS  # noqa: E402, F401
from scripts.shared_scorer import load_scorer  # noqa: E402

REGULARISATION = 0.5  # sklearn's C: smaller is simpler; the sets are a few hundred meetings


def examples(folder: Path, tag: str, score, extractor) -> list[dict]:
    """One row per meeting the engine reports in each article of `folder`."""
    rows = []
    for name, text, meta in score.load_corpus(folder):
        published = date.fromisoformat(meta["published"])
        language = meta.get("language")
        events = extractor.extract(text, published=published, language=language).events
        pairs = score.match_article(meta["gold"], events)
        right = {predicted for _, predicted, relation, _ in pairs if relation == "exact"}
        matched = {predicted for _, predicted, _, _ in pairs}
        for i, event in enumerate(events):
            rows.append(
                {
                    "article": f"{tag}/{name}",
                    "set": tag,
                    "features": features(
                        event, text=text, published=published, language=language or ""
                    ),
                    "rules_score": float(event.get("confidence") or 0.0),
                    "matched": i in matched,
                    "right": i in right,
                }
            )
    return rows


def _matrix(rows, names):
    return np.array([[row["features"].get(n, 0.0) for n in names] for row in rows])


def fit(rows, names):
    x = _matrix(rows, names)
    means, scales = x.mean(axis=0), x.std(axis=0)
    scales[scales == 0] = 1.0
    model = LogisticRegression(C=REGULARISATION, max_iter=2000)
    model.fit((x - means) / scales, [row["right"] for row in rows])
    return model, means, scales


def predict(fitted, rows, names):
    model, means, scales = fitted
    return model.predict_proba((_matrix(rows, names) - means) / scales)[:, 1]


def auc(rows, scores) -> float:
    labels = [row["right"] for row in rows]
    return float(roc_auc_score(labels, scores)) if 0 < sum(labels) < len(labels) else float("nan")


def cross_validated(rows, names, folds=5) -> tuple[float, float]:
    """Leave-articles-out: every meeting is scored by a model that never saw its article."""
    groups = [row["article"] for row in rows]
    scores = np.zeros(len(rows))
    for learn, held in GroupKFold(n_splits=folds).split(rows, groups=groups):
        fitted = fit([rows[i] for i in learn], names)
        scores[held] = predict(fitted, [rows[i] for i in held], names)
    return auc(rows, scores), auc(rows, [row["rules_score"] for row in rows])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--cv-only", action="store_true", help="report, do not write the model")
    options = parser.parse_args()
    shared = Path(options.shared)
    score = load_scorer(shared)
    extractor = Extractor(learned_confidence=False, keep_cues=True)

    learn = examples(shared / "corpus" / "train", "train", score, extractor)
    for folder in PROJECT_SETS:
        learn += examples(ROOT / folder, Path(folder).name, score, extractor)
    dev = examples(shared / "corpus" / "dev", "dev", score, extractor)
    names = sorted({n for row in learn + dev for n in row["features"]})

    fitted = fit(learn, names)
    print(
        f"learned from {len({r['article'] for r in learn})} articles, {len(learn)} meetings "
        f"({sum(r['right'] for r in learn)} right)"
    )
    print(
        f"held-out dev ({len(dev)} meetings, {sum(r['right'] for r in dev)} right): AUC "
        f"learned {auc(dev, predict(fitted, dev, names)):.3f}, "
        f"rules' score {auc(dev, [r['rules_score'] for r in dev]):.3f}"
    )
    unread = []
    for folder in UNREAD_SETS:
        unread += examples(ROOT / folder, Path(folder).name, score, extractor)
    print(
        f"never-read sets ({len(unread)} meetings, {sum(r['right'] for r in unread)} right; "
        f"measured, not learned from): AUC learned "
        f"{auc(unread, predict(fitted, unread, names)):.3f}, "
        f"rules' score {auc(unread, [r['rules_score'] for r in unread]):.3f}"
    )
    learned_cv, rules_cv = cross_validated(learn + dev, names)
    print(
        f"leave-articles-out 5-fold cross-validation on all {len(learn) + len(dev)} meetings: "
        f"AUC learned {learned_cv:.3f}, rules' score {rules_cv:.3f}"
    )
    if options.cv_only:
        return
    model, means, scales = fitted
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(
        json.dumps(
            {
                "what": "logistic regression: P(a careful reader finds this meeting, this date)",
                "trained_on": ["../shared/corpus/train", *PROJECT_SETS],
                "trained_by": "scripts/train_confidence.py (make train-confidence)",
                "heldout_dev_auc": round(auc(dev, predict(fitted, dev, names)), 3),
                "cross_validated_auc": round(learned_cv, 3),
                "never_read_sets_auc": round(auc(unread, predict(fitted, unread, names)), 3),
                "intercept": float(model.intercept_[0]),
                "weights": dict(zip(names, map(float, model.coef_[0]), strict=True)),
                "means": dict(zip(names, map(float, means), strict=True)),
                "scales": dict(zip(names, map(float, scales), strict=True)),
            },
            indent=1,
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
