"""Rendering to the contract (DESIGN.md, "Extraction contract"): one dict per event, in text
order, with its participants (people first), its evidence and every mention, a title in the
article's language (`make_title`), the rules' own confidence and the index of the event a
postponed meeting was moved to.
"""

from .gazetteer import Gazetteer
from .model import Article, Candidate
from .states import OFFICE, named_sides


def render(article: Article, events: list[Candidate]) -> list[dict]:
    """The events as the contract's dicts, in text order."""
    events.sort(key=lambda c: (c.sentence.start, c.trigger.start))
    out = []
    index_of = {}
    for event in events:
        index_of[id(event)] = len(out)
        out.append(_event_dict(article, event))
    for event in events:
        if event.rescheduled_from is not None and id(event.rescheduled_from) in index_of:
            out[index_of[id(event.rescheduled_from)]]["rescheduled_to"] = index_of[id(event)]
    return out


def _event_dict(article: Article, event: Candidate) -> dict:
    participants = []
    seen = set()
    for party in sorted(event.parties, key=lambda p: (p.type != "person", p.start)):
        if party.name in seen:
            continue
        seen.add(party.name)
        participant = {"name": party.name, "type": party.type}
        if party.via == OFFICE:
            # not named as a side: the state a person at the meeting holds office for (states.py)
            participant["via"] = OFFICE
        participants.append(participant)
    mentions = []
    seen_sentences = set()
    for sentence in sorted(event.mentions, key=lambda s: s.start):
        if sentence.start in seen_sentences:
            continue
        seen_sentences.add(sentence.start)
        mentions.append(
            {
                "evidence": article.text[sentence.start : sentence.end],
                "start": sentence.start,
                "end": sentence.end,
            }
        )
    evidence_sentence = event.sentence
    return {
        "date": event.value,
        "end_date": event.end_value,
        "precision": event.precision,
        "kind": event.kind,
        "status": event.status,
        "title": _title(article, event, participants),
        "participants": participants,
        "location": event.location,
        "evidence": article.text[evidence_sentence.start : evidence_sentence.end],
        "mentions": mentions,
        "confidence": _confidence(event, participants),
        "rescheduled_to": None,
    }


def _title(article: Article, event: Candidate, participants: list) -> str:
    return make_title(article.gazetteer, article.language, event.kind, participants, event.location)


_TITLE_KIND = {
    "fr": {
        "call": "Entretien téléphonique",
        "meeting": "Rencontre",
        "talks": "Pourparlers",
        "summit": "Sommet",
        "visit": "Visite",
        "conference": "Réunion",
    },
    "en": {
        "call": "Call",
        "meeting": "Meeting",
        "talks": "Talks",
        "summit": "Summit",
        "visit": "Visit",
        "conference": "Conference",
    },
}


def _french_at(city: str) -> str:
    """ "à Genève", "au Caire", "à La Havane"."""
    if city.startswith("Le "):
        return f" au {city[3:]}"
    if city.startswith("Les "):
        return f" aux {city[4:]}"
    return f" à {city}"


def make_title(
    gazetteer: Gazetteer, language: str, kind: str, participants: list, location: str | None
) -> str:
    """A short title in the article's language: "Entretien téléphonique Joe Biden – Vladimir
    Poutine", "Sommet G20 à Bali", "Call between Emmanuel Macron and Vladimir Putin"."""

    def shown(name):
        actor = gazetteer.actor(name)
        return actor.alias(language) if actor else name

    people = [p["name"] for p in participants if p["type"] == "person"]
    organisations = [p["name"] for p in participants if p["type"] == "organization"]
    countries = [p["name"] for p in participants if p["type"] == "country"]
    names = people if len(people) >= 2 else (organisations + people + countries)
    names = [shown(n) for n in names[:4]]
    head = _TITLE_KIND[language][kind]
    if kind == "visit" and (people or countries or organisations):
        # "Visit of William Ruto to Washington", "Visite de Narendra Modi à Paris"
        place = gazetteer.place_named(location) if location else None
        host_country = place.country if place is not None else None
        # the visitor is not the country visited ("Visite de la Tunisie à Tripoli", not Libye)
        visitors = [n for n in people or organisations or countries if n != host_country]
        visitor = (visitors or people or organisations or countries)[0]
        actor = gazetteer.actor(visitor)
        own_country = actor.country if actor is not None else None
        hosts = [n for n in people + countries if n not in (visitor, own_country)]
        if language == "fr":
            where = _french_at(place.alias("fr") if place else location) if location else ""
            where = where or (f" – {shown(hosts[0])}" if hosts else "")
            name = shown(visitor)
            of = "d'" if name[:1] in "AEIOUYÉÈÊaeiouyéèê" else "de "
            return f"Visite {of}{name}{where}"
        where = location or (shown(hosts[0]) if hosts else "")
        return f"Visit of {shown(visitor)} to {where}" if where else f"Visit of {shown(visitor)}"
    if language == "fr":
        title = f"{head} {' – '.join(names)}" if names else head
        if location:
            place = gazetteer.place_named(location)
            title += _french_at(place.alias("fr") if place else location)
    else:
        if len(names) >= 2:
            title = f"{head} between {', '.join(names[:-1])} and {names[-1]}"
        elif names:
            title = f"{names[0]} {head.lower()}"
        else:
            title = head
        if location:
            title += f" in {location}"
    return title


def _confidence(event: Candidate, participants: list) -> float:
    score = 0.45
    if event.explicit_date:
        score += 0.2
    elif not event.anchored:
        score += 0.1
    else:
        score += 0.1
    if len(named_sides(participants)) >= 2:
        score += 0.15
    if not event.trigger.ambiguous:
        score += 0.1
    if len(event.mentions) > 1:
        score += 0.05
    return round(min(score, 0.99), 2)
