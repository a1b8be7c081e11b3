"""Temporal tagger: find date expressions in French and English news text and resolve them.

Every expression is resolved against the article's publication date. Expressions that do not
carry their own year or week ("jeudi", "le 10 janvier", "en juin") are resolved with the tense
of the clause they sit in: a past clause points backwards from publication, a future or
conditional clause points forwards, and an unknown tense takes the nearest occurrence.

The stages, one module each:

- vocabulary: the per-language words (data/time_fr.json, data/time_en.json) and the regex
  pieces built from them;
- tense: `clause_tense`, the tense of the clause around an offset (a regex heuristic, no
  parser, so the tagger stays cheap next to spaCy);
- expressions: the grammar of date expressions and `find_time_expressions`;
- resolution and dates: resolving a match against the publication date and the tense (the
  rules are in resolution's docstring);
- publication: `infer_publication_date`, from the text alone.

This package re-exports the names the rest of the engine uses.
"""

from .expressions import ENGLISH_PATTERNS, FRENCH_PATTERNS, find_time_expressions
from .publication import infer_publication_date
from .resolution import TimeExpression
from .tense import (
    EN_TENSE_RE,
    FR_TENSE_RE,
    FUTURE,
    PAST,
    PRESENT,
    Tense,
    _sentence_bounds,
    _sentence_starts,
    clause_tense,
)
from .vocabulary import (
    EN_DAY,
    EN_MONTH,
    EN_WEEKDAY,
    EN_YEAR_ALONE,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    FLAGS,
    FR_DAY,
    FR_MONTH,
    FR_WEEKDAY,
    FR_YEAR_ALONE,
    FRENCH_MONTHS,
    FRENCH_WEEKDAYS,
    MONTH_NUMBER,
    NUMBER_WORDS,
    SEASON_START_MONTH,
    WEEKDAY_NUMBER,
    YEAR,
)

__all__ = [
    "ENGLISH_MONTHS",
    "ENGLISH_PATTERNS",
    "ENGLISH_WEEKDAYS",
    "EN_DAY",
    "EN_MONTH",
    "EN_TENSE_RE",
    "EN_WEEKDAY",
    "EN_YEAR_ALONE",
    "FLAGS",
    "FRENCH_MONTHS",
    "FRENCH_PATTERNS",
    "FRENCH_WEEKDAYS",
    "FR_DAY",
    "FR_MONTH",
    "FR_TENSE_RE",
    "FR_WEEKDAY",
    "FR_YEAR_ALONE",
    "FUTURE",
    "MONTH_NUMBER",
    "NUMBER_WORDS",
    "PAST",
    "PRESENT",
    "SEASON_START_MONTH",
    "Tense",
    "TimeExpression",
    "WEEKDAY_NUMBER",
    "YEAR",
    "_sentence_bounds",
    "_sentence_starts",
    "clause_tense",
    "find_time_expressions",
    "infer_publication_date",
]
