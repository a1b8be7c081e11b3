"""Antecedents: the person a pronoun or a possessive stands for, from the sentences before.

"Xi Jinping met Putin on Monday. Wang Yi stayed behind. On Tuesday he met Lavrov": "he" is the
person the last sentence was about, the first it names (where a sentence's subject usually
stands), unless the subject of the last meeting reported is among those it names. With no one
named before, the subject of the last meeting, else the last person named.

A definite meeting noun with no side of its own ("The meeting, which had been set for ...", "le
premier cycle") stands for the meeting the story last reported (`meeting_referred_back`).
"""

import re

from .model import Article, Candidate, Sentence, person_party, side_count
from .participants import Party
from .triggers import Trigger
from .validity import is_valid


def _previous_sentence_people(article: Article, sentence: Sentence) -> list:
    """The people named in the last sentence before `sentence` that names anyone."""
    before = [p for p in article.people_seen if p.start < sentence.start]
    if not before:
        return []
    last = article.sentence_of_person.get(before[-1].start)
    return [p for p in before if article.sentence_of_person.get(p.start) == last]


def antecedent(article: Article, sentence: Sentence, match: re.Match) -> Party | None:
    """The person the words `match` of `sentence` ("he", "sa") stand for."""
    group = _previous_sentence_people(article, sentence)
    subject = article.last_event_subject
    if group and (subject is None or subject.name not in {p.name for p in group}):
        return person_party(group[0], sentence, match, "pronoun")
    if subject is not None:
        return Party(
            subject.name,
            "person",
            sentence.start + match.start(),
            sentence.start + match.end(),
            subject.country,
            "pronoun",
        )
    if article.people_seen:
        return person_party(article.people_seen[-1], sentence, match, "pronoun")
    return None


# "met him on Monday", "talks with her", "l'a reçu", "doit le recevoir", "lui a téléphoné",
# "s'est entretenu avec lui": a pronoun for the one met. "her" is not when a noun follows it
# ("met her counterpart"), "le" not when the meeting word is a noun ("le rendez-vous").
_AFTER_HER = (
    r"(?=\s*(?:[,.;:]|$)|\s+(?:on|in|at|for|during|after|before|again|twice|once|last|this"
    r"|next|yesterday|today|tomorrow|briefly|privately|separately|and|over|by|early|late|later"
    r"|shortly)\b)"
)
# matched from the end of the meeting word; the French clitics stand before it
_OBJECT_AFTER = {
    "en": re.compile(rf"\s*(?:(?:\w+\s+){{0,3}}?with\s+)?(?:him\b|her{_AFTER_HER})", re.IGNORECASE),
    "fr": re.compile(r"\s+(?:[\w'’]+\s+){0,3}?avec\s+(?:lui|elle)\b(?!-)", re.IGNORECASE),
}
# "la" is left out: more often the delegation or the mission named before than a woman
_CLITIC_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:(?:l['’]|le\s+|lui\s+)(?:a|avait|aura|aurait|ont|avaient)\s+"
    r"(?:\w+\s+)?|(?:le|lui|l['’])\s*)$",
    re.IGNORECASE,
)
# the clitic a French meeting word was read with ("l'a reçu")
_CLITIC_FIRST = re.compile(r"(?:l['’]|le\s|lui\s)", re.IGNORECASE)


def _object_match(article, sentence, trigger, parties, after, first, before):
    """The words of a pronoun object of the meeting word, if it has one and names fewer than
    two people yet: after it (`after`), or a French clitic it was read with (`first`) or that
    stands right before its verb (`before`)."""
    if not trigger.verb or len([p for p in parties if p.type == "person"]) >= 2:
        return None
    text = sentence.text
    match = after[article.language].match(text, trigger.end)
    if match is None and article.language == "fr":
        # "l'a reçu", "les a reçus": the clitic the meeting word was read with
        match = first.match(text, trigger.start)
    if match is None and article.language == "fr":
        token = article.token_at.get(sentence.start + trigger.start) if article.token_at else None
        if token is not None and token.pos_ in ("VERB", "AUX"):
            match = before.search(text, max(0, trigger.start - 30), trigger.start)
    return match


def _people_named_before(named: list, sentence: Sentence, trigger: Trigger, sides: set) -> list:
    """The people the sentence names before the meeting word who are no side yet."""
    return [
        p
        for p in named
        if p.type == "person"
        and p.via in ("name", "role")
        and p.start < sentence.start + trigger.start
        and p.name not in sides
    ]


def object_pronoun(
    article: Article, sentence: Sentence, trigger: Trigger, parties: list, named: list, triggers
):
    """The person a pronoun object of the meeting word stands for ("Scholz received him"):
    the last person the sentence names before it who is not a side already ("When Putin came to
    Baku, Aliyev received him"), else the first the last sentence naming anyone names, else the
    last person named before."""
    match = _object_match(
        article, sentence, trigger, parties, _OBJECT_AFTER, _CLITIC_FIRST, _CLITIC_BEFORE
    )
    if match is None:
        return None
    if re.match(r"l['’]|le\s", match.group(0).strip() + " ", re.IGNORECASE) and any(
        t.start < trigger.start and not t.verb for t in triggers
    ):
        # "la mission conjointe ..., ... pour le recevoir": the clitic may be the meeting
        # named before it, not a person
        return None
    sides = {p.name for p in parties}
    for person in (
        list(reversed(_people_named_before(named, sentence, trigger, sides)))
        + _previous_sentence_people(article, sentence)
        + list(reversed([p for p in article.people_seen if p.start < sentence.start]))
    ):
        if person.name not in sides:
            return person_party(person, sentence, match, "pronoun")
    return None


# "received them", "les a reçus", "leur a téléphoné", "avec eux": a pronoun for the people met
_PLURAL_OBJECT_AFTER = {
    "en": re.compile(r"\s*(?:(?:\w+\s+){0,3}?with\s+)?them\b", re.IGNORECASE),
    "fr": re.compile(r"\s+(?:[\w'’]+\s+){0,3}?avec\s+(?:eux|elles)\b(?!-)", re.IGNORECASE),
}
_PLURAL_CLITIC_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:les|leur)\s+(?:(?:a|avait|aura|aurait|ont|avaient)\s+(?:\w+\s+)?)?$",
    re.IGNORECASE,
)
_PLURAL_CLITIC_FIRST = re.compile(r"(?:les|leur)\s", re.IGNORECASE)


