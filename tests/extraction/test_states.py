"""The states at a meeting: a person in office for a state brings it to the meeting's sides
(states.py). Sentences written for these tests."""

from datetime import date

import pytest

THURSDAY_2016 = date(2016, 12, 8)


def sides(event):
    return {p["name"] for p in event["participants"]}


def countries(event):
    return {p["name"] for p in event["participants"] if p["type"] == "country"}


def only(events):
    assert len(events) == 1, events
    return events[0]


def test_it_adds_the_states_of_the_presidents_who_meet(extract):
    event = only(
        extract(
            "Ellen Johnson Sirleaf met Muhammadu Buhari in Abuja on Monday.", THURSDAY_2016, "en"
        )
    )
    assert sides(event) == {"Ellen Johnson Sirleaf", "Muhammadu Buhari", "Liberia", "Nigeria"}


def test_it_adds_no_state_to_a_call(extract):
    event = only(
        extract(
            "Joe Biden a parlé mardi au téléphone avec Vladimir Poutine.", date(2021, 12, 30), "fr"
        )
    )
    assert event["kind"] == "call"
    assert countries(event) == set()


def test_it_lists_every_state_on_a_call_whose_sentence_names_one(extract):
    # "le président nigérian" speaks of Nigeria's side: the other side, France, is listed too
    event = only(
        extract(
            "Emmanuel Macron a appelé lundi soir le président nigérian Muhammadu Buhari.",
            date(2019, 12, 11),
            "fr",
        )
    )
    assert event["kind"] == "call"
    assert countries(event) == {"France", "Nigeria"}


@pytest.mark.parametrize(
    ("text", "published", "state", "not_a_side"),
    [
        # an organisation's official speaks for the organisation, not their own country
        ("Kofi Annan met Omar al-Bashir in Khartoum on Monday.", date(2006, 11, 16), "Sudan",
         "Ghana"),
        # a former president sent as a mediator holds no office for his country
        ("Goodluck Jonathan a rencontré samedi Ibrahim Boubacar Keïta à Bamako.",
         date(2020, 8, 25), "Mali", "Nigeria"),
    ],
)  # fmt: skip
def test_it_adds_only_the_state_a_person_holds_office_for_that_year(
    extract, text, published, state, not_a_side
):
    event = only(extract(text, published))
    assert state in countries(event)
    assert not_a_side not in sides(event)


def bodies(event):
    return {p["name"] for p in event["participants"] if p["type"] == "organization"}


@pytest.mark.parametrize(
    ("text", "published", "body", "not_a_side"),
    [
        # the head of a body, named alone, speaks for it
        ("Ban Ki-moon a reçu jeudi Mahmoud Abbas à New York.", date(2010, 3, 12),
         "United Nations", "South Korea"),
        # an envoy of the UN is no envoy of the state whose passport he holds
        ("Martin Griffiths met Houthi negotiators in Stockholm on Friday.", date(2018, 12, 8),
         "United Nations", "United Kingdom"),
        # the body of the year of the meeting: Solana led NATO before the EU's foreign policy
        ("Javier Solana met Boris Trajkovski in Skopje on Monday.", date(1998, 3, 4), "NATO",
         "European Union"),
        ("Javier Solana met Boris Trajkovski in Skopje on Monday.", date(2001, 3, 21),
         "European Union", "NATO"),
        # and on a call, where no state of an office holder is listed
        ("Antonio Guterres spoke by telephone with Abiy Ahmed on Tuesday.", date(2021, 11, 4),
         "United Nations", "Portugal"),
    ],
)  # fmt: skip
def test_it_adds_the_body_its_head_or_envoy_speaks_for_that_year(
    extract, text, published, body, not_a_side
):
    event = only(extract(text, published))
    assert body in bodies(event)
    assert not_a_side not in sides(event)


