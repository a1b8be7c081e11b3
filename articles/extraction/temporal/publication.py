"""Publication-date inference: the best guess of when an article came out, from its text
alone (a dateline, the latest full date moved to the weekday the lead reports, or a weekday
dated day whose year the weekday gives), with a note saying how.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .tense import PAST, _sentence_starts, clause_tense
from .vocabulary import (
    EN_DAY,
    EN_MONTH,
    EN_WEEKDAY,
    ENGLISH_WEEKDAYS,
    FLAGS,
    FR_DAY,
    FR_MONTH,
    FR_WEEKDAY,
    FRENCH_WEEKDAYS,
    MONTH_NUMBER,
    WEEKDAY_NUMBER,
    YEAR,
    compile_pattern,
    day_number,
    fold,
)

_FULL_DATE = {
    "fr": compile_pattern(
        rf"(?<![\w-])(?:(?P<wd>{FR_WEEKDAY})\s+)?(?P<day>{FR_DAY})\s+(?P<month>{FR_MONTH})\s+"
        rf"(?P<year>{YEAR})"
    ),
    "en": compile_pattern(
        rf"(?<![\w-])(?:(?P<wd>{EN_WEEKDAY}),?\s+)?(?:(?P<day>{EN_DAY})\s+(?:of\s+)?(?P<month>{EN_MONTH})"
        rf"|(?P<month2>{EN_MONTH})\s+(?P<day2>{EN_DAY}),?)\s+(?P<year>{YEAR})"
    ),
}
_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(0[1-9]|1[0-2])-([0-3]\d)(?!\d)")
_NUMERIC_DATE = re.compile(r"(?<![\d/.])([0-3]?\d)[/.]([01]?\d)[/.]((?:19|20)\d\d)(?![\d/])")
_DATELINE_WINDOW = 400


def _full_dates(text: str, language: str) -> list[tuple[int, int, date]]:
    found = []
    for match in _FULL_DATE[language].finditer(text):
        day_text = match.group("day") or match.groupdict().get("day2")
        month_text = match.group("month") or match.groupdict().get("month2")
        try:
            resolved = date(
                int(match.group("year")), MONTH_NUMBER[fold(month_text)], day_number(day_text)
            )
        except ValueError:
            continue
        found.append((match.start(), match.end(), resolved))
    for match in _ISO_DATE.finditer(text):
        try:
            resolved = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            continue
        found.append((match.start(), match.end(), resolved))
    for match in _NUMERIC_DATE.finditer(text):
        first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        # French and British order day/month; American month/day unless the day shows itself
        if language == "fr" or first > 12:
            day, month = first, second
        else:
            month, day = first, second
        try:
            found.append((match.start(), match.end(), date(year, month, day)))
        except ValueError:
            continue
    return sorted(found)


_PHOTO_CREDIT = re.compile(r"\([^()]*/[^()]*\)|\[[^\]]*(?:File|Photo|/)[^\]]*\]|©")


def _lead_sentences(text: str):
    """Sentences long enough to be prose rather than a title, byline or photo caption."""
    for start, end in zip(
        _sentence_starts(text), (*_sentence_starts(text)[1:], len(text)), strict=True
    ):
        sentence = text[start:end].strip()
        words = len(sentence.split())
        # a short line without a full stop is a title or a byline
        prose = words >= 12 or (words >= 5 and sentence[-1:] in '.!?»"”')
        if prose and not _PHOTO_CREDIT.search(sentence):
            yield start, end


def _past_weekdays_in(text: str, start: int, end: int, language: str) -> list[int]:
    weekday_pattern = FR_WEEKDAY if language == "fr" else EN_WEEKDAY
    weekdays = []
    for match in compile_pattern(rf"(?<![\w-])(?P<wd>{weekday_pattern})(?!\s+\d)").finditer(
        text, start, end
    ):
        if clause_tense(text, match.start(), language=language) == PAST:
            weekdays.append(WEEKDAY_NUMBER[fold(match.group("wd"))])
    return weekdays


_DATELINE_LEAD = re.compile(
    r"\s*(?:(?:published|updated|posted|publié|publie|mis\s+à\s+jour|modifié|date)\w*"
    r"(?:\s+(?:on|le|at))?\s*:?\s*)?(?:le\s+|on\s+)?(?:\w+,?\s+)?$",
    FLAGS,
)


def _dateline(text: str, language: str) -> tuple[date, str] | None:
    """A full date on a short line near the top, or opening a line ("Published 3 March 2023").

    A date in the middle of a long line up there is a photo caption, not a dateline."""
    head = text[:_DATELINE_WINDOW]
    for line in head.split("\n"):
        for start, end, resolved in _full_dates(line, language):
            short_line = len(line.split()) <= 15
            if short_line or _DATELINE_LEAD.match(line[:start]):
                return resolved, f'dateline "{line[start:end].strip()}"'
    return None


def _year_from_weekday(
    weekday: int, month: int, day: int, years: list[int], today: date | None
) -> tuple[date | None, str]:
    """The year in which day/month falls on weekday: nearest the latest year the text
    mentions, or, when it mentions none, the most recent one up to today."""
    if years:
        reference = max(years)
        fitting = []
        for year in range(reference - 1, reference + 7):
            try:
                if date(year, month, day).weekday() == weekday:
                    fitting.append(date(year, month, day))
            except ValueError:
                continue
        if not fitting:
            return None, ""
        chosen = min(fitting, key=lambda d: abs(d.year - reference))
        return (
            chosen,
            f"falls in {chosen.year} (nearest to {reference}, the latest year the text mentions)",
        )
    today = today or date.today()
    recent = []
    for year in range(today.year - 11, today.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday and candidate <= today:
            recent.append(candidate)
    if not recent:
        return None, ""
    return recent[-1], (
        "names no year and the text gives none: the most recent year in which it falls on "
        f"that weekday, {recent[-1].year} (a guess)"
    )


def _years_in(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d,.]\d)", text)]


def infer_publication_date(
    text: str, *, language: str, today: date | None = None
) -> tuple[date | None, str]:
    """Best guess of an article's publication date from its text alone, with a note saying how.

    1. A full date (or ISO date) on a short line near the top, or opening a line: a dateline
       or byline.
    2. Otherwise the latest full date of the text, moved forward (at most six days) to the
       weekday that the lead sentence reports in a past clause.
    3. Otherwise a weekday + day + month ("lundi 29 novembre") whose year is given by the
       weekday, choosing the candidate year nearest the latest year the text mentions, or, when
       the text names no year, the most recent fitting year up to `today` (default: the
       system date).
    """
    language = "fr" if language == "fr" else "en"
    dateline = _dateline(text, language)
    if dateline is not None:
        return dateline

    all_dates = _full_dates(text, language)
    if all_dates:
        start, end, latest = max(all_dates, key=lambda item: item[2])
        later_years = [y for y in _years_in(text) if y > latest.year]
        if later_years:
            return None, (
                f'the latest full date "{text[start:end].strip()}" is older than the year '
                f"{max(later_years)} the text mentions"
            )
        weekdays = []
        for index, (lead_start, lead_end) in enumerate(_lead_sentences(text)):
            weekdays = _past_weekdays_in(text, lead_start, lead_end, language)
            if weekdays or index >= 2:
                break
        if weekdays:
            # the report itself ("a-t-on appris mercredi") is the latest of the days it names
            moved, weekday = max(
                (latest + timedelta(days=(weekday - latest.weekday()) % 7), weekday)
                for weekday in weekdays
            )
            weekday_name = (FRENCH_WEEKDAYS if language == "fr" else ENGLISH_WEEKDAYS)[weekday]
            return moved, (
                f'latest full date in the text "{text[start:end].strip()}", moved to the '
                f"{weekday_name} the lead sentence reports"
            )
        return latest, f'latest full date in the text "{text[start:end].strip()}"'

    weekday_pattern = FR_WEEKDAY if language == "fr" else EN_WEEKDAY
    day_pattern = FR_DAY if language == "fr" else EN_DAY
    month_pattern = FR_MONTH if language == "fr" else EN_MONTH
    weekday_date = compile_pattern(
        rf"(?<![\w-])(?P<wd>{weekday_pattern}),?\s+(?:(?P<day>{day_pattern})\s+(?P<month>{month_pattern})"
        rf"|(?P<month2>{month_pattern})\s+(?P<day2>{day_pattern}))(?P<next>\s+(?:prochain|next))?"
    )
    years = _years_in(text)
    ahead = None
    for match in weekday_date.finditer(text):
        weekday = WEEKDAY_NUMBER[fold(match.group("wd"))]
        month = MONTH_NUMBER[fold(match.group("month") or match.group("month2"))]
        day = day_number(match.group("day") or match.group("day2"))
        resolved, how = _year_from_weekday(weekday, month, day, years, today)
        if resolved is None:
            continue
        surface = match.group().strip()
        # only an explicit "prochain"/"next": a clause's tense is too weak a cue here
        if not match.group("next"):
            return resolved, f'"{surface}" {how}'
        ahead = ahead or (resolved, surface, how)
    if ahead is not None:
        # Only a day still ahead is dated: the story came out on the weekday its lead reports,
        # in the week before.
        resolved, surface, how = ahead
        for lead_start, lead_end in list(_lead_sentences(text))[:3]:
            weekdays = _past_weekdays_in(text, lead_start, lead_end, language)
            if weekdays:
                back = min((resolved.weekday() - w) % 7 or 7 for w in weekdays)
                weekday_name = (FRENCH_WEEKDAYS if language == "fr" else ENGLISH_WEEKDAYS)[
                    (resolved.weekday() - back) % 7
                ]
                return resolved - timedelta(days=back), (
                    f'"{surface}" {how}, still ahead; moved back to the {weekday_name} '
                    "the lead sentence reports"
                )
        return None, f'the only dated day, "{surface}", is still ahead in the text'
    return None, "no full date, dateline or weekday-dated day in the text"
