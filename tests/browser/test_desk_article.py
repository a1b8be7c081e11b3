"""The article desk in Debian's Chromium: select a sentence, add the meeting the engine missed."""

from datetime import date

import pytest

from articles.models import Article
from tests.factories import extracted, make_article, make_editor, record_extracted
from timeline.models import Event, Source

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-known-test-password"
CALL = "Le président américain a téléphoné lundi à son homologue russe."
MISSED = "Le ministre a rencontré mardi son homologue allemand."
STORY = f"Une semaine chargée\n{CALL}\n{MISSED} Les entretiens ont porté sur l'énergie.\n"


@pytest.fixture
def story():
    article = make_article(text=STORY, published_at=date(2024, 3, 14))
    Article.objects.filter(pk=article.pk).update(text=STORY, status=Article.Status.PARSED)
    article.refresh_from_db()
    record_extracted(article, extracted(evidence=CALL, start=STORY.index(CALL), date="2024-03-11"))
    return article


@pytest.fixture
def editor():
    return make_editor("ines", password=PASSWORD)


def _log_in_and_open(page, live_server, article):
    desk = f"/desk/articles/{article.pk}/"
    page.goto(f"{live_server.url}/admin/login/?next={desk}")
    page.fill("#id_username", "ines")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(live_server.url + desk)
    page.wait_for_selector("#article-text mark.desk-mark-engine")


def _select(page, words):
    """Select `words` in the article's text, as a drag of the mouse over them would."""
    page.evaluate(
        """(words) => {
            const piece = [...document.querySelectorAll('#article-text [data-start]')]
                .find((el) => el.textContent.includes(words));
            const text = piece.firstChild;
            const at = text.data.indexOf(words);
            const range = document.createRange();
            range.setStart(text, at);
            range.setEnd(text, at + words.length);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
        }""",
        words,
    )


def test_it_adds_a_missed_meeting_from_a_selected_sentence(
    live_server, browser_page, story, editor
):
    page = browser_page
    _log_in_and_open(page, live_server, story)
    assert page.locator("#article-text mark.desk-mark-engine").inner_text() == CALL
    assert page.locator("#add-meeting").is_hidden()

    _select(page, "rencontré mardi son homologue")
    page.click("#add-meeting")

    form = page.locator("#new-meeting form")
    form.wait_for()
    # The whole sentence is the evidence, and the engine's reading fills the form.
    assert page.locator(".new-meeting-sentence").inner_text() == MISSED
    assert form.locator("[name=date]").input_value() == "2024-03-12"
    assert form.locator("[name=participants]").input_value() == "Germany"
    assert form.locator("[name=kind]").input_value() == "meeting"
    form.locator("[name=title]").fill("Rencontre avec le ministre allemand")
    form.locator("button[type=submit]").click()

    added = page.locator("#article-text mark.desk-mark-editor")
    added.wait_for()
    assert added.inner_text() == MISSED
    assert "Rencontre avec le ministre allemand" in page.locator(".desk-added").inner_text()
    assert page.locator(".desk-meetings li").count() == 2
    event = Event.objects.get(title="Rencontre avec le ministre allemand")
    mention = event.mentions.get()
    assert (mention.source, mention.added_by, mention.evidence) == (Source.EDITOR, editor, MISSED)


def test_it_shows_why_a_value_is_refused_in_the_form(live_server, browser_page, story, editor):
    page = browser_page
    _log_in_and_open(page, live_server, story)
    _select(page, "son homologue allemand")
    page.click("#add-meeting")
    form = page.locator("#new-meeting form")
    form.wait_for()
    form.locator("[name=date]").fill("mardi")
    form.locator("button[type=submit]").click()
    page.wait_for_selector("#new-meeting .errorlist")
    assert "is not a date" in page.locator("#new-meeting .errorlist").inner_text()
    assert page.locator("#article-text mark.desk-mark-editor").count() == 0
    assert not Event.objects.filter(mentions__source=Source.EDITOR).exists()
