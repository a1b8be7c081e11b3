"""Take a screenshot of a running timeline (for the README): screenshot.py OUT.png [URL]."""

import sys

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def main():
    out = sys.argv[1]
    url = sys.argv[2] if len(sys.argv) > 2 else "http://127.0.0.1:8000/"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        page.goto(url)
        page.wait_for_selector("#timeline-figure[data-ready='true']")
        first = page.locator(".event-list li a").first
        if first.count():
            first.click()
            page.wait_for_selector("#event-panel .event-detail")
        page.screenshot(path=out, full_page=False)
        browser.close()
    print(f"saved {out}")


if __name__ == "__main__":
    main()
