"""The sides and places stages on their own: who takes part in a meeting and where it is
held. Published Thursday 14 March 2024."""

from datetime import date

from articles.extraction.bilateral import split_bilateral
from articles.extraction.document import sentences
from articles.extraction.mentions import parties_in
from articles.extraction.model import Article
from articles.extraction.nlp import nlp_for
from articles.extraction.places import location_for, venues_in
from articles.extraction.triggers import find_triggers


def reading(text, gazetteer):
    """(article, its first sentence, the sentence's first meeting word)."""
    article = Article.read(gazetteer, "en", date(2024, 3, 14), text, nlp_for("en")(text))
    sentence = sentences(article)[0]
    return article, sentence, find_triggers(sentence.text, "en")[0]


def test_it_makes_one_meeting_with_each_person_met(extractor):
    article, sentence, trigger = reading(
        "Olaf Scholz will meet Joe Biden and Xi Jinping in Berlin on Friday.", extractor.gazetteer
    )
    groups = split_bilateral(trigger, sentence, parties_in(article, sentence))
    assert [[p.name for p in group] for group in groups] == [
        ["Olaf Scholz", "Joe Biden"],
        ["Olaf Scholz", "Xi Jinping"],
    ]


def test_it_keeps_one_meeting_when_three_people_are_met_in_one_go(extractor):
    # a host who meets three people named together meets them at one table
    article, sentence, trigger = reading(
        "Olaf Scholz met Joe Biden, Xi Jinping and Narendra Modi in Berlin on Friday.",
        extractor.gazetteer,
    )
    (group,) = split_bilateral(trigger, sentence, parties_in(article, sentence))
    assert {p.name for p in group} >= {"Olaf Scholz", "Joe Biden", "Xi Jinping", "Narendra Modi"}


def test_it_still_makes_one_meeting_with_each_of_three_people_met_separately(extractor):
    article, sentence, trigger = reading(
        "Olaf Scholz met separately with Joe Biden, Xi Jinping and Narendra Modi in Berlin.",
        extractor.gazetteer,
    )
    groups = split_bilateral(trigger, sentence, parties_in(article, sentence))
    assert len(groups) == 3


def test_it_reads_the_country_of_a_role_before_a_name_as_that_person_s(extract):
    # "Greek" belongs to the finance minister it describes: one meeting, not two
    events = extract(
        "Treasury Secretary Jack Lew met Greek finance minister Euclid Tsakalotos in Paris on "
        "Sunday and urged both sides to reach a deal.",
        date(2015, 7, 13),
        "en",
    )
    assert len(events) == 1
    assert {"Jack Lew", "Euclid Tsakalotos"} <= {p["name"] for p in events[0]["participants"]}


def test_it_reads_the_country_after_a_title_and_name_as_that_person_s(extract):
    # "le roi Abdallah II de Jordanie": Jordan is the king's, not a second guest
    events = extract(
        "Nicolas Sarkozy recevra demain à l'Elysée le roi Abdallah II de Jordanie.",
        date(2009, 7, 7),
        "fr",
    )
    assert len(events) == 1


def test_it_keeps_one_meeting_when_one_person_is_met(extractor):
    article, sentence, trigger = reading(
        "Olaf Scholz will meet Joe Biden in Berlin on Friday.", extractor.gazetteer
    )
    (group,) = split_bilateral(trigger, sentence, parties_in(article, sentence))
    assert [p.name for p in group] == ["Olaf Scholz", "Joe Biden"]


def test_it_makes_one_meeting_with_each_side_a_state_s_envoys_meet_separately(extract):
    events = extract(
        "Les médiateurs qataris doivent rencontrer lundi séparément Mahamat Idriss Déby et "
        "Mahamat Mahdi Ali.",
        date(2022, 3, 12),
        "fr",
    )
    assert sorted(
        sorted(p["name"] for p in e["participants"] if p["type"] == "person") for e in events
    ) == [["Mahamat Idriss Deby"], ["Mahamat Mahdi Ali"]]
    assert all("Qatar" in {p["name"] for p in e["participants"]} for e in events)


def test_it_reads_entretiens_separes_as_one_meeting_with_each_side(extract):
    events = extract(
        "La ministre Catherine Colonna a eu jeudi des entretiens séparés avec le président "
        "Mahamat Idriss Déby et avec Yaya Dillo.",
        date(2023, 5, 13),
        "fr",
    )
    assert sorted(
        sorted(p["name"] for p in e["participants"] if p["type"] == "person") for e in events
    ) == [["Catherine Colonna", "Mahamat Idriss Deby"], ["Catherine Colonna", "Yaya Dillo"]]


def test_it_keeps_apart_who_each_of_two_meeting_verbs_meets_when_the_parse_does_not_join_them(
    extract,
):
    # the French model parses this sentence as several roots: the two verbs are not joined
    events = extract(
        "Antony Blinken a rencontré Wang Yi mardi avant de s'entretenir mercredi avec Sergueï "
        "Lavrov.",
        date(2024, 3, 14),
        "fr",
    )
    people = sorted(
        (e["date"], sorted(p["name"] for p in e["participants"] if p["type"] == "person"))
        for e in events
    )
    assert people == [
        ("2024-03-12", ["Antony Blinken", "Wang Yi"]),
        ("2024-03-13", ["Antony Blinken", "Sergei Lavrov"]),
    ]


