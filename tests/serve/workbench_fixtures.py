"""Shared helpers of the workbench tests: the invented pages, the real ingest and the app under test."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

from wirewatch.analyze.pipeline import Analyzer
from wirewatch.ingest import IngestOutcome, ingest
from wirewatch.knowledge.store import SqliteStore
from wirewatch.serve.app import ServeOptions, create_app
from wirewatch.serve.webhooks import RetryPolicy
from wirewatch.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "serve"
TOKEN = "test-token-5b1f"
FIRST_REPORT = FIXTURES / "meridian-post-valdoria-talks.html"
SECOND_REPORT = FIXTURES / "harbor-wire-valdoria-talks.html"
INJECTION_PAGE = FIXTURES / "lakeside-courier-injection.html"


def ingest_files(store: SqliteStore, analyzer: Analyzer, *paths: Path) -> list[IngestOutcome]:
    """Run the real ingest over the files; every outcome, in order."""
    return list(ingest([str(path) for path in paths], store, 10_000_000, make_analyzer=lambda: analyzer))


def make_app(db_path: Path, analyzer: Analyzer, *, token: str | None = TOKEN, **options: object) -> FastAPI:
    settings = Settings(db_path=db_path, api_token=token, max_upload_bytes=200_000)
    defaults = {
        "start_worker": False,
        "allowed_hosts": ("testserver", "127.0.0.1", "localhost"),
        "make_analyzer": lambda: analyzer,
        "retry_policy": RetryPolicy(max_attempts=3, first_delay=0.05, timeout=2.0),
        "worker_tick": 0.05,
    }
    return create_app(settings, ServeOptions(**{**defaults, **options}))  # type: ignore[arg-type]


def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}


def changed_events(outcomes: list[IngestOutcome]) -> list[int]:
    """The knowledge-base events the outcomes' pages created or updated (what ingest hands to the alerts)."""
    return [
        event
        for outcome in outcomes
        for event in (*outcome.changes.created_events, *outcome.changes.updated_events)
    ]
