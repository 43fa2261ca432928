"""A store written by an older wirewatch: read commands say how to upgrade it, writes upgrade it themselves.

A knowledge base an older resolver built is resolved again by `upgrade`; until then, commands that would
resolve new reports into it say to run `upgrade` rather than mix two resolvers' answers.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from store_versions import as_an_older_resolver_left_it
from wirewatch.knowledge.store import MIGRATIONS, RESOLVER_VERSION, SqliteStore
from wirewatch.model import Analysis, Article, Page

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def wirewatch(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wirewatch", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def old_store(path: Path, version: int) -> Path:
    """A store as a wirewatch that knew only the first `version` migrations left it."""
    connection = sqlite3.connect(path)
    for script in MIGRATIONS[:version]:
        connection.executescript(script)
    connection.execute(f"PRAGMA user_version = {version}")
    connection.commit()
    connection.close()
    return path


def test_stats_on_the_first_schema_is_one_line_naming_the_upgrade(tmp_path: Path):
    db = old_store(tmp_path / "old.db", 1)
    result = wirewatch(db, "stats")
    assert result.returncode == 2 and result.stdout == ""
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "schema v1 is older" in result.stderr and "`wirewatch upgrade`" in result.stderr
    with sqlite3.connect(db) as connection:  # a read never writes, not even an upgrade
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 1


@pytest.mark.slow
@pytest.mark.parametrize("version", sorted({1, len(MIGRATIONS) - 1}))
def test_every_read_command_on_an_older_store_names_the_upgrade(tmp_path: Path, version: int):
    db = old_store(tmp_path / "old.db", version)
    for command in (("stats", "--format", "json"), ("query", "events"), ("export",)):
        result = wirewatch(db, *command)
        assert result.returncode == 2 and result.stdout == "", command
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert f"schema v{version} is older" in result.stderr and "`wirewatch upgrade`" in result.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == version


def test_upgrade_brings_an_old_store_up_to_date_and_reads_work_again(tmp_path: Path):
    db = old_store(tmp_path / "old.db", 1)
    upgraded = wirewatch(db, "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"upgraded from schema v1 to v{len(MIGRATIONS)}" in upgraded.stdout
    figures = json.loads(wirewatch(db, "stats", "--format", "json").stdout)
    assert figures["schema_version"] == len(MIGRATIONS) and figures["events"] == 0
    assert "up to date" in wirewatch(db, "upgrade").stdout


def test_a_command_that_writes_upgrades_an_old_store_by_itself(tmp_path: Path):
    db = old_store(tmp_path / "old.db", 1)
    result = wirewatch(db, "entity", "rebuild")
    assert result.returncode == 0, result.stderr
    store = SqliteStore(db, read_only=True)
    try:
        assert store.schema_version == len(MIGRATIONS)
    finally:
        store.close()


def test_a_file_that_is_not_a_store_is_one_clear_line(tmp_path: Path):
    db = tmp_path / "notes.db"
    db.write_text("shopping list\n", encoding="utf-8")
    for command in (("stats",), ("upgrade",)):
        result = wirewatch(db, *command)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert "not a wirewatch store" in result.stderr or "cannot open the store" in result.stderr


def store_one_report(db: Path) -> Path:
    """A store holding one invented report, analysed by hand (what is checked is the store, not the analysis)."""
    store = SqliteStore(db)
    try:
        page = Page("harbour-post-ferry.txt", "text", "Harbour Post: the Valmora ferry resumed on Monday.")
        store.add_analyzed(page, Article(None, ("The Valmora ferry resumed on Monday.",)), Analysis())
    finally:
        store.close()
    return db



def test_ingest_into_a_store_an_older_resolver_built_is_one_line_naming_the_upgrade(tmp_path: Path):
    db = store_one_report(tmp_path / "kb.db")
    as_an_older_resolver_left_it(db)
    for command in (("ingest", "--quiet", str(FIXTURES / "pages")), ("entity", "merge", "1", "2")):
        result = wirewatch(db, *command)
        assert result.returncode == 2 and result.stdout == "", command
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert f"resolver v1, this one v{RESOLVER_VERSION}" in result.stderr
        assert "`wirewatch upgrade`" in result.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM pages").fetchone()[0] == 1
    connection.close()
    upgraded = wirewatch(db, "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"re-resolved 1 articles: resolver v1 → v{RESOLVER_VERSION}" in upgraded.stdout


def _events(db: Path) -> list[tuple[str, int, int]]:
    listed = json.loads(wirewatch(db, "query", "events", "--format", "json").stdout)["items"]
    return sorted((event["type"], event["reports"], event["corroboration"]) for event in listed)


def _actor_named(db: Path, name: str) -> dict:
    return json.loads(wirewatch(db, "query", "actor", name, "--format", "json").stdout)["actor"]


@pytest.mark.slow
def test_upgrade_resolves_again_what_an_older_resolver_built_and_keeps_corrections(tmp_path: Path):
    db = tmp_path / "kb.db"
    ingested = wirewatch(db, "ingest", "--quiet", "--workers", "1", str(FIXTURES / "serve"))
    assert ingested.returncode == 0, ingested.stderr
    merged = wirewatch(db, "entity", "merge", "Teodor Marquessa", "Idris Halvorsen", "--note", "one envoy")
    assert merged.returncode == 0, merged.stderr
    events = _events(db)
    assert any(reports > 1 for _, reports, _ in events)  # reports from several outlets merged into one event
    as_an_older_resolver_left_it(db)
    # An older resolver's answers: every merged event counted as more independent sources than now.
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE events SET corroboration = reports + 1")
    connection.close()

    upgraded = wirewatch(db, "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"upgraded from schema v4 to v{len(MIGRATIONS)}" in upgraded.stdout
    assert f"re-resolved 3 articles: resolver v1 → v{RESOLVER_VERSION}" in upgraded.stdout
    assert _events(db) == events
    actor = _actor_named(db, "Idris Halvorsen")
    assert actor == _actor_named(db, "Teodor Marquessa") and "Teodor Marquessa" in actor["aliases"]
    assert f"resolver v{RESOLVER_VERSION}" in wirewatch(db, "stats").stdout

    again = wirewatch(db, "upgrade")
    assert "up to date" in again.stdout and "re-resolved" not in again.stdout
    reingested = wirewatch(db, "ingest", "--quiet", "--workers", "1", str(FIXTURES / "serve"))
    assert reingested.returncode == 0 and "duplicate 3" in reingested.stdout


def test_stats_say_when_an_older_resolver_built_the_knowledge_base(tmp_path: Path):
    db = store_one_report(tmp_path / "kb.db")
    with sqlite3.connect(db) as connection:
        connection.execute("DELETE FROM schema_versions WHERE component = 'resolver'")
    connection.close()
    text = wirewatch(db, "stats").stdout
    assert "resolver v1" in text and "`wirewatch upgrade` resolves it again" in text