def test_it_takes_the_city_visited_for_the_place_and_its_country_for_the_destination(
    small_gazetteer,
):
    article, sentence, trigger = reading("Putin will visit Washington next week.", small_gazetteer)
    assert location_for(article, trigger, sentence, "visit") == ("Washington", "United States")


def test_it_takes_a_summit_after_during_for_the_venue_of_another_meeting(small_gazetteer):
    text = "Putin met Biden during the NATO summit in Geneva."
    assert [t.text for t in venues_in(text, find_triggers(text, "en"))] == ["summit"]


def kinds_of(extract, text, language):
    return [e["kind"] for e in extract(text, date(2024, 3, 14), language)]


def test_it_calls_a_meeting_of_a_body_s_leaders_a_summit(extract):
    assert kinds_of(extract, "EU leaders will meet in Brussels on Thursday.", "en") == ["summit"]
    assert kinds_of(
        extract, "Le Conseil européen se réunira jeudi et vendredi à Bruxelles.", "fr"
    ) == ["summit"]


def test_it_calls_a_meeting_of_a_body_s_generals_or_ministers_a_conference(extract):
    assert kinds_of(
        extract, "Les chefs d'état-major de la Cédéao doivent se retrouver samedi à Accra.", "fr"
    ) == ["conference"]
    assert kinds_of(
        extract, "Arab League foreign ministers are due to meet in Cairo on Thursday.", "en"
    ) == ["conference"]


def sides_by_date(extract, text, language):
    return {
        e["date"]: {p["name"] for p in e["participants"]}
        for e in extract(text, date(2024, 3, 14), language)
    }


def test_it_takes_the_two_sides_for_those_of_the_last_meeting_between_two(extract):
    text = (
        "Egyptian and Ethiopian negotiators held a round of talks in Addis Ababa on Monday. "
        "The two delegations will meet again in Cairo on March 20."
    )
    assert sides_by_date(extract, text, "en")["2024-03-20"] == {"Egypt", "Ethiopia"}
    text = (
        "L'Iran et les Etats-Unis ont tenu lundi à Mascate des pourparlers indirects. "
        "Les deux camps se retrouveront le 20 mars à Rome."
    )
    assert sides_by_date(extract, text, "fr")["2024-03-20"] == {"Iran", "United States"}


def test_it_gives_a_numbered_round_the_sides_of_the_story_s_talks(extract):
    text = (
        "L'Iran et les Etats-Unis ont tenu deux cycles de pourparlers indirects. "
        "Un troisième cycle est prévu le 20 mars à Mascate."
    )
    assert sides_by_date(extract, text, "fr")["2024-03-20"] >= {"Iran", "United States"}


def test_it_gives_talks_with_no_party_the_sides_of_the_story_s_talks(extract):
    text = (
        "Indian and Chinese commanders held talks at Chushul on Monday. "
        "The ninth round, held on March 12 at Moldo, ended late at night."
    )
    assert sides_by_date(extract, text, "en")["2024-03-12"] >= {"India", "China"}


def test_it_gives_a_later_round_the_states_not_the_negotiators_of_the_first(extract):
    text = (
        "Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff held indirect talks "
        "in Muscat on Monday. A fourth round is planned in Rome on March 23."
    )
    assert sides_by_date(extract, text, "en")["2024-03-23"] == {"Iran", "United States"}
    text = (
        "Le ministre indien de la Défense Rajnath Singh et son homologue chinois Wei Fenghe ont "
        "tenu lundi des pourparlers à Moscou. Un dixième cycle aura lieu le 20 mars à Moldo."
    )
    assert sides_by_date(extract, text, "fr")["2024-03-20"] == {"India", "China"}


def test_it_keeps_the_mediator_of_no_side_in_a_later_round(extract):
    text = (
        "Moroccan Interior Minister Driss Basri and Algerian Foreign Minister Ahmed Attaf met "
        "James Baker in London on Monday. A second round is planned in Lisbon on March 20."
    )
    assert sides_by_date(extract, text, "en")["2024-03-20"] == {"Morocco", "Algeria", "James Baker"}


def test_it_gives_a_meeting_naming_no_side_the_states_of_the_story_s_talks(extract):
    text = (
        "Argentine President Nestor Kirchner and Uruguayan President Tabare Vazquez held talks "
        "in Madrid on Monday. A technical meeting is set for March 27 in Montevideo."
    )
    assert sides_by_date(extract, text, "en")["2024-03-27"] == {"Argentina", "Uruguay"}


def test_it_keeps_the_people_of_the_meeting_the_meeting_refers_back_to(extract):
    text = (
        "Argentine President Nestor Kirchner will meet Uruguayan President Tabare Vazquez in "
        "Madrid on March 20. The meeting was later put off until March 27."
    )
    assert sides_by_date(extract, text, "en")["2024-03-27"] >= {"Nestor Kirchner", "Tabare Vazquez"}


def test_it_gives_talks_with_no_party_the_sides_of_the_story_s_last_meeting(extract):
    text = (
        "Joe Biden and Xi Jinping will meet in Bali on March 18 for their first summit. "
        "The negotiations on March 19 will take up most of the day."
    )
    assert sides_by_date(extract, text, "en")["2024-03-19"] >= {"Joe Biden", "Xi Jinping"}


