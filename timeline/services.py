"""Writes to the timeline: recording extracted meetings, and the gazetteer the workers read."""

import functools
import threading
from datetime import date

from django.db import transaction
from django.db.models import Max
from django.utils.text import slugify

from timeline.models import Actor, Event, Mention, Place

PRECISION_OF_LENGTH = {10: Event.Precision.DAY, 7: Event.Precision.MONTH, 4: Event.Precision.YEAR}


def parse_date_value(value: str) -> tuple[date, str]:
    """'2022-01-10' / '2022-01' / '2022' -> (first day of that period, precision)."""
    precision = PRECISION_OF_LENGTH.get(len(value or ""))
    if precision is None:
        raise ValueError(f"not a contract date: {value!r}")
    padded = {10: value, 7: f"{value}-01", 4: f"{value}-01-01"}[len(value)]
    return date.fromisoformat(padded), precision


# --- the gazetteer, shared with the extraction engine -------------------------------------


def actor_record(actor: Actor) -> dict:
    # An actor an editor entered with its name only is still recognised by that name.
    aliases = actor.aliases or {"en": [actor.name], "fr": [actor.name]}
    return {**actor.details, "name": actor.name, "type": actor.type, "aliases": aliases}


def place_record(place: Place) -> dict:
    return {"name": place.name, "country": place.country, "aliases": place.aliases}


def sync_gazetteer_from_file() -> tuple[int, int]:
    """Add the shipped gazetteer's actors and places that the tables lack.

    Rows already there are the editors' and are left as they are.
    """
    from articles.extraction import default_actor_records, default_place_records

    actor_records, place_records = default_actor_records(), default_place_records()
    known_actors = set(Actor.objects.values_list("name", flat=True))
    known_places = set(Place.objects.values_list("name", flat=True))
    new_actors = [r for r in actor_records if r["name"] not in known_actors]
    new_places = [r for r in place_records if r["name"] not in known_places]
    with transaction.atomic():
        for record in new_actors:
            details = {k: v for k, v in record.items() if k not in ("name", "type", "aliases")}
            Actor.objects.create(
                name=record["name"],
                slug=_free_actor_slug(record["name"]),
                type=record["type"],
                aliases=record.get("aliases", {}),
                details=details,
            )
        Place.objects.bulk_create(
            Place(name=r["name"], country=r.get("country", ""), aliases=r.get("aliases", {}))
            for r in new_places
        )
    return len(new_actors), len(new_places)


_extractor_lock = threading.Lock()
_extractor_cache = {"fingerprint": None, "extractor": None}


def _gazetteer_fingerprint():
    actors = Actor.objects.aggregate(changed=Max("updated_at"))["changed"]
    places = Place.objects.aggregate(changed=Max("updated_at"))["changed"]
    return (Actor.objects.count(), actors, Place.objects.count(), places)


def gazetteer_records() -> tuple[list[dict], list[dict]]:
    """The shipped gazetteer with the editors' tables laid over it: a row in the Actor or
    Place table replaces the shipped record of the same name, and adds one when new."""
    from articles.extraction import default_actor_records, default_place_records

    actors = {r["name"]: r for r in default_actor_records()}
    actors.update((a.name, actor_record(a)) for a in Actor.objects.all())
    places = {r["name"]: r for r in default_place_records()}
    places.update((p.name, place_record(p)) for p in Place.objects.all())
    return list(actors.values()), list(places.values())


def extractor():
    """The extraction engine with the gazetteer the editors maintain.

    Built once per process and rebuilt only when the Actor or Place tables changed, so the
    NLP model and the gazetteer are not reloaded per task.
    """
    from articles.extraction import Extractor, Gazetteer

    fingerprint = _gazetteer_fingerprint()
    with _extractor_lock:
        if _extractor_cache["fingerprint"] != fingerprint:
            gazetteer = Gazetteer.from_records(*gazetteer_records())
            _extractor_cache["extractor"] = Extractor(gazetteer=gazetteer)
            _extractor_cache["fingerprint"] = fingerprint
        return _extractor_cache["extractor"]


# --- recording extracted meetings ---------------------------------------------------------


def _free_actor_slug(name):
    base = slugify(name)[:190] or "actor"
    slug, n = base, 2
    while Actor.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@functools.cache
def _shipped_records_by_name(kind):
    """The gazetteer file's records, read once per process: {lowercase name: record}."""
    from articles.extraction import default_actor_records, default_place_records

    records = default_actor_records() if kind == "actors" else default_place_records()
    return {r["name"].lower(): r for r in records}


