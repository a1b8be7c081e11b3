"""The upload page answers a person who sent nothing with what to do, and stores nothing."""

import pytest

from articles.models import Article

pytestmark = pytest.mark.django_db


def test_it_asks_for_a_file_when_the_upload_has_none(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("ines", password="unused"))
    response = client.post("/admin/articles/article/upload/", {"language": "fr"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Choose at least one file to upload." in page
    assert Article.objects.count() == 0
