"""Regular expressions that more than one stage reads (each stage keeps its own)."""

import re

from .first_letters import (
    alternation_by_first_letter,
    at_its_first_letters,
    top_level_alternatives,
)

# called off or postponed
_CANCEL_WORDS = (
    r"\bannul\w*|\breport(?:é|ée|és|ées|er|e|era|erait)\b|\brepouss\w+|\bcancel+(?:ed|s|led|"
    r"ing|ation)?\b|\bcalled\s+off\b|\bpostpon\w+|\bpulled\s+out\b|\bscrapped\b|\bcall\s+off\b"
    r"|\bne\s+(?:pourra|viendra|se\s+tiendra|aura|se\s+rendra|ira)\s+(?:finalement\s+)?pas\b"
    r"|\bn['’]ira\s+(?:finalement\s+)?pas\b|\baxed\b"
    r"|\b(?:will|would)\s+no\s+longer\s+(?:travel|go|visit|attend|meet|take\s+place|be\s+held)\b"
    # "put back to next week"; not "put back on the agenda"
    r"|\b(?:pushed|put)\s+back\b(?!\s+(?:on|in)\s+(?:the\s+)?(?:agenda|table|track))"
    r"|\bput\s+off\b|\brescheduled\b|\bdécal[ée]e?s?\b|\breprogramm[ée]e?s?\b"
    r"|\bdelayed\s+(?:to|until|till|by)\b|\bput\s+on\s+hold\b|\bshelved\b"
    r"|\bretardée?s?\s+(?:de|d['’])"
    # brought forward: the first date is dropped as surely as when put off
    r"|\bavanc[ée]e?s?\s+(?:au|à|a)\b|\bbrought\s+forward\b|\bmoved\s+up\b"
    r"|\bmise?s?\s+en\s+suspens\b|\bgelée?s?\b"
    # "which had been set for Aug. 28, will now take place on Oct. 2": a new date
    r"|\bwill\s+now\s+(?:take\s+place|be\s+held|open|begin|start)\b"
    r"|\b(?:se\s+tiendra|aura\s+lieu|s['’]ouvrira|débutera)\s+finalement\b"
    # "the talks were supposed to begin on March 10": a past plan that did not hold
    r"|\b(?:was|were)\s+supposed\s+to\b|\bétai(?:en)?t\s+censée?s?\b"
    # "X had been due to receive Y on Tuesday", "was to have met", "aurait dû", "qui avait été
    # prévue lundi": a plan told in the pluperfect or the past conditional did not hold (in the
    # read sets, the meeting it governs is called off every time); not "had been planned for
    # months", said of a meeting that then took place
    r"|(?<!as\s)\bhad\s+been\s+(?:\w+ly\s+)?(?:due|expected|scheduled|set(?!\s+up)|slated"
    r"|planned|pencil+ed\s+in|meant(?!\s+as))\b"
    r"(?!\s+for\s+(?:months|weeks|years|a\s+long\s+time|some\s+time)\b)"
    r"|\b(?:was|were)\s+to\s+have\s+(?:met|held|gone|begun|flown|seen|taken|\w+ed)\b"
    r"|\baurai(?:en)?t\s+dû\b"
    r"|\bavai(?:en)?t\s+été\s+(?:prévue?s?|programmée?s?|fixée?s?)\b(?!\s+depuis\b)"
    # "originally scheduled for the end of March", "initialement prévus jeudi": the first
    # date of a meeting since moved or dropped
    r"|\b(?:originally|initially)\s+(?:scheduled|planned|set|due|slated|expected)\b"
    r"|\b(?:initialement|à\s+l['’]origine|primitivement)\s+(?:prévu|programmé|fixé|annoncé)"
    r"e?s?\b|\b(?:prévu|programmé|fixé)e?s?\s+initialement\b"
    r"|\bdevai(?:t|ent)\s+(?:initialement|à\s+l['’]origine|primitivement)\b"
    # "Initialement, la rencontre devait se tenir à Montauban": the first plan, since dropped
    r"|\b(?:initialement|à\s+l['’]origine)\b[^.;]{0,50}\bdevai(?:t|ent)\b"
    r"|\b(?:originally|initially)\b[^.;]{0,50}\b(?:was|were)\s+(?:to|due|meant)\b"
    r"|\b(?:was|were|had\s+been)\s+(?:originally|initially)\s+(?:to|due|meant)\b"
    r"|\babandonné(?:e|s|es)?\b|\bn['’](?:aura|auront)\s+(?:[\w'’-]+\s+){0,2}?pas\s+lieu\b"
    # "the trip was abandoned", "scrapping a plan to host", "a dû y renoncer", "a renoncé à
    # l'escale": a plan given up
    r"|\babandon(?:ed|s|ing)\b|\bscrap(?:s|ping)\b|\brenon(?:cé|cer|ce|cent|çait|çaient)\b"
    # "Le sixième, prévu dimanche, n'a jamais eu lieu", "the round never took place"
    # with words between ("n'a en revanche pas eu lieu", "n'a finalement jamais eu lieu")
    r"|\bn['’](?:a|ont|avait|avaient)\s+(?:[\w'’-]+\s+){0,2}?(?:jamais|pas)\s+eu\s+lieu\b"
    r"|\bnever\s+took\s+place\b|\b(?:did\s+not|didn['’]t|never)\s+take\s+place\b"
    # "n'a pas pu avoir lieu", "could not take place", "was dropped": it did not happen
    r"|\bn['’](?:a|ont|avait|avaient)\s+(?:finalement\s+)?pas\s+pu\s+(?:avoir\s+lieu|se\s+tenir)\b"
    r"|\b(?:could\s+not|couldn['’]t)\s+(?:take\s+place|be\s+held|go\s+ahead)\b"
    # "ne pouvait se tenir dans ces conditions", "ne se tiendra pas", "will not go ahead"
    r"|\bne\s+(?:pouvai(?:t|ent)|pourr(?:a|ont|ait|aient)|peu(?:t|vent))\s+(?:pas\s+)?"
    r"(?:se\s+tenir|avoir\s+lieu)\b|\bne\s+se\s+tiendr(?:a|ont)\s+(?:\w+\s+)?pas\b"
    r"|\b(?:will|would)\s+not\s+(?:take\s+place|go\s+ahead)\b|\bwon['’]t\s+(?:take\s+place"
    r"|go\s+ahead)\b"
    r"|\b(?:was|were|been)\s+dropped\b"
    # "décommandé", "ajournée (sine die)", "adjourned indefinitely": put off with no new day;
    # not a sitting that adjourned at its end ("the meeting adjourned at 5pm")
    r"|\bdécommand(?:é|ée|és|ées|er)\b|\bajourn(?:é|ée|és|ées|er|era|ement)\b"
    r"|\badjourned\s+(?:indefinitely|sine\s+die|until\s+further\s+notice)\b"
    # "renvoyée à une date ultérieure", "remise à plus tard", "différée", "deferred",
    # "aborted", "scrubbed", "tombé à l'eau"
    r"|\b(?:renvoyée?s?|remise?s?)\s+(?:à\s+une\s+date\s+ultérieure|à\s+plus\s+tard|sine\s+die)\b"
    r"|\brenvoyée?s?\s+(?=au\s+\d|à\s+(?:la\s+semaine|l['’]année|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche)\b|en\s+(?:janvier|février|mars|avril|mai|juin|juillet|août"
    r"|septembre|octobre|novembre|décembre)\b)"
    r"|\bdifférée?s?\b|\bdeferred\b|\baborted\b|\bscrubbed\b|\btombée?s?\s+à\s+l['’]eau\b"
    # "Iran suspended a fifth round of talks that was scheduled for next week", "a suspendu sa
    # participation aux pourparlers": the meeting named next will not be held; not "suspended
    # from the bloc", nor "suspended aid"
    r"|\bsuspend(?:ed|s|ing)?\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:round|talks|meeting|visit|trip|summit|negotiations|session)s?\b"
    r"|\bsuspendu(?:e|s|es)?\s+(?:(?:les|la|le|sa|son|ses|leur|leurs|une|un)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:pourparlers|négociations|discussions|réunion|rencontre|visite"
    r"|sommet|session|cycle)\b"
    # "la junte a refusé d'accueillir une mission": the meeting will not happen (in English,
    # "refused to receive" is a negated meeting word: no candidate at all)
    r"|\brefus\w*\s+(?:d['’]accueillir|de\s+recevoir|de\s+rencontrer)\b"
    # "was moved to Saturday afternoon": a new day, so the first one is dropped
    r"|\bmoved\s+(?:to|until)\s+(?:(?:the\s+)?(?:next|following)\s+)?(?-i:[A-Z])[a-z]+day\b"
)
# Every alternative starts a word: saying so once, up front, lets the scan skip the inside of
# words without trying each one there (three times faster); grouped by first letter
# (first_letters.py), a word tries only the alternatives that can start with its letter.
CANCEL = at_its_first_letters(
    re.compile(
        r"(?<!\w)(?=\w)" + alternation_by_first_letter(top_level_alternatives(_CANCEL_WORDS)),
        re.IGNORECASE,
    )
)
# "have not been cancelled", "who rarely postpones or cancels trips", "n'a pas été annulée",
# "qui ne reporte jamais un voyage": a cancellation word denied or said of a habit calls
# nothing off
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:not|never|rarely|seldom|cannot|no\s+plans?\s+to)|n['’]t)\s+"
    r"(?:(?:be|been|being|yet|have|has|had|get|got|to|formally|officially|\w+\s+or)\s+){0,3}$"
    r"|\bn(?:e\s+|['’])(?:[\w'’-]+\s+){0,3}?(?:pas|jamais|plus|guère|point)\s+"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_DENIED_AROUND = re.compile(r"\bn(?:e\s+|['’])(?:l['’]|les?\s+|la\s+)?$", re.IGNORECASE)
_DENIED_AFTER = re.compile(r"\s+(?:pas|jamais|plus|guère|point)\b", re.IGNORECASE)


def cancellations(text: str) -> list:
    """The cancellation words of `text` that call something off (CANCEL, less those denied)."""
    return [
        cue
        for cue in CANCEL.finditer(text)
        if not _DENIED_BEFORE.search(text, max(0, cue.start() - 60), cue.start())
        and not (
            _DENIED_AROUND.search(text, max(0, cue.start() - 12), cue.start())
            and _DENIED_AFTER.match(text, cue.end())
        )
    ]


# "pour participer au sommet", "to attend the summit": a trip made for a meeting
ATTENDS = re.compile(
    r"^[^.;]{0,80}?\b(?:pour\s+(?:participer|assister)\s+(?:au|à\s+la|aux)|to\s+attend"
    r"|pour\s+(?:le|la|les)|for\s+the)"
    r"\s+(?:\w+\s+){0,3}?(?:sommet|summit|conférence|conference|réunion|meeting)",
    re.IGNORECASE,
)
# Numbers written as words, both languages: "three days after", "au terme de cinq jours"
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "two": 2, "deux": 2, "three": 3, "trois": 3,
    "four": 4, "quatre": 4, "five": 5, "cinq": 5, "six": 6, "seven": 7, "sept": 7, "eight": 8,
    "huit": 8, "nine": 9, "neuf": 9, "ten": 10, "dix": 10, "vingt-quatre": 24,
    "quarante-huit": 48,
}  # fmt: skip


