"""The document stage on its own: sentences, headings and captions of a short article."""

from datetime import date

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
