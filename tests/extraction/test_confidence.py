"""The learned confidence: what the desk's "most doubtful first" ordering rests on."""

from datetime import date

import pytest

from articles.extraction import confidence

PUBLISHED = date(2024, 5, 15)


def meeting(**fields):
    event = {
        "date": "2024-05-14",
        "kind": "meeting",
        "status": "held",
        "participants": [
            {"name": "Ana Ruiz", "type": "person"},
            {"name": "Tomas Berg", "type": "person"},
        ],
        "location": "Lisbon",
        "evidence": "The two ministers met in Lisbon on Tuesday.",
        "mentions": [{"start": 0, "end": 44}],
        "confidence": 0.8,
    }
    event.update(fields)
    return event


def test_it_ships_a_model_with_its_held_out_figures():
    model = confidence.shipped_model()
    assert model is not None, "run `make train-confidence` and commit the model"
    assert 0 < model.probability({}) < 1


def test_it_replaces_the_rules_score_by_a_probability():
    events = [meeting()]
    confidence.rescore(events, text="x" * 200, published=PUBLISHED, language="en")
    assert 0 < events[0]["confidence"] < 1
    assert events[0]["confidence"] != 0.8


def test_it_doubts_a_meeting_with_no_place_and_no_parties_more_than_a_well_attested_one():
    attested, bare = meeting(), meeting(participants=[], location=None, date="2024")
    confidence.rescore([attested, bare], text="x" * 200, published=PUBLISHED, language="en")
    assert bare["confidence"] < attested["confidence"]


@pytest.mark.parametrize("value", ["", "2024-13", "not a date"])
def test_it_reads_a_meeting_without_a_usable_date_without_failing(value):
    found = confidence.features(meeting(date=value), text="", published=PUBLISHED, language="fr")
    assert (found["days_away"], found["future"]) == (1.0, 0.0)