def test_it_gives_each_of_two_meeting_verbs_its_own_object(extract):
    text = (
        "Le président Emmanuel Macron s'est entretenu mardi avec Olaf Scholz et recevra "
        "Pedro Sanchez vendredi à Paris."
    )
    sides = sides_by_date(extract, text, "fr")
    assert "Pedro Sanchez" not in sides["2024-03-12"]
    assert "Olaf Scholz" in sides["2024-03-12"]
    assert "Olaf Scholz" not in sides["2024-03-15"]
    assert {"Emmanuel Macron", "Pedro Sanchez"} <= sides["2024-03-15"]


def test_it_takes_no_side_from_the_subject_of_an_adverbial_clause(extract):
    text = (
        "Le ministre Jean Dupont a rencontré jeudi à Dakar son homologue Awa Ndiaye, comme "
        "l'avait demandé le président Paul Martin en mars."
    )
    (sides,) = sides_by_date(extract, text, "fr").values()
    assert sides == {"Jean Dupont", "Awa Ndiaye"}


def test_it_makes_a_bilateral_with_two_leaders_two_meetings(extract):
    text = (
        "Prime Minister Anna Berg will hold a bilateral with Kenyan President Paul Mwangi and "
        "Peruvian President Rosa Quispe on Friday."
    )
    events = extract(text, date(2024, 3, 14), "en")
    assert sorted(sorted(p["name"] for p in e["participants"]) for e in events) == [
        ["Anna Berg", "Kenya", "Paul Mwangi"],
        ["Anna Berg", "Peru", "Rosa Quispe"],
    ]


def test_it_keeps_the_country_of_a_role_apposed_to_a_name_with_that_person(extract):
    text = (
        "Prime Minister Anna Berg received the Seychelles foreign minister, Paul Hoareau, in "
        "Oslo on Tuesday to discuss fishing patrols."
    )
    (event,) = extract(text, date(2024, 3, 14), "en")
    assert {p["name"] for p in event["participants"]} >= {"Anna Berg", "Paul Hoareau", "Seychelles"}


def test_it_reads_names_it_does_not_know_with_accents_four_words_or_a_bracketed_country(
    extract,
):
    text = (
        "Trade ministers Tran Thi Minh Chau (Vietnam) and Celso Macuácua (Mozambique) met in "
        "Hanoi on Tuesday."
    )
    (sides,) = sides_by_date(extract, text, "en").values()
    assert sides == {"Tran Thi Minh Chau", "Vietnam", "Celso Macuácua", "Mozambique"}


def test_it_gives_a_vice_minister_no_name_of_the_minister_s(extract):
    text = "Le vice-ministre russe des Affaires étrangères a rencontré mardi à Genève Olaf Scholz."
    (sides,) = sides_by_date(extract, text, "fr").values()
    assert "Sergei Lavrov" not in sides
    assert "Russia" in sides


def test_it_keeps_a_compound_surname_whole_and_dates_a_meeting_told_in_turn(extract):
    text = (
        "La ministre canadienne, Marie-Ève Lapointe-Gagnon, a rencontré tour à tour jeudi à "
        "Niamey le ministre Moussa Kountché, puis le général Ali Mahamadou."
    )
    events = extract(text, date(2024, 3, 15), "fr")
    assert {e["date"] for e in events} == {"2024-03-14"}
    assert all(
        "Marie-Ève Lapointe-Gagnon" in {p["name"] for p in e["participants"]} for e in events
    )


def test_it_reads_a_name_with_a_lower_case_particle_it_does_not_know(extract):
    text = "Hugues Morel d'Aubigné a rencontré Ursula Kern à Varsovie en 1980."
    (sides,) = sides_by_date(extract, text, "fr").values()
    assert "Hugues Morel d'Aubigné" in sides


def test_it_takes_the_host_and_everyone_a_summit_brings_together(extract):
    text = (
        "Le président Emmanuel Macron accueillera mi-mars à l'Elysée un sommet sur la sécurité "
        "au Nigeria, réunissant les présidents du Nigeria, Goodluck Jonathan, du Tchad, Idriss "
        "Déby, et du Cameroun, Paul Biya."
    )
    events = extract(text, date(2014, 3, 6), "fr")
    everyone = {"Emmanuel Macron", "Goodluck Jonathan", "Paul Biya", "Chad", "Cameroon"}
    assert any(everyone <= {p["name"] for p in e["participants"]} for e in events)


def test_it_reads_a_counterpart_as_the_holder_of_the_same_office(extract):
    from datetime import date

    events = extract(
        "Joe Biden et Vladimir Poutine se sont parlé en décembre. Vendredi, Sergueï Lavrov a "
        "rencontré à Genève son homologue américain.",
        date(2022, 1, 21),
        "fr",
    )
    (geneva,) = [e for e in events if e["location"] == "Geneva"]
    names = {p["name"] for p in geneva["participants"]}
    assert "Antony Blinken" in names
    assert "Joe Biden" not in names


