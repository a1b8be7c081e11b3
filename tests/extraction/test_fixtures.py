"""Regression on the project's own annotated stories (tests/extraction/fixtures): every gold
meeting is found with its date, kind and status, and nothing else is invented.

The matching is a strict form of ../shared/eval/score.py's: same date, an accepted kind, the
same status and at least one shared participant."""

import json
from datetime import date
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
STORIES = sorted(p.name[: -len(".gold.json")] for p in FIXTURES.glob("*.gold.json"))


def same_name(a, b):
    a, b = a.lower(), b.lower()
    return a == b or a.split()[-1] == b.split()[-1]


def matches(gold, event):
    kinds = gold["kind"] if isinstance(gold["kind"], list) else [gold["kind"]]
    names = [p["name"] for p in event["participants"]]
    return (
        event["date"] == gold["date"]
        and event["kind"] in kinds
        and event["status"] == gold["status"]
        and any(same_name(g, n) for g in gold["participants"] for n in names)
    )


@pytest.mark.parametrize("story", STORIES)
def test_it_finds_exactly_the_annotated_meetings(story, extractor):
    meta = json.loads((FIXTURES / f"{story}.gold.json").read_text(encoding="utf-8"))
    text = (FIXTURES / f"{story}.txt").read_text(encoding="utf-8")
    events = extractor.extract(
        text, published=date.fromisoformat(meta["published"]), language=meta["language"]
    ).events
    unmatched = list(events)
    for gold in meta["gold"]:
        found = next((e for e in unmatched if matches(gold, e)), None)
        assert found is not None, f"missed {gold['date']} {gold['kind']} {gold['participants']}"
        unmatched.remove(found)
    assert unmatched == [], f"invented {[(e['date'], e['kind']) for e in unmatched]}"


def test_there_are_fixtures_in_both_languages():
    languages = {
        json.loads((FIXTURES / f"{s}.gold.json").read_text(encoding="utf-8"))["language"]
        for s in STORIES
    }
    assert languages == {"fr", "en"}
