"""The mentions stage on its own: who a sentence names, read in the order of the article."""

from datetime import date

from articles.extraction.document import sentences
from articles.extraction.mentions import parties_in
from articles.extraction.model import Article
from articles.extraction.nlp import nlp_for
from articles.extraction.unknown_people import unknown_people


def mentions_by_sentence(text, gazetteer):
    """The parties of each sentence, the people named so far remembered as the engine does."""
    article = Article.read(gazetteer, "en", date(2024, 3, 14), text, nlp_for("en")(text))
    out = []
    for sentence in sentences(article):
        parties = parties_in(article, sentence)
        article.people_seen += [p for p in parties if p.type == "person" and p.via == "name"]
        out.append(parties)
    return out


def test_it_reads_the_two_leaders_as_the_two_people_named_before(extractor):
    _first, second = mentions_by_sentence(
        "Emmanuel Macron spoke to Vladimir Putin on Monday. The two leaders will meet on Friday.",
        extractor.gazetteer,
    )
    assert {(p.name, p.via) for p in second} == {
        ("Emmanuel Macron", "backref"),
        ("Vladimir Putin", "backref"),
    }


def test_it_reads_the_two_men_as_the_two_the_story_speaks_of_not_the_last_named(extractor):
    *_before, last = mentions_by_sentence(
        "Emmanuel Macron met Vladimir Putin at the Elysee on Monday. Macron pressed Putin on "
        "Ukraine, and Putin told Macron that talks were possible. Their host at dinner was "
        "Olaf Scholz. The two men will meet again in Geneva on Friday.",
        extractor.gazetteer,
    )
    assert {p.name for p in last if p.via == "backref"} == {"Emmanuel Macron", "Vladimir Putin"}


def test_it_reads_the_two_prime_ministers_as_the_two_prime_ministers_named_before(extractor):
    _first, second = mentions_by_sentence(
        "Rishi Sunak met Narendra Modi in London on Monday. The two prime ministers will meet "
        "again on Friday.",
        extractor.gazetteer,
    )
    assert {(p.name, p.via) for p in second if p.type == "person"} == {
        ("Rishi Sunak", "backref"),
        ("Narendra Modi", "backref"),
    }


def test_it_takes_no_presidents_for_the_two_foreign_ministers(extractor):
    _first, second = mentions_by_sentence(
        "Emmanuel Macron met Joe Biden in Paris on Monday. The two foreign ministers will meet "
        "on Friday.",
        extractor.gazetteer,
    )
    assert not [p for p in second if p.type == "person"]


def test_it_reads_les_deux_chefs_de_la_diplomatie_as_the_foreign_ministers_named(extract):
    events = extract(
        "Le ministre français des Affaires étrangères Jean-Yves Le Drian a reçu lundi à Paris le "
        "secrétaire d'Etat américain Antony Blinken. Les deux chefs de la diplomatie se "
        "reverront vendredi à Rome.",
        date(2021, 6, 30),
        "fr",
    )
    rome = [e for e in events if e["location"] == "Rome"]
    assert len(rome) == 1
    assert {"Jean-Yves Le Drian", "Antony Blinken"} <= {p["name"] for p in rome[0]["participants"]}


def test_it_marks_who_only_reports_the_news(extractor):
    (parties,) = mentions_by_sentence(
        "Emmanuel Macron will meet Olaf Scholz on Friday, the Kremlin said.", extractor.gazetteer
    )
    reported = {p.name: p.reported >= 0 for p in parties}
    assert reported == {"Emmanuel Macron": False, "Olaf Scholz": False, "Russia": True}


def test_it_reads_an_unknown_emissary_due_in_a_capital_as_the_visitor(extract):
    text = "The prime minister's special emissary, Hiro Tamaki, is due in Manila next week."
    (visit,) = extract(text, date(1977, 2, 12), "en")
    assert {p["name"] for p in visit["participants"]} == {"Hiro Tamaki", "Philippines"}


def test_it_reads_he_in_a_where_clause_as_the_person_just_named(extract):
    for text in (
        "Lena Okafor arrived in Berlin on Tuesday, where she met Chancellor Olaf Scholz.",
        "Lena Okafor travelled to Berlin in January, when she was received by Olaf Scholz.",
    ):
        events = extract(text, date(2024, 3, 14), "en")
        assert events and all(
            {"Lena Okafor", "Olaf Scholz"} <= {p["name"] for p in e["participants"]} for e in events
        )


