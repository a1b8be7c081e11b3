import html

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles import services
from articles.models import Article
from tests.articles.samples import (
    HTML_PAGE,
    LATIN1_STORY,
    NEWSML_G2,
    NEWSML_TEXT,
    docx_bytes,
    pdf_bytes,
)
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", password="a-test-password")
    client.force_login(editor)
    return client


def test_it_uploads_several_files_at_once_and_names_duplicates(editor_client):
    files = [
        SimpleUploadedFile("a.txt", "Premier texte importé par la rédaction.".encode()),
        SimpleUploadedFile("b.txt", "Second texte importé par la rédaction.".encode()),
    ]
    response = editor_client.post(
        "/admin/articles/article/upload/",
        {"files": files, "language": "fr", "published_at": "2024-03-14"},
        follow=True,
    )
    page = response.content.decode()
    assert Article.objects.count() == 2
    assert "New: a.txt is queued" in page and "New: b.txt is queued" in page

    again = SimpleUploadedFile("copy.txt", "Premier texte importé par la rédaction.".encode())
    page = editor_client.post(
        "/admin/articles/article/upload/", {"files": [again], "language": ""}, follow=True
    ).content.decode()
    assert "Duplicate: copy.txt is the same file as" in page
    assert Article.objects.count() == 2


def test_it_leaves_the_date_blank_when_the_editor_gives_none(editor_client):
    upload = SimpleUploadedFile("c.txt", b"Un texte sans date fournie.")
    editor_client.post("/admin/articles/article/upload/", {"files": [upload]})
    article = Article.objects.get()
    assert article.published_at is None and article.language == ""


def test_it_lists_status_and_meeting_count(editor_client):
    make_article(text="Un article en file d'attente.")
    page = editor_client.get("/admin/articles/article/").content.decode()
    assert 'data-status="queued"' in page
    assert "Upload articles" in page


def test_it_reports_statuses_for_the_live_list(editor_client):
    article = make_article(text="Un article dont le statut change.")
    Article.objects.filter(pk=article.pk).update(status="failed", error="Le fichier est vide.")
    body = editor_client.get(f"/admin/articles/article/statuses/?ids={article.pk}").json()
    assert body["articles"][str(article.pk)] == {
        "status": "failed",
        "label": "Failed",
        "meetings": 0,
        "error": "Le fichier est vide.",
    }


def test_it_queues_failed_articles_again_from_the_list(editor_client):
    article = make_article(text="Un article dont la lecture a échoué.")
    Article.objects.filter(pk=article.pk).update(status="failed", error="raison")
    editor_client.post(
        "/admin/articles/article/",
        {"action": "parse_again", "_selected_action": [article.pk]},
        follow=True,
    )
    article.refresh_from_db()
    assert article.status == "queued" and article.error == ""


def test_it_opens_every_editor_page_without_error(editor_client):
    from tests.factories import make_event

    article = make_article(text="Un article pour parcourir l'administration.")
    event = make_event(article=article)
    actor = event.participants.first()
    pages = [
        "/admin/",
        "/admin/articles/article/",
        f"/admin/articles/article/{article.pk}/change/",
        "/admin/articles/article/upload/",
        "/admin/timeline/event/",
        f"/admin/timeline/event/{event.pk}/change/",
        "/admin/timeline/actor/",
        f"/admin/timeline/actor/{actor.pk}/change/",
        "/admin/timeline/place/",
    ]
    for url in pages:
        assert editor_client.get(url).status_code == 200, url
    assert editor_client.get("/admin/articles/article/add/").status_code == 302


def _stored(article):
    with article.original.open("rb") as handle:
        return handle.read()