def plural_object_pronoun(
    article: Article, sentence: Sentence, trigger: Trigger, parties: list, named: list
) -> list:
    """The people a plural pronoun object of the meeting word stands for ("Scholz received
    them"): those the sentence names before it who are no side yet, when two or more, else
    those of the last sentence naming anyone."""
    match = _object_match(
        article,
        sentence,
        trigger,
        parties,
        _PLURAL_OBJECT_AFTER,
        _PLURAL_CLITIC_FIRST,
        _PLURAL_CLITIC_BEFORE,
    )
    if match is None:
        return []
    sides = {p.name for p in parties}
    before = _people_named_before(named, sentence, trigger, sides)
    group = (
        before
        if len({p.name for p in before}) >= 2
        else [p for p in _previous_sentence_people(article, sentence) if p.name not in sides]
    )
    people = list({p.name: p for p in group}.values())
    if len(people) < 2:
        return []
    return [person_party(person, sentence, match, "pronoun") for person in people]


# "His state visit to Washington", "sa première visite officielle": the meeting of the person
# the story is about
_POSSESSIVE_BEFORE = {
    "en": re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE),
    "fr": re.compile(r"\b(?:sa|son)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE),
}


def possessive_before(article: Article, sentence: Sentence, trigger: Trigger) -> re.Match | None:
    """ "his", "sa" right before a meeting noun, when there is one (the sentence's people are
    looked at only then: most triggers have none)."""
    if trigger.verb:
        return None
    return _POSSESSIVE_BEFORE[article.language].search(
        sentence.text, max(0, trigger.start - 40), trigger.start
    )


def meeting_referred_back(article: Article, kind: str) -> Candidate | None:
    """The meeting the story last reported, for a definite noun with no party of its own (for
    talks, the last talks with two sides, dated or not)."""
    for candidate in reversed(article.candidates):
        if candidate.value is None or not is_valid(candidate):
            continue
        # "the talks" refer back to talks; a plain "meeting" to any encounter but a call
        if candidate.kind == kind or (kind == "meeting" and candidate.kind != "call"):
            return candidate
    if kind == "talks":
        # "deux cycles de pourparlers indirects" between Iran and the United States, then "le
        # premier cycle": the sides of the story's negotiations, even when told with no date
        for candidate in reversed(article.candidates):
            if (
                candidate.kind == kind
                and is_valid(candidate)
                and side_count(candidate.parties) >= 2
            ):
                return candidate
        # "The negotiations tomorrow take up most of the day" in a story of a summit: the sides
        # of the story's last dated meeting
        for candidate in reversed(article.candidates):
            if (
                candidate.kind != "call"
                and candidate.value is not None
                and side_count(candidate.parties) >= 2
            ):
                return candidate
    return None
