"""The states and bodies at a meeting: a person who holds office for a state speaks for it,
so the state is one of the meeting's sides ("Sirleaf met Buhari in Abuja" is Liberia and
Nigeria too), as the corpus annotates it; the head or envoy of an international body speaks for
the body ("Ban Ki-moon met Abbas" is the United Nations too). Read from the gazetteer's dated
roles (data/actors.json: a role's "organization" names the body) and the roles that speak for a
state (data/state_roles.json); a person the gazetteer does not know keeps the country their
sentence gives them, if any.

A state not for calls: a call is between the people on the line. In dev and train the gold
lists the state of an office holder at 190 of 216 summits, meetings, visits, talks and
conferences, but at 9 of 29 calls; when the call's sentence gives one side's state ("le
président nigérien", "son homologue algérien"), the gold lists every side's at 7 of 12 such
calls, so there all are listed. A body at calls too: in dev, train and the project's read
sets the gold lists the body of its office holder at 74 of 77 meetings and 4 of 4 calls.
"""

import json
from dataclasses import replace
from pathlib import Path

from .gazetteer import Gazetteer
from .participants import Party

_DATA = Path(__file__).parent / "data"
STATE_ROLES = frozenset(json.loads((_DATA / "state_roles.json").read_text("utf-8"))["roles"])
_OF_THE_TIME = json.loads((_DATA / "states_of_the_time.json").read_text("utf-8"))
_STATES_OF_THE_TIME = _OF_THE_TIME["states"]
_LAST_YEAR = {row["state"]: row["to"] for row in _OF_THE_TIME["ended"]}
# how a state added for its office holder is marked, in a Party and a rendered participant
OFFICE = "office"


def named_sides(participants: list[dict]) -> list[dict]:
    """A rendered event's participants the text names, without the states added here."""
    return [p for p in participants if p.get("via") != OFFICE]


def states_of_people(gazetteer: Gazetteer, events: list, countries_told=None) -> None:
    """Add, in place, the side each person at an event held office for in its year: the
    international body of a body's office (Ban Ki-moon: the United Nations in 2007-2016), else
    their state; for a person the gazetteer does not know, the state the story gave them where
    it first named them (`countries_told`: name -> country), as the corpus lists it "when the
    text identifies it" ("Kenyan Foreign Minister Amara Wekesa ... On Monday, Wekesa met ...")."""
    countries_told = countries_told or {}
    for event in events:
        if not event.value:
            continue
        year = int(event.value[:4])
        names = event.names
        # a call whose sentence already gives a side's state speaks of sides: all are listed
        call = event.kind == "call" and not any(
            p.type == "country" and p.via != OFFICE for p in event.parties
        )
        for party in list(event.parties):
            if party.type != "person":
                continue
            side = _side_spoken_for(gazetteer, party.name, year, call=call, told=countries_told)
            if side is None or side[0] in names:
                continue
            event.parties.append(Party(*side, party.start, party.end, None, OFFICE))
            names.add(side[0])


def _side_spoken_for(
    gazetteer: Gazetteer, name: str, year: int, *, call: bool, told: dict
) -> tuple[str, str] | None:
    """(name, type) of the body or state the person `name` spoke for in `year`, if any. On a
    call only a body (the module's docstring gives the counts)."""
    actor = gazetteer.actor(name)
    if actor is None:
        country = told.get(name)
        return (country, "country") if country and not call else None
    body = _body_served(actor, year)
    if body:
        # a UN envoy speaks for the UN, not for the state whose passport they hold
        return body, "organization"
    if not call and actor.country and gazetteer.roles_in(actor, year) & STATE_ROLES:
        return _state_served(actor, year), "country"
    return None


def people_out_of_office(events: list, gazetteer: Gazetteer, published_year: int) -> None:
    """Replace, in place, a person the text did not name at a meeting ("the two leaders", "le
    président sud-coréen", "he") by their state when they held office in the year of writing
    but in none of the meeting's: the words stand for whoever held the office then, not for
    the story's current holder ("Les sommets intercoréens de 2000 et de 2007" are South
    Korea's and North Korea's, not Moon's and Kim Jong Un's). Someone the gazetteer gives no
    office in the year of writing either keeps their place: the story knows them better ("Kenyan
    Foreign Minister Amina Mohamed" in 2024). Before `states_of_people`, which adds the states
    of those in office."""
    for event in events:
        if not event.value:
            continue
        year = int(event.value[:4])
        kept = []
        names = {party.name for party in event.parties}
        for party in event.parties:
            actor = gazetteer.actor(party.name) if party.type == "person" else None
            if (
                actor is None
                or party.via == "name"
                or gazetteer.role_records_in(actor, year)
                or not gazetteer.role_records_in(actor, published_year)
            ):
                kept.append(party)
            elif actor.country and actor.country not in names:
                names.add(actor.country)
                kept.append(Party(actor.country, "country", party.start, party.end, None, OFFICE))
        event.parties[:] = kept


def states_of_the_time(events: list) -> None:
    """Rename, in place, a state to the one that stood in its place in the meeting's year
    (data/states_of_the_time.json): Russia in 1962 is the Soviet Union, Germany in 1975 West
    Germany. After `states_of_people`, so that the states added for office holders are renamed
    too (rendering lists a state named twice once). A state named at a meeting held after it
    ended is dropped."""
    for event in events:
        if not event.value:
            continue
        year = int(event.value[:4])
        # "the former Soviet republics" at a meeting of 1994: a state of the past, no side
        event.parties[:] = [
            p
            for p in event.parties
            if not (p.type == "country" and year > _LAST_YEAR.get(p.name, year))
        ]
        for index, party in enumerate(event.parties):
            if party.type != "country":
                continue
            for row in _STATES_OF_THE_TIME:
                if party.name == row["now"] and row["from"] <= year <= row["to"]:
                    # a new Party: the sentence's parties can be shared by meetings of other years
                    event.parties[index] = replace(party, name=row["then"])


def _body_served(person, year: int) -> str | None:
    """The international body `person` held office in during `year` (Ban Ki-moon: the United
    Nations in 2007-2016), from the role's "organization" in data/actors.json."""
    for role in Gazetteer.role_records_in(person, year):
        if role.get("organization"):
            return role["organization"]
    return None


def _state_served(person, year: int) -> str:
    """The state `person` held office for in `year`: their country, or the one a role of that
    year names (Havel, president of Czechoslovakia before the Czech Republic)."""
    for role in Gazetteer.role_records_in(person, year):
        if role.get("country") and role.get("role") in STATE_ROLES:
            return role["country"]
    return person.country
