"""Ingest: every page stored with its analysis once, in parallel, and safe to kill, race and query."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest_support import make_name_pair_analyzer, write_pages
from wirewatch.ingest import IngestSummary, ingest
from wirewatch.knowledge.queries import find_actor, search_events
from wirewatch.knowledge.store import SqliteStore

SUPPORT = Path(__file__).resolve().parent / "ingest_support.py"


def run_ingest(store: SqliteStore, targets: list[str], **options) -> IngestSummary:
    summary = IngestSummary()
    for outcome in ingest(targets, store, 1_000_000, make_analyzer=make_name_pair_analyzer, **options):
        summary.count(outcome)
    return summary


def assert_consistent(database: Path) -> int:
    """Every stored page is whole: article, analysis, entities and resolved events; returns the page count."""
    db = sqlite3.connect(database)
    pages = db.execute("SELECT count(*) FROM pages").fetchone()[0]
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == pages
    assert db.execute("SELECT count(*) FROM analyses").fetchone()[0] == pages
    for article_id, analysis in db.execute("SELECT article_id, analysis_json FROM analyses"):
        stored = db.execute("SELECT count(*) FROM entities WHERE article_id = ?", (article_id,)).fetchone()[0]
        assert stored == len(json.loads(analysis)["entities"])
    assert db.execute("SELECT count(*) FROM entities WHERE actor_id IS NULL").fetchone()[0] == 0
    assert (
        db.execute(
            "SELECT count(*) FROM events e WHERE e.reports != (SELECT count(*) FROM reports r WHERE r.event_id = e.id)"
        ).fetchone()[0]
        == 0
    )
    assert (
        db.execute("SELECT count(*) FROM reports WHERE event_id NOT IN (SELECT id FROM events)").fetchone()[0]
        == 0
    )
    assert (
        db.execute("SELECT coalesce(sum(events), 0) FROM event_day_counts").fetchone()[0]
        == db.execute("SELECT count(*) FROM events WHERE date_start IS NOT NULL").fetchone()[0]
    )
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    return pages


def test_ingest_stores_each_page_with_its_analysis_once(tmp_path: Path):
    write_pages(tmp_path / "pages", 12)
    store = SqliteStore(tmp_path / "kb.db")
    outcomes = list(
        ingest(
            [str(tmp_path / "pages")], store, 1_000_000, make_analyzer=make_name_pair_analyzer, batch_size=5
        )
    )
    assert [o.status for o in outcomes] == ["new"] * 12
    assert outcomes[0].changes.created_events and outcomes[0].article_id == 1
    again = run_ingest(store, [str(tmp_path / "pages")])
    assert (again.read, again.new, again.duplicate) == (12, 0, 12)
    store.close()
    assert assert_consistent(tmp_path / "kb.db") == 12


def test_two_workers_build_the_same_knowledge_base_as_one(tmp_path: Path):
    write_pages(tmp_path / "pages", 20)
    tables = []
    for workers in (1, 2):
        store = SqliteStore(tmp_path / f"kb{workers}.db")
        summary = run_ingest(store, [str(tmp_path / "pages")], workers=workers, batch_size=3)
        assert summary.new == 20
        tables.append(
            (
                store.connection.execute("SELECT id, name FROM actors ORDER BY id").fetchall(),
                store.connection.execute("SELECT id, type, date, reports FROM events ORDER BY id").fetchall(),
                store.connection.execute(
                    "SELECT source FROM pages p JOIN articles a ON a.page_hash = p.hash ORDER BY a.id"
                ).fetchall(),
            )
        )
        store.close()
    assert [list(map(tuple, t)) for t in tables[0]] == [list(map(tuple, t)) for t in tables[1]]


def _hears_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _stored(database: Path) -> int:
    with sqlite3.connect(database) as db:
        return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])


def _driver(database: Path, *targets: Path, delay: float = 0.0) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(SUPPORT), str(database), str(delay), *map(str, targets)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


@pytest.mark.slow
def test_killed_ingest_leaves_a_consistent_store_and_resumes(tmp_path: Path):
    write_pages(tmp_path / "pages", 40)
    database = tmp_path / "kb.db"
    SqliteStore(database).close()
    chooser = random.Random(4)
    for round_number in range(3):
        process = _driver(database, tmp_path / "pages", delay=0.03)
        # Killed at a random point after at least one more page is stored, mid-way through others.
        target = (round_number + 1) * 8 + chooser.randint(0, 6)
        while _stored(database) < target and process.poll() is None:
            time.sleep(chooser.uniform(0.005, 0.03))
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert target <= assert_consistent(database) < 40
    finished = _driver(database, tmp_path / "pages")
    output, errors = finished.communicate(timeout=120)
    assert finished.returncode == 0, errors
    assert assert_consistent(database) == 40
    assert output.count("new ") + output.count("duplicate ") == 40


@pytest.mark.slow
def test_two_ingests_of_overlapping_inputs_lose_and_duplicate_nothing(tmp_path: Path):
    write_pages(tmp_path / "a", 15, start=0)
    write_pages(tmp_path / "b", 15, start=15)
    write_pages(tmp_path / "c", 15, start=30)
    database = tmp_path / "kb.db"
    SqliteStore(database).close()
    first = _driver(database, tmp_path / "a", tmp_path / "b")
    second = _driver(database, tmp_path / "c", tmp_path / "b")
    outputs = [process.communicate(timeout=120) for process in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, outputs
    assert assert_consistent(database) == 45
    new = sum(out.count("new ") for out, _ in outputs)
    duplicate = sum(out.count("duplicate ") for out, _ in outputs)
    assert (new, duplicate) == (45, 15)
    db = sqlite3.connect(database)
    assert db.execute("SELECT count(*) FROM reports").fetchone()[0] == 45
    assert (
        db.execute("SELECT count(DISTINCT name) FROM actors").fetchone()[0]
        == db.execute("SELECT count(*) FROM actors").fetchone()[0]
    )


@pytest.mark.slow
def test_queries_run_while_an_ingest_writes(tmp_path: Path):
    write_pages(tmp_path / "pages", 60)
    database = tmp_path / "kb.db"
    SqliteStore(database).close()
    process = _driver(database, tmp_path / "pages", delay=0.01)
    reader = SqliteStore(database, read_only=True)
    answered = 0
    while process.poll() is None:
        search_events(reader, type="CONSULT", limit=5)
        find_actor(reader, "Mira Salk")
        answered += 1
    reader.close()
    assert process.returncode == 0 and answered > 5
    assert assert_consistent(database) == 60


# ------------------------------------------------------------------ the real command line


def _wirewatch(database: Path, *arguments: str, **options) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wirewatch", "--db", str(database), *arguments],
        capture_output=True, text=True, timeout=300, **options,
    )  # fmt: skip


@pytest.mark.slow
def test_cli_names_each_bad_input_and_its_reason_and_goes_on(tmp_path: Path):
    import gzip
    import os

    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "photo.html").write_bytes(bytes(range(256)) * 20)
    (inputs / "empty.html").write_bytes(b"")
    story = " ".join(f"word{number}" for number in range(600)).encode()
    (inputs / "cut.html.gz").write_bytes(
        gzip.compress(b"<html><body><p>" + story + b"</p></body></html>")[:300]
    )
    (inputs / "huge.html").write_text("<html><body><p>" + "many words " * 2000 + "</p></body></html>")
    links = " ".join(f'<li><a href="/section/{number}">Section {number}</a></li>' for number in range(20))
    (inputs / "menu.html").write_text(
        f"<html><head><title>Sections</title></head><body><header><nav><ul>{links}</ul></nav></header>"
        "<footer><p>Copyright 2024 Harbour Post. All rights reserved.</p></footer></body></html>"
    )
    expected = {
        "photo.html": "binary",
        "empty.html": "empty",
        "cut.html.gz": "gzip",
        "huge.html": "limit",
        "menu.html": "no article text",
    }
    if os.geteuid() != 0:  # root reads any file, so an unreadable one can only be made for other users
        locked = inputs / "locked.html"
        locked.write_text("<p>secret</p>")
        locked.chmod(0)
        expected["locked.html"] = "permission denied"
    result = _wirewatch(
        tmp_path / "kb.db",
        "ingest",
        "--quiet",
        str(inputs),
        env={**os.environ, "WIREWATCH_MAX_PAGE_BYTES": "10000"},
    )
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == len(expected), result.stderr
    for name, reason in expected.items():
        assert any(name in line and reason in line for line in lines), (name, result.stderr)
    assert f"read {len(expected)} · new 0 · duplicate 0 · failed {len(expected)}" in result.stdout
    assert "Traceback" not in result.stderr


_PAGES_FOR_CTRL_C = 96


@pytest.mark.slow
def test_cli_ctrl_c_stops_with_130_and_the_same_command_resumes(tmp_path: Path):
    # Pages are stored a batch of 16 at a time: enough batches that Ctrl-C lands while some are still to come.
    write_pages(tmp_path / "pages", _PAGES_FOR_CTRL_C)
    database = tmp_path / "kb.db"
    SqliteStore(database).close()
    command = [
        sys.executable,
        "-m",
        "wirewatch",
        "--db",
        str(database),
        "ingest",
        "--quiet",
        str(tmp_path / "pages"),
    ]
    # A shell's background job ignores Ctrl-C, and a child inherits that; this one must hear it as a terminal would.
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=_hears_ctrl_c
    )
    deadline = time.monotonic() + 240
    while _stored(database) < 2 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    output, errors = process.communicate(timeout=120)
    assert process.returncode == 130, errors
    assert "run the same command again to resume" in errors
    stored = assert_consistent(database)
    assert 2 <= stored < _PAGES_FOR_CTRL_C
    resumed = _wirewatch(database, "ingest", "--quiet", "--workers", "2", str(tmp_path / "pages"))
    assert resumed.returncode == 0, resumed.stderr
    assert f"read {_PAGES_FOR_CTRL_C} · new {_PAGES_FOR_CTRL_C - stored} · duplicate {stored} · failed 0" in resumed.stdout
    assert assert_consistent(database) == _PAGES_FOR_CTRL_C


def test_pages_stored_without_analysis_are_analysed_by_the_next_ingest(tmp_path: Path):
    from wirewatch.clean import clean_page
    from wirewatch.read import read_path

    write_pages(tmp_path / "pages", 3)
    store = SqliteStore(tmp_path / "kb.db")
    # What an ingest before analyses existed left behind: pages and articles, nothing else.
    for page in read_path(str(tmp_path / "pages"), 1_000_000):
        store.add_article(page, clean_page(page))
    summary = run_ingest(store, [str(tmp_path / "pages")])
    assert (summary.new, summary.duplicate) == (3, 0)
    assert (
        store.connection.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'grain'"
        ).fetchone()[0]
        == 3
    )
    store.close()
    assert assert_consistent(tmp_path / "kb.db") == 3


def test_an_input_of_any_size_is_read_only_a_batch_ahead_of_what_is_stored(tmp_path: Path, monkeypatch):
    # A 10 GB WARC is a stream of records: the ingest must never pull the whole of it into memory.
    import wirewatch.ingest as ingest_module
    from wirewatch.model import Page

    pages = [path.read_text(encoding="utf-8") for path in write_pages(tmp_path / "pages", 40)]
    read: list[int] = []

    def streamed(_targets, _max_bytes):
        for number, content in enumerate(pages):
            read.append(number)
            yield Page(f"archive.warc#record-{number}", "html", content)

    monkeypatch.setattr(ingest_module, "iter_pages", streamed)
    store = SqliteStore(tmp_path / "store.db")
    batch_size = 4
    outcomes = ingest(["archive.warc"], store, 1_000_000, batch_size=batch_size, make_analyzer=make_name_pair_analyzer)
    for stored, _ in enumerate(outcomes, start=1):
        assert len(read) <= stored + batch_size  # never more than the batch being analysed
    assert len(read) == 40
    store.close()


@pytest.mark.slow
def test_ingest_shows_its_progress_unless_asked_to_be_quiet(tmp_path: Path):
    write_pages(tmp_path / "pages", 3)
    shown = _wirewatch(tmp_path / "kb.db", "ingest", "--workers", "1", str(tmp_path / "pages"))
    assert shown.returncode == 0, shown.stderr
    assert "ingest" in shown.stderr and "3/" in shown.stderr and "pages/s" in shown.stderr
    quiet = _wirewatch(tmp_path / "kb.db", "ingest", "--quiet", "--workers", "1", str(tmp_path / "pages"))
    assert quiet.returncode == 0 and "pages/s" not in quiet.stderr
    assert "read 3 · new 0 · duplicate 3 · failed 0" in quiet.stdout
