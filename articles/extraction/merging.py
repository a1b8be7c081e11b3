"""Merging within the article: the candidates that mention the same meeting become one event
with several evidences.

Dated, valid candidates are taken in text order and each joins the best earlier event it is
compatible with (kind family, status, dates, parties, places, shared names); the rest (undated,
supporting, one-sided) can only add evidence, and sides when they name the meeting again with
sides of their own. An undated meeting that joins no event is dated by the story it is told in
(`borrowed_dates.date_from_narrative`), when it can be.
"""

import dataclasses
import re
from datetime import date

from .borrowed_dates import date_from_its_sentence, date_from_narrative
from .called_off import (
    called_off_that_day,
    calls_off,
    definite,
    kinds_compatible,
    moved_later,
)
from .document import sentence_tense
from .first_days import tells_its_end
from .model import Article, Candidate, side_count
from .patterns import SERIES_WORDS
from .temporal.vocabulary import FR_WEEKDAY
from .triggers import MEAL
from .validity import is_event, is_valid

_ANOTHER = re.compile(
    r"\b(?:précédent|précédente|dernier|dernière|autre|previous|earlier|last|another|first)\s+$",
    re.IGNORECASE,
)
# the "dernier" of a date, not of another meeting: "s'était entretenu mardi dernier au téléphone"
_LAST_OF_A_DATE = re.compile(
    rf"\b(?:{FR_WEEKDAY}|week-end|mois|semaine|an|année|printemps|été|automne|hiver)"
    r"\s+derni(?:er|ère)\s+$",
    re.IGNORECASE,
)
_DEMONSTRATIVE_BEFORE = re.compile(r"\b(?:ces|cette|cet|ce|these|this|those)\s+$", re.IGNORECASE)


def merge(article: Article) -> list[Candidate]:
    """The article's events: each candidate merged into an earlier mention of the same meeting
    or kept as an event of its own."""
    events: list[Candidate] = []
    pending = _without_echoes(article.candidates)
    for candidate in pending:
        candidate.mentions = [candidate.sentence]
    # dated, valid candidates first in text order; the rest can only add evidence
    primary = [
        c
        for c in pending
        if c.value is not None
        and is_event(c)
        and not c.supporting
        and (c.explicit_date or not article.full_dates_only)
    ]
    # by identity: two candidates may be equal field for field and still be two mentions
    chosen = {id(c) for c in primary}
    secondary = [c for c in pending if id(c) not in chosen]
    for candidate in primary:
        called_off = called_off_that_day(candidate, events)
        if called_off is not None:
            # "Sa visite a été annulée, a-t-on appris jeudi", "The trip was postponed on
            # Saturday": the day it was called off, not a meeting of that day
            _absorb(called_off, candidate, add_parties=False, primary=False)
            called_off.status = "cancelled"
            continue
        target = _merge_target(article, events, candidate)
        if target is None:
            events.append(candidate)
        else:
            _absorb(target, candidate)
    for candidate in secondary:
        completed = _complete_lone_side(article, candidate, events)
        if completed is not None:
            target = _merge_target(article, events, completed)
            if target is None:
                events.append(completed)
            else:
                _absorb(target, completed)
            continue
        target = _merge_target(article, events, candidate, loose=True)
        # Only now, once no dated mention has claimed it: a meeting told with no date of its
        # own is often one the article names again with its date ("They met on Monday. Their
        # meeting lasted two hours"), and dating it first would make it a second event.
        if (
            target is None
            and _untold_meeting(candidate, events)
            and (
                date_from_its_sentence(article, candidate)
                or date_from_narrative(article, candidate)
            )
        ):
            events.append(candidate)
            continue
        if target is not None:
            # "Ces discussions, menées par X et Y": a meeting named again with its own
            # sides adds them even without a date
            restated = candidate.trigger in article.own_sides and bool(
                _DEMONSTRATIVE_BEFORE.search(
                    candidate.sentence.text,
                    max(0, candidate.trigger.start - 8),
                    candidate.trigger.start,
                )
            )
            # "s'était rendu fin août à Caracas, où il avait rencontré Nicolás Maduro": the
            # meeting a trip's own sentence tells without a date of its own is the trip's,
            # and whom it names are the trip's sides
            on_the_trip = (
                target.kind == "visit"
                and candidate.sentence is target.sentence
                and candidate.trigger.start > target.trigger.start
            )
            _absorb(
                target,
                candidate,
                add_parties=candidate.value is not None or restated or on_the_trip,
                primary=False,
            )
            if calls_off(candidate, target):
                # "Ali Haddad was due to meet Lena Park on Tuesday. The meeting has been
                # called off.": the meeting named before is called off
                target.status = "cancelled"
    moved_later(events)
    return _ends_joined_to_their_starts(article, events)


