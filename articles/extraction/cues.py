"""What the reading of one event looked like: the cues the confidence model weighs beside the
rendered event's own fields (`confidence.features`).

Each cue is a number about the candidate the event was made from: how its meeting word stands
in the parse (a verb or a noun, the root of its sentence or buried in a relative clause, its
tense and mood), what surrounds it (a negation, a modal, a condition, a quotation, a reporting
clause), how its date was found (written in full, carried over, vague) and how its sides were
named (by name, by role, by a pronoun, by a place). No single cue decides anything; the model
learns from the annotated sets how much each says about whether a careful reader would find
that meeting with that date (scripts/train_confidence.py).
"""

import re
from datetime import date

from .model import Article, Candidate

_NEGATION = re.compile(
    r"\b(?:not|n['’]t|never|no|without|ne|n['’]|pas|jamais|sans|aucune?|refus\w*|declin\w*"
    r"|rejet\w*|reject\w*)\b",
    re.IGNORECASE,
)
_MODAL = re.compile(
    r"\b(?:could|might|may|would|should|pourrai\w*|devrai\w*|pourr\w*|possible\w*|envisag\w*"
    r"|consider\w*|hope\w*|espère\w*|souhait\w*|propos\w*|want\w*|veut|voudrai\w*|invit\w*"
    r"|call(?:ed|s)?\s+for|appel\w*)\b",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"\b(?:if|unless|si|whether)\b", re.IGNORECASE)
_QUOTE = re.compile(r"[\"«“”»]")

# how a side was named (participants.Party.via)
_VIAS = ("name", "role", "pronoun", "place", "metonym", "demonym", "anaphora", "agenda", "prefix")
# where the meeting word hangs in the parse (Universal Dependencies relations, both languages)
_RELATIONS = (
    "ROOT",
    "ccomp",
    "xcomp",
    "advcl",
    "acl",
    "acl:relcl",
    "nsubj",
    "obj",
    "obl",
    "nmod",
    "conj",
    "appos",
    "compound",
)


def cues(article: Article, candidate: Candidate) -> dict:
    """The cues of one event's reading, each a number between 0 and 1."""
    trigger, sentence = candidate.trigger, candidate.sentence
    text = sentence.text
    found = {
        "verb": float(trigger.verb),
        "ambiguous_kind": float(trigger.ambiguous),
        "several_words": float(len(trigger.text.split()) > 1),
        "explicit_date": float(candidate.explicit_date),
        "anchored_date": float(candidate.anchored),
        "vague_date": float(candidate.vague),
        "venue": float(candidate.venue),
        "distinct": float(candidate.distinct),
        "sides_from_story": float(candidate.sides_from_story),
        "rescheduled": float(candidate.rescheduled_from is not None),
        "heading": float(sentence.heading),
        "agenda_item": float(sentence.agenda_day is not None),
        "sentence_length": min(len(text), 600) / 600,
        "reporting_clause": float(bool(sentence.reporting)),
        "quotation": float(bool(_QUOTE.search(text))),
    }
    vias = {party.via for party in candidate.parties}
    found.update({f"side_by={via}": float(via in vias) for via in _VIAS})
    before = text[max(0, trigger.start - 50) : trigger.start]
    around = before + " " + text[trigger.start : trigger.end + 25]
    found["negation"] = float(bool(_NEGATION.search(around)))
    found["modal"] = float(bool(_MODAL.search(before)))
    found["condition"] = float(bool(_CONDITION.search(text[: trigger.start])))
    found.update(_parse_cues(article, candidate))
    day = _day(candidate.value)
    found["over_a_year_before"] = float(day is not None and (article.published - day).days > 365)
    return found


def _parse_cues(article: Article, candidate: Candidate) -> dict:
    """Where the meeting word stands in the parse, and its tense and mood (all 0 without a
    parse)."""
    token = article.token_at.get(candidate.sentence.start + candidate.trigger.start)
    found = {f"relation={r}": float(token is not None and token.dep_ == r) for r in _RELATIONS}
    morph = token.morph if token is not None else None
    found.update(
        {
            "tense=past": float(morph is not None and "Past" in morph.get("Tense")),
            "tense=present": float(morph is not None and "Pres" in morph.get("Tense")),
            "tense=future": float(morph is not None and "Fut" in morph.get("Tense")),
            "infinitive": float(morph is not None and "Inf" in morph.get("VerbForm")),
            "participle": float(morph is not None and "Part" in morph.get("VerbForm")),
            "conditional": float(morph is not None and "Cnd" in morph.get("Mood")),
            "noun": float(token is not None and token.pos_ in ("NOUN", "PROPN")),
        }
    )
    return found


def _day(value: str | None) -> date | None:
    padded = {10: value, 7: f"{value}-01", 4: f"{value}-01-01"}.get(len(value or ""))
    try:
        return date.fromisoformat(padded) if padded else None
    except ValueError:
        return None
