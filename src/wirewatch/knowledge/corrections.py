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
    """Resolve every stored analysis again, in ingest order, applying the analyst's rules; returns articles done.

    Actors and events keep the ids they had wherever they are still the same actor or event (told by the same
    entities or reports), so that watchlists, alerts and an analyst's links still point where they did.
    """
    with store.transaction() as cursor:
        actors_before = _ids_by_key(cursor, "SELECT article_id, local_id, actor_id FROM entities")
        events_before = _ids_by_key(cursor, "SELECT article_id, local_id, event_id FROM reports")
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
        # Checked at commit: the ids of a row and of the rows pointing to it change one statement apart.
        cursor.execute("PRAGMA defer_foreign_keys = ON")
        actors_after = _ids_by_key(cursor, "SELECT article_id, local_id, actor_id FROM entities")
        events_after = _ids_by_key(cursor, "SELECT article_id, local_id, event_id FROM reports")
        _renumber(cursor, _ACTOR_ID_COLUMNS, kept_ids(actors_before, actors_after))
        _renumber(cursor, _EVENT_ID_COLUMNS, kept_ids(events_before, events_after))
        for links in ("actor_links", "event_links"):
            # A link is stored lower id first; renumbering may have turned a pair round.
            cursor.execute(
                f"INSERT OR REPLACE INTO {links}(a, b, score, reason) SELECT b, a, score, reason FROM {links} WHERE a > b"
            )
            cursor.execute(f"DELETE FROM {links} WHERE a > b")
    return len(rows)


# Every column holding an actor's or an event's id, the table's own id column first.
_ACTOR_ID_COLUMNS = (
    ("actors", "id"),
    ("actor_names", "actor_id"),
    ("actor_keys", "actor_id"),
    ("entities", "actor_id"),
    ("event_actors", "actor_id"),
    ("actor_links", "a"),
    ("actor_links", "b"),
)
_EVENT_ID_COLUMNS = (
    ("events", "id"),
    ("event_actors", "event_id"),
    ("reports", "event_id"),
    ("event_links", "a"),
    ("event_links", "b"),
)


def _ids_by_key(cursor: sqlite3.Cursor, query: str) -> dict[tuple[int, str], int]:
    """Actor or event ids by the (article, local id) of the entity or report resolved to them."""
    return {(article_id, local_id): found for article_id, local_id, found in cursor.execute(query) if found}


def kept_ids(before: dict[tuple[int, str], int], after: dict[tuple[int, str], int]) -> dict[int, int]:
    """New id → old id for each rebuilt actor or event that is still mostly what an old one was.

    Each new id takes the old id most of its entities or reports had, best overlap first; an old id goes to
    one new id at most, so that a split keeps the old id on its larger part and gives the other a new one.
    """
    votes: dict[tuple[int, int], int] = {}
    for key, new_id in after.items():
        old_id = before.get(key)
        if old_id is not None:
            votes[(new_id, old_id)] = votes.get((new_id, old_id), 0) + 1
    kept: dict[int, int] = {}
    taken: set[int] = set()
    for (new_id, old_id), _ in sorted(votes.items(), key=lambda item: (-item[1], item[0])):
        if new_id not in kept and old_id not in taken:
            kept[new_id] = old_id
            taken.add(old_id)
    return kept


def _renumber(cursor: sqlite3.Cursor, columns: tuple[tuple[str, str], ...], kept: dict[int, int]) -> None:
    """Give rebuilt rows their kept ids, and the others ids above every old one, in every column holding them."""
    table = columns[0][0]
    new_ids = [row[0] for row in cursor.execute(f"SELECT id FROM {table} ORDER BY id")]
    if not new_ids:
        return
    highest = max([*new_ids, *kept.values()])
    fresh = iter(range(highest + 1, highest + 1 + len(new_ids)))
    final = {new_id: kept[new_id] if new_id in kept else next(fresh) for new_id in new_ids}
    if all(old == new for old, new in final.items()):
        return
    # Through ids above both ranges, so that no id is taken twice on the way.
    offset = max([highest, *final.values()]) + 1
    for name, column in columns:
        cursor.execute(f"UPDATE {name} SET {column} = {column} + ? WHERE {column} IS NOT NULL", (offset,))
    cursor.execute("CREATE TEMP TABLE kept_ids (moved INTEGER PRIMARY KEY, final INTEGER NOT NULL)")
    cursor.executemany("INSERT INTO kept_ids VALUES (?, ?)", [(new + offset, old) for new, old in final.items()])
    for name, column in columns:
        cursor.execute(
            f"UPDATE {name} SET {column} = (SELECT final FROM kept_ids WHERE moved = {name}.{column})"
            f" WHERE {column} IS NOT NULL"
        )
    cursor.execute("DROP TABLE kept_ids")
