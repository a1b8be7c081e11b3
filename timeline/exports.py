"""A filtered view of the timeline as files: CSV, iCalendar, TimelineJS JSON and an Atom feed.

Each export holds what `/` shows for the same filters (`timeline_events`: never a meeting the
desk rejected, nor one merged into another), at most settings.EXPORT_MAX_EVENTS of them, in
the page's order. The functions take the events and a function that makes a URL absolute
(`request.build_absolute_uri`), and return the file's content.
"""

import csv
import io
from datetime import date, timedelta

import icalendar
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Count, DateTimeField, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape, format_html, format_html_join

from timeline import public
from timeline.dates import date_label
from timeline.filters import TimelineFilter, timeline_events
from timeline.models import Event, Mention

# A feed reader wants what changed lately, not the archive (the CSV and the calendar have it).
FEED_ENTRIES = 100

CSV_COLUMNS = [
    "date",
    "end_date",
    "date_precision",
    "title",
    "kind",
    "status",
    "location",
    "participants",
    "permalink",
    "sources",
]

# Characters that make Excel or LibreOffice read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

KIND_LABELS = dict(Event.Kind.choices)
STATUS_LABELS = dict(Event.Status.choices)


def exported_events(event_filter: TimelineFilter) -> QuerySet:
    """The filtered view's events with what the exports show: participants and place (in
    two queries whatever the number of events), the number of articles reporting each, and
    when each last changed (its last save or the newest change logged, whichever is later:
    a merge moves mentions without saving the event)."""
    sources = (
        Mention.objects.filter(event=OuterRef("pk"))
        .order_by()
        .values("event")
        .annotate(count=Count("article", distinct=True))
        .values("count")
    )
    # A subquery, not Count("mentions"): the text filter joins the mentions already, and a
    # count over that join would count only the mentions the text matched.
    return (
        public.with_last_change(timeline_events(event_filter))
        .annotate(source_count=Coalesce(Subquery(sources, output_field=IntegerField()), 0))
        .annotate(
            changed_at=Greatest(
                "updated_at",
                Coalesce("last_change_at", "updated_at"),
                output_field=DateTimeField(),
            )
        )
    )


def bounded(events: QuerySet, limit: int | None = None) -> tuple[list[Event], bool]:
    """At most `limit` events (settings.EXPORT_MAX_EVENTS), and whether there were more."""
    limit = settings.EXPORT_MAX_EVENTS if limit is None else limit
    fetched = list(events[: limit + 1])
    return fetched[:limit], len(fetched) > limit


def participant_names(event: Event) -> list[str]:
    return [actor.name for actor in event.participants.all()]


def _cell(text: str) -> str:
    # Titles and names come from articles: one starting like a formula is kept as text.
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def events_csv(events, absolute_url) -> str:
    """One row per meeting. The date is written at its precision (2024-03 for a meeting known
    only to the month), as the API writes it. Starts with a byte order mark: without it Excel
    reads UTF-8 as Latin-1."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for event in events:
        writer.writerow(
            [
                event.date_value,
                event.end_date.isoformat() if event.end_date else "",
                event.precision,
                _cell(event.title),
                event.kind,
                event.status,
                _cell(event.place.name) if event.place else "",
                _cell("; ".join(participant_names(event))),
                absolute_url(event.get_absolute_url()),
                event.source_count,
            ]
        )
    return out.getvalue()


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def calendar_days(event: Event) -> tuple[date, date] | None:
    """The all-day span a calendar shows: DTSTART and DTEND, the day after the last (RFC 5545:
    DTEND is exclusive).

    A meeting known only to the month spans that whole month: it took or takes place on some
    day within it, and a single day would claim more than the article said. One known only to
    the year is left out of the calendar (None): a year-long entry would cover every other
    meeting; the CSV and the page list it."""
    if event.precision == Event.Precision.YEAR:
        return None
    last = event.end_date if event.end_date and event.end_date > event.date else event.date
    end = last + timedelta(days=1)
    if event.precision == Event.Precision.MONTH:
        end = max(end, _next_month(event.date))
    return event.date, end


def _summary_lines(event: Event) -> list[str]:
    """What a calendar entry or a feed entry says of a meeting beside its title."""
    lines = [
        f"{KIND_LABELS[event.kind]}, {STATUS_LABELS[event.status].lower()}.",
        f"Date: {date_label(event)}",
    ]
    if event.precision == Event.Precision.MONTH:
        lines[-1] += " (the day is not known)"
    names = participant_names(event)
    if names:
        lines.append("Participants: " + ", ".join(names))
    return lines


def events_ical(events, absolute_url, host: str) -> bytes:
    """An iCalendar file with one all-day VEVENT per meeting (see `calendar_days`). The UID
    stays the same when a meeting changes, so a subscribed calendar updates the entry."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Diplomatic timeline//Meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Diplomatic meetings")
    for event in events:
        days = calendar_days(event)
        if days is None:
            continue
        entry = icalendar.Event()
        entry.add("uid", f"event-{event.pk}@{host}")
        # The last change, not now: the same data gives the same file (and ETag).
        entry.add("dtstamp", event.changed_at)
        entry.add("last-modified", event.changed_at)
        entry.add("dtstart", days[0])
        entry.add("dtend", days[1])
        entry.add("summary", event.title)
        if event.place:
            entry.add("location", event.place.name)
        entry.add("url", absolute_url(event.get_absolute_url()))
        cancelled = event.status == Event.Status.CANCELLED
        entry.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        # Other people's meetings: they do not make the subscriber busy.
        entry.add("transp", "TRANSPARENT")
        entry.add("categories", [KIND_LABELS[event.kind]])
        lines = [*_summary_lines(event), absolute_url(event.get_absolute_url())]
        entry.add("description", "\n".join(lines))
        calendar.add_component(entry)
    return calendar.to_ical()


