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


def test_it_reads_a_latin1_file_instead_of_refusing_it():
    content = "Réunion à Genève\nLes deux délégations se sont vues à l'hôtel.\n".encode("latin-1")
    article = clean_article(content, "reunion.txt")
    assert article.title == "Réunion à Genève"
    assert article.text == "Réunion à Genève\nLes deux délégations se sont vues à l'hôtel.\n"


def test_it_names_the_format_a_file_was_read_as_and_what_it_declares():
    from tests.articles.samples import NEWSML_G2

    article = clean_article(NEWSML_G2.encode(), "depeche.xml")
    assert (article.format, article.language, str(article.published)) == (
        "newsml",
        "fr",
        "2024-06-12",
    )
    assert article.title == "Le chef de la diplomatie kényane reçu à Paris"
