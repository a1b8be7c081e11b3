"""Borrowed dates: the date of a meeting whose own sentence gives it none.

"meet in Hiroshima during the G7 summit" takes the summit's date; a sentence that goes on with
"également", "also", "then" or a pronoun subject takes the date of the last sentence that made
an event ("le même jour", "la veille", "the next day" shifted by a day); "his upcoming trip"
takes the month of publication; a meeting the story tells in the past with no date at all, and
that no dated mention names again, takes the month of publication too
(`date_from_narrative`, called by the merging).
"""

import dataclasses
import re
from datetime import date, timedelta
from functools import cache

from . import temporal
from .document import sentence_tense
from .model import Article, Sentence, SentenceContext
from .participants import _PRONOUN_SUBJECT
from .relative_dates import day_just_told
from .temporal.vocabulary import VOCABULARY, word_alternation
from .triggers import Trigger

_ALSO = re.compile(
    r"\b(?:également|aussi|ensuite|puis|also|then|as\s+well|too|afterwards|subsequently"
    r"|par\s+la\s+suite)\b"
    # "Thuong later held talks with Cardinal Parolin": later on the day just told; "weeks
    # later", "rescheduled later" say when themselves or look ahead
    r"|\b(?<!s\s)(?<!day\s)(?<!week\s)(?<!month\s)(?<!year\s)(?<!hour\s)later"
    r"(?=\s+(?:[a-z]+ed|held|met|spoke|saw|flew|went|had|sat|took|gave|told|came|drove|paid)\b)"
    r"|^Later,",
    re.IGNORECASE,
)
_UPCOMING = re.compile(
    r"\b(?:upcoming|forthcoming|imminent|à\s+venir|prochaine?\s+(?:visite|voyage|tournée"
    r"|sommet|rencontre))\b",
    re.IGNORECASE,
)
_SAME_DAY = re.compile(
    r"\b(?:le\s+même\s+jour|ce\s+jour-là|la\s+veille|le\s+lendemain|le\s+jour\s+suivant"
    r"|(?:on\s+)?the\s+same\s+day|that\s+same\s+day|the\s+(?:next|following|previous)\s+day"
    r"|the\s+day\s+(?:before|after))\b",
    re.IGNORECASE,
)


# ("later today", "later this afternoon" are the day of writing, whatever the story told last)
_LATER_THAT_DAY = re.compile(
    r"later\s+(?:in\s+the|that)\s+(?:day|morning|afternoon|evening)"
    r"|plus\s+tard\s+dans\s+(?:la\s+journée|l['’]après-midi|la\s+soirée|la\s+matinée)",
    re.IGNORECASE,
)


# A part of the day or a clock time with no date: the day the story is telling, that of the
# meeting it has just reported ("On Monday he met X. In the afternoon he saw Y"), else the day
# of writing ("La décision a été actée vers 10h00 lors d'un entretien téléphonique").
_PART_OF_DAY = re.compile(
    r"\b(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+(?:noon|midday)"
    r"|at\s+\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|local\s+time)"
    r"|(?:dans|en)\s+(?:la\s+matinée|la\s+soirée|l['’]après-midi|(?:fin|début)\s+de\s+"
    r"(?:matinée|soirée|journée|l['’]après-midi))|au\s+cours\s+de\s+la\s+journée"
    # "En soirée, M. Sarkozy a assisté à l'ouverture du Sommet", "Dès l'après-midi, X s'est
    # entretenu avec Y"
    r"|en\s+(?:soirée|matinée)|dès\s+(?:l['’]après-midi|le\s+matin|la\s+matinée|le\s+soir)"
    r"|(?:vers|à)\s+\d{1,2}\s*h(?:eures?)?(?:\s*\d{2})?\b)",
    re.IGNORECASE,
)
# "have just met", "vient de s'entretenir": the day of writing
_JUST_NOW = re.compile(r"\b(?:has|have)\s+just\b|\bvien(?:t|nent)\s+d['’e]", re.IGNORECASE)


