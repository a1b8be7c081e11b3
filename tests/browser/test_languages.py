"""A reader with a French browser reads the timeline in French, and the FR | EN switch changes
the language, in Debian's Chromium."""

from datetime import date

import pytest
from playwright.sync_api import expect

from tests.factories import make_event
from timeline.models import Event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def meetings():
    make_event(
        title="Appel Biden – Poutine",
        participants=("Joe Biden", "Vladimir Putin"),
        date=date(2021, 12, 30),
    )
    make_event(
        title="Pourparlers russo-américains",
        kind=Event.Kind.TALKS,
        status=Event.Status.SCHEDULED,
        participants=("Russia", "United States"),
        date=date(2022, 1, 10),
    )


def test_it_shows_a_french_browser_the_timeline_in_french_and_switches_to_english(
    live_server, french_browser_page, meetings
):
    page = french_browser_page
    page.goto(live_server.url + "/")
    page.wait_for_selector("#timeline-figure[data-ready='true']")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("h1")).to_have_text("Rencontres diplomatiques")
    expect(page.locator(".event-list time").first).to_have_text("30 décembre 2021")
    expect(page.locator(".event-list .badge.kind").nth(1)).to_have_text("Pourparlers")
    # plotly.js writes the axis with the French month names the page gave it
    ticks = " ".join(page.locator("#timeline-figure .xtick text").all_text_contents())
    assert "janv." in ticks or "déc." in ticks, ticks
    assert page.context.cookies() == []

    # A filter applied through HTMX, then EN: the same view, in English, from now on.
    page.select_option("select[name=status]", "scheduled")
    expect(page.locator(".event-list li")).to_have_count(1)
    expect(page).to_have_url(live_server.url + "/?status=scheduled")
    page.get_by_role("button", name="EN").click()
    expect(page).to_have_url(live_server.url + "/?status=scheduled")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text("Diplomatic meetings")
    expect(page.locator(".event-list time")).to_have_text("January 10, 2022")
    expect(page.locator("select[name=status] option:checked")).to_have_text("Scheduled")
    assert [cookie["name"] for cookie in page.context.cookies()] == ["django_language"]

    page.goto(live_server.url + "/")
    expect(page.locator("h1")).to_have_text("Diplomatic meetings")
    page.get_by_role("button", name="FR").click()
    expect(page.locator("h1")).to_have_text("Rencontres diplomatiques")
