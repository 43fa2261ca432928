"""The store's schema: an older store is brought up to the newest version when opened for writing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from wirewatch.knowledge.store import MIGRATIONS, SqliteStore


def test_a_store_of_the_previous_version_gains_the_counting_indexes(tmp_path: Path) -> None:
    path = tmp_path / "previous.db"
    connection = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:
        connection.executescript(script)
    connection.execute("PRAGMA user_version = 3")
    connection.commit()
    connection.close()
    store = SqliteStore(path)
    try:
        assert store.schema_version == len(MIGRATIONS) >= 4
        indexes = {
            row[0] for row in store.connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        assert {"events_window", "events_type_window", "entities_actor_article"} <= indexes
    finally:
        store.close()
