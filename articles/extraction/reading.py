"""The engine's reading of one passage of an article: where an editor adding a meeting the
engine missed starts from.

    span = sentence_span(text, start, end)  # the whole sentences a selection touches
    reading = read_passage(extractor, text, *span, published=date(2024, 3, 14), language="fr")
    reading["date"], reading["participants"], reading["basis"]

Three readings, the most informed first:

- "article": the engine's extraction of the whole article has a meeting whose evidence
  overlaps the passage; its fields (the article's context resolved the pronouns and dates).
- "passage": the passage extracted alone, with the article's publication date.
- "partial": the engine finds no meeting there (one side only, an unknown trigger): what its
  temporal tagger and gazetteer read in the passage, kind and status guessed or left blank.

Plain Python like the rest of the engine; nothing here changes what `Extractor` returns.
"""

from datetime import date

from . import temporal
from .language import detect_language
from .participants import ParticipantFinder
from .pipeline import make_title
from .triggers import find_triggers

BASIS_ARTICLE = "article"
BASIS_PASSAGE = "passage"
BASIS_PARTIAL = "partial"


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole sentences that the characters text[start:end] touch, without the white space
    around them. ValueError when the span is outside the text or holds only white space."""
    if not (0 <= start < end <= len(text)):
        raise ValueError("the span lies outside the text")
    chosen = text[start:end]
    first = start + len(chosen) - len(chosen.lstrip())
    last = end - (len(chosen) - len(chosen.rstrip()))
    if first >= last:
        raise ValueError("the span holds no text")
    # The tagger's own sentence boundaries: they know "Mr." and "Jan." do not end a sentence.
    sentence_start = temporal._sentence_bounds(text, first)[0]
    sentence_end = temporal._sentence_bounds(text, last - 1)[1]
    sentence = text[sentence_start:sentence_end]
    sentence_start += len(sentence) - len(sentence.lstrip())
    sentence_end -= len(sentence) - len(sentence.rstrip())
    return sentence_start, sentence_end


def read_passage(
    extractor, text: str, start: int, end: int, *, published: date | None, language: str | None
) -> dict:
    """What the engine reads in text[start:end] of an article published on `published`.

    Returns the contract's fields (date, end_date, kind, status, participants as canonical
    names, location, title; "" or None where the engine reads nothing) and `basis`, one of
    "article", "passage" or "partial" (see the module's docstring).
    """
    if not (0 <= start < end <= len(text)):
        raise ValueError("the passage lies outside the text")
    language = language or detect_language(text)
    whole = extractor.extract(text, published=published, language=language)
    event = _most_overlapping(whole.events, start, end)
    if event is not None:
        return _contract(event, BASIS_ARTICLE)
    # An article without a date has one inferred by the engine: the passage is read with it.
    published = whole.published
    passage = text[start:end]
    alone = extractor.extract(passage, published=published, language=language).events
    if alone:
        return _contract(alone[0], BASIS_PASSAGE)
    return _partial_reading(extractor.gazetteer, passage, published, language)


def _most_overlapping(events: list[dict], start: int, end: int) -> dict | None:
    best, best_overlap = None, 0
    for event in events:
        for mention in event.get("mentions") or []:
            overlap = min(end, mention["end"]) - max(start, mention["start"])
            if overlap > best_overlap:
                best, best_overlap = event, overlap
    return best


def _contract(event: dict, basis: str) -> dict:
    return {
        "date": event.get("date") or "",
        "end_date": event.get("end_date") or None,
        "kind": event.get("kind") or "",
        "status": event.get("status") or "",
        "participants": [p["name"] for p in event.get("participants", []) if p.get("name")],
        "location": event.get("location") or None,
        "title": event.get("title") or "",
        "basis": basis,
    }


def _partial_reading(gazetteer, passage: str, published: date | None, language: str) -> dict:
    triggers = find_triggers(passage, language)
    trigger = triggers[0] if triggers else None
    expression = _date_expression(passage, published, language, trigger)
    participants, location = _sides_and_place(gazetteer, passage, language)
    kind = trigger.kind if trigger else ""
    return {
        "date": expression.value if expression else "",
        "end_date": expression.end_value if expression else None,
        "kind": kind,
        "status": _status(passage, published, language, trigger, expression),
        "participants": [p["name"] for p in participants],
        "location": location,
        "title": make_title(gazetteer, language, kind, participants, location) if kind else "",
        "basis": BASIS_PARTIAL,
    }


def _date_expression(passage, published, language, trigger):
    """The date expression nearest the meeting's trigger (the first one without a trigger)."""
    # Without a publication date only a date written in full can be trusted, as the engine does.
    anchor = published or date.today()
    expressions = temporal.find_time_expressions(passage, language=language, published=anchor)
    if published is None:
        expressions = [e for e in expressions if not e.anchored]
    if not expressions:
        return None
    if trigger is None:
        return expressions[0]
    return min(
        expressions,
        key=lambda e: max(e.start - trigger.end, trigger.start - e.end, 0),
    )


def _sides_and_place(gazetteer, passage: str, language: str) -> tuple[list[dict], str | None]:
    """The actors the gazetteer finds in the passage, and the place it is held in.

    A capital after "à"/"in" is the place, not its country; whoever only reports the news
    ("selon le Kremlin") or is only talked about ("la guerre en Ukraine") is no side.
    """
    finder = ParticipantFinder(gazetteer, language)
    reporting = finder.excluded_spans(passage)
    participants, seen, location = [], set(), None
    for match in gazetteer.find(passage, language):
        if match.place is not None and (
            match.actor is None or finder.is_locative(passage, match.start)
        ):
            location = location or match.place.name
            continue
        if match.actor is None or match.actor.name in seen:
            continue
        if any(a <= match.start < b for a, b in reporting):
            continue
        if finder.is_locative(passage, match.start) or finder.is_topic(passage, match.start):
            continue
        seen.add(match.actor.name)
        participants.append({"name": match.actor.name, "type": match.actor.type})
    return participants, location


def _status(passage, published, language, trigger, expression) -> str:
    """Held or scheduled, from the date against publication, else from the verb's tense;
    blank when the passage says nothing either way."""
    if expression is not None and published is not None:
        today = published.isoformat()[: len(expression.value)]
        if expression.value > today:
            return "scheduled"
        if expression.value < today:
            return "held"
    offset = trigger.start if trigger else (expression.start if expression else None)
    if offset is None:
        return ""
    tense = temporal.clause_tense(passage, offset, language=language)
    return {"past": "held", "future": "scheduled"}.get(tense, "")
