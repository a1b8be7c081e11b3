"""Everything that writes an Article: upload, queueing, parsing. Views, admin, commands and
tasks call these functions and nothing else."""

import hashlib
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import get_valid_filename

from articles.ingest import IngestError, clean_article
from articles.models import Article

logger = logging.getLogger(__name__)


class UploadRejected(Exception):
    """The upload is refused before anything is stored; the message says why."""


@dataclass(frozen=True)
class UploadResult:
    article: Article
    created: bool

    @property
    def outcome(self):
        return "new" if self.created else "duplicate"


def sha256_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _log_status(article, status, note=""):
    article.status = status
    article.status_log = [
        *article.status_log,
        {"status": status, "at": timezone.now().isoformat(), "note": note},
    ]


def upload_article(
    *, content: bytes, filename: str, language: str = "", published_at: date | None = None
) -> UploadResult:
    """Store the file as received and queue its parse; the same bytes twice are one article."""
    if len(content) > settings.ARTICLE_MAX_BYTES:
        raise UploadRejected(
            f"{filename} is {len(content) // 1024} KB; articles are limited to "
            f"{settings.ARTICLE_MAX_BYTES // 1024} KB. Upload the article text alone."
        )
    if language and language not in Article.Language.values:
        raise UploadRejected(f"Unknown language {language!r}: use fr or en, or leave it blank.")
    digest = sha256_of(content)
    existing = Article.objects.filter(sha256=digest).first()
    if existing:
        return UploadResult(article=existing, created=False)

    article = Article(
        original_name=PurePath(filename).name[:255] or "article.txt",
        sha256=digest,
        language=language,
        published_at=published_at,
    )
    _log_status(article, Article.Status.QUEUED, "uploaded")
    stored_name = get_valid_filename(article.original_name) or "article.txt"
    article.original.save(f"{digest[:12]}-{stored_name}", ContentFile(content), save=False)
    try:
        with transaction.atomic():
            article.save()
            _queue_parse(article.id)
    except IntegrityError:
        # Another upload of the same bytes won the race: keep that one.
        article.original.delete(save=False)
        return UploadResult(article=Article.objects.get(sha256=digest), created=False)
    return UploadResult(article=article, created=True)


def _queue_parse(article_id):
    from articles.tasks import parse_article

    # After commit: a worker that picks the task up must find the row.
    parse_article.delay_on_commit(article_id)


def request_parse(*, article: Article) -> bool:
    """Queue a parsed or failed article again. False when it is already queued or parsing."""
    with transaction.atomic():
        locked = Article.objects.select_for_update().get(id=article.id)
        if locked.status not in (Article.Status.PARSED, Article.Status.FAILED):
            return False
        _log_status(locked, Article.Status.QUEUED, "parse again requested")
        locked.error = ""
        locked.save(update_fields=["status", "status_log", "error", "updated_at"])
        _queue_parse(locked.id)
    return True


def _claim_for_parsing(article_id):
    """Move a queued article to parsing, or return None when there is nothing to do.

    A redelivered task (acks_late after a worker crash) finds the article still `parsing`
    and takes it again; a duplicate task for an article already parsed returns None.
    """
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(id=article_id).first()
        if article is None or article.status not in (
            Article.Status.QUEUED,
            Article.Status.PARSING,
        ):
            return None
        _log_status(article, Article.Status.PARSING)
        article.attempts += 1
        article.error = ""
        article.save(update_fields=["status", "status_log", "attempts", "error", "updated_at"])
    return article


def mark_failed(*, article_id: int, reason: str) -> None:
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(id=article_id).first()
        if article is None:
            return
        _log_status(article, Article.Status.FAILED, reason)
        article.error = reason
        article.save(update_fields=["status", "status_log", "error", "updated_at"])


def _read_original(article):
    try:
        with article.original.open("rb") as handle:
            return handle.read()
    except (FileNotFoundError, ValueError) as error:
        raise IngestError(
            f"The stored original ({article.original.name}) cannot be found on disk: "
            "restore it from backup or upload the file again."
        ) from error


def parse_article(*, article_id: int) -> None:
    """Read the article, extract its meetings and record them. Safe to run twice."""
    from timeline import services as timeline_services

    article = _claim_for_parsing(article_id)
    if article is None:
        return
    try:
        cleaned = clean_article(_read_original(article))
    except IngestError as error:
        mark_failed(article_id=article.id, reason=str(error))
        return

    result = timeline_services.extractor().extract(
        cleaned.text, published=article.published_at, language=article.language or None
    )
    if result.published is None:
        mark_failed(
            article_id=article.id,
            reason=(
                "No publication date was given and none could be read from the text "
                f"({result.published_note or 'no date found'}). Set the publication date "
                "on the article, then parse it again."
            ),
        )
        return

    with transaction.atomic():
        article = Article.objects.select_for_update().get(id=article.id)
        if article.status != Article.Status.PARSING:
            # Re-queued while we worked: the newer task records the result.
            return
        article.text = cleaned.text
        article.title = article.title or cleaned.title
        article.language = result.language
        if article.published_at is None:
            article.published_at = result.published
            article.published_inferred = bool(result.published_inferred)
            article.published_note = (result.published_note or "")[:300]
        timeline_services.replace_article_events(article=article, events=result.events)
        _log_status(article, Article.Status.PARSED, f"{len(result.events)} meetings")
        article.save()