def borrowed_date(
    article: Article,
    context: SentenceContext,
    trigger: Trigger,
    expression,
    new_date,
    previous_with_event,
):
    """(the trigger's date, whether it was carried over from another sentence)."""
    sentence = context.sentence
    inherited = False
    if expression is not None and _LATER_THAT_DAY.fullmatch(expression.text or ""):
        # "X will meet Y in Luanda on Monday. Z is due to join the talks later in the day":
        # the day of the meeting just reported, not the day of writing
        day = _day_of_previous_event(article, previous_with_event)
        if day is not None:
            expression = dataclasses.replace(expression, value=day, precision="day")
            inherited = True
    if expression is None and context.venues and trigger not in context.venues:
        expression = venue_date(article, sentence, context.venues, context.assignment)
    if expression is None and new_date is None and not sentence.heading and not context.expressions:
        inherited_value = inherit_date(article, sentence, trigger, previous_with_event)
        if inherited_value is None:
            inherited_value = upcoming_date(article, sentence, trigger)
        if inherited_value is not None:
            expression = inherited_value
            inherited = True
        else:
            expression, inherited = _day_told(article, sentence, previous_with_event)
    return expression, inherited


# "19h05 – Juste après la cérémonie, X s'est entretenu avec Y", "10:40 GMT - ...": an entry of
# a live page, told on the day of writing (an agenda's items have their day heading instead)
_LIVE_ENTRY = re.compile(
    r"\s*\d{1,2}\s*(?:h|:|\.)\s*\d{2}(?:\s*(?:GMT|UTC|[ap]\.?m\.?))?\s*[–—:-]\s", re.IGNORECASE
)


def _day_of_the_live_page(article: Article) -> str:
    """The day a live page follows: the day its opening lines tell ("n'ont pas réussi à
    trouver une issue, lundi 3 janvier", on a page put out after midnight), when it is the day
    of writing or one of the two before; else the day of writing."""
    return _opening_day(article.text[:600], article.language, article.published)


@cache
def _opening_day(opening: str, language: str, published: date) -> str:
    # cached: a live page has many entries, and its opening is read once for them all
    days = [
        e.value
        for e in temporal.find_time_expressions(opening, language=language, published=published)
        if e.precision == "day" and e.value
    ]
    earliest = (published - timedelta(days=2)).isoformat()
    return next(
        (day for day in days if earliest <= day <= published.isoformat()), published.isoformat()
    )


def _day_told(article: Article, sentence: Sentence, previous_with_event):
    """(the day a sentence with only a part of the day or "just" speaks of, carried over)."""
    if _LIVE_ENTRY.match(sentence.text) and sentence.agenda_day is None:
        return _on_day(_day_of_the_live_page(article)), False
    if _PART_OF_DAY.search(sentence.text):
        day = _day_of_previous_event(article, previous_with_event)
        if day is None:
            # "Ban Ki-moon yesterday urged the two leaders to ... Mr Ban met Mr Kibaki in the
            # morning": no meeting before, but the story has just told a day
            day = day_just_told(article, sentence)
        if day is None:
            return _on_day(article.published.isoformat()), False
        # "où il était en visite avant de se rendre en Jordanie dans l'après-midi", after a
        # summit planned next week: a past afternoon is not the day of a meeting ahead (nor,
        # as measured on dev, reliably the day of writing)
        tense = sentence_tense(article, sentence, 0)
        published = article.published.isoformat()
        if (tense == "past" and day > published) or (tense == "future" and day < published):
            return None, False
        return _on_day(day), True
    if _JUST_NOW.search(sentence.text):
        return _on_day(article.published.isoformat()), False
    return None, False


# "SEOUL - Group of 20 leaders' summit (to Nov 12)", "(jusqu'au 12)": the last day of an item
# whose first is the day it is listed under
_END_ONLY_BEFORE = re.compile(
    r"\(\s*(?:to|until|till|through|jusqu['’]\s*(?:au|à)|au)\s*$", re.IGNORECASE
)


