"""Which resolver built a store's knowledge base: recorded in the store, so an upgrade knows to resolve again.

Invented pages only; the analyses are empty, since what is checked is the record, not the resolution.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from wirewatch.knowledge.store import (
    MIGRATIONS,
    RESOLVER_VERSION,
    UNRECORDED_RESOLVER_VERSION,
    SqliteStore,
)
from wirewatch.model import Analysis, Article, Page


def _store_one_report(path: Path) -> None:
    store = SqliteStore(path)
    try:
        page = Page("harbour-post-ferry.txt", "text", "Harbour Post: the Valmora ferry resumed on Monday.")
        store.add_analyzed(page, Article(None, ("The Valmora ferry resumed on Monday.",)), Analysis())
    finally:
        store.close()


def _as_the_last_wirewatch_without_a_resolver_version_left_it(path: Path) -> None:
    """The store as a wirewatch at schema v4 wrote it: no record of the resolver that built it."""
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE schema_versions")
        connection.execute("PRAGMA user_version = 4")
    connection.close()


def test_a_new_store_is_recorded_as_built_by_this_resolver(tmp_path: Path):
    store = SqliteStore(tmp_path / "kb.db")
    try:
        assert not store.holds_analyses()
        assert store.resolver_version == RESOLVER_VERSION
    finally:
        store.close()


def test_a_store_resolved_before_the_version_was_recorded_reads_as_the_first_resolver(tmp_path: Path):
    path = tmp_path / "kb.db"
    _store_one_report(path)
    _as_the_last_wirewatch_without_a_resolver_version_left_it(path)
    reader = SqliteStore(path, read_only=True)
    try:
        assert reader.resolver_version == UNRECORDED_RESOLVER_VERSION < RESOLVER_VERSION
    finally:
        reader.close()
    # Opened to write, the schema is migrated but the knowledge base keeps the resolver that built it.
    writer = SqliteStore(path)
    try:
        assert writer.schema_version == len(MIGRATIONS)
        assert writer.holds_analyses()
        assert writer.resolver_version == UNRECORDED_RESOLVER_VERSION
        writer.record_resolver_version()
        assert writer.resolver_version == RESOLVER_VERSION
    finally:
        writer.close()


def test_an_old_store_with_nothing_resolved_in_it_is_as_this_resolver_builds_it(tmp_path: Path):
    path = tmp_path / "kb.db"
    SqliteStore(path).close()
    _as_the_last_wirewatch_without_a_resolver_version_left_it(path)
    store = SqliteStore(path)
    try:
        assert store.resolver_version == RESOLVER_VERSION
    finally:
        store.close()


def test_the_resolver_version_sits_beside_the_workbench_tables_version(tmp_path: Path):
    store = SqliteStore(tmp_path / "kb.db")
    try:
        # The workbench records its own tables' version in the same table; neither overwrites the other.
        store.connection.execute("INSERT INTO schema_versions(component, version) VALUES ('serve', 7)")
        store.connection.commit()
        store.record_resolver_version()
        rows = dict(store.connection.execute("SELECT component, version FROM schema_versions").fetchall())
        assert rows == {"serve": 7, "resolver": RESOLVER_VERSION}
    finally:
        store.close()


def test_only_a_knowledge_base_another_resolver_built_from_analyses_is_refused_more(tmp_path: Path):
    empty = tmp_path / "empty.db"
    SqliteStore(empty).close()
    _as_the_last_wirewatch_without_a_resolver_version_left_it(empty)
    path = tmp_path / "kb.db"
    _store_one_report(path)
    _as_the_last_wirewatch_without_a_resolver_version_left_it(path)
    store, nothing_resolved = SqliteStore(path), SqliteStore(empty)
    try:
        assert not nothing_resolved.built_by_another_resolver()
        assert store.built_by_another_resolver()
        store.record_resolver_version()
        assert not store.built_by_another_resolver()
        # A newer resolver's knowledge base is not this one's to add to either.
        store.connection.execute(
            "UPDATE schema_versions SET version = ? WHERE component = 'resolver'", (RESOLVER_VERSION + 1,)
        )
        store.connection.commit()
        assert store.built_by_another_resolver()
    finally:
        store.close()
        nothing_resolved.close()
