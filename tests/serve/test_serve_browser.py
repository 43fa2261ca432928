"""The workbench in a real headless Chromium: search → actor → event → evidence, alerts, the map.

Screenshots of every page go to test-artifacts/serve/ for a person to look at.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from workbench_fixtures import FIRST_REPORT, TOKEN, make_app

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "serve"

if CHROMIUM is None:
    pytest.skip("no `chromium` on PATH (.ci/setup-browser.sh installs Debian's)", allow_module_level=True)
playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (test extras)"
)


class RunningServer:
    """The app served by uvicorn on a free loopback port, in a thread of this process."""

    def __init__(self, app: FastAPI) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> RunningServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the workbench did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def filled_server(filled_db: Path, analyzer) -> Iterator[RunningServer]:
    with RunningServer(make_app(filled_db, analyzer, allowed_hosts=None)) as running:
        yield running


def open_page(browser, *, width: int = 1280, height: int = 900):
    """A fresh tab that fails the test on any script error or CSP violation."""
    page = browser.new_context(viewport={"width": width, "height": height}).new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.problems = problems
    return page


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_leads_to_the_actor_then_the_event_then_its_evidence(
    browser, filled_server: RunningServer
) -> None:
    page = open_page(browser)
    page.goto(filled_server.url + "/")
    shot(page, "01-home")
    page.fill("#q", "Halvorsen")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Results for")
    shot(page, "02-search")
    page.click("a.actor-link")
    page.wait_for_selector("h1:has-text('Idris Halvorsen')")
    assert page.locator(".graph svg a").count() >= 1, "counterparts are drawn"
    shot(page, "03-actor")
    page.locator("table.data a[href^='/events/']").first.click()
    page.wait_for_selector("text=Reports")
    assert page.locator("blockquote.evidence mark").count() >= 2, "both reports show their evidence"
    shot(page, "04-event")
    page.locator("ol.reports h3 a").first.click()
    page.wait_for_selector("mark#mark-1")
    assert page.locator("mark#mark-1").is_visible()
    assert page.locator("aside.removed li").count() >= 1
    shot(page, "05-article")
    assert page.problems == []


def test_the_keyboard_reaches_the_content_first(browser, filled_server: RunningServer) -> None:
    page = open_page(browser)
    page.goto(filled_server.url + "/timeline")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    shot(page, "06-timeline")


def test_the_map_draws_the_packaged_base_map_and_event_dots_offline(
    browser, filled_server: RunningServer
) -> None:
    page = open_page(browser)
    outside: list[str] = []
    page.on(
        "request",
        lambda request: (
            outside.append(request.url) if not request.url.startswith(filled_server.url) else None
        ),
    )
    page.goto(filled_server.url + "/map")
    page.wait_for_load_state("networkidle")
    assert page.locator("#event-map circle.dot").count() >= 2
    size = page.evaluate("document.querySelector('#event-map image').getBBox().width")
    assert size > 300
    shot(page, "07-map")
    page.locator("#event-map a").first.click()
    page.wait_for_url("**/events**")
    assert outside == [] and page.problems == []


def test_the_actor_page_fits_a_phone(browser, filled_server: RunningServer) -> None:
    page = open_page(browser, width=375, height=812)
    page.goto(filled_server.url + "/?q=Halvorsen")
    page.click("a.actor-link")
    page.wait_for_selector("h1")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, f"the page is {overflow}px wider than the phone"
    shot(page, "08-actor-phone")


def test_a_watchlist_fires_when_a_page_is_uploaded(browser, tmp_path: Path, analyzer) -> None:
    with RunningServer(make_app(tmp_path / "browser.db", analyzer, allowed_hosts=None)) as server:
        page = open_page(browser)
        page.goto(server.url + "/watchlists")
        page.fill("input[name=name]", "Doha meetings")
        page.fill("textarea[name=places]", "Doha")
        page.fill("input[name=event_types]", "CONSULT")
        page.fill("input[name=token]", TOKEN)
        shot(page, "09-watchlist-form")
        page.click("button:has-text('Create watchlist')")
        page.wait_for_selector("h1:has-text('Watchlist: Doha meetings')")
        page.goto(server.url + "/upload")
        # The token typed for the watchlist is offered again by the page's script.
        assert page.input_value("input[name=token]") == TOKEN
        page.set_input_files("input[name=files]", str(FIRST_REPORT))
        page.click("button:has-text('Ingest')")
        page.wait_for_selector("#upload-alerts")
        assert "CONSULT" in page.inner_text("#upload-alerts")
        shot(page, "10-upload-result")
        page.goto(server.url + "/alerts")
        assert page.locator("#alert-list a[href^='/events/']").count() == 1
        shot(page, "11-alerts")
        page.goto(server.url + "/watchlists")
        page.click("text=Doha meetings")
        assert page.locator("ol.alerts li a").count() == 1
        shot(page, "12-watchlist")
        assert page.problems == []
