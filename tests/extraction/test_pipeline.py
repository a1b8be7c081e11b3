"""The whole engine on short stories written for these tests (published Thursday 14 March 2024:
Mon 11, Tue 12, Wed 13, [Thu 14], Fri 15, Sat 16, Sun 17, Mon 18)."""

from datetime import date

import pytest

from articles.extraction import nlp
from articles.extraction.nlp import chunks

THURSDAY = date(2024, 3, 14)


def names(event):
    return {p["name"] for p in event["participants"]}


def only(events):
    assert len(events) == 1, events
    return events[0]


# -- kinds, per language -------------------------------------------------------------------


def test_it_extracts_a_french_call_with_its_day(extract):
    event = only(
        extract(
            "Emmanuel Macron s'est entretenu mardi par téléphone avec Olaf Scholz.", THURSDAY, "fr"
        )
    )
    assert (event["kind"], event["date"], event["precision"], event["status"]) == (
        "call",
        "2024-03-12",
        "day",
        "held",
    )
    assert {"Emmanuel Macron", "Olaf Scholz"} <= names(event)


def test_it_extracts_an_english_call(extract):
    event = only(extract("Joe Biden spoke by phone with Fumio Kishida on Tuesday.", THURSDAY, "en"))
    assert (event["kind"], event["date"], event["status"]) == ("call", "2024-03-12", "held")
    assert {"Joe Biden", "Fumio Kishida"} <= names(event)


def test_it_extracts_a_scheduled_french_meeting_with_its_place(extract):
    event = only(
        extract(
            "Le président Cyril Ramaphosa rencontrera William Ruto lundi à Nairobi.", THURSDAY, "fr"
        )
    )
    assert (event["kind"], event["date"], event["status"], event["location"]) == (
        "meeting",
        "2024-03-18",
        "scheduled",
        "Nairobi",
    )


def test_it_extracts_talks_between_two_sides_named_by_a_compound_adjective(extract):
    event = only(
        extract(
            "Des pourparlers russo-américains se tiendront le 20 mars à Genève.", THURSDAY, "fr"
        )
    )
    assert event["kind"] == "talks"
    assert {"Russia", "United States"} <= names(event)
    assert (event["date"], event["location"], event["status"]) == (
        "2024-03-20",
        "Geneva",
        "scheduled",
    )


def test_it_extracts_an_organisation_summit_with_a_date_range(extract):
    event = only(
        extract("The NATO summit will take place in Vilnius from July 11 to 12.", THURSDAY, "en")
    )
    assert (event["kind"], event["date"], event["end_date"]) == (
        "summit",
        "2024-07-11",
        "2024-07-12",
    )
    assert names(event) == {"NATO"}


def test_it_extracts_a_visit_with_its_destination_country(extract):
    event = only(extract("Narendra Modi will visit Tokyo on Saturday.", THURSDAY, "en"))
    assert (event["kind"], event["date"], event["location"]) == ("visit", "2024-03-16", "Tokyo")
    assert {"Narendra Modi", "Japan"} <= names(event)


def test_it_extracts_a_conference_of_a_council(extract):
    events = extract(
        "Le Conseil de sécurité de l'ONU se réunira vendredi à New York.", THURSDAY, "fr"
    )
    event = only(events)
    assert event["kind"] in ("conference", "meeting")
    assert event["date"] == "2024-03-15"


# -- what is not a meeting -----------------------------------------------------------------


def test_it_ignores_photo_captions(extract):
    text = (
        "Emmanuel Macron à l'Elysée le 12 mars 2024 ( AFP / Jean MARTIN )\n\n"
        "Le président a parlé d'économie."
    )
    assert extract(text, THURSDAY, "fr") == []


def test_it_ignores_statements_exercises_and_sanctions(extract):
    text = (
        "Joe Biden announced new sanctions against Russia on Monday. Russian forces held "
        "exercises near the border on Tuesday. Olaf Scholz said on Wednesday that he "
        "was worried."
    )
    assert extract(text, THURSDAY, "en") == []


def test_it_drops_a_meeting_met_at_no_particular_time(extract):
    assert extract("Emmanuel Macron a déjà rencontré Olaf Scholz.", THURSDAY, "fr") == []
    assert extract("Olaf Scholz had met Joe Biden several times.", THURSDAY, "en") == []


def test_it_drops_a_meeting_ahead_without_any_date(extract):
    assert extract("Olaf Scholz will meet Joe Biden to discuss trade.", THURSDAY, "en") == []


