"""Faults against real parts: Celery worker processes on Redis, PostgreSQL behind a relay the
test can take down. Whatever fails, every article ends parsed (or failed with a reason),
exactly once, with the rows a run without the fault records.

Already covered elsewhere: a message lost from Redis (tests/integration/test_worker.py), two
recordings of one meeting at once (tests/timeline/test_services.py)."""

import os
import re
import socket
import subprocess
import sys
import time
from datetime import date, timedelta

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

from articles import services
from articles.models import Article
from config.celery import app as celery_app
from tests.integration import realworld
from timeline.models import Actor, Event, EventChange, Place, Regrouping

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

# Written for the project (as in test_worker.py): a call held on Tuesday 14 May 2024 and a
# summit planned in Nairobi on 20 June.
STORY = (
    "Le président kényan William Ruto s'est entretenu mardi au téléphone avec le président "
    "français Emmanuel Macron, a indiqué l'Elysée.\n\n"
    "Les deux dirigeants doivent se retrouver le 20 juin à Nairobi pour un sommet consacré au "
    "climat.\n"
)
# The same story over and over: about 100 KB, a parse of several seconds, long enough to be
# caught in the middle by a test polling every tenth of a second.
LONG_STORY = "\n".join([STORY] * 400)
# The demo article `make run` loads: a first parse, so that the language model is loaded.
GENEVA = (realworld.ROOT / "articles/demo/demo-2024-03-14-geneve.fr.txt").read_text()

# Written for these tests: six items about the same three meetings (the Ruto-Macron call of
# 14 May, their Nairobi summit of 20 June, Scholz's visit to Paris on 3 June), in two languages.
OVERLAPPING = [
    ("call-and-summit.fr.txt", "fr", date(2024, 5, 15), STORY),
    ("call-and-summit.en.txt", "en", date(2024, 5, 15),
     "Kenyan President William Ruto spoke by telephone with French President Emmanuel Macron "
     "on Tuesday, the Elysee said.\n\n"
     "The two leaders are due to meet in Nairobi on June 20 for a summit on climate.\n"),
    ("summit-and-visit.fr.txt", "fr", date(2024, 5, 16),
     "Emmanuel Macron et William Ruto se retrouveront le 20 juin à Nairobi pour un sommet sur "
     "le climat, a confirmé jeudi la présidence kényane.\n\n"
     "Le président français recevra par ailleurs le chancelier allemand Olaf Scholz le 3 juin à "
     "Paris.\n"),
    ("visit-and-summit.en.txt", "en", date(2024, 5, 17),
     "French President Emmanuel Macron will host German Chancellor Olaf Scholz in Paris on "
     "June 3, a government spokesman said on Friday.\n\n"
     "Macron is also expected in Nairobi on June 20 for the climate summit with Kenyan "
     "President William Ruto.\n"),
    ("visit.fr.txt", "fr", date(2024, 5, 17),
     "Le chancelier allemand Olaf Scholz sera reçu le 3 juin à Paris par le président Emmanuel "
     "Macron, a annoncé vendredi l'Elysée.\n"),
    ("call.en.txt", "en", date(2024, 5, 16),
     "William Ruto and Emmanuel Macron held a telephone call on Tuesday, their offices said on "
     "Thursday.\n"),
]  # fmt: skip


def _direct_database_url():
    if connection.vendor != "postgresql":
        pytest.fail("The fault tests need DATABASE_URL pointing at PostgreSQL (make test sets it).")
    # The test database pytest-django created (test_<name>), which this process uses too.
    return realworld.database_url(connection.settings_dict)


@pytest.fixture
def queue():
    if not settings.CELERY_BROKER_URL.startswith("redis://"):
        pytest.fail("The fault tests need CELERY_BROKER_URL pointing at Redis (make test sets it).")
    # A queue of its own, so a stale message from an earlier run cannot reach these workers.
    name = realworld.new_queue_name("faults")
    previous = celery_app.conf.task_default_queue
    celery_app.conf.task_default_queue = name
    yield name
    celery_app.conf.task_default_queue = previous
    with celery_app.connection_for_write() as broker:
        broker.default_channel.queue_delete(name)


@pytest.fixture
def start_worker(tmp_path, queue):
    """Start a real worker on the test's queue; every worker started is stopped at the end."""
    started = []

    def start(name, *, database_url=None, env=None):
        log_path = tmp_path / f"{name}.log"
        process = realworld.start_worker(
            queue=queue, log_path=log_path, database_url=database_url or _direct_database_url(),
            broker_url=settings.CELERY_BROKER_URL, media_root=settings.MEDIA_ROOT, env=env,
            name=name,
        )  # fmt: skip
        process.log_path = log_path
        started.append(process)
        return process

    yield start
    for process in started:
        realworld.stop_worker(process)


def _log(process):
    return process.log_path.read_text()


