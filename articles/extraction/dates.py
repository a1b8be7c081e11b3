"""Dates: the time expressions of a sentence that can date a meeting, and which trigger each
one dates.

The temporal tagger finds the expressions (with the tense of their clause: the French parse,
or plan words in English); the start of a period ("depuis", "since"), a stretch of time ("over
the past week") and a dateline's date are none. Each remaining date goes to the nearest trigger
it can belong to (`date_fits`; the choosing is `date_assignment`'s): not a reporting clause's, an
announcement's, a relative clause's or another noun's date. A trip to a summit takes the
summit's date and the other way round; a meeting named in ", three days after X's summit" is
dated from the main clause's day.
"""

import dataclasses
import re
from datetime import date, timedelta
from functools import lru_cache

from . import temporal
from .date_assignment import (
    assign_dates,
    date_trip_by_its_purpose,
    opened_on,
    share_trip_date_with_summit,
)
from .date_attachment import attached_here, dates_a_message
from .document import tense_at
from .event_anchored_dates import event_anchored_dates
from .first_days import first_day_of_span
from .first_letters import (
    alternation_by_first_letter,
    at_its_first_letters,
    top_level_alternatives,
)
from .model import Article, Sentence
from .patterns import AGREED_ON_A_DAY_TO, POSTPONED, days_in
from .relative_dates import is_relative, record_days_told, relative_dates
from .temporal.tense import tense_forms
from .triggers import THE_ONE_BEFORE, Trigger

