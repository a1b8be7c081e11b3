"""Filter values the timeline does not understand: the page says so and shows what it applied,
the API answers 400 with each problem (issue 9, point 4; issue 8)."""

import re
from datetime import date
from html import unescape

import pytest
from django.test import override_settings

from tests.factories import make_actor, make_event
from timeline.filters import MAX_LENGTH, TimelineFilter, parse_filter, parse_page
from timeline.models import Event

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


@pytest.fixture
def meetings():
    return {
        "call": make_event(
            title="Appel Biden – Xi",
            participants=("Joe Biden", "Xi Jinping"),
            date=date(2024, 1, 10),
        ),
        "summit": make_event(
            title="Sommet de Genève",
            kind=Event.Kind.SUMMIT,
            status=Event.Status.SCHEDULED,
            participants=("Emmanuel Macron", "Narendra Modi"),
            date=date(2024, 6, 2),
        ),
        "visit": make_event(
            title="Visite à Pékin",
            kind=Event.Kind.VISIT,
            status=Event.Status.SCHEDULED,
            participants=("Emmanuel Macron", "Xi Jinping"),
            date=date(2024, 9, 5),
        ),
    }


def _notices(page: str) -> list[str]:
    block = re.search(r'<div class="notice filter-problems" role="status">(.*?)</div>', page, re.S)
    if not block:
        return []
    return [unescape(item) for item in re.findall(r"<li[^>]*>(.*?)</li>", block.group(1), re.S)]


def _listed(page: str) -> set[str]:
    return {unescape(t) for t in re.findall(r'hx-target="#event-panel"[^>]*>([^<]*)</a>', page)}


def _selected(page: str, name: str) -> str:
    select = re.search(rf'<select name="{name}">(.*?)</select>', page, re.S).group(1)
    chosen = re.search(r'<option value="([^"]*)" selected>', select)
    return chosen.group(1) if chosen else ""


def _input(page: str, name: str) -> str:
    return unescape(re.search(rf'name="{name}" value="([^"]*)"', page).group(1))


# The page -------------------------------------------------------------------------------------


def test_it_names_an_unknown_kind_and_still_applies_the_other_filters(client, meetings):
    response = client.get("/", {"kind": "xyz", "status": "scheduled"})
    page = response.content.decode()
    assert response.status_code == 200
    assert _notices(page) == [
        "Unknown kind “xyz”: showing all kinds (call, meeting, talks, summit, visit, conference)."
    ]
    assert _listed(page) == {"Sommet de Genève", "Visite à Pékin"}
    assert _selected(page, "kind") == "" and _selected(page, "status") == "scheduled"


def test_it_names_an_unknown_status(client, meetings):
    page = client.get("/", {"status": "postponed", "kind": "summit"}).content.decode()
    assert _notices(page) == [
        "Unknown status “postponed”: showing all statuses (held, scheduled, cancelled)."
    ]
    assert _listed(page) == {"Sommet de Genève"}


def test_it_names_an_unknown_actor_and_shows_all_actors(client, meetings):
    page = client.get("/", {"actor": "joe-bidden", "kind": "call"}).content.decode()
    assert _notices(page) == [
        "Unknown actor “joe-bidden”: showing all actors (pick one from the list)."
    ]
    assert _listed(page) == {"Appel Biden – Xi"}
    assert _selected(page, "actor") == ""


def test_it_keeps_an_actor_without_published_meetings_selected_without_a_notice(client, meetings):
    make_actor("Olaf Scholz")
    page = client.get("/", {"actor": "olaf-scholz"}).content.decode()
    assert _notices(page) == []
    assert _listed(page) == set()
    assert _selected(page, "actor") == "olaf-scholz"  # the box shows what is applied


@pytest.mark.parametrize("field, which, box", [("from", "start", "from"), ("to", "end", "to")])
def test_it_leaves_a_date_that_is_not_one_open(client, meetings, field, which, box):
    page = client.get("/", {field: "notadate", "actor": "xi-jinping"}).content.decode()
    assert _notices(page) == [
        f"“notadate” is not a date (YYYY-MM-DD): the {which} date was left open."
    ]
    assert _listed(page) == {"Appel Biden – Xi", "Visite à Pékin"}
    assert _input(page, box) == ""


def test_it_takes_an_impossible_day_for_no_date(client, meetings):
    page = client.get("/", {"from": "2024-02-30"}).content.decode()
    assert _notices(page) == [
        "“2024-02-30” is not a date (YYYY-MM-DD): the start date was left open."
    ]
    assert len(_listed(page)) == 3


