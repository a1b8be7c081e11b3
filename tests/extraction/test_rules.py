"""Rules of news prose the engine follows, one sentence (written for these tests) each.
Published Thursday 14 March 2024: Mon 11, Tue 12, Wed 13, [Thu 14], Fri 15, Sat 16, Mon 18."""

from datetime import date

import pytest

THURSDAY = date(2024, 3, 14)


def names(event):
    return {p["name"] for p in event["participants"]}


def test_it_splits_separate_calls_with_two_leaders(extract):
    events = extract(
        "Olaf Scholz held separate phone calls with Joe Biden and Xi Jinping on Tuesday.",
        THURSDAY,
        "en",
    )
    assert sorted(tuple(sorted(names(e) & {"Joe Biden", "Xi Jinping"})) for e in events) == [
        ("Joe Biden",),
        ("Xi Jinping",),
    ]


def test_it_gives_each_conjunct_its_own_date(extract):
    events = extract(
        "Olaf Scholz s'est entretenu mardi au téléphone avec Joe Biden, puis "
        "mercredi avec Xi Jinping.",
        THURSDAY,
        "fr",
    )
    dates = {next(iter(names(e) & {"Joe Biden", "Xi Jinping"})): e["date"] for e in events}
    assert dates == {"Joe Biden": "2024-03-12", "Xi Jinping": "2024-03-13"}


def test_it_reads_est_attendu_a_as_a_scheduled_visit(extract):
    (event,) = extract("Le président William Ruto est attendu lundi à Kigali.", THURSDAY, "fr")
    assert (event["kind"], event["status"], event["date"], event["location"]) == (
        "visit",
        "scheduled",
        "2024-03-18",
        "Kigali",
    )
    assert "Rwanda" in names(event)


def test_it_dates_a_meeting_by_its_first_day_when_told_when_it_ended(extract):
    (event,) = extract(
        "Three days of talks between Russia and Ukraine ended in Istanbul on Wednesday.",
        THURSDAY,
        "en",
    )
    assert (event["date"], event["end_date"]) == ("2024-03-11", "2024-03-13")


def test_it_leaves_a_relative_clause_date_to_its_own_verb(extract):
    (event,) = extract(
        "Keir Starmer, who took office in July, met Olaf Scholz in Berlin on Wednesday.",
        date(2024, 8, 29),
        "en",
    )
    assert event["date"] == "2024-08-28"


def test_it_does_not_date_a_meeting_by_the_start_of_a_period(extract):
    events = extract(
        "It was their first meeting since the war began in February 2022; "
        "Olaf Scholz met Joe Biden on Tuesday.",
        THURSDAY,
        "en",
    )
    assert [e["date"] for e in events] == ["2024-03-12"]


def test_it_gives_a_bracketed_date_to_the_noun_it_follows(extract):
    events = extract(
        "Ce déplacement fait suite au sommet franco-italien [du 2 mars] tenu à Rome.",
        THURSDAY,
        "fr",
    )
    assert [(e["kind"], e["date"]) for e in events] == [("summit", "2024-03-02")]


def test_it_resolves_the_two_countries_to_the_last_sides(extract):
    text = (
        "La France et l'Italie ont tenu lundi des pourparlers à Rome. Les deux pays "
        "se retrouveront le 2 avril à Paris."
    )
    events = extract(text, THURSDAY, "fr")
    later = [e for e in events if e["date"] == "2024-04-02"]
    assert later and {"France", "Italy"} <= names(later[0])


def test_it_takes_the_story_protagonist_for_a_meeting_with_someone(extract):
    text = (
        "Antony Blinken met Abdullah II in Amman on Wednesday. A meeting with Mahmoud "
        "Abbas planned for Friday was called off."
    )
    cancelled = [e for e in extract(text, THURSDAY, "en") if e["status"] == "cancelled"]
    assert cancelled and {"Antony Blinken", "Mahmoud Abbas"} <= names(cancelled[0])


def test_it_hedges_a_meeting_that_is_only_hoped_for(extract):
    assert extract("Olaf Scholz hopes to meet Xi Jinping next month.", THURSDAY, "en") == []


def test_it_keeps_trips_to_two_countries_apart(extract):
    events = extract(
        "Joe Biden cancelled a trip to Sydney next week, which was also to have "
        "included a visit to Papua New Guinea.",
        THURSDAY,
        "en",
    )
    destinations = sorted(
        n for e in events for n in names(e) if n != "Joe Biden" and n != "United States"
    )
    assert "Australia" in destinations and "Papua New Guinea" in destinations


def test_it_treats_a_body_meeting_alone_as_a_conference(extract):
    (event,) = extract(
        "Les ministres de l'Union africaine se réuniront vendredi à Addis-Abeba.", THURSDAY, "fr"
    )
    assert event["kind"] == "conference"
    assert names(event) == {"African Union"}


def test_it_takes_the_kind_named_by_a_meeting_verbs_purpose(extract):
    (event,) = extract(
        "Cyril Ramaphosa et Paul Kagame doivent se retrouver le 2 avril à Kigali pour un "
        "sommet sur la sécurité régionale.",
        THURSDAY,
        "fr",
    )
    assert (event["kind"], event["status"], event["date"]) == ("summit", "scheduled", "2024-04-02")
    (event,) = extract(
        "SADC heads of state are due to meet in Maputo on April 9 for a summit on food prices.",
        THURSDAY,
        "en",
    )
    assert event["kind"] == "summit"


def test_it_never_dates_a_meeting_by_the_dateline(extract):
    events = extract(
        "ACCRA, March 14, 2024 - President Nana Akufo-Addo hosted Nigerian President Bola "
        "Tinubu on Tuesday for talks on regional trade.",
        THURSDAY,
        "en",
    )
    assert [e["date"] for e in events] == ["2024-03-12"]


def test_it_makes_a_scheduled_twin_for_a_bare_new_month(extract):
    events = extract(
        "A state visit by Bola Tinubu to Paris, first planned for April 3, has been pushed back "
        "to June, the presidency said.",
        THURSDAY,
        "en",
    )
    assert sorted((e["date"], e["status"]) for e in events) == [
        ("2024-04-03", "cancelled"),
        ("2024-06", "scheduled"),
    ]


def test_it_puts_the_new_month_of_a_postponement_ahead(extract):
    events = extract(
        "Le sommet de l'Union africaine, prévu le 2 mars à Malabo, a été repoussé à février.",
        THURSDAY,
        "fr",
    )
    assert ("2025-02", "scheduled") in {(e["date"], e["status"]) for e in events}


def test_it_reads_se_rendre_with_a_date_before_the_destination(extract):
    (event,) = extract(
        "La présidente tanzanienne Samia Suluhu Hassan se rendra la semaine prochaine au Japon.",
        THURSDAY,
        "fr",
    )
    assert (event["kind"], event["status"], event["date"]) == ("visit", "scheduled", "2024-03")
    assert not extract(
        "Le ministre s'est rendu compte mardi de la situation en Libye.", THURSDAY, "fr"
    )


def test_it_titles_a_visit_by_its_visitor_and_destination(extract):
    (event,) = extract("Yoweri Museveni visited Nairobi on Tuesday.", THURSDAY, "en")
    assert event["title"] == "Visit of Yoweri Museveni to Nairobi"
    (event,) = extract("Emmerson Mnangagwa s'est rendu mardi à Pékin.", THURSDAY, "fr")
    assert event["title"] == "Visite d'Emmerson Mnangagwa à Pékin"


def test_it_leaves_a_participles_date_to_the_noun_it_qualifies(extract):
    events = extract(
        "Ces pourparlers algéro-marocains, accueillis mardi par la Mauritanie, visent à renouer "
        "les liens commerciaux suspendus en 2021 entre les deux voisins.",
        THURSDAY,
        "fr",
    )
    # The talks are Tuesday's; 2021 dates the suspended ties, not the talks.
    assert [(e["kind"], e["date"]) for e in events] == [("talks", "2024-03-12")]


def test_it_never_dates_a_meeting_by_the_start_of_a_period_after_a_comma(extract):
    events = extract(
        "Le Soudan et le Soudan du Sud ont tenu mardi des négociations à Djouba, les premières "
        "depuis la fermeture de la frontière, en juin 2022.",
        THURSDAY,
        "fr",
    )
    assert [e["date"] for e in events] == ["2024-03-12"]


