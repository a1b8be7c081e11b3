"""The status stage on its own: kind, status and modality of one meeting word.
Published Thursday 14 March 2024."""

from datetime import date

import pytest

from articles.extraction.dates import find_dates
from articles.extraction.document import sentences
from articles.extraction.model import Article
from articles.extraction.nlp import nlp_for
from articles.extraction.status import (
    cancelled_triggers,
    decide_kind,
    decide_status,
    only_evidence,
)
from articles.extraction.triggers import find_triggers


def reading(text, gazetteer):
    """(article, its first sentence, the sentence's first meeting word, its first date)."""
    article = Article.read(gazetteer, "en", date(2024, 3, 14), text, nlp_for("en")(text))
    sentence = sentences(article)[0]
    (trigger, *_) = find_triggers(sentence.text, "en")
    expressions = find_dates(article, sentence)
    return article, sentence, trigger, expressions[0] if expressions else None


def status_of(text, gazetteer, cancelled=False):
    article, sentence, trigger, when = reading(text, gazetteer)
    return decide_status(article, trigger, sentence, when, cancelled)


def test_it_reads_a_meeting_before_publication_as_held_and_after_as_scheduled(small_gazetteer):
    assert status_of("Putin met Biden on Tuesday.", small_gazetteer) == "held"
    assert status_of("Putin will meet Biden on Tuesday.", small_gazetteer) == "scheduled"
    assert status_of("Putin will meet Biden.", small_gazetteer) == "scheduled"
    assert status_of("Putin will meet Biden.", small_gazetteer, cancelled=True) == "cancelled"


def test_it_reads_a_meeting_agreed_on_in_the_past_as_still_ahead(small_gazetteer):
    # no day to weigh against publication ("this year"): the agreement is past, the meeting not
    assert status_of("Putin and Biden have agreed to meet again this year.", small_gazetteer) == (
        "scheduled"
    )
    assert status_of("Putin and Biden met again this year.", small_gazetteer) == "held"


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Chile offered on Tuesday to host a summit between Peru and Bolivia."),
        ("en", "The foreign minister ruled out direct talks with the rebels on Monday."),
        ("en", "Lula said on Monday he hoped to see President Xi Jinping this year."),
        ("fr", "Le Chili a proposé mardi d'accueillir un sommet entre le Pérou et la Bolivie."),
        ("fr", "Le ministre a exclu lundi toute négociation directe avec les rebelles."),
        ("en", "Chile and Peru vowed on Tuesday to speed up negotiations on a trade pact."),
        ("fr", "Le Chili et le Pérou ont promis mardi d'accélérer les négociations commerciales."),
    ],
)
def test_it_makes_no_event_of_a_meeting_offered_ruled_out_hoped_for_or_to_hasten(
    extract, language, text
):
    assert extract(text, date(2024, 3, 14), language) == []


def test_it_applies_a_cancellation_word_to_the_nearest_meeting_word(small_gazetteer):
    text = "The visit was called off, but the summit will go ahead on Friday."
    assert [t.text for t in cancelled_triggers(find_triggers(text, "en"), text)] == ["visit"]


def test_it_takes_the_kind_a_purpose_names(small_gazetteer):
    article, sentence, trigger, _date = reading(
        "Putin will meet Biden for a summit on Tuesday.", small_gazetteer
    )
    assert decide_kind(article, trigger, sentence, sentence.text) == "summit"


def test_it_takes_a_wish_for_evidence_only_and_a_meeting_for_an_event(small_gazetteer):
    _article, wish, trigger, when = reading("Putin hopes to meet Biden soon.", small_gazetteer)
    assert only_evidence(wish, trigger, when, attends=False)
    _article, held, trigger, when = reading("Putin met Biden on Tuesday.", small_gazetteer)
    assert not only_evidence(held, trigger, when, attends=False)


