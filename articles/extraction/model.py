"""The plain data passed between the stages: an article being read, its sentences, the
meeting candidates found in them, and the result handed back to the caller.

`Article` holds what every stage reads (the text, its parse, the gazetteer's matches) and the
little the stages write as they go through the sentences in order (the people named so far,
the candidates made so far, whose meeting the story last reported).
"""

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

from .gazetteer import Actor, Gazetteer, fold
from .participants import ParticipantFinder, Party
from .patterns import cancellations
from .triggers import Trigger, find_triggers
from .unknown_people import other_bearers_dropped, unknown_people


class TokenIndex:
    """The spaCy token covering a character offset (None outside tokens or without a parse)."""

    def __init__(self, doc):
        self.doc = doc
        self.parsed = doc.has_annotation("DEP") or doc.has_annotation("MORPH")
        self.starts = [int(i) for i in doc.to_array("IDX")] if self.parsed and len(doc) else []

    def __bool__(self):
        return bool(self.starts)

    def get(self, offset: int):
        if not self.starts:
            return None
        index = bisect.bisect_right(self.starts, offset) - 1
        if index < 0:
            return None
        token = self.doc[index]
        return token if offset < token.idx + len(token.text) else None


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    caption: bool = False
    heading: bool = False
    reporting: list | None = None  # spans of reporting clauses, computed once
    matches: list | None = None  # gazetteer matches inside the sentence, computed once
    agenda_day: str | None = None  # an item of an agenda: the day heading it is listed under
    # a sentence of a diary's paragraph under a day heading ("MONDAY", "Mardi 8 octobre"): that
    # day, for a meeting the sentence does not date itself
    day_heading: str | None = None


@dataclass
class Candidate:
    kind: str
    value: str | None
    precision: str | None
    end_value: str | None
    anchored: bool
    status: str
    parties: list
    location: str | None
    sentence: Sentence
    trigger: Trigger
    explicit_date: bool = False
    vague: bool = False  # "next week", "soon", or a date carried over from another sentence
    week: tuple | None = None  # "this week", "next week": the days it can still take
    distinct: bool = False  # "deux conversations": never merged with its twin
    supporting: bool = False  # may only add evidence to another event
    group: int = 0  # candidates split from one trigger are never merged together
    venue: bool = False  # "met at the G7 summit": the summit is where another meeting happens
    rescheduled_from: object = None
    mentions: list = field(default_factory=list)
    # undated: the one date its sentence gives and the status it would give, kept for when no
    # other mention dates the meeting (`borrowed_dates.date_from_its_sentence`)
    sentence_date: tuple | None = None
    # its sentence named no side: its sides come from elsewhere (a meeting the story told
    # before, the country of its city, an agenda's owner), a cue for the confidence model
    sides_from_story: bool = False

    @property
    def person_names(self):
        return {p.name for p in self.parties if p.type == "person"}

    @property
    def names(self):
        return {p.name for p in self.parties}


@dataclass
class SentenceContext:
    """What the stages read of one sentence with meeting words, found once for all its
    triggers."""

    sentence: Sentence
    triggers: list[Trigger]
    parties: list[Party]  # everyone the sentence names
    reporting: list  # spans of reporting clauses ("selon le Kremlin", "X said")
    expressions: list  # the dates that can date a meeting
    assignment: dict  # trigger -> its own date
    adjunct: re.Match | None  # ", three days after X's summit"
    embedded: set[Trigger]  # triggers inside that adjunct
    cancelled: set[Trigger]  # triggers a cancellation word applies to
    new_dates: list  # dates a meeting was moved to ("reporté au 12 octobre")
    venues: set[Trigger]  # summits at which another meeting happens


@dataclass
class ExtractionResult:
    language: str
    published: date | None
    published_inferred: bool
    published_note: str
    events: list