def test_it_swaps_a_start_date_after_the_end_date_and_says_so(client, meetings):
    page = client.get("/", {"from": "2024-07-01", "to": "2024-05-01"}).content.decode()
    assert _notices(page) == [
        "The start date 2024-07-01 is after the end date 2024-05-01: the two were swapped."
    ]
    assert _listed(page) == {"Sommet de Genève"}
    assert _input(page, "from") == "2024-05-01" and _input(page, "to") == "2024-07-01"


def test_it_cuts_an_over_long_text_and_says_so(client, meetings):
    text = "Genève" + "x" * 9_994
    page = client.get("/", {"q": text}).content.decode()
    assert _notices(page) == [
        "The text searched for is 10,000 characters long: only its first 200 were searched for."
    ]
    assert _input(page, "q") == text[:MAX_LENGTH]
    assert _listed(page) == set()  # the first 200 characters match nothing


def test_it_names_each_problem_of_one_link(client, meetings):
    page = client.get(
        "/", {"kind": "xyz", "status": "maybe", "from": "yesterday", "actor": "xi-jinping"}
    ).content.decode()
    assert [n.split(" ")[:2] for n in _notices(page)] == [
        ["Unknown", "kind"],
        ["Unknown", "status"],
        ["“yesterday”", "is"],
    ]
    assert _listed(page) == {"Appel Biden – Xi", "Visite à Pékin"}


def test_it_shows_no_notice_for_a_link_it_understands(client, meetings):
    page = client.get("/", {"kind": "summit", "from": "2024-01-01", "q": "Genève"}).content.decode()
    assert "filter-problems" not in page
    assert _listed(page) == {"Sommet de Genève"}


def test_it_reads_a_kind_in_capitals_without_a_notice(client, meetings):
    page = client.get("/", {"kind": "Summit "}).content.decode()
    assert _notices(page) == []
    assert _listed(page) == {"Sommet de Genève"}
    assert _selected(page, "kind") == "summit"


def test_it_shows_a_value_with_markup_as_text(client, meetings):
    page = client.get("/", {"kind": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)" not in page
    assert "Unknown kind “&lt;script&gt;alert(1)&lt;/script&gt;”" in page


def test_it_quotes_only_the_start_of_a_long_unknown_value(client, meetings):
    page = client.get("/", {"kind": "k" * 10_000}).content.decode()
    (notice,) = _notices(page)
    assert notice.startswith("Unknown kind “" + "k" * 59 + "…”: showing all kinds")
    assert len(page) < 50_000


def test_it_drops_nul_bytes_before_reading_a_value(client, meetings):
    response = client.get("/?kind=sum%00mit&from=%00")
    page = response.content.decode()
    assert response.status_code == 200
    assert _notices(page) == []
    assert _listed(page) == {"Sommet de Genève"}


def test_it_answers_a_value_that_is_not_utf8(client, meetings):
    response = client.get("/?q=Gen%E8ve&kind=%FF")
    assert response.status_code == 200
    assert "Unknown kind" in response.content.decode()


# The HTMX partial ----------------------------------------------------------------------------


def test_it_puts_the_notice_in_the_htmx_results(client, meetings):
    response = client.get("/", {"kind": "xyz", "status": "held"}, headers=HTMX)
    page = response.content.decode()
    assert response.status_code == 200
    assert page.lstrip().startswith('<div id="results"') and "<html" not in page
    assert _notices(page) == [
        "Unknown kind “xyz”: showing all kinds (call, meeting, talks, summit, visit, conference)."
    ]
    assert _listed(page) == {"Appel Biden – Xi"}


def test_it_sends_the_applied_boxes_and_address_with_an_htmx_answer_that_had_problems(
    client, meetings
):
    response = client.get("/", {"from": "2024-07-01", "to": "2024-05-01", "q": ""}, headers=HTMX)
    page = response.content.decode()
    assert 'id="filter-choices" class="filter-choices" hx-swap-oob="true"' in page
    assert _input(page, "from") == "2024-05-01" and _input(page, "to") == "2024-07-01"
    assert 'name="q"' not in page  # the text box is left alone, whoever is typing in it
    assert response["HX-Push-Url"] == "/?from=2024-05-01&to=2024-07-01"
    assert _listed(page) == {"Sommet de Genève"}


def test_it_leaves_the_boxes_alone_and_cleans_the_address_when_htmx_asked_for_valid_filters(
    client, meetings
):
    # The form sends its empty boxes too: the address keeps only what is applied, so that
    # Back and a reload give the same view.
    query = {"actor": "", "kind": "", "status": "scheduled", "from": "", "to": "", "q": ""}
    response = client.get("/", query, headers=HTMX)
    page = response.content.decode()
    assert "hx-swap-oob" not in page and "filter-problems" not in page
    assert response["HX-Push-Url"] == "/?status=scheduled"


def test_it_escapes_a_value_with_markup_in_the_htmx_results(client, meetings):
    page = client.get("/", {"status": '"><img src=x>'}, headers=HTMX).content.decode()
    assert "<img src=x>" not in page
    assert "Unknown status “&quot;&gt;&lt;img src=x&gt;”" in page


def test_it_cuts_an_over_long_text_in_the_htmx_results(client, meetings):
    page = client.get("/", {"q": "x" * 10_000}, headers=HTMX).content.decode()
    assert "only its first 200 were searched for" in page


# The API --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query, field, message",
    [
        (
            {"kind": "xyz"},
            "kind",
            "unknown kind 'xyz'; one of call, meeting, talks, summit, visit, conference",
        ),
        (
            {"status": "postponed"},
            "status",
            "unknown status 'postponed'; one of held, scheduled, cancelled",
        ),
        (
            {"actor": "joe-bidden"},
            "actor",
            "unknown actor 'joe-bidden'; an actor's slug, as in the events' actor links",
        ),
        ({"from": "notadate"}, "from", "'notadate' is not a date; YYYY-MM-DD"),
        ({"to": "2024-13-01"}, "to", "'2024-13-01' is not a date; YYYY-MM-DD"),
        (
            {"from": "2024-07-01", "to": "2024-05-01"},
            "from",
            "2024-07-01 is after to 2024-05-01",
        ),
        ({"q": "x" * 10_000}, "q", "10000 characters; at most 200"),
        ({"page": "abc"}, "page", "'abc' is not a page number; a whole number from 1"),
        ({"page": "0"}, "page", "'0' is not a page number; a whole number from 1"),
        ({"page": "-2"}, "page", "'-2' is not a page number; a whole number from 1"),
        ({"page": "2"}, "page", "page 2 does not exist; the last page is 1"),
    ],
)
def test_it_answers_the_api_400_with_the_problem(client, meetings, query, field, message):
    response = client.get("/api/events", query)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"errors": {field: message}}