def test_it_reads_il_s_agissait_as_a_pointer_to_a_reported_meeting(extract):
    events = extract(
        "Cyril Ramaphosa a reçu mardi à Pretoria Hakainde Hichilema. Il s'agissait de la "
        "première visite du président zambien depuis son élection, en août 2021.",
        THURSDAY,
        "fr",
    )
    assert [e["date"] for e in events] == ["2024-03-12"]


def test_it_reads_s_entretenir_a_city_as_face_to_face(extract):
    events = extract(
        "Mardi, Paul Kagame s'est entretenu à Luanda avec João Lourenço. Le lendemain, il a "
        "téléphoné à Félix Tshisekedi.",
        THURSDAY,
        "fr",
    )
    kinds = {e["date"]: e["kind"] for e in events}
    assert kinds["2024-03-12"] == "meeting"


def test_it_dates_a_meeting_in_an_n_days_after_adjunct_from_the_main_clause(extract):
    events = extract(
        "Nicolas Maduro will meet Brazilian President Luiz Inacio Lula da Silva in Brasilia on "
        "Monday, two days after Lula's summit with Gustavo Petro in Bogota.",
        THURSDAY,
        "en",
    )
    by_date = {e["date"]: names(e) for e in events}
    assert "Gustavo Petro" not in by_date["2024-03-18"]
    assert {"Luiz Inacio Lula da Silva", "Gustavo Petro"} <= by_date["2024-03-16"]


def test_it_ties_a_country_before_a_capitalised_role_to_its_person(extract):
    (event,) = extract(
        "Kenyan President William Ruto will meet U.S. President Joe Biden on Monday.",
        THURSDAY,
        "en",
    )
    assert {"William Ruto", "Joe Biden"} <= names(event)


def test_it_dates_talks_in_an_after_adjunct_by_their_own_date(extract):
    events = extract(
        "The two Sudanese factions signed a truce on Wednesday, after nearly a week of "
        "Saudi-brokered talks in Jeddah that began on Thursday, March 7.",
        THURSDAY,
        "en",
    )
    assert {e["date"] for e in events if e["kind"] == "talks"} == {"2024-03-07"}


def test_it_never_dates_talks_in_an_after_adjunct_by_the_main_verb(extract):
    events = extract(
        "The two Sudanese factions signed a truce on Wednesday, after talks in Jeddah.",
        THURSDAY,
        "en",
    )
    assert "2024-03-13" not in {e["date"] for e in events if e["kind"] == "talks"}


@pytest.mark.parametrize(
    "text, language",
    [
        ("On Tuesday, before the signing, Ana Ruiz and Omar Haddad met alone for an hour.", "en"),
        ("On Tuesday, before the ceremony, Ana Ruiz and Omar Haddad met alone for an hour.", "en"),
        ("Mardi, avant la cérémonie, Ana Ruiz et Omar Haddad se sont entretenus en privé.", "fr"),
    ],
)
def test_it_dates_the_main_clause_by_the_day_fronted_before_a_before_adjunct(
    extract, text, language
):
    assert [e["date"] for e in extract(text, THURSDAY, language)] == ["2024-03-12"]


def test_it_reads_the_rest_of_a_long_name_as_the_same_person(extract):
    events = extract(
        "Mohammed bin Abdulrahman Al Thani hosted Hamas officials in Doha on Monday. "
        "Emmanuel Macron spoke by phone on Tuesday with Sheikh Tamim bin Hamad Al Thani.",
        THURSDAY,
        "en",
    )
    (call,) = [e for e in events if e["kind"] == "call"]
    assert "Mohammed bin Abdulrahman Al Thani" not in names(call)


def test_it_reads_the_demonym_capital_as_a_city_not_a_side(extract):
    (event,) = extract(
        "The meeting of the African Union, which opened on Monday in the Ethiopian capital, "
        "ended without a statement.",
        THURSDAY,
        "en",
    )
    assert (event["kind"], event["location"]) == ("conference", "Addis Ababa")
    assert "Ethiopia" not in names(event)
    (event,) = extract(
        "Les ministres de la Cédéao se sont réunis mardi dans la capitale nigériane.",
        THURSDAY,
        "fr",
    )
    assert event["location"] == "Abuja" and "Nigeria" not in names(event)


def test_it_gives_a_bare_definite_meeting_the_parties_of_the_last_one(extract):
    events = extract(
        "Paul Kagame and Felix Tshisekedi held a summit in Luanda on Monday. The previous "
        "meeting took place in Nairobi in January.",
        THURSDAY,
        "en",
    )
    earlier = [e for e in events if e["date"] == "2024-01"]
    assert earlier and {"Paul Kagame", "Felix Tshisekedi"} <= names(earlier[0])


def test_it_reads_will_now_take_place_as_a_postponement(extract):
    events = extract(
        "The meeting between Ali Bongo and Paul Biya, which had been set for April 2, will now "
        "take place on May 6.",
        THURSDAY,
        "en",
    )
    assert sorted((e["date"], e["status"]) for e in events) == [
        ("2024-04-02", "cancelled"),
        ("2024-05-06", "scheduled"),
    ]


def test_it_dates_a_meeting_by_its_own_day_not_its_announcement(extract):
    events = extract(
        "The summit between Cyril Ramaphosa and Bola Tinubu was announced in January and will "
        "take place on Friday.",
        THURSDAY,
        "en",
    )
    assert [(e["date"], e["status"]) for e in events] == [("2024-03-15", "scheduled")]


def test_it_never_dates_a_meeting_by_its_announcement(extract):
    events = extract(
        "The summit between Cyril Ramaphosa and Bola Tinubu, announced in January, will be "
        "held in Abuja on Friday.",
        THURSDAY,
        "en",
    )
    assert [e["date"] for e in events] == ["2024-03-15"]


def test_it_finds_no_meeting_in_a_standing_bodys_name(extract):
    (event,) = extract(
        "Le président angolais João Lourenço, médiateur au nom de la Conférence internationale "
        "sur la région des Grands Lacs, s'est longuement entretenu lundi avec Paul Kagame.",
        THURSDAY,
        "fr",
    )
    assert event["kind"] == "meeting"
    assert {"Joao Lourenco", "Paul Kagame"} <= names(event)


def test_it_reads_a_bodys_council_named_by_its_own_name_as_a_sitting(extract):
    # "Peace and Security Council" is a name of the African Union, and a council that sits
    (event,) = extract(
        "The African Union's Peace and Security Council will be briefed on the truce in "
        "Addis Ababa on Friday.",
        THURSDAY,
        "en",
    )
    assert event["kind"] == "conference" and event["status"] == "scheduled"
    assert "African Union" in names(event)


def test_it_names_bodies_as_the_press_and_the_corpus_do(extract):
    # "usual English name or acronym": the corpus writes IMF, PLO, SCO
    (event,) = extract(
        "Yasser Arafat of the Palestine Liberation Organization met officials of the "
        "International Monetary Fund in Tunis on Tuesday.",
        THURSDAY,
        "en",
    )
    assert {"PLO", "IMF"} <= names(event)


def test_it_reads_south_american_and_great_lakes_bodies(extract):
    (event,) = extract("Foreign ministers of UNASUR met in Lima on Tuesday.", THURSDAY, "en")
    assert "UNASUR" in names(event)


def test_it_dates_the_same_day_and_the_next_day_from_the_last_meeting(extract):
    events = extract(
        "Les dirigeants de la SADC se sont réunis mardi à Harare. Le même jour, une mission de "
        "l'Union africaine s'est rendue à Maputo.",
        THURSDAY,
        "fr",
    )
    assert {e["kind"]: e["date"] for e in events}["visit"] == "2024-03-12"
    events = extract(
        "Cyril Ramaphosa met Emmerson Mnangagwa in Harare on Monday. The next day, an ECOWAS "
        "delegation travelled to Niamey.",
        THURSDAY,
        "en",
    )
    assert {e["kind"]: e["date"] for e in events}["visit"] == "2024-03-12"


def test_it_takes_no_side_from_a_relative_clause_after_the_object(extract):
    events = extract(
        "William Ruto spoke by phone on Tuesday with Tanzanian President Samia Suluhu Hassan, "
        "who asked him to help Ugandan traders stuck at the border.",
        THURSDAY,
        "en",
    )
    (event,) = events
    assert "Uganda" not in names(event)
    assert {"William Ruto", "Samia Suluhu Hassan"} <= names(event)


def test_it_reads_such_a_visit_as_a_kind_not_an_event(extract):
    assert not extract(
        "Ghana's football federation expects Nigeria to play in Accra in June, the first such "
        "visit in ten years.",
        THURSDAY,
        "en",
    )


