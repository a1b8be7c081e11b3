"""Everything that writes an Article: upload, queueing, parsing. Views, admin, commands and
tasks call these functions and nothing else."""

import hashlib
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import get_valid_filename

from articles import formats
from articles.formats import IngestError, read_document
from articles.ingest import check_length, clean_article, normalise
from articles.models import Article

logger = logging.getLogger(__name__)


class UploadRejected(Exception):
    """The upload is refused before anything is stored; the message says why."""


@dataclass(frozen=True)
class UploadResult:
    article: Article
    created: bool
    # False when the message broker could not be reached: the article is stored, queued, and
    # the sweep (sweep_stranded) sends it once the broker is back.
    sent: bool = True
    # What was read from the file and where its language and date came from, for the editor.
    summary: str = ""

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
    *,
    content: bytes,
    filename: str,
    language: str = "",
    published_at: date | None = None,
    default_language: str = "",
    default_published_at: date | None = None,
) -> UploadResult:
    """Store the file as received and queue its parse; the same bytes twice are one article.

    The file is read now (any format of articles.formats) so that one that cannot be read is
    refused with the reason, and so that what it says about itself is used. `language` and
    `published_at` are the editor's word for this file and win; then what the file says (its
    metadata, a date in its name, its language read from the text); then the batch's
    `default_language` and `default_published_at`.
    """
    if len(content) > settings.ARTICLE_MAX_BYTES:
        raise UploadRejected(
            f"The file is {len(content) // 1024} KB; articles are limited to "
            f"{settings.ARTICLE_MAX_BYTES // 1024} KB. Upload the article text alone."
        )
    for code in (language, default_language):
        if code and code not in Article.Language.values:
            raise UploadRejected(f"Unknown language {code!r}: use fr or en, or leave it blank.")
    digest = sha256_of(content)
    existing = Article.objects.filter(sha256=digest).first()
    if existing:
        return UploadResult(article=existing, created=False)
    try:
        document = read_document(content, filename)
        check_length(normalise(document.text), settings.ARTICLE_MAX_CHARACTERS)
    except IngestError as error:
        raise UploadRejected(str(error)) from error
    reading = _what_the_file_says(
        document,
        filename=filename,
        language=language,
        published_at=published_at,
        default_language=default_language,
        default_published_at=default_published_at,
    )

    article = Article(
        original_name=PurePath(filename).name[:255] or "article.txt",
        sha256=digest,
        language=reading.language,
        published_at=reading.published_at,
        published_note=reading.published_note[:300],
    )
    _log_status(article, Article.Status.QUEUED, f"uploaded: {reading.summary}")
    try:
        stored_name = get_valid_filename(article.original_name)
    except SuspiciousFileOperation:
        # "###" or "…": nothing usable in the name; the original name is still recorded.
        stored_name = "article.txt"
    article.original.save(f"{digest[:12]}-{stored_name}", ContentFile(content), save=False)
    sent = {}
    try:
        with transaction.atomic():
            article.save()
            _queue_parse(article.id, sent)
    except IntegrityError:
        # Another upload of the same bytes won the race: keep that one.
        article.original.delete(save=False)
        return UploadResult(article=Article.objects.get(sha256=digest), created=False)
    # Inside a caller's transaction the message goes at its commit; assume it will be sent.
    return UploadResult(
        article=article, created=True, sent=sent.get(article.id, True), summary=reading.summary
    )


@dataclass(frozen=True)
class _Reading:
    language: str
    published_at: date | None
    published_note: str
    summary: str


def _what_the_file_says(
    document, *, filename, language, published_at, default_language, default_published_at
) -> _Reading:
    """The language and date an upload is stored with, and where each came from."""
    if language:
        language_from = "as given for this file"
    elif document.language:
        language, language_from = document.language, "from the document"
        if language not in Article.Language.values:
            raise UploadRejected(
                f"The document says it is written in {language!r}; the timeline reads French "
                "(fr) and English (en) only. If it is in fact French or English, give its "
                "language for this file."
            )
    elif detected := formats.detect_language(document.text):
        language, language_from = detected, "read from the text"
    elif default_language:
        language, language_from = default_language, "the upload's default"
    else:
        language_from = "to be detected when parsed"

    published_note = ""
    if published_at:
        published_from = "as given for this file"
    elif document.published:
        published_at, published_from = document.published, f"from {document.published_from}"
        published_note = published_from
    elif from_name := formats.date_from_filename(filename):
        published_at, published_from = from_name, "from the file name"
        published_note = published_from
    elif default_published_at:
        published_at, published_from = default_published_at, "the upload's default"
    else:
        published_from = "to be read from the text"

    format_name = formats.FORMAT_NAMES[document.format]
    summary = (
        f"{format_name}; language {language or '?'} ({language_from}); "
        f"published {published_at or '?'} ({published_from})"
    )
    return _Reading(language, published_at, published_note, summary)


@dataclass(frozen=True)
class FileSettings:
    """An editor's language and date for one file of an upload, winning over what it says."""

    language: str = ""
    published_at: date | None = None


