"""Dates told from another date of the story ("the next day", "la veille", "a week later"):
anchored on the last day written before them, else the last meeting's day. Published Thursday
14 March 2024."""

from datetime import date

import pytest


def test_it_dates_the_next_day_from_the_day_just_written(extract):
    events = extract(
        "Norwegian envoy Erik Solheim met Kenyan President William Ruto in Nairobi on Monday "
        "and went on to Kampala the next day to see President Yoweri Museveni.",
        date(2024, 3, 14),
        "en",
    )
    assert {(e["date"], e["status"]) for e in events} == {
        ("2024-03-11", "held"),
        ("2024-03-12", "held"),
    }


def test_it_dates_a_week_later_from_the_last_meeting_told(extract):
    events = extract(
        "Le premier cycle de pourparlers entre l'Iran et les Etats-Unis s'est tenu le 2 mars à "
        "Mascate. Une semaine plus tard, le deuxième cycle avait lieu à Rome.",
        date(2024, 3, 14),
        "fr",
    )
    assert sorted(e["date"] for e in events) == ["2024-03-02", "2024-03-09"]


def test_it_dates_la_veille_fronted_from_the_meeting_before(extract):
    events = extract(
        "Le président tunisien a reçu mercredi le ministre marocain des Affaires étrangères. "
        "La veille, il s'est entretenu par téléphone avec son homologue algérien, Abdelmadjid "
        "Tebboune.",
        date(2024, 3, 14),
        "fr",
    )
    (call,) = [e for e in events if e["kind"] == "call"]
    assert call["date"] == "2024-03-12"


def test_it_leaves_a_day_before_a_named_event_to_that_event(extract):
    events = extract(
        "The two ministers will meet in Geneva the day before the summit.",
        date(2024, 3, 14),
        "en",
    )
    assert all(e["date"] != "2024-03-13" for e in events)


def test_it_dates_days_later_from_the_sentence_before_when_no_meeting_was_read(extract):
    # "the two delegations" name nobody the engine can list: no meeting there, but the day
    # the story told is still the one "four days later" counts from
    events = extract(
        "The two delegations met in Geneva on March 2. Four days later, in the same city, "
        "Antony Blinken and Sergei Lavrov agreed on a statement after a meeting of three hours.",
        date(2024, 3, 14),
        "en",
    )
    assert [e["date"] for e in events] == ["2024-03-06"]


def test_it_dates_days_later_from_the_sentence_before_when_the_last_meeting_has_no_day(extract):
    events = extract(
        "Antony Blinken met Sergei Lavrov in January. The ceasefire was signed on March 2. Four "
        "days later, Blinken and Lavrov met again in Geneva.",
        date(2024, 3, 14),
        "en",
    )
    assert sorted(e["date"] for e in events) == ["2024-01", "2024-03-06"]


def test_it_dates_le_jour_meme_from_the_day_the_story_just_told(extract):
    events = extract(
        "Le sommet de la Cédéao s'est tenu le 30 juillet à Abuja. Le jour même, le président "
        "tchadien Mahamat Idriss Déby s'est rendu à Niamey.",
        date(2023, 8, 11),
        "fr",
    )
    assert sorted(e["date"] for e in events) == ["2023-07-30", "2023-07-30"]


def test_it_counts_from_a_day_written_after_the_last_meeting(extract):
    # the day last told is the signing's (March 8), written after the meeting of March 2
    events = extract(
        "Antony Blinken met Sergei Lavrov in Geneva on March 2. The agreement was signed on "
        "March 8. The same day, Blinken and Wang Yi spoke by phone.",
        date(2024, 3, 14),
        "en",
    )
    (call,) = [e for e in events if e["kind"] == "call"]
    assert call["date"] == "2024-03-08"


def test_it_dates_the_same_evening_from_the_day_just_written(extract):
    events = extract(
        "Olaf Scholz flew to Paris on Monday for talks with Emmanuel Macron, and spoke by "
        "telephone with Joe Biden the same evening.",
        date(2024, 3, 14),
        "en",
    )
    by_kind = {e["kind"]: e for e in events}
    # the telephone is the second verb's: the Paris talks are face to face
    assert {"Olaf Scholz", "Emmanuel Macron"} <= {
        p["name"] for p in by_kind["talks"]["participants"]
    }
    assert (by_kind["call"]["date"], {p["name"] for p in by_kind["call"]["participants"]}) == (
        "2024-03-11",
        {"Olaf Scholz", "Joe Biden"},
    )


