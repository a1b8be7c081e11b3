"""The timeline figure, built server-side with plotly and handed to the page as JSON.

However many meetings there are, the page gets a figure of bounded size: each meeting as a
marker in its actor's lane when the view (the filters, and the window the reader has zoomed to)
holds at most `MAX_MEETINGS_DRAWN` of them; else the number of meetings per month (per year
over a long span), and the page asks for the meetings again as the reader zooms in
(`figure_json`).
"""

import calendar
import json
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

import plotly.graph_objects as go
from django.db.models import Count, QuerySet
from django.db.models.functions import TruncMonth
from django.urls import reverse
from django.utils.dates import MONTHS, MONTHS_AP, WEEKDAYS, WEEKDAYS_ABBR
from django.utils.http import urlencode
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from timeline.dates import month_label
from timeline.models import Event

MAX_LANES = 12
# Markers beyond this make the page heavy and the chart slow to hover and zoom (each is a DOM
# node); counts stand in for them until the reader zooms in.
MAX_MEETINGS_DRAWN = 500
# Over a longer span a bar per month is too thin to see or to click: a bar per year.
MONTHS_SPAN_YEARS = 30

# Held meetings are solid, scheduled ones hollow, cancelled ones crossed out: the difference
# must survive a black-and-white printout, so it is carried by the symbol, not only colour.
STATUS_STYLE = {
    Event.Status.HELD: {"symbol": "circle", "color": "#1f4e79"},
    Event.Status.SCHEDULED: {"symbol": "circle-open", "color": "#c0504d"},
    Event.Status.CANCELLED: {"symbol": "x-thin-open", "color": "#7f7f7f"},
}


def plotly_locale() -> dict | None:
    """What plotly.js needs to write the axis and its buttons in the active language (None in
    English, its own): Django's month and day names and the modebar's words. The page registers
    them with Plotly (timeline.js)."""
    language = get_language() or "en"
    if language.startswith("en"):
        return None
    sunday_first = [6, 0, 1, 2, 3, 4, 5]
    return {
        "name": language,
        "format": {
            "months": [str(MONTHS[n]) for n in range(1, 13)],
            "shortMonths": [str(MONTHS_AP[n]) for n in range(1, 13)],
            "days": [str(WEEKDAYS[n]) for n in sunday_first],
            "shortDays": [str(WEEKDAYS_ABBR[n]) for n in sunday_first],
        },
        # plotly.js's own English words, keys of its locale dictionaries
        "dictionary": {
            "Zoom": _("Zoom"),
            "Pan": _("Pan"),
            "Zoom in": _("Zoom in"),
            "Zoom out": _("Zoom out"),
            "Autoscale": _("Autoscale"),
            "Reset axes": _("Reset axes"),
            "Download plot as a png": _("Download plot as a png"),
            "Download plot": _("Download plot"),
            "Double-click to zoom back out": _("Double-click to zoom back out"),
            "Taking snapshot - this may take a few seconds": _(
                "Taking snapshot - this may take a few seconds"
            ),
            "Snapshot succeeded": _("Snapshot succeeded"),
            "Toggle Spike Lines": _("Toggle Spike Lines"),
            "Show closest data on hover": _("Show closest data on hover"),
            "Compare data on hover": _("Compare data on hover"),
        },
    }


def figure_words() -> dict:
    """What timeline.js writes in the chart's live region of a period of the counts, in the
    active language: the page gives it these words (a marker is read out by its hover text,
    which the figure already holds)."""
    return {
        # a period, then each status shown with its meetings in it ("held: 3, scheduled: 1")
        "period": _("%(period)s — %(counts)s. Enter zooms in."),
        "count": _("%(status)s: %(count)s"),
        "none": _("no meeting"),
    }


def plotly_text(text) -> str:
    """Text as Plotly shows it, never as markup.

    Plotly reads a subset of HTML in labels and hover text (<a href>, <b>, <br>, ...): an
    actor named `<a href="https://evil">x</a>` would become a live link. Escaping <, > and &
    leaves entities Plotly turns back into the same characters on screen."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def period_end(event: Event) -> date:
    """Last day of the period an event's date stands for (its own day for day precision)."""
    if event.end_date:
        return event.end_date
    if event.precision == Event.Precision.MONTH:
        last = calendar.monthrange(event.date.year, event.date.month)[1]
        return event.date.replace(day=last)
    if event.precision == Event.Precision.YEAR:
        return event.date.replace(month=12, day=31)
    return event.date


def lanes_for(events) -> list[str]:
    """The actors with the most meetings get a lane each; the rest share one. Each lane is
    named by its actor's name, escaped for Plotly."""
    counts = Counter(actor.name for event in events for actor in event.participants.all())
    return [plotly_text(name) for name, _ in counts.most_common(MAX_LANES)]


def other_lane() -> str:
    """The lane the actors without one of their own share, in the active language."""
    return _("Others")


def _event_lanes(event, lanes):
    names = [
        plotly_text(actor.name)
        for actor in event.participants.all()
        if plotly_text(actor.name) in lanes
    ]
    return names or [other_lane()]