def test_it_does_not_give_a_counterpart_the_office_of_another_sentences_protagonist(extract):
    from datetime import date

    # "le ministre" is the subject here: his German counterpart is no president, whatever
    # office the call before it was between
    events = extract(
        "Le président américain a téléphoné lundi à son homologue russe. Le ministre a "
        "rencontré mardi son homologue allemand.",
        date(2024, 3, 14),
        "fr",
    )
    (meeting,) = [e for e in events if e["date"] == "2024-03-12"]
    assert [p["name"] for p in meeting["participants"]] == ["Germany"]


def test_it_makes_one_meeting_of_a_dinner_given_to_two_guests(extract):
    from datetime import date

    events = extract(
        "Le président Emmanuel Macron a reçu mardi soir à dîner, à l'Élysée, ses homologues "
        "kényan William Ruto et nigérian Bola Tinubu.",
        date(2024, 3, 14),
        "fr",
    )
    (dinner,) = events
    names = {p["name"] for p in dinner["participants"]}
    assert {"Emmanuel Macron", "William Ruto", "Bola Tinubu"} <= names
    assert dinner["date"] == "2024-03-12"


def test_it_reads_the_president_of_a_country_as_the_holder_of_that_office(extract):
    from datetime import date

    events = extract(
        "Kyrgyz President Kurmanbek Bakiyev will receive the President of Iran this evening.",
        date(2007, 8, 16),
        "en",
    )
    (meeting,) = events
    assert "Mahmoud Ahmadinejad" in {p["name"] for p in meeting["participants"]}


def test_it_takes_no_holder_for_the_office_that_only_says_whose_envoy_it_is(extract):
    from datetime import date

    events = extract(
        "The Emir of Qatar's envoy met the Lebanese prime minister in Beirut on Tuesday.",
        date(2017, 7, 13),
        "en",
    )
    for event in events:
        assert "Tamim bin Hamad Al Thani" not in {p["name"] for p in event["participants"]}


def test_it_keeps_the_subject_when_the_meetings_noun_only_names_one_side_and_a_venue(extract):
    events = extract(
        "Chile called off a third round of talks with Peru that was to be held in Ecuador "
        "next month.",
        date(2024, 3, 14),
        "en",
    )
    (talks,) = events
    names = {p["name"] for p in talks["participants"]}
    assert {"Chile", "Peru"} <= names
    assert "Ecuador" not in names


def test_it_keeps_both_sides_of_talks_between_two_countries_after_a_dateline(extract):
    events = extract(
        "CAIRO, Egypt (AP) _ Talks between Ethiopia and Sudan on the dam broke off on Tuesday.",
        date(2024, 3, 14),
        "en",
    )
    (talks,) = events
    assert {"Ethiopia", "Sudan"} <= {p["name"] for p in talks["participants"]}


def test_it_dates_a_meeting_on_the_sidelines_of_a_conference_by_the_conference(extract):
    events = extract(
        "Penny Wong and Wang Yi met on the sidelines of the ASEAN Regional Forum in Vientiane "
        "on 27 July.",
        date(2024, 8, 1),
        "en",
    )
    by_kind = {e["kind"]: e for e in events}
    assert by_kind["meeting"]["date"] == "2024-07-27"
    assert {"Penny Wong", "Wang Yi"} <= {p["name"] for p in by_kind["meeting"]["participants"]}
    assert by_kind["conference"]["date"] == "2024-07-27"


def test_it_reads_no_meeting_in_a_conference_centre(extract):
    events = extract(
        "The delegations of Ethiopia and Egypt arrived on Monday at a conference centre near "
        "the capital.",
        date(2024, 3, 14),
        "en",
    )
    assert [e for e in events if e["kind"] == "conference"] == []


def test_it_reads_unknown_people_named_with_of_and_their_country(extract):
    events = extract(
        "Amara Diallo of Guinea and Tomas Lindqvist of Sweden met in Geneva on Tuesday.",
        date(2024, 3, 14),
        "en",
    )
    (meeting,) = events
    names = {p["name"] for p in meeting["participants"]}
    assert {"Amara Diallo", "Tomas Lindqvist", "Guinea", "Sweden"} <= names


def test_it_gives_their_deputies_the_states_of_the_people_met_before(extract):
    events = extract(
        "Foreign ministers Amara Diallo of Guinea and Tomas Lindqvist of Sweden met in Geneva "
        "on Tuesday. Their deputies had already met on Monday.",
        date(2024, 3, 14),
        "en",
    )
    deputies = next(e for e in events if e["date"] == "2024-03-11")
    names = {p["name"] for p in deputies["participants"]}
    assert names == {"Guinea", "Sweden"}


def test_it_reads_the_president_of_a_republic_named_in_full_as_its_office_holder(extract):
    (meeting,) = extract(
        "Alain Berset a eu mercredi un entretien avec la présidente de la République de Moldavie.",
        date(2023, 5, 17),
        "fr",
    )
    assert {"Maia Sandu", "Moldova"} <= {p["name"] for p in meeting["participants"]}


def test_it_reads_two_unknown_people_a_meeting_is_between(extract):
    (meeting,) = extract(
        "A meeting between Dick Spring and Patrick Mayhew is now pencilled in for late January.",
        date(1993, 12, 16),
        "en",
    )
    assert (meeting["date"], meeting["status"]) == ("1994-01", "scheduled")
    assert {"Dick Spring", "Patrick Mayhew"} <= {p["name"] for p in meeting["participants"]}


