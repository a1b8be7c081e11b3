"""Dates told from another date of the story: "the next day", "la veille", "two days later",
"une semaine plus tard", "the same day", "ce jour-là"; and months: "the following month",
"two months later", "le mois suivant", "that June", "en juin de la même année".

The temporal tagger resolves what the publication date anchors ("yesterday", "lundi"); these
words are anchored on the time the story has just told instead, as a reader takes them (the
anaphoric reading of TimeML's temporal functions): the last day written before them in their
sentence, else the day of the last meeting dated before their sentence. With neither, they
stay unread: the day of writing would be a guess. "Le lendemain de son arrivée", "two days
before the summit" name their own anchor and are left to the rest of the engine.
"""

import re
from datetime import date, timedelta

from . import temporal
from .model import Article, Sentence

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "ten": 10, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4,
    "cinq": 5, "sept": 7, "huit": 8, "dix": 10, "quinze": 15,
}  # fmt: skip
_COUNT = (
    r"(?:an?|one|two|three|four|five|six|seven|eight|ten|une?|deux|trois|quatre|cinq|sept|huit"
    r"|dix|quinze|\d{1,2})"
)

_RELATIVE = {
    "en": re.compile(
        r"\bthe\s+(?P<next>next|following)\s+(?:day|morning|afternoon|evening|night)\b"
        r"|\bthe\s+day\s+(?P<after>after|before)\b"
        r"(?!\s+(?:the|his|her|their|its|a|an|this|that)\b)"
        r"|\bthe\s+(?P<previous>previous)\s+(?:day|morning|afternoon|evening|night)\b"
        r"|\b(?P<same>(?:on\s+)?(?:the|that)\s+same\s+(?:day|morning|afternoon|evening|night)"
        r"|later\s+that\s+day|that\s+day"
        # "That afternoon, the three ministers were ushered in": the day just told
        r"|(?<!later\s)that\s+(?:morning|afternoon|evening|night))\b"
        rf"|\b(?P<count>{_COUNT})\s+(?P<unit>days?|weeks?)\s+(?P<way>later|afterwards|earlier)\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?P<next>le\s+lendemain|le\s+surlendemain)\b(?!\s+(?:d[e'’]|du|des)\b)"
        # "la veille au soir" is the day before; "la veille au sommet" no day
        r"|\b(?P<previous>la\s+veille|l['’]avant-veille)\b(?!\s+(?:d[e'’]|du|des|à)\b)"
        r"(?!\s+au\s+(?!soir\b))"
        r"|\b(?P<same>le\s+jour\s+même|le\s+même\s+jour|ce\s+jour-là"
        r"|(?:ce|cet)\s+(?:matin|soir|après-midi)-là|cette\s+(?:nuit|soirée|matinée)-là)"
        r"(?!\s+(?:d[e'’]|du|des|où)\b)"
        rf"|\b(?P<count>{_COUNT})\s+(?P<unit>jours?|semaines?)\s+(?P<way>plus\s+tard|auparavant"
        r"|plus\s+tôt)\b",
        re.IGNORECASE,
    ),
}


