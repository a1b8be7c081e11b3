import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import date

import icalendar
import pytest

from tests.factories import make_article, make_event, make_place
from timeline.models import Event

pytestmark = pytest.mark.django_db

EXPORTS = ["/events.csv", "/events.ics", "/events.atom", "/events.timelinejs.json"]
ATOM = "{http://www.w3.org/2005/Atom}"


def csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")  # Excel reads UTF-8 by its byte order mark
    return list(csv.DictReader(io.StringIO(text[1:])))


def calendar_entries(response):
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(entry["summary"]): entry for entry in calendar.walk("VEVENT")}


def atom_entries(response):
    return ET.fromstring(response.content).findall(f"{ATOM}entry")


def test_it_exports_the_filtered_view_as_csv_rows(client):
    event = make_event(
        title="Harbour summit on fisheries",
        kind=Event.Kind.SUMMIT,
        date=date(2024, 5, 6),
        end_date=date(2024, 5, 7),
        participants=("Ana Ruiz", "Kenji Mori"),
        place=make_place("Valletta"),
    )
    make_event(title="Phone call on grain", kind=Event.Kind.CALL, participants=("Ana Ruiz",))
    response = client.get("/events.csv", {"kind": "summit"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="diplomatic-meetings.csv"'
    rows = csv_rows(response)
    assert len(rows) == 1
    row = rows[0]
    assert row["title"] == "Harbour summit on fisheries"
    assert (row["date"], row["end_date"], row["date_precision"]) == (
        "2024-05-06",
        "2024-05-07",
        "day",
    )
    assert (row["kind"], row["status"], row["location"]) == ("summit", "held", "Valletta")
    assert row["participants"] == "Ana Ruiz; Kenji Mori"
    assert row["permalink"] == f"http://testserver{event.get_absolute_url()}"


def test_it_writes_a_month_precision_date_as_the_month_in_the_csv(client):
    make_event(title="Spring talks", date=date(2024, 4, 1), precision=Event.Precision.MONTH)
    row = csv_rows(client.get("/events.csv"))[0]
    assert (row["date"], row["date_precision"]) == ("2024-04", "month")


def test_it_counts_every_article_reporting_a_meeting_even_when_the_text_matches_one(client):
    first = make_article(text="Premier texte.\n")
    second = make_article(text="Second texte.\n")
    event = make_event(title="Border talks", article=first, evidence="They met at the border.")
    event.mentions.create(article=second, evidence="A quiet meeting.", start=0, end=16)
    rows = csv_rows(client.get("/events.csv", {"q": "border"}))
    assert [row["sources"] for row in rows] == ["2"]


def test_it_keeps_a_title_that_starts_like_a_formula_as_text(client):
    make_event(title="=HYPERLINK(1)", participants=("+Someone",))
    row = csv_rows(client.get("/events.csv"))[0]
    assert row["title"] == "'=HYPERLINK(1)"
    assert row["participants"] == "'+Someone"


@pytest.mark.parametrize("path", EXPORTS)
def test_it_never_exports_a_rejected_or_merged_meeting(client, path):
    kept = make_event(title="Visible visit", kind=Event.Kind.VISIT)
    make_event(title="Withdrawn visit", kind=Event.Kind.VISIT, review=Event.Review.REJECTED)
    make_event(title="Duplicate visit", kind=Event.Kind.VISIT, merged_into=kept)
    body = client.get(path).content.decode()
    assert "Visible visit" in body
    assert "Withdrawn visit" not in body
    assert "Duplicate visit" not in body


@pytest.mark.parametrize("path", EXPORTS)
def test_it_answers_a_bad_filter_with_400_naming_it(client, path):
    make_event(title="Any meeting")
    response = client.get(path, {"kind": "picnic", "from": "soon"})
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    body = response.content.decode()
    assert "kind: unknown kind 'picnic'" in body
    assert "from: 'soon' is not a date" in body
    assert "Any meeting" not in body


@pytest.mark.parametrize("path", EXPORTS)
def test_it_exports_only_the_meetings_the_filters_match(client, path):
    make_event(title="Early call", date=date(2023, 2, 1), participants=("Ana Ruiz",))
    make_event(title="Later call", date=date(2024, 9, 1), participants=("Ana Ruiz",))
    make_event(title="Other call", date=date(2024, 9, 2), participants=("Lea Novak",))
    body = client.get(path, {"actor": "ana-ruiz", "from": "2024-01-01"}).content.decode()
    assert "Later call" in body
    assert "Early call" not in body and "Other call" not in body


def test_it_exports_a_calendar_of_all_day_meetings(client):
    event = make_event(
        title="Ministers meet on water",
        date=date(2024, 6, 10),
        end_date=date(2024, 6, 11),
        participants=("Ana Ruiz", "Kenji Mori"),
        place=make_place("Lisbon"),
    )
    response = client.get("/events.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert not response.has_header("Content-Disposition")  # subscribed to, not downloaded
    entry = calendar_entries(response)["Ministers meet on water"]
    assert entry.decoded("dtstart") == date(2024, 6, 10)
    assert entry.decoded("dtend") == date(2024, 6, 12)  # the day after the last
    assert "VALUE=DATE" in entry.to_ical().decode()
    assert str(entry["uid"]) == f"event-{event.pk}@testserver"
    assert str(entry["url"]) == f"http://testserver{event.get_absolute_url()}"
    assert str(entry["location"]) == "Lisbon"
    assert str(entry["status"]) == "CONFIRMED"
    assert "Ana Ruiz, Kenji Mori" in str(entry["description"])


def test_it_marks_a_cancelled_meeting_cancelled_in_the_calendar(client):
    make_event(title="Called-off summit", status=Event.Status.CANCELLED)
    make_event(title="Planned summit", status=Event.Status.SCHEDULED)
    entries = calendar_entries(client.get("/events.ics"))
    assert str(entries["Called-off summit"]["status"]) == "CANCELLED"
    assert str(entries["Planned summit"]["status"]) == "CONFIRMED"


def test_it_spans_the_month_of_a_meeting_known_to_the_month_and_leaves_out_one_known_to_the_year(
    client,
):
    make_event(title="Talks in March", date=date(2024, 3, 1), precision=Event.Precision.MONTH)
    make_event(title="Talks some day in 2024", date=date(2024, 1, 1), precision="year")
    entries = calendar_entries(client.get("/events.ics"))
    assert set(entries) == {"Talks in March"}
    month = entries["Talks in March"]
    assert (month.decoded("dtstart"), month.decoded("dtend")) == (
        date(2024, 3, 1),
        date(2024, 4, 1),
    )
    assert "March 2024 (the day is not known)" in str(month["description"])
    # The CSV keeps the meeting the calendar cannot place on days.
    assert len(csv_rows(client.get("/events.csv"))) == 2


def test_it_keeps_a_meetings_calendar_uid_when_its_title_changes(client):
    event = make_event(title="First wording")
    before = calendar_entries(client.get("/events.ics"))["First wording"]["uid"]
    event.title = "Second wording"
    event.save()
    after = calendar_entries(client.get("/events.ics"))["Second wording"]["uid"]
    assert before == after


def test_it_feeds_new_and_changed_meetings_newest_change_first(client):
    older = make_event(title="Older meeting", kind=Event.Kind.MEETING)
    make_event(title="Newer meeting", kind=Event.Kind.MEETING)
    make_event(title="A call", kind=Event.Kind.CALL)
    older.status = Event.Status.CANCELLED
    older.save()  # changed last, so first in the feed
    response = client.get("/events.atom", {"kind": "meeting"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    entries = atom_entries(response)
    titles = [entry.find(f"{ATOM}title").text for entry in entries]
    assert titles == ["Older meeting (March 14, 2024)", "Newer meeting (March 14, 2024)"]
    first = entries[0]
    link = first.find(f"{ATOM}link").get("href")
    assert link == f"http://testserver{older.get_absolute_url()}"
    assert first.find(f"{ATOM}id").text == f"http://testserver/events/{older.pk}/"
    assert "cancelled" in first.find(f"{ATOM}summary").text
    feed_link = ET.fromstring(response.content).find(f"{ATOM}link[@rel='self']").get("href")
    assert feed_link == "http://testserver/events.atom?kind=meeting"


def test_it_writes_the_timelinejs_format(client):
    make_event(
        title="Summit <on> rivers",
        kind=Event.Kind.SUMMIT,
        date=date(2024, 7, 2),
        end_date=date(2024, 7, 4),
        participants=("Ana Ruiz",),
    )
    make_event(
        title="Autumn visit", kind=Event.Kind.VISIT, date=date(2024, 10, 1), precision="month"
    )
    make_event(title="Some visit", kind=Event.Kind.VISIT, date=date(2025, 1, 1), precision="year")
    response = client.get("/events.timelinejs.json", {"status": "held"})
    assert response.status_code == 200
    timeline = json.loads(response.content)
    assert timeline["title"]["text"]["headline"] == "Diplomatic meetings"
    assert "Status: held" in timeline["title"]["text"]["text"]
    summit, autumn, year = timeline["events"]
    assert summit["start_date"] == {"year": 2024, "month": 7, "day": 2}
    assert summit["end_date"] == {"year": 2024, "month": 7, "day": 4}
    assert summit["text"]["headline"] == "Summit &lt;on&gt; rivers"  # TimelineJS reads HTML
    assert "Ana Ruiz" in summit["text"]["text"]
    assert summit["group"] == "Summit"
    assert summit["unique_id"].startswith("event-")
    assert autumn["start_date"] == {"year": 2024, "month": 10}
    assert year["start_date"] == {"year": 2025}


def test_it_cuts_an_export_at_the_limit_and_says_so(client, settings):
    settings.EXPORT_MAX_EVENTS = 2
    for day in (1, 2, 3):
        make_event(title=f"Meeting {day}", date=date(2024, 1, day))
    response = client.get("/events.csv")
    assert [row["title"] for row in csv_rows(response)] == ["Meeting 1", "Meeting 2"]
    assert response["X-Export-Truncated"] == "true"
    assert response["X-Export-Limit"] == "2"
    response = client.get("/events.csv", {"from": "2024-01-02"})
    assert len(csv_rows(response)) == 2
    assert not response.has_header("X-Export-Truncated")


@pytest.mark.parametrize("path", EXPORTS)
def test_it_exports_without_a_query_per_meeting(client, path, django_assert_max_num_queries):
    article = make_article(text="Un texte.\n")
    place = make_place("Oslo")
    for day in range(1, 11):
        make_event(
            title=f"Meeting {day}",
            date=date(2024, 2, day),
            participants=("Ana Ruiz", f"Person {day}"),
            place=place,
            article=article,
        )
    with django_assert_max_num_queries(3):
        response = client.get(path, {"actor": "ana-ruiz"})
    assert response.status_code == 200
    assert "Meeting 10" in response.content.decode()


@pytest.mark.parametrize("path", EXPORTS)
def test_it_lets_any_site_read_an_export_and_sets_no_cookie(client, path):
    make_event()
    response = client.get(path)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Cookie" not in response.get("Vary", "")
    assert not response.cookies
    assert client.get(path, {"kind": "picnic"})["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("path", EXPORTS)
def test_it_answers_304_to_a_client_holding_the_current_export(client, path):
    event = make_event(title="Stable meeting")
    first = client.get(path)
    assert first.has_header("Last-Modified")
    again = client.get(path, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    assert again["Access-Control-Allow-Origin"] == "*"
    event.title = "Renamed meeting"
    event.save()
    changed = client.get(path, headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200
    assert "Renamed meeting" in changed.content.decode()


def test_it_links_the_page_to_the_exports_of_the_current_filters(client):
    make_event(title="Linked summit", kind=Event.Kind.SUMMIT, date=date(2024, 3, 1))
    page = client.get("/", {"kind": "summit", "from": "2024-01-01"}).content.decode()
    assert "Download this view" in page
    for path in EXPORTS:
        assert f'href="{path}?kind=summit&amp;from=2024-01-01"' in page
    partial = client.get("/", {"status": "held"}, headers={"HX-Request": "true"}).content.decode()
    assert 'href="/events.ics?status=held"' in partial  # the links follow the filters


def test_it_links_the_unfiltered_page_to_the_whole_exports(client):
    page = client.get("/").content.decode()
    for path in EXPORTS:
        assert f'href="{path}"' in page


def test_it_dates_the_calendar_stamp_by_the_last_change_not_the_request(client):
    make_event(title="Dated once")
    first = client.get("/events.ics").content
    assert client.get("/events.ics").content == first  # so the ETag holds between polls