def test_it_reads_two_leaders_talking_on_the_margins_of_someone_elses_inauguration(extract):
    text = (
        "Nestor Kirchner and Tabare Vazquez talked on the margins of Michelle Bachelet's "
        "inauguration in March 2006."
    )
    (meeting,) = extract(text, date(2007, 4, 20), "en")
    assert meeting["kind"] == "meeting"
    assert {p["name"] for p in meeting["participants"] if p["type"] == "person"} == {
        "Nestor Kirchner",
        "Tabare Vazquez",
    }


def test_it_reads_ils_in_its_own_clause_when_the_next_clause_names_other_people(extract):
    text = (
        "George Shultz et Edouard Chevardnadze se sont entretenus hier à Genève. Ils s'étaient "
        "vus pour la première fois en juillet à Helsinki, et M. Shultz avait été reçu par "
        "M. Gorbatchev à Moscou en octobre."
    )
    sides = {
        e["date"]: {p["name"] for p in e["participants"]}
        for e in extract(text, date(1985, 11, 20), "fr")
    }
    assert {"George Shultz", "Eduard Shevardnadze"} <= sides["1985-07"]


def test_it_reads_a_regional_group_of_unnamed_leaders_as_its_states(extract):
    text = "Bill Clinton met the three Baltic presidents in Riga on Wednesday."
    (meeting,) = extract(text, date(1994, 7, 8), "en")
    assert {"Estonia", "Latvia", "Lithuania"} <= {p["name"] for p in meeting["participants"]}


def test_it_reads_no_states_in_a_region_that_names_no_people(extract):
    text = "Bill Clinton met Boris Yeltsin on a ship in the Baltic Sea on Wednesday."
    (meeting,) = extract(text, date(1994, 7, 8), "en")
    assert "Estonia" not in {p["name"] for p in meeting["participants"]}


def test_it_gives_an_infinitive_of_purpose_the_subject_of_the_trip(extract):
    # one meeting, the traveller's and the host's, not a trip and a one-sided meeting
    for text, language in (
        ("Lena Okafor travelled to Berlin on Monday to meet Olaf Scholz.", "en"),
        ("Lena Okafor s'est rendue lundi à Berlin pour rencontrer Olaf Scholz.", "fr"),
    ):
        events = extract(text, date(2024, 3, 14), language)
        assert [
            (e["date"], {"Lena Okafor", "Olaf Scholz"} <= {p["name"] for p in e["participants"]})
            for e in events
        ] == [("2024-03-11", True)]
    # a call's purpose is the call's: one event
    events = extract(
        "Lena Okafor called Olaf Scholz on Monday to discuss trade.", date(2024, 3, 14), "en"
    )
    assert [e["kind"] for e in events] == ["call"]


def test_it_keeps_the_subject_the_parse_gives_to_a_participle_apposed_before_the_verb(extract):
    # the French parse hangs "Le négociateur russe Pavel Orlov" on "arrivé", not on "rendu"
    events = extract(
        "Le négociateur russe Pavel Orlov, arrivé dimanche, s'est rendu lundi à Tiraspol.",
        date(2024, 3, 14),
        "fr",
    )
    assert [("Pavel Orlov" in {p["name"] for p in e["participants"]}) for e in events] == [True]


def test_it_takes_the_name_apposed_to_a_role_after_a_meal_verb(extract):
    # "a déjeuné avec" is a verb: its sides run to the end of its clause, past the comma
    (event,) = extract(
        "Lena Okafor a déjeuné avec le Premier ministre kényan, Paul Mwangi.",
        date(2024, 3, 14),
        "fr",
    )
    assert {"Lena Okafor", "Paul Mwangi"} <= {p["name"] for p in event["participants"]}


def test_it_lists_who_attends_a_summit_among_its_sides(extract):
    for text, language in (
        (
            "Prime Minister Paul Mwangi, who is due to attend the SADC summit in Harare on "
            "Friday, left Nairobi on Thursday.",
            "en",
        ),
        (
            "Le Premier ministre Paul Mwangi participera vendredi au sommet de la SADC à Harare.",
            "fr",
        ),
    ):
        summits = [e for e in extract(text, date(2024, 3, 14), language) if e["kind"] == "summit"]
        assert [
            {"Paul Mwangi", "SADC"} <= {p["name"] for p in s["participants"]} for s in summits
        ] == [True]
    # who invites someone to attend is not there
    (summit,) = extract(
        "Paul Mwangi invited Lena Okafor to attend the SADC summit in Harare on Friday.",
        date(2024, 3, 14),
        "en",
    )
    assert "Paul Mwangi" not in {p["name"] for p in summit["participants"]}


def test_it_keeps_who_comes_alongside_at_the_one_meeting(extract):
    events = extract(
        "Lena Okafor met Paul Mwangi in Nairobi on Monday, alongside the Ugandan envoy "
        "Grace Atim and the AU's Omar Haddad.",
        date(2024, 3, 14),
        "en",
    )
    assert [
        {"Lena Okafor", "Paul Mwangi", "Grace Atim"} <= {p["name"] for p in e["participants"]}
        for e in events
    ] == [True]


