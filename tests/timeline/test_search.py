"""Search that understands names (issue 8, point 4): any case, any accents, every word, and an
actor or place found by any of its names in French or English."""

import re
from datetime import date
from html import unescape

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from tests.factories import make_actor, make_article, make_editor, make_event, make_place
from timeline import editing
from timeline.models import Actor, Event
from timeline.search import search

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def found(client, q) -> set[str]:
    """The titles /api/events gives for the text `q`."""
    response = client.get("/api/events", {"q": q})
    assert response.status_code == 200, response.content
    return {event["title"] for event in response.json()["events"]}


def listed(page: str) -> set[str]:
    return {unescape(t) for t in re.findall(r'hx-target="#event-panel"[^>]*>([^<]*)</a>', page)}


def reported(title, evidence, participants=(), **fields) -> Event:
    """A meeting with one sentence of evidence from an article of its own."""
    article = make_article(text=evidence + "\n")
    return make_event(
        title=title, participants=participants, article=article, evidence=evidence, **fields
    )


@pytest.fixture
def meetings():
    """Meetings written the way the articles write them: French and English, with and
    without accents, names in full or not."""
    return [
        make_event(
            title="Sommet Biden – Poutine",
            participants=("Joe Biden", "Vladimir Putin"),
            place=make_place("Geneva"),
            kind=Event.Kind.SUMMIT,
            date=date(2021, 6, 16),
        ),
        reported(
            "Appel Macron – Poutine",
            "Emmanuel Macron s'est entretenu jeudi avec Vladimir Poutine.",
            participants=("Emmanuel Macron", "Vladimir Putin"),
            date=date(2022, 2, 20),
        ),
        reported(
            "Biden hosts Stoltenberg",
            "Joe Biden received the NATO Secretary General at the White House.",
            participants=("Joe Biden", "Jens Stoltenberg"),
            date=date(2022, 1, 5),
        ),
        reported(
            "Réunion des ministres à Bruxelles",
            "Les ministres de l'OTAN se sont réunis à Bruxelles.",
            date=date(2022, 3, 2),
        ),
        reported(
            "Pourparlers sur le désarmement",
            "Les délégations se retrouvent à Genève mardi.",
            date=date(2022, 4, 12),
        ),
        make_event(
            title="Call with Kyiv",
            participants=("United States", "Ukraine"),
            kind=Event.Kind.CALL,
            date=date(2022, 5, 1),
        ),
        reported(
            "Talks in the capital",
            "The envoys told us that the talks in Washington went well.",
            date=date(2022, 6, 1),
        ),
        reported(
            "Entretien à Paris",
            "Le ministre nous a dit que l'entretien s'était bien passé.",
            participants=("Antony Blinken",),
            date=date(2022, 7, 1),
        ),
    ]


def test_it_finds_the_same_meetings_for_every_name_of_an_actor(client, meetings):
    expected = {"Sommet Biden – Poutine", "Appel Macron – Poutine"}
    for name in ("Poutine", "Putin", "vladimir putin", "Vladimir Poutine", "POUTINE"):
        assert found(client, name) == expected, name


def test_it_finds_an_organisation_by_its_french_and_english_names(client, meetings):
    expected = {"Biden hosts Stoltenberg", "Réunion des ministres à Bruxelles"}
    assert found(client, "OTAN") == expected
    assert found(client, "NATO") == expected
    assert found(client, "otan") == expected
    assert found(client, "l'OTAN") == expected


def test_it_finds_geneva_where_the_place_or_the_evidence_says_geneve(client, meetings):
    expected = {"Sommet Biden – Poutine", "Pourparlers sur le désarmement"}
    for text in ("Geneva", "Genève", "geneve", "GENÈVE", "gEnEvA"):
        assert found(client, text) == expected, text


