"""How the gold lists participants, set by set: whether the project's sets, written by helpers
who followed the corpus rules and each other's READMEs, list them as the real corpus's
annotators did. Where they part, the participants figure of the never-read sets measures the
convention as much as the engine.

    python scripts/annotation_conventions.py [--shared ../shared]      (run by `make eval`)

Printed for ../shared/corpus/dev and train (real articles, the annotators of the held-back
set), the read sets and the never-read sets of `scripts/annotated_sets.py`: meetings,
participants per meeting, and among the people the gazetteer knows with a state, how often the
gold lists that state too, at calls and at other meetings. The engine follows dev and train
(`articles/extraction/states.py`): at a call it adds no state of a person unless the sentence
gives a side's state. Gold only: no extraction is run, unless `--engine`: then the never-read
sets and dev and train are also read by the engine as shipped and with a state added for every
office holder at calls too (the read sets' convention), and the participants F1 of each is
printed (a few minutes).
"""

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from articles.extraction import Extractor, states  # noqa: E402
from articles.extraction.gazetteer import default_gazetteer  # noqa: E402
from scripts.annotated_sets import PROJECT_SETS, UNREAD_SETS  # noqa: E402
from scripts.eval_never_read import tally  # noqa: E402
from scripts.shared_scorer import load_scorer  # noqa: E402

READ_SETS = [folder for folder in PROJECT_SETS if Path(folder).name.startswith("blind")]


def conventions(score, gazetteer, folders) -> Counter:
    counts = Counter()
    for folder in folders:
        for _name, _text, meta in score.load_corpus(Path(folder)):
            for event in meta["gold"]:
                kinds = event["kind"] if isinstance(event["kind"], list) else [event["kind"]]
                names = score.names(event)
                counts["meetings"] += 1
                counts["participants"] += len(names)
                where = "call" if kinds[0] == "call" else "other"
                for name in names:
                    person = gazetteer.actor(name)
                    if person is not None and person.type == "person" and person.country:
                        counts[f"people at {where}"] += 1
                        counts[f"states listed at {where}"] += person.country in names
    return counts


def participants_f1(counts: Counter) -> float:
    named = counts["participants gold"] + counts["participants predicted"]
    return 2 * counts["participants matched"] / named if named else 0.0


def states_at_calls_too(gazetteer, name, year, *, call, told, _shipped=states._side_spoken_for):
    return _shipped(gazetteer, name, year, call=False, told=told)


def engine_both_ways(score, groups) -> None:
    shipped = states._side_spoken_for
    for title, folders in groups:
        figures = []
        for rule in (shipped, states_at_calls_too):
            # the one rule swapped, in this process only: a measurement, not the engine
            states._side_spoken_for = rule
            extractor = Extractor()
            counts = Counter()
            for folder in folders:
                counts += tally(score, extractor, folder)
            figures.append(participants_f1(counts))
        states._side_spoken_for = shipped
        print(
            f"{title}: participants F1 as shipped {figures[0]:.3f}, with states at calls too "
            f"{figures[1]:.3f}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--engine", action="store_true", help="also run the engine both ways")
    options = parser.parse_args()
    shared = Path(options.shared)
    score = load_scorer(shared)
    gazetteer = default_gazetteer()
    groups = [
        ("dev and train (real)", [shared / "corpus" / "dev", shared / "corpus" / "train"]),
        (f"read sets ({len(READ_SETS)})", [ROOT / f for f in READ_SETS]),
        (f"never-read sets ({len(UNREAD_SETS)})", [ROOT / f for f in UNREAD_SETS]),
    ]
    for title, folders in groups:
        folders = [f for f in folders if f.is_dir()]
        if not folders:
            continue
        c = conventions(score, gazetteer, folders)
        meetings = max(1, c["meetings"])
        print(
            f"{title}: {c['meetings']} meetings, {c['participants'] / meetings:.2f} participants "
            f"per meeting; a known person's state listed at calls "
            f"{c['states listed at call']} of {c['people at call']}"
            f" ({c['states listed at call'] / max(1, c['people at call']):.0%}), at other meetings "
            f"{c['states listed at other']} of {c['people at other']}"
            f" ({c['states listed at other'] / max(1, c['people at other']):.0%})"
        )
    if options.engine:
        engine_both_ways(score, [(t, [f for f in fs if f.is_dir()]) for t, fs in groups[::2]])


if __name__ == "__main__":
    main()
