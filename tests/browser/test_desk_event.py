"""The event desk as an editor uses it, in Debian's Chromium: merge and undo, fix and revert."""

from datetime import date

import pytest
from playwright.sync_api import expect

from tests.factories import extracted, make_article, make_editor, record_extracted

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "desk-browser-pass-42"
FIRST_REPORT = "Joe Biden a appelé Vladimir Poutine mardi soir."
SECOND_REPORT = "Selon le Kremlin, l'appel entre les deux présidents a eu lieu mercredi."


@pytest.fixture
def editor():
    return make_editor("ines", password=PASSWORD)


def the_call(day, evidence, **fields):
    return extracted(
        date=day,
        evidence=evidence,
        title="Appel Biden – Poutine",
        participants=[
            {"name": "Joe Biden", "type": "person"},
            {"name": "Vladimir Putin", "type": "person"},
        ],
        **fields,
    )


def log_in_and_open(page, live_server, path):
    page.goto(f"{live_server.url}/admin/login/?next={path}")
    page.fill("#id_username", "ines")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}{path}")


def test_it_merges_two_events_from_the_page_and_undoes_the_merge(live_server, browser_page, editor):
    first = make_article(text=FIRST_REPORT + "\n", published_at=date(2021, 12, 8))
    second = make_article(text=SECOND_REPORT + "\n", published_at=date(2021, 12, 9))
    # The two articles date the call a day apart, so the engine keeps two events.
    [kept] = record_extracted(first, the_call("2021-12-07", FIRST_REPORT))
    [other] = record_extracted(second, the_call("2021-12-08", SECOND_REPORT))
    page = browser_page
    log_in_and_open(page, live_server, f"/desk/events/{other.pk}/")

    page.fill("input[name=reason]", "one call: the Kremlin dated it by Moscow time")
    page.get_by_role("button", name=f"Merge into event {kept.pk}").click()

    expect(page.locator(".merged-notice")).to_contain_text(f"merged into event {kept.pk}")
    page.locator(".merged-notice a").click()
    expect(page.locator("#mentions-heading")).to_have_text("Reported by 2 articles")
    expect(page.locator(".desk-mentions")).to_contain_text("the Kremlin dated it by Moscow time")

    page.locator(".desk-history tr[data-field=merge]").get_by_role("button", name="Undo").click()

    expect(page.locator(".desk-messages")).to_contain_text("Undone.")
    expect(page.locator("#mentions-heading")).to_have_text("Reported by 1 article")
    page.goto(f"{live_server.url}/desk/events/{other.pk}/")
    expect(page.locator(".merged-notice")).to_have_count(0)
    expect(page.locator(".desk-mentions")).to_contain_text(SECOND_REPORT)


def test_it_reverts_a_fix_from_the_history(live_server, browser_page, editor):
    article = make_article(text=FIRST_REPORT + "\n", published_at=date(2021, 12, 8))
    [event] = record_extracted(article, the_call("2021-12-07", FIRST_REPORT, location="Geneva"))
    page = browser_page
    log_in_and_open(page, live_server, f"/desk/events/{event.pk}/")
    place = page.locator(".field-row[data-field=place]")

    place.locator("summary").click()
    place.locator("input[name=value]").fill("Vienna")
    place.get_by_role("button", name="Save").click()

    expect(place.locator(".field-value")).to_have_text("Vienna")
    expect(place.locator(".field-source")).to_contain_text("ines on")
    fix = page.locator(".desk-history tr[data-field=place]")
    expect(fix).to_contain_text("Geneva → Vienna")

    fix.get_by_role("button", name="Revert").click()

    expect(place.locator(".field-value")).to_have_text("Geneva")
    expect(page.locator(".desk-history tr.reverted[data-field=place]")).to_contain_text("reverted")
