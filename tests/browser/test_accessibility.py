"""WCAG 2.1 A and AA, checked by axe-core (npm, pinned in package.json) in Debian's Chromium on
the public pages."""

from datetime import date
from pathlib import Path

import pytest

from tests.factories import make_article, make_event
from timeline.models import Event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _violations(page):
    # Playwright evaluates outside the page's Content-Security-Policy: axe needs no change to it.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
        ".then(r => r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target).join(' | ')))",
        RULES,
    )
    return results


@pytest.fixture
def meetings():
    article = make_article(text="A short article written for the accessibility check.\n")
    call = make_event(
        title="Call between two presidents",
        participants=("Joe Biden", "Vladimir Putin"),
        date=date(2021, 12, 30),
        article=article,
        evidence="The two presidents spoke on Thursday.",
    )
    make_event(
        title="Talks, called off",
        kind=Event.Kind.TALKS,
        status=Event.Status.CANCELLED,
        participants=("Russia", "United States"),
        date=date(2022, 1, 10),
    )
    return call


def test_it_passes_axe_on_the_timeline(live_server, browser_page, meetings):
    page = browser_page
    page.goto(live_server.url + "/")
    page.wait_for_selector("#timeline-figure[data-ready='true']")
    assert _violations(page) == []


def test_it_passes_axe_on_the_permalink_and_an_actor_page(live_server, browser_page, meetings):
    page = browser_page
    page.goto(live_server.url + meetings.get_absolute_url())
    page.wait_for_selector("#timeline-figure[data-ready='true']")
    assert _violations(page) == []
    page.goto(live_server.url + "/actors/joe-biden/")
    assert _violations(page) == []
    page.goto(live_server.url + "/embed/")
    assert _violations(page) == []


def test_it_passes_axe_on_the_timeline_and_a_permalink_in_french(
    live_server, french_browser_page, meetings
):
    page = french_browser_page
    page.goto(live_server.url + "/")
    page.wait_for_selector("#timeline-figure[data-ready='true']")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert _violations(page) == []
    page.goto(live_server.url + meetings.get_absolute_url())
    page.wait_for_selector("#timeline-figure[data-ready='true']")
    assert _violations(page) == []


def test_it_offers_a_skip_link_first_and_one_heading(live_server, browser_page, meetings):
    from playwright.sync_api import expect

    page = browser_page
    page.goto(live_server.url + "/")
    page.wait_for_selector("#timeline-figure[data-ready='true']")
    assert page.locator("h1").count() == 1
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to the content")).to_be_focused()
    page.keyboard.press("Enter")
    # the page stays (a link to one of its parts must not reload it), and the next key goes
    # past the header's links to the first filter
    page.keyboard.press("Tab")
    expect(page.locator("select[name=actor]")).to_be_focused()


def test_it_shows_no_empty_chart_box_without_javascript(live_server, meetings):
    from playwright.sync_api import expect, sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(java_script_enabled=False)
        page.goto(live_server.url + "/")
        expect(page.locator("#timeline-figure")).to_be_hidden()
        expect(page.locator(".event-list li")).to_have_count(2)
        browser.close()
