"""Turn an uploaded file into clean text and metadata. No Django here either."""

from dataclasses import dataclass


class IngestError(Exception):
    """The file cannot be read as an article; the message tells an editor what to do."""


@dataclass(frozen=True)
class CleanArticle:
    text: str
    title: str


def clean_article(content: bytes) -> CleanArticle:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise IngestError(
            f"The file is not UTF-8 text (byte {content[error.start]:#04x} at position "
            f"{error.start} cannot be read). Save it as UTF-8 and upload it again."
        ) from error
    # Offsets of evidence sentences point into this text, so it is only normalised, never
    # rewritten: line endings become "\n" and stray NULs go.
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    # Zero-width spaces and byte-order marks are not whitespace to str.strip(): a file of
    # them alone is as empty as a blank one.
    if not any(character.isalnum() for character in text):
        raise IngestError("The file is empty: there is no text to read meetings from.")
    if "\n" not in text.strip() and len(text) < 40:
        raise IngestError("The file holds only a few characters; upload the full article text.")
    title = next(line.strip() for line in text.splitlines() if line.strip())
    return CleanArticle(text=text, title=title[:300])