def test_it_reads_il_in_a_where_clause_as_the_person_just_named(extract):
    events = extract(
        "Lena Okafor est attendue mardi à Berlin, où elle rencontrera Olaf Scholz.",
        date(2024, 3, 14),
        "fr",
    )
    assert [
        {"Lena Okafor", "Olaf Scholz"} <= {p["name"] for p in e["participants"]} for e in events
    ] == [True]
    # with no one named before it, the pronoun is the sentence's first one's
    events = extract(
        "Lena Okafor a quitté Abuja lundi. Elle s'envolera ensuite pour Berlin, où elle "
        "s'entretiendra vendredi avec Olaf Scholz.",
        date(2024, 3, 14),
        "fr",
    )
    friday = [e for e in events if e["date"] == "2024-03-15"]
    assert friday and all("Lena Okafor" in {p["name"] for p in e["participants"]} for e in friday)


def test_it_reads_an_unknown_name_met_after_and(extract):
    events = extract(
        "Lena Okafor met Olaf Scholz on Monday and Paul Mwangi on Tuesday.",
        date(2024, 3, 14),
        "en",
    )
    tuesday = [e for e in events if e["date"] == "2024-03-12"]
    assert [{p["name"] for p in e["participants"]} for e in tuesday] == [
        {"Lena Okafor", "Paul Mwangi"}
    ]


def test_it_reads_an_unknown_name_after_a_weekday_that_opens_the_sentence(extract):
    # "On Friday Bhim Rawal met": the weekday is no part of the name
    (meeting,) = extract(
        "On Friday Bhim Rawal met Rohan Mehta in New Delhi.",
        date(2024, 8, 12),
        "en",
    )
    assert {"Bhim Rawal", "Rohan Mehta"} <= {p["name"] for p in meeting["participants"]}


def test_it_keeps_a_plural_honorific_out_of_a_name(extract):
    # "MM." is the plural of "M.", no part of the first name it stands before
    (meeting,) = extract(
        "MM. Piotr Nowakowski et Jan Kowalczyk se sont entretenus lundi à Varsovie.",
        date(2024, 3, 14),
        "fr",
    )
    assert "Piotr Nowakowski" in {p["name"] for p in meeting["participants"]}


def test_it_reads_a_name_to_its_end_past_a_particle(extract):
    # "Khalid bin Mohammed Al Attiyah": the recogniser stopped on "Al"
    (meeting,) = extract(
        "Qatar's foreign minister, Sheikh Khalid bin Mohammed Al Attiyah, met the Iranian "
        "president in Tehran on Monday.",
        date(2024, 3, 14),
        "en",
    )
    assert "Khalid bin Mohammed Al Attiyah" in {p["name"] for p in meeting["participants"]}


def test_it_reads_the_name_before_a_portuguese_particle_as_the_person(extract):
    # "Joaquim Pedro Souza da Cunha" goes by "Souza", the word before "da"
    events = extract(
        "Brazil's foreign minister Joaquim Pedro Souza da Cunha arrived in Lima on Sunday.\n\n"
        "On Monday Souza met the Peruvian president, Carlos Quispe, at the palace.",
        date(2024, 3, 14),
        "en",
    )
    (monday,) = [e for e in events if e["date"] == "2024-03-11"]
    assert "Joaquim Pedro Souza da Cunha" in {p["name"] for p in monday["participants"]}


def _names(event):
    return {p["name"] for p in event["participants"]}


def test_it_reads_a_pronoun_after_a_fronted_time_as_the_subject(extract):
    (meeting,) = extract(
        "Chancellor Angela Merkel left Warsaw on Tuesday. On Friday she meets President "
        "Emmanuel Macron in Paris.",
        date(2019, 6, 5),
        "en",
    )
    assert {"Angela Merkel", "Emmanuel Macron"} <= _names(meeting)
    (lunch,) = extract(
        "Le président Emmanuel Macron a parlé mardi devant les maires. Puis il déjeunera "
        "vendredi avec le président brésilien Jair Bolsonaro.",
        date(2019, 6, 5),
        "fr",
    )
    assert {"Emmanuel Macron", "Jair Bolsonaro"} <= _names(lunch)


def test_it_reads_he_and_a_named_person_as_both_subjects(extract):
    (meeting,) = extract(
        "Secretary of State Antony Blinken spent the morning with his staff. Later that day he "
        "and Sergei Lavrov met for an hour in Geneva.",
        date(2022, 1, 21),
        "en",
    )
    assert {"Antony Blinken", "Sergei Lavrov"} <= _names(meeting)