def test_it_calls_a_meeting_talks_only_when_negotiations_are_named_beside_it(extract):
    near = extract(
        "Une réunion entre les deux délégations est prévue lundi à Genève entre la Russie et "
        "l'Ukraine.",
        date(2024, 3, 14),
        "fr",
    )
    assert [e["kind"] for e in near] == ["talks"]
    far = extract(
        "Emmanuel Macron et Olaf Scholz ont eu une rencontre lundi à Berlin, quelques jours "
        "après l'échec des négociations commerciales entre l'Union européenne et le Mercosur.",
        date(2024, 3, 14),
        "fr",
    )
    assert "meeting" in [e["kind"] for e in far]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The summit between Emmanuel Macron and Olaf Scholz in Kuching, originally scheduled "
         "for Friday, will not go ahead.", "en"),
        ("Les pourparlers entre la Colombie et les FARC étaient initialement prévus jeudi à "
         "Oslo.", "fr"),
        ("La réunion entre Emmanuel Macron et Olaf Scholz, envisagée un temps, n'aura pas lieu "
         "lundi.", "fr"),
        ("Le déplacement d'Emmanuel Macron à Pékin, prévu mardi, a été abandonné.", "fr"),
    ],
)  # fmt: skip
def test_it_reads_a_first_date_since_moved_or_dropped_as_cancelled(extract, text, language):
    events = extract(text, date(2024, 3, 14), language)
    assert events and {e["status"] for e in events} == {"cancelled"}


@pytest.mark.parametrize(
    "text, language, day, status",
    [
        ("The talks between Iran and Saudi Arabia in Baghdad next Tuesday have not been "
         "cancelled, the ministry said.", "en", "2023-03-21", "scheduled"),
        ("Erdogan, who never cancels a trip, will visit Berlin on Friday to meet Chancellor "
         "Scholz.", "en", "2023-03-17", "scheduled"),
        ("Lula, who rarely postpones or cancels trips, met President Alberto Fernandez in "
         "Buenos Aires on Monday.", "en", "2023-03-13", "held"),
        ("La réunion de vendredi entre les ministres Lavrov et Blinken à Genève, un temps "
         "menacée, ne sera pas reportée.", "fr", "2023-03-17", "scheduled"),
        ("Erdogan, qui ne reporte jamais un voyage, se rendra vendredi à Berlin pour "
         "rencontrer le chancelier Scholz.", "fr", "2023-03-17", "scheduled"),
    ],
)  # fmt: skip
def test_it_calls_nothing_off_with_a_cancellation_word_denied_or_said_of_a_habit(
    extract, text, language, day, status
):
    events = extract(text, date(2023, 3, 14), language)
    assert [(e["date"], e["status"]) for e in events] == [(day, status)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Anna Lind a eu mardi un échange téléphonique avec Joe Biden.", "fr"),
        ("Anna Lind and Joe Biden exchanged views by telephone on Tuesday.", "en"),
    ],
)
def test_it_calls_a_meeting_held_by_telephone_a_call(extract, text, language):
    (call,) = extract(text, date(2024, 3, 14), language)
    assert call["kind"] == "call"


def test_it_reads_a_put_off_meeting_whose_plan_is_apposed_after_its_topic_as_two_entries(extract):
    events = extract(
        "Le sommet de l'Union africaine consacré au Tchad, prévu mardi, a été reporté à jeudi.",
        date(2021, 4, 13),
        "fr",
    )
    assert sorted((e["date"], e["status"]) for e in events) == [
        ("2021-04-13", "cancelled"),
        ("2021-04-15", "scheduled"),
    ]


@pytest.mark.parametrize(
    "text, language, day",
    [
        ("Foreign Minister Amara Wekesa had been due in Kampala on Monday for talks with "
         "Yoweri Museveni.", "en", "2024-03-11"),
        ("William Ruto had been scheduled to meet Yoweri Museveni on Tuesday.", "en",
         "2024-03-12"),
        ("Ruto was to have met Museveni in Entebbe on Tuesday.", "en", "2024-03-12"),
        ("William Ruto aurait dû rencontrer Yoweri Museveni mardi à Entebbe.", "fr",
         "2024-03-12"),
    ],
)  # fmt: skip
def test_it_reads_a_plan_told_in_the_pluperfect_as_called_off_on_its_nearest_day(
    extract, text, language, day
):
    events = extract(text, date(2024, 3, 14), language)
    assert [(e["date"], e["status"]) for e in events] == [(day, "cancelled")]


