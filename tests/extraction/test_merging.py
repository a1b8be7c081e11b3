"""The merging stage on its own: candidates built by hand, as the candidate stage would hand
them over, become one event per meeting."""

from datetime import date

import pytest

from articles.extraction.merging import merge
from articles.extraction.model import Article, Candidate, Sentence
from articles.extraction.participants import Party
from articles.extraction.temporal import TimeExpression
from articles.extraction.triggers import Trigger

PUTIN = Party("Vladimir Putin", "person", 0, 5, "Russia")
BIDEN = Party("Joe Biden", "person", 10, 15, "United States")
MACRON = Party("Emmanuel Macron", "person", 20, 25, "France")


class Story:
    """An article's worth of candidates, one sentence each, in text order."""

    def __init__(self, gazetteer):
        self.article = Article(
            gazetteer=gazetteer,
            language="en",
            published=date(2024, 3, 14),
            text="",
            doc=None,
            finder=None,
            matches=[],
            match_starts=[],
            unknown_people=[],
            token_at=None,
        )

    def says(self, sentence_text, kind, value, parties, precision="day", **details):
        start = len(self.article.text)
        self.article.text += sentence_text + " "
        sentence = Sentence(start, start + len(sentence_text), sentence_text)
        word = details.pop("word", kind)
        at = sentence_text.index(word)
        self.article.candidates.append(
            Candidate(
                kind=kind,
                value=value,
                precision=precision if value else None,
                end_value=None,
                anchored=False,
                status=details.pop("status", "held"),
                parties=list(parties),
                location=details.pop("location", None),
                sentence=sentence,
                trigger=Trigger(at, at + len(word), word, kind, verb=False),
                group=len(self.article.candidates) + 1,
                **details,
            )
        )

    def events(self):
        return merge(self.article)


def test_it_merges_two_mentions_of_one_call_into_one_event(small_gazetteer):
    story = Story(small_gazetteer)
    story.says("Putin had a call with Biden on Tuesday.", "call", "2024-03-12", [PUTIN, BIDEN])
    story.says("In the call, Biden warned Putin.", "call", "2024-03-12", [BIDEN, PUTIN])
    (event,) = story.events()
    assert [s.text for s in event.mentions] == [
        "Putin had a call with Biden on Tuesday.",
        "In the call, Biden warned Putin.",
    ]


def test_it_keeps_meetings_of_the_same_people_on_different_days_apart(small_gazetteer):
    story = Story(small_gazetteer)
    story.says("Putin had a meeting with Biden on Monday.", "meeting", "2024-03-11", [PUTIN, BIDEN])
    story.says("A meeting followed on Wednesday.", "meeting", "2024-03-13", [PUTIN, BIDEN])
    assert [e.value for e in story.events()] == ["2024-03-11", "2024-03-13"]


def test_it_keeps_a_call_apart_from_a_visit_the_same_day(small_gazetteer):
    story = Story(small_gazetteer)
    story.says("Biden had a call with Putin on Tuesday.", "call", "2024-03-12", [PUTIN, BIDEN])
    story.says("A visit by Macron to Biden on Tuesday.", "visit", "2024-03-12", [MACRON, BIDEN])
    assert [e.kind for e in story.events()] == ["call", "visit"]


def test_it_gives_a_vague_month_the_day_a_later_mention_names(small_gazetteer):
    story = Story(small_gazetteer)
    story.says(
        "Talks between Putin and Biden are due later this month.",
        "talks",
        "2024-03",
        [PUTIN, BIDEN],
        precision="month",
        word="Talks",
        vague=True,
        status="scheduled",
    )
    story.says(
        "The talks will open on March 20.",
        "talks",
        "2024-03-20",
        [PUTIN, BIDEN],
        status="scheduled",
    )
    (event,) = story.events()
    assert (event.value, event.precision) == ("2024-03-20", "day")


def test_it_dates_a_meeting_set_for_one_of_two_days_by_their_month(extract):
    (event,) = extract(
        "Le sommet de l'Union africaine sur le Tchad a été reporté à jeudi ou vendredi.",
        date(2021, 4, 13),
        "fr",
    )
    assert (event["date"], event["status"]) == ("2021-04", "scheduled")