def test_it_adds_those_who_join_the_talks_to_the_known_meeting(extract):
    events = extract(
        "Paul Kagame will meet Felix Tshisekedi in Luanda on Monday. Joao Lourenco is due to "
        "join the talks later in the day.",
        THURSDAY,
        "en",
    )
    (event,) = events
    assert {"Paul Kagame", "Felix Tshisekedi", "Joao Lourenco"} <= names(event)


def test_it_dates_a_meeting_later_today_on_the_day_of_writing_not_the_story_s_last_day(extract):
    events = extract(
        "Paul Kagame met Felix Tshisekedi in Luanda on Monday. William Ruto will meet "
        "Yoweri Museveni in Kampala later today.",
        THURSDAY,
        "en",
    )
    (later,) = [e for e in events if "William Ruto" in names(e)]
    assert (later["date"], later["status"]) == ("2024-03-14", "scheduled")


def test_it_reads_landing_in_or_reaching_a_capital_as_a_visit(extract):
    (visit,) = extract("President William Ruto landed in Berlin on Tuesday.", THURSDAY, "en")
    assert (visit["kind"], visit["date"], visit["location"]) == ("visit", "2024-03-12", "Berlin")
    (visit,) = extract(
        "Mr Ruto, who reached the German capital on Tuesday evening, met Olaf Scholz.",
        THURSDAY,
        "en",
    )
    assert visit["kind"] == "visit"
    assert {"William Ruto", "Olaf Scholz"} <= names(visit)
    assert not extract("The plane landed in Berlin on Tuesday.", THURSDAY, "en")


def test_it_reads_talks_agreed_on_a_day_as_ahead_of_the_agreement(extract):
    events = extract(
        "Kenya and Uganda decided on Tuesday to resume border talks in Geneva in October.",
        THURSDAY,
        "en",
    )
    (talks,) = events
    assert (talks["date"], talks["status"]) == ("2024-10", "scheduled")


def test_it_reads_a_journey_to_a_place_as_a_visit_but_not_a_journey_to_peace(extract):
    events = extract(
        "President William Ruto met Olaf Scholz in Nairobi on Monday. His next European "
        "journey, to Paris, is scheduled for the end of March.",
        THURSDAY,
        "en",
    )
    (visit,) = [e for e in events if e["kind"] == "visit"]
    assert (visit["date"], visit["status"]) == ("2024-03", "scheduled")
    assert {"William Ruto", "France"} <= names(visit)
    assert not extract("It has been a long journey to peace since 2019.", THURSDAY, "en")


def test_it_refers_the_talks_back_to_talks_not_to_a_later_visit(extract):
    events = extract(
        "Les délégations éthiopienne et égyptienne ont tenu mardi des négociations au Caire. "
        "Abiy Ahmed est attendu lundi à Nairobi, où il doit rencontrer William Ruto. "
        "A Addis-Abeba, personne n'a commenté les négociations de mardi.",
        THURSDAY,
        "fr",
    )
    (talks,) = [e for e in events if e["kind"] == "talks"]
    assert "William Ruto" not in names(talks)


def test_it_dates_a_called_off_plan_by_its_nearest_reading(extract):
    events = extract(
        "Les délégations soudanaise et sud-soudanaise ont tenu lundi à Djouba une troisième "
        "session de négociations. Initialement prévue le 2 mars, cette troisième session "
        "avait été reportée à la demande de Khartoum.",
        THURSDAY,
        "fr",
    )
    assert ("2024-03-02", "cancelled") in {(e["date"], e["status"]) for e in events}


def test_it_dates_talks_by_their_own_relative_clause_and_reads_de_city_as_the_venue(extract):
    (event,) = extract(
        "Les négociations de Nairobi, qui se sont tenues du 4 au 6 mars entre Kinshasa et le "
        "M23, n'ont rien donné.",
        THURSDAY,
        "fr",
    )
    assert (event["date"], event["location"]) == ("2024-03-04", "Nairobi")
    assert "Kenya" not in names(event)


def test_it_keeps_an_apposed_country_with_its_person(extract):
    events = extract(
        "Le Premier ministre tchadien a été reçu mardi à Niamey par le chef de la junte "
        "nigérienne, le général Abdourahamane Tiani.",
        THURSDAY,
        "fr",
    )
    assert len(events) == 1


def test_it_resolves_les_deux_pays_to_the_people_of_the_sentence(extract):
    events = extract(
        "Sergio Mattarella a reçu mardi à Tunis Mohamed Ouattara. Emmanuel Macron avait "
        "rencontré Assimi Goïta en 2021 à Paris, avant la rupture entre les deux pays.",
        THURSDAY,
        "fr",
    )
    (earlier,) = [e for e in events if e["date"] == "2021"]
    assert "Tunisia" not in names(earlier) and "Italy" not in names(earlier)


def test_it_leaves_a_later_sentences_own_phone_call_to_that_call(extract):
    events = extract(
        "Abdel Fattah al-Sisi doit s'entretenir jeudi avec Mahmoud Abbas. Recep Tayyip Erdogan "
        "s'est entretenu mardi au téléphone avec Isaac Herzog.",
        THURSDAY,
        "fr",
    )
    kinds = {e["date"]: e["kind"] for e in events}
    assert kinds == {"2024-03-14": "meeting", "2024-03-12": "call"}


def test_it_finds_no_sitting_in_a_security_council_resolution(extract):
    assert not extract(
        "En 2006, la guerre avait pris fin après une résolution du Conseil de sécurité.",
        THURSDAY,
        "fr",
    )


def test_it_titles_french_places_with_their_article(extract):
    (event,) = extract(
        "Les ministres de la Ligue arabe se réuniront dimanche au Caire.", THURSDAY, "fr"
    )
    assert event["title"].endswith("au Caire")


def test_it_takes_no_side_from_the_war_a_visit_is_about(extract):
    (event,) = extract(
        "L'émissaire qatari Mohammed Al-Khulaifi est arrivé mardi à Khartoum pour discuter "
        "d'une trêve entre l'armée et les Forces de soutien rapide.",
        THURSDAY,
        "fr",
    )
    assert "Rapid Support Forces" not in names(event)
    (event,) = extract(
        "Des négociations de cessez-le-feu entre l'Ethiopie et le TPLF se sont ouvertes mardi "
        "à Pretoria.",
        THURSDAY,
        "fr",
    )
    assert {"Ethiopia", "Tigray People's Liberation Front"} <= names(event)


def test_it_resolves_the_three_countries_to_the_last_three_sides(extract):
    events = extract(
        "Talks between Egypt, Ethiopia and Sudan ended in Cairo on Tuesday. The three "
        "countries had first met in Khartoum in January.",
        THURSDAY,
        "en",
    )
    (earlier,) = [e for e in events if e["date"] == "2024-01"]
    assert {"Egypt", "Ethiopia", "Sudan"} <= names(earlier)


def test_it_keeps_this_weeks_cancelled_meeting_apart_from_a_later_visit(extract):
    events = extract(
        "Cyril Ramaphosa is set to visit Angola on March 25, his first visit in a decade. A "
        "meeting of South African and Angolan officials due in Luanda this week was called off.",
        THURSDAY,
        "en",
    )
    assert sorted((e["date"], e["status"]) for e in events) == [
        ("2024-03", "cancelled"),
        ("2024-03-25", "scheduled"),
    ]


def test_it_reads_ministers_of_a_bloc_meeting_about_a_country_as_a_conference(extract):
    (event,) = extract(
        "Les ministres des Affaires étrangères de l'UE, qui se réuniront lundi à Bruxelles, "
        "doivent évaluer les progrès de Belgrade dans les négociations d'adhésion.",
        THURSDAY,
        "fr",
    )
    assert event["kind"] == "conference"
    assert names(event) == {"European Union"}


def test_it_reads_ministers_gathering_as_their_bodys_meeting_and_on_hold_as_cancelled(extract):
    events = extract(
        "SADC foreign ministers will gather in Gaborone next month. A planned visit by Hakainde "
        "Hichilema to Luanda on March 20 has been put on hold.",
        THURSDAY,
        "en",
    )
    assert sorted((e["date"], e["kind"], e["status"]) for e in events) == [
        ("2024-03-20", "visit", "cancelled"),
        ("2024-04", "conference", "scheduled"),
    ]