@pytest.mark.parametrize(
    "language, text, day",
    [
        ("en", "Ana Ruiz met Omar Haddad in Tunis a week ago today.", "1972-02-21"),
        ("en", "Ana Ruiz met Omar Haddad in Tunis a year ago today.", "1971-02-28"),
        (
            "fr",
            "Il y a une semaine jour pour jour, Ana Ruiz rencontrait Omar Haddad.",
            "1972-02-21",
        ),
    ],
)
def test_it_dates_so_long_ago_today_to_that_very_day(extract, language, text, day):
    (event,) = extract(text, date(1972, 2, 28), language)
    assert (event["date"], event["precision"]) == (day, "day")


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "en",
            "The two envoys landed in Oslo on Monday, March 4. That evening, they were taken "
            "to the royal palace for a dinner with King Harald.",
        ),
        (
            "fr",
            "Les deux émissaires sont arrivés à Oslo le lundi 4 mars. Ce soir-là, ils ont été "
            "conduits au palais royal pour un dîner avec le roi Harald.",
        ),
    ],
)
def test_it_dates_that_evening_from_the_day_the_story_just_told(extract, language, text):
    events = extract(text, date(2024, 3, 14), language)
    dinner = [e for e in events if "Harald V" in {p["name"] for p in e["participants"]}]
    assert [e["date"] for e in dinner] == ["2024-03-04"]


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "en",
            "The UN Secretary-General, Antonio Guterres, yesterday urged Kenya's leaders to put "
            "the country first.\n\nMr Guterres met President William Ruto at State House in the "
            "morning.",
        ),
        (
            "fr",
            "Le secrétaire général de l'ONU, Antonio Guterres, a exhorté hier les dirigeants "
            "kényans à privilégier le dialogue.\n\nM. Guterres a rencontré le président William "
            "Ruto dans la matinée.",
        ),
    ],
)
def test_it_dates_a_part_of_the_day_from_the_day_the_sentence_before_told(extract, language, text):
    # no meeting before it, but the story has just said "yesterday": the morning is that day's
    events = extract(text, date(2024, 3, 14), language)
    assert [e["date"] for e in events] == ["2024-03-13"]


@pytest.mark.parametrize("part_of_the_day", ["En soirée", "Dès l'après-midi"])
def test_it_dates_a_french_part_of_the_day_from_the_meeting_just_told(extract, part_of_the_day):
    text = (
        "Le président ghanéen John Mahama est arrivé lundi à Paris pour une visite officielle. "
        f"{part_of_the_day}, il s'est entretenu avec le président Emmanuel Macron."
    )
    events = extract(text, date(2024, 3, 14), "fr")
    talks = [e for e in events if "Emmanuel Macron" in {p["name"] for p in e["participants"]}]
    assert [e["date"] for e in talks] == ["2024-03-11"]


@pytest.mark.parametrize(
    "language, text, day",
    [
        (
            "en",
            "Paul Otieno arrived in Lusaka on Monday and met Marc Dossou the following morning.",
            "2024-03-12",
        ),
        (
            "en",
            "Paul Otieno arrived in Lusaka on Monday. The previous evening he had dined with "
            "Marc Dossou in Ndola.",
            "2024-03-10",
        ),
        (
            "fr",
            "Paul Ndiaye est arrivé lundi à Lusaka. La veille au soir, il avait dîné à Ndola "
            "avec Marc Dossou.",
            "2024-03-10",
        ),
    ],
)
def test_it_dates_a_part_of_the_day_before_or_after_from_the_day_just_told(
    extract, language, text, day
):
    # published Thursday 14 March 2024: Monday is the 11th
    meetings = [e for e in extract(text, date(2024, 3, 14), language) if e["kind"] != "visit"]
    assert [m["date"] for m in meetings] == [day]


def test_it_dates_the_following_month_from_the_month_just_told(extract):
    events = extract(
        "Indian Prime Minister Narendra Modi received Bangladeshi Prime Minister Sheikh Hasina "
        "in New Delhi on 6 September 2022. The following month, Modi met Japanese Prime "
        "Minister Fumio Kishida in Tokyo.",
        date(2024, 3, 14),
        "en",
    )
    assert sorted(e["date"] for e in events) == ["2022-09-06", "2022-10"]


def test_it_dates_a_month_named_with_that_in_the_year_just_told(extract):
    events = extract(
        "Abiy Ahmed became prime minister of Ethiopia in 2018. On a visit to Cairo that June, "
        "he met Egyptian President Abdel Fattah al-Sisi.",
        date(2024, 3, 14),
        "en",
    )
    assert [(e["date"], e["status"]) for e in events] == [("2018-06", "held")]


def test_it_counts_months_later_from_the_last_meeting_in_french(extract):
    events = extract(
        "Le président sénégalais Macky Sall a reçu le président gambien Adama Barrow à Dakar le "
        "12 février 2019. Deux mois plus tard, Macky Sall s'est entretenu à Banjul avec son "
        "homologue.",
        date(2024, 3, 14),
        "fr",
    )
    assert sorted(e["date"] for e in events) == ["2019-02-12", "2019-04"]