@pytest.mark.parametrize(
    "text, language",
    [
        ("As had been expected, Yoweri Museveni received William Ruto in Entebbe on Monday.",
         "en"),
        ("As expected, Yoweri Museveni received William Ruto in Entebbe on Monday.", "en"),
        ("The summit, which had been planned for months, opened in Kampala on Monday with "
         "William Ruto and Yoweri Museveni.", "en"),
        ("The commission, which had been set up in 2019, met William Ruto and Yoweri Museveni "
         "in Entebbe on Monday.", "en"),
    ],
)  # fmt: skip
def test_it_reads_no_plan_in_an_expectation_met_or_a_body_set_up(extract, text, language):
    events = extract(text, date(2024, 3, 14), language)
    assert events and {e["status"] for e in events} == {"held"}


@pytest.mark.parametrize(
    "text, language, status",
    [
        ("Emmanuel Macron and Olaf Scholz meet tonight in Berlin.", "en", "scheduled"),
        ("Emmanuel Macron est attendu aujourd'hui à Berlin pour rencontrer Olaf Scholz.", "fr",
         "scheduled"),
        ("Emmanuel Macron and Olaf Scholz plan their first formal meeting today in Berlin.", "en",
         "scheduled"),
        ("Emmanuel Macron met Olaf Scholz in Berlin tonight, the chancellery said.", "en", "held"),
        # 14 March 2024 is a Thursday
        ("Emmanuel Macron and Olaf Scholz meet in Berlin later on Thursday.", "en", "scheduled"),
        ("Emmanuel Macron reçoit ce midi à l'Elysée Olaf Scholz.", "fr", "scheduled"),
        # the compound past says it is over, whatever the part of the day
        ("Emmanuel Macron a reçu ce soir à l'Elysée Olaf Scholz.", "fr", "held"),
    ],
)  # fmt: skip
def test_it_reads_a_meeting_later_on_the_day_of_writing_as_scheduled(
    extract, text, language, status
):
    events = extract(text, date(2024, 3, 14), language)
    assert [e["status"] for e in events] == [status]


@pytest.mark.parametrize(
    "text, language, status",
    [
        ("Emmanuel Macron and Olaf Scholz meet in Berlin today to discuss Ukraine.", "en",
         "scheduled"),
        ("Le Conseil de sécurité examine aujourd'hui à New York le rapport sur le Soudan.", "fr",
         "scheduled"),
        # told in the past, it is over
        ("Emmanuel Macron and Olaf Scholz met in Berlin today to discuss Ukraine.", "en", "held"),
        ("Emmanuel Macron et Olaf Scholz se sont retrouvés aujourd'hui à Berlin.", "fr", "held"),
    ],
)  # fmt: skip
def test_it_reads_a_meeting_of_the_day_of_writing_not_told_in_the_past_as_scheduled(
    extract, text, language, status
):
    events = extract(text, date(2024, 3, 14), language)
    assert [e["status"] for e in events] == [status]


def test_it_moves_a_put_off_meeting_to_the_weekday_after_the_first_date(extract):
    # published Friday 5 July 2024: "vendredi" is today, "mardi" the Tuesday after it
    text = (
        "Le médiateur Paul Ndiaye devait rencontrer vendredi le ministre Marc Dossou, mais la "
        "réunion a été reportée à mardi."
    )
    events = extract(text, date(2024, 7, 5), "fr")
    assert sorted((e["date"], e["status"]) for e in events) == [
        ("2024-07-05", "cancelled"),
        ("2024-07-09", "scheduled"),
    ]


