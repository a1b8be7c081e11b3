import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Article
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
