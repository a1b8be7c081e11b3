"""Dates at their precision, written the way the active language writes them."""

from datetime import date
from types import SimpleNamespace

import pytest
from django.utils import translation

from timeline.dates import date_label
from timeline.public import reported_date_label


def _event(day, precision="day", end_date=None):
    return SimpleNamespace(date=day, precision=precision, end_date=end_date)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["January 10, 2022", "January 2022", "2022", "January 10, 2022 – January 12, 2022"]),
        ("fr", ["10 janvier 2022", "janvier 2022", "2022", "10 janvier 2022 – 12 janvier 2022"]),
    ],
)
def test_it_writes_a_date_at_its_precision_in_the_active_language(language, expected):
    events = [
        _event(date(2022, 1, 10)),
        _event(date(2022, 1, 1), "month"),
        _event(date(2022, 1, 1), "year"),
        _event(date(2022, 1, 10), end_date=date(2022, 1, 12)),
    ]
    with translation.override(language):
        assert [date_label(event) for event in events] == expected


def test_it_writes_in_english_by_default():
    assert date_label(_event(date(2021, 12, 30))) == "December 30, 2021"


def test_it_writes_what_an_article_said_in_the_active_language():
    with translation.override("fr"):
        assert reported_date_label("2022-01-10") == "10 janvier 2022"
        assert reported_date_label("2022-01") == "janvier 2022"
        assert reported_date_label("2022") == "2022"
        assert reported_date_label("2022-13") == "2022-13"
    assert reported_date_label("2022-01-10") == "January 10, 2022"
