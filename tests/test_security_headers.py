"""Headers on every response (config/settings.py, config/headers.py), no cookie on public pages,
no inline script anywhere, and `check --deploy` clean under the README's production settings."""

import os
import re
import secrets
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.urls import reverse

from tests.factories import make_article, make_editor, make_event

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
HTMX = {"HX-Request": "true"}


def _policy(response) -> dict[str, list[str]]:
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.fixture
def event():
    return make_event(article=make_article(status="parsed"))


@pytest.fixture
def editor_client(client):
    client.force_login(make_editor())
    return client


def _public_urls(event):
    return [
        reverse("timeline:timeline"),
        event.get_absolute_url(),
        reverse("timeline:api-events"),
        reverse("articles:article", args=[event.mentions.first().article_id]),
    ]


def test_it_sends_a_policy_that_allows_no_eval_and_no_inline_script(client, event):
    policy = _policy(client.get("/"))
    assert policy["script-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    everything = " ".join(value for values in policy.values() for value in values)
    assert "unsafe-eval" not in everything


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/api/events",
        "/events.csv",
        "/events.ics",
        "/admin/login/",
        "/desk/",
        "/no-such-page/",
        "/static/nothing.js",
    ],
)
def test_it_sends_the_security_headers_on_every_kind_of_response(client, path):
    response = client.get(path)
    assert "script-src 'self'" in response["Content-Security-Policy"]
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in permissions
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_it_sends_the_headers_with_an_htmx_partial(client, event):
    response = client.get(event.get_absolute_url(), headers=HTMX)
    assert response.status_code == 200
    assert "<html" not in response.content.decode()
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_it_sets_no_cookie_and_does_not_vary_on_cookie_on_public_pages(client, event):
    for url in _public_urls(event):
        for headers in ({}, HTMX):
            response = client.get(url, headers=headers)
            assert response.status_code == 200, url
            assert not response.cookies, (url, headers)
            assert "Set-Cookie" not in response.headers, (url, headers)
            vary = [v.strip().lower() for v in response.get("Vary", "").split(",")]
            assert "cookie" not in vary, (url, headers, vary)


def test_it_sets_no_cookie_on_the_timeline_a_reader_filters(client, event):
    response = client.get("/", {"status": "held", "q": "Blinken"}, headers=HTMX)
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")


def test_it_still_knows_an_editor_on_the_public_pages(editor_client, event):
    response = editor_client.get("/")
    assert f'href="{reverse("desk:queue")}"' in response.content.decode()
    # A page that differs for a signed-in editor says so to caches.
    assert "Cookie" in response["Vary"]


def test_it_gives_the_desk_its_csrf_token_for_htmx(editor_client, event):
    response = editor_client.get(reverse("desk:queue"))
    assert "csrftoken" in response.cookies
    token = re.search(r"hx-headers='\{\"X-CSRFToken\": \"([^\"]+)\"\}'", response.content.decode())
    assert token


def test_it_accepts_a_desk_post_carrying_the_token_only_in_the_htmx_header(event):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(make_editor())
    page = client.get(reverse("desk:queue"))
    token = re.search(r"\"X-CSRFToken\": \"([^\"]+)\"", page.content.decode()).group(1)
    url = reverse("desk:queue-review", args=[event.pk])
    refused = client.post(url, {"review": "confirmed"}, headers=HTMX)
    assert refused.status_code == 403
    answered = client.post(url, {"review": "confirmed"}, headers={**HTMX, "X-CSRFToken": token})
    assert answered.status_code == 200
    event.refresh_from_db()
    assert event.review == "confirmed"