def test_it_reads_a_called_off_plan_told_with_devait_at_the_nearest_day(extract):
    # published Friday 11 September 2020: the Saturday the stop was planned for is tomorrow
    text = (
        "Le ministre Paul Ndiaye devait être reçu samedi à Malabo par le président Marc "
        "Dossou, mais cette étape a été annulée."
    )
    (event,) = extract(text, date(2020, 9, 11), "fr")
    assert (event["date"], event["status"]) == ("2020-09-12", "cancelled")


def test_it_reads_a_plan_told_in_the_past_at_the_nearest_day(extract):
    # published Saturday 11 April 2015: the Friday they planned to attend was yesterday
    text = (
        "President Barack Obama and President Raul Castro planned to attend the opening of the "
        "summit Friday in Panama."
    )
    (event,) = extract(text, date(2015, 4, 11), "en")
    assert event["date"] == "2015-04-10"


def test_it_reads_a_passive_after_a_modal_as_ahead(extract):
    # published Thursday 12 March 2026: "doit être reçu lundi" is the coming Monday
    text = "Le ministre Paul Ndiaye doit être reçu lundi par le président Marc Dossou."
    (event,) = extract(text, date(2026, 3, 12), "fr")
    assert (event["date"], event["status"]) == ("2026-03-16", "scheduled")


def test_it_reads_a_meeting_brought_forward_as_put_off(extract):
    text = (
        "La rencontre entre Paul Ndiaye et Marc Dossou, initialement prévue le 20 octobre à "
        "Dakar, a été avancée au 13 octobre."
    )
    events = extract(text, date(2016, 10, 4), "fr")
    assert sorted((e["date"], e["status"]) for e in events) == [
        ("2016-10-13", "scheduled"),
        ("2016-10-20", "cancelled"),
    ]


def test_it_reads_a_meeting_that_could_not_take_place_as_cancelled(extract):
    # published Wednesday 17 May 2023: "prévu mardi soir" was yesterday
    text = (
        "Un entretien de Paul Ndiaye avec le président Marc Dossou, prévu mardi soir, n'a pas pu "
        "avoir lieu."
    )
    (event,) = extract(text, date(2023, 5, 17), "fr")
    assert (event["date"], event["status"]) == ("2023-05-16", "cancelled")


def test_it_reads_a_meeting_moved_to_another_day_as_its_first_day_dropped(extract):
    # published Saturday 11 April 2015
    text = (
        "A meeting between Barack Obama and Dilma Rousseff, first set for Friday, was moved "
        "to Saturday afternoon."
    )
    events = extract(text, date(2015, 4, 11), "en")
    assert sorted((e["date"], e["status"]) for e in events) == [
        ("2015-04-10", "cancelled"),
        ("2015-04-11", "scheduled"),
    ]


def test_it_reads_a_trip_that_was_dropped_as_cancelled(extract):
    text = "A visit to Seoul by Shinzo Abe, planned for 3 October, was dropped."
    (event,) = extract(text, date(2015, 9, 20), "en")
    assert (event["date"], event["status"]) == ("2015-10-03", "cancelled")


def test_it_dates_an_english_plan_called_off_at_the_nearest_day(extract):
    # published Friday 16 September 2022: the Thursday it was announced for is yesterday
    text = (
        "A meeting between Sadyr Japarov and Emomali Rahmon had originally been announced for "
        "Thursday evening but was put off."
    )
    (event,) = extract(text, date(2022, 9, 16), "en")
    assert (event["date"], event["status"]) == ("2022-09-15", "cancelled")


def test_it_takes_the_day_a_trip_was_pushed_back_on_for_no_new_date(extract):
    # published Saturday 25 March 2023
    text = (
        "Lula had been expected to leave for China on a state visit on Sunday, but the trip "
        "was pushed back on Friday."
    )
    events = extract(text, date(2023, 3, 25), "en")
    assert events
    assert {e["status"] for e in events} == {"cancelled"}


