"""The states at a meeting: a person who holds office for a state speaks for it, so the
state is one of the meeting's sides ("Sirleaf met Buhari in Abuja" is Liberia and Nigeria
too), as the corpus annotates it. Read from the gazetteer's dated roles (data/actors.json) and
the roles that speak for a state (data/state_roles.json); a person the gazetteer does not know
keeps the country their sentence gives them, if any.

Not for calls: a call is between the people on the line. In dev and train the gold lists the
state of an office holder at 190 of 216 summits, meetings, visits, talks and conferences, but
at 9 of 29 calls.
"""

import json
from pathlib import Path

from .gazetteer import Gazetteer
from .participants import Party

_DATA = Path(__file__).parent / "data" / "state_roles.json"
STATE_ROLES = frozenset(json.loads(_DATA.read_text("utf-8"))["roles"])
# how a state added for its office holder is marked, in a Party and a rendered participant
OFFICE = "office"


def named_sides(participants: list[dict]) -> list[dict]:
    """A rendered event's participants the text names, without the states added here."""
    return [p for p in participants if p.get("via") != OFFICE]


def states_of_people(gazetteer: Gazetteer, events: list, countries_told=None) -> None:
    """Add, in place, the state each person at an event held office for in its year; for a
    person the gazetteer does not know, the state the story gave them where it first named
    them (`countries_told`: name -> country), as the corpus lists it "when the text identifies
    it" ("Kenyan Foreign Minister Amara Wekesa ... On Monday, Wekesa met ...")."""
    countries_told = countries_told or {}
    for event in events:
        if not event.value or event.kind == "call":
            continue
        year = int(event.value[:4])
        names = event.names
        for party in list(event.parties):
            if party.type != "person":
                continue
            actor = gazetteer.actor(party.name)
            if actor is None:
                state = countries_told.get(party.name)
            elif actor.country and gazetteer.roles_in(actor, year) & STATE_ROLES:
                state = actor.country
            else:
                state = None
            if state is None or state in names:
                continue
            event.parties.append(Party(state, "country", party.start, party.end, None, OFFICE))
            names.add(state)
