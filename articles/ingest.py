"""Turn an uploaded file into clean text and metadata. No Django here either."""

from dataclasses import dataclass
from datetime import date

from articles.formats import IngestError, read_document

__all__ = ["CleanArticle", "IngestError", "check_length", "clean_article", "normalise"]


@dataclass(frozen=True)
class CleanArticle:
    text: str
    title: str
    format: str = "text"
    # What the document itself declares; "" / None when it does not say.
    language: str = ""
    published: date | None = None
    published_from: str = ""


def normalise(text: str) -> str:
    """The text the engine reads. Offsets of evidence sentences point into it, so it is only
    normalised, never rewritten: line endings become "\n" and stray NULs go."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def check_length(text: str, max_characters: int | None) -> None:
    """Refuse a text longer than the engine parses within a worker's time and memory (a Word
    document or a PDF of a few hundred KB can hold far more text than its size says)."""
    if max_characters is not None and len(text) > max_characters:
        raise IngestError(
            f"This article is {len(text):,} characters long; the limit is "
            f"{max_characters:,}. Split it into separate articles, or send the part that "
            "matters."
        )


def clean_article(
    content: bytes, filename: str = "", max_characters: int | None = None
) -> CleanArticle:
    """Read the file in whatever format it is (see articles.formats) and check there is an
    article in it, at most `max_characters` long; the headline, when the document has one, is
    the first line."""
    document = read_document(content, filename)
    text = normalise(document.text)
    check_length(text, max_characters)
    # Zero-width spaces and byte-order marks are not whitespace to str.strip(): a file of
    # them alone is as empty as a blank one.
    if not any(character.isalnum() for character in text):
        raise IngestError("The file is empty: there is no text to read meetings from.")
    if "\n" not in text.strip() and len(text) < 40:
        raise IngestError("The file holds only a few characters; upload the full article text.")
    title = next(line.strip() for line in text.splitlines() if line.strip())
    return CleanArticle(
        text=text,
        title=title[:300],
        format=document.format,
        language=document.language,
        published=document.published,
        published_from=document.published_from,
    )