def parse_file_settings(text: str) -> dict[str, FileSettings]:
    """Read lines like "afp-sommet.txt: 2021-12-30, fr" (date, language, or both, any order).

    ValueError names the line that cannot be read and says how to write it.
    """
    per_file = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        name, colon, values = line.rpartition(":")
        name = name.strip()
        if not colon or not name:
            raise ValueError(
                f"Line {number} ({line.strip()!r}): write the file name, a colon, then its "
                "date and/or language, e.g. afp-sommet.txt: 2021-12-30, fr"
            )
        language, published_at = "", None
        for value in (v.strip() for v in values.split(",")):
            if value.lower() in Article.Language.values:
                language = value.lower()
            elif value:
                try:
                    published_at = date.fromisoformat(value)
                except ValueError:
                    raise ValueError(
                        f"Line {number} ({line.strip()!r}): {value!r} is neither a date "
                        "written YYYY-MM-DD nor a language (fr or en)."
                    ) from None
        if name in per_file:
            raise ValueError(f"Line {number}: {name} is listed twice; keep one line per file.")
        per_file[name] = FileSettings(language=language, published_at=published_at)
    return per_file


def _queue_parse(article_id, sent=None):
    # After commit: a worker that picks the task up must find the row.
    transaction.on_commit(lambda: _record(sent, article_id, send_parse(article_id)))


def _record(sent, article_id, ok):
    if sent is not None:
        sent[article_id] = ok


def send_parse(article_id: int) -> bool:
    """Put the parse task on the broker. False when the broker cannot be reached: the article
    stays queued, and the sweep sends it again later; nothing is lost."""
    from articles.tasks import parse_article

    try:
        # No time limits in the message: the worker applies its own settings, whoever sent it.
        parse_article.apply_async((article_id,), time_limit=None, soft_time_limit=None)
    except Exception as error:  # noqa: BLE001 - any broker failure leaves the article to the sweep
        # One line, not a traceback: an outage is expected, and the sweep handles it.
        logger.warning("could not queue article %s (%s); the sweep will", article_id, error)
        return False
    return True


def stranded_before(status: str, now: datetime) -> datetime:
    """An article still in `status` since before this moment is stranded.

    A parse may legitimately run up to the hard time limit: a `parsing` article is given that
    long (and a margin) before it counts as stranded, so no second worker starts on it."""
    wait = settings.STRANDED_AFTER
    if status == Article.Status.PARSING:
        wait = max(wait, settings.CELERY_TASK_TIME_LIMIT + 30)
    return now - timedelta(seconds=wait)


def is_stranded(article: Article, now: datetime | None = None) -> bool:
    now = now or timezone.now()
    return article.status in (
        Article.Status.QUEUED,
        Article.Status.PARSING,
    ) and article.updated_at < stranded_before(article.status, now)


def sweep_stranded(*, now: datetime | None = None) -> dict:
    """Queue again every article stuck queued or parsing past its deadline (a message lost,
    a broker down at upload, a worker killed mid-parse); fail, with a reason, one whose
    parse never finished after PARSE_MAX_ATTEMPTS tries. Safe to run anywhere, any time."""
    now = now or timezone.now()
    outcome = {"queued": [], "failed": []}
    candidates = Article.objects.filter(
        status__in=[Article.Status.QUEUED, Article.Status.PARSING],
        updated_at__lt=stranded_before(Article.Status.QUEUED, now),
    ).values_list("id", flat=True)
    for article_id in candidates:
        with transaction.atomic():
            # skip_locked: a worker claiming it right now wins; the next sweep looks again.
            article = (
                Article.objects.select_for_update(skip_locked=True).filter(id=article_id).first()
            )
            if article is None or not is_stranded(article, now):
                continue
            if article.attempts >= settings.PARSE_MAX_ATTEMPTS:
                # The attempts that ended without a word from the worker: we cannot tell a
                # killed worker from a database it could not reach, so the reason names both.
                reason = (
                    f"Parsing never finished in {article.attempts} attempts: each time the "
                    "worker stopped, or could not reach the database, before it could record "
                    "an outcome. If the database or a worker was down, parse it again once "
                    "they are back; otherwise check the file (size, one article per file)."
                )
                _log_status(article, Article.Status.FAILED, reason)
                article.error = reason
                article.save(update_fields=["status", "status_log", "error", "updated_at"])
                outcome["failed"].append(article.id)
                continue
            _log_status(article, Article.Status.QUEUED, f"stranded {article.status}: queued again")
            article.save(update_fields=["status", "status_log", "updated_at"])
            _queue_parse(article.id)
            outcome["queued"].append(article.id)
    return outcome


def request_parse(*, article: Article) -> bool:
    """Queue a parsed, failed or stranded article again. False when it is queued or parsing
    and not yet past its deadline (see sweep_stranded)."""
    with transaction.atomic():
        locked = Article.objects.select_for_update().get(id=article.id)
        finished = locked.status in (Article.Status.PARSED, Article.Status.FAILED)
        if not finished and not is_stranded(locked):
            return False
        _log_status(locked, Article.Status.QUEUED, "parse again requested")
        locked.error = ""
        # An editor's request starts the count of attempts afresh.
        locked.attempts = 0
        locked.save(update_fields=["status", "status_log", "error", "attempts", "updated_at"])
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
        cleaned = clean_article(
            _read_original(article), article.original_name, settings.ARTICLE_MAX_CHARACTERS
        )
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
