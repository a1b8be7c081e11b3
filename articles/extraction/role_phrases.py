"""People named by their office: "le président chinois", "the Seychelles foreign minister",
"son homologue américain", "le ministre". A role phrase with a country stands for that country
and, when no name follows, for the holder of the office: one named earlier in the story, else
the gazetteer's holder in the story's year. Read by mentions.py.
"""

import re

from .gazetteer import fold
from .model import Article, Sentence, unknown_person
from .participants import ROLE_NOUNS, Party, role_group


def country_from_role_phrase(
    sentence: Sentence, rel: int, matches, language: str, rel_end: int | None = None
):
    """The country of a person the gazetteer does not know, from the role phrase beside the
    name: before it ("le président chinois Xi Jinping", "Chinese President Xi Jinping", "le
    ministre tanzanien des Affaires étrangères, X", "Tanzania's foreign minister, X", "the
    foreign minister of Tanzania, X") or apposed after it ("X, the Tanzanian foreign minister",
    "X, ministre tanzanienne des Affaires étrangères", "X, président du Kenya")."""
    text = sentence.text
    states = [m for m in matches if m.actor is not None and m.actor.type == "country"]
    for m in states:
        # the first demonym of "le dirigeant chypriote turc X" is the person's
        m_rel = m.start - sentence.start
        if m.form == "demonym" and -45 <= m_rel - rel < 0:
            gap = text[m.end - sentence.start : rel]
            if len(gap) <= 30 and not re.search(r"[,;.]| et | and ", gap):
                return m.actor.name
    for m in reversed(states):
        m_rel, m_end = m.start - sentence.start, m.end - sentence.start
        if not -70 <= m_rel - rel < 0:
            continue
        # a role phrase, then the comma of the apposed name
        if not _ROLE_THEN_NAME.fullmatch(text, m_end, rel) or _NOT_ITS_OWN.search(
            text[max(0, m_rel - 6) : m_rel]
        ):
            continue
        if ROLE_NOUNS[language].search(text, m_end, rel) or any(
            # the role phrase runs on to the country: "le ministre des Affaires étrangères du
            # Soudan, X", not "le ministre ougandais, venu de Tanzanie, X"
            not re.search(r"[,;.()]", text[role.end() : m_rel])
            for role in ROLE_NOUNS[language].finditer(text, max(0, m_rel - 45), m_rel)
        ):
            return m.actor.name
    if rel_end is None:
        return None
    apposed = _APPOSITION[language].match(text, rel_end)
    if apposed is None:
        return None
    for m in states:
        m_rel = m.start - sentence.start
        if rel_end < m_rel < apposed.end() and not _NOT_ITS_OWN.search(
            text[max(0, m_rel - 6) : m_rel]
        ):
            return m.actor.name
    return None


