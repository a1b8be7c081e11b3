"""Mentions: who a sentence names (actors of the gazetteer, people it does not know, surnames,
roles without a name, "the two leaders", "les deux pays", pronouns) and which of them only
report the news.

Each mention is a `Party` with its span in the article and how it was found (`via`): by its
name, a role, a demonym, a metonym ("Washington"), a back-reference or a pronoun. Roles,
back-references and pronouns resolve against the people named earlier in the article.
"""

import bisect
import re
from collections import Counter

from .antecedents import antecedent
from .gazetteer import fold
from .model import Article, Sentence, person_party, side_count, unknown_person
from .participants import (
    _DEFINITE_ROLE,
    _PRONOUN_SUBJECT,
    _ROLES,
    BACKREF,
    CLAUSE_PRONOUN,
    SUBJECT_PRONOUN,
    Party,
    backref_count,
    role_group,
)
from .patterns import COUNT_WORDS
from .regions import regional_states
from .role_phrases import (
    country_from_role_phrase,
    demonym_parties,
    introduced_as,
    protagonist_as,
    resolve_role,
)
from .surnames import surname_parties
from .temporal.vocabulary import word_alternation
from .triggers import Trigger

_POSSESSIVE_ROLE = re.compile(
    r"['’]s\s+(?:\w+\s+)?(?:emir|king|queen|president|prime\s+minister|leader|foreign\s+minister"
    r"|crown\s+prince|chancellor|envoy|ambassador|minister)"
    # "U.S. President Donald Trump", "Saudi Arabia Foreign Minister X": the country is the
    # person's, not a side of its own
    r"|(?-i:\s+(?:Vice\s+|Deputy\s+|Foreign\s+|Defen[cs]e\s+|Special\s+|Trade\s+)?"
    r"(?:President|Prime\s+Minister|Secretary|Chancellor|Envoy|Ambassador|Minister|King|Emir"
    r"|Crown\s+Prince|Leader)\s+[A-Z])",
    re.IGNORECASE,
)
_ROLE_OF = re.compile(
    r"\b(?P<role>émir|emir|roi|reine|président|présidente|premier\s+ministre|prince\s+héritier"
    r"|king|queen|president|prime\s+minister|crown\s+prince)\s+(?:du|de\s+la|de\s+l['’]|des|of"
    r"(?:\s+the)?)\s*"
    # "the President of the Republic of the Philippines", "la présidente de la République de
    # Moldavie": the state's long form
    r"(?:(?:Republic|Kingdom|Federation|Confederation|State|Sultanate|Islamic\s+Republic)\s+of"
    r"(?:\s+the)?\s*|(?:République|Royaume|Fédération|Confédération|État|Sultanat)"
    r"(?:\s+(?:islamique|fédérale|populaire))?\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*)?$",
    re.IGNORECASE,
)
_SENT_BY = re.compile(
    r"(?:envoy|envoyée?|émissaire|adviser|advisor|conseill[eè]re?|représentante?|representative"
    r"|message|lettre|letter|délégation|delegation)\s+(?:spécial\s+|special\s+)?"
    r"(?:de\s+l['’]|du|de\s+la|of\s+the|of)\s*$",
    re.IGNORECASE,
)
_COUNTRY_BACKREF = {
    "fr": re.compile(
        r"\b(?:les|des|ces|leurs)\s+(?P<n>deux|trois|quatre)\s+(?:pays|capitales|gouvernements)\b",
        re.I,
    ),
    "en": re.compile(
        r"\bthe\s+(?P<n>two|three|four)\s+(?:countries|nations|governments|capitals)\b"
        r"|\b(?P<both>both)\s+countries\b",
        re.I,
    ),
}
# "the two", "les trois", "both" before a plural noun: how many it stands for (group "n")
_A_NUMBER_OF = r"\b(?:(?:the|les|des|ces|leurs)\s+(?P<n>two|three|four|deux|trois|quatre)|both)\s+"
# "the two sides", "les deux délégations", "both camps": the sides of the last meeting that had
# as many (the side nouns are data: data/roles_<language>.json)
_SIDES_BACKREF = {
    language: re.compile(
        _A_NUMBER_OF + rf"(?:\w+\s+)?(?:{word_alternation(roles['side_nouns'])})\b",
        re.IGNORECASE,
    )
    for language, roles in _ROLES.items()
}
# "the two prime ministers", "les deux chefs de la diplomatie": the people last named who held
# that role the year of the story (the plural role nouns are data: data/roles_<language>.json)
_ROLE_BACKREF = {
    language: re.compile(
        _A_NUMBER_OF + rf"(?P<role>{word_alternation(list(roles['plural_nouns']))})\b",
        re.IGNORECASE,
    )
    for language, roles in _ROLES.items()
}
# the gazetteer roles each plural role noun names, by the noun as role_group folds it
_ROLES_OF_PLURAL = {
    language: {
        fold(plural): role_group(singular) for plural, singular in roles["plural_nouns"].items()
    }
    for language, roles in _ROLES.items()
}
# "They meet tonight", "The leaders met for the first time", "At their first summit", "Ils se
# retrouveront", "lors de leur rencontre": the people of the story's last meeting between people
# "le président de la République" in French copy: the paper's own republic's president
_OWN_PRESIDENT = re.compile(r"présidente?\s+de\s+la\s+République", re.IGNORECASE)
_NEXT_CLAUSE = re.compile(r",\s+(?:et|and|mais|but)\s|;", re.IGNORECASE)
_PLURAL_SUBJECT = {
    "fr": re.compile(
        r"(?:^|[,;]\s*)(?:ils|elles|les\s+(?:deux\s+)?dirigeants)\b"
        r"|(?:^|\b(?:lors\s+d['’]une?|lors\s+de|à\s+l['’]issue\s+de|après|avant|depuis|pendant))"
        r"\s*leurs?\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?:^|[,;]\s*)(?:they|the\s+(?:two\s+)?leaders)\b"
        r"|(?:^|\b(?:at|in|during|after|before|since|for))\s*their\b",
        re.IGNORECASE,
    ),
}
# "their deputies", "leurs négociateurs": people acting for them, not themselves
_THEIR_AIDES = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:deputies|aides|envoys|negotiators|advisers|advisors|officials|teams"
    r"|delegations|delegates|representatives|staff|experts|sherpas|adjoints|conseillers"
    r"|émissaires|envoyés|négociateurs|délégations|délégués|équipes|représentants|experts"
    r"|collaborateurs|diplomates|diplomats)\b",
    re.IGNORECASE,
)