def test_it_gives_a_french_relative_clause_its_antecedent_as_subject(extract):
    events = extract(
        "Lena Okafor, qui a rencontré Olaf Scholz lundi à Berlin, se rendra mercredi à Varsovie.",
        date(2024, 3, 14),
        "fr",
    )
    by_kind = {e["kind"]: e for e in events}
    assert {"Lena Okafor", "Olaf Scholz"} <= {p["name"] for p in by_kind["meeting"]["participants"]}
    # the trip goes to the city after its verb, not to the nearer one told before it
    assert (by_kind["visit"]["date"], by_kind["visit"]["location"]) == ("2024-03-20", "Warsaw")


def test_it_reads_a_dinner_between_two_people_as_their_meeting(extract):
    for text, language in (
        ("A dinner between Lena Okafor and Olaf Scholz, planned for Friday, was cancelled.", "en"),
        ("Le dîner entre Lena Okafor et Olaf Scholz, prévu vendredi, a été annulé.", "fr"),
    ):
        events = extract(text, date(2024, 3, 14), language)
        assert [
            (e["status"], {"Lena Okafor", "Olaf Scholz"} <= {p["name"] for p in e["participants"]})
            for e in events
        ] == [("cancelled", True)]


def test_it_takes_the_president_before_a_verb_for_the_president_named_before(extract):
    events = extract(
        "Emmanuel Macron landed in Algiers on Thursday. The president met Abdelmadjid "
        "Tebboune at the El Mouradia palace on Friday.",
        date(2022, 8, 27),
        "en",
    )
    friday = [e for e in events if e["date"] == "2022-08-26"]
    assert [
        sorted(p["name"] for p in e["participants"] if p["type"] == "person") for e in friday
    ] == [["Abdelmadjid Tebboune", "Emmanuel Macron"]]


def test_it_keeps_every_member_of_a_list_of_states_that_meet_together(extract):
    (meeting,) = extract(
        "Le Sénégal, la Gambie, le Mali et la Guinée se sont réunis mardi à Dakar.",
        date(2024, 3, 14),
        "fr",
    )
    assert {p["name"] for p in meeting["participants"]} == {"Senegal", "Gambia", "Mali", "Guinea"}


def test_it_resolves_a_role_and_demonym_followed_by_another_person_s_name(extract):
    (meeting,) = extract(
        "Un entretien entre le président français et le roi marocain Mohammed VI a eu lieu "
        "jeudi à Rabat.",
        date(2023, 10, 28),
        "fr",
    )
    assert "Emmanuel Macron" in {p["name"] for p in meeting["participants"]}


def test_it_gives_a_meeting_that_names_no_side_the_sides_of_the_story(extract):
    events = extract(
        "Chilean and Peruvian negotiators held talks in Lima on Monday on the maritime "
        "boundary. A technical meeting on fisheries that had been set for May 12 in "
        "Valparaiso has been called off, officials said.",
        date(2025, 5, 7),
        "en",
    )
    called_off = [e for e in events if e["date"] == "2025-05-12"]
    assert [(e["status"], {p["name"] for p in e["participants"]}) for e in called_off] == [
        ("cancelled", {"Chile", "Peru"})
    ]


def test_it_gives_a_french_meeting_that_names_no_side_the_sides_of_the_story(extract):
    events = extract(
        "Les négociateurs chiliens et péruviens se sont retrouvés lundi à Lima pour parler de "
        "la frontière maritime. Une réunion technique sur la pêche doit se tenir le 12 mai à "
        "Valparaiso, a indiqué le ministère.",
        date(2025, 5, 7),
        "fr",
    )
    ahead = [e for e in events if e["date"] == "2025-05-12"]
    assert [(e["status"], {p["name"] for p in e["participants"]}) for e in ahead] == [
        ("scheduled", {"Chile", "Peru"})
    ]


def test_it_makes_one_meeting_with_each_person_met_across_a_relative_clause(extractor):
    # the relative clause about the first guest ends at ", and": the second guest follows
    article, sentence, trigger = reading(
        "Olaf Scholz met Joe Biden, whose term ends in January, and Chinese President Xi "
        "Jinping in Berlin on Friday.",
        extractor.gazetteer,
    )
    groups = split_bilateral(trigger, sentence, parties_in(article, sentence))
    assert [{p.name for p in group if p.type == "person"} for group in groups] == [
        {"Olaf Scholz", "Joe Biden"},
        {"Olaf Scholz", "Xi Jinping"},
    ]


def test_it_meets_no_one_named_in_a_relative_clause_that_ends_with_another_verb(extractor):
    article, sentence, trigger = reading(
        "Olaf Scholz met Joe Biden, who had spoken to Xi Jinping, and then returned to Berlin.",
        extractor.gazetteer,
    )
    (group,) = split_bilateral(trigger, sentence, parties_in(article, sentence))
    assert {p.name for p in group if p.type == "person"} == {"Olaf Scholz", "Joe Biden"}


def test_it_gives_the_next_session_the_states_not_the_people_of_the_last(extract):
    # who sat at this year's meeting need not sit at next year's; their states do
    events = extract(
        "Emmanuel Macron received Pedro Sánchez in Montauban on Monday for the annual summit. "
        "The next one will take place in Spain next year.",
        date(2024, 3, 14),
        "en",
    )
    (next_one,) = [e for e in events if e["date"] == "2025"]
    assert {p["name"] for p in next_one["participants"]} == {"France", "Spain"}


