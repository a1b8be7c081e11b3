"""The share image of a meeting: /events/<id>-<slug>/card.png and the permalink's og:image."""

import io
import re
from datetime import date

import pytest
from django.core.cache import cache
from django.urls import reverse
from PIL import Image

from tests.factories import make_article, make_event, make_place
from timeline import cards
from timeline.models import Event, EventChange, Source

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def _card_path(event):
    return reverse("timeline:event-card", kwargs={"pk": event.pk, "slug": event.slug})


def _image(response):
    return Image.open(io.BytesIO(response.content))


def test_it_draws_a_1200_by_630_png_for_a_meeting(client):
    event = make_event(place=make_place("Geneva"))
    response = client.get(_card_path(event))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    image = _image(response)
    assert image.format == "PNG"
    assert image.size == (1200, 630)


def test_it_draws_different_cards_for_different_meetings(client):
    call = make_event(title="Appel Blinken – Lavrov")
    summit = make_event(
        title="Sommet de Madrid",
        kind=Event.Kind.SUMMIT,
        status=Event.Status.SCHEDULED,
        date=date(2022, 6, 1),
        precision=Event.Precision.MONTH,
        participants=("NATO", "Spain", "United States", "France", "Germany", "Italy"),
    )
    first = client.get(_card_path(call)).content
    second = client.get(_card_path(summit)).content
    assert first != second
    assert (
        _image(client.get(_card_path(summit))).tobytes() != Image.open(io.BytesIO(first)).tobytes()
    )


def test_it_keeps_a_long_title_and_many_names_on_the_card():
    event = make_event(
        title="Réunion " + " ".join(["extraordinairement-longue"] * 11),
        participants=[f"Délégation numéro {n}" for n in range(40)],
    )
    image = Image.open(io.BytesIO(cards.draw_card(event)))
    assert image.size == (1200, 630)


def test_it_answers_404_for_an_unknown_meeting_and_410_for_a_withdrawn_one(client):
    assert client.get("/events/999999-nothing/card.png").status_code == 404
    event = make_event(review=Event.Review.REJECTED)
    assert client.get(_card_path(event)).status_code == 410


def test_it_sends_the_card_of_the_meeting_a_duplicate_was_merged_into(client):
    survivor = make_event(title="Appel retenu")
    duplicate = make_event(title="Appel en double", merged_into=survivor)
    response = client.get(_card_path(duplicate))
    assert response.status_code == 301
    assert response["Location"].startswith(_card_path(survivor) + "?v=")


def test_it_lets_clients_cache_the_card_and_answers_304_while_the_meeting_is_unchanged(client):
    event = make_event()
    response = client.get(_card_path(event))
    assert response["Cache-Control"] == "public, max-age=86400"
    etag = response["ETag"]
    again = client.get(_card_path(event), headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again["ETag"] == etag


def test_it_draws_a_new_card_once_the_meeting_changed(client):
    event = make_event(status=Event.Status.SCHEDULED)
    before = client.get(_card_path(event))
    event.status = Event.Status.HELD
    event.save()
    after = client.get(_card_path(event), headers={"If-None-Match": before["ETag"]})
    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]
    assert after.content != before.content


def test_it_counts_a_logged_change_without_a_save_as_a_new_version():
    event = make_event()
    tag = cards.version_tag(event)
    EventChange.objects.create(event=event, source=Source.EDITOR, field="participants")
    assert cards.version_tag(event) != tag


def test_it_draws_each_version_once(client, monkeypatch):
    event = make_event()
    drawn = []
    real = cards.draw_card
    monkeypatch.setattr(cards, "draw_card", lambda e: drawn.append(e.pk) or real(e))
    client.get(_card_path(event))
    client.get(_card_path(event))
    assert drawn == [event.pk]


def test_it_names_the_card_in_the_permalink_s_share_tags(client):
    event = make_event(article=make_article())
    page = client.get(event.get_absolute_url()).content.decode()
    image = re.search(r'<meta property="og:image" content="([^"]+)">', page).group(1)
    assert image.startswith(f"http://testserver{_card_path(event)}?v=")
    assert '<meta property="og:image:width" content="1200">' in page
    assert '<meta property="og:image:height" content="630">' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    assert f'<meta name="twitter:image" content="{image}">' in page
    assert client.get(image.removeprefix("http://testserver")).status_code == 200


def test_it_states_status_and_postponement_on_the_card():
    new = make_event(status=Event.Status.SCHEDULED, date=date(2022, 1, 12))
    old = make_event(kind=Event.Kind.SUMMIT, status=Event.Status.CANCELLED, rescheduled_to=new)
    assert cards.status_line(old) == "Summit · Cancelled, postponed to January 12, 2022"
    assert cards.status_line(new) == "Call · Scheduled"