# between a country and an apposed name: the rest of the role phrase, then a comma
# ("'s foreign minister, ", " des Affaires étrangères, ", ", ")
_ROLE_THEN_NAME = re.compile(
    r"(?:['’]s)?(?:\s+(?:des?|du|d['’]|of|for|la|les|l['’]|the)?\s*[\w'’-]+){0,4}\s*,\s*",
    re.IGNORECASE,
)
# ", the Tanzanian foreign minister," / ", ministre tanzanienne des Affaires étrangères.":
# the apposition after a name, opening on its role (not "X, puis il verra le chancelier
# allemand"), up to the next comma or stop
_APPOSITION = {
    language: re.compile(
        r"\s*,\s*(?:(?:the|a|an|la|le|l['’]|son|sa|his|her|(?-i:[A-Z])[\w.'’-]+"
        r"(?:\s+(?-i:[A-Z])[\w'’-]+)?['’]s)\s*)?(?:[\w-]+\s+){0,2}?"
        rf"(?:{nouns.pattern})[^,;.()\n]{{0,50}}",
        re.IGNORECASE,
    )
    for language, nouns in ROLE_NOUNS.items()
}
# "ambassador to Tanzania", "l'ambassadeur au Kenya", "envoy for Libya", "venu de Tanzanie":
# the country where they serve or come from, not the one they speak for
_NOT_ITS_OWN = re.compile(
    r"\b(?:to|in|from|for|à|au|aux|en|pour(?:\s+la|\s+le|\s+l['’])?|venue?s?\s+d[eu]"
    r"|retour\s+d[eu])\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_ROLE_COMPLEMENT = re.compile(
    r"(?:\s+(?:des?|du|d['’]|of|for|la|les|l['’]|the)?\s*[\w'’-]+){1,4}\s*,\s*",
    re.IGNORECASE,
)
# after the nationality adjective of a French "ministre" (and those coordinated with it), the
# ministry it heads: "allemand des Finances", "turc et syrien de la Défense"
_MINISTRY_AFTER = re.compile(
    r"(?:\s*(?:,|et)\s+[a-zéèêëïîôûç-]+)*\s+(?:de\s+la|de\s+l['’]|des|du)\s*"
    r"(?P<ministry>(?-i:[A-ZÉ])[\wéèêàç'’-]+(?:\s+(?:étrangères|extérieures))?)",
    re.IGNORECASE,
)
_MINISTRY_ROLES = {
    "affaires etrangeres": ("foreign minister",),
    "affaires exterieures": ("foreign minister",),
    "defense": ("defence minister", "defense minister"),
    "armees": ("defence minister", "defense minister"),
}
_NOT_THE_HOLDER = re.compile(
    r"(?:\b(?:vice|sous|ex|co)[-\s]?|\b(?:deputy|former|ancien(?:ne)?|acting|junior|then)\s+)$",
    re.IGNORECASE,
)
_FORMER = re.compile(r"(?:\bex[-\s]?|\b(?:former|ancien(?:ne)?)\s+)$", re.IGNORECASE)
_NOT_THE_HOLDER_AFTER = re.compile(
    r"\s+(?:adjointe?|délégué(?:e)?|intérimaire|par\s+intérim)\b", re.IGNORECASE
)


# ", the", ", la", ", le", ", l'": between a name and the role phrase apposed to it
_APPOSED_TO = re.compile(r"\s*,\s*(?:the|la|le|l['’])\s*", re.IGNORECASE)
_ANOTHER_PERSON_BETWEEN = re.compile(r"\s(?:et|and|ou|or)\s|;", re.IGNORECASE)


