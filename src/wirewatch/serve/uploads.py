"""Pages uploaded to the workbench go through the same ingest as `wirewatch ingest`, then the watchlists."""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from wirewatch.ingest import AnalyzerFactory, IngestOutcome, ingest
from wirewatch.knowledge.store import SqliteStore
from wirewatch.serve.alerts import Alert, match_watchlists

SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class UploadedFile:
    filename: str
    data: bytes


@dataclass(frozen=True)
class UploadOutcome:
    """What happened to one page of an upload."""

    filename: str
    status: str
    reason: str | None


@dataclass(frozen=True)
class UploadReport:
    """Every page's outcome, and the alerts the new pages raised or updated."""

    outcomes: tuple[UploadOutcome, ...]
    alerts: tuple[Alert, ...]


def safe_filename(name: str) -> str:
    """A plain file name for an upload: no folders, no dots in front, nothing a shell or path would read."""
    base = SAFE_NAME.sub("_", Path(name.replace("\\", "/")).name).lstrip("._")
    return base[:100] or "upload"


def ingest_uploads(
    store: SqliteStore, uploads: list[UploadedFile], max_page_bytes: int, make_analyzer: AnalyzerFactory
) -> UploadReport:
    """Ingest uploaded files (pages, feeds or archives) and match the events they changed against watchlists."""
    outcomes: list[UploadOutcome] = []
    changed_events: list[int] = []
    # The ingest reads files: each upload is written under a name we choose, in a folder only this call
    # uses, so nothing in the request decides where bytes land.
    with tempfile.TemporaryDirectory(prefix="wirewatch-upload-") as folder:
        paths: dict[str, str] = {}
        for index, upload in enumerate(uploads):
            path = Path(folder) / f"{index:03d}-{safe_filename(upload.filename)}"
            path.write_bytes(upload.data)
            paths[str(path)] = upload.filename
        for outcome in ingest(list(paths), store, max_page_bytes, make_analyzer=make_analyzer):
            outcomes.append(UploadOutcome(_original_name(outcome, paths), outcome.status, outcome.reason))
            changed_events.extend(changed_event_ids(outcome))
    alerts = match_watchlists(store, changed_events) if changed_events else ()
    return UploadReport(tuple(outcomes), alerts)


def changed_event_ids(outcome: IngestOutcome) -> list[int]:
    """The knowledge-base events a stored page created or updated."""
    return [*outcome.changes.created_events, *outcome.changes.updated_events]


def _original_name(outcome: IngestOutcome, paths: dict[str, str]) -> str:
    path, _, record = outcome.source.partition("#")
    name = paths.get(path, safe_filename(path))
    return f"{name}#{record}" if record else name
