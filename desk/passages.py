"""The article desk's pieces that are not views: the article's text cut into highlighted
segments, the offsets of a passage an editor selected, and the engine's reading of it."""

import re

from django import forms

from articles.extraction.reading import read_passage, sentence_span
from timeline import services
from timeline.models import Source

_LINE = re.compile(r"[^\n]+")

BASIS_NOTES = {
    "article": (
        "Filled in with the meeting the engine reads here in the article: add another only "
        "if the sentence reports a second meeting, or correct that one on its own page."
    ),
    "passage": "Filled in with the meeting the engine reads in this sentence taken alone.",
    "partial": (
        "The engine reads no whole meeting here: what it could read (date, names, place) "
        "is filled in; complete the rest."
    ),
}


def marked_paragraphs(text: str, mentions) -> list[list[dict]]:
    """The text's lines as paragraphs of segments, each segment plain or inside mentions.

    A segment is {"start": offset in the text, "text", "mention": the mention shown for it or
    None, "editor": whether an editor added that mention}. Overlapping mentions cut the text
    at every boundary; where they overlap the editor's mention is shown, else the innermost.
    The segments of a paragraph put together are exactly its characters in the text, so the
    page can map a selection back to offsets.
    """
    mentions = list(mentions)
    paragraphs = []
    for line in _LINE.finditer(text):
        body = line.group().strip()
        if not body:
            continue
        first = line.start() + line.group().index(body)
        last = first + len(body)
        cuts = {first, last}
        for mention in mentions:
            if mention.start < last and first < mention.end:
                cuts.update(c for c in (mention.start, mention.end) if first < c < last)
        bounds = sorted(cuts)
        segments = []
        for start, end in zip(bounds, bounds[1:], strict=False):
            covering = [m for m in mentions if m.start < end and start < m.end]
            shown = min(
                covering, key=lambda m: (m.source != Source.EDITOR, -m.start, m.end), default=None
            )
            segments.append(
                {
                    "start": start,
                    "text": text[start:end],
                    "mention": shown,
                    "editor": shown is not None and shown.source == Source.EDITOR,
                }
            )
        paragraphs.append(segments)
    return paragraphs


def article_meetings(mentions) -> list[dict]:
    """The article's events in the order the text reports them, each with its mentions here."""
    meetings = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        entry = meetings.setdefault(mention.event_id, {"event": mention.event, "mentions": []})
        entry["mentions"].append(mention)
    for entry in meetings.values():
        entry["editor"] = any(m.source == Source.EDITOR for m in entry["mentions"])
    return list(meetings.values())


class PassageForm(forms.Form):
    """The characters an editor selected in the article; `clean` widens them to the whole
    sentences they touch, the evidence an added meeting carries."""

    start = forms.IntegerField(min_value=0)
    end = forms.IntegerField(min_value=1)

    def __init__(self, *args, text: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.text = text

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            raise forms.ValidationError(
                "Select the sentence that reports the meeting: the selection's offsets are "
                "missing or not numbers."
            )
        try:
            cleaned["start"], cleaned["end"] = sentence_span(
                self.text, cleaned["start"], cleaned["end"]
            )
        except ValueError as error:
            raise forms.ValidationError(
                f"Select the sentence that reports the meeting inside the article's text "
                f"(it has {len(self.text)} characters; {error})."
            ) from error
        return cleaned

    @property
    def message(self) -> str:
        return " ".join(self.non_field_errors())


def engine_initial(article, start: int, end: int) -> tuple[dict, str]:
    """The add-a-meeting form's first values, from the engine's reading of text[start:end]
    (with the gazetteer the editors maintain), and the basis of that reading."""
    reading = read_passage(
        services.extractor(),
        article.text,
        start,
        end,
        published=article.published_at,
        language=article.language or None,
    )
    initial = {
        "kind": reading["kind"],
        "date": reading["date"],
        "end_date": reading["end_date"] or "",
        "status": reading["status"],
        "participants": ", ".join(reading["participants"]),
        "place": reading["location"] or "",
        "title": reading["title"],
    }
    return initial, reading["basis"]
