"""The review queue at /desk/, as an editor uses it."""

import re

import pytest

from articles.models import Article
from desk import queue_items
from tests.factories import extracted, make_article, make_editor, make_event, record_extracted
from timeline import editing
from timeline.models import Event
from timeline.services import replace_article_events

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


@pytest.fixture
def editor():
    return make_editor("ines")


@pytest.fixture
def desk(client, editor):
    client.force_login(editor)
    return client


def _meeting(sentence, *, before="", after="", **fields):
    """One meeting the engine found in an article of its own, reported by `sentence`."""
    text = f"{before}{sentence}{after}\n"
    article = make_article(text=text, title=fields.pop("article_title", ""))
    # A parse stores the article's text before it records the meetings read in it.
    Article.objects.filter(pk=article.pk).update(text=text)
    article.refresh_from_db()
    data = extracted(evidence=sentence, start=len(before), **fields)
    return record_extracted(article, data)[0], article, data


def _queue_titles(page):
    return re.findall(
        r'<li class="queue-item[^"]*" id="queue-item-\d+".*?<h2><a [^>]*>([^<]+)<', page, re.S
    )


def _count(page, state):
    match = re.search(rf'data-state="{state}"><strong>(\d+)</strong>', page)
    return int(match.group(1))


@pytest.fixture
def three_meetings():
    sure, _, _ = _meeting(
        "The Danish and Kenyan foreign ministers spoke on the phone on Monday.",
        title="Call Denmark – Kenya",
        participants=[{"name": "Denmark", "type": "country"}, {"name": "Kenya", "type": "country"}],
        confidence=0.9,
    )
    doubtful_old, _, _ = _meeting(
        "Officials from Peru and Vietnam may have met in Lima.",
        title="Meeting Peru – Vietnam",
        kind="meeting",
        participants=[{"name": "Peru", "type": "country"}, {"name": "Vietnam", "type": "country"}],
        confidence=0.3,
    )
    doubtful_new, _, _ = _meeting(
        "Ghana's and Chile's envoys were said to have talked.",
        title="Talks Ghana – Chile",
        kind="talks",
        participants=[{"name": "Ghana", "type": "country"}, {"name": "Chile", "type": "country"}],
        confidence=0.3,
    )
    return sure, doubtful_old, doubtful_new


