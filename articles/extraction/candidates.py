"""Meeting candidates: the meetings one sentence names, one candidate per trigger (per side
met, for "X rencontrera Y et Z"; per copy, for "deux conversations"), each with its kind, date,
status, sides and place.

The steps for each trigger are in `trigger_candidates`, in order; each stage decides one
thing: dates (`dates`, `borrowed_dates`), kind, status and modality (`status`), sides
(`sides`), place (`places`).
"""

import dataclasses
import re
from datetime import date, timedelta

from . import bilateral, borrowed_dates, date_assignment, dates, first_days, sides, status
from .event_anchored_dates import names_the_anchor
from .mentions import matches_in, reporting_spans
from .model import Article, Candidate, Sentence, SentenceContext
from .participants import Party
from .places import more_destinations, venues_in
from .triggers import Trigger
from .validity import is_valid

_VAGUE_DATE = re.compile(
    r"semaine|week|soon|bientôt|prochainement|shortly|ces\s+derniers|these\s+days|recent"
    r"|this\s+month|ce\s+mois|later|plus\s+tard|courant"
    # "Friday or Saturday": one of two days, told again as the day it was
    r"|\s(?:ou|or)\s",
    re.IGNORECASE,
)
_RELATIVE_WEEK = re.compile(
    r"\b(?:this|next|last)\s+week\b|\bcette\s+semaine\b|\bla\s+semaine\s+(?:prochaine|dernière"
    r"|passée)\b",
    re.IGNORECASE,
)
# "s'étaient rencontrés le 19 octobre, une entrevue alors qualifiée d'historique", "they met in
# June, a meeting both sides called useful": a noun apposed to a meeting already named in the
# sentence says more about it; it is not another meeting
_APPOSED_AGAIN = re.compile(r",\s*(?:une?|an?)\s+$", re.IGNORECASE)


def sentence_events(article: Article, sentence, triggers, parties, previous_with_event) -> bool:
    """Adds the candidates of one sentence to the article's; whether any is a dated event."""
    text = sentence.text
    expressions = dates.find_dates(article, sentence)
    reporting = reporting_spans(article, sentence)
    assignment, adjunct, embedded = dates.dates_of_triggers(
        article, sentence, triggers, expressions, reporting
    )
    context = SentenceContext(
        sentence=sentence,
        triggers=triggers,
        parties=parties,
        reporting=reporting,
        expressions=expressions,
        assignment=assignment,
        adjunct=adjunct,
        embedded=embedded,
        cancelled=status.cancelled_triggers(triggers, text, article, sentence),
        new_dates=status.new_dates(expressions, text),
        venues=venues_in(text, triggers),
    )
    made = False
    for trigger in triggers:
        if (
            not trigger.verb
            and any(t.end <= trigger.start for t in triggers)
            and _APPOSED_AGAIN.search(text, max(0, trigger.start - 12), trigger.start)
        ):
            continue  # the meeting named before it, said again: no meeting, no new side
        if names_the_anchor(expressions, trigger, article.language):
            continue  # "the day before the summit": the summit told before, a day counted from it
        if trigger_candidates(article, context, trigger, previous_with_event):
            made = True
    return made


