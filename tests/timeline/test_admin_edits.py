"""A correction made in the Django admin is an editor's like any other: logged, and kept
when the article is parsed again."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tests.factories import extracted, make_article, make_place, record_extracted
from timeline.models import Event, EventChange, Source

pytestmark = pytest.mark.django_db

SENTENCE = "Les deux ministres se sont entretenus jeudi à Genève, selon leurs services."


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user("ines", password="not-used-here", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def recorded_call():
    article = make_article(text=SENTENCE + "\n", published_at=date(2024, 3, 14))
    article.text = SENTENCE + "\n"
    article.save(update_fields=["text"])
    reading = extracted(evidence=SENTENCE, location="Geneva")
    [event] = record_extracted(article, reading)
    return article, reading, event


def change_form_data(response):
    """What the browser would post back from the admin's change form, unchanged."""
    data = {}
    form = response.context["adminform"].form
    for name in form.fields:
        value = form[name].value()
        if value is not None:
            data[name] = value
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name in formset.management_form.fields:
            data[f"{formset.prefix}-{name}"] = formset.management_form[name].value()
        for subform in formset.forms:
            for name in subform.fields:
                value = subform[name].value()
                if value is not None:
                    data[subform.add_prefix(name)] = value
    return data


def test_it_logs_a_place_corrected_in_the_admin_as_the_editors_and_keeps_it(editor_client, editor):
    article, reading, event = recorded_call()
    url = f"/admin/timeline/event/{event.pk}/change/"
    data = change_form_data(editor_client.get(url))
    data["place"] = make_place("Vienna").pk

    response = editor_client.post(url, data)

    assert response.status_code == 302
    change = event.changes.get(field="place")
    assert (change.source, change.user, change.old, change.new) == (
        Source.EDITOR,
        editor,
        "Geneva",
        "Vienna",
    )
    record_extracted(article, reading)
    event.refresh_from_db()
    assert event.place.name == "Vienna"
    assert event.provenance["place"]["by"] == "editor"
    assert event.proposals["place"]["value"] == "Geneva"


def test_it_logs_nothing_when_the_admin_form_is_saved_unchanged(editor_client):
    _, _, event = recorded_call()
    url = f"/admin/timeline/event/{event.pk}/change/"
    response = editor_client.post(url, change_form_data(editor_client.get(url)))
    assert response.status_code == 302
    assert not event.changes.filter(source=Source.EDITOR).exists()


def test_it_logs_a_review_set_in_the_admin_form(editor_client, editor):
    _, _, event = recorded_call()
    url = f"/admin/timeline/event/{event.pk}/change/"
    data = {**change_form_data(editor_client.get(url)), "review": "rejected"}
    assert editor_client.post(url, data).status_code == 302
    change = event.changes.get(field="review")
    assert (change.user, change.new, change.note) == (editor, "rejected", "in the admin")


def test_it_logs_the_admins_confirm_action_with_the_editors_name(editor_client, editor):
    _, _, event = recorded_call()
    editor_client.post(
        "/admin/timeline/event/",
        {"action": "confirm", "_selected_action": [event.pk]},
        follow=True,
    )
    event.refresh_from_db()
    assert event.review == Event.Review.CONFIRMED
    change = EventChange.objects.get(event=event, field="review")
    assert (change.user, change.old, change.new) == (editor, "unreviewed", "confirmed")


def test_it_shows_the_history_and_provenance_in_the_admin(editor_client, editor):
    _, _, event = recorded_call()
    editor_client.post(
        "/admin/timeline/event/", {"action": "reject", "_selected_action": [event.pk]}
    )
    page = editor_client.get(f"/admin/timeline/event/{event.pk}/change/").content.decode()
    assert "History" in page
    assert "ines" in page and "the engine" in page
    assert "&quot;by&quot;: &quot;engine&quot;" in page  # provenance, read-only
