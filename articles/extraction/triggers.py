"""Meeting triggers per kind and language, and the words that turn a meeting into a non-meeting.

A trigger is a word or phrase that names a diplomatic encounter ("sommet", "s'entretenir",
"spoke by phone", "talks"). Each pattern carries the kind it denotes, whether it is a verb whose
subject meets its object(s) one by one ("X met Y and Z" = two bilateral meetings), and whether
the kind is only a default (French "entretien" is a call or a meeting depending on context).

The words are data: data/triggers_fr.json and data/triggers_en.json (triggers, stems,
not-a-meeting phrases, sports words) and data/frames.json (the frames added since). This module
holds the grammar around them: negation, determiners, counts, how a meeting is held.
"""

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .first_letters import alternation_by_first_letter, at_its_first_letters, by_first_letter

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
    recalled: bool = False  # "depuis celle de Mitterrand": an earlier meeting named by a pronoun


def _rx(pattern: str, flags=re.IGNORECASE) -> re.Pattern:
    return re.compile(pattern, flags)


# an adverb between the auxiliary and the participle: "s'était pourtant entretenu"
# or two ("s'est ensuite longuement entretenu"), or a pronoun that stresses the subject ("s'est
# lui aussi entretenu", "se sont tous deux retrouvés")
_ADVERB = (
    r"(?:(?:[\w-]+ment|pourtant|déjà|aussi|également|ensuite|alors|encore|enfin|toutefois"
    r"|cependant|notamment|lui-même|elle-même|eux-mêmes|de\s+nouveau|à\s+nouveau|en\s+outre"
    r"|par\s+ailleurs|vite|bien|souvent|(?:lui|elle|eux|elles)(?:\s+aussi|\s+non\s+plus)?"
    r"|tou(?:s|tes)\s+(?:les\s+)?deux)\s+){0,2}"
)


def _with_adverb(form: str) -> str:
    """A meeting form of the data files with its adverb slot ("{adverb}") spelt out."""
    return form.replace("{adverb}", _ADVERB)


@cache
def _vocabulary(language: str) -> dict:
    """data/triggers_<language>.json: the trigger words, stems, not-a-meeting phrases and
    sports words of one language (the grammar around them stays here)."""
    path = Path(__file__).parent / "data" / f"triggers_{language}.json"
    return json.loads(path.read_text("utf-8"))


def _triggers(language: str) -> list:
    """The triggers of the vocabulary as (kind, pattern, verb, ambiguous), in their order."""
    return [
        (
            trigger["kind"],
            "|".join(_with_adverb(form) for form in trigger["forms"]),
            trigger["verb"],
            trigger["ambiguous"],
        )
        for trigger in _vocabulary(language)["triggers"]
    ]


@cache
def _frame_data() -> dict:
    return json.loads((Path(__file__).parent / "data" / "frames.json").read_text("utf-8"))


def _frames(language: str) -> list:
    """The frames of data/frames.json for `language`, as (kind, pattern, verb, ambiguous)."""
    return [
        (
            frame["kind"],
            "|".join(_with_adverb(rf"\b{form}") for form in frame["forms"]),
            frame["verb"],
            False,
        )
        for frame in _frame_data()[language]
    ]


def _frame_stems(language: str) -> list[str]:
    return [re.escape(stem) for frame in _frame_data()[language] for stem in frame["stems"]]


def _combine(patterns):
    """The patterns of a language as one alternation per first letter (first_letters.py); at a
    given position the earlier (more specific) pattern wins. Group `t<i>` tells which pattern
    matched: the table gives its (kind, verb, ambiguous)."""
    table = {f"t{i}": (kind, verb, amb) for i, (kind, _p, verb, amb) in enumerate(patterns)}
    # every pattern starts at the start of a word: saying so once lets the scan skip the inside
    # of words without trying each alternative there
    by_letter = by_first_letter(
        [(f"t{i}", pattern) for i, (_k, pattern, _v, _a) in enumerate(patterns)],
        r"(?<!\w)(?=[^\W\d_])",
    )
    return by_letter, table


_COMPILED = {
    language: _combine(_triggers(language) + _frames(language)) for language in ("fr", "en")
}