# Words without which a sentence holds no date expression: digits, calendar and deictic words.
# Sentences without any are not sent to the temporal tagger.
_DATE_WORDS = (
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|f[ée]vrier|mars|avril"
    r"|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|hier|demain|aujourd|veille"
    r"|lendemain|semaines?|mois|ann[ée]es?|an|ans|week-end|weekend|soir|matin|midi|prochaine?s?"
    r"|derni[eè]re?s?|bient[oô]t|prochainement|d[ée]but|fin|mi|printemps|[ée]t[ée]|automne"
    r"|hiver|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
    r"|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul"
    r"|aug|sept?|oct|nov|dec|today|tonight|tomorrow|yesterday|week|month|year|years|next|last"
    r"|past|earlier|later|soon|early|late|mid|spring|summer|autumn|fall|winter|morning"
    r"|evening|afternoon|night|nuit|ago|weeks|months|days|jours?"
)
# grouped by first letter (first_letters.py): a word tries only the date words of its letter
_MAY_HAVE_DATE = re.compile(
    r"\d|\b" + alternation_by_first_letter(top_level_alternatives(_DATE_WORDS)) + r"\b",
    re.IGNORECASE,
)
_EDITORIAL_NOTE = re.compile(r"[-–]?\s*N\.?D\.?L\.?R\.?\b")
# a stretch of time, not the date of an encounter: "over the past week", "au cours des derniers"
# a day or a month written out: "December 27", "le 3 mai", "in 2020"
_DATE_WORD = re.compile(
    r"\d|\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
    r"|décembre)\b",
    re.IGNORECASE,
)
_PERIOD_TEXT = re.compile(r"(?:over|during|throughout|au\s+cours|ces\s+derni)", re.IGNORECASE)
# "NAIROBI, March 20, 2024 -", "Genève, 14 mars 2024 -", "JEDDAH, Saudi Arabia, May 12 (Reuters) -":
# a dateline says when the story was filed, never when a meeting took place
# "GENEVA, March 12, 2024 - ": a place first; "Dec. 8, 2008 – " heads a timeline entry it dates
_DATELINE = re.compile(
    r"\s*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
    # "Jeudi 10 avril, 11h30 — Rencontre avec ...": a day heads an agenda line, no place
    r"(?!(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-ZÀ-Ý][\w'’.\- ]{1,40}(?:,\s*[\w'’.\- ]{1,30}){0,2},\s*[\w. ]{0,20}\d[\w. ,]{0,20}?"
    r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]\s"
)
_PERIOD_BOUNDARY = re.compile(
    r"\b(?:since|depuis)\s+(?:[\w'’-]+\s+){0,8}[\w'’-]+,?\s+(?:in|en|le|on)\s+$"
    r"|\b(?:depuis|since|jusqu['’](?:à|au|en)|until|till|d['’]ici|over|throughout"
    r"|over\s+the|in\s+the\s+(?:past|last)|au\s+cours\s+des)\s*(?:le\s+|la\s+|l['’])?$",
    re.IGNORECASE,
)
_PAST_PLAN = re.compile(
    r"\b(?:was|were)\s+supposed\s+to\b|\bétai(?:en)?t\s+censée?s?\b", re.IGNORECASE
)
# "planned for Tuesday, was called off at the last minute", "prévue samedi, a été annulée à la
# dernière minute", "due on Wednesday did not go ahead", "n'a pas pu avoir lieu": the day of a
# plan that came and went lies behind the day of writing (in the read sets, every time)
_CAME_AND_WENT = re.compile(
    r"\b(?:at\s+the\s+(?:very\s+)?last\s+(?:minute|moment)|hours\s+before\s+(?:it|they)\s+(?:was|were)"
    r"|(?:did\s+not|didn['’]t|never)\s+(?:go\s+ahead|take\s+place)|never\s+(?:went\s+ahead|took\s+place)"
    r"|could\s+not\s+(?:go\s+ahead|take\s+place|be\s+held)"
    r"|au\s+(?:tout\s+)?dernier\s+moment|à\s+la\s+(?:toute\s+)?dernière\s+minute"
    r"|n['’](?:a|ont|avait|avaient)\s+(?:[\w'’-]+\s+){0,2}?(?:jamais|pas)\s+(?:pu\s+)?"
    r"(?:eu\s+lieu|avoir\s+lieu|se\s+tenir))",
    re.IGNORECASE,
)
_PLAN_TOLD_IN_THE_PAST = re.compile(
    r"\b(?:had\s+)?planned\s+to\b|\b(?:was|were)\s+(?:due|scheduled|set)\s+to\b", re.IGNORECASE
)
# "announced a visit to China in September", "accepted an invitation to visit Beijing in
# October", "s'est dit prêt à se rendre en Chine en octobre", "ont été fixés à septembre": the
# meeting is ahead of the telling, which is past; it may lie on either side of the day of
# writing, so the nearest reading, not the past one of the telling's tense
_PROSPECT_TOLD = at_its_first_letters(
    re.compile(
        r"\b(?:announced|unveiled|invited|invitation|accepted|proposed|offered|ready|prepared"
        r"|annoncée?s?|dévoilée?s?|invitée?s?|invitation|acceptée?s?|proposée?s?|offerte?s?"
        r"|convié(?:e|s|es)?|prête?s?|fixée?s?)\b",
        re.IGNORECASE,
    )
)
# "have agreed to rein in violence and to meet again in Geneva on April 19-21": what is agreed
# lies ahead, within the clause that says it (not "talks that ended on Thursday" after a comma)
_AGREED_TO = re.compile(AGREED_ON_A_DAY_TO["en"], re.IGNORECASE)
# "les deux pays sont convenus d'ouvrir en février des négociations": what was agreed is ahead
_AGREED_TO_FR = re.compile(AGREED_ON_A_DAY_TO["fr"], re.IGNORECASE)
_PLANNED = at_its_first_letters(
    re.compile(
        r"\b(?:prévue?s?|programmée?s?|planifiée?s?|devai(?:t|ent)|initialement|annulée?s?|reportée?s?"
        r"|(?:scheduled|planned)(?!\s+for\s+(?:months|weeks|years|a\s+long\s+time|some\s+time)\b)"
        r"|originally|was\s+to|were\s+to|postponed|cancell?ed|attendue?s?"
        # "due to meet" looks ahead; "due to health reasons" gives a cause
        r"|due(?!\s+to\s+(?:the|a|an|his|her|its|their|this|that|health|illness|weather|security"
        r"|bad|poor|scheduling|logistical|technical|lack|concerns?|reasons?|problems?|issues?)\b)"
        # "as (had been) expected" says a meeting went as planned, not that it is ahead
        r"|(?<!\bas\s)(?<!\bas\shad\sbeen\s)(?<!\bas\swas\s)expected|announced\s+for|(?:annonc|évoqu|envisag)ée?s?\s+pour|pencil+ed\s+in|earmarked)\b",
        re.IGNORECASE,
    )
)
# ", three days after Trump's summit with Putin", ", deux semaines après le sommet de Lomé": a
# time adjunct that mentions an earlier (or later) meeting; its meeting is its own event, dated
# from the main clause's day, and its people are not parties of the main clause's meeting
_TIME_ADJUNCT = re.compile(
    r",\s*(?:(?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux"
    r"|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?P<unit>days?|weeks?|jours?|semaines?)\s+)?"
    r"(?P<dir>after|before|following|après|avant)\s+(?=(?:the|a|an|his|her|their|its|nearly"
    r"|almost|some|more|le|la|les|l['’]|un|une|des|du|sa|son|ses|leurs?|(?-i:[A-Z][\w.-]+['’]s)"
    # "after talks in Jeddah": a bare plural meeting noun
    r"|talks|negotiations|discussions|meetings|consultations|pourparlers|négociations"
    r"|entretiens|réunions)\b)",
    re.IGNORECASE,
)
_FOLLOWED_BY = re.compile(
    r"\b(?:suivie?s?|précédée?s?|followed|preceded)\b(?=\s+(?:\w+\s+){0,5}?(?:d[e'’]|by)\b)",
    re.IGNORECASE,
)
_ANNOUNCED_BEFORE = re.compile(
    r"(?:\b(?:was|were|been|été)\s+(?:\w+\s+)?|,\s*)(?:announced|annoncée?s?|unveiled|dévoilée?s?"
    # ("announced for Thursday" gives the day planned, not the day of the news)
    r"|revealed|révélée?s?|confirmed|confirmée?s?|officialisée?s?)\s+"
    r"(?:(?!(?:for|pour)\b)[\w'’]+\s+){0,2}$",
    re.IGNORECASE,
)
_BRACKETED_AFTER = re.compile(r"^[^\[\(.;,]{0,80}[\[\(]\s*$")
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|whose|qui|dont)\b[^,;.]*[,;]", re.IGNORECASE)
_FRONTED_PLAN = re.compile(
    r"\W*(?:(?:initialement|d['’]abord|originally|initially|first)\s+)?(?:prévue?s?|programmée?s?"
    r"|fixée?s?|planifiée?s?|annoncée?s?|évoquée?s?|scheduled|planned|set|slated"
    r"|pencil+ed\s+in"
    # "Ouverte vendredi dernier dans la capitale, la conférence ...", "Held on Tuesday in
    # Geneva, the talks ...": a fronted participle saying when the meeting that follows was held
    r"|ouverte?s?|tenue?s?|réunie?s?|entamée?s?|convoquée?s?|held|opened|convened)\s+[^,;.]{0,60},",
    re.IGNORECASE,
)
# what may stand before a date that opens the sentence: "On Friday, ...", "Le 8 janvier, ..."
_FRONTED_DATE_START = re.compile(r"\W?(?:(?:on|in|at|early|late|le|ce|dès)\s+)?", re.IGNORECASE)
_MODIFIES_A_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:attacks?|elections?|polls?|agreements?|accords?|treaty|treaties|deal"
    r"|war|coup|invasion|crisis|ceasefire|truce|protests?|uprising|referendum|earthquake"
    r"|tsunami|floods?|bombings?|massacre|revolution|vote|resolution)\b"
)
_OTHER_EVENT = re.compile(
    r"\b(?:address|speech|statement|interview|briefing|press\s+conference|election|vote|attack"
    r"|strike|exercise|drill|parade|ceremony|rally|protest|announcement|tweet|discours"
    r"|déclaration|attaque|attentat|grève|élection|manifestation|exercice|cérémonie)s?\b",
    re.IGNORECASE,
)


