"""The gazetteer matcher, built from small records written for these tests."""

from articles.extraction.gazetteer import Gazetteer, fold


def names(matches):
    return [(m.text, m.form, (m.actor or m.place).name) for m in matches]


def test_it_matches_french_and_english_names_to_one_canonical_actor(small_gazetteer):
    french = small_gazetteer.find("Vladimir Poutine a parlé.", "fr")
    english = small_gazetteer.find("Vladimir Putin spoke.", "en")
    assert [m.actor.name for m in french] == ["Vladimir Putin"]
    assert [m.actor.name for m in english] == ["Vladimir Putin"]


def test_it_keeps_spans_into_the_original_text_with_accents(small_gazetteer):
    text = "Les États-Unis et la Russie."
    matches = small_gazetteer.find(text, "fr")
    assert [text[m.start : m.end] for m in matches] == ["États-Unis", "Russie"]


def test_it_reads_compound_adjectives_and_dashed_pairs(small_gazetteer):
    text = "des pourparlers russo-américains puis une rencontre Russie-Otan"
    found = names(small_gazetteer.find(text, "fr"))
    assert ("russo", "prefix", "Russia") in found
    assert ("américains", "demonym", "United States") in found
    assert ("Otan", "alias", "NATO") in found


def test_it_ignores_a_combining_form_without_its_dash(small_gazetteer):
    assert small_gazetteer.find("Russo said nothing.", "en") == []


def test_it_requires_capitals_for_acronyms_and_names(small_gazetteer):
    assert small_gazetteer.find("Let us talk about it.", "en") == []
    assert [m.actor.name for m in small_gazetteer.find("The US replied.", "en")] == [
        "United States"
    ]


def test_it_reads_an_acronym_of_four_letters_written_as_a_word(small_gazetteer):
    found = small_gazetteer.find("Nato ambassadors met; the nato summit.", "en")
    assert [(m.text, m.actor.name) for m in found] == [("Nato", "NATO")]


def test_it_keeps_both_readings_of_a_capital(small_gazetteer):
    match = small_gazetteer.find("Washington a répondu.", "fr")[0]
    assert match.actor.name == "United States"
    assert match.place.name == "Washington"


def test_it_finds_the_holder_of_a_role_in_a_given_year(small_gazetteer):
    assert small_gazetteer.person_with_role("Russia", ("president",), 2020).name == (
        "Vladimir Putin"
    )
    assert small_gazetteer.person_with_role("Russia", ("president",), 2005) is None


def test_it_builds_from_any_records():
    gazetteer = Gazetteer.from_records(
        [{"name": "Quad", "type": "organization", "aliases": {"en": ["Quad"]}}]
    )
    assert [m.actor.name for m in gazetteer.find("a Quad summit", "en")] == ["Quad"]


def test_it_folds_text_without_changing_its_length():
    text = "Sergueï Lavrov – l’Élysée"
    assert len(fold(text)) == len(text)
    assert fold(text) == "serguei lavrov - l'elysee"


def test_it_drops_longer_names_that_only_contain_an_actor():
    actors = [
        {"name": "China", "type": "country", "aliases": {"en": ["China"], "fr": ["Chine"]}},
        {"name": "India", "type": "country", "demonyms": {"fr": ["indien", "Indien"]}},
    ]
    ignored = [
        {"name": "South China Sea", "aliases": {"en": ["South China Sea"]}},
        {"name": "Indian Ocean", "aliases": {"fr": ["océan Indien"]}},
    ]
    gazetteer = Gazetteer.from_records(actors, [], ignored)
    assert gazetteer.find("Patrols in the South China Sea worry China.", "en")[0].text == "China"
    assert len(gazetteer.find("Patrols in the South China Sea worry China.", "en")) == 1
    assert gazetteer.find("une escale dans l'océan Indien", "fr") == []


def test_it_reads_a_city_state_as_both_a_country_and_a_place():
    actors = [{"name": "Singapore", "type": "country", "aliases": {"en": ["Singapore"]}}]
    places = [{"name": "Singapore", "country": "Singapore", "aliases": {"en": ["Singapore"]}}]
    (match,) = Gazetteer.from_records(actors, places).find("They met in Singapore.", "en")
    assert (match.actor.name, match.place.name) == ("Singapore", "Singapore")


def test_it_reads_a_shared_surname_as_the_namesake_in_office_that_year():
    from datetime import date

    from articles.extraction import Extractor

    extractor = Extractor()
    text = "George Bush met Mikhail Gorbachev in Madrid on Tuesday."
    then = extractor.extract(text, date(1991, 11, 1), "en").events
    later = extractor.extract(text, date(2003, 11, 1), "en").events
    assert "George H. W. Bush" in {p["name"] for p in then[0]["participants"]}
    assert "George W. Bush" in {p["name"] for p in later[0]["participants"]}


def test_it_reads_a_title_and_a_shared_surname_as_the_namesake_in_office_that_year():
    from datetime import date

    from articles.extraction import Extractor

    extractor = Extractor()
    text = "President Clinton telephoned the Guatemalan president, Alvaro Arzu, on Monday."

    def people(year):
        (event,) = extractor.extract(text, date(year, 6, 1), "en").events
        return {p["name"] for p in event["participants"]}

    assert "Bill Clinton" in people(1997)
    assert "Hillary Clinton" in people(2011)


def test_it_reads_a_surname_after_another_first_name_as_another_person(small_gazetteer):
    found = small_gazetteer.find("Talks between Ivan Putin and the mayor ended.", "en")
    assert [(m.text, m.actor.name, m.actor.country) for m in found] == [
        ("Ivan Putin", "Ivan Putin", "Russia")
    ]


def test_it_keeps_a_surname_after_a_title_or_at_the_start_of_a_sentence(small_gazetteer):
    for text in ("He met President Putin on Monday.", "When Putin arrived, PM Putin spoke."):
        assert {m.actor.name for m in small_gazetteer.find(text, "en")} == {"Vladimir Putin"}


def test_it_takes_no_surname_out_of_a_dashed_or_longer_name(small_gazetteer):
    for text in (
        "The envoy Olga Ivanova-Putin met him.",
        "The envoy Putin Ahmadu Bello met him.",
    ):
        assert small_gazetteer.find(text, "en") == []
    found = small_gazetteer.find("the Putin-NATO talks", "en")
    assert [m.actor.name for m in found] == ["Vladimir Putin", "NATO"]


def test_it_reads_a_surname_in_a_text_all_in_capitals(small_gazetteer):
    found = small_gazetteer.find("POUTINE POURPARLERS", "fr")
    assert [m.actor.name for m in found] == ["Vladimir Putin"]


def test_it_names_the_holy_see_as_diplomats_do(extract):
    from datetime import date

    (talks,) = extract(
        "Le Vatican et le Vietnam ont tenu jeudi à Hanoï leur dixième cycle de négociations.",
        date(2023, 7, 28),
        "fr",
    )
    assert {"Holy See", "Vietnam"} <= {p["name"] for p in talks["participants"]}