# Phrases that contain a trigger word but report no encounter. Each starts a word: saying so
# once lets the scan skip the inside of words, and grouping them by first letter tries at a
# word only those that can start there.
_NOT_MEETINGS_AT_WORDS = {
    language: at_its_first_letters(
        _rx(
            r"(?<!\w)(?=[^\W\d_])"
            + alternation_by_first_letter(_vocabulary(language)["not_meetings"])
        )
    )
    for language in ("fr", "en")
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
_VERB_PHRASE = _rx(r"(?:s['’]|se\s|ont\s|avaient\s|have\s|had\s|were\s|are\s)")


# Word stems that every trigger contains: most sentences have none and are skipped at once.
# French stems may follow an elided article or pronoun ("l'entretien", "s'entretenir"). Every
# stem starts a word with a letter: saying so ("(?<!\w)(?=[^\W\d_])" rather than "\b") lets the
# scan skip every other position at once, which halves its time; grouping the stems by their
# first letter (first_letters.py) tries at a word only the stems that can start there.
_ELISION = {"fr": r"(?:s['’]|l['’]|d['’])?", "en": ""}
_STEMS = {
    language: at_its_first_letters(
        _rx(
            rf"(?<!\w)(?=[^\W\d_]){_ELISION[language]}"
            + alternation_by_first_letter(_vocabulary(language)["stems"] + _frame_stems(language))
        )
    )
    for language in ("fr", "en")
}


# "did not meet", "have not spoken", "no summit is planned", "sans rencontre", "n'a pas
# rencontré", "n'a pas été signé", "aucune réunion": a meeting the sentence says did not or
# will not happen
_NEGATED_BEFORE = {
    "fr": _rx(
        r"(?:\b(?:sans|aucune?|ni)\s+(?:\w+\s+)?|\bpas\s+(?:encore\s+|été\s+|de\s+|d['’]|une?\s+|"
        r"le\s+moindre\s+|la\s+moindre\s+)?|\bjamais\s+(?:de\s+|d['’])?)$"
    ),
    "en": _rx(
        r"\b(?:no|not|never|without|nor|neither|didn['’]t|don['’]t|doesn['’]t|hasn['’]t|haven['’]t"
        r"|won['’]t|wouldn['’]t|refused\s+to|declined\s+to)\s+(?:(?:yet|directly|even|a|any"
        r"|been|be|have|to|the)\s+){0,2}$"
        # "held no bilateral meeting", "no formal talks": not "no fewer than three meetings"
        r"|\bno\s+(?!(?:fewer|less|more|sooner|later|longer)\b)(?:[\w-]+\s+){1,2}$"
    ),
}


# "l'équipe du Maroc a rencontré le Sénégal en match amical", "India to tour Pakistan for a
# cricket series": a sports fixture, not a diplomatic meeting or visit
# a sentence in either language can report a fixture in the other's words
_SPORT = _rx(
    r"\b(?:"
    + "|".join(dict.fromkeys(_vocabulary("fr")["sport"] + _vocabulary("en")["sport"]))
    + r")\b"
)
_SPORT_TRIGGER = _rx(
    r"rencontr|met\b|meet|visit|tour|tourn|se\s+rend|s['’]est\s+rendu|travel|shook|shak|se\s+sont\s+serr"
)


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
# The Security Council named as an actor ("holds the file at the Security Council", "a voté
# la création", "a resolution passed in May") is no sitting; it is one when the sentence says it
# sits, hears, is briefed or takes up a matter. A state's national security council never is.
_COUNCIL = _rx(
    r"Security\s+Council|Conseil\s+de\s+sécurité|General\s+Assembly"
    r"|(?:European|Permanent|Executive|Peace\s+and\s+Security|Human\s+Rights|North\s+Atlantic)"
    r"\s+Council|World\s+Health\s+Assembly|Board\s+of\s+Governors|Committee\s+of\s+Ministers"
    r"|Conseil\s+(?:des\s+droits\s+de\s+l['’]homme|des\s+gouverneurs|permanent"
    r"|de\s+paix\s+et\s+de\s+sécurité)|Comité\s+des\s+ministres|Assemblée\s+générale"
    r"|Assemblée\s+mondiale\s+de\s+la\s+santé"
)
_SECURITY_COUNCIL = _rx(r"Security\s+Council|Conseil\s+de\s+sécurité")
# "discussed by EU leaders at the European Council", "will attend the OAS General Assembly":
# a body's sitting, where someone is
_AT_THE_BODY = _rx(
    r"\b(?:at|during|to|attend\w*|ahead\s+of|before|after)\s+(?:the|its|their|this|next|a)\s+"
    r"(?:[\w.'’-]+\s+){0,3}$"
)
_SITTING_NEAR = _rx(
    r"\b(?:met|meets?|meeting|sessions?|sitting|brief\w*|hears?|heard|debat\w*|conven\w*"
    r"|discuss\w*|consultations|emergency|examin\w*|pench\w*|réuni\w*|réunion|séances?"
    r"|entend\w*|entendu|débat\w*|saisi\w*|urgence|take\s+up|took\s+up|address\w*|devant"
    r"|speech|discours|plaid\w*)\b"
)
_NATIONAL_COUNCIL = _rx(r"\b(?:national|supreme|russian)\s+$")
# "the parliament held its first session", "le Sénat a tenu sa session": a domestic sitting
_SESSION = _rx(r"\bsessions?\b")
_DOMESTIC_SITTING_BEFORE = _rx(
    r"\b(?:parliament|parliamentary|congress|senate|legislature|lawmakers|MPs|court|cabinet"
    r"|parlement|sénat|assemblée\s+nationale|députés|tribunal|cour)\b[^.;]{0,40}$"
)


_WORD_START = re.compile(r"(?<!\w)(?=[^\W\d_])")


def _scan(by_letter, sentence: str, first_stem, language: str):
    """The matches of the trigger alternation (`by_letter`: one per first letter, and the one
    for any other), as `finditer` would give them, tried only at the word
    starts a stem follows within 45 characters: a trigger starts at most a few words before
    its stem ("ont longuement téléphoné"), and trying the whole alternation at every other
    word of the sentence was most of the trigger stage's time."""
    letters, other_letter = by_letter
    stems = [m.span() for m in _STEMS[language].finditer(sentence, first_stem.start())]
    resume = 0
    index = 0
    for word in _WORD_START.finditer(sentence, max(0, first_stem.start() - 45)):
        position = word.start()
        if position < resume:
            continue
        # the next stem that ends after this word starts ("l'entret" holds "entretien")
        while index < len(stems) and stems[index][1] <= position:
            index += 1
        if index == len(stems):
            return
        if stems[index][0] - position > 45:
            continue
        match = letters.get(sentence[position].lower(), other_letter).match(sentence, position)
        if match is not None and match.end() > match.start():
            resume = match.end()
            yield match


def find_triggers(sentence: str, language: str) -> list[Trigger]:
    """Triggers in `sentence`, non-overlapping, in text order; offsets into `sentence`."""
    first_stem = _STEMS[language].search(sentence)
    if first_stem is None:
        return _with_talks_resumed(sentence, language, [])
    excluded = [(m.start(), m.end()) for m in _NOT_MEETINGS_AT_WORDS[language].finditer(sentence)]
    sport = None
    by_letter, table = _COMPILED[language]
    found = []
    for match in _scan(by_letter, sentence, first_stem, language):
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
        if _COUNCIL.fullmatch(match.group(0)) and (
            _NATIONAL_COUNCIL.search(sentence, max(0, start - 20), start)
            or sentence[end : end + 12].lower().startswith((" nationale", " national"))
            or not (
                _SITTING_NEAR.search(sentence, max(0, start - 100), end + 100)
                or (
                    not _SECURITY_COUNCIL.fullmatch(match.group(0))
                    and _AT_THE_BODY.search(sentence, max(0, start - 40), start)
                )
            )
        ):
            continue
        if _SESSION.search(match.group(0)) and _DOMESTIC_SITTING_BEFORE.search(
            sentence, max(0, start - 60), start
        ):
            continue
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
        # "deux conversations téléphoniques" are two; "Les deux dirigeants s'étaient
        # entretenus" is one conversation of two people: a verb's plural counts no meetings
        if (
            before
            and match.group(0).lower().endswith("s")
            and not _VERB_PHRASE.match(match.group(0))
        ):
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
    found = _with_the_one_since(sentence, found)
    found = _with_talks_resumed(sentence, language, found)
    if any(SIGNING.match(t.text) for t in found) and not all(SIGNING.match(t.text) for t in found):
        # "signed a truce on Wednesday, after a week of talks": the signing closes the talks,
        # one meeting dated by its first day
        found = [t for t in found if not SIGNING.match(t.text)]
    return found


# "leur premier entretien depuis celui du 8 septembre", "the first summit since the one in
# Warsaw", "La visite de M. Aoun suit de peu celle du Premier ministre", "shorter than the one in
# Bogotá": after "since" or a word of sequence or comparison, a pronoun names an earlier meeting
# of the kind just named; not "le sort de l'Autriche lié à celui de l'Allemagne"
THE_ONE = at_its_first_letters(
    _rx(
        r"\b(?:depuis|since|après|after|que|than|comme|like|suit(?:\s+de\s+peu)?|suivra|succède\s+à"
        r"|follows|followed|precedes|précède)\s+(?P<one>celui|celle|the\s+one)"
        r"\s+(?:de|du|d['’]|in|at|held)\b"
        # "their second meeting this year, after one in Munich in February"; not "one in three"
        r"|\b(?:after|since|following)\s+(?P<one_alone>one)\s+(?:in|at|held)\s+(?!(?:\d|two|three"
        r"|four|five|six|seven|eight|nine|ten)\b)"
    )
)


# the same phrase after a word of time ("since", "after", "suit"), which puts that one in the
# past and makes its date no start of a period
THE_ONE_BEFORE = _rx(
    r"\b(?:depuis|since|après|after|following|suit(?:\s+de\s+peu)?|follows|followed|succède\s+à)"
    r"\s+(?:celui|celle|ceux|celles|the\s+one|that|one)\s+(?:de|du|d['’]|in|at|of|on|held)\b"
)


def _with_the_one_since(sentence: str, found: list) -> list:
    more = []
    for match in THE_ONE.finditer(sentence):
        group = "one" if match.group("one") else "one_alone"
        start, end = match.span(group)
        named_before = [t for t in found if t.end <= start and not t.verb]
        if named_before and not any(t.start < end and start < t.end for t in found):
            kind = named_before[-1].kind
            more.append(Trigger(start, end, match.group(group), kind, False, recalled=True))
    return sorted(found + more, key=lambda t: t.start) if more else found


# "They are due to resume on Monday", "Negotiators will return to the Ethiopian capital in
# mid-October", "Ils doivent reprendre mardi": the story's talks, resumed. Only with such a
# subject and no object after the verb ("resumed fighting", "reprendre les combats" are not);
# "the talks will resume" is read from its noun
_TALKS_RESUMED = {
    "en": _rx(
        r"\b(?:they|negotiators|mediators|(?:the\s+)?(?:two\s+)?(?:delegations|sides|parties))\s+"
        r"(?:(?:are|were|is|was)\s+(?:due|expected|scheduled|set|likely)\s+to\s+|will\s+|would\s+"
        r"|are\s+to\s+|were\s+to\s+|plan\s+to\s+|hope\s+to\s+|could\s+)?(?:(?P<verb>resume|reconvene)"
        r"(?=\s+(?:on|in|at|next|later|after|tomorrow|this|early|by|within|(?-i:[A-Z]))\b|[.,;])"
        r"|(?P<back>return)(?=\s+to\s+(?:the\s+)?(?-i:[A-Z])))"
    ),
    "fr": _rx(
        r"\b(?:ils|elles|les\s+(?:négociateurs|médiateurs|délégations|deux\s+(?:parties|délégations"
        r"|camps)))\s+(?:(?:doivent|devraient|devaient|vont"
        r"|pourraient|devront)\s+)?(?:(?P<verb>reprendre|reprendront|reprendra|reprennent|reprenaient"
        r"|se\s+retrouver|se\s+retrouveront)"
        r"(?=\s+(?:le|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|à|au|en|dès"
        r"|la\s+semaine|d['’]ici)\b|[.,;])"
        r"|(?P<back>revenir|reviendront)(?=\s+à\s+(?-i:[A-Z])))"
    ),
}


def _with_talks_resumed(sentence: str, language: str, found: list) -> list:
    more = []
    for match in _TALKS_RESUMED[language].finditer(sentence):
        group = "verb" if match.group("verb") else "back"
        start, end = match.span(group)
        if not any(t.start < end and start < t.end for t in found):
            more.append(Trigger(start, end, match.group(group), "talks", False))
    return sorted(found + more, key=lambda t: t.start) if more else found


# the verbs of a signing (data/triggers_*.json), a meeting only when two sides sign together
SIGNING = _rx(r"(?:sign(?!ing\s+ceremony)|paraph|initial)")
# a meeting word that is a meal ("un dîner", "a working lunch"): a meeting of its own
MEAL = _rx(
    r"\b(?:dinner|lunch|luncheon|breakfast|banquet|dîner|déjeuner|petit-déjeuner|souper)s?\b"
)
