"""The story the product is built around: the AFP wire of Thursday 30 December 2021.

The text is a third party's and stays in ../shared; this test reads it from there to check
that every meeting of its gold annotation comes out with the same date, precision and status.
"""

import json
from datetime import date
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"
NAME = "afp-2021-12-30-biden-putin-call.fr"

pytestmark = pytest.mark.skipif(
    not (SEED / f"{NAME}.txt").exists(), reason="the shared corpus is not beside this checkout"
)


def test_it_dates_every_meeting_of_the_seed_story_like_the_gold(extractor):
    text = (SEED / f"{NAME}.txt").read_text(encoding="utf-8")
    gold = json.loads((SEED / f"{NAME}.gold.json").read_text(encoding="utf-8"))["gold"]
    events = extractor.extract(text, published=date(2021, 12, 30), language="fr").events
    found = {(e["date"], e["status"]) for e in events}
    for expected in gold:
        assert (expected["date"], expected["status"]) in found, expected["evidence"]
    kinds_by_date = {e["date"]: e["kind"] for e in events}
    assert kinds_by_date["2021-12-30"] == "call"
    assert kinds_by_date["2022-01-10"] == "talks"
    assert len(events) == len(gold)


def test_it_gives_the_seed_storys_meetings_their_sides_and_places(extractor):
    text = (SEED / f"{NAME}.txt").read_text(encoding="utf-8")
    events = extractor.extract(text, published=date(2021, 12, 30), language="fr").events
    by_date = {e["date"]: e for e in events}
    sides = {d: {p["name"] for p in e["participants"]} for d, e in by_date.items()}
    # the 30 December call: Geneva is the June summit's city, named in a sentence about it
    assert by_date["2021-12-30"]["location"] is None
    assert sides["2021-12-30"] == {"Joe Biden", "Vladimir Putin"}
    # "une rencontre Russie-Otan": the sides of the noun, not the talks' negotiators
    assert sides["2022-01-12"] == {"Russia", "NATO"}
    # "Ces discussions, menées par Wendy Sherman et son homologue russe Sergueï Riabkov"
    assert {"Wendy Sherman", "Sergei Ryabkov", "Russia", "United States"} <= sides["2022-01-10"]
    assert by_date["2022-01-10"]["location"] == "Geneva"


def test_it_takes_no_commentator_for_a_side_of_the_seed_storys_talks(extractor):
    text = (SEED / f"{NAME}.txt").read_text(encoding="utf-8")
    events = extractor.extract(text, published=date(2021, 12, 30), language="fr").events
    talks = next(e for e in events if e["date"] == "2022-01-10")
    assert "Sergei Lavrov" not in {p["name"] for p in talks["participants"]}
