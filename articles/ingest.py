"""Turn an uploaded file into clean text and metadata. No Django here either."""

from dataclasses import dataclass
from datetime import date

from articles.formats import IngestError, read_document

__all__ = ["CleanArticle", "IngestError", "clean_article"]


@dataclass(frozen=True)
class CleanArticle:
    text: str
    title: str
    format: str = "text"
    # What the document itself declares; "" / None when it does not say.
    language: str = ""
    published: date | None = None
    published_from: str = ""


def clean_article(content: bytes, filename: str = "") -> CleanArticle:
    """Read the file in whatever format it is (see articles.formats) and check there is an
    article in it; the headline, when the document has one, is the first line."""
    document = read_document(content, filename)
    # Offsets of evidence sentences point into this text, so it is only normalised, never
    # rewritten: line endings become "\n" and stray NULs go.
    text = document.text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
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
