"""The dates stage on its own: which dates of a sentence can date a meeting, and which
meeting word each one dates. Published Thursday 14 March 2024."""

from datetime import date

import pytest

from articles.extraction.dates import dates_of_triggers, find_dates
from articles.extraction.document import sentences
from articles.extraction.mentions import reporting_spans
from articles.extraction.model import Article
from articles.extraction.nlp import nlp_for
from articles.extraction.triggers import find_triggers


def first_sentence(text, gazetteer):
    article = Article.read(gazetteer, "en", date(2024, 3, 14), text, nlp_for("en")(text))
    return article, sentences(article)[0]


def assigned(article, sentence, language):
    """Meeting word -> the date the dates stage gives it, in one sentence."""
    assignment, _adjunct, _embedded = dates_of_triggers(
        article,
        sentence,
        find_triggers(sentence.text, language),
        find_dates(article, sentence),
        reporting_spans(article, sentence),
    )
    return assignment


def test_it_dates_a_meeting_that_ended_on_a_day_by_its_first_day(small_gazetteer):
    article, sentence = first_sentence(
        "Two days of talks between Russia and the United States ended on Friday.",
        small_gazetteer,
    )
    (friday,) = find_dates(article, sentence)
    assert (friday.value, friday.end_value) == ("2024-03-07", "2024-03-08")


def test_it_takes_no_date_from_a_dateline_or_the_start_of_a_period(small_gazetteer):
    article, sentence = first_sentence(
        "GENEVA, March 12, 2024 - Russia and the United States held talks on Monday, "
        "the first since January.",
        small_gazetteer,
    )
    assert [e.value for e in find_dates(article, sentence)] == ["2024-03-11"]


def test_it_gives_each_date_to_the_nearest_meeting_word(small_gazetteer):
    article, sentence = first_sentence(
        "Putin called Biden on Monday and met him in Geneva on Wednesday.", small_gazetteer
    )
    assignment = assigned(article, sentence, "en")
    assert {t.text: e.value for t, e in assignment.items()} == {
        "called": "2024-03-11",
        "met": "2024-03-13",
    }


def test_it_gives_a_date_told_before_a_clause_of_before_to_the_meeting_ahead_of_it(extract):
    events = extract(
        "Blinken met Wang Yi on Tuesday before travelling to Moscow, where he met Sergei Lavrov "
        "on Wednesday.",
        date(2024, 3, 14),
        "en",
    )
    met = {
        next(p["name"] for p in e["participants"] if p["name"] in ("Wang Yi", "Sergei Lavrov")): e[
            "date"
        ]
        for e in events
        if e["kind"] == "meeting"
    }
    assert met == {"Wang Yi": "2024-03-12", "Sergei Lavrov": "2024-03-13"}


def test_it_dates_a_french_meeting_through_a_light_verb_and_a_word_of_manner(small_gazetteer):
    for text, expected in (
        ("On confirme que le sommet russo-américain aura lieu mardi à Genève.", "2024-03-19"),
        ("Le ministre a rencontré tour à tour jeudi le président puis le général.", "2024-03-14"),
    ):
        article = Article.read(small_gazetteer, "fr", date(2024, 3, 14), text, nlp_for("fr")(text))
        (sentence,) = sentences(article)
        assignment = assigned(article, sentence, "fr")
        assert [e.value for e in assignment.values()] == [expected], text


def test_it_dates_a_french_meeting_noun_through_the_noun_it_completes(small_gazetteer):
    # the parse hangs the year on "principe", whose complement the visit is
    text = "Le président a accepté le principe d'une visite à Nairobi l'an prochain."
    article = Article.read(small_gazetteer, "fr", date(2024, 3, 14), text, nlp_for("fr")(text))
    (sentence,) = sentences(article)
    assert [e.value for e in assigned(article, sentence, "fr").values()] == ["2025"]


def test_it_gives_a_day_that_dates_a_letter_to_the_letter_not_the_summit(small_gazetteer):
    article, sentence = first_sentence(
        "In a letter to Putin on Thursday, Biden cited the war as his reason for backing out "
        "of the summit.",
        small_gazetteer,
    )
    assert assigned(article, sentence, "en") == {}


