"""Calendar arithmetic of the resolution stage: the value formats (day, month, year), and the
choice of a date, month, week, weekend or season relative to the publication date, given the
tense of the clause (past looks back, future looks ahead, unknown takes the nearest).
"""

from __future__ import annotations

from datetime import date, timedelta

from .tense import FUTURE, PAST, PRESENT, Tense


def day_value(day: date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def year_value(year: int) -> str:
    return f"{year:04d}"


def resolve_weekday(published: date, weekday: int, tense: Tense, modifier: str | None) -> date:
    days_back = (published.weekday() - weekday) % 7
    days_ahead = (weekday - published.weekday()) % 7
    if modifier == "last":
        return published - timedelta(days=days_back or 7)
    if modifier == "next":
        return published + timedelta(days=days_ahead or 7)
    if tense == PAST:
        return published - timedelta(days=days_back)
    if tense == FUTURE:
        return published + timedelta(days=days_ahead)
    if tense == PRESENT and days_ahead <= 4:
        # "Macron se rend lundi à Moscou": a weekday in the present is mostly scheduled
        return published + timedelta(days=days_ahead)
    if days_back <= 3:
        return published - timedelta(days=days_back)
    return published + timedelta(days=days_ahead)


def pick_by_tense(candidates: list[date], published: date, tense: Tense) -> date:
    past = [c for c in candidates if c <= published]
    future = [c for c in candidates if c >= published]
    if tense == PAST and past:
        latest_past = max(past)
        # A date mentioned a year back without its year is rare; a past clause about a date a
        # few weeks ahead is common ("had invited them to a summit on 16 December").
        if (published - latest_past).days > 300 and future and (min(future) - published).days <= 45:
            return min(future)
        return latest_past
    if tense == FUTURE and future:
        earliest_future = min(future)
        # The mirror of the rule above: a future clause naming a date a few weeks back refers
        # to a past event ("ils examineront la suite donnée au Conseil des 22 et 23 mars"); a
        # meeting eleven months ahead is rarely written without its year.
        if (earliest_future - published).days > 300 and past:
            latest_past = max(past)
            if (published - latest_past).days <= 45:
                return latest_past
        return earliest_future
    return min(candidates, key=lambda c: (abs((c - published).days), c > published))


def yearless_date(
    published: date, month: int, day: int, tense: Tense, weekday: int | None = None
) -> date | None:
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if weekday is not None:
        on_weekday = [c for c in candidates if c.weekday() == weekday]
        if on_weekday:
            candidates = on_weekday
    return pick_by_tense(candidates, published, tense)


def year_for_month(published: date, month: int, tense: Tense) -> int:
    published_index = published.year * 12 + published.month - 1
    candidates = [
        y * 12 + month - 1 for y in (published.year - 1, published.year, published.year + 1)
    ]
    past = [c for c in candidates if c <= published_index]
    future = [c for c in candidates if c >= published_index]
    if tense == PAST and past:
        chosen = max(past)
    elif tense == FUTURE and future:
        chosen = min(future)
    else:
        chosen = min(candidates, key=lambda c: (abs(c - published_index), c > published_index))
    return chosen // 12


def span_value(first: date, last: date) -> tuple[str, str, str | None]:
    """(value, precision, end_value) for a span of days, at the finest honest precision."""
    if (first.year, first.month) == (last.year, last.month):
        return month_value(first.year, first.month), "month", None
    if first.year == last.year:
        return year_value(first.year), "year", None
    return year_value(first.year), "year", year_value(last.year)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_span(key: str, published: date, tense: Tense) -> tuple[date, date]:
    monday = monday_of(published)
    weekday = published.weekday()
    if key == "this_week":
        return monday, monday + timedelta(days=6)
    if key == "earlier_this_week":
        return monday, published
    if key == "later_this_week":
        return published, monday + timedelta(days=6)
    if key == "next_week":
        return monday + timedelta(days=7), monday + timedelta(days=13)
    if key == "last_week":
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if key == "past_week":
        return published - timedelta(days=7), published
    if key == "next_weekend":
        saturday = published + timedelta(days=(5 - weekday) % 7 or 7)
        return saturday, saturday + timedelta(days=1)
    if key == "last_weekend":
        sunday = published - timedelta(days=(weekday - 6) % 7 or 7)
        return sunday - timedelta(days=1), sunday
    # "ce week-end"/"this weekend": the weekend under way, else the coming one; in a past
    # clause early in the week, the one just gone.
    if weekday >= 5:
        saturday = published - timedelta(days=weekday - 5)
    elif tense == PAST:
        saturday = published - timedelta(days=weekday + 2)
    else:
        saturday = published + timedelta(days=5 - weekday)
    return saturday, saturday + timedelta(days=1)


def season_span(start_year: int, first_month: int) -> tuple[date, date]:
    next_year, next_month = add_months(start_year, first_month, 3)
    return date(start_year, first_month, 1), date(next_year, next_month, 1) - timedelta(days=1)


def same_day_in(year: int, month: int, day: int) -> date:
    """The day of that number in the month, or its last day ("a month ago today" on 31 March)."""
    for candidate in (day, 30, 29, 28):
        try:
            return date(year, month, min(day, candidate))
        except ValueError:
            continue
    return date(year, month, 28)