def test_it_sends_an_anonymous_visitor_to_log_in(client):
    response = client.get("/desk/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_it_refuses_a_signed_in_user_who_is_not_an_editor(client, django_user_model):
    reader = django_user_model.objects.create_user("reader", password="another passphrase")
    client.force_login(reader)
    event = make_event()
    assert client.get("/desk/").status_code == 403
    assert (
        client.post(f"/desk/queue/{event.pk}/review/", {"review": "confirmed"}).status_code == 403
    )
    event.refresh_from_db()
    assert event.review == Event.Review.UNREVIEWED


def test_it_lists_the_most_doubtful_and_newest_first_with_counts(desk, editor, three_meetings):
    sure, doubtful_old, doubtful_new = three_meetings
    done = make_event(title="Already confirmed", participants=("Fiji", "Samoa"))
    editing.set_review(event=done, user=editor, review="confirmed")
    page = desk.get("/desk/").content.decode()
    assert _queue_titles(page) == [doubtful_new.title, doubtful_old.title, sure.title]
    assert (_count(page, "unreviewed"), _count(page, "confirmed"), _count(page, "rejected")) == (
        3,
        1,
        0,
    )
    assert "<html" in page


def test_it_leaves_out_an_event_merged_into_another(desk, editor, three_meetings):
    sure, doubtful_old, _ = three_meetings
    editing.merge_events(source=doubtful_old, target=sure, user=editor)
    page = desk.get("/desk/").content.decode()
    assert doubtful_old.title not in _queue_titles(page)
    assert _count(page, "unreviewed") == 2


def test_it_shows_the_evidence_marked_inside_its_paragraph_with_links(desk):
    event, article, _ = _meeting(
        "Norway's prime minister received Brazil's president in Oslo on 4 June.",
        before="Trade was high on the agenda this week. ",
        after=" The two leaders also discussed forests.",
        title="Visit Brazil – Norway",
        kind="visit",
        date="2024-06-04",
        location="Oslo",
        article_title="Brazil's president in Oslo",
    )
    page = desk.get("/desk/").content.decode()
    assert (
        "Trade was high on the agenda this week. <mark>Norway&#x27;s prime minister received "
        "Brazil&#x27;s president in Oslo on 4 June.</mark> The two leaders also discussed forests."
    ) in page
    assert f'href="/desk/articles/{article.pk}/"' in page
    assert f'href="/desk/events/{event.pk}/"' in page
    assert f'href="{event.get_absolute_url()}"' in page
    assert "June 4, 2024" in page and "Oslo" in page


def test_it_cuts_a_long_paragraph_around_the_sentence(desk):
    sentence = "Mexico's and Japan's trade ministers met in Osaka."
    _meeting(
        sentence,
        before="Words before the sentence. " * 20,
        after=" Words after the sentence." * 20,
        title="Meeting Japan – Mexico",
        kind="meeting",
    )
    page = desk.get("/desk/").content.decode()
    excerpt = re.search(r'<p class="queue-excerpt">(.*?)</p>', page, re.S).group(1)
    assert excerpt.startswith("… ") and excerpt.endswith(" …")
    assert f"<mark>{sentence.replace(chr(39), '&#x27;')}</mark>" in excerpt
    assert len(excerpt) < 450


def test_it_shows_the_engine_article_as_the_source_of_each_value(desk):
    _meeting(
        "Iceland and Malta signed a fishing deal during a call.",
        title="Call Iceland – Malta",
        article_title="A fishing deal",
    )
    page = desk.get("/desk/").content.decode()
    assert "engine, <a" in page and "A fishing deal</a>" in page
    assert "set by" not in page


def test_it_confirms_through_htmx_and_answers_with_the_updated_counts(desk, editor, three_meetings):
    sure, doubtful_old, doubtful_new = three_meetings
    response = desk.post(
        f"/desk/queue/{doubtful_new.pk}/review/",
        {"review": "confirmed", "after": sure.pk},
        headers=HTMX,
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in page
    # Nothing takes the item's place (the list showed every waiting event already).
    assert _queue_titles(page) == []
    assert (_count(page, "unreviewed"), _count(page, "confirmed")) == (2, 1)
    assert 'id="queue-counts" hx-swap-oob="true"' in page
    assert "You confirmed" in page and "Undo" in page
    doubtful_new.refresh_from_db()
    assert doubtful_new.review == Event.Review.CONFIRMED
    logged = doubtful_new.changes.get(field="review")
    assert (logged.old, logged.new, logged.user) == ("unreviewed", "confirmed", editor)


def test_it_brings_the_next_waiting_event_in_at_the_end_of_the_list(
    desk, three_meetings, monkeypatch
):
    sure, doubtful_old, doubtful_new = three_meetings
    monkeypatch.setattr(queue_items, "PAGE_SIZE", 2)
    assert _queue_titles(desk.get("/desk/").content.decode()) == [
        doubtful_new.title,
        doubtful_old.title,
    ]
    response = desk.post(
        f"/desk/queue/{doubtful_new.pk}/review/",
        {"review": "rejected", "after": doubtful_old.pk},
        headers=HTMX,
    )
    page = response.content.decode()
    assert '<ol hx-swap-oob="beforeend:#queue-list">' in page
    assert _queue_titles(page) == [sure.title]
    assert _count(page, "rejected") == 1


def test_it_rejects_without_javascript_and_goes_back_to_the_queue(desk, three_meetings):
    sure, _, _ = three_meetings
    response = desk.post(f"/desk/queue/{sure.pk}/review/", {"review": "rejected", "page": "1"})
    assert response.status_code == 302
    assert response["Location"] == "/desk/?page=1"
    sure.refresh_from_db()
    assert sure.review == Event.Review.REJECTED
    page = desk.get(response["Location"]).content.decode()
    assert sure.title not in _queue_titles(page)
    assert _count(page, "rejected") == 1


def test_it_puts_a_reviewed_event_back_when_the_editor_undoes(desk, three_meetings):
    sure, _, _ = three_meetings
    desk.post(f"/desk/queue/{sure.pk}/review/", {"review": "rejected"}, headers=HTMX)
    response = desk.post(f"/desk/queue/{sure.pk}/review/", {"review": "unreviewed"}, headers=HTMX)
    page = response.content.decode()
    assert sure.title in _queue_titles(page)
    assert _count(page, "rejected") == 0
    assert "Undo" not in page


def test_it_refuses_an_unknown_review_state(desk, three_meetings):
    sure, _, _ = three_meetings
    response = desk.post(f"/desk/queue/{sure.pk}/review/", {"review": "maybe"}, headers=HTMX)
    assert response.status_code == 400
    sure.refresh_from_db()
    assert sure.review == Event.Review.UNREVIEWED


def test_it_clears_a_place_in_place_and_shows_the_editor_as_its_source(desk, editor):
    event, _, _ = _meeting(
        "Chad's and Niger's ministers met, reportedly in Niamey.",
        title="Meeting Chad – Niger",
        kind="meeting",
        location="Niamey",
    )
    response = desk.post(
        f"/desk/queue/{event.pk}/fix/", {"field": "place", "value": ""}, headers=HTMX
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert page.lstrip().startswith(
        f'<li class="queue-item status-held" id="queue-item-{event.pk}"'
    )
    place_row = re.search(r'<dd data-field="place">(.*?)</dd>', page, re.S).group(1)
    value = re.search(r'<span class="queue-value">(.*?)</span>', place_row).group(1)
    assert value == "—" and "set by you" in place_row
    # What the engine still reads is shown beside the editor's value, not in its place.
    assert "the engine now reads <strong>Niamey</strong>" in place_row
    event.refresh_from_db()
    assert event.place is None
    assert event.provenance["place"]["by"] == "editor"
    assert event.provenance["place"]["user"] == "ines"
    assert event.review == Event.Review.UNREVIEWED


def test_it_changes_a_date_and_shows_it_at_its_precision(desk):
    event, _, _ = _meeting("Laos and Nepal held a call.", title="Call Laos – Nepal")
    response = desk.post(
        f"/desk/queue/{event.pk}/fix/", {"field": "date", "value": "2024-05"}, headers=HTMX
    )
    date_row = re.search(r'<dd data-field="date">(.*?)</dd>', response.content.decode(), re.S)
    assert "May 2024" in date_row.group(1) and "set by you" in date_row.group(1)
    event.refresh_from_db()
    assert (event.date_value, event.precision) == ("2024-05", "month")
    assert event.changes.get(field="date").new == "2024-05"


def test_it_fixes_without_javascript_and_goes_back_to_the_item(desk):
    event, _, _ = _meeting("Oman and Cuba spoke by phone.", title="Call Oman – Cuba")
    response = desk.post(
        f"/desk/queue/{event.pk}/fix/", {"field": "title", "value": "Call Cuba – Oman"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"/desk/?page=1#queue-item-{event.pk}"
    assert "Call Cuba – Oman" in _queue_titles(desk.get("/desk/").content.decode())


def test_it_explains_an_invalid_date_and_changes_nothing(desk):
    event, _, _ = _meeting("Bhutan and Togo talked on Friday.", title="Call Bhutan – Togo")
    response = desk.post(
        f"/desk/queue/{event.pk}/fix/", {"field": "date", "value": "next Friday"}, headers=HTMX
    )
    page = response.content.decode()
    assert response.status_code == 422
    assert "is not a date: write YYYY-MM-DD, YYYY-MM or YYYY." in page
    assert 'value="next Friday"' in page and '<details class="queue-fix" open>' in page
    event.refresh_from_db()
    assert event.date_value == "2024-03-14"
    assert event.provenance["date"]["by"] == "engine"
    assert not event.changes.exclude(field="created").exists()


def test_it_explains_an_invalid_date_on_the_whole_page_without_javascript(desk):
    event, _, _ = _meeting("Bhutan and Togo talked on Friday.", title="Call Bhutan – Togo")
    response = desk.post(f"/desk/queue/{event.pk}/fix/", {"field": "date", "value": "soon"})
    page = response.content.decode()
    assert response.status_code == 422
    assert "<html" in page and "is not a date" in page


def test_it_keeps_the_editors_fix_through_a_new_parse_and_shows_the_engines_reading(desk):
    event, article, data = _meeting(
        "Finland's president visited Estonia, with talks in Tallinn.",
        title="Visit Finland – Estonia",
        kind="visit",
        location="Tallinn",
    )
    desk.post(f"/desk/queue/{event.pk}/fix/", {"field": "place", "value": "Tartu"}, headers=HTMX)
    again = replace_article_events(article=article, events=[data])
    assert [e.pk for e in again] == [event.pk]
    event.refresh_from_db()
    assert event.place.name == "Tartu"
    assert event.proposals["place"]["value"] == "Tallinn"
    page = desk.get("/desk/").content.decode()
    place_row = re.search(r'<dd data-field="place">(.*?)</dd>', page, re.S).group(1)
    assert "Tartu" in place_row and "set by you" in place_row
    assert "the engine now reads <strong>Tallinn</strong>" in place_row


def test_it_shows_fifty_events_a_page_with_a_link_to_the_next(desk):
    for number in range(51):
        make_event(title=f"Meeting number {number}", confidence=number / 100)
    page = desk.get("/desk/").content.decode()
    assert len(_queue_titles(page)) == 50
    assert 'rel="next" href="/desk/?page=2"' in page
    second = desk.get("/desk/", {"page": 2}, headers=HTMX).content.decode()
    assert _queue_titles(second) == ["Meeting number 50"]
    assert "<html" not in second