def test_it_dates_talks_of_several_days_by_the_day_they_began(small_gazetteer):
    for language, text, expected in (
        (
            "en",
            "A ceasefire was announced early on Wednesday after talks that began on Monday "
            "between Armenia and Azerbaijan.",
            "2024-03-11",
        ),
        (
            "fr",
            "L'accord a été conclu mercredi à l'issue de trois jours de négociations ouvertes "
            "lundi entre l'Arménie et l'Azerbaïdjan.",
            "2024-03-11",
        ),
    ):
        article = Article.read(
            small_gazetteer, language, date(2024, 3, 14), text, nlp_for(language)(text)
        )
        (sentence,) = sentences(article)
        assignment = assigned(article, sentence, language)
        assert {t.kind: e.value for t, e in assignment.items()}.get("talks") == expected, text


def test_it_reads_a_day_after_agreed_to_as_ahead_and_nothing_past_the_clause(small_gazetteer):
    text = (
        "GENEVA, Feb. 23 - The government and the rebels have agreed to stop the shelling and "
        "to meet again in Geneva on April 19-21, the mediator said on Friday, after two days "
        "of talks that ended on Thursday."
    )
    article = Article.read(small_gazetteer, "en", date(2024, 2, 23), text, nlp_for("en")(text))
    (sentence,) = sentences(article)
    assert [e.value for e in find_dates(article, sentence)] == [
        "2024-04-19",
        "2024-02-23",
        "2024-02-21",
    ]


