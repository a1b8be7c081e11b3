"""The cues of each event's reading (articles/extraction/cues.py), which the confidence model
weighs: read from the real parse of short sentences written for these tests."""

from datetime import date

from articles.extraction.cues import cues
from articles.extraction.model import Article
from articles.extraction.nlp import nlp_for
from articles.extraction.pipeline import run

THURSDAY = date(2024, 3, 14)


def read(extractor, text, language, published=THURSDAY):
    """Each event's cues, with its evidence, as the pipeline hands them to the confidence."""
    article = Article.read(extractor.gazetteer, language, published, text, nlp_for(language)(text))
    return [(event["evidence"], event["cues"]) for event in run(article)]


def test_it_reads_a_negation_around_the_meeting_word(extractor):
    # a meeting denied outright is no event at all; one told with a negation beside it is
    ((_, said),) = read(extractor, "Vladimir Putin met Joe Biden on Monday, not on Sunday.", "en")
    ((_, plain),) = read(extractor, "Vladimir Putin met Joe Biden on Monday.", "en")
    assert said["negation"] == 1.0
    assert plain["negation"] == 0.0


def test_it_reads_the_tense_of_a_french_meeting_verb(extractor):
    ((_, ahead),) = read(extractor, "Emmanuel Macron rencontrera Olaf Scholz lundi.", "fr")
    ((_, past),) = read(extractor, "Emmanuel Macron a rencontré Olaf Scholz lundi.", "fr")
    assert ahead["tense=future"] == 1.0
    assert past["tense=future"] == 0.0


def test_it_tells_a_meeting_verb_from_a_meeting_noun(extractor):
    ((_, verb),) = read(extractor, "Emmanuel Macron a rencontré Olaf Scholz lundi.", "fr")
    ((_, noun),) = read(
        extractor, "La rencontre entre Emmanuel Macron et Olaf Scholz a eu lieu lundi.", "fr"
    )
    assert (verb["verb"], verb["noun"]) == (1.0, 0.0)
    assert noun["noun"] == 1.0


def test_it_reads_how_a_side_was_named(extractor):
    ((_, by_name),) = read(extractor, "Vladimir Putin met Joe Biden on Monday.", "en")
    assert by_name["side_by=name"] == 1.0
    assert by_name["side_by=pronoun"] == 0.0


def test_it_reads_a_modal_before_the_meeting_word(extractor):
    ((_, hedged),) = read(extractor, "Vladimir Putin could meet Joe Biden on Monday.", "en")
    assert hedged["modal"] == 1.0


def test_it_keeps_the_cues_out_of_the_contract(extract):
    (event,) = extract("Vladimir Putin met Joe Biden on Monday.", THURSDAY, "en")
    assert "cues" not in event
    assert 0 < event["confidence"] < 1


def test_it_reads_cues_without_a_parse(extractor):
    # a candidate built without a parse (the blank English pipeline) reads 0 for parse cues
    text = "Vladimir Putin met Joe Biden on Monday."
    article = Article.read(extractor.gazetteer, "en", THURSDAY, text, nlp_for("en")(text))
    run(article)
    article.token_at.starts = []
    found = cues(article, article.candidates[0])
    assert found["relation=ROOT"] == 0.0 and found["verb"] == 1.0


def test_it_tells_a_meeting_whose_sides_come_from_the_story(extractor):
    # the desk reviews the least sure first: sides its sentence never named are a reason
    events = read(
        extractor,
        "Chilean and Peruvian negotiators held talks in Lima on Monday. "
        "A technical meeting on fisheries is set for March 20 in Valparaiso.",
        "en",
    )
    cue_by_evidence = {evidence[:12]: cues["sides_from_story"] for evidence, cues in events}
    assert cue_by_evidence == {"Chilean and ": 0.0, "A technical ": 1.0}
