"""Whether a candidate has sides enough to be reported: `is_valid` (two sides, a body that
meets, or negotiations) for a candidate to stand on its own, `is_event` (one side named as an
actor is enough once the meeting is dated) for one to be reported. Used by the candidate stage,
the back-references and the merging.
"""

from .model import Candidate, side_count
from .triggers import SIGNING


def is_event(candidate: Candidate) -> bool:
    """Enough sides to report the candidate as an event once it has a date: enough sides
    (`is_valid`), or one side named when the other is not ("M. Rajoelina doit s'entretenir
    mardi avec les ambassadeurs du Groupe international de contact", "Marcelo Ebrard a reçu
    lundi les deux chefs de délégation"): the meeting is there, and the desk completes the side
    the text left unnamed. Measured on every annotated set, the meetings this finds outnumber
    the false ones two to one. The lone side must be named as an actor (a name, a role, a
    pronoun, "son homologue allemand"): a place where something happened ("The grain shipment
    arrived in Istanbul"), a nationality ("A Nepali team reached the summit") or an agenda's
    owner alone ("10h00 - Réunion des directeurs") is no side of a meeting."""
    if SIGNING.match(candidate.trigger.text):
        # "Egypt signed the Non-Proliferation Treaty in 1981", "Kenya and France signed a trade
        # accord": a signing is a meeting of the people who sign, together
        return is_valid(candidate) and any(p.type == "person" for p in candidate.parties)
    if is_valid(candidate):
        return True
    if side_count(candidate.parties) < 1:
        return False
    return any(_named_as_an_actor(party) for party in candidate.parties)


def _named_as_an_actor(party) -> bool:
    """Whether a party is named as someone who meets, not as where or whose: "son homologue
    allemand" is a German who meets (a nationality tied to a role), "a Nepali team" is not."""
    if party.via in ("place", "locative", "agenda"):
        return False
    return party.via != "demonym" or party.tied


def is_valid(candidate: Candidate) -> bool:
    """Enough sides for an event: two sides, a body that meets, or negotiations."""
    sides = side_count(candidate.parties)
    if sides >= 2:
        return True
    if candidate.kind in ("summit", "conference", "meeting", "talks") and any(
        p.type == "organization" for p in candidate.parties
    ):
        return True
    if candidate.kind in ("summit", "conference") and any(
        p.via == "host" for p in candidate.parties
    ):
        return True
    # negotiations always have several sides, even when the sentence names one
    return candidate.kind == "talks" and sides == 1