def trigger_candidates(
    article: Article,
    context: SentenceContext,
    trigger: Trigger,
    previous_with_event,
) -> bool:
    """Adds the candidates of one trigger; whether any is a dated event."""
    sentence = context.sentence
    expression, cancelled, new_date = status.dates_around_postponement(article, context, trigger)
    kind = status.decide_kind(article, trigger, sentence, sentence.text, triggers=context.triggers)
    kind, parties, location, attends = sides.sides_and_place(article, context, trigger, kind)
    supporting = status.only_evidence(sentence, trigger, expression, attends)
    kind, parties = sides.sides_of_the_story(article, context, trigger, kind, parties)
    expression, inherited = borrowed_dates.borrowed_date(
        article, context, trigger, expression, new_date, previous_with_event
    )
    if (
        expression is None and (sentence.agenda_day or sentence.day_heading) is not None
    ) or borrowed_dates.only_an_end(sentence, expression):
        expression = borrowed_dates.agenda_date(sentence)
    expression = first_days.first_day(article.language, sentence.text, trigger, expression)
    trigger_status = status.decide_status(article, trigger, sentence, expression, cancelled)
    named_no_side = not parties
    kind, parties = sides.sides_referred_back(article, trigger, sentence.text, kind, parties)
    if kind in ("conference", "summit") and not parties and location is not None:
        # "la conférence de Berlin sur la Libye s'est ouverte dimanche": a conference with no
        # side the sentence names is hosted where it sits
        place = article.gazetteer.place_named(location)
        if place is not None and place.country:
            parties = [Party(place.country, "country", 0, 0, None, "host")]
    owner = article.agenda_owner
    if sentence.agenda_day is not None and owner is not None:
        # an item of someone's agenda: they take part in it
        if owner.name not in {p.name for p in parties}:
            parties = [owner] + list(parties)
    groups = bilateral.split_bilateral(trigger, sentence, parties)
    article.group += 1
    group_expressions = _dates_of_conjuncts(context, trigger, groups)
    group_locations = {}
    if kind == "visit" and len(groups) == 1:
        # "Hill visited Seoul and Tokyo": one visit to each country
        visited = [p for p in groups[0] if p.via == "place"]
        if len(visited) == 1:
            others = [p for p in groups[0] if p is not visited[0]]
            for country, city in more_destinations(article, trigger, sentence, visited[0].name):
                group_locations[len(groups)] = city
                groups.append(others + [Party(country, "country", 0, 0, None, "place")])
    made = False
    for index, group_parties in enumerate(groups):
        if not group_parties:
            continue
        group_expression = group_expressions.get(index, expression)
        base = dict(
            kind=kind,
            parties=group_parties,
            location=group_locations.get(index, location),
            sentence=sentence,
            trigger=trigger,
            supporting=supporting,
            group=article.group,
            venue=trigger in context.venues,
            sides_from_story=named_no_side and bool(group_parties),
        )
        created = []
        if group_expression is not None:
            group_status = trigger_status
            if group_expression is not expression:
                group_status = status.decide_status(
                    article, trigger, sentence, group_expression, cancelled
                )
            created.append(
                _dated_candidate(article, group_expression, group_status, inherited, **base)
            )
            previous = group_expression
            for other in date_assignment.coordinated_dates(context, trigger, group_expression):
                # "les sommets de 2000 et de 2007": one meeting per date
                other_status = status.decide_status(article, trigger, sentence, other, cancelled)
                twin = _dated_candidate(article, other, other_status, False, **base)
                _take_conjunct_place(article, sentence, twin, previous.end, other.start)
                twin.distinct = True
                created[-1].distinct = True
                created.append(twin)
                previous = other
        elif new_date is None:
            undated = Candidate(
                value=None,
                precision=None,
                end_value=None,
                anchored=True,
                status=trigger_status,
                **base,
            )
            if len(context.expressions) == 1 and trigger not in context.embedded:
                only = context.expressions[0]
                # the one date of the sentence, if only the parse kept it from the meeting
                # (not a reporting clause's, an announcement's, another clause's)
                fits = dates.date_fits(
                    article, sentence, context.reporting, context.expressions, parse=False
                )
                if fits(trigger, only):
                    undated.sentence_date = (
                        only,
                        status.decide_status(article, trigger, sentence, only, cancelled),
                    )
            created.append(undated)
        if new_date is not None:
            # "la réunion a été reportée à mardi": first set for the sentence's other date
            firsts = [e for e in context.expressions if e not in context.new_dates]
            first = group_expression or max(firsts, key=lambda e: e.value, default=None)
            moved_to = _after_the_original(new_date, first)
            moved_status = "held" if status.held_after_all(new_date, sentence.text) else "scheduled"
            twin = _dated_candidate(article, moved_to, moved_status, False, **base)
            if created:
                twin.rescheduled_from = created[0]
            created.append(twin)
        copies = trigger.count if expression is not None else 1
        for _copy_number in range(copies):
            for candidate in created:
                if copies > 1:
                    candidate = _copy(candidate)
                    candidate.distinct = True
                article.candidates.append(candidate)
                if candidate.value is not None and is_valid(candidate):
                    made = True
                    article.last_event_subject = _subject_of(candidate) or (
                        article.last_event_subject
                    )
    return made


def _take_conjunct_place(article: Article, sentence, twin: Candidate, start: int, end: int):
    """ "met in Addis Ababa in mid-November, in Cairo at the start of December": the meeting
    of the second date is in the place its conjunct names (for a visit, in that country)."""
    for match in matches_in(article, sentence):
        if not start <= match.start - sentence.start < end:
            continue
        if match.place is not None:
            twin.location = match.place.name
        country = match.actor if match.actor is not None and match.actor.type == "country" else None
        if country is None and match.place is not None and match.place.country:
            country = article.gazetteer.actor(match.place.country)
        if twin.kind == "visit" and country is not None:
            visited = [p for p in twin.parties if p.via in ("place", "locative")]
            if visited:
                twin.parties = [p for p in twin.parties if p not in visited] + [
                    Party(country.name, "country", match.start, match.end, None, "place")
                ]
        return