def days_in(count: str, unit: str) -> int:
    """A count of days, weeks or hours in days: "two weeks" 14, "vingt-quatre heures" 1, "trois
    jours" 3 (0 when the count is no number)."""
    count, unit = count.lower(), unit.lower()
    number = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 0)
    if unit.startswith(("hour", "heure")):
        return number // 24
    return number * 7 if unit.startswith(("w", "s")) else number


# "les deux pays", "a three-day summit"
COUNT_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
}
# "les négociations de Pretoria": the place a meeting noun is held in
OF_VENUE = re.compile(r"\s+(?:de|d['’]|of)\s*")

# Verbs that move a meeting to another date; the date they are followed by is the new one
# ("delayed until Monday", "reportée au 3 mai", "put off to Saturday").
POSTPONED = (
    r"report\w*|repouss\w*|décal\w*|postpon\w*|(?:pushed|put)\s+back|put\s+off|delayed|moved"
    r"|rescheduled|deferred|reprogramm\w*|suspendue?s?|avanc[ée]e?s?|brought\s+forward"
    r"|renvoyée?s?|différée?s?|ajourn(?:é|ée|és|ées)"
    r"|moved\s+up"
)

# the words that number a meeting in a series ("a third round", "the ninth round", "le
# prochain cycle", "une nouvelle session"): a sitting of its own, not a day of another
SERIES_WORDS = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th|e|er|ème)"
    r"|new|next|latest|premier|première|deuxième|second|seconde|troisième|quatrième|cinquième"
    r"|sixième|septième|huitième|neuvième|dixième|nouveau|nouvelle|prochaine?"
)

