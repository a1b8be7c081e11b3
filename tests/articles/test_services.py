from datetime import date

import pytest

from articles import services
from articles.models import Article
from tests.articles.samples import NEWSML_G2, pdf_bytes
from tests.factories import make_article
from timeline.models import Event, Mention

pytestmark = pytest.mark.django_db

# Written for the project: a Thursday story (2024-03-14) with a held call and planned talks.
STORY = (
    "Le ministre japonais des Affaires étrangères s'est entretenu jeudi au téléphone avec "
    "Antony Blinken, a annoncé Tokyo.\n\n"
    "Des pourparlers nippo-américains doivent se tenir le 2 avril à Washington.\n"
)


def test_it_keeps_the_uploaded_file_exactly_as_received():
    content = "Première ligne\r\nDeuxième ligne, avec des accents : é à ç\r\n".encode()
    result = services.upload_article(content=content, filename="../../etc/notes.txt")
    with result.article.original.open("rb") as stored:
        assert stored.read() == content
    assert result.article.original_name == "notes.txt"
    assert result.article.status == Article.Status.QUEUED


def test_it_treats_the_same_file_twice_as_one_article():
    first = services.upload_article(content=b"Un texte identique.", filename="a.txt")
    second = services.upload_article(content=b"Un texte identique.", filename="b.txt")
    assert first.created and not second.created
    assert second.outcome == "duplicate"
    assert second.article.pk == first.article.pk
    assert Article.objects.count() == 1


