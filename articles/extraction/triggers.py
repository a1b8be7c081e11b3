"""Meeting triggers per kind and language, and the words that turn a meeting into a non-meeting.

A trigger is a word or phrase that names a diplomatic encounter ("sommet", "s'entretenir",
"spoke by phone", "talks"). Each pattern carries the kind it denotes, whether it is a verb whose
subject meets its object(s) one by one ("X met Y and Z" = two bilateral meetings), and whether
the kind is only a default (French "entretien" is a call or a meeting depending on context).
"""

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

KINDS = ("call", "meeting", "talks", "summit", "visit", "conference")


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    text: str
    kind: str
    verb: bool  # the subject meets each object: "il rencontrera X et Y"
    ambiguous: bool = False  # kind decided by context (call or meeting)
    count: int = 1  # "deux conversations téléphoniques" -> 2
    last_met: bool = False  # "have not met since June 21": a past meeting, on that date


def _rx(pattern: str, flags=re.IGNORECASE) -> re.Pattern:
    return re.compile(pattern, flags)


# an adverb between the auxiliary and the participle: "s'était pourtant entretenu"
_ADVERB = (
    r"(?:(?:[\w-]+ment|pourtant|déjà|aussi|également|ensuite|alors|encore|enfin|toutefois"
    r"|cependant|notamment|lui-même|elle-même|eux-mêmes|de\s+nouveau|à\s+nouveau|en\s+outre"
    r"|par\s+ailleurs)\s+)?"
)

