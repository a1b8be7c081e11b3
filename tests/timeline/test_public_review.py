"""What readers see of the desk's work: withdrawn meetings, merged permalinks, the review
badge, what each article said and when, and the API's review state and last change."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tests.factories import extracted, make_article, make_event, record_extracted
from timeline import editing
from timeline.models import Event

pytestmark = pytest.mark.django_db

SCHEDULED = "Les négociateurs des deux pays se retrouveront le 10 janvier à Genève."
HELD = "Les négociateurs des deux pays se sont retrouvés lundi à Genève pour huit heures."


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user("nadia", password="not-used-here")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def parsed(text, published):
    # The text a parse stores, so that the evidence offsets point into it.
    article = make_article(text=text + "\n", published_at=published, status="parsed")
    article.text = text + "\n"
    article.save(update_fields=["text"])
    return article


def talks(evidence, **fields):
    fields.setdefault("kind", "talks")
    fields.setdefault("date", "2022-01-10")
    fields.setdefault("title", "Pourparlers russo-américains")
    fields.setdefault("location", "Geneva")
    fields.setdefault(
        "participants",
        [{"name": "Wendy Sherman", "type": "person"}, {"name": "Sergei Ryabkov", "type": "person"}],
    )
    return extracted(evidence=evidence, **fields)


def test_it_answers_410_with_a_readable_page_for_a_rejected_meeting(client, editor):
    event = make_event(title="Pas une rencontre")
    editing.set_review(event=event, user=editor, review=Event.Review.REJECTED)
    response = client.get(event.get_absolute_url())
    page = response.content.decode()
    assert response.status_code == 410
    assert "This meeting was withdrawn by the desk" in page
    assert 'href="/"' in page
    assert "Pas une rencontre" not in page
    htmx = client.get(event.get_absolute_url(), headers={"HX-Request": "true"})
    assert htmx.status_code == 410 and "<html" not in htmx.content.decode()


def test_it_shows_a_rejected_meeting_to_editors_with_a_notice(editor_client, editor):
    event = make_event(title="Pas une rencontre")
    editing.set_review(event=event, user=editor, review=Event.Review.REJECTED)
    response = editor_client.get(event.get_absolute_url())
    page = response.content.decode()
    assert response.status_code == 200
    assert "Pas une rencontre" in page
    assert "Rejected by the desk — readers see 410" in page
    assert f'href="/desk/events/{event.pk}/"' in page


def test_it_redirects_a_merged_away_permalink_to_the_surviving_meeting(client, editor):
    survivor = make_event(title="Sommet de Genève")
    middle = make_event(title="Sommet à Genève")
    merged = make_event(title="Rencontre de Genève")
    editing.merge_events(source=merged, target=middle, user=editor)
    editing.merge_events(source=middle, target=survivor, user=editor)

    for url in (merged.get_absolute_url(), f"/events/{merged.pk}/"):
        response = client.get(url)
        assert response.status_code == 301
        assert response["Location"] == survivor.get_absolute_url()
    htmx = client.get(merged.get_absolute_url(), headers={"HX-Request": "true"})
    assert htmx.status_code == 301 and htmx["Location"] == survivor.get_absolute_url()


def test_it_says_whether_the_desk_confirmed_a_meeting(client, editor):
    automatic = make_event(title="Appel lu par la machine")
    confirmed = make_event(title="Appel vérifié")
    editing.set_review(event=confirmed, user=editor, review=Event.Review.CONFIRMED)

    page = client.get(automatic.get_absolute_url()).content.decode()
    assert "Automatic — not yet reviewed by the desk" in page
    assert "Confirmed by the desk" not in page
    panel = client.get(confirmed.get_absolute_url(), headers={"HX-Request": "true"})
    assert "Confirmed by the desk" in panel.content.decode()
    assert "Automatic — not yet reviewed" not in panel.content.decode()


def test_it_shows_what_each_article_said_and_when(client):
    before = parsed(SCHEDULED, date(2021, 12, 30))
    after = parsed(HELD, date(2022, 1, 11))
    [event] = record_extracted(before, talks(SCHEDULED, status="scheduled"))
    [same] = record_extracted(after, talks(HELD, status="held"))
    assert same.pk == event.pk

    page = client.get(same.get_absolute_url()).content.decode()
    assert "Reported by 2 articles" in page
    first, second = page.index(SCHEDULED), page.index(HELD)
    assert first < second  # the older article first
    said_then = page[page.index("December 30, 2021") : first]
    said_later = page[page.index("January 11, 2022") : second]
    assert "Scheduled" in said_then and "January 10, 2022" in said_then
    assert "Held" in said_later


def test_it_labels_a_meeting_an_editor_added_from_an_article(client, editor):
    text = "Les deux chefs de la diplomatie ont déjeuné ensemble mardi à Rome."
    article = parsed(text, date(2024, 3, 14))
    event = editing.add_event(
        article=article,
        start=0,
        end=len(text),
        values={"kind": "meeting", "date": "2024-03-12", "status": "held", "title": "Déjeuner"},
        user=editor,
    )
    page = client.get(event.get_absolute_url()).content.decode()
    assert "Reported by 1 article" in page
    assert "Added by the desk" in page
    assert "Confirmed by the desk" in page


def test_it_gives_the_review_and_last_change_in_the_api(client, editor):
    article = parsed(HELD, date(2022, 1, 11))
    [event] = record_extracted(article, talks(HELD))
    untouched = make_event(title="Sans historique")
    editing.edit_event(event=event, user=editor, values={"place": "Vienna"})
    editing.set_review(event=event, user=editor, review=Event.Review.CONFIRMED)

    items = {item["id"]: item for item in client.get("/api/events").json()["events"]}
    assert items[event.pk]["review"] == "confirmed"
    assert items[event.pk]["last_change"]["by"] == "editor"
    assert items[event.pk]["last_change"]["field"] == "review"
    assert items[event.pk]["last_change"]["at"].startswith(str(date.today().year))
    assert items[untouched.pk]["review"] == "unreviewed"
    assert items[untouched.pk]["last_change"]["at"] == untouched.updated_at.isoformat()


def test_it_answers_the_api_in_a_bounded_number_of_queries(
    client, editor, django_assert_max_num_queries
):
    for n in range(12):
        text = f"Les ministres numéro {n} se sont parlé au téléphone jeudi."
        [event] = record_extracted(parsed(text, date(2024, 3, 14)), extracted(evidence=text))
        editing.set_review(event=event, user=editor, review=Event.Review.CONFIRMED)
    with django_assert_max_num_queries(6):
        body = client.get("/api/events").json()
    assert body["count"] >= 1
    assert all(item["last_change"]["by"] == "editor" for item in body["events"])


def test_it_leaves_merged_and_rejected_meetings_off_the_timeline_and_the_api(client, editor):
    survivor = make_event(title="Sommet qui reste")
    merged = make_event(title="Doublon fusionné")
    rejected = make_event(title="Conférence de presse", participants=("Ned Price",))
    editing.merge_events(source=merged, target=survivor, user=editor)
    editing.set_review(event=rejected, user=editor, review=Event.Review.REJECTED)

    page = client.get("/").content.decode()
    assert "Sommet qui reste" in page
    assert "Doublon fusionné" not in page and "Conférence de presse" not in page
    assert "Ned Price" not in page  # not offered in the actor filter either
    ids = [item["id"] for item in client.get("/api/events").json()["events"]]
    assert ids == [survivor.pk]


def test_it_links_an_article_to_live_meetings_only(client, editor):
    text = "Un texte qui rapporte deux rencontres et une conférence de presse."
    article = parsed(text, date(2024, 3, 14))
    kept = make_event(title="Rencontre gardée", article=article)
    rejected = make_event(title="Conférence de presse", article=article)
    editing.set_review(event=rejected, user=editor, review=Event.Review.REJECTED)

    page = client.get(f"/articles/{article.pk}/").content.decode()
    assert kept.get_absolute_url() in page
    assert "Conférence de presse" not in page
    client.force_login(editor)
    page = client.get(f"/articles/{article.pk}/").content.decode()
    assert "Rejected by the desk" in page


def test_it_links_an_article_to_the_meeting_a_duplicate_was_merged_into(client, editor):
    text = "Un texte où la même rencontre a été lue deux fois par la machine."
    article = parsed(text, date(2024, 3, 14))
    survivor = make_event(title="Rencontre unique", article=article)
    duplicate = make_event(title="Rencontre en double", article=article)
    editing.merge_events(source=duplicate, target=survivor, user=editor)

    page = client.get(f"/articles/{article.pk}/").content.decode()
    assert survivor.get_absolute_url() in page
    assert f"/events/{duplicate.pk}-" not in page
