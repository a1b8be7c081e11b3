"""Sides: who takes part in the meeting a trigger names.

A meeting noun's own complements ("les négociations entre X et Y") are its sides, else its
clause's, else the sentence's; whoever only reports the news, only dates the meeting ("after
Ruto's election") or is only where it happens ("on the sidelines of the U.N. General Assembly",
"les négociations de Pretoria") is none. A pronoun subject is the story's last subject; a visit
keeps its visitors and where they go; a summit or a definite "the meeting" without sides takes
those of the story's last one. "X rencontrera Y et Z", one meeting of X with each of them, is
bilateral.py's.
"""

import re

from .antecedents import (
    antecedent,
    meeting_referred_back,
    object_pronoun,
    plural_object_pronoun,
    possessive_before,
)
from .bilateral import separate_meetings
from .mentions import people_in, pronoun_subject, recent_organisation
from .model import Article, Sentence, SentenceContext, side_count
from .participants import ROLE_NOUNS, Party
from .patterns import ATTENDS, OF_VENUE, SERIES_WORDS
from .places import location_for
from .sides_syntax import attendees, without_other_verbs_arguments, without_side_clauses
from .triggers import Trigger

_CLAUSE_BOUNDARY = re.compile(r"[;:]|,\s|\bqu(?:e|i)\b|\bthat\b|\bwhich\b|\bwho\b")


