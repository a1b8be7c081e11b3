"""No article is stranded: the sweep queues again what a lost message or a killed worker left
behind, and "Parse again" accepts it. Time is controlled: the sweep is given its `now`."""

from datetime import timedelta

import pytest
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerUnreachable

from articles import services
from articles.models import Article
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def aged(article, seconds, status=None):
    """The article as it stands `seconds` after its last move."""
    fields = {"updated_at": timezone.now() - timedelta(seconds=seconds)}
    if status:
        fields["status"] = status
    Article.objects.filter(pk=article.pk).update(**fields)
    article.refresh_from_db()
    return article


def test_it_queues_again_an_article_whose_message_was_lost(settings):
    settings.STRANDED_AFTER = 300
    article = aged(make_article(text="Un article resté en file.\n"), 301)
    outcome = services.sweep_stranded()
    article.refresh_from_db()
    assert outcome == {"queued": [article.pk], "failed": []}
    assert article.status == "queued"
    assert article.status_log[-1]["note"] == "stranded queued: queued again"
    assert article.updated_at > timezone.now() - timedelta(seconds=60)


def test_it_leaves_alone_an_article_queued_a_moment_ago(settings):
    settings.STRANDED_AFTER = 300
    aged(make_article(text="Un article tout juste déposé.\n"), 30)
    assert services.sweep_stranded() == {"queued": [], "failed": []}


def test_it_gives_a_parsing_article_the_whole_time_limit_before_taking_it_again(settings):
    settings.STRANDED_AFTER = 60
    settings.CELERY_TASK_TIME_LIMIT = 300
    article = aged(make_article(text="Un long article en cours.\n"), 200, status="parsing")
    assert services.sweep_stranded() == {"queued": [], "failed": []}
    aged(article, 331)
    assert services.sweep_stranded()["queued"] == [article.pk]


def test_it_fails_with_a_reason_an_article_whose_parse_never_finishes(settings):
    settings.PARSE_MAX_ATTEMPTS = 3
    article = make_article(text="Un article qui fait tomber le worker.\n")
    Article.objects.filter(pk=article.pk).update(attempts=3)
    aged(article, 10_000, status="parsing")
    outcome = services.sweep_stranded()
    article.refresh_from_db()
    assert outcome["failed"] == [article.pk]
    assert article.status == "failed"
    assert "never finished in 3 attempts" in article.error


def test_it_lets_an_editor_parse_a_stranded_article_again():
    article = make_article(text="Un article bloqué.\n")
    assert not services.request_parse(article=article)  # just queued: not stranded yet
    aged(article, 10_000, status="parsing")
    assert services.request_parse(article=article)
    article.refresh_from_db()
    assert (article.status, article.attempts) == ("queued", 0)


# Committed for real, as an upload outside any transaction is: the message goes at commit.
@pytest.mark.django_db(transaction=True)
def test_it_stores_an_upload_when_the_broker_is_down_and_says_so(monkeypatch):
    from articles.tasks import parse_article

    def broker_down(*args, **kwargs):
        raise BrokerUnreachable("Error 111 connecting to 127.0.0.1:6399. Connection refused.")

    monkeypatch.setattr(parse_article, "apply_async", broker_down)
    result = services.upload_article(
        content="Un article déposé pendant une panne.\n".encode(), filename="panne.txt"
    )
    assert result.created and not result.sent
    article = Article.objects.get(pk=result.article.pk)
    assert article.status == "queued"
    with article.original.open("rb") as stored:
        assert stored.read().startswith(b"Un article")


def test_it_sends_no_time_limit_in_the_message_so_the_worker_applies_its_own(
    monkeypatch, django_capture_on_commit_callbacks
):
    from articles.tasks import parse_article

    sent = []
    monkeypatch.setattr(parse_article, "apply_async", lambda *a, **kw: sent.append(kw))
    with django_capture_on_commit_callbacks(execute=True):
        services.upload_article(content=b"Un article.\n", filename="limites.txt")
    assert sent == [{"time_limit": None, "soft_time_limit": None}]