def _is_verb(article: Article, offset: int) -> bool:
    token = article.token_at.get(offset) if article.token_at else None
    return token is not None and token.pos_ in ("VERB", "AUX")


def _named_before(article: Article, name: str):
    """ "Sharon" alone, after "Ariel Sharon" was named: that person (the story's last one with
    that surname), whether the gazetteer knows them or not."""
    if " " in name:
        return None
    # an index grown as the story names people: a long upload names thousands, and a scan of
    # them all for every surname made the largest text a fifth slower
    for party in article.people_seen[article.surnames_indexed :]:
        if " " in party.name:
            article.full_name_of_surname[party.name.split()[-1]] = party.name
    article.surnames_indexed = len(article.people_seen)
    full_name = article.full_name_of_surname.get(name)
    if full_name is None:
        return None
    return article.gazetteer.actor(full_name) or unknown_person(full_name)


def _as_the_story_named(article: Article, match):
    """The person a gazetteer match stands for. A surname alone is the person the story
    named in full with it ("le chancelier Julius Raab ... M. Raab" is Julius Raab, not the
    gazetteer's Dominic Raab); else the gazetteer's."""
    if " " in match.text.strip():
        return match.actor
    return _named_before(article, match.text.strip()) or match.actor


def parties_in(article: Article, sentence: Sentence) -> list[Party]:
    """Everyone a sentence with meeting words names, in text order; those inside a reporting
    clause carry its index in `reported`."""
    text = sentence.text
    excluded = reporting_spans(article, sentence)
    parties: list[Party] = []
    matches = matches_in(article, sentence)
    persons_here = []
    for m in matches:
        if m.actor is not None and m.actor.type == "person":
            persons_here.append((m.start, m.end, _as_the_story_named(article, m)))
    for start, end, name in article.unknown_people:
        if sentence.start <= start < sentence.end:
            person = article.gazetteer.actor(name) or _named_before(article, name)
            persons_here.append((start, end, person or unknown_person(name)))
    persons_here.sort(key=lambda item: item[0])

    for start, end, person in persons_here:
        rel = start - sentence.start
        country = person.country or country_from_role_phrase(
            sentence, rel, matches, article.language, end - sentence.start
        )
        parties.append(Party(person.name, "person", start, end, country, "name"))

    # "M. Biden", "Mr Xi", "Kim": a surname standing for a person named earlier
    parties += surname_parties(article, sentence, parties)

    for m in matches:
        rel = m.start - sentence.start
        if (m.actor is None and m.place is None) or m.form == "capital":
            continue
        if m.actor is not None and m.actor.type == "person":
            continue
        if m.form == "place":
            if (
                m.actor is not None
                and not article.finder.is_locative(text, rel)
                and not article.finder.is_topic(text, rel)
            ):
                parties.append(Party(m.actor.name, m.actor.type, m.start, m.end, None, "metonym"))
            continue
        actor = m.actor
        if m.form == "metonym":
            if article.finder.is_locative(text, rel) or article.finder.is_topic(text, rel):
                continue
            parties.append(Party(actor.name, actor.type, m.start, m.end, None, "metonym"))
            continue
        if m.form == "demonym":
            parties.extend(demonym_parties(article, sentence, m, persons_here))
            continue
        if m.form == "prefix":
            parties.append(Party(actor.name, actor.type, m.start, m.end, None, "prefix"))
            continue
        # alias of a country or an organisation
        if article.finder.is_topic(text, rel) or (
            actor.type == "country" and article.finder.is_war(text, rel, m.end - sentence.start)
        ):
            continue
        via = (
            "locative"
            if (actor.type == "country" and article.finder.is_locative(text, rel))
            else "name"
        )
        # "Nguyen Thi Thu Ha (Vietnam)": the country of the person before the bracket, not
        # where anything happens (as "Geneva (Switzerland)" would be)
        after_person = via == "locative" and any(
            0 <= m.start - end <= 3 and text[end - sentence.start : rel].strip() == "("
            for _start, end, _person in persons_here
        )
        if after_person:
            via = "name"
        party = Party(actor.name, actor.type, m.start, m.end, None, via)
        party.tied = after_person
        # "Qatar's emir", "l'émir du Qatar": the country of the person named with it
        role_of = _ROLE_OF.search(text[max(0, rel - 40) : rel])
        if actor.type == "country" and (
            _POSSESSIVE_ROLE.match(text[m.end - sentence.start :]) or role_of
        ):
            party.tied = True
        if (
            actor.type == "country"
            and article.language == "en"
            and via == "name"
            and article.finder.role_after(text, m.end - sentence.start) is not None
        ):
            # "met United States envoy Howard Wolpe": the name said as an adjective before a
            # role, the country of the person who holds it, as "American envoy" would be
            party.tied = True
        parties.append(party)
        named_after = any(0 <= start - m.end <= 25 for start, _end, _person in persons_here)
        # "the Emir of Qatar's personal envoy", "l'émissaire de l'émir du Qatar": the emir
        # only says whose envoy it is
        owner_only = re.match(r"['’]s\b", text[m.end - sentence.start :]) or (
            role_of is not None and _SENT_BY.search(text, 0, max(0, rel - 40) + role_of.start())
        )
        if actor.type == "country" and role_of and not named_after and not owner_only:
            # "will receive the President of Iran": the holder of that office in the year
            holder = resolve_role(article, role_group(role_of.group("role")), actor.name)
            if holder is not None:
                parties.append(Party(holder.name, "person", m.start, m.end, holder.country, "role"))

    # definite role anaphora: "le chef de l'Etat", "le souverain", "the president"
    for match in _DEFINITE_ROLE[article.language].finditer(text):
        after = text[match.end() : match.end() + 40]
        if re.match(r"\s+[A-ZÉ]", after):
            continue  # a name follows: "the president Joe Biden"
        word = re.match(r"\s+[a-zé]+(?=\s+[A-ZÉ])", after)
        if word is not None and not _is_verb(
            article, sentence.start + match.end() + word.end() - 1
        ):
            continue  # "le président sortant Laurent Gbagbo"; not "the president met Tebboune"
        if any(
            p.start - sentence.start in range(match.end(), match.end() + 30)
            and p.via == "demonym-role"
            for p in parties
        ):
            continue
        if re.match(r"\s+\w+", after) and any(
            m.form == "demonym" and 0 <= m.start - sentence.start - match.end() <= 2
            for m in matches
        ):
            continue
        if _OWN_PRESIDENT.fullmatch(match.group(1)):
            if re.match(r"\s*,\s*(?:M\.|Mme|Mr\.?)?\s*[A-ZÉ]", after):
                continue  # "le président de la République, M. Ismaïl Omar Guelleh": named
            # the president of the paper's own republic, never a foreign one told before:
            # the one the story introduced by that title, else France's in French copy
            person = _introduced_as_own_president(article) or article.gazetteer.person_with_role(
                "France", ("president",), article.published.year
            )
        else:
            person = (
                protagonist_as(article, match.group(1))
                or resolve_role(article, role_group(match.group(1)), None)
                or introduced_as(article, match.group(1))
            )
        if person is not None:
            parties.append(person_party(person, sentence, match, "role"))

    # back-references: "les deux hommes", "the two leaders", "tous deux"
    for match in BACKREF[article.language].finditer(text):
        _add_recent_people(article, sentence, parties, match, backref_count(match))

    # "the two prime ministers": as above, among those who held the office; none when fewer
    # did ("les deux chefs de la diplomatie" after two presidents: their states stand for them)
    for match in _ROLE_BACKREF[article.language].finditer(text):
        held = _ROLES_OF_PLURAL[article.language][re.sub(r"\s+", " ", fold(match.group("role")))]
        _add_recent_people(article, sentence, parties, match, _number_of(match), held)

    # "les deux pays", "the two countries": the countries of the last meeting that had them
    for match in _COUNTRY_BACKREF[article.language].finditer(text):
        # "Macron avait rencontré M. Goïta ..., avant la rupture entre les deux pays": the
        # countries of the two people of the sentence, else the last two named
        own = []
        for party in parties:
            if party.type == "person" and party.country and party.country not in own:
                own.append(party.country)
        count = _number_of(match)
        if len(own) == count:
            continue
        countries = [Party(c, "country", 0, 0) for c in _recent_countries(article, count)]
        _add_referred(parties, countries, sentence, match)

    # "the three Baltic presidents", "les ministres du Benelux": the group's states
    for start, end, members in regional_states(text, article.language):
        known = {p.name for p in parties}
        for member in members:
            if member not in known:
                parties.append(
                    Party(member, "country", sentence.start + start, sentence.start + end)
                )

    # "les deux camps", "the two sides": the sides of the last meeting that had as many
    for match in _SIDES_BACKREF[article.language].finditer(text):
        count = _number_of(match)
        if side_count(parties) >= count:
            continue
        _add_referred(parties, _recent_sides(article, count), sentence, match)

    # "They meet tonight", "At their first summit": the people of the last meeting between people
    match = _PLURAL_SUBJECT[article.language].search(text)
    # "Ils s'étaient vus en juillet, et M. Shultz avait été reçu par M. Gorbatchev": only the
    # sides of its own clause tell that "ils" needs no one from before
    clause = _NEXT_CLAUSE.search(text, match.end()) if match else None
    limit = sentence.start + (clause.start() if clause else len(text))
    if match and side_count([p for p in parties if p.start < limit]) < 2:
        meeting = _last_meeting_between_people(article)
        if meeting is None:
            referred = []
        elif _THEIR_AIDES.match(text, match.end()):
            # "Their deputies had met on Monday": their states, not themselves
            referred = _states_of(meeting)
        else:
            referred = [p for p in meeting.parties if p.type == "person"]
        _add_referred(parties, referred, sentence, match, limit)

    for party in parties:
        rel = party.start - sentence.start
        for index, (start, end) in enumerate(excluded):
            if start <= rel < end:
                party.reported = index
                break
    parties.sort(key=lambda p: p.start)
    return parties