# -- meetings the story tells with no date of their own --------------------------------------


def test_it_places_a_meeting_told_without_a_date_in_the_month_of_writing(extract):
    text = (
        "Before flying home, the Kenyan mediator Raila Odinga held talks with Alassane "
        "Ouattara at the Golf Hotel."
    )
    event = only(extract(text, THURSDAY, "en"))
    assert (event["date"], event["precision"], event["status"]) == ("2024-03", "month", "held")
    assert {"Raila Odinga", "Alassane Ouattara"} <= names(event)


def test_it_keeps_the_day_of_a_meeting_named_again_without_a_date(extract):
    text = (
        "Emmanuel Macron a reçu mardi Olaf Scholz à l'Elysée. Les deux dirigeants ont eu un "
        "entretien de deux heures."
    )
    event = only(extract(text, THURSDAY, "fr"))
    assert (event["date"], event["precision"]) == ("2024-03-12", "day")
    assert len(event["mentions"]) == 2


def test_it_makes_no_meeting_of_a_call_named_again_with_loose_sides(extract):
    text = (
        "Olaf Scholz held separate phone calls with Joe Biden and Rishi Sunak on Tuesday. "
        "In the call with Biden, the two leaders discussed Ukraine."
    )
    events = extract(text, THURSDAY, "en")
    assert [e["date"] for e in events] == ["2024-03-12", "2024-03-12"]


# -- status --------------------------------------------------------------------------------


def test_it_marks_a_cancelled_meeting(extract):
    event = only(
        extract(
            "The summit between Joe Biden and Xi Jinping planned for Friday was called off.",
            THURSDAY,
            "en",
        )
    )
    assert (event["status"], event["date"]) == ("cancelled", "2024-03-15")


def test_it_splits_a_postponement_into_a_cancelled_and_a_scheduled_event(extract):
    events = extract(
        "La visite d'Olaf Scholz à Rome, prévue le 20 mars, a été reportée au 3 avril.",
        THURSDAY,
        "fr",
    )
    by_status = {e["status"]: e for e in events}
    assert by_status["cancelled"]["date"] == "2024-03-20"
    assert by_status["scheduled"]["date"] == "2024-04-03"
    cancelled_index = events.index(by_status["cancelled"])
    assert events[cancelled_index]["rescheduled_to"] == events.index(by_status["scheduled"])


def test_it_reads_devrait_as_scheduled(extract):
    event = only(
        extract(
            "Giorgia Meloni devrait rencontrer Keir Starmer à Londres.", date(2024, 9, 12), "fr"
        )
        or extract(
            "Giorgia Meloni devrait rencontrer Keir Starmer lundi à Londres.",
            date(2024, 9, 12),
            "fr",
        )
    )
    assert event["status"] == "scheduled"


def test_it_reads_a_past_tense_as_held(extract):
    event = only(
        extract(
            "Xi Jinping met Joe Biden in San Francisco on November 15.", date(2023, 11, 20), "en"
        )
    )
    assert (event["status"], event["date"]) == ("held", "2023-11-15")


# -- participants --------------------------------------------------------------------------


def test_it_resolves_a_counterpart_named_after_the_role(extract):
    event = only(
        extract("Antony Blinken a reçu mercredi son homologue turc Hakan Fidan.", THURSDAY, "fr")
    )
    assert {"Antony Blinken", "Hakan Fidan"} <= names(event)


def test_it_resolves_countries_from_a_list_of_counterparts(extract):
    event = only(
        extract(
            "Antony Blinken s'est entretenu mardi avec ses homologues français, "
            "allemand et britannique.",
            THURSDAY,
            "fr",
        )
    )
    assert {"Antony Blinken", "France", "Germany", "United Kingdom"} <= names(event)


def test_it_resolves_the_two_leaders_to_the_people_of_the_previous_sentence(extract):
    text = "Joe Biden praised Fumio Kishida's plan. The two leaders met in Washington on Wednesday."
    event = only(extract(text, THURSDAY, "en"))
    assert {"Joe Biden", "Fumio Kishida"} <= names(event)


def test_it_resolves_les_deux_hommes(extract):
    text = (
        "Emmanuel Macron a salué le courage de Volodymyr Zelensky. Les deux hommes se "
        "retrouveront vendredi à Paris."
    )
    event = only(extract(text, THURSDAY, "fr"))
    assert {"Emmanuel Macron", "Volodymyr Zelensky"} <= names(event)


