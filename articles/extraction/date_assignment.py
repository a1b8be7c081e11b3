"""Which trigger each date of a sentence goes to (`assign_dates`), how far apart a trigger
and a date are (`distance`), the other dates of a plural meeting noun (`coordinated_dates`),
and the dates a trip shares with what it is made for (a summit, a meeting).

Kept apart from `dates`, which finds the expressions and says which can date which trigger.
"""

import re
from datetime import date

from .patterns import ATTENDS

_AFTER_BEFORE = re.compile(
    r"\b(?:fait\s+suite|suite\s+à|après|avant|following|after|before|since|depuis)\b",
    re.IGNORECASE,
)
_COORDINATION = re.compile(r"\s(?:et|and|puis|then|mais|but)\s|;", re.IGNORECASE)
# "met Wang Yi on Tuesday before travelling to Moscow": a clause of what came before or after
# starts there, and the date told ahead of it is the main clause's
_SUBORDINATE = re.compile(
    r"\s(?:before|after|prior\s+to|avant\s+d['’e]|après\s+(?:avoir|être|s['’]être))\s?",
    re.IGNORECASE,
)


_APPOSED_RIGHT_AFTER = re.compile(
    r",\s*(?:their|his|her|its|the|a|an|leur|sa|son|la|le|une?)\s+(?:[\w'’-]+\s+){0,2}",
    re.IGNORECASE,
)


def assign_dates(triggers, expressions, text, fits) -> dict:
    """Each date goes to its nearest trigger; a trigger without one borrows the sentence's only
    date when the two are coordinated ("se rendrait au G20 et rencontrerait ... lundi"), not
    when the text puts them in sequence ("fait suite à", "after")."""
    assignment = {}
    if not expressions:
        return assignment
    by_trigger = {t: [] for t in triggers}
    apposed_to = []
    for expression in expressions:
        fitting = [t for t in triggers if fits(t, expression)]
        if not fitting:
            continue
        # "will meet Wang Yi in Beijing on Friday, their second meeting after one in Munich":
        # the meeting word the date follows in its clause, not one apposed after a comma
        told_before = [
            t
            for t in fitting
            if t.end <= expression.start and "," not in text[t.end : expression.start]
        ]
        apposed = [
            t
            for t in fitting
            if told_before
            and t.start >= expression.end
            and _APPOSED_RIGHT_AFTER.fullmatch(text, expression.end, t.start)
        ]
        fitting = [t for t in fitting if t not in apposed]
        nearest = min(fitting, key=lambda t: _bound_distance(t, expression, text, expressions))
        by_trigger[nearest].append(expression)
        apposed_to.extend((t, nearest, expression) for t in apposed)
    for trigger, found in by_trigger.items():
        if found:
            assignment[trigger] = min(
                found, key=lambda e: _bound_distance(trigger, e, text, expressions)
            )
    for noun, trigger, expression in apposed_to:
        if assignment.get(trigger) is expression:
            # "her first encounter with Deng on September 24, 1982, the meeting at which ...":
            # the meeting named again takes that day, not a date of its own clause
            assignment[noun] = expression
    taken = {id(e) for e in assignment.values()}
    for trigger in triggers:
        if trigger in assignment:
            continue
        usable = [e for e in expressions if fits(trigger, e)]
        if len(usable) > 1:
            # "the forum, beginning on Tuesday, with a Wednesday meeting": the meeting took
            # its own day; the one left over is the forum's
            usable = [e for e in usable if id(e) not in taken]
        if len(usable) != 1:
            continue
        nearest = usable[0]
        low, high = sorted((trigger.end, nearest.start))
        if _AFTER_BEFORE.search(text[low:high]):
            continue
        between = [t for t in triggers if t is not trigger and low <= t.start < high]
        if between:
            gap_end = min(t.start for t in between) if trigger.end <= nearest.start else high
            gap = (
                text[low:gap_end]
                if trigger.end <= nearest.start
                else text[max(t.end for t in between) : high]
            )
            if len(gap) > 30 or not re.search(r"\s(?:et|and|puis|then)\s", gap):
                continue
        assignment[trigger] = nearest
    return assignment


