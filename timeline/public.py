"""What readers are shown of the desk's work: where a merged meeting lives now, what each
article said about a meeting and when, and which events an article's page may link to."""

from datetime import date

from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery

from timeline.dates import day_label, month_label
from timeline.filters import TimelineFilter, published_events, timeline_events
from timeline.models import Actor, Event, EventChange, Mention, Source

# The counterparts an actor's page lists: those met most often.
MOST_COUNTERPARTS = 30

# A merge chain longer than this is a loop in the data, not a real history of merges.
MAX_MERGE_HOPS = 50

KIND_LABELS = dict(Event.Kind.choices)
STATUS_LABELS = dict(Event.Status.choices)


def survivor(event: Event) -> Event:
    """The event a merged-away event now lives in (itself when it was never merged)."""
    seen = {event.pk}
    while event.merged_into_id and len(seen) <= MAX_MERGE_HOPS:
        following = Event.objects.filter(pk=event.merged_into_id).first()
        if following is None or following.pk in seen:
            break
        seen.add(following.pk)
        event = following
    return event


def is_withdrawn(event: Event) -> bool:
    return event.review == Event.Review.REJECTED


def reported_date_label(value: str) -> str:
    """'2022-01-10' / '2022-01' / '2022' as a reader writes them, at the text's precision, in
    the active language."""
    parts = (value or "").split("-")
    try:
        if len(parts) == 3:
            return day_label(date(int(parts[0]), int(parts[1]), int(parts[2])))
        if len(parts) == 2:
            return month_label(date(int(parts[0]), int(parts[1]), 1))
    except ValueError:
        return value
    return value


def event_mentions() -> Prefetch:
    """The mentions an event page shows, with their article and the editor who added one."""
    return Prefetch("mentions", queryset=Mention.objects.select_related("article", "added_by"))


def reports(event: Event) -> list[dict]:
    """What was known when: one entry per article reporting `event`, oldest article first.

    Each says what that article said about the meeting (date at its precision, status, kind,
    as the engine read it) or that an editor added the meeting from it, and quotes its
    sentences. Reads `event.mentions.all()`, so prefetch them (see `event_mentions`).
    """
    by_article = {}
    for mention in event.mentions.all():
        entry = by_article.setdefault(
            mention.article_id,
            {"article": mention.article, "mentions": [], "said": None, "added_by_editor": False},
        )
        entry["mentions"].append(mention)
        if mention.source == Source.EDITOR:
            entry["added_by_editor"] = True
        elif mention.reading and entry["said"] is None:
            reading = mention.reading
            entry["said"] = {
                "date": reported_date_label(reading.get("date", "")),
                "status": STATUS_LABELS.get(reading.get("status"), reading.get("status", "")),
                "status_value": reading.get("status", ""),
                "kind": KIND_LABELS.get(reading.get("kind"), reading.get("kind", "")),
                "place": reading.get("place"),
            }
    for entry in by_article.values():
        entry["mentions"].sort(key=lambda m: m.start)
    return sorted(by_article.values(), key=_publication_order)


def _publication_order(entry):
    article = entry["article"]
    # Undated articles last, among themselves by id (None == None, so the id decides).
    return (article.published_at is None, article.published_at, article.pk)


def with_last_change(events: QuerySet) -> QuerySet:
    """Annotate each event with its newest change (when, by whom, which field) in the same
    query, so a page of the API costs no query per event."""
    newest = EventChange.objects.filter(event=OuterRef("pk")).order_by("-at", "-id")
    return events.annotate(
        last_change_at=Subquery(newest.values("at")[:1]),
        last_change_source=Subquery(newest.values("source")[:1]),
        last_change_field=Subquery(newest.values("field")[:1]),
    )


def changed_at(event: Event):
    """When the event last changed: its last save or its newest logged change, whichever is
    later (a merge moves mentions without saving the event). Needs `with_last_change`."""
    return max(event.updated_at, event.last_change_at or event.updated_at)


def article_meetings(article, *, show_withdrawn: bool) -> list[dict]:
    """The meetings an article's page lists: each mention with the live event it belongs to
    (a merged-away event is followed to its survivor). Meetings the desk rejected are left
    out for readers and flagged for editors."""
    listed = []
    mentions = article.mentions.select_related("event").order_by("start")
    for mention in mentions:
        event = survivor(mention.event) if mention.event.merged_into_id else mention.event
        withdrawn = is_withdrawn(event)
        if withdrawn and not show_withdrawn:
            continue
        listed.append({"mention": mention, "event": event, "withdrawn": withdrawn})
    return listed


def actor_meetings(actor: Actor) -> QuerySet:
    """The actor's published meetings (as the timeline shows them), newest first."""
    return timeline_events(TimelineFilter(actor=actor.slug)).order_by("-date", "-id")


def counterparts(actor: Actor, limit: int = MOST_COUNTERPARTS) -> QuerySet:
    """The actors `actor` met most often in published meetings, each with `meetings`, the
    number of meetings they shared, most first."""
    shared = published_events().filter(participants=actor).values("pk")
    # The filter on events comes before the count, so only the shared meetings are counted.
    return (
        Actor.objects.filter(events__in=shared)
        .exclude(pk=actor.pk)
        .annotate(meetings=Count("events", distinct=True))
        .order_by("-meetings", "name")[:limit]
    )
