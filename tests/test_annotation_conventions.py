"""The counts scripts/annotation_conventions.py prints (`make eval`): how often the gold lists the
state of a person it names, at calls and at other meetings. Gold only, on a set written here."""

import importlib.util
import json
from pathlib import Path

from articles.extraction.gazetteer import default_gazetteer

_ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "annotation_conventions", _ROOT / "scripts" / "annotation_conventions.py"
)
annotation_conventions = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(annotation_conventions)


class _Scorer:
    """The two functions of ../shared/eval/score.py the script uses, over plain files."""

    @staticmethod
    def load_corpus(folder):
        for path in sorted(Path(folder).glob("*.gold.json")):
            yield path.stem, "", json.loads(path.read_text(encoding="utf-8"))

    @staticmethod
    def names(event):
        return list(event.get("participants") or [])


def _write_set(folder: Path, events: list) -> Path:
    folder.mkdir()
    gold = {"published": "2019-06-01", "language": "en", "gold": events}
    (folder / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_it_counts_the_states_listed_beside_known_people_at_calls_and_elsewhere(tmp_path):
    events = [
        {"kind": "call", "participants": ["Emmanuel Macron", "Vladimir Putin"]},
        {"kind": "call", "participants": ["Emmanuel Macron", "France", "Vladimir Putin"]},
        {"kind": ["meeting", "talks"], "participants": ["Emmanuel Macron", "France"]},
        {"kind": "visit", "participants": ["Somebody Unknown", "Chad"]},
    ]
    folder = _write_set(tmp_path / "set", events)
    counts = annotation_conventions.conventions(_Scorer, default_gazetteer(), [folder])
    assert counts["meetings"] == 4
    assert (counts["people at call"], counts["states listed at call"]) == (4, 1)
    # the unknown person has no state the gazetteer knows: not counted
    assert (counts["people at other"], counts["states listed at other"]) == (1, 1)