# (kind, pattern, verb, ambiguous); the first pattern to cover a span wins, so longer and more
# specific phrases come first.
_FRENCH = [
    (
        "call",
        r"\b(?:entretiens?|conversations?|appels?|échanges?|echanges?)\s+t[ée]l[ée]phoniques?"
        r"\b",
        False,
        False,
    ),
    ("call", r"\b(?:visio-?conf[ée]rences?|visioconf[ée]rences?)\b", False, False),
    (
        "call",
        r"\bs'(?:est|sont|était|étaient|etait|etaient)\s+entretenu(?:e|s|es)?\s+"
        r"(?:\w+\s+){0,3}?(?:par|au)\s+t[ée]l[ée]phone\b",
        True,
        False,
    ),
    (
        "call",
        r"\b(?:parl[ée]\w*|discut[ée]\w*|échang[ée]\w*|entretenus?)\s+(?:\w+\s+){0,3}?"
        r"(?:au|par)\s+t[ée]l[ée]phone\b",
        True,
        False,
    ),
    (
        "call",
        r"\b(?:a|ont|avait|avaient|aurait|auraient)\s+(?:\w+\s+)?t[ée]l[ée]phon[ée]\b"
        r"|\bt[ée]l[ée]phoner(?:a|ait|aient|ont)?\b",
        True,
        False,
    ),
    (
        "call",
        r"\b(?:a|ont|avait|avaient|aurait|auraient|va|vont|doit|devrait)\s+(?:\w+\s+)?"
        r"appel(?:é|er)\b(?!\s+(?:à|au|aux|les?\s+\w+\s+à)\b)|\bappellera\b|\bappelait\b",
        True,
        False,
    ),
    (
        "call",
        r"\b(?:l'|un |cet |l’|leur |le premier |deuxième |second |nouvel |dernier )appel\b"
        r"(?!\s+(?:à|au|aux|des|du|de|d'|d’|lancé)\b)",
        False,
        False,
    ),
    (
        "meeting",
        r"\bs['’](?:entretenir|entretiendr\w+|entretien(?:t|nent)|(?:est|étaient|était)\s+"
        rf"{_ADVERB}entretenu\w*)\b|\bse\s+sont\s+{_ADVERB}entretenus\b"
        r"|\bs['’]être\s+entretenu\w*\b",
        True,
        True,
    ),
    (
        "meeting",
        r"\bentretiens?\b(?!\s+(?:accordé|publié|donné|au journal|à la (?:radio|télé)))",
        False,
        True,
    ),
    ("meeting", r"\bt[êe]te-[àa]-t[êe]te\b|\bface-[àa]-face\b", False, False),
    (
        "meeting",
        r"\brencontr(?:e|es|er|é|ée|és|ées|ait|aient|era|erait|eraient|eront|ons|ent"
        r"|ant|eras|erai)\b",
        True,
        False,
    ),
    (
        "meeting",
        r"\bse\s+(?:sont|seront|étaient|etaient)\s+(?:\w+\s+)?(?:retrouvés|réunis|revus)\b"
        r"|\bse\s+retrouver(?:ont|aient|a)?\b|\bse\s+réuni(?:r|ra|ront|rait|raient|ssent)\b"
        r"|\bs['’](?:est|était)\s+réunie?s?\b|\bse\s+re(?:voir|verront|verraient|verra)\b"
        r"|\bc[ée]r[ée]monie\s+de\s+signature\b",
        False,
        False,
    ),
    ("meeting", r"\br[ée]unions?\b(?!\s+(?:de famille|publique))", False, False),
    ("meeting", r"\brendez-vous\b", False, False),
    (
        "meeting",
        r"\bre[çc]u(?:e|s|es)?\b(?=(?:\s+\S+){0,3}?\s+par\b)|\b(?:recevra|recevrait|recevront|reçoit"
        r"|recevoir|recevait|a\s+reçu|avait\s+reçu|ont\s+reçu)\b(?=\s+(?:\w+\s+)?(?:le |la |les "
        r"|son |sa |ses |l'|l’)?(?:[A-ZÉ]|pr[ée]sident|premier|ministre|roi|reine|chef|chancel"
        r"|secr[ée]taire|homologue|[ée]mir|prince|dirigeant|d[ée]l[ée]gation))",
        True,
        False,
    ),
    (
        "talks",
        r"\bpourparlers\b|\bn[ée]gociations\b|\bcycle\s+de\s+n[ée]gociations\b"
        r"|\bdiscussions\b|\bround\b|\b(?:première|deuxième|troisième|quatrième|cinquième"
        r"|sixième|septième|nouvelle|prochaine|précédente|dernière)\s+session\b"
        r"|\bsession\s+de\s+(?:pourparlers|négociations|discussions)\b",
        False,
        False,
    ),
    ("summit", r"\bsommets?\b", False, False),
    (
        "visit",
        r"\bse\s+rend(?:re|ra|rait|raient|ront|ait|aient)?\b(?!\s+(?:compte|à\s+l['’]évidence))"
        r"(?=\s+(?:[\w'’-]+\s+){0,4}?(?:à|au|aux|en|chez|dans)\b)|\bs['’](?:est|était|etait)\s+rendu(?:e|s|es)?\b"
        r"|\bse\s+sont\s+rendu(?:e|s|es)?\b|\bvisiter(?:a|ait|aient|ont)?\b|\bvisité\b"
        r"|\b(?:est|sont|sera|seront|était|étaient)\s+attendue?s?\b(?=\s+(?:\w+\s+){0,4}?"
        r"(?:à|au|aux|en)\s)|\b(?:est|sont|était)\s+arrivée?s?\b(?=\s+(?:\w+\s+){0,3}?"
        r"(?:à|au|aux|en)\s)|\barriver(?:a|ont|ait)\b(?=\s+(?:\w+\s+){0,2}(?:à|au|aux|en)\s)",
        True,
        False,
    ),
    (
        "visit",
        r"\bvisites?\b|\bd[ée]placements?\b|\bvoyages?\b(?=\s+(?:officiel|d['’][ée]tat|à|au"
        r"|en))|\btourn[ée]e\b",
        False,
        False,
    ),
    (
        "conference",
        r"\bconf[ée]rences?\b(?!\s+(?:de\s+presse|téléphonique\s+de\s+presse))"
        r"|\bConseil\s+(?:de\s+sécurité|exécutif|européen|de\s+l['’]Atlantique"
        r"\s+nord|Otan-Russie|OTAN-Russie)\b",
        False,
        False,
    ),
]