def test_it_reads_talks_the_sentence_says_came_after_as_held(extract):
    # published Friday 15 March 2024: the talks of "ce vendredi" are over
    text = (
        "Kenyans et Tanzaniens ont rendez-vous la semaine prochaine, après des pourparlers "
        "francs ce vendredi à Arusha."
    )
    talks = [e for e in extract(text, date(2024, 3, 15), "fr") if e["date"] == "2024-03-15"]
    assert [t["status"] for t in talks] == ["held"]


def test_it_makes_no_meeting_of_a_summit_the_callers_only_discussed(extract):
    events = extract(
        "In a phone call on Friday, Lena Okafor and Olaf Scholz discussed the peace summit.",
        date(2024, 3, 14),
        "en",
    )
    assert [e["kind"] for e in events] == ["call"]
    # with a date of its own after it, the summit is still one
    events = extract(
        "Lena Okafor and Olaf Scholz discussed the peace summit, to be held in Geneva on June 15.",
        date(2024, 3, 14),
        "en",
    )
    assert [(e["kind"], e["date"]) for e in events] == [("summit", "2024-06-15")]


def test_it_reads_a_meeting_that_was_initially_to_be_held_on_a_day_as_called_off_that_day(extract):
    (event,) = extract(
        "La rencontre entre le Kenya et l'Ouganda devait initialement se tenir le 28 janvier.",
        date(2024, 3, 14),
        "fr",
    )
    assert (event["date"], event["status"]) == ("2024-01-28", "cancelled")


def test_it_reads_had_a_telephone_conversation_with_as_a_call(extract):
    (event,) = extract(
        "Lena Okafor had a telephone conversation with Olaf Scholz on Monday.",
        date(2024, 3, 14),
        "en",
    )
    assert (event["kind"], event["date"]) == ("call", "2024-03-11")


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "en",
            "Ali Haddad was due to meet Tomas Reyes in Tunis on Tuesday. That meeting has been "
            "put off to Thursday.",
        ),
        (
            "fr",
            "Karim Benali devait rencontrer Sophie Marchal mardi à Tunis. Cette rencontre a été "
            "reportée à jeudi.",
        ),
    ],
)
def test_it_reads_a_meeting_put_off_in_the_next_sentence_as_a_postponement(extract, language, text):
    events = extract(text, date(2024, 3, 11), language)
    assert sorted((e["date"], e["status"]) for e in events) == [
        ("2024-03-12", "cancelled"),
        ("2024-03-14", "scheduled"),
    ]


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "en",
            "Ali Haddad was due to meet Tomas Reyes in Tunis on Tuesday. The meeting has been "
            "called off.",
        ),
        (
            "fr",
            "Karim Benali rencontrera Sophie Marchal mardi à Tunis. La rencontre a finalement "
            "été annulée.",
        ),
    ],
)
def test_it_reads_a_meeting_called_off_in_the_next_sentence_as_cancelled(extract, language, text):
    (event,) = extract(text, date(2024, 3, 11), language)
    assert (event["date"], event["status"]) == ("2024-03-12", "cancelled")


def test_it_keeps_a_meeting_that_would_be_called_off_only_if_talks_fail(extract):
    text = (
        "Ali Haddad will meet Tomas Reyes in Tunis on Tuesday. Officials said the meeting would "
        "be called off if Monday's talks between their aides failed."
    )
    events = extract(text, date(2024, 3, 11), "en")
    assert {(e["date"], e["status"]) for e in events if e["date"] == "2024-03-12"} == {
        ("2024-03-12", "scheduled")
    }


def test_it_cancels_the_meeting_the_cancellation_word_has_for_subject(extract):
    (meeting,) = [
        e
        for e in extract(
            "Une rencontre entre Olaf Scholz et Andrzej Duda, prévue jeudi en marge des "
            "négociations de Bruxelles, a été annulée.",
            date(2024, 3, 16),
            "fr",
        )
        if "Andrzej Duda" in {p["name"] for p in e["participants"]}
    ]
    assert (meeting["date"], meeting["status"]) == ("2024-03-14", "cancelled")
    (meeting,) = [
        e
        for e in extract(
            "The meeting between Olaf Scholz and Andrzej Duda, planned for Thursday on the "
            "sidelines of the Brussels talks, was cancelled.",
            date(2024, 3, 16),
            "en",
        )
        if "Andrzej Duda" in {p["name"] for p in e["participants"]}
    ]
    assert (meeting["date"], meeting["status"]) == ("2024-03-14", "cancelled")


