"""A store written by an older wirewatch: read commands say how to upgrade it, writes upgrade it themselves."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from wirewatch.knowledge.store import MIGRATIONS, SqliteStore


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
