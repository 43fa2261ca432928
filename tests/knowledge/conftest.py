"""Fixtures for knowledge-base tests: a fresh store and a builder of invented reports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from kb_builders import Reports

from wirewatch.knowledge.store import SqliteStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteStore]:
    opened = SqliteStore(tmp_path / "kb.db")
    yield opened
    opened.close()


@pytest.fixture
def reports(store: SqliteStore) -> Reports:
    return Reports(store)
