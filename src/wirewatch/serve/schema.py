"""The workbench's own tables (watchlists, alerts, webhook deliveries), migrated apart from the knowledge base.

They live in the same SQLite file as the knowledge base but are versioned on their own in
`schema_versions(component, version)` under the component "serve", so the knowledge base's migration
list (tracked by `PRAGMA user_version`) and this one never step on each other.
"""

from __future__ import annotations

from wirewatch.errors import StoreError
from wirewatch.knowledge.store import SqliteStore

COMPONENT = "serve"

# Each entry migrates the serve tables from version N to N+1; never edit a released entry, append a new one.
SERVE_MIGRATIONS: list[tuple[str, ...]] = [
    (
        """
        CREATE TABLE serve_watchlists (
            id            INTEGER PRIMARY KEY,
            name          TEXT NOT NULL UNIQUE,
            actors        TEXT NOT NULL,
            places        TEXT NOT NULL,
            event_types   TEXT NOT NULL,
            keywords      TEXT NOT NULL,
            min_actors    INTEGER NOT NULL,
            webhook_url   TEXT,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE serve_alerts (
            id            INTEGER PRIMARY KEY,
            watchlist_id  INTEGER NOT NULL REFERENCES serve_watchlists(id) ON DELETE CASCADE,
            event_id      INTEGER NOT NULL,
            revision      INTEGER NOT NULL,
            reports       INTEGER NOT NULL,
            corroboration INTEGER NOT NULL,
            reasons       TEXT NOT NULL,
            event_json    TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            UNIQUE (watchlist_id, event_id)
        )
        """,
        "CREATE INDEX serve_alerts_recent ON serve_alerts(updated_at DESC, id DESC)",
        "CREATE INDEX serve_alerts_watchlist ON serve_alerts(watchlist_id, updated_at DESC)",
        """
        CREATE TABLE serve_deliveries (
            id             INTEGER PRIMARY KEY,
            alert_id       INTEGER NOT NULL REFERENCES serve_alerts(id) ON DELETE CASCADE,
            revision       INTEGER NOT NULL,
            url            TEXT NOT NULL,
            payload        TEXT NOT NULL,
            status         TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
            attempts       INTEGER NOT NULL DEFAULT 0,
            next_attempt   REAL NOT NULL,
            last_error     TEXT,
            created_at     TEXT NOT NULL,
            finished_at    TEXT
        )
        """,
        "CREATE INDEX serve_deliveries_due ON serve_deliveries(status, next_attempt)",
    ),
]


def serve_schema_version(store: SqliteStore) -> int:
    """The serve component's schema version in this store (0 before the first migration)."""
    exists = store.connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_versions'"
    ).fetchone()
    if exists is None:
        return 0
    row = store.connection.execute(
        "SELECT version FROM schema_versions WHERE component = ?", (COMPONENT,)
    ).fetchone()
    return int(row[0]) if row else 0


def migrate_serve_schema(store: SqliteStore) -> int:
    """Bring the serve tables up to the newest version; returns that version."""
    newest = len(SERVE_MIGRATIONS)
    if serve_schema_version(store) == newest:
        return newest
    with store.transaction() as cursor:
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS schema_versions (component TEXT PRIMARY KEY, version INTEGER NOT NULL)"
        )
        # Read again inside the write lock: another process may have migrated since the check above.
        row = cursor.execute(
            "SELECT version FROM schema_versions WHERE component = ?", (COMPONENT,)
        ).fetchone()
        current = int(row[0]) if row else 0
        if current > newest:
            raise StoreError(
                f"{store.path}: workbench tables are v{current}, newer than this wirewatch (v{newest}); upgrade"
            )
        for statements in SERVE_MIGRATIONS[current:]:
            for statement in statements:
                cursor.execute(statement)
        cursor.execute(
            "INSERT INTO schema_versions(component, version) VALUES (?, ?)"
            " ON CONFLICT(component) DO UPDATE SET version = excluded.version",
            (COMPONENT, newest),
        )
    return newest
