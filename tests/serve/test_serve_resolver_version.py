"""A knowledge base another resolver built: the workbench reads it, but resolves nothing more into it.

The same rule as `wirewatch ingest` and `wirewatch entity merge|split`: merges, splits and uploads into
such a store answer 409 naming `wirewatch upgrade` (newer: upgrade wirewatch), until it is resolved again.
The stores are copies of the invented pages' store, marked as an older or a newer resolver left them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import uvicorn
from click.testing import CliRunner
from fastapi.testclient import TestClient
from workbench_fixtures import FIRST_REPORT, auth, make_app

from store_versions import as_a_newer_resolver_left_it, as_an_older_resolver_left_it
from wirewatch.cli import main
from wirewatch.knowledge.corrections import rebuild_knowledge
from wirewatch.knowledge.store import RESOLVER_VERSION, SqliteStore

OLDER_RESOLVER = f"resolver v1, this one v{RESOLVER_VERSION}"


def copy_of(filled_db: Path, tmp_path: Path) -> Path:
    """A store of its own holding the invented pages (the shared one is open elsewhere, so it is backed up)."""
    copy = tmp_path / "copy.db"
    with sqlite3.connect(filled_db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    source.close()
    target.close()
    return copy




def actor_id(client: TestClient, name: str) -> int:
    found = client.get("/api/actors", params={"name": name})
    assert found.status_code == 200, found.text
    return found.json()["actor"]["id"]


def merge_the_two_envoys(client: TestClient) -> tuple[int, dict]:
    """Fold Teodor Marquessa into Idris Halvorsen (one envoy, two names); the status and the answer."""
    keep, other = actor_id(client, "Idris Halvorsen"), actor_id(client, "Teodor Marquessa")
    assert keep != other
    body = {"other": other, "note": "one envoy"}
    answer = client.post(f"/api/actors/{keep}/merge", json=body, headers=auth())
    return answer.status_code, answer.json()


def split_one_mention(client: TestClient) -> tuple[int, dict]:
    """Move Idris Halvorsen's mention in the article about the swap to a new actor; the status and the answer."""
    person = actor_id(client, "Idris Halvorsen")
    article = client.get("/api/articles", params={"q": "swap"}).json()["items"][0]["article_id"]
    actors = client.get(f"/api/articles/{article}").json()["actors"]
    local_id = next(local for local, actor in actors.items() if actor == person)
    body = {"article_id": article, "local_id": local_id, "note": "a namesake"}
    answer = client.post(f"/api/actors/{person}/split", json=body, headers=auth())
    return answer.status_code, answer.json()


def upload_one_report(client: TestClient) -> int:
    files = [("files", (FIRST_REPORT.name, FIRST_REPORT.read_bytes(), "text/html"))]
    return client.post("/api/ingest", files=files, headers=auth()).status_code


def test_a_current_store_merges_and_splits(filled_db: Path, tmp_path: Path, analyzer) -> None:
    with TestClient(make_app(copy_of(filled_db, tmp_path), analyzer)) as client:
        split_status, split = split_one_mention(client)
        assert split_status == 201, split
        merge_status, merged = merge_the_two_envoys(client)
        assert merge_status == 200, merged
        assert "Teodor Marquessa" in merged["names"]


def test_writes_into_a_store_an_older_resolver_built_are_409_naming_the_upgrade(
    filled_db: Path, tmp_path: Path, analyzer
) -> None:
    db = copy_of(filled_db, tmp_path)
    as_an_older_resolver_left_it(db)
    with TestClient(make_app(db, analyzer)) as client:
        articles = client.get("/api/stats").json()["articles"]
        envoy = client.get(f"/api/actors/{actor_id(client, 'Idris Halvorsen')}").json()
        for status, answer in (merge_the_two_envoys(client), split_one_mention(client)):
            assert status == 409, answer
            assert list(answer) == ["detail"] and "\n" not in answer["detail"]
            assert OLDER_RESOLVER in answer["detail"] and "`wirewatch upgrade`" in answer["detail"]
        assert upload_one_report(client) == 409
        # Refused before anything was written: the knowledge base is as the older resolver left it.
        assert client.get(f"/api/actors/{envoy['actor']['id']}").json() == envoy
        assert client.get("/api/stats").json()["articles"] == articles
        # The token is checked first: without it, a write learns nothing about the store.
        unauthorised = client.post(f"/api/actors/{envoy['actor']['id']}/merge", json={"other": 1})
        assert unauthorised.status_code == 401


@pytest.mark.parametrize(
    "path",
    [
        "/api/stats",
        "/api/events?type=CONSULT",
        "/api/articles?q=swap",
        "/api/timeline?granularity=year",
        "/",
        "/events",
        "/upload",
    ],
)
def test_reads_of_a_store_an_older_resolver_built_still_answer(
    filled_db: Path, tmp_path: Path, analyzer, path: str
) -> None:
    db = copy_of(filled_db, tmp_path)
    as_an_older_resolver_left_it(db)
    with TestClient(make_app(db, analyzer)) as client:
        assert client.get(path).status_code == 200
        assert client.get(f"/api/actors/{actor_id(client, 'Idris Halvorsen')}").status_code == 200


def test_the_upload_page_says_to_run_the_upgrade(filled_db: Path, tmp_path: Path, analyzer) -> None:
    db = copy_of(filled_db, tmp_path)
    as_an_older_resolver_left_it(db)
    with TestClient(make_app(db, analyzer)) as client:
        files = [("files", (FIRST_REPORT.name, FIRST_REPORT.read_bytes(), "text/html"))]
        page = client.post("/upload", files=files, data={"token": auth()["Authorization"].split()[1]})
        assert page.status_code == 409
        assert OLDER_RESOLVER in page.text and "wirewatch upgrade" in page.text


def test_once_upgraded_the_running_workbench_merges_again(filled_db: Path, tmp_path: Path, analyzer) -> None:
    db = copy_of(filled_db, tmp_path)
    as_an_older_resolver_left_it(db)
    with TestClient(make_app(db, analyzer)) as client:
        assert merge_the_two_envoys(client)[0] == 409
        # What `wirewatch upgrade` does, while the workbench keeps running: no restart is needed.
        store = SqliteStore(db)
        try:
            rebuild_knowledge(store)
            store.record_resolver_version()
        finally:
            store.close()
        status, merged = merge_the_two_envoys(client)
        assert status == 200, merged


def test_writes_into_a_store_a_newer_resolver_built_say_to_upgrade_wirewatch(
    filled_db: Path, tmp_path: Path, analyzer
) -> None:
    db = copy_of(filled_db, tmp_path)
    as_a_newer_resolver_left_it(db)
    with TestClient(make_app(db, analyzer)) as client:
        status, answer = merge_the_two_envoys(client)
        assert status == 409
        assert f"resolver v{RESOLVER_VERSION + 1}, this one v{RESOLVER_VERSION}" in answer["detail"]
        assert "upgrade wirewatch" in answer["detail"]


def test_serve_says_at_start_that_writes_will_be_refused(
    filled_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = copy_of(filled_db, tmp_path)
    as_an_older_resolver_left_it(db)
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: None)
    started = CliRunner().invoke(main, ["--db", str(db), "serve", "--processes", "1"])
    assert started.exit_code == 0, started.output
    assert "merges, splits and uploads are refused" in started.output
    assert "wirewatch upgrade" in started.output