def test_it_keeps_a_date_on_a_verb_with_its_auxiliary_whatever_noun_the_parse_hangs_it_on(
    small_gazetteer,
):
    from spacy.tokens import Doc

    words = ["Reçu", "par", "le", "président", ",", "le", "chef", "a", "fait", "escale", "hier"]
    words += ["au", "Caire", "."]
    # the parse the French model gave a dev sentence: "a fait" as a relative clause of a noun
    doc = Doc(
        nlp_for("fr").vocab,
        words=words,
        spaces=[True, True, True, False] + [True] * 8 + [False, False],
        heads=[0, 3, 3, 0, 3, 6, 3, 8, 3, 8, 8, 12, 8, 0],
        deps=["ROOT", "case", "det", "obl:agent", "punct", "det", "appos", "aux:tense"]
        + ["acl:relcl", "obj", "advmod", "case", "obl:arg", "punct"],
        pos=["VERB", "ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "NOUN", "ADV"]
        + ["ADP", "PROPN", "PUNCT"],
        sent_starts=[True] + [False] * 13,
    )
    article = Article.read(small_gazetteer, "fr", date(2024, 3, 14), doc.text, doc)
    (sentence,) = sentences(article)
    assignment = assigned(article, sentence, "fr")
    assert {t.text: e.value for t, e in assignment.items()}.get("escale") == "2024-03-13"


def test_it_dates_a_whole_sentence_by_a_date_fronted_before_its_subject(small_gazetteer):
    text = (
        "Le 8 mars, les présidents des deux pays, réunis à Genève pour signer un accord, ont "
        "appelé à la paix."
    )
    article = Article.read(small_gazetteer, "fr", date(2024, 3, 14), text, nlp_for("fr")(text))
    (sentence,) = sentences(article)
    assignment = assigned(article, sentence, "fr")
    assert [e.value for e in assignment.values()] == ["2024-03-08"]


def test_it_dates_a_meeting_told_for_the_last_time_in_a_month(small_gazetteer):
    # the French parse hangs "en février" on "fois": a word of time, not another event
    text = "Les deux présidents s'étaient vus pour la dernière fois en février à Genève."
    article = Article.read(small_gazetteer, "fr", date(2024, 3, 14), text, nlp_for("fr")(text))
    (sentence,) = sentences(article)
    assignment = assigned(article, sentence, "fr")
    assert [e.value for e in assignment.values()] == ["2024-02"]


def test_it_reads_a_date_after_a_since_phrase_and_a_comma_as_a_date_of_its_own(small_gazetteer):
    text = (
        "The envoy brought the two rivals together for the first time since the March 1 "
        "election, on March 8, for a handshake in Nairobi."
    )
    article, sentence = first_sentence(text, small_gazetteer)
    assert [e.value for e in find_dates(article, sentence)] == ["2024-03-01", "2024-03-08"]


def test_it_dates_a_summit_by_the_relative_clause_saying_it_was_held(extract):
    # published Wednesday 17 May 2023: "mardi" is the day before
    text = (
        "Le président Alain Berset a pris part au sommet de l'Union africaine, qui s'est tenu "
        "mardi à Addis-Abeba."
    )
    (summit,) = extract(text, date(2023, 5, 17), "fr")
    assert summit["date"] == "2023-05-16"


def test_it_dates_a_conference_by_the_relative_clause_saying_who_chaired_it(extract):
    # published Thursday 17 December 2015: the parse hangs the clause on the topic, "Soudan"
    text = (
        "Le ministre norvégien a évoqué la conférence sur le Soudan qu'il a coprésidée "
        "dimanche à Oslo avec Ramtane Lamamra."
    )
    (conference,) = extract(text, date(2015, 12, 17), "fr")
    assert (conference["date"], conference["location"]) == ("2015-12-13", "Oslo")


def test_it_dates_a_meeting_noun_by_the_plan_apposed_after_its_sides(extract):
    # published Wednesday 17 May 2023: the parse hangs "prévu" on the second name
    text = "Un entretien entre Paul Ndiaye et Marc Dossou, prévu mardi soir, a été annulé."
    (meeting,) = extract(text, date(2023, 5, 17), "fr")
    assert (meeting["date"], meeting["status"]) == ("2023-05-16", "cancelled")


def test_it_reads_announced_for_a_day_as_the_day_planned(extract):
    # published Monday 12 September 2022
    text = "A meeting between Sadyr Japarov and Emomali Rahmon was announced for Thursday."
    (meeting,) = extract(text, date(2022, 9, 12), "en")
    assert meeting["date"] == "2022-09-15"


def test_it_dates_a_meeting_by_the_day_the_parse_hangs_on_its_place(extract):
    # published Thursday 3 September 1987: "mercredi" is the day before
    text = "Brian Mulroney avait reçu François Mitterrand à la Citadelle mercredi."
    (meeting,) = extract(text, date(1987, 9, 3), "fr")
    assert meeting["date"] == "1987-09-02"


def test_it_dates_a_summit_by_the_future_relative_clause_saying_when_it_opens(extract):
    # the parse hangs "qui s'ouvrira le 12 juin" on the union's name, not on the summit
    text = (
        "Le ministre tchadien présentera le plan de paix lors du sommet de l'Union africaine "
        "qui s'ouvrira le 12 juin à Malabo."
    )
    summits = [e for e in extract(text, date(2023, 5, 17), "fr") if e["kind"] == "summit"]
    assert [s["date"] for s in summits] == ["2023-06-12"]


def test_it_reads_a_day_a_meeting_was_mooted_for_ahead_when_it_will_not_take_place(extract):
    # published Wednesday 17 May 2023: "jeudi" is tomorrow, not last week
    text = (
        "Une rencontre entre Paul Ndiaye et Marc Dossou, un moment évoquée pour jeudi à "
        "Cotonou, n'aura finalement pas lieu, a indiqué un diplomate."
    )
    (meeting,) = extract(text, date(2023, 5, 17), "fr")
    assert (meeting["date"], meeting["status"]) == ("2023-05-18", "cancelled")


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "en",
            "A visit to Lusaka by Kenyan Foreign Minister Paul Otieno, planned for Monday, was "
            "called off at the last minute.",
        ),
        (
            "en",
            "Talks between Paul Otieno and Marc Dossou that had been due on Monday did not go "
            "ahead.",
        ),
        (
            "fr",
            "Une rencontre entre Paul Ndiaye et Marc Dossou, prévue lundi à Dakar, a été annulée "
            "au dernier moment.",
        ),
        (
            "fr",
            "Un entretien entre Paul Ndiaye et Marc Dossou, prévu lundi, n'a finalement pas pu "
            "avoir lieu.",
        ),
    ],
)
def test_it_reads_the_day_of_a_plan_that_came_and_went_in_the_past(extract, language, text):
    # published Friday 19 May 2023: Monday the 15th is four days back, the 22nd three ahead,
    # but a meeting called off "at the last minute" or that "did not go ahead" had its day
    (meeting,) = extract(text, date(2023, 5, 19), language)
    assert (meeting["date"], meeting["status"]) == ("2023-05-15", "cancelled")


def test_it_reads_a_count_of_weeks_ahead_in_french(extract):
    # published Thursday 14 March 2024: in two weeks is the week of 25 to 31 March
    text = "Paul Ndiaye rencontrera Marc Dossou à Dakar dans deux semaines."
    (meeting,) = extract(text, date(2024, 3, 14), "fr")
    assert (meeting["date"], meeting["status"]) == ("2024-03", "scheduled")