def test_it_lists_every_problem_of_one_api_query(client, meetings):
    response = client.get(
        "/api/events", {"kind": "xyz", "from": "soon", "page": "abc", "status": "held"}
    )
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"kind", "from", "page"}


def test_it_answers_the_api_400_for_a_page_number_too_long_to_read(client, meetings):
    response = client.get("/api/events", {"page": "9" * 5_000})
    assert response.status_code == 400
    assert response.json()["errors"]["page"].startswith("'" + "9" * 59 + "…'")


def test_it_answers_the_api_400_for_markup_as_plain_json(client, meetings):
    response = client.get("/api/events", {"kind": "<b>"})
    assert response.json() == {
        "errors": {
            "kind": "unknown kind '<b>'; one of call, meeting, talks, summit, visit, conference"
        }
    }


def test_it_keeps_the_api_answer_for_a_valid_query(client, meetings):
    response = client.get(
        "/api/events",
        {"kind": "Summit", "status": "scheduled", "from": "2024-01-01", "to": "2024-12-31"},
    )
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"events", "count", "page", "pages", "next", "previous"}
    assert [e["title"] for e in body["events"]] == ["Sommet de Genève"]
    assert body["page"] == 1 and body["pages"] == 1


def test_it_answers_page_1_of_an_empty_api_result(client):
    body = client.get("/api/events", {"page": "1"}).json()
    assert body["count"] == 0 and body["pages"] == 1 and body["events"] == []


@override_settings(DEBUG=False)
def test_it_answers_the_api_400_rather_than_500_for_nul_and_long_values(client, meetings):
    response = client.get("/api/events?kind=%00&q=" + "%00" * 300 + "x" * 201)
    assert response.status_code == 400
    assert response.json() == {"errors": {"q": "201 characters; at most 200"}}


# The parser -----------------------------------------------------------------------------------


def test_it_parses_a_clean_query_without_problems():
    event_filter, problems = parse_filter(
        {"kind": "talks", "status": "held", "from": "2021-12-01", "to": "2021-12-31", "q": " x "}
    )
    assert problems == []
    assert event_filter == TimelineFilter(
        kind="talks", status="held", start=date(2021, 12, 1), end=date(2021, 12, 31), q="x"
    )


def test_it_reads_a_page_number():
    assert parse_page("", 3) == (1, None)
    assert parse_page("3", 3) == (3, None)
    assert parse_page("4", 3)[1].notice == "Page 4 does not exist: showing the last page, 3."
    assert parse_page("abc")[1].notice == "Page “abc” does not exist: showing page 1."
    assert parse_page("٣", 5)[0] == 1  # digits, but not ones a URL's page number is written in