def matches_in(article: Article, sentence: Sentence) -> list:
    """The gazetteer matches that start inside `sentence` (found once per article)."""
    if sentence.matches is None:
        low = bisect.bisect_left(article.match_starts, sentence.start)
        high = bisect.bisect_left(article.match_starts, sentence.end)
        sentence.matches = article.matches[low:high]
    return sentence.matches


def recent_organisation(article: Article):
    """The organisation of the story's last summit or conference."""
    for candidate in reversed(article.candidates):
        if candidate.kind in ("summit", "conference"):
            for party in candidate.parties:
                if party.type == "organization":
                    return Party(party.name, party.type, 0, 0, None, "anaphora")
    return None


def _add_referred(
    parties: list, referred: list, sentence: Sentence, match: re.Match, limit: int | None = None
) -> None:
    """Adds to `parties` those of `referred` not there yet (before `limit`, when given: in the
    clause of the words), standing at the words `match` found in `sentence` ("the two sides",
    "les deux pays", "they")."""
    known = {p.name for p in parties if limit is None or p.start < limit}
    for party in referred:
        if party.name not in known:
            known.add(party.name)
            parties.append(
                Party(
                    party.name,
                    party.type,
                    sentence.start + match.start(),
                    sentence.start + match.end(),
                    party.country,
                    "backref",
                )
            )