def test_it_dates_a_meeting_in_the_night_of_one_day_to_the_next(extract):
    (event,) = extract(
        "Paul Biya s'est entretenu dans la nuit de mardi à mercredi avec Denis Sassou Nguesso.",
        THURSDAY,
        "fr",
    )
    assert event["date"] == "2024-03-12"


def test_it_keeps_every_name_after_an_abbreviated_country(extract):
    (event,) = extract(
        "Kuwait's Emir Sheikh Mishal al-Ahmad al-Sabah sat down with U.S. Secretary of State "
        "Antony Blinken in Kuwait City on Tuesday.",
        THURSDAY,
        "en",
    )
    assert "Antony Blinken" in names(event)


def test_it_reads_the_body_on_whose_sidelines_they_met_as_the_venue(extract):
    (event,) = extract(
        "On the sidelines of the U.N. General Assembly in New York in September, William "
        "Ruto met Egyptian President Abdel Fattah al-Sisi.",
        THURSDAY,
        "en",
    )
    assert "UN General Assembly" not in names(event)


def test_it_reads_on_his_first_visit_as_the_same_visit(extract):
    events = extract(
        "Bola Tinubu arrived in Accra on Tuesday on his first visit since taking office.",
        THURSDAY,
        "en",
    )
    assert len(events) == 1


def test_it_takes_no_side_from_a_person_who_only_dates_the_meeting(extract):
    events = extract(
        "Paul Kagame et Joseph Kabila s'étaient rencontrés à Goma en 2016, avant l'arrivée au "
        "pouvoir de M. Tshisekedi.",
        THURSDAY,
        "fr",
    )
    assert events and all("Felix Tshisekedi" not in names(e) for e in events)


def test_it_keeps_a_possible_meeting_that_is_given_a_date(extract):
    (event,) = extract(
        "Le ministre kényan a dit qu'il pourrait rencontrer Emmanuel Macron "
        "dans la seconde quinzaine d'avril.",
        THURSDAY,
        "fr",
    )
    assert (event["date"], event["precision"], event["status"]) == ("2024-04", "month", "scheduled")


def test_it_drops_a_wished_meeting_even_with_a_date(extract):
    assert extract("William Ruto hopes to meet Emmanuel Macron in April.", THURSDAY, "en") == []


def test_it_reads_no_meeting_in_a_photo_caption_line(extract):
    events = extract(
        "Photo caption: President William Ruto being received by Emmanuel Macron in Paris.\n"
        "Kenya and France signed a trade accord on Tuesday.",
        THURSDAY,
        "en",
    )
    assert events == []


def test_it_reads_a_summit_held_by_videoconference_as_a_summit(extract):
    events = extract(
        "L'Union africaine tiendra lundi à Addis-Abeba un sommet extraordinaire.\n"
        "Lors d'un premier sommet tenu par visioconférence mardi, les dirigeants avaient "
        "condamné le coup d'Etat.",
        THURSDAY,
        "fr",
    )
    summits = {(e["date"], e["kind"], e["status"]) for e in events}
    assert ("2024-03-12", "summit", "held") in summits
    assert not any(e["kind"] == "call" for e in events)


def test_it_reads_talks_that_were_supposed_to_begin_as_cancelled_at_a_past_date(extract):
    events = extract(
        "The talks between Sudan and Chad were supposed to begin on August 30, "
        "but the two sides disagreed over the agenda.",
        THURSDAY,
        "en",
    )
    assert [(e["date"], e["kind"], e["status"]) for e in events] == [
        ("2023-08-30", "talks", "cancelled")
    ]


def test_it_reads_etaient_censes_as_a_plan_that_did_not_hold(extract):
    (event,) = extract(
        "Les pourparlers entre le Soudan et le Tchad étaient censés commencer le 10 mars.",
        THURSDAY,
        "fr",
    )
    assert (event["date"], event["status"]) == ("2024-03-10", "cancelled")


def test_it_reads_est_attendu_with_a_relative_week_before_the_place_as_a_visit(extract):
    (event,) = extract(
        "La ministre kényane des Affaires étrangères est attendue la semaine prochaine à "
        "Kigali, où elle doit être reçue par Paul Kagame.",
        THURSDAY,
        "fr",
    )
    assert (event["kind"], event["status"], event["location"]) == ("visit", "scheduled", "Kigali")


def test_it_reads_fly_on_to_a_city_as_a_visit(extract):
    events = extract(
        "President William Ruto met Emmanuel Macron in Paris on Tuesday. He is expected to "
        "fly on to Berlin on Saturday to brief Olaf Scholz.",
        THURSDAY,
        "en",
    )
    visits = [e for e in events if e["kind"] == "visit"]
    assert [(e["date"], e["status"], e["location"]) for e in visits] == [
        ("2024-03-16", "scheduled", "Berlin")
    ]


def test_it_gives_the_next_summit_of_a_series_the_states_of_the_last_one(extract):
    # the annotated sets list the states and bodies of a series' next session, not the people
    # who sat at the last one ("Japan will host the next trilateral summit in 2020")
    events = extract(
        "William Ruto and Samia Suluhu Hassan held a summit in Arusha on Tuesday.\n"
        "Kenya will host the next bilateral summit in 2025, the Tanzanian president said.",
        THURSDAY,
        "en",
    )
    (later,) = [e for e in events if e["date"] == "2025"]
    assert later["kind"] == "summit" and later["status"] == "scheduled"
    assert names(later) == {"Kenya", "Tanzania"}


def test_it_gives_a_meeting_of_the_bodys_ministers_to_the_body(extract):
    events = extract(
        "Les dirigeants de la Cedeao ont tenu mardi un sommet à Abuja.\n"
        "Les ministres des Affaires étrangères de l'organisation doivent se retrouver "
        "samedi à Dakar.",
        THURSDAY,
        "fr",
    )
    (later,) = [e for e in events if e["date"] == "2024-03-16"]
    assert (later["kind"], later["status"], names(later)) == ("conference", "scheduled", {"ECOWAS"})


def test_it_dates_a_meeting_by_the_plan_apposed_to_its_complement(extract):
    events = extract(
        "Les dirigeants de la Cedeao ont tenu mardi un sommet à Abuja.\n"
        "Un premier rendez-vous des chefs d'Etat, prévu le 29 février, avait été reporté.",
        THURSDAY,
        "fr",
    )
    (earlier,) = [e for e in events if e["date"] == "2024-02-29"]
    assert (earlier["kind"], earlier["status"], names(earlier)) == (
        "summit",
        "cancelled",
        {"ECOWAS"},
    )


def test_it_gives_the_previous_gathering_the_parties_of_the_last_summit(extract):
    events = extract(
        "Kenya, Uganda and Tanzania held a trilateral summit in Arusha on Tuesday, and their "
        "leaders discussed trade talks.\n"
        "The previous gathering took place in Kampala in June 2022.",
        THURSDAY,
        "en",
    )
    (earlier,) = [e for e in events if e["date"] == "2022-06"]
    assert (earlier["kind"], earlier["status"], earlier["location"]) == (
        "summit",
        "held",
        "Kampala",
    )
    assert {"Uganda", "Tanzania"} <= names(earlier)


def test_it_reads_no_meeting_in_a_gathering_of_supporters(extract):
    assert extract("A gathering of supporters filled the square on Tuesday.", THURSDAY, "en") == []


def test_it_reads_the_start_of_a_period_as_past_even_after_a_plan(extract):
    events = extract(
        "La signature de l'accord entre le Soudan et le Tchad est prévue lundi à Nairobi, où "
        "leurs délégations se retrouvent depuis le lancement des pourparlers, en octobre.",
        THURSDAY,
        "fr",
    )
    (talks,) = [e for e in events if e["kind"] == "talks"]
    assert (talks["date"], talks["status"]) == ("2023-10", "held")


def test_it_reads_a_countrys_role_noun_before_a_name_as_one_side(extract):
    events = extract(
        "Antony Blinken met Kenya's president, William Ruto, on Tuesday in Nairobi.",
        THURSDAY,
        "en",
    )
    assert len(events) == 1
    assert {"Antony Blinken", "William Ruto"} <= names(events[0])


def test_it_leaves_a_call_without_the_place_of_a_summit_named_after_it(extract):
    events = extract(
        "Anna Berg et Omar Haddad se sont parlé au téléphone mardi. Peu avant l'appel, Anna Berg "
        "avait évoqué le sommet en février à Vienne qui avait réuni les deux dirigeants.",
        THURSDAY,
        "fr",
    )
    places = {(e["kind"], e["date"]): e["location"] for e in events}
    assert places == {("call", "2024-03-12"): None, ("summit", "2024-02"): "Vienna"}