_WEEKDAY = re.compile(
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


def _after_the_original(new_date, original):
    """ "Il devait rencontrer X vendredi, mais la réunion a été reportée à mardi": a meeting is
    put off to a later day, so a bare weekday it is moved to falls after the original date
    (the Tuesday after that Friday, not the one before it)."""
    if (
        original is None
        or new_date.precision != "day"
        or original.precision != "day"
        or not new_date.anchored
        or not _WEEKDAY.search(new_date.text or "")
        or new_date.value > original.value
    ):
        return new_date
    day = date.fromisoformat(new_date.value)
    while day.isoformat() <= original.value:
        day += timedelta(days=7)
    return dataclasses.replace(new_date, value=day.isoformat(), end_value=None)


def _dates_of_conjuncts(context: SentenceContext, trigger: Trigger, groups: list) -> dict:
    """Group index -> its own date: "avec X mercredi, puis jeudi avec Y"."""
    sentence = context.sentence
    previous_object_end = trigger.end
    group_expressions = {}
    if len(groups) > 1:
        # "avec X mercredi, puis jeudi avec Y": each conjunct may carry its own date
        trigger_abs = sentence.start + trigger.start
        for index, group_parties in enumerate(groups):
            objects = [p for p in group_parties if p.start > trigger_abs]
            if not objects:
                continue
            object_start = min(p.start for p in objects) - sentence.start
            own = [
                e
                for e in context.expressions
                if previous_object_end <= e.start < object_start and index > 0
            ]
            if own:
                group_expressions[index] = own[-1]
            previous_object_end = max(p.end for p in objects) - sentence.start
        after_each = _dates_after_each_object(context, trigger, groups)
        if after_each:
            # "A on Monday and B on Tuesday": the date between them is A's, not B's
            return after_each
    return group_expressions


def _dates_after_each_object(context: SentenceContext, trigger: Trigger, groups: list) -> dict:
    """ "X met A on Monday and B on Tuesday": when every one met is followed by a date of
    its own, each meeting takes it."""
    sentence = context.sentence
    trigger_abs = sentence.start + trigger.start
    spans = []
    for group_parties in groups:
        objects = [p for p in group_parties if p.start > trigger_abs and p.type == "person"]
        if not objects:
            return {}
        spans.append(
            (
                min(p.start for p in objects) - sentence.start,
                max(p.end for p in objects) - sentence.start,
            )
        )
    found = {}
    for index, (_start, end) in enumerate(spans):
        following = [e for e in context.expressions if 0 <= e.start - end <= 12]
        following = [
            e for e in following if _ONLY_A_PREPOSITION.fullmatch(sentence.text[end : e.start])
        ]
        if not following:
            return {}
        found[index] = following[0]
    if len({e.value for e in found.values()}) < 2:
        return {}
    return found


_ONLY_A_PREPOSITION = re.compile(r"[\s,]*(?:on|in|le|en|ce)?\s*", re.IGNORECASE)


def _dated_candidate(article: Article, expression, status, inherited, **base) -> Candidate:
    vague = inherited or bool(_VAGUE_DATE.search(expression.text or ""))
    week = None
    relative_week = _RELATIVE_WEEK.search(expression.text or "")
    if relative_week:
        words = relative_week.group(0).lower()
        shift = 1 if re.search(r"next|prochaine", words) else 0
        shift = -1 if re.search(r"last|dernière|passée", words) else shift
        monday = (
            article.published - timedelta(days=article.published.weekday()) + timedelta(weeks=shift)
        )
        week = (monday.isoformat(), (monday + timedelta(days=6)).isoformat())
    return Candidate(
        vague=vague,
        week=week,
        value=expression.value,
        precision=expression.precision,
        end_value=expression.end_value,
        anchored=expression.anchored or inherited,
        status=status,
        explicit_date=not expression.anchored and not inherited,
        **base,
    )


def outside_names(article: Article, sentence: Sentence, triggers: list) -> list:
    """ "la Conférence internationale sur la région des Grands Lacs", "the Conference on
    Disarmament": a trigger word inside a standing body's name is no meeting (a summit's
    or a council's name, "East Asia Summit", "Security Council", still is)."""
    names = [
        (m.start - sentence.start, m.end - sentence.start)
        for m in matches_in(article, sentence)
        if m.actor is not None
        and m.actor.type == "organization"
        # the body's name or the words that named it here: "the African Union's Peace and
        # Security Council", an alias of the African Union, sits as a council
        and not re.search(r"summit|council|sommet|conseil", f"{m.actor.name} {m.text}", re.I)
    ]
    if not names:
        return triggers
    return [t for t in triggers if not any(a <= t.start and t.end <= b for a, b in names)]


def _copy(candidate: Candidate) -> Candidate:
    return Candidate(**{k: getattr(candidate, k) for k in candidate.__dataclass_fields__})


def _subject_of(candidate) -> "Party | None":
    trigger_abs = candidate.sentence.start + candidate.trigger.start
    people = sorted((p for p in candidate.parties if p.type == "person"), key=lambda p: p.start)
    before = [p for p in people if p.start < trigger_abs]
    return (before or people or [None])[0]
