"""Meetings called off or moved, told after the meeting itself: "His visit has been called
off", "Sa visite a été annulée, a-t-on appris jeudi", "Cette rencontre a été reportée à jeudi".
The merging (`merging`) asks these of each mention it joins to an earlier event; and whether a
meeting word names a meeting already known ("the summit", "sa visite": `definite`) and whether
two kinds can be one meeting (`kinds_compatible`), which it asks of every mention.
"""

import re

from .model import Candidate
from .patterns import POSTPONED

_DEFINITE_BEFORE = re.compile(r"\b(?:le|la|les|l'|l’|ce|cette|ces|the|this|that)\s*$")
_FAMILIES = [{"call"}, {"meeting", "talks", "visit", "summit", "conference"}]


def calls_off(candidate: Candidate, target: Candidate) -> bool:
    """Whether an undated mention that says a meeting was called off ("La rencontre a
    finalement été annulée") names again a meeting still ahead that the story told before."""
    return (
        candidate.value is None
        and candidate.status == "cancelled"
        and target.status == "scheduled"
        # told after it: in a later sentence, or later in the same one ("X devait venir
        # vendredi ; sa visite a été reportée sine die")
        and (candidate.sentence.start, candidate.trigger.start)
        > (target.sentence.start, target.trigger.start)
        and _named_again(candidate)
        # the same sides: not "Le déplacement du ministre à Bagdad est reporté" for a lunch
        # with the Kuwaiti minister
        and candidate.names <= target.names
        # "would be postponed if...": not yet called off
        and not _HYPOTHESIS.search(candidate.sentence.text)
    )


def called_off_that_day(candidate: Candidate, events: list) -> Candidate | None:
    """The meeting still ahead, told before, that a mention of its calling off names again
    ("His visit was called off on Tuesday"): the mention is dated by the calling off, a day
    before the meeting's."""
    if candidate.status != "cancelled" or not _named_again(candidate):
        return None
    text = candidate.sentence.text[candidate.trigger.end :]
    if not _CALLED_OFF_ON.match(text):
        return None
    for event in reversed(events):
        if (
            event.status == "scheduled"
            and event.value
            and candidate.value < event.value
            and kinds_compatible(event.kind, candidate.kind)
            and candidate.names <= event.names
            and not _HYPOTHESIS.search(candidate.sentence.text)
        ):
            return event
    return None


# the meeting noun, then its calling off and the day of it, nothing else between:
# "a été annulée, a-t-on appris jeudi", "was postponed on Saturday"
_CALLED_OFF_ON = re.compile(
    r"[^.;:]{0,40}?\b(?:a|ont|avait|avaient|was|were|has|have|had)\s+(?:been\s+|été\s+)?"
    r"(?:\w+\s+)?(?:annulée?s?|reportée?s?|ajournée?s?|repoussée?s?|postponed|cancell?ed"
    r"|called\s+off|put\s+off|scrapped|delayed|shelved)\b"
    # not moved to a new date: "a été reportée à mardi" is the meeting of Tuesday
    r"(?!\s+(?:à|au|aux|en|jusqu|to|until|till|for)\b)",
    re.IGNORECASE,
)


_HYPOTHESIS = re.compile(
    r"(?:would|could|might|may|pourrait|pourraient|serait|seraient|risque|risquent)",
    re.IGNORECASE,
)


def moved_later(events: list[Candidate]) -> None:
    """ "Ali Haddad devait rencontrer Sophie Marchal mardi. Cette rencontre a été reportée à
    jeudi.": the meeting named again with the date it was moved to is the same meeting, put
    off; its first date is called off, as the corpus annotates a postponement (two entries)."""
    for index, moved in enumerate(events):
        if moved.status != "scheduled" or moved.rescheduled_from is not None:
            continue
        if not (definite(moved) and _MOVED_TO.search(moved.sentence.text, moved.trigger.end)):
            continue
        for earlier in reversed(events[:index]):
            if (
                earlier.sentence.start < moved.sentence.start
                and earlier.status == "scheduled"
                and earlier.value != moved.value
                and kinds_compatible(earlier.kind, moved.kind)
                and earlier.person_names
                and earlier.person_names <= moved.names
            ):
                earlier.status = "cancelled"
                moved.rescheduled_from = earlier
                break


# "has been put off to Thursday", "a été reportée à jeudi": the verb that moves a meeting to a
# new date, after the meeting's noun
_MOVED_TO = re.compile(
    rf"(?:{POSTPONED})\s+(?:à|au|aux|en|jusqu['’]\w*|to|until|till|for)\b", re.IGNORECASE
)


def kinds_compatible(a: str, b: str) -> bool:
    """Whether mentions of these kinds can be one meeting (a call is never a visit)."""
    if a == b:
        return True
    if "summit" in (a, b) and "meeting" not in (a, b) and "conference" not in (a, b):
        return False
    return any(a in family and b in family for family in _FAMILIES)


# "His visit has been called off", "sa visite a été reportée": the meeting of someone known
_POSSESSIVE_BEFORE = re.compile(
    r"\b(?:his|her|its|their|sa|son|ses|leur|leurs)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)


def _named_again(candidate: Candidate) -> bool:
    """ "the visit", "his visit", "sa visite": a meeting the story has told before."""
    before = candidate.sentence.text[max(0, candidate.trigger.start - 20) : candidate.trigger.start]
    return definite(candidate) or bool(_POSSESSIVE_BEFORE.search(before))


def definite(candidate: Candidate) -> bool:
    """ "the summit", "ces pourparlers": a meeting already known."""
    before = candidate.sentence.text[
        max(0, candidate.trigger.start - 12) : candidate.trigger.start
    ].lower()
    # some frames take their determiner in ("the call with")
    own_first_word = re.match(r"[\w'’]+\s", candidate.trigger.text.lower())
    if own_first_word and _DEFINITE_BEFORE.search(own_first_word.group(0)):
        return True
    return bool(_DEFINITE_BEFORE.search(before))
