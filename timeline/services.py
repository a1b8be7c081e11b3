"""Writes to the timeline: recording extracted meetings, and the gazetteer the workers read."""

import calendar
import functools
import threading
from datetime import date

from django.db import connection, transaction
from django.db.models import Max, Q
from django.utils.text import slugify

from articles.models import Article
from timeline import provenance
from timeline.models import Actor, Event, EventChange, Mention, Place, Source
from timeline.search import refresh_search_text, search_text_written_once

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
    # A name longer than the column (a misread sentence) is kept cut, never fatal to a parse.
    name = participant["name"].strip()[: Actor._meta.get_field("name").max_length]
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
    name = name[: Place._meta.get_field("name").max_length]
    place = Place.objects.filter(name__iexact=name.strip()).first()
    if place:
        return place
    record = _shipped_records_by_name("places").get(name.strip().lower(), {})
    return Place.objects.create(
        name=record.get("name", name.strip()),
        country=record.get("country", ""),
        aliases=record.get("aliases", {}),
    )


def actor_named(name: str, type_hint: str = "") -> Actor:
    """The actor of that name, created (from the shipped gazetteer when it knows it) if new."""
    return _actor_for({"name": name, "type": type_hint})


def place_named(name: str | None) -> Place | None:
    return _place_for(name)


# --- writing tracked fields, with their history -------------------------------------------


def log_change(
    *, event, field, old, new, source, user=None, article=None, note="", regrouping=None
):
    return EventChange.objects.create(
        event=event,
        field=field,
        old=old,
        new=new,
        source=source,
        user=user,
        article=article,
        note=note[:300],
        regrouping=regrouping,
    )


def set_field(event: Event, field: str, value) -> None:
    """Write one tracked field from its JSON value (see timeline.provenance). Participants
    are written at once; the other fields need `event.save()`."""
    if field == "participants":
        actors = [
            actor_named(p["name"], p.get("type", "")) if isinstance(p, dict) else actor_named(p)
            for p in value
        ]
        event.participants.set(actors)
    elif field == "date":
        event.date, event.precision = parse_date_value(value)
    elif field == "end_date":
        event.end_date = parse_date_value(value)[0] if value else None
    elif field == "place":
        event.place = place_named(value)
    elif field in ("kind", "status", "title"):
        setattr(event, field, value)
    else:
        raise ValueError(f"not a tracked field: {field}")


def _resolved(field, value):
    """The value as the database will hold it: canonical actor and place names."""
    if field == "participants":
        return sorted({actor_named(p["name"], p.get("type", "")).name for p in value})
    if field == "place":
        place = place_named(value)
        return place.name if place else None
    return value


# The fields a title is written from (timeline.services._title_from_facts).
TITLE_FACTS = ("kind", "participants", "place")


def _language_of(event: Event) -> str:
    mention = event.mentions.select_related("article").order_by("article__published_at").first()
    return (mention.article.language if mention else "") or "en"


def _title_from_facts(event: Event, *, language: str) -> str:
    """The engine's title for the event as it stands now, in the language of its articles."""
    from articles.extraction import Gazetteer, make_title

    actors = list(event.participants.all())
    participants = [{"name": a.name, "type": a.type} for a in actors]
    location = event.place.name if event.place_id else None
    # The title needs only these actors' and this place's names: a gazetteer of their rows
    # (the editors' records, as the whole one would hold them) takes no time, where the whole
    # one is rebuilt after a fix that adds a place, seconds in the desk's request.
    gazetteer = Gazetteer.from_records(
        [actor_record(a) for a in actors], [place_record(event.place)] if event.place_id else []
    )
    return make_title(gazetteer, language, event.kind, participants, location)[:300]


