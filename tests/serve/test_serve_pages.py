"""Every page renders from the real store, links to its evidence, and escapes what pages said."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from workbench_fixtures import FIRST_REPORT, ingest_files, make_app

from wirewatch.analyze.pipeline import Analyzer
from wirewatch.knowledge.queries import ArticleHits
from wirewatch.knowledge.records import ResultPage
from wirewatch.knowledge.store import SqliteStore
from wirewatch.serve import figures
from wirewatch.serve.pages import pagination
from wirewatch.serve.security import CONTENT_SECURITY_POLICY


def page_paths(client: TestClient) -> list[str]:
    """One URL of every kind of page, with ids from the store."""
    events = client.get("/api/events", params={"limit": 500}).json()["items"]
    meeting = next(event for event in events if event["place"] == "Doha")
    actor = client.get("/api/actors", params={"name": "Halvorsen"}).json()["actor"]
    other = next(
        record["actor"]["id"] for record in meeting["actors"] if record["actor"]["id"] != actor["id"]
    )
    watchlist = client.get("/api/watchlists").json()[0]
    lisbon = client.get("/api/articles", params={"q": "Lisbon"}).json()["items"][0]["article_id"]
    return [
        "/",
        "/?q=Halvorsen",
        "/?q=Quebrantes",
        f"/actors/{actor['id']}",
        f"/actors/{actor['id']}/with/{other}",
        f"/events/{meeting['id']}",
        "/events?type=CONSULT",
        "/timeline",
        "/timeline?granularity=day&type=consult",
        "/map",
        f"/articles/{lisbon}",
        f"/articles/{lisbon}?mark=0-40",
        "/watchlists",
        f"/watchlists/{watchlist['id']}",
        "/alerts",
        "/upload",
    ] + [f"/events/{event['id']}" for event in events]


def test_every_page_renders_with_the_security_headers(client: TestClient) -> None:
    for path in page_paths(client):
        answer = client.get(path)
        assert answer.status_code == 200, (path, answer.text[-500:])
        assert answer.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert answer.headers["x-content-type-options"] == "nosniff"
        # No inline script anywhere: the only <script> is the packaged file.
        assert re.findall(r"<script[^>]*>", answer.text) == ['<script src="/static/app.js" defer>'], path
        assert " style=" not in answer.text and "javascript:" not in answer.text


def test_page_text_is_escaped_everywhere(client: TestClient) -> None:
    """The invented Lakeside Courier page carries script tags and attribute injections in its text."""
    shown = 0
    for path in [*page_paths(client), "/?q=script", "/?q=onmouseover", "/?q=%22%20onmouseover%3D%22alert(1)"]:
        html = client.get(path).text
        assert "<script>alert" not in html, path
        assert "<img src=x" not in html, path
        assert re.search(r"""["']\s*onmouseover\s*=""", html) is None, path
        assert re.search(r"<[^>]+\sonerror\s*=", html) is None, path
        shown += html.count("&lt;script&gt;alert(") + html.count("onmouseover=&#34;")
    assert shown > 0, "the injected text must be shown, escaped, somewhere"


def test_the_event_page_shows_each_report_with_its_evidence_marked_and_linked(client: TestClient) -> None:
    meeting = client.get("/api/events", params={"type": "CONSULT", "place": "Doha"}).json()["items"][0]
    html = client.get(f"/events/{meeting['id']}").text
    detail = client.get(f"/api/events/{meeting['id']}").json()
    for report in detail["reports"]:
        assert f'href="/articles/{report["article_id"]}?mark=' in html
        for evidence in report["evidence"]:
            assert f"<mark>{evidence['text'].replace(chr(39), '&#39;')}</mark>" in html
    assert "independent source" in html


def test_the_article_page_shows_what_the_cleaner_removed_and_marks_evidence(client: TestClient) -> None:
    article_id = client.get("/api/articles", params={"q": "Doha"}).json()["items"][0]["article_id"]
    detail = client.get(f"/api/articles/{article_id}").json()
    html = client.get(f"/articles/{article_id}", params={"mark": "0-5"}).text
    assert '<mark id="mark-1">' in html
    assert "Removed from the page" in html
    for block in detail["article"]["removed"][:3]:
        assert block["reason"] in html


def test_the_map_ships_its_own_base_map_and_links_every_dot(client: TestClient) -> None:
    html = client.get("/map").text
    assert 'href="/static/map/world-110m.svg"' in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    dots = re.findall(r'<a href="(/events[^"]*)">\s*<circle class="dot"', html)
    assert dots, "located events are drawn"
    base_map = client.get("/static/map/world-110m.svg")
    assert base_map.status_code == 200 and base_map.text.count("<path") > 150


def test_unknown_pages_and_bad_ids_answer_with_an_error_page(client: TestClient) -> None:
    missing = client.get("/events/999999")
    assert missing.status_code == 404 and "<h1>Not found</h1>" in missing.text


@pytest.mark.parametrize(
    "path", ["/static/../app.py", "/static/%2e%2e/app.py", "/static//etc/passwd", "/static/..%2fapp.py"]
)
def test_no_request_path_reaches_the_file_system_outside_the_package(client: TestClient, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 404
    assert "create_app" not in answer.text and "root:" not in answer.text


def test_timeline_and_map_pages_are_drawn_once_per_state_of_the_store(
    tmp_path: Path, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[str] = []
    bars, dots = figures.timeline_bars, figures.map_dots
    monkeypatch.setattr(figures, "timeline_bars", lambda buckets: drawn.append("bars") or bars(buckets))
    monkeypatch.setattr(figures, "map_dots", lambda events: drawn.append("dots") or dots(events))
    path = tmp_path / "kept.db"
    with TestClient(make_app(path, analyzer)) as reader:
        empty = {url: reader.get(url).text for url in ("/timeline", "/map")}
        assert {url: reader.get(url).text for url in empty} == empty and drawn == ["bars", "dots"]
        store = SqliteStore(path)
        try:
            ingest_files(store, analyzer, FIRST_REPORT)
        finally:
            store.close()
        # Any write to the store makes the next request draw the page afresh.
        assert "Doha" in reader.get("/map").text and "Doha" not in empty["/map"]
        assert reader.get("/timeline").text != empty["/timeline"]
        assert drawn == ["bars", "dots", "dots", "bars"]
        assert reader.get("/timeline?since=2020").text != reader.get("/timeline").text


def test_the_pager_says_more_than_where_a_search_stopped_counting() -> None:
    stopped = pagination(ArticleHits((), 2000, 20, 40, True), page=3)
    assert stopped["total"] == "more than 2000" and stopped["pages"] == 100
    assert pagination(ArticleHits((), 2000, 20, 40, False), page=3)["total"] == 2000
    assert pagination(ResultPage((), 2000, 20, 40), page=3)["total"] == 2000
