"""`chunks`: a text longer than `CHUNK_CHARACTERS` cut into pieces at line breaks, else at
sentence ends, else between words."""

import pytest

from articles.extraction.nlp import chunks

PARAGRAPHS = {
    "en": [
        "U.S. President Joe Biden met his Russian counterpart Vladimir Putin in Geneva on "
        "June 16, 2021. The talks covered arms control and cyber attacks.",
        "French President Emmanuel Macron spoke by phone with German Chancellor Olaf Scholz on "
        "March 3, 2022. A spokesman said the dialogue would continue.",
        "The local press widely commented on the exchanges, which both sides called "
        "constructive. Observers note that tension has remained high for months.",
    ],
    "fr": [
        "Le président américain Joe Biden a rencontré son homologue russe Vladimir Poutine à "
        "Genève le 16 juin 2021. Les discussions ont porté sur le contrôle des armements.",
        "Le président français Emmanuel Macron s'est entretenu par téléphone avec le chancelier "
        "allemand Olaf Scholz le 3 mars 2022. Un porte-parole a indiqué que le dialogue "
        "se poursuivrait.",
        "La presse locale a largement commenté ces échanges, jugés constructifs par les deux "
        "parties. Les observateurs notent que la tension reste vive depuis plusieurs mois.",
    ],
}


def long_text(language, size, separator="\n\n"):
    """Paragraphs of `language` repeated until the text is just above `size` characters."""
    parts = []
    while len(separator.join(parts)) <= size:
        parts.append(PARAGRAPHS[language][len(parts) % 3])
    return separator.join(parts)


@pytest.mark.parametrize("separator", ["\n\n", " "])
def test_it_cuts_a_long_text_into_pieces_that_join_back_into_it(separator):
    text = long_text("en", 5_000, separator)
    pieces = chunks(text, 1_000)
    assert "".join(pieces) == text
    assert all(500 <= len(piece) <= 1_000 for piece in pieces[:-1])
    assert len(pieces[-1]) <= 1_000
    # cut after a line break, else after a sentence end: never inside a sentence
    for piece in pieces[:-1]:
        assert piece.endswith("\n\n") if separator == "\n\n" else piece.endswith(". ")


def test_it_cuts_a_text_without_spaces_at_the_chunk_size():
    assert chunks("x" * 2_500, 1_000) == ["x" * 1_000, "x" * 1_000, "x" * 500]
