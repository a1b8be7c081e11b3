"""The document stage on its own: sentences, headings and captions of a short article."""

from datetime import date

import spacy

from articles.extraction.document import sentences
from articles.extraction.model import Article
from articles.extraction.nlp import nlp_for


def sentences_of(text, gazetteer, language="en"):
    doc = nlp_for(language)(text)
    return sentences(Article.read(gazetteer, language, date(2024, 3, 14), text, doc))


def test_it_ends_a_sentence_at_a_line_break(small_gazetteer):
    found = sentences_of(
        "Leaders meet in Geneva\nThe two presidents talked for hours.", small_gazetteer
    )
    assert [s.text for s in found] == [
        "Leaders meet in Geneva",
        "The two presidents talked for hours.",
    ]


def test_it_takes_a_short_line_without_a_full_stop_for_a_heading(small_gazetteer):
    text = "Putin and Biden to meet\nPutin and Biden will meet in Geneva on Friday.\nWhat next"
    assert [s.heading for s in sentences_of(text, small_gazetteer)] == [True, False, True]


def test_it_marks_a_photo_caption_so_that_it_is_not_read(small_gazetteer):
    text = "Putin met Biden in Geneva on Tuesday.\nPhoto caption: Putin and Biden in Geneva."
    assert [s.caption for s in sentences_of(text, small_gazetteer)] == [False, True]


def test_it_keeps_the_offsets_of_each_sentence_in_the_article(small_gazetteer):
    text = "  Putin met Biden.\n\nThey met again on Friday.  "
    for sentence in sentences_of(text, small_gazetteer):
        assert text[sentence.start : sentence.end] == sentence.text


def test_it_splits_a_long_text_on_one_line_into_its_sentences(small_gazetteer):
    met = "Putin met Biden in Geneva on Tuesday."
    talked = "The two presidents talked for hours."
    text = " ".join([met, talked] * 1_500)
    found = sentences_of(text, small_gazetteer)
    assert [s.text for s in found] == [met, talked] * 1_500
    for sentence in found:
        assert text[sentence.start : sentence.end] == sentence.text
    # what the line says is said of each of its sentences: not a heading, not a caption
    assert not any(s.heading or s.caption for s in found)


def test_it_marks_every_sentence_of_a_long_caption_line(small_gazetteer):
    caption = " ".join(["Putin and Biden pose for photos in Geneva."] * 500)
    text = f"Putin met Biden in Geneva on Tuesday.\n{caption}"
    found = sentences_of(text, small_gazetteer)
    assert [s.caption for s in found] == [False] + [True] * 500


def test_it_repairs_a_cut_inside_a_line_without_final_punctuation(small_gazetteer):
    text = "Talks in Addis\nKim Jong Un met Putin on Tuesday."
    # the cut is written into an unparsed Doc (spaCy refuses to move a parsed Doc's sentences)
    splitter = spacy.blank("en")
    splitter.add_pipe("sentencizer")
    doc = splitter(text)
    doc[5].is_sent_start = True  # "Jong | Un": a cut the parser sometimes makes
    article = Article.read(small_gazetteer, "en", date(2024, 3, 14), text, doc)
    assert [s.text for s in sentences(article)] == [
        "Talks in Addis",
        "Kim Jong Un met Putin on Tuesday.",
    ]


def test_it_gives_a_full_stop_the_parser_left_to_the_next_sentence_back(small_gazetteer):
    text = "Il a vu Abbas au Caire. Ensuite il est parti."
    splitter = spacy.blank("fr")
    doc = splitter(text)
    for token in doc:
        token.is_sent_start = token.i == 0
    doc[6].is_sent_start = True  # "au Caire | . Ensuite": the cut the French parser makes
    article = Article.read(small_gazetteer, "fr", date(2024, 3, 14), text, doc)
    assert [s.text for s in sentences(article)] == [
        "Il a vu Abbas au Caire.",
        "Ensuite il est parti.",
    ]


def test_it_dates_an_agenda_item_by_the_date_that_labels_it(extract):
    from datetime import date

    text = (
        "AGENDA\n\n"
        "– 9 septembre : session ordinaire du Conseil de la Ligue arabe, au Caire.\n"
        "– 14 et 15 octobre : Conseil exécutif de l'Union africaine, en visioconférence.\n"
    )
    events = extract(text, date(2021, 8, 30), "fr")
    assert sorted((e["date"], e["status"]) for e in events) == [
        ("2021-09-09", "scheduled"),
        ("2021-10-14", "scheduled"),
    ]


def test_it_dates_a_line_of_a_chronology_by_the_month_that_labels_it(extract):
    from datetime import date

    text = (
        "The road to the deal\n"
        "- June: The Kenyan envoy meets Ethiopia's prime minister in Addis Ababa.\n"
        "- Early September: Talks between the two delegations open in Nairobi.\n"
    )
    events = extract(text, date(2023, 11, 20), "en")
    assert sorted(e["date"] for e in events) == ["2023-06", "2023-09"]
