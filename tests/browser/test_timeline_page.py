"""The pages as a journalist uses them, in Debian's Chromium."""

from datetime import date

import pytest

from tests.factories import make_article, make_event
from timeline.models import Event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def meetings():
    article = make_article(text="Un article de démonstration pour le navigateur.\n")
    call = make_event(
        title="Appel Biden – Poutine",
        participants=("Joe Biden", "Vladimir Putin"),
        date=date(2021, 12, 30),
        article=article,
        evidence="Les deux présidents se sont parlé jeudi.",
    )
    talks = make_event(
        title="Pourparlers russo-américains",
        kind=Event.Kind.TALKS,
        status=Event.Status.SCHEDULED,
        participants=("Russia", "United States"),
        date=date(2022, 1, 10),
    )
    return call, talks


def _open_timeline(page, url):
    page.goto(url)
    page.wait_for_selector("#timeline-figure[data-ready='true']")


def test_it_draws_the_figure_and_lists_the_meetings(live_server, browser_page, meetings):
    _open_timeline(browser_page, live_server.url + "/")
    assert browser_page.locator("#timeline-figure .scatterlayer .point").count() >= 4
    items = browser_page.locator(".event-list li")
    assert items.count() == 2
    assert "status-scheduled" in items.nth(1).get_attribute("class")


def test_it_opens_a_meeting_from_its_marker_and_pushes_the_permalink(
    live_server, browser_page, meetings
):
    call, _ = meetings
    page = browser_page
    _open_timeline(page, live_server.url + "/")
    lane_of_biden = page.locator("#timeline-figure .scatterlayer .trace").first.locator(".point")
    box = lane_of_biden.first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#event-panel .event-detail")
    assert page.locator("#event-panel h1").inner_text() == "Appel Biden – Poutine"
    assert page.url == live_server.url + call.get_absolute_url()


def test_it_filters_through_htmx_and_keeps_the_view_in_the_address(
    live_server, browser_page, meetings
):
    from playwright.sync_api import expect

    page = browser_page
    _open_timeline(page, live_server.url + "/")
    page.select_option("select[name=status]", "scheduled")
    # Not wait_for_function: it evaluates its string in the page, which the CSP forbids.
    expect(page.locator(".event-list li")).to_have_count(1)
    assert "status=scheduled" in page.url
    assert "Pourparlers russo-américains" in page.locator(".event-list").inner_text()
    page.wait_for_selector("#timeline-figure[data-ready='true']")


def test_it_serves_the_permalink_readable_without_javascript(live_server, meetings):
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    call, _ = meetings
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(java_script_enabled=False)
        page.goto(live_server.url + call.get_absolute_url())
        assert page.locator("h1").inner_text() == "Appel Biden – Poutine"
        assert "Les deux présidents se sont parlé jeudi." in page.locator(".evidence").inner_text()
        og_title = page.locator("meta[property='og:title']").get_attribute("content")
        assert og_title == "Appel Biden – Poutine — December 30, 2021"
        browser.close()