def test_it_dates_a_timeline_entry_by_the_day_heading_it(extract):
    text = (
        "Oct. 3, 2011 – At a meeting with Ban Ki-moon in New York, the two ministers sign "
        "the protocol."
    )
    (meeting,) = extract(text, date(2019, 5, 7), "en")
    assert meeting["date"] == "2011-10-03"


def test_it_reads_a_month_the_sides_agreed_to_meet_in_as_ahead(extract):
    # published 10 November 2024: "en avril" is next April, not the last one
    text = (
        "Le Kenya et la Tanzanie sont convenus d'ouvrir, en avril, un nouveau cycle de "
        "négociations sur la frontière."
    )
    talks = [e for e in extract(text, date(2024, 11, 10), "fr") if e["kind"] == "talks"]
    assert [t["date"] for t in talks] == ["2025-04"]


def test_it_dates_the_when_clause_of_a_since_phrase_by_its_date(extract):
    text = (
        "It is Erdogan's first visit to Oslo since March 2011, when he held talks with Jens "
        "Stoltenberg."
    )
    talks = [e for e in extract(text, date(2016, 12, 15), "en") if e["kind"] == "talks"]
    assert [t["date"] for t in talks] == ["2011-03"]


def test_it_takes_no_date_from_a_long_since_phrase(extract):
    text = (
        "The meeting between Alain Berset and Sergei Lavrov, held at the palace, was the second "
        "between the two men since the Russian army crossed the border of the country in "
        "February 2022."
    )
    dated = {e["date"] for e in extract(text, date(2024, 3, 14), "en")}
    assert "2022-02" not in dated


def test_it_dates_a_meeting_by_a_bare_weekday_the_parse_hangs_on_the_object(extract):
    # published Thursday 14 March 2024: "mardi" is the 12th
    text = (
        "Paul Ndiaye et Marc Dossou ont signé l'accord mardi à Cotonou, lors d'une rencontre "
        "au palais présidentiel."
    )
    meetings = [e for e in extract(text, date(2024, 3, 14), "fr") if e["kind"] == "meeting"]
    assert [m["date"] for m in meetings] == ["2024-03-12"]


def test_it_dates_a_meeting_noun_by_the_modal_relative_clause_that_plans_it(extract):
    # published Thursday 14 March 2024; the parse hangs "vendredi" on "effectuer", the
    # infinitive of "devait", the relative clause on "la visite"
    text = (
        "La ministre Lena Okafor a annulé la visite qu'elle devait effectuer vendredi à Berlin "
        "pour assister à l'ouverture d'une foire commerciale, a annoncé son cabinet."
    )
    (visit,) = extract(text, date(2024, 3, 14), "fr")
    assert (visit["date"], visit["status"]) == ("2024-03-15", "cancelled")


def test_it_gives_each_person_met_the_date_that_follows_them(extract):
    for text, language in (
        ("Lena Okafor met Olaf Scholz on Monday and Pedro Sanchez on Tuesday.", "en"),
        ("Lena Okafor a rencontré Olaf Scholz lundi, et Pedro Sanchez mardi.", "fr"),
    ):
        events = extract(text, date(2024, 3, 14), language)
        dated = {
            e["date"]: {p["name"] for p in e["participants"]} - {"Lena Okafor"} for e in events
        }
        assert {d: names & {"Olaf Scholz", "Pedro Sanchez"} for d, names in dated.items()} == {
            "2024-03-11": {"Olaf Scholz"},
            "2024-03-12": {"Pedro Sanchez"},
        }


def test_it_dates_a_meeting_by_a_relative_clause_the_parse_hangs_on_its_last_party(extract):
    # the parse hangs "qui devait avoir lieu vendredi" on "Paul Mwangi", not on "rencontre"
    events = extract(
        "Une rencontre entre Lena Okafor et Paul Mwangi, qui devait avoir lieu vendredi, a été "
        "annulée.",
        date(2024, 3, 14),
        "fr",
    )
    assert [(e["date"], e["status"]) for e in events] == [("2024-03-15", "cancelled")]


def test_it_dates_a_meeting_by_the_participle_fronted_before_it(extract):
    # "Ouverte mardi dernier ..., la conférence ...": the fronted participle says when the
    # conference was held, even when the parse hangs it elsewhere and the story goes on to
    # another conference of the same people
    text = (
        "Le décor était soigné : des drapeaux partout, des interprètes venus de Vienne. "
        "Ouverte mardi dernier dans la capitale hongroise, la conférence des chefs de "
        "gouvernement des pays danubiens a réuni pendant quatre jours douze délégations, de la "
        "Roumanie de Klaus Iohannis à la Serbie d'Aleksandar Vucic.\n\n"
        "L'idée avait mûri à Salzbourg, où la conférence régionale d'avril 2019 avait déjà "
        "rassemblé Klaus Iohannis et Aleksandar Vucic."
    )
    events = extract(text, date(2024, 3, 14), "fr")
    assert sorted(e["date"] for e in events) == ["2019-04", "2024-03-12"]


