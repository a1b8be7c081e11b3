"""Antecedents: who a pronoun or a possessive stands for, read from the sentences before."""

from datetime import date


def _names(event):
    return {p["name"] for p in event["participants"]}


def test_it_reads_a_pronoun_as_the_person_the_last_sentence_was_about(extract):
    events = extract(
        "Xi Jinping met Vladimir Putin in Moscow on Monday. Foreign Minister Wang Yi stayed "
        "behind to brief reporters. On Tuesday he met Sergei Lavrov.",
        date(2019, 6, 5),
        "en",
    )
    (tuesday,) = [e for e in events if e["date"] == "2019-06-04"]
    assert {"Wang Yi", "Sergei Lavrov"} <= _names(tuesday)
    assert "Xi Jinping" not in _names(tuesday)


def test_it_reads_his_visit_as_the_visit_of_the_person_the_story_is_about(extract):
    (visit,) = extract(
        "Nursultan Nazarbayev ruled Kazakhstan for three decades. His state visit to Washington "
        "in December 2001 changed that.",
        date(2019, 3, 20),
        "en",
    )
    assert (visit["kind"], visit["date"]) == ("visit", "2001-12")
    assert {"Nursultan Nazarbayev", "United States"} <= _names(visit)
    (visite,) = extract(
        "Noursoultan Nazarbaïev a dirigé le Kazakhstan pendant trente ans. Sa visite d'Etat à "
        "Paris en février 2000 a compté.",
        date(2019, 3, 20),
        "fr",
    )
    assert {"Nursultan Nazarbayev", "France"} <= _names(visite)


def test_it_reads_the_pronoun_a_meeting_verb_takes_as_the_person_named_before(extract):
    english = "Kenyan Foreign Minister Amina Mohamed landed in Berlin on Tuesday. "
    french = "Le ministre kényan Musalia Mudavadi est arrivé mardi à Berlin. "
    for text in (
        english + "Olaf Scholz will receive her on Thursday.",
        english + "Olaf Scholz met him on Monday.",
        french + "Olaf Scholz le recevra jeudi.",
        french + "Olaf Scholz doit le recevoir jeudi.",
        french + "Olaf Scholz lui a téléphoné lundi.",
        french + "Olaf Scholz l'a appelé lundi.",
    ):
        events = extract(text, date(2024, 3, 13), "en" if text.startswith("Kenyan") else "fr")
        (meeting,) = [e for e in events if e["kind"] in ("meeting", "call")]
        assert "Olaf Scholz" in _names(meeting), text
        assert _names(meeting) & {"Amina Mohamed", "Musalia Mudavadi"}, text


def test_it_reads_the_pronoun_as_the_person_the_same_sentence_named_first(extract):
    (visit,) = extract(
        "When Ruto came to Berlin in May 2023, on his first trip to Germany, Olaf Scholz "
        "received him with military honours.",
        date(2024, 3, 13),
        "en",
    )
    assert {"William Ruto", "Olaf Scholz"} <= _names(visit)


def test_it_takes_no_pronoun_for_the_person_met_when_a_noun_follows_her(extract):
    events = extract(
        "Kenyan Foreign Minister Amina Mohamed landed in Berlin on Tuesday. Olaf Scholz met "
        "her counterpart Annalena Baerbock on Wednesday.",
        date(2024, 3, 14),
        "en",
    )
    (meeting,) = [e for e in events if e["kind"] == "meeting"]
    assert "Amina Mohamed" not in _names(meeting)


def test_it_reads_no_person_in_a_clitic_that_stands_for_the_meeting_named_before(extract):
    (mission,) = extract(
        "Le président kényan William Ruto préside l'organisation régionale. Le même jour, une "
        "mission de l'Union africaine, qui devait se rendre à Khartoum, a été annulée, les "
        "généraux ayant fait savoir qu'ils n'étaient pas en mesure de la recevoir.",
        date(2024, 3, 14),
        "fr",
    )
    assert "William Ruto" not in _names(mission)


def test_it_reads_a_plural_pronoun_a_meeting_verb_takes_as_the_people_named_before(extract):
    for text, language in (
        (
            "Kenyan President William Ruto and Ugandan President Yoweri Museveni landed in "
            "Berlin on Monday. Olaf Scholz received them on Tuesday.",
            "en",
        ),
        (
            "Le président kényan William Ruto et le président ougandais Yoweri Museveni sont "
            "arrivés lundi à Berlin. Olaf Scholz les a reçus mardi.",
            "fr",
        ),
    ):
        events = extract(text, date(2024, 3, 14), language)
        (meeting,) = [e for e in events if e["date"] == "2024-03-12"]
        assert {"Olaf Scholz", "William Ruto", "Yoweri Museveni"} <= _names(meeting), text
