from datetime import date

import pytest

from tests.factories import make_event
from timeline.dates import date_label
from timeline.figure import build_figure
from timeline.models import Event

pytestmark = pytest.mark.django_db


def test_it_draws_held_and_scheduled_meetings_with_different_markers():
    held = make_event(status=Event.Status.HELD)
    scheduled = make_event(status=Event.Status.SCHEDULED, date=date(2024, 4, 2))
    figure = build_figure([held, scheduled], date_label=date_label)
    symbols = {trace["name"]: trace["marker"]["symbol"] for trace in figure["data"]}
    assert symbols["Held"] != symbols["Scheduled"]


def test_it_puts_each_participant_in_its_own_lane_with_the_permalink_on_the_marker():
    event = make_event(participants=("Joe Biden", "Vladimir Putin"))
    figure = build_figure([event], date_label=date_label)
    marker_trace = figure["data"][0]
    assert sorted(marker_trace["y"]) == ["Joe Biden", "Vladimir Putin"]
    assert marker_trace["customdata"][0] == [event.pk, event.get_absolute_url()]
    assert "14 March 2024" in marker_trace["hovertext"][0]


def test_it_spans_a_month_precision_meeting_over_its_month():
    event = make_event(date=date(2021, 6, 1), precision=Event.Precision.MONTH)
    figure = build_figure([event], date_label=date_label)
    spans = [t for t in figure["data"] if t.get("mode") == "lines"]
    assert spans and spans[0]["x"] == ["2021-06-01", "2021-07-01"]


HOSTILE_NAMES = ('<a href="https://evil">x</a>', "<img src=x onerror=alert(1)>")


def test_it_escapes_markup_in_actor_names_in_lanes_and_hover_text():
    event = make_event(title="Meeting <b>bold</b> & co", participants=HOSTILE_NAMES)
    figure = build_figure([event], date_label=date_label)
    markers = figure["data"][0]
    texts = [*markers["y"], *figure["layout"]["yaxis"]["categoryarray"], *markers["hovertext"]]
    for text in texts:
        assert "<a" not in text and "<img" not in text and "</a>" not in text
    assert sorted(markers["y"]) == [
        '&lt;a href="https://evil"&gt;x&lt;/a&gt;',
        "&lt;img src=x onerror=alert(1)&gt;",
    ]
    assert sorted(figure["layout"]["yaxis"]["categoryarray"]) == sorted(markers["y"])
    hover = markers["hovertext"][0]
    # The figure's own markup stays; the title and the names are text.
    assert hover.startswith("<b>Meeting &lt;b&gt;bold&lt;/b&gt; &amp; co</b><br>")
    assert hover.endswith(
        '&lt;a href="https://evil"&gt;x&lt;/a&gt;, &lt;img src=x onerror=alert(1)&gt;'
    )


def test_it_escapes_an_ampersand_once_in_a_lane_shared_by_several_meetings():
    first = make_event(participants=("AT&T", "Ericsson"))
    second = make_event(participants=("AT&T", "Nokia"), date=date(2024, 5, 1))
    figure = build_figure([first, second], date_label=date_label)
    lanes = figure["layout"]["yaxis"]["categoryarray"]
    assert lanes.count("AT&amp;T") == 1
    assert figure["data"][0]["y"].count("AT&amp;T") == 2