def test_it_reads_une_rencontre_as_a_noun_with_its_own_sides(extract):
    events = extract(
        "Les deux délégations se verront le 20 mars à Vienne, puis le 22 mars "
        "aura lieu une rencontre Russie-Otan, selon la diplomate Anna Berg.",
        THURSDAY,
        "fr",
    )
    sides = {e["date"]: names(e) for e in events}
    assert sides["2024-03-22"] == {"Russia", "NATO"}


def test_it_adds_who_leads_talks_named_again_to_those_talks(extract):
    events = extract(
        "Des pourparlers russo-américains auront lieu le 20 mars à Vienne. Ces discussions, "
        "menées par la diplomate américaine Anna Berg et son homologue russe Omar Haddad, "
        "seront suivies le 22 mars d'une rencontre Russie-Otan.",
        THURSDAY,
        "fr",
    )
    sides = {e["date"]: names(e) for e in events}
    assert sides == {
        "2024-03-20": {"Anna Berg", "Omar Haddad", "Russia", "United States"},
        "2024-03-22": {"Russia", "NATO"},
    }


def test_it_takes_no_side_from_a_participle_clause_after_the_person_met(extract):
    events = extract(
        "Antony Blinken will meet his Chinese counterpart, Wang Yi, on Friday, briefing him "
        "on his Berlin talks with Sergei Lavrov.",
        THURSDAY,
        "en",
    )
    meetings = [e for e in events if e["kind"] == "meeting"]
    assert [names(e) & {"Antony Blinken", "Wang Yi", "Sergei Lavrov"} for e in meetings] == [
        {"Antony Blinken", "Wang Yi"}
    ]


@pytest.mark.parametrize(
    "sentence, sides",
    [
        (
            "Anna Berg will meet her Swiss counterpart, Omar Haddad, on Friday.",
            {"Anna Berg", "Omar Haddad"},
        ),
        (
            "The envoy, Omar Haddad, met the foreign minister, Lena Park, in Oslo on Tuesday.",
            {"Omar Haddad", "Lena Park"},
        ),
        ("Lena Park held talks with Omar Haddad in Oslo on Tuesday.", {"Lena Park", "Omar Haddad"}),
    ],
)
def test_it_finds_people_no_list_knows_by_their_role_or_their_meeting(extract, sentence, sides):
    (event,) = extract(sentence, THURSDAY, "en")
    assert {p["name"] for p in event["participants"] if p["type"] == "person"} == sides


def test_it_takes_no_capitalised_phrase_for_a_person(extract):
    events = extract(
        "The ministers met in Oslo on Tuesday and signed an agreement on Service Passports.",
        THURSDAY,
        "en",
    )
    assert all(p["type"] != "person" for e in events for p in e["participants"])


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Signe que les négociations du 20 mars à Vienne entre l'Iran et la France seront "
            "difficiles, le chef de la diplomatie russe Sergueï Lavrov a exclu toute concession.",
            "fr",
        ),
        (
            "The talks between Iran and France in Vienna on March 20 will be hard, Russian "
            "Foreign Minister Sergei Lavrov warned on Tuesday.",
            "en",
        ),
    ],
)
def test_it_takes_no_side_from_a_clause_that_comments_on_the_meeting(extract, text, language):
    (talks,) = [e for e in extract(text, THURSDAY, language) if e["kind"] == "talks"]
    assert "Sergei Lavrov" not in names(talks)
    assert {"Iran", "France"} <= names(talks)


def test_it_dates_later_in_the_day_by_the_meeting_just_reported(extract):
    events = extract(
        "Antony Blinken arrived in Beijing on Sunday. He will meet Wang Yi later in the afternoon.",
        date(2024, 3, 18),
        "en",
    )
    assert {e["date"] for e in events} == {"2024-03-17"}


def test_it_reads_due_to_as_a_cause_not_a_plan(extract):
    events = extract(
        "Antony Blinken, who rarely cancels trips due to health reasons, visited Chile in January.",
        THURSDAY,
        "en",
    )
    assert [e["date"] for e in events if e["kind"] == "visit"] == ["2024-01"]


@pytest.mark.parametrize(
    "text, language, day, sides",
    [
        (
            "Le gouvernement malien et l'Algérie ont repris mardi leurs pourparlers à Alger. "
            "Les derniers pourparlers avaient eu lieu le 2 février à Oran.",
            "fr",
            "2024-02-02",
            {"Mali", "Algeria"},
        ),
        (
            "Ariel Sharon and Mahmoud Abbas will meet on Monday. An October 2 meeting was "
            "called off after a wave of violence.",
            "en",
            "2023-10-02",
            {"Ariel Sharon", "Mahmoud Abbas"},
        ),
    ],
)
def test_it_gives_a_meeting_named_again_without_sides_the_sides_of_the_story(
    extract, text, language, day, sides
):
    events = extract(text, THURSDAY, language)
    (earlier,) = [e for e in events if e["date"] == day]
    assert sides <= names(earlier)


def test_it_splits_separate_meetings_with_people_and_keeps_each_ones_country(extract):
    events = extract(
        "On Sunday, Antony Blinken held a series of separate bilateral meetings with his "
        "counterparts, including Wang Yi of China and Sergei Lavrov of Russia.",
        THURSDAY,
        "en",
    )
    # the United States with each: Blinken speaks for it (see test_states.py)
    assert sorted(sorted(names(e)) for e in events) == [
        ["Antony Blinken", "China", "United States", "Wang Yi"],
        ["Antony Blinken", "Russia", "Sergei Lavrov", "United States"],
    ]


def test_it_splits_separate_meetings_with_countries_one_each(extract):
    events = extract(
        "On Sunday, Antony Blinken held separate meetings with his counterparts from Mexico "
        "and Chile.",
        THURSDAY,
        "en",
    )
    assert sorted(sorted(names(e) - {"United States"}) for e in events) == [
        ["Antony Blinken", "Chile"],
        ["Antony Blinken", "Mexico"],
    ]


def test_it_dates_an_announced_itinerary_by_its_own_days_not_the_announcement(extract):
    # published Thursday 14 March 2024
    events = extract(
        "Olaf Scholz's office on Thursday announced his programme for the World Economic "
        "Forum in Davos, beginning on Saturday, with a Sunday meeting with Emmanuel Macron.",
        THURSDAY,
        "en",
    )
    dates = {e["kind"]: e["date"] for e in events}
    assert dates == {"conference": "2024-03-16", "meeting": "2024-03-17"}


def test_it_reads_two_hyphenated_surnames_before_a_meeting_as_the_two_people_named_before(
    extract,
):
    events = extract(
        "Lena Park and Omar Haddad held talks in Oslo on Tuesday. Another Park-Haddad "
        "meeting, the third in four days, is scheduled for Saturday.",
        THURSDAY,
        "en",
    )
    later = [e for e in events if e["date"] == "2024-03-16"]
    assert [names(e) for e in later] == [{"Lena Park", "Omar Haddad"}]
    assert "2024-03-18" not in {e["date"] for e in events}  # "in four days" counts, not dates


def test_it_reads_a_french_meeting_named_by_two_surnames_as_two_people():
    from articles.extraction.unknown_people import unknown_people

    text = "Une nouvelle rencontre Berg-Haddad aura lieu samedi à Bruxelles."
    assert [name for _, _, name in unknown_people(text, "fr", [])] == ["Berg", "Haddad"]


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The two leaders met on the sidelines of the Russia-Africa summit in Sochi."),
        ("en", "Delegates gathered for the Asia-Pacific summit in Lima."),
        ("fr", "Les deux hommes se sont vus en marge du sommet Chine-Afrique à Dakar."),
    ],
)
def test_it_takes_no_place_of_a_paired_name_for_a_person(language, text):
    from articles.extraction.unknown_people import unknown_people

    assert unknown_people(text, language, []) == []


