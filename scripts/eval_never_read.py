"""One figure for the sets nobody working on the engine has read, and one for those they have:
each set of `scripts/annotated_sets.py` scored in process with the matching of
../shared/eval/score.py (imported, not copied), then pooled, meeting by meeting.

    python scripts/eval_never_read.py [--shared ../shared]      (run by `make eval`)

The never-read aggregate is the closest thing the project has to unseen articles; a session
that tunes while watching it should say so (it then overstates a little what to expect).
Printed per group: gold, predicted and matched meetings, F1, precision, recall, and on matched
meetings the exact-date and status shares, the participants' F1 and the share of places right
(where the gold gives one), as score.py computes them;
then the never-read sets at F1 0.80 or above. `--knowing-no-person` pools the same sets read with a
gazetteer that knows no person (scripts/eval_unknown_people.py), the closer picture of stories
about people the gazetteer lacks; `make eval` runs both.

With each pooled F1 goes a 95% interval from resampling the group's articles with replacement
(2,000 draws, seed 0): how far the figure would move on another draw of articles like these. A
change of a few meetings sits well inside it; read a change against it before calling it a gain.
"""

import argparse
import random
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from articles.extraction import Extractor  # noqa: E402
from scripts.annotated_sets import PROJECT_SETS, UNREAD_SETS  # noqa: E402
from scripts.shared_scorer import load_scorer  # noqa: E402

# the read sets of PROJECT_SETS written by people who had not read the engine (fixtures and
# heldout were written alongside it)
READ_SETS = [folder for folder in PROJECT_SETS if Path(folder).name.startswith("blind")]


def tally(score, extractor, folder: Path, per_article: list | None = None) -> Counter:
    """The counts score.py adds up for one set; each article's are appended to `per_article`."""
    counts = Counter()
    for _name, text, meta in score.load_corpus(folder):
        before = Counter(counts)
        events = extractor.extract(
            text, published=date.fromisoformat(meta["published"]), language=meta.get("language")
        ).events
        predicted = [e for e in events if e.get("kind") in score.KINDS]
        gold = meta["gold"]
        pairs = score.match_article(gold, predicted)
        counts["gold"] += len(gold)
        counts["predicted"] += len(predicted)
        counts["matched"] += len(pairs)
        for gold_index, predicted_index, relation, overlap in pairs:
            counts["exact dates"] += relation == "exact"
            counts["status"] += predicted[predicted_index].get("status") == gold[gold_index].get(
                "status"
            )
            if gold[gold_index].get("location"):
                # as score.py: a place right, on matched meetings whose gold has one
                counts["located"] += 1
                place = predicted[predicted_index].get("location")
                counts["location right"] += bool(place) and score.same_entity(
                    gold[gold_index]["location"], place
                )
            counts["participants matched"] += overlap
            counts["participants gold"] += len(score.names(gold[gold_index]))
            counts["participants predicted"] += len(score.names(predicted[predicted_index]))
        if per_article is not None:
            per_article.append(counts - before)
    return counts


def f1_interval(per_article: list, draws: int = 2000, seed: int = 0) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles of the pooled F1 over articles drawn with replacement."""
    rng = random.Random(seed)
    scores = []
    for _ in range(draws):
        pooled = Counter()
        for counts in rng.choices(per_article, k=len(per_article)):
            pooled.update(counts)
        scores.append(f1(pooled))
    scores.sort()
    return scores[int(0.025 * draws)], scores[int(0.975 * draws) - 1]


def f1(counts: Counter) -> float:
    total = counts["gold"] + counts["predicted"]
    return 2 * counts["matched"] / total if total else 0.0


def line(counts: Counter) -> str:
    matched = max(1, counts["matched"])
    precision = counts["matched"] / max(1, counts["predicted"])
    recall = counts["matched"] / max(1, counts["gold"])
    named = counts["participants gold"] + counts["participants predicted"]
    participants = 2 * counts["participants matched"] / named if named else 0.0
    return (
        f"F1 {f1(counts):.3f}  precision {precision:.3f}  recall {recall:.3f}  "
        f"({counts['matched']} matched of {counts['gold']}, {counts['predicted']} predicted); "
        f"on matched meetings exact dates {counts['exact dates'] / matched:.3f}, status "
        f"{counts['status'] / matched:.3f}, participants F1 {participants:.3f}, location "
        f"{counts['location right'] / max(1, counts['located']):.3f}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument(
        "--knowing-no-person",
        action="store_true",
        help="with the gazetteer of scripts/eval_unknown_people.py, which knows no person",
    )
    options = parser.parse_args()
    score = load_scorer(Path(options.shared))
    if options.knowing_no_person:
        from scripts.eval_unknown_people import without_people

        extractor = Extractor(gazetteer=without_people())
    else:
        extractor = Extractor()
    at_target = []
    for title, folders in (("never read", UNREAD_SETS), ("read", READ_SETS)):
        pooled = Counter()
        per_article = []
        for folder in folders:
            counts = tally(score, extractor, ROOT / folder, per_article)
            pooled += counts
            if folders is UNREAD_SETS and f1(counts) >= 0.8:
                at_target.append(f"{Path(folder).name} {f1(counts):.3f}")
        low, high = f1_interval(per_article)
        print(f"{title} ({len(folders)} sets): {line(pooled)}")
        articles = len(per_article)
        print(f"  F1 95% interval over {articles} articles drawn again: {low:.3f} to {high:.3f}")
    print(f"never-read sets at F1 0.80 or above ({len(at_target)}): {', '.join(at_target)}")


if __name__ == "__main__":
    main()