def test_it_reads_a_capital_as_its_country_when_it_acts(extract):
    event = only(
        extract("Washington et Moscou ont tenu des pourparlers lundi à Genève.", THURSDAY, "fr")
    )
    assert {"United States", "Russia"} <= names(event)
    assert event["location"] == "Geneva"


def test_it_does_not_count_the_reporting_source_as_a_participant(extract):
    event = only(
        extract(
            "Vladimir Putin spoke by phone with Recep Tayyip Erdogan on Tuesday, "
            "the White House said.",
            THURSDAY,
            "en",
        )
    )
    assert "United States" not in names(event)


def test_it_splits_one_person_meeting_several_into_bilateral_meetings(extract):
    events = extract("Xi Jinping rencontrera lundi Joe Biden et Emmanuel Macron.", THURSDAY, "fr")
    pairs = sorted(
        tuple(
            sorted(
                p["name"]
                for p in e["participants"]
                if p["type"] == "person" and p["name"] != "Xi Jinping"
            )
        )
        for e in events
    )
    assert pairs == [("Emmanuel Macron",), ("Joe Biden",)]


def test_it_keeps_an_unknown_person_under_the_name_in_the_text(extract):
    event = only(
        extract(
            "Prime Minister Narendra Modi met Foreign Minister Amara Kelewa of "
            "Zembla in New Delhi on Monday.",
            THURSDAY,
            "en",
        )
    )
    assert "Amara Kelewa" in names(event)


# -- one meeting, one event ----------------------------------------------------------------


def test_it_merges_mentions_of_one_meeting_into_one_event(extract):
    text = (
        "Joe Biden et Xi Jinping se rencontreront lundi à Bali. La rencontre entre "
        "Joe Biden et Xi Jinping sera la première depuis un an. Les deux hommes se "
        "rencontreront lundi en marge du sommet."
    )
    meetings = [e for e in extract(text, THURSDAY, "fr") if e["kind"] == "meeting"]
    event = only(meetings)
    assert len(event["mentions"]) >= 2


