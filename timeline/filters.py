"""The timeline's filters: read from the query string, applied to the events."""

from dataclasses import dataclass, fields
from datetime import date

from django.db.models import Prefetch, Q, QuerySet
from django.utils.http import urlencode

from timeline.models import Actor, Event


def _parse_day(value):
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _text(value: str) -> str:
    # A NUL byte cannot reach PostgreSQL (it would answer a server error); it means nothing.
    return value.replace("\x00", "").strip()[:200]


@dataclass(frozen=True)
class TimelineFilter:
    actor: str = ""  # an actor slug
    kind: str = ""
    status: str = ""
    start: date | None = None
    end: date | None = None
    q: str = ""

    @classmethod
    def from_query(cls, query) -> "TimelineFilter":
        """Unknown or malformed values are ignored rather than turned into an error page: a
        shared link with a typo still shows a timeline."""
        kind = query.get("kind", "")
        status = query.get("status", "")
        return cls(
            actor=_text(query.get("actor", "")),
            kind=kind if kind in Event.Kind.values else "",
            status=status if status in Event.Status.values else "",
            start=_parse_day(query.get("from", "")),
            end=_parse_day(query.get("to", "")),
            q=_text(query.get("q", "")),
        )

    @property
    def is_active(self):
        return any(getattr(self, f.name) for f in fields(self))

    def querystring(self):
        pairs = {
            "actor": self.actor,
            "kind": self.kind,
            "status": self.status,
            "from": self.start.isoformat() if self.start else "",
            "to": self.end.isoformat() if self.end else "",
            "q": self.q,
        }
        return urlencode({k: v for k, v in pairs.items() if v})

    def apply(self, events: QuerySet) -> QuerySet:
        if self.actor:
            events = events.filter(participants__slug=self.actor)
        if self.kind:
            events = events.filter(kind=self.kind)
        if self.status:
            events = events.filter(status=self.status)
        if self.start:
            events = events.filter(date__gte=self.start)
        if self.end:
            events = events.filter(date__lte=self.end)
        if self.q:
            events = events.filter(
                Q(title__icontains=self.q)
                | Q(participants__name__icontains=self.q)
                | Q(mentions__evidence__icontains=self.q)
            )
        return events.distinct()


def timeline_events(event_filter: TimelineFilter) -> QuerySet:
    return (
        event_filter.apply(published_events())
        .select_related("place")
        .prefetch_related(Prefetch("participants", queryset=Actor.objects.order_by("name")))
        .order_by("date", "id")
    )


def published_events() -> QuerySet:
    """What readers may see: no meeting the desk rejected, none merged into another."""
    return Event.objects.filter(merged_into__isnull=True).exclude(review=Event.Review.REJECTED)


def published_actors() -> QuerySet:
    """The actors of the published meetings, for the filter bar: a name that only a withdrawn
    meeting carried is not offered."""
    return (
        Actor.objects.filter(events__in=published_events().values("pk")).distinct().order_by("name")
    )
