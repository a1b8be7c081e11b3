"""Sides read in the dependency parse (both languages: French by fr_core_news_md, English by
the project's models/en_ewt): which of two meeting verbs a party belongs to, and who is only
the subject of an adverbial clause. `sides` calls these on the parties a trigger's sentence
names; without a parse they change nothing.
"""

import re

from .model import Article, Sentence, SentenceContext
from .triggers import Trigger


def _verb_token(article: Article, sentence: Sentence, trigger: Trigger):
    """The verb of a verb trigger in the parse ("has spoken by phone with": spoken)."""
    tokens = [
        article.token_at.get(sentence.start + offset)
        for offset in range(trigger.start, trigger.end)
    ]
    tokens = [t for t in dict.fromkeys(tokens) if t is not None]
    verbs = [t for t in tokens if t.pos_ == "VERB"]
    return (verbs or tokens or [None])[0]


def without_other_verbs_arguments(
    article: Article, context: SentenceContext, trigger: Trigger, parties: list
) -> list:
    """ "X has spoken by phone with A and will call B tonight": B is the object of the other
    meeting verb, none of this one's sides, and A none of that one's. In the parse, a party
    hangs from the first meeting verb above it; the subject of a verb coordinated with this
    one, when this one has none of its own, is shared."""
    others = [t for t in context.triggers if t.verb and t is not trigger]
    if not trigger.verb or not others or not article.token_at:
        return parties
    sentence = context.sentence
    own = _verb_token(article, sentence, trigger)
    if own is None or own.pos_ in ("NOUN", "PROPN"):
        return parties  # "ahead of the Board of Governors meeting": a noun in the parse
    other_verbs = {}
    trip_verbs = set()
    for other in others:
        token = _verb_token(article, sentence, other)
        # a verb the parse does not join to this one (two roots) is no evidence of two
        # clauses: "met X, Susan Rice, to discuss" parsed as two sentences
        if token is not None and token.i != own.i and _root(token).i == _root(own).i:
            other_verbs[token.i] = token
            if other.kind == "visit":
                trip_verbs.add(token.i)
    if not other_verbs:
        return _by_position(sentence, trigger, others, parties)
    own_subject = any(c.dep_.startswith("nsubj") for c in own.children)
    # "Macron, qui a rencontré lundi Scholz, se rendra à Varsovie": the noun a relative
    # clause qualifies is its subject
    antecedent = own.head if own.dep_.startswith("acl") and own.head.i != own.i else None
    kept = []
    for party in parties:
        token = article.token_at.get(party.start)
        governor, below = _meeting_verb_above(token, own, other_verbs)
        if governor is None or governor.i == own.i:
            kept.append(party)
            continue
        if antecedent is not None and token is not None and antecedent.i in (token.i, token.head.i):
            kept.append(party)
            continue
        coordinated = (own.dep_ == "conj" and own.head.i == governor.i) or (
            governor.dep_ == "conj" and governor.head.i == own.i
        )
        if coordinated and not own_subject and below.dep_.startswith("nsubj"):
            kept.append(party)
        elif _subject_of_a_participle_before(own, governor, below):
            kept.append(party)
        elif (
            governor.i in trip_verbs
            and _purpose_of(own, governor)
            and not own_subject
            and below.dep_.startswith("nsubj")
        ):
            # "X travelled to Paris to meet Y", "X s'est rendu à Paris pour rencontrer Y": the
            # infinitive of purpose has the trip's subject ("X called Y to discuss Z" is one
            # call, not a call and talks)
            kept.append(party)
    return kept


# "a rencontré X mardi avant de s'entretenir avec Y": the second verb is a clause of the
# first's subject; what stands between the two verbs is the first one's object
_NON_FINITE_LINK = re.compile(
    r"\b(?:avant\s+d['’e]|après\s+(?:avoir|être|s['’]être)|pour|en\s+vue\s+d['’e]|before|after"
    r"|prior\s+to|then)\s*(?:s['’]|se\s+)?$",
    re.IGNORECASE,
)


def _by_position(sentence, trigger: Trigger, others: list, parties: list) -> list:
    """When the parse does not join the sentence's meeting verbs (a parse of several roots),
    by where they stand: what follows the next meeting verb is its own, and when this verb is
    a clause of before, after or purpose of the previous one, what stands between the two is
    the previous verb's."""
    later = [o.start for o in others if o.start >= trigger.end]
    if later:
        cut = sentence.start + min(later)
        parties = [p for p in parties if p.start < cut]
    earlier = [o for o in others if o.end <= trigger.start]
    if earlier:
        previous = max(earlier, key=lambda o: o.end)
        link = _NON_FINITE_LINK.search(sentence.text, previous.end, trigger.start)
        if link:
            low, high = sentence.start + previous.end, sentence.start + link.start()
            parties = [p for p in parties if not low <= p.start < high]
    return parties