def find_dates(article: Article, sentence: Sentence) -> list:
    """The sentence's time expressions that can date a meeting, in text order."""
    text = sentence.text
    expressions = []
    if _MAY_HAVE_DATE.search(text):
        try:
            expressions = temporal.find_time_expressions(
                _EDITORIAL_NOTE.sub(lambda m: " " * len(m.group(0)), text),
                language=article.language,
                published=article.published,
                tense_at=_tense_for(article, sentence),
            )
        except Exception:  # noqa: BLE001 - a tagger failure must not lose the article
            expressions = []
    expressions = [
        e
        for e in expressions
        if not _starts_a_period(article, text, e)
        and not _PERIOD_TEXT.match(e.text)
        and not _ORDINAL_BEFORE.search(text, max(0, e.start - 16), e.start)
    ]
    expressions = [first_day_of_span(e, text) for e in expressions]
    dateline = _DATELINE.match(text) if expressions else None
    if dateline:
        expressions = [e for e in expressions if e.start >= dateline.end()]
    expressions = relative_dates(article, sentence, expressions)
    expressions = event_anchored_dates(article, sentence, expressions)
    record_days_told(article, sentence, expressions)
    return expressions


def dates_of_triggers(
    article: Article, sentence: Sentence, triggers: list, expressions: list, reporting: list
):
    """(trigger -> its date, the time adjunct naming another meeting or None, the triggers
    inside that adjunct)."""
    text = sentence.text
    assignment = assign_dates(
        triggers, expressions, text, date_fits(article, sentence, reporting, expressions)
    )
    share_trip_date_with_summit(assignment, triggers, text)
    date_trip_by_its_purpose(assignment, triggers, text)
    _leave_date_to_following_meeting(assignment, triggers, text)
    adjunct, embedded = _date_meetings_of_time_adjunct(assignment, triggers, expressions, text)
    return assignment, adjunct, embedded


