"""Which word a date hangs from in the dependency parse: the meeting word, the verb that
governs it (or one coordinated with it), or something else (another noun, another verb, a
message). `dates.date_fits` asks; without a parse every date fits.
"""

import re

from .mentions import matches_in
from .model import Article, Sentence
from .participants import ROLE_NOUNS
from .triggers import Trigger

# the prepositions of a place ("à la Citadelle", "au Quai d'Orsay", "dans sa résidence")
_PLACE_CASE = re.compile(r"à|au|aux|dans|chez", re.IGNORECASE)

_HELD_PARTICIPLE = re.compile(
    r"tenue?s?|déroulée?s?|eu|ouverte?s?|réunie?s?|organisée?s?|achevée?s?|terminée?s?"
    # chaired or hosted: "la conférence sur la Libye qu'il a coprésidée dimanche"
    r"|(?:co-?)?présidée?s?|accueillie?s?|convoquée?s?|animée?s?"
    # the finite verbs of a relative clause: "le sommet de l'UA qui s'ouvrira le 25 juillet"
    r"|ouvr(?:e|ent|ira|iront|ait|aient)|tien(?:t|nent|dra|dront|drait|draient)"
    r"|déroul(?:e|ent|era|eront|ait|aient)|réuni(?:t|ra|ront|ssait|ssaient)",
    re.IGNORECASE,
)
_MEETING_PARTICIPLE = re.compile(
    r"r[ée]uni|rencontr|retrouv|entretenu|rassembl|convoqu|attendu|arriv|rendu|re[çc]u|dépêch|venu",
    re.IGNORECASE,
)
# "un rendez-vous des chefs d'Etat, prévu le 29 avril": a plan dates the meeting whose
# complement it follows
_PLAN_PARTICIPLE = re.compile(
    r"(?:prévu|programmé|fixé|planifié|envisagé|évoqué|annoncé)e?s?$", re.IGNORECASE
)
# "un sommet tenu par visioconférence", "a rencontré tour à tour jeudi": how, not what;
# "aura lieu mardi": the noun of a light verb
_MEANS_NOUN = re.compile(
    r"(?:visio|vidéo|video)-?conf[ée]rences?$|t[ée]l[ée]phone$|tour$|reprises?$|huis$|part$|lieu$",
    re.IGNORECASE,
)
_TIME_NOUN = re.compile(
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin"
    r"|juillet|août|septembre|octobre|novembre|décembre|semaine|mois|année|an|jour|soir|matin"
    r"|début|fin|mi|week-end|heure|heures|nuit|soirée|matinée|journée|après-midi|veille"
    r"|lendemain|fois)$",
    re.IGNORECASE,
)


def _noun_phrase_holds(token, trigger_span) -> bool:
    """Whether `token` is the trigger noun or hangs from it through nouns only ("sommet du
    Conseil de l'Europe"), never through a verb."""
    for step in (token, *token.ancestors):
        if step.idx in trigger_span:
            return True
        if step.pos_ in ("VERB", "AUX"):
            return False
    return False