def test_it_reads_il_y_a_as_a_pronoun_only_before_a_participle(extract):
    events = extract(
        "Le président Emmanuel Macron est arrivé mardi à Dakar. Il y a rencontré mercredi le "
        "président Macky Sall.",
        date(2019, 6, 5),
        "fr",
    )
    (meeting,) = [e for e in events if e["date"] == "2019-06-05"]
    assert {"Emmanuel Macron", "Macky Sall"} <= _names(meeting)
    events = extract(
        "Le président Emmanuel Macron est arrivé mardi à Dakar. Il y a deux ans, le président "
        "Macky Sall avait rencontré Angela Merkel le 3 mars à Berlin.",
        date(2019, 6, 5),
        "fr",
    )
    (meeting,) = [e for e in events if e["date"] == "2019-03-03"]
    assert _names(meeting) >= {"Macky Sall", "Angela Merkel"}
    assert "Emmanuel Macron" not in _names(meeting)


def test_it_reads_a_surname_as_the_person_the_story_named_with_it(extractor):
    # the gazetteer knows a later Raab; the story has named its own in full
    _first, second = mentions_by_sentence(
        "Chancellor Julius Raab flew to Moscow in April. "
        "On Monday Mr Raab met Dwight Eisenhower in Vienna.",
        extractor.gazetteer,
    )
    people = {p.name for p in second if p.type == "person"}
    assert "Julius Raab" in people
    assert "Dominic Raab" not in people


def test_it_reads_a_surname_without_its_arabic_article_as_the_person_named_before(extractor):
    # "Omar al-Bashir" is "Bashir" on second mention
    _first, second = mentions_by_sentence(
        "Sudan's President Omar al-Bashir flew to Addis Ababa on Monday. "
        "On Tuesday the mediator Thabo Mbeki met Bashir at his hotel.",
        extractor.gazetteer,
    )
    assert "Omar al-Bashir" in {p.name for p in second if p.type == "person"}


def test_it_reads_a_knight_by_the_given_name_the_story_named_him_with(extractor):
    # British copy calls a knight "Sir" and his given name on second mention
    _first, second = mentions_by_sentence(
        "Prime Minister Keir Starmer landed in Ottawa on Sunday. "
        "On Monday Sir Keir met the Canadian prime minister, Mark Carney.",
        extractor.gazetteer,
    )
    assert "Keir Starmer" in {p.name for p in second if p.type == "person"}


def test_it_reads_a_surname_as_the_person_it_is_the_surname_of(extractor):
    # "Ghani" is Ashraf Ghani's surname and only a given name of Abdul Ghani Baradar
    *_before, last = mentions_by_sentence(
        "President Ashraf Ghani said on Friday he would free prisoners. "
        "Mullah Abdul Ghani Baradar arrived in Doha on Friday. "
        "On Saturday Mark Esper met President Ghani in Kabul.",
        extractor.gazetteer,
    )
    people = {p.name for p in last if p.type == "person"}
    assert "Ashraf Ghani" in people
    assert "Abdul Ghani Baradar" not in people


def test_it_reads_a_family_name_written_first_as_the_person_on_second_mention(extractor):
    # Korean and Chinese names put the family name first, whatever its length
    for text, person in (
        (
            "South Korean President Moon Jae-in flew to Washington on Sunday. "
            "On Tuesday Moon met Donald Trump at the White House.",
            "Moon Jae-in",
        ),
        (
            "Chinese Foreign Minister Wang Yi landed in Paris on Monday. "
            "On Tuesday Wang met Catherine Colonna at the Quai d'Orsay.",
            "Wang Yi",
        ),
    ):
        _first, second = mentions_by_sentence(text, extractor.gazetteer)
        assert person in {p.name for p in second if p.type == "person"}, text


def test_it_reads_a_maghrebi_name_to_its_end(extract):
    # "Zine El Abidine| Ben Ali": the name runs on past "Ben"
    (meeting,) = extract(
        "Le président tunisien Hamid Ben Salah Ould Amara a reçu lundi à Tunis le ministre "
        "malien des Affaires étrangères.",
        date(1989, 2, 17),
        "fr",
    )
    assert "Hamid Ben Salah Ould Amara" in {p["name"] for p in meeting["participants"]}