def _last_meeting_between_people(article: Article):
    """The story's last dated meeting between two people or more, if any."""
    for candidate in reversed(article.candidates):
        people = {p.name for p in candidate.parties if p.type == "person"}
        if candidate.value is not None and len(people) >= 2:
            return candidate
    return None


def _states_of(meeting) -> list:
    """The states of a meeting between people: those it names, else the people's own."""
    named = [p.name for p in meeting.parties if p.type == "country"]
    people = [p.country for p in meeting.parties if p.type == "person"]
    return [Party(state, "country", 0, 0) for state in dict.fromkeys(named or people) if state]


def _recent_sides(article: Article, count: int) -> list:
    """The parties of the last meeting with `count` sides (the states added for office
    holders aside)."""
    for candidate in reversed(article.candidates):
        named = [p for p in candidate.parties if p.via != "office"]
        if candidate.value is not None and side_count(named) == count:
            return named
    return []


def _recent_countries(article: Article, count: int) -> list:
    for candidate in reversed(article.candidates):
        countries = []
        for party in sorted(candidate.parties, key=lambda p: p.start):
            if party.type == "country" and party.name not in countries:
                countries.append(party.name)
        if len(countries) >= count:
            return countries[:count]
    return []


def _number_of(match: re.Match) -> int:
    """How many "the two", "les trois" or "both" (group "n" of _A_NUMBER_OF) stands for."""
    return COUNT_WORDS[match.group("n").lower()] if match.group("n") else 2


