"""Who takes part in a meeting: gazetteer matches turned into parties, with the rules of news prose.

- "le président ukrainien Volodymyr Zelensky", "Ukrainian President Volodymyr Zelenskiy": the
  person, and the country the role phrase names.
- "le président nigérien", "the French president" (no name): the last person of that country
  mentioned earlier in the article, else the gazetteer's holder of that role that year, else the
  country alone.
- "pourparlers russo-américains", "rencontre Russie-Otan": every part of the compound.
- "Washington", "le Kremlin" as actors are their countries; after "à/in/to" they are places.
- "les deux hommes", "the two leaders", "tous deux": the N people mentioned most recently.
- "le chef de l'Etat", "le souverain", "the president" (no name, no country): the last person
  mentioned who holds that kind of role.
- whoever is in a reporting clause ("selon la Maison Blanche", "the Elysée said") or is the
  topic ("sur l'Ukraine", "talks on Ukraine") takes no part.

The role nouns and the gazetteer roles each can stand for are data: data/roles_fr.json and
data/roles_en.json.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .first_letters import at_its_first_letters
from .gazetteer import Actor, Gazetteer, fold


@dataclass
class Party:
    name: str
    type: str  # person | country | organization
    start: int  # absolute character offsets of the mention in the article
    end: int
    country: str | None = None  # for people: their country, when known
    via: str = "name"  # name | demonym | role | backref | pronoun | metonym | prefix
    tied: bool = False  # a country named by the role phrase of a person next to it
    reported: int = -1  # index of the reporting clause it stands in, -1 when none


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _roles(language: str) -> dict:
    """data/roles_<language>.json: the role nouns of one language and what they stand for."""
    path = Path(__file__).parent / "data" / f"roles_{language}.json"
    return json.loads(path.read_text("utf-8"))


_ROLES = {language: _roles(language) for language in ("fr", "en")}
ROLE_NOUNS = {
    language: _rx(f"(?:{'|'.join(roles['nouns'])})") for language, roles in _ROLES.items()
}

# which gazetteer roles a role noun can stand for, for "le souverain" or "the president"
ROLE_GROUPS = {
    name: tuple(group) for roles in _ROLES.values() for name, group in roles["stands_for"].items()
}

_ROLE_GROUPS_FOLDED = {fold(name): group for name, group in ROLE_GROUPS.items()}

_LOCATIVE_BEFORE = {
    "fr": _rx(
        r"(?:\b(?:(?:nord|sud|est|ouest|centre|frontière|frontières)\s+(?:de\s+la|de\s+l['’]|du|des"
        r"|de)\s*|à|a|en|au|aux|dans|vers|depuis|sur\s+le\s+sol\s+de|capitale|ville\s+de"
        r"|(?:arrivée|arrivé|venue)\s+(?:à|en|au))\s*|\()$"
    ),
    "en": _rx(
        r"(?:\b(?:in|at|to|from|into|near|outside|across|toward|towards|capital|city\s+of"
        r"|(?:eastern|western|northern|southern|central)|border\s+with)\s+"
        r"(?:the\s+)?|\()$"
    ),
}
_CONFLICT_BETWEEN = _rx(
    r"\b(?:cessez-le-feu|trêve|guerre|conflit|hostilités|ceasefire|cease-fire|truce|war|conflict"
    r"|fighting|hostilities)\s+(?:entre|between)\s+[^,;.()]{0,40}$"
)
_MEETING_NOUN_END = _rx(
    r"(?:talks|negotiations|discussions|pourparlers|négociations|discussions)\s+(?:on\s+|for\s+"
    r"|sur\s+|d['’]un\s+|de\s+|pour\s+)?(?:an?\s+|un\s+|le\s+|la\s+|the\s+)?\s*$"
)
# wars and their means: a country they are written with is what is talked about
_WAR_NOUNS = {
    "fr": r"invasion|intervention|annexion|occupation|agression|offensive|attaques?|incursion"
    r"|guerre|frappes?|bombardements?|troupes|forces|armée|blindés|missiles|chasse|aviation"
    r"|sanctions|embargo",
    "en": r"invasion|intervention|annexation|occupation|aggression|offensive|attacks?|incursion"
    r"|war|strikes|bombing|troops|forces|army|tanks|missiles|jets|fighters|sanctions|embargo",
}
_TOPIC_BEFORE = {
    "fr": _rx(
        r"\b(?:sur|concernant|autour\s+de|à\s+propos\s+de|contre)\s+(?:le\s+|la\s+|les\s+"
        r"|l['’])?$"
        # "évaluer les progrès de Belgrade", "la situation au Soudan": what is talked about
        r"|\b(?:progrès|situation|crise|avenir|sort|candidature|adhésion|reconstruction)\s+"
        r"(?:de\s+la\s+|de\s+l['’]|de|du|des|d['’]|en|au|aux|à)\s*$"
    ),
    "en": _rx(
        r"\b(?:on|about|over|regarding|concerning|against)\s+(?:the\s+)?$"
        r"|\b(?:progress|situation|crisis|future|fate|bid|membership|accession|reconstruction)"
        r"\s+(?:of|in)\s+(?:the\s+)?$"
    ),
}
# "après l'invasion russe de l'Ukraine", "the invasion of Ukraine": a country the war is
# written with is no side of a meeting in the sentence
_WAR_BEFORE = {
    "fr": _rx(
        rf"\b(?:{_WAR_NOUNS['fr']})\s+(?:[\w-]+\s+)?(?:(?:de\s+la|de\s+l['’]|de|du|des|d['’]"
        r"|en|au|aux|contre)\s*)?$"
    ),
    "en": _rx(rf"\b(?:{_WAR_NOUNS['en']})\s+(?:of|in|on|against)\s+(?:the\s+)?$"),
}
# "the Soviet invasion", "Russian troops": a demonym before the war it qualifies
_WAR_AFTER = _rx(rf"\s+(?:{_WAR_NOUNS['en']})\b")
# "la frontière chinoise", "un quotidien américain", "the Eritrean port of Assab": a
# nationality qualifying a place, a thing or a topic, not a side
_THING_BEFORE = _rx(
    r"\b(?:frontières?|capitale|côtes?|sol|territoire|eaux|économie|crise|presse|quotidien|journal"
    r"|médias|ambassade|consulat|station|région|province|désert|port|ville|village|griefs"
    r"|opinion|(?:nord|sud|est|ouest|sud-ouest|sud-est|nord-ouest|nord-est))\s+$"
)
_THING_AFTER = _rx(
    r"\s+(?:border|borders|port|capital|coast|soil|territory|waters|airspace|economy|crisis"
    r"|press|media|newspaper|daily|embassy|consulate|resort|region|province|desert|city|town"
    r"|village|grievances|public)\b"
)
_PEOPLE_FROM = _rx(
    r"\b(?:counterparts?|leaders?|ministers?|officials?|delegations?|envoys?|representatives?"
    r"|diplomats?|presidents?|heads\s+of\s+(?:state|government)|those)\s+from\s+(?:the\s+)?$"
)
_REPORTING = {
    "fr": [
        # "selon le ministre norvégien de l'époque, Johan Joergen Holst,": the source and the
        # name apposed to it
        _rx(r"\bselon\s+[^,.;]+(?:,\s*(?-i:[A-ZÉ])[\w'’-]+(?:\s+(?-i:[A-ZÉ])[\w'’-]+){1,3}(?=,))?"),
        _rx(
            r",\s*(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,2}?(?:annoncé|déclaré|précisé|indiqué|"
            r"ajouté|affirmé|fait\s+savoir|confirmé|rapporté|souligné|expliqué|estimé|"
            r"assuré)\b(?![^.;]*\bqu(?:e\b|['’]))[^.;]*[.!?»”\s\"]*$"
        ),
        # "Signe que les pourparlers seront âpres, le chef de la diplomatie russe Sergueï
        # Lavrov a exclu toute concession": who comments on the meeting after it takes no part
        _rx(
            r",\s*(?:le|la|les|l['’])\s[^,;]{0,90}?\b(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,2}?"
            r"(?:exclu|rejeté|averti|prévenu|jugé|insisté|répété|dénoncé|démenti|mis\s+en\s+garde"
            r"|salué|regretté|annoncé|déclaré|affirmé|estimé|assuré)\b"
            r"(?![^.;]*\bqu(?:e\b|['’]))[^.;]*[.!?»”\s\"]*$"
        ),
        _rx(
            r",\s*(?:annonce|déclare|précise|indique|ajoute|affirme|fait\s+savoir|confirme|"
            r"rapporte|souligne|explique|estime|assure)\b(?![^.;]*\bqu(?:e\b|['’]))[^.;]*[.!?»”\s\"]*$"
        ),
    ],
    "en": [
        _rx(
            r"\baccording\s+to\s+[^,.;]+(?:,\s*(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,3}"
            r"(?=,))?"
        ),
        _rx(
            r",\s*[^,]*?\b(?:said|says|told|reported|announced|added|stated|confirmed|warned"
            r"|ruled\s+out|insisted|stressed|rejected|denied)\b"
            r"(?![^,]*\bthat\b)[^,]*?[.!?»”\s\"]*$"
        ),
    ],
}
# a verb of saying followed by its content clause: the sayer is not a participant
_REPORTING_LEAD = {
    "fr": _rx(
        r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,2}?(?:annoncé|déclaré|précisé|indiqué|"
        r"confirmé|affirmé|rapporté|fait\s+savoir|estimé|assuré)\b[^.;]*?\bqu(?:e\b|['’])"
    ),
    "en": _rx(
        r"\b(?:said|says|announced|told\s+\w+(?:\s+\w+)?|confirmed|reported|added)\b"
        r"[^.;]*?\bthat\b"
    ),
}
# "est attendu à Paris, où il rencontrera", "arrived in Cairo, where he met": the words that
# open a relative or temporal clause whose subject pronoun is the person just named
_CLAUSE_LINK = {"fr": r"\boù\s+|\blorsqu['’]|\bquand\s+", "en": r"\bwhere\s+|\bwhen\s+"}
CLAUSE_PRONOUN = {language: _rx(rf"(?:{link})\w+$") for language, link in _CLAUSE_LINK.items()}
_PRONOUN_SUBJECT = {
    "fr": _rx(rf"(?:^|\bque\s+|\bqu['’]|{_CLAUSE_LINK['fr']}|[,;]\s*)(?:il|elle)\b"),
    "en": _rx(rf"(?:^|\bthat\s+|{_CLAUSE_LINK['en']}|[,;]\s*)(?:he|she)\b"),
}
# A subject pronoun anywhere before the meeting word, not only at the head of the sentence:
# "On Saturday she meets Reagan", "Puis il déjeunera avec Collor". "he"/"she" are always
# subjects; "il" is not when impersonal ("il y a", "il faut", "il est prévu que"), nor "elle"
# after a preposition ("avec elle").
_FR_IMPERSONAL = (
    # "il y a deux ans", "il y a eu", but not "il y a rencontré"
    r"y\s+(?:a|avait|aura|aurait)(?!\s+(?!eu\b)[\w-]+(?:é|ée|és|ées|i|is|it|u|us)\b)"
    r"|faut|fallait|faudra|faudrait|s['’]agit|s['’]agissait|semble|semblait|reste|restait|resterait|paraît|suffit|suffirait|convient|importe|vaut|manque"
    r"|(?:est|était|sera|serait|a\s+été|avait\s+été)\s+(?:\w+\s+)?(?:prévu|question|possible"
    r"|probable|temps|clair|vrai|difficile|nécessaire|important|décidé|convenu|annoncé|entendu"
    r"|urgent|exclu|peu|trop|tard|tôt)"
)
_FR_PREPOSITION = ("avec", "pour", "chez", "sans", "contre", "entre", "à", "de", "selon", "par")
SUBJECT_PRONOUN = {
    "fr": at_its_first_letters(
        _rx(
            rf"(?:(?:^|\bque\s+|\bqu['’]|{_CLAUSE_LINK['fr']}|[,;]\s*))?"
            + "".join(rf"(?<!\b{word}\s)" for word in _FR_PREPOSITION)
            + rf"(?:(?<=qu')|(?<=qu’)|(?<![\w'’-]))(?:il|elle)\b(?!-)(?!\s+(?:{_FR_IMPERSONAL})\b)"
        )
    ),
    "en": at_its_first_letters(
        _rx(rf"(?:(?:^|\bthat\s+|{_CLAUSE_LINK['en']}|[,;]\s*))?\b(?:he|she)\b")
    ),
}
BACKREF = {
    "fr": _rx(
        r"\b(?:les|des|ces|aux)\s+(deux|trois|quatre|cinq)\s+(?:hommes|femmes|dirigeants|"
        r"dirigeantes|leaders|présidents|chefs\s+d['’][ée]tat|ministres|responsables|"
        r"diplomates)\b|\b(?:tous|toutes)\s+(?:les\s+)?(deux)\b|\bleurs\s+(?:deux\s+)?"
        r"pays\b"
    ),
    "en": _rx(
        r"\bthe\s+(two|three|four|five)\s+(?:men|women|leaders|presidents|heads\s+of\s+"
        r"state|ministers|officials|diplomats)\b|\bboth\s+(?:men|leaders|presidents)\b"
    ),
}
_BACKREF_NUMBERS = {
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
}
_DEFINITE_ROLE = {
    "fr": _rx(
        r"\b(?:le|du|au|la|de\s+la)\s+(chef\s+de\s+l['’][ée]tat|souverain|roi|reine|"
        # "de la République populaire de Chine" names another state
        r"présidente?\s+de\s+la\s+République(?!\s+(?:populaire|démocratique|islamique|arabe"
        r"|fédérale|socialiste|centrafricaine|dominicaine|tchèque|slovaque|de|du|d['’]|des)\b)|"
        r"monarque|président|présidente|premier\s+ministre|chancelier|chancelière|"
        r"chef\s+de\s+la\s+diplomatie|ministre(?:\s+des\s+affaires\s+étrangères)?|émissaire"
        r"|envoyée?\s+spéciale?|médiat(?:eur|rice)|secrétaire\s+général|secrétaire\s+d['’][ée]tat"
        r")\b(?!\s+(?:des?|du|de\s+la|d['’])\s)"
    ),
    "en": _rx(
        r"\bthe\s+(president|king|queen|prime\s+minister|chancellor|head\s+of\s+state"
        r"|foreign\s+minister|foreign\s+secretary|secretary\s+of\s+state|minister"
        r"|(?:special\s+)?envoy|mediator|secretary[-\s]general)\b(?!\s+(?:of|for)\s)"
    ),
}


def role_group(role_text: str) -> tuple:
    """The gazetteer roles a role phrase may stand for ("le chef de l'Etat" -> president...)."""
    key = re.sub(r"\s+", " ", fold(role_text)).strip()
    return _ROLE_GROUPS_FOLDED.get(key, ())


def backref_count(match: re.Match) -> int:
    for group in match.groups():
        if group:
            return _BACKREF_NUMBERS.get(group.lower(), 2)
    return 2


class ParticipantFinder:
    """Turns the gazetteer matches of one sentence into parties, locations and left-overs."""

    def __init__(self, gazetteer: Gazetteer, language: str):
        self.gazetteer = gazetteer
        self.language = language

    def excluded_spans(self, sentence: str) -> list[tuple[int, int]]:
        """Spans (relative to the sentence) of reporting clauses: who reports takes no part."""
        spans = []
        for regex in _REPORTING[self.language]:
            spans += [(m.start(), m.end()) for m in regex.finditer(sentence)]
        lead = _REPORTING_LEAD[self.language].search(sentence)
        if lead:
            spans.append((0, lead.end()))
        return spans

    def reporting_lead_end(self, sentence: str) -> int:
        lead = _REPORTING_LEAD[self.language].search(sentence)
        return lead.end() if lead else 0

    def is_locative(self, sentence: str, rel_start: int) -> bool:
        before = sentence[max(0, rel_start - 40) : rel_start]
        if _PEOPLE_FROM.search(before):
            return False  # "his counterparts from Mexico": where the people come from, a side
        return bool(_LOCATIVE_BEFORE[self.language].search(before[-24:]))

    def is_war(self, sentence: str, rel_start: int, rel_end: int) -> bool:
        """ "l'intervention soviétique", "the Soviet invasion", "the war in Ukraine": the
        country of a war or of its troops, talked about."""
        if _WAR_BEFORE[self.language].search(sentence[max(0, rel_start - 40) : rel_start]):
            return True
        return self.language == "en" and bool(_WAR_AFTER.match(sentence, rel_end))

    def qualifies_a_thing(self, sentence: str, rel_start: int, rel_end: int) -> bool:
        """Whether a nationality qualifies a place, a thing or a topic ("la frontière
        chinoise", "the Eritrean port of Assab") rather than people."""
        if self.language == "fr":
            return bool(_THING_BEFORE.search(sentence[max(0, rel_start - 30) : rel_start]))
        return bool(_THING_AFTER.match(sentence, rel_end))

    def is_topic(self, sentence: str, rel_start: int) -> bool:
        if _TOPIC_BEFORE[self.language].search(sentence[max(0, rel_start - 30) : rel_start]):
            return True
        # "pour discuter d'un cessez-le-feu entre Israël et le Hezbollah": the sides of a war
        # or a truce talked about; but "des négociations de cessez-le-feu entre X et Y" are
        # X's and Y's
        window = sentence[max(0, rel_start - 70) : rel_start]
        if "entre" not in window and "between" not in window:
            return False
        between = _CONFLICT_BETWEEN.search(window)
        if between is None:
            return False
        before = sentence[max(0, rel_start - 70 - 40) : max(0, rel_start - 70) + between.start()]
        return not _MEETING_NOUN_END.search(before)

    def role_before(self, sentence: str, rel_start: int) -> re.Match | None:
        """A role noun right before a demonym or a name: "le président (ukrainien)"."""
        window = sentence[max(0, rel_start - 45) : rel_start]
        regex = ROLE_NOUNS[self.language]
        best = None
        for match in regex.finditer(window):
            gap = window[match.end() :]
            if re.fullmatch(r"[\s,]*(?:de\s+la\s+|du\s+|des\s+)?(?:\w+\s+){0,1}", gap):
                best = match
        return best

    def role_after(self, sentence: str, rel_end: int) -> re.Match | None:
        """English order: "Ukrainian President", "the French foreign minister"."""
        window = sentence[rel_end : rel_end + 30]
        match = ROLE_NOUNS[self.language].match(window.lstrip())
        return match


def person_actor(name: str) -> Actor:
    return Actor(name=name, type="person")
