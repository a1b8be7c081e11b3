"""The engine's reading of a passage an editor selected (articles/extraction/reading.py)."""

from datetime import date
from types import SimpleNamespace

import pytest

from articles.extraction.reading import read_passage, sentence_span
from tests.extraction.conftest import THURSDAY


def _read(extractor, text, needle, published=THURSDAY, language="fr"):
    """Read the sentence holding `needle`, as the desk does after expanding a selection."""
    at = text.index(needle)
    start, end = sentence_span(text, at, at + len(needle))
    return read_passage(extractor, text, start, end, published=published, language=language)


# --- the sentence around a selection ---------------------------------------------------------


def test_it_grows_a_selected_word_into_its_whole_sentence():
    text = "Premier paragraphe, sans rencontre. Les deux ministres se sont parlé jeudi. Fin."
    at = text.index("ministres")
    start, end = sentence_span(text, at, at + 4)
    assert text[start:end] == "Les deux ministres se sont parlé jeudi."


def test_it_keeps_both_sentences_of_a_selection_and_drops_the_spaces_around():
    text = "Une phrase.  Une autre phrase.\n\nUne troisième, sur sa ligne."
    start, end = sentence_span(text, text.index("phrase."), len(text) - 5)
    assert text[start:end] == "Une phrase.  Une autre phrase.\n\nUne troisième, sur sa ligne."
    start, end = sentence_span(text, text.index("autre"), text.index("\n") + 1)
    assert text[start:end] == "Une autre phrase."


def test_it_does_not_end_a_sentence_at_an_abbreviated_title():
    text = "Selon M. Dupont, les deux ministres se sont parlé. Rien d'autre."
    start, end = sentence_span(text, text.index("Dupont"), text.index("Dupont") + 6)
    assert text[start:end] == "Selon M. Dupont, les deux ministres se sont parlé."


@pytest.mark.parametrize("start,end", [(-1, 3), (5, 5), (4, 2), (0, 999), (11, 13)])
def test_it_refuses_a_span_outside_the_text_or_of_white_space_only(start, end):
    with pytest.raises(ValueError):
        sentence_span("Une phrase.  Une autre.", start, end)


# --- readings, the most informed first ---------------------------------------------------------


def test_it_gives_the_articles_meeting_for_a_sentence_the_engine_read_there(extractor):
    text = (
        "Paris, 14 mars. Emmanuel Macron a rencontré mardi Olaf Scholz à Berlin.\n"
        "Les deux dirigeants ont parlé d'énergie."
    )
    reading = _read(extractor, text, "Olaf Scholz")
    assert reading["basis"] == "article"
    assert reading["date"] == "2024-03-12"
    assert reading["kind"] == "meeting"
    assert reading["status"] == "held"
    assert {"Emmanuel Macron", "Olaf Scholz"} <= set(reading["participants"])
    assert reading["location"] == "Berlin"
    assert "Scholz" in reading["title"]


def test_it_reads_the_passage_alone_when_the_article_has_no_meeting_there():
    """The order of the readings, with an engine that reads a meeting only in the passage."""
    meeting = {
        "date": "2024-03-12",
        "kind": "call",
        "status": "held",
        "participants": [{"name": "Russia", "type": "country"}],
        "location": None,
        "title": "Appel",
        "mentions": [{"start": 0, "end": 20}],
    }
    calls = []

    def extract(text, published=None, language=None):
        calls.append((text, published))
        alone = text == "Deuxième phrase ici."
        return SimpleNamespace(events=[meeting] if alone else [], published=published)

    engine = SimpleNamespace(extract=extract, gazetteer=None)
    text = "Première phrase là. Deuxième phrase ici."
    reading = read_passage(engine, text, 20, len(text), published=THURSDAY, language="fr")
    assert reading["basis"] == "passage"
    assert reading["participants"] == ["Russia"]
    assert calls == [(text, THURSDAY), ("Deuxième phrase ici.", THURSDAY)]


def test_it_reads_a_dated_meeting_with_one_named_side_from_the_article(extractor):
    # "son homologue allemand": the minister is not named, Germany is; the engine reports the
    # meeting with the one side it can name
    text = "Le ministre a rencontré mardi son homologue allemand."
    reading = read_passage(extractor, text, 0, len(text), published=THURSDAY, language="fr")
    assert reading == {
        "date": "2024-03-12",  # the Tuesday before Thursday 14 March
        "end_date": None,
        "kind": "meeting",
        "status": "held",
        "participants": ["Germany"],
        "location": None,
        "title": "Rencontre Allemagne",
        "basis": "article",
    }


def test_it_reads_a_meeting_with_no_named_side_partially(extractor):
    # nobody named: the engine reports no meeting, the desk still gets the day and the kind
    text = "Le ministre a rencontré mardi son homologue."
    reading = read_passage(extractor, text, 0, len(text), published=THURSDAY, language="fr")
    assert reading["basis"] == "partial"
    assert reading["date"] == "2024-03-12"
    assert reading["kind"] == "meeting"
    assert reading["participants"] == []


def test_it_resolves_a_coming_day_and_keeps_the_capital_as_the_place(extractor):
    text = "The foreign minister will meet his Chinese counterpart in Geneva next Monday."
    reading = read_passage(extractor, text, 0, len(text), published=THURSDAY, language="en")
    assert reading["basis"] == "article"
    assert reading["date"] == "2024-03-18"
    assert reading["status"] == "scheduled"
    assert reading["participants"] == ["China"]
    assert reading["location"] == "Geneva"


def test_it_does_not_take_who_reports_the_news_for_a_side(extractor):
    text = "Selon le Kremlin, le ministre a rencontré mardi son homologue allemand."
    reading = read_passage(extractor, text, 0, len(text), published=THURSDAY, language="fr")
    assert reading["participants"] == ["Germany"]


def test_it_reads_only_a_full_date_without_a_publication_date(extractor):
    text = "Le ministre a rencontré mardi son homologue allemand."
    reading = read_passage(extractor, text, 0, len(text), published=None, language="fr")
    assert reading["date"] == ""
    assert reading["status"] == "held"  # the past tense still says it took place
    text = "Le ministre a rencontré le 5 février 2024 son homologue allemand."
    reading = read_passage(extractor, text, 0, len(text), published=None, language="fr")
    assert reading["date"] == "2024-02-05"


def test_it_reads_a_sentence_without_a_meeting_as_blank(extractor):
    text = "La pluie est tombée toute la journée sur la capitale."
    reading = read_passage(extractor, text, 0, len(text), published=THURSDAY, language="fr")
    assert reading == {
        "date": "",
        "end_date": None,
        "kind": "",
        "status": "",
        "participants": [],
        "location": None,
        "title": "",
        "basis": "partial",
    }


def test_it_refuses_a_passage_outside_the_text(extractor):
    with pytest.raises(ValueError):
        read_passage(extractor, "Court.", 2, 40, published=date(2024, 1, 1), language="fr")
