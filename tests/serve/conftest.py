"""A workbench over a real store: invented pages through the real ingest, then the real app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from workbench_fixtures import (
    FIRST_REPORT,
    INJECTION_PAGE,
    SECOND_REPORT,
    changed_events,
    ingest_files,
    make_app,
)

from wirewatch.analyze.pipeline import Analyzer
from wirewatch.knowledge.store import SqliteStore
from wirewatch.serve.alerts import match_watchlists
from wirewatch.serve.schema import migrate_serve_schema
from wirewatch.serve.watchlists import WatchlistSpec, create_watchlist


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    """The real analyzer (language model and gazetteer), loaded once for every workbench test."""
    return Analyzer()


@pytest.fixture(scope="session")
def filled_db(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> Path:
    """A store holding every invented page, with a watchlist created before the ingest so that it fired."""
    path = tmp_path_factory.mktemp("workbench") / "wirewatch.db"
    store = SqliteStore(path)
    try:
        migrate_serve_schema(store)
        create_watchlist(store, WatchlistSpec(name="Doha talks", places=("Doha",), event_types=("CONSULT",)))
        outcomes = ingest_files(store, analyzer, FIRST_REPORT, SECOND_REPORT, INJECTION_PAGE)
        assert [outcome.status for outcome in outcomes] == ["new", "new", "new"], outcomes
        match_watchlists(store, changed_events(outcomes))
    finally:
        store.close()
    return path


@pytest.fixture(scope="session")
def client(filled_db: Path, analyzer: Analyzer) -> Iterator[TestClient]:
    """Reads against the filled store (tests that write use their own store)."""
    with TestClient(make_app(filled_db, analyzer)) as test_client:
        yield test_client


@pytest.fixture
def fresh_db(tmp_path: Path) -> Path:
    return tmp_path / "fresh.db"