def demonym_parties(article: Article, sentence: Sentence, m, persons_here) -> list[Party]:
    text = sentence.text
    rel = m.start - sentence.start
    country = m.actor
    role = article.finder.role_before(text, rel)
    role_offset = max(0, rel - 45)  # where the window role_before searched starts
    if role is None and article.language == "en":
        role = article.finder.role_after(text, m.end - sentence.start)
        after = text[m.end - sentence.start :]
        role_offset = m.end - sentence.start + len(after) - len(after.lstrip())
    if role is None and article.finder.is_war(text, rel, m.end - sentence.start):
        # "après l'invasion russe", "the Soviet invasion": the war, not a side
        return []
    if role is None and article.finder.qualifies_a_thing(text, rel, m.end - sentence.start):
        # "à la frontière chinoise", "a Saudi daily": a place or a thing, not a side
        return []
    if role is not None:
        phrase_start = min(rel, role_offset + role.start())
        if _FORMER.search(text[max(0, phrase_start - 12) : phrase_start]):
            # "l'ancien président nigérian Goodluck Jonathan", "former Tanzanian president
            # Benjamin Mkapa": a former office holder, now a mediator or an envoy, does not
            # speak for the state he once led
            return []
    out = [Party(country.name, country.type, m.start, m.end, None, "demonym")]
    if role is None:
        # "le Sénégalais Macky Sall": the nationality noun before a name
        follower = [p for p in persons_here if 0 <= p[0] - m.end <= 3]
        if follower:
            out[0].tied = True
        return out
    out[0].tied = True
    # a name right after the role phrase: the person is found by the name itself
    role_end_abs = max(m.end, sentence.start + (role.end() if role.start() > rel else rel))
    follower = [
        p
        for p in persons_here
        if (
            0 <= p[0] - role_end_abs <= 25
            # "entre le président français et le prince saoudien X": X is another's name
            and not _ANOTHER_PERSON_BETWEEN.search(
                text, role_end_abs - sentence.start, p[0] - sentence.start
            )
        )
        # "le vice-ministre chinois des Affaires étrangères, Zhao Minghui": the role's
        # complement comes between
        or _ROLE_COMPLEMENT.fullmatch(text, role_end_abs - sentence.start, p[0] - sentence.start)
    ]
    if follower:
        return out
    role_start, role_end = role_offset + role.start(), role_offset + role.end()
    # phrase_start, where the role phrase begins, was found above with the role
    if any(
        _APPOSED_TO.fullmatch(text, end - sentence.start, phrase_start)
        for _s, end, _p in persons_here
        if end - sentence.start <= phrase_start
    ):
        # "Rūta Žemaitytė, the Lithuanian foreign minister": the role says who the person
        # just named is, not that its holder is there too
        return out
    if _NOT_THE_HOLDER.search(text[max(0, role_start - 12) : role_start]) or (
        _NOT_THE_HOLDER_AFTER.match(text, role_end)
    ):
        # "le vice-ministre", "a former foreign minister", "le ministre adjoint": not the
        # holder of the office
        return out
    if re.match(r"homologues|counterparts", role.group(0), re.IGNORECASE):
        # "ses homologues français, allemand et britannique": the countries
        out[0].tied = False
        return out
    group = role_group(role.group(0)) or _counterpart_roles(
        article, role.group(0), m.start, persons_here, text[:role_start]
    )
    ministry = _MINISTRY_AFTER.match(text, m.end - sentence.start)
    if article.language == "fr" and re.fullmatch(r"ministres?", role.group(0).strip(), re.I):
        if ministry:
            # "le ministre allemand des Finances", "les ministres turc et syrien de la
            # Défense": the ministry after the adjectives says which minister, and one the
            # gazetteer holds no office for names nobody it knows
            group = _MINISTRY_ROLES.get(fold(ministry.group("ministry")).lower(), ())
            if not group:
                return out
    person = resolve_role(article, group, country.name)
    if person is not None:
        out.append(Party(person.name, "person", m.start, m.end, person.country, "role"))
    return out


def _counterpart_roles(
    article: Article, role_text: str, start: int, persons_here, text_before: str
) -> tuple:
    """ "Lavrov et son homologue américain": a counterpart holds the office of the person
    whose counterpart they are (the last one named before, in the sentence or the story), so
    the American foreign minister, not the last American named. "Le ministre a rencontré son
    homologue allemand" after a president's call: the sentence's own subject is a minister,
    not the story's last protagonist, so no office is known beyond the country."""
    if not re.fullmatch(
        r"(?:son|sa|his|her)?\s*(?:homologue|counterpart)", role_text.strip(), re.I
    ):
        return ()
    before = [person for begin, _end, person in persons_here if begin < start]
    owner = before[-1] if before else None
    year = article.published.year
    if owner is None and article.last_event_subject is not None:
        owner = article.gazetteer.actor(article.last_event_subject.name)
        subject_office = _office_named_in(article, text_before)
        if owner is not None and subject_office:
            if not article.gazetteer.roles_in(owner, year) & _same_office(set(subject_office)):
                return ()
    if owner is None or not getattr(owner, "roles", None):
        return ()
    roles = article.gazetteer.roles_in(owner, year)
    return tuple(sorted(_same_office(roles)))