def test_it_gives_evidence_spans_into_the_original_text(extract):
    text = "Titre\n\nOlaf Scholz a rencontré mercredi Giorgia Meloni à Rome."
    event = only(extract(text, THURSDAY, "fr"))
    for mention in event["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["evidence"]
    assert 0 < event["confidence"] <= 1


def test_it_writes_a_title_in_the_article_language(extract):
    french = only(
        extract("Olaf Scholz a rencontré mercredi Giorgia Meloni à Rome.", THURSDAY, "fr")
    )
    english = only(extract("Olaf Scholz met Giorgia Meloni in Rome on Wednesday.", THURSDAY, "en"))
    assert french["title"].startswith("Rencontre")
    assert english["title"].startswith("Meeting")


def test_it_detects_the_language_and_infers_a_missing_publication_date(extractor):
    result = extractor.extract(
        "PARIS, 12 mars 2024 (AFP) - Emmanuel Macron a rencontré mardi Olaf Scholz à Berlin."
    )
    assert result.language == "fr"
    assert result.published_inferred
    assert result.published == date(2024, 3, 12)


# -- a text longer than a chunk ------------------------------------------------------------

_MONTHS = {
    "en": ["March", "April", "May", "June"],
    "fr": ["mars", "avril", "mai", "juin"],
}


def _story(language, number):
    """A paragraph of its own: a meeting on a day no other paragraph names."""
    day, month = number % 28 + 1, _MONTHS[language][number // 28]
    if language == "fr":
        return (
            f"Le président français Emmanuel Macron a rencontré le chancelier allemand Olaf "
            f"Scholz le {day} {month} 2022 à Berlin. Les discussions ont porté sur l'énergie."
        )
    return (
        f"French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on "
        f"{month} {day}, 2022. The talks covered energy and security."
    )


def _postponed(language):
    if language == "fr":
        return (
            "Le sommet entre Emmanuel Macron et Olaf Scholz, prévu le 3 juillet 2022, a été "
            "reporté au 10 juillet 2022."
        )
    return (
        "The summit between Emmanuel Macron and Olaf Scholz, set for July 3, 2022, was "
        "postponed to July 10, 2022."
    )


@pytest.mark.parametrize("language", ["en", "fr"])
def test_it_reads_a_text_longer_than_a_chunk_in_sections_with_offsets_in_the_whole_text(
    language, extractor, monkeypatch
):
    paragraphs = [_story(language, number) for number in range(30)]
    paragraphs.insert(25, _postponed(language))
    text = "Rencontres\n\n" if language == "fr" else "Meetings\n\n"
    text += "\n\n".join(paragraphs)
    assert len(text) > 4_000
    whole = extractor.extract(text, date(2022, 8, 1), language).events
    monkeypatch.setattr(nlp, "CHUNK_CHARACTERS", 1_500)
    assert len(chunks(text)) >= 3
    in_sections = extractor.extract(text, date(2022, 8, 1), language).events
    assert in_sections == whole
    assert len(in_sections) >= 30
    # the index of the new date of the postponed summit, in the whole text's list
    moved = [e["rescheduled_to"] for e in in_sections if e["rescheduled_to"] is not None]
    assert all(in_sections[index]["date"] == "2022-07-10" for index in moved)
    assert moved or language == "fr"
    for event in in_sections:
        for mention in event["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["evidence"]


def test_it_reports_once_a_meeting_that_sections_read_apart_report_alike(extractor, monkeypatch):
    story = (
        "Le président kényan William Ruto s'est entretenu mardi au téléphone avec le président "
        "français Emmanuel Macron.\n\n"
    )
    text = story * 12
    monkeypatch.setattr(nlp, "CHUNK_CHARACTERS", 600)
    assert len(chunks(text)) >= 2
    events = extractor.extract(text, date(2024, 5, 15), "fr").events
    assert [(e["kind"], e["date"], len(e["mentions"])) for e in events] == [
        ("call", "2024-05-14", 12)
    ]


# -- sides known from the story ------------------------------------------------------------


def test_it_takes_a_bare_title_for_the_person_last_named_with_it(extract):
    text = (
        "Foreign Minister Lena Okafor met the Jordanian king on Monday. The Foreign Minister "
        "will travel to Iraq on March 18 for talks with Fuad Hussein."
    )
    trip = [e for e in extract(text, THURSDAY, "en") if e["date"] == "2024-03-18"]
    assert trip and all("Lena Okafor" in names(e) for e in trip)


def test_it_takes_they_for_the_people_of_the_last_meeting(extract):
    text = (
        "Olaf Scholz and Joe Biden met in Berlin on Monday. They will meet again in Paris on "
        "March 20."
    )
    later = [e for e in extract(text, THURSDAY, "en") if e["date"] == "2024-03-20"]
    assert [names(e) >= {"Olaf Scholz", "Joe Biden"} for e in later] == [True]


def test_it_keeps_the_date_and_tense_of_a_clause_before_a_trailing_report(extract):
    text = "Olaf Scholz rencontrera Joe Biden mardi, a annoncé la chancellerie."
    event = only(extract(text, THURSDAY, "fr"))
    assert (event["date"], event["status"]) == ("2024-03-19", "scheduled")
    text = "Olaf Scholz rencontrera Joe Biden le 23 juillet, a annoncé la chancellerie."
    assert only(extract(text, THURSDAY, "fr"))["date"] == "2024-07-23"


def test_it_keeps_the_date_of_a_clause_ending_in_a_place_before_a_trailing_report(extract):
    text = "Olaf Scholz rencontrera Joe Biden le 9 avril à Washington, a annoncé la chancellerie."
    event = only(extract(text, THURSDAY, "fr"))
    assert (event["date"], event["location"]) == ("2024-04-09", "Washington")
    text = "Le sommet entre Olaf Scholz et Joe Biden n'aura pas lieu, a indiqué mardi Berlin."
    assert [e["date"] for e in extract(text, THURSDAY, "fr")] == []


# -- agendas ---------------------------------------------------------------------------------


def test_it_dates_agenda_items_by_their_day_heading_and_gives_them_the_agenda_s_owner(extract):
    text = (
        "Weekly schedule of Foreign Minister Lena Okafor\n\n"
        "Monday, March 18\n\n"
        "10:00 - Meeting with German Chancellor Olaf Scholz (Berlin)\n\n"
        "Wednesday, March 20\n\n"
        "15:30 - Telephone call with Joe Biden\n"
    )
    events = {e["date"]: e for e in extract(text, THURSDAY, "en")}
    assert events["2024-03-18"]["kind"] == "meeting"
    assert {"Lena Okafor", "Olaf Scholz"} <= names(events["2024-03-18"])
    assert events["2024-03-20"]["kind"] == "call"
    assert {"Lena Okafor", "Joe Biden"} <= names(events["2024-03-20"])


def test_it_dates_an_agenda_line_headed_by_its_day_and_hour(extract):
    # a day, a comma and an hour before a dash look like a dateline ("PARIS, 18 mars -")
    text = "Lundi 18 mars, 11h30 — Rencontre de Lena Okafor avec Olaf Scholz, à la chancellerie."
    event = only(extract(text, THURSDAY, "fr"))
    assert (event["date"], event["kind"]) == ("2024-03-18", "meeting")


def test_it_reads_no_agenda_in_a_text_with_one_day_line(extract):
    text = (
        "Weekly schedule of Foreign Minister Lena Okafor\n\n"
        "Monday, March 18\n\n"
        "10:00 - Meeting with Olaf Scholz, Chancellor of Germany (Berlin)\n"
    )
    assert extract(text, THURSDAY, "en") == []


def test_it_dates_a_diary_s_paragraphs_by_their_day_heading_in_the_order_of_the_week(extract):
    # written on Sunday 10 March 2024 for the week ahead: THURSDAY is the 14th, after MONDAY
    # the 11th, not the 7th, although that one is nearer
    text = (
        "THE WEEK AHEAD\n\n"
        "MONDAY\n"
        "Olaf Scholz receives Joe Biden at the chancellery in Berlin.\n\n"
        "THURSDAY\n"
        "Emmanuel Macron and Giorgia Meloni meet in Rome to prepare the summit.\n\n"
        "FURTHER AHEAD\n"
        "Pedro Sánchez is expected to meet Olaf Scholz before the summer.\n"
    )
    days = {
        e["date"]: names(e) for e in extract(text, date(2024, 3, 10), "en") if e["date"] != "2024"
    }
    assert {"Olaf Scholz", "Joe Biden"} <= days["2024-03-11"]
    assert {"Emmanuel Macron", "Giorgia Meloni"} <= days["2024-03-14"]
    # another heading ends Thursday's section: what comes under it is no Thursday meeting
    assert all("Pedro Sánchez" not in people for people in days.values())


def test_it_dates_a_diary_item_given_only_its_last_day_by_its_heading(extract):
    # "(to March 15)": the item runs from the day it is listed under to the 15th
    text = (
        "THE WEEK AHEAD\n\n"
        "MONDAY\n"
        "Olaf Scholz receives Joe Biden at the chancellery in Berlin.\n\n"
        "WEDNESDAY\n"
        "BRUSSELS - European Council summit of EU leaders (to March 15).\n"
    )
    dates = {e["date"] for e in extract(text, date(2024, 3, 10), "en")}
    assert "2024-03-13" in dates
    assert "2024-03-15" not in dates


def test_it_dates_a_trip_told_as_under_way_on_the_day_of_writing(extract):
    (event,) = extract(
        "Narendra Modi is in Washington for talks with Joe Biden.", date(2023, 6, 1), "en"
    )
    assert (event["date"], event["kind"], event["status"]) == ("2023-06-01", "visit", "held")


def test_it_makes_one_meeting_per_date_joined_to_a_plural_meeting_noun(extract):
    text = "Kim Dae-jung and Kim Jong Il held summits in Pyongyang in 2000 and in 2007."
    dates = sorted(e["date"] for e in extract(text, THURSDAY, "en"))
    assert dates == ["2000", "2007"]


def test_it_keeps_one_meeting_for_two_days_in_a_row(extract):
    text = "Olaf Scholz and Joe Biden held meetings in Berlin on Monday and Tuesday."
    assert [e["date"] for e in extract(text, THURSDAY, "en")] == ["2024-03-11"]


def test_it_makes_one_meeting_per_side_a_state_meets_separately(extract):
    text = "On Tuesday, Israel held separate talks with Syria, with Jordan and with Lebanon."
    sides = sorted(sorted(names(e) - {"Israel"}) for e in extract(text, THURSDAY, "en"))
    assert sides == [["Jordan"], ["Lebanon"], ["Syria"]]


def test_it_dates_a_meeting_by_its_own_clause_not_across_but(extract):
    text = (
        "Olaf Scholz will not attend tomorrow's session, but he met Joe Biden at the "
        "chancellery this morning."
    )
    event = only(extract(text, THURSDAY, "en"))
    assert (event["date"], event["status"]) == ("2024-03-14", "held")


def test_it_dates_a_meeting_by_the_day_its_plan_was_set_for(extract):
    text = (
        "The White House agreed on Tuesday to postpone a state visit to Washington by "
        "German Chancellor Olaf Scholz set for April 23."
    )
    event = only(extract(text, THURSDAY, "en"))
    assert (event["date"], event["status"]) == ("2024-04-23", "cancelled")


def test_it_takes_le_ministre_for_the_story_s_foreign_minister(extract):
    text = (
        "Jean-Yves Le Drian s'est entretenu lundi avec son homologue allemand Heiko Maas. "
        "Mardi, le ministre recevra au Quai d'Orsay son homologue libanais, M. Gebran Bassil."
    )
    tuesday = [e for e in extract(text, date(2018, 3, 15), "fr") if e["date"] == "2018-03-20"]
    assert [names(e) >= {"Jean-Yves Le Drian", "Gebran Bassil"} for e in tuesday] == [True]


def test_it_keeps_apart_a_trip_told_without_a_date_and_a_trip_to_another_country(extract):
    text = (
        "Olaf Scholz arrived in Beijing on Sunday for talks with Xi Jinping. Before his "
        "arrival in the Chinese capital, Scholz visited Seoul and Tokyo."
    )
    visited = {
        tuple(sorted(names(e) - {"Olaf Scholz", "Germany"}))
        for e in extract(text, THURSDAY, "en")
        if e["kind"] == "visit"
    }
    assert {("South Korea",), ("Japan",)} <= visited


def test_it_reads_each_round_of_a_series_told_by_its_number_alone(extract):
    events = extract(
        "L'Iran et les États-Unis ont mené depuis avril cinq cycles de pourparlers indirects "
        "sous médiation omanaise. Le premier s'est tenu le 12 avril à Mascate. Un cinquième "
        "s'est déroulé à Rome le 23 mai. Le sixième, prévu dimanche dernier à Mascate, n'a "
        "jamais eu lieu.",
        date(2025, 6, 20),
        "fr",
    )
    rounds = [(e["date"], e["status"], e["location"]) for e in events if e["kind"] == "talks"]
    assert rounds == [
        ("2025-04-12", "held", "Muscat"),
        ("2025-05-23", "held", "Rome"),
        ("2025-06-15", "cancelled", "Muscat"),
    ]
    for event in events:
        assert {"Iran", "United States"} <= {p["name"] for p in event["participants"]}


def test_it_reads_an_english_round_told_by_its_number_but_not_a_first_lady(extract):
    events = extract(
        "Iran and the United States have held five rounds of indirect talks since April. The "
        "first was held in Muscat on April 12. The first lady was held up in traffic on Monday.",
        date(2025, 6, 20),
        "en",
    )
    assert [(e["date"], e["location"]) for e in events] == [("2025-04-12", "Muscat")]


def test_it_makes_one_meeting_of_each_place_and_date_a_verb_lists(extract):
    events = extract(
        "Egyptian, Sudanese and Ethiopian ministers met in Washington on Monday. The three "
        "delegations had already met in Addis Ababa in mid-November and in Cairo at the start of "
        "December.",
        date(2020, 1, 11),
        "en",
    )
    earlier = sorted((e["date"], e["location"]) for e in events if e["date"] < "2020")
    assert earlier == [("2019-11", "Addis Ababa"), ("2019-12", "Cairo")]


def test_it_keeps_one_meeting_when_the_second_date_is_when_it_was_said(extract):
    events = extract(
        "The leaders of Australia, India, Japan and the United States will meet in Hiroshima on "
        "Saturday, Anthony Albanese said on Wednesday.",
        date(2023, 5, 17),
        "en",
    )
    assert [e["date"] for e in events] == ["2023-05-20"]


def test_it_reads_a_round_put_off_and_held_after_all_as_two_entries(extract):
    events = extract(
        "L'Iran et les États-Unis ont mené depuis avril cinq cycles de pourparlers indirects. "
        "Le quatrième, prévu le 3 mai à Rome, a été reporté et ne s'est finalement tenu que le "
        "11 mai.",
        date(2025, 6, 20),
        "fr",
    )
    rounds = sorted((e["date"], e["status"]) for e in events if e["date"] != "2025-06")
    assert rounds == [("2025-05-03", "cancelled"), ("2025-05-11", "held")]


def test_it_reads_an_english_round_by_its_ordinal_put_off_and_held_after_all(extract):
    events = extract(
        "Iran and the United States have held five rounds of talks since April. The fourth "
        "round, set for May 3 in Rome, was postponed and was eventually held on May 11.",
        date(2025, 6, 20),
        "en",
    )
    rounds = sorted((e["date"], e["status"]) for e in events if e["date"] != "2025-06")
    assert rounds == [("2025-05-03", "cancelled"), ("2025-05-11", "held")]