def only_an_end(sentence: Sentence, expression) -> bool:
    """Whether the date found is only the end of an item listed under a day heading."""
    return (
        expression is not None
        and (sentence.agenda_day or sentence.day_heading) is not None
        and bool(_END_ONLY_BEFORE.search(sentence.text, 0, getattr(expression, "start", 0)))
    )


def agenda_date(sentence: Sentence):
    """An agenda item's day, or a diary paragraph's: the day heading it is listed under
    (document.agenda_items)."""
    return _carried(sentence.agenda_day or sentence.day_heading, "day", "agenda")


def _on_day(day: str):
    return _carried(day, "day")


def _carried(value: str, precision: str, text: str = ""):
    """A date this sentence does not write, taken from elsewhere. `text` says where from when
    a later stage reads it ("upcoming" is ahead for the status)."""
    return temporal.TimeExpression(
        start=0, end=0, text=text, value=value, precision=precision, end_value=None, anchored=True
    )


def _day_of_previous_event(article: Article, previous_with_event) -> str | None:
    for candidate in reversed(article.candidates):
        if candidate.sentence is previous_with_event and candidate.value is not None:
            return candidate.value if candidate.precision == "day" else None
    return None


def venue_date(article: Article, sentence, venues, assignment):
    """ "meet in Hiroshima during the G7 summit": the meeting is on the summit's date, given
    in this sentence or by an earlier mention of that summit."""
    for venue in venues:
        if assignment.get(venue) is not None:
            return assignment[venue]
        window = (sentence.start + venue.start - 40, sentence.start + venue.end + 40)
        orgs = {
            m.actor.name
            for m in article.matches
            if m.actor is not None
            and m.actor.type == "organization"
            and window[0] <= m.start < window[1]
        }
        for candidate in reversed(article.candidates):
            if (
                candidate.kind == "summit"
                and candidate.value is not None
                and orgs & candidate.names
            ):
                return _carried(candidate.value, candidate.precision, "venue")
    return None


def upcoming_date(article: Article, sentence, trigger):
    """ "his upcoming trip", "sa prochaine visite": within weeks of publication; the month
    of publication at month precision (never a day)."""
    window = sentence.text[max(0, trigger.start - 60) : trigger.end + 20]
    if not _UPCOMING.search(window):
        return None
    return _carried(article.published.strftime("%Y-%m"), "month", "upcoming")


def inherit_date(article: Article, sentence: Sentence, trigger: Trigger, previous_with_event):
    """A dateless sentence that goes on with "également/also/then" keeps the last date."""
    if previous_with_event is None:
        return None
    # "le même jour", "the next day", "la veille": the day of the meeting just reported
    same_day = _SAME_DAY.search(sentence.text)
    shift = 0
    if same_day:
        word = same_day.group(0).lower()
        shift = -1 if re.search(r"veille|before|previous", word) else 0
        shift = 1 if re.search(r"lendemain|next|following|suivant", word) else shift
    elif not _ALSO.search(sentence.text) and not _PRONOUN_SUBJECT[article.language].match(
        sentence.text
    ):
        return None
    tense = sentence_tense(article, sentence, trigger.start)
    published = article.published.isoformat()
    for candidate in reversed(article.candidates):
        if candidate.trigger.recalled:
            continue  # "... depuis celle de Mitterrand en 1983": a meeting recalled, not told
        if candidate.sentence is previous_with_event and candidate.value is not None:
            later = candidate.value > published[: len(candidate.value)]
            earlier = candidate.value < published[: len(candidate.value)]
            if (tense == "future" and earlier) or (tense == "past" and later):
                return None
            value = candidate.value
            if same_day and candidate.precision != "day":
                return None
            if shift:
                value = (date.fromisoformat(value) + timedelta(days=shift)).isoformat()
            return _carried(value, candidate.precision)
    return None