def _timelinejs_date(day: date, precision: str) -> dict:
    # TimelineJS reads a date without its day (or month) at that precision.
    value = {"year": day.year}
    if precision != Event.Precision.YEAR:
        value["month"] = day.month
    if precision == Event.Precision.DAY:
        value["day"] = day.day
    return value


def _timelinejs_slide(event: Event, absolute_url) -> dict:
    names = participant_names(event)
    # TimelineJS writes headline and text as HTML: the article's words are escaped.
    text = format_html(
        '<p>{}, {}{}.</p>{}<p><a href="{}">Sources and details</a></p>',
        KIND_LABELS[event.kind],
        STATUS_LABELS[event.status].lower(),
        format_html(" in {}", event.place.name) if event.place else "",
        format_html("<p>{}</p>", ", ".join(names)) if names else "",
        absolute_url(event.get_absolute_url()),
    )
    slide = {
        "start_date": _timelinejs_date(event.date, event.precision),
        "display_date": date_label(event),
        "text": {"headline": escape(event.title), "text": str(text)},
        "group": KIND_LABELS[event.kind],
        "unique_id": f"event-{event.pk}",
        "autolink": False,
    }
    if event.precision == Event.Precision.DAY and event.end_date and event.end_date > event.date:
        slide["end_date"] = _timelinejs_date(event.end_date, Event.Precision.DAY)
    return slide


def events_timelinejs(events, absolute_url, *, description: str) -> dict:
    """The TimelineJS3 JSON format: a title slide and one slide per meeting, grouped by kind."""
    return {
        "title": {
            "text": {
                "headline": "Diplomatic meetings",
                "text": str(format_html("<p>{}</p>", description)),
            }
        },
        "events": [_timelinejs_slide(event, absolute_url) for event in events],
    }


def describe(event_filter: TimelineFilter) -> str:
    """The filters in words, for a title: "Kind: summit; from 2024-01-01"."""
    parts = []
    if event_filter.actor:
        parts.append(f"actor: {event_filter.actor}")
    if event_filter.kind:
        parts.append(f"kind: {KIND_LABELS[event_filter.kind].lower()}")
    if event_filter.status:
        parts.append(f"status: {STATUS_LABELS[event_filter.status].lower()}")
    if event_filter.start:
        parts.append(f"from {event_filter.start.isoformat()}")
    if event_filter.end:
        parts.append(f"to {event_filter.end.isoformat()}")
    if event_filter.q:
        parts.append(f"text: “{event_filter.q}”")
    return "; ".join(parts).capitalize() if parts else "All published meetings"


class ChangedMeetingsFeed(Feed):
    """An Atom feed of the filtered view's meetings, the most recently added or changed first.

    Built once per request (see `timeline.export_views.events_atom`), which hands it the
    parsed filter."""

    feed_type = Atom1Feed
    title = "Diplomatic timeline: new and changed meetings"

    def get_object(self, request, event_filter):
        # The entries' ids are absolute URLs, which the syndication framework does not build.
        self.request = request
        return event_filter

    def subtitle(self, event_filter):
        return describe(event_filter)

    def link(self, event_filter):
        return _with_query(reverse("timeline:timeline"), event_filter)

    def feed_url(self, event_filter):
        return _with_query(reverse("timeline:events-atom"), event_filter)

    def items(self, event_filter):
        return exported_events(event_filter).order_by("-changed_at", "-id")[:FEED_ENTRIES]

    def item_title(self, event):
        return f"{event.title} ({date_label(event)})"

    def item_description(self, event):
        # Atom's summary is read as HTML: the article's words are escaped.
        return format_html_join("", "<p>{}</p>", ((line,) for line in _summary_lines(event)))

    def item_link(self, event):
        return event.get_absolute_url()

    def item_guid(self, event):
        # The short permalink, which lasts when a new title changes the slug.
        short = reverse("timeline:event-short", kwargs={"pk": event.pk})
        return self.request.build_absolute_uri(short)

    def item_pubdate(self, event):
        return event.created_at

    def item_updateddate(self, event):
        return event.changed_at

    def item_categories(self, event):
        return [KIND_LABELS[event.kind]]


def _with_query(path: str, event_filter: TimelineFilter) -> str:
    query = event_filter.querystring()
    return f"{path}?{query}" if query else path
