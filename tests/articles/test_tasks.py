import pytest
from django.db import OperationalError

from articles import services, tasks
from articles.models import Article
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_it_retries_while_the_database_is_unreachable_then_says_so(monkeypatch):
    article = make_article(text="Un texte pour tester les reprises.")
    calls = []

    def unreachable(*, article_id):
        calls.append(article_id)
        raise OperationalError("connection refused")

    monkeypatch.setattr(services, "parse_article", unreachable)
    # Eager apply runs the retries inline, without their back-off delays.
    tasks.parse_article.apply(args=[article.pk])
    assert len(calls) == 1 + tasks.parse_article.max_retries
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "stayed unreachable" in article.error


def test_it_records_an_unexpected_error_as_a_failure_an_editor_can_act_on(monkeypatch):
    article = make_article(text="Un texte pour tester les erreurs.")

    def broken(*, article_id):
        raise ValueError("unexpected token")

    monkeypatch.setattr(services, "parse_article", broken)
    tasks.parse_article.apply(args=[article.pk])
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "ValueError: unexpected token" in article.error
    assert "parse it again" in article.error
