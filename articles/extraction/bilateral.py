"""One meeting per object: "X rencontrera Y et Z" is one meeting of X with each of Y and Z, as
the annotated sets count them; "separate talks with X, with Y and with Z", "met separately
with", "l'un après l'autre" too, whoever the one side is; three or more people met in one go
are one meeting. Called by the candidates stage on the sides `sides.sides_and_place` found.
"""

import re

from .model import Sentence
from .triggers import Trigger

_SEPARATE_BEFORE = re.compile(
    r"\b(?:separate|distinct|séparés?|séparées?|distincts?|series\s+of|série\s+de)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# "des entretiens séparés avec X et Y": the French adjective follows the noun
_SEPARATE_AFTER_NOUN = re.compile(r"\s+(?:séparé|distinct)(?:e|s|es)?\b", re.IGNORECASE)


# "a bilateral with X and Y": a meeting of two, so one with each
_SEPARATE_IN = re.compile(r"\b(?:separate|distinct|séparé|série|bi-?lat[ée]ral)", re.IGNORECASE)


# "a reçu vendredi séparément X et Y", "met separately with X and Y", "l'un après l'autre"
_SEPARATELY_AFTER = re.compile(
    r"[^.;]{0,30}?\b(?:separately|séparément|l['’]une?\s+après\s+l['’]autre|tour\s+à\s+tour"
    r"|successivement|one\s+after\s+the\s+other|in\s+turn)\b",
    re.IGNORECASE,
)


def separate_meetings(text: str, trigger: Trigger) -> bool:
    """ "separate talks with X and Y", "held separate sessions with", "met separately with X and
    Y": one meeting each."""
    return bool(
        _SEPARATE_BEFORE.search(text[: trigger.start])
        or _SEPARATE_IN.search(trigger.text)
        or (not trigger.verb and _SEPARATE_AFTER_NOUN.match(text, trigger.end))
        or (trigger.verb and _SEPARATELY_AFTER.match(text, trigger.end))
    )


_CLAUSE_END = re.compile(
    r";|,\s*(?:a|ont|avait)\s+(?:\w+\s+){0,2}?(?:annoncé|indiqué|déclaré|précisé|ajouté)"
    r"|\b(?:alors\s+que|tandis\s+que|while|whereas|as\s+the|amid)\b"
    r"|,\s*(?:\w+\s+){0,4}?(?:said|says|told|added)\b",
    re.IGNORECASE,
)


_OF_PERSON = re.compile(r"\s+(?:of|from|du|de(?:\s+la|\s+l['’])?|d['’])\s*", re.IGNORECASE)


# ", le général X"; also "Qatar's ruler, Emir X": the country's role noun, then the name
# "the Seychelles foreign minister, Marie-Claire Hoareau": role words before the comma
_APPOSED = re.compile(
    r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,3}\s*,\s*(?:(?:le|la|l['’]|the)\s+)?(?:[\w-]+\s+){0,2}"
)


_RELATIVE_START = re.compile(r",\s*(?:who|whose|qui|dont)\b", re.IGNORECASE)

# "met X, whose country joined the bloc, and Pakistani Prime Minister Y": the relative clause
# ends at ", and", where the verb's objects go on (role words, then the person)
_OBJECTS_RESUMED = re.compile(r",\s+(?:and|et)\s+", re.IGNORECASE)
_ROLE_WORDS = re.compile(r"(?:[\w'’.-]+\s+){0,5}")


_PARTICIPLE_CLAUSE = re.compile(
    r",\s*(?!(?:including|notamment|among|parmi|such)\b)(?:[a-z]{3,}ing|en\s+[a-zéèê]{3,}ant)\b"
)


_ALONGSIDE = re.compile(
    r"\b(?:alongside|accompanied\s+by|together\s+with|joined\s+by|aux\s+côtés\s+d[eu']"
    r"|accompagnée?s?\s+(?:de|du|des|par)|en\s+compagnie\s+d[eu'])",
    re.IGNORECASE,
)


def split_bilateral(trigger: Trigger, sentence: Sentence, parties: list) -> list:
    """ "X rencontrera Y et Z": one meeting of X with each of Y and Z; with three or more met
    in one go, one meeting of them all, unless the sentence says "separately"."""
    separate = separate_meetings(sentence.text, trigger)
    if not (trigger.verb or separate) or (trigger.kind not in ("call", "meeting") and not separate):
        return [parties]
    trigger_abs = sentence.start + trigger.start
    clause_end = sentence.start + _clause_end(sentence.text, trigger.end)
    # ", who asked him to raise the fate of Japanese citizens": a relative clause describes,
    # its countries are no side of the meeting
    relative = _RELATIVE_START.search(sentence.text, trigger.end)
    if relative:
        clause_end = min(clause_end, sentence.start + relative.start())
    subjects = [p for p in parties if p.type == "person" and p.start < trigger_abs]
    if separate and not subjects:
        # "Israel held separate talks with Syria, with Jordan and with Lebanon": a state or a
        # body can be the one side that meets each of the others
        subjects = [p for p in parties if p.start < trigger_abs]
    # "will meet Wu Dawei, briefing Wu about his talks with Kim", "with Samia Suluhu Hassan,
    # who asked him to help Ugandan traders": who the participle's or the relative clause's
    # words name is no one met
    participle = _PARTICIPLE_CLAUSE.search(sentence.text, trigger.end)
    objects_end = sentence.start + min(
        participle.start() if participle else len(sentence.text),
        relative.start() if relative else len(sentence.text),
    )
    resumed = _resumed_object(sentence, relative, parties) if relative else []
    if any(trigger_abs <= p.start < objects_end for p in parties):
        parties = [p for p in parties if p.start < objects_end or p in resumed]
    objects = [
        p
        for p in parties
        if p.type == "person"
        and (trigger_abs <= p.start < objects_end or p in resumed)
        and p.via not in ("backref", "pronoun")
        and p.name not in {s.name for s in subjects}
    ]
    # "meets X in Mekelle, alongside the US envoy Y": who comes along is at the one meeting
    along = _ALONGSIDE.search(sentence.text, trigger.end)
    if along:
        objects = [o for o in objects if o.start < sentence.start + along.start()]
    # "Wang Yi of China": the country of the person just named goes with that person
    countries_of_objects = {
        id(o): c
        for o in objects
        for c in parties
        if c.type == "country"
        and 0 < c.start - o.end <= 8
        and _OF_PERSON.fullmatch(sentence.text, o.end - sentence.start, c.start - sentence.start)
    }
    # "with Greek finance minister Euclid Tsakalotos": the country of the role phrase just
    # before a person is that person's, not one more side met
    for o in objects:
        for c in parties:
            if (
                id(o) not in countries_of_objects
                and c.type == "country"
                and c.name == o.country
                and trigger_abs <= c.start
                and 0 < o.start - c.end <= 40
            ):
                countries_of_objects[id(o)] = c
    free_countries = [
        p
        for p in parties
        if p.type == "country"
        and trigger_abs <= p.start < min(clause_end, objects_end)
        and not p.tied
        and p.via in ("demonym", "name")
    ]
    # "le chef de la junte malienne, le général Assimi Goïta": a country in apposition to
    # the person who follows it is that person's, not a side of its own
    free_countries = [
        c
        for c in free_countries
        if not any(
            0 < o.start - c.end <= 40
            and _APPOSED.fullmatch(sentence.text, c.end - sentence.start, o.start - sentence.start)
            for o in objects
        )
        and c not in countries_of_objects.values()
    ]
    if not subjects and _one_after_the_other(sentence, objects):
        # "Le médiateur a reçu lundi Nicolás Maduro, puis Juan Guaidó", the host unnamed:
        # each was received, the two did not meet each other
        return [
            [person]
            + ([countries_of_objects[id(person)]] if id(person) in countries_of_objects else [])
            for person in _distinct(objects)
        ]
    if len({p.name for p in subjects}) != 1:
        return [parties]
    # "held separate meetings with counterparts from Mexico and Bosnia": one meeting each
    country_groups = len({c.name for c in free_countries}) if separate else 1
    if len({p.name for p in objects}) + (country_groups if free_countries else 0) < 2:
        return [parties]
    # "hosted the foreign ministers of the three countries, A, B and C", "meets de Gaulle,
    # Macmillan and Adenauer at the Western summit": three or more met in one go sit at one
    # table; two ("X met Y and Z") are one meeting each, as the annotated sets count them
    if not separate and len({p.name for p in objects}) >= 3:
        return [parties]
    subject = subjects[0]
    subject_side = [p for p in parties if p.start < trigger_abs]
    if subject.type != "person":
        free_countries = [c for c in free_countries if c.name != subject.name]
    groups = []
    seen = set()
    for person in objects:
        if person.name in seen:
            continue
        seen.add(person.name)
        tied = [
            p
            for p in parties
            if p.type == "country"
            and p.tied
            and p.start >= trigger_abs
            and abs(p.start - person.start) <= 40
            and p.name != subject.country
        ]
        tied.sort(key=lambda p: (p.start > person.start, abs(p.start - person.start)))
        own_country = countries_of_objects.get(id(person))
        groups.append(
            subject_side + [person] + (tied[:1] or ([own_country] if own_country else []))
        )
    if free_countries and separate:
        seen_countries = set()
        for country in free_countries:
            if country.name not in seen_countries:
                seen_countries.add(country.name)
                groups.append(subject_side + [country])
    elif free_countries:
        groups.append(subject_side + free_countries)
    return groups


# "X, puis Y", "X and then Y": met one after the other
_THEN = re.compile(r"\b(?:puis|ensuite|then|later)\b(?!-)", re.IGNORECASE)


def _one_after_the_other(sentence: Sentence, objects: list) -> bool:
    """Whether the people met, two or more, are told one after the other ("puis", "then")."""
    people = _distinct(objects)
    if len(people) < 2:
        return False
    first, last = people[0], people[-1]
    return bool(
        _THEN.search(sentence.text, first.end - sentence.start, last.start - sentence.start)
    )


def _distinct(people: list) -> list:
    """The people in text order, each once."""
    seen, out = set(), []
    for person in sorted(people, key=lambda p: p.start):
        if person.name not in seen:
            seen.add(person.name)
            out.append(person)
    return out


def _resumed_object(sentence: Sentence, relative: re.Match, parties: list) -> list:
    """The person named right after the ", and" that closes a relative clause between two
    objects of the verb, with the country named among their role words."""
    for resumed in _OBJECTS_RESUMED.finditer(sentence.text, relative.end()):
        after = sentence.start + resumed.end()
        people = [
            p
            for p in parties
            if p.type == "person"
            and after <= p.start
            and _ROLE_WORDS.fullmatch(sentence.text, resumed.end(), p.start - sentence.start)
        ]
        if people:
            person = people[0]
            return [person] + [
                p for p in parties if p.type == "country" and after <= p.start < person.start
            ]
    return []


def _clause_end(text: str, offset: int) -> int:
    """Where the clause that goes on at `offset` ends: a reporting verb, a subordinate
    conjunction ("alors que", "while") or a semicolon."""
    match = _CLAUSE_END.search(text, offset)
    return match.start() if match else len(text)
