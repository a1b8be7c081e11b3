"""Every page works under the Content-Security-Policy: no violation in Chromium's console, the
chart drawn, htmx and the desk's keys working, the admin usable; hostile names stay text."""

from datetime import date

import pytest

from articles.models import Article
from tests.factories import extracted, make_article, make_event, record_extracted
from timeline.models import Event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a passphrase for the desk"

# Runs before any page script (Playwright injects it outside the page's policy): records what
# the policy blocks, and whether anything managed to call alert().
WATCH = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__violations.push(e.violatedDirective + " " + e.blockedURI + " " + e.sourceFile);
});
window.alert = function () { window.__alerted = true; };
"""


@pytest.fixture
def watched_page(browser_page):
    page = browser_page
    page.add_init_script(WATCH)
    page.console_errors = []

    def on_console(message):
        # Chromium asks for /favicon.ico, which the site does not have (a 404 in the console).
        if message.type == "error" and "favicon.ico" not in message.location.get("url", ""):
            page.console_errors.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    return page


def _assert_clean(page, where):
    violations = page.evaluate("window.__violations")
    assert violations == [], where
    blocked = [m for m in page.console_errors if "Content Security Policy" in m or "eval" in m]
    assert blocked == [], where
    assert page.console_errors == [], where


@pytest.fixture
def meetings():
    text = "Les deux ministres se sont parlé jeudi à Genève. Ils se reverront en mars.\n"
    article = make_article(text=text)
    Article.objects.filter(pk=article.pk).update(text=text, status=Article.Status.PARSED)
    sentence = "Les deux ministres se sont parlé jeudi à Genève."
    call = record_extracted(
        article, extracted(evidence=sentence, start=0, title="Appel Blinken – Lavrov")
    )[0]
    talks = make_event(
        title="Pourparlers russo-américains",
        kind=Event.Kind.TALKS,
        status=Event.Status.SCHEDULED,
        participants=("Russia", "United States"),
        date=date(2022, 1, 10),
    )
    return {"call": call, "talks": talks, "article": article}


def test_it_draws_the_timeline_and_opens_a_meeting_without_a_policy_violation(
    live_server, watched_page, meetings
):
    from playwright.sync_api import expect

    page = watched_page
    page.goto(live_server.url + "/")
    page.wait_for_selector("#timeline-figure[data-ready='true']")
    assert page.locator("#timeline-figure .scatterlayer .point").count() >= 4
    # A marker opens the panel through htmx; the filters swap the results through htmx.
    point = page.locator("#timeline-figure .scatterlayer .trace").first.locator(".point").first
    box = point.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#event-panel .event-detail")
    page.select_option("select[name=status]", "scheduled")
    # (wait_for_function would evaluate its string in the page: the policy forbids that.)
    expect(page.locator(".event-list li")).to_have_count(1)
    page.wait_for_selector("#timeline-figure[data-ready='true']")
    _assert_clean(page, "/")

    page.goto(live_server.url + meetings["call"].get_absolute_url())
    assert page.locator("h1").inner_text() == "Appel Blinken – Lavrov"
    _assert_clean(page, "permalink")


def test_it_lets_an_editor_use_the_desk_and_the_admin_without_a_policy_violation(
    live_server, watched_page, django_user_model, meetings
):
    from playwright.sync_api import expect

    django_user_model.objects.create_superuser("ines", "ines@example.org", PASSWORD)
    page = watched_page
    page.goto(live_server.url + "/admin/login/?next=/desk/")
    page.fill("#id_username", "ines")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#queue .queue-item")
    _assert_clean(page, "desk queue")

    # The keys are bound by a deferred script, which focuses the first item when it has run:
    # a key pressed before that does nothing (CI once pressed "c" too early and waited 30 s).
    expect(page.locator("#queue .queue-item").first).to_be_focused()
    # The keyboard confirms through htmx: the CSRF header from the page, the next item in.
    page.keyboard.press("c")
    page.wait_for_selector("#queue .queue-last")
    assert Event.objects.filter(review=Event.Review.CONFIRMED).count() == 1
    _assert_clean(page, "desk queue after a review")

    for path in [
        f"/desk/events/{meetings['talks'].pk}/",
        f"/desk/articles/{meetings['article'].pk}/",
        "/admin/",
        "/admin/articles/article/",
        "/admin/articles/article/upload/",
        f"/admin/timeline/event/{meetings['call'].pk}/change/",
    ]:
        page.goto(live_server.url + path)
        page.wait_for_load_state("load")
        assert page.locator("h1").count() >= 1, path
        _assert_clean(page, path)

    # The admin's own scripts run: the upload form's date field and the event form's widgets.
    page.goto(live_server.url + f"/admin/timeline/event/{meetings['call'].pk}/change/")
    assert page.evaluate("typeof django !== 'undefined' && !!django.jQuery")
    _assert_clean(page, "admin event form")


def test_it_shows_markup_in_an_actor_name_as_text_in_the_chart(live_server, watched_page):
    make_event(
        title="Meeting <b>bold</b>",
        participants=('<a href="https://evil.example">x</a>', "<img src=x onerror=alert(1)>"),
    )
    page = watched_page
    page.goto(live_server.url + "/")
    page.wait_for_selector("#timeline-figure[data-ready='true']")
    ticks = page.locator("#timeline-figure .ytick text").all_text_contents()
    assert '<a href="https://evil.example">x</a>' in ticks
    assert "<img src=x onerror=alert(1)>" in ticks
    assert page.locator("#timeline-figure svg a").count() == 0
    assert page.locator("#timeline-figure img").count() == 0

    point = page.locator("#timeline-figure .scatterlayer .point").first
    box = point.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#timeline-figure .hoverlayer .hovertext")
    hover = page.locator("#timeline-figure .hoverlayer .hovertext").text_content()
    assert "Meeting <b>bold</b>" in hover
    assert "<img src=x onerror=alert(1)>" in hover
    assert page.locator("#timeline-figure .hoverlayer a").count() == 0
    assert page.evaluate("window.__alerted === undefined")
    _assert_clean(page, "hostile names")