def _wait(condition, what, processes, timeout=120):
    """Poll the real processes until `condition()` is true, failing with their logs."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := condition():
            return value
        for process in processes:
            if process.poll() is not None:
                pytest.fail(f"worker {process.pid} exited early:\n{_log(process)[-3000:]}")
        time.sleep(0.1)
    logs = "\n".join(_log(p)[-2000:] for p in processes)
    pytest.fail(f"still waiting after {timeout}s for {what}:\n{logs}")


def _status_of(article_id, statuses):
    article = Article.objects.get(pk=article_id)
    return article if article.status in statuses else None


def _statuses(article):
    return [entry["status"] for entry in article.status_log]


def _succeeded_tasks(process):
    return len(re.findall(r"Task articles\.tasks\.parse_article\[\S+\] succeeded", _log(process)))


def _upload(content, filename, language="fr", published_at=date(2024, 5, 15)):
    return services.upload_article(
        content=content.encode(), filename=filename, language=language, published_at=published_at
    ).article.pk


def _past_every_deadline():
    """A moment at which any article still queued or parsing is stranded: time for the sweep
    is given, never slept."""
    wait = max(settings.STRANDED_AFTER, settings.CELERY_TASK_TIME_LIMIT + 30)
    return timezone.now() + timedelta(seconds=wait + 1)


def test_it_parses_exactly_once_an_article_whose_whole_worker_was_killed_mid_parse(
    start_worker,
):
    worker = start_worker("doomed")
    # A first article loads the language model, so that the long one is caught extracting.
    warm_up = _upload(GENEVA, "warm-up.fr.txt", published_at=date(2024, 3, 14))
    _wait(lambda: _status_of(warm_up, {"parsed"}), "the warm-up article", [worker])
    article_id = _upload(LONG_STORY, "long-story.fr.txt")
    _wait(lambda: _status_of(article_id, {"parsing"}), "the parse to start", [worker])

    realworld.kill_whole_worker(worker)  # kill -9 of the main process and its pool child

    article = Article.objects.get(pk=article_id)
    assert (article.status, article.attempts) == ("parsing", 1)
    assert not article.mentions.exists()
    # Not before its deadline: the parse might still be running somewhere.
    assert services.sweep_stranded() == {"queued": [], "failed": []}
    assert services.sweep_stranded(now=_past_every_deadline()) == {
        "queued": [article_id],
        "failed": [],
    }
    # As if Redis also handed the killed worker's message on: a second task for the article.
    assert services.send_parse(article_id)

    fresh = start_worker("fresh")
    article = _wait(lambda: _status_of(article_id, {"parsed", "failed"}), "the parse", [fresh])
    _wait(lambda: _succeeded_tasks(fresh) == 2, "the duplicate task", [fresh])
    article.refresh_from_db()
    assert article.status == "parsed", article.error
    assert _statuses(article) == ["queued", "parsing", "queued", "parsing", "parsed"]
    assert article.attempts == 2
    # One set of rows: the call and the summit once each, every copy of the story a mention.
    events = Event.objects.filter(mentions__article=article).distinct()
    assert sorted((e.kind, e.date_value, e.status) for e in events) == [
        ("call", "2024-05-14", "held"),
        ("summit", "2024-06-20", "scheduled"),
    ]
    for event in events:
        spans = list(event.mentions.filter(article=article).values_list("start", flat=True))
        assert len(spans) == len(set(spans)) == 400
        assert EventChange.objects.filter(event=event, field="created").count() == 1


def _closed_port():
    # A port nothing listens on: bound, then released.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_it_stores_an_upload_while_the_broker_is_down_and_parses_it_once_it_is_back(
    tmp_path, start_worker
):
    story = tmp_path / "broker-down.fr.txt"
    story.write_text(STORY)
    # `manage.py ingest` as an editor runs it, its broker a port where no Redis answers.
    env = {
        **os.environ,
        "DATABASE_URL": _direct_database_url(),
        "CELERY_BROKER_URL": f"redis://127.0.0.1:{_closed_port()}/0",
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    }
    command = [sys.executable, "manage.py", "ingest", str(story), "--language", "fr",
               "--published", "2024-05-15"]  # fmt: skip
    ingest = subprocess.run(
        command, cwd=realworld.ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert ingest.returncode == 0, ingest.stderr
    assert "the broker is unreachable, it will be queued automatically" in ingest.stdout
    assert "Traceback" not in ingest.stderr
    article = Article.objects.get()
    assert (article.status, article.attempts) == ("queued", 0)
    with article.original.open("rb") as stored:
        assert stored.read() == STORY.encode()

    # The broker is back (this process's Redis): the sweep sends it, a real worker parses it.
    worker = start_worker("after-outage")
    assert services.sweep_stranded(now=_past_every_deadline()) == {
        "queued": [article.pk],
        "failed": [],
    }
    article = _wait(lambda: _status_of(article.pk, {"parsed", "failed"}), "the parse", [worker])
    assert article.status == "parsed", article.error
    assert _statuses(article) == ["queued", "queued", "parsing", "parsed"]
    events = Event.objects.filter(mentions__article=article).distinct()
    assert sorted((e.kind, e.date_value, e.status) for e in events) == [
        ("call", "2024-05-14", "held"),
        ("summit", "2024-06-20", "scheduled"),
    ]


@pytest.fixture
def relay():
    db = connection.settings_dict
    relay = realworld.DatabaseRelay(db.get("HOST") or "127.0.0.1", db.get("PORT") or 5432)
    yield relay
    relay.close()


def test_it_parses_the_articles_the_database_dropped_past_the_retry_budget(start_worker, relay):
    worker = start_worker(
        "cut-off",
        database_url=realworld.database_url(connection.settings_dict, relay_port=relay.port),
        # Two retries, 0-2 s then 0-4 s apart: the outage below outlasts them.
        env={"PARSE_MAX_RETRIES": "2"},
    )
    warm_up = _upload(GENEVA, "warm-up.fr.txt", published_at=date(2024, 3, 14))
    _wait(lambda: _status_of(warm_up, {"parsed"}), "the warm-up article", [worker])
    mid_parse = _upload(LONG_STORY, "long-story.fr.txt")
    _wait(lambda: _status_of(mid_parse, {"parsing"}), "the parse to start", [worker])

    relay.down()  # the database goes away mid-parse...
    at_pickup = _upload(STORY, "while-down.fr.txt")  # ...and before this one is taken
    for article_id in (mid_parse, at_pickup):
        _wait(
            lambda a=article_id: f"could not record the failure of article {a}" in _log(worker),
            f"article {article_id} to run out of retries",
            [worker],
        )
    relay.up()

    # Neither could be recorded as failed: they stand where the outage left them...
    stranded = {a.pk: (a.status, a.attempts) for a in Article.objects.exclude(pk=warm_up)}
    assert stranded == {mid_parse: ("parsing", 1), at_pickup: ("queued", 0)}
    # ...until the sweep, once their deadline is past, queues them again.
    outcome = services.sweep_stranded(now=_past_every_deadline())
    assert sorted(outcome["queued"]) == sorted([mid_parse, at_pickup])

    for article_id, content in ((mid_parse, LONG_STORY), (at_pickup, STORY)):
        article = _wait(lambda a=article_id: _status_of(a, {"parsed", "failed"}), "parse", [worker])
        assert article.status == "parsed", article.error
        assert _statuses(article)[-2:] == ["parsing", "parsed"]
        with article.original.open("rb") as stored:
            assert stored.read() == content.encode()
    events = Event.objects.filter(mentions__article__in=[mid_parse, at_pickup]).distinct()
    assert sorted((e.kind, e.date_value) for e in events) == [
        ("call", "2024-05-14"),
        ("summit", "2024-06-20"),
    ]


def _wipe_timeline():
    Article.objects.all().delete()
    EventChange.objects.all().delete()
    Regrouping.objects.all().delete()
    Event.objects.all().delete()
    Actor.objects.all().delete()
    Place.objects.all().delete()


def test_it_records_the_same_rows_when_two_workers_parse_overlapping_articles_at_once(
    start_worker, monkeypatch
):
    # The shipped gazetteer in the tables, as `make run` and production have it.
    call_command("sync_gazetteer", verbosity=0)
    workers = [start_worker("left"), start_worker("right")]
    for worker in workers:
        realworld.wait_until_ready(worker, worker.log_path)
    with transaction.atomic():  # the six messages go at once, at commit
        ids = [_upload(text, name, lang, day) for name, lang, day, text in OVERLAPPING]
    _wait(
        lambda: Article.objects.filter(pk__in=ids, status__in=["parsed", "failed"]).count() == 6,
        "the six articles",
        workers,
    )
    assert all(_succeeded_tasks(worker) >= 1 for worker in workers), "one worker did it all"
    assert not any("IntegrityError" in _log(worker) for worker in workers)
    articles = Article.objects.filter(pk__in=ids)
    assert {(a.original_name, a.status) for a in articles} == {
        (name, "parsed") for name, *_ in OVERLAPPING
    }
    assert all(_statuses(a) == ["queued", "parsing", "parsed"] for a in articles)
    two_workers = realworld.timeline_rows()
    # The order in which they were recorded (recording is serialized by a lock).
    order = [a.original_name for a in sorted(articles, key=lambda a: a.status_log[-1]["at"])]

    # One worker doing them in turn, in that order, from an empty timeline.
    for worker in workers:
        realworld.stop_worker(worker)
    _wipe_timeline()
    call_command("sync_gazetteer", verbosity=0)
    monkeypatch.setattr(services, "send_parse", lambda article_id: True)
    # Uploaded in the same order (the earliest article names a meeting), parsed in theirs.
    ids = {name: _upload(text, name, lang, day) for name, lang, day, text in OVERLAPPING}
    for name in order:
        services.parse_article(article_id=ids[name])
    assert realworld.timeline_rows() == two_workers
    # Three meetings, each reported by several articles.
    assert [(row[0], row[1]) for row in two_workers["events"]] == [
        ("call", "2024-05-14"),
        ("meeting", "2024-06-03"),
        ("summit", "2024-06-20"),
    ]