def test_it_takes_no_title_for_the_name_of_a_person_it_does_not_know():
    from articles.extraction.unknown_people import unknown_people

    text = (
        "The minister met Deputy Prime Minister Anna Berg, then Secretary of Foreign Affairs "
        "Omar Haddad."
    )
    assert [name for _, _, name in unknown_people(text, "en", [])] == ["Anna Berg", "Omar Haddad"]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "External Affairs Minister K Varma met Defence Minister Omar J. Haddad on Monday.",
            ["K Varma", "Omar J. Haddad"],
        ),
        ("The talks were led by Constitutional Affairs Minister G. L. Perera.", ["G. L. Perera"]),
    ],
)
def test_it_reads_initials_as_part_of_the_name_of_a_person_it_does_not_know(text, expected):
    from articles.extraction.unknown_people import unknown_people

    assert [name for _, _, name in unknown_people(text, "en", [])] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The minister held talks with Kenya's Amara Wekesa on Monday.", ["Amara Wekesa"]),
        (
            "He flew on to brief Nigeria's army chief, General Tunde Bakare, and Ghana's Prime "
            "Minister Kofi Mensah.",
            ["Tunde Bakare", "Kofi Mensah"],
        ),
        ("Dr Lena Okafor met Dame Ruth Ellery in Suva.", ["Lena Okafor", "Ruth Ellery"]),
        (
            "It brought together Omar Haddad of Tunisia and Paul Mwangi of Kenya.",
            ["Omar Haddad", "Paul Mwangi"],
        ),
        ("Uganda's government and Buganda Kingdom officials met; so did the Islamic Republic.", []),
        ("Amara Wekesa, then AU chairman, convened the talks.", ["Amara Wekesa"]),
        ("Lena Okafor, who took office in May, met him.", ["Lena Okafor"]),
        (
            "He met the Foreign Minister of the Republic of Belarus, Ivan Petrov, on Monday.",
            ["Ivan Petrov"],
        ),
        ("Omar Haddad, the U.S. envoy who negotiated the deal, flew on.", ["Omar Haddad"]),
    ],
)
def test_it_reads_a_name_by_a_state_an_honorific_or_an_apposed_role_as_a_person(text, expected):
    from articles.extraction.unknown_people import unknown_people

    assert [name for _, _, name in unknown_people(text, "en", [])] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Le général Amadou Sangaré dirige la junte.", ["Amadou Sangaré"]),
        (
            "Le président kényan Daniel arap Kiprono a reçu les délégations.",
            ["Daniel arap Kiprono"],
        ),
        ("Il doit voir le président José Manuel dos Reis mardi.", ["José Manuel dos Reis"]),
        (
            "La délégation, conduite par l'ancien chef de l'Etat nigérian Tunde Bakare, est "
            "arrivée.",
            ["Tunde Bakare"],
        ),
        (
            "La rencontre entre les ministres de la Défense, Prawit Sombat et Tea Sokha, est "
            "prévue jeudi.",
            ["Prawit Sombat", "Tea Sokha"],
        ),
        (
            "Son ministre de la Défense, João Gomes Cravinho, est attendu à Maputo la semaine "
            "prochaine.",
            ["João Gomes Cravinho"],
        ),
        (
            "Les ministres des trois pays, la Congolaise Thérèse Kayikwamba Wagner et le Rwandais "
            "Olivier Nduhungirehe, se sont réunis.",
            ["Thérèse Kayikwamba Wagner", "Olivier Nduhungirehe"],
        ),
        ("Le secrétaire d'État yougoslave Milo Petrović a reçu les invités.", ["Milo Petrović"]),
        (
            "Le sommet s'est tenu en présence du secrétaire général de l'ONU Kofi Mensah. M. "
            "Chirac a reçu.",
            ["Kofi Mensah"],
        ),
        (
            "Une délégation conduite par le ministre d'État Ali al-Hajj Omar est arrivée.",
            ["Ali al-Hajj Omar"],
        ),
        (
            "Côté européen, le président Valéry Giscard d'Estaing a réuni les dirigeants.",
            ["Valéry Giscard d'Estaing"],
        ),
    ],
)
def test_it_reads_the_french_name_of_a_person_it_does_not_know(text, expected):
    from articles.extraction.nlp import nlp_for
    from articles.extraction.unknown_people import unknown_people

    names = [name for _, _, name in unknown_people(text, "fr", [], nlp_for("fr")(text))]
    assert names == expected


def test_it_reads_each_name_after_a_plural_title_as_a_person():
    from articles.extraction.unknown_people import unknown_people

    text = (
        "Also there were Presidents Amara Wekesa of Kenya, Lena Okafor of Nigeria and Paul "
        "Mwangi of Tanzania."
    )
    assert [name for _, _, name in unknown_people(text, "en", [])] == [
        "Amara Wekesa",
        "Lena Okafor",
        "Paul Mwangi",
    ]


def test_it_reads_put_off_to_as_a_new_date(extract):
    events = extract(
        "The summit of the regional bloc with William Ruto and Yoweri Museveni, due on "
        "Thursday, was on Tuesday put off to Saturday.",
        THURSDAY,
        "en",
    )
    assert ("2024-03-16", "scheduled") in {(e["date"], e["status"]) for e in events}


def test_it_reads_have_not_met_since_as_their_last_meeting(extract):
    events = extract(
        "A summit between Ariel Sharon and Mahmoud Abbas, who have not met since February 2, "
        "was postponed on Tuesday.",
        THURSDAY,
        "en",
    )
    assert ("2024-02-02", "held") in {(e["date"], e["status"]) for e in events}


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Selon le ministre norvégien de l'époque, Johan Jorgen Holst, Shimon Peres a "
            "rencontré Mahmoud Abbas le 2 mars à Oslo.",
            "fr",
        ),
        (
            "According to the Norwegian minister at the time, Johan Jorgen Holst, Shimon Peres "
            "met Mahmoud Abbas in Oslo on March 2.",
            "en",
        ),
    ],
)
def test_it_takes_no_side_from_the_name_apposed_to_a_source(extract, text, language):
    (event,) = extract(text, THURSDAY, language)
    assert "Johan Jorgen Holst" not in names(event)
    assert {"Shimon Peres", "Mahmoud Abbas"} <= names(event)


def test_it_gives_a_bodys_own_meeting_to_the_body(extract):
    events = extract(
        "L'Opep a repoussé mardi ses réunions de juin. Sa réunion semestrielle se tiendra "
        "le 1er avril à Vienne.",
        THURSDAY,
        "fr",
    )
    (meeting,) = [e for e in events if e["date"] == "2024-04-01"]
    assert "OPEC" in names(meeting)


def test_it_reads_reprogrammee_as_a_postponement_with_a_new_date(extract):
    events = extract(
        "Initialement prévue pour janvier, la réunion de l'Opep avait été reprogrammée aux "
        "25 et 26 mars à Vienne.",
        THURSDAY,
        "fr",
    )
    found = {(e["date"], e["status"]) for e in events}
    assert ("2024-01", "cancelled") in found
    assert ("2024-03-25", "scheduled") in found


def test_it_reads_delayed_until_as_the_new_date_not_the_end_of_a_period(extract):
    events = extract(
        "President William Ruto said his talks with Yoweri Museveni would be delayed until "
        "Saturday because more consultations were needed.",
        THURSDAY,
        "en",
    )
    assert ("2024-03-16", "scheduled") in {(e["date"], e["status"]) for e in events}


def test_it_takes_no_name_from_the_complement_of_president_de_la_republique(extract):
    text = "Le Président de la République s'est entretenu lundi avec le chancelier Olaf Scholz."
    names = {p["name"] for e in extract(text, date(2024, 3, 14), "fr") for p in e["participants"]}
    assert not any(name.startswith("de ") for name in names)


def test_it_reads_the_security_council_as_a_sitting_only_when_it_sits(extract):
    (sitting,) = extract(
        "Le Conseil de sécurité de l'ONU se réunira jeudi à New York pour entendre l'émissaire "
        "Hans Grundberg.",
        date(2024, 3, 12),
        "fr",
    )
    assert sitting["date"] == "2024-03-14"
    assert "UN Security Council" in {p["name"] for p in sitting["participants"]}
    for text, language in (
        (
            "France, which holds the file at the U.N. Security Council, backed the plan on "
            "Thursday.",
            "en",
        ),
        ("Le Conseil de sécurité a voté jeudi la création d'une mission de l'ONU.", "fr"),
        (
            "Iran's Supreme National Security Council said on Thursday it had approved the plan.",
            "en",
        ),
    ):
        assert extract(text, date(2024, 3, 16), language) == [], text


def test_it_reads_a_body_named_as_where_people_are_as_its_sitting(extract):
    (sitting,) = extract(
        "The plan was discussed by EU leaders at the European Council in Brussels on 23-24 June.",
        date(2022, 7, 20),
        "en",
    )
    assert (sitting["date"], sitting["kind"], sitting["location"]) == (
        "2022-06-23",
        "conference",
        "Brussels",
    )
    for text in (
        "European Council President Charles Michel said on Monday the plan was sound.",
        "The General Assembly resolution passed on Monday was welcomed in Brussels.",
    ):
        assert extract(text, date(2022, 7, 20), "en") == [], text