def refresh_from_engine(event: Event, *, article=None) -> None:
    """Bring the engine's fields of `event` in line with what its articles say now.

    A field an editor set keeps the editor's value; when the engine reads something else,
    that reading is kept beside it as a proposal. Every change the engine makes is logged.
    """
    readings = [
        (m.article.published_at, m.article_id, m.reading)
        for m in event.mentions.filter(source=Source.ENGINE).select_related("article")
        if m.reading
    ]
    if not readings:
        return
    before = provenance.current_values(event)
    engine = provenance.engine_values(readings)
    proposals = dict(event.proposals or {})
    sources = dict(event.provenance or {})
    changed = []
    for field in provenance.TRACKED_FIELDS:
        raw, from_article = engine[field]
        if field == "title" and any(provenance.held_by_editor(event, f) for f in TITLE_FACTS):
            # The articles' title would undo the editor's facts ("… à Genève" after the place
            # was cleared): the title is written again from the event as it stands.
            raw = _title_from_facts(event, language=_language_of(event))
        value = _resolved(field, raw)
        if provenance.held_by_editor(event, field):
            if value != before[field]:
                proposals[field] = {"value": value, "article": from_article}
            else:
                proposals.pop(field, None)
            continue
        proposals.pop(field, None)
        if from_article is not None:
            sources[field] = provenance.engine_source(from_article)
        if value != before[field]:
            set_field(event, field, raw if field == "participants" else value)
            changed.append((field, before[field], value, from_article))
    event.proposals, event.provenance = proposals, sources
    event.confidence = max(r[2].get("confidence", 0.0) for r in readings)
    event.save()
    articles_by_id = {a.id: a for a in Article.objects.filter(id__in={c[3] for c in changed})}
    for field, old, new, from_article in changed:
        log_change(
            event=event,
            field=field,
            old=old,
            new=new,
            source=Source.ENGINE,
            article=articles_by_id.get(from_article) or article,
        )


# --- recording extracted meetings ---------------------------------------------------------

# Kinds that two articles may give the same meeting (DESIGN's vocabulary is a reader's choice
# where it overlaps: talks between delegations are a meeting, a state visit is a summit).
COMPATIBLE_KINDS = {
    "call": {"call"},
    "meeting": {"meeting", "talks"},
    "talks": {"talks", "meeting"},
    "summit": {"summit", "visit", "conference"},
    "visit": {"visit", "summit"},
    "conference": {"conference", "summit"},
}


def _period(day: date, precision: str) -> tuple[date, date]:
    if precision == Event.Precision.YEAR:
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if precision == Event.Precision.MONTH:
        last = calendar.monthrange(day.year, day.month)[1]
        return date(day.year, day.month, 1), date(day.year, day.month, last)
    return day, day


def dates_compatible(day_a, precision_a, day_b, precision_b) -> bool:
    """Two datings of one meeting: equal at the same precision, or one period inside the
    other ("December 2021" and "3 December 2021")."""
    if precision_a == precision_b:
        return day_a == day_b
    start_a, end_a = _period(day_a, precision_a)
    start_b, end_b = _period(day_b, precision_b)
    return (start_a <= start_b and end_b <= end_a) or (start_b <= start_a and end_a <= end_b)


def _shared_names(known_names, names: set[str]) -> set[str] | None:
    known = {n.lower(): n for n in known_names}
    shared = set(known) & names
    if not known or not names or len(shared) < min(2, len(known), len(names)):
        return None
    return {known[n] for n in shared}


def _datings(event: Event) -> list[tuple[str, date, str]]:
    """How the event is dated and named now, and how each article's engine reading had it:
    after an editor moved a date or changed a kind, a later article with the engine's first
    reading is still the same meeting."""
    datings = [(event.kind, event.date, event.precision)]
    for mention in event.mentions.all():
        reading = mention.reading or {}
        if reading.get("date") and reading.get("kind"):
            datings.append((reading["kind"], *parse_date_value(reading["date"])))
    return datings


def _known_names(event: Event) -> set[str]:
    names = {a.name for a in event.participants.all()}
    for mention in event.mentions.all():
        names |= {p["name"] for p in (mention.reading or {}).get("participants", [])}
    return names