def test_it_tells_one_trip_set_for_one_of_two_days_and_then_called_off(extract):
    # "on Thursday or Friday" is a vague date, so the trip "put off on Thursday" is that trip
    (event,) = extract(
        "Gustavo Petro had been due to fly to Madrid for a state visit on Thursday or Friday, "
        "but the trip was put off on Thursday.",
        date(2023, 6, 10),
        "en",
    )
    assert (event["kind"], event["status"]) == ("visit", "cancelled")


def test_it_adds_an_undated_mention_as_evidence_without_its_people(small_gazetteer):
    story = Story(small_gazetteer)
    story.says("Putin had a call with Biden on Tuesday.", "call", "2024-03-12", [PUTIN, BIDEN])
    story.says("Macron welcomed the call with Biden.", "call", None, [MACRON, BIDEN])
    (event,) = story.events()
    assert len(event.mentions) == 2
    assert event.names == {"Vladimir Putin", "Joe Biden"}


def test_it_reports_a_dated_meeting_whose_other_side_the_text_leaves_unnamed(small_gazetteer):
    story = Story(small_gazetteer)
    story.says("Putin met the visiting delegation on Monday.", "met", "2024-03-11", [PUTIN])
    (event,) = story.events()
    assert event.value == "2024-03-11"
    assert event.names == {"Vladimir Putin"}


def test_it_makes_no_event_of_a_meeting_with_one_side_and_no_date(small_gazetteer):
    story = Story(small_gazetteer)
    story.says("Putin met the visiting delegation.", "met", None, [PUTIN])
    assert story.events() == []


def test_it_makes_no_event_of_a_meeting_word_whose_only_side_is_a_place(small_gazetteer):
    story = Story(small_gazetteer)
    place = Party("Russia", "country", 0, 0, None, "place")
    story.says("The first cargo arrived in Moscow on Monday.", "arrived", "2024-03-11", [place])
    assert story.events() == []


def test_it_makes_no_event_of_an_agenda_item_naming_only_its_owner(small_gazetteer):
    story = Story(small_gazetteer)
    owner = Party("Emmanuel Macron", "person", 0, 0, "France", "agenda")
    story.says("10h00 - Meeting of the directors", "Meeting", "2024-03-14", [owner])
    assert story.events() == []


def test_it_completes_a_one_sided_summit_with_the_sides_named_in_the_next_sentence(extract):
    events = extract(
        "Kenyan President William Ruto flew to Arusha for a one-day summit on Saturday. The "
        "summit is expected to be attended by the leaders of Uganda, Tanzania and Rwanda.",
        date(2024, 3, 14),
        "en",
    )
    (summit,) = [e for e in events if e["kind"] == "summit"]
    assert summit["date"] == "2024-03-09"  # he flew: the Saturday gone by
    assert {"William Ruto", "Uganda", "Tanzania", "Rwanda"} <= {
        p["name"] for p in summit["participants"]
    }


def test_it_keeps_an_undated_trip_apart_from_talks_told_later_years_before(extract):
    text = (
        "Prior to his arrival in Beijing, Christopher Hill visited Seoul, exchanging views "
        "with officials. The six-party talks between China, South Korea and the United States "
        "opened in Seoul in 2003."
    )
    events = extract(text, date(2007, 1, 22), "en")
    visits = [e for e in events if e["kind"] == "visit"]
    assert [(v["date"], v["location"]) for v in visits] == [("2007-01", "Seoul")]


def test_it_keeps_an_undated_meeting_told_in_the_past_out_of_one_still_ahead(small_gazetteer):
    story = Story(small_gazetteer)
    story.says(
        "Putin and Biden will meet in Geneva in April.",
        "meeting",
        "2024-04",
        [PUTIN, BIDEN],
        precision="month",
        word="meet",
        status="scheduled",
    )
    story.says("Putin met Biden at a dinner.", "meeting", None, [PUTIN, BIDEN], word="met")
    ahead, over = sorted(story.events(), key=lambda e: e.value, reverse=True)
    assert (ahead.value, ahead.status, len(ahead.mentions)) == ("2024-04", "scheduled", 1)
    assert (over.value, over.status) == ("2024-03", "held")


