"""`wirewatch ingest` then `wirewatch stats`: the store summarised, and re-ingest adding nothing."""

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
def test_stats_summarise_what_ingest_stored(tmp_path: Path):
    db = tmp_path / "kb.db"
    first = wirewatch(db, "ingest", "--quiet", "--workers", "1", str(PAGES))
    assert first.returncode == 0, first.stderr
    assert "read 4 · new 4 · duplicate 0 · failed 0" in first.stdout
    figures = json.loads(wirewatch(db, "stats", "--format", "json").stdout)
    assert (figures["pages"], figures["articles"], figures["failures"]) == (4, 4, 0)
    assert figures["actors"] > 5 and figures["events"] >= 3 and figures["quotes"] >= 2
    assert figures["earliest_published"].startswith("2023-03-04")
    again = wirewatch(db, "ingest", "--quiet", "--workers", "1", str(PAGES))
    assert "read 4 · new 0 · duplicate 4 · failed 0" in again.stdout
    assert json.loads(wirewatch(db, "stats", "--format", "json").stdout) | {"size_bytes": 0} == figures | {
        "size_bytes": 0
    }
    text = wirewatch(db, "stats").stdout
    assert "articles            4" in text


def test_stats_on_a_missing_store_is_one_clear_line(tmp_path: Path):
    result = wirewatch(tmp_path / "none.db", "stats")
    assert result.returncode == 2
    assert "no store here yet" in result.stderr and "Traceback" not in result.stderr
