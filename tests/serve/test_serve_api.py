"""The REST API over a store filled by the real ingest: queries, filters, pagination, CSV, writes."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from workbench_fixtures import FIRST_REPORT, INJECTION_PAGE, SECOND_REPORT, TOKEN, auth, make_app

from wirewatch.knowledge import queries


def meeting_id(client: TestClient) -> int:
    """The Doha meeting both invented reports tell."""
    page = client.get("/api/events", params={"type": "CONSULT", "place": "Doha"}).json()
    assert page["total"] >= 1
    return page["items"][0]["id"]


def test_the_openapi_document_describes_the_api(client: TestClient) -> None:
    document = client.get("/api/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/actors", "/api/watchlists", "/api/ingest"} <= set(
        document["paths"]
    )
    assert "text/csv" in document["paths"]["/api/events"]["get"]["responses"]["200"]["content"]


def test_an_actor_is_found_by_a_partial_name_with_its_profile(client: TestClient) -> None:
    match = client.get("/api/actors", params={"name": "Halvorsen"}).json()
    assert match["actor"]["name"] == "Idris Halvorsen"
    profile = client.get(f"/api/actors/{match['actor']['id']}").json()
    assert "Halvorsen" in profile["names"]
    assert any(item["actor"]["name"] == "Coastal Front" for item in profile["counterparts"])


def test_an_actor_written_in_digits_that_are_not_decimal_is_a_name_not_an_error(client: TestClient) -> None:
    # "²" counts as a digit in Unicode, but it is no number an id could be.
    response = client.get("/api/events", params={"actor": "²"})
    assert response.status_code in {200, 404}


def test_the_meeting_lists_both_reports_with_evidence_at_their_offsets(client: TestClient) -> None:
    detail = client.get(f"/api/events/{meeting_id(client)}").json()
    assert detail["event"]["reports"] == 2
    for report in detail["reports"]:
        article = client.get(f"/api/articles/{report['article_id']}").json()
        text = "\n\n".join(article["article"]["body"])
        for evidence in report["evidence"]:
            if evidence["caption"] is None:
                assert text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_events_filter_by_type_place_and_time_window(client: TestClient) -> None:
    assert (
        client.get("/api/events", params={"type": "consult", "since": "2025-03", "until": "2025-03"}).json()[
            "total"
        ]
        >= 1
    )
    assert client.get("/api/events", params={"type": "CONSULT", "until": "2024-12-31"}).json()["items"] == [
        item
        for item in client.get("/api/events", params={"type": "CONSULT", "until": "2024-12-31"}).json()[
            "items"
        ]
        if (item["date"] or "") <= "2024-12-31"
    ]
    nowhere = client.get("/api/events", params={"place": "Reykjavik"}).json()
    assert nowhere["total"] == 0 and nowhere["items"] == []


def test_pages_are_bounded_and_offsets_move_through_the_results(client: TestClient) -> None:
    everything = client.get("/api/events", params={"limit": 500}).json()
    assert everything["total"] >= 3
    one = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert one["limit"] == 1 and one["offset"] == 1 and one["items"] == everything["items"][1:2]
    assert client.get("/api/events", params={"limit": 0}).status_code == 422
    assert client.get("/api/events", params={"limit": 501}).status_code == 422
    assert client.get("/api/events", params={"offset": -1}).status_code == 422


def test_tables_come_as_csv_by_parameter_or_accept_header(client: TestClient) -> None:
    by_parameter = client.get("/api/events", params={"format": "csv"})
    by_header = client.get("/api/events", headers={"Accept": "text/csv"})
    assert by_parameter.headers["content-type"].startswith("text/csv")
    assert by_parameter.text == by_header.text
    rows = list(csv.DictReader(io.StringIO(by_parameter.text)))
    assert {"id", "type", "actors", "reports", "corroboration"} <= set(rows[0])
    assert len(rows) == client.get("/api/events").json()["total"]
    empty = client.get("/api/articles", params={"q": "zzzqqq", "format": "csv"})
    assert empty.text.splitlines() == ["article_id,title,url,published,rank,snippet"]


def test_full_text_search_finds_articles(client: TestClient) -> None:
    hits = client.get("/api/articles", params={"q": "detainees"}).json()
    assert hits["total"] >= 1 and all("title" in hit for hit in hits["items"])


def test_a_search_that_stops_counting_says_the_total_is_a_lower_bound(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    exact = client.get("/api/articles", params={"q": "ceasefire talks"}).json()
    assert exact["total"] >= 2 and exact["total_is_lower_bound"] is False
    monkeypatch.setattr(queries, "RANKED_HITS", 1)
    capped = client.get("/api/articles", params={"q": "ceasefire talks"}).json()
    assert capped["total"] == 1 and capped["total_is_lower_bound"] is True and len(capped["items"]) == 1
    assert capped["items"][0]["article_id"] == max(hit["article_id"] for hit in exact["items"])
    html = client.get("/", params={"q": "ceasefire talks"}).text
    assert "Articles (more than 1)" in html


def test_missing_items_are_404_with_one_line(client: TestClient) -> None:
    for path in ("/api/events/99999", "/api/actors/99999", "/api/articles/99999", "/api/watchlists/99999"):
        answer = client.get(path)
        assert answer.status_code == 404, path
        assert isinstance(answer.json()["detail"], str)


def test_the_watchlist_that_existed_before_ingest_fired_once_for_the_meeting(client: TestClient) -> None:
    (watchlist,) = [item for item in client.get("/api/watchlists").json() if item["name"] == "Doha talks"]
    alerts = client.get(f"/api/watchlists/{watchlist['id']}/alerts").json()
    meeting = [alert for alert in alerts["items"] if alert["event"]["id"] == meeting_id(client)]
    assert len(meeting) == 1 and meeting[0]["reports"] == 2


def test_watchlists_are_managed_with_the_token(fresh_db: Path, analyzer) -> None:
    with TestClient(make_app(fresh_db, analyzer)) as client:
        body = {"name": "Gulf", "places": ["Doha", "Muscat"], "event_types": ["consult"], "webhook_url": None}
        assert client.post("/api/watchlists", json=body).status_code == 401
        assert (
            client.post("/api/watchlists", json=body, headers={"Authorization": "Bearer wrong"}).status_code
            == 401
        )
        created = client.post("/api/watchlists", json=body, headers=auth())
        assert created.status_code == 201
        watchlist = created.json()
        assert watchlist["event_types"] == ["CONSULT"]
        assert client.post("/api/watchlists", json=body, headers=auth()).status_code == 400  # name taken
        changed = client.put(
            f"/api/watchlists/{watchlist['id']}", json={**body, "keywords": ["detainee swap"]}, headers=auth()
        )
        assert changed.json()["keywords"] == ["detainee swap"]
        assert client.delete(f"/api/watchlists/{watchlist['id']}").status_code == 401
        assert client.delete(f"/api/watchlists/{watchlist['id']}", headers=auth()).status_code == 204
        assert client.get("/api/watchlists").json() == []


def test_writes_are_refused_when_the_workbench_has_no_token(fresh_db: Path, analyzer) -> None:
    with TestClient(make_app(fresh_db, analyzer, token=None)) as client:
        answer = client.post("/api/watchlists", json={"name": "x", "keywords": ["y"]}, headers=auth())
        assert answer.status_code == 403
        assert "token" in answer.json()["detail"]


def test_uploaded_pages_are_ingested_once_and_raise_alerts(fresh_db: Path, analyzer) -> None:
    with TestClient(make_app(fresh_db, analyzer)) as client:
        client.post("/api/watchlists", json={"name": "Doha", "places": ["Doha"]}, headers=auth())
        files = [("files", (FIRST_REPORT.name, FIRST_REPORT.read_bytes(), "text/html"))]
        assert client.post("/api/ingest", files=files).status_code == 401
        report = client.post("/api/ingest", files=files, headers=auth()).json()
        assert [outcome["status"] for outcome in report["outcomes"]] == ["new"]
        assert report["outcomes"][0]["filename"] == FIRST_REPORT.name
        assert len(report["alerts"]) == 1 and report["alerts"][0]["event"]["place"] == "Doha"
        again = client.post("/api/ingest", files=files, headers=auth()).json()
        assert [outcome["status"] for outcome in again["outcomes"]] == ["duplicate"] and again["alerts"] == []


def test_uploads_over_the_size_limit_are_refused(fresh_db: Path, analyzer) -> None:
    with TestClient(make_app(fresh_db, analyzer)) as client:
        big = INJECTION_PAGE.read_bytes() * (300_000 // len(INJECTION_PAGE.read_bytes()) + 1)
        answer = client.post("/api/ingest", files=[("files", ("big.html", big, "text/html"))], headers=auth())
        assert answer.status_code == 413
        assert client.get("/api/stats").json()["articles"] == 0


@pytest.mark.parametrize(
    "path", ["/api/stats", "/api/timeline?granularity=year", "/api/events/bbox?south=0&north=60"]
)
def test_other_reads_answer(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 200


def test_the_token_is_never_echoed(client: TestClient) -> None:
    answer = client.post(
        "/api/watchlists", json={"name": "x", "keywords": ["y"]}, headers={"Authorization": "Bearer nope"}
    )
    assert TOKEN not in answer.text and "nope" not in answer.text


def test_an_analyst_splits_and_merges_actors_with_the_token(fresh_db: Path, analyzer) -> None:
    with TestClient(make_app(fresh_db, analyzer)) as client:
        for report in (FIRST_REPORT, SECOND_REPORT):
            files = [("files", (report.name, report.read_bytes(), "text/html"))]
            client.post("/api/ingest", files=files, headers=auth())
        person = client.get("/api/actors", params={"name": "Idris Halvorsen"}).json()["actor"]
        second = client.get("/api/articles", params={"q": "swap"}).json()["items"][0]["article_id"]
        actors = client.get(f"/api/articles/{second}").json()["actors"]
        local_id = next(local for local, actor_id in actors.items() if actor_id == person["id"])
        split = {"article_id": second, "local_id": local_id, "note": "a namesake"}
        assert client.post(f"/api/actors/{person['id']}/split", json=split).status_code == 401
        created = client.post(f"/api/actors/{person['id']}/split", json=split, headers=auth())
        assert created.status_code == 201, created.text
        new_id = created.json()["actor"]["id"]
        assert new_id != person["id"] and created.json()["articles"] == 1
        merged = client.post(f"/api/actors/{person['id']}/merge", json={"other": new_id}, headers=auth())
        assert merged.status_code == 200 and merged.json()["articles"] == 2
        itself = client.post(
            f"/api/actors/{person['id']}/merge", json={"other": person["id"]}, headers=auth()
        )
        assert itself.status_code == 400
        neither = client.post(f"/api/actors/{person['id']}/split", json={"note": "x"}, headers=auth())
        assert neither.status_code == 400