_ENGLISH = [
    ("call", r"\b(?:phone|telephone|video)\s+(?:calls?|conversations?|talks)\b", False, False),
    (
        "call",
        r"\b(?:spoke|speaks|speak|talked|talks|talk|speaking|talking)\b(?=[^.;]{0,80}?\b"
        r"(?:by|on\s+the|over\s+the|via)\s+(?:tele)?phone\b)",
        True,
        False,
    ),
    ("call", r"\bvideo-?conferences?\b|\bvideo\s+link\b", False, False),
    (
        "call",
        r"\b(?:a|the|two|three|several|had|held|in\s+a|first|second|latest|previous)\s+"
        r"calls?\b(?!\s+(?:for|on|to)\b)",
        False,
        False,
    ),
    ("call", r"\bcalls?\s+(?=with\b|between\b)", False, False),
    (
        "call",
        r"\b(?:called|phoned|rang)\b(?!\s+(?:for|on|off|it|out|up|upon|in|back)\b)"
        r"(?=\s+(?:[A-Z]|his\b|her\b|their\b|the\s+(?:[A-Z]|president|prime|king|chancellor)))",
        True,
        False,
    ),
    (
        "meeting",
        r"\b(?:met|meet|meets|meeting|meetings|convene|convenes|convened)\b(?!\s+(?:the\s+)?"
        r"(?:demands?|targets?|expectations|criteria|requirements|needs)\b)"
        r"|\bsigning\s+ceremony\b",
        True,
        False,
    ),
    ("meeting", r"\bface-to-face\b|\btête-à-tête\b|\bsit-down\b|\bsat\s+down\b", False, False),
    (
        "meeting",
        r"\b(?:hosted|hosts|host|hosting|received|receives|receive|welcomed|welcomes"
        r"|welcome)\b(?=\s+(?:[A-Z]|his\b|her\b|the\s+(?:[A-Z]|visiting|president|prime|king)))",
        True,
        False,
    ),
    (
        "talks",
        r"\btalks\b|\bnegotiations\b|\bdiscussions\b|\bround\s+of\s+(?!(?:voting|vote|elections?"
        r"|sanctions|strikes|fighting|tariffs|shelling|applause|golf)\b)\w+\b"
        # "a previous round in Rome", "the next round": a round of the talks in the story
        r"|(?=round\b)(?:(?<=previous\s)|(?<=new\s)|(?<=next\s)|(?<=fresh\s)|(?<=latest\s)"
        r"|(?<=another\s)|(?<=earlier\s))round\b"
        r"(?!\s+(?:of\s+)?(?:voting|vote|elections?|sanctions|strikes|fighting|tariffs|shelling"
        r"|play|matches|games))",
        False,
        False,
    ),
    ("summit", r"\bsummits?\b", False, False),
    (
        "visit",
        r"\b(?:will|would|to|did|may|might|could|should|shall)\s+visit\b|\bvisit(?:s|ed)\b"
        r"|\b(?:head|heads|heading|headed|travel|travels|traveling|travelling|traveled"
        r"|travelled|fly|flies|flew|flying|go|goes|going|went)\s+(?:on\s+)?(?=to\b)"
        r"|\b(?:arrive|arrives|arrived|arriving)\s+(?=in\b)",
        True,
        False,
    ),
    (
        "visit",
        r"\bvisits?\b|\bvisiting\b|\btrips?\b|\btour\s+of\b|\bregional\s+tour\b",
        False,
        False,
    ),
    (
        "conference",
        r"\bconferences?\b|\bSecurity\s+Council\b|\bministerial\b"
        # "their annual retreat"
        r"|\b(?:annual|ministerial|leaders['’]?)\s+retreat\b",
        False,
        False,
    ),
    (
        # "ASEAN foreign ministers will gather in Jakarta": a body meeting, or the kind its
        # purpose names ("gather in Washington for a summit")
        "meeting",
        r"\b(?:will|to|would|are|were|have|had|has)\s+(?:\w+\s+)?gather(?:ed|ing)?\b"
        r"(?=\s+(?:\w+\s+)?(?:in|at|for|on)\s)|\bgathered\b(?=\s+(?:\w+\s+)?(?:in|at|for|on)\s)",
        True,
        False,
    ),
    # "the previous gathering took place in Tokyo": a definite gathering is a meeting the story
    # already named (a crowd's gathering has no sides and no antecedent)
    (
        "meeting",
        r"\bgatherings?\b",
        False,
        False,
    ),
]


@cache
def _frame_data() -> dict:
    return json.loads((Path(__file__).parent / "data" / "frames.json").read_text("utf-8"))


def _frames(language: str) -> list:
    """The frames of data/frames.json for `language`, as (kind, pattern, verb, ambiguous)."""
    return [
        (frame["kind"], "|".join(rf"\b{form}" for form in frame["forms"]), frame["verb"], False)
        for frame in _frame_data()[language]
    ]


def _frame_stems(language: str) -> str:
    return "|".join(re.escape(stem) for frame in _frame_data()[language] for stem in frame["stems"])


def _combine(patterns):
    """One regex for all the patterns of a language, scanned once; at a given position the
    earlier (more specific) pattern wins. Group `t<i>` tells which pattern matched."""
    alternation = "|".join(
        f"(?P<t{i}>{pattern})" for i, (_k, pattern, _v, _a) in enumerate(patterns)
    )
    table = {f"t{i}": (kind, verb, amb) for i, (kind, _p, verb, amb) in enumerate(patterns)}
    # every pattern starts at the start of a word: saying so once lets the scan skip the inside
    # of words without trying each alternative there
    return _rx(rf"(?<!\w)(?=[^\W\d_])(?:{alternation})"), table