def test_it_queues_the_parse_only_once_the_upload_is_committed(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks() as callbacks:
        services.upload_article(content=b"Encore un texte de test.", filename="c.txt")
    assert len(callbacks) == 1


def test_it_refuses_a_file_too_large_to_be_an_article(settings):
    settings.ARTICLE_MAX_BYTES = 100
    with pytest.raises(services.UploadRejected, match="limited to"):
        services.upload_article(content=b"x" * 101, filename="big.txt")
    assert Article.objects.count() == 0


def test_it_reads_a_latin1_file_and_keeps_it_as_received():
    content = STORY.encode("latin-1")
    result = services.upload_article(
        content=content, filename="latin1.txt", published_at=date(2024, 3, 14)
    )
    services.parse_article(article_id=result.article.pk)
    article = Article.objects.get(pk=result.article.pk)
    with article.original.open("rb") as stored:
        assert stored.read() == content
    assert article.text == STORY
    assert article.language == "fr"


def test_it_refuses_at_upload_a_file_it_cannot_read_and_stores_nothing():
    with pytest.raises(services.UploadRejected, match="no text layer: it is a scan"):
        services.upload_article(content=pdf_bytes(None), filename="scan.pdf")
    assert Article.objects.count() == 0


def test_it_records_the_meetings_an_article_reports():
    article = make_article(text=STORY, published_at=date(2024, 3, 14))
    services.parse_article(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.PARSED, article.error
    found = {(e.kind, e.date_value, e.status) for e in Event.objects.all()}
    assert ("call", "2024-03-14", "held") in found
    assert ("talks", "2024-04-02", "scheduled") in found
    assert Mention.objects.filter(article=article).exists()
    mention = Mention.objects.filter(article=article).first()
    assert article.text[mention.start : mention.end] == mention.evidence


def test_it_leaves_the_same_rows_when_an_article_is_parsed_twice():
    article = make_article(text=STORY, published_at=date(2024, 3, 14))
    services.parse_article(article_id=article.pk)
    before = sorted(Event.objects.values_list("kind", "date", "status", "title"))
    mentions_before = Mention.objects.count()
    assert services.request_parse(article=article)
    services.parse_article(article_id=article.pk)
    assert sorted(Event.objects.values_list("kind", "date", "status", "title")) == before
    assert Mention.objects.count() == mentions_before


def test_it_ignores_a_duplicate_task_for_an_article_already_parsed():
    article = make_article(text=STORY, published_at=date(2024, 3, 14))
    services.parse_article(article_id=article.pk)
    services.parse_article(article_id=article.pk)
    article.refresh_from_db()
    assert article.attempts == 1
    assert [entry["status"] for entry in article.status_log] == ["queued", "parsing", "parsed"]


def test_it_does_not_queue_an_article_that_is_still_waiting():
    article = make_article(text="Un texte en attente de lecture.")
    assert services.request_parse(article=article) is False


def test_it_returns_quietly_when_the_article_is_gone():
    services.parse_article(article_id=987654)
    assert Article.objects.count() == 0


def test_it_infers_and_marks_a_missing_publication_date():
    text = "Paris, 5 février 2024 - " + STORY.replace("jeudi", "lundi")
    article = make_article(text=text, published_at=None)
    services.parse_article(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.PARSED, article.error
    assert article.published_at == date(2024, 2, 5)
    assert article.published_inferred is True


@pytest.mark.parametrize("name", ["###", "…"])
def test_it_stores_a_file_whose_name_has_no_letter_or_digit(name):
    result = services.upload_article(content=f"Texte {name}.\n".encode(), filename=name)
    assert result.created
    assert result.article.original_name == name
    assert result.article.original.name.endswith("article.txt")


def test_it_prefers_the_editors_word_then_the_file_then_the_upload_defaults():
    content = NEWSML_G2.encode()
    given = services.upload_article(
        content=content, filename="a.xml", language="en", published_at=date(2024, 1, 2)
    ).article
    assert (given.language, given.published_at, given.published_note) == (
        "en",
        date(2024, 1, 2),
        "",
    )
    given.delete()
    own = services.upload_article(
        content=content,
        filename="2023-05-05-a.xml",
        default_language="en",
        default_published_at=date(2024, 1, 2),
    ).article
    assert (own.language, own.published_at) == ("fr", date(2024, 6, 12))
    assert own.status_log[0]["note"] == (
        "uploaded: NewsML-G2 file; language fr (from the document); published 2024-06-12 "
        "(from the NewsML-G2 versionCreated)"
    )


def test_it_uses_the_upload_defaults_when_the_file_says_nothing():
    article = services.upload_article(
        content=b"Texte court.\n",
        filename="note.txt",
        default_language="en",
        default_published_at=date(2024, 1, 2),
    ).article
    assert (article.language, article.published_at) == ("en", date(2024, 1, 2))


def test_it_refuses_a_document_that_says_it_is_in_another_language_unless_told_otherwise():
    german = NEWSML_G2.replace('<language tag="fr-FR"/>', '<language tag="de"/>').encode()
    with pytest.raises(services.UploadRejected, match="written in 'de'.*give its language"):
        services.upload_article(content=german, filename="a.xml")
    article = services.upload_article(content=german, filename="a.xml", language="fr").article
    assert article.language == "fr"


def test_it_reads_file_settings_written_one_line_per_file():
    assert services.parse_file_settings(
        "afp 2021: notes.txt: 2021-12-30, FR\n\n  b.docx : en \nc.pdf: 2024-02-29\n"
    ) == {
        "afp 2021: notes.txt": services.FileSettings("fr", date(2021, 12, 30)),
        "b.docx": services.FileSettings("en", None),
        "c.pdf": services.FileSettings("", date(2024, 2, 29)),
    }
    with pytest.raises(ValueError, match="b.docx is listed twice"):
        services.parse_file_settings("b.docx: en\nb.docx: fr")


def test_it_refuses_at_upload_a_text_longer_than_the_engine_parses(settings):
    settings.ARTICLE_MAX_CHARACTERS = 1_000
    content = ("Les deux présidents se sont vus à Genève. " * 30).encode()
    with pytest.raises(services.UploadRejected, match=r"is 1,260 characters long; the limit is"):
        services.upload_article(content=content, filename="long.txt")
    assert not Article.objects.exists()


def test_it_fails_with_the_reason_an_article_stored_before_the_limit_was_lowered(settings):
    article = services.upload_article(
        content=("Les deux présidents se sont vus à Genève. " * 30).encode(),
        filename="long.txt",
        language="fr",
        published_at=date(2024, 5, 6),
    ).article
    settings.ARTICLE_MAX_CHARACTERS = 1_000
    services.parse_article(article_id=article.id)
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "is 1,260 characters long; the limit is 1,000" in article.error