def test_it_keeps_a_meeting_of_two_leaders_apart_from_the_summit_they_attend(small_gazetteer):
    story = Story(small_gazetteer)
    story.says(
        "The summit opened on Tuesday with Putin, Biden and Macron.",
        "summit",
        "2024-03-12",
        [PUTIN, BIDEN, MACRON],
    )
    story.says(
        "Earlier that day, Macron had a meeting with Biden.",
        "meeting",
        "2024-03-12",
        [MACRON, BIDEN],
    )
    assert [e.kind for e in story.events()] == ["summit", "meeting"]


def test_it_still_merges_a_meeting_into_a_summit_of_the_same_two_leaders(small_gazetteer):
    story = Story(small_gazetteer)
    story.says(
        "The summit of Putin and Biden opened on Tuesday.", "summit", "2024-03-12", [PUTIN, BIDEN]
    )
    story.says(
        "Putin had a meeting with Biden for four hours.", "meeting", "2024-03-12", [PUTIN, BIDEN]
    )
    (event,) = story.events()
    assert event.kind == "summit"


def test_it_reports_one_meeting_when_a_reading_of_its_word_names_only_some_of_its_people(
    small_gazetteer,
):
    story = Story(small_gazetteer)
    story.says(
        "On Tuesday Biden had a meeting with Putin.", "meeting", "2024-03-12", [BIDEN, PUTIN]
    )
    # the same meeting word read a second time, with one side only (as a role in apposition
    # to the name can be)
    echo = Candidate(**{**vars(story.article.candidates[0]), "parties": [BIDEN]})
    story.article.candidates.append(echo)
    (event,) = story.events()
    assert event.names == {"Joe Biden", "Vladimir Putin"}


def _monday_evening():
    # "lundi soir", the one date of its sentence, that the parse hung on another word
    return TimeExpression(0, 11, "lundi soir", "2024-03-11", "day", None, True)


def test_it_dates_a_meeting_no_mention_dates_by_the_one_date_of_its_sentence(small_gazetteer):
    story = Story(small_gazetteer)
    story.says(
        "The dinner Putin was to give Biden on Monday evening was called off.",
        "dinner",
        None,
        [PUTIN, BIDEN],
        status="cancelled",
        sentence_date=(_monday_evening(), "cancelled"),
    )
    (event,) = story.events()
    assert (event.value, event.precision, event.status) == ("2024-03-11", "day", "cancelled")


def test_it_leaves_a_sentence_date_against_the_tense_of_the_meeting_to_the_narrative(
    small_gazetteer,
):
    story = Story(small_gazetteer)
    # the meeting is told as held, the sentence's one date lies ahead: another event's
    story.says(
        "Biden, who met Putin, will fly home on Monday evening.",
        "met",
        None,
        [PUTIN, BIDEN],
        sentence_date=(_monday_evening(), "scheduled"),
    )
    (event,) = story.events()
    assert (event.value, event.precision) == ("2024-03", "month")


def test_it_takes_a_later_day_of_the_same_talks_for_those_talks(small_gazetteer):
    story = Story(small_gazetteer)
    story.says(
        "Talks between Putin and Biden opened on Monday.",
        "talks",
        "2024-03-11",
        [PUTIN, BIDEN],
        word="Talks",
    )
    story.says(
        "The talks nearly collapsed on Wednesday night.", "talks", "2024-03-13", [PUTIN, BIDEN]
    )
    (event,) = story.events()
    assert (event.value, len(event.mentions)) == ("2024-03-11", 2)


def test_it_keeps_new_talks_a_few_days_later_apart(small_gazetteer):
    story = Story(small_gazetteer)
    story.says(
        "Talks between Putin and Biden opened on Monday.",
        "talks",
        "2024-03-11",
        [PUTIN, BIDEN],
        word="Talks",
    )
    story.says("New talks were held on Wednesday.", "talks", "2024-03-13", [PUTIN, BIDEN])
    assert [e.value for e in story.events()] == ["2024-03-11", "2024-03-13"]


def test_it_reads_the_last_of_a_date_as_no_other_meeting(small_gazetteer):
    # "mardi dernier" dates the call; it does not announce a call before this one
    story = Story(small_gazetteer)
    story.says(
        "Poutine s'est entretenu avec Biden.",
        "call",
        "2024-03-12",
        [PUTIN, BIDEN],
        word="entretenu",
    )
    story.says(
        "Poutine lui avait parlé mardi dernier au téléphone.",
        "call",
        "2024-03-12",
        [PUTIN],
        word="au téléphone",
    )
    assert len(story.events()) == 1