def build_figure(events, *, date_label, query: str = "") -> dict:
    """A JSON-ready Plotly figure: one marker per meeting per lane, a bar across the period
    for meetings known only to the month or year.

    Meetings on the same day in the same lane sit on one spot, one hiding the others: each of
    their markers carries the address of the list of that spot's meetings (with the page's
    filters, `query`), which a click opens instead of one meeting."""
    events = list(events)
    lanes = lanes_for(events)
    slugs = {
        plotly_text(actor.name): actor.slug
        for event in events
        for actor in event.participants.all()
    }
    crowded = Counter((event.date, lane) for event in events for lane in _event_lanes(event, lanes))
    figure = go.Figure()
    for status, style in STATUS_STYLE.items():
        xs, ys, data, hover = [], [], [], []
        for event in events:
            if event.status != status:
                continue
            for lane in _event_lanes(event, lanes):
                xs.append(event.date.isoformat())
                ys.append(lane)
                # Only the <b>, <i> and <br> written here are markup; every value is escaped.
                text = (
                    f"<b>{plotly_text(event.title)}</b><br>{plotly_text(date_label(event))}"
                    f" · {plotly_text(event.get_kind_display())}"
                    f" · {plotly_text(event.get_status_display())}<br>"
                    + ", ".join(plotly_text(a.name) for a in event.participants.all())
                )
                others = crowded[(event.date, lane)] - 1
                if others:
                    spot = spot_url(event.date, slugs.get(lane, ""), query)
                    data.append([event.pk, event.get_absolute_url(), spot])
                    more = ngettext(
                        "and %(n)s more here: click to list them",
                        "and %(n)s more here: click to list them",
                        others,
                    )
                    text += f"<br><i>{plotly_text(more % {'n': others})}</i>"
                else:
                    data.append([event.pk, event.get_absolute_url()])
                hover.append(text)
        if not xs:
            continue
        figure.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="markers",
                name=str(Event.Status(status).label),
                marker={
                    "symbol": style["symbol"],
                    "color": style["color"],
                    "size": 13,
                    "line": {"width": 2, "color": style["color"]},
                },
                customdata=data,
                hovertext=hover,
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    for event in events:
        if event.precision == Event.Precision.DAY and not event.end_date:
            continue
        style = STATUS_STYLE[event.status]
        for lane in _event_lanes(event, lanes):
            figure.add_trace(
                go.Scatter(
                    x=[event.date.isoformat(), (period_end(event) + timedelta(days=1)).isoformat()],
                    y=[lane, lane],
                    mode="lines",
                    line={"color": style["color"], "width": 6},
                    opacity=0.35,
                    hoverinfo="skip",
                    showlegend=False,
                )
            )
    lane_order = [*reversed(lanes)]
    if any(other_lane() in _event_lanes(e, lanes) for e in events):
        lane_order.insert(0, other_lane())
    figure.update_layout(
        height=max(260, 70 + 38 * len(lane_order)),
        margin={"l": 10, "r": 10, "t": 10, "b": 40},
        hovermode="closest",
        clickmode="event",
        legend={"orientation": "h", "y": -0.15},
        plot_bgcolor="#ffffff",
        xaxis={"type": "date", "showgrid": True, "gridcolor": "#eeeeee"},
        yaxis={
            "type": "category",
            "categoryorder": "array",
            "categoryarray": lane_order,
            "automargin": True,
        },
    )
    return json.loads(figure.to_json())


def timeline_figure(
    events: QuerySet,
    *,
    date_label,
    window: tuple | None = None,
    query: str = "",
    count: int | None = None,
) -> dict:
    """The figure of the meetings of `events` (filtered, with participants prefetched) inside
    `window` (first and last day shown; None for all): markers, or counts when there are too
    many. `layout.meta` tells the page which, and how many meetings the view holds. `count`:
    the number of `events` when the caller knows it already (ignored with a window)."""
    if window is not None:
        events = events.filter(date__gte=window[0], date__lte=window[1])
        count = None
    if count is None:
        count = events.count()
    if count <= MAX_MEETINGS_DRAWN:
        figure = build_figure(list(events), date_label=date_label, query=query)
        mode = "meetings"
    else:
        figure = count_figure(events)
        mode = "counts"
    layout = figure["layout"]
    layout["meta"] = {"mode": mode, "count": count, "max_drawn": MAX_MEETINGS_DRAWN}
    if window is not None:
        layout["xaxis"]["range"] = [window[0].isoformat(), window[1].isoformat()]
        layout["xaxis"]["autorange"] = False
    return figure


