"""How sure the engine is of each meeting it reports.

A meeting's confidence is the probability, learned from the annotated articles, that a careful
reader would find that meeting in the text with that date. The model is a logistic regression
over features of the rendered meeting (its kind, date precision, status, parties, evidence,
distance from the publication date, and the rules' own score) and over the cues of its reading
(`cues.py`: its meeting word in the parse, negation, modality, how its date and sides were
found); it is trained by
`make train-confidence` (scripts/train_confidence.py) and shipped as its coefficients in
models/confidence.json, so applying it needs nothing but this module.

The desk reviews the least sure meetings first: an honest confidence puts the wrong ones there.
"""

import json
import math
from datetime import date
from functools import cache
from pathlib import Path

from .states import named_sides

MODEL_PATH = Path(__file__).parent / "models" / "confidence.json"

KINDS = ("call", "meeting", "talks", "summit", "visit", "conference")
STATUSES = ("held", "scheduled", "cancelled")
PRECISIONS = {10: "day", 7: "month", 4: "year"}
PARTY_TYPES = ("person", "country", "organization")


def _day(value: str) -> date | None:
    padded = {10: value, 7: f"{value}-01", 4: f"{value}-01-01"}.get(len(value or ""))
    try:
        return date.fromisoformat(padded) if padded else None
    except ValueError:
        return None


def features(event: dict, *, text: str, published: date | None, language: str) -> dict:
    """The facts about one rendered meeting the model weighs, each a number."""
    found = {f"kind={k}": float(event.get("kind") == k) for k in KINDS}
    found.update({f"status={s}": float(event.get("status") == s) for s in STATUSES})
    precision = PRECISIONS.get(len(event.get("date") or ""), "")
    found.update({f"precision={p}": float(precision == p) for p in PRECISIONS.values()})
    # the sides as the text names them: a state added for its office holder says nothing of
    # how surely the meeting was read
    parties = named_sides(event.get("participants") or [])
    types = [p.get("type", "") for p in parties]
    found.update({f"parties={t}": min(types.count(t), 4) / 4 for t in PARTY_TYPES})
    found["parties=none"] = float(not parties)
    found["parties=one"] = float(len(parties) == 1)
    found["location"] = float(bool(event.get("location")))
    mentions = event.get("mentions") or []
    found["mentions"] = math.log1p(len(mentions)) / 2
    first = min((m.get("start", 0) for m in mentions), default=0)
    found["position"] = first / max(1, len(text))
    found["evidence_length"] = min(len(event.get("evidence") or ""), 600) / 600
    day = _day(event.get("date") or "")
    if day and published:
        gap = (day - published).days
        found["days_away"] = math.log1p(abs(gap)) / 8
        found["future"] = float(gap > 0)
        found["held_in_future"] = float(gap > 0 and event.get("status") == "held")
        found["scheduled_in_past"] = float(gap < -31 and event.get("status") == "scheduled")
    else:
        found.update(days_away=1.0, future=0.0, held_in_future=0.0, scheduled_in_past=0.0)
    found["french"] = float(language == "fr")

    found["rules_score"] = float(event.get("confidence") or 0.0)
    # how the meeting was read: its word in the parse, negation, modality, how its date and
    # sides were found (cues.py); absent from an event that did not come through the pipeline
    found.update(event.get("cues") or {})
    return found


class ConfidenceModel:
    def __init__(self, weights: dict, intercept: float, means: dict, scales: dict):
        self.weights, self.intercept = weights, intercept
        self.means, self.scales = means, scales

    @classmethod
    def from_file(cls, path: Path) -> "ConfidenceModel":
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["weights"], data["intercept"], data["means"], data["scales"])

    def probability(self, found: dict) -> float:
        z = self.intercept
        for name, weight in self.weights.items():
            value = found.get(name, 0.0)
            z += weight * (value - self.means.get(name, 0.0)) / (self.scales.get(name) or 1.0)
        return 1 / (1 + math.exp(-z))


@cache
def shipped_model() -> ConfidenceModel | None:
    """The committed model, read once per process; None when it has not been trained."""
    return ConfidenceModel.from_file(MODEL_PATH) if MODEL_PATH.exists() else None


def rescore(events: list[dict], *, text: str, published: date | None, language: str) -> None:
    """Replace each event's rule-based confidence by the learned probability, in place."""
    model = shipped_model()
    if model is None:
        return
    for event in events:
        found = features(event, text=text, published=published, language=language)
        event["confidence"] = round(model.probability(found), 3)