def _leave_date_to_following_meeting(assignment: dict, triggers: list, text: str):
    # "Ces discussions seront suivies le 12 janvier d'une rencontre": the date in the
    # phrase is the following meeting's, not theirs
    for followed in _FOLLOWED_BY.finditer(text):
        later = [t for t in triggers if t.start >= followed.end()]
        if not later:
            continue
        for trigger in [t for t in triggers if t.end <= followed.start()]:
            own = assignment.get(trigger)
            if own is not None and followed.end() <= own.start < later[0].start:
                assignment.pop(trigger)


def _date_meetings_of_time_adjunct(assignment: dict, triggers: list, expressions: list, text):
    """ ", three days after Trump's summit with Putin": the adjunct's meeting is dated from the
    main clause's day (or not at all)."""
    adjunct = next(
        (m for m in _TIME_ADJUNCT.finditer(text) if any(t.start >= m.end() for t in triggers)),
        None,
    )
    embedded = set()
    if adjunct is not None:
        # "On Friday, before the signing, X and Y met": the adjunct ends at its comma; what
        # follows is the main clause
        closing = re.compile(r"[,;]").search(text, adjunct.end())
        adjunct_end = closing.start() if closing else len(text)
        embedded = {t for t in triggers if adjunct.end() <= t.start < adjunct_end}
        main_dates = [e for e in expressions if e.end <= adjunct.start()]
        for trigger in embedded:
            own = assignment.get(trigger)
            if own is not None and own.start >= adjunct.end():
                continue  # "after the meeting of ... in June 2000": its own date
            shifted = _shifted(adjunct, main_dates[-1:])
            if shifted is None:
                assignment.pop(trigger, None)
            else:
                assignment[trigger] = shifted
    return adjunct, embedded


def _starts_a_period(article: Article, text: str, expression) -> bool:
    """ "depuis le début du conflit en 2020", "since January": the start of a period, not
    the date of a meeting, unless the period is the meeting's ("depuis le début des
    pourparlers en avril"). A since-phrase that holds a date of its own already ("since the
    December 27 election, on January 24, for a handshake") has its start: the date after it
    is another."""
    match = _PERIOD_BOUNDARY.search(text[: expression.start])
    if match is None:
        return False
    if _DATE_WORD.search(match.group(0)):
        return False
    if THE_ONE_BEFORE.match(text, match.start()):
        return False  # "depuis celui de Varsovie, en mai 2005": the date of that summit
    if _NOT_MET_BEFORE.search(text, max(0, match.start() - 40), match.start()):
        return False  # "have not met since June 21": their last meeting was on June 21
    if _PUT_OFF_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return False  # "delayed until Monday", "reporté jusqu'au 3 mai": the new date
    if _WHEN_AFTER.match(text, expression.end):
        return False  # "since November 2005, when he held talks in Tokyo": the when-clause's
    return not article.triggers(match.group(0))


_WHEN_AFTER = re.compile(r",?\s+(?:when|lorsque|lorsqu['’]|quand|où)\b", re.IGNORECASE)


