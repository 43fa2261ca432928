"""Watchlists: the actors, places, event types and keywords an analyst wants to hear about.

A watchlist matches an event when every kind of criterion it names is met (within a kind, any value
will do): it involves at least `min_actors` of the watched actors, happened at a watched place, is of
a watched type, and a keyword appears in one of its reports. Kinds left empty are not checked.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from wirewatch.errors import InputError, NotFoundError
from wirewatch.knowledge.store import SqliteStore

NAME_PATTERN = re.compile(r"^[\w][\w .,'()&/\-]{0,79}$")


@dataclass(frozen=True)
class WatchlistSpec:
    """What an analyst asks to watch; validated by `check_spec` before it is stored."""

    name: str
    actors: tuple[int, ...] = ()
    places: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    min_actors: int = 1
    webhook_url: str | None = None


@dataclass(frozen=True)
class Watchlist:
    """A stored watchlist."""

    id: int
    name: str
    actors: tuple[int, ...]
    places: tuple[str, ...]
    event_types: tuple[str, ...]
    keywords: tuple[str, ...]
    min_actors: int
    webhook_url: str | None
    created_at: str
    updated_at: str


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def check_spec(spec: WatchlistSpec) -> WatchlistSpec:
    """The spec with values tidied (trimmed, de-duplicated, types upper-cased); InputError when unusable."""
    name = spec.name.strip()
    if not NAME_PATTERN.match(name):
        raise InputError(
            "watchlist", "name must be 1-80 letters, digits, spaces or .,'()&/- and start with one"
        )
    places = _unique(place.strip() for place in spec.places if place.strip())
    event_types = _unique(kind.strip().upper() for kind in spec.event_types if kind.strip())
    keywords = _unique(word.strip() for word in spec.keywords if word.strip())
    actors = tuple(dict.fromkeys(spec.actors))
    if not (actors or places or event_types or keywords):
        raise InputError("watchlist", "name at least one actor, place, event type or keyword to watch")
    if any(len(value) > 200 for value in (*places, *keywords)):
        raise InputError("watchlist", "places and keywords are at most 200 characters each")
    if not 1 <= spec.min_actors <= max(1, len(actors)):
        raise InputError(
            "watchlist", f"min_actors must be between 1 and the number of watched actors ({len(actors)})"
        )
    webhook_url = spec.webhook_url.strip() if spec.webhook_url and spec.webhook_url.strip() else None
    if webhook_url is not None:
        parts = urlsplit(webhook_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InputError("watchlist", "webhook_url must be an http:// or https:// address")
    return WatchlistSpec(name, actors, places, event_types, keywords, spec.min_actors, webhook_url)


def _unique(values: object) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))  # type: ignore[arg-type]


def _from_row(row: sqlite3.Row) -> Watchlist:
    return Watchlist(
        id=row["id"],
        name=row["name"],
        actors=tuple(json.loads(row["actors"])),
        places=tuple(json.loads(row["places"])),
        event_types=tuple(json.loads(row["event_types"])),
        keywords=tuple(json.loads(row["keywords"])),
        min_actors=row["min_actors"],
        webhook_url=row["webhook_url"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _columns(spec: WatchlistSpec) -> tuple[object, ...]:
    return (
        spec.name,
        json.dumps(list(spec.actors)),
        json.dumps(list(spec.places), ensure_ascii=False),
        json.dumps(list(spec.event_types)),
        json.dumps(list(spec.keywords), ensure_ascii=False),
        spec.min_actors,
        spec.webhook_url,
    )


def create_watchlist(store: SqliteStore, spec: WatchlistSpec) -> Watchlist:
    """Store a new watchlist; InputError when the spec is unusable or the name is taken."""
    spec = check_spec(spec)
    stamp = now_iso()
    try:
        with store.transaction() as cursor:
            cursor.execute(
                "INSERT INTO serve_watchlists(name, actors, places, event_types, keywords, min_actors,"
                " webhook_url, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*_columns(spec), stamp, stamp),
            )
            watchlist_id = int(cursor.lastrowid)
    except sqlite3.IntegrityError as error:
        raise InputError("watchlist", f"a watchlist named {spec.name!r} already exists") from error
    return get_watchlist(store, watchlist_id)


def update_watchlist(store: SqliteStore, watchlist_id: int, spec: WatchlistSpec) -> Watchlist:
    """Replace a watchlist's criteria; alerts it already raised are kept."""
    spec = check_spec(spec)
    try:
        with store.transaction() as cursor:
            changed = cursor.execute(
                "UPDATE serve_watchlists SET name = ?, actors = ?, places = ?, event_types = ?, keywords = ?,"
                " min_actors = ?, webhook_url = ?, updated_at = ? WHERE id = ?",
                (*_columns(spec), now_iso(), watchlist_id),
            ).rowcount
    except sqlite3.IntegrityError as error:
        raise InputError("watchlist", f"a watchlist named {spec.name!r} already exists") from error
    if not changed:
        raise NotFoundError(f"no watchlist {watchlist_id}")
    return get_watchlist(store, watchlist_id)


def delete_watchlist(store: SqliteStore, watchlist_id: int) -> None:
    """Remove a watchlist with its alerts and their pending deliveries."""
    with store.transaction() as cursor:
        deleted = cursor.execute("DELETE FROM serve_watchlists WHERE id = ?", (watchlist_id,)).rowcount
    if not deleted:
        raise NotFoundError(f"no watchlist {watchlist_id}")


def get_watchlist(store: SqliteStore, watchlist_id: int) -> Watchlist:
    """One watchlist; NotFoundError when there is none with this id."""
    row = store.connection.execute("SELECT * FROM serve_watchlists WHERE id = ?", (watchlist_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no watchlist {watchlist_id}")
    return _from_row(row)


def list_watchlists(store: SqliteStore) -> tuple[Watchlist, ...]:
    """Every watchlist, by name."""
    rows = store.connection.execute("SELECT * FROM serve_watchlists ORDER BY name COLLATE NOCASE").fetchall()
    return tuple(_from_row(row) for row in rows)


def replace_watched_actor(store: SqliteStore, old_actor: int, new_actor: int) -> tuple[Watchlist, ...]:
    """Watch `new_actor` wherever `old_actor` was watched (it was merged into it); the watchlists changed.

    A watchlist that watched both keeps one, and its `min_actors` shrinks to what it still names, as
    `check_spec` would demand of it.
    """
    changed: list[int] = []
    with store.transaction() as cursor:
        for row in cursor.execute("SELECT id, actors, min_actors FROM serve_watchlists").fetchall():
            actors = json.loads(row["actors"])
            if old_actor not in actors:
                continue
            replaced = list(dict.fromkeys(new_actor if actor == old_actor else actor for actor in actors))
            cursor.execute(
                "UPDATE serve_watchlists SET actors = ?, min_actors = ?, updated_at = ? WHERE id = ?",
                (json.dumps(replaced), min(row["min_actors"], len(replaced)), now_iso(), row["id"]),
            )
            changed.append(row["id"])
    return tuple(get_watchlist(store, watchlist_id) for watchlist_id in changed)
