from datetime import date

import pytest

from tests.factories import extracted, make_actor, make_article
from timeline import services
from timeline.models import Actor, Event, Mention

pytestmark = pytest.mark.django_db


def test_it_reads_contract_dates_at_their_precision():
    assert services.parse_date_value("2022-01-10") == (date(2022, 1, 10), "day")
    assert services.parse_date_value("2021-12") == (date(2021, 12, 1), "month")
    assert services.parse_date_value("2020") == (date(2020, 1, 1), "year")
    with pytest.raises(ValueError):
        services.parse_date_value("10/01/2022")


def test_it_merges_the_same_meeting_reported_by_two_articles():
    first = make_article(text="Premier article sur l'appel.", published_at=date(2024, 3, 14))
    second = make_article(text="Second article sur l'appel.", published_at=date(2024, 3, 15))
    services.replace_article_events(article=first, events=[extracted()])
    services.replace_article_events(article=second, events=[extracted(confidence=0.9)])
    event = Event.objects.get()
    assert event.mentions.count() == 2
    assert event.confidence == 0.9


def test_it_keeps_different_meetings_on_the_same_day_apart():
    article = make_article(text="Deux appels le même jour.")
    other = extracted(
        participants=[{"name": "Emmanuel Macron", "type": "person"},
                      {"name": "Xi Jinping", "type": "person"}],
    )  # fmt: skip
    services.replace_article_events(article=article, events=[extracted(), other])
    assert Event.objects.count() == 2


def test_it_lets_the_newest_article_say_whether_a_meeting_took_place():
    before = make_article(text="Annonce d'une rencontre.", published_at=date(2024, 3, 10))
    after = make_article(text="Compte rendu de la rencontre.", published_at=date(2024, 3, 15))
    services.replace_article_events(article=before, events=[extracted(status="scheduled")])
    services.replace_article_events(article=after, events=[extracted(status="held")])
    assert Event.objects.get().status == "held"


def test_it_links_a_postponed_meeting_to_its_new_date():
    article = make_article(text="Un sommet reporté.")
    services.replace_article_events(
        article=article,
        events=[
            extracted(kind="summit", status="cancelled", rescheduled_to=1),
            extracted(kind="summit", status="scheduled", date="2024-06"),
        ],
    )
    old = Event.objects.get(status="cancelled")
    assert old.rescheduled_to == Event.objects.get(status="scheduled")
    assert old.rescheduled_to.date_value == "2024-06"


def test_it_removes_meetings_an_article_no_longer_reports_unless_confirmed():
    article = make_article(text="Un article relu.")
    services.replace_article_events(article=article, events=[extracted(), extracted(kind="summit")])
    Event.objects.filter(kind="summit").update(review=Event.Review.CONFIRMED)
    services.replace_article_events(article=article, events=[])
    assert list(Event.objects.values_list("kind", flat=True)) == ["summit"]
    assert Mention.objects.count() == 0


def test_it_creates_known_actors_with_their_gazetteer_names():
    article = make_article(text="Un appel.")
    services.replace_article_events(
        article=article,
        events=[extracted(participants=[{"name": "Russia", "type": "country"},
                                        {"name": "NATO", "type": "organization"}])],
    )  # fmt: skip
    russia = Actor.objects.get(name="Russia")
    assert russia.type == "country"
    assert "Russie" in russia.aliases["fr"]


def test_it_lets_editors_add_names_the_extractor_then_recognises():
    make_actor(
        "Ngozi Okonjo-Iweala",
        type=Actor.Type.PERSON,
        aliases={"fr": ["Ngozi Okonjo-Iweala"], "en": ["Ngozi Okonjo-Iweala"]},
    )
    actors, _ = services.gazetteer_records()
    names = {record["name"] for record in actors}
    assert "Ngozi Okonjo-Iweala" in names and "Vladimir Putin" in names


def test_it_adds_the_shipped_gazetteer_to_the_tables_once():
    added, places = services.sync_gazetteer_from_file()
    assert added > 100 and places > 100
    assert services.sync_gazetteer_from_file() == (0, 0)


def test_it_recognises_an_actor_entered_with_its_name_only():
    make_actor("Amina Mohammed-Diallo", type=Actor.Type.PERSON)
    actors, _ = services.gazetteer_records()
    record = next(r for r in actors if r["name"] == "Amina Mohammed-Diallo")
    assert record["aliases"]["fr"] == ["Amina Mohammed-Diallo"]


def test_it_keeps_apart_two_meetings_one_article_tells_apart():
    article = make_article(text="Deux entretiens du même ministre le même jour.")
    with_kyiv = extracted(
        kind="meeting",
        participants=[{"name": "Antony Blinken", "type": "person"},
                      {"name": "United States", "type": "country"},
                      {"name": "Ukraine", "type": "country"}],
    )  # fmt: skip
    with_europeans = extracted(
        kind="meeting",
        participants=[{"name": "Antony Blinken", "type": "person"},
                      {"name": "United States", "type": "country"},
                      {"name": "France", "type": "country"}],
    )  # fmt: skip
    services.replace_article_events(article=article, events=[with_kyiv, with_europeans])
    assert Event.objects.count() == 2
    services.replace_article_events(article=article, events=[with_kyiv, with_europeans])
    assert Event.objects.count() == 2


def _someone_waits_for_an_advisory_lock():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
        return cursor.fetchone()[0] > 0


@pytest.mark.django_db(transaction=True)
def test_it_records_one_event_when_two_workers_record_the_same_meeting_at_once(monkeypatch):
    import threading

    from django.db import connection, transaction

    from articles import services as article_services

    # Committed uploads would queue their parse on the broker, left there for no worker.
    monkeypatch.setattr(article_services, "send_parse", lambda article_id: True)
    first = make_article(text="Un premier récit de l'appel.", published_at=date(2024, 3, 14))
    second = make_article(text="Un second récit de l'appel.", published_at=date(2024, 3, 14))
    first_recorded, first_may_commit = threading.Event(), threading.Event()
    errors = []

    def record(article, before_commit=None):
        try:
            with transaction.atomic():
                services.replace_article_events(article=article, events=[extracted()])
                if before_commit:
                    before_commit()
        except Exception as error:  # reported to the test's thread below
            errors.append(error)
        finally:
            connection.close()

    def hold_until_allowed():
        first_recorded.set()
        first_may_commit.wait(timeout=30)

    worker_one = threading.Thread(target=record, args=(first, hold_until_allowed))
    worker_two = threading.Thread(target=record, args=(second,))
    worker_one.start()
    first_recorded.wait(timeout=30)
    # The second worker records while the first has not committed yet: it either finishes
    # (and, unserialized, makes a second event) or waits for the first one's lock.
    worker_two.start()
    while worker_two.is_alive() and not _someone_waits_for_an_advisory_lock():
        worker_two.join(0.05)
    first_may_commit.set()
    worker_one.join()
    worker_two.join()
    assert errors == []
    assert Event.objects.count() == 1
    assert Event.objects.get().mentions.count() == 2


def test_it_cuts_a_participant_name_longer_than_any_name_instead_of_failing_the_parse():
    article = make_article(text="Un article au nom interminable.")
    very_long = "Jean " + "de la Fontaine " * 30
    [event] = services.replace_article_events(
        article=article,
        events=[extracted(participants=[{"name": very_long, "type": "person"}])],
    )
    [actor] = event.participants.all()
    assert len(actor.name) == 200 and actor.name.startswith("Jean de la Fontaine")