class _ScriptFinder(HTMLParser):
    """Everything on a page a policy without 'unsafe-inline' scripts or eval would block."""

    def __init__(self):
        super().__init__()
        self.found = []
        self._in_inline_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and "src" not in attrs:
            # Data blocks (the figure's JSON, the permalink's JSON-LD) are never run.
            if attrs.get("type") not in ("application/json", "application/ld+json"):
                self.found.append(f"inline <script {attrs}>")
        for name, value in attrs.items():
            value = value or ""
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=...> event handler")
            if name.startswith(("hx-on", "data-hx-on")):
                self.found.append(f"<{tag} {name}> htmx handler (needs eval)")
            if name in ("hx-vals", "hx-vars", "data-hx-vals") and value.strip().startswith("js:"):
                self.found.append(f"<{tag} {name}='js:...'> (needs eval)")
            if name == "hx-vars":
                self.found.append(f"<{tag} hx-vars> (always evaluated)")
            if name == "hx-trigger" and "[" in value:
                self.found.append(f"<{tag} hx-trigger filter> (needs eval)")
            if name in ("href", "src", "action", "formaction") and value.strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f"<{tag} {name}=javascript:...>")


def _blocked(html: str) -> list[str]:
    finder = _ScriptFinder()
    finder.feed(html)
    return finder.found


def test_it_has_no_inline_script_handler_or_evaluated_attribute_on_any_page(client, event):
    from django.contrib.auth import get_user_model

    article_id = event.mentions.first().article_id
    for url in _public_urls(event)[:2] + ["/no-such-page/"]:
        assert _blocked(client.get(url).content.decode()) == [], url
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(admin)
    for url in [
        "/",
        event.get_absolute_url(),
        reverse("desk:queue"),
        reverse("desk:event", args=[event.pk]),
        reverse("desk:article", args=[article_id]),
        reverse("admin:index"),
        reverse("admin:articles_upload"),
        reverse("admin:articles_article_changelist"),
        reverse("admin:articles_article_change", args=[article_id]),
        reverse("admin:timeline_event_change", args=[event.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert _blocked(response.content.decode()) == [], url


# What the README's production section sets (SECRET_KEY aside, drawn at random here).
PRODUCTION_ENV = {
    "DEBUG": "false",
    "ALLOWED_HOSTS": "timeline.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://timeline.example.org",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_PRELOAD": "true",
}


def _production(tmp_path, **extra):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SECURE_", "SESSION_", "CSRF_", "DJANGO_"))
    }
    env.update(PRODUCTION_ENV)
    env.update(SECRET_KEY=secrets.token_urlsafe(50), VAR_DIR=str(tmp_path), **extra)
    return env


def test_it_documents_the_production_variables_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    production = readme.split("## Production", 1)[1].split("\n## ", 1)[0]
    for name in PRODUCTION_ENV:
        assert f"{name}=" in production, name


def test_it_passes_check_deploy_with_the_production_variables(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=_production(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_it_redirects_to_https_and_sends_hsts_behind_the_proxy_in_production(tmp_path):
    # /admin/ sends an anonymous visitor to log in without a database query or a template.
    script = (
        "from django.test import Client\n"
        "c = Client()\n"
        "plain = c.get('/admin/', headers={'host': 'timeline.example.org'})\n"
        "print('plain', plain.status_code, plain.get('Location'))\n"
        "secure = c.get('/admin/', headers={'host': 'timeline.example.org',"
        " 'x-forwarded-proto': 'https'})\n"
        "print('secure', secure.status_code, secure.get('Location'),"
        " secure.get('Strict-Transport-Security'))\n"
        "from django.conf import settings\n"
        "print('cookies', settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE)\n"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=_production(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "plain 301 https://timeline.example.org/admin/" in lines
    assert (
        "secure 302 /admin/login/?next=/admin/ max-age=31536000; includeSubDomains; preload"
        in lines
    )
    assert "cookies True True" in lines


def test_it_keeps_plain_http_and_no_hsts_in_development(client):
    from django.conf import settings as live

    assert live.SECURE_SSL_REDIRECT is False
    assert live.SECURE_HSTS_SECONDS == 0
    assert live.SESSION_COOKIE_SECURE is False
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Strict-Transport-Security" not in response


def test_it_answers_head_on_public_pages_with_the_same_headers_and_no_cookie(client, event):
    for url in _public_urls(event):
        response = client.head(url)
        assert response.status_code == 200, url
        assert response.content == b""
        assert "script-src 'self'" in response["Content-Security-Policy"]
        assert not response.cookies
        assert "Cookie" not in response.get("Vary", "")