# the forms of the French verbs of telling (the pipeline has no lemmas)
_TELLING_FR = re.compile(
    r"(?:annonc|indiqu|d[ée]clar|pr[ée]cis|affirm|confirm|ajout|expliqu|soulign|rapport|assur"
    r"|estim|rappel|fait\s+savoir)\w*|dit|dits?",
    re.IGNORECASE,
)


def _told_by_a_later_verb(article: Article, absolute: int) -> bool:
    """French: whether the verb the parse hangs the word at `absolute` on is a verb of telling
    that comes after it (a trailing ", a annoncé X")."""
    token = article.token_at.get(absolute)
    for _step in range(8):
        if token is None or token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return bool(_TELLING_FR.fullmatch(token.text)) and token.idx > absolute
    return False


def _tense_for(article: Article, sentence: Sentence):
    """The tagger's `tense_at` for one sentence: a date after a plan word is ahead, after a
    past plan ("were supposed to") gone by; otherwise the tense of its clause."""
    # "leur premier entretien depuis celui du 8 septembre": the earlier one is past
    the_one_since = [m.start() for m in THE_ONE_BEFORE.finditer(sentence.text)]
    # read once for the sentence: the tense is asked at every date of it
    cancelled_here = bool(article.cancellations(sentence.text))
    if article.language != "fr" or not article.token_at:
        planned_en = [m.end() for m in _PLANNED.finditer(sentence.text)]
        past_plan = [m.end() for m in _PAST_PLAN.finditer(sentence.text)]
        plan_told_before = [m.end() for m in _PLAN_TOLD_IN_THE_PAST.finditer(sentence.text)]
        agreed_to = [m.end() for m in _AGREED_TO.finditer(sentence.text)]
        prospect = [m.end() for m in _PROSPECT_TOLD.finditer(sentence.text)]
        called_off_here = cancelled_here and not _CAME_AND_WENT.search(sentence.text)
        if not (
            called_off_here
            or planned_en
            or past_plan
            or agreed_to
            or prospect
            or the_one_since
            or _TOLD.search(sentence.text)
        ):
            return None

        def tense_en(offset):
            if any(0 <= offset - start <= 80 for start in the_one_since):
                return "past"  # "the first summit since the one in Warsaw on 16 May"
            if any(
                0 <= offset - end <= 100 and "," not in sentence.text[end:offset]
                for end in agreed_to
            ):
                return "future"
            if any(end <= offset for end in past_plan):
                # "were supposed to begin on March 10": told in the past, a date gone by
                return "past"
            if any(0 <= offset - end <= 80 for end in plan_told_before + prospect):
                # "planned to attend the summit Friday", "was scheduled to meet him on
                # Tuesday": a plan told in the past may lie on either side; the nearest day
                return None
            if any(end <= offset for end in planned_en):
                # "had originally been announced for Thursday but was put off": a plan
                # called off may lie on either side of the day of writing; the nearest day
                if _CAME_AND_WENT.search(sentence.text):
                    return "past"
                return None if cancelled_here else "future"
            if called_off_here:
                return None
            tense = temporal.clause_tense(sentence.text, offset, language=article.language)
            if tense == "past" and _only_told_before(sentence.text, offset, article.language):
                # "announced his itinerary for the forum, beginning on Tuesday": the telling
                # is past, what it tells may be ahead; the nearest reading of the day
                return None
            return tense

        return tense_en

    planned = [m.end() for m in _PLANNED.finditer(sentence.text)]
    # "Initialement prévue le 16 mars, cette session avait été reportée": a plan that was
    # called off may lie on either side of the publication date; the nearest reading wins
    called_off = bool(planned) and cancelled_here
    came_and_went = called_off and bool(_CAME_AND_WENT.search(sentence.text))

    agreed_to = [m.end() for m in _AGREED_TO_FR.finditer(sentence.text)]
    prospect = [m.end() for m in _PROSPECT_TOLD.finditer(sentence.text)]

    def tense_fr(offset):
        if any(0 <= offset - start <= 80 for start in the_one_since):
            return "past"
        if planned and _PERIOD_BOUNDARY.search(sentence.text, max(0, offset - 60), offset):
            return "past"  # "depuis le lancement des pourparlers, en mars": a start is past
        if any(0 <= offset - end <= 60 for end in agreed_to):
            return "future"  # "sont convenus d'ouvrir au niveau des experts, en février"
        if any(0 <= offset - end <= 80 for end in prospect) and not any(
            end <= offset for end in planned
        ):
            return None
        if any(end <= offset for end in planned):
            if came_and_went:
                return "past"
            return None if called_off else "future"
        if cancelled_here and not _CAME_AND_WENT.search(sentence.text):
            return None
        if _told_by_a_later_verb(article, sentence.start + offset):
            # "X rencontrera Y mardi, a annoncé la chancellerie": the parse hangs the day on
            # the telling that follows; the tense is that of the clause the day ends
            return temporal.clause_tense(sentence.text, offset, language=article.language)
        # the parse first; when it finds no verb, the tagger's own clause heuristic
        return tense_at(article, sentence.start + offset) or temporal.clause_tense(
            sentence.text, offset, language=article.language
        )

    return tense_fr


