"""Roles: the Editors group can upload and review and nothing more; others are refused."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from tests.factories import make_article

pytestmark = pytest.mark.django_db

EDITOR_PERMISSIONS = {
    "articles.view_article",
    "articles.add_article",
    "articles.change_article",
    "timeline.view_event",
    "timeline.add_event",
    "timeline.change_event",
    "timeline.view_mention",
    "timeline.add_mention",
    "timeline.change_mention",
    "timeline.view_actor",
    "timeline.add_actor",
    "timeline.change_actor",
    "timeline.view_place",
    "timeline.add_place",
    "timeline.change_place",
    "timeline.view_eventchange",
    "timeline.view_regrouping",
}


@pytest.fixture
def first_editor(monkeypatch):
    monkeypatch.setenv("EDITOR_USERNAME", "redaction")
    monkeypatch.setenv("EDITOR_PASSWORD", "a-long-test-password")
    call_command("ensure_editor")
    return get_user_model().objects.get(username="redaction")


@pytest.fixture
def bare_staff(client):
    user = get_user_model().objects.create_user("stagiaire", password="x" * 12, is_staff=True)
    client.force_login(user)
    return user


def test_it_gives_the_editors_group_exactly_what_uploading_and_reviewing_need():
    group = Group.objects.get(name="Editors")
    granted = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}
    assert granted == EDITOR_PERMISSIONS


def test_it_creates_the_first_editor_as_staff_in_the_editors_group(monkeypatch, capsys):
    monkeypatch.setenv("EDITOR_USERNAME", "redaction")
    monkeypatch.setenv("EDITOR_PASSWORD", "a-long-test-password")
    call_command("ensure_editor")
    first_editor = get_user_model().objects.get(username="redaction")
    assert first_editor.is_staff and not first_editor.is_superuser
    assert list(first_editor.groups.values_list("name", flat=True)) == ["Editors"]
    assert first_editor.check_password("a-long-test-password")
    assert "Created editor account 'redaction'" in capsys.readouterr().out


def test_it_creates_no_second_editor(first_editor, capsys, monkeypatch):
    monkeypatch.setenv("EDITOR_USERNAME", "autre")
    call_command("ensure_editor")
    assert "exists already" in capsys.readouterr().out
    assert not get_user_model().objects.filter(username="autre").exists()


def test_it_prints_a_generated_password_once(monkeypatch, capsys):
    monkeypatch.delenv("EDITOR_PASSWORD", raising=False)
    monkeypatch.setenv("EDITOR_USERNAME", "premier")
    call_command("ensure_editor")
    out = capsys.readouterr().out
    assert "with password" in out and "not shown again" in out


def test_it_lets_the_first_editor_upload_and_open_the_desk(client, first_editor):
    client.force_login(first_editor)
    assert client.get("/admin/articles/article/upload/").status_code == 200
    assert client.get("/admin/").status_code == 200
    assert client.get("/desk/").status_code == 200
    assert client.get("/admin/auth/user/").status_code == 403


def test_it_refuses_the_upload_page_and_the_desk_to_staff_without_permissions(client, bare_staff):
    assert client.get("/admin/articles/article/upload/").status_code == 403
    assert client.get("/desk/").status_code == 403
    assert client.get("/admin/articles/article/statuses/?ids=1").status_code == 403


def test_it_does_not_parse_again_for_staff_who_may_only_read(client, bare_staff):
    article = make_article(text="Un article que ce compte ne peut que lire.")
    article.status = "failed"
    article.save(update_fields=["status"])
    bare_staff.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.post(
        "/admin/articles/article/",
        {"action": "parse_again", "_selected_action": [article.pk]},
    )
    article.refresh_from_db()
    assert article.status == "failed"
    assert client.get("/admin/articles/article/statuses/?ids=1").status_code == 200


def test_it_sends_anonymous_visitors_of_the_desk_to_log_in(client):
    response = client.get("/desk/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