def attached_here(article: Article, sentence: Sentence, trigger: Trigger, expression) -> bool:
    """French: the date must hang (in the dependency tree) from the trigger itself or from
    the verb that governs the trigger (or a verb coordinated with it), not from another noun
    ("une journée d'action le 28 mars") or another verb ("décédée en septembre")."""
    token = article.token_at.get(sentence.start + expression.start)
    trigger_token = article.token_at.get(sentence.start + trigger.start)
    if token is None or trigger_token is None:
        return True
    inside = range(sentence.start + expression.start, sentence.start + expression.end)
    trigger_span = range(sentence.start + trigger.start, sentence.start + trigger.end)
    trigger_verb = _governing_verb(trigger_token, trigger_span)
    steps = 0
    while steps < 8:
        head = token.head
        if head.i == token.i:
            return True
        child, token = token, head
        steps += 1
        if not sentence.start <= token.idx < sentence.end:
            return True  # the parse leaves the sentence: no evidence either way
        if token.idx in inside:
            continue
        if token.idx in trigger_span:
            return True
        if token.pos_ in ("VERB", "AUX") and any(
            m.start <= token.idx < m.end for m in matches_in(article, sentence)
        ):
            continue  # a name the tagger took for a verb ("Assimi Goïta")
        if token.pos_ in ("VERB", "AUX"):
            if not trigger.verb and _relative_clause_right_after(article, sentence, token, trigger):
                # "accueillir le prochain sommet, qui se tiendra au Caire en avril": the parse
                # may hang the clause on the verb before the noun; "qui" right after the noun
                # makes the clause the noun's
                return True
            if not trigger.verb and _modal_clause_of(token, trigger_span, trigger_token):
                # "la visite qu'il devait effectuer mardi": the infinitive hangs from a modal
                # whose relative clause qualifies the meeting noun
                return True
            if (
                not trigger.verb
                and token.dep_.startswith("acl")
                and (_HELD_PARTICIPLE.fullmatch(token.text) or _PLAN_PARTICIPLE.match(token.text))
                and _noun_phrase_holds(token.head, trigger_span)
            ):
                # "le sommet du Conseil de l'Europe, qui s'est tenu mardi", "un entretien entre
                # X et Y, prévu mardi soir": the parse may hang the clause on the noun's
                # complement; a clause saying it was held or planned dates the meeting noun
                # above them
                return True
            if (
                token.dep_.startswith("acl")
                and token.head.pos_ == "NOUN"
                and token.head.idx not in trigger_span
                and token.head.idx not in inside
                and not _MEETING_PARTICIPLE.match(token.text)
                # "le chef de l'Autorité palestinienne a fait escale hier": a verb with its
                # auxiliary is a clause of its own, whatever noun the parse hangs it on
                and not any(child.dep_.startswith("aux") for child in token.children)
            ):
                if _PLAN_PARTICIPLE.match(token.text) and any(
                    a.idx in trigger_span for a in token.head.ancestors
                ):
                    return True
                # "les relations rompues en 2016", "l'accord signé en 2015": a participle's
                # date belongs to the noun it qualifies
                return False
            if trigger_verb is None:
                return True
            # "la visite programmée dimanche", "le sommet prévu le 16 décembre"
            if token.dep_.startswith("acl") and token.head.idx in trigger_span:
                return True
            return _same_or_coordinated(token, trigger_verb)
        if _TIME_NOUN.match(token.text):
            # "le début des pourparlers en avril": the date is the start of the trigger
            if any(child.idx in trigger_span for child in token.children):
                return True
            continue
        if token.pos_ == "PROPN" or _MEANS_NOUN.match(token.text):
            continue  # "un sommet tenu par visioconférence mercredi": how, not what
        if token.pos_ == "NOUN":
            if ROLE_NOUNS[article.language].fullmatch(token.text):
                continue
            if child.idx in inside and _bare(child):
                # "ont signé l'accord mardi à Ottawa": a bare weekday after the object is the
                # verb's adverbial, whatever noun the parse hangs it on ("une journée d'action
                # le mardi 28 mars" has its determiner)
                continue
            if _PLACE_CASE.fullmatch(
                next((c.text for c in token.children if c.dep_ == "case"), "")
            ):
                # "a reçu Mitterrand à la Citadelle mercredi": the parse hangs the day on the
                # place where it happened, which says nothing against it
                continue
            if _nominal_complement_of(trigger_token, token):
                # "le principe d'une visite à Hanoï l'an prochain": the noun the date hangs from
                # holds the meeting noun as its complement; the date is the meeting's
                return True
            # the date qualifies another noun: another meeting or a non-meeting event
            return False
    return True


_HOLDING_INFINITIVE = re.compile(
    r"avoir|tenir|dérouler|effectuer|ouvrir|commencer|débuter|intervenir|réunir", re.IGNORECASE
)