def test_it_reads_a_session_of_talks_or_of_a_body_as_a_meeting(extract):
    (first,) = extract(
        "Israeli and Syrian delegations will hold their first session in Washington on Tuesday.",
        date(1991, 12, 6),
        "en",
    )
    assert (first["date"], first["status"]) == ("1991-12-10", "scheduled")
    assert {"Israel", "Syria"} <= {p["name"] for p in first["participants"]}
    (lisbon,) = extract(
        "La session de Lisbonne, à la mi-juillet, avait rapproché le Maroc et le Front Polisario.",
        date(1997, 9, 16),
        "fr",
    )
    assert lisbon["date"] == "1997-07"
    assert {"Morocco", "Polisario Front"} <= {p["name"] for p in lisbon["participants"]}
    for text in (
        "The Moroccan parliament held its first session on Monday.",
        "The afternoon trading session in Tokyo closed higher on Monday.",
    ):
        assert extract(text, date(1997, 9, 16), "en") == [], text


def test_it_reads_an_envoy_sent_to_a_capital_and_coming_to_a_city_as_visits(extract):
    (sent,) = extract(
        "Le président ghanéen avait dépêché mardi à Lomé son ministre des affaires étrangères, "
        "Kwame Osei Mensah.",
        date(2019, 4, 12),
        "fr",
    )
    assert (sent["kind"], sent["date"]) == ("visit", "2019-04-09")
    assert {"Kwame Osei Mensah", "Togo"} <= {p["name"] for p in sent["participants"]}
    (dispatched,) = extract(
        "President Nana Akufo-Addo dispatched his foreign minister, Kwame Osei Mensah, to Lome "
        "on Tuesday.",
        date(2019, 4, 12),
        "en",
    )
    assert (dispatched["kind"], dispatched["date"]) == ("visit", "2019-04-09")
    (coming,) = extract(
        "La ministre Mélanie Joly viendra à Nuuk vendredi.", date(2024, 3, 12), "fr"
    )
    assert (coming["kind"], coming["date"], coming["status"]) == (
        "visit",
        "2024-03-15",
        "scheduled",
    )
    assert (
        extract("The government sent troops to Bamako on Thursday.", date(2013, 6, 19), "en") == []
    )


def test_it_reads_guests_arrivals_audiences_and_tours_as_meetings(extract):
    cases = [
        ("The Kenyan president was a guest of the Ugandan president in Kampala on Tuesday.", "en"),
        ("King Philippe was granted an audience by Pope Leo XIV on Tuesday.", "en"),
        (
            "Chancellor Olaf Scholz was greeted by officials on his arrival in Manila on Tuesday.",
            "en",
        ),
        ("The Japanese prime minister telephoned the new Indonesian president on Tuesday.", "en"),
        ("Le président indonésien Prabowo Subianto a parcouru le Brésil mardi.", "fr"),
    ]
    for text, language in cases:
        events = extract(text, date(2025, 6, 12), language)
        assert [e["date"] for e in events] == ["2025-06-10"], text


def test_it_reads_a_seance_of_talks_or_of_a_conference_as_a_meeting(extract):
    (last,) = extract(
        "La dernière séance s'est tenue mardi à Genève entre les délégations arménienne et "
        "azerbaïdjanaise.",
        date(2024, 3, 14),
        "fr",
    )
    assert last["date"] == "2024-03-12"
    assert {"Armenia", "Azerbaijan"} <= {p["name"] for p in last["participants"]}
    assert (
        extract(
            "La séance plénière de l'Assemblée nationale a été levée mardi.",
            date(2024, 3, 14),
            "fr",
        )
        == []
    )


def test_it_reads_no_before_a_qualified_meeting_noun_as_no_meeting(extract):
    text = (
        "Narendra Modi and Xi Jinping sat a few seats apart on Thursday but held no bilateral "
        "meeting."
    )
    assert extract(text, date(2022, 9, 16), "en") == []
    meetings = extract(
        "Narendra Modi and Xi Jinping held no fewer than three meetings in May.",
        date(2022, 9, 16),
        "en",
    )
    assert meetings and {m["date"] for m in meetings} == {"2022-05"}


def test_it_reads_a_dialogue_opened_or_between_two_sides_as_talks(extract):
    for text in (
        "Le dialogue entre Belgrade et Pristina, facilité par l'Union européenne, a repris jeudi "
        "à Bruxelles.",
        "Le dialogue entre la Serbie et le Kosovo avait été lancé jeudi à Bruxelles.",
    ):
        (talks,) = extract(text, date(2023, 3, 18), "fr")
        assert (talks["kind"], talks["date"]) == ("talks", "2023-03-16"), text
    assert extract("Le président a appelé jeudi au dialogue.", date(2023, 3, 18), "fr") == []


def test_it_reads_each_round_named_by_its_ordinal_alone_as_the_story_s_talks(extract):
    events = extract(
        "Les Etats-Unis et la Russie ont tenu trois cycles de discussions à Genève. Le premier, "
        "le 4 février, a tourné court. Le deuxième, le 11 février, a duré deux heures.",
        date(2024, 3, 14),
        "fr",
    )
    rounds = sorted(
        (e["date"], tuple(sorted(p["name"] for p in e["participants"])))
        for e in events
        if len(e["date"]) == 10
    )
    assert rounds == [
        ("2024-02-04", ("Russia", "United States")),
        ("2024-02-11", ("Russia", "United States")),
    ]


def test_it_leaves_a_date_told_before_another_event_noun_to_that_noun(extract):
    events = extract(
        "MONDAY\n\nHANOI - Anthony Albanese arrives on a two-day visit to Vietnam; he lays a "
        "wreath for the victims of the March 2019 floods.\n\nTUESDAY\n\nHe flies home.",
        date(2024, 3, 10),
        "en",
    )
    assert [(e["kind"], e["date"]) for e in events] == [("visit", "2024-03-11")]


def test_it_reports_a_conference_with_no_named_side_as_hosted_where_it_sits(extract):
    (conference,) = extract(
        "La conférence de Madrid sur le Sahel s'est ouverte lundi.", date(2024, 3, 14), "fr"
    )
    assert (conference["kind"], conference["date"], conference["location"]) == (
        "conference",
        "2024-03-11",
        "Madrid",
    )
    assert [p["name"] for p in conference["participants"]] == ["Spain"]


def _names(event):
    return sorted(p["name"] for p in event["participants"])


def test_it_reads_the_earlier_meeting_named_by_since_the_one(extract):
    events = extract(
        "La présidente Michelle Bachelet a reçu lundi à Santiago le président finlandais Sauli "
        "Niinistö, pour la première visite d'un chef d'État finlandais au Chili depuis celle de "
        "Tarja Halonen en 2004.",
        date(2016, 5, 10),
        "fr",
    )
    by_date = {e["date"]: e for e in events}
    assert set(by_date) == {"2016-05-09", "2004"}
    earlier = by_date["2004"]
    assert (earlier["kind"], earlier["status"], earlier["location"]) == ("visit", "held", None)
    assert "Tarja Halonen" in _names(earlier)
    assert "Tarja Halonen" not in _names(by_date["2016-05-09"])
    assert by_date["2016-05-09"]["location"] == "Santiago"


def test_it_places_the_one_since_in_the_past_and_keeps_its_place_to_itself(extract):
    events = extract(
        "Le ministre chilien Alberto van Klaveren recevra jeudi son homologue péruvien Javier "
        "González-Olaechea, leur premier entretien depuis celui du 8 septembre à Lima.",
        date(2024, 3, 12),
        "fr",
    )
    by_date = {e["date"]: e for e in events}
    assert set(by_date) == {"2024-03-14", "2023-09-08"}
    assert (by_date["2023-09-08"]["status"], by_date["2023-09-08"]["location"]) == ("held", "Lima")
    assert by_date["2024-03-14"]["location"] is None


def test_it_reports_the_summit_before_the_one_opening_now(extract):
    events = extract(
        "Leaders of the Pacific Islands Forum open their summit in Apia on Monday, the first "
        "since the one in Suva in July 2022.",
        date(2024, 3, 12),
        "en",
    )
    assert sorted((e["date"], e["location"]) for e in events) == [
        ("2022-07", "Suva"),
        ("2024-03-11", "Apia"),
    ]


