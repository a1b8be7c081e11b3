"""Search that understands names: the timeline's `q=` filter.

Every event keeps a `search_text`: its title, place, participants (every name they go by)
and evidence, folded (no case, no accents) and reduced to words separated by single spaces.
A query is read the same way; each of its words must be found in that text, and a word or
phrase that names a known actor or place in either language ("Poutine", "OTAN", "Genève",
"Washington") is found by any of that actor's or place's names ("Vladimir Putin", "NATO",
"Geneva", "United States").

How it is searched. On PostgreSQL, with full text: the folded text read by the 'simple'
configuration (the words as they are: no stemming, no stop words, so French and English are
read alike), a GIN index on that expression (migration 0005), and one `to_tsquery` of every
term: a name as a phrase of its words, any of its names; any other word as the beginning of
a word ('pourparl' finds 'pourparlers', 'gen' Geneva). Elsewhere (SQLite, `make run`), a
plain `LIKE` on the same text: the same names, and any other word found anywhere, even inside
a word. A timeline is read by date, so the meetings found are not ranked.
"""

import operator
import re
from collections.abc import Iterable
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, reduce

from django.db import connections
from django.db.models import Prefetch, Q, QuerySet

from articles.extraction.gazetteer import default_gazetteer, fold
from timeline.models import Actor, Event, Mention

# Parts of the text (title, place, each participant, each evidence) are kept apart by this,
# so that a name cannot be read across two of them ("… Vladimir | Putin …").
PART_SEPARATOR = " | "

# Another name shorter than this is not searched for in the text: folded, "US", "UN", "EU"
# and "AU" are the words "us", "un", "eu" and "au". The actor's own name always is ("G7").
SHORTEST_OTHER_NAME = 3

# Gazetteer forms that name a country only loosely: "russe" or "américain" in a query is a
# word to find, not every meeting Russia or the United States took part in.
_LOOSE_FORMS = {"demonym", "prefix"}

_NOT_A_WORD = re.compile(r"[\W_]+")
# French elision, folded: "l'OTAN" is OTAN, and a lone "l" would be found in every text.
_ELIDED = re.compile(r"\b(?:[cdjlmnst]|qu)'")


def words_of(text: str) -> str:
    """`text` folded (no case, no accents), without elided articles, every run of punctuation
    and spaces made one space: 'Genève, l’OTAN' -> 'geneve otan'."""
    return _NOT_A_WORD.sub(" ", _ELIDED.sub(" ", fold(text))).strip()


def _aliases(aliases) -> list[str]:
    """Every alias of {"en": [...], "fr": [...]}, whatever an editor typed into the JSON."""
    found = []
    for value in aliases.values() if isinstance(aliases, dict) else ():
        found.extend([value] if isinstance(value, str) else value)
    return [alias for alias in found if isinstance(alias, str)]


def _names(name: str, aliases) -> list[str]:
    """An actor's or place's name and all its aliases, in every language."""
    return [name, *_aliases(aliases)]


def search_text_for(
    *,
    title: str,
    place: tuple[str, dict] | None,
    participants: Iterable[tuple[str, dict]],
    evidence: Iterable[str],
) -> str:
    """What an event is searched by. `place` and each participant are (name, aliases); the
    aliases are the editors' (the Actor and Place tables), the gazetteer's are read at query
    time. The text starts and ends with a space, so that a whole word is ' word '."""
    parts = [title]
    if place:
        parts.extend(_names(*place))
    for name, aliases in participants:
        parts.extend(_names(name, aliases))
    parts.extend(evidence)
    kept = dict.fromkeys(w for w in (words_of(p) for p in parts) if w)
    return f" {PART_SEPARATOR.join(kept)} "


# The events whose text is to be written when the current `search_text_written_once` ends.
_pending_refresh: ContextVar[set | None] = ContextVar("pending_search_refresh", default=None)


@contextmanager
def search_text_written_once():
    """Within it, `refresh_search_text` notes the events and writes each once, at the end:
    recording a meeting saves its event, participants and evidence a dozen times, and would
    otherwise read them all back after each save. Put it inside the transaction."""
    if _pending_refresh.get() is not None:
        yield  # the outer one writes
        return
    token = _pending_refresh.set(set())
    try:
        yield
        pending = _pending_refresh.get()
    finally:
        _pending_refresh.reset(token)
    _write_search_text(pending)


def refresh_search_text(event_ids: Iterable[int]) -> None:
    """Write the search text of these events again from what they hold now (at the end of
    the current `search_text_written_once`, if any). Called on every change to an event, its
    participants, its place or its evidence (timeline.signals), and by the services that move
    evidence with a bulk update (merges, splits, parses)."""
    ids = {pk for pk in event_ids if pk is not None}
    pending = _pending_refresh.get()
    if pending is not None:
        pending |= ids
    else:
        _write_search_text(ids)


def _write_search_text(ids: set[int]) -> None:
    if not ids:
        return
    events = (
        Event.objects.filter(pk__in=ids)
        .select_related("place")
        .only("search_text", "title", "place__name", "place__aliases")
        .prefetch_related(
            Prefetch("participants", queryset=Actor.objects.only("name", "aliases")),
            Prefetch("mentions", queryset=Mention.objects.only("event_id", "evidence")),
        )
    )
    for event in events:
        text = search_text_for(
            title=event.title,
            place=(event.place.name, event.place.aliases) if event.place else None,
            participants=[(a.name, a.aliases) for a in event.participants.all()],
            evidence=[m.evidence for m in event.mentions.all()],
        )
        if text != event.search_text:
            Event.objects.filter(pk=event.pk).update(search_text=text)


