"""In Chromium: another site's article frames /embed/ and the policy lets it, with no violation;
the permalink with its JSON-LD and the actor page show none either."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.browser.test_content_security_policy import WATCH
from tests.factories import make_article, make_event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def newspaper(live_server):
    """Another site on this machine (another origin) whose article frames the embed."""
    html = f'<iframe id="dt" src="{live_server.url}/embed/?kind=call"></iframe>'.encode()

    class Article(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(html)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Article)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/article"
    server.shutdown()
    server.server_close()


def test_it_shows_the_embed_inside_another_site_s_article_without_a_policy_violation(
    live_server, browser_page, newspaper
):
    event = make_event(title="Appel Blinken – Lavrov", article=make_article())
    page = browser_page
    page.add_init_script(WATCH)
    errors = []
    page.on(
        "console",
        lambda m: m.type == "error" and errors.append(f"{m.text} {m.location.get('url', '')}"),
    )
    page.goto(newspaper)
    frame = page.frame_locator("#dt")
    link = frame.locator(".embed-list a").first
    link.wait_for()
    assert link.inner_text() == "Appel Blinken – Lavrov"
    assert link.get_attribute("target") == "_blank"
    embedded = next(f for f in page.frames if "/embed/" in f.url)
    assert embedded.evaluate("window.__violations") == []

    for path in (event.get_absolute_url(), "/actors/antony-blinken/"):
        page.goto(live_server.url + path)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__violations") == [], path
    # Chromium asks each origin for /favicon.ico, which neither has.
    assert [e for e in errors if "favicon.ico" not in e] == []