def _without_echoes(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less those that only echo a sibling: one meeting word read as several
    meetings (one per object, as "X met Y and Z" is two) where one reading names no one the
    other does not. "Alain Berset a eu un échange avec la présidente de la République de
    Moldavie, Maia Sandu": the role and the name after it are one person, not two meetings,
    and {Berset, Switzerland} is all inside {Berset, Sandu, Switzerland, Moldova}. The state a
    person met speaks for counts as named ("a reçu Mikhaïl Gorbatchev, peu après l'atterrissage
    de l'avion soviétique": the Soviet Union is no second meeting)."""
    kept = []
    for candidate in candidates:
        echoed = any(
            other is not candidate
            and other.group == candidate.group
            and other.value == candidate.value
            and other.status == candidate.status
            and candidate.names < other.names | _states_of_its_people(other)
            and candidate.names != other.names
            for other in candidates
        )
        if not echoed:
            kept.append(candidate)
    return kept


def _states_of_its_people(candidate: Candidate) -> set:
    return {p.country for p in candidate.parties if p.type == "person" and p.country}


# the day a meeting was held, not the day it ended
_OWN_DAY_HELD = re.compile(
    r"\b(?:held|convened|tenue?s?|réunie?s?)\s+(?:on|le|les|ce|this|last)\b", re.IGNORECASE
)


def _ends_joined_to_their_starts(article: Article, events: list[Candidate]) -> list[Candidate]:
    """ "The LTTE today concluded their first round of direct talks ... The three days of talks,
    which began on Monday": the end of a meeting of several days, told on its last day, is the
    meeting told on its first day, by which the corpus dates it. Joined after all merging, as
    the first day may be told after the end (wire copy leads with the end)."""
    ends = []
    for event in events:
        if event.status != "held" or event.precision != "day" or event.kind == "call":
            continue
        if any(other.rescheduled_from is event for other in events):
            continue
        if not tells_its_end(article.language, event.sentence.text, event.trigger):
            continue
        if _OWN_DAY_HELD.search(event.sentence.text):
            continue  # "The ninth round, held on March 12 at Moldo, ended late at night"
        last = date.fromisoformat(event.value)
        for start in events:
            if start is event or any(start is end for end in ends):
                continue
            if start.status != "held" or start.precision != "day" or start.value >= event.value:
                continue
            if not kinds_compatible(start.kind, event.kind) or start.kind == "call":
                continue
            if (last - date.fromisoformat(start.value)).days > 6:
                continue
            if start.location and event.location and start.location != event.location:
                continue
            same_place = start.location and start.location == event.location
            if not _overlap(start, event) and not same_place:
                continue
            _absorb(start, event, primary=False)
            ends.append(event)
            break
    return [event for event in events if not any(event is end for end in ends)]


def _over_before_a_plan(article: Article, event: Candidate, candidate: Candidate) -> bool:
    """A meeting told in the past, with no date, is not a mention of one still ahead, nor of
    one called off ("Le sommet n'a pas eu lieu. Le président s'est finalement entretenu avec
    son homologue"); nor one told in the future a mention of one over."""
    if event.status == "held" and candidate.status == "scheduled":
        return sentence_tense(article, candidate.sentence, candidate.trigger.start) == "future"
    if event.status not in ("scheduled", "cancelled") or candidate.status != "held":
        return False
    trigger = candidate.trigger
    before = candidate.sentence.text[max(0, trigger.start - 30) : trigger.start]
    if not trigger.verb and _PURPOSE_BEFORE.search(before):
        # "effectuait des préparatifs pour une rencontre": the verb's past is not the noun's
        return False
    return sentence_tense(article, candidate.sentence, trigger.start) == "past"


_PURPOSE_BEFORE = re.compile(
    r"\b(?:pour|en\s+vue\s+d[e'’]|avant|préparatifs?|préparation|for|ahead\s+of|before|towards"
    r"|preparations?)\b[^.;]*$",
    re.IGNORECASE,
)


def _untold_meeting(candidate: Candidate, events: list[Candidate]) -> bool:
    """A valid meeting with no date that no event holds, and that is not one of them told
    again: not in a sentence that has already made an event ("met on Monday for their first
    talks in two years"), nor a definite mention of a meeting of people already met ("In the
    call with Putin, the two leaders discussed..."), whose sides were read too loosely to
    merge."""
    if candidate.value is not None or not is_valid(candidate) or candidate.supporting:
        return False
    if any(
        event.sentence is candidate.sentence and event.group != candidate.group for event in events
    ):
        return False  # one split trigger ("visited Seoul and Tokyo") makes several meetings
    people = candidate.person_names
    return not (definite(candidate) and any(people & event.person_names for event in events))


def _complete_lone_side(article: Article, candidate: Candidate, events: list) -> Candidate | None:
    """ "Mugabe flew to the DRC for a one-day summit on Sunday. The summit is expected to be
    attended by leaders of Zimbabwe, Namibia and Angola": a dated summit with one side, named
    again soon after with its sides but no date, is one summit with both. When the lone-sided
    summit is already an event (`is_event`), the later mention completes that event in place
    (and None is returned): a completed copy would report the summit twice."""
    if candidate.value is not None or not is_valid(candidate) or not definite(candidate):
        return None
    for earlier in reversed(article.candidates):
        if earlier.sentence.start >= candidate.sentence.start:
            continue
        if candidate.sentence.start - earlier.sentence.end > 400:
            return None
        if (
            earlier.kind == candidate.kind
            and earlier.value is not None
            and not is_valid(earlier)
            and not earlier.supporting
        ):
            if any(event is earlier for event in events):
                _absorb(earlier, candidate, add_parties=True, primary=False)
                return None
            completed = dataclasses.replace(earlier, parties=list(earlier.parties))
            completed.mentions = [earlier.sentence]
            _absorb(completed, candidate, add_parties=True, primary=False)
            return completed
    return None


def _merge_target(article: Article, events, candidate, loose=False):
    best = None
    for event in events:
        if event is candidate.rescheduled_from:
            continue
        if event.group == candidate.group:
            continue
        if candidate.distinct and event.distinct:
            continue
        if not kinds_compatible(event.kind, candidate.kind):
            continue
        if (event.venue or candidate.venue) and event.kind != candidate.kind:
            continue
        statuses = {candidate.status, event.status}
        if (
            len(statuses) > 1
            and statuses != {"cancelled", "scheduled"}
            and candidate.value is not None
            and not candidate.sentence.heading
        ):
            continue
        if loose and _over_before_a_plan(article, event, candidate):
            # "Les médiateurs sont sortis de leur entretien avec Ouattara", told after a
            # meeting the same people promise for later: what is over is not what is ahead
            continue
        if (
            candidate.value is not None
            and not _dates_mergeable(event, candidate)
            and not _day_of_the_same_sitting(event, candidate)
        ):
            continue
        before = candidate.sentence.text[
            max(0, candidate.trigger.start - 25) : candidate.trigger.start
        ]
        if _ANOTHER.search(before) and not _LAST_OF_A_DATE.search(before):
            continue
        anaphora = definite(candidate) and candidate.kind == event.kind
        if not anaphora and _side_meeting_of(event, candidate):
            continue
        if not loose and not anaphora and not _parties_compatible(event, candidate):
            continue
        if loose and _told_later_of_another_time(article, event, candidate):
            continue
        if loose and _its_sentence_dates_it_otherwise(article, event, candidate):
            continue
        one_meal = bool(MEAL.search(event.trigger.text)) != bool(
            MEAL.search(candidate.trigger.text)
        )
        if one_meal and {event.kind, candidate.kind} & {"summit", "conference", "talks"}:
            # "Mardi soir, un dîner a réuni les deux dirigeants", told after the summit they
            # held that day: a meal is a meeting of its own, not a mention of the summit
            continue
        if (
            (not loose or candidate.kind == "visit")
            and not anaphora
            and _different_places(article, event, candidate)
        ):
            # a trip to one country is no mention of a trip to another, dated or not
            continue
        overlap = _overlap(event, candidate)
        same_place = event.location and event.location == candidate.location
        if not overlap and not same_place and not anaphora:
            # "Z is due to join the talks later in the day": the meeting just reported
            same_talks = candidate.kind == event.kind or {candidate.kind, event.kind} == {
                "talks",
                "meeting",
            }
            if not (loose and same_talks and definite(candidate)):
                continue
        score = overlap + (1 if same_place else 0) + (1 if event.kind == candidate.kind else 0)
        # between meetings that fit as well, a mention with no date of its own names the
        # nearest one told before it ("The talks covered energy" after each of many meetings)
        nearness = -_distance_back(event, candidate) if loose else 0
        if best is None or (score, nearness) > best[0]:
            best = ((score, nearness), event)
    return best[1] if best else None


_GATHERINGS = ("summit", "conference")


def _side_meeting_of(a: Candidate, b: Candidate) -> bool:
    """Whether one is a gathering of three sides or more and the other a meeting of two of
    them: "Le Sommet s'est ouvert en présence de Mulroney, Bourassa et Mitterrand ... Mulroney
    avait reçu Mitterrand à la Citadelle" are two meetings (the corpus rules: a bilateral on
    the sidelines is an entry of its own), even on the same day with the same people."""
    for gathering, other in ((a, b), (b, a)):
        if (
            gathering.kind in _GATHERINGS
            and other.kind not in _GATHERINGS
            and side_count(gathering.parties) >= 3
            and side_count(other.parties) == 2
        ):
            return True
    return False


def _told_later_of_another_time(article: Article, event: Candidate, candidate: Candidate) -> bool:
    """ "Hill visited Seoul and Tokyo ... The first round was held in 2003 in Seoul": a trip
    told with no date is not a meeting of another kind that the article tells only later and
    dates years away from the time of writing."""
    if event.sentence.start <= candidate.sentence.start or not event.value:
        return False
    if candidate.kind != "visit" or event.kind == "visit":
        return False
    return abs(int(event.value[:4]) - article.published.year) > 1


def _distance_back(event: Candidate, candidate: Candidate) -> int:
    """How far back in the text `event` is told from `candidate`; later ones come last."""
    gap = candidate.sentence.start - event.sentence.start
    return gap if gap >= 0 else 10**9 - gap


def _different_places(article: Article, a: Candidate, b: Candidate) -> bool:
    """A trip to one country is not a trip, or a meeting, in another."""
    to_a = {p.name for p in a.parties if p.via == "place"} if a.kind == "visit" else set()
    to_b = {p.name for p in b.parties if p.via == "place"} if b.kind == "visit" else set()
    if to_a and to_b:
        return not to_a & to_b
    for visit_to, other in ((to_a, b), (to_b, a)):
        place = article.gazetteer.place_named(other.location) if other.location else None
        if visit_to and place is not None and place.country not in visit_to:
            return True
    return False


_SITTINGS = ("talks", "conference", "summit")
_NUMBERED_SITTING = re.compile(
    rf"\b(?:round|cycle|session|tour|séance|{SERIES_WORDS})\b", re.IGNORECASE
)


def _day_of_the_same_sitting(event: Candidate, candidate: Candidate) -> bool:
    """ "The talks opened in Brasilia on Monday ... Diplomats said the Brasilia talks came close
    to failing on Wednesday night": a later day of talks, a conference or a summit, named again
    with the definite article, is that meeting, dated by its first day (the corpus rules)."""
    if event.kind != candidate.kind or candidate.kind not in _SITTINGS:
        return False
    if not definite(candidate) or event.status != "held" or candidate.status != "held":
        return False
    before = candidate.sentence.text[max(0, candidate.trigger.start - 25) : candidate.trigger.end]
    if _NUMBERED_SITTING.search(before):
        return False  # "the ninth round, held on March 12": a sitting of its own
    if event.precision != "day" or candidate.precision != "day":
        return False
    gap = (date.fromisoformat(candidate.value) - date.fromisoformat(event.value)).days
    return 0 < gap <= 4 and event.sentence.start < candidate.sentence.start


def _its_sentence_dates_it_otherwise(article: Article, event, candidate) -> bool:
    """Whether an undated mention's sentence gives one date, which the event's date does not
    fit and no other meeting word of the sentence takes: "Ouverte vendredi dernier dans la
    capitale, la conférence des non-alignés a réuni ..." (the parse hung the day elsewhere) is
    no mention of the conference of April 1955 told further on, whatever people they share;
    "Ces discussions, menées par X et Y, seront suivies le 22 mars d'une rencontre Russie-Otan"
    are the talks told before (the 22nd is the other meeting's)."""
    if candidate.sentence_date is None or event.value is None:
        return False
    if any(
        other.sentence is candidate.sentence and other.value is not None
        for other in article.candidates
    ):
        return False
    if candidate.sentence_date[0].precision == "year":
        # "à l'endroit même où avait été conclu l'accord de 2015": a year alone is most often
        # another thing's ("the 2015 deal"), and says little against the meeting told before
        return False
    told = candidate.sentence_date[0].value
    return not (told.startswith(event.value) or event.value.startswith(told))


def _dates_mergeable(event, candidate) -> bool:
    a, b = event.value, candidate.value
    if a == b:
        return True
    if not (a.startswith(b) or b.startswith(a)):
        return False
    coarse = event if len(a) < len(b) else candidate
    fine = candidate if coarse is event else event
    if coarse.week and len(fine.value) == 10:
        if not coarse.week[0] <= fine.value <= coarse.week[1]:
            return False  # "this week" is not the 22nd when today is the 10th
    return coarse.vague and coarse.precision == "month"


def _overlap(a: Candidate, b: Candidate) -> int:
    people_a, people_b = a.person_names, b.person_names
    if len(people_a) >= 2 and len(people_b) >= 2:
        shared = len(people_a & people_b)
        return shared if shared >= 2 else 0
    return len(a.names & b.names)


def _parties_compatible(a: Candidate, b: Candidate) -> bool:
    """Two mentions of one meeting: the people and organisations of one are among the other's
    (countries aside), or they share two of them."""
    names_a = {p.name for p in a.parties if p.type != "country"}
    names_b = {p.name for p in b.parties if p.type != "country"}
    if not names_a and not names_b:
        # two meetings told by their states alone ("Estonian and Russian experts are to meet
        # next month", "a meeting of Nordic and Baltic ministers ... put off to August") are one
        # only if the states of one are among the other's
        names_a = {p.name for p in a.parties}
        names_b = {p.name for p in b.parties}
    return names_a <= names_b or names_b <= names_a or len(names_a & names_b) >= 2


def _absorb(target: Candidate, other: Candidate, add_parties=True, primary=True):
    target.mentions.append(other.sentence)
    if add_parties:
        names = target.names
        for party in other.parties:
            if party.name not in names:
                target.parties.append(party)
                names.add(party.name)
    if (
        primary
        and other.value is not None
        and target.value is not None
        and len(other.value) > len(target.value)
    ):
        target.value, target.precision = other.value, other.precision
        target.end_value = other.end_value
        target.anchored = other.anchored
    if target.location is None and other.location is not None:
        target.location = other.location
    if primary and other.status == "cancelled" and other.value == target.value:
        target.status = "cancelled"
    if target.kind != other.kind and other.kind == "call" and target.trigger.ambiguous:
        target.kind = "call"