# "X's office on Monday announced": no comma between the date and the telling (", a annoncé
# l'Elysée lundi" after a date is a trailing report of that date)
# "the third in four days", "la deuxième en une semaine": a count over a span, not a date
_ORDINAL_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|premi[eè]re?|deuxième|troisième|quatrième"
    r"|cinquième)\s+$",
    re.IGNORECASE,
)
_NOT_MET_BEFORE = re.compile(
    r"\b(?:not|never|pas|jamais)\s+(?:\w+\s+)?(?:met|spoken|talked|rencontrés?|parlé|vus|revus"
    r"|entretenus)\s+$",
    re.IGNORECASE,
)
_PUT_OFF_BEFORE = re.compile(rf"\b(?:{POSTPONED})\s+$", re.IGNORECASE)
_TOLD_AFTER = re.compile(r"\s+(?:announced|said|told|declared|confirmed)\b", re.IGNORECASE)
_TOLD = re.compile(
    r"\b(?:announced|said|told|declared|unveiled|released|published|outlined)\b", re.IGNORECASE
)


def _only_told_before(text: str, offset: int, language: str) -> bool:
    """Whether the date at `offset` sits in a later clause of what a verb of telling reports,
    with no verb of its own in between ("announced the itinerary for the forum, beginning on
    Tuesday, with a Wednesday meeting")."""
    told = [m for m in _TOLD.finditer(text, 0, offset)]
    if not told:
        return False
    between = text[told[-1].end() : offset]
    if "," not in between:
        return False  # "said on Monday": the date of the telling itself
    return not tense_forms(between, 0, language)


def _in_the_one_since(text: str, trigger: Trigger, expression) -> bool:
    """Whether the date follows the pronoun of "depuis celle de X en 1983" in its phrase."""
    if 0 <= expression.start - trigger.end <= 60:
        between = text[trigger.end : expression.start]
        return not re.search(r"[;:.]|\s(?:et|and|mais|but)\s", between)
    return False


