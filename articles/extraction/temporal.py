"""Temporal tagger: find date expressions in French and English news text and resolve them.

Every expression is resolved against the article's publication date. Expressions that do not
carry their own year or week ("jeudi", "le 10 janvier", "en juin") are resolved with the tense
of the clause they sit in: a past clause points backwards from publication, a future or
conditional clause points forwards, and an unknown tense takes the nearest occurrence.

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

`clause_tense` is a regex heuristic (no parser) so the tagger stays cheap next to spaCy.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

Tense = str  # "past" | "present" | "future" | None (unknown)

PAST = "past"
PRESENT = "present"
FUTURE = "future"


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    value: str
    precision: str
    end_value: str | None = None
    anchored: bool = False


# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------


def _fold(word: str) -> str:
    """Lower case, no accents, no trailing dot: the key used to look words up."""
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.lower().rstrip(".").replace("’", "'")


# Full names and abbreviations; abbreviations may carry a dot ("janv.", "Sept.").
FRENCH_MONTHS = {
    1: ["janvier", "janv"],
    2: ["février", "fevrier", "févr", "fevr", "fév", "fev"],
    3: ["mars"],
    4: ["avril", "avr"],
    5: ["mai"],
    6: ["juin"],
    7: ["juillet", "juil"],
    8: ["août", "aout"],
    9: ["septembre", "sept"],
    10: ["octobre", "oct"],
    11: ["novembre", "nov"],
    12: ["décembre", "decembre", "déc", "dec"],
}
ENGLISH_MONTHS = {
    1: ["January", "Jan"],
    2: ["February", "Feb"],
    3: ["March", "Mar"],
    4: ["April", "Apr"],
    5: ["May"],
    6: ["June", "Jun"],
    7: ["July", "Jul"],
    8: ["August", "Aug"],
    9: ["September", "Sept", "Sep"],
    10: ["October", "Oct"],
    11: ["November", "Nov"],
    12: ["December", "Dec"],
}
FRENCH_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ENGLISH_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

MONTH_NUMBER = {
    _fold(name): number
    for table in (FRENCH_MONTHS, ENGLISH_MONTHS)
    for number, names in table.items()
    for name in names
}
WEEKDAY_NUMBER = {
    _fold(name): number
    for table in (FRENCH_WEEKDAYS, ENGLISH_WEEKDAYS)
    for number, name in enumerate(table)
}

NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15,
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
}  # fmt: skip


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _month_pattern(table: dict[int, list[str]], case_sensitive: bool) -> str:
    # An abbreviation is a strict prefix of the full name; "fevrier" or "aout" are spellings.
    abbreviations = [
        n
        for names in table.values()
        for n in names[1:]
        if len(_fold(n)) < len(_fold(names[0])) and _fold(names[0]).startswith(_fold(n))
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

# A year standing alone ("en 2014") is not a count ("de 2000 soldats", "of 2000 troops").
_FR_NOT_A_NOUN_AFTER = r"les|des|ses|ces|mes|leurs|mais|dans|sous|vers|depuis|puis|alors|plus|pas"
_EN_NOT_A_NOUN_AFTER = (
    r"was|has|is|as|this|its|his|us|thus|always|towards|less|unless|across|besides|yes|plus"
)
# After a purely temporal preposition ("en", "since") the number is a year whatever follows.
_FR_TEMPORAL_BEFORE = "|".join(
    rf"(?<=\b{p}\s\d\d\d\d)" for p in ("en", "En", "depuis", "Depuis", "dès", "Dès")
)
_EN_TEMPORAL_BEFORE = "|".join(
    rf"(?<=\b{p}\s\d\d\d\d)" for p in ("in", "In", "since", "Since", "until", "during")
)
FR_YEAR_ALONE = (
    rf"{YEAR}(?:{_FR_TEMPORAL_BEFORE}|(?!\s+(?!(?:{_FR_NOT_A_NOUN_AFTER})\b)"
    r"[a-zàâçéèêëîïôûùüÿœ]+s\b)(?!\s+(?:gens|personnes|hommes|femmes|enfants|habitants|"
    r"militaires)\b))"
)
EN_YEAR_ALONE = (
    rf"{YEAR}(?:{_EN_TEMPORAL_BEFORE}|(?!\s+(?!(?:{_EN_NOT_A_NOUN_AFTER})\b)[a-z]+s\b)"
    r"(?!\s+(?:people|police|personnel|men|women|children|staff|military)\b))"
)

FLAGS = re.IGNORECASE


def _g(name: str, pattern: str) -> str:
    return rf"(?P<{name}>{pattern})"


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())


# ---------------------------------------------------------------------------------------------
# Resolution helpers
# ---------------------------------------------------------------------------------------------


def _day_value(day: date) -> str:
    return day.isoformat()


def _month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _year_value(year: int) -> str:
    return f"{year:04d}"


def _weekday_date(published: date, weekday: int, tense: Tense, modifier: str | None) -> date:
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


def _pick_by_tense(candidates: list[date], published: date, tense: Tense) -> date:
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


def _yearless_date(
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
    return _pick_by_tense(candidates, published, tense)


def _year_for_month(published: date, month: int, tense: Tense) -> int:
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


def _span(first: date, last: date) -> tuple[str, str, str | None]:
    """(value, precision, end_value) for a span of days, at the finest honest precision."""
    if (first.year, first.month) == (last.year, last.month):
        return _month_value(first.year, first.month), "month", None
    if first.year == last.year:
        return _year_value(first.year), "year", None
    return _year_value(first.year), "year", _year_value(last.year)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


# ---------------------------------------------------------------------------------------------
# Tense of a clause
# ---------------------------------------------------------------------------------------------

_LOWER = "a-zàâäçéèêëîïôöûùüÿœæ"
_W = rf"[{_LOWER}]"

_FR_AUXILIARY = (
    r"ai|as|a|avons|avez|ont|avait|avaient|avais|avions|aviez|eut|eurent|"
    r"suis|es|est|sommes|êtes|sont|était|étaient|étais|étions|fut|furent|"
    r"aurait|auraient|serait|seraient"
)
_FR_ADVERB = (
    r"(?:ne|n'|n’|pas|plus|jamais|déjà|d'ailleurs|d’ailleurs|notamment|aussi|également|bien|"
    r"enfin|finalement|ainsi|ensuite|alors|toujours|encore|longuement|brièvement|récemment|"
    r"même|donc|pourtant|cependant|officiellement|publiquement|personnellement|rapidement|"
    r"immédiatement|lui-même|elle-même|eux-mêmes|elles-mêmes|depuis|tout|souvent|peu|beaucoup|"
    r"vite|visiblement|en\s+outre|par\s+ailleurs|de\s+nouveau|à\s+nouveau|"
    r"une\s+nouvelle\s+fois|une\s+fois\s+de\s+plus|brièvement|longuement)"
)
_FR_PARTICIPLE = rf"{_W}+(?:é|i|u|is|it|ert|ort|int|eint|aint|ait|ût|û)(?:e|s|es)?"
_FR_FUTURE_PARTICIPLES = {
    "prévu", "prévue", "prévus", "prévues", "programmé", "programmée", "programmés",
    "programmées", "attendu", "attendue", "attendus", "attendues", "planifié", "planifiée",
    "envisagé", "envisagée", "appelé", "appelée", "appelés", "appelées", "censé", "censée",
    "censés", "censées", "convié", "conviée", "conviés", "invité", "invitée", "invités",
}  # fmt: skip
_NOT_PARTICIPLES = {
    "une", "du", "lui", "plus", "tout", "fait", "eu", "su", "vu", "peu", "dû", "ni", "si",
    "qui", "aussi", "ici", "parmi", "depuis", "mais", "après", "assis", "pris", "mis", "dit",
    "été", "né", "ainsi", "lieu", "beaucoup",
}  # fmt: skip
_FR_NOT_FUTURE = {
    "vrai", "opéra", "caméra", "extra", "ultra", "front", "affront", "environs", "bras",
    "gras", "tiara", "mantra", "intra", "cobra", "zebra", "vera", "hora", "aura", "sera",
}  # fmt: skip
_FR_NOT_IMPARFAIT = {
    "fait", "lait", "trait", "portrait", "souhait", "attrait", "extrait", "retrait",
    "parfait", "bienfait", "forfait", "méfait", "satisfait", "distrait", "abstrait",
}  # fmt: skip

FR_TENSE_RE = re.compile(
    rf"(?<![\w-])(?:"
    # planning verbs point forwards even in the passé composé ("a décidé de reporter")
    rf"(?P<planned>(?:a|ont|avait|avaient)\s+(?:prévu|programmé|planifié|envisagé|décidé|"
    rf"accepté|proposé|promis|convenu)\s+(?:de\s|d['’])"
    rf"|(?:s['’]apprêt|se\s+prépar)(?:e|ent|ait|aient)\s+à"
    rf"|(?:sont|est|étaient|était)\s+convenue?s?\s+(?:de\s|d['’])"
    rf"|(?:se\s+sont|s['’]est|s['’]étaient|s['’]était)\s+(?:engagée?s?\s+à|"
    rf"mise?s?\s+d['’]accord\s+pour|donné\s+rendez-vous))|"
    # compound past (passé composé, plus-que-parfait, passé antérieur, passive) - or future
    # when the participle says so ("est prévu", "sont attendus")
    rf"(?P<compound>(?:{_FR_AUXILIARY})(?:(?:-t)?-(?:il|elle|on|ils|elles))?(?:\s+{_FR_ADVERB})*\s+(?P<participle>{_FR_PARTICIPLE}|été|eu|dit|fait|pris|mis|su|vu|dû))\b"
    rf"|(?P<future>(?:doi[st]|doivent|devait|devaient|devra|devront|devrai[st]|devraient"
    rf"|comptai?[st]|compte|comptent|entend|entendent|envisage|envisagent|prévoi[st]|prévoient"
    rf"|souhaite|souhaitent|espère|espèrent)\s+(?:(?:de|d'|d’|se|s'|s’|y|en|lui|leur|ne|pas|bientôt|"
    rf"également|aussi|notamment)\s*)*{_W}+(?:er|ir|re|oir)\b"
    rf"|(?:va|vont|allait|allaient)\s+(?:(?:se|s'|s’|y|en|lui|leur|ne|pas|bientôt|également|"
    rf"aussi|donc|ainsi|notamment)\s*)*{_W}+(?:er|ir|re|oir)\b"
    rf"|(?:prévue?s?|programmée?s?|planifiée?s?|attendue?s?|envisagée?s?|censée?s?)\b"
    rf"|à\s+l['’]approche\b|en\s+vue\s+d|à\s+venir\b|prochaine?s?\b|d['’]ici\b"
    rf"|aura|auront|sera|seront|fera|feront|ira|iront)\b"
    rf"|(?P<conditional>{_W}*(?:erai[st]|eraient|irai[st]|iraient|drai[st]|draient|vrai[st]|"
    rf"vraient|rrai[st]|rraient|ttrai[st]|ttraient|îtrai[st]|îtraient|aurai[st]|auraient|"
    rf"serai[st]|seraient))\b"
    rf"|(?P<futur>{_W}{{2,}}(?:rai|ras|ra|rons|rez|ront))\b"
    rf"|(?P<imparfait>{_W}{{2,}}(?:ait|aient))\b"
    rf"|(?P<recent>(?:vient|viennent|venait|venaient)\s+d['’e]"
    rf"|il\s+y\s+a\s+(?:\d+|{_W}+)\s+(?:jours?|semaines?|mois|ans?|années?)"
    rf"|précédente?s?\b|derni(?:er|ère)s?\b|passée?s?\b(?!\s+(?:de|à|en|par)\b)"
    rf"|{_W}{{3,}}(?:èrent|irent|urent)\b)"
    rf"|(?P<present>est|sont|se\s+trouvent?|se\s+tien(?:t|nent)|se\s+rend(?:ent)?|"
    rf"se\s+réunit|se\s+réunissent|rencontrent?|reçoit|reçoivent|accueillent?|participent?|"
    rf"s['’]entretien(?:t|nent)|a|ont)\b"
    rf")"
)

_EN_IRREGULAR_PAST = (
    "met|held|spoke|said|told|went|came|saw|took|made|gave|began|left|flew|sent|won|lost|"
    "fought|thought|brought|sought|led|chose|wrote|became|ran|kept|paid|sat|stood|struck|"
    "drew|grew|knew|threw|broke|spoke|rode|drove|ate|forgot|got|heard|felt|found|meant|"
    "built|spent|dealt|taught|caught|bought|fell|hung|rose|shook|swore|wore|tore|did|was|"
    "were|had|ago|earlier|previously|previous|last|former|already"
)
_EN_NOT_PAST = {
    "red", "bed", "fed", "wed", "need", "seed", "speed", "feed", "breed", "deed", "greed",
    "indeed", "proceed", "exceed", "succeed", "hundred", "sacred", "naked", "wicked",
    "shed", "sled", "bred", "led", "shred", "embed", "ahmed", "mohammed", "armed", "based",
    "related", "so-called", "detailed", "limited", "advanced", "concerned", "alleged",
    "united", "interested", "supposed", "scheduled", "planned", "expected", "proposed",
    "unprecedented", "unexpected", "unified", "sophisticated",
}  # fmt: skip

EN_TENSE_RE = re.compile(
    r"(?:(?<![\w'’-])|(?=['’]))(?:"
    r"(?P<compound>(?:has|have|had|'ve|’ve|'d\s+(?=\w+ed))\s+(?:\w+ly\s+|not\s+|already\s+|"
    r"also\s+|just\s+|never\s+|since\s+)*(?:been|\w+ed|\w+en|met|held|spoken|spoke|said|told|"
    r"gone|come|seen|taken|made|given|begun|left|flown|sent|won|lost|fought|had|agreed|"
    r"brought|sought|led|chosen|written|become|run|kept|paid|sat|stood|struck|heard|felt|"
    r"found|built|spent|dealt|caught|bought|got))\b"
    # a modal takes its verb along, so that "will be held" is not read as "held"
    r"|(?P<future>(?:will|won['’]t|shall|would|wouldn['’]t|['’]ll|['’]d)\b"
    r"(?:\s+(?:not|also|then|still|now|again|soon|likely|probably|be|have|been|\w+ly)\b)*"
    r"(?:\s+[a-z]+\b)?"
    r"|(?:is|are|was|were|am|['’]s|['’]re)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+|not\s+)*"
    r"(?:due|expected|scheduled|set|slated|poised|planning|preparing|going|about|supposed|"
    r"meant|to)\b(?:\s+to\b)?(?:\s+(?:be|have)\b)?(?:\s+[a-z]+\b)?"
    r"|(?:plans?|planned|intends?|intended|hopes?|aims?|expects?|wants?|vows?|vowed|"
    r"pledged|promised|agreed)\s+to\s+(?!have\b)\w+"
    r"|(?:expects?|expected|wants?|wanted|invited|invites?|asked|asks|urged|urges)\s+"
    r"(?:[\w.'’-]+\s+){1,3}?to\s+(?!have\b)[a-z]+"
    r"|scheduled|planned|upcoming|ahead\s+of|coming|later\s+this|in\s+the\s+coming|"
    r"next\b)"
    r"|(?P<progressive>(?:is|are|am|['’]s|['’]re)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)*"
    r"\w+ing)\b"
    r"|(?P<infinitive>to\s+(?:be\s+|have\s+)?[a-z]+)\b"
    rf"|(?P<past>{_EN_IRREGULAR_PAST})\b"
    r"|(?P<weak_past>(?:(?:co|re|pre|over|under|out|self)-)?[a-z]{3,}ed)\b"
    r"|(?P<present>is|are|says|meets|holds|hosts)\b"
    r")"
)

_CLAUSE_BOUNDARY = {
    "fr": re.compile(
        r"[,;:()\[\]«»\"“”—–]|\s-\s|(?<![\w'’-])(?:que|qu['’]|mais|puis|et|ou|car|donc|lorsque|"
        r"quand|tandis|où|dont|qui|selon|alors\s+que|après\s+que|avant\s+que|si)(?![\w-])",
        FLAGS,
    ),
    "en": re.compile(
        r"[,;:()\[\]«»\"“”—–]|\s-\s|(?<![\w'’-])(?:that|and|but|then|or|while|whereas|when|"
        r"where|which|who|because|since|after|before|as|if|although|though)(?![\w-])",
        FLAGS,
    ),
}
_SENTENCE_BOUNDARY = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bDr)(?<!\bSt)(?<!\bMs)(?<!\bJan)(?<!\bFeb)(?<!\bAug)(?<!\bSept)"
    r"(?<!\bOct)(?<!\bNov)(?<!\bDec)[.!?…]+[\"»”’)]*\s+(?=[A-ZÀ-ÖØ-Þ«\"“(\d])|\n\s*"
)


@lru_cache(maxsize=32)
def _sentence_starts(text: str) -> tuple[int, ...]:
    return (0, *(m.end() for m in _SENTENCE_BOUNDARY.finditer(text)))


def _sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    starts = _sentence_starts(text)
    start = 0
    end = len(text)
    for position in starts:
        if position <= offset:
            start = position
        else:
            end = position
            break
    return start, end


def _verbs(segment: str, base: int, language: str) -> list[tuple[int, int, Tense, bool]]:
    """Tense-bearing forms in `segment`: (start, end, tense, strong) with text offsets."""
    found = []
    pattern = FR_TENSE_RE if language == "fr" else EN_TENSE_RE
    for match in pattern.finditer(segment):
        kind = match.lastgroup
        word = match.group().lower()
        strong = True
        if language == "fr":
            if kind == "compound":
                participle = match.group("participle").lower()
                if participle in _NOT_PARTICIPLES - {"été", "eu", "dit", "fait", "pris", "mis"}:
                    # no participle after all: the auxiliary alone decides ("aurait lieu")
                    conditional = re.match(r"(?:aurai|serai)(?:t|ent)\b", word)
                    kind = "future" if conditional else "present"
                elif participle in _FR_FUTURE_PARTICIPLES and not re.match(
                    r"(?:ai|as|a|avons|avez|ont|avait|avaient)\b", word
                ):
                    # "était prévu": planned at some point, the date may be either side
                    kind = "planned_past" if re.match(r"(?:étai|fu)", word) else "future"
            if kind == "future" and re.match(r"(?:devai(?:t|ent)|étai(?:t|ent)\s+prévu)", word):
                kind = "planned_past"
            if kind == "futur" and word in _FR_NOT_FUTURE:
                continue
            if kind == "imparfait" and word in _FR_NOT_IMPARFAIT:
                continue
            if kind == "present":
                strong = False
            tense = {
                "compound": PAST, "future": FUTURE, "conditional": FUTURE, "futur": FUTURE,
                "planned": FUTURE, "planned_past": None,
                "imparfait": PAST, "recent": PAST, "present": PRESENT,
            }[kind]  # fmt: skip
        else:
            if kind == "infinitive":
                continue  # "scheduled to be held": the infinitive carries no tense
            if kind == "weak_past":
                if word in _EN_NOT_PAST:
                    continue
                strong = False
            if kind == "present":
                strong = False
            if kind == "future" and re.match(r"(?:was|were)\s", word):
                kind = "planned_past"
            tense = {
                "compound": PAST, "future": FUTURE, "progressive": FUTURE, "past": PAST,
                "planned_past": None,
                "weak_past": PAST, "present": PRESENT,
            }[kind]  # fmt: skip
        found.append((base + match.start(), base + match.end(), tense, strong))
    return found


# A planning participle standing alone ("prévue le 16 mars, la session a été reportée", "the
# talks, originally scheduled for Monday, were called off") says the meeting was planned, not
# when the plan was made: next to a past main verb its date may lie on either side.
_BARE_PLANNED = re.compile(
    r"(?:prévue?s?|programmée?s?|planifiée?s?|attendue?s?|envisagée?s?|censée?s?|scheduled|"
    r"planned)",
    FLAGS,
)


def _planned_in_a_past_story(text: str, clause_verbs, sentence_verbs) -> bool:
    if not clause_verbs or not all(
        _BARE_PLANNED.fullmatch(text[start:end]) for start, end, _, _ in clause_verbs
    ):
        return False
    others = [v for v in sentence_verbs if not _BARE_PLANNED.fullmatch(text[v[0] : v[1]])]
    strong = [v for v in others if v[3]]
    return any(v[2] == PAST for v in strong) and not any(v[2] == FUTURE for v in strong)


def _nearest(verbs: list[tuple[int, int, Tense, bool]], offset: int) -> Tense:
    strong = [v for v in verbs if v[3]] or verbs

    def distance(verb):
        start, end = verb[0], verb[1]
        if end <= offset:
            return offset - end, 0
        return max(0, start - offset), 1

    return min(strong, key=distance)[2]


def clause_tense(text: str, offset: int, *, language: str) -> Tense:
    """Tense of the clause around `offset` (past/present/future, or None when unknown).

    The clause runs between punctuation and clause-linking words ("que", "et", "that",
    "then"...). Without a tense-bearing form in it, the nearest preceding verb of the
    sentence decides, then the nearest following one (fronted "Lundi, X rencontrera Y").
    """
    language = "fr" if language == "fr" else "en"
    sentence_start, sentence_end = _sentence_bounds(text, offset)
    sentence = text[sentence_start:sentence_end]
    local = offset - sentence_start
    clause_start, clause_end = 0, len(sentence)
    for boundary in _CLAUSE_BOUNDARY[language].finditer(sentence):
        if boundary.end() <= local:
            clause_start = boundary.end()
        elif boundary.start() > local:
            clause_end = boundary.start()
            break
    verbs_in_clause = _verbs(
        sentence[clause_start:clause_end], sentence_start + clause_start, language
    )
    if verbs_in_clause:
        sentence_verbs = _verbs(sentence, sentence_start, language)
        if _planned_in_a_past_story(text, verbs_in_clause, sentence_verbs):
            return None
        return _nearest(verbs_in_clause, offset)
    before = _verbs(sentence[:clause_start], sentence_start, language)
    strong_before = [v for v in before if v[3]]
    if strong_before:
        return strong_before[-1][2]
    after = _verbs(sentence[clause_end:], sentence_start + clause_end, language)
    if after:
        return after[0][2]
    if before:
        return before[-1][2]
    return None


# ---------------------------------------------------------------------------------------------
# Expression patterns
# ---------------------------------------------------------------------------------------------


class _Context:
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


_LAST_WORDS = {"dernier", "derniere", "passe", "precedent", "last", "past", "this past"}
_NEXT_WORDS = {"prochain", "prochaine", "next", "coming", "this coming"}


def _modifier(word: str | None) -> str | None:
    if not word:
        return None
    folded = " ".join(_fold(word).split())
    if folded.endswith("s") and folded[:-1] in _LAST_WORDS | _NEXT_WORDS:
        folded = folded[:-1]  # "les 27 et 28 février derniers"
    if folded in _LAST_WORDS:
        return "last"
    if folded in _NEXT_WORDS:
        return "next"
    return None


def _prefix_tense(prefix: str | None) -> Tense:
    """Prepositions that fix the direction whatever the verb says."""
    if not prefix:
        return None
    folded = _fold(prefix.strip())
    if folded in ("depuis", "since"):
        return PAST
    if folded in ("d'ici", "jusqu'a", "jusqu'au", "jusqu'en"):
        return FUTURE
    return None


# "reporté à juin", "postponed to May", "pushed back until June": the new date of a
# postponement lies ahead of the old one, whatever the tense of the verb
_POSTPONED_TO = re.compile(
    r"(?:report\w*|repouss\w*|décal\w*|postpon\w*|pushed\s+back|put\s+off|delayed|moved"
    r"|rescheduled)\s+(?:(?:à|au|en|pour|jusqu['’]\w*|to|until|till|for)\s+)?(?:\w+\s+)?$",
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
    month = MONTH_NUMBER[_fold(month_text)]
    day = _day_number(day_text)
    if year_text:
        try:
            return date(int(year_text), month, day), False
        except ValueError:
            return None, False
    weekday = WEEKDAY_NUMBER[_fold(weekday_text)] if weekday_text else None
    modifier = _modifier(match.groupdict().get("mod"))
    tense = _tense_for(match, ctx, modifier, match.groupdict().get("prep"))
    return _yearless_date(ctx.published, month, day, tense, weekday), True


def _handle_date(match, ctx):
    resolved, anchored = _explicit_or_yearless(
        match, ctx, match.group("day"), match.group("month"), match.group("year"),
        match.group("wd"),
    )  # fmt: skip
    if resolved is None:
        return None
    return _make(match, ctx, _day_value(resolved), "day", anchored=anchored)


def _handle_day_range(match, ctx):
    month_first = match.group("m1") or match.group("m2")
    groups = match.groupdict()
    year_first = groups.get("y1") or groups.get("y2")
    first, anchored = _explicit_or_yearless(match, ctx, match.group("d1"), month_first, year_first)
    if first is None:
        return None
    try:
        last = date(
            int(groups["y2"]) if groups.get("y2") else first.year,
            MONTH_NUMBER[_fold(match.group("m2"))],
            _day_number(match.group("d2")),
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
    return _make(match, ctx, _day_value(first), "day", _day_value(last), anchored=anchored)


def _handle_iso(match, ctx):
    try:
        day = date(int(match.group("year")), int(match.group("month")), int(match.group("day")))
    except ValueError:
        return None
    return _make(match, ctx, _day_value(day), "day")


def _handle_numeric(match, ctx):
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
    return _make(match, ctx, _day_value(resolved), "day")


def _handle_weekday(match, ctx):
    weekday = WEEKDAY_NUMBER[_fold(match.group("wd"))]
    modifier = _modifier(match.group("mod"))
    tense = None if modifier else ctx.tense(match.start("x"))
    resolved = _weekday_date(ctx.published, weekday, tense, modifier)
    return _make(match, ctx, _day_value(resolved), "day", anchored=True)


def _handle_weekday_range(match, ctx):
    first_weekday = WEEKDAY_NUMBER[_fold(match.group("wd1"))]
    last_weekday = WEEKDAY_NUMBER[_fold(match.group("wd2"))]
    joined_by_and = _fold(match.group("link")).strip() in ("et", "and", "&")
    if joined_by_and and (last_weekday - first_weekday) % 7 != 1:
        return None  # "lundi et jeudi" are two days, not a span
    first = _weekday_date(ctx.published, first_weekday, ctx.tense(match.start("x")), None)
    last = first + timedelta(days=(last_weekday - first_weekday) % 7 or 7)
    return _make(match, ctx, _day_value(first), "day", _day_value(last), anchored=True)


_RELATIVE_DAYS = {
    "avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "apres-demain": 2,
    "ce soir": 0, "ce matin": 0, "cet apres-midi": 0, "cette nuit": 0, "ce midi": 0,
    "the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0,
    "tomorrow": 1, "the day after tomorrow": 2, "this morning": 0, "this afternoon": 0,
    "this evening": 0, "earlier today": 0, "later today": 0, "last night": -1,
    "earlier in the day": 0, "later in the day": 0, "plus tot dans la journee": 0,
    "plus tard dans la journee": 0,
}  # fmt: skip


def _handle_relative_day(match, ctx):
    key = " ".join(_fold(match.group("rel")).split())
    resolved = ctx.published + timedelta(days=_RELATIVE_DAYS[key])
    return _make(match, ctx, _day_value(resolved), "day", anchored=True)


def _week_span(key: str, published: date, tense: Tense) -> tuple[date, date]:
    monday = _monday(published)
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


def _week_key(surface: str) -> str:
    words = _fold(surface)
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


def _handle_week(match, ctx):
    surface = match.group("x")
    key = _week_key(surface)
    tense = ctx.tense(match.start("x")) if key == "this_weekend" else None
    first, last = _week_span(key, ctx.published, tense)
    value, precision, end_value = _span(first, last)
    return _make(match, ctx, value, precision, end_value, anchored=True)


def _handle_week_of(match, ctx):
    """ "the week of March 25", "la semaine du 25 mars": the Monday-to-Sunday week holding
    that day, at the precision of a week (month or year)."""
    month = MONTH_NUMBER[_fold(match.group("month"))]
    day = _day_number(match.group("day"))
    year_text = match.groupdict().get("year")
    if year_text:
        try:
            inside = date(int(year_text), month, day)
        except ValueError:
            return None
    else:
        inside = _yearless_date(ctx.published, month, day, ctx.tense(match.start("x")))
        if inside is None:
            return None
    monday = _monday(inside)
    value, precision, end_value = _span(monday, monday + timedelta(days=6))
    return _make(match, ctx, value, precision, end_value, anchored=not year_text)


def _handle_month(match, ctx):
    month = MONTH_NUMBER[_fold(match.group("month"))]
    year_text = match.groupdict().get("year")
    if year_text:
        return _make(match, ctx, _month_value(int(year_text), month), "month")
    has_context = any(match.groupdict().get(g) for g in ("prep", "part", "mod"))
    if not has_context:
        return None
    modifier = _modifier(match.group("mod"))
    tense = _tense_for(match, ctx, modifier, match.group("prep"))
    published = ctx.published
    if modifier == "last":
        year = published.year if month < published.month else published.year - 1
    elif modifier == "next":
        year = published.year if month > published.month else published.year + 1
    else:
        year = _year_for_month(published, month, tense)
    return _make(match, ctx, _month_value(year, month), "month", anchored=True)


def _handle_relative_month(match, ctx):
    words = _fold(match.group("x"))
    delta = 0
    if re.search(r"prochain|next|coming", words):
        delta = 1
    elif re.search(r"dernier|passe|last|past|previous|precedent", words):
        delta = -1
    year, month = _add_months(ctx.published.year, ctx.published.month, delta)
    return _make(match, ctx, _month_value(year, month), "month", anchored=True)


def _handle_year(match, ctx):
    return _make(match, ctx, _year_value(int(match.group("year"))), "year")


def _handle_relative_year(match, ctx):
    words = _fold(match.group("x"))
    delta = 0
    if re.search(r"prochaine?|next|coming|suivante", words):
        delta = 1
    elif re.search(r"derniere?|passee?|last|past|previous|precedente", words):
        delta = -1
    return _make(match, ctx, _year_value(ctx.published.year + delta), "year", anchored=True)


def _handle_vague(match, ctx):
    return _make(match, ctx, _year_value(ctx.published.year), "year", anchored=True)


# "the first talks in two years", "the worst floods in a decade": after these words a forward
# count measures a gap back in time, it does not point to a date ahead (French says "depuis").
_GAP_WORDS = re.compile(
    r"(?<![\w-])(?:first|only|longest|largest|biggest|highest|lowest|worst|best|deadliest|"
    r"strongest|weakest|fastest|slowest|most|least)(?![\w-])"
    r"[^.;:!?,]{0,30}$",
    FLAGS,
)


def _handle_ago(match, ctx):
    amount_text = _fold(match.group("n"))
    amount = int(amount_text) if amount_text.isdigit() else NUMBER_WORDS.get(amount_text)
    if amount is None:
        return None
    direction = -1 if match.group("ago") else 1
    if direction == 1:
        # "in two years" / "dans deux ans" is a date ahead only in a clause that looks ahead;
        # "the first such visit in 14 years" or "ended in two days" measure a span
        gap = _GAP_WORDS.search(ctx.text[: match.start("x")])
        if gap and not _verbs(gap.group(), 0, ctx.language):
            return None  # "first talks in two years"; but "first round will be held in a week"
        if ctx.tense(match.start("x")) == PAST:
            return None
    unit = _fold(match.group("unit"))
    published = ctx.published
    if unit.startswith(("jour", "day")):
        resolved = published + timedelta(days=direction * amount)
        return _make(match, ctx, _day_value(resolved), "day", anchored=True)
    if unit.startswith(("semaine", "week")):
        monday = _monday(published + timedelta(days=7 * direction * amount))
        value, precision, end_value = _span(monday, monday + timedelta(days=6))
        return _make(match, ctx, value, precision, end_value, anchored=True)
    if unit.startswith(("mois", "month")):
        year, month = _add_months(published.year, published.month, direction * amount)
        return _make(match, ctx, _month_value(year, month), "month", anchored=True)
    return _make(
        match, ctx, _year_value(published.year + direction * amount), "year", anchored=True
    )


def _compile(pattern: str) -> re.Pattern:
    return re.compile(pattern, FLAGS)


def _handle_weekday_range_either(match, ctx):
    if match.group("wd1"):
        return _handle_weekday_range(match, ctx)
    first_weekday = WEEKDAY_NUMBER[_fold(match.group("wd1b"))]
    last_weekday = WEEKDAY_NUMBER[_fold(match.group("wd2b"))]
    if (last_weekday - first_weekday) % 7 != 1 and "-" not in match.group("x"):
        return None
    first = _weekday_date(ctx.published, first_weekday, ctx.tense(match.start("x")), None)
    last = first + timedelta(days=(last_weekday - first_weekday) % 7 or 7)
    return _make(match, ctx, _day_value(first), "day", _day_value(last), anchored=True)


def _handle_year_either(match, ctx):
    if match.group("x"):
        return _handle_year(match, ctx)
    groups = match.groupdict()
    if groups.get("xc"):
        return _make(match, ctx, _year_value(int(groups["yearc"])), "year", group="xc")
    return _make(match, ctx, _year_value(int(match.group("yearb"))), "year", group="xb")


def _handle_relative_day_phrase(match, ctx):
    delta = -2 if "before" in match.group("x").lower() else 2
    resolved = ctx.published + timedelta(days=delta)
    return _make(match, ctx, _day_value(resolved), "day", anchored=True)


def _handle_month_first_range(match, ctx):
    return _handle_day_range(_MonthFirst(match), ctx)


class _MonthFirst:
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


class _SeasonMatch(_MonthFirst):
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


class _DayFirst(_MonthFirst):
    """Adapter: "the week of March 25" and "the week of 25 March" give the same groups."""

    def group(self, name):
        if name in ("day", "month"):
            return self._match.group(name) or self._match.group(f"{name}2")
        return self._match.group(name)


def _handle_current_month_day(match, ctx):
    """ "le 15 courant": that day of the publication month."""
    try:
        resolved = ctx.published.replace(day=_day_number(match.group("day")))
    except ValueError:
        return None
    return _make(match, ctx, _day_value(resolved), "day", anchored=True)


def _handle_bare_ordinal_day(match, ctx):
    """ "on the 5th": that day of the publication month or a neighbouring one, by tense."""
    day = _day_number(match.group("day"))
    published = ctx.published
    candidates = []
    for delta in (-1, 0, 1):
        year, month = _add_months(published.year, published.month, delta)
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    resolved = _pick_by_tense(candidates, published, ctx.tense(match.start("x")))
    return _make(match, ctx, _day_value(resolved), "day", anchored=True)


def _handle_quarter(match, ctx):
    """A quarter or half of a year is the year: never more precise than the text."""
    groups = match.groupdict()
    if groups.get("year"):
        return _make(match, ctx, _year_value(int(groups["year"])), "year")
    words = _fold(match.group("x"))
    delta = 0
    if re.search(r"prochain|next", words):
        delta = 1
    elif re.search(r"dernier|last|previous", words):
        delta = -1
    return _make(match, ctx, _year_value(ctx.published.year + delta), "year", anchored=True)


def _handle_english_ago(match, ctx):
    if not match.group("ago") and not match.group("in"):
        return None  # a bare duration ("three days") is not a date
    return _handle_ago(match, ctx)


SEASON_START_MONTH = {
    "printemps": 3, "ete": 6, "automne": 9, "hiver": 12,
    "spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12,
}  # fmt: skip


def _season_span(start_year: int, first_month: int) -> tuple[date, date]:
    next_year, next_month = _add_months(start_year, first_month, 3)
    return date(start_year, first_month, 1), date(next_year, next_month, 1) - timedelta(days=1)


def _handle_season(match, ctx):
    """A season is a three-month span: year precision (a winter spans two years)."""
    first_month = SEASON_START_MONTH[_fold(match.group("season"))]
    year_text = match.groupdict().get("year")
    if year_text:
        first, last = _season_span(int(year_text), first_month)
        value, precision, end_value = _span(first, last)
        return _make(match, ctx, value, precision, end_value)
    published = ctx.published
    spans = [_season_span(y, first_month) for y in range(published.year - 2, published.year + 2)]
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
    value, precision, end_value = _span(first, last)
    return _make(match, ctx, value, precision, end_value, anchored=True)


# French --------------------------------------------------------------------------------------

_FR_PREP = (
    r"(?:en|depuis|dès|jusqu['’]en|jusqu['’]à|jusqu['’]au|d['’]ici|avant|après|pour|de|d['’]|à|au)"
)
_FR_MOD = r"prochaine?s?|derni(?:er|ère)s?|passée?s?"

FRENCH_PATTERNS = [
    (
        _compile(
            rf"(?<![\w-])(?:(?P<prep>depuis|dès|jusqu['’]au)\s+)?"
            rf"(?P<x>(?:(?:du|des|entre\s+le|les|le)\s+)?(?:{FR_WEEKDAY}\s+)?(?P<d1>{FR_DAY})"
            rf"(?:\s+(?P<m1>{FR_MONTH}))?(?:\s+(?P<y1>{YEAR}))?\s*(?:-|–|au|et(?:\s+le)?)\s*"
            rf"(?:{FR_WEEKDAY}\s+)?(?P<d2>{FR_DAY})\s+"
            rf"(?P<m2>{FR_MONTH})(?:\s+(?P<y2>{YEAR}))?(?:\s+(?P<mod>{_FR_MOD}))?)"
        ),
        _handle_day_range,
    ),
    (
        _compile(
            rf"(?<![\w-])(?:(?P<prep>depuis|dès|jusqu['’]au|d['’]ici)\s+)?"
            rf"(?P<x>(?:(?:le|ce|du|au|l['’])\s*)?(?:(?P<wd>{FR_WEEKDAY})\s+)?(?P<day>{FR_DAY})\s+"
            rf"(?P<month>{FR_MONTH})(?:\s+(?P<year>{YEAR}))?(?:\s+(?P<mod>{_FR_MOD}))?)"
        ),
        _handle_date,
    ),
    (
        _compile(
            r"(?<!\d)(?P<x>(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d))(?!\d)"
        ),
        _handle_iso,
    ),
    (
        _compile(rf"(?<![\w-])(?P<x>(?:le\s+)?(?P<day>{FR_DAY})\s+courant)(?![\w-])"),
        _handle_current_month_day,
    ),
    (
        _compile(
            r"(?<![\d/.])(?P<x>(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<year>(?:19|20)\d\d))(?![\d/])"
        ),
        _handle_numeric,
    ),
    (
        _compile(
            rf"(?<![\w-])(?P<x>(?:de|du|entre)\s+(?P<wd1>{FR_WEEKDAY})\s+(?P<link>à|au|jusqu['’]à|"
            rf"jusqu['’]au|et)\s+(?P<wd2>{FR_WEEKDAY})|(?P<wd1b>{FR_WEEKDAY})\s+et\s+(?P<wd2b>{FR_WEEKDAY}))"
        ),
        _handle_weekday_range_either,
    ),
    (
        _compile(
            rf"(?<![\w-])(?P<x>(?:(?:ce|cette)\s+)?(?P<wd>{FR_WEEKDAY})(?:\s+(?:soir|matin|midi|"
            rf"après-midi|apres-midi|en\s+fin\s+de\s+journée|dans\s+la\s+soirée|dans\s+la\s+nuit))?"
            rf"(?:\s+(?P<mod>{_FR_MOD}|précédent))?)(?!\s+\d)"
        ),
        _handle_weekday,
    ),
    (
        _compile(
            r"(?<![\w-])(?P<x>(?P<rel>avant-hier|après-demain|apres-demain|aujourd['’]hui|hier|"
            r"demain|ce\s+soir|ce\s+matin|ce\s+midi|cet\s+après-midi|cet\s+apres-midi|cette\s+nuit|"
            r"plus\s+tôt\s+dans\s+la\s+journée|plus\s+tard\s+dans\s+la\s+journée)"
            r"(?:\s+(?:soir|matin|midi|après-midi|apres-midi))?)(?![\w-])"
        ),
        _handle_relative_day,
    ),
    (
        _compile(
            r"(?<![\w-])(?P<x>(?:la\s+|cette\s+)?semaine\s+(?:prochaine|dernière|derniere|passée|"
            r"passee|écoulée|ecoulee)|(?:(?:plus\s+tôt|plus\s+tard|en\s+début\s+de|en\s+fin\s+de|au\s+"
            r"début\s+de|à\s+la\s+fin\s+de)\s+)?cette\s+semaine|(?:ce|le)\s+week-?end(?:\s+(?:prochain|"
            r"dernier|passé))?|les\s+sept\s+derniers\s+jours|(?:en|au)\s+(?:début|fin)\s+de\s+semaine(?:\s+(?:prochaine|"
            r"dernière|derniere))?)(?![\w-])"
        ),
        _handle_week,
    ),
    (
        _compile(
            rf"(?<![\w-])(?P<x>(?:la\s+|cette\s+)?semaine\s+du\s+(?:(?:{FR_WEEKDAY})\s+)?"
            rf"(?P<day>{FR_DAY})\s+(?P<month>{FR_MONTH})(?:\s+(?P<year>{YEAR}))?)(?![\w-])"
        ),
        _handle_week_of,
    ),
    (
        _compile(
            rf"(?<![\w-])(?:(?P<prep>{_FR_PREP})\s*)?(?P<x>(?P<part>(?:(?:à\s+)?la\s+)?mi-\s*|"
            rf"(?:(?:la|au\s+cours\s+de\s+la|dans\s+la|lors\s+de\s+la)\s+)?(?:première|deuxième|"
            rf"seconde|troisième|quatrième|dernière)\s+(?:semaine|quinzaine|décade)\s+(?:de\s+|d['’]\s*)|"
            rf"(?:(?:le|au|à\s+la|en|dès\s+le|courant)\s+)?(?:début|fin|courant|milieu)\s+(?:(?:du\s+mois\s+)?"
            rf"d['’]\s*|de\s+|du\s+mois\s+de\s+)?|(?:au\s+|le\s+)?mois\s+d['’e]\s*)?"
            rf"(?P<month>{FR_MONTH})(?:\s+(?P<year>{YEAR}))?(?:\s+(?P<mod>{_FR_MOD}))?)"
        ),
        _handle_month,
    ),
    (
        _compile(
            r"(?<![\w-])(?P<x>(?:(?:au\s+|en\s+|dès\s+le\s+|le\s+)?(?:début|fin|courant|milieu)\s+(?:du\s+)?)?"
            r"(?:le\s+)?mois\s+(?:prochain|dernier|passé|précédent)|ce\s+mois-ci|"
            r"(?:au\s+|en\s+|à\s+la\s+|d['’]ici\s+(?:la\s+)?)?(?:début|fin|milieu)\s+"
            r"(?:de\s+(?:ce\s+)?mois(?:-ci)?|du\s+mois(?!\s+(?:de|d['’]|prochain|dernier))))(?![\w-])"
        ),
        _handle_relative_month,
    ),
    (
        _compile(
            rf"(?<![\w-])(?:(?:en|depuis|dès|jusqu['’]en|d['’]ici|avant|après|pour|de|d['’]|à|entre)\s*"
            # the later years of a list: "en 2019, 2020 et 2021", "entre 2015 et 2018"
            rf"|(?<=\d\d\d\d,\s)|(?<=\d\d\d\d\set\s)|(?<=\d\d\d\d\sou\s)|(?<=\d\d\d\d\sà\s))"
            rf"(?P<x>(?:l['’]année\s+)?(?P<year>{FR_YEAR_ALONE}))(?![\w-])"
            rf"|(?<![\w-])(?P<xb>(?:(?:au\s+|en\s+|dès\s+le\s+|le\s+)?(?:début|fin|courant|milieu)\s+"
            rf"(?:de\s+l['’]année\s+|d['’]année\s+)?|(?:la\s+)?mi-\s*)(?P<yearb>{YEAR}))(?![\w-])"
        ),
        _handle_year_either,
    ),
    (
        _compile(
            r"(?<![\w-])(?P<x>(?:(?:au\s+|en\s+|dès\s+le\s+|le\s+|d['’]ici\s+(?:la\s+)?|à\s+la\s+)?"
            r"(?:début|fin|courant|milieu)\s+(?:de\s+)?)?(?:cette\s+année|l['’]an\s+(?:prochain|dernier|"
            r"passé)|l['’]année\s+(?:prochaine|dernière|derniere|passée|passee|en\s+cours))"
            # "la fin de l'année" alone is this year; "l'année suivante" is not anchored here
            r"|(?:(?:au\s+|en\s+|dès\s+le\s+|le\s+|d['’]ici\s+(?:la\s+)?|à\s+la\s+|la\s+)?"
            r"(?:début|fin|courant|milieu)\s+(?:de\s+)?l['’]année(?!\s+(?:\d|d['’e]|suivante|"
            r"précédente|où|qui|dont)))"
            r"|(?:en|dès\s+le|d['’]ici\s+la)\s+(?:début|fin|milieu)\s+d['’]année(?!\s+\d))(?![\w-])"
        ),
        _handle_relative_year,
    ),
    (
        _compile(
            rf"(?<![\w-])(?P<x>(?:(?:cet|l['’]|en\s)\s*(?P<season>été|ete|automne|hiver)|(?:ce|le|au)\s+"
            rf"(?P<season2>printemps))(?:\s+(?P<year>{YEAR})|\s+(?P<mod>{_FR_MOD}))?)(?![\w-])"
        ),
        lambda match, ctx: _handle_season(_SeasonMatch(match), ctx),
    ),
    (
        _compile(
            rf"(?<![\w-])(?P<x>(?:au|le|du|d['’]un|ce|cet)\s+(?:premier|1er|deuxième|2e|second|"
            rf"troisième|3e|quatrième|4e|dernier)\s+(?:trimestre|semestre)\s+(?:de\s+|d['’])?"
            rf"(?:(?:l['’]année\s+)?(?P<year>{YEAR})|l['’]année\s+(?:prochaine|dernière|en\s+cours)|"
            rf"cette\s+année|l['’]an\s+(?:prochain|dernier)))(?![\w-])"
        ),
        _handle_quarter,
    ),
    (
        _compile(
            r"(?<![\w-])(?P<x>bientôt|prochainement|sous\s+peu|à\s+brève\s+échéance|(?:dans\s+les|au"
            r"\s+cours\s+des)\s+(?:tout\s+)?prochaine?s\s+(?:jours|semaines|mois)|dans\s+les\s+(?:jours|"
            r"semaines|mois)\s+(?:à\s+venir|qui\s+viennent)|(?:d['’]ici|dans)\s+quelques\s+(?:jours|"
            r"semaines|mois))(?![\w-])"
        ),
        _handle_vague,
    ),
    (
        _compile(
            r"(?<![\w-])(?P<x>(?:(?P<ago>il\s+y\s+a)|(?P<in>dans))\s+(?P<n>\d{1,2}|un|une|deux|trois|"
            r"quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze)\s+(?P<unit>jours?|semaines?|mois|"
            r"ans?|années?))(?![\w-])"
        ),
        _handle_ago,
    ),
]

# English -------------------------------------------------------------------------------------

_EN_PREP = r"(?:in|since|until|till|by|during|from|before|after|of|through|throughout|between)"
# "postponed to May", "scheduled for June": a bare month after these is a date only here
_EN_MONTH_PREP = (
    r"(?:in|since|until|till|by|during|from|before|after|of|through|throughout|between"
    r"|(?<=postponed\s)to|(?<=back\s)to|(?<=moved\s)to|(?<=delayed\s)to|(?<=off\s)to"
    r"|(?<=scheduled\s)for|(?<=planned\s)for|(?<=set\s)for|(?<=slated\s)for|(?<=due\s)for"
    r"|(?<=rescheduled\s)for|(?<=rescheduled\s)to)"
)

ENGLISH_PATTERNS = [
    (
        _compile(
            rf"(?<![\w-])(?:(?P<prep>since|from|between)\s+)?(?P<x>(?P<m1>{EN_MONTH})\s+(?P<d1>{EN_DAY})"
            rf"(?:,?\s+(?P<y1>{YEAR}))?\s*(?:-|–|to|through|until|and)\s*(?:(?P<m2>{EN_MONTH})\s+)?"
            rf"(?P<d2>{EN_DAY})(?:,?\s+(?P<y2>{YEAR}))?)"
        ),
        _handle_month_first_range,
    ),
    (
        _compile(
            rf"(?<![\w-])(?:(?P<prep>since|from|between)\s+)?(?P<x>(?:the\s+)?(?P<d1>{EN_DAY})"
            rf"(?:\s+(?:of\s+)?(?P<m1>{EN_MONTH}))?\s*(?:-|–|to|through|until|and)\s*(?:the\s+)?"
            rf"(?P<d2>{EN_DAY})\s+(?:of\s+)?(?P<m2>{EN_MONTH})(?:,?\s+(?P<y2>{YEAR}))?)"
        ),
        _handle_day_range,
    ),
    (
        _compile(
            rf"(?<![\w-])(?:(?P<prep>since|until|by)\s+)?(?P<x>(?:(?P<wd>{EN_WEEKDAY}),?\s+)?"
            rf"(?P<month>{EN_MONTH})\s+(?:the\s+)?(?P<day>{EN_DAY})(?:,?\s+(?P<year>{YEAR}))?)"
        ),
        _handle_date,
    ),
    (
        _compile(
            rf"(?<![\w-])(?:(?P<prep>since|until|by)\s+)?(?P<x>(?:(?P<wd>{EN_WEEKDAY}),?\s+)?"
            rf"(?:the\s+)?(?P<day>{EN_DAY})\s+(?:of\s+)?(?P<month>{EN_MONTH})(?:,?\s+(?P<year>{YEAR}))?)"
        ),
        _handle_date,
    ),
    (
        _compile(
            r"(?<!\d)(?P<x>(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d))(?!\d)"
        ),
        _handle_iso,
    ),
    (
        _compile(
            r"(?<![\d/.])(?P<x>(?P<a>[01]?\d|[0-3]\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d))(?![\d/])"
        ),
        _handle_numeric,
    ),
    (
        _compile(
            rf"(?<![\w-])(?P<x>(?:from|between)\s+(?P<wd1>{EN_WEEKDAY})\s+(?P<link>to|through|until|"
            rf"till|and)\s+(?P<wd2>{EN_WEEKDAY})|(?P<wd1b>{EN_WEEKDAY})\s*(?:-|–|through|and)\s*"
            rf"(?P<wd2b>{EN_WEEKDAY}))"
        ),
        _handle_weekday_range_either,
    ),
    (
        _compile(
            r"(?<![\w-])(?P<x>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?![\w-])"
        ),
        _handle_relative_day_phrase,
    ),
    (
        _compile(
            rf"(?<![\w-])(?P<x>(?:(?P<mod>last|next|this\s+coming|this\s+past|this|coming|past)\s+)?(?P<wd>{EN_WEEKDAY})"
            rf"(?:\s+(?:morning|afternoon|evening|night))?)(?![\w-])(?!,?\s+(?-i:[A-Z][a-z]+)\s+\d)"
        ),
        _handle_weekday,
    ),
    (
        _compile(
            r"(?<![\w-])(?P<x>(?P<rel>yesterday|today|tonight|tomorrow|this\s+morning|this\s+afternoon|"
            r"this\s+evening|earlier\s+today|later\s+today|last\s+night|earlier\s+in\s+the\s+day|"
            r"later\s+in\s+the\s+day))(?![\w-])"
        ),
        _handle_relative_day,
    ),
    (
        _compile(
            r"(?<![\w-])(?P<x>(?:(?:earlier|later|early|late)\s+)?this\s+week(?!end)|next\s+week(?!end)|"
            r"last\s+week(?!end)|(?:over\s+|during\s+|in\s+)?the\s+(?:past|last)\s+(?:week(?!end)|seven\s+"
            r"days|7\s+days)|the\s+coming\s+week|the\s+week\s+ahead|(?:this|next|last|the\s+coming|"
            r"the\s+past|this\s+past|over\s+the|at\s+the|during\s+the)\s+weekend)(?![\w-])"
        ),
        _handle_week,
    ),
    (
        _compile(
            rf"(?<![\w-])(?P<x>the\s+week\s+(?:of|beginning|starting)\s+(?:(?:{EN_WEEKDAY}),?\s+)?"
            rf"(?:(?P<month>{EN_MONTH})\s+(?P<day>{EN_DAY})|(?P<day2>{EN_DAY})\s+(?P<month2>"
            rf"{EN_MONTH}))(?:,?\s+(?P<year>{YEAR}))?)(?![\w-])"
        ),
        lambda match, ctx: _handle_week_of(_DayFirst(match), ctx),
    ),
    (
        _compile(
            rf"(?<![\w-])(?:(?P<prep>{_EN_MONTH_PREP})\s+)?(?P<x>(?P<part>(?:early|mid|late)[-\s]+|the\s+"
            rf"(?:beginning|start|end|middle|(?:first|second|third|fourth|last|final)\s+(?:week|"
            rf"half|fortnight))\s+of\s+|mid-)?(?:(?P<mod>last|next|this|past|coming)\s+)?"
            rf"(?P<month>{EN_MONTH})(?:,?\s+(?P<year>{YEAR}))?)(?!\s+\d)"
        ),
        _handle_month,
    ),
    (
        _compile(
            r"(?<![\w-])(?P<x>(?:(?:earlier|later|early|late)\s+|the\s+(?:beginning|start|end|middle)\s+"
            r"of\s+)?(?:this|next|last|the\s+past|the\s+previous|the\s+coming)\s+month|the\s+"
            r"(?:beginning|start|end|middle)\s+of\s+the\s+month)(?![\w-])"
        ),
        _handle_relative_month,
    ),
    (
        _compile(
            rf"(?:(?<![\w-]){_EN_PREP}\s+|(?<=\d\d\d\d,\s)|(?<=\d\d\d\d\sand\s)|(?<=\d\d\d\d\sor\s)"
            rf"|(?<=\d\d\d\d\sto\s))(?P<x>(?:the\s+year\s+)?(?P<year>{EN_YEAR_ALONE}))(?![\w-])"
            rf"|(?<![\w-])(?P<xb>(?:(?:early|mid|late)[-\s]+|the\s+(?:beginning|start|end|middle)\s+of\s+"
            rf"|mid-)(?P<yearb>{YEAR}))(?![\w-])"
            # "the 2018 summit", "their 2019 talks": a year used as an adjective
            rf"|(?<![\w-])(?:the|a|its|their|his|her|last|this)\s+(?P<xc>(?P<yearc>{YEAR}))"
            rf"(?=\s+(?-i:[a-zA-Z]))(?!\s+(?:of|to|and|or|in|for|by|people|soldiers|troops|"
            rf"votes|members|cases|deaths|dead|km)\b)"
        ),
        _handle_year_either,
    ),
    (
        _compile(
            r"(?<![\w-])(?P<x>(?:(?:earlier|later|early|late)\s+|the\s+(?:beginning|start|end|middle)\s+"
            r"of\s+)?(?:this|next|last|the\s+past|the\s+previous|the\s+coming)\s+year|the\s+"
            r"(?:beginning|start|end|middle|rest)\s+of\s+the\s+year(?!\s+\d)|year-end)(?![\w-])"
        ),
        _handle_relative_year,
    ),
    (
        _compile(
            rf"(?<![\w-])(?P<x>(?:(?P<mod>this|next|last|this\s+past|this\s+coming)\s+|(?:in|during|"
            rf"over|by)\s+the\s+)(?P<season>spring|summer|autumn|winter)(?:\s+of\s+(?P<year>{YEAR}))?"
            rf"|(?P<season2>spring|summer|autumn|winter)\s+(?P<year2>{YEAR}))(?![\w-])"
        ),
        lambda match, ctx: _handle_season(_SeasonMatch(match), ctx),
    ),
    (
        _compile(
            rf"(?<![\w-])(?P<x>the\s+(?:first|second|third|fourth|last|final)\s+(?:quarter|half)\s+of"
            rf"\s+(?:(?P<year>{YEAR})|(?:this|next|last)\s+year)|(?:Q[1-4]|H[12])\s+(?P<year2>{YEAR}))"
            rf"(?![\w-])"
        ),
        lambda match, ctx: _handle_quarter(_SeasonMatch(match), ctx),
    ),
    (
        _compile(
            r"(?<![\w-])(?:on\s+)(?P<x>the\s+(?P<day>(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)))"
            r"(?![\w-])(?!\s+(?:of|day|anniversary|century|round|time|floor|place|straight|"
            r"consecutive|largest|biggest|meeting|summit)\b)"
        ),
        _handle_bare_ordinal_day,
    ),
    (
        _compile(
            r"(?<![\w-])(?<!as\s)(?P<x>soon|shortly|in\s+(?:the\s+)?(?:coming|next\s+few|next)\s+(?:days|"
            r"weeks|months)|in\s+the\s+(?:days|weeks|months)\s+ahead|in\s+the\s+near\s+future|"
            r"within\s+(?:days|weeks)|in\s+a\s+few\s+(?:days|weeks|months))"
            r"(?![\w-])(?!\s+as\b)(?!\s+after\b)"
        ),
        _handle_vague,
    ),
    (
        _compile(
            r"(?<![\w-])(?P<x>(?:(?P<in>in)\s+)?(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|"
            r"eight|nine|ten|eleven|twelve|fifteen)\s+(?P<unit>days?|weeks?|months?|years?)"
            r"(?:\s+(?P<ago>ago))?)(?![\w-])"
        ),
        _handle_english_ago,
    ),
]


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def find_time_expressions(
    text: str, *, language: str, published: date, tense_at=None
) -> list[TimeExpression]:
    """All date expressions in `text`, resolved against `published`.

    `tense_at(offset)` gives the tense governing the expression at that offset; by default
    the module's own `clause_tense` is used. Overlapping candidates are settled in favour of
    the longest ("lundi 29 novembre" over "lundi").
    """
    language = "fr" if language == "fr" else "en"
    if isinstance(published, datetime):
        published = published.date()  # a datetime does not compare with the dates we build
    ctx = _Context(text, language, published, tense_at)
    patterns = _GATED[language]
    present = {
        "month": _MONTH_GATE[language].search(text) is not None,
        "weekday": _WEEKDAY_GATE[language].search(text) is not None,
        None: True,
    }
    candidates: list[TimeExpression] = []
    for pattern, handler, needs in patterns:
        if not present[needs]:
            continue  # a month (or weekday) name is a mandatory part of these patterns
        for match in pattern.finditer(text):
            expression = handler(match, ctx)
            if expression is not None and expression.end > expression.start:
                candidates.append(expression)
    candidates.sort(key=lambda e: (-(e.end - e.start), e.start))
    chosen: list[TimeExpression] = []
    for candidate in candidates:
        if all(candidate.end <= c.start or candidate.start >= c.end for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda e: e.start)


# The patterns in which a month name is mandatory, skipped at once in sentences without any
# (a speed-up only: the month alternation is searched once instead of in every pattern)
_MONTH_GATE = {
    "fr": re.compile(FR_MONTH, re.IGNORECASE),
    "en": re.compile(EN_MONTH, re.IGNORECASE),
}
_WEEKDAY_GATE = {
    "fr": re.compile(FR_WEEKDAY, re.IGNORECASE),
    "en": re.compile(EN_WEEKDAY, re.IGNORECASE),
}


def _gate(pattern, handler, month: str):
    if month in pattern.pattern:
        return "month"
    if handler in (_handle_weekday, _handle_weekday_range_either):
        return "weekday"
    return None


_GATED = {
    language: [(pattern, handler, _gate(pattern, handler, month)) for pattern, handler in patterns]
    for language, patterns, month in (
        ("fr", FRENCH_PATTERNS, FR_MONTH),
        ("en", ENGLISH_PATTERNS, EN_MONTH),
    )
}


_FULL_DATE = {
    "fr": _compile(
        rf"(?<![\w-])(?:(?P<wd>{FR_WEEKDAY})\s+)?(?P<day>{FR_DAY})\s+(?P<month>{FR_MONTH})\s+"
        rf"(?P<year>{YEAR})"
    ),
    "en": _compile(
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
                int(match.group("year")), MONTH_NUMBER[_fold(month_text)], _day_number(day_text)
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
    for match in _compile(rf"(?<![\w-])(?P<wd>{weekday_pattern})(?!\s+\d)").finditer(
        text, start, end
    ):
        if clause_tense(text, match.start(), language=language) == PAST:
            weekdays.append(WEEKDAY_NUMBER[_fold(match.group("wd"))])
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
    weekday_date = _compile(
        rf"(?<![\w-])(?P<wd>{weekday_pattern}),?\s+(?:(?P<day>{day_pattern})\s+(?P<month>{month_pattern})"
        rf"|(?P<month2>{month_pattern})\s+(?P<day2>{day_pattern}))(?P<next>\s+(?:prochain|next))?"
    )
    years = _years_in(text)
    ahead = None
    for match in weekday_date.finditer(text):
        weekday = WEEKDAY_NUMBER[_fold(match.group("wd"))]
        month = MONTH_NUMBER[_fold(match.group("month") or match.group("month2"))]
        day = _day_number(match.group("day") or match.group("day2"))
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
