"""The extraction engine: article text -> diplomatic meetings (DESIGN.md, "Extraction contract").

One pass per article, a pipeline of stages with plain data between them (`model`):

  document shape (`document`: sentences, captions, headings)
  -> mentions (`mentions`: actors, people, roles, back-references, pronouns)
  -> meeting candidates, one per trigger (`candidates`), with their
     dates (`dates`, `borrowed_dates`), kind, status and modality (`status`),
     sides (`sides`) and place (`places`)
  -> merging within the article (`merging`)
  -> rendering to the contract (`rendering`).

The spaCy pipelines (`nlp`) and the gazetteer are loaded once per process.
"""

from datetime import date

from . import confidence, temporal
from .candidates import outside_names, sentence_events
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
    english_model,
    english_nlp,
    french_nlp,
    nlp_for,
)
from .participants import ROLE_NOUNS
from .rendering import make_title, render
from .triggers import find_triggers


class Extractor:
    """Text -> meetings. Models and the gazetteer are loaded once per process and reused."""

    def __init__(self, gazetteer: Gazetteer | None = None, learned_confidence: bool = True):
        self._gazetteer = gazetteer
        # Off only to train the confidence model, which learns from the rules' own score.
        self.learned_confidence = learned_confidence

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
        doc = nlp_for(language)(text)
        if published is None:
            # No anchor for "jeudi" or "next week": keep only meetings whose date is written
            # in full, resolved against today for their status.
            article = Article.read(self.gazetteer, language, date.today(), text, doc)
            article.full_dates_only = True
            note = f"{note}; only meetings with a full date were kept".lstrip("; ")
            return ExtractionResult(language, None, True, note, run(article))
        events = run(Article.read(self.gazetteer, language, published, text, doc))
        if self.learned_confidence:
            confidence.rescore(events, text=text, published=published, language=language)
        return ExtractionResult(language, published, inferred, note, events)


def run(article: Article) -> list[dict]:
    """The article's events, rendered: its sentences in order, each read for meetings."""
    previous_with_event = None
    for sentence in sentences(article):
        parties = []
        if not sentence.caption:
            triggers = find_triggers(sentence.text, article.language)
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
    return render(article, merge(article))


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