def test_it_takes_the_name_apposed_to_the_role_a_meeting_noun_is_held_with(extract):
    # the comma after the role sets off the name of the one the talks were held with
    (talks,) = extract(
        "On Monday Rajnath Singh held talks with his Chinese counterpart, Li Wenbo, at a hotel "
        "in Moscow.",
        date(2020, 9, 9),
        "en",
    )
    assert {"Rajnath Singh", "Li Wenbo"} <= {p["name"] for p in talks["participants"]}


def test_it_takes_no_reporter_after_the_role_a_meeting_noun_is_held_with(extract):
    # "..., Modi's office said": a reporting clause after the comma, no apposed name
    (talks,) = extract(
        "Narendra Modi held talks on Friday with the Nepali prime minister, Modi's office said.",
        date(2024, 8, 12),
        "en",
    )
    assert [p["name"] for p in talks["participants"] if p["type"] == "person"] == ["Narendra Modi"]


def test_it_lists_who_must_attend_a_summit_among_its_sides_in_french(extract):
    # "doit participer": the planning verb keeps the subject of the infinitive
    (summit,) = extract(
        "Le président sud-africain Cyril Ramaphosa doit participer au sommet du G20 le 9 "
        "septembre à New Delhi.",
        date(2023, 9, 5),
        "fr",
    )
    assert "Cyril Ramaphosa" in {p["name"] for p in summit["participants"]}


def test_it_lists_who_travels_to_attend_a_summit_among_its_sides(extract):
    # "se rendra à Addis-Abeba pour participer": the purpose of the trip keeps its subject
    events = extract(
        "Le président kényan William Ruto se rendra samedi à Addis-Abeba pour participer au "
        "sommet de l'Union africaine.",
        date(2024, 2, 14),
        "fr",
    )
    (summit,) = [e for e in events if e["kind"] == "summit"]
    assert "William Ruto" in {p["name"] for p in summit["participants"]}


def test_it_takes_no_side_from_whose_funeral_the_leaders_met_at(extract):
    (meeting,) = extract(
        "Thabo Mbeki and Robert Mugabe met briefly on Tuesday during Julius Nyerere's funeral "
        "in Dar es Salaam.",
        date(1999, 10, 20),
        "en",
    )
    assert "Julius Nyerere" not in {p["name"] for p in meeting["participants"]}


def test_it_takes_no_side_from_whose_funeral_the_leaders_met_at_in_french(extract):
    (meeting,) = extract(
        "Jacques Chirac a rencontré Boris Eltsine mardi à Amman, aux obsèques du roi Hussein.",
        date(1999, 2, 10),
        "fr",
    )
    names = {p["name"] for p in meeting["participants"]}
    assert {"Jacques Chirac", "Boris Yeltsin"} <= names
    assert not names & {"Hussein of Jordan", "King Hussein", "Hussein bin Talal"}


def test_it_takes_the_name_apposed_to_the_role_after_an_honorific(extract):
    (talks,) = extract(
        "On Monday Rajnath Singh held talks with his Kenyan counterpart, Dr Amina Waweru, in "
        "Nairobi.",
        date(2020, 9, 9),
        "en",
    )
    assert {"Rajnath Singh", "Amina Waweru"} <= {p["name"] for p in talks["participants"]}


def test_it_gives_a_trip_s_purpose_its_subject_when_the_parse_hangs_it_on_a_time_noun(extract):
    (trip,) = extract(
        "Ecuadorean Foreign Minister Galo Leoro flew to Washington earlier this month to meet "
        "Secretary of State Warren Christopher.",
        date(1995, 2, 18),
        "en",
    )
    assert {"Galo Leoro", "Warren Christopher"} <= {p["name"] for p in trip["participants"]}


def test_it_takes_no_state_for_a_former_office_holder_named_by_his_nationality(extract):
    for text, language in (
        (
            "Le médiateur de l'Union africaine, l'ancien président sud-africain Thabo Mbeki, a "
            "été reçu mardi à Khartoum par le général Abdel Fattah al-Burhan.",
            "fr",
        ),
        (
            "The mediator, former South African president Thabo Mbeki, met General Abdel Fattah "
            "al-Burhan in Khartoum on Tuesday.",
            "en",
        ),
    ):
        (meeting,) = extract(text, date(2024, 3, 14), language)
        names = {p["name"] for p in meeting["participants"]}
        assert "Thabo Mbeki" in names, text
        assert "South Africa" not in names, text


def test_it_takes_no_side_from_a_nationality_that_qualifies_a_place_or_a_paper(extract):
    (visit,) = extract(
        "Kim Jong-un, arrivé mardi en train à la frontière chinoise, entame vendredi une "
        "visite officielle au Vietnam.",
        date(2019, 2, 28),
        "fr",
    )
    assert "China" not in {p["name"] for p in visit["participants"]}
    (meeting,) = extract(
        "Emirati officials met Abiy Ahmed on Sunday at the Eritrean port of Assab.",
        date(2018, 7, 10),
        "en",
    )
    assert "Eritrea" not in {p["name"] for p in meeting["participants"]}


