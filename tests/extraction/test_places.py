"""Where a meeting is held, once the whole article is read: calls have no meeting place, and a
meeting held during a visit or summit one of its sides is at takes that place."""

from datetime import date

import pytest

THURSDAY = date(2024, 3, 14)  # Mon 11 ... Sun 17, Mon 18, Tue 19, Wed 20


def test_it_gives_a_call_no_place_even_with_a_city_in_its_sentence(extract):
    events = extract(
        "Joe Biden and Xi Jinping spoke by phone on Wednesday, ahead of their arrival in Lima.",
        THURSDAY,
        "en",
    )
    (call,) = events
    assert call["kind"] == "call"
    assert call["location"] is None


def test_it_leaves_the_city_a_french_caller_rang_from_out_of_the_call(extract):
    events = extract(
        "Emmanuel Macron s'est entretenu mardi par téléphone depuis Bruxelles avec le roi "
        "Charles III.",
        THURSDAY,
        "fr",
    )
    (call,) = events
    assert call["location"] is None


def test_it_places_a_meeting_during_a_visit_where_the_visit_is(extract):
    events = extract(
        "Lula will pay a state visit to Paris from Monday to Wednesday. On Tuesday, Lula will "
        "meet Emmanuel Macron.",
        THURSDAY,
        "en",
    )
    (meeting,) = [e for e in events if e["kind"] == "meeting"]
    assert meeting["date"] == "2024-03-19"
    assert meeting["location"] == "Paris"


def test_it_places_a_french_reception_during_a_state_visit_where_the_visit_is(extract):
    events = extract(
        "Lula effectuera une visite d'Etat à Paris de lundi à mercredi. Mardi, Lula sera reçu "
        "par Emmanuel Macron.",
        THURSDAY,
        "fr",
    )
    (meeting,) = [e for e in events if e["kind"] == "meeting"]
    assert meeting["location"] == "Paris"


def test_it_does_not_place_a_meeting_after_the_visit_where_the_visit_was(extract):
    events = extract(
        "Lula will pay a state visit to Paris on Monday. On Friday, Lula will meet Olaf Scholz.",
        THURSDAY,
        "en",
    )
    (meeting,) = [e for e in events if e["kind"] == "meeting"]
    assert meeting["location"] is None


def test_it_does_not_place_a_meeting_of_others_where_a_visit_is(extract):
    events = extract(
        "Lula will pay a state visit to Paris from Monday to Wednesday. On Tuesday, Olaf Scholz "
        "will meet Giorgia Meloni.",
        THURSDAY,
        "en",
    )
    (meeting,) = [e for e in events if e["kind"] == "meeting"]
    assert meeting["location"] is None


def test_it_places_a_side_meeting_at_the_summit_under_way(extract):
    events = extract(
        "The G20 summit will open in Rio de Janeiro on Monday. On Tuesday, Narendra Modi will meet "
        "Giorgia Meloni.",
        THURSDAY,
        "en",
    )
    (meeting,) = [e for e in events if e["kind"] == "meeting"]
    assert (meeting["date"], meeting["location"]) == ("2024-03-19", "Rio de Janeiro")


def test_it_does_not_place_a_meeting_days_after_a_summit_opened(extract):
    events = extract(
        "The G20 summit will open in Rio de Janeiro on Monday. Next Friday, Narendra Modi will "
        "meet Giorgia Meloni.",
        THURSDAY,
        "en",
    )
    (meeting,) = [e for e in events if e["kind"] == "meeting"]
    assert meeting["location"] is None


def test_it_does_not_place_a_visit_abroad_in_the_visitor_s_own_capital(extract):
    events = extract(
        "Back in Beijing on Tuesday, Wang Yi cut short his visit to Japan, where he was to meet "
        "Fumio Kishida.",
        THURSDAY,
        "en",
    )
    visits = [e for e in events if e["kind"] == "visit"]
    assert visits and all(v["location"] != "Beijing" for v in visits)


