"""Readers' pages in English or French: the browser's Accept-Language picks, the switch in the
header overrides it with a cookie, and a reader who never clicks it gets no cookie."""

import json
import re
from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import make_article, make_editor, make_event, make_place
from timeline import figure
from timeline.models import Event

pytestmark = pytest.mark.django_db

FRENCH = {"HTTP_ACCEPT_LANGUAGE": "fr-FR,fr;q=0.9,en;q=0.5"}
ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.9"}
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def call():
    return make_event(
        title="Appel Biden – Poutine",
        participants=("Joe Biden", "Vladimir Putin"),
        date=date(2022, 1, 10),
        kind=Event.Kind.CALL,
        status=Event.Status.HELD,
    )


def _figure_of(page):
    found = re.search(
        r'<script id="timeline-figure-data" type="application/json">(.*?)</script>', page, re.S
    )
    return json.loads(found.group(1))


def _vary(response):
    return [value.strip().lower() for value in response.get("Vary", "").split(",")]


def test_it_shows_the_timeline_in_french_to_a_french_browser(client, call):
    response = client.get("/", **FRENCH)
    page = response.content.decode()
    assert '<html lang="fr">' in page
    assert "Rencontres diplomatiques" in page
    assert '<time datetime="2022-01-10">10 janvier 2022</time>' in page
    assert '<span class="badge kind">Appel</span>' in page
    assert '<span class="badge status-held">Tenue</span>' in page
    assert '<option value="scheduled">Prévue</option>' in page
    assert response["Content-Language"] == "fr"
    assert "accept-language" in _vary(response)


@pytest.mark.parametrize("headers", [{}, ENGLISH, {"HTTP_ACCEPT_LANGUAGE": "de-DE,de"}])
def test_it_shows_the_timeline_in_english_otherwise(client, call, headers):
    page = client.get("/", **headers).content.decode()
    assert '<html lang="en">' in page
    assert "Diplomatic meetings" in page
    assert '<time datetime="2022-01-10">January 10, 2022</time>' in page
    assert '<span class="badge kind">Call</span>' in page
    assert '<span class="badge status-held">Held</span>' in page


def test_it_translates_the_kind_and_status_names_wherever_they_are_shown(call):
    with translation.override("fr"):
        assert [str(label) for _, label in Event.Kind.choices] == [
            "Appel",
            "Rencontre",
            "Pourparlers",
            "Sommet",
            "Visite",
            "Conférence",
        ]
        assert [str(label) for _, label in Event.Status.choices] == ["Tenue", "Prévue", "Annulée"]
        assert call.get_kind_display() == "Appel"
    assert call.get_status_display() == "Held"


def test_it_translates_the_figure_hover_text_and_legend(client, call):
    drawn = _figure_of(client.get("/", **FRENCH).content.decode())
    markers = drawn["data"][0]
    assert markers["name"] == "Tenue"
    assert "10 janvier 2022 · Appel · Tenue" in markers["hovertext"][0]
    english = client.get(reverse("timeline:figure"), **ENGLISH).json()
    assert english["data"][0]["name"] == "Held"
    assert "January 10, 2022 · Call · Held" in english["data"][0]["hovertext"][0]


def test_it_translates_the_counts_of_a_crowded_figure(client, monkeypatch):
    monkeypatch.setattr(figure, "MAX_MEETINGS_DRAWN", 1)
    make_event(date=date(2024, 3, 4))
    make_event(date=date(2024, 3, 20))
    answer = client.get(reverse("timeline:figure"), **FRENCH)
    assert "accept-language" in _vary(answer)
    drawn = answer.json()
    assert drawn["layout"]["yaxis"]["title"]["text"] == "rencontres par mois"
    areas = drawn["data"][0]
    assert areas["name"] == "Tenue"
    assert areas["customdata"][0] == ["2024-03-01", "2024-03-31", "mars 2024"]
    assert areas["hovertemplate"].startswith("%{y} rencontres en %{customdata[2]}, statut : tenue")


def test_it_gives_plotly_the_month_names_and_words_of_the_page_language(client, call):
    page = client.get("/", **FRENCH).content.decode()
    found = re.search(r'<script id="timeline-locale" type="application/json">(.*?)</script>', page)
    locale = json.loads(found.group(1))
    assert locale["name"] == "fr"
    assert locale["format"]["months"][0] == "janvier"
    assert locale["format"]["days"][0] == "dimanche"
    assert locale["dictionary"]["Zoom in"] == "Zoom avant"
    # in English Plotly's own words are used
    assert 'id="timeline-locale"' not in client.get("/").content.decode()


def test_it_gives_the_chart_keyboard_its_instructions_and_words_in_french(client, call):
    page = client.get("/", **FRENCH).content.decode()
    assert "Sur le graphique au clavier : Tab pour l'atteindre" in page
    found = re.search(r'<script id="timeline-words" type="application/json">(.*?)</script>', page)
    words = json.loads(found.group(1))
    assert words == {
        "period": "%(period)s — %(counts)s. Entrée pour zoomer dessus.",
        "count": "%(status)s : %(count)s",
        "none": "aucune rencontre",
    }
    english = client.get("/", **ENGLISH).content.decode()
    assert "On the chart by keyboard: Tab to it" in english
    assert "Enter zooms in." in english