def count_figure(events: QuerySet) -> dict:
    """Meetings per month (per year over a long span), stacked by status: one query, grouped by
    month, rolled up into years here when the span is long.

    Drawn as stacked areas stepping from period to period, not as bars: a bar is an element of
    its own that Plotly draws again at every zoom (900 bars over 25 years, 60-270 ms for the
    first zoom in Chromium), an area one path per status (about 20 ms). Every period of the
    span is given, empty ones as 0, so that an area drops to nothing where no meeting was."""
    by_month = (
        events.order_by()
        .annotate(period=TruncMonth("date"))
        .values("period", "status")
        .annotate(n=Count("pk"))
    )
    rows = [(row["period"], row["status"], row["n"]) for row in by_month]
    years = [period.year for period, _, _ in rows]
    by_year = bool(years) and max(years) - min(years) > MONTHS_SPAN_YEARS
    per_status: dict = {status: Counter() for status in STATUS_STYLE}
    for period, status, n in rows:
        per_status[status][period.replace(month=1) if by_year else period] += n
    months = [period for period, _, _ in rows]
    periods = _periods(min(months), max(months), by_year) if months else []
    axis_title = _("meetings per year") if by_year else _("meetings per month")
    # A plain dict, not plotly's Figure: validating a few hundred points through plotly's
    # classes took longer than the database took to count them.
    areas = []
    for status, style in STATUS_STYLE.items():
        if not per_status[status]:
            continue
        areas.append(
            {
                "type": "scatter",
                "mode": "lines",
                "stackgroup": "statuses",
                # a step half-way between two periods' middles: each period flat over itself
                "line": {"shape": "hvh", "width": 0.5, "color": style["color"]},
                "fillcolor": style["color"],
                "hoveron": "points",
                # the middle of the period, so that its step stands over it
                "x": [_middle(p, by_year).isoformat() for p in periods],
                "y": [per_status[status][p] for p in periods],
                "name": str(Event.Status(status).label),
                # the period's first and last day, and its name in the reader's language
                # (Plotly would name months in English)
                "customdata": [
                    [
                        p.isoformat(),
                        _period_end(p, by_year).isoformat(),
                        str(p.year) if by_year else month_label(p),
                    ]
                    for p in periods
                ],
                "hovertemplate": plotly_text(
                    _("%(count)s meetings, %(status)s, in %(period)s")
                    % {
                        "count": "%{y}",
                        "status": str(Event.Status(status).label).lower(),
                        "period": "%{customdata[2]}",
                    }
                )
                + "<br>"
                + plotly_text(_("click to zoom in"))
                + "<extra></extra>",
            }
        )
    layout = {
        "height": 320,
        "margin": {"l": 10, "r": 10, "t": 10, "b": 40},
        # A period's numbers wherever the pointer is above it, not only on the top of an area.
        "hovermode": "x",
        "clickmode": "event",
        "legend": {"orientation": "h", "y": -0.15},
        "plot_bgcolor": "#ffffff",
        "xaxis": {
            "type": "date",
            "showgrid": True,
            "gridcolor": "#eeeeee",
            # the period under the pointer, not the day in its middle where its point stands
            "hoverformat": "%Y" if by_year else "%B %Y",
        },
        "yaxis": {
            "title": {"text": axis_title},
            "automargin": True,
            "rangemode": "tozero",
        },
    }
    if periods:
        # The whole of the first and last periods: the areas' points stand in their middles,
        # and Plotly's own range would cut the span there.
        after = _period_end(periods[-1], by_year) + timedelta(days=1)
        layout["xaxis"]["range"] = [periods[0].isoformat(), after.isoformat()]
    return {"data": areas, "layout": layout}


def _periods(first: date, last: date, by_year: bool) -> list[date]:
    """Every month (or year) from the one of `first` to the one of `last`."""
    if by_year:
        return [date(year, 1, 1) for year in range(first.year, last.year + 1)]
    months = (last.year - first.year) * 12 + last.month - first.month
    return [
        date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1)
        for i in range(months + 1)
    ]


def _period_end(start: date, by_year: bool) -> date:
    if by_year:
        return start.replace(month=12, day=31)
    return start.replace(day=calendar.monthrange(start.year, start.month)[1])


def _middle(start: date, by_year: bool) -> date:
    return start + (_period_end(start, by_year) - start) / 2


def parse_window(query) -> tuple[tuple | None, list]:
    """(first and last day of the window the reader zoomed to, problems): both or neither."""
    values = {name: (query.get(name) or "").strip()[:10] for name in ("window_from", "window_to")}
    if not any(values.values()):
        return None, []
    days, problems = [], []
    for name, value in values.items():
        try:
            days.append(date.fromisoformat(value))
        except ValueError:
            problems.append(WindowProblem(name, f"'{value[:20]}' is not a day (YYYY-MM-DD)"))
    if problems:
        return None, problems
    start, end = days
    if start > end:
        return None, [WindowProblem("window_to", "the window ends before it starts")]
    return (start, end), []


@dataclass(frozen=True)
class WindowProblem:
    field: str
    error: str


def spot_url(day: date, lane_slug: str, query: str) -> str:
    """The list of the meetings of one day in one lane (its actor's slug; none for the lane
    of the others), under the page's filters."""
    parameters = [query] if query else []
    if lane_slug:
        parameters.append(urlencode({"lane": lane_slug}))
    address = reverse("timeline:spot", args=[day.isoformat()])
    return address + ("?" + "&".join(parameters) if parameters else "")
