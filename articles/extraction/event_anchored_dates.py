"""Days told from an event the story has dated: "au lendemain de la signature d'Abuja", "on the
eve of the signing ceremony", "dès le lendemain des frappes", "the day after the summit".

`relative_dates` anchors "le lendemain", "the next day" on the day the story has just told; these
name their own anchor. The anchor is the day written in the nearest earlier sentence that names
the same event (the signing: "signé le 1er novembre", "signed on July 7"), or earlier in the
same sentence; the day is then shifted by one ("la veille", "the eve": one day before). With no
such day the words stay unread, as before.
"""

import dataclasses
import re

from . import temporal
from .model import Article, Sentence
from .relative_dates import day_counted_from, with_days_added

_SHIFTS = {
    "lendemain": 1,
    "surlendemain": 2,
    "veille": -1,
    "avant-veille": -2,
    "même": 0,
    "eve": -1,
    "after": 1,
    "before": -1,
}

# the event, by the words a story names it with before and after ("la signature", "signé";
# "the summit", "le sommet")
_EVENTS = (
    r"sign|paraph|initial",
    r"c[ée]r[ée]moni|ceremon",
    r"sommet|summit",
    r"[ée]lect|scrutin|vote|poll",
    r"frappe|strike|bombard",
    r"attaqu|attack|attentat",
    r"investiture|inaugura|sworn",
    r"coup\b|putsch",
    r"conf[ée]rence",
    r"arriv",
    r"ouvert|opening|opened|s['’]ouvr",
)

_OF_EVENT = {
    "fr": re.compile(
        r"\b(?:(?:au|le|dès\s+le)\s+(?P<a>lendemain|surlendemain)|(?:à\s+)?la\s+(?P<b>veille)"
        r"|l['’](?P<c>avant-veille)|le\s+jour\s+(?P<d>même))\s+(?:de|du|des|d['’])\s*"
        r"(?:la\s+|le\s+|l['’]|les\s+|sa\s+|son\s+|ses\s+|leur\s+|leurs\s+|cette\s+|ce\s+)?"
        r"(?P<noun>[\w-]+)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:on\s+)?the\s+(?:(?P<a>eve)\s+of|day\s+(?P<b>after|before))\s+"
        r"(?:the\s+|his\s+|her\s+|their\s+|its\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?P<noun>[\w-]+)(?:\s+(?:ceremony|ceremonies|summit|talks|conference|vote|election"
        r"|agreement|accord))?(?=[\s,.;:]|$)",
        re.IGNORECASE,
    ),
}
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
# how far back the story may have dated the event
_WINDOW = 2500


def event_anchored_dates(article: Article, sentence: Sentence, expressions: list) -> list:
    """The sentence's expressions with the days told from a dated event added, in text order."""
    pattern = _OF_EVENT.get(article.language)
    if pattern is None:
        return expressions
    added = []
    for match in pattern.finditer(sentence.text):
        if any(e.start <= match.start() < e.end for e in expressions):
            continue
        event = _event_words(match.group("noun"))
        end = match.end()
        if event is None:
            # "the eve of the March 1 inauguration": the words before the event's noun may
            # be its day
            later = _LATER_NOUN.match(sentence.text, match.end())
            event = _event_words(later.group("noun")) if later else None
            if event is None:
                continue
            end = later.end()
        word = next(w for w in (match.group(g) for g in "abcd") if w).lower()
        own_day = _day_written_with(sentence.text, match.start(), end, expressions)
        if own_day is not None:
            # "on the eve of the March 1 inauguration", "au lendemain du sommet du 12 février":
            # the event's own day is written with it; that day is the anchor, not a date of
            # its own for the meeting
            expressions = [e for e in expressions if e is not own_day]
            counted = day_counted_from(match, own_day.value[:10], _SHIFTS[word])
            end = max(end, own_day.end)
            added.append(
                dataclasses.replace(counted, end=end, text=sentence.text[match.start() : end])
            )
            continue
        anchor = _day_of_event(article, sentence, expressions, match.start(), event)
        if anchor is None:
            continue
        added.append(day_counted_from(match, anchor, _SHIFTS[word]))
    return with_days_added(expressions, added)


# "de l'investiture du 1er mars", "of the summit on 12 February": the event's day right after
# it; not "On the eve of the Summit, on Saturday", "La veille de la signature, jeudi", where the
# day set off by a comma is the eve itself
_LINK = r"(?:du|de|d['’]|le|of|on)"
_ONLY_A_LINK = re.compile(rf"\s+(?:{_LINK}\s*)?", re.IGNORECASE)
_LINK_FIRST = re.compile(rf"\s*{_LINK}\b", re.IGNORECASE)


# the next two words, the last of which may name the event
_LATER_NOUN = re.compile(r"(?:\s+[\w-]+)?\s+(?P<noun>[\w-]+)")


def _day_written_with(text: str, start: int, end: int, expressions: list):
    """The day expression written inside the words naming the event, or right after them."""
    for expression in expressions:
        if expression.precision != "day" or not expression.value:
            continue
        inside = start <= expression.start and expression.end <= end
        # the link word may be the expression's own ("du 10 mars")
        right_after = (
            expression.start >= end
            and _ONLY_A_LINK.fullmatch(text, end, expression.start)
            and _LINK_FIRST.match(text[end : expression.start] + expression.text)
        )
        if inside or right_after:
            return expression
    return None


def names_the_anchor(expressions: list, trigger, language: str) -> bool:
    """Whether the meeting word is the event a day is counted from ("the day before the
    summit"): the story's summit, told before, not one more meeting."""
    pattern = _OF_EVENT.get(language)
    return pattern is not None and any(
        e.start <= trigger.start and trigger.end <= e.end and pattern.fullmatch(e.text)
        for e in expressions
    )


def _event_words(noun: str) -> re.Pattern | None:
    for words in _EVENTS:
        if re.match(words, noun, re.IGNORECASE):
            return re.compile(rf"\b(?:{words})", re.IGNORECASE)
    return None


def _day_of_event(article: Article, sentence: Sentence, expressions, offset: int, event):
    """The day written with the event earlier in the sentence, else in the nearest earlier
    sentence that names it and writes one day."""
    if event.search(sentence.text, 0, offset):
        days = [e for e in expressions if e.end <= offset and e.precision == "day" and e.value]
        if days:
            return days[-1].value[:10]
    start = max(0, sentence.start - _WINDOW)
    before = article.text[start : sentence.start]
    ends = [m.end() for m in re.finditer(r"[.!?]\s+|\n+", before)]
    bounds = list(zip([0] + ends, ends + [len(before)], strict=True))
    for low, high in reversed(bounds):
        # a quotation's "aujourd'hui" is the speaker's day, not one the story dates
        text = _QUOTED.sub(lambda m: " " * len(m.group(0)), before[low:high])
        if not event.search(text):
            continue
        days = [
            e
            for e in temporal.find_time_expressions(
                text, language=article.language, published=article.published
            )
            if e.precision == "day" and e.value
        ]
        if len({e.value[:10] for e in days}) == 1:
            return days[0].value[:10]  # "yesterday, 7 July 1999": one day, written twice
    return None
