"""The review queue as an editor works through it with the keyboard, in Debian's Chromium."""

import re

import pytest

from articles.models import Article
from desk import queue_items
from tests.factories import extracted, make_article, record_extracted
from timeline.models import Event
from timeline.services import replace_article_events

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a passphrase for the desk"


def _meeting(sentence, **fields):
    text = f"A short report from the wires. {sentence} More follows.\n"
    article = make_article(text=text)
    Article.objects.filter(pk=article.pk).update(text=text)
    data = extracted(evidence=sentence, start=text.index(sentence), **fields)
    return record_extracted(article, data)[0], article, data


@pytest.fixture
def queue():
    """Three meetings, listed most doubtful first."""
    first, article, data = _meeting(
        "Peru's and Vietnam's trade ministers met in Lima.",
        title="Meeting Peru – Vietnam",
        kind="meeting",
        location="Lima",
        participants=[{"name": "Peru", "type": "country"}, {"name": "Vietnam", "type": "country"}],
        confidence=0.2,
    )
    second, _, _ = _meeting(
        "Ghana's and Chile's envoys talked in Accra.",
        title="Talks Ghana – Chile",
        kind="talks",
        participants=[{"name": "Ghana", "type": "country"}, {"name": "Chile", "type": "country"}],
        confidence=0.5,
    )
    third, _, _ = _meeting(
        "The Danish and Kenyan foreign ministers spoke on the phone.",
        title="Call Denmark – Kenya",
        participants=[{"name": "Denmark", "type": "country"}, {"name": "Kenya", "type": "country"}],
        confidence=0.9,
    )
    return {"events": (first, second, third), "article": article, "data": data}


@pytest.fixture
def desk_page(live_server, browser_page, django_user_model, queue):
    """The queue, opened by an editor who logged in through the admin's form."""
    django_user_model.objects.create_superuser("ines", "ines@example.org", PASSWORD)
    page = browser_page
    page.goto(live_server.url + "/admin/login/?next=/desk/")
    page.fill("#id_username", "ines")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    # queue.js marks the first item current once it runs: its keys work from then on (a key
    # pressed before was lost, now and then).
    page.wait_for_selector("#queue .queue-item.is-current")
    return page


def _count(page, state):
    return page.locator(f"#queue .queue-count[data-state='{state}'] strong")


def test_it_clears_the_queue_with_the_keyboard_and_a_fix_survives_a_new_parse(
    live_server, desk_page, queue, monkeypatch
):
    from playwright.sync_api import expect

    # Two a page, so that the third event comes in when one of the first two is reviewed.
    monkeypatch.setattr(queue_items, "PAGE_SIZE", 2)
    page = desk_page
    page.reload()
    first, second, third = queue["events"]
    page.evaluate("window.__marker = 1")
    items = page.locator("#queue .queue-item")
    expect(items).to_have_count(2)
    expect(page.locator(".queue-pages")).to_contain_text("3 waiting")
    expect(page.locator(f"#queue-item-{first.pk}")).to_be_focused()
    expect(page.locator(f"#queue-item-{first.pk}")).to_have_class(re.compile("is-current"))

    page.keyboard.press("j")
    expect(page.locator(f"#queue-item-{second.pk}")).to_be_focused()
    page.keyboard.press("c")
    expect(page.locator(f"#queue-item-{second.pk}")).to_have_count(0)
    expect(_count(page, "confirmed")).to_have_text("1")
    # The next event waiting takes the confirmed one's place, and the focus.
    expect(items).to_have_count(2)
    expect(page.locator(f"#queue-item-{third.pk}")).to_be_focused()
    expect(page.locator(".queue-pages")).not_to_contain_text("waiting")

    page.keyboard.press("x")
    expect(items).to_have_count(1)
    expect(_count(page, "rejected")).to_have_text("1")
    expect(page.locator(f"#queue-item-{first.pk}")).to_be_focused()

    page.keyboard.press("e")
    item = page.locator(f"#queue-item-{first.pk}")
    expect(item.locator(".queue-fix-field")).to_be_focused()
    item.locator(".queue-fix-field").select_option("place")
    value = item.locator(".queue-fix-value")
    expect(value).to_be_focused()
    expect(value).to_have_value("Lima")
    value.fill("")
    # Typed letters that are shortcuts (c, x) go into the field, not to the queue.
    page.keyboard.type("Cusco")
    page.keyboard.press("Enter")
    place = page.locator(f"#queue-item-{first.pk} dd[data-field='place']")
    expect(place).to_contain_text("Cusco")
    expect(place).to_contain_text("set by you")
    expect(page.locator(f"#queue-item-{first.pk}")).to_be_focused()
    expect(_count(page, "unreviewed")).to_have_text("1")
    expect(_count(page, "confirmed")).to_have_text("1")
    expect(_count(page, "rejected")).to_have_text("1")
    assert page.evaluate("window.__marker") == 1
    reviews = dict(Event.objects.values_list("pk", "review"))
    assert reviews == {first.pk: "unreviewed", second.pk: "confirmed", third.pk: "rejected"}

    replace_article_events(article=queue["article"], events=[queue["data"]])
    page.reload()
    place = page.locator(f"#queue-item-{first.pk} dd[data-field='place']")
    expect(place).to_contain_text("Cusco")
    expect(place).to_contain_text("set by you")
    expect(place.locator(".queue-proposal")).to_contain_text("the engine now reads Lima")


def test_it_shows_a_wrong_date_in_place_and_escape_cancels(live_server, desk_page, queue):
    from playwright.sync_api import expect

    page = desk_page
    first, _, _ = queue["events"]
    item = page.locator(f"#queue-item-{first.pk}")
    page.keyboard.press("e")
    item.locator(".queue-fix-field").select_option("date")
    item.locator(".queue-fix-value").fill("someday")
    page.keyboard.press("Enter")
    expect(item.locator(".queue-error")).to_contain_text("is not a date")
    expect(item.locator(".queue-fix-value")).to_be_focused()
    page.keyboard.press("Escape")
    expect(item.locator(".queue-fix form")).to_be_hidden()
    expect(item).to_be_focused()
    expect(item.locator("dd[data-field='date']")).to_contain_text("March 14, 2024")


def test_it_lists_the_shortcuts_on_the_page_and_on_question_mark(live_server, desk_page, queue):
    from playwright.sync_api import expect

    page = desk_page
    expect(page.locator(".queue-keys")).to_contain_text("c confirm")
    help_list = page.locator("#queue-help")
    expect(help_list).to_be_hidden()
    page.keyboard.press("?")
    expect(help_list).to_be_visible()
    expect(help_list).to_contain_text("Reject the event")
    page.keyboard.press("Escape")
    expect(help_list).to_be_hidden()
