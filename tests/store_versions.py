"""Stores as other wirewatch versions left them, for the tests of upgrades and refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from wirewatch.knowledge.store import RESOLVER_VERSION


def as_an_older_resolver_left_it(db: Path) -> None:
    """The store as the last wirewatch without a resolver version wrote it (schema v4, no record)."""
    with sqlite3.connect(db) as connection:
        connection.execute("DELETE FROM schema_versions WHERE component = 'resolver'")
        connection.execute("PRAGMA user_version = 4")
    connection.close()


def as_a_newer_resolver_left_it(db: Path) -> None:
    """The store as a wirewatch with a resolver newer than this one left it."""
    with sqlite3.connect(db) as connection:
        connection.execute(
            "UPDATE schema_versions SET version = ? WHERE component = 'resolver'", (RESOLVER_VERSION + 1,)
        )
    connection.close()