_MONTHS = {
    "en": "january february march april may june july august september october november "
    "december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
    "décembre".split(),
}
# "the next month" is left out: "over the next month" counts from the day of writing
_RELATIVE_MONTH = {
    "en": re.compile(
        r"\bthe\s+(?P<next>following)\s+month\b"
        r"|\bthe\s+(?P<previous>previous|preceding)\s+month\b"
        r"|\b(?P<same>(?:that|the)\s+same\s+month|(?:later|earlier)\s+that\s+month)\b"
        rf"|\b(?P<count>{_COUNT})\s+months?\s+(?P<way>later|afterwards|earlier)\b"
        rf"|\bthat\s+(?P<month>{'|'.join(_MONTHS['en'])})\b(?!\s+\d)",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\ble\s+(?P<next>mois\s+suivant|mois\s+d['’]après)\b"
        r"|\ble\s+(?P<previous>mois\s+précédent)\b"
        r"|\b(?P<same>le\s+même\s+mois|ce\s+mois-là|plus\s+tard\s+dans\s+le\s+mois)\b"
        rf"|\b(?P<count>{_COUNT})\s+mois\s+(?P<way>plus\s+tard|auparavant|plus\s+tôt)\b"
        rf"|\b(?P<month>{'|'.join(_MONTHS['fr'])})\s+(?:de\s+la\s+même\s+année"
        r"|de\s+cette\s+année-là)\b",
        re.IGNORECASE,
    ),
}


def is_relative(expression, language: str) -> bool:
    """Whether an expression is one of these ("la veille", "the following month"), added by
    `relative_dates`."""
    if not expression.text:
        return False
    return any(
        pattern is not None and pattern.fullmatch(expression.text)
        for pattern in (_RELATIVE.get(language), _RELATIVE_MONTH.get(language))
    )


def relative_dates(article: Article, sentence: Sentence, expressions: list) -> list:
    """The sentence's expressions with its anaphoric dates added, resolved, in text order."""
    pattern = _RELATIVE.get(article.language)
    if pattern is None:
        return expressions
    added = []
    for match in pattern.finditer(sentence.text):
        if any(e.start <= match.start() < e.end for e in expressions):
            continue
        shift = _shift(match)
        anchor = _anchor(article, sentence, expressions, match.start())
        if shift is None or anchor is None:
            continue
        added.append(day_counted_from(match, anchor, shift))
    added += _months_told_from(article, sentence, expressions + added)
    return with_days_added(expressions, added)


def _months_told_from(article: Article, sentence: Sentence, expressions: list) -> list:
    """ "the following month", "that June": the month counted from the time the story has
    just told (a day or a month; for a month named, a year is enough)."""
    added = []
    for match in _RELATIVE_MONTH[article.language].finditer(sentence.text):
        if any(e.start <= match.start() < e.end for e in expressions):
            continue
        named = match.group("month")
        anchor = _time_just_told(article, sentence, expressions, match.start(), bool(named))
        if anchor is None:
            continue
        year = int(anchor[:4])
        if named:
            month = _MONTHS[article.language].index(named.lower()) + 1
        else:
            shift = _month_shift(match)
            if shift is None:
                continue
            month = int(anchor[5:7]) + shift
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        added.append(
            temporal.TimeExpression(
                start=match.start(),
                end=match.end(),
                text=match.group(0),
                value=f"{year:04d}-{month:02d}",
                precision="month",
                anchored=True,
            )
        )
    return added


def _month_shift(match: re.Match) -> int | None:
    if match.group("count"):
        return _counted(match, 1)
    if match.group("same"):
        return 0
    return 1 if match.group("next") else -1


def _time_just_told(
    article: Article, sentence: Sentence, expressions: list, offset: int, year_will_do: bool
) -> str | None:
    """The time the story has told last before `offset` ("YYYY-MM" or longer; "YYYY" will do
    when `year_will_do`): a date written before it in the sentence, else the last one written
    in an earlier sentence (`article.times_told`) or the month of the last meeting dated."""
    least = 4 if year_will_do else 7
    before = [e for e in expressions if e.end <= offset and e.value and len(e.value) >= least]
    if before:
        return before[-1].value
    told = [(at, value) for at, value in article.times_told if at < sentence.start and value]
    told = [(at, value) for at, value in told if len(value) >= least]
    previous = _previous_sentence_time(article, sentence, least)
    if previous is not None and (not told or previous[0] > told[-1][0]):
        told.append(previous)
    for candidate in reversed(article.candidates):
        if candidate.sentence.start >= sentence.start:
            continue
        if candidate.value is not None and len(candidate.value) >= least:
            if not told or candidate.sentence.start > told[-1][0]:
                return candidate.value
        break
    return told[-1][1] if told else None


def day_counted_from(match: re.Match, anchor: str, shift: int):
    """The day `shift` days from `anchor`, told by the words `match` found."""
    return temporal.TimeExpression(
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        value=(date.fromisoformat(anchor) + timedelta(days=shift)).isoformat(),
        precision="day",
        anchored=True,
    )


def with_days_added(expressions: list, added: list) -> list:
    """The sentence's expressions and the days added, in text order."""
    if not added:
        return expressions
    return sorted(expressions + added, key=lambda e: e.start)


def _counted(match: re.Match, unit: int) -> int | None:
    """ "two days later", "trois mois plus tôt": the count times `unit`, negative backwards."""
    word = match.group("count").lower()
    count = _NUMBERS.get(word, int(word) if word.isdigit() else None)
    if count is None:
        return None
    way = match.group("way").lower()
    return -count * unit if way in ("earlier", "auparavant", "plus tôt") else count * unit


def _shift(match: re.Match) -> int | None:
    words = match.group(0).lower()
    if match.group("count"):
        week = match.group("unit").lower().startswith(("week", "semaine"))
        return _counted(match, 7 if week else 1)
    if match.group("same"):
        return 0
    if "surlendemain" in words:
        return 2
    if "avant-veille" in words:
        return -2
    if match.group("next") or (match.groupdict().get("after") or "").lower() == "after":
        return 1
    return -1


def _anchor(article: Article, sentence: Sentence, expressions: list, offset: int) -> str | None:
    """The day the story has just told: the last day written before `offset` in the
    sentence, else whichever the text told last of the last day written in an earlier sentence
    ("The agreement was signed on March 8. The same day, ...") and the day of the last meeting
    ("met on Monday. Two days later, ..."). A meeting dated by its month only tells no day."""
    before = [e for e in expressions if e.end <= offset and e.precision == "day"]
    if before:
        return before[-1].value[:10]
    told = [(at, day) for at, day in article.days_told if at < sentence.start and day]
    previous = _previous_sentence_day(article, sentence)
    if previous is not None and (not told or previous[0] > told[-1][0]):
        told.append(previous)
    meeting = None
    for candidate in reversed(article.candidates):
        if candidate.sentence.start >= sentence.start:
            continue
        if candidate.value is not None and candidate.precision == "day":
            meeting = (candidate.sentence.start, candidate.value[:10])
        break
    # a meeting dated by a relative day of its own ("la veille") is told after the day written
    if meeting is not None and (not told or meeting[0] > told[-1][0]):
        return meeting[1]
    return told[-1][1] if told else None


def day_just_told(article: Article, sentence: Sentence) -> str | None:
    """The day the story has told last before `sentence` (a day written, or a meeting's)."""
    return _anchor(article, sentence, [], 0)


def record_days_told(article: Article, sentence: Sentence, expressions: list) -> None:
    """Notes the last day the sentence writes (None: none), for the relative dates of the
    sentences after."""
    days = [e for e in expressions if e.precision == "day" and e.value]
    article.days_told.append((sentence.start, days[-1].value[:10] if days else None))
    times = [e for e in expressions if e.value and not e.end_value]
    article.times_told.append((sentence.start, times[-1].value[:10] if times else None))


def _previous_sentence_day(article: Article, sentence: Sentence) -> tuple | None:
    """(where the sentence before starts, the last day it writes), for a sentence the dates
    stage did not read (it has no meeting word); None when it writes no day."""
    return _previous_sentence_time(article, sentence, 10)


def _previous_sentence_time(article: Article, sentence: Sentence, least: int) -> tuple | None:
    """(where the sentence before starts, the last date it writes with at least `least`
    characters: 10 a day, 7 a month, 4 a year), for a sentence the dates stage did not read;
    None when it writes none."""
    text = article.text[max(0, sentence.start - 400) : sentence.start]
    end = len(text.rstrip())
    start = max(text.rfind(". ", 0, max(0, end - 1)), text.rfind("\n", 0, max(0, end - 1))) + 1
    at = sentence.start - len(text) + start
    if any(at <= told_at < sentence.start for told_at, _day in article.days_told):
        return None  # read by the dates stage: its day, if any, is already told
    days = [
        e
        for e in temporal.find_time_expressions(
            text[start:end], language=article.language, published=article.published
        )
        if e.value and len(e.value) >= least and not e.end_value
    ]
    return (at, days[-1].value[:10]) if days else None