def _relative_clause_right_after(article: Article, sentence: Sentence, verb, trigger) -> bool:
    """Whether `verb` heads a relative clause whose pronoun ("qui") follows the meeting noun
    with nothing but a comma between."""
    if not verb.dep_.startswith("acl"):
        return False
    pronoun = next((c for c in verb.children if c.lower_ in ("qui", "which")), None)
    if pronoun is None:
        return False
    end = sentence.start + trigger.end
    return pronoun.idx >= end and article.text[end : pronoun.idx].strip(" ,") == ""


def _modal_clause_of(token, trigger_span, trigger_token=None) -> bool:
    """Whether `token` is the infinitive of a relative clause on the trigger noun ("qu'il
    devait effectuer", "qui doit se tenir"), through its modal."""
    if token.dep_ != "xcomp":
        return False
    modal = token.head
    while modal.dep_ == "xcomp" and modal.head.pos_ in ("VERB", "AUX"):
        modal = modal.head
    if not modal.dep_.startswith("acl"):
        return False
    if modal.head.idx in trigger_span:
        return True
    # "une rencontre entre X et Y, qui devait avoir lieu vendredi": the parse hangs the
    # clause on Y; a clause saying the meeting was to be held is the meeting noun's
    if _HOLDING_INFINITIVE.fullmatch(token.text) is None:
        return False
    # "la session de la commission mixte, qui devait s'ouvrir mardi": the clause hangs on the
    # noun whose complement the meeting word is; the same meeting, said twice
    return _noun_phrase_holds(modal.head, trigger_span) or _complement_of(trigger_token, modal.head)


def _complement_of(token, noun) -> bool:
    """Whether `token` hangs from `noun` through nouns only ("la session de la commission")."""
    if token is None:
        return False
    for step in token.ancestors:
        if step.i == noun.i:
            return True
        if step.pos_ not in ("NOUN", "PROPN"):
            return False
    return False


def _nominal_complement_of(token, noun) -> bool:
    """Whether `token` is a complement of `noun`, or of a complement of it ("le principe d'une
    visite"), never a conjunct of one ("l'attaque ... et en vue de la conférence")."""
    if token is None:
        return False
    while token.dep_ == "nmod" and token.head.i != token.i:
        token = token.head
        if token.i == noun.i:
            return True
    return False


def _bare(token) -> bool:
    """A weekday with no determiner nor preposition of its own ("mardi", not "le mardi")."""
    return _WEEKDAY.fullmatch(token.text) is not None and not any(
        c.dep_ in ("det", "case") for c in token.children
    )


_WEEKDAY = re.compile(r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche", re.IGNORECASE)


# the words of a message that a date may belong to instead of the meeting
_MESSAGE_NOUN = re.compile(
    r"(?:letter|statement|speech|interview|tweet|message|note|post|communiqu[ée]|briefing"
    r"|broadcast|address|op-ed|article|report)s?$",
    re.IGNORECASE,
)


def dates_a_message(article: Article, sentence: Sentence, trigger: Trigger, expression) -> bool:
    """English: "In a letter to Kim on Thursday, Trump cited ... the summit": in the parse the
    day hangs from a message noun before any verb; it dates the message, not the meeting."""
    token = article.token_at.get(sentence.start + expression.start)
    trigger_span = range(sentence.start + trigger.start, sentence.start + trigger.end)
    for _step in range(6):
        if token is None or token.head.i == token.i:
            return False
        token = token.head
        if token.idx in trigger_span or token.pos_ in ("VERB", "AUX"):
            return False
        if token.pos_ == "NOUN" and _MESSAGE_NOUN.match(token.text):
            return True
    return False


def _governing_verb(token, own_span):
    """The verb a trigger word depends on (itself when it is a verb)."""
    steps = 0
    while steps < 8:
        if token.pos_ in ("VERB", "AUX") and (token.idx not in own_span or token.pos_ == "VERB"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
        steps += 1
    return None


def _same_or_coordinated(verb, other) -> bool:
    if verb.i == other.i:
        return True
    for a, b in ((verb, other), (other, verb)):
        if a.dep_ == "conj" and a.head.i == b.i:
            return True
        # "pour y être reçu", "pour participer": a purpose clause of the same event
        if a.dep_ in ("advcl", "xcomp", "ccomp") and a.head.i == b.i:
            return True
    return False