def _actor_for(participant: dict) -> Actor:
    name = participant["name"].strip()
    actor = Actor.objects.filter(name__iexact=name).first()
    if actor:
        return actor
    # A new row must not hide the shipped record of the same name (see gazetteer_records).
    record = _shipped_records_by_name("actors").get(name.lower(), {})
    kind = record.get("type") or participant.get("type")
    if kind not in Actor.Type.values:
        kind = Actor.Type.PERSON
    details = {k: v for k, v in record.items() if k not in ("name", "type", "aliases")}
    return Actor.objects.create(
        name=record.get("name", name),
        slug=_free_actor_slug(name),
        type=kind,
        aliases=record.get("aliases", {}),
        details=details,
    )


def _place_for(name):
    if not name:
        return None
    place = Place.objects.filter(name__iexact=name.strip()).first()
    if place:
        return place
    record = _shipped_records_by_name("places").get(name.strip().lower(), {})
    return Place.objects.create(
        name=record.get("name", name.strip()),
        country=record.get("country", ""),
        aliases=record.get("aliases", {}),
    )


def _same_meeting(event: Event, names: set[str]) -> bool:
    known = {n.lower() for n in event.participants.values_list("name", flat=True)}
    if not known or not names:
        return False
    return len(known & names) >= min(2, len(known), len(names))


def _matching_event(kind, day, precision, names, exclude_ids=()):
    """An event already on the timeline that is the same real meeting, if any."""
    candidates = (
        Event.objects.filter(kind=kind, date=day, precision=precision)
        .exclude(review=Event.Review.REJECTED)
        .exclude(id__in=exclude_ids)
    )
    for candidate in candidates.prefetch_related("participants"):
        if _same_meeting(candidate, names):
            return candidate
    return None


def _latest_publication(event):
    return (
        event.mentions.exclude(article__published_at=None)
        .aggregate(latest=Max("article__published_at"))
        .get("latest")
    )


def record_event(*, article, data: dict, distinct_from=()) -> Event:
    """Record one extracted meeting from `article`, merged into the same real meeting if the
    timeline has it already -- but never into an event in `distinct_from`."""
    day, precision = parse_date_value(data["date"])
    actors = [_actor_for(p) for p in data.get("participants", []) if p.get("name")]
    names = {a.name.lower() for a in actors}
    event = _matching_event(data["kind"], day, precision, names, exclude_ids=distinct_from)
    if event is None:
        event = Event(kind=data["kind"], date=day, precision=precision)
        event.title = (data.get("title") or data["kind"].title())[:300]
        event.status = data["status"]
        event.confidence = float(data.get("confidence") or 0.5)
    else:
        latest = _latest_publication(event)
        # The newest article knows best whether the meeting took place.
        if latest is None or (article.published_at and article.published_at >= latest):
            event.status = data["status"]
        event.confidence = max(event.confidence, float(data.get("confidence") or 0.0))
    if data.get("end_date"):
        event.end_date, _ = parse_date_value(data["end_date"])
    event.place = event.place or _place_for(data.get("location"))
    event.save()
    event.participants.add(*actors)

    mentions = data.get("mentions") or [
        {"evidence": data.get("evidence", ""), "start": 0, "end": len(data.get("evidence", ""))}
    ]
    for mention in mentions:
        Mention.objects.get_or_create(
            event=event,
            article=article,
            start=mention["start"],
            defaults={"evidence": mention["evidence"], "end": mention["end"]},
        )
    return event


def replace_article_events(*, article, events: list[dict]) -> list[Event]:
    """Make the timeline say what `article` says now: its old mentions go, the new ones are
    recorded. Running it twice with the same events leaves the same rows."""
    previous_event_ids = set(article.mentions.values_list("event_id", flat=True))
    article.mentions.all().delete()
    recorded = []
    for data in events:
        # The engine already merged the article's own mentions: two events it keeps apart
        # (Blinken's call with Zelensky, then with his European counterparts) stay apart here.
        event = record_event(article=article, data=data, distinct_from=[e.id for e in recorded])
        recorded.append(event)
    for data, event in zip(events, recorded, strict=True):
        target = data.get("rescheduled_to")
        if isinstance(target, int) and 0 <= target < len(recorded):
            event.rescheduled_to = recorded[target]
            event.save(update_fields=["rescheduled_to"])
    # Meetings only this article reported, and that it no longer reports, leave the
    # timeline -- unless an editor confirmed them.
    Event.objects.filter(id__in=previous_event_ids, mentions__isnull=True).exclude(
        review=Event.Review.CONFIRMED
    ).delete()
    return recorded
