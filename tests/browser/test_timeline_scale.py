"""A crowded timeline in Debian's Chromium: counts per month, then the meetings themselves as the
reader zooms in or clicks a month."""

from datetime import date

import pytest

from tests.factories import make_event
from timeline import figure

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def crowded(monkeypatch):
    # The live server runs in this process: it draws at most three meetings too.
    monkeypatch.setattr(figure, "MAX_MEETINGS_DRAWN", 3)
    march = [date(2024, 3, 4), date(2024, 3, 12), date(2024, 3, 20)]
    events = [
        make_event(title=f"March meeting {i}", participants=("Joe Biden", f"Leader {i}"), date=d)
        for i, d in enumerate(march)
    ]
    events += [make_event(title=f"May meeting {i}", date=date(2024, 5, 2 + i)) for i in range(3)]
    return events


def _ready(page):
    page.wait_for_selector("#timeline-figure[data-ready='true']")


# Where on screen a reader points at the month `index` of the counts: above its middle, just
# over the x axis (the counts are areas, one path per status, with no element per month).
MONTH_SPOT = """(index) => {
  const gd = document.getElementById('timeline-figure');
  const layout = gd._fullLayout, box = gd.getBoundingClientRect();
  return {
    x: box.left + layout._size.l + layout.xaxis.d2p(gd._fullData[0].x[index]),
    y: box.top + layout._size.t + layout._size.h - 5,
  };
}"""


def test_it_shows_the_meetings_of_a_month_once_it_is_clicked(live_server, browser_page, crowded):
    from playwright.sync_api import expect

    page = browser_page
    # The page's clock is the test's: Plotly takes two clicks within 300 ms for a double-click
    # (which zooms back out), and a test clicks far faster than a reader.
    page.clock.install()
    page.goto(live_server.url + "/")
    _ready(page)
    # counts: one area (every meeting is held), no marker
    assert page.locator("#timeline-figure .scatterlayer .js-fill").count() == 1
    assert page.locator("#timeline-figure .scatterlayer .point").count() == 0
    march = page.evaluate(MONTH_SPOT, 0)
    page.mouse.move(march["x"], march["y"])
    page.mouse.click(march["x"], march["y"])
    page.clock.run_for(300)  # the page waits for the zooming to settle before it asks
    # The three March meetings come back as markers, one per participant's lane.
    expect(page.locator("#timeline-figure .scatterlayer .point")).to_have_count(6, timeout=20_000)
    _ready(page)
    page.clock.run_for(1000)  # a reader's second click comes well after the first
    marker = page.locator("#timeline-figure .scatterlayer .point").first.bounding_box()
    # Plotly clicks what the pointer hovers: a reader's pointer comes over the marker first.
    page.mouse.move(marker["x"] + marker["width"] / 2, marker["y"] + marker["height"] / 2)
    page.mouse.click(marker["x"] + marker["width"] / 2, marker["y"] + marker["height"] / 2)
    expect(page.locator("#event-panel h2, #event-panel h1").first).to_contain_text(
        "March meeting", timeout=20_000
    )


def test_it_goes_back_to_counts_when_the_reader_zooms_out(live_server, browser_page, crowded):
    from playwright.sync_api import expect

    page = browser_page
    page.goto(live_server.url + "/")
    _ready(page)
    # (a function, not a string: the page's policy forbids evaluating strings)
    page.evaluate(
        "() => Plotly.relayout('timeline-figure', {'xaxis.range': ['2024-05-01', '2024-05-31']})"
    )
    # three May meetings, each in its two participants' lanes
    expect(page.locator("#timeline-figure .scatterlayer .point")).to_have_count(6, timeout=20_000)
    page.evaluate("() => Plotly.relayout('timeline-figure', {'xaxis.autorange': true})")
    expect(page.locator("#timeline-figure .scatterlayer .js-fill")).to_have_count(1, timeout=20_000)
    expect(page.locator("#timeline-figure .scatterlayer .point")).to_have_count(0)


def test_it_zooms_into_a_month_and_opens_a_meeting_by_keyboard(live_server, browser_page, crowded):
    from playwright.sync_api import expect

    page = browser_page
    page.clock.install()  # the page waits for the zooming to settle: the test says when
    page.goto(live_server.url + "/")
    _ready(page)
    said = page.locator("#timeline-figure-current")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "timeline-figure":
            break
    expect(page.locator("#timeline-figure")).to_be_focused()
    # the counts' first month, March, then month by month
    expect(said).to_contain_text("March 2024 — held: 3")
    # Plotly's own label of the month, as a pointer over it shows it
    expect(page.locator("#timeline-figure .hoverlayer .hovertext")).to_contain_text(
        "3 meetings, held, in March 2024"
    )
    page.keyboard.press("ArrowRight")
    expect(said).to_contain_text("April 2024 — no meeting")
    page.keyboard.press("ArrowLeft")
    expect(said).to_contain_text("March 2024 — held: 3")
    page.keyboard.press("Enter")
    page.clock.run_for(300)
    expect(page.locator("#timeline-figure .scatterlayer .point")).to_have_count(6, timeout=20_000)
    _ready(page)
    # the first meeting of March, in the lane at the top (Joe Biden's: he is in all three)
    page.keyboard.press("ArrowRight")
    expect(said).to_contain_text("March meeting 0")
    page.keyboard.press("ArrowRight")  # the same meeting in its other lane
    page.keyboard.press("ArrowRight")
    expect(said).to_contain_text("March meeting 1")
    page.keyboard.press("Enter")
    expect(page.locator("#event-panel h1")).to_have_text("March meeting 1")


def test_it_reads_a_month_of_the_counts_out_in_french(live_server, french_browser_page, crowded):
    from playwright.sync_api import expect

    page = french_browser_page
    page.goto(live_server.url + "/")
    _ready(page)
    page.focus("#timeline-figure")
    page.keyboard.press("ArrowRight")  # from the first month, March, to April
    page.keyboard.press("ArrowLeft")
    expect(page.locator("#timeline-figure-current")).to_have_text(
        "mars 2024 — tenue : 3. Entrée pour zoomer dessus."
    )