def test_it_dates_a_meeting_noun_by_the_relative_clause_right_after_it(extract):
    events = extract(
        "Le sommet de l'OCI s'est achevé vendredi à Dakar. Les chefs d'État ont désigné la "
        "Malaisie pour accueillir le prochain sommet, qui se tiendra à Kuala Lumpur en mai 2012.",
        date(2008, 3, 16),
        "fr",
    )
    assert ("2012-05", "scheduled") in {(e["date"], e["status"]) for e in events}


def test_it_dates_a_conference_by_the_bracketed_days_after_its_long_name(extract):
    events = extract(
        "Le chef de la diplomatie luxembourgeoise, Jean Asselborn, participera ensuite à la "
        "troisième conférence de Bruxelles sur l'avenir du Sahel et des pays voisins (24 et 25 "
        "avril 2018), aux côtés de l'Union européenne.",
        date(2018, 4, 15),
        "fr",
    )
    assert "2018-04-24" in [e["date"] for e in events]


def test_it_dates_a_meeting_by_the_plan_of_the_noun_it_completes(extract):
    # the relative clause hangs on "session", whose complement is the meeting word
    events = extract(
        "Dans l'entourage du ministre, on faisait valoir que la session de la commission mixte "
        "franco-marocaine, qui devait s'ouvrir mardi à Rabat, « ne pouvait se tenir ainsi ».",
        date(2024, 3, 11),
        "fr",
    )
    assert [e["date"] for e in events] == ["2024-03-12"]


def test_it_dates_a_meeting_by_its_own_day_not_by_the_opening_of_the_forum_beside_it(extract):
    events = extract(
        "Le ministre chilien Alberto van Klaveren et son homologue péruvien "
        "Javier González-Olaechea doivent s'entretenir jeudi après-midi à Lima, "
        "en marge du forum ouvert la veille.",
        date(2024, 3, 14),
        "fr",
    )
    (meeting,) = [e for e in events if e["kind"] == "meeting"]
    assert (meeting["date"], meeting["status"]) == ("2024-03-14", "scheduled")


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Chilean president announced a state visit to Japan in October.", "en"),
        ("Gabriel Boric accepted an invitation to visit Tokyo in October.", "en"),
        ("Gabriel Boric said he was ready to travel to Tokyo in October.", "en"),
        ("Gabriel Boric a annoncé une visite d'Etat au Japon en octobre.", "fr"),
        ("Gabriel Boric a accepté l'invitation de Tokyo à se rendre au Japon en octobre.", "fr"),
        ("Gabriel Boric s'est dit prêt à se rendre au Japon en octobre.", "fr"),
    ],
)
def test_it_reads_a_month_a_past_telling_announces_as_the_one_ahead(extract, text, language):
    # told in July: the telling is past, the visit it announces is the coming October, not
    # the October of the year before
    events = extract(text, date(2024, 7, 2), language)
    assert [(e["date"], e["status"]) for e in events] == [("2024-10", "scheduled")]


def test_it_still_reads_a_month_told_in_the_past_without_a_plan_as_gone_by(extract):
    events = extract(
        "Gabriel Boric visited Tokyo in October and met the Japanese prime minister.",
        date(2024, 7, 2),
        "en",
    )
    assert {(e["date"], e["status"]) for e in events} == {("2023-10", "held")}


@pytest.mark.parametrize(
    "text, language, day",
    [
        # published on Wednesday 13 March 2024: the Friday a meeting called off was set for is
        # the coming one, not the one gone by
        (
            "La rencontre de vendredi entre Gabriel Boric et Lula à Brasilia est annulée.",
            "fr",
            "2024-03-15",
        ),
        (
            "The meeting Chile had requested for Friday with Lula in Brasilia was cancelled.",
            "en",
            "2024-03-15",
        ),
    ],
)
def test_it_reads_the_day_of_a_meeting_called_off_as_the_nearest(extract, text, language, day):
    events = extract(text, date(2024, 3, 13), language)
    assert [(e["date"], e["status"]) for e in events] == [(day, "cancelled")]