def test_it_reads_a_trip_to_two_countries_as_two_visits(extract):
    events = extract("Christopher Hill visited Seoul and Tokyo on Monday.", THURSDAY, "en")
    visits = sorted(
        (e["location"], sorted(p["name"] for p in e["participants"] if p["type"] == "country"))
        for e in events
        if e["kind"] == "visit"
    )
    assert visits == [("Seoul", ["South Korea"]), ("Tokyo", ["Japan"])]


def test_it_reads_a_french_trip_to_two_countries_as_two_visits(extract):
    events = extract(
        "Emmanuel Macron se rendra la semaine prochaine en Egypte et en Jordanie.", THURSDAY, "fr"
    )
    visited = sorted(
        [p["name"] for p in e["participants"] if p["type"] == "country" and p["name"] != "France"]
        for e in events
    )
    assert visited == [["Egypt"], ["Jordan"]]


def test_it_leaves_the_place_of_a_summit_told_before_to_that_summit(extract):
    from datetime import date

    events = extract(
        "Le président kényan, arrivé du sommet de l'Union africaine à Addis-Abeba, a rencontré "
        "vendredi le président ougandais Yoweri Museveni.",
        date(2024, 3, 16),
        "fr",
    )
    (meeting,) = [e for e in events if e["kind"] == "meeting"]
    assert meeting["location"] != "Addis Ababa"


@pytest.mark.parametrize(
    "text, language, city",
    [
        ("Olaf Scholz met Vladimir Putin at the Kremlin on Tuesday.", "en", "Moscow"),
        ("Olaf Scholz met Rishi Sunak at Downing Street on Tuesday.", "en", "London"),
        ("Olaf Scholz a été reçu mardi à l'Elysée par Emmanuel Macron.", "fr", "Paris"),
        ("Olaf Scholz a rencontré Joe Biden mardi à la Maison-Blanche.", "fr", "Washington"),
        ("Olaf Scholz met Xi Jinping at the Great Hall of the People on Tuesday.", "en", "Beijing"),
        ("Olaf Scholz met Joe Biden in the Oval Office on Tuesday.", "en", "Washington"),
        (
            "Olaf Scholz was received by Pope Francis at the Vatican on Tuesday.",
            "en",
            "Vatican City",
        ),
        ("Olaf Scholz met António Guterres at the UN headquarters on Tuesday.", "en", "New York"),
        (
            "Olaf Scholz a rencontré mardi Moussa Faki au siège de l'Union africaine.",
            "fr",
            "Addis Ababa",
        ),
    ],
)
def test_it_places_a_meeting_at_a_seat_of_government_in_its_capital(extract, text, language, city):
    (meeting,) = extract(text, THURSDAY, language)
    assert meeting["location"] == city


def test_it_takes_no_place_from_a_seat_of_government_that_speaks(extract):
    (meeting,) = extract(
        "The White House said Joe Biden would meet Olaf Scholz in Berlin on Friday.", THURSDAY, "en"
    )
    assert meeting["location"] == "Berlin"


@pytest.mark.parametrize(
    "text, language, city",
    [
        ("Olaf Scholz and Petr Fiala met on Tuesday in Třeboň.", "en", "Třeboň"),
        ("Olaf Scholz a rencontré mardi Petr Fiala à Třeboň.", "fr", "Třeboň"),
    ],
)
def test_it_places_a_meeting_in_a_town_it_does_not_know(extract, text, language, city):
    (meeting,) = extract(text, THURSDAY, language)
    assert meeting["location"] == city


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz met Petr Fiala on Tuesday in the Kramářova vila.",
        "Olaf Scholz met Petr Fiala on Tuesday in Hrzán Palace.",
    ],
)
def test_it_takes_no_building_for_a_town(extract, text):
    (meeting,) = extract(text, THURSDAY, "en")
    assert meeting["location"] is None


def test_it_places_a_meeting_told_in_a_where_clause_at_the_place_it_hangs_on(extract):
    events = extract(
        "Mette Frederiksen visited Reykjavik, where she met Prime Minister Katrín Jakobsdóttir, "
        "and Oslo last month to press for a fishing deal in Brussels.",
        THURSDAY,
        "en",
    )
    meetings = [e for e in events if e["kind"] == "meeting"]
    assert meetings and {e["location"] for e in meetings} == {"Reykjavik"}