def test_it_reads_two_people_received_one_after_the_other_by_an_unnamed_host_apart(extract):
    # the host is unnamed: each was received, the two received did not meet each other
    events = extract(
        "L'émissaire a reçu mardi le président Félix Tshisekedi, puis le chef rebelle "
        "Corneille Nangaa.",
        date(2024, 3, 14),
        "fr",
    )
    assert sorted(
        sorted(p["name"] for p in e["participants"] if p["type"] == "person") for e in events
    ) == [["Corneille Nangaa"], ["Felix Tshisekedi"]]


def test_it_keeps_then_president_as_one_meeting_of_the_two(extract):
    events = extract(
        "The summit followed the meeting between Kim Jong-il and then-President Kim Dae-jung in "
        "June 2000.",
        date(2007, 8, 18),
        "en",
    )
    assert [
        sorted(p["name"] for p in e["participants"] if p["type"] == "person") for e in events
    ] == [["Kim Dae-jung", "Kim Jong Il"]]


def test_it_gives_a_minister_of_another_ministry_no_name_of_the_foreign_minister(extract):
    # told in 2024: the foreign minister the gazetteer knows is not the finance minister
    text = "Le ministre russe des Finances a rencontré mardi à Genève Olaf Scholz."
    (sides,) = sides_by_date(extract, text, "fr").values()
    assert "Sergei Lavrov" not in sides
    assert "Russia" in sides


def test_it_reads_the_ministry_after_coordinated_nationalities(extract):
    text = "Les ministres russe et allemand des Affaires étrangères se sont vus mardi à Genève."
    (sides,) = sides_by_date(extract, text, "fr").values()
    assert "Sergei Lavrov" in sides
    text = "Les ministres russe et allemand de l'Intérieur se sont vus mardi à Genève."
    (sides,) = sides_by_date(extract, text, "fr").values()
    assert "Sergei Lavrov" not in sides
    assert {"Russia", "Germany"} <= sides


def test_it_gives_a_trip_with_no_traveller_named_to_the_story_s_protagonist(extract):
    text = (
        "Le ministre belge des Affaires étrangères, Hadja Lahbib, a reçu lundi à Bruxelles "
        "son homologue jordanien Ayman Safadi. La visite de travail au Maroc, prévue mercredi, "
        "est reportée."
    )
    events = extract(text, date(2024, 3, 14), "fr")
    (trip,) = [e for e in events if e["kind"] == "visit"]
    assert {"Hadja Lahbib", "Morocco"} <= {p["name"] for p in trip["participants"]}


def test_it_gives_a_trip_of_a_delegation_named_after_it_to_no_protagonist(extract):
    text = (
        "Le ministre belge des Affaires étrangères, Hadja Lahbib, a reçu lundi à Bruxelles "
        "son homologue jordanien Ayman Safadi. La visite au Maroc d'une délégation "
        "parlementaire, prévue mercredi, est reportée."
    )
    events = extract(text, date(2024, 3, 14), "fr")
    assert all(
        "Hadja Lahbib" not in {p["name"] for p in e["participants"]}
        for e in events
        if e["kind"] == "visit"
    )


def test_it_puts_whoever_will_attend_a_ministers_meeting_at_it(extract):
    # the noun is a meeting, not a summit, and the day and city stand between verb and noun
    (meeting,) = extract(
        "La ministre des Affaires étrangères, Catherine Colonna, participera mardi à Bruxelles "
        "à la réunion des ministres de l'Otan.",
        date(2023, 4, 1),
        "fr",
    )
    assert {"Catherine Colonna", "NATO"} <= {p["name"] for p in meeting["participants"]}


def test_it_reads_a_country_named_before_a_role_as_the_holders_not_a_second_guest(extract):
    # "United States envoy X" says whose envoy X is, as "American envoy X" would
    (meeting,) = extract(
        "On Sunday Laurent Kabila met United States envoy Howard Wolpe in Kinshasa.",
        date(1998, 11, 4),
        "en",
    )
    assert {"Howard Wolpe", "United States"} <= {p["name"] for p in meeting["participants"]}


def test_it_puts_whoever_will_be_somewhere_for_a_summit_at_it(extract):
    for text, language, person in (
        ("Prime Minister Mark Carney will be in Brussels on Thursday for a NATO summit.", "en",
         "Mark Carney"),
        ("Le chancelier Olaf Scholz sera lundi à Bruxelles pour le sommet de l'Otan.", "fr",
         "Olaf Scholz"),
    ):  # fmt: skip
        (summit,) = extract(text, date(2025, 6, 20), language)
        assert {person, "NATO"} <= {p["name"] for p in summit["participants"]}, text


def test_it_reads_names_written_with_central_european_letters(extract):
    # "Š", "Ž", "č": letters beyond Latin-1, in names the gazetteer does not know; the role
    # apposed to a name says who that person is, not that the office holder came too
    (meeting,) = extract(
        "The Serbian envoy, Dragan Šutanovac, was received by the Slovenian president, "
        "Žiga Šuštar, in Ljubljana on Monday.",
        date(2025, 3, 12),
        "en",
    )
    people = {p["name"] for p in meeting["participants"] if p["type"] == "person"}
    assert people == {"Dragan Šutanovac", "Žiga Šuštar"}