@pytest.mark.parametrize(
    ("text", "published", "language", "side"),
    [
        # the head of a government below a state's speaks for it
        ("Jean Charest a rencontré lundi Nicolas Sarkozy à l'Élysée.", date(2008, 10, 22), "fr",
         "Quebec"),
        # a movement's leader speaks for the movement
        ("Foday Sankoh met Olusegun Obasanjo in Abuja on Monday.", date(1999, 7, 8), "en",
         "Revolutionary United Front"),
        # a movement named as a side
        ("Norway's envoy met representatives of the Unitary Platform in Mexico City on "
         "Saturday.", date(2021, 10, 18), "en", "Unitary Platform"),
    ],
)  # fmt: skip
def test_it_knows_the_sides_of_peace_talks_that_are_not_states(
    extract, text, published, language, side
):
    event = only(extract(text, published, language))
    assert side in sides(event)


def test_it_lists_the_state_the_story_gave_an_unknown_person_earlier(extract):
    from datetime import date

    events = extract(
        "Kenyan Foreign Minister Amara Wekesa arrived in Oslo on Sunday. On Monday, Wekesa met "
        "Tomas Lindqvist.",
        date(2024, 3, 14),
        "en",
    )
    meeting = next(e for e in events if e["date"] == "2024-03-11")
    assert {"Amara Wekesa", "Kenya"} <= {p["name"] for p in meeting["participants"]}


@pytest.mark.parametrize(
    "language, introduction",
    [
        ("en", "Amara Wekesa, the Kenyan foreign minister, landed in Lusaka on Monday."),
        ("en", "Amara Wekesa, Kenya's foreign minister, landed in Lusaka on Monday."),
        ("en", "The foreign minister of Kenya, Amara Wekesa, landed in Lusaka on Monday."),
        (
            "fr",
            "Le ministre kényan des Affaires étrangères, Amara Wekesa, est arrivé à Lusaka lundi.",
        ),
        ("fr", "Amara Wekesa, ministre kényan des Affaires étrangères, est arrivé lundi à Lusaka."),
        ("fr", "La cheffe de la diplomatie kényane, Amara Wekesa, est arrivée lundi à Lusaka."),
    ],
)
def test_it_gives_an_unknown_person_the_state_of_the_role_written_beside_the_name(
    extract, language, introduction
):
    second = {
        "en": "On Tuesday Wekesa met Hakainde Hichilema.",
        "fr": "Mardi, Amara Wekesa a rencontré Hakainde Hichilema.",
    }[language]
    events = extract(f"{introduction} {second}", THURSDAY_2016, language)
    meeting = next(e for e in events if e["date"] == "2016-12-06")
    assert {"Amara Wekesa", "Kenya"} <= sides(meeting)


def test_it_gives_no_state_from_a_clause_after_the_name_or_a_country_served_in(extract):
    events = extract(
        "L'ambassadeur au Kenya, Paul Girard, a déjeuné mardi avec Amara Wekesa, puis il a "
        "rencontré le ministre kényan. Mercredi, Paul Girard a rencontré Hakainde Hichilema.",
        THURSDAY_2016,
        "fr",
    )
    wednesday = next(e for e in events if e["date"] == "2016-12-07")
    assert "Kenya" not in sides(wednesday)


def test_it_names_the_states_of_the_time_of_the_meeting(extract):
    events = extract(
        "Le ministre soviétique des Affaires étrangères, Piotr Vassine, a reçu mardi à Moscou "
        "le chancelier allemand, Karl Obermann.",
        date(1975, 3, 14),
        "fr",
    )
    assert {"Soviet Union", "West Germany"} <= countries(only(events))
    events = extract(
        "Le ministre russe des Affaires étrangères, Piotr Vassine, a reçu mardi à Moscou "
        "le chancelier allemand, Karl Obermann.",
        date(2005, 3, 14),
        "fr",
    )
    assert {"Russia", "Germany"} <= countries(only(events))


def test_it_takes_no_state_of_the_past_to_a_later_meeting(extract):
    event = only(
        extract(
            "The Estonian prime minister, Mart Kask, met Boris Yeltsin in Moscow on Tuesday to "
            "discuss the last Soviet bases in the Baltic states.",
            date(1994, 7, 27),
            "en",
        )
    )
    assert "Soviet Union" not in countries(event)


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "fr",
            "Emmanuel Macron a rencontré Olaf Scholz mardi à Berlin, quelques mois après "
            "l'invasion russe de l'Ukraine.",
        ),
        (
            "en",
            "Emmanuel Macron met Olaf Scholz in Berlin on Tuesday, months after the Russian "
            "invasion of Ukraine.",
        ),
    ],
)
def test_it_takes_the_country_of_a_war_for_no_side(extract, language, text):
    event = only(extract(text, date(2022, 11, 24), language))
    assert countries(event) == {"France", "Germany"}