_COMPILED = {
    "fr": _combine(_FRENCH + _frames("fr")),
    "en": _combine(_ENGLISH + _frames("en")),
}

# Phrases that contain a trigger word but report no encounter.
_NOT_MEETINGS = {
    "fr": _rx(
        r"conf[ée]rences?\s+de\s+presse|point\s+de\s+presse|entretiens?\s+(?:accordé|"
        r"donné)s?\s+(?:à|au)|dans\s+un\s+entretien\s+(?:à|au|avec\s+(?:le|la|l')\s*"
        r"[A-Z])|visite\s+(?:médicale|guidée)|réunion\s+de\s+crise\s+interne"
        # visits as a practice, not an event
        r"|visites\s+(?:régulières|réciproques|mutuelles|fréquentes)|échanges?\s+de\s+visites"
        # a council's resolution, members or seat: no sitting of it
        r"|(?:résolutions?|membres?|siège|sanctions|vote|réforme)\s+(?:\w+\s+)?(?:du|au)\s+"
        r"Conseil\s+de\s+sécurité"
    ),
    "en": _rx(
        r"(?:press|news)\s+conferences?|(?:press|news)\s+briefing|in\s+an\s+interview"
        r"|(?:debt[- ]ceiling|budget|wage|contract|labou?r|trade\s+union)\s+"
        r"(?:talks|negotiations)|called\s+for|so-called|meet\s+the\s+press"
        r"|(?:regular|reciprocal|mutual|frequent|shuttle)\s+visits|exchanges?\s+of\s+visits"
        r"|Security\s+Council\s+(?:resolutions?|members?|seats?|sanctions|vote|reform|veto)"
        r"|(?:resolutions?|members?|seats?)\s+(?:\w+\s+)?(?:of|on)\s+the\s+(?:U\.?N\.?\s+)?Security"
        r"\s+Council"
    ),
}

# every phrase above starts a word: saying so once lets the scan skip the inside of words
_NOT_MEETINGS_AT_WORDS = {
    language: _rx(rf"(?<!\w)(?=[^\W\d_])(?:{regex.pattern})")
    for language, regex in _NOT_MEETINGS.items()
}

_NUMBERS = {
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "two": 2,
    "three": 3,
    "four": 4,
}
_COUNT_BEFORE = _rx(r"\b(deux|trois|quatre|two|three|four)\s+(?:\w+\s+)?$")


# Word stems that every trigger contains: most sentences have none and are skipped at once.
_STEMS = {
    "fr": _rx(
        r"\b(?:s['’]|l['’]|d['’])?(?:entret|conversation|appel|échange|echange|t[ée]l[ée]phon|visio"
        r"|rencontr|t[êe]te-|face-|retrouv|réuni|reuni|rendez|re[çc]|recev|pourparler"
        r"|n[ée]gociation|discussion|round|sommet|rend|visit|d[ée]placement|voyage|tourn"
        r"|conf[ée]rence|conseil|parl|attendu|arriv|revoir|rever|c[ée]r[ée]monie|session"
        rf"|{_frame_stems('fr')})"
    ),
    "en": _rx(
        r"\b(?:call|conversation|talk|spoke|speak|phone|telephone|video|met\b|meet|face-to|sit|sat\b"
        r"|host|receiv|welcom|negotiat|discussion|round|summit|visit|trip|tour\b|head|travel|gather"
        r"|retreat"
        r"|fl[yie]|go\b|goes|going|went|conference|council|ministerial|rang\b|arriv|conven|signing"
        rf"|{_frame_stems('en')})"
    ),
}


# "did not meet", "have not spoken", "no summit is planned", "sans rencontre", "n'a pas
# rencontré", "aucune réunion": a meeting the sentence says did not or will not happen
_NEGATED_BEFORE = {
    "fr": _rx(
        r"(?:\b(?:sans|aucune?|ni)\s+(?:\w+\s+)?|\bpas\s+(?:encore\s+|de\s+|d['’]|une?\s+|"
        r"le\s+moindre\s+|la\s+moindre\s+)?|\bjamais\s+(?:de\s+|d['’])?)$"
    ),
    "en": _rx(
        r"\b(?:no|not|never|without|nor|neither|didn['’]t|don['’]t|doesn['’]t|hasn['’]t|haven['’]t"
        r"|won['’]t|wouldn['’]t|refused\s+to|declined\s+to)\s+(?:(?:yet|directly|even|a|any"
        r"|been|be|have|to|the)\s+){0,2}$"
    ),
}