# "a state visit ... set for Oct. 23", "la réunion prévue le 3 mai": the date a plan gives the
# meeting named before it, whatever else dates the sentence ("agreed Tuesday to postpone")
_PLAN_BINDS = re.compile(
    r"\b(?:set|scheduled|planned|slated|due|pencil+ed\s+in|earmarked)\s+(?:for|on)\s+(?:the\s+)?$"
    r"|\b(?:prévue?s?|programmée?s?|fixée?s?|envisagée?s?|évoquée?s?)\s+(?:le|les|pour|au|à|du)\s+$",
    re.IGNORECASE,
)
# "talks that began on Saturday", "cinq jours de négociations ouvertes vendredi dernier": a
# meeting of several days is dated by its first day (the corpus rule), the day it opened,
# whatever day the sentence tells it ended or what followed
_FIRST_DAY_BINDS = re.compile(
    r"\b(?:began|begun|opened|started|got\s+under\s*way)\s+(?:on\s+|in\s+)?$"
    r"|\b(?:ouverte?s?|entamée?s?|commencée?s?|débutée?s?|(?:a|ont|avait|avaient)\s+(?:débuté|commencé)"
    r"|s['’](?:est|sont|était|étaient)\s+ouverte?s?)\s+(?:le\s+|les\s+|dès\s+|en\s+)?$",
    re.IGNORECASE,
)


def opened_on(trigger, expression, text: str) -> bool:
    """Whether the date follows the meeting word as the day it began: "talks that began on
    Saturday", "négociations ouvertes lundi" (right after it, a few words at most)."""
    if expression.start < trigger.end or expression.start - trigger.end > 40:
        return False
    between = text[trigger.end : expression.start]
    if "," in between or _COORDINATION.search(between):
        return False
    return _FIRST_DAY_BINDS.search(between) is not None


def _bound_distance(trigger, expression, text: str, expressions=()) -> int:
    """`distance`, but none between a meeting noun and the date a plan word gives it after."""
    if (
        expression.start >= trigger.end
        and expression.start - trigger.end <= 120
        # "se rencontrer mercredi, en marge de la conférence ouverte la veille": a meeting
        # dated right after its word is not the one the plan or opening word dates further on
        and not any(trigger.end <= e.start and e.end <= expression.start for e in expressions)
        and (
            _PLAN_BINDS.search(text, max(0, expression.start - 20), expression.start)
            or _FIRST_DAY_BINDS.search(text, max(0, expression.start - 30), expression.start)
        )
        and not _COORDINATION.search(text[trigger.end : expression.start])
    ):
        return 0
    return distance(trigger, expression, text)


def distance(trigger, expression, text: str | None = None) -> int:
    """Characters between a trigger and a date; crossing a coordination ("on Monday and then
    head to Ukraine") or, from a date to a trigger after it, the start of a clause of before
    or after ("on Tuesday before travelling") counts as far."""
    if expression.end <= trigger.start:
        low, high = expression.end, trigger.start
    elif expression.start >= trigger.end:
        low, high = trigger.end, expression.start
    else:
        return 0
    distance = high - low
    if text is not None and _COORDINATION.search(text[low:high]):
        distance += 100
    elif (
        text is not None and expression.end <= trigger.start and _SUBORDINATE.search(text[low:high])
    ):
        distance += 100
    return distance


# "summits at Wuhan in 2018 and Mamallapuram in 2019", "les sommets de 2000 et de 2007", "two
# rounds, from 3 to 6 September and from 24 to 27 September": a plural meeting noun, then dates
# joined by "and": one meeting per date
_PLURAL_MEETING = re.compile(
    r"(?:summits|sommets|visits|visites|rounds|cycles|sessions|meetings|rencontres|réunions"
    r"|calls|appels|entretiens|conferences|conférences|trips|voyages)$",
    re.IGNORECASE,
)
_DATES_JOINED = re.compile(
    r"[\s,]*(?:and|et|then|puis|,)\s+(?:(?:from|in|on|at|de|du|en|à|le|les)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:(?:from|in|on|at|de|du|en|à|le|les)\s+)?",
    re.IGNORECASE,
)


def coordinated_dates(context, trigger, expression) -> list:
    """The dates joined to `expression` by "and" that each date another meeting of a plural
    meeting noun; not the days of one meeting ("lundi et mardi", "June 3 and 4"). A meeting
    verb too: "had met in Addis Ababa in mid-November, in Cairo at the start of December",
    "traveled to Argentina in January and the US in February", "met for two rounds, from 3 to
    6 September and from 24 to 27 September" are so many meetings; not "between January and
    March", one period."""
    text = context.sentence.text
    if trigger.verb:
        if _PERIOD_BEFORE.search(text, max(0, expression.start - 12), expression.start):
            return []
    elif not _PLURAL_MEETING.search(trigger.text):
        return []
    later = sorted(
        (e for e in context.expressions if e.start >= expression.end), key=lambda e: e.start
    )
    out = []
    previous = expression
    for other in later:
        again = _AGAIN_JOINED.fullmatch(text, previous.end, other.start)
        if trigger.verb:
            joined = _VERB_DATES_JOINED.fullmatch(
                text, previous.end, other.start
            ) or _PLACE_THEN_DATE.fullmatch(text, previous.end, other.start)
        else:
            joined = _DATES_JOINED.fullmatch(text, previous.end, other.start)
        if not (joined or again):
            break
        if other.value == previous.value or (
            not again and _days_apart(previous.value, other.value) <= 3
        ):
            break
        out.append(other)
        previous = other
    return out