def _subject_of_a_participle_before(own, governor, below) -> bool:
    """ "Le négociateur russe X, arrivé dimanche, s'est rendu lundi à Tiraspol": the parse may
    make the sentence's subject that of the participle apposed to it, leaving the verb with
    none; a bare participle before the verb has no subject of its own."""
    return (
        below.dep_.startswith("nsubj")
        and governor.dep_ == "advcl"
        and governor.head.i == own.i
        and governor.i < own.i
        and "Part" in governor.morph.get("VerbForm")
        and not any(c.dep_.startswith(("aux", "nsubj:pass")) for c in governor.children)
        and not any(c.dep_.startswith("nsubj") for c in own.children)
    )


def _purpose_of(own, governor) -> bool:
    """Whether `own` is an infinitive clause hanging from `governor` ("to meet", "pour
    rencontrer"), or from the time noun of `governor` the parse hung it on ("flew to Islamabad
    last month to meet X": "to meet" qualifies "month" in the parse)."""
    if "Inf" not in own.morph.get("VerbForm"):
        return False
    if own.head.i == governor.i:
        return own.dep_ in ("advcl", "xcomp")
    head = own.head
    return (
        own.dep_ in ("acl", "advcl", "xcomp")
        and head.pos_ in ("NOUN", "PROPN", "ADV")
        and head.head.i == governor.i
        and head.dep_.startswith(("obl", "nmod", "advmod"))
    )


def without_side_clauses(
    article: Article, sentence: Sentence, trigger: Trigger, parties: list
) -> list:
    """ "X met Y on Thursday, as Z had urged in March": Z is the subject of an adverbial
    clause of the meeting verb, no side of the meeting. Read in the parse, and only there:
    the subject of a verb that hangs from the meeting verb as its adverbial clause."""
    if not trigger.verb or not article.token_at:
        return parties
    own = _verb_token(article, sentence, trigger)
    if own is None or own.pos_ not in ("VERB", "AUX"):
        return parties
    kept = []
    for party in parties:
        if party.via in ("name", "role") and sentence.start <= party.start < sentence.end:
            verb, below = _first_verb_above(article.token_at.get(party.start), party)
            if (
                verb is not None
                and below.dep_.startswith("nsubj")
                and verb.dep_ == "advcl"
                and verb.head.i == own.i
                and not _subject_of_a_participle_before(own, verb, below)
            ):
                continue
        kept.append(party)
    return kept


def _first_verb_above(token, party):
    """(the first verb above a party's words in the parse, the token just below it)."""
    below, steps = token, 0
    while token is not None and steps < 12:
        if token.head.i == token.i:
            return None, None
        below, token, steps = token, token.head, steps + 1
        if (token.idx >= party.end or token.idx < party.start) and token.pos_ in ("VERB", "AUX"):
            return token, below
    return None, None


def _root(token):
    steps = 0
    while token.head.i != token.i and steps < 40:
        token, steps = token.head, steps + 1
    return token


def _meeting_verb_above(token, own, other_verbs: dict):
    """(the first of the meeting verbs above `token` in the parse, the token just below it)."""
    below, steps = token, 0
    while token is not None and steps < 12:
        if token.i == own.i or token.i in other_verbs:
            return token, below
        if token.head.i == token.i:
            break
        below, token, steps = token, token.head, steps + 1
    return None, None


# "will attend the SCO summit", "participera au sommet de l'OCS": who attends a summit named
# right after the verb
_ATTEND_BEFORE = {
    "en": re.compile(
        r"\b(?P<verb>attend(?:s|ed|ing)?|(?:take|takes|took|taking|taken)\s+part\s+in"
        r"|participat(?:e|es|ed|ing)\s+in)\s+(?:the\s+|a\s+|an\s+|this\s+|next\s+)?"
        r"(?:[\w'’().-]+\s+){0,6}?$",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?P<verb>particip\w+|assist\w+|(?:pris|prendra|prendre|prend|prennent|prendront)"
        r"\s+part)\s+(?:[\w'’-]+\s+){0,4}?(?:au|aux|à\s+la|à\s+l['’])\s*(?:[\w'’().-]+\s+){0,6}?$",
        re.IGNORECASE,
    ),
}