# --- reading a query ----------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One thing the query asks for: an event matches when its text holds any of `whole`
    as whole words, or `part` ('talk' also finds 'peace talks'): at the start of a word on
    PostgreSQL, anywhere on SQLite."""

    typed: str  # what the reader wrote, folded
    whole: frozenset[str] = frozenset()
    part: str = ""

    def condition(self) -> Q:
        # The text is folded and lower case already: a plain LIKE rather than ILIKE.
        conditions = [Q(search_text__contains=f" {name} ") for name in sorted(self.whole)]
        if self.part:
            conditions.append(Q(search_text__contains=self.part))
        return reduce(operator.or_, conditions)

    def tsquery(self) -> str:
        """The term in to_tsquery's syntax: any of its names as a phrase, or its part as the
        beginning of a word. Every word is quoted; it holds only letters and digits
        (`words_of`), nothing to_tsquery would read as an operator."""
        alternatives = [
            "(" + " <-> ".join(f"'{word}'" for word in name.split()) + ")"
            for name in sorted(self.whole)
        ]
        if self.part:
            alternatives.append(f"'{self.part}':*")
        return "(" + " | ".join(alternatives) + ")"

    def spans_words(self) -> bool:
        return any(" " in name for name in self.whole)


@cache
def _capital_countries() -> dict[str, list]:
    """{place name: the countries whose capital it is}: Washington is also the United States."""
    gazetteer = default_gazetteer()
    countries: dict[str, list] = {}
    for country, place in gazetteer.capitals.items():
        if gazetteer.actor(country):
            countries.setdefault(place.name, []).append(gazetteer.actor(country))
    return countries


def _names_to_find(actors, places) -> frozenset[str]:
    found = set()
    for target in [*actors, *places]:
        found.add(words_of(target.name))
        for alias in _aliases(target.aliases):
            other = words_of(alias)
            if len(other) >= SHORTEST_OTHER_NAME:
                found.add(other)
    return frozenset(n for n in found if n)


def _named(query: str) -> list[tuple[int, int, set, set]]:
    """The known actors and places the query names: (start, end, actors, places), in order,
    never overlapping, the longer name first ("Vladimir Poutine" rather than "Poutine")."""
    gazetteer = default_gazetteer()
    # The gazetteer reads running text, where "US" is a country and "us" a pronoun; a reader
    # types names in any case. Upper case passes its case checks; fold() keeps the spans.
    surface = query.upper() if len(query.upper()) == len(query) else query
    folded = fold(query)
    by_span: dict[tuple[int, int], tuple[set, set]] = {}
    for language in ("en", "fr"):
        for match in gazetteer.find(surface, language, folded=folded):
            if match.form in _LOOSE_FORMS:
                continue
            actors, places = by_span.setdefault((match.start, match.end), (set(), set()))
            if match.actor:
                actors.add(match.actor)
            if match.place:
                places.add(match.place)
                actors.update(_capital_countries().get(match.place.name, ()))
    chosen, end_of_last = [], -1
    longest_first = sorted(by_span.items(), key=lambda item: (item[0][0], -item[0][1]))
    for (start, end), (actors, places) in longest_first:
        if start >= end_of_last and (actors or places):
            chosen.append((start, end, actors, places))
            end_of_last = end
    return chosen


def query_terms(query: str) -> list[Term]:
    """What each part of the query asks for, in the order written; the same term once."""
    terms, position = [], 0
    for start, end, actors, places in _named(query):
        terms.extend(Term(word, part=word) for word in words_of(query[position:start]).split())
        typed = words_of(query[start:end])
        terms.append(Term(typed, whole=_names_to_find(actors, places) | {typed}))
        position = end
    terms.extend(Term(word, part=word) for word in words_of(query[position:]).split())
    return list(dict.fromkeys(terms))


def search(events: QuerySet, query: str) -> QuerySet:
    """The events every term of `query` matches. A query with no word in it (only
    punctuation) matches nothing, as a search for it did before."""
    terms = query_terms(query)
    if not terms:
        return events.none()
    if connections[events.db].vendor == "postgresql":
        return _full_text_search(events, terms)
    for term in terms:
        events = events.filter(term.condition())
    return events


def _full_text_search(events: QuerySet, terms: list[Term]) -> QuerySet:
    from django.contrib.postgres.search import SearchQuery, SearchVector, SearchVectorExact

    # The same expression as the index of migration 0005 (FULL_TEXT_INDEX), or the index
    # would not be used.
    vector = SearchVector("search_text", config="simple")
    query = SearchQuery(" & ".join(t.tsquery() for t in terms), search_type="raw", config="simple")
    events = events.filter(SearchVectorExact(vector, query))
    # A tsvector has no boundary between the parts of the text: "… Manchester United | States
    # Parties …" holds the phrase "united states". The LIKE on the few events found keeps a
    # name of several words within one part, as on SQLite.
    for term in terms:
        if term.spans_words():
            events = events.filter(term.condition())
    return events