def test_it_keeps_apart_a_meeting_said_to_be_the_previous_one(small_gazetteer):
    story = Story(small_gazetteer)
    story.says("Putin had a call with Biden.", "call", "2024-03-12", [PUTIN, BIDEN])
    story.says("Putin spoke of their previous call.", "call", "2024-03-12", [PUTIN], word="call")
    assert len(story.events()) == 2


def test_it_drops_a_reading_that_only_names_the_state_of_someone_met(extract):
    # "soviétique" describes the plane; Gorbachev already brings the Soviet Union
    events = extract(
        "Le président de la Confédération, Kurt Furgler, a reçu lundi Mikhaïl Gorbatchev, "
        "peu après l'atterrissage de l'avion soviétique à Genève.",
        date(1985, 11, 20),
        "fr",
    )
    assert len(events) == 1
    assert "Mikhail Gorbachev" in {p["name"] for p in events[0]["participants"]}


def test_it_keeps_a_mention_apart_from_an_event_its_own_sentence_dates_otherwise(
    small_gazetteer,
):
    # the one date of the sentence is Monday's: the parse hung it elsewhere, but the
    # conference of that sentence is no mention of the one held last October
    story = Story(small_gazetteer)
    story.says(
        "Putin and Biden met at a conference in October.",
        "conference",
        "2023-10",
        [PUTIN, BIDEN],
        precision="month",
    )
    story.says(
        "Opened on Monday in the capital, a new conference brought together Putin and Biden.",
        "conference",
        None,
        [PUTIN, BIDEN],
        sentence_date=(
            TimeExpression(10, 16, "Monday", "2024-03-11", "day", None, True),
            "held",
        ),
    )
    assert sorted(e.value for e in story.events()) == ["2023-10", "2024-03-11"]


def test_it_still_merges_a_mention_whose_sentence_gives_only_another_things_year(
    small_gazetteer,
):
    story = Story(small_gazetteer)
    story.says("Putin and Biden held talks on Monday.", "talks", "2024-03-11", [PUTIN, BIDEN])
    story.says(
        "The talks opened where the 2015 deal was signed.",
        "talks",
        None,
        [PUTIN, BIDEN],
        sentence_date=(TimeExpression(26, 30, "2015", "2015", "year", None, False), "held"),
    )
    (event,) = story.events()
    assert event.value == "2024-03-11"


def test_it_keeps_a_dinner_apart_from_the_summit_of_the_same_day(extract):
    events = extract(
        "Emmanuel Macron et Olaf Scholz ont tenu mardi à Strasbourg un sommet consacré à la "
        "défense. Mardi soir, un dîner a réuni les deux dirigeants à l'hôtel de ville.",
        date(2024, 3, 14),
        "fr",
    )
    assert sorted((e["date"], e["kind"]) for e in events) == [
        ("2024-03-12", "meeting"),
        ("2024-03-12", "summit"),
    ]


def test_it_keeps_a_meeting_told_in_the_future_out_of_one_already_held(small_gazetteer):
    story = Story(small_gazetteer)
    story.says("Putin had a meeting with Biden on Monday.", "meeting", "2024-03-11", [PUTIN, BIDEN])
    story.says(
        "Putin will have a meeting with Biden in Geneva.",
        "meeting",
        None,
        [PUTIN, BIDEN],
        status="scheduled",
    )
    held = [e for e in story.events() if e.value == "2024-03-11"]
    assert [s.text for s in held[0].mentions] == ["Putin had a meeting with Biden on Monday."]


def test_it_keeps_a_meeting_that_took_place_apart_from_the_summit_called_off(extract):
    events = extract(
        "Le sommet à trois qui devait réunir samedi à Nairobi les présidents kényan, "
        "ougandais et tanzanien n'a pas eu lieu. Le président kényan William Ruto s'est "
        "finalement entretenu en tête-à-tête avec son homologue ougandais Yoweri Museveni.",
        date(2024, 3, 11),
        "fr",
    )
    statuses = sorted(e["status"] for e in events)
    assert statuses == ["cancelled", "held"]
    held = next(e for e in events if e["status"] == "held")
    assert {"William Ruto", "Yoweri Museveni"} <= {p["name"] for p in held["participants"]}


