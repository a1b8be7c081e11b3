"""The gestures of a reader in Debian's Chromium: resizing, the panel on a phone, Back and
Forward."""

import time
from datetime import date

import pytest

from tests.factories import make_event
from timeline.models import Event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def meetings():
    call = make_event(
        title="Call between two ministers",
        participants=("Joe Biden", "Vladimir Putin"),
        date=date(2021, 12, 30),
    )
    talks = make_event(
        title="Talks on arms control",
        kind=Event.Kind.TALKS,
        status=Event.Status.SCHEDULED,
        participants=("Russia", "United States"),
        date=date(2022, 1, 10),
    )
    # more lanes than the figure's smallest height holds
    for i in range(6):
        make_event(
            title=f"Meeting {i}",
            participants=(f"Minister {i}", f"Envoy {i}"),
            date=date(2022, 2, 1 + i),
        )
    return call, talks


def _ready(page):
    page.wait_for_selector("#timeline-figure[data-ready='true']")


def _figure_size(page):
    box = page.locator("#timeline-figure .main-svg").first.bounding_box()
    return box["width"], box["height"]


def _wait_for_width(page, changed_from, timeout=10):
    """Plotly redraws on the window's resize event (debounced): poll for the new width."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _figure_size(page)[0] != changed_from:
            return
        page.wait_for_timeout(50)
    raise AssertionError("the figure did not follow the window")


def test_it_keeps_the_figure_its_height_through_a_resize(live_server, browser_page, meetings):
    page = browser_page
    page.goto(live_server.url + "/")
    _ready(page)
    width, height = _figure_size(page)
    assert height > 300
    page.set_viewport_size({"width": 700, "height": 500})
    _wait_for_width(page, width)
    # (a legend wrapped on a narrow screen may take a pixel or two)
    assert abs(_figure_size(page)[1] - height) <= 4
    narrow = _figure_size(page)[0]
    page.set_viewport_size({"width": 1280, "height": 900})
    _wait_for_width(page, narrow)
    assert abs(_figure_size(page)[0] - width) <= 1
    assert abs(_figure_size(page)[1] - height) <= 4


def test_it_opens_the_panel_as_a_sheet_on_a_phone_and_closes_it(
    live_server, browser_page, meetings
):
    from playwright.sync_api import expect

    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/")
    _ready(page)
    holder = page.locator(".event-panel-holder")
    expect(holder).to_be_hidden()
    page.get_by_role("link", name="Talks on arms control").click()
    expect(page.locator("#event-panel h1")).to_have_text("Talks on arms control")
    # on screen, where the reader is, and the focus on its title
    box = holder.bounding_box()
    assert 0 <= box["y"] and box["y"] + box["height"] <= 844
    expect(page.locator("#event-panel h1")).to_be_focused()
    page.get_by_role("button", name="Close").click()
    expect(holder).to_be_hidden()
    assert page.url == live_server.url + "/"


def test_it_opens_the_panel_in_view_after_scrolling_down_the_list(
    live_server, browser_page, meetings
):
    from playwright.sync_api import expect

    for i in range(30):
        make_event(title=f"Later meeting {i}", date=date(2023, 1, 1 + i % 28))
    page = browser_page
    page.goto(live_server.url + "/")
    _ready(page)
    last = page.get_by_role("link", name="Later meeting 27")
    last.scroll_into_view_if_needed()
    last.click()
    expect(page.locator("#event-panel h1")).to_have_text("Later meeting 27")
    box = page.locator("#event-panel h1").bounding_box()
    assert 0 <= box["y"] <= 900
    page.keyboard.press("Escape")
    expect(page.locator("#event-panel .hint")).to_be_visible()


def test_it_restores_the_filter_boxes_on_back(live_server, browser_page, meetings):
    from playwright.sync_api import expect

    page = browser_page
    page.goto(live_server.url + "/")
    _ready(page)
    page.select_option("select[name=status]", "scheduled")
    expect(page.locator(".event-list li")).to_have_count(1)
    page.select_option("select[name=kind]", "talks")
    expect(page).to_have_url(f"{live_server.url}/?kind=talks&status=scheduled")
    page.go_back()
    expect(page).to_have_url(f"{live_server.url}/?status=scheduled")
    # the whole page, as that address stands for, boxes included
    expect(page.locator(".site-header")).to_be_visible()
    expect(page.locator("select[name=status]")).to_have_value("scheduled")
    expect(page.locator("select[name=kind]")).to_have_value("")
    page.go_forward()
    expect(page.locator("select[name=kind]")).to_have_value("talks")


def test_it_shows_the_whole_page_on_back_from_a_meeting_opened_from_the_list(
    live_server, browser_page, meetings
):
    from playwright.sync_api import expect

    call, talks = meetings
    page = browser_page
    page.goto(live_server.url + "/")
    _ready(page)
    page.get_by_role("link", name="Call between two ministers").click()
    expect(page).to_have_url(live_server.url + call.get_absolute_url())
    page.get_by_role("link", name="Talks on arms control").click()
    expect(page.locator("#event-panel h1")).to_have_text("Talks on arms control")
    expect(page).to_have_url(live_server.url + talks.get_absolute_url())
    page.go_back()
    expect(page).to_have_url(live_server.url + call.get_absolute_url())
    expect(page.locator(".site-header")).to_be_visible()
    expect(page.locator("h1").first).to_contain_text("Call between two ministers")
    page.go_back()
    expect(page).to_have_url(live_server.url + "/")
    expect(page.locator(".event-list li")).to_have_count(8)
    expect(page.locator(".site-header")).to_be_visible()


def test_it_lists_the_meetings_that_share_a_spot_when_it_is_clicked(live_server, browser_page):
    from playwright.sync_api import expect

    day = date(2024, 3, 14)
    make_event(title="Morning call", participants=("Joe Biden",), date=day)
    make_event(title="Evening talks", participants=("Joe Biden",), date=day)
    page = browser_page
    page.goto(live_server.url + "/")
    _ready(page)
    spot = page.locator("#timeline-figure .scatterlayer .point").first.bounding_box()
    page.mouse.move(spot["x"] + spot["width"] / 2, spot["y"] + spot["height"] / 2)
    page.mouse.click(spot["x"] + spot["width"] / 2, spot["y"] + spot["height"] / 2)
    expect(page.locator("#event-panel h1")).to_have_text("2 meetings on March 14, 2024")
    page.locator("#event-panel").get_by_role("link", name="Evening talks").click()
    expect(page.locator("#event-panel h1")).to_have_text("Evening talks")


def test_it_reloads_a_pushed_permalink_as_the_timeline_with_its_panel_open(
    live_server, browser_page, meetings
):
    from playwright.sync_api import expect

    call, _ = meetings
    page = browser_page
    page.goto(live_server.url + "/")
    _ready(page)
    page.get_by_role("link", name="Call between two ministers").click()
    expect(page).to_have_url(live_server.url + call.get_absolute_url())
    page.reload()
    # the same view: the figure and the list around the meeting, its panel open and focusable
    _ready(page)
    expect(page.locator("#event-panel h1")).to_have_text("Call between two ministers")
    expect(page.locator("select[name=status]")).to_be_visible()
    expect(page.locator("input[name=from]")).to_have_value("2021-06-30")
    expect(page.locator(".event-list li").first).to_contain_text("Call between two ministers")
    page.get_by_role("button", name="Close").click()
    expect(page).to_have_url(f"{live_server.url}/?from=2021-06-30&to=2022-07-01")


def test_it_opens_a_meeting_from_the_chart_by_keyboard(live_server, browser_page, meetings):
    from playwright.sync_api import expect

    _, talks = meetings
    page = browser_page
    page.goto(live_server.url + "/")
    _ready(page)
    figure = page.locator("#timeline-figure")
    said = page.locator("#timeline-figure-current")
    label = page.locator("#timeline-figure .hoverlayer .hovertext")
    expect(page.locator("#timeline-figure-keys")).to_be_visible()
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "timeline-figure":
            break
    expect(figure).to_be_focused()
    # the first meeting in time is highlighted, shown by Plotly's label and read out
    expect(said).to_contain_text("Call between two ministers")
    expect(label).to_contain_text("Call between two ministers")
    # one lane per actor, the most seen at the top: Joe Biden, Vladimir Putin, Russia, ...
    page.keyboard.press("ArrowDown")  # the call in Vladimir Putin's lane
    page.keyboard.press("ArrowDown")
    expect(said).to_contain_text("Talks on arms control")  # in Russia's
    page.keyboard.press("ArrowUp")
    expect(said).to_contain_text("Call between two ministers")
    page.keyboard.press("ArrowRight")
    expect(said).to_contain_text("Talks on arms control")
    expect(label).to_contain_text("Talks on arms control")
    page.keyboard.press("Enter")
    expect(page.locator("#event-panel h1")).to_have_text("Talks on arms control")
    expect(page.locator("#event-panel h1")).to_be_focused()
    assert page.url == live_server.url + talks.get_absolute_url()
    # Escape closes the panel and gives the focus back to the chart, on the same meeting
    page.keyboard.press("Escape")
    expect(figure).to_be_focused()
    expect(label).to_contain_text("Talks on arms control")
    page.keyboard.press("ArrowLeft")
    expect(said).to_contain_text("Call between two ministers")
    page.keyboard.press("End")
    expect(said).to_contain_text("Meeting 5")
    page.keyboard.press("Home")
    expect(said).to_contain_text("Call between two ministers")
