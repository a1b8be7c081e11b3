"""Read-only questions the desk asks about one event: where each value came from, which
events may be the same meeting, and what happened to it."""

from django.db.models import Count, Q
from django.utils.dateparse import parse_datetime

from articles.models import Article
from timeline import provenance
from timeline.models import Event, EventChange
from timeline.services import COMPATIBLE_KINDS, dates_compatible


def field_sources(event: Event) -> list[dict]:
    """One row per tracked field: its value, who set it (the engine reading which article, or
    which editor when) and what the engine proposes instead of an editor's value."""
    values = provenance.current_values(event)
    sources = event.provenance or {}
    proposals = event.proposals or {}
    article_ids = {s.get("article") for s in sources.values()}
    article_ids |= {p.get("article") for p in proposals.values()}
    articles = Article.objects.in_bulk([pk for pk in article_ids if pk])
    rows = []
    for field in provenance.TRACKED_FIELDS:
        source = sources.get(field, {})
        proposal = proposals.get(field)
        rows.append(
            {
                "field": field,
                "label": provenance.FIELD_LABELS[field],
                "value": values[field],
                "by": source.get("by", ""),
                "article": articles.get(source.get("article")),
                "editor": source.get("user", ""),
                "at": parse_datetime(source["at"]) if source.get("at") else None,
                "proposal": proposal,
                "proposal_article": articles.get(proposal.get("article")) if proposal else None,
            }
        )
    return rows


def likely_duplicates(event: Event, limit: int = 6) -> list[Event]:
    """Events that may be the same real meeting: the same year, a kind two articles may give
    the same meeting, at least one participant in common. Compatible dates come first, then
    the most shared participants, then the nearest date."""
    actor_ids = list(event.participants.values_list("pk", flat=True))
    if not actor_ids:
        return []
    candidates = (
        Event.objects.filter(
            kind__in=COMPATIBLE_KINDS[event.kind],
            date__year=event.date.year,
            merged_into=None,
        )
        .exclude(pk=event.pk)
        .exclude(review=Event.Review.REJECTED)
        .annotate(shared=Count("participants", filter=Q(participants__in=actor_ids), distinct=True))
        .filter(shared__gt=0)
        .select_related("place")
        .prefetch_related("participants")
    )
    return sorted(
        candidates,
        key=lambda c: (
            not dates_compatible(event.date, event.precision, c.date, c.precision),
            -c.shared,
            abs((c.date - event.date).days),
            c.pk,
        ),
    )[:limit]


def history(event: Event):
    """Every change to the event, newest first, with what the page shows of each."""
    return EventChange.objects.filter(event=event).select_related(
        "user", "article", "reverted_by", "regrouping"
    )


def mentions(event: Event):
    return event.mentions.select_related("article", "added_by").order_by(
        "article__published_at", "article_id", "start"
    )
