"""A watchlist fires when `wirewatch ingest` stores a matching report, and does not fire twice on re-ingest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


def wirewatch(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wirewatch", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.slow
def test_ingest_records_an_alert_for_a_matching_watchlist_once(tmp_path: Path):
    db = tmp_path / "kb.db"
    assert wirewatch(db, "watchlist", "add", "gulf talks", "--keyword", "Muscat", "--type", "CONSULT").returncode == 0
    assert wirewatch(db, "watchlist", "add", "unrelated", "--keyword", "Reykjavik").returncode == 0
    first = wirewatch(db, "ingest", "--quiet", "--workers", "1", str(PAGES / "harbor-wire-ceasefire-talks.txt"))
    assert first.returncode == 0, first.stderr
    assert "alerts 1" in first.stdout
    alerts = json.loads(wirewatch(db, "watchlist", "alerts", "--format", "json").stdout)
    assert alerts["total"] == 1
    assert alerts["items"][0]["watchlist_name"] == "gulf talks"
    assert alerts["items"][0]["event"]["place"] == "Muscat"
    again = wirewatch(db, "ingest", "--quiet", "--workers", "1", str(PAGES / "harbor-wire-ceasefire-talks.txt"))
    assert "duplicate 1" in again.stdout and "alerts" not in again.stdout
    assert json.loads(wirewatch(db, "watchlist", "alerts", "--format", "json").stdout)["total"] == 1