def test_it_finds_a_place_by_its_english_name_when_the_place_row_has_the_french_one(client):
    make_event(title="Round in Switzerland", participants=(), place=make_place("Genève"))
    assert found(client, "Geneva") == {"Round in Switzerland"}


def test_it_needs_every_word_of_the_query(client, meetings):
    assert found(client, "Biden Putin") == {"Sommet Biden – Poutine"}
    assert found(client, "Poutine Biden") == {"Sommet Biden – Poutine"}
    assert found(client, "Macron Biden") == set()
    assert found(client, "ministres Bruxelles") == {"Réunion des ministres à Bruxelles"}
    assert found(client, "ministres Genève") == set()


def test_it_ignores_case_and_accents_in_ordinary_words(client, meetings):
    expected = {"Pourparlers sur le désarmement"}
    assert found(client, "desarmement") == expected
    assert found(client, "DÉSARMEMENT") == expected
    assert found(client, "pourparl") == expected  # part of a word, as before


def test_it_takes_washington_as_the_united_states_and_as_the_city(client, meetings):
    assert found(client, "Washington") == {"Call with Kyiv", "Talks in the capital"}


def test_it_does_not_take_the_word_us_for_the_united_states(client, meetings):
    # "US" folded is "us", as in "told us": only the United States' longer names are searched.
    assert found(client, "United States") == {"Call with Kyiv"}
    assert found(client, "États-Unis") == {"Call with Kyiv"}


def test_it_reads_a_paper_named_after_a_city_as_words_not_a_country(client, meetings):
    reported("Interview", "He told the Washington Post about the call.")
    assert found(client, "Washington Post") == {"Interview"}


def test_it_finds_nothing_for_a_query_without_a_word(client, meetings):
    assert found(client, "!!!") == set()


def test_it_searches_the_page_and_its_htmx_results_alike(client, meetings):
    page = client.get("/", {"q": "Poutine"}).content.decode()
    assert listed(page) == {"Sommet Biden – Poutine", "Appel Macron – Poutine"}
    partial = client.get("/", {"q": "otan"}, headers=HTMX).content.decode()
    assert listed(partial) == {"Biden hosts Stoltenberg", "Réunion des ministres à Bruxelles"}


def test_it_keeps_the_notice_and_the_error_for_a_text_too_long(client, meetings):
    page = client.get("/", {"q": "Poutine " + "x" * 10_000}).content.decode()
    assert "characters long: only its first 200 were searched for" in page
    response = client.get("/api/events", {"q": "Poutine " + "x" * 10_000})
    assert response.status_code == 400
    assert response.json() == {"errors": {"q": "10008 characters; at most 200"}}


def test_it_searches_in_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    for day in range(1, 11):
        reported(
            f"Entretien numéro {day}",
            f"Vladimir Poutine a reçu le ministre numéro {day} à Genève.",
            participants=("Vladimir Putin", f"Ministre {day}"),
            place=make_place("Geneva"),
            date=date(2023, 3, day),
        )
    with django_assert_max_num_queries(6):
        response = client.get("/api/events", {"q": "Putin Geneva"})
    assert response.json()["count"] == 10
    with django_assert_max_num_queries(6):
        page = client.get("/", {"q": "putin geneve"}, headers=HTMX).content.decode()
    assert len(listed(page)) == 10


def test_it_finds_an_event_by_what_an_editor_changed(client, meetings):
    editor = make_editor()
    event = Event.objects.get(title="Pourparlers sur le désarmement")
    editing.edit_event(
        event=event,
        user=editor,
        values={"title": "Négociations nucléaires", "participants": ["Vladimir Putin"]},
    )
    assert "Négociations nucléaires" in found(client, "negociations nucleaires")
    assert "Négociations nucléaires" in found(client, "Poutine")
    assert found(client, "désarmement") == set()
    editing.edit_event(event=event, user=editor, values={"participants": []})
    assert "Négociations nucléaires" not in found(client, "Poutine")