# "l'équipe du Maroc a rencontré le Sénégal en match amical", "India to tour Pakistan for a
# cricket series": a sports fixture, not a diplomatic meeting or visit
_SPORT = _rx(
    r"\b(?:match\s+amical|friendly\s+(?:match|game)|équipes?\s+nationales?|national\s+(?:team|side)"
    r"|cricket|football|soccer|rugby|tournoi|tournament|championnat|championship"
    r"|coupe\s+du\s+monde|world\s+cup|ligue\s+des\s+champions|olympi(?:c|que)s?)\b"
)
_SPORT_TRIGGER = _rx(r"rencontr|met\b|meet|visit|tour|tourn|se\s+rend|s['’]est\s+rendu|travel")


_DETERMINER_BEFORE = {
    "fr": _rx(
        r"(?:\b(?:une?|la|les|cette|ces|leur|leurs|sa|ses|son|des|du|aux?)|\b[ldLD]['’])"
        r"\s*(?:(?:nouvelle|première|premier|dernière|prochaine|seconde|deuxième|troisième"
        r"|brève|longue|courte|éventuelle|future|précédente|prochain)\s+)?$"
    ),
    "en": _rx(
        r"\b(?:a|an|the|this|that|these|those|their|his|her|its|our|another|any)\s+"
        r"(?:(?:first|second|third|next|last|previous|new|brief|rare|planned|possible|proposed"
        r"|scheduled|bilateral|separate|private|closed-door)\s+)?$"
    ),
}
_SINCE_AFTER = _rx(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:since|depuis)\s+(?:le\s+|the\s+)?(?:\d|[^\W\d]+\.?\s+\d)"
)
_DEFINITE_GATHERING = _rx(r"\b(?:the|previous|last|next|first|same)\s+$")
_MEANS_BEFORE = _rx(r"\b(?:par|en|via|by|over|through)\s+(?:an?\s+|une?\s+)?$")
_MEANS = _rx(r"visio|video")


def find_triggers(sentence: str, language: str) -> list[Trigger]:
    """Triggers in `sentence`, non-overlapping, in text order; offsets into `sentence`."""
    first_stem = _STEMS[language].search(sentence)
    if first_stem is None:
        return []
    excluded = [(m.start(), m.end()) for m in _NOT_MEETINGS_AT_WORDS[language].finditer(sentence)]
    sport = None
    regex, table = _COMPILED[language]
    found = []
    # a trigger starts at most a few words before its stem ("ont longuement téléphoné")
    for match in regex.finditer(sentence, max(0, first_stem.start() - 45)):
        start, end = match.start(), match.end()
        if end <= start:
            continue
        if any(start < e and s < end for s, e in excluded):
            continue
        last_met = False
        if _NEGATED_BEFORE[language].search(sentence, max(0, start - 40), start):
            if not _SINCE_AFTER.match(sentence, end):
                continue
            last_met = True  # "have not met since June 21" still says they met on June 21
        if _SPORT_TRIGGER.match(match.group(0)):
            if sport is None:
                sport = bool(_SPORT.search(sentence))
            if sport:
                continue
        kind, verb, ambiguous = table[match.lastgroup]
        if match.group(0)[:6].lower() == "gather" and match.group(0)[-3:] in ("ing", "ngs"):
            if not _DEFINITE_GATHERING.search(sentence, max(0, start - 20), start):
                continue
        if (
            found
            and start - found[-1].end < 40
            and _MEANS_BEFORE.search(sentence, max(0, start - 12), start)
            and _MEANS.match(match.group(0))
        ):
            continue  # "un sommet tenu par visioconférence": how the summit met, not a call
        if verb and _DETERMINER_BEFORE[language].search(sentence, max(0, start - 25), start):
            verb = False  # "une rencontre Russie-Otan", "a meeting with": the noun, not the verb
        count = 1
        before = _COUNT_BEFORE.search(sentence[max(0, start - 20) : start])
        if before and match.group(0).lower().endswith("s"):
            count = _NUMBERS[before.group(1).lower()]
        found.append(
            Trigger(
                start,
                end,
                match.group(0),
                kind,
                verb,
                ambiguous=ambiguous,
                count=count,
                last_met=last_met,
            )
        )
    return found