def test_it_still_reads_since_with_no_earlier_meeting_as_the_start_of_a_period(extract):
    (event,) = extract(
        "Antony Blinken met Sameh Shoukry in Cairo on Monday, their first talks since that "
        "spring, when relations cooled.",
        date(2024, 3, 12),
        "en",
    )
    assert event["date"] == "2024-03-11"


def test_it_reads_the_earlier_visit_another_follows_closely(extract):
    events = extract(
        "La visite d'État du président chilien Gabriel Boric, jeudi à Madrid, suit de peu celle "
        "du président argentin Javier Milei, le 3 mai.",
        date(2024, 5, 20),
        "fr",
    )
    by_date = {e["date"]: e for e in events}
    assert set(by_date) == {"2024-05-23", "2024-05-03"}
    assert by_date["2024-05-03"]["status"] == "held"
    assert "Javier Milei" in _names(by_date["2024-05-03"])
    assert not {"Gabriel Boric", "Chile"} & set(_names(by_date["2024-05-03"]))
    assert "Javier Milei" not in _names(by_date["2024-05-23"])


def test_it_takes_no_meeting_from_that_of_a_thing(extract):
    events = extract(
        "À la conférence de Berlin ouverte fin janvier 1954, Viatcheslav Molotov liait le sort "
        "de l'Autriche à celui de l'Allemagne.",
        date(1955, 5, 16),
        "fr",
    )
    assert [e["date"] for e in events] == ["1954-01"]


def test_it_dates_a_meeting_by_the_day_before_the_noun_apposed_to_it(extract):
    events = extract(
        "Antony Blinken will meet Wang Yi in Beijing on Friday, their second meeting this year "
        "after one in Munich in February.",
        date(2024, 4, 22),
        "en",
    )
    assert sorted((e["date"], e["status"], e["location"]) for e in events) == [
        ("2024-02", "held", "Munich"),
        ("2024-04-26", "scheduled", "Beijing"),
    ]


def test_it_gives_the_meeting_named_again_the_day_of_the_first_mention(extract):
    events = extract(
        "Gabriel Boric first met Luiz Inácio Lula da Silva on January 2, 2023, the meeting at "
        "which they set out a trade plan for the years after 2025.",
        date(2024, 4, 22),
        "en",
    )
    assert [e["date"] for e in events] == ["2023-01-02"]


def test_it_reads_the_earlier_meeting_after_which_another_comes_in_french(extract):
    events = extract(
        "Antony Blinken rencontrera Wang Yi vendredi à Pékin, leur deuxième rencontre de l'année "
        "après celle de Munich en février.",
        date(2024, 4, 22),
        "fr",
    )
    assert sorted((e["date"], e["status"]) for e in events) == [
        ("2024-02", "held"),
        ("2024-04-26", "scheduled"),
    ]


def test_it_reads_now_pencilled_in_as_the_new_date_of_a_meeting_put_off(extract):
    events = extract(
        "The joint commission of Chile and Bolivia, which was due to meet in Arica last month "
        "but was shelved after the border incident, is now pencilled in for late January.",
        date(2023, 12, 16),
        "en",
    )
    assert sorted((e["date"], e["status"]) for e in events) == [
        ("2023-11", "cancelled"),
        ("2024-01", "scheduled"),
    ]


def test_it_reads_est_desormais_prevue_as_the_new_date_of_a_meeting_put_off(extract):
    events = extract(
        "La réunion des ministres chilien et bolivien, qui devait se tenir le 12 décembre à "
        "Arica, a été reportée et est désormais prévue le 12 janvier.",
        date(2023, 12, 16),
        "fr",
    )
    assert sorted((e["date"], e["status"]) for e in events) == [
        ("2023-12-12", "cancelled"),
        ("2024-01-12", "scheduled"),
    ]


def test_it_reads_talks_resumed_by_their_pronoun_as_the_storys_talks(extract):
    events = extract(
        "Talks between Chile and Bolivia on access to the sea opened in La Paz on Tuesday. "
        "They are due to resume on Monday.",
        date(2024, 3, 14),
        "en",
    )
    assert sorted((e["date"], e["status"], tuple(_names(e))) for e in events) == [
        ("2024-03-12", "held", ("Bolivia", "Chile")),
        ("2024-03-18", "scheduled", ("Bolivia", "Chile")),
    ]


def test_it_reads_ils_doivent_reprendre_as_the_storys_talks(extract):
    events = extract(
        "Les pourparlers entre le Chili et la Bolivie se sont ouverts mardi à La Paz. "
        "Ils doivent reprendre lundi, selon la médiation.",
        date(2024, 3, 14),
        "fr",
    )
    assert sorted((e["date"], e["status"]) for e in events) == [
        ("2024-03-12", "held"),
        ("2024-03-18", "scheduled"),
    ]


def test_it_takes_no_talks_from_fighting_resumed(extract):
    events = extract(
        "Talks between Chile and Bolivia opened in La Paz on Tuesday. On the border, the two "
        "sides resumed shelling on Wednesday.",
        date(2024, 3, 14),
        "en",
    )
    assert [e["date"] for e in events] == ["2024-03-12"]


def test_it_reads_a_present_in_a_relative_clause_as_ahead_in_a_story_told_in_the_past(extract):
    events = extract(
        "The two ministers met in Lima on Monday and discussed the summit of the Andean "
        "Community, which opens in Quito on Friday.",
        date(2024, 3, 13),
        "en",
    )
    (summit,) = [e for e in events if e["kind"] == "summit"]
    assert (summit["date"], summit["status"]) == ("2024-03-15", "scheduled")


def test_it_reads_a_plural_present_after_which_as_ahead(extract):
    events = extract(
        "The foreign ministers of Peru and Chile met in Lima last week and spoke of the "
        "fisheries talks between their countries, which resume in Santiago in January.",
        date(2023, 12, 13),
        "en",
    )
    assert ("2024-01", "scheduled") in {(e["date"], e["status"]) for e in events}


def test_it_makes_a_second_meeting_of_the_same_sides_met_again_a_day_later(extract):
    for text, language in (
        ("Ruto and Scholz met on Tuesday evening and again on Wednesday morning.", "en"),
        ("MM. Ruto et Scholz se sont vus mardi soir, puis à nouveau mercredi matin.", "fr"),
    ):
        events = extract(text, THURSDAY, language)
        assert sorted(e["date"] for e in events) == ["2024-03-12", "2024-03-13"], text
    (meeting,) = extract("Ruto and Scholz met on Tuesday and Wednesday.", THURSDAY, "en")
    assert meeting["date"] == "2024-03-12"


def test_it_makes_a_second_meeting_of_the_same_sides_met_again_in_another_place(extract):
    for text, language in (
        ("Ruto and Scholz met in Nairobi in May 2022 and again in Berlin on 4 March.", "en"),
        (
            "MM. Ruto et Scholz se sont vus à Nairobi en mai 2022, puis une nouvelle fois "
            "dans la même ville le 4 mars.",
            "fr",
        ),
    ):
        events = extract(text, THURSDAY, language)
        assert sorted(e["date"] for e in events) == ["2022-05", "2024-03-04"], text


def test_it_reads_a_french_trip_or_reception_with_an_adverb_before_its_participle(extract):
    (visit,) = extract("M. Ruto s'était déjà rendu à Berlin en 2023.", THURSDAY, "fr")
    assert (visit["kind"], visit["date"], visit["location"]) == ("visit", "2023", "Berlin")
    (meeting,) = extract(
        "Le chancelier Olaf Scholz a également reçu mardi le président William Ruto.",
        THURSDAY,
        "fr",
    )
    assert {"Olaf Scholz", "William Ruto"} <= {p["name"] for p in meeting["participants"]}
    (call,) = extract("M. Ruto a de nouveau téléphoné mardi à M. Scholz.", THURSDAY, "fr")
    assert (call["kind"], call["date"]) == ("call", "2024-03-12")
    (trip,) = extract("M. Ruto était déjà venu à Berlin en 2023.", THURSDAY, "fr")
    assert (trip["kind"], trip["location"]) == ("visit", "Berlin")


def test_it_makes_one_visit_to_each_city_of_a_french_trip_joined_by_puis(extract):
    events = extract(
        "M. Scholz se rendra la semaine prochaine à Nairobi puis à Kampala.", THURSDAY, "fr"
    )
    assert sorted(e["location"] for e in events) == ["Kampala", "Nairobi"]
