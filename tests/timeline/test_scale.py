"""The page stays the same size however many meetings there are: counts per month stand in for
the markers of a crowded view, the markers come back for a window zoomed into, and the list
comes a page at a time."""

import gzip
import json
import re
from datetime import date

import pytest

from tests.factories import make_event
from timeline import figure, views

pytestmark = pytest.mark.django_db


@pytest.fixture
def crowded(monkeypatch):
    """Five meetings, three in March and two in May, where only three may be drawn."""
    monkeypatch.setattr(figure, "MAX_MEETINGS_DRAWN", 3)
    days = [date(2024, 3, 4), date(2024, 3, 12), date(2024, 3, 20), date(2024, 5, 2)]
    events = [make_event(title=f"Meeting number {i}", date=day) for i, day in enumerate(days)]
    events.append(make_event(title="A scheduled one", date=date(2024, 5, 9), status="scheduled"))
    return events


def _figure_of(page_html):
    found = re.search(
        r'<script id="timeline-figure-data" type="application/json">(.*?)</script>',
        page_html,
        re.S,
    )
    return json.loads(found.group(1))


def test_it_draws_counts_per_month_when_the_view_holds_more_than_it_draws(client, crowded):
    drawn = _figure_of(client.get("/").content.decode())
    assert drawn["layout"]["meta"] == {"mode": "counts", "count": 5, "max_drawn": 3}
    areas = {trace["name"]: trace for trace in drawn["data"]}
    # stacked areas, one path per status (cheap to draw again at each zoom), not bars
    assert all(trace["stackgroup"] == "statuses" for trace in drawn["data"])
    assert all(trace["type"] == "scatter" and trace["mode"] == "lines" for trace in drawn["data"])
    # a step per month, April's empty one too: March holds three held meetings, May one held
    # and one scheduled
    assert areas["Held"]["y"] == [3, 0, 1] and areas["Scheduled"]["y"] == [0, 0, 1]
    assert areas["Held"]["x"] == areas["Scheduled"]["x"]
    assert [period[0] for period in areas["Held"]["customdata"]] == [
        "2024-03-01",
        "2024-04-01",
        "2024-05-01",
    ]
    assert "Meeting number" not in json.dumps(drawn)


def test_it_counts_per_year_over_a_long_span_with_every_year_given(client, monkeypatch):
    monkeypatch.setattr(figure, "MAX_MEETINGS_DRAWN", 1)
    for day in (date(1980, 6, 1), date(2024, 2, 1), date(2024, 3, 1)):
        make_event(date=day)
    drawn = _figure_of(client.get("/").content.decode())
    held = drawn["data"][0]
    assert drawn["layout"]["yaxis"]["title"]["text"] == "meetings per year"
    assert len(held["x"]) == 2024 - 1980 + 1
    assert (held["y"][0], held["y"][-1], sum(held["y"])) == (1, 2, 3)


def test_every_month_of_a_span_is_a_period():
    assert figure._periods(date(2023, 11, 1), date(2024, 2, 1), by_year=False) == [
        date(2023, 11, 1),
        date(2023, 12, 1),
        date(2024, 1, 1),
        date(2024, 2, 1),
    ]


def test_it_draws_the_meetings_themselves_while_few_enough(client):
    make_event(title="Lone meeting")
    drawn = _figure_of(client.get("/").content.decode())
    assert drawn["layout"]["meta"]["mode"] == "meetings"
    assert drawn["data"][0]["type"] == "scatter"


def test_it_draws_the_meetings_of_the_window_the_reader_zoomed_to(client, crowded):
    answer = client.get("/figure.json", {"window_from": "2024-05-01", "window_to": "2024-05-31"})
    assert answer.status_code == 200
    drawn = answer.json()
    assert drawn["layout"]["meta"]["mode"] == "meetings"
    assert drawn["layout"]["meta"]["count"] == 2
    assert drawn["layout"]["xaxis"]["range"] == ["2024-05-01", "2024-05-31"]
    urls = {data[1] for trace in drawn["data"] for data in trace.get("customdata") or []}
    assert urls == {crowded[3].get_absolute_url(), crowded[4].get_absolute_url()}