def test_it_reads_n_a_pas_eu_lieu_with_words_between(extract):
    (meeting,) = extract(
        "La rencontre prévue jeudi entre Olaf Scholz et Andrzej Duda n'a en revanche pas eu lieu.",
        date(2024, 3, 16),
        "fr",
    )
    assert (meeting["date"], meeting["status"]) == ("2024-03-14", "cancelled")


def test_it_reads_ajourne_decommande_and_adjourned_indefinitely_as_called_off(extract):
    for text, language in (
        ("La réunion de Paolo Gentiloni avec Fayez al-Sarraj, prévue jeudi, a été ajournée.", "fr"),
        (
            "Le déjeuner de Paolo Gentiloni avec Fayez al-Sarraj, prévu jeudi, a été décommandé.",
            "fr",
        ),
        (
            "The talks between Paolo Gentiloni and Fayez al-Sarraj, planned for Thursday, were "
            "adjourned indefinitely.",
            "en",
        ),
    ):
        events = extract(text, date(2024, 3, 16), language)
        assert [(e["date"], e["status"]) for e in events] == [("2024-03-14", "cancelled")], text


def test_it_reads_a_plan_given_up_as_called_off(extract):
    for text, language in (
        ("Le voyage de Paolo Gentiloni à Tripoli, prévu jeudi, a été abandonné.", "fr"),
        (
            "Paolo Gentiloni devait rencontrer jeudi Fayez al-Sarraj à Tripoli, mais il a dû y "
            "renoncer.",
            "fr",
        ),
        (
            "The visit of Paolo Gentiloni to Tripoli, planned for Thursday, was abandoned.",
            "en",
        ),
    ):
        events = extract(text, date(2024, 3, 16), language)
        assert [(e["date"], e["status"]) for e in events] == [("2024-03-14", "cancelled")], text


def test_it_reads_renvoye_differe_and_deferred_as_put_off(extract):
    events = extract(
        "La visite du président Kaïs Saïed à Alger, prévue jeudi, a été renvoyée au 12 septembre.",
        date(2021, 8, 30),
        "fr",
    )
    assert sorted((e["date"], e["status"]) for e in events) == [
        ("2021-09-02", "cancelled"),
        ("2021-09-12", "scheduled"),
    ]
    for text, language in (
        (
            "La commission mixte tuniso-libyenne, prévue jeudi, est renvoyée à une date "
            "ultérieure.",
            "fr",
        ),
        ("The visit by Kais Saied to Algiers, planned for Thursday, has been deferred.", "en"),
    ):
        events = extract(text, date(2021, 8, 30), language)
        assert [(e["date"], e["status"]) for e in events] == [("2021-09-02", "cancelled")], text


def test_it_reads_a_refusal_to_receive_as_a_meeting_called_off(extract):
    events = extract(
        "Mardi, la junte a refusé d'accueillir une mission de la Cédéao conduite par "
        "Olusegun Obasanjo.",
        date(2023, 8, 10),
        "fr",
    )
    assert [(e["date"], e["status"]) for e in events] == [("2023-08-08", "cancelled")]


@pytest.mark.parametrize(
    "language,text",
    [
        ("fr", "Le sommet entre Paul Ndiaye et Marc Dossou, prévu jeudi, ne se tiendra pas."),
        (
            "fr",
            "La rencontre entre Paul Ndiaye et Marc Dossou, prévue jeudi, ne pouvait se tenir "
            "dans ces conditions, selon la présidence.",
        ),
        (
            "en",
            "The meeting between Paul Ndiaye and Marc Dossou set for Thursday will not go ahead.",
        ),
    ],
)
def test_it_reads_a_meeting_that_will_not_be_held_as_cancelled(extract, language, text):
    # published Monday 15 May 2023
    (event,) = extract(text, date(2023, 5, 15), language)
    assert (event["date"], event["status"]) == ("2023-05-18", "cancelled")


