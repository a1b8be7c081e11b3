"""The rendering stage on its own: titles in the article's language, and the contract's
fields of events built by hand."""

from datetime import date

from articles.extraction.model import Article, Candidate, Sentence
from articles.extraction.participants import Party
from articles.extraction.rendering import make_title, render
from articles.extraction.triggers import Trigger


def person(name):
    return {"name": name, "type": "person"}


def test_it_names_both_people_of_an_english_call(small_gazetteer):
    title = make_title(
        small_gazetteer, "en", "call", [person("Vladimir Putin"), person("Joe Biden")], None
    )
    assert title == "Call between Vladimir Putin and Joe Biden"


def test_it_writes_a_french_title_with_french_names_and_place(small_gazetteer):
    title = make_title(
        small_gazetteer, "fr", "call", [person("Vladimir Putin"), person("Joe Biden")], "Geneva"
    )
    assert title == "Entretien téléphonique Vladimir Poutine – Joe Biden à Genève"


def test_it_says_au_before_a_city_whose_name_starts_with_le(small_gazetteer):
    countries = [
        {"name": "Russia", "type": "country"},
        {"name": "United States", "type": "country"},
    ]
    assert make_title(small_gazetteer, "fr", "meeting", countries, "Le Caire") == (
        "Rencontre Russie – Etats-Unis au Caire"
    )


def test_it_titles_a_visit_by_its_visitor_and_destination(small_gazetteer):
    sides = [person("Vladimir Putin"), {"name": "United States", "type": "country"}]
    assert make_title(small_gazetteer, "en", "visit", sides, "Washington") == (
        "Visit of Vladimir Putin to Washington"
    )
    assert make_title(small_gazetteer, "fr", "visit", [person("Emmanuel Macron")], None) == (
        "Visite d'Emmanuel Macron"
    )


def meeting_on(sentence, value, status, sides):
    """A dated meeting candidate named by "meet" in `sentence`."""
    at = sentence.text.index("meet")
    return Candidate(
        kind="meeting",
        value=value,
        precision="day",
        end_value=None,
        anchored=True,
        status=status,
        parties=list(sides),
        location=None,
        sentence=sentence,
        trigger=Trigger(at, at + 4, "meet", "meeting", verb=True),
        mentions=[sentence],
    )


def an_article(gazetteer, text):
    return Article(
        gazetteer=gazetteer,
        language="en",
        published=date(2024, 3, 7),
        text=text,
        doc=None,
        finder=None,
        matches=[],
        match_starts=[],
        unknown_people=[],
        token_at=None,
    )


def test_it_points_a_postponed_meeting_to_the_event_of_its_new_date(small_gazetteer):
    text = "Putin and Biden were to meet on Monday. They will now meet on Friday."
    first = Sentence(0, 39, text[:39])
    second = Sentence(40, len(text), text[40:])
    sides = [
        Party("Vladimir Putin", "person", 0, 5, "Russia"),
        Party("Joe Biden", "person", 10, 15),
    ]
    called_off = meeting_on(first, "2024-03-11", "cancelled", sides)
    moved = meeting_on(second, "2024-03-15", "scheduled", sides)
    moved.rescheduled_from = called_off

    events = render(an_article(small_gazetteer, text), [moved, called_off])

    assert [(e["date"], e["status"], e["rescheduled_to"]) for e in events] == [
        ("2024-03-11", "cancelled", 1),
        ("2024-03-15", "scheduled", None),
    ]
    assert events[0]["evidence"] == "Putin and Biden were to meet on Monday."
    assert events[0]["participants"] == [person("Vladimir Putin"), person("Joe Biden")]