def test_it_keeps_the_page_filters_in_the_window(client, crowded):
    answer = client.get(
        "/figure.json",
        {"status": "scheduled", "window_from": "2024-01-01", "window_to": "2024-12-31"},
    )
    assert answer.json()["layout"]["meta"]["count"] == 1


def test_it_refuses_a_window_that_is_not_two_days_in_order(client, crowded):
    answer = client.get("/figure.json", {"window_from": "soon", "window_to": "2024-05-31"})
    assert answer.status_code == 400
    assert "window_from" in answer.json()["errors"]
    answer = client.get("/figure.json", {"window_from": "2024-06-01", "window_to": "2024-05-31"})
    assert answer.status_code == 400


def test_it_lists_the_meetings_a_page_at_a_time(client, crowded, monkeypatch):
    monkeypatch.setattr(views, "LIST_PAGE_SIZE", 2)
    page = client.get("/", {"page": "2"}).content.decode()
    assert "5 meetings" in page
    assert "Meetings 3–4 of 5 (page 2 of 3)" in page
    assert "Meeting number 2" in page and "Meeting number 3" in page
    assert "Meeting number 0" not in page
    assert 'rel="prev"' in page and 'rel="next"' in page


def test_it_keeps_the_filters_in_the_page_links(client, crowded, monkeypatch):
    monkeypatch.setattr(views, "LIST_PAGE_SIZE", 1)
    page = client.get("/", {"status": "held"}).content.decode()
    assert 'href="?status=held&amp;page=2"' in page


def test_it_says_when_a_page_does_not_exist_and_shows_the_last(client, crowded, monkeypatch):
    monkeypatch.setattr(views, "LIST_PAGE_SIZE", 2)
    page = client.get("/", {"page": "9"}).content.decode()
    assert "Page 9 does not exist: showing the last page, 3." in page
    assert "A scheduled one" in page


def test_it_compresses_the_page_for_a_browser_that_accepts_it(client, crowded):
    answer = client.get("/", HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert answer["Content-Encoding"] == "gzip"
    assert b"Meeting number 1" in gzip.decompress(answer.content)


def test_it_asks_the_same_few_queries_whatever_the_number_of_meetings(
    client, django_assert_max_num_queries, monkeypatch
):
    monkeypatch.setattr(figure, "MAX_MEETINGS_DRAWN", 10)
    for i in range(80):
        make_event(title=f"Meeting {i}", date=date(2020, 1 + i % 12, 1 + i % 28))
    with django_assert_max_num_queries(12):
        assert client.get("/").status_code == 200


def test_it_puts_the_page_in_the_address_of_an_htmx_answer(client, crowded, monkeypatch):
    monkeypatch.setattr(views, "LIST_PAGE_SIZE", 2)
    answer = client.get("/", {"status": "held", "page": "2"}, headers={"HX-Request": "true"})
    assert answer["HX-Push-Url"] == "/?status=held&page=2"
    answer = client.get("/", {"page": "1"}, headers={"HX-Request": "true"})
    assert answer["HX-Push-Url"] == "/"


def test_it_counts_a_meeting_once_under_an_actor_filter(client):
    meeting = make_event(title="Summit of two", participants=("Joe Biden", "Xi Jinping"))
    make_event(title="Someone else's", participants=("Olaf Scholz", "Xi Jinping"))
    answer = client.get("/api/events", {"actor": "joe-biden"}).json()
    assert answer["count"] == 1
    assert [event["id"] for event in answer["events"]] == [meeting.pk]
    assert "1 meeting" in client.get("/", {"actor": "xi-jinping", "q": "summit"}).content.decode()