def test_it_reads_a_round_of_talks_suspended_before_it_was_held_as_called_off(extract):
    for text, language in (
        (
            "Egypt suspended the next round of talks with Ethiopia that was scheduled for next "
            "Tuesday in Khartoum.",
            "en",
        ),
        (
            "L'Égypte a suspendu le prochain cycle de pourparlers avec l'Éthiopie prévu mardi "
            "prochain à Khartoum.",
            "fr",
        ),
    ):
        events = extract(text, date(2024, 3, 14), language)
        assert [(e["date"], e["status"]) for e in events] == [("2024-03-19", "cancelled")], text


def test_it_reads_a_state_suspended_from_a_bloc_as_no_meeting_called_off(extract):
    events = extract(
        "Mali was suspended from the regional bloc last year; its foreign minister met his "
        "Algerian counterpart in Algiers on Monday.",
        date(2024, 3, 14),
        "en",
    )
    assert [e["status"] for e in events] == ["held"]


def test_it_reads_a_visit_put_back_to_a_later_week_as_called_off_and_set_again(extract):
    events = extract(
        "Jorge Vargas's visit to Lima, set for Friday, has been put back to next week.",
        date(2024, 3, 13),
        "en",
    )
    assert sorted((e["date"], e["status"]) for e in events) == [
        ("2024-03", "scheduled"),
        ("2024-03-15", "cancelled"),
    ]


def test_it_reads_a_plan_put_back_on_the_agenda_as_no_calling_off(extract):
    events = extract(
        "Jorge Vargas's visit to Lima on Friday put back on the agenda the border treaty.",
        date(2024, 3, 13),
        "en",
    )
    assert [e["status"] for e in events] == ["scheduled"]


@pytest.mark.parametrize(
    "text, language, new_day",
    [
        ("Jorge Vargas's visit to Lima, set for Friday, was delayed by a day.", "en", "2024-03-16"),
        (
            "The talks between Peru and Chile, planned for Friday, have been put back a week.",
            "en",
            "2024-03-22",
        ),
        (
            "La visite de Jorge Vargas à Lima, prévue vendredi, a été décalée d'une semaine.",
            "fr",
            "2024-03-22",
        ),
        (
            "La visite de Jorge Vargas à Lima, prévue vendredi, a été retardée de "
            "quarante-huit heures.",
            "fr",
            "2024-03-17",
        ),
    ],
)
def test_it_moves_a_meeting_put_off_by_a_count_of_days_to_the_day_it_lands_on(
    extract, text, language, new_day
):
    events = extract(text, date(2024, 3, 13), language)
    assert ("2024-03-15", "cancelled") in {(e["date"], e["status"]) for e in events}
    assert (new_day, "scheduled") in {(e["date"], e["status"]) for e in events}


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Friday meeting between Gabriel Boric and Lula in Brasilia was axed.", "en"),
        ("Gabriel Boric ne se rendra finalement pas à Brasilia vendredi.", "fr"),
    ],
)
def test_it_reads_a_meeting_axed_or_a_trip_not_made_after_all_as_called_off(
    extract, text, language
):
    events = extract(text, date(2024, 3, 13), language)
    assert [(e["date"], e["status"]) for e in events] == [("2024-03-15", "cancelled")]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Initialement, la rencontre entre Gabriel Boric et Lula devait se tenir à Santiago "
            "en 2023.",
            "fr",
        ),
        (
            "Originally, the meeting between Gabriel Boric and Lula was to be held in Santiago "
            "in 2023.",
            "en",
        ),
    ],
)
def test_it_reads_a_first_plan_since_dropped_as_a_meeting_called_off(extract, text, language):
    events = extract(text, date(2024, 3, 13), language)
    assert [e["status"] for e in events] == ["cancelled"]
