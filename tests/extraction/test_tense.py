"""The sentence-bounds helpers of the tense heuristic (temporal/tense.py), on a long text."""

from articles.extraction.temporal.tense import _sentence_bounds, clause_tense


def test_it_finds_the_sentence_around_each_offset_of_a_long_text():
    sentences = ["Putin met Biden on Tuesday. ", "Macron will visit Kyiv on Friday.\n"] * 2_000
    text = "".join(sentences)
    start = 0
    for sentence in sentences:
        for offset in (start, start + 5, start + len(sentence) - 1):
            assert _sentence_bounds(text, offset) == (start, start + len(sentence))
        start += len(sentence)


def test_it_reads_the_tense_of_a_clause_deep_in_a_long_text():
    text = "Putin met Biden on Tuesday. Macron will visit Kyiv on Friday. " * 3_000
    last = text.rindex("Friday")
    assert clause_tense(text, last, language="en") == "future"
    assert clause_tense(text, text.rindex("Tuesday"), language="en") == "past"


def test_it_reads_a_french_conditional_the_tagger_calls_an_imperfect_as_ahead(extract):
    from datetime import date

    events = extract(
        "Le président ukrainien se rend mercredi à Washington. Il rencontrerait ensuite le "
        "chancelier allemand à Berlin en janvier.",
        date(2022, 12, 20),
        "fr",
    )
    assert {e["date"] for e in events if e["location"] == "Berlin"} == {"2023-01"}


def test_it_reads_a_date_told_before_agreed_to_as_gone_by():
    text = "Seeing the Chinese premier on Thursday, the chancellor agreed to open new trade talks."
    assert clause_tense(text, text.index("Thursday"), language="en") == "past"
    text = "On Thursday the chancellor will agree to open new trade talks."
    assert clause_tense(text, text.index("Thursday"), language="en") == "future"


def test_it_reads_what_is_being_prepared_as_ahead():
    text = (
        "The two ministers spoke by video link to go over preparations for the regional "
        "summit in Hanoi in June."
    )
    assert clause_tense(text, text.index("June"), language="en") == "future"
    text = "Les deux ministres ont échangé mardi pour préparer le sommet régional de juin."
    assert clause_tense(text, text.index("juin"), language="fr") == "future"
    assert clause_tense(text, text.index("mardi"), language="fr") == "past"
