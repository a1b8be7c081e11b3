"""The timeline's filters: read from the query string, applied to the events.

`parse_filter` reads a query string into a `TimelineFilter` and the list of `Problem`s it met:
a value it did not understand is left out of the filter (a shared link with a typo still shows
a timeline) and named in a problem, which the page shows as a notice and the API answers with
a 400.
"""

from dataclasses import dataclass, fields
from datetime import date

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from timeline.models import Actor, Event
from timeline.search import search

MAX_LENGTH = 200  # of a filter value; a longer text is cut, a longer name is unknown anyway
SHOWN_LENGTH = 60  # of a value quoted back in a notice or an error


@dataclass(frozen=True)
class Problem:
    """One value of the query string that was not used as given."""

    field: str  # the query parameter: actor, kind, status, from, to, q, page
    notice: str  # the page's sentence: the value, what was done instead, what is accepted
    error: str  # the API's: what is wrong and what is accepted


def _clean(value: str) -> str:
    # A NUL byte cannot reach PostgreSQL (it would answer a server error); it means nothing.
    return value.replace("\x00", "").strip()


def _shown(value: str) -> str:
    return value if len(value) <= SHOWN_LENGTH else value[: SHOWN_LENGTH - 1] + "…"


def _one_of(choices) -> str:
    return ", ".join(choices.values)


def _choice(field, value, choices, notice, problems) -> str:
    if not value:
        return ""
    if value.lower() in choices.values:
        return value.lower()
    problems.append(
        Problem(
            field,
            notice % {"value": _shown(value), "accepted": _one_of(choices)},
            f"unknown {field} '{_shown(value)}'; one of {_one_of(choices)}",
        )
    )
    return ""


def _day(field, value, problems) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        if field == "from":
            notice = _("“%(value)s” is not a date (YYYY-MM-DD): the start date was left open.")
        else:
            notice = _("“%(value)s” is not a date (YYYY-MM-DD): the end date was left open.")
        problems.append(
            Problem(
                field,
                notice % {"value": _shown(value)},
                f"'{_shown(value)}' is not a date; YYYY-MM-DD",
            )
        )
        return None


def _actor(value, problems) -> str:
    if not value:
        return ""
    if len(value) <= MAX_LENGTH and Actor.objects.filter(slug=value).exists():
        return value
    problems.append(
        Problem(
            "actor",
            _("Unknown actor “%(value)s”: showing all actors (pick one from the list).")
            % {"value": _shown(value)},
            f"unknown actor '{_shown(value)}'; an actor's slug, as in the events' actor links",
        )
    )
    return ""


def _text(value, problems) -> str:
    if len(value) <= MAX_LENGTH:
        return value
    problems.append(
        Problem(
            "q",
            _(
                "The text searched for is %(length)s characters long: only its first "
                "%(most)s were searched for."
            )
            % {"length": f"{len(value):,}", "most": MAX_LENGTH},
            f"{len(value)} characters; at most {MAX_LENGTH}",
        )
    )
    return value[:MAX_LENGTH].strip()


def parse_filter(query) -> tuple["TimelineFilter", list[Problem]]:
    """The filter a query string asks for, and what in it was not understood.

    Each problem's value is left out (an unknown kind: all kinds), except a start date after
    the end date, where the two are swapped, and an over-long text, which is cut."""
    problems: list[Problem] = []

    def value(name):
        return _clean(query.get(name, ""))

    actor = _actor(value("actor"), problems)
    kind = _choice(
        "kind",
        value("kind"),
        Event.Kind,
        _("Unknown kind “%(value)s”: showing all kinds (%(accepted)s)."),
        problems,
    )
    status = _choice(
        "status",
        value("status"),
        Event.Status,
        _("Unknown status “%(value)s”: showing all statuses (%(accepted)s)."),
        problems,
    )
    start = _day("from", value("from"), problems)
    end = _day("to", value("to"), problems)
    if start and end and start > end:
        problems.append(
            Problem(
                "from",
                _("The start date %(start)s is after the end date %(end)s: the two were swapped.")
                % {"start": start.isoformat(), "end": end.isoformat()},
                f"{start.isoformat()} is after to {end.isoformat()}",
            )
        )
        start, end = end, start
    q = _text(value("q"), problems)
    return TimelineFilter(actor, kind, status, start, end, q), problems


def parse_page(value: str, pages: int | None = None) -> tuple[int, Problem | None]:
    """The API's page number: 1 when none is given; a problem when the value is not a whole
    number from 1, or is past the last of `pages` (when known)."""
    value = _clean(value)
    if not value:
        return 1, None
    try:
        number = int(value) if value.isascii() and value.isdigit() else 0
    except ValueError:  # more digits than int() reads
        number = 0
    if number < 1:
        return 1, Problem(
            "page",
            _("Page “%(value)s” does not exist: showing page 1.") % {"value": _shown(value)},
            f"'{_shown(value)}' is not a page number; a whole number from 1",
        )
    if pages is not None and number > pages:
        return pages, Problem(
            "page",
            _("Page %(value)s does not exist: showing the last page, %(last)s.")
            % {"value": _shown(value), "last": pages},
            f"page {_shown(value)} does not exist; the last page is {pages}",
        )
    return number, None


@dataclass(frozen=True)
class TimelineFilter:
    actor: str = ""  # an actor slug
    kind: str = ""
    status: str = ""
    start: date | None = None
    end: date | None = None
    q: str = ""

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
            # Names in either language, any case, any accents, every word (timeline.search).
            events = search(events, self.q)
        # No DISTINCT: the only join, on the participants, matches one unique slug, so a
        # meeting comes out once; a DISTINCT would make every count and page compare every
        # column of every row (seconds at 100,000 meetings).
        return events


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


def published_actors(also: str = "") -> QuerySet:
    """The actors of the published meetings, for the filter bar: a name that only a withdrawn
    meeting carried is not offered, unless it is the actor `also` (a slug) the filter holds, so
    that the box shows what is applied."""
    # EXISTS, one index lookup per actor: a join with DISTINCT over every participation took
    # most of the page's time at 100,000 meetings.
    takes_part = Event.participants.through.objects.filter(
        actor=OuterRef("pk"), event__in=published_events()
    )
    offered = Exists(takes_part)
    if also:
        offered |= Q(slug=also)
    return Actor.objects.filter(offered).order_by("name")
