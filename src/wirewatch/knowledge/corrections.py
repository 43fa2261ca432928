"""Analyst corrections to entity resolution, kept as rules the resolver applies from then on.

`merge_actors` and `split_actor` change the knowledge base now and record a rule in `corrections`, so
that later ingests, and a full `rebuild_knowledge` from the stored analyses, reach the same answer
instead of undoing the analyst's work.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from wirewatch.errors import NotFoundError, StoreError
from wirewatch.knowledge.build import refresh_actor, reresolve_events, resolve_article
from wirewatch.knowledge.names import name_key
from wirewatch.knowledge.serialize import analysis_from_json, article_from_json
from wirewatch.knowledge.store import SqliteStore


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _name_keys(cursor: sqlite3.Cursor, actor_id: int) -> list[str]:
    return sorted(
        {row[0] for row in cursor.execute("SELECT key FROM actor_names WHERE actor_id = ?", (actor_id,))}
    )


def _require_actor(cursor: sqlite3.Cursor, actor_id: int) -> str:
    row = cursor.execute("SELECT name FROM actors WHERE id = ?", (actor_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no actor with id {actor_id}")
    return str(row[0])


def _reresolve_events_of(cursor: sqlite3.Cursor, actor_ids: list[int]) -> None:
    """Resolve again the events these actors are in (as actors or as places): who is who has changed."""
    marks = ",".join("?" * len(actor_ids))
    events = [
        row[0]
        for row in cursor.execute(
            f"SELECT DISTINCT r.event_id FROM reports r JOIN report_actors ra ON ra.report_id = r.id"
            f" JOIN entities e ON e.id = ra.entity_id WHERE e.actor_id IN ({marks})"
            f" UNION SELECT r.event_id FROM reports r JOIN entities p ON p.id = r.place_entity_id"
            f" WHERE p.actor_id IN ({marks})",
            [*actor_ids, *actor_ids],
        )
    ]
    reresolve_events(cursor, events)


def merge_actors(store: SqliteStore, keep: int, other: int, note: str = "") -> int:
    """Make `other` part of `keep` (every mention, role and event) and remember it as a rule; returns `keep`."""
    if keep == other:
        raise StoreError(f"actor {keep} cannot be merged with itself")
    with store.transaction() as cursor:
        keep_name, other_name = _require_actor(cursor, keep), _require_actor(cursor, other)
        cursor.execute(
            "INSERT INTO corrections(kind, keys, other_keys, note, at) VALUES ('merge', ?, ?, ?, ?)",
            (json.dumps(_name_keys(cursor, keep)), json.dumps(_name_keys(cursor, other)), note, _now()),
        )
        cursor.execute(
            "UPDATE entities SET actor_id = ?, reason = ?, score = NULL WHERE actor_id = ?",
            (
                keep,
                f"analyst merge of '{other_name}' into '{keep_name}'" + (f": {note}" if note else ""),
                other,
            ),
        )
        cursor.execute(
            "DELETE FROM actor_links WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)", (keep, other, other, keep)
        )
        refresh_actor(cursor, keep)
        refresh_actor(cursor, other)
        _reresolve_events_of(cursor, [keep])
    return keep


def split_actor(
    store: SqliteStore,
    actor_id: int,
    *,
    alias: str | None = None,
    mention: tuple[int, str] | None = None,
    note: str = "",
) -> int:
    """Move the mentions written as `alias` (or one article entity, `mention` = (article id, "e3")) to a new actor.

    Returns the new actor's id; the rule keeps such mentions apart from the old actor in later ingests.
    """
    if (alias is None) == (mention is None):
        raise StoreError("split needs exactly one of an alias or a mention")
    with store.transaction() as cursor:
        old_name = _require_actor(cursor, actor_id)
        if alias is not None:
            alias_key = name_key(alias)
            moved = [
                row[0]
                for row in cursor.execute(
                    "SELECT id, name FROM entities WHERE actor_id = ?", (actor_id,)
                ).fetchall()
                if name_key(row[1]) == alias_key
            ]
            what = f"mentions written '{alias}'"
        else:
            article_id, local_id = mention  # type: ignore[misc]
            moved = [
                row[0]
                for row in cursor.execute(
                    "SELECT id FROM entities WHERE actor_id = ? AND article_id = ? AND local_id = ?",
                    (actor_id, article_id, local_id),
                )
            ]
            what = f"entity {local_id} of article {article_id}"
        if not moved:
            raise NotFoundError(f"actor {actor_id} ('{old_name}') has no {what}")
        total = cursor.execute("SELECT count(*) FROM entities WHERE actor_id = ?", (actor_id,)).fetchone()[0]
        if len(moved) == total:
            raise StoreError(f"{what} are all of actor {actor_id}: nothing would be left to split from")
        first = cursor.execute("SELECT name, type FROM entities WHERE id = ?", (moved[0],)).fetchone()
        now = _now()
        cursor.execute(
            "INSERT INTO actors(name, type, created_at, updated_at) VALUES (?, ?, ?, ?)",
            (first[0], first[1], now, now),
        )
        new_id = int(cursor.lastrowid)
        marks = ",".join("?" * len(moved))
        cursor.execute(
            f"UPDATE entities SET actor_id = ?, reason = ?, score = NULL WHERE id IN ({marks})",
            (new_id, f"analyst split from '{old_name}'" + (f": {note}" if note else ""), *moved),
        )
        refresh_actor(cursor, actor_id)
        refresh_actor(cursor, new_id)
        remaining = json.dumps(_name_keys(cursor, actor_id))
        if alias is not None:
            cursor.execute(
                "INSERT INTO corrections(kind, keys, other_keys, note, at) VALUES ('split-alias', ?, ?, ?, ?)",
                (remaining, json.dumps([name_key(alias)]), note, now),
            )
        else:
            page_hash = cursor.execute(
                "SELECT page_hash FROM articles WHERE id = ?", (mention[0],)
            ).fetchone()[0]  # type: ignore[index]
            cursor.execute(
                "INSERT INTO corrections(kind, keys, other_keys, page_hash, local_id, note, at)"
                " VALUES ('split-mention', ?, '[]', ?, ?, ?, ?)",
                (remaining, page_hash, mention[1], note, now),  # type: ignore[index]
            )
        _reresolve_events_of(cursor, [actor_id, new_id])
    return new_id


def rebuild_knowledge(store: SqliteStore) -> int:
    """Resolve every stored analysis again, in ingest order, applying the analyst's rules; returns articles done."""
    with store.transaction() as cursor:
        for table in ("report_actors", "reports", "event_links", "event_actors", "events", "quotes"):
            cursor.execute(f"DELETE FROM {table}")
        for table in (
            "affiliations",
            "roles",
            "mentions",
            "entities",
            "actor_links",
            "actor_keys",
            "actor_names",
            "actors",
        ):
            cursor.execute(f"DELETE FROM {table}")
        rows = cursor.execute(
            "SELECT a.id, a.article_json, n.analysis_json FROM articles a JOIN analyses n ON n.article_id = a.id ORDER BY a.id"
        ).fetchall()
        for article_id, article_json, analysis_json in rows:
            resolve_article(
                cursor,
                article_id,
                article_from_json(json.loads(article_json)),
                analysis_from_json(json.loads(analysis_json)),
            )
    return len(rows)
