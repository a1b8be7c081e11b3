"""Meetings of several days told on a later day of them are dated by their first day, as the
corpus rules date them (`first_days`)."""

from datetime import date


def _talks(events):
    return [e for e in events if e["kind"] == "talks"]


def test_it_counts_back_from_the_day_a_story_says_is_the_third_of_the_talks(extract):
    # Thursday 14 March 2024: the third day was Wednesday, so the talks opened on Monday
    events = extract(
        "Negotiators from Armenia and Azerbaijan entered a third day of talks in Almaty on "
        "Wednesday, with no agreement in sight on the border commission.",
        date(2024, 3, 14),
        "en",
    )
    assert [e["date"] for e in _talks(events)] == ["2024-03-11"]


def test_it_counts_back_from_a_french_signing_at_the_end_of_days_of_negotiations(extract):
    # Monday 11 March 2024: signed on Saturday after four days, so the talks opened on Wednesday
    events = extract(
        "Le gouvernement tchadien et les rebelles du Nord ont signé samedi un accord à Lomé, "
        "au terme de quatre jours de négociations menées sous l'égide du Togo.",
        date(2024, 3, 11),
        "fr",
    )
    assert [e["date"] for e in _talks(events)] == ["2024-03-06"]


def test_it_keeps_the_day_the_talks_are_said_to_have_opened(extract):
    events = extract(
        "Le gouvernement tchadien et les rebelles du Nord ont signé un accord à Lomé, au terme "
        "de quatre jours de négociations ouvertes jeudi sous l'égide du Togo.",
        date(2024, 3, 11),
        "fr",
    )
    assert [e["date"] for e in _talks(events)] == ["2024-03-07"]


def test_it_counts_back_only_once_from_the_day_the_talks_ended(extract):
    # "ended on Wednesday" already dates the span back to Tuesday; "after two days" is the same
    events = extract(
        "Armenia and Azerbaijan agreed to meet again in April, the mediator said on Thursday, "
        "after two days of negotiations that ended on Wednesday in Almaty.",
        date(2024, 3, 14),
        "en",
    )
    assert "2024-03-12" in [e["date"] for e in _talks(events)]
    assert "2024-03-11" not in [e["date"] for e in events]


def test_it_reports_talks_told_on_their_last_day_and_on_their_first_as_one_meeting(extract):
    events = extract(
        "OSLO, March 14 - Armenia and Azerbaijan today concluded their second round of talks "
        "on the border commission. The three days of talks between Armenia and Azerbaijan, "
        "which began on Tuesday in Oslo, were chaired by Norway's foreign minister.",
        date(2024, 3, 14),
        "en",
    )
    assert [e["date"] for e in _talks(events)] == ["2024-03-12"]
