"""The timeline figure, built server-side with plotly and handed to the page as JSON."""

import calendar
import json
from collections import Counter
from datetime import date, timedelta

import plotly.graph_objects as go

from timeline.models import Event

MAX_LANES = 12
OTHER_LANE = "Others"

# Held meetings are solid, scheduled ones hollow, cancelled ones crossed out: the difference
# must survive a black-and-white printout, so it is carried by the symbol, not only colour.
STATUS_STYLE = {
    Event.Status.HELD: {"symbol": "circle", "color": "#1f4e79"},
    Event.Status.SCHEDULED: {"symbol": "circle-open", "color": "#c0504d"},
    Event.Status.CANCELLED: {"symbol": "x-thin-open", "color": "#7f7f7f"},
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


def _event_lanes(event, lanes):
    names = [
        plotly_text(actor.name)
        for actor in event.participants.all()
        if plotly_text(actor.name) in lanes
    ]
    return names or [OTHER_LANE]


def build_figure(events, *, date_label) -> dict:
    """A JSON-ready Plotly figure: one marker per meeting per lane, a bar across the period
    for meetings known only to the month or year."""
    events = list(events)
    lanes = lanes_for(events)
    figure = go.Figure()
    for status, style in STATUS_STYLE.items():
        xs, ys, data, hover = [], [], [], []
        for event in events:
            if event.status != status:
                continue
            for lane in _event_lanes(event, lanes):
                xs.append(event.date.isoformat())
                ys.append(lane)
                data.append([event.pk, event.get_absolute_url()])
                # Only the <b> and <br> written here are markup; every value is escaped.
                hover.append(
                    f"<b>{plotly_text(event.title)}</b><br>{plotly_text(date_label(event))}"
                    f" · {plotly_text(event.get_kind_display())}"
                    f" · {plotly_text(event.get_status_display())}<br>"
                    + ", ".join(plotly_text(a.name) for a in event.participants.all())
                )
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
    if any(OTHER_LANE in _event_lanes(e, lanes) for e in events):
        lane_order.insert(0, OTHER_LANE)
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
