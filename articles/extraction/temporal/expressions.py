"""Finding: the grammar of date expressions in French and English news text, one regex per
kind of expression with the handler (resolution.py) that resolves it, and
`find_time_expressions`, which runs them over a text and keeps the longest of overlapping
candidates ("lundi 29 novembre" over "lundi").

Month, weekday, number and relative-day words come from the vocabulary (data/time_*.json);
the prepositions, articles and modifiers around them are the grammar written here.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime

from ..first_letters import at_its_first_letters
from .either import one_of_two
from .resolution import (
    Context,
    DayFirst,
    SeasonMatch,
    TimeExpression,
    handle_ago,
    handle_bare_ordinal_day,
    handle_current_month_day,
    handle_date,
    handle_day_range,
    handle_english_ago,
    handle_iso,
    handle_month,
    handle_month_first_range,
    handle_numeric,
    handle_quarter,
    handle_relative_day,
    handle_relative_day_phrase,
    handle_relative_month,
    handle_relative_year,
    handle_season,
    handle_vague,
    handle_week,
    handle_week_of,
    handle_weekday,
    handle_weekday_range_either,
    handle_year_either,
)
from .vocabulary import (
    EN_DAY,
    EN_MONTH,
    EN_WEEKDAY,
    EN_YEAR_ALONE,
    FR_DAY,
    FR_MONTH,
    FR_WEEKDAY,
    FR_YEAR_ALONE,
    NUMBER_WORD,
    RELATIVE_DAY,
    YEAR,
    compile_pattern,
)

# French --------------------------------------------------------------------------------------

_FR_PREP = (
    r"(?:en|depuis|dès|jusqu['’]en|jusqu['’]à|jusqu['’]au|d['’]ici|avant|après|pour|de|d['’]|à|au"
    r"|entre)"
)
_FR_MOD = r"prochaine?s?|derni(?:er|ère)s?|passée?s?"

FRENCH_PATTERNS = [
    (
        compile_pattern(
            rf"(?<![\w-])(?:(?P<prep>depuis|dès|jusqu['’]au)\s+)?"
            rf"(?P<x>(?:(?:du|des|entre\s+le|les|le)\s+)?(?:{FR_WEEKDAY}\s+)?(?P<d1>{FR_DAY})"
            rf"(?:\s+(?P<m1>{FR_MONTH}))?(?:\s+(?P<y1>{YEAR}))?\s*(?:-|–|au|et(?:\s+le)?)\s*"
            rf"(?:{FR_WEEKDAY}\s+)?(?P<d2>{FR_DAY})\s+"
            rf"(?P<m2>{FR_MONTH})(?:\s+(?P<y2>{YEAR}))?(?:\s+(?P<mod>{_FR_MOD}))?)"
        ),
        handle_day_range,
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?:(?P<prep>depuis|dès|jusqu['’]au|d['’]ici)\s+)?"
            rf"(?P<x>(?:(?:le|ce|du|au|l['’])\s*)?(?:(?P<wd>{FR_WEEKDAY})\s+)?(?P<day>{FR_DAY})\s+"
            rf"(?P<month>{FR_MONTH})(?:\s+(?P<year>{YEAR}))?(?:\s+(?P<mod>{_FR_MOD}))?)"
        ),
        handle_date,
    ),
    (
        compile_pattern(
            r"(?<!\d)(?P<x>(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d))(?!\d)"
        ),
        handle_iso,
    ),
    (
        compile_pattern(rf"(?<![\w-])(?P<x>(?:le\s+)?(?P<day>{FR_DAY})\s+courant)(?![\w-])"),
        handle_current_month_day,
    ),
    (
        compile_pattern(
            r"(?<![\d/.])(?P<x>(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<year>(?:19|20)\d\d))(?![\d/])"
        ),
        handle_numeric,
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?P<x>(?:de|du|entre)\s+(?P<wd1>{FR_WEEKDAY})\s+(?P<link>à|au|jusqu['’]à|"
            rf"jusqu['’]au|et)\s+(?P<wd2>{FR_WEEKDAY})|(?P<wd1b>{FR_WEEKDAY})\s+et\s+(?P<wd2b>{FR_WEEKDAY}))"
        ),
        handle_weekday_range_either,
    ),
    (
        # "lundi 14", "le 12 à Bruxelles": a day of this month or a neighbouring one
        compile_pattern(
            rf"(?<![\w-])(?P<x>(?:(?:le|ce)\s+)?(?P<wd>{FR_WEEKDAY})\s+(?P<day>{FR_DAY})"
            rf"|le\s+(?P<bare>{FR_DAY})(?=\s*(?:,|;|\.|à\s|au\s|aux\s|dans\s|prochain)))"
            # no month name here: a longer "lundi 14 décembre" wins the overlap anyway, and the
            # pattern must not be gated on a month being in the text
            r"(?![\w-])(?!\s*(?:[\d:]|h\b|h\d|heures?\b))"
        ),
        handle_bare_ordinal_day,
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?P<x>(?:(?:ce|cette)\s+)?(?P<wd>{FR_WEEKDAY})(?:\s+(?:soir|matin|midi|"
            rf"après-midi|apres-midi|en\s+fin\s+de\s+journée|dans\s+la\s+soirée|dans\s+la\s+nuit))?"
            rf"(?:\s+(?P<mod>{_FR_MOD}|précédent))?"
            r"(?:\s+de\s+la\s+semaine\s+(?P<week>prochaine|dernière|derniere|passée|passee))?)"
            # not "lundi 14" (the day pattern's), but "Mardi 14h :" heading an agenda line
            r"(?!\s+\d{1,2}(?!\s*h\b|h\d|:\d|\d))"
        ),
        handle_weekday,
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?P<x>(?P<rel>{RELATIVE_DAY['fr']})"
            r"(?:\s+(?:soir|matin|midi|après-midi|apres-midi))?)(?![\w-])"
        ),
        handle_relative_day,
    ),
    (
        compile_pattern(
            r"(?<![\w-])(?P<x>(?:la\s+|cette\s+)?semaine\s+(?:prochaine|dernière|derniere|passée|"
            r"passee|écoulée|ecoulee)|(?:(?:plus\s+tôt|plus\s+tard|en\s+début\s+de|en\s+fin\s+de|au\s+"
            r"début\s+de|à\s+la\s+fin\s+de)\s+)?cette\s+semaine|(?:ce|le)\s+week-?end(?:\s+(?:prochain|"
            r"dernier|passé))?|les\s+sept\s+derniers\s+jours|(?:en|au)\s+(?:début|fin)\s+de\s+semaine(?:\s+(?:prochaine|"
            r"dernière|derniere))?)(?![\w-])"
        ),
        handle_week,
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?P<x>(?:la\s+|cette\s+)?semaine\s+du\s+(?:(?:{FR_WEEKDAY})\s+)?"
            rf"(?P<day>{FR_DAY})\s+(?P<month>{FR_MONTH})(?:\s+(?P<year>{YEAR}))?)(?![\w-])"
        ),
        handle_week_of,
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?:(?P<prep>{_FR_PREP})\s*)?(?P<x>(?P<part>(?:(?:à\s+)?la\s+)?mi-\s*|"
            rf"(?:(?:la|au\s+cours\s+de\s+la|dans\s+la|lors\s+de\s+la)\s+)?(?:première|deuxième|"
            rf"seconde|troisième|quatrième|dernière)\s+(?:semaine|quinzaine|décade)\s+(?:de\s+|d['’]\s*)|"
            rf"(?:(?:le|au|à\s+la|en|dès\s+le|courant)\s+)?(?:début|fin|courant|milieu)\s+(?:(?:du\s+mois\s+)?"
            rf"d['’]\s*|de\s+|du\s+mois\s+de\s+)?|(?:au\s+|le\s+)?mois\s+d['’e]\s*)?"
            rf"(?P<month>{FR_MONTH})(?:\s+(?P<year>{YEAR}))?(?:\s+(?P<mod>{_FR_MOD}))?)"
        ),
        handle_month,
    ),
    (
        compile_pattern(
            r"(?<![\w-])(?P<x>(?:(?:au\s+|en\s+|dès\s+le\s+|le\s+)?(?:début|fin|courant|milieu)\s+(?:du\s+)?)?"
            r"(?:le\s+)?mois\s+(?:prochain|dernier|passé|précédent)|ce\s+mois-ci|"
            r"(?:au\s+|en\s+|à\s+la\s+|d['’]ici\s+(?:la\s+)?)?(?:début|fin|milieu)\s+"
            r"(?:de\s+(?:ce\s+)?mois(?:-ci)?|du\s+mois(?!\s+(?:de|d['’]|prochain|dernier))))(?![\w-])"
        ),
        handle_relative_month,
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?:(?:en|depuis|dès|jusqu['’]en|d['’]ici|avant|après|pour|de|d['’]|à|entre)\s*"
            # une année en tête de ligne : « 2000 – Ouverture des pourparlers » (une chronologie)
            rf"|(?<![^\n])(?=\d{{4}}\s*[–—-]\s)"
            # the later years of a list: "en 2019, 2020 et 2021", "entre 2015 et 2018"
            rf"|(?<=\d\d\d\d,\s)|(?<=\d\d\d\d\set\s)|(?<=\d\d\d\d\sou\s)|(?<=\d\d\d\d\sà\s))"
            rf"(?P<x>(?:l['’]année\s+)?(?P<year>{FR_YEAR_ALONE}))(?![\w-])"
            rf"|(?<![\w-])(?P<xb>(?:(?:au\s+|en\s+|dès\s+le\s+|le\s+)?(?:début|fin|courant|milieu)\s+"
            rf"(?:de\s+l['’]année\s+|d['’]année\s+)?|(?:la\s+)?mi-\s*)(?P<yearb>{YEAR}))(?![\w-])"
        ),
        handle_year_either,
    ),
    (
        compile_pattern(
            r"(?<![\w-])(?P<x>(?:(?:au\s+|en\s+|dès\s+le\s+|le\s+|d['’]ici\s+(?:la\s+)?|à\s+la\s+)?"
            r"(?:début|fin|courant|milieu)\s+(?:de\s+)?)?(?:cette\s+année|l['’]an\s+(?:prochain|dernier|"
            r"passé)|l['’]année\s+(?:prochaine|dernière|derniere|passée|passee|en\s+cours))"
            # "la fin de l'année" alone is this year; "l'année suivante" is not anchored here
            r"|(?:(?:au\s+|en\s+|dès\s+le\s+|le\s+|d['’]ici\s+(?:la\s+)?|à\s+la\s+|la\s+)?"
            r"(?:début|fin|courant|milieu)\s+(?:de\s+)?l['’]année(?!\s+(?:\d|d['’e]|suivante|"
            r"précédente|où|qui|dont)))"
            r"|(?:en|dès\s+le|d['’]ici\s+la)\s+(?:début|fin|milieu)\s+d['’]année(?!\s+\d))(?![\w-])"
        ),
        handle_relative_year,
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?P<x>(?:(?:cet|l['’]|en\s)\s*(?P<season>été|ete|automne|hiver)|(?:ce|le|au)\s+"
            rf"(?P<season2>printemps))(?:\s+(?P<year>{YEAR})|\s+(?P<mod>{_FR_MOD}))?)(?![\w-])"
        ),
        lambda match, ctx: handle_season(SeasonMatch(match), ctx),
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?P<x>(?:au|le|du|d['’]un|ce|cet)\s+(?:premier|1er|deuxième|2e|second|"
            rf"troisième|3e|quatrième|4e|dernier)\s+(?:trimestre|semestre)\s+(?:de\s+|d['’])?"
            rf"(?:(?:l['’]année\s+)?(?P<year>{YEAR})|l['’]année\s+(?:prochaine|dernière|en\s+cours)|"
            rf"cette\s+année|l['’]an\s+(?:prochain|dernier)))(?![\w-])"
        ),
        handle_quarter,
    ),
    (
        compile_pattern(
            r"(?<![\w-])(?P<x>bientôt|prochainement|sous\s+peu|à\s+brève\s+échéance|(?:dans\s+les|au"
            r"\s+cours\s+des)\s+(?:tout\s+)?prochaine?s\s+(?:jours|semaines|mois)|dans\s+les\s+(?:jours|"
            r"semaines|mois)\s+(?:à\s+venir|qui\s+viennent)|(?:d['’]ici|dans)\s+quelques\s+(?:jours|"
            r"semaines|mois))(?![\w-])"
        ),
        handle_vague,
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?P<x>(?:(?P<ago>il\s+y\s+a)|(?P<in>dans))\s+(?P<n>\d{{1,2}}|{NUMBER_WORD['fr']})"
            r"\s+(?P<unit>jours?|semaines?|mois|ans?|années?)(?:,?\s+(?P<today>jour\s+pour\s+jour))?)"
            r"(?![\w-])"
        ),
        handle_ago,
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
        compile_pattern(
            rf"(?<![\w-])(?:(?P<prep>since|from|between)\s+)?(?P<x>(?P<m1>{EN_MONTH})\s+(?P<d1>{EN_DAY})"
            rf"(?:,?\s+(?P<y1>{YEAR}))?\s*(?:-|–|to|through|until|and)\s*(?:(?P<m2>{EN_MONTH})\s+)?"
            rf"(?P<d2>{EN_DAY})(?:,?\s+(?P<y2>{YEAR}))?)"
        ),
        handle_month_first_range,
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?:(?P<prep>since|from|between)\s+)?(?P<x>(?:the\s+)?(?P<d1>{EN_DAY})"
            rf"(?:\s+(?:of\s+)?(?P<m1>{EN_MONTH}))?\s*(?:-|–|to|through|until|and)\s*(?:the\s+)?"
            rf"(?P<d2>{EN_DAY})\s+(?:of\s+)?(?P<m2>{EN_MONTH})(?:,?\s+(?P<y2>{YEAR}))?)"
        ),
        handle_day_range,
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?:(?P<prep>since|until|by)\s+)?(?P<x>(?:(?P<wd>{EN_WEEKDAY}),?\s+)?"
            rf"(?P<month>{EN_MONTH})\s+(?:the\s+)?(?P<day>{EN_DAY})(?:,?\s+(?P<year>{YEAR}))?)"
        ),
        handle_date,
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?:(?P<prep>since|until|by)\s+)?(?P<x>(?:(?P<wd>{EN_WEEKDAY}),?\s+)?"
            rf"(?:the\s+)?(?P<day>{EN_DAY})\s+(?:of\s+)?(?P<month>{EN_MONTH})(?:,?\s+(?P<year>{YEAR}))?)"
        ),
        handle_date,
    ),
    (
        compile_pattern(
            r"(?<!\d)(?P<x>(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d))(?!\d)"
        ),
        handle_iso,
    ),
    (
        compile_pattern(
            r"(?<![\d/.])(?P<x>(?P<a>[01]?\d|[0-3]\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d))(?![\d/])"
        ),
        handle_numeric,
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?P<x>(?:from|between)\s+(?P<wd1>{EN_WEEKDAY})\s+(?P<link>to|through|until|"
            rf"till|and)\s+(?P<wd2>{EN_WEEKDAY})|(?P<wd1b>{EN_WEEKDAY})\s*(?:-|–|through|and)\s*"
            rf"(?P<wd2b>{EN_WEEKDAY}))"
        ),
        handle_weekday_range_either,
    ),
    (
        compile_pattern(
            r"(?<![\w-])(?P<x>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?![\w-])"
        ),
        handle_relative_day_phrase,
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?P<x>(?:(?P<mod>last|next|this\s+coming|this\s+past|this|coming|past)\s+)?(?P<wd>{EN_WEEKDAY})"
            rf"(?:\s+(?:morning|afternoon|evening|night))?"
            r"(?:\s+(?:of\s+)?(?P<week>next|last)\s+week(?!end))?)"
            r"(?![\w-])(?!,?\s+(?-i:[A-Z][a-z]+)\s+\d)"
        ),
        handle_weekday,
    ),
    (
        compile_pattern(rf"(?<![\w-])(?P<x>(?P<rel>{RELATIVE_DAY['en']}))(?![\w-])"),
        handle_relative_day,
    ),
    (
        compile_pattern(
            r"(?<![\w-])(?P<x>(?:(?:earlier|later|early|late)\s+)?this\s+week(?!end)|next\s+week(?!end)|"
            r"last\s+week(?!end)|(?:over\s+|during\s+|in\s+)?the\s+(?:past|last)\s+(?:week(?!end)|seven\s+"
            r"days|7\s+days)|the\s+coming\s+week|the\s+week\s+ahead|(?:this|next|last|the\s+coming|"
            r"the\s+past|this\s+past|over\s+the|at\s+the|during\s+the)\s+weekend"
            # "a weekend summit", "a weekend meeting": the weekend that comes, by the tense
            r"|(?<=\ba\s)weekend(?=\s+(?:summit|meeting|talks|visit|trip|session|retreat)))"
            r"(?![\w-])"
        ),
        handle_week,
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?P<x>the\s+week\s+(?:of|beginning|starting)\s+(?:(?:{EN_WEEKDAY}),?\s+)?"
            rf"(?:(?P<month>{EN_MONTH})\s+(?P<day>{EN_DAY})|(?P<day2>{EN_DAY})\s+(?P<month2>"
            rf"{EN_MONTH}))(?:,?\s+(?P<year>{YEAR}))?)(?![\w-])"
        ),
        lambda match, ctx: handle_week_of(DayFirst(match), ctx),
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?:(?P<prep>{_EN_MONTH_PREP})\s+)?(?P<x>(?P<part>(?:early|mid|late)[-\s]+|the\s+"
            rf"(?:beginning|start|end|middle|(?:first|second|third|fourth|last|final)\s+(?:week|"
            rf"half|fortnight))\s+of\s+|mid-)?(?:(?P<mod>last|next|this|past|coming)\s+)?"
            rf"(?P<month>{EN_MONTH})(?:,?\s+(?P<year>{YEAR}))?)(?!\s+\d)"
        ),
        handle_month,
    ),
    (
        compile_pattern(
            r"(?<![\w-])(?P<x>(?:(?:earlier|later|early|late)\s+|the\s+(?:beginning|start|end|middle)\s+"
            r"of\s+)?(?:this|next|last|the\s+past|the\s+previous|the\s+coming)\s+month|the\s+"
            r"(?:beginning|start|end|middle)\s+of\s+the\s+month)(?![\w-])"
        ),
        handle_relative_month,
    ),
    (
        compile_pattern(
            # a year heading a line: "2000 – Talks open in Washington" (a timeline entry)
            # "planned for 2014", "postponed to 2021" as "in 2014"
            rf"(?:(?<![\w-]){_EN_MONTH_PREP}\s+|(?<![^\n])(?=\d{{4}}\s*[–—-]\s)"
            rf"|(?<=\d\d\d\d,\s)|(?<=\d\d\d\d\sand\s)|(?<=\d\d\d\d\sor\s)"
            rf"|(?<=\d\d\d\d\sto\s))(?P<x>(?:the\s+year\s+)?(?P<year>{EN_YEAR_ALONE}))(?![\w-])"
            rf"|(?<![\w-])(?P<xb>(?:(?:early|mid|late)[-\s]+|the\s+(?:beginning|start|end|middle)\s+of\s+"
            rf"|mid-)(?P<yearb>{YEAR}))(?![\w-])"
            # "the 2018 summit", "their 2019 talks": a year used as an adjective
            rf"|(?<![\w-])(?:the|a|its|their|his|her|last|this)\s+(?P<xc>(?P<yearc>{YEAR}))"
            rf"(?=\s+(?-i:[a-zA-Z]))(?!\s+(?:of|to|and|or|in|for|by|people|soldiers|troops|"
            rf"votes|members|cases|deaths|dead|km)\b)"
        ),
        handle_year_either,
    ),
    (
        compile_pattern(
            r"(?<![\w-])(?P<x>(?:(?:earlier|later|early|late)\s+|the\s+(?:beginning|start|end|middle)\s+"
            r"of\s+)?(?:this|next|last|the\s+past|the\s+previous|the\s+coming)\s+year|the\s+"
            r"(?:beginning|start|end|middle|rest)\s+of\s+the\s+year(?!\s+\d)|year-end)(?![\w-])"
        ),
        handle_relative_year,
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?P<x>(?:(?P<mod>this|next|last|this\s+past|this\s+coming)\s+|(?:in|during|"
            rf"over|by)\s+the\s+)(?P<season>spring|summer|autumn|winter)(?:\s+of\s+(?P<year>{YEAR}))?"
            rf"|(?P<season2>spring|summer|autumn|winter)\s+(?P<year2>{YEAR}))(?![\w-])"
        ),
        lambda match, ctx: handle_season(SeasonMatch(match), ctx),
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?P<x>the\s+(?:first|second|third|fourth|last|final)\s+(?:quarter|half)\s+of"
            rf"\s+(?:(?P<year>{YEAR})|(?:this|next|last)\s+year)|(?:Q[1-4]|H[12])\s+(?P<year2>{YEAR}))"
            rf"(?![\w-])"
        ),
        lambda match, ctx: handle_quarter(SeasonMatch(match), ctx),
    ),
    (
        compile_pattern(
            r"(?<![\w-])(?:on\s+)(?P<x>the\s+(?P<day>(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)))"
            r"(?![\w-])(?!\s+(?:of|day|anniversary|century|round|time|floor|place|straight|"
            r"consecutive|largest|biggest|meeting|summit)\b)"
        ),
        handle_bare_ordinal_day,
    ),
    (
        compile_pattern(
            r"(?<![\w-])(?<!as\s)(?P<x>soon|shortly|in\s+(?:the\s+)?(?:coming|next\s+few|next)\s+(?:days|"
            r"weeks|months)|in\s+the\s+(?:days|weeks|months)\s+ahead|in\s+the\s+near\s+future|"
            r"within\s+(?:days|weeks)|in\s+a\s+few\s+(?:days|weeks|months))"
            r"(?![\w-])(?!\s+as\b)(?!\s+after\b)"
        ),
        handle_vague,
    ),
    (
        compile_pattern(
            rf"(?<![\w-])(?P<x>(?:(?P<in>in)\s+)?(?P<n>\d{{1,2}}|{NUMBER_WORD['en']})\s+"
            r"(?P<unit>days?|weeks?|months?|years?)(?:\s+(?P<ago>ago)(?:\s+(?P<today>today))?)?)"
            r"(?![\w-])"
        ),
        handle_english_ago,
    ),
]


# ---------------------------------------------------------------------------------------------
# Public API


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
    ctx = Context(text, language, published, tense_at)
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
    ordered = sorted(chosen, key=lambda e: e.start)
    return one_of_two(_year_given_after(_share_the_year(ordered, text), text), text)


# "on April 27 last year", "le 27 avril de l'année dernière", "in June next year", "in July of
# last year": a day or a month, then the year it falls in said relatively; one date, in that year
_YEAR_AFTER_JOIN = re.compile(r"\s*,?\s*(?:de\s+|d['’]|of\s+)?", re.IGNORECASE)


def _year_given_after(expressions: list[TimeExpression], text: str) -> list[TimeExpression]:
    kept: list[TimeExpression] = []
    for expression in expressions:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and expression.precision == "year"
            and expression.anchored
            and previous.precision in ("month", "day")
            and previous.anchored
            and not re.search(r"\d{4}", previous.text or "")
            and _YEAR_AFTER_JOIN.fullmatch(text, previous.end, expression.start)
        ):
            year = expression.value
            end_value = previous.end_value
            kept[-1] = dataclasses.replace(
                previous,
                value=f"{year}{previous.value[4:]}",
                end_value=f"{year}{end_value[4:]}" if end_value else end_value,
                end=expression.end,
                text=text[previous.start : expression.end],
            )
            continue
        kept.append(expression)
    return kept


# "entre janvier et août 1993", "from January to March 2019": the year written once is both's
_RANGE_START = re.compile(r"\b(?:entre|de|du|depuis|between|from)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:et|à|au|and|to|through|until|-|–)\s*", re.IGNORECASE)


def _share_the_year(expressions: list[TimeExpression], text: str) -> list[TimeExpression]:
    shared = list(expressions)
    for index, (first, second) in enumerate(zip(expressions, expressions[1:], strict=False)):
        if not (first.anchored and first.precision == "month" and not second.anchored):
            continue
        if second.precision not in ("month", "day") or not _RANGE_JOIN.fullmatch(
            text, first.end, second.start
        ):
            continue
        if not _RANGE_START.search(text, max(0, first.start - 10), first.start):
            continue
        year = second.value[:4]
        shared[index] = dataclasses.replace(first, value=f"{year}{first.value[4:]}", anchored=False)
    return shared


# The patterns in which a month name is mandatory, skipped at once in sentences without any
# (a speed-up only: the month alternation is searched once instead of in every pattern)
_MONTH_GATE = {
    "fr": at_its_first_letters(re.compile(FR_MONTH, re.IGNORECASE)),
    "en": at_its_first_letters(re.compile(EN_MONTH, re.IGNORECASE)),
}
_WEEKDAY_GATE = {
    "fr": re.compile(FR_WEEKDAY, re.IGNORECASE),
    "en": re.compile(EN_WEEKDAY, re.IGNORECASE),
}


def _gate(pattern, handler, month: str):
    if month in pattern.pattern:
        return "month"
    if handler in (handle_weekday, handle_weekday_range_either):
        return "weekday"
    return None


_GATED = {
    language: [
        (at_its_first_letters(pattern), handler, _gate(pattern, handler, month))
        for pattern, handler in patterns
    ]
    for language, patterns, month in (
        ("fr", FRENCH_PATTERNS, FR_MONTH),
        ("en", ENGLISH_PATTERNS, EN_MONTH),
    )
}
