"""Turning an uploaded file into clean text: what an editor is told when it cannot be read."""

import pytest

from articles.ingest import IngestError, clean_article


@pytest.mark.parametrize(
    "content",
    [b"", b"   \n\n", "\ufeff\u200b\u200b\n".encode(), "\u200b \u2060\n".encode("utf-8-sig")],
)
def test_it_calls_a_file_of_blank_or_invisible_characters_empty(content):
    with pytest.raises(IngestError, match="The file is empty"):
        clean_article(content)


def test_it_keeps_the_text_of_a_short_article_and_takes_its_first_line_as_title():
    content = "\ufeffSommet à Nairobi\r\nLes deux présidents se sont vus.\r\n".encode()
    article = clean_article(content)
    assert article.title == "Sommet à Nairobi"
    assert article.text == "Sommet à Nairobi\nLes deux présidents se sont vus.\n"


def test_it_says_which_byte_is_not_utf8():
    with pytest.raises(IngestError, match=r"byte 0xe9 at position 1\b"):
        clean_article("Réunion à Genève".encode("latin-1"))
