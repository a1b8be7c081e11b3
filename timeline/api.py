"""Events as the extraction contract writes them, plus their id, permalink, the desk's review
and their last change."""

from django.urls import reverse

from timeline import public
from timeline.models import Event, Mention

# The columns a page of the API reads, as plain values: not the search text, provenance or
# proposals, which are most of a meeting's row and none of the API's answer, and no model
# instances, whose making took a third of a page's time at 100 meetings.
EVENT_COLUMNS = (
    "id",
    "slug",
    "date",
    "precision",
    "end_date",
    "kind",
    "status",
    "title",
    "place__name",
    "confidence",
    "rescheduled_to_id",
    "review",
    "updated_at",
    "last_change_at",
    "last_change_source",
    "last_change_field",
)


def page_events(ids, request) -> tuple[list[dict], object]:
    """The API's answer for the meetings `ids` (one page, in the timeline's order) and the
    newest change among them (for Last-Modified; None for no meeting): three queries whatever
    the page, one for the meetings with their place and newest change, one for their
    participants, one for their evidence."""
    rows = list(
        public.with_last_change(Event.objects.filter(pk__in=ids))
        .order_by("date", "id")
        .values(*EVENT_COLUMNS)
    )
    people = {}
    for link in (
        Event.participants.through.objects.filter(event_id__in=ids)
        .order_by("actor__name", "actor_id")
        .values_list("event_id", "actor__name", "actor__type")
    ):
        people.setdefault(link[0], []).append({"name": link[1], "type": link[2]})
    evidence = {}
    # Mention's own order (article, then place in the text) picks the sentence quoted, as on
    # the meeting's page: the first one seen for each meeting is kept.
    for event_id, sentence in (
        Mention.objects.filter(event_id__in=ids)
        .order_by("article_id", "start")
        .values_list("event_id", "evidence")
    ):
        evidence.setdefault(event_id, sentence)
    permalink = permalinks(request)
    answer = [event_json(row, people, evidence, permalink) for row in rows]
    newest = max((changed_at(row) for row in rows), default=None)
    return answer, newest


def permalinks(request):
    """A function giving an event's absolute permalink from its id and slug.

    Django's reverse() and build_absolute_uri() once per page rather than once per meeting
    (a fifth of a page's time at 100 meetings): every permalink is the same address with the
    id and slug put in, as `timeline.urls` writes them ("events/<pk>-<slug>/")."""
    sample = request.build_absolute_uri(reverse("timeline:event", kwargs={"pk": 1, "slug": "x"}))
    head = sample.removesuffix("1-x/")
    return lambda pk, slug: f"{head}{pk}-{slug}/"


def event_json(row, people, evidence, permalink) -> dict:
    """One meeting of the API's answer from its row (`page_events`' values)."""
    iso = row["date"].isoformat()
    return {
        "id": row["id"],
        "url": permalink(row["id"], row["slug"]),
        # As Event.date_value: the date at its precision (YYYY-MM-DD, YYYY-MM or YYYY).
        "date": {"day": iso, "month": iso[:7], "year": iso[:4]}[row["precision"]],
        "end_date": row["end_date"].isoformat() if row["end_date"] else None,
        "precision": row["precision"],
        "kind": row["kind"],
        "status": row["status"],
        "title": row["title"],
        "participants": people.get(row["id"], []),
        "location": row["place__name"],
        "evidence": evidence.get(row["id"], ""),
        "confidence": round(row["confidence"], 3),
        "rescheduled_to": row["rescheduled_to_id"],
        "review": row["review"],
        "last_change": last_change(row),
    }


def last_change(row) -> dict:
    """{"at", "by", "field"} of the meeting's newest logged change; a meeting with none
    (recorded before the log existed) gives its last save, by nobody known."""
    if row["last_change_at"] is None:
        return {"at": row["updated_at"].isoformat(), "by": None, "field": None}
    return {
        "at": row["last_change_at"].isoformat(),
        "by": row["last_change_source"],
        "field": row["last_change_field"],
    }


def changed_at(row):
    """As `public.changed_at`: the later of the last save and the newest logged change."""
    return max(row["updated_at"], row["last_change_at"] or row["updated_at"])
