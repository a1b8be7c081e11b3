"""Days told from an event the story has dated: "au lendemain de la signature d'Abuja", "on the
eve of the signing ceremony", "dès le lendemain des frappes", "the day after the summit".

`relative_dates` anchors "le lendemain", "the next day" on the day the story has just told; these
name their own anchor. The anchor is the day written in the nearest earlier sentence that names
the same event (the signing: "signé le 1er novembre", "signed on July 7"), or earlier in the
same sentence; the day is then shifted by one ("la veille", "the eve": one day before). With no
such day the words stay unread, as before.
"""

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
        if event is None:
            continue
        word = next(w for w in (match.group(g) for g in "abcd") if w).lower()
        anchor = _day_of_event(article, sentence, expressions, match.start(), event)
        if anchor is None:
            continue
        added.append(day_counted_from(match, anchor, _SHIFTS[word]))
    return with_days_added(expressions, added)


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