def test_it_finds_an_event_by_an_alias_an_editor_gave_an_actor(client):
    make_event(title="Call", participants=("Ana Ruiz",))
    assert found(client, "Anita") == set()
    actor = Actor.objects.get(name="Ana Ruiz")
    actor.aliases = {"es": ["Anita Ruiz"]}
    actor.save()
    assert found(client, "anita") == {"Call"}


def test_it_finds_a_merged_meeting_by_the_evidence_it_took_in(client, meetings):
    editor = make_editor()
    source = Event.objects.get(title="Pourparlers sur le désarmement")
    target = Event.objects.get(title="Sommet Biden – Poutine")
    regrouping = editing.merge_events(source=source, target=target, user=editor)
    assert found(client, "délégations") == {"Sommet Biden – Poutine"}
    editing.undo_regrouping(regrouping=regrouping, user=editor)
    assert found(client, "délégations") == {"Pourparlers sur le désarmement"}


def test_it_forgets_the_evidence_of_a_deleted_article(client):
    event = reported("Appel", "Xi Jinping a appelé Lula.", participants=("Xi Jinping",))
    assert found(client, "Lula") == {"Appel"}
    event.mentions.get().article.delete()
    assert found(client, "Lula") == set()


def test_it_follows_a_participant_removed_from_the_actor_side(client):
    event = make_event(title="Call", participants=("Joe Biden",))
    assert found(client, "Biden") == {"Call"}
    make_actor("Joe Biden").events.clear()
    assert found(client, "Biden") == set()
    make_actor("Joe Biden").events.add(event)
    assert found(client, "Biden") == {"Call"}


def test_it_finds_a_word_by_its_beginning(client, meetings):
    assert found(client, "Gen") >= {"Sommet Biden – Poutine", "Pourparlers sur le désarmement"}
    assert found(client, "pourparl desarm") == {"Pourparlers sur le désarmement"}


def test_it_does_not_read_a_name_across_two_parts_of_the_text(client):
    # " manchester united | states parties ": the title, then a participant
    make_event(title="Manchester United", participants=("States Parties",))
    make_event(title="Call", participants=("United States",))
    assert found(client, "United States") == {"Call"}


postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's full-text search"
)


@postgresql_only
def test_it_searches_with_full_text_on_postgresql(client, meetings):
    with CaptureQueriesContext(connection) as queries:
        assert found(client, "Genève désarm") == {"Pourparlers sur le désarmement"}
    wheres = [q["sql"].partition(" WHERE ")[2] for q in queries]
    searched = [where for where in wheres if "search_text" in where]
    assert searched
    for sql in searched:
        assert "@@ (to_tsquery('simple'::regconfig, " in sql
        # names of one word: the phrase of a longer name needs no LIKE after the index
        assert "LIKE" not in sql


@postgresql_only
def test_it_keeps_a_name_of_several_words_within_one_part_with_a_like(meetings):
    sql = str(search(Event.objects.all(), "Vladimir Poutine").query)
    assert "@@ (to_tsquery(" in sql
    assert "LIKE % vladimir putin %" in sql


@postgresql_only
def test_it_asks_postgresql_one_query_of_every_name_and_word(meetings):
    sql, params = search(Event.objects.all(), "Poutine pourparl").query.sql_with_params()
    assert "@@ (to_tsquery(" in sql
    (asked,) = [p for p in params if "<->" in str(p)]
    assert "'vladimir' <-> 'putin'" in asked
    assert "'poutine'" in asked
    assert "'pourparl':*" in asked
    assert " & " in asked


@postgresql_only
def test_it_serves_the_full_text_search_from_its_index(meetings):
    sql, params = search(Event.objects.order_by(), "Poutine").query.sql_with_params()
    with transaction.atomic(), connection.cursor() as cursor:
        # A few rows: the planner would rightly read the whole table, or walk another index.
        # Without those two plans, only an index that serves the condition is left.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "timeline_event_search_text_fts" in plan
