"""The permalink's description, its schema.org Event and the language of its title."""

import json
import re
from datetime import date

import pytest

from tests.factories import make_actor, make_article, make_event, make_place
from timeline import sharing
from timeline.models import Actor, Event, Mention

pytestmark = pytest.mark.django_db


def _call(**fields):
    fields.setdefault("participants", ("Joe Biden", "Vladimir Putin"))
    fields.setdefault("title", "Appel Biden – Poutine")
    fields.setdefault("date", date(2021, 12, 30))
    return make_event(**fields)


def test_it_describes_a_held_call_with_its_parties_and_day():
    assert sharing.describe(_call()) == (
        "Phone call between Joe Biden and Vladimir Putin, held on December 30, 2021."
    )


def test_it_describes_a_scheduled_summit_with_its_place_and_month():
    summit = _call(
        kind=Event.Kind.SUMMIT,
        status=Event.Status.SCHEDULED,
        date=date(2022, 6, 1),
        precision=Event.Precision.MONTH,
        place=make_place("Madrid"),
    )
    assert sharing.describe(summit) == (
        "Summit between Joe Biden and Vladimir Putin in Madrid, scheduled for June 2022."
    )


def test_it_describes_a_cancelled_meeting_and_a_postponed_one():
    cancelled = _call(kind=Event.Kind.MEETING, status=Event.Status.CANCELLED)
    assert sharing.describe(cancelled) == (
        "Meeting between Joe Biden and Vladimir Putin, planned for December 30, 2021 and cancelled."
    )
    new = _call(kind=Event.Kind.MEETING, status=Event.Status.SCHEDULED, date=date(2022, 1, 12))
    cancelled.rescheduled_to = new
    cancelled.save()
    assert sharing.describe(cancelled).endswith(
        "planned for December 30, 2021 and postponed to January 12, 2022."
    )


def test_it_describes_a_visit_over_several_days_in_a_year_or_with_one_party():
    visit = _call(
        kind=Event.Kind.VISIT, participants=("Emmanuel Macron",), end_date=date(2022, 1, 2)
    )
    assert sharing.describe(visit) == (
        "Visit with Emmanuel Macron, held from December 30, 2021 to January 2, 2022."
    )
    vague = _call(precision=Event.Precision.YEAR, participants=())
    assert sharing.describe(vague) == "Phone call, held in 2021."


def test_it_names_the_first_few_parties_of_a_large_summit():
    assert sharing.names_phrase(["A", "B", "C", "D", "E", "F"]) == "A, B, C, D and 2 others"
    assert sharing.names_phrase(["A", "B", "C", "D", "E"]) == "A, B, C, D and 1 other"
    assert sharing.names_phrase(["A", "B", "C"]) == "A, B and C"


def test_it_takes_the_title_language_from_the_article_the_title_came_from():
    french = make_article(text="Un appel.\n", language="fr", published_at=date(2024, 1, 1))
    english = make_article(text="A call.\n", language="en", published_at=date(2024, 2, 1))
    event = _call(article=french)
    Mention.objects.create(event=event, article=english, evidence="They spoke.", start=0, end=11)
    assert sharing.title_language(event) == "fr"  # no provenance: the first article's
    event.provenance = {"title": {"by": "engine", "article": english.pk}}
    assert sharing.title_language(event) == "en"
    assert sharing.title_language(_call()) == ""


def test_it_builds_a_schema_org_event_at_the_stored_precision():
    place = make_place("Geneva")
    make_actor("Russia", type=Actor.Type.COUNTRY)
    make_actor("NATO", type=Actor.Type.ORGANIZATION)
    event = _call(
        participants=("NATO", "Russia"),
        date=date(2022, 1, 1),
        precision=Event.Precision.MONTH,
        place=place,
        article=make_article(language="fr"),
    )
    data = sharing.json_ld(
        event, url="https://x.test/e/", description="D.", actor_url=lambda a: f"/a/{a.slug}/"
    )
    assert data["@type"] == "Event"
    assert data["startDate"] == "2022-01"
    assert "endDate" not in data
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"] == {"@type": "Place", "name": "Geneva"}
    assert data["inLanguage"] == "fr"
    assert [(a["@type"], a["name"]) for a in data["attendee"]] == [
        ("Organization", "NATO"),
        ("Country", "Russia"),
    ]


def test_it_marks_cancelled_and_postponed_meetings_for_search_engines():
    new = _call(status=Event.Status.SCHEDULED, date=date(2022, 2, 1))
    cancelled = _call(status=Event.Status.CANCELLED)
    postponed = _call(status=Event.Status.CANCELLED, rescheduled_to=new)
    assert sharing.schema_status(cancelled) == "https://schema.org/EventCancelled"
    assert sharing.schema_status(postponed) == "https://schema.org/EventPostponed"
    assert sharing.schema_status(new) == "https://schema.org/EventScheduled"


def _json_ld_of(page):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_it_puts_the_description_and_json_ld_on_the_permalink(client):
    event = _call(article=make_article(language="fr"), place=make_place("Geneva"))
    page = client.get(event.get_absolute_url()).content.decode()
    sentence = (
        "Phone call between Joe Biden and Vladimir Putin in Geneva, held on December 30, 2021."
    )
    for tag in ('name="description"', 'property="og:description"', 'name="twitter:description"'):
        assert f'<meta {tag} content="{sentence}">' in page
    data = _json_ld_of(page)
    assert data["name"] == "Appel Biden – Poutine"
    assert data["url"] == f"http://testserver{event.get_absolute_url()}"
    assert data["description"] == sentence
    assert data["startDate"] == "2021-12-30"


def test_it_keeps_a_hostile_title_inside_the_json_ld_block(client):
    event = _call(title="</script><script>alert(1)</script> & co")
    page = client.get(event.get_absolute_url()).content.decode()
    assert "</script><script>alert(1)" not in page
    assert _json_ld_of(page)["name"] == "</script><script>alert(1)</script> & co"


def test_it_marks_the_title_and_quotes_with_their_language_and_the_page_with_the_site_s(client):
    event = _call(article=make_article(language="fr"))
    page = client.get(event.get_absolute_url()).content.decode()
    assert '<html lang="en">' in page
    assert '<h1 lang="fr">Appel Biden – Poutine</h1>' in page
    assert re.search(r'<blockquote id="evidence-\d+" lang="fr">', page)