def _state(name):
    return Party(name, "country", 0, 5, name)


def test_it_keeps_apart_two_meetings_of_different_states_in_one_city_the_same_month(
    small_gazetteer,
):
    story = Story(small_gazetteer)
    chile, peru, bolivia, ecuador = map(_state, ("Chile", "Peru", "Bolivia", "Ecuador"))
    story.says(
        "Chilean and Peruvian experts are to meet in Lima in May.",
        "meeting",
        "2024-05",
        [chile, peru],
        precision="month",
        location="Lima",
        status="scheduled",
        word="meet",
    )
    story.says(
        "A meeting of Bolivian, Ecuadorian and Peruvian ministers in Lima was put off to May.",
        "meeting",
        "2024-05",
        [bolivia, ecuador, peru],
        precision="month",
        location="Lima",
        status="scheduled",
    )
    assert [sorted(p.name for p in e.parties) for e in story.events()] == [
        ["Chile", "Peru"],
        ["Bolivia", "Ecuador", "Peru"],
    ]


def test_it_still_merges_two_mentions_of_a_meeting_of_the_same_states(small_gazetteer):
    story = Story(small_gazetteer)
    chile, peru = _state("Chile"), _state("Peru")
    story.says(
        "Chilean and Peruvian experts are to meet in Lima in May.",
        "meeting",
        "2024-05",
        [chile, peru],
        precision="month",
        location="Lima",
        status="scheduled",
        word="meet",
    )
    story.says(
        "The meeting of the experts of Chile and Peru will be held in Lima in May.",
        "meeting",
        "2024-05",
        [peru, chile],
        precision="month",
        location="Lima",
        status="scheduled",
    )
    assert len(story.events()) == 1


def test_it_gives_a_trip_the_people_met_where_it_went(extract):
    # the meeting in the clause after the trip has no date of its own: it is the trip's
    (trip,) = extract(
        "Le médiateur suisse Thomas Greminger s'était rendu début mars à Minsk, où il avait "
        "rencontré Alexandre Loukachenko.",
        date(2021, 4, 20),
        "fr",
    )
    assert {"Thomas Greminger", "Alexander Lukashenko"} <= {p["name"] for p in trip["participants"]}


def test_it_gives_a_trip_ahead_the_people_to_be_met_where_it_goes(extract):
    (trip,) = extract(
        "La ministre namibienne Netumbo Nandi-Ndaitwah est attendue jeudi à Luanda, où elle "
        "doit s'entretenir avec son homologue Carlos Mendes.",
        date(2023, 3, 6),
        "fr",
    )
    assert trip["status"] == "scheduled"
    assert {"Netumbo Nandi-Ndaitwah", "Carlos Mendes"} <= {p["name"] for p in trip["participants"]}


@pytest.mark.parametrize(
    "text, language",
    [
        ("Jorge Vargas was due in Lima on Friday. His visit has been called off.", "en"),
        (
            "Jorge Vargas devait se rendre à Lima vendredi ; sa visite a été reportée sine die.",
            "fr",
        ),
        (
            "Jorge Vargas devait se rendre à Lima vendredi. Sa visite a été annulée, a-t-on "
            "appris jeudi.",
            "fr",
        ),
        (
            "Jorge Vargas was due in Lima on Friday. The visit was postponed on Wednesday.",
            "en",
        ),
    ],
)
def test_it_calls_off_the_visit_a_later_mention_says_was_called_off(extract, text, language):
    # published on Thursday 14 March 2024: one visit, on Friday, called off; the day it was
    # called off (Wednesday, Thursday) makes no meeting of its own
    events = extract(text, date(2024, 3, 14), language)
    assert [(e["date"], e["status"]) for e in events] == [("2024-03-15", "cancelled")]


def test_it_keeps_the_new_day_of_a_meeting_moved_to_it_scheduled(extract):
    events = extract(
        "Jorge Vargas devait rencontrer vendredi Ollanta Humala, mais la réunion a été "
        "reportée à mardi.",
        date(2024, 3, 14),
        "fr",
    )
    assert sorted((e["date"], e["status"]) for e in events) == [
        ("2024-03-15", "cancelled"),
        ("2024-03-19", "scheduled"),
    ]