# a role noun ending the text before an apposed name: "his Chinese counterpart", "son homologue"
_ROLE_AT_END = {
    language: re.compile(rf"\b{nouns.pattern}$", re.IGNORECASE)
    for language, nouns in ROLE_NOUNS.items()
}
_APPOSITION_END = re.compile(r"\s*(?:[,.;]|$)")
# ", Wei Fenghe", ", Dr Njoroge Mungai", ", M. Jean Dupont": the comma, and an honorific
_APPOSITION_START = re.compile(r",\s+(?:(?:Dr\.?|Mr\.?|Mrs\.?|Ms\.?|M\.|Mme|Sir|Dame)\s+)?")
_BETWEEN_AFTER = re.compile(r"\s+(?:between|entre)\s", re.IGNORECASE)
_WITH_AFTER = re.compile(r"\s+(?:with|avec)\b", re.IGNORECASE)
_BODY_POSSESSIVE = re.compile(r"\b(?:sa|son|its)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NEXT_INSTANCE = re.compile(r"\b(?:next|following|prochaine?|suivante?)\b", re.IGNORECASE)
_ANAPHORA_BEFORE = re.compile(
    r"(?:^|\W)(?:the|this|these|that|le|la|les|l['’]|ce|cet|cette|ces)\s+(?:(?:previous|last|same"
    r"|latest|most\s+recent|recent|précédente?s?|derni(?:er|ère)s?|même|first|second|third"
    r"|fourth|fifth|premier|première|deuxième|troisième|quatrième|cinquième|next|following"
    r"|prochaine?)\s+)?(?:round\s+of\s+)?"
    # "the next trilateral summit": a series' adjective between determiner and noun
    r"(?:(?:trilateral|bilateral|annual|regular|ordinary|extraordinary|informal|special)\s+)?$"
    # "a previous round in Rome", "une nouvelle session", "another round": the same parties
    r"|(?:^|\W)(?:(?:a|an|un|une)\s+(?:previous|earlier|new|fresh|further|second|third|précédente?"
    r"|nouvel(?:le)?|autre|deuxième|troisième)|another)\s+$"
    # "An October 2 meeting was postponed": the story's meeting, named by its date
    r"|(?:^|\W)(?:an?|the)\s+(?-i:[A-Z][a-z]+)\.?\s+\d{1,2}\s+$",
    re.IGNORECASE,
)
_SERIES_IN_TRIGGER = re.compile(rf"(?:{SERIES_WORDS})\b", re.IGNORECASE)
_TIME_PERSON_BEFORE = re.compile(
    r"\b(?:avant|après|depuis|before|after|since|until|jusqu['’]à)\s+(?:l['’]|la\s+|le\s+|the\s+)?"
    r"(?:arrivée\s+au\s+pouvoir|élection|investiture|départ|mort|décès|chute|arrival\s+in\s+power"
    r"|election|inauguration|departure|death|ouster|fall)\s+(?:de\s+|du\s+|d['’]|of\s+)"
    r"(?:M\.\s*|Mme\s*|(?:President|Prime\s+Minister|président|Premier\s+ministre)\s+)?$",
    re.IGNORECASE,
)
# "during Nelson Mandela's funeral": whose ceremony it was, not a side
_CEREMONY_OF_AFTER = re.compile(
    r"['’]s\s+(?:funeral|burial|memorial|inauguration|swearing-in|wedding|coronation|election"
    r"|death|enthronement)\b",
    re.IGNORECASE,
)
_CEREMONY_OF_BEFORE = re.compile(
    r"\b(?:funeral|burial|inauguration|swearing-in|coronation|obsèques|funérailles|enterrement"
    r"|investiture|couronnement|intronisation|prestation\s+de\s+serment)\s+(?:of|de|du|d['’])\s*"
    r"(?:(?:the\s+)?(?:late\s+)?(?:President|King|Queen|Pope|M\.|feu\s+|l['’]ancien\s+|"
    r"(?:le|la)\s+(?:président|présidente|roi|reine|pape))\s*)?$",
    re.IGNORECASE,
)
_SIDELINES_BEFORE = re.compile(
    r"(?:sidelines|margins)\s+of\s+(?:the\s+|an?\s+)?(?:\w+\s+)?$|en\s+marge\s+d(?:u|e\s+la|e\s+l['’]"
    r"|es|e)\s*(?:\w+\s+)?$",
    re.IGNORECASE,
)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_LED_BY = re.compile(
    r"\s*,\s*(?:men[ée]e?s?|conduite?s?|pr[ée]sid[ée]e?s?|dirig[ée]e?s?|led|chaired|headed"
    r"|hosted|co-chaired)\s+(?:\w+\s+)?(?:par|by)\b",
    re.IGNORECASE,
)
# "un sommet sur la sécurité au Nigeria, réunissant les présidents du Nigeria, X, du Tchad, Y":
# who a meeting brings together are its sides
_GATHERING = re.compile(
    r"(?:,\s*|\s)(?:réunissant|rassemblant|regroupant|bringing\s+together|gathering)\b",
    re.IGNORECASE,
)
_MEMBERS_NEAR = re.compile(
    r"\b(?:chefs\s+d['’](?:E|É)tat|dirigeants|ministres|heads\s+of\s+state|leaders|ministers"
    r"|de\s+l['’]organisation|of\s+the\s+(?:bloc|organi[sz]ation))\b",
    re.IGNORECASE,
)
_HEADS = re.compile(
    r"\b(?:chefs\s+d['’](?:E|É)tat(?![\w-])|dirigeants|heads\s+of\s+state|leaders)\b",
    re.IGNORECASE,
)
# bodies whose members are heads of state or government: a meeting of theirs is a summit
_SUMMIT_BODIES = {"European Council"}


def sides_and_place(article: Article, context: SentenceContext, trigger: Trigger, kind: str):
    """(kind, sides, location, whether a trip is made to attend a summit) of one trigger: a
    trip to a body's summit ("se rendrait au G20") or to attend one is that summit."""
    sentence, text = context.sentence, context.sentence.text
    parties = _apart_from_the_one_since(
        context, trigger, _named_sides(article, context, trigger, kind)
    )
    subject = pronoun_subject(article, sentence, trigger) or _possessive_owner(
        article, sentence, trigger
    )
    if subject is None and side_count(parties) == 1 and _WITH_AFTER.match(text[trigger.end :]):
        # "A meeting with X, planned for Friday, was called off": whose meeting is
        # the story's: the subject of the last meeting reported
        subject = article.last_event_subject
    if subject is not None and subject.name not in {p.name for p in parties}:
        parties = [subject] + parties
    met = object_pronoun(article, sentence, trigger, parties, context.parties, context.triggers)
    if met is not None:
        parties = parties + [met]
    parties = parties + plural_object_pronoun(article, sentence, trigger, parties, context.parties)
    location, destination = location_for(
        article, trigger, sentence, kind, [t for t in context.triggers if t not in context.venues]
    )
    if kind == "visit":
        kind, parties = _trip_sides(trigger, sentence, parties, destination)
    if kind != "visit":
        parties = [p for p in parties if p.via != "locative"]
    if kind != "visit":
        # "attend the summit", "participera au Conseil", "will attend the meeting": whoever
        # attends a gathering the noun names is at it, whatever its kind
        names = {p.name for p in parties}
        parties = parties + [
            p for p in attendees(article, sentence, trigger, context.parties) if p.name not in names
        ]
    attends = kind == "visit" and bool(ATTENDS.search(text[trigger.end :]))
    if attends:
        kind = "summit"
    if trigger not in context.venues and trigger.kind != "summit" and context.venues:
        venue_spans = [(v.start - 40, v.end + 40) for v in context.venues]
        parties = [
            p
            for p in parties
            if not (
                p.type == "organization"
                and any(a <= p.start - sentence.start < b for a, b in venue_spans)
            )
        ]
    return kind, parties, location, attends


def _apart_from_the_one_since(context: SentenceContext, trigger: Trigger, parties: list) -> list:
    """ "une visite d'État, la première depuis celle de François Mitterrand en 1983": Mitterrand
    made the earlier visit, not this one; and Chirac, named before, made this one, not that."""
    sentence = context.sentence
    ones = [t for t in context.triggers if t.recalled and t is not trigger]
    later = [t for t in ones if t.start >= trigger.end]
    if later:
        cut = sentence.start + later[0].start
        return [p for p in parties if p.start < cut]
    if trigger.recalled:
        own_start = sentence.start + trigger.end
        if any(p.type == "person" and p.start >= own_start for p in parties):
            # the people told before it, and the states they stand for, are the other's
            others = [p for p in parties if p.type == "person" and p.start < own_start]
            their_states = {p.country for p in others} - {
                p.country for p in parties if p.type == "person" and p.start >= own_start
            }
            return [
                p
                for p in parties
                if p.start >= own_start or (p.type != "person" and p.name not in their_states)
            ]
    return parties


def _possessive_owner(article: Article, sentence, trigger: Trigger):
    """The person "his visit", "sa visite" stands for, when the sentence names no one before
    the meeting noun ("Macron and his hosts" names him)."""
    match = possessive_before(article, sentence, trigger)
    if match is None or any(
        p.start - sentence.start < trigger.start for p in people_in(article, sentence)
    ):
        return None
    return antecedent(article, sentence, match)


def _named_sides(article: Article, context: SentenceContext, trigger: Trigger, kind: str) -> list:
    """The sides the sentence names for the trigger, without those who are only where or when
    it happens, nor those of a meeting named in a time adjunct."""
    sentence, text = context.sentence, context.sentence.text
    parties = _trigger_parties(article, trigger, sentence, context.parties, context.reporting)
    if not trigger.verb:
        # "les négociations de Pretoria": the city where they are held, not a side
        parties = [
            p
            for p in parties
            if not (
                p.via == "metonym"
                and sentence.start + trigger.end <= p.start
                and OF_VENUE.fullmatch(text, trigger.end, p.start - sentence.start)
            )
        ]
    # "avant l'arrivée au pouvoir de M. Pachinian", "after Ruto's election": a person
    # who only dates the meeting is none of its sides
    parties = [
        p
        for p in parties
        if not (
            p.type == "person"
            and (
                _TIME_PERSON_BEFORE.search(
                    text[max(0, p.start - sentence.start - 60) : p.start - sentence.start]
                )
                or _CEREMONY_OF_AFTER.match(text, p.end - sentence.start)
                or _CEREMONY_OF_BEFORE.search(
                    text[max(0, p.start - sentence.start - 50) : p.start - sentence.start]
                )
            )
        )
    ]
    if kind in ("meeting", "talks", "call"):
        # "on the sidelines of the U.N. General Assembly": where they met, not a side
        # "on the margins of Michelle Bachelet's inauguration": whose event it was, not a side
        kept = [
            p
            for p in parties
            if not (
                (p.type == "organization" or _POSSESSIVE_AFTER.match(text, p.end - sentence.start))
                and _SIDELINES_BEFORE.search(
                    text[max(0, p.start - sentence.start - 40) : p.start - sentence.start]
                )
            )
        ]
        if side_count(kept) >= 2:
            parties = kept
    if context.embedded and trigger not in context.embedded:
        cut = sentence.start + context.adjunct.start()
        parties = [p for p in parties if p.start < cut]
    parties = without_other_verbs_arguments(article, context, trigger, parties)
    return without_side_clauses(article, context.sentence, trigger, parties)


def _trip_sides(trigger: Trigger, sentence: Sentence, parties: list, destination):
    """(kind, sides) of a trip: to a body's summit, or a visit."""
    orgs = [
        p for p in parties if p.type == "organization" and p.start > sentence.start + trigger.start
    ]
    attended = [p for p in orgs if 0 <= p.start - (sentence.start + trigger.end) <= 15]
    if (
        trigger.verb
        and attended
        and not any(
            p.type == "person" and sentence.start + trigger.end < p.start < attended[0].start
            for p in parties
        )
    ):
        # "se rendrait au G20": who goes, and the organisation whose summit it is
        trigger_abs = sentence.start + trigger.start
        goers = [p for p in parties if p.start < trigger_abs or p.via == "pronoun"]
        goers = [p for p in goers if p.type != "country" or p.tied or p.via == "demonym"]
        return "summit", goers + attended
    return "visit", _visit_parties(trigger, sentence, parties, destination)


def sides_of_the_story(
    article: Article, context: SentenceContext, trigger: Trigger, kind: str, parties: list
):
    """(kind, sides): a summit or a meeting of members without a body of its own is the body's
    the story is about; a meeting of bodies alone is a conference; leaders who meet at a body's
    summit meet each other, not the body."""
    text = context.sentence.text
    if (
        kind in ("summit", "conference")
        and not any(p.type == "organization" for p in parties)
        and side_count(parties) < 2
    ):
        # "un premier sommet extraordinaire le 30 juillet": the organisation the story
        # is about, from its last summit
        organisation = recent_organisation(article)
        if organisation is not None:
            parties = parties + [organisation]
    elif (
        kind == "meeting"
        and not any(p.type == "organization" for p in parties)
        and side_count(parties) < 2
        and re.match(r"(?:r[ée]union|session|meeting)", trigger.text, re.IGNORECASE)
        and _BODY_POSSESSIVE.search(text, max(0, trigger.start - 12), trigger.start)
        and recent_organisation(article) is not None
    ):
        # "sa réunion semestrielle se tiendrait le 1er juillet", "its annual meeting": the
        # meeting of the body the story is about
        parties = [recent_organisation(article)] + parties
        kind = "conference"
    elif (
        kind == "meeting"
        and not parties
        and _MEMBERS_NEAR.search(text, max(0, trigger.start - 80), trigger.end + 60)
    ):
        # "un premier rendez-vous des chefs d'Etat", "les ministres de l'organisation
        # doivent se retrouver": the members of the body the story is about
        organisation = recent_organisation(article)
        if organisation is not None:
            parties = [organisation]
            heads = _HEADS.search(text, max(0, trigger.start - 80), trigger.end + 60)
            kind = "summit" if heads else "conference"
    if (
        (kind == "meeting" or (kind == "talks" and trigger.kind == "meeting"))
        and any(p.type == "organization" for p in parties)
        and all(p.type == "organization" or p.via == "locative" for p in parties)
    ):
        # "une réunion de la Ligue arabe", "an ASEAN meeting": a multilateral body meets; its
        # leaders' meeting ("the EU leaders met", "the European Council") is a summit
        leaders = _HEADS.search(text, max(0, trigger.start - 60), trigger.end + 40)
        summit_body = any(p.name in _SUMMIT_BODIES for p in parties)
        kind = "summit" if leaders or summit_body else "conference"
    visitor = article.last_event_subject
    if (
        kind == "visit"
        and not trigger.verb
        and parties
        and all(p.via == "place" for p in parties)
        and visitor is not None
        and visitor.type == "person"
        and visitor.country not in {p.name for p in parties}
        and not _VISITING_PARTY_AFTER.search(text, trigger.end, trigger.end + 60)
    ):
        # "During visits to Vanuatu and Fiji in January": a trip with no traveller named is
        # the story's protagonist's
        parties = [visitor] + parties
    if kind in ("call", "meeting") and side_count([p for p in parties if p.type == "person"]) >= 2:
        # a meeting between leaders is not "with the G20" they meet at
        parties = [p for p in parties if p.type != "organization"]
    return kind, parties


# "la visite à Hanoï d'une délégation du Saint-Siège": a visitor named after the noun (not "le
# déplacement du ministre", the protagonist again)
_VISITING_PARTY_AFTER = re.compile(
    r"\b(?:d['’]une?|of\s+an?)\s+(?:\w+\s+)?(?:délégations?|delegations?"
    r"|missions?|émissaires?|envoyée?s?|envoys?|ministres?|ministers?|responsables?|officials?)\b",
    re.IGNORECASE,
)


def sides_referred_back(article: Article, trigger: Trigger, text: str, kind: str, parties: list):
    """(kind, sides): "The meeting, which had been set for ...", "la précédente rencontre", "a
    third round" with fewer than two sides of its own, or a meeting that names no side at all
    ("A technical meeting that had been set for April 27", "the delegations would meet again"):
    the parties of the meeting the story last reported. Measured on every set (session 20),
    the meetings with no side this keeps are the story's far more often than not."""
    # "Un troisième cycle est prévu samedi": a numbered round of the story's negotiations
    series = kind == "talks" and bool(_SERIES_IN_TRIGGER.match(trigger.text))
    # "negotiations that opened on May 6", "talks held on January 24 at Moldo" with no party
    # at all, in a story of negotiations: the story's negotiations
    series = series or (kind == "talks" and not parties)
    anaphoric = bool(_ANAPHORA_BEFORE.search(text[: trigger.start]))
    if (
        side_count(parties) < 2
        and not any(p.type == "organization" for p in parties)
        and (series or anaphoric or (not parties and kind in ("meeting", "conference")))
    ):
        antecedent = None
        if "gathering" in trigger.text.lower():
            # a gathering is many-sided: the story's last summit or conference
            antecedent = meeting_referred_back(article, "summit") or meeting_referred_back(
                article, "conference"
            )
        antecedent = antecedent or meeting_referred_back(article, kind)
        if antecedent is not None:
            referred = list(antecedent.parties)
            if _NEXT_INSTANCE.search(text, max(0, trigger.start - 25), trigger.end):
                # "The next one is planned for Rovaniemi in 2019", "le prochain aura lieu en
                # Espagne": the body and the states meet again; who sat there last time may not
                states = [p.country for p in referred if p.type == "person" and p.country]
                referred = [p for p in referred if p.type != "person"] + [
                    Party(state, "country", 0, 0, None, "office") for state in dict.fromkeys(states)
                ]
            elif (series or not anaphoric) and antecedent.kind not in ("summit", "visit"):
                referred = _sides_of_a_round(referred)
            known = {p.name for p in referred}
            parties = referred + [p for p in parties if p.name not in known]
            if kind == "meeting":
                kind = antecedent.kind  # "the meeting" that refers back to a summit
    return kind, parties


def _sides_of_a_round(referred: list) -> list:
    """ "Le quatrième cycle", "the ninth round", "the talks reopened": the sides of the story's
    negotiations, not who sat there last time, since a round's delegations change. A person
    stays only when no other side stands for their state: a mediator, an envoy of no side."""
    sides = {p.name for p in referred if p.type != "person"}
    return [p for p in referred if p.type != "person" or (p.country or p.name) not in sides]


def _trigger_parties(
    article: Article, trigger: Trigger, sentence: Sentence, parties: list, reporting: list
) -> list:
    """Parties of one trigger: the noun's own complements, else its clause, else the whole
    sentence; whoever is in a reporting clause only when the trigger is in it too."""
    text = sentence.text
    own_span = next((i for i, (a, b) in enumerate(reporting) if a <= trigger.start < b), -1)
    parties = [p for p in parties if p.reported in (-1, own_span)]
    if not trigger.verb and not separate_meetings(text, trigger):
        local_end = trigger.end
        stops = re.finditer(
            # a full stop, not the dots of "U.S." or "U.N."
            r"[,;:!?()]|(?<!\b[A-Z])\.|\s(?:et|and|mais|but|qui|which|puis)\s",
            text[trigger.end : trigger.end + 90],
        )
        stop = next(stops, None)
        if (
            stop
            and stop.group().strip() in ("and", "et")
            and _BETWEEN_AFTER.match(text, trigger.end, trigger.end + stop.start())
        ):
            # "Talks between Iraq and Kuwait": the "and" joins the two sides
            stop = next(stops, None)
        local_end = trigger.end + (stop.start() if stop else min(90, len(text) - trigger.end))
        # "talks with his Chinese counterpart, Wei Fenghe,": the name the role stands for, on
        # the role's side (it makes no second side of the noun's own)
        apposed = []
        if stop and stop.group() == ",":
            apposed = _apposed_name(article.language, text, local_end, parties, sentence.start)
        led_by = _LED_BY.match(text, trigger.end)
        gathering = _GATHERING.search(text, trigger.end, min(len(text), trigger.end + 60))
        if led_by:
            # "ces discussions, menées par X et son homologue Y,": who leads them are sides
            end = re.search(r"[,;:!?()]|(?<!\b[A-Z])\.", text[led_by.end() :])
            local_end = led_by.end() + (end.start() if end else len(text) - led_by.end())
        elif gathering:
            # a list of who it brings together runs on over its commas, to the clause's end
            end = re.search(r"[;:!?()]|(?<!\b[A-Z])\.", text[gathering.end() :])
            local_end = gathering.end() + (end.start() if end else len(text) - gathering.end())
        local_start = trigger.start
        before = text[max(0, trigger.start - 40) : trigger.start]
        if article.language == "en":
            cut = max(
                before.rfind(","),
                before.rfind(" a "),
                before.rfind(" the "),
                before.rfind(" an "),
            )
            local_start = trigger.start - (len(before) - cut) if cut >= 0 else trigger.start
        local = [
            p
            for p in parties
            if local_start <= p.start - sentence.start < local_end
            and not (
                local_start <= p.start - sentence.start < trigger.start
                and p.type == "person"
                and article.language == "fr"
            )
        ]
        boundary = _clause_start(text[: trigger.start], parties, sentence.start)
        clause = [p for p in parties if boundary <= p.start - sentence.start < local_end]
        if gathering and not led_by and side_count(clause) >= 2:
            # "X accueillera un sommet réunissant Y et Z": the host, and who it brings together
            article.own_sides.add(trigger)
            return clause + apposed
        # "talks with Saudi Arabia that were to be held in Iraq": where they were to be
        # held is no second side of the noun's own
        own = [p for p in local if p.via != "locative"]
        if side_count(own) >= 2 or any(p.type == "organization" for p in own):
            article.own_sides.add(trigger)
            return local + apposed
        if side_count(clause) >= 2:
            return clause + apposed
    return list(parties)


def _apposed_name(language: str, text: str, comma: int, parties: list, offset: int):
    """[the person] named right after the comma at `comma`, set off as an apposition ("...,
    Wei Fenghe," or "..., Wei Fenghe.") to the role noun the text before the comma ends on."""
    if not _ROLE_AT_END[language].search(text, max(0, comma - 40), comma):
        return []
    for party in parties:
        start, end = party.start - offset, party.end - offset
        if party.type == "person" and _APPOSITION_START.fullmatch(text[comma:start] or "x"):
            return [party] if _APPOSITION_END.match(text, end) else []
    return []


# ", le Niger et la Libye", ", du Cameroun,": the comma of a list of parties
_LIST_ITEM = re.compile(
    r"\s*(?:(?:le|la|les|l['’]|du|de\s+la|de\s+l['’]|des|the)\s*)?$", re.IGNORECASE
)
_NEXT_ITEM = re.compile(r",\s|\s+(?:et|and)\s", re.IGNORECASE)


def _clause_start(before: str, parties: list, offset: int) -> int:
    """Where the clause ending at the trigger starts: after its last boundary, not counting
    the commas of a list of parties ("Le Tchad, le Cameroun, le Niger et la Libye se sont
    réunis")."""
    spans = [(p.start - offset, p.end - offset) for p in parties]
    ends = {end for _start, end in spans}
    for match in reversed(list(_CLAUSE_BOUNDARY.finditer(before))):
        listed = (
            match.group().startswith(",")
            and match.start() in ends
            and any(
                start >= match.end()
                and _LIST_ITEM.fullmatch(before, match.end(), start)
                and _NEXT_ITEM.match(before, end)
                for start, end in spans
            )
        )
        if not listed:
            return match.end()
    return 0


def _visit_parties(trigger, sentence, parties, destination) -> list:
    """A visit: the visitors (persons, their role countries, the subject) and where they
    go; other countries of the sentence are not part of it."""
    trigger_abs = sentence.start + trigger.start
    keep = []
    for party in parties:
        if party.type == "person" or party.via in ("pronoun", "backref", "role"):
            keep.append(party)
        elif party.tied or party.via == "metonym" and party.start < trigger_abs:
            keep.append(party)
        elif party.type == "organization":
            keep.append(party)
        elif party.start < trigger_abs and party.via in ("name", "demonym"):
            keep.append(party)
    if destination is not None:
        keep = [p for p in keep if p.name != destination or p.via == "place"]
        if destination not in {p.name for p in keep}:
            keep.append(Party(destination, "country", 0, 0, None, "place"))
    else:
        after = [
            p for p in parties if p.type == "country" and p.start > trigger_abs and p not in keep
        ]
        keep += after[:1]
    return keep