@dataclass
class Article:
    """One article while it is read, sentence after sentence."""

    gazetteer: Gazetteer
    language: str
    published: date
    text: str
    doc: object
    finder: ParticipantFinder
    matches: list  # the gazetteer's matches in the whole text, in text order
    match_starts: list
    unknown_people: list  # (start, end, name): people the gazetteer does not know
    token_at: TokenIndex
    # no publication date: only meetings whose date is written in full are kept
    full_dates_only: bool = False
    people_seen: list[Party] = field(default_factory=list)  # every person so far, in text order
    # the last person named in full with each surname, over people_seen[:surnames_indexed]
    full_name_of_surname: dict = field(default_factory=dict)
    surnames_indexed: int = 0
    # the start of the sentence each person seen was named in, by the person's start
    sentence_of_person: dict = field(default_factory=dict)
    candidates: list[Candidate] = field(default_factory=list)
    last_event_subject: Party | None = None
    own_sides: set[Trigger] = field(default_factory=set)  # nouns whose sides are their complements
    group: int = 0  # the number of the last trigger that made candidates
    agenda_owner: Party | None = None  # whose agenda the article is, when it is one
    # (offset, day or None) of the last day written in each sentence read for dates, in text
    # order: the day the story has just told, for "the same day", "two days later"
    days_told: list = field(default_factory=list)
    # (offset, date or None) of the last date of any precision written in each sentence read
    # for dates: the time the story has just told, for "the following month", "that June"
    times_told: list = field(default_factory=list)
    # each text scanned for meeting words, and what the scan found (`triggers`)
    trigger_scans: dict = field(default_factory=dict)
    # each text scanned for cancellation words, and what the scan found (`cancellations`)
    cancellation_scans: dict = field(default_factory=dict)

    def triggers(self, text: str) -> list[Trigger]:
        """`find_triggers` of a text of this article, scanned once: a sentence is scanned again
        when its kind or its status is decided (triggers are frozen; each caller gets its own
        list)."""
        found = self.trigger_scans.get(text)
        if found is None:
            found = self.trigger_scans[text] = tuple(find_triggers(text, self.language))
        return list(found)

    def cancellations(self, text: str) -> list:
        """`patterns.cancellations` of a text of this article, scanned once: dates and status
        both ask it of each sentence with a meeting."""
        found = self.cancellation_scans.get(text)
        if found is None:
            found = self.cancellation_scans[text] = tuple(cancellations(text))
        return list(found)

    @classmethod
    def read(cls, gazetteer: Gazetteer, language: str, published: date, text: str, doc):
        """The article with its gazetteer matches and unknown people found once."""
        finder = ParticipantFinder(gazetteer, language)
        matches = gazetteer.of_the_time(gazetteer.find(text, language, fold(text)), published.year)
        matches = other_bearers_dropped(text, matches)
        known = [(m.start, m.end) for m in matches]
        use_ents = doc if language == "fr" or doc.has_annotation("ENT_IOB") else None
        return cls(
            gazetteer=gazetteer,
            language=language,
            published=published,
            text=text,
            doc=doc,
            finder=finder,
            matches=matches,
            match_starts=[m.start for m in matches],
            unknown_people=unknown_people(text, language, known, use_ents),
            token_at=TokenIndex(doc),
        )


def side_count(parties) -> int:
    """How many sides: a person counts for their country (or themselves without one)."""
    sides = set()
    for party in parties:
        if party.type == "person":
            sides.add(party.country or party.name)
        else:
            sides.add(party.name)
    return len(sides)


def person_party(person, sentence, match, via: str) -> Party:
    """A gazetteer person standing for the words `match` found in `sentence` (a role, a
    back-reference, a pronoun), with the span of those words in the article."""
    return Party(
        person.name,
        "person",
        sentence.start + match.start(),
        sentence.start + match.end(),
        person.country,
        via,
    )


def unknown_person(name: str):
    """A person the gazetteer does not know, without "M.", "Mr", "Mme"."""
    return Actor(name=re.sub(r"^(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s+", "", name), type="person")