def _matching_event(reading: dict, names: set[str], exclude_ids=()) -> tuple[Event | None, str]:
    """The event already on the timeline that is the same real meeting, and why.

    Same meeting: compatible kinds, compatible dates, shared participants (two, or all of the
    fewer), no two different places. A meeting known at another precision than the candidate
    is merged only when exactly one event fits: "talks in January" next to two dated rounds
    of talks that month belongs to neither for sure.
    """
    day, precision = parse_date_value(reading["date"])
    place = reading.get("place")
    kinds = COMPATIBLE_KINDS[reading["kind"]]
    candidates = (
        Event.objects.filter(
            Q(kind__in=kinds, date__year=day.year)
            | Q(
                mentions__reading__kind__in=list(kinds),
                mentions__reading__date__startswith=str(day.year),
            ),
            merged_into=None,
        )
        .exclude(review=Event.Review.REJECTED)
        .exclude(id__in=exclude_ids)
        .distinct()
        .select_related("place")
        .prefetch_related("participants", "mentions")
        .order_by("id")
    )
    same_precision, other_precision = [], []
    for candidate in candidates:
        fitting = [
            dating_precision
            for kind, dating_day, dating_precision in _datings(candidate)
            if kind in kinds and dates_compatible(day, precision, dating_day, dating_precision)
        ]
        if not fitting:
            continue
        if place and candidate.place and candidate.place.name.lower() != place.lower():
            continue
        shared = _shared_names(_known_names(candidate), names)
        if shared is None:
            continue
        fits = same_precision if precision in fitting else other_precision
        fits.append((candidate, shared))
    if same_precision:
        candidate, shared = same_precision[0]
    elif len(other_precision) == 1:
        candidate, shared = other_precision[0]
    else:
        return None, ""
    reason = (
        f"same meeting as event {candidate.pk}: {candidate.kind} / {reading['kind']}, "
        f"{candidate.date_value} / {reading['date']}, shared {', '.join(sorted(shared))}"
    )
    if place and candidate.place:
        reason += f", both in {candidate.place.name}"
    return candidate, reason


def _overlaps(start, end, spans):
    return next((s for s in spans if s["start"] < end and start < s["end"]), None)


def _create_event(*, article, reading) -> Event:
    day, precision = parse_date_value(reading["date"])
    event = Event(
        kind=reading["kind"],
        date=day,
        precision=precision,
        status=reading["status"],
        title=reading["title"],
        confidence=reading["confidence"],
        end_date=parse_date_value(reading["end_date"])[0] if reading.get("end_date") else None,
        place=place_named(reading.get("place")),
        provenance={f: provenance.engine_source(article.id) for f in provenance.TRACKED_FIELDS},
    )
    event.save()
    set_field(event, "participants", reading["participants"])
    log_change(
        event=event,
        field="created",
        old=None,
        new=provenance.current_values(event),
        source=Source.ENGINE,
        article=article,
    )
    return event


def _event_for(*, article, reading, spans, previous, editor_spans, exclude_ids):
    """Which event a meeting the engine read in `article` belongs to, and why.

    The article's own earlier mentions come first, so that an event an editor corrected
    (another date, fewer participants) is found again when its article is parsed again.
    """
    for span in spans:
        earlier = _overlaps(span["start"], span["end"], previous)
        if earlier and earlier["event_id"] not in exclude_ids:
            event = Event.objects.filter(id=earlier["event_id"], merged_into=None).first()
            if event:
                return event, earlier["reason"] or "the same sentence as before"
        added = _overlaps(span["start"], span["end"], editor_spans)
        if added and added["event_id"] not in exclude_ids:
            event = Event.objects.filter(id=added["event_id"], merged_into=None).first()
            if event:
                return event, "the sentence an editor added this meeting from"
    names = {
        actor_named(p["name"], p.get("type", "")).name.lower() for p in reading["participants"]
    }
    event, reason = _matching_event(reading, names, exclude_ids)
    if event:
        return event, reason
    return _create_event(article=article, reading=reading), "first report"