def _add_recent_people(article, sentence, parties, match, count, holding=()) -> None:
    """Add to `parties` the `count` people `match` ("the two leaders") stands for, if found."""
    before = [p for p in parties if p.type == "person" and p.start < sentence.start + match.start()]
    for person in _recent_people(article, count, before, holding=holding):
        parties.append(person_party(person, sentence, match, "backref"))


def _recent_people(
    article: Article, count: int, before_in_sentence: list, holding: tuple = ()
) -> list:
    """The `count` people "the two leaders", "les deux hommes" stand for: those the sentence
    has named before the words, then those the story has spoken of most (the latest first among
    equals), preferring people of different countries. Measured on every set (session 31): by
    how often named, not how lately, a spokesman or a host named in between is not taken for
    one of the two (never read: participants 0.7705 -> 0.7718; read sets 0.7754 -> 0.7771)."""
    people = []
    times_named = Counter(party.name for party in article.people_seen)
    latest = {}
    for party in reversed(article.people_seen):
        latest.setdefault(party.name, party)
    # sorted() is stable: among people named as often, the latest named comes first
    by_salience = sorted(latest.values(), key=lambda party: -times_named[party.name])
    pool = list(reversed(before_in_sentence)) + by_salience
    if holding:
        # only those the gazetteer has in one of the `holding` roles the year of the story
        year = article.published.year
        pool = [
            party
            for party in pool
            if (actor := article.gazetteer.actor(party.name))
            and article.gazetteer.roles_in(actor, year) & set(holding)
        ]
    for strict in (True, False):
        for party in pool:
            if len(people) == count:
                break
            if party.name in [p.name for p in people]:
                continue
            if strict and party.country and party.country in [p.country for p in people]:
                continue
            people.append(party)
        if len(people) == count:
            break
    return people if len(people) == count else []


# Inside a sentence ("On Saturday she meets", "Puis il déjeunera avec"), a pronoun is the
# subject of a meeting verb only when a few words at most lie between them; at the head of the
# sentence or of a clause it may stand further off
_VERB_FOLLOWS = re.compile(r"(?:\s+(?:and\s+|et\s+)?[\w'’.-]+){0,4}\s*", re.IGNORECASE)
_AND_AFTER = re.compile(r"\s+(?:and|et)\s", re.IGNORECASE)