# a visitor there now: "is in Jordan", "are currently in Beijing", "est à Pékin", "se trouve à"
_THERE_NOW = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|currently\s+|already\s+)?in\s+(?-i:[A-Z])"
    r"|\b(?:est|sont|se\s+trouvent?)\s+(?:actuellement\s+|en\s+ce\s+moment\s+|déjà\s+)?"
    r"(?:à|au|aux|en)\s+(?-i:[A-ZÉ])",
    re.IGNORECASE,
)
# "a déjà rencontré", "had met several times": a past at no particular time, not the story's
_INDEFINITE_PAST = {
    language: re.compile(rf"\b(?:{word_alternation(words['indefinite_past'])})\b", re.IGNORECASE)
    for language, words in VOCABULARY.items()
}


def date_from_narrative(article: Article, candidate) -> bool:
    """Dates, in place, a meeting told with no date that no dated mention names again: "Prior to
    his arrival in the Chinese capital, Hill visited Seoul and Tokyo", "Les médiateurs sont
    sortis de leur entretien avec Ouattara". A careful reader places it in the time the story
    tells, the month of publication; at month precision, as the day is a guess. Whether it did
    so.

    Measured on the annotated sets (session 9): such meetings were a tenth of the gold; at the
    previous event's day instead of the month, fewer match (a wrong day matches nothing, the
    month matches a day within it). Not for a meeting ahead with no date ("will meet soon",
    "dans un avenir proche"): the corpus rules leave it out, and nor for a headline, nor for an
    article with no publication date (full dates only).
    """
    sentence = candidate.sentence
    if article.full_dates_only or sentence.heading:
        return False
    if _INDEFINITE_PAST[article.language].search(sentence.text):
        return False
    if sentence_tense(article, sentence, candidate.trigger.start) == "future":
        return False
    if candidate.kind == "visit" and _THERE_NOW.search(
        sentence.text, max(0, candidate.trigger.start - 20), candidate.trigger.end + 20
    ):
        # "Bilawal Bhutto Zardari is in Jordan to attend...", "Macron est à Pékin pour une
        # visite d'Etat": a trip told as under way is on the day of writing
        candidate.value = article.published.isoformat()
        candidate.precision = "day"
        candidate.anchored = True
        candidate.vague = True
        return True
    candidate.value = article.published.strftime("%Y-%m")
    candidate.precision = "month"
    candidate.anchored = True
    candidate.vague = True
    return True


def date_from_its_sentence(article: Article, candidate) -> bool:
    """Dates, in place, a meeting told with no date that no dated mention names again, by the
    one date its sentence gives, when the parse hung that date on another word ("la rencontre
    que son président devait avoir lundi soir avec M. Horn", "an hour's conversation between
    Mrs Thatcher and Deng" in a sentence dated "Yesterday"). Whether it did so. A sentence
    with several dates is left to the narrative: which is the meeting's is then a guess.

    Measured on every set (session 20): of the meetings still undated, those whose sentence
    gives one date are dated by it far more often than by the month of publication."""
    if candidate.sentence_date is None or candidate.sentence.heading:
        return False
    expression, status = candidate.sentence_date
    if article.full_dates_only and expression.anchored:
        return False
    tense = sentence_tense(article, candidate.sentence, candidate.trigger.start)
    if (tense, status) in (("past", "scheduled"), ("future", "held")):
        # "sous le regard du général Abubakar, Vieira et Mané ont signé", in a sentence whose
        # one date lies ahead: a date against the tense of the meeting's own verb is another's
        # (a present tense says nothing: "les pourparlers, qui reprennent en janvier")
        return False
    candidate.value = expression.value
    candidate.precision = expression.precision
    candidate.end_value = expression.end_value
    candidate.anchored = expression.anchored
    candidate.explicit_date = not expression.anchored
    candidate.status = status
    return True