def test_it_uploads_a_batch_of_formats_as_received_and_names_the_file_it_refuses(editor_client):
    sent = {
        "entretien.txt": LATIN1_STORY.encode("latin-1"),
        "depeche.xml": NEWSML_G2.encode(),
        "2023-01-01-ua.html": HTML_PAGE.encode(),
        "lisbonne.docx": docx_bytes(
            ["Rencontre à Lisbonne", "Les deux Premiers ministres se sont vus vendredi."],
            language="fr-PT",
        ),
        "scan.pdf": pdf_bytes(None),
        "vienne.pdf": pdf_bytes(["Pourparlers à Vienne", "Les négociateurs se sont revus."]),
    }
    response = editor_client.post(
        "/admin/articles/article/upload/",
        {
            "files": [SimpleUploadedFile(name, content) for name, content in sent.items()],
            "language": "en",
            "published_at": "2020-01-01",
            "per_file": "vienne.pdf: 2024-05-06\n",
        },
        follow=True,
    )
    page = html.unescape(response.content.decode())
    assert (
        "Not uploaded: scan.pdf: This PDF has no text layer: it is a scan; send the text or "
        "an OCR'd PDF." in page
    )
    assert "New: depeche.xml is queued as <a" in page
    assert (
        "(NewsML-G2 file; language fr (from the document); published 2024-06-12 (from the "
        "NewsML-G2 versionCreated))" in page
    )
    stored = {article.original_name: article for article in Article.objects.all()}
    assert set(stored) == set(sent) - {"scan.pdf"}
    for name, article in stored.items():
        assert _stored(article) == sent[name], name
    got = {name: (a.language, str(a.published_at)) for name, a in stored.items()}
    assert got == {
        "entretien.txt": ("fr", "2020-01-01"),  # read from the text; the upload's date
        "depeche.xml": ("fr", "2024-06-12"),  # the item's metadata
        "2023-01-01-ua.html": ("fr", "2024-02-17"),  # the page's metadata beats its name
        "lisbonne.docx": ("fr", "2020-01-01"),
        "vienne.pdf": ("fr", "2024-05-06"),  # the editor's line for this file
    }
    assert stored["depeche.xml"].published_note == "from the NewsML-G2 versionCreated"


def test_it_parses_the_extracted_text_of_an_uploaded_agency_item(editor_client):
    editor_client.post(
        "/admin/articles/article/upload/",
        {"files": [SimpleUploadedFile("depeche.xml", NEWSML_G2.encode())]},
    )
    article = Article.objects.get()
    services.parse_article(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.PARSED, article.error
    assert article.text == NEWSML_TEXT
    assert article.title == "Le chef de la diplomatie kényane reçu à Paris"
    assert _stored(article) == NEWSML_G2.encode()


@pytest.mark.parametrize(
    ("per_file", "message"),
    [
        ("a.txt 2021-12-30", "write the file name, a colon, then its date"),
        ("a.txt: 30/12/2021", "is neither a date written YYYY-MM-DD nor a language"),
        ("b.txt: 2021-12-30", "No uploaded file is named b.txt"),
    ],
)
def test_it_explains_a_per_file_line_it_cannot_use_and_uploads_nothing(
    editor_client, per_file, message
):
    upload = SimpleUploadedFile("a.txt", b"Un texte assez long pour compter.")
    response = editor_client.post(
        "/admin/articles/article/upload/", {"files": [upload], "per_file": per_file}
    )
    assert message in html.unescape(response.content.decode())
    assert Article.objects.count() == 0


def test_it_refuses_at_upload_an_article_longer_than_the_engine_parses(editor_client, settings):
    settings.ARTICLE_MAX_CHARACTERS = 300
    paragraphs = ["Rencontre à Lisbonne"] + ["Les deux Premiers ministres se sont vus."] * 10
    long_docx = docx_bytes(paragraphs)  # a few KB, but more text than the limit
    short = "Rencontre à Lisbonne\nLes deux Premiers ministres se sont vus.\n".encode()
    response = editor_client.post(
        "/admin/articles/article/upload/",
        {
            "files": [
                SimpleUploadedFile("long.docx", long_docx),
                SimpleUploadedFile("short.txt", short),
            ],
            "language": "fr",
            "published_at": "2024-05-06",
        },
        follow=True,
    )
    page = html.unescape(response.content.decode())
    length = len("\n\n".join(paragraphs)) + 1
    assert (
        f"Not uploaded: long.docx: This article is {length:,} characters long; the limit is "
        "300. Split it into separate articles, or send the part that matters." in page
    )
    assert [article.original_name for article in Article.objects.all()] == ["short.txt"]
