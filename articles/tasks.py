import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import InterfaceError, OperationalError
from kombu.exceptions import OperationalError as BrokerUnreachable

from articles import services

logger = logging.getLogger(__name__)

# Errors that say "try again later", not "this article is bad".
TRANSIENT_ERRORS = (OperationalError, InterfaceError, BrokerUnreachable, ConnectionError)


@shared_task(
    bind=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=2,
    retry_backoff_max=120,
    retry_jitter=True,
    max_retries=settings.PARSE_MAX_RETRIES,
)
def parse_article(self, article_id):
    try:
        services.parse_article(article_id=article_id)
    except TRANSIENT_ERRORS:
        if self.request.retries >= self.max_retries:
            _fail_quietly(
                article_id,
                "The database or the message broker stayed unreachable while parsing. "
                "Parse the article again once they are back.",
            )
        raise
    except SoftTimeLimitExceeded:
        _fail_quietly(
            article_id,
            f"Parsing took longer than {settings.CELERY_TASK_SOFT_TIME_LIMIT} seconds and was "
            "stopped. Split very long files into single articles, then parse again.",
        )
    except Exception as error:
        logger.exception("parse_article(%s) failed", article_id)
        _fail_quietly(
            article_id,
            f"The extractor stopped on this text ({type(error).__name__}: {error}). The "
            "original file is kept; parse it again once the problem is fixed.",
        )


def _fail_quietly(article_id, reason):
    try:
        services.mark_failed(article_id=article_id, reason=reason[:2000])
    except TRANSIENT_ERRORS:
        logger.exception("could not record the failure of article %s", article_id)


@shared_task
def sweep_stranded():
    """Run by Celery beat every minute (settings.CELERY_BEAT_SCHEDULE)."""
    outcome = services.sweep_stranded()
    if outcome["queued"] or outcome["failed"]:
        logger.info("stranded articles: queued again %s, failed %s", *outcome.values())