def _same_office(roles: set) -> set:
    """The roles with every other name of the same office ("foreign minister" with "secretary
    of state")."""
    roles = set(roles)
    for office in _SAME_OFFICE:
        if roles & office:
            roles |= office
    return roles


def _office_named_in(article: Article, text: str) -> tuple:
    """The office of the last role noun written in `text` that is not itself a counterpart
    ("Le ministre a rencontré", "The foreign minister will meet")."""
    found = ()
    for match in ROLE_NOUNS[article.language].finditer(text):
        group = role_group(match.group(0))
        if group:
            found = group
    return found


# the names one office has in different countries
_SAME_OFFICE = (
    frozenset({"foreign minister", "secretary of state", "foreign secretary"}),
    frozenset({"prime minister", "chancellor"}),
    frozenset({"defense minister", "defense secretary"}),
)


def resolve_role(article: Article, group: tuple, country: str | None):
    """The person a role phrase without a name stands for."""
    candidates = [
        p for p in reversed(article.people_seen) if country is None or p.country == country
    ]
    if country is None and article.language == "fr" and group and "president" in group:
        # French wire copy: an unqualified "le chef de l'Etat" is France's
        french = [p for p in candidates if p.country == "France"]
        if french:
            return article.gazetteer.actor(french[0].name) or unknown_person(french[0].name)
    year = article.published.year
    # "the President" after "President Ramos-Horta ... Prime Minister Xanana Gusmão": the one
    # in that office the year of the story, before one who held it in another year
    held_before = None
    for party in candidates:
        actor = article.gazetteer.actor(party.name)
        if actor is None:
            if country is not None:
                return unknown_person(party.name)
            continue
        if not group or not actor.roles:
            if country is not None:
                return actor
            continue
        if article.gazetteer.roles_in(actor, year) & set(group):
            return actor
        if held_before is None and any(r.get("role") in group for r in actor.roles):
            held_before = actor
    if country is not None and group:
        holder = article.gazetteer.person_with_role(country, group, year)
        if holder is not None:
            return holder
    return held_before


def protagonist_as(article: Article, role_text: str):
    """ "le ministre recevra son homologue libanais" after "Le Drian s'est entretenu avec son
    homologue allemand": the subject of the story's last meeting, when they hold that role."""
    subject = article.last_event_subject
    if subject is None or subject.type != "person":
        return None
    actor = article.gazetteer.actor(subject.name)
    group = role_group(role_text)
    if actor is not None and group and any(r.get("role") in group for r in actor.roles):
        return actor
    introduced = introduced_as(article, role_text)
    if introduced is not None and introduced.name == subject.name:
        return introduced
    return None


def introduced_as(article: Article, role_text: str):
    """ "the Foreign Minister", "le ministre" after "Foreign Minister Bilawal Bhutto Zardari" or
    "Jean-Yves Le Drian, ministre des Affaires étrangères": the person last named with that
    title beside their name, known to the gazetteer or not."""
    words = re.escape(" ".join(role_text.lower().split())).replace(r"\ ", r"\s+")
    # the title just before the name ("Foreign Minister Dr. X", "le ministre des Affaires
    # étrangères X"), or apposed just after it ("X, the foreign minister,")
    before = re.compile(
        rf"\b{words}\b(?:\s+(?:des?|du|of|for)\s+[\w\s'’-]{{0,30}}?)?\s+(?:[A-Z][\w.-]*\s+){{0,2}}$",
        re.IGNORECASE,
    )
    after = re.compile(rf"^\s*,\s*(?:\w+[\s'’]+){{0,3}}?{words}\b", re.IGNORECASE)
    for party in reversed(article.people_seen):
        if before.search(article.text, max(0, party.start - 60), party.start) or after.search(
            article.text[party.end : party.end + 60]
        ):
            return article.gazetteer.actor(party.name) or unknown_person(party.name)
    return None
