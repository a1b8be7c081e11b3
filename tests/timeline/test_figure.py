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
    assert "March 14, 2024" in marker_trace["hovertext"][0]


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


def test_it_makes_a_crowded_spot_list_its_meetings_on_click(client):
    day = date(2024, 3, 14)
    first = make_event(title="Morning call", participants=("Joe Biden", "Xi Jinping"), date=day)
    second = make_event(title="Evening talks", participants=("Joe Biden", "Lula"), date=day)
    alone = make_event(title="Another day", participants=("Joe Biden",), date=date(2024, 3, 20))
    figure = build_figure([first, second, alone], date_label=date_label, query="status=held")
    data = {
        (tuple(point[:2]), lane): point
        for trace in figure["data"]
        for point, lane in zip(trace.get("customdata") or [], trace["y"], strict=True)
    }
    # Biden's lane holds both on the 14th: each of their markers lists the spot
    spot = data[((first.pk, first.get_absolute_url()), "Joe Biden")][2]
    assert spot == "/on/2024-03-14/?status=held&lane=joe-biden"
    assert data[((second.pk, second.get_absolute_url()), "Joe Biden")][2] == spot
    # alone in its lane, or on its day: the marker opens the meeting itself
    assert len(data[((first.pk, first.get_absolute_url()), "Xi Jinping")]) == 2
    assert len(data[((alone.pk, alone.get_absolute_url()), "Joe Biden")]) == 2


def test_it_lists_the_meetings_of_a_spot_under_the_page_filters(client):
    day = date(2024, 3, 14)
    make_event(title="Morning call", participants=("Joe Biden", "Xi Jinping"), date=day)
    make_event(title="Evening talks", participants=("Joe Biden", "Lula"), date=day)
    make_event(
        title="Planned visit", participants=("Joe Biden",), date=day, status=Event.Status.SCHEDULED
    )
    make_event(title="Not in the lane", participants=("Olaf Scholz",), date=day)
    page = client.get("/on/2024-03-14/", {"status": "held", "lane": "joe-biden"})
    text = page.content.decode()
    assert "2 meetings on March 14, 2024" in text
    assert "Morning call" in text and "Evening talks" in text
    assert "Planned visit" not in text and "Not in the lane" not in text
    panel = client.get("/on/2024-03-14/", {"lane": "joe-biden"}, headers={"HX-Request": "true"})
    assert "<html" not in panel.content.decode()
    assert client.get("/on/not-a-day/").status_code == 404
