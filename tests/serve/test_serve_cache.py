"""Aggregate views are computed once per state of the store."""

from __future__ import annotations

from pathlib import Path

from wirewatch.knowledge.store import SqliteStore
from wirewatch.serve.cache import ViewCache
from wirewatch.serve.schema import migrate_serve_schema
from wirewatch.serve.watchlists import WatchlistSpec, create_watchlist


def test_an_answer_is_reused_until_the_store_is_written(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "cache.db")
    migrate_serve_schema(store)
    cache = ViewCache(store.path, max_entries=2)
    calls: list[str] = []

    def compute(label: str) -> str:
        calls.append(label)
        return f"{label}-{len(calls)}"

    assert cache.get("a", lambda: compute("a")) == "a-1"
    assert cache.get("a", lambda: compute("a")) == "a-1"
    create_watchlist(store, WatchlistSpec(name="w", keywords=("k",)))
    assert cache.get("a", lambda: compute("a")) == "a-2"
    cache.get("b", lambda: compute("b"))
    cache.get("c", lambda: compute("c"))
    assert cache.get("a", lambda: compute("a")) == "a-5"  # the oldest entry made room
    assert calls == ["a", "a", "b", "c", "a"]
    store.close()
