"""Resolution: each handler turns a match of the grammar (expressions.py) into a
TimeExpression, resolving what the text leaves out (year, week, direction) against the
publication date and the tense of the clause.

Resolution rules (the ones a reader of a wire story applies):

- Bare weekday: past -> most recent such day on or before publication (same day allowed);
  future -> next such day on or after publication (same day allowed, a meeting "later today"
  is still ahead); unknown -> the nearest within three days, preferring the past; present
  ("se rend lundi") -> the coming one when it is at most four days ahead, as news uses the
  present for what is scheduled. "dernier"/"last" is strictly before publication,
  "prochain"/"next" strictly after. A day that was planned in the past ("devait se tenir
  mardi", "was scheduled for Tuesday") may lie on either side: its tense counts as unknown.
- Day and month without a year: past -> last such date on or before publication; future ->
  first on or after; unknown -> nearest. A weekday given with it ("lundi 29 novembre") picks
  the year in which that date falls on that weekday, when one of the three candidates does.
  In a past clause, a date that would lie a year back while its next occurrence is at most 45
  days ahead is the coming one ("avait convié ses homologues à un sommet le 16 décembre").
- Month without a year: past -> most recent such month up to the publication month; future ->
  first such month from the publication month on; unknown/present -> the nearest such month
  (a December story's "janvier" is next January, a February story's "juin" is this June),
  ties going to the past. "depuis"/"since" always looks backwards.
- Weeks and weekends are spans: month precision when the span lies within one month, year
  precision when it lies within one year, otherwise a year range (value, end_value).
- Seasons, quarters and halves of a year are at year precision (a winter: a year range).
- "soon"/"bientôt" and friends resolve to the publication year, anchored.
- Explicit dates (with their year) have anchored=False; everything resolved from the
  publication date has anchored=True.

Precision is never invented: a month stays a month, "début 2020" is the year 2020.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .dates import (
    add_months,
    day_value,
    monday_of,
    month_value,
    pick_by_tense,
    resolve_weekday,
    same_day_in,
    season_span,
    span_value,
    week_span,
    year_for_month,
    year_value,
    yearless_date,
)
from .tense import FUTURE, PAST, Tense, clause_tense, tense_forms
from .vocabulary import (
    FLAGS,
    LAST_WORDS,
    MONTH_NUMBER,
    NEXT_WORDS,
    NUMBER_WORDS,
    RELATIVE_DAYS,
    SEASON_START_MONTH,
    WEEKDAY_NUMBER,
    day_number,
    fold,
)


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    value: str
    precision: str
    end_value: str | None = None
    anchored: bool = False


class Context:
    def __init__(self, text: str, language: str, published: date, tense_at):
        self.text = text
        self.language = language
        self.published = published
        self._tense_at = tense_at
        self._tenses: dict[int, Tense] = {}

    def tense(self, offset: int) -> Tense:
        if offset not in self._tenses:
            if self._tense_at is not None:
                self._tenses[offset] = self._tense_at(offset)
            else:
                self._tenses[offset] = clause_tense(self.text, offset, language=self.language)
        return self._tenses[offset]


def _make(match, ctx, value, precision, end_value=None, anchored=False, group="x"):
    start, end = match.span(group)
    return TimeExpression(
        start=start,
        end=end,
        text=ctx.text[start:end],
        value=value,
        precision=precision,
        end_value=end_value,
        anchored=anchored,
    )


def _modifier(word: str | None) -> str | None:
    if not word:
        return None
    folded = " ".join(fold(word).split())
    if folded.endswith("s") and folded[:-1] in LAST_WORDS | NEXT_WORDS:
        folded = folded[:-1]  # "les 27 et 28 février derniers"
    if folded in LAST_WORDS:
        return "last"
    if folded in NEXT_WORDS:
        return "next"
    return None


def _prefix_tense(prefix: str | None) -> Tense:
    """Prepositions that fix the direction whatever the verb says."""
    if not prefix:
        return None
    folded = fold(prefix.strip())
    if folded in ("depuis", "since"):
        return PAST
    if folded in ("d'ici", "jusqu'a", "jusqu'au", "jusqu'en"):
        return FUTURE
    return None


# "reporté à juin", "postponed to May", "pushed back until June": the new date of a
# postponement lies ahead of the old one, whatever the tense of the verb
_POSTPONING = (
    r"(?:report\w*|repouss\w*|décal\w*|postpon\w*|pushed\s+back|put\s+off|delayed|moved"
    r"|rescheduled)"
)
_POSTPONED_TO = re.compile(
    rf"{_POSTPONING}\s+(?:(?:à|au|en|pour|jusqu['’]\w*|to|until|till|for)\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _tense_for(match, ctx, modifier=None, prefix=None) -> Tense:
    if modifier == "last":
        return PAST
    if modifier == "next":
        return FUTURE
    start = match.start("x")
    if _POSTPONED_TO.search(ctx.text[max(0, start - 40) : start]):
        return FUTURE
    return _prefix_tense(prefix) or ctx.tense(match.start("x"))


def _explicit_or_yearless(match, ctx, day_text, month_text, year_text, weekday_text=None):
    month = MONTH_NUMBER[fold(month_text)]
    day = day_number(day_text)
    if year_text:
        try:
            return date(int(year_text), month, day), False
        except ValueError:
            return None, False
    weekday = WEEKDAY_NUMBER[fold(weekday_text)] if weekday_text else None
    modifier = _modifier(match.groupdict().get("mod"))
    tense = _tense_for(match, ctx, modifier, match.groupdict().get("prep"))
    return yearless_date(ctx.published, month, day, tense, weekday), True


def handle_date(match, ctx):
    resolved, anchored = _explicit_or_yearless(
        match, ctx, match.group("day"), match.group("month"), match.group("year"),
        match.group("wd"),
    )  # fmt: skip
    if resolved is None:
        return None
    return _make(match, ctx, day_value(resolved), "day", anchored=anchored)


def handle_day_range(match, ctx):
    month_first = match.group("m1") or match.group("m2")
    groups = match.groupdict()
    year_first = groups.get("y1") or groups.get("y2")
    first, anchored = _explicit_or_yearless(match, ctx, match.group("d1"), month_first, year_first)
    if first is None:
        return None
    try:
        last = date(
            int(groups["y2"]) if groups.get("y2") else first.year,
            MONTH_NUMBER[fold(match.group("m2"))],
            day_number(match.group("d2")),
        )
    except ValueError:
        return None
    if last < first and last.month < first.month:
        # "du 28 décembre au 3 janvier" runs into the next year
        try:
            last = last.replace(year=last.year + 1)
        except ValueError:
            return None
    if last <= first:
        return None
    return _make(match, ctx, day_value(first), "day", day_value(last), anchored=anchored)


def handle_iso(match, ctx):
    try:
        day = date(int(match.group("year")), int(match.group("month")), int(match.group("day")))
    except ValueError:
        return None
    return _make(match, ctx, day_value(day), "day")


def handle_numeric(match, ctx):
    first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    if year < 100:
        year += 2000
    if first > 12 or (second <= 12 and ctx.language == "fr"):
        day, month = first, second
    else:
        month, day = first, second
    try:
        resolved = date(year, month, day)
    except ValueError:
        return None
    return _make(match, ctx, day_value(resolved), "day")


# "put off to Thursday", "reporté à jeudi": the weekday a meeting is moved to is ahead, even
# told in the past ("That meeting has been put off to Thursday"); not "postponed on Monday",
# the day it was put off
_POSTPONED_TO_WEEKDAY = re.compile(
    rf"{_POSTPONING}\s+(?:à|au|jusqu['’]\w*|to|until|till)\s+$", re.IGNORECASE
)


def handle_weekday(match, ctx):
    weekday = WEEKDAY_NUMBER[fold(match.group("wd"))]
    if match.groupdict().get("week"):  # "Thursday next week", "jeudi de la semaine dernière"
        ahead = fold(match.group("week")) in ("next", "prochaine")
        # an English week starts on Sunday: on a Sunday, "Wednesday last week" is three days ago
        sunday = ctx.language == "en" and ctx.published.weekday() == 6
        monday = monday_of(ctx.published + timedelta(days=(7 if ahead else -7) + sunday))
        return _make(match, ctx, day_value(monday + timedelta(days=weekday)), "day", anchored=True)
    modifier = _modifier(match.group("mod"))
    start = match.start("x")
    tense = None if modifier else ctx.tense(start)
    if not modifier and _POSTPONED_TO_WEEKDAY.search(ctx.text[max(0, start - 40) : start]):
        tense = FUTURE
    resolved = resolve_weekday(ctx.published, weekday, tense, modifier)
    return _make(match, ctx, day_value(resolved), "day", anchored=True)


def handle_weekday_range(match, ctx):
    first_weekday = WEEKDAY_NUMBER[fold(match.group("wd1"))]
    last_weekday = WEEKDAY_NUMBER[fold(match.group("wd2"))]
    joined_by_and = fold(match.group("link")).strip() in ("et", "and", "&")
    if joined_by_and and (last_weekday - first_weekday) % 7 != 1:
        return None  # "lundi et jeudi" are two days, not a span
    first = resolve_weekday(ctx.published, first_weekday, ctx.tense(match.start("x")), None)
    last = first + timedelta(days=(last_weekday - first_weekday) % 7 or 7)
    return _make(match, ctx, day_value(first), "day", day_value(last), anchored=True)


def handle_relative_day(match, ctx):
    key = " ".join(fold(match.group("rel")).split())
    resolved = ctx.published + timedelta(days=RELATIVE_DAYS[key])
    return _make(match, ctx, day_value(resolved), "day", anchored=True)


def _week_key(surface: str) -> str:
    words = fold(surface)
    if "end" in words:
        if re.search(r"prochain|next|coming", words):
            return "next_weekend"
        if re.search(r"dernier|passe|last|past", words):
            return "last_weekend"
        return "this_weekend"
    if re.search(r"past|last (?:seven|7) days|over the last|ecoulee|sept derniers", words):
        return "past_week"
    if re.search(r"prochaine|next|coming|ahead", words):
        return "next_week"
    if re.search(r"derniere|passee|last", words):
        return "last_week"
    if re.search(r"plus tot|earlier|en debut|au debut|early", words):
        return "earlier_this_week"
    if re.search(r"plus tard|later|en fin|a la fin|late", words):
        return "later_this_week"
    return "this_week"


def handle_week(match, ctx):
    surface = match.group("x")
    key = _week_key(surface)
    tense = ctx.tense(match.start("x")) if key == "this_weekend" else None
    first, last = week_span(key, ctx.published, tense)
    value, precision, end_value = span_value(first, last)
    return _make(match, ctx, value, precision, end_value, anchored=True)


def handle_week_of(match, ctx):
    """ "the week of March 25", "la semaine du 25 mars": the Monday-to-Sunday week holding
    that day, at the precision of a week (month or year)."""
    month = MONTH_NUMBER[fold(match.group("month"))]
    day = day_number(match.group("day"))
    year_text = match.groupdict().get("year")
    if year_text:
        try:
            inside = date(int(year_text), month, day)
        except ValueError:
            return None
    else:
        inside = yearless_date(ctx.published, month, day, ctx.tense(match.start("x")))
        if inside is None:
            return None
    monday = monday_of(inside)
    value, precision, end_value = span_value(monday, monday + timedelta(days=6))
    return _make(match, ctx, value, precision, end_value, anchored=not year_text)


# "- August: Mr X meets Y in Mekelle", "Juillet : ...": a month that labels a line of a
# chronology dates what the line tells
_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[–—•*-][ \t]*)?$")
_LABEL_AFTER = re.compile(r"[ \t]*(?::|[–—-][ \t])")


def handle_month(match, ctx):
    month = MONTH_NUMBER[fold(match.group("month"))]
    year_text = match.groupdict().get("year")
    if year_text:
        return _make(match, ctx, month_value(int(year_text), month), "month")
    has_context = any(match.groupdict().get(g) for g in ("prep", "part", "mod"))
    if not has_context and not _LABEL_BEFORE.search(ctx.text, 0, match.start("x")):
        return None
    if not has_context and not _LABEL_AFTER.match(ctx.text, match.end("x")):
        return None
    modifier = _modifier(match.group("mod"))
    tense = _tense_for(match, ctx, modifier, match.group("prep"))
    published = ctx.published
    if modifier == "last":
        year = published.year if month < published.month else published.year - 1
    elif modifier == "next":
        year = published.year if month > published.month else published.year + 1
    else:
        year = year_for_month(published, month, tense)
    return _make(match, ctx, month_value(year, month), "month", anchored=True)


def handle_relative_month(match, ctx):
    words = fold(match.group("x"))
    delta = 0
    if re.search(r"prochain|next|coming", words):
        delta = 1
    elif re.search(r"dernier|passe|last|past|previous|precedent", words):
        delta = -1
    year, month = add_months(ctx.published.year, ctx.published.month, delta)
    return _make(match, ctx, month_value(year, month), "month", anchored=True)


def handle_year(match, ctx):
    return _make(match, ctx, year_value(int(match.group("year"))), "year")


def handle_relative_year(match, ctx):
    words = fold(match.group("x"))
    delta = 0
    if re.search(r"prochaine?|next|coming|suivante", words):
        delta = 1
    elif re.search(r"derniere?|passee?|last|past|previous|precedente", words):
        delta = -1
    return _make(match, ctx, year_value(ctx.published.year + delta), "year", anchored=True)


def handle_vague(match, ctx):
    return _make(match, ctx, year_value(ctx.published.year), "year", anchored=True)


# "the first talks in two years", "the worst floods in a decade": after these words a forward
# count measures a gap back in time, it does not point to a date ahead (French says "depuis").
_GAP_WORDS = re.compile(
    r"(?<![\w-])(?:first|only|longest|largest|biggest|highest|lowest|worst|best|deadliest|"
    r"strongest|weakest|fastest|slowest|most|least)(?![\w-])"
    r"[^.;:!?,]{0,30}$",
    FLAGS,
)


def handle_ago(match, ctx):
    amount_text = fold(match.group("n"))
    amount = int(amount_text) if amount_text.isdigit() else NUMBER_WORDS.get(amount_text)
    if amount is None:
        return None
    direction = -1 if match.group("ago") else 1
    if direction == 1:
        # "in two years" / "dans deux ans" is a date ahead only in a clause that looks ahead;
        # "the first such visit in 14 years" or "ended in two days" measure a span
        gap = _GAP_WORDS.search(ctx.text[: match.start("x")])
        if gap and not tense_forms(gap.group(), 0, ctx.language):
            return None  # "first talks in two years"; but "first round will be held in a week"
        if ctx.tense(match.start("x")) == PAST:
            return None
    unit = fold(match.group("unit"))
    published = ctx.published
    if direction == -1 and match.groupdict().get("today"):
        # "a week ago today", "il y a un an jour pour jour": that very day
        if unit.startswith(("semaine", "week")):
            resolved = published - timedelta(days=7 * amount)
        elif unit.startswith(("mois", "month")):
            year, month = add_months(published.year, published.month, -amount)
            resolved = same_day_in(year, month, published.day)
        elif unit.startswith(("an", "year")):
            resolved = same_day_in(published.year - amount, published.month, published.day)
        else:
            resolved = published - timedelta(days=amount)
        return _make(match, ctx, day_value(resolved), "day", anchored=True)
    if unit.startswith(("jour", "day")):
        resolved = published + timedelta(days=direction * amount)
        return _make(match, ctx, day_value(resolved), "day", anchored=True)
    if unit.startswith(("semaine", "week")):
        monday = monday_of(published + timedelta(days=7 * direction * amount))
        value, precision, end_value = span_value(monday, monday + timedelta(days=6))
        return _make(match, ctx, value, precision, end_value, anchored=True)
    if unit.startswith(("mois", "month")):
        year, month = add_months(published.year, published.month, direction * amount)
        return _make(match, ctx, month_value(year, month), "month", anchored=True)
    return _make(match, ctx, year_value(published.year + direction * amount), "year", anchored=True)


def handle_weekday_range_either(match, ctx):
    if match.group("wd1"):
        return handle_weekday_range(match, ctx)
    first_weekday = WEEKDAY_NUMBER[fold(match.group("wd1b"))]
    last_weekday = WEEKDAY_NUMBER[fold(match.group("wd2b"))]
    if (last_weekday - first_weekday) % 7 != 1 and "-" not in match.group("x"):
        return None
    first = resolve_weekday(ctx.published, first_weekday, ctx.tense(match.start("x")), None)
    last = first + timedelta(days=(last_weekday - first_weekday) % 7 or 7)
    return _make(match, ctx, day_value(first), "day", day_value(last), anchored=True)


def handle_year_either(match, ctx):
    if match.group("x"):
        return handle_year(match, ctx)
    groups = match.groupdict()
    if groups.get("xc"):
        return _make(match, ctx, year_value(int(groups["yearc"])), "year", group="xc")
    return _make(match, ctx, year_value(int(match.group("yearb"))), "year", group="xb")


def handle_relative_day_phrase(match, ctx):
    delta = -2 if "before" in match.group("x").lower() else 2
    resolved = ctx.published + timedelta(days=delta)
    return _make(match, ctx, day_value(resolved), "day", anchored=True)


def handle_month_first_range(match, ctx):
    return handle_day_range(MonthFirst(match), ctx)


class MonthFirst:
    """Adapter: in "January 10-12" the month comes first and belongs to both days."""

    def __init__(self, match):
        self._match = match

    def group(self, name):
        if name == "m2":
            return self._match.group("m2") or self._match.group("m1")
        return self._match.group(name)

    def groupdict(self):
        return self._match.groupdict()

    def span(self, name):
        return self._match.span(name)

    def start(self, name):
        return self._match.start(name)


class SeasonMatch(MonthFirst):
    """Adapter: the season and its year may sit in either of two alternatives."""

    def group(self, name):
        groups = self._match.groupdict()
        if name in ("season", "year"):
            return groups.get(name) or groups.get(f"{name}2")
        return self._match.group(name)

    def groupdict(self):
        groups = dict(self._match.groupdict())
        groups["year"] = self.group("year")
        return groups


class DayFirst(MonthFirst):
    """Adapter: "the week of March 25" and "the week of 25 March" give the same groups."""

    def group(self, name):
        if name in ("day", "month"):
            return self._match.group(name) or self._match.group(f"{name}2")
        return self._match.group(name)


def handle_current_month_day(match, ctx):
    """ "le 15 courant": that day of the publication month."""
    try:
        resolved = ctx.published.replace(day=day_number(match.group("day")))
    except ValueError:
        return None
    return _make(match, ctx, day_value(resolved), "day", anchored=True)


def handle_bare_ordinal_day(match, ctx):
    """ "on the 5th", "le 12", "lundi 14": that day of the publication month or a neighbouring
    one, by tense; with a weekday, the one on which that day falls on it."""
    groups = match.groupdict()
    day = day_number(groups.get("day") or groups["bare"])
    weekday = groups.get("wd")
    published = ctx.published
    candidates = []
    for delta in (-1, 0, 1):
        year, month = add_months(published.year, published.month, delta)
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if weekday:
        candidates = [c for c in candidates if c.weekday() == WEEKDAY_NUMBER[fold(weekday)]]
    if not candidates:
        return None
    resolved = pick_by_tense(candidates, published, ctx.tense(match.start("x")))
    return _make(match, ctx, day_value(resolved), "day", anchored=True)


def handle_quarter(match, ctx):
    """A quarter or half of a year is the year: never more precise than the text."""
    groups = match.groupdict()
    if groups.get("year"):
        return _make(match, ctx, year_value(int(groups["year"])), "year")
    words = fold(match.group("x"))
    delta = 0
    if re.search(r"prochain|next", words):
        delta = 1
    elif re.search(r"dernier|last|previous", words):
        delta = -1
    return _make(match, ctx, year_value(ctx.published.year + delta), "year", anchored=True)


# "the first visit to Africa by an Iranian leader in 11 years", "the highest in two decades":
# after a first, a last or a superlative, "in N years" is how long since, not a date ahead
_SINCE_BEFORE = re.compile(
    r"\b(?:first|only|last|since|\w+est)\b(?:(?!\b(?:and|but|while)\b)[^.;:,]){0,80}$",
    re.IGNORECASE,
)


def handle_english_ago(match, ctx):
    if not match.group("ago") and not match.group("in"):
        return None  # a bare duration ("three days") is not a date
    if match.group("in") and not match.group("ago"):
        line_start = ctx.text.rfind("\n", 0, match.start("x")) + 1
        before = ctx.text[max(line_start, match.start("x") - 100) : match.start("x")]
        # "their first meeting will take place in two weeks" is still ahead
        if _SINCE_BEFORE.search(before) and ctx.tense(match.start("x")) != FUTURE:
            return None
    return handle_ago(match, ctx)


def handle_season(match, ctx):
    """A season is a three-month span: year precision (a winter spans two years)."""
    first_month = SEASON_START_MONTH[fold(match.group("season"))]
    year_text = match.groupdict().get("year")
    if year_text:
        first, last = season_span(int(year_text), first_month)
        value, precision, end_value = span_value(first, last)
        return _make(match, ctx, value, precision, end_value)
    published = ctx.published
    spans = [season_span(y, first_month) for y in range(published.year - 2, published.year + 2)]
    current = [span for span in spans if span[0] <= published <= span[1]]
    past = [span for span in spans if span[1] < published]
    future = [span for span in spans if span[0] > published]
    modifier = _modifier(match.groupdict().get("mod"))
    tense = None if modifier else _tense_for(match, ctx)
    if modifier == "last" or (tense == PAST and not current):
        first, last = past[-1]
    elif modifier == "next" or (tense == FUTURE and not current):
        first, last = future[0]
    elif current:
        first, last = current[0]
    else:
        first, last = min(
            past[-1:] + future[:1],
            key=lambda span: min(abs((span[0] - published).days), abs((span[1] - published).days)),
        )
    value, precision, end_value = span_value(first, last)
    return _make(match, ctx, value, precision, end_value, anchored=True)
