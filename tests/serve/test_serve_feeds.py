"""The Atom feed of a watchlist: one entry per event, updated in place when later reports arrive."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

from fastapi.testclient import TestClient
from workbench_fixtures import FIRST_REPORT, SECOND_REPORT, auth, make_app

ATOM = "{http://www.w3.org/2005/Atom}"


def upload(client: TestClient, page: Path) -> None:
    files = [("files", (page.name, page.read_bytes(), "text/html"))]
    assert client.post("/api/ingest", files=files, headers=auth()).status_code == 200


def entries(client: TestClient, watchlist_id: int) -> list[ElementTree.Element]:
    answer = client.get(f"/api/watchlists/{watchlist_id}/feed.atom")
    assert answer.headers["content-type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(answer.content)
    assert feed.tag == f"{ATOM}feed" and feed.find(f"{ATOM}title").text == "wirewatch · Doha & more"
    return feed.findall(f"{ATOM}entry")


def test_a_second_report_updates_the_entry_instead_of_adding_one(fresh_db: Path, analyzer) -> None:
    with TestClient(make_app(fresh_db, analyzer)) as client:
        body = {"name": "Doha & more", "places": ["Doha"], "event_types": ["CONSULT"]}
        watchlist = client.post("/api/watchlists", json=body, headers=auth()).json()
        assert entries(client, watchlist["id"]) == []
        upload(client, FIRST_REPORT)
        (first,) = entries(client, watchlist["id"])
        upload(client, SECOND_REPORT)
        (second,) = entries(client, watchlist["id"])
        assert second.find(f"{ATOM}id").text == first.find(f"{ATOM}id").text
        assert second.find(f"{ATOM}title").text.startswith("CONSULT: ")
        assert "2 report(s)" in second.find(f"{ATOM}summary").text
        assert "1 report(s)" in first.find(f"{ATOM}summary").text
        link = second.find(f"{ATOM}link").get("href")
        assert link.startswith("http://testserver/events/")
        assert client.get(link.removeprefix("http://testserver")).status_code == 200