def date_fits(
    article: Article, sentence: Sentence, reporting: list, expressions_here=(), parse=True
):
    """Whether a date can belong to a trigger: not the date of a reporting clause (unless
    the trigger is in it too), and in French not a date that the parser attaches to another
    noun ("une journée d'action le mardi 28 mars"; not asked when `parse` is false)."""

    def fits(trigger: Trigger, expression) -> bool:
        if opened_on(trigger, expression, sentence.text):
            return True  # the parse may hang "ouvertes lundi" elsewhere; the words say it
        if trigger.recalled:
            # "depuis celle de François Mitterrand en 1983": that visit's year, told after it
            return _in_the_one_since(sentence.text, trigger, expression)
        announced = sentence.text[max(0, expression.start - 40) : expression.start]
        if _ANNOUNCED_BEFORE.search(announced):
            # "the summit was announced in January": the announcement's date
            return False
        if _TOLD_AFTER.match(sentence.text, expression.end) and not (
            expression.end <= trigger.start < expression.end + 30
        ):
            # "Tsipras' office on Monday announced his itinerary": the telling's date
            return False
        for start, end in reporting:
            if start <= expression.start < end and not start <= trigger.start < end:
                return False
        if _BRACKETED_AFTER.match(sentence.text[trigger.end : expression.start]):
            return True  # "le sommet franco-britannique [du 10 mars]"
        if sentence.text[max(0, expression.start - 3) : expression.start].strip()[-1:] in (
            "[",
            "(",
        ):
            return False  # an editor's bracketed date belongs to the noun just before it
        clauses = _relative_clauses(sentence.text)
        for start, end in clauses:
            # "Starmer, who took office last week, held talks on Wednesday": the first date
            # is the clause's; but "the visit to Bhutan, which was scheduled for Thursday"
            # is the visit's, and so is the only date of the sentence
            if start <= expression.start < end and not start <= trigger.start < end:
                if not 0 <= start - trigger.end <= 50 and len(expressions_here) > 1:
                    return False
        fronted = _FRONTED_PLAN.match(sentence.text)
        if fronted and expression.start < fronted.end() <= trigger.start:
            # "Initialement prévue le 16 mars, cette session ...": the fronted participle
            # qualifies the subject that follows it
            return trigger.start - fronted.end() <= 40
        if (
            any(
                start >= expression.end
                and _ENDS_ITS_CLAUSE.fullmatch(sentence.text[expression.end : start])
                for start, _end in reporting
            )
            and trigger.end <= expression.start
        ):
            # "X rencontrera Y le 23 juillet (à Berlin), a annoncé la chancellerie": the parser
            # hangs the date on the reporting verb of the incise that follows it, but it ends
            # the clause it is told in, a place after it or not
            return True
        if (
            _FRONTED_DATE_START.fullmatch(sentence.text, 0, expression.start)
            and sentence.text[expression.end : expression.end + 1] == ","
        ):
            # "Le 8 janvier, Poutine et Erdogan, réunis à Istanbul, ...": a date fronted before
            # the subject dates the whole sentence, whatever the parse hangs it on
            return True
        if (
            article.language == "fr"
            and 0 <= expression.start - trigger.end <= 60
            and _APPOSED_PLAN.search(sentence.text, trigger.end, expression.start)
        ):
            # "Le sommet de l'UA consacré au Tchad, prévu mardi, a été reporté": the plan
            # apposed to the meeting gives its day, wherever the parse hangs the participle
            return True
        if parse and article.language == "fr" and article.token_at:
            # "La veille, X s'est entretenu": the parse may hang a fronted "la veille" on the
            # subject; it dates the clause
            return is_relative(expression, "fr") or attached_here(
                article, sentence, trigger, expression
            )
        if article.language == "en" and article.token_at:
            if dates_a_message(article, sentence, trigger, expression):
                return False
        if _MODIFIES_A_NOUN_AFTER.match(sentence.text, expression.end) and not (
            expression.end <= trigger.start <= expression.end + 25
        ):
            # "the victims of the November 2008 attacks": a date told before a noun is the
            # noun's
            return False
        low, high = sorted((trigger.end, expression.start))
        return not _OTHER_EVENT.search(sentence.text[low:high])

    return fits


_APPOSED_PLAN = re.compile(
    r",\s*(?:(?:initialement|d['’]abord|primitivement)\s+)?(?:prévue?s?|programmée?s?|fixée?s?"
    r"|annoncée?s?)\s+(?:(?:pour|le|les|au|du)\s+)?$",
    re.IGNORECASE,
)
# what may stand between a date and the reporting incise that follows it, the date still
# ending its clause: nothing, or a short place ("le 23 juillet à Berlin, a annoncé ...")
_ENDS_ITS_CLAUSE = re.compile(
    r"[\s,]*(?:(?:à|au|aux|en|in|at)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?[A-ZÉÈ][\w'’\-]*"
    r"(?:\s+[A-ZÉÈ][\w'’\-]*){0,2}[\s,]*)?"
)


@lru_cache(maxsize=64)
def _relative_clauses(text: str) -> list:
    return [(m.start(), m.end()) for m in _RELATIVE_CLAUSE.finditer(text)]


def _shifted(adjunct, main):
    """The date of a meeting named in ", three days after X's summit": the main clause's day
    moved by the count; None without a count or a day."""
    if not adjunct.group("count") or not main or main[0].precision != "day":
        return None
    days = days_in(adjunct.group("count"), adjunct.group("unit"))
    if adjunct.group("dir").lower() not in ("before", "avant"):
        days = -days
    day = date.fromisoformat(main[0].value) + timedelta(days=days)
    return dataclasses.replace(main[0], value=day.isoformat(), end_value=None, anchored=True)
