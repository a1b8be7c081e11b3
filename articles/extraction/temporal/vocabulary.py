"""Vocabulary of the temporal tagger: the per-language word lists and the regex pieces built
from them.

The words live in data/time_fr.json and data/time_en.json, read once at import. This module
turns them into lookup tables (month and weekday numbers, number words, relative days,
seasons, "last"/"next" modifiers) and into the alternations the grammar of the other modules
is written with (month, weekday, day, year and year-alone patterns).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LANGUAGES = ("fr", "en")


def _load(language: str) -> dict:
    return json.loads((DATA_DIR / f"time_{language}.json").read_text(encoding="utf-8"))


VOCABULARY = {language: _load(language) for language in LANGUAGES}
FRENCH = VOCABULARY["fr"]
ENGLISH = VOCABULARY["en"]


def fold(word: str) -> str:
    """Lower case, no accents, no trailing dot: the key used to look words up."""
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.lower().rstrip(".").replace("’", "'")


def _alternation(words: list[str]) -> str:
    """Longest word first, so that a word is never cut short by one of its prefixes."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def word_alternation(words: list[str]) -> str:
    """The words in their order (the data's order is the regex's); a space is any blank."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


# Full names and abbreviations; abbreviations may carry a dot ("janv.", "Sept.").
FRENCH_MONTHS = {number: names for number, names in enumerate(FRENCH["months"], start=1)}
ENGLISH_MONTHS = {number: names for number, names in enumerate(ENGLISH["months"], start=1)}
FRENCH_WEEKDAYS = FRENCH["weekdays"]
ENGLISH_WEEKDAYS = ENGLISH["weekdays"]

MONTH_NUMBER = {
    fold(name): number
    for table in (FRENCH_MONTHS, ENGLISH_MONTHS)
    for number, names in table.items()
    for name in names
}
WEEKDAY_NUMBER = {
    fold(name): number
    for table in (FRENCH_WEEKDAYS, ENGLISH_WEEKDAYS)
    for number, name in enumerate(table)
}

NUMBER_WORDS = {**FRENCH["number_words"], **ENGLISH["number_words"]}
NUMBER_WORD = {
    language: word_alternation(list(VOCABULARY[language]["number_words"])) for language in LANGUAGES
}

# Keyed by the folded surface with single spaces ("aujourd'hui", "plus tot dans la journee").
RELATIVE_DAYS = {
    " ".join(fold(surface).split()): offset
    for language in LANGUAGES
    for surface, offset in VOCABULARY[language]["relative_days"].items()
}
RELATIVE_DAY = {
    language: word_alternation(list(VOCABULARY[language]["relative_days"]))
    for language in LANGUAGES
}

SEASON_START_MONTH = {**FRENCH["seasons"], **ENGLISH["seasons"]}

LAST_WORDS = {w for language in LANGUAGES for w in VOCABULARY[language]["modifiers"]["last"]}
NEXT_WORDS = {w for language in LANGUAGES for w in VOCABULARY[language]["modifiers"]["next"]}


def _month_pattern(table: dict[int, list[str]], case_sensitive: bool) -> str:
    # An abbreviation is a strict prefix of the full name; "fevrier" or "aout" are spellings.
    abbreviations = [
        n
        for names in table.values()
        for n in names[1:]
        if len(fold(n)) < len(fold(names[0])) and fold(names[0]).startswith(fold(n))
    ]
    full = [n for names in table.values() for n in names if n not in abbreviations]
    # An abbreviation needs its dot, or a number right after it ("Jan 10", "sept 2021").
    body = rf"(?:{_alternation(full)})(?!\w)|(?:{_alternation(abbreviations)})(?:\.|(?=\s+\d))"
    if case_sensitive:
        return rf"(?-i:{body})"
    return rf"(?:{body})"


FR_MONTH = _month_pattern(FRENCH_MONTHS, case_sensitive=False)
EN_MONTH = _month_pattern(ENGLISH_MONTHS, case_sensitive=True)
FR_WEEKDAY = rf"(?:{_alternation(FRENCH_WEEKDAYS)})\b"
EN_WEEKDAY = rf"(?-i:{_alternation(ENGLISH_WEEKDAYS)})\b"
FR_DAY = r"(?<![\d.,/])(?:3[01]|[12]\d|0?[1-9])(?:er|ᵉʳ)?(?![\d/:h]|[.,]\d)"
EN_DAY = r"(?<![\d.,/$])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d/:%]|[.,]\d)"
YEAR = r"(?<![\d.,])(?:19|20)\d\d(?![\d,.]\d)(?!\s*(?:%|€|\$|km|ans|years|dollars|euros))"


def _year_alone(language: str, plural_word: str) -> str:
    """A year standing alone ("en 2014") is not a count ("de 2000 soldats", "of 2000 troops"),
    unless a purely temporal preposition ("en", "since") comes before it."""
    words = VOCABULARY[language]["year_alone"]
    temporal_before = "|".join(rf"(?<=\b{p}\s\d\d\d\d)" for p in words["temporal_before"])
    return (
        rf"{YEAR}(?:{temporal_before}|(?!\s+(?!(?:{word_alternation(words['not_a_noun_after'])})\b)"
        rf"{plural_word}s\b)(?!\s+(?:{word_alternation(words['count_nouns'])})\b))"
    )


FR_YEAR_ALONE = _year_alone("fr", "[a-zàâçéèêëîïôûùüÿœ]+")
EN_YEAR_ALONE = _year_alone("en", "[a-z]+")

FLAGS = re.IGNORECASE


def day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def compile_pattern(pattern: str) -> re.Pattern:
    return re.compile(pattern, FLAGS)
