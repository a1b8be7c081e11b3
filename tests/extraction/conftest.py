"""Extraction tests need no Django: run them with `pytest tests/extraction -p no:django`."""

from datetime import date

import pytest

from articles.extraction import Extractor, Gazetteer


@pytest.fixture(autouse=True)
def media_in_tmp():
    """Shadows the Django-only autouse fixture of tests/conftest.py."""


@pytest.fixture(scope="session")
def extractor():
    """The engine with the project's gazetteer; models load once for the whole session."""
    return Extractor()


@pytest.fixture
def extract(extractor):
    def run(text, published, language=None):
        return extractor.extract(text, published=published, language=language).events

    return run


SMALL_ACTORS = [
    {
        "name": "Russia",
        "type": "country",
        "aliases": {"en": ["Russia"], "fr": ["Russie"]},
        "metonyms": {"en": ["Moscow", "the Kremlin"], "fr": ["Moscou", "le Kremlin"]},
        "demonyms": {"en": ["Russian"], "fr": ["russe", "russes"]},
        "prefixes": {"en": ["Russo"], "fr": ["russo"]},
    },
    {
        "name": "United States",
        "type": "country",
        "aliases": {"en": ["United States", "US"], "fr": ["Etats-Unis", "États-Unis"]},
        "metonyms": {
            "en": ["Washington", "the White House"],
            "fr": ["Washington", "la Maison Blanche"],
        },
        "demonyms": {"en": ["American"], "fr": ["américain", "américains", "américaine"]},
        "prefixes": {"fr": ["américano"]},
    },
    {
        "name": "NATO",
        "type": "organization",
        "aliases": {"en": ["NATO"], "fr": ["Otan", "OTAN"]},
    },
    {
        "name": "Vladimir Putin",
        "type": "person",
        "country": "Russia",
        "aliases": {"en": ["Vladimir Putin", "Putin"], "fr": ["Vladimir Poutine", "Poutine"]},
        "roles": [{"role": "president", "from": "2012", "to": None}],
    },
]
SMALL_PLACES = [
    {"name": "Geneva", "country": "Switzerland", "aliases": {"en": ["Geneva"], "fr": ["Genève"]}},
    {
        "name": "Washington",
        "country": "United States",
        "aliases": {"en": ["Washington"], "fr": ["Washington"]},
    },
]


@pytest.fixture
def small_gazetteer():
    return Gazetteer.from_records(SMALL_ACTORS, SMALL_PLACES)


THURSDAY = date(2024, 3, 14)  # Mon 11, Tue 12, Wed 13, [Thu 14], Fri 15, Sat 16, Sun 17, Mon 18