# ", in Cairo at the start of", "and the US in", ", puis à Rome le": the next conjunct of a
# meeting verb, its place then its date
_PLACE_THEN_DATE = re.compile(
    r"(?:[\s,]*(?:and|et|then|puis)\s+(?:(?:in|at|to|à|au|aux|en)\s+)?"
    r"|\s*,\s*(?:(?:and|et|then|puis)\s+)?(?:in|at|to|à|au|aux|en)\s+)(?:the\s+)?"
    r"(?-i:[A-ZÀ-Ý])[\w'’.-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’.-]*){0,3},?\s+"
    r"(?:(?:in|on|at|just|late|early|à|au|en|le|les|la|début|fin|mi-?)\s+){0,3}(?:the\s+)?",
    re.IGNORECASE,
)
# "from 3 to 6 September and from 24 to 27 September": two dates of one verb, joined
_VERB_DATES_JOINED = re.compile(
    r"\s*,?\s*(?:and|et)\s+(?:(?:from|in|on|at|du|de|en|le|les)\s+)?(?:the\s+)?", re.IGNORECASE
)
# "on Tuesday evening and again on Wednesday", "mardi soir puis à nouveau mercredi": a second
# meeting, however close the days; its place may come first ("and again in Geneva on 4 May",
# "puis une nouvelle fois dans la même ville le 31 janvier")
_AGAIN_JOINED = re.compile(
    r"\s*,?\s*(?:and|et|then|puis|,)\s+(?:then\s+|puis\s+)?(?:again|once\s+more|à\s+nouveau"
    r"|de\s+nouveau|une\s+nouvelle\s+fois)\s*,?\s+"
    r"(?:(?:in|at|à|au|aux|dans)\s+(?:the\s+|la\s+|le\s+|l['’])?(?:same\s+city|même\s+ville"
    r"|(?-i:[A-ZÀ-Ý])[\w'’.-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’.-]*){0,2})\s*,?\s+)?"
    r"(?:(?:on|in|at|le|en)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_PERIOD_BEFORE = re.compile(r"\b(?:between|entre|from|du|depuis|since)\s+(?:the\s+)?$", re.I)


def _days_apart(a: str, b: str) -> int:
    """Days between two day dates; a large number for coarser ones (never one meeting)."""
    if len(a) != 10 or len(b) != 10:
        return 99
    return abs((date.fromisoformat(b) - date.fromisoformat(a)).days)


def share_trip_date_with_summit(assignment: dict, triggers: list, text: str):
    # "attendus le 17 février à Addis-Abeba pour le sommet": the trip's date is the summit's
    for visit in triggers:
        if visit.kind != "visit" or visit not in assignment:
            continue
        summits = [
            t
            for t in triggers
            if t.kind in ("summit", "conference")
            and t.start > visit.end
            and ATTENDS.match(text[visit.end :])
        ]
        for summit in summits[:1]:
            own = assignment.get(summit)
            if own is None or len(own.value) < len(assignment[visit].value):
                assignment[summit] = assignment[visit]


# "went on to Quito the next day to see President X", "s'est rendu à Niamey pour rencontrer":
# a trip made to meet someone, the meeting dated and the trip not, is on the meeting's day
_PURPOSE = re.compile(r"(?:\bto|\bpour|\bafin\s+de)\s+$", re.IGNORECASE)


def date_trip_by_its_purpose(assignment: dict, triggers: list, text: str):
    for visit in triggers:
        if visit.kind != "visit" or visit in assignment:
            continue
        for meeting in triggers:
            if not (meeting.verb and meeting.kind == "meeting" and meeting in assignment):
                continue
            if meeting.start <= visit.end or re.search(r"[,;]", text[visit.end : meeting.start]):
                continue
            purpose = re.match(r"(?:to|pour)\s", meeting.text, re.IGNORECASE) or _PURPOSE.search(
                text, max(0, meeting.start - 12), meeting.start
            )
            if purpose:
                assignment[visit] = assignment[meeting]
                break
