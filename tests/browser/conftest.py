import os
import threading

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Without these, headless Chromium keeps trying to reach Google's hosts on a closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(autouse=True)
def no_task_sent(monkeypatch):
    """A browser test sends no Celery message: nothing is left on the broker for a worker.

    An upload (tests.factories.make_article) queues its parse at commit; here the page only
    needs the article to be queued, so the message is recorded instead of sent. Any other task
    published, from the test or from the live server's threads, fails the test.
    """
    from celery.signals import before_task_publish

    from articles import services

    sent = []
    published = []

    def record_publish(sender=None, **kwargs):
        published.append(sender)

    def send_parse(article_id):
        sent.append(article_id)
        return True

    monkeypatch.setattr(services, "send_parse", send_parse)
    before_task_publish.connect(record_publish, weak=False)
    try:
        yield sent
    finally:
        before_task_publish.disconnect(record_publish)
    assert published == [], f"a browser test sent tasks to the broker: {published}"


def _browser_page(**options):
    from django.db import connections
    from django.db.backends.signals import connection_created
    from playwright.sync_api import sync_playwright

    # While Playwright's sync API is open, its event loop counts as running in this thread:
    # Django then keeps this thread's database connections apart from the ones opened before
    # (asgiref's Local is per context, not per thread, when a loop runs). The test's own ORM
    # calls (and those of fixtures set up after this one) are still synchronous, on this
    # thread only, hence DJANGO_ALLOW_ASYNC_UNSAFE; but they use that second set of
    # connections, which pytest-django never sees once the loop has stopped: closed here,
    # while it still runs, or the test database cannot be dropped at the end of the run.
    test_thread = threading.get_ident()
    opened = []

    def record_connection(sender, connection, **kwargs):
        if threading.get_ident() == test_thread:
            opened.append(connection)

    connection_created.connect(record_connection, weak=False)
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                yield browser.new_page(viewport={"width": 1280, "height": 900}, **options)
            finally:
                browser.close()
                connections.close_all()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        connection_created.disconnect(record_connection)
    left_open = [c.alias for c in opened if c.connection is not None]
    assert left_open == [], f"the browser test left database connections open: {left_open}"


@pytest.fixture
def browser_page():
    yield from _browser_page()


@pytest.fixture
def french_browser_page():
    """A reader whose browser is set to French: it sends Accept-Language: fr-FR."""
    yield from _browser_page(locale="fr-FR")
