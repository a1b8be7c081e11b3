"""The extraction engine: article text -> diplomatic meetings (DESIGN.md, "Extraction contract").

One pass per article, a pipeline of stages with plain data between them (`model`):

  document shape (`document`: sentences, captions, headings)
  -> mentions (`mentions`: actors, people, roles, back-references, pronouns)
  -> meeting candidates, one per trigger (`candidates`), with their
     dates (`dates`, `borrowed_dates`), kind, status and modality (`status`),
     sides (`sides`) and place (`places`)
  -> merging within the article (`merging`, `called_off`), then what the article's events
     tell of each other's places (`places`) and the states their people hold office for
     (`states`)
  -> rendering to the contract (`rendering`).

The spaCy pipelines (`nlp`) and the gazetteer are loaded once per process.
"""

from datetime import date

from . import confidence, temporal
from .candidates import outside_names, sentence_events
from .cues import cues
from .document import sentences
from .gazetteer import Gazetteer, default_gazetteer
from .language import detect_language
from .mentions import parties_in, people_in
from .merging import merge
from .model import Article, Candidate, ExtractionResult, Sentence
from .nlp import (
    ENGLISH_DEFAULT,
    ENGLISH_MODEL,
    NEWLINE_COMPONENT,
    chunks,
    english_model,
    english_nlp,
    french_nlp,
    nlp_for,
)
from .participants import ROLE_NOUNS
from .places import places_from_context
from .rendering import make_title, render
from .states import people_out_of_office, states_of_people, states_of_the_time


class Extractor:
    """Text -> meetings. Models and the gazetteer are loaded once per process and reused."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        learned_confidence: bool = True,
        keep_cues: bool = False,
    ):
        self._gazetteer = gazetteer
        # Both only to train the confidence model, which learns from the rules' own score
        # and from each event's cues (`cues.py`), which the contract does not carry.
        self.learned_confidence = learned_confidence
        self.keep_cues = keep_cues

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = default_gazetteer()
        return self._gazetteer

    def extract(self, text: str, published: date | None = None, language: str | None = None):
        language = language or detect_language(text)
        inferred, note = False, ""
        if published is None:
            published, note = temporal.infer_publication_date(text, language=language)
            inferred = True
        full_dates_only = published is None
        if full_dates_only:
            # No anchor for "jeudi" or "next week": keep only meetings whose date is written
            # in full, resolved against today for their status.
            note = f"{note}; only meetings with a full date were kept".lstrip("; ")
        events = self._read(text, language, published or date.today(), full_dates_only)
        if not full_dates_only and self.learned_confidence:
            confidence.rescore(events, text=text, published=published, language=language)
        if not self.keep_cues:
            for event in events:
                del event["cues"]
        if full_dates_only:
            return ExtractionResult(language, None, True, note, events)
        return ExtractionResult(language, published, inferred, note, events)

    def _read(self, text: str, language: str, published: date, full_dates_only: bool):
        """The events of `text`: read as one article up to `nlp.CHUNK_CHARACTERS`; a longer
        text (a compilation of stories) in sections cut at line breaks, each read as an article
        of its own, so that time and memory grow with the length of the text, not its square
        (the parse of one Doc, the matching of names and the merging of mentions are not
        linear). A meeting reported alike in two sections is one event; reported differently
        (other sides, a coarser date), it stays two."""
        pieces = chunks(text)
        if len(pieces) == 1:
            docs = [nlp_for(language)(text)]
        else:
            docs = nlp_for(language).pipe(pieces, batch_size=1)
        events: list[dict] = []
        offset = 0
        for piece, doc in zip(pieces, docs, strict=True):
            article = Article.read(self.gazetteer, language, published, piece, doc)
            article.full_dates_only = full_dates_only
            events.extend(_shifted(run(article), offset, len(events)))
            offset += len(piece)
        return _same_meeting_once(events) if len(pieces) > 1 else events


def _same_meeting_once(events: list[dict]) -> list[dict]:
    """Sections read apart can each report the same meeting: one event per meeting whose
    kind, dates, status, sides and place are all the same, with every section's mentions."""
    kept: list[dict] = []
    index_of_key: dict = {}
    new_index: dict[int, int] = {}
    for index, event in enumerate(events):
        key = (
            event["kind"],
            event["date"],
            event["end_date"],
            event["status"],
            frozenset(p["name"] for p in event["participants"]),
            event["location"],
        )
        if key in index_of_key:
            target = kept[index_of_key[key]]
            target["mentions"].extend(event["mentions"])
            new_index[index] = index_of_key[key]
            continue
        index_of_key[key] = len(kept)
        new_index[index] = len(kept)
        kept.append(event)
    for event in kept:
        if event["rescheduled_to"] is not None:
            event["rescheduled_to"] = new_index[event["rescheduled_to"]]
    return kept


def _shifted(events: list[dict], offset: int, before: int) -> list[dict]:
    """The events of a section starting at `offset` of the text, after `before` events: their
    offsets and their `rescheduled_to` indexes in the whole text's."""
    if not offset and not before:
        return events
    for event in events:
        for mention in event["mentions"]:
            mention["start"] += offset
            mention["end"] += offset
        if event["rescheduled_to"] is not None:
            event["rescheduled_to"] += before
    return events


def run(article: Article) -> list[dict]:
    """The article's events, rendered: its sentences in order, each read for meetings."""
    previous_with_event = None
    for sentence in sentences(article):
        parties = []
        if not sentence.caption:
            triggers = article.triggers(sentence.text)
            if triggers:
                triggers = outside_names(article, sentence, triggers)
            made = False
            if triggers:
                parties = parties_in(article, sentence)
                made = sentence_events(article, sentence, triggers, parties, previous_with_event)
            else:
                # no meeting here: only who is named, for later pronouns and roles
                parties = people_in(article, sentence)
            if made:
                previous_with_event = sentence
        for party in parties:
            if party.type == "person" and party.via in ("name", "role"):
                article.people_seen.append(party)
                article.sentence_of_person[party.start] = sentence.start
    events = merge(article)
    places_from_context(events, article.gazetteer)
    countries_told = {}
    for person in article.people_seen:
        if person.country:
            countries_told.setdefault(person.name, person.country)
    people_out_of_office(events, article.gazetteer, article.published.year)
    states_of_people(article.gazetteer, events, countries_told)
    states_of_the_time(events)
    rendered = render(article, events)
    # render puts `events` in the rendered order: each dict takes the cues of its candidate,
    # for the confidence model (`Extractor.extract` removes them before returning)
    for event, candidate in zip(rendered, events, strict=True):
        event["cues"] = cues(article, candidate)
    return rendered


__all__ = [
    "ENGLISH_DEFAULT",
    "ENGLISH_MODEL",
    "NEWLINE_COMPONENT",
    "ROLE_NOUNS",
    "Article",
    "Candidate",
    "ExtractionResult",
    "Extractor",
    "Sentence",
    "english_model",
    "english_nlp",
    "french_nlp",
    "make_title",
    "nlp_for",
    "run",
]
