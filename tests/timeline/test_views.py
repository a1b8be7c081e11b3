import re
from datetime import date

import pytest

from tests.factories import make_article, make_event, make_place
from timeline import views
from timeline.models import Event, Mention

pytestmark = pytest.mark.django_db


def test_it_renders_the_timeline_with_the_figure_and_a_plain_list(client):
    make_event(title="Appel Blinken – Lavrov")
    response = client.get("/")
    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="timeline-figure-data"' in page
    assert "plotly-basic.min.js" in page
    assert "Appel Blinken – Lavrov" in page
    assert "<html" in page


def test_it_hands_the_figure_over_as_json_without_inline_script(client):
    make_event()
    page = client.get("/").content.decode()
    scripts = re.findall(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", page, re.S)
    inline = [attrs for attrs, body in scripts if "src=" not in attrs and body.strip()]
    assert all('type="application/json"' in attrs for attrs, body in scripts if body.strip())
    # only json_script payloads: the figure and the words the chart's keyboard reads out
    assert [re.search(r'id="([^"]+)"', attrs).group(1) for attrs in inline] == [
        "timeline-words",
        "timeline-figure-data",
    ]


def test_it_answers_htmx_with_the_results_partial_only(client):
    make_event(title="Sommet de Genève", kind=Event.Kind.SUMMIT)
    response = client.get("/", {"kind": "summit"}, headers={"HX-Request": "true"})
    page = response.content.decode()
    assert response.status_code == 200
    assert page.lstrip().startswith('<div id="results"')
    assert "<html" not in page
    assert "Sommet de Genève" in page


def test_it_filters_by_kind_status_and_dates(client):
    make_event(title="Appel tenu", kind=Event.Kind.CALL, status=Event.Status.HELD)
    make_event(
        title="Sommet prévu",
        kind=Event.Kind.SUMMIT,
        status=Event.Status.SCHEDULED,
        date=date(2024, 5, 2),
    )
    page = client.get("/", {"status": "scheduled"}).content.decode()
    assert "Sommet prévu" in page and "Appel tenu" not in page
    page = client.get("/", {"to": "2024-04-01"}).content.decode()
    assert "Appel tenu" in page and "Sommet prévu" not in page


def test_it_filters_by_actor_and_ignores_malformed_values(client):
    make_event(title="Rencontre A", participants=("Joe Biden", "Xi Jinping"))
    make_event(title="Rencontre B", participants=("Emmanuel Macron", "Narendra Modi"))
    page = client.get("/", {"actor": "xi-jinping", "from": "not-a-date"}).content.decode()
    assert "Rencontre A" in page and "Rencontre B" not in page


def test_it_marks_scheduled_meetings_differently_from_held_ones(client):
    make_event(title="Tenu", status=Event.Status.HELD)
    make_event(title="A venir", status=Event.Status.SCHEDULED)
    page = client.get("/").content.decode()
    assert "status-held" in page and "status-scheduled" in page


def test_it_serves_the_permalink_with_open_graph_tags(client):
    article = make_article(text="Un appel entre deux ministres a eu lieu jeudi.\n")
    event = make_event(title="Appel Blinken – Lavrov", article=article, place=make_place("Geneva"))
    response = client.get(event.get_absolute_url())
    page = response.content.decode()
    assert response.status_code == 200
    assert '<meta property="og:title" content="Appel Blinken – Lavrov — March 14, 2024">' in page
    assert 'name="twitter:card"' in page
    assert "Les deux ministres se sont parlé jeudi." in page
    assert f"/articles/{article.pk}/" in page
    assert "Geneva" in page


def test_it_shows_a_month_precision_date_as_the_month(client):
    event = make_event(date=date(2021, 12, 1), precision=Event.Precision.MONTH)
    page = client.get(event.get_absolute_url()).content.decode()
    assert "December 2021" in page
    assert "December 1, 2021" not in page


def test_it_redirects_an_old_slug_permanently(client):
    event = make_event(title="Ancien titre")
    old_url = event.get_absolute_url()
    event.title = "Nouveau titre"
    event.save()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == event.get_absolute_url()
    assert client.get(f"/events/{event.pk}/").status_code == 301


def test_it_gives_a_proper_404_page_for_an_unknown_meeting(client):
    response = client.get("/events/999999-nothing/")
    assert response.status_code == 404
    assert "This page does not exist" in response.content.decode()


def test_it_answers_htmx_on_the_permalink_with_the_panel_only(client):
    event = make_event(title="Visite à Pékin", kind=Event.Kind.VISIT)
    response = client.get(event.get_absolute_url(), headers={"HX-Request": "true"})
    page = response.content.decode()
    assert page.lstrip().startswith("<article")
    assert "Visite à Pékin" in page and "<html" not in page


def test_it_links_a_postponed_meeting_to_its_new_date(client):
    new = make_event(title="Sommet reporté", status=Event.Status.SCHEDULED, date=date(2024, 6, 1))
    old = make_event(title="Sommet reporté", status=Event.Status.CANCELLED, rescheduled_to=new)
    page = client.get(old.get_absolute_url()).content.decode()
    assert new.get_absolute_url() in page


def test_it_lists_events_in_the_api_with_id_and_permalink(client):
    article = make_article(text="Un autre texte de test.\n")
    event = make_event(article=article, date=date(2021, 12, 1), precision=Event.Precision.MONTH)
    body = client.get("/api/events").json()
    assert body["count"] == 1
    item = body["events"][0]
    assert item["id"] == event.pk
    assert item["url"] == f"http://testserver{event.get_absolute_url()}"
    assert item["date"] == "2021-12"
    assert {p["name"] for p in item["participants"]} == {"Antony Blinken", "Sergei Lavrov"}
    assert item["evidence"] == "Les deux ministres se sont parlé jeudi."
    assert set(item) >= {"kind", "status", "title", "location", "end_date", "confidence"}


def test_it_paginates_the_api(client):
    for n in range(101):
        make_event(title=f"Appel {n}")
    first = client.get("/api/events").json()
    assert len(first["events"]) == 100 and first["pages"] == 2
    second = client.get(first["next"]).json()
    assert len(second["events"]) == 1 and second["next"] is None


@pytest.mark.parametrize("page", ["1", "4"])
def test_it_asks_the_same_few_queries_for_any_page_of_the_api(
    client, django_assert_max_num_queries, monkeypatch, page
):
    # The count, the page's ids, their rows, their participants, their evidence: however
    # deep the page and however many meetings, participants and mentions it holds.
    monkeypatch.setattr(views, "API_PAGE_SIZE", 3)
    article = make_article(text="Un texte qui rapporte dix rencontres.\n")
    for n in range(10):
        make_event(
            title=f"Rencontre {n}",
            date=date(2024, 1, 1 + n),
            participants=("Antony Blinken", "Sergei Lavrov", f"Envoy {n}"),
            article=article,
            evidence=f"Rencontre numéro {n}.",
        )
    with django_assert_max_num_queries(5):
        body = client.get("/api/events", {"page": page}).json()
    assert body["count"] == 10 and body["pages"] == 4
    n = 0 if page == "1" else 9
    assert len(body["events"]) == (3 if page == "1" else 1)
    first = body["events"][0]
    assert first["title"] == f"Rencontre {n}" and first["evidence"] == f"Rencontre numéro {n}."
    assert [p["name"] for p in first["participants"]] == [
        "Antony Blinken",
        f"Envoy {n}",
        "Sergei Lavrov",
    ]


def test_it_quotes_the_first_mention_and_names_the_participants_in_order(client):
    first_article = make_article(text="Premier article.\n")
    later_article = make_article(text="Second article.\n")
    event = make_event(
        title="Sommet",
        participants=("Xi Jinping", "Emmanuel Macron", "Olaf Scholz"),
        article=later_article,
        evidence="La phrase du second article.",
    )
    Mention.objects.create(
        event=event, article=first_article, evidence="Plus loin.", start=40, end=50
    )
    Mention.objects.create(event=event, article=first_article, evidence="Au début.", start=0, end=9)
    item = client.get("/api/events").json()["events"][0]
    assert item["evidence"] == "Au début."
    assert [p["name"] for p in item["participants"]] == [
        "Emmanuel Macron",
        "Olaf Scholz",
        "Xi Jinping",
    ]
    assert item["last_change"]["at"] == event.updated_at.isoformat()


def test_it_answers_304_on_the_api_while_the_page_has_not_changed(client):
    event = make_event(title="Talks on ports")
    first = client.get("/api/events")
    assert first.has_header("ETag") and first.has_header("Last-Modified")
    again = client.get("/api/events", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""
    event.status = Event.Status.CANCELLED
    event.save()
    changed = client.get("/api/events", headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200
    assert changed.json()["events"][0]["status"] == "cancelled"


def test_it_gives_each_filter_of_the_api_its_own_etag(client):
    make_event(kind=Event.Kind.CALL)
    make_event(kind=Event.Kind.SUMMIT)
    calls = client.get("/api/events", {"kind": "call"})
    summits = client.get(
        "/api/events", {"kind": "summit"}, headers={"If-None-Match": calls["ETag"]}
    )
    assert summits.status_code == 200


def test_it_lets_any_site_read_the_api_and_its_errors(client):
    make_event()
    assert client.get("/api/events")["Access-Control-Allow-Origin"] == "*"
    error = client.get("/api/events", {"kind": "picnic"})
    assert error.status_code == 400
    assert error["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in error["Access-Control-Expose-Headers"]


def test_it_shows_an_article_with_its_evidence(client):
    article = make_article(text="Texte complet de l'article.\n", status="parsed")
    event = make_event(article=article, title="Appel test")
    page = client.get(f"/articles/{article.pk}/").content.decode()
    assert "Appel test" in page and event.get_absolute_url() in page


def test_it_tells_caches_that_the_page_and_its_partial_differ(client):
    event = make_event()
    for url in ("/", event.get_absolute_url()):
        assert "HX-Request" in client.get(url)["Vary"]


@pytest.mark.parametrize("query", ["q=Gen%00%C3%A8ve", "actor=joe%00-biden"])
def test_it_answers_a_filter_holding_a_nul_byte_without_a_server_error(client, query):
    make_event(title="Appel Biden – Genève", participants=("Joe Biden", "Vladimir Putin"))
    assert client.get(f"/?{query}").status_code == 200
    api = client.get(f"/api/events?{query}")
    assert api.status_code == 200
    assert api.json()["count"] == 1  # the NUL byte is dropped, the rest of the value is used
