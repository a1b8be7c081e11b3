"""The whole path through real parts: an upload, a Celery worker process on Redis, PostgreSQL."""

import contextlib
import os
import subprocess
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from articles import services
from articles.models import Article
from config.celery import app as celery_app
from timeline.models import Event

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
# Written for the project: a Wednesday story (2024-05-15) with a held call and a planned summit.
STORY = (
    "Le président kényan William Ruto s'est entretenu mardi au téléphone avec le président "
    "français Emmanuel Macron, a indiqué l'Elysée.\n\n"
    "Les deux dirigeants doivent se retrouver le 20 juin à Nairobi pour un sommet consacré au "
    "climat.\n"
)


def _database_url():
    db = connection.settings_dict
    if connection.vendor != "postgresql":
        pytest.fail(
            "The worker test needs DATABASE_URL pointing at PostgreSQL (make test sets it)."
        )
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or "5432"
    return f"postgres://{db['USER']}@{host}:{port}/{db['NAME']}"


@contextlib.contextmanager
def _running_worker(queue, log_path):
    """A real `celery worker` process on `queue`, against the test database."""
    if not settings.CELERY_BROKER_URL.startswith("redis://"):
        pytest.fail(
            "The worker test needs CELERY_BROKER_URL pointing at Redis (make test sets it)."
        )
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        "CELERY_QUEUE": queue,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    }
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool", "solo",
             "--queues", queue, "--loglevel", "INFO", "--without-gossip", "--without-mingle"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


@contextlib.contextmanager
def _queue_of_its_own():
    # A queue of its own, so a stale message from an earlier run cannot reach this worker.
    queue = f"test-{uuid.uuid4().hex[:10]}"
    previous_queue = celery_app.conf.task_default_queue
    celery_app.conf.task_default_queue = queue
    try:
        yield queue
    finally:
        celery_app.conf.task_default_queue = previous_queue


@pytest.fixture
def worker(tmp_path):
    log_path = tmp_path / "worker.log"
    with _queue_of_its_own() as queue, _running_worker(queue, log_path) as process:
        yield process, log_path


def _wait_for_status(article_id, statuses, process, log_path, timeout=180):
    """Poll until the worker moved the article on (it first loads the language model)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        article = Article.objects.get(pk=article_id)
        if article.status in statuses:
            return article
        if process.poll() is not None:
            pytest.fail(f"the worker exited early:\n{log_path.read_text()[-3000:]}")
        time.sleep(0.5)
    pytest.fail(f"article still {article.status} after {timeout}s:\n{log_path.read_text()[-3000:]}")


def test_it_turns_an_upload_into_meetings_through_a_real_worker(worker):
    process, log_path = worker
    result = services.upload_article(
        content=STORY.encode(), filename="ruto-macron.fr.txt", language="fr",
        published_at=date(2024, 5, 15),
    )  # fmt: skip
    article = _wait_for_status(result.article.pk, {"parsed", "failed"}, process, log_path)
    assert article.status == "parsed", article.error
    events = {(e.kind, e.date_value, e.status) for e in Event.objects.all()}
    assert ("call", "2024-05-14", "held") in events
    assert ("summit", "2024-06-20", "scheduled") in events
    summit = Event.objects.get(kind="summit")
    assert {a.name for a in summit.participants.all()} >= {"William Ruto", "Emmanuel Macron"}
    assert summit.place.name == "Nairobi"
    assert [s["status"] for s in article.status_log] == ["queued", "parsing", "parsed"]


def test_it_reports_an_unreadable_file_as_failed_and_keeps_it(worker):
    process, log_path = worker
    # Readable at upload (a text file), empty when parsed.
    content = "\u200b\n\n\u2060\n".encode("utf-16")
    result = services.upload_article(content=content, filename="blank.txt", language="fr")
    article = _wait_for_status(result.article.pk, {"parsed", "failed"}, process, log_path)
    assert article.status == "failed"
    assert "The file is empty" in article.error
    with article.original.open("rb") as stored:
        assert stored.read() == content


def test_it_keeps_an_editors_corrections_when_a_real_worker_parses_the_article_again(worker):
    from django.contrib.auth import get_user_model

    from timeline import editing

    process, log_path = worker
    editor = get_user_model().objects.create_user("desk-editor")
    result = services.upload_article(
        content=STORY.encode(), filename="ruto-macron-again.fr.txt", language="fr",
        published_at=date(2024, 5, 15),
    )  # fmt: skip
    _wait_for_status(result.article.pk, {"parsed"}, process, log_path)
    summit = Event.objects.get(kind="summit")
    editing.edit_event(
        event=summit, user=editor, values={"place": "Mombasa", "participants": ["William Ruto"]}
    )
    editing.set_review(event=summit, user=editor, review=Event.Review.CONFIRMED)

    assert services.request_parse(article=Article.objects.get(pk=result.article.pk))
    article = _wait_for_status(result.article.pk, {"parsed", "failed"}, process, log_path)
    assert article.status == "parsed", article.error
    assert [s["status"] for s in article.status_log][-2:] == ["parsing", "parsed"]

    summit = Event.objects.get(kind="summit")
    assert summit.place.name == "Mombasa"
    assert [a.name for a in summit.participants.all()] == ["William Ruto"]
    assert summit.review == Event.Review.CONFIRMED
    assert summit.proposals["place"]["value"] == "Nairobi"
    assert Event.objects.count() == 2


def test_it_parses_an_article_whose_message_was_lost_once_the_sweep_runs(tmp_path):
    from django.utils import timezone

    log_path = tmp_path / "worker.log"
    with _queue_of_its_own() as queue:
        result = services.upload_article(
            content=STORY.encode(), filename="lost-message.fr.txt", language="fr",
            published_at=date(2024, 5, 15),
        )  # fmt: skip
        # The broker loses the message before any worker takes it.
        with celery_app.connection_for_write() as connection:
            assert connection.default_channel.queue_purge(queue) == 1
        stranded_since = timezone.now() - timedelta(seconds=settings.STRANDED_AFTER + 1)
        Article.objects.filter(pk=result.article.pk).update(updated_at=stranded_since)
        with _running_worker(queue, log_path) as process:
            assert services.sweep_stranded() == {"queued": [result.article.pk], "failed": []}
            article = _wait_for_status(result.article.pk, {"parsed", "failed"}, process, log_path)
    assert article.status == "parsed", article.error
    assert [s["status"] for s in article.status_log] == ["queued", "queued", "parsing", "parsed"]
    assert Event.objects.filter(kind="summit", date=date(2024, 6, 20)).exists()
