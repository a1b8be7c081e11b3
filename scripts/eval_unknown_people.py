"""Score the engine as if it knew no person: how it does on people it has never seen.

    python scripts/eval_unknown_people.py [--shared ../shared] FOLDER...

The gazetteer (articles/extraction/data/actors.json) names many people of the annotated sets,
so the usual figures flatter the engine on the stories it will meet, where most people are
new. This run keeps the countries, organisations and places and drops every person, so each
person must be found from the text (roles, titles, where the name stands, the French model's
entities). Matching is the project scorer's (../shared/eval/score.py), imported, not copied.
"""

import argparse
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from articles.extraction import Extractor  # noqa: E402
from articles.extraction.gazetteer import (  # noqa: E402
    Gazetteer,
    default_actor_records,
    default_ignore_records,
    default_place_records,
)
from scripts.shared_scorer import load_scorer  # noqa: E402


def without_people() -> Gazetteer:
    actors = [record for record in default_actor_records() if record.get("type") != "person"]
    return Gazetteer.from_records(actors, default_place_records(), default_ignore_records())


def score_folder(folder: Path, score, extractor) -> str:
    gold_n = predicted_n = matched = side_hits = side_n = 0
    for _name, text, meta in score.load_corpus(folder):
        published = date.fromisoformat(meta["published"])
        result = extractor.extract(text, published=published, language=meta.get("language"))
        predicted = [e for e in result.events if e.get("kind") in score.KINDS]
        pairs = score.match_article(meta["gold"], predicted)
        gold_n += len(meta["gold"])
        predicted_n += len(predicted)
        matched += len(pairs)
        for gold_index, predicted_index, _relation, overlap in pairs:
            side_hits += 2 * overlap
            side_n += len(score.names(meta["gold"][gold_index]))
            side_n += len(score.names(predicted[predicted_index]))
    precision = matched / predicted_n if predicted_n else 0.0
    recall = matched / gold_n if gold_n else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    sides = side_hits / side_n if side_n else 0.0
    return (
        f"F1 {f1:.3f}  precision {precision:.3f}  recall {recall:.3f}  "
        f"participants F1 {sides:.3f}  ({matched}/{gold_n} matched, {predicted_n} predicted)"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("folders", nargs="+")
    options = parser.parse_args()
    score = load_scorer(Path(options.shared))
    extractor = Extractor(gazetteer=without_people())
    for folder in options.folders:
        print(f"{folder}: {score_folder(Path(folder), score, extractor)}")


if __name__ == "__main__":
    main()