def test_it_answers_an_htmx_partial_in_the_chosen_language(client, call):
    partial = client.get("/", {"status": "held"}, **FRENCH, **HTMX).content.decode()
    assert "<html" not in partial
    assert "1 rencontre</h2>" in partial
    assert "10 janvier 2022" in partial
    panel = client.get(call.get_absolute_url(), **FRENCH, **HTMX).content.decode()
    assert "<dt>Statut</dt>" in panel


def test_it_shows_filter_notices_in_french(client, call):
    page = client.get("/", {"kind": "banquet"}, **FRENCH).content.decode()
    assert "Type inconnu « banquet » : tous les types sont affichés" in page


def test_it_sets_no_cookie_for_a_reader_who_never_uses_the_switch(client, call):
    urls = ["/", call.get_absolute_url(), reverse("timeline:figure"), reverse("timeline:embed")]
    for url in urls:
        for headers in ({}, FRENCH, {**FRENCH, **HTMX}):
            response = client.get(url, **headers)
            assert response.status_code == 200, url
            assert not response.cookies, (url, headers)
            assert "cookie" not in _vary(response), (url, headers)
            assert "accept-language" in _vary(response), (url, headers)


def test_it_offers_the_switch_as_a_plain_form_without_token(client, call):
    page = client.get("/", {"status": "held"}, **FRENCH).content.decode()
    form = re.search(r'<form class="language-switch".*?</form>', page, re.S).group(0)
    assert 'method="post" action="/language/"' in form
    assert '<input type="hidden" name="next" value="/?status=held">' in form
    assert 'name="language" value="fr" lang="fr" title="Français" aria-current="true">FR' in form
    assert 'name="language" value="en" lang="en" title="English">EN' in form
    assert "csrfmiddlewaretoken" not in form


def test_it_switches_the_language_when_the_reader_clicks(client, call):
    response = client.post("/language/", {"language": "fr", "next": "/?status=held"}, **ENGLISH)
    assert response.status_code == 302
    assert response["Location"] == "/?status=held"
    assert response.cookies["django_language"].value == "fr"
    # The cookie wins over the browser's English, for the page and for its HTMX requests.
    assert '<html lang="fr">' in client.get("/", **ENGLISH).content.decode()
    assert "10 janvier 2022" in client.get("/", **ENGLISH, **HTMX).content.decode()
    client.post("/language/", {"language": "en", "next": "/"}, **FRENCH)
    assert '<html lang="en">' in client.get("/", **FRENCH).content.decode()


def test_it_refuses_a_switch_posted_from_another_site(client):
    response = client.post(
        "/language/", {"language": "fr", "next": "/"}, HTTP_ORIGIN="https://elsewhere.example"
    )
    assert response.status_code == 403
    assert not response.cookies
    assert client.get("/language/").status_code == 405


def test_it_describes_the_permalink_in_french(client):
    article = make_article(text="Un appel entre deux ministres a eu lieu jeudi.\n")
    event = make_event(title="Appel Blinken – Lavrov", article=article, place=make_place("Geneva"))
    page = client.get(event.get_absolute_url(), **FRENCH).content.decode()
    description = (
        "Appel téléphonique entre Antony Blinken et Sergei Lavrov à Geneva, le 14 mars 2024."
    )
    assert f'<meta name="description" content="{description}">' in page
    assert '<meta property="og:title" content="Appel Blinken – Lavrov — 14 mars 2024">' in page
    assert '<html lang="fr">' in page
    # the title keeps the language it is written in
    assert '<h1 lang="fr">Appel Blinken – Lavrov</h1>' in page
    assert "Rapportée par 1 article" in page


def test_it_shows_actor_pages_spot_lists_embed_and_errors_in_french(client, call):
    actor = call.participants.get(name="Joe Biden")
    assert (
        "Rencontres, les plus récentes d'abord"
        in client.get(reverse("timeline:actor", args=[actor.slug]), **FRENCH).content.decode()
    )
    spot = client.get(reverse("timeline:spot", args=["2022-01-10"]), **FRENCH).content.decode()
    assert "1 rencontre le 10 janvier 2022" in spot
    embed = client.get(reverse("timeline:embed"), **FRENCH).content.decode()
    assert '<html lang="fr">' in embed and "Ouvrir dans la chronologie diplomatique" in embed
    missing = client.get("/no-such-page/", **FRENCH)
    assert missing.status_code == 404
    assert "Cette page n'existe pas" in missing.content.decode()


def test_it_keeps_files_and_share_images_in_english_for_a_french_browser(client, call):
    timelinejs = client.get(reverse("timeline:events-timelinejs"), **FRENCH)
    assert timelinejs["Content-Language"] == "en"
    assert "January 10, 2022" in timelinejs.content.decode()
    assert "janvier" not in timelinejs.content.decode()


def test_it_keeps_the_desk_in_english_for_a_french_browser(client, call):
    client.force_login(make_editor())
    page = client.get(reverse("desk:queue"), **FRENCH).content.decode()
    assert '<html lang="en">' in page
    assert '<span class="badge kind">Call</span>' in page
    assert 'class="language-switch"' not in page