def test_it_keeps_the_apostrophe_of_a_possessive_out_of_a_name(extract):
    (visit,) = extract(
        "Chilean Foreign Minister Carlos Reyes’ visit to Lima on Monday ended with a meeting "
        "with the Peruvian president.",
        date(2024, 3, 14),
        "en",
    )
    names = {p["name"] for p in visit["participants"]}
    assert "Carlos Reyes" in names
    assert "Carlos Reyes’" not in names


def test_it_reads_a_name_whole_after_a_two_word_title(extract):
    # "Secretary General" took one of the few words the name pattern reads
    (meeting,) = extract(
        "At a meeting with OAS Secretary General Carlos Andrés Mejía in Washington on Monday, "
        "the two foreign ministers signed the agreement.",
        date(2008, 12, 10),
        "en",
    )
    assert "Carlos Andrés Mejía" in {p["name"] for p in meeting["participants"]}


def test_it_reads_le_president_de_la_republique_as_the_president_of_france(extract):
    events = extract(
        "Le président de la République a reçu lundi à l'Elysée le Premier ministre portugais, "
        "António Costa, pour un déjeuner de travail.",
        date(2019, 5, 15),
        "fr",
    )
    (meeting,) = events
    assert {"Emmanuel Macron", "Antonio Costa"} <= {p["name"] for p in meeting["participants"]}


def test_it_reads_le_president_de_la_republique_as_the_one_the_story_introduced(extract):
    # a communiqué of another republic: its own president, not France's nor the foreign
    # president named last
    events = extract(
        "Le président de la République, M. Ismaïl Omar Guelleh, a reçu mardi l'émir du Qatar, "
        "Cheikh Hamad ben Khalifa Al-Thani, qui avait vu la veille le président érythréen "
        "Issayas Afeworki. Le président de la République s'est entretenu jeudi par téléphone avec "
        "le secrétaire général des Nations unies, M. Ban Ki-moon.",
        date(2010, 6, 12),
        "fr",
    )
    (call,) = [e for e in events if e["kind"] == "call"]
    names = {p["name"] for p in call["participants"]}
    assert "Ismail Omar Guelleh" in names or "Ismaïl Omar Guelleh" in names
    assert not names & {"Nicolas Sarkozy", "Isaias Afwerki"}


def test_it_reads_the_peoples_republic_as_a_state_not_as_the_french_president(extract):
    events = extract(
        "Le président de la République populaire de Chine, Xi Jinping, a reçu jeudi à Pékin le "
        "Premier ministre espagnol Pedro Sánchez.",
        date(2023, 4, 1),
        "fr",
    )
    names = {p["name"] for e in events for p in e["participants"]}
    assert "Xi Jinping" in names and "Emmanuel Macron" not in names


def test_it_takes_no_namesake_for_a_surname_after_another_given_name(extract):
    (meeting,) = extract(
        "Hunter Biden met Ukrainian President Volodymyr Zelensky in Kyiv on Friday.",
        date(2024, 3, 14),
        "en",
    )
    names = {p["name"] for p in meeting["participants"]}
    assert "Joe Biden" not in names
    assert "Hunter Biden" in names


def test_it_still_reads_a_surname_after_a_title_or_a_weekday(extract):
    for text in (
        "President Biden met Volodymyr Zelensky in Kyiv on Friday.",
        "On Friday Biden met Volodymyr Zelensky in Kyiv.",
    ):
        (meeting,) = extract(text, date(2024, 3, 14), "en")
        assert "Joe Biden" in {p["name"] for p in meeting["participants"]}


def test_it_reads_an_unknown_name_whose_visit_it_is(extract):
    (visit,) = extract(
        "Tomasz Wierzbicki's visit to Vilnius is planned for Friday.", date(2024, 3, 14), "en"
    )
    assert "Tomasz Wierzbicki" in {p["name"] for p in visit["participants"]}


def test_it_takes_no_singer_on_tour_for_a_visitor(extract):
    assert extract("Taylor Swift's tour reached Lisbon on Friday.", date(2024, 3, 14), "en") == []


def test_it_reads_unknown_names_with_run_together_initials_or_an_institutions_role():
    found = unknown_people(
        "The envoy met the rebels' political chief S.P. Tharan in Kilinochchi on Monday. "
        "Donald Kamara, the State Department's acting top Africa official, visited Asmara. "
        "The U.S. envoy met the U.N. chief.",
        "en",
        [],
    )
    assert [name for _start, _end, name in found] == ["S.P. Tharan", "Donald Kamara"]