# the words that open a purpose clause: "to attend", "pour participer", "afin d'assister"
_PURPOSE = ("to", "pour", "afin")
# the verbs through which an infinitive keeps the subject of the clause ("is due to attend"),
# not those of telling or asking ("invited him to attend", "a demandé de participer")
_PLANNING_HEAD = re.compile(
    r"be|set|due|expect|expected|schedule|scheduled|plan|hope|want|intend|go|slate|slated"
    r"|devoir|pouvoir|aller|vouloir|compter|prévoir|espérer|souhaiter|être"
    # the French model gives no lemma: "doit participer", "devrait assister", "va prendre part"
    r"|doi[st]|doivent|dev\w+|peu[tx]|peuvent|pourr\w+|pouv\w+|va|vas|vont|all\w+|ir[ao]\w*"
    r"|veu[tx]|veulent|voul\w+|compt\w+|prévoi\w*|prévoy\w+|prévu\w*|esp[èé]r\w+|souhait\w+"
    r"|est|sont|sera|seront|était|étaient",
    re.IGNORECASE,
)


# "will be in Brussels on Thursday for a NATO summit", "sera dimanche au Canada pour le sommet
# du G7": being somewhere for the gathering the noun after it names
_THERE_FOR = {
    "en": re.compile(
        r"\b(?P<be>will\s+be|would\s+be|is|are|was|were)\s+(?:[\w'’-]+\s+){0,2}?(?:in|at)\s"
        r"[^.;:!?]{0,60}?\bfor\s+(?:the|a|an|this|next)\s+(?:[\w'’().-]+\s+){0,4}?$",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?P<be>sera|seront|serait|seraient|est|sont|était|étaient)\s+(?:[\w'’-]+\s+){0,2}?"
        r"(?:à|au|aux|en)\s[^.;:!?]{0,60}?\bpour\s+(?:le|la|les|l['’])\s*"
        r"(?:[\w'’().-]+\s+){0,4}?$",
        re.IGNORECASE,
    ),
}
_CLAUSE_START = re.compile(r"[;:]|\s[—–]\s")


def _there_for(article: Article, sentence: Sentence, trigger: Trigger, parties: list) -> list:
    """The people and states named before "will be in Brussels ... for a NATO summit", "sera
    dimanche au Canada pour le sommet du G7", in that clause: they are at the gathering."""
    match = _THERE_FOR[article.language].search(sentence.text, 0, trigger.start)
    if match is None:
        return []
    starts = [m.end() for m in _CLAUSE_START.finditer(sentence.text, 0, match.start("be"))]
    low = sentence.start + (starts[-1] if starts else 0)
    high = sentence.start + match.start("be")
    return [
        p
        for p in parties
        if low <= p.start < high
        and (p.type == "person" or (p.type == "country" and p.via in ("name", "demonym")))
    ]


def attendees(article: Article, sentence: Sentence, trigger: Trigger, parties: list) -> list:
    """The people and states the sentence names as the subject of the verb by which they
    attend the summit `trigger` names ("Prime Minister Modi, who will attend the SCO summit",
    "Le président Biya participera au sommet de l'UA"): the corpus lists them among its
    sides. Read in the parse; without one, or with no such verb, none."""
    pattern = _ATTEND_BEFORE.get(article.language)
    if pattern is None or not article.token_at or trigger.verb:
        return []
    match = pattern.search(sentence.text, 0, trigger.start)
    if match is None:
        return _there_for(article, sentence, trigger, parties)
    verb = article.token_at.get(sentence.start + match.start("verb"))
    steps = 0
    while (
        verb is not None
        and steps < 4
        and (
            verb.dep_ == "xcomp"
            and _PLANNING_HEAD.fullmatch(verb.head.lemma_ or verb.head.text)
            # "flew to Bangkok to attend", "se rendra à Bangkok pour participer": the purpose
            # of the trip keeps its subject
            or verb.dep_ == "advcl"
            and any(c.dep_ in ("mark", "aux") and c.lower_ in _PURPOSE for c in verb.children)
        )
    ):
        verb, steps = verb.head, steps + 1  # "is set to attend", "doit participer"
    if verb is None:
        return []
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj") and c.pos_ != "PRON"]
    if not subjects and verb.dep_.startswith("acl"):
        subjects = [verb.head]  # "Modi, who is set to attend": the noun the clause qualifies
    if not subjects:
        return []
    subject = subjects[0]
    low = subject.left_edge.idx
    high = subject.right_edge.idx + len(subject.right_edge.text)
    # "Santos, who has also moved to mend fences with Ecuador, is due to take part": not
    # whom the subject's relative clause names
    clauses = [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
        for c in subject.children
        if c.dep_.startswith("acl")
    ]
    return [
        p
        for p in parties
        if low <= p.start < high
        and not any(a <= p.start < b for a, b in clauses)
        and (p.type == "person" or (p.type == "country" and p.via in ("name", "demonym")))
    ]
