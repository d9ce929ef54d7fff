"""The pages in a real browser: Debian's Chromium driven by Playwright (never a downloaded browser).

Every page loads in Arabic, French and English with no console error; Arabic is laid out
right to left; filters apply; an event shows its highlighted evidence; log in and out.
Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import os
import socket
import time

import httpx
import pytest

from sahelwatch.config import load_config
from sahelwatch.store import open_store, users
from tests.conftest import ROOT, require
from tests.web.conftest import PASSWORD
from tests.web.factory import insert_events, sample_documents

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PAGES = {"dashboard": "/", "events": "/events", "event": "/events/ev-menaka", "event-ar": "/events/ev-village",
         "documents": "/documents?q=Menaka", "document": "/documents/doc-ar", "sources": "/sources",
         "api-docs": "/api/v1/docs"}
pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    require(os.path.exists(CHROMIUM), f"Chromium at {CHROMIUM} (apt-get install chromium)")
    from sahelwatch.web.server import serve_in_background

    data = tmp_path_factory.mktemp("browser-data")
    config = load_config(env={}, data_dir=str(data))
    store = open_store(config.db_url)
    store.add_documents(sample_documents())
    insert_events(store)
    users.create_user(store, "analyst", PASSWORD, role="analyst")
    port = _free_port()
    server, thread = serve_in_background(config, store, "127.0.0.1", port)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(url + "/login", timeout=2)
            break
        except httpx.TransportError:
            assert time.monotonic() < deadline, "the web server did not start"
            time.sleep(0.1)
    yield url
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser(base_url):
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    playwright_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.errors = []
    page.on("console", lambda message: page.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()


def log_in(page, username: str = "analyst", password: str = PASSWORD) -> None:
    page.goto("/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("form.login button[type=submit]")
    page.wait_for_url("**/")


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_every_page_in_every_language(page, lang):
    log_in(page)
    page.goto(f"/language/{lang}?next=/")
    for name, path in PAGES.items():
        page.goto(path)
        assert page.locator("html").get_attribute("lang") == lang
        direction = page.evaluate("getComputedStyle(document.body).direction")
        assert direction == ("rtl" if lang == "ar" else "ltr"), (name, direction)
        page.screenshot(path=str(ARTIFACTS / f"{name}-{lang}.png"), full_page=True)
    assert page.errors == []


def test_arabic_layout_is_mirrored(page):
    log_in(page)
    page.goto("/language/ar?next=/events")
    brand = page.locator(".brand").bounding_box()
    languages = page.locator(".languages").bounding_box()
    assert brand["x"] > languages["x"], "in Arabic the brand sits at the right, the language menu further left"
    cell = page.locator("table.events th").first
    assert page.evaluate("(el) => getComputedStyle(el).textAlign", cell.element_handle()) in ("start", "right")
    assert page.errors == []


def test_filters_apply(page):
    log_in(page)
    page.goto("/language/en?next=/events")
    assert page.locator("table.events tbody tr").count() == 4
    page.select_option("select[name=country]", "NE")   # the page's script submits the form on change
    page.wait_for_url("**country=NE**")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 1 and "Téra" in rows.first.inner_text()
    page.fill("input[name=q]", "Bourem")
    page.select_option("select[name=country]", "")
    page.wait_for_url("**q=Bourem**")
    assert page.locator("table.events tbody tr").count() == 1
    page.goto("/?type=Battles")
    assert page.locator("svg.map .points circle").count() == 1
    page.screenshot(path=str(ARTIFACTS / "dashboard-filtered-en.png"), full_page=True)
    assert page.errors == []


def test_event_shows_highlighted_evidence(page):
    log_in(page)
    page.goto("/language/en?next=/events")
    page.click("a[href='/events/ev-menaka']")
    page.wait_for_url("**/events/ev-menaka")
    marks = page.locator(".doc-text mark.evidence")
    assert "Tidermène" in marks.all_inner_texts() and "tuant neuf soldats" in marks.all_inner_texts()
    page.goto("/events/ev-village")
    arabic = page.locator(".doc-text[lang=ar]")
    assert page.evaluate("(el) => getComputedStyle(el).direction", arabic.element_handle()) == "rtl"
    assert "منطقة ميناكا" in page.locator(".doc-text[lang=ar] mark").all_inner_texts()
    assert page.errors == []


def test_log_in_and_out(page):
    page.goto("/")
    assert "/login" in page.url
    page.fill("input[name=username]", "analyst")
    page.fill("input[name=password]", "wrong password")
    page.click("form.login button[type=submit]")
    assert page.locator(".error").is_visible()
    page.errors.clear()   # the 401 of the failed login is reported by the browser as a console error
    log_in(page)
    assert page.locator("form.logout").is_visible()
    page.screenshot(path=str(ARTIFACTS / "logged-in.png"))
    page.click("form.logout button")
    page.wait_for_url("**/login")
    page.goto("/events")
    assert "/login" in page.url
    page.screenshot(path=str(ARTIFACTS / "login.png"))
    assert page.errors == []


def test_pages_work_without_javascript(browser, base_url):
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    log_in(page)
    page.goto("/events?country=NE")
    assert page.locator("table.events tbody tr").count() == 1
    page.goto("/")
    assert page.locator("svg.map path").count() > 20
    context.close()

