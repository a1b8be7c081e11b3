"""/embed/: any filtered view of the timeline as a short list another site may frame."""

import re
from datetime import date, timedelta

import pytest

from tests.factories import make_event
from timeline.models import Event

pytestmark = pytest.mark.django_db


def _policy(response) -> dict[str, list[str]]:
    return {
        name: values
        for name, *values in (
            part.split() for part in response["Content-Security-Policy"].split(";")
        )
    }


def test_it_lets_any_site_frame_the_embed_and_only_the_embed(client):
    embed = client.get("/embed/")
    assert embed.status_code == 200
    assert "X-Frame-Options" not in embed
    assert _policy(embed)["frame-ancestors"] == ["*"]
    # The rest of the policy is the site's: still no inline script.
    assert _policy(embed)["script-src"] == ["'self'"]
    page = client.get("/")
    assert page["X-Frame-Options"] == "DENY"
    assert _policy(page)["frame-ancestors"] == ["'none'"]


def test_it_lets_only_the_sites_of_the_setting_frame_the_embed(client, settings):
    settings.EMBED_FRAME_ANCESTORS = ["https://news.example.org"]
    assert _policy(client.get("/embed/"))["frame-ancestors"] == ["https://news.example.org"]


def test_it_lists_the_filtered_meetings_newest_first_with_links_opening_outside_the_frame(client):
    make_event(title="Appel ancien", date=date(2021, 1, 5))
    make_event(title="Appel récent", date=date(2023, 1, 5))
    make_event(title="Sommet", kind=Event.Kind.SUMMIT, date=date(2022, 1, 5))
    response = client.get("/embed/", {"kind": "call"})
    page = response.content.decode()
    assert "Sommet" not in page
    assert page.index("Appel récent") < page.index("Appel ancien")
    links = re.findall(r'<a href="([^"]+)" target="_blank" rel="noopener">', page)
    assert links[-1] == "/?kind=call"
    assert all(link.startswith("/events/") for link in links[:-1]) and len(links) == 3
    assert "Open in the diplomatic timeline" in page


def test_it_stays_light_without_figure_htmx_or_filter_bar(client):
    make_event()
    page = client.get("/embed/").content.decode()
    assert "<script" not in page
    assert "plotly" not in page and "htmx" not in page
    assert "<form" not in page and "<select" not in page


def test_it_shows_at_most_a_hundred_meetings_and_says_how_many_more(client):
    first = date(2020, 1, 1)
    for n in range(102):
        make_event(title=f"Appel {n}", date=first + timedelta(days=n))
    page = client.get("/embed/").content.decode()
    assert page.count("<li class=") == 100
    assert "The 100 latest of 102 meetings." in page
    assert "Appel 101" in page and "Appel 0<" not in page


def test_it_names_a_filter_value_it_did_not_understand_as_the_timeline_does(client):
    make_event(title="Appel tenu")
    embed = client.get("/embed/", {"kind": "dinner", "from": "yesterday"})
    timeline = client.get("/", {"kind": "dinner", "from": "yesterday"})
    assert embed.status_code == timeline.status_code == 200

    def notices(response):
        return re.findall(r'<li data-field="(\w+)">(.*?)</li>', response.content.decode())

    assert notices(embed) == notices(timeline)
    assert len(notices(embed)) == 2
    assert "Appel tenu" in embed.content.decode()


def test_it_sets_no_cookie_on_the_embed(client):
    response = client.get("/embed/", {"status": "held"})
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")
