"""Tense of a clause: the regex heuristic (no parser) that says whether the clause around an
offset is in the past, the present or the future, so that the tagger stays cheap next to spaCy.

A clause runs between punctuation and clause-linking words; its tense-bearing forms
(auxiliary + participle, future and conditional endings, planning verbs, modals...) decide,
else the nearest verb of the sentence. The words come from data/time_*.json (`tense` and
`clause_links`); the verb morphology is the grammar below.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .vocabulary import ENGLISH, FLAGS, FRENCH, VOCABULARY, word_alternation

Tense = str  # "past" | "present" | "future" | None (unknown)

PAST = "past"
PRESENT = "present"
FUTURE = "future"

_LOWER = "a-zàâäçéèêëîïôöûùüÿœæ"
_W = rf"[{_LOWER}]"

_FR_AUXILIARY = word_alternation(FRENCH["tense"]["auxiliaries"])
_FR_ADVERB = rf"(?:{word_alternation(FRENCH['tense']['adverbs'])})"
_FR_PARTICIPLE = rf"{_W}+(?:é|i|u|is|it|ert|ort|int|eint|aint|ait|ût|û)(?:e|s|es)?"
_FR_FUTURE_PARTICIPLES = set(FRENCH["tense"]["future_participles"])
_NOT_PARTICIPLES = set(FRENCH["tense"]["not_participles"])
_FR_NOT_FUTURE = set(FRENCH["tense"]["not_future"])
_FR_NOT_IMPARFAIT = set(FRENCH["tense"]["not_imparfait"])

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
    rf"|(?:pour\s+)?préparer\s+(?:le|la|les|l['’]|un|une|son|sa|leur)|préparation\s+d[eu]s?\b"
    rf"|préparatoires?\s+(?:au|à\s+la|aux)\b"
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


_EN_IRREGULAR_PAST = word_alternation(ENGLISH["tense"]["irregular_past"])
_EN_NOT_PAST = set(ENGLISH["tense"]["not_past"])

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
    # "said he looked forward to hosting the summit in May": what one looks forward to is ahead
    r"|look(?:s|ed|ing)?\s+forward\s+to\s+\w+"
    r"|(?:expects?|expected|wants?|wanted|invited|invites?|asked|asks|urged|urges)\s+"
    r"(?:[\w.'’-]+\s+){1,3}?to\s+(?!have\b)[a-z]+"
    r"|scheduled|planned|(?:set|slated)(?=\s+for\b)|upcoming|ahead\s+of|coming|later\s+this"
    # "to discuss preparations for the ministers' meeting in July": what is prepared is ahead
    r"|preparations?\s+for|(?:to|will)\s+prepare\s+(?:for\s+)?(?:the|a|an|their|its)"
    r"|in\s+preparation\s+for"
    r"|in\s+the\s+coming|"
    r"next\b)"
    r"|(?P<progressive>(?:is|are|am|['’]s|['’]re)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)*"
    r"\w+ing)\b"
    r"|(?P<infinitive>to\s+(?:be\s+|have\s+)?[a-z]+)\b"
    rf"|(?P<past>{_EN_IRREGULAR_PAST})\b"
    r"|(?P<weak_past>(?:(?:co|re|pre|over|under|out|self)-)?[a-z]{3,}ed)\b"
    r"|(?P<present>is|are|says|meets|holds|hosts|opens|begins|starts|resumes|convenes|reconvenes"
    r"|closes|ends|runs|takes\s+place"
    # "the talks, which resume in Geneva in January": a plural present after a relative pronoun
    r"|(?:^\s*|(?<=which\s)|(?<=that\s))(?:open|begin|start|resume|convene|reconvene|close|end|run"
    r"|take\s+place))\b"
    r")"
)

_PAST_PLAN_VERB = re.compile(
    r"(?:planned|intended|vowed|pledged|promised|agreed|expected|wanted|invited|asked|urged"
    r"|looked|a\s+décidé|ont\s+décidé|a\s+accepté|ont\s+accepté|a\s+promis|ont\s+promis"
    r"|sont\s+convenus|est\s+convenu)\b",
    FLAGS,
)
_FORWARD_NOUN_CUE = re.compile(
    r"ahead\s+of|upcoming|coming|in\s+the\s+coming|next|preparations?\s+for|in\s+preparation\s+for"
    r"|(?:to|will)\s+prepare\s+(?:for\s+)?\S+|(?:pour\s+)?préparer\s+\S+|préparation\s+d\S*"
    r"|préparatoires?\s+\S+(?:\s+\S+)?",
    FLAGS,
)
_CLAUSE_BOUNDARY = {
    language: re.compile(
        r"[,;:()\[\]«»\"“”—–]|\s-\s|(?<![\w'’-])(?:"
        + word_alternation(VOCABULARY[language]["clause_links"])
        + r")(?![\w-])",
        FLAGS,
    )
    for language in ("fr", "en")
}
_SENTENCE_BOUNDARY = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bDr)(?<!\bSt)(?<!\bMs)(?<!\bJan)(?<!\bFeb)(?<!\bAug)(?<!\bSept)"
    r"(?<!\bOct)(?<!\bNov)(?<!\bDec)[.!?…]+[\"»”’)]*\s+(?=[A-ZÀ-ÖØ-Þ«\"“(\d])|\n\s*"
)


@lru_cache(maxsize=32)
def _sentence_starts(text: str) -> tuple[int, ...]:
    return (0, *(m.end() for m in _SENTENCE_BOUNDARY.finditer(text)))


def _sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    """The sentence around `offset`: the last start at or before it, up to the next start. The
    starts are found once per text (cached) and searched by bisection, so that a long text
    read at many offsets is not rescanned for each."""
    starts = _sentence_starts(text)
    index = bisect.bisect_right(starts, offset)
    start = starts[index - 1] if index > 0 else 0
    end = starts[index] if index < len(starts) else len(text)
    return start, end


_EN_TO_BE_HELD = re.compile(
    r"to\s+(?:be\s+(?:held|hosted|convened|staged)|take|open|begin|start)", re.IGNORECASE
)
_EN_PAST_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|had\s+been|['’]d\s+been)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)


def tense_forms(segment: str, base: int, language: str) -> list[tuple[int, int, Tense, bool]]:
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
                if not _EN_TO_BE_HELD.fullmatch(word):
                    continue  # "scheduled to be held": the infinitive carries no tense
                # "the summit, to be held in June": alone in its clause, a plan; weak, so
                # that a finite verb beside it ("was to be held") still decides
                kind, strong = "future", False
            if kind == "weak_past":
                if word in _EN_NOT_PAST:
                    continue
                strong = False
            if kind == "present":
                strong = False
            if kind == "future" and (
                re.match(r"(?:was|were)\s", word)
                or (
                    _BARE_PLANNED.fullmatch(word)
                    and _EN_PAST_PASSIVE_BEFORE.search(segment, 0, match.start())
                )
            ):
                # "was to meet", "that had been set for Saturday": planned at some point,
                # the date may lie on either side
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
    r"planned|set|slated)",
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
    verbs_in_clause = tense_forms(
        sentence[clause_start:clause_end], sentence_start + clause_start, language
    )
    # "arrived in Beijing on Sunday ahead of talks": a cue that looks forward to a noun after
    # the date ("ahead of", "upcoming") says nothing of the verb the date belongs to
    verbs_in_clause = [
        v
        for v in verbs_in_clause
        if not (v[0] > offset and _FORWARD_NOUN_CUE.fullmatch(text, v[0], v[1]))
    ] or verbs_in_clause
    if verbs_in_clause:
        sentence_verbs = tense_forms(sentence, sentence_start, language)
        if _planned_in_a_past_story(text, verbs_in_clause, sentence_verbs):
            return None
        return _nearest(verbs_in_clause, offset)
    before = tense_forms(sentence[:clause_start], sentence_start, language)
    strong_before = [v for v in before if v[3]]
    if strong_before:
        return strong_before[-1][2]
    after = tense_forms(sentence[clause_end:], sentence_start + clause_end, language)
    if after:
        if _PAST_PLAN_VERB.match(text, after[0][0]):
            # "Meeting X on Wednesday, Obama agreed to open talks": the plan lies ahead of
            # the agreeing, the date told before it is the agreeing's past
            return PAST
        return after[0][2]
    if before:
        return before[-1][2]
    return None