def editor_touched(event: Event) -> bool:
    """Whether an editor has done anything to the event: then no automatic process removes it."""
    return (
        event.review != Event.Review.UNREVIEWED
        or any(v.get("by") == "editor" for v in (event.provenance or {}).values())
        or event.changes.filter(source=Source.EDITOR).exists()
        or event.mentions.filter(source=Source.EDITOR).exists()
    )


# Any constant: the key of the PostgreSQL advisory lock that recording takes.
RECORDING_LOCK_KEY = 7_305_512


def _serialize_recording():
    """Two workers recording articles about the same meeting at once would each find no
    match and create two events: recording (fast; extraction runs before it) takes one
    transaction-scoped lock. SQLite already serializes writers."""
    if connection.vendor == "postgresql" and connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [RECORDING_LOCK_KEY])


@search_text_written_once()
def replace_article_events(*, article, events: list[dict]) -> list[Event]:
    """Make the timeline say what `article` says now. Running it twice with the same events
    leaves the same rows; nothing an editor did is undone (see refresh_from_engine)."""
    _serialize_recording()
    earlier_mentions = {m.pk: m for m in article.mentions.filter(source=Source.ENGINE)}
    previous = [
        {"event_id": m.event_id, "start": m.start, "end": m.end, "reason": m.reason}
        for m in earlier_mentions.values()
    ]
    editor_spans = list(
        article.mentions.filter(source=Source.EDITOR).values("event_id", "start", "end")
    )
    recorded, kept = [], set()
    for data in events:
        reading = provenance.reading_of(data)
        spans = data.get("mentions") or [
            {"evidence": data.get("evidence", ""), "start": 0, "end": len(data.get("evidence", ""))}
        ]
        # The engine already merged the article's own mentions: two events it keeps apart
        # (Blinken's call with Zelensky, then with his European counterparts) stay apart here.
        event, reason = _event_for(
            article=article,
            reading=reading,
            spans=spans,
            previous=previous,
            editor_spans=editor_spans,
            exclude_ids=[e.id for e in recorded],
        )
        for span in spans:
            fields = {
                "evidence": span["evidence"],
                "start": span["start"],
                "end": span["end"],
                "reading": reading,
                "reason": reason[:300],
            }
            # The same sentence keeps its Mention row, so that merges and splits an editor
            # made (which name the rows they moved) can still be undone after a parse.
            same = next(
                (
                    m
                    for m in earlier_mentions.values()
                    if m.pk not in kept
                    and m.event_id == event.id
                    and m.start < span["end"]
                    and span["start"] < m.end
                ),
                None,
            )
            if same:
                Mention.objects.filter(pk=same.pk).update(**fields)
                kept.add(same.pk)
            else:
                mention, _ = Mention.objects.get_or_create(
                    event=event, article=article, start=span["start"], defaults=fields
                )
                kept.add(mention.pk)
        recorded.append(event)
    Mention.objects.filter(pk__in=set(earlier_mentions) - kept).delete()
    for data, event in zip(events, recorded, strict=True):
        target = data.get("rescheduled_to")
        if isinstance(target, int) and 0 <= target < len(recorded):
            event.rescheduled_to = recorded[target]
            event.save(update_fields=["rescheduled_to"])
    touched_ids = {e.id for e in recorded} | {p["event_id"] for p in previous}
    for event in Event.objects.filter(id__in=touched_ids).order_by("id"):
        refresh_from_engine(event, article=article)
    # The evidence of a sentence parsed again was rewritten in bulk, unseen by timeline.signals.
    refresh_search_text(touched_ids)
    # Meetings this article alone reported and no longer reports leave the timeline, unless
    # an editor did anything to them: their work is never thrown away by a parse.
    for event in Event.objects.filter(id__in=touched_ids, mentions__isnull=True):
        if editor_touched(event):
            log_change(
                event=event,
                field="mention",
                old=None,
                new=None,
                source=Source.ENGINE,
                article=article,
                note="no article reports this meeting any more; kept for the editors' work",
            )
        else:
            event.delete()
    fresh = Event.objects.in_bulk([e.pk for e in recorded])
    return [fresh[e.pk] for e in recorded]
