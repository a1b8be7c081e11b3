"""Where an event's facts come from, and what the engine's readings add up to.

An event's tracked fields are written as plain JSON values so that a change can be logged,
shown and reverted the same way for every field:

    kind          "talks"
    date          "2022-01-10", "2022-01" or "2022" (the precision is part of the value)
    end_date      "2022-01-11" or None
    status        "scheduled"
    participants  ["NATO", "Russia"]  (canonical names, sorted)
    place         "Geneva" or None
    title         "Réunion Russie – OTAN"

Each field's source is {"by": "engine", "article": <id>} or
{"by": "editor", "user": <username>, "user_id": <id>, "at": <iso datetime>}.
"""

from datetime import date

from django.utils import timezone

TRACKED_FIELDS = ("kind", "date", "end_date", "status", "participants", "place", "title")
FIELD_LABELS = {
    "kind": "Kind",
    "date": "Date",
    "end_date": "End date",
    "status": "Status",
    "participants": "Participants",
    "place": "Place",
    "title": "Title",
    "review": "Review",
    "created": "Created",
    "merge": "Merge",
    "split": "Split",
    "mention": "Evidence",
}


def engine_source(article_id) -> dict:
    return {"by": "engine", "article": article_id}


def editor_source(user) -> dict:
    return {
        "by": "editor",
        "user": user.get_username() if user else "",
        "user_id": user.pk if user else None,
        "at": timezone.now().isoformat(),
    }


def held_by_editor(event, field) -> bool:
    return (event.provenance or {}).get(field, {}).get("by") == "editor"


def current_values(event) -> dict:
    """The event's tracked fields as JSON values (participants read from the database)."""
    return {
        "kind": event.kind,
        "date": event.date_value,
        "end_date": event.end_date.isoformat() if event.end_date else None,
        "status": event.status,
        "participants": sorted(event.participants.values_list("name", flat=True)),
        "place": event.place.name if event.place_id else None,
        "title": event.title,
    }


def reading_of(data: dict) -> dict:
    """What the engine read about one meeting in one article, kept on its mention."""
    return {
        "kind": data["kind"],
        "date": data["date"],
        "end_date": data.get("end_date") or None,
        "status": data["status"],
        "participants": [
            {"name": p["name"].strip(), "type": p.get("type", "")}
            for p in data.get("participants", [])
            if p.get("name", "").strip()
        ],
        "place": data.get("location") or None,
        "title": (data.get("title") or data["kind"].title())[:300],
        "confidence": float(data.get("confidence") or 0.5),
    }


def _precision_rank(value: str) -> int:
    return {10: 3, 7: 2, 4: 1}.get(len(value or ""), 0)


def engine_values(readings) -> dict:
    """What the engine's readings of one meeting add up to, field by field.

    `readings` are (published date or None, article id, reading) for each mention. Returns
    {field: (value, article id it came from)}; participants are the union of every reading
    (as {"name", "type"} dicts: the caller resolves them to actors).

    The rules, in the order a desk would apply them: the newest article knows best whether the
    meeting took place and where; the most precise date wins (the newest article breaks a tie);
    the first report names the kind and the title.
    """
    ordered = sorted(readings, key=lambda r: (r[0] or date.min, r[1]))
    if not ordered:
        return {}
    first, newest = ordered[0], ordered[-1]
    values = {
        "kind": (first[2]["kind"], first[1]),
        "title": (first[2]["title"], first[1]),
        "status": (newest[2]["status"], newest[1]),
    }
    most_precise = max(ordered, key=lambda r: (_precision_rank(r[2]["date"]), r[0] or date.min))
    values["date"] = (most_precise[2]["date"], most_precise[1])
    for field in ("end_date", "place"):
        given = [r for r in ordered if r[2].get(field)]
        values[field] = (given[-1][2][field], given[-1][1]) if given else (None, None)
    participants = {}
    for _, _, reading in ordered:
        for person in reading.get("participants", []):
            participants.setdefault(person["name"].lower(), person)
    values["participants"] = (list(participants.values()), newest[1])
    return values