# "have agreed to meet", "sont convenus de se revoir", "se sont mis d'accord pour": what is
# agreed lies ahead of the agreement (dates.py reads a date after it as ahead, status.py a
# meeting named right after it as scheduled)
_AGREEING = {
    "en": r"\b(?:agreed|decided|promised|pledged|vowed|undertook)",
    "fr": r"\b(?:(?:sont|se\s+sont|ont|avaient|étaient)\s+)?(?:convenue?s?|décidée?s?|décidé|promis"
    r"|engagée?s?|mise?s?\s+d['’]accord)",
}
_TO_WHAT_IS_AGREED = {"en": r"\s+to\b", "fr": r"\s+(?:de\s+|d['’]|pour\s+)"}
_AGREEMENT_DAY = {
    "en": r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday"
    r"|today|last\s+week|this\s+week))?",
    "fr": r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui))?",
}
AGREED_TO = {
    language: _AGREEING[language] + _TO_WHAT_IS_AGREED[language] for language in ("en", "fr")
}
# ... with the day of the agreement between ("agreed Tuesday to resume talks in October",
# "sont convenus mardi de reprendre les négociations en octobre"): what follows is still ahead
# (dates.py), but the meeting may be the one the agreement was made at (status.py keeps to
# AGREED_TO)
AGREED_ON_A_DAY_TO = {
    language: _AGREEING[language] + _AGREEMENT_DAY[language] + _TO_WHAT_IS_AGREED[language]
    for language in ("en", "fr")
}