def test_it_knows_the_leaders_of_the_past_and_the_states_they_spoke_for(extract):
    event = only(
        extract(
            "Nikita Khrouchtchev a reçu mardi à Moscou Harold Macmillan.", date(1959, 2, 26), "fr"
        )
    )
    assert sides(event) == {
        "Nikita Khrushchev",
        "Harold Macmillan",
        "Soviet Union",
        "United Kingdom",
    }
    event = only(
        extract("Vaclav Havel met Helmut Kohl in Prague on Tuesday.", date(1990, 5, 10), "en")
    )
    # Havel was then president of Czechoslovakia, Kohl chancellor of West Germany
    assert countries(event) == {"Czechoslovakia", "West Germany"}


def test_it_reads_the_president_as_the_one_in_office_that_year(extract):
    # Xanana Gusmão, named last, was president in 2002-2007; José Ramos-Horta is in 2025
    text = (
        "Anwar Ibrahim welcomed President José Ramos-Horta and Prime Minister Xanana Gusmão in "
        "Kuala Lumpur on Saturday. Prabowo Subianto received the President at his hotel on "
        "Sunday."
    )
    events = extract(text, date(2025, 10, 27), "en")
    sunday = next(e for e in events if e["date"] == "2025-10-26")
    assert "José Ramos-Horta" in sides(sunday)
    assert "Xanana Gusmão" not in sides(sunday)


@pytest.mark.parametrize(
    "language, text, published, day",
    [
        (
            "en",
            "Kenneth Mwale and Tomas Reyes signed the border agreement in Lusaka on Tuesday.",
            date(2019, 4, 12),
            "2019-04-09",
        ),
        (
            "en",
            "The accord was signed by Kenneth Mwale and Tomas Reyes in Lusaka yesterday.",
            date(2019, 4, 12),
            "2019-04-11",
        ),
        (
            "fr",
            "Kenneth Mwale et Tomas Reyes ont signé mardi à Lusaka l'accord sur la frontière.",
            date(2019, 4, 12),
            "2019-04-09",
        ),
    ],
)
def test_it_reads_two_sides_signing_together_as_a_meeting(extract, language, text, published, day):
    event = only(extract(text, published, language))
    assert (event["date"], event["status"]) == (day, "held")
    assert {"Kenneth Mwale", "Tomas Reyes"} <= sides(event)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Zambia signed the Non-Proliferation Treaty on Tuesday."),
        ("en", "Signed in 1987, the treaty banned ground-launched missiles."),
        ("en", "Officials said Zambia and Malawi hoped to sign an agreement on Tuesday."),
        ("fr", "L'accord n'a pas été signé mardi par la Zambie et le Malawi."),
        ("fr", "Le président zambien a signé mardi un décret sur les retraites."),
    ],
)
def test_it_reads_no_meeting_in_one_side_signing_or_a_signing_not_done(extract, language, text):
    assert extract(text, date(2019, 4, 12), language) == []


def test_it_gives_the_states_not_todays_leaders_for_a_summit_before_their_time(extract):
    # "les deux dirigeants" of a summit held in 2000 were not the two leaders of the story
    events = extract(
        "Moon Jae-in a reçu jeudi à Séoul Kim Jong Un pour un sommet historique. Le premier "
        "sommet intercoréen, tenu à Pyongyang en juin 2000, avait réuni les deux dirigeants "
        "pendant trois jours.",
        date(2018, 9, 21),
        "fr",
    )
    earlier = only([e for e in events if e["date"] == "2000-06"])
    assert sides(earlier) == {"South Korea", "North Korea"}
    today = only([e for e in events if e["date"] == "2018-09-20"])
    assert {"Moon Jae-in", "Kim Jong Un"} <= sides(today)
