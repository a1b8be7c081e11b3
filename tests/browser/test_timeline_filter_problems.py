"""Filter values the timeline does not understand, as a journalist meets them in Chromium."""

from datetime import date

import pytest

from tests.factories import make_event
from timeline.models import Event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def meetings():
    make_event(title="Appel Biden – Poutine", date=date(2021, 12, 30))
    make_event(
        title="Pourparlers russo-américains",
        kind=Event.Kind.TALKS,
        status=Event.Status.SCHEDULED,
        date=date(2022, 1, 10),
    )


def test_it_tells_what_a_shared_link_got_wrong_and_shows_what_it_applied(
    live_server, browser_page, meetings
):
    from playwright.sync_api import expect

    page = browser_page
    page.goto(live_server.url + "/?kind=xyz&status=scheduled&from=%3Cb%3Eoops")
    notice = page.get_by_role("status")
    expect(notice).to_contain_text("Unknown kind “xyz”: showing all kinds (call, meeting")
    expect(notice).to_contain_text("“<b>oops” is not a date (YYYY-MM-DD)")
    expect(page.locator(".event-list li")).to_have_count(1)
    expect(page.locator("select[name=kind]")).to_have_value("")
    expect(page.locator("select[name=status]")).to_have_value("scheduled")
    page.wait_for_selector("#timeline-figure[data-ready='true']")

    # Changing a filter sends only what the boxes hold: the notice goes, the filter stays.
    page.select_option("select[name=kind]", "talks")
    expect(page.get_by_role("status")).to_have_count(0)
    expect(page.locator(".event-list li")).to_have_count(1)
    assert "kind=talks" in page.url and "xyz" not in page.url


def test_it_swaps_dates_picked_the_wrong_way_round_in_the_boxes_and_the_address(
    live_server, browser_page, meetings
):
    from playwright.sync_api import expect

    page = browser_page
    page.goto(live_server.url + "/")
    page.wait_for_selector("#timeline-figure[data-ready='true']")
    page.fill("input[name=to]", "2021-12-01")
    expect(page.locator(".event-list li")).to_have_count(0)
    page.fill("input[name=from]", "2022-01-31")
    expect(page.get_by_role("status")).to_have_text(
        "The start date 2022-01-31 is after the end date 2021-12-01: the two were swapped."
    )
    expect(page.locator(".event-list li")).to_have_count(2)
    expect(page.locator("input[name=from]")).to_have_value("2021-12-01")
    expect(page.locator("input[name=to]")).to_have_value("2022-01-31")
    assert page.url.endswith("/?from=2021-12-01&to=2022-01-31")

    # The text box still filters as one types after the boxes were swapped out of band.
    page.locator("#filter-q").press_sequentially("Pourparlers")
    expect(page.locator(".event-list li")).to_have_count(1)
    expect(page.get_by_role("status")).to_have_count(0)


def test_it_clears_an_empty_result_in_place(live_server, browser_page, meetings):
    from playwright.sync_api import expect

    page = browser_page
    page.goto(live_server.url + "/?q=nothing-matches")
    page.get_by_role("link", name="clear them").click()
    expect(page.locator(".event-list li")).to_have_count(2)
    expect(page.locator("#results")).to_have_count(1)
