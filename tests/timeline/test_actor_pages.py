"""An actor's page, /actors/<slug>/: its published meetings, newest first, and its counterparts."""

from datetime import date

import pytest
from django.urls import reverse

from tests.factories import make_actor, make_event
from timeline import public
from timeline.models import Event

pytestmark = pytest.mark.django_db


def _page(client, slug, **query):
    return client.get(reverse("timeline:actor", kwargs={"slug": slug}), query)


@pytest.fixture
def putin_meetings():
    return [
        make_event(
            title="Appel Biden – Poutine",
            participants=("Vladimir Putin", "Joe Biden"),
            date=date(2021, 12, 30),
        ),
        make_event(
            title="Sommet de Genève",
            participants=("Vladimir Putin", "Joe Biden"),
            date=date(2021, 6, 16),
            kind=Event.Kind.SUMMIT,
        ),
        make_event(
            title="Visite à Pékin",
            participants=("Vladimir Putin", "Xi Jinping"),
            date=date(2022, 2, 4),
            kind=Event.Kind.VISIT,
        ),
    ]


def test_it_lists_an_actor_s_meetings_newest_first(client, putin_meetings):
    make_event(title="Rencontre sans lui", participants=("Joe Biden", "Xi Jinping"))
    response = _page(client, "vladimir-putin")
    page = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Vladimir Putin</h1>" in page
    positions = [page.index(t) for t in ("Visite à Pékin", "Appel Biden", "Sommet de Genève")]
    assert positions == sorted(positions)
    assert "Rencontre sans lui" not in page
    assert 'href="/?actor=vladimir-putin"' in page


def test_it_lists_the_counterparts_met_most_often_with_links_to_their_pages(client, putin_meetings):
    putin = make_actor("Vladimir Putin")
    # A meeting Biden had without Putin does not count as one they shared.
    make_event(title="Biden – Xi", participants=("Joe Biden", "Xi Jinping"))
    assert [(a.name, a.meetings) for a in public.counterparts(putin)] == [
        ("Joe Biden", 2),
        ("Xi Jinping", 1),
    ]
    page = _page(client, "vladimir-putin").content.decode()
    assert '<a href="/actors/joe-biden/">Joe Biden</a> <span class="note">2 meetings</span>' in page


def test_it_leaves_withdrawn_and_merged_meetings_off_an_actor_s_page(client, putin_meetings):
    kept = putin_meetings[0]
    make_event(
        title="Retirée",
        participants=("Vladimir Putin", "Olaf Scholz"),
        review=Event.Review.REJECTED,
    )
    make_event(title="Doublon", participants=("Vladimir Putin", "Olaf Scholz"), merged_into=kept)
    page = _page(client, "vladimir-putin").content.decode()
    assert "Retirée" not in page and "Doublon" not in page
    assert "Olaf Scholz" not in page


def test_it_pages_an_actor_s_meetings_fifty_at_a_time(client):
    for day in range(1, 53):
        make_event(
            title=f"Appel numéro {day}",
            participants=("Vladimir Putin", "Joe Biden"),
            date=date(2020, 1, 1).replace(day=(day - 1) % 28 + 1, month=(day - 1) // 28 + 1),
        )
    first = _page(client, "vladimir-putin").content.decode()
    assert first.count('class="event-item') == 50
    assert 'href="?page=2"' in first
    second = _page(client, "vladimir-putin", page="2").content.decode()
    assert second.count('class="event-item') == 2
    late = _page(client, "vladimir-putin", page="9")
    assert late.status_code == 200
    assert "showing the last page, 2" in late.content.decode()


def test_it_answers_404_for_an_unknown_actor(client):
    assert _page(client, "nobody-at-all").status_code == 404


def test_it_shows_an_actor_without_published_meetings_as_empty_and_unindexed(client):
    make_event(participants=("Olaf Scholz", "Joe Biden"), review=Event.Review.REJECTED)
    response = _page(client, "olaf-scholz")
    page = response.content.decode()
    assert response.status_code == 200
    assert "No published meeting of Olaf Scholz" in page
    assert '<meta name="robots" content="noindex">' in page


def test_it_describes_the_actor_for_previews(client, putin_meetings):
    page = _page(client, "vladimir-putin").content.decode()
    assert (
        '<meta name="description" content="Vladimir Putin: 3 meetings on the diplomatic '
        'timeline, most often with Joe Biden and Xi Jinping.">'
    ) in page


def test_it_links_the_permalink_s_participants_to_their_pages(client, putin_meetings):
    page = client.get(putin_meetings[0].get_absolute_url()).content.decode()
    assert '<a href="/actors/vladimir-putin/">Vladimir Putin</a>' in page
    assert '<a href="/actors/joe-biden/">Joe Biden</a>' in page


def test_it_answers_an_actor_s_page_in_a_bounded_number_of_queries(
    client, putin_meetings, django_assert_max_num_queries
):
    for n in range(10):
        make_event(title=f"Appel {n}", participants=("Vladimir Putin", f"Dirigeant {n}"))
    with django_assert_max_num_queries(6):
        assert _page(client, "vladimir-putin").status_code == 200