def pronoun_subject(article: Article, sentence: Sentence, trigger: Trigger):
    """ "il", "she" before the trigger with no person between: the first person named in the
    last sentence that names anyone, unless the subject of the last meeting reported is among
    them; else that subject, else the last person named; after "X announced that he", the
    sayer."""
    text = sentence.text[: trigger.start]
    heads = {m.end() for m in _PRONOUN_SUBJECT[article.language].finditer(text)}
    pronouns = [
        m
        # the whole sentence: whether "il y a" is impersonal depends on the word after it
        for m in SUBJECT_PRONOUN[article.language].finditer(sentence.text, 0, trigger.start + 40)
        if m.end() <= trigger.start
        and (m.end() in heads or (trigger.verb and _VERB_FOLLOWS.fullmatch(text, m.end())))
    ]
    if not pronouns:
        return None
    match = pronouns[-1]
    if CLAUSE_PRONOUN[article.language].search(match.group(0)):
        # "Scholz est attendu à Paris, où il rencontrera Macron": the person the sentence has
        # just named; "Il s'envolera pour Lima, où il s'entretiendra": the first pronoun's; with
        # neither ("Arrivé de Varsovie, où il s'était entretenu, Ford ..."), it looks ahead
        named = [
            p for p in people_in(article, sentence) if p.start - sentence.start < match.start()
        ]
        if named:
            return person_party(named[0], sentence, match, "pronoun")
        if len(pronouns) < 2:
            return None
        match = pronouns[-2]
    lead_end = article.finder.reporting_lead_end(sentence.text)
    if lead_end and match.start() >= lead_end - 6:
        # "X announced that he would...": the pronoun is the sayer
        sayers = [p for p in people_in(article, sentence) if p.start - sentence.start < lead_end]
        if sayers:
            return sayers[0]
    persons_before = [
        p
        for p in people_in(article, sentence)
        if match.end() <= p.start - sentence.start < trigger.start
    ]
    if persons_before and not _AND_AFTER.match(text, match.end()):
        # "he and Mr. Kuznetsov met": the pronoun is one of the subjects
        return None
    return antecedent(article, sentence, match)


def reporting_spans(article: Article, sentence: Sentence) -> list:
    """The spans of the sentence's reporting clauses ("selon le Kremlin", "X said")."""
    if sentence.reporting is None:
        sentence.reporting = article.finder.excluded_spans(sentence.text)
    return sentence.reporting


def people_in(article: Article, sentence: Sentence) -> list:
    """The people a sentence names, known to the gazetteer or not."""
    out = []
    matches = matches_in(article, sentence)
    for m in matches:
        if (
            sentence.start <= m.start < sentence.end
            and m.actor is not None
            and m.actor.type == "person"
        ):
            person = _as_the_story_named(article, m)
            out.append(Party(person.name, "person", m.start, m.end, person.country))
    for start, end, name in article.unknown_people:
        if sentence.start <= start < sentence.end:
            person = article.gazetteer.actor(name) or unknown_person(name)
            # "Amara Wekesa, the Kenyan foreign minister, landed in Lusaka": who a later
            # meeting's "Wekesa" speaks for
            country = person.country or country_from_role_phrase(
                sentence,
                start - sentence.start,
                matches,
                article.language,
                end - sentence.start,
            )
            out.append(Party(person.name, "person", start, end, country))
    return sorted(out, key=lambda p: p.start)


def _introduced_as_own_president(article: Article):
    """The person last named with "président de la République" just before or after the
    name ("Le président de la République, M. Ismaïl Omar Guelleh", "M. Guelleh, président de
    la République,")."""
    before = re.compile(r"présidente?\s+de\s+la\s+République\s*,?\s+(?:M\.|Mme)?\s*$", re.I)
    after = re.compile(r"^\s*,\s*(?:\w+\s+){0,2}?présidente?\s+de\s+la\s+République\b", re.I)
    for party in reversed(article.people_seen):
        if before.search(article.text, max(0, party.start - 50), party.start) or after.match(
            article.text[party.end : party.end + 60]
        ):
            return article.gazetteer.actor(party.name) or unknown_person(party.name)
    return None
