"""Meetings of several days told on a later day of them.

The corpus dates a meeting of several days by its first day. Wire copy often tells such a
meeting on its last day or on a day in the middle: "the two-day summit ended on Friday" (it
opened on Thursday: `first_day_of_span`, for every date of the sentence), "Lebanon's leaders
entered a fourth day of negotiations on Monday" (they opened on Friday), "ont signé dimanche
... au terme de cinq jours de négociations" (they opened on Wednesday: `first_day`, for the
meeting word the count stands before).
"""

import dataclasses
import re
from datetime import date, timedelta

from .patterns import NUMBER_WORDS

_ORDINALS = {
    "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
    "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9,
    "tenth": 10, "10th": 10, "deuxième": 2, "seconde": 2, "2e": 2, "troisième": 3, "3e": 3,
    "quatrième": 4, "4e": 4, "cinquième": 5, "5e": 5, "sixième": 6, "6e": 6, "septième": 7,
    "7e": 7, "huitième": 8, "8e": 8, "neuvième": 9, "9e": 9, "dixième": 10, "10e": 10,
}  # fmt: skip
# two days or more: "a day of talks" is no span
_COUNTS = {word: number for word, number in NUMBER_WORDS.items() if number >= 2}
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_COUNT = "|".join(sorted(_COUNTS, key=len, reverse=True)) + r"|\d{1,2}"
# a few words between the count and the meeting word: "of Qatari-hosted negotiations"
_WORDS = r"(?:[\w'’-]+\s+){0,3}"

# "Two days of talks ended on Friday", "le sommet de trois jours s'est achevé jeudi"
_DAYS_LONG = re.compile(rf"\b({_COUNT})[- ](?:day|days|jours?)\b", re.IGNORECASE)
_ENDED = re.compile(
    r"\b(?:ended|concluded|wrapped\s+up|closed|achev\w+|termin\w+|clôtur\w+|pris\s+fin)\b"
    r"[^.;]{0,60}$",
    re.IGNORECASE,
)
# The words right before a meeting word that say which day of it the sentence tells: "entered
# a fourth day of negotiations", "au terme de cinq jours de négociations".
_DAY_OF = {
    "en": re.compile(
        rf"\b(?P<ordinal>{_ORDINAL})\s+(?:straight\s+|consecutive\s+|full\s+)?day\s+of\s+"
        rf"(?:the\s+|their\s+|its\s+|his\s+|her\s+|a\s+|an\s+)?{_WORDS}$"
        r"|\b(?:after|following|at\s+the\s+end\s+of|concluding|ending|capping|closing)\s+"
        rf"(?P<count>{_COUNT})\s+(?:full\s+|long\s+|straight\s+|more\s+)?days\s+of\s+{_WORDS}$",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        rf"\b(?P<ordinal>{_ORDINAL})\s+(?:jour|journée)\s+(?:de|des|du|d['’])\s*{_WORDS}$"
        r"|\b(?:au\s+terme|à\s+l['’]issue|à\s+la\s+fin|au\s+bout|après)\s+(?:de\s+|d['’])?"
        rf"(?P<count>{_COUNT})\s+(?:longs\s+)?jours\s+(?:de|d['’])\s*{_WORDS}$",
        re.IGNORECASE,
    ),
}
# the day it opened is already the first day: "cinq jours de négociations ouvertes vendredi"
_OPENED_BEFORE = re.compile(
    r"\b(?:began|begun|opened|started|ouverte?s?|entamée?s?|commencée?s?|débutée?s?)\b[^,.;]*$",
    re.IGNORECASE,
)


def first_day_of_span(expression, text: str):
    """ "Two days of talks ended on Friday", "le sommet de trois jours s'est achevé jeudi": a
    meeting is dated by its first day, N - 1 days before the day it ended (kept as its end)."""
    if expression.precision != "day" or expression.end_value:
        return expression
    length = _DAYS_LONG.search(text)
    ended = _ENDED.search(text[: expression.start])
    if not length or not ended:
        return expression
    days = _number(length.group(1))
    if not 2 <= days <= 7:
        return expression
    last = date.fromisoformat(expression.value)
    first = last - timedelta(days=days - 1)
    return dataclasses.replace(expression, value=first.isoformat(), end_value=last.isoformat())


def first_day(language: str, text: str, trigger, expression):
    """The expression dating `trigger`, moved back to the meeting's first day when the words
    before the meeting word say the date is its Nth day, or the end of N days of it."""
    if expression is None or expression.precision != "day" or not expression.value:
        return expression
    if expression.end_value:
        return expression  # a span already counted back from its end (`first_day_of_span`)
    pattern = _DAY_OF.get(language)
    found = pattern.search(text, max(0, trigger.start - 90), trigger.start) if pattern else None
    if found is None:
        return expression
    ordinal, count = found.group("ordinal"), found.group("count")
    days = _ORDINALS[ordinal.lower()] if ordinal else _number(count)
    if not 2 <= days <= 10:
        return expression
    if expression.end > 0 and _OPENED_BEFORE.search(
        text, max(0, expression.start - 40), expression.start
    ):
        return expression
    first = date.fromisoformat(expression.value) - timedelta(days=days - 1)
    return dataclasses.replace(expression, value=first.isoformat())


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _COUNTS.get(word.lower(), 0)


# What tells how a meeting ended, after the meeting word ("the talks ended on Thursday") or
# before it, as its verb ("today concluded their first round of direct talks").
_END_AFTER = {
    "en": re.compile(
        r"(?:\s*,[^,]{0,60},)?\s+(?:[\w'’-]+\s+){0,3}?(?:ended|concluded|closed|wrapped\s+up"
        r"|broke\s+(?:up|down|off)|came\s+to\s+an\s+end|wound\s+up|adjourned)\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"(?:\s*,[^,]{0,60},)?\s+(?:[\w'’-]+\s+){0,3}?(?:(?:ont|a|avaient|avait)\s+pris\s+fin"
        r"|(?:se\s+sont|s['’]est|s['’]étaient|s['’]était)\s+(?:achevée?s?|terminée?s?|close?s?"
        r"|soldée?s?))\b",
        re.IGNORECASE,
    ),
}
_END_BEFORE = {
    "en": re.compile(
        r"\b(?:ended|concluded|closed|wrapped\s+up)\s+"
        rf"(?:the\s+|their\s+|its\s+|his\s+|her\s+|a\s+)?{_WORDS}$",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?:ont|a|avaient|avait)\s+(?:clos|achevé|terminé|clôturé)\s+"
        rf"(?:la\s+|le\s+|les\s+|l['’]|leur\s+|leurs\s+|sa\s+|ses\s+)?{_WORDS}$",
        re.IGNORECASE,
    ),
}


def tells_its_end(language: str, text: str, trigger) -> bool:
    """Whether the sentence tells the day this meeting ended: "the talks broke down on
    Wednesday", "the LTTE today concluded their first round of direct talks", "les
    négociations ont pris fin lundi"."""
    after, before = _END_AFTER.get(language), _END_BEFORE.get(language)
    if after is None:
        return False
    if after.match(text, trigger.end, trigger.end + 90):
        return True
    return before.search(text, max(0, trigger.start - 60), trigger.start) is not None
