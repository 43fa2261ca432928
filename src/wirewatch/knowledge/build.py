"""Write one article's analysis into the knowledge base and resolve it against what is already there.

Runs inside the transaction that stores the page, so a page is stored with all its facts and their
resolution, or not at all. Article-level facts (entities, mentions, roles, quotes, reports of events)
are kept as read; actors and events are derived from them and can be recomputed (`refresh_actor`,
`refresh_event`, `rebuild_knowledge`) — which is how analyst corrections survive a rebuild.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from wirewatch.knowledge.names import acronym, fold, name_key, name_tokens, place_key, surname_key, token_key
from wirewatch.knowledge.records import KnowledgeChanges
from wirewatch.knowledge.resolve_entities import (
    Candidate,
    Decision,
    EntityContext,
    decide,
    match_kind,
    role_words,
    score_candidate,
)
from wirewatch.knowledge.resolve_events import (
    CONTAINER_FEATURES,
    MODE_GROUPS,
    ActorNames,
    DateRange,
    DayClue,
    EventCandidate,
    ReportFacts,
    date_range,
    day_clue,
    decide_event,
    strongest_day_clue,
)
from wirewatch.knowledge.serialize import analysis_from_json, article_from_json
from wirewatch.knowledge.syndication import (
    NEAR_DUPLICATE,
    article_outlet,
    cites_outlet,
    declared_origin,
    fingerprint,
    resemblance,
    same_outlet,
)
from wirewatch.model import Analysis, Article, Entity, Event, Place, SourceLink, to_dict

# Context of a known actor is read from its most recent articles only, so resolution stays fast when
# an actor appears in tens of thousands of reports.
CONTEXT_ARTICLES = 50
# Name lookups stop at this many actors (most mentioned first): a common surname must not make every
# new mention compare itself with thousands of people.
MAX_CANDIDATES = 25
CERTAINTY_ORDER = ("asserted", "attributed", "hedged", "disputed")
# Organizations first, so that a person's affiliations are already actors when the person is resolved.
RESOLUTION_ORDER = {"organization": 0, "other": 1, "person": 2, "place": 3}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class ChangeLog:
    created_actors: set[int] = field(default_factory=set)
    updated_actors: set[int] = field(default_factory=set)
    created_events: set[int] = field(default_factory=set)
    updated_events: set[int] = field(default_factory=set)

    def freeze(self) -> KnowledgeChanges:
        return KnowledgeChanges(
            created_actors=tuple(sorted(self.created_actors)),
            updated_actors=tuple(sorted(self.updated_actors - self.created_actors)),
            created_events=tuple(sorted(self.created_events)),
            updated_events=tuple(sorted(self.updated_events - self.created_events)),
        )


def published_day(article: Article) -> str | None:
    """The article's publication day (ISO), the anchor for undated events and the date of its roles."""
    return article.published.value[:10] if article.published and article.published.value else None


def store_analysis(
    cursor: sqlite3.Cursor, article_id: int, article: Article, analysis: Analysis
) -> KnowledgeChanges:
    """Store an analysis with provenance and resolve its entities and events into actors and events."""
    cursor.execute(
        "INSERT INTO analyses(article_id, analysis_json, fingerprint) VALUES (?, ?, ?)",
        (article_id, json.dumps(to_dict(analysis), ensure_ascii=False), fingerprint(article.text)),
    )
    return resolve_article(cursor, article_id, article, analysis)


def _entity_context(entity: Entity, actor_of: dict[str, int], place_keys: frozenset[str]) -> EntityContext:
    return EntityContext(
        affiliations=frozenset(actor_of[a] for a in entity.affiliations if a in actor_of),
        co_actors=frozenset(actor_of.values()),
        places=place_keys - {name_key(entity.name)},
        role_words=role_words([role.text for role in entity.roles]),
    )


def record_outlet(cursor: sqlite3.Cursor, article_id: int, article: Article) -> None:
    """Store where the article appeared and what it says it copies, which decide its reports' independence."""
    # Done on every resolution, not only at ingest, so that a rebuild brings stores written before
    # mastheads and datelines named an outlet up to date.
    cursor.execute(
        "UPDATE analyses SET outlet = ?, declared_origin = ? WHERE article_id = ?",
        (article_outlet(article), declared_origin(article), article_id),
    )


def resolve_article(
    cursor: sqlite3.Cursor, article_id: int, article: Article, analysis: Analysis
) -> KnowledgeChanges:
    """Insert the article-level facts and link them to actors and events."""
    changes = ChangeLog()
    record_outlet(cursor, article_id, article)
    page_hash = article.page_hash or ""
    entity_rows = _insert_entities(cursor, article_id, analysis.entities)
    places = {place.entity: place for place in analysis.places}
    place_keys = frozenset(name_key(e.name) for e in analysis.entities if e.type == "place")
    actor_of: dict[str, int] = {}
    by_id = {entity.id: entity for entity in analysis.entities}
    for entity in sorted(analysis.entities, key=lambda e: (RESOLUTION_ORDER.get(e.type, 1), _order(e.id))):
        # Two entities of one name that the analyzer kept apart in one report ("Boko Haram founder Mohammed
        # Yusuf … Police spokesman Mohammed Yusuf, who shares the name") are two actors.
        namesakes = {
            actor_id
            for other_id, actor_id in actor_of.items()
            if by_id[other_id].type == entity.type and name_key(by_id[other_id].name) == name_key(entity.name)
        }
        context = _entity_context(entity, actor_of, place_keys)
        candidates, unique_partial = find_candidates(cursor, entity, page_hash)
        candidates = [candidate for candidate in candidates if candidate.actor_id not in namesakes]
        waiting = [
            other
            for other in analysis.entities
            if other.id not in actor_of
            and other.id != entity.id
            and other.type == entity.type
            and name_key(other.name) == name_key(entity.name)
        ]
        if waiting:
            # The known actor goes to whichever namesake fits it best, not to the one named first.
            candidates = [
                candidate
                for candidate in candidates
                if score_candidate(entity, context, candidate)[0]
                >= max(
                    score_candidate(other, _entity_context(other, actor_of, place_keys), candidate)[0]
                    for other in waiting
                )
            ]
        decision = decide(entity, context, candidates, unique_partial)
        actor_id = _apply_decision(cursor, entity, decision, entity_rows[entity.id], changes)
        actor_of[entity.id] = actor_id
    _insert_quotes(cursor, article_id, analysis, entity_rows)
    _insert_reports(cursor, article_id, article, analysis, entity_rows, actor_of, places, changes)
    return changes.freeze()


# ------------------------------------------------------------------ entities → actors


def _order(local_id: str) -> int:
    digits = "".join(char for char in local_id if char.isdigit())
    return int(digits) if digits else 0


def _insert_entities(cursor: sqlite3.Cursor, article_id: int, entities: Iterable[Entity]) -> dict[str, int]:
    rows: dict[str, int] = {}
    entities = list(entities)
    for entity in entities:
        cursor.execute(
            "INSERT INTO entities(article_id, local_id, name, type, aliases, reason) VALUES (?, ?, ?, ?, ?, '')",
            (
                article_id,
                entity.id,
                entity.name,
                entity.type,
                json.dumps(list(entity.aliases), ensure_ascii=False),
            ),
        )
        row_id = int(cursor.lastrowid)
        rows[entity.id] = row_id
        cursor.executemany(
            "INSERT INTO mentions(entity_id, article_id, start, end, text, caption) VALUES (?, ?, ?, ?, ?, ?)",
            [(row_id, article_id, m.start, m.end, m.text, m.caption) for m in entity.mentions],
        )
        cursor.executemany(
            "INSERT INTO roles(entity_id, article_id, text, start, end, sentence) VALUES (?, ?, ?, ?, ?, ?)",
            [(row_id, article_id, r.text, r.start, r.end, r.sentence) for r in entity.roles],
        )
    for entity in entities:
        cursor.executemany(
            "INSERT OR IGNORE INTO affiliations(entity_id, org_entity_id) VALUES (?, ?)",
            [(rows[entity.id], rows[org]) for org in entity.affiliations if org in rows],
        )
    return rows


def entity_keys(entity: Entity) -> set[str]:
    """The name keys of an entity's name and every alias."""
    return {key for key in (name_key(name) for name in (entity.name, *entity.aliases)) if key}


def find_candidates(cursor: sqlite3.Cursor, entity: Entity, page_hash: str) -> tuple[list[Candidate], bool]:
    """Known actors the entity may be, found by name keys and analyst rules; and whether a surname is unique."""
    keys = entity_keys(entity)
    # A full name's bare-surname alias would find everyone sharing the surname; full names are found by
    # their full forms, and actors known only by a surname through the surname lookup below.
    single_token = len(name_tokens(entity.name)) == 1
    lookup_keys = {
        name_key(name)
        for name in (entity.name, *entity.aliases)
        if name_key(name) and (single_token or len(name_tokens(name)) > 1)
    }
    found: dict[int, tuple[str, str]] = {}

    def offer(actor_id: int, match: str, matched_name: str) -> None:
        order = ("correction", "exact", "alias", "transliteration", "acronym", "partial")
        if actor_id not in found or order.index(match) < order.index(found[actor_id][0]):
            found[actor_id] = (match, matched_name)

    if lookup_keys:
        marks = ",".join("?" * len(lookup_keys))
        for row in cursor.execute(
            f"SELECT n.actor_id, n.name, a.name FROM actor_names n JOIN actors a ON a.id = n.actor_id"
            f" WHERE n.key IN ({marks}) ORDER BY n.mentions DESC LIMIT ?",
            (*sorted(lookup_keys), MAX_CANDIDATES),
        ).fetchall():
            offer(row[0], match_kind(entity, row[2], row[1]), row[1])
    unique_partial = False
    if entity.type in ("person", "other"):
        tokens = name_tokens(entity.name)
        if len(tokens) == 1:
            partial = cursor.execute(
                "SELECT DISTINCT k.actor_id, a.name FROM actor_keys k JOIN actors a ON a.id = k.actor_id"
                " WHERE k.kind = 'surname' AND k.key = ? LIMIT ?",
                (token_key(tokens[0]), MAX_CANDIDATES),
            ).fetchall()
            unique_partial = len(partial) == 1
            for row in partial:
                offer(row[0], "partial", row[1])
        surname = surname_key(entity.name)
        if surname:
            for row in cursor.execute(
                "SELECT n.actor_id, n.name FROM actor_names n JOIN actors a ON a.id = n.actor_id"
                " WHERE n.key = ? AND a.type IN ('person', 'other') AND instr(a.name, ' ') = 0 LIMIT ?",
                (surname, MAX_CANDIDATES),
            ).fetchall():
                offer(row[0], "partial", row[1])
    if entity.type in ("organization", "other"):
        for key in _acronym_keys(entity.name):
            for row in cursor.execute(
                "SELECT DISTINCT k.actor_id, a.name FROM actor_keys k JOIN actors a ON a.id = k.actor_id"
                " WHERE k.kind = 'acronym' AND k.key = ? LIMIT ?",
                (key, MAX_CANDIDATES),
            ).fetchall():
                offer(row[0], "acronym", row[1])
    if entity.type == "place":
        for row in cursor.execute(
            "SELECT DISTINCT k.actor_id, a.name FROM actor_keys k JOIN actors a ON a.id = k.actor_id"
            " WHERE k.kind = 'place' AND k.key = ? LIMIT ?",
            (place_key(entity.name), MAX_CANDIDATES),
        ).fetchall():
            offer(row[0], "transliteration", row[1])
    merge_keys, apart_keys = _correction_rules(cursor, entity, keys, page_hash)
    if merge_keys:
        marks = ",".join("?" * len(merge_keys))
        for row in cursor.execute(
            f"SELECT DISTINCT n.actor_id, a.name FROM actor_names n JOIN actors a ON a.id = n.actor_id"
            f" WHERE n.key IN ({marks})",
            sorted(merge_keys),
        ).fetchall():
            offer(row[0], "correction", row[1])
    candidates = []
    for actor_id, (match, matched_name) in found.items():
        actor = cursor.execute("SELECT name, type FROM actors WHERE id = ?", (actor_id,)).fetchone()
        names_keys = {
            row[0] for row in cursor.execute("SELECT key FROM actor_names WHERE actor_id = ?", (actor_id,))
        }
        context = actor_context(cursor, actor_id)
        candidates.append(
            Candidate(
                actor_id=actor_id,
                name=actor[0],
                type=actor[1],
                match=match,
                matched_name=matched_name,
                affiliations=context.affiliations,
                counterparts=context.co_actors,
                places=context.places,
                role_words=context.role_words,
                kept_apart=bool(apart_keys & names_keys) and match != "correction",
            )
        )
    return candidates, unique_partial


def _acronym_keys(name: str) -> set[str]:
    keys = set()
    initials = acronym(name)
    if initials:
        keys.add(initials)
    # An upper-case word inside an organization's name is usually its acronym ("ISWAP fighters").
    keys.update(
        word.lower() for word in name.split() if 2 <= len(word) <= 8 and word.isalpha() and word.isupper()
    )
    folded = fold(name).replace(" ", "")
    if len(name_tokens(name)) == 1 and 2 <= len(folded) <= 8:
        keys.add(folded)
    return keys


def _correction_rules(
    cursor: sqlite3.Cursor, entity: Entity, keys: set[str], page_hash: str
) -> tuple[set[str], set[str]]:
    """Name keys the analyst's rules tie this entity to, and those they keep it apart from."""
    merge_keys: set[str] = set()
    apart_keys: set[str] = set()
    own_key = name_key(entity.name)
    for kind, rule_keys, other_keys, rule_page, rule_local in cursor.execute(
        "SELECT kind, keys, other_keys, page_hash, local_id FROM corrections ORDER BY id"
    ).fetchall():
        rule_keys, other_keys = set(json.loads(rule_keys)), set(json.loads(other_keys))
        if kind == "merge" and keys & (rule_keys | other_keys):
            merge_keys |= rule_keys | other_keys
        elif (
            kind == "split-alias"
            and own_key in other_keys
            or kind == "split-mention"
            and rule_page == page_hash
            and rule_local == entity.id
        ):
            apart_keys |= rule_keys
            merge_keys -= rule_keys
        elif kind == "split-alias" and own_key in rule_keys:
            # The other side of a split: the actor's own names keep away from the alias split off it, or an
            # earlier merge rule would pull them back together on the next rebuild.
            apart_keys |= other_keys
            merge_keys -= other_keys
    return merge_keys - apart_keys, apart_keys


def actor_context(cursor: sqlite3.Cursor, actor_id: int) -> EntityContext:
    """What the store knows around an actor: its affiliations, co-mentioned actors, places and role words."""
    articles = [
        row[0]
        for row in cursor.execute(
            "SELECT DISTINCT article_id FROM entities WHERE actor_id = ? ORDER BY article_id DESC LIMIT ?",
            (actor_id, CONTEXT_ARTICLES),
        )
    ]
    if not articles:
        return EntityContext()
    marks = ",".join("?" * len(articles))
    affiliations = {
        row[0]
        for row in cursor.execute(
            "SELECT DISTINCT o.actor_id FROM entities e JOIN affiliations f ON f.entity_id = e.id"
            f" JOIN entities o ON o.id = f.org_entity_id WHERE e.actor_id = ? AND e.article_id IN ({marks})"
            " AND o.actor_id IS NOT NULL",
            (actor_id, *articles),
        )
    }
    co_actors, places = set(), set()
    for other_actor, other_name, other_type in cursor.execute(
        f"SELECT DISTINCT actor_id, name, type FROM entities WHERE article_id IN ({marks}) AND actor_id IS NOT NULL",
        articles,
    ):
        if other_actor == actor_id:
            continue
        co_actors.add(other_actor)
        if other_type == "place":
            places.add(name_key(other_name))
    roles = [
        row[0]
        for row in cursor.execute(
            f"SELECT r.text FROM roles r JOIN entities e ON e.id = r.entity_id WHERE e.actor_id = ? AND r.article_id IN ({marks})",
            (actor_id, *articles),
        )
    ]
    return EntityContext(frozenset(affiliations), frozenset(co_actors), frozenset(places), role_words(roles))


def _apply_decision(
    cursor: sqlite3.Cursor, entity: Entity, decision: Decision, entity_row: int, changes: ChangeLog
) -> int:
    actor_id = decision.actor_id
    if actor_id is None:
        now = _now()
        cursor.execute(
            "INSERT INTO actors(name, type, created_at, updated_at) VALUES (?, ?, ?, ?)",
            (entity.name, entity.type, now, now),
        )
        actor_id = int(cursor.lastrowid)
        changes.created_actors.add(actor_id)
    else:
        changes.updated_actors.add(actor_id)
    cursor.execute(
        "UPDATE entities SET actor_id = ?, reason = ?, score = ? WHERE id = ?",
        (actor_id, decision.reason, decision.score, entity_row),
    )
    for other, score, reason in decision.possibly_same:
        if other != actor_id:
            low, high = sorted((actor_id, other))
            cursor.execute(
                "INSERT OR REPLACE INTO actor_links(a, b, score, reason) VALUES (?, ?, ?, ?)",
                (low, high, score, reason),
            )
    _add_entity_names(cursor, actor_id, entity)
    return actor_id


def refresh_actor(cursor: sqlite3.Cursor, actor_id: int) -> bool:
    """Recompute an actor's names, keys and display name from all its entities; False (and deleted) when none is left."""
    entities = cursor.execute(
        "SELECT e.name, e.type, e.aliases, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)"
        " FROM entities e WHERE e.actor_id = ? ORDER BY e.id",
        (actor_id,),
    ).fetchall()
    if not entities:
        cursor.execute("DELETE FROM actor_links WHERE a = ? OR b = ?", (actor_id, actor_id))
        cursor.execute("DELETE FROM actors WHERE id = ?", (actor_id,))
        return False
    types: dict[str, int] = {}
    for _, entity_type, _, _ in entities:
        types[entity_type] = types.get(entity_type, 0) + 1
    actor_type = max(sorted(types), key=lambda t: (t != "other", types[t]))
    cursor.execute("DELETE FROM actor_names WHERE actor_id = ?", (actor_id,))
    cursor.execute("DELETE FROM actor_keys WHERE actor_id = ?", (actor_id,))
    cursor.execute("UPDATE actors SET type = ? WHERE id = ?", (actor_type, actor_id))
    for name, _, aliases, mentions in entities:
        _insert_names(cursor, actor_id, actor_type, name, json.loads(aliases), mentions)
    _choose_display_name(cursor, actor_id)
    return True


def _add_entity_names(cursor: sqlite3.Cursor, actor_id: int, entity: Entity) -> None:
    """Add one entity's names to its actor, without rereading the actor's other entities (the ingest path)."""
    actor_type = cursor.execute("SELECT type FROM actors WHERE id = ?", (actor_id,)).fetchone()[0]
    if actor_type == "other" and entity.type != "other":
        actor_type = entity.type
        cursor.execute("UPDATE actors SET type = ? WHERE id = ?", (actor_type, actor_id))
    _insert_names(cursor, actor_id, actor_type, entity.name, list(entity.aliases), len(entity.mentions))
    _choose_display_name(cursor, actor_id)


def _insert_names(
    cursor: sqlite3.Cursor, actor_id: int, actor_type: str, name: str, aliases: list[str], mentions: int
) -> None:
    for written, count in ((name, max(1, mentions)), *((alias, 0) for alias in aliases if alias != name)):
        key = name_key(written)
        if key:
            cursor.execute(
                "INSERT INTO actor_names(actor_id, name, key, mentions) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(actor_id, name) DO UPDATE SET mentions = mentions + excluded.mentions",
                (actor_id, written, key, count),
            )
        surname = surname_key(written)
        if surname and actor_type in ("person", "other"):
            cursor.execute(
                "INSERT OR IGNORE INTO actor_keys(key, kind, actor_id) VALUES (?, 'surname', ?)",
                (surname, actor_id),
            )
        if actor_type == "place":
            cursor.execute(
                "INSERT OR IGNORE INTO actor_keys(key, kind, actor_id) VALUES (?, 'place', ?)",
                (place_key(written), actor_id),
            )
        if actor_type in ("organization", "other"):
            for acronym_key in _acronym_keys(written):
                cursor.execute(
                    "INSERT OR IGNORE INTO actor_keys(key, kind, actor_id) VALUES (?, 'acronym', ?)",
                    (acronym_key, actor_id),
                )


def _choose_display_name(cursor: sqlite3.Cursor, actor_id: int) -> None:
    # The fullest name that reports actually use: most words, then most mentions, then the first seen.
    names = cursor.execute(
        "SELECT name, mentions, rowid FROM actor_names WHERE actor_id = ?", (actor_id,)
    ).fetchall()
    if names:
        display = max(names, key=lambda row: (row[1] > 0, len(name_tokens(row[0])), row[1], -row[2]))[0]
        cursor.execute("UPDATE actors SET name = ?, updated_at = ? WHERE id = ?", (display, _now(), actor_id))


# ------------------------------------------------------------------ quotes


def _insert_quotes(
    cursor: sqlite3.Cursor, article_id: int, analysis: Analysis, entity_rows: dict[str, int]
) -> None:
    cursor.executemany(
        "INSERT INTO quotes(article_id, text, kind, start, end, caption, cue, entity_id, speaker_name, sources,"
        " certainty) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                article_id,
                quote.text,
                quote.kind,
                quote.start,
                quote.end,
                quote.caption,
                quote.cue,
                entity_rows.get(quote.speaker) if quote.speaker else None,
                quote.speaker_name,
                _sources_json(quote.sources, entity_rows),
                quote.certainty,
            )
            for quote in analysis.quotes
        ],
    )


def _sources_json(sources: Iterable[SourceLink], entity_rows: dict[str, int]) -> str:
    return json.dumps(
        [
            {
                "name": s.name,
                "kind": s.kind,
                "start": s.start,
                "end": s.end,
                "entity_id": entity_rows.get(s.entity or ""),
            }
            for s in sources
        ],
        ensure_ascii=False,
    )


# ------------------------------------------------------------------ events → resolved events


def _insert_reports(
    cursor: sqlite3.Cursor,
    article_id: int,
    article: Article,
    analysis: Analysis,
    entity_rows: dict[str, int],
    actor_of: dict[str, int],
    places: dict[str, Place],
    changes: ChangeLog,
) -> None:
    published = published_day(article)
    report_event: dict[str, int] = {}
    for event in analysis.events:
        facts = report_facts(event, analysis, actor_of, places, published, article.text)
        candidates = event_candidates(cursor, facts, article_id)
        decision = decide_event(facts, candidates)
        event_id = decision.event_id
        if event_id is None:
            event_id = _open_event(cursor, event)
            changes.created_events.add(event_id)
        else:
            changes.updated_events.add(event_id)
        place_id = event_place(event, analysis)
        place = places.get(place_id or "")
        cursor.execute(
            "INSERT INTO reports(article_id, local_id, event_id, type, mode, time_text, date, date_precision,"
            " date_start, date_end, place_entity_id, place, latitude, longitude, certainty, sources, evidence,"
            " in_caption, origin, reason, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)",
            (
                article_id,
                event.id,
                event_id,
                event.type,
                event.mode,
                event.time.text if event.time else None,
                facts.dates.value,
                facts.dates.precision,
                facts.dates.start,
                facts.dates.end,
                entity_rows.get(place_id or ""),
                _place_name(place, analysis, place_id),
                facts.latitude,
                facts.longitude,
                event.certainty,
                _sources_json(event.sources, entity_rows),
                json.dumps(
                    [
                        {"start": s.start, "end": s.end, "text": s.text, "caption": s.caption}
                        for s in event.evidence
                    ],
                    ensure_ascii=False,
                ),
                int(event.in_caption),
                decision.reason,
                decision.score,
            ),
        )
        report_id = int(cursor.lastrowid)
        cursor.executemany(
            "INSERT OR IGNORE INTO report_actors(report_id, entity_id, role) VALUES (?, ?, ?)",
            [(report_id, entity_rows[a.entity], a.role) for a in event.actors if a.entity in entity_rows],
        )
        for other, score, reason in decision.possibly_same:
            _link_events(cursor, event_id, other, score, reason)
        report_event[event.id] = event_id
        refresh_event(cursor, event_id)
    for event in analysis.events:
        for other_local in event.possibly_same_as:
            if other_local in report_event:
                _link_events(
                    cursor,
                    report_event[event.id],
                    report_event[other_local],
                    0.5,
                    "the report itself leaves it unclear",
                )


def _open_event(cursor: sqlite3.Cursor, event: Event, reuse: int | None = None) -> int:
    """A new resolved event for a report that tells no known one; `reuse` keeps a freed id where it can."""
    now = _now()
    if reuse is not None and not cursor.execute("SELECT 1 FROM events WHERE id = ?", (reuse,)).fetchone():
        cursor.execute(
            "INSERT INTO events(id, type, mode, certainty, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            (reuse, event.type, event.mode, event.certainty, now, now),
        )
        return reuse
    cursor.execute(
        "INSERT INTO events(type, mode, certainty, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        (event.type, event.mode, event.certainty, now, now),
    )
    return int(cursor.lastrowid)


def reresolve_events(cursor: sqlite3.Cursor, event_ids: Iterable[int]) -> None:
    """Decide again, in ingest order, which event each report of these events tells.

    After an analyst merges or splits actors, the reports of the events those actors are in may now tell
    one happening, or two: each report is taken out of its event and resolved again against the store as
    a fresh ingest would, keeping its old event's id where that event is rebuilt from its first report.
    """
    events = sorted(set(event_ids))
    if not events:
        return
    marks = ",".join("?" * len(events))
    reports = cursor.execute(
        f"SELECT id, article_id, local_id, event_id FROM reports WHERE event_id IN ({marks}) ORDER BY article_id, id",
        events,
    ).fetchall()
    # Links between these events are decided again below; links from other events stay as hints.
    cursor.execute(f"DELETE FROM event_links WHERE a IN ({marks}) AND b IN ({marks})", [*events, *events])
    cursor.execute(f"UPDATE reports SET event_id = NULL WHERE event_id IN ({marks})", events)
    for event_id in events:
        refresh_event(cursor, event_id)
    by_article: dict[int, list[tuple[int, str, int]]] = {}
    for report_id, article_id, local_id, old_event in reports:
        by_article.setdefault(article_id, []).append((report_id, local_id, old_event))
    for article_id, article_reports in by_article.items():
        _reresolve_article_reports(cursor, article_id, article_reports)
    cursor.execute(
        "DELETE FROM event_links WHERE a NOT IN (SELECT id FROM events) OR b NOT IN (SELECT id FROM events)"
    )


def _reresolve_article_reports(
    cursor: sqlite3.Cursor, article_id: int, article_reports: list[tuple[int, str, int]]
) -> None:
    stored = cursor.execute(
        "SELECT a.article_json, n.analysis_json FROM articles a JOIN analyses n ON n.article_id = a.id WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    article = article_from_json(json.loads(stored[0]))
    analysis = analysis_from_json(json.loads(stored[1]))
    actor_of = {
        row[0]: row[1]
        for row in cursor.execute(
            "SELECT local_id, actor_id FROM entities WHERE article_id = ? AND actor_id IS NOT NULL",
            (article_id,),
        )
    }
    places = {place.entity: place for place in analysis.places}
    events = {event.id: event for event in analysis.events}
    report_event: dict[str, int] = {}
    for report_id, local_id, old_event in article_reports:
        event = events[local_id]
        facts = report_facts(event, analysis, actor_of, places, published_day(article), article.text)
        decision = decide_event(facts, event_candidates(cursor, facts, article_id))
        event_id = (
            decision.event_id if decision.event_id is not None else _open_event(cursor, event, old_event)
        )
        cursor.execute(
            "UPDATE reports SET event_id = ?, reason = ?, score = ? WHERE id = ?",
            (event_id, decision.reason, decision.score, report_id),
        )
        for other, score, reason in decision.possibly_same:
            _link_events(cursor, event_id, other, score, reason)
        report_event[local_id] = event_id
        refresh_event(cursor, event_id)
    known = {
        row[0]: row[1]
        for row in cursor.execute(
            "SELECT local_id, event_id FROM reports WHERE article_id = ?", (article_id,)
        )
    }
    for local_id, event_id in report_event.items():
        for other_local in events[local_id].possibly_same_as:
            if other_local in known:
                _link_events(cursor, event_id, known[other_local], 0.5, "the report itself leaves it unclear")


def _link_events(cursor: sqlite3.Cursor, a: int, b: int, score: float, reason: str) -> None:
    if a != b:
        low, high = sorted((a, b))
        cursor.execute(
            "INSERT OR REPLACE INTO event_links(a, b, score, reason) VALUES (?, ?, ?, ?)",
            (low, high, score, reason),
        )


def _place_name(place: Place | None, analysis: Analysis, entity_id: str | None) -> str | None:
    if place is not None:
        return place.resolved.name if place.resolved else place.name
    for entity in analysis.entities:
        if entity.id == entity_id:
            return entity.name
    return None


def event_place(event: Event, analysis: Analysis) -> str | None:
    """The entity id of where an event happened: its place, or else a place it names as an actor."""
    if event.place:
        return event.place
    # Conflict reports often make the attacked town the target ("shelled Kafr Nabl") and give no place.
    kinds = {entity.id: entity.type for entity in analysis.entities}
    return next((actor.entity for actor in event.actors if kinds.get(actor.entity) == "place"), None)


def report_facts(
    event: Event,
    analysis: Analysis,
    actor_of: dict[str, int],
    places: dict[str, Place],
    published: str | None,
    text: str = "",
) -> ReportFacts:
    """An article event in the terms events are resolved on: actor ids, a date range, a place key and point."""
    place_id = event_place(event, analysis)
    place = places.get(place_id or "")
    resolved = place.resolved if place else None
    name = _place_name(place, analysis, place_id)
    if resolved and resolved.geonameid:
        key: str | None = f"geonames:{resolved.geonameid}"
    else:
        key = place_key(name) if name else None
    time = event.time
    entities = {entity.id: entity for entity in analysis.entities}
    affiliations = frozenset(
        actor_of[org]
        for actor in event.actors
        if actor.entity in entities
        for org in entities[actor.entity].affiliations
        if org in actor_of
    )
    place_entity = entities.get(place_id or "")
    place_forms = [name] if name else []
    if place_entity is not None:
        place_forms += [place_entity.name, *place_entity.aliases]
    return ReportFacts(
        type=event.type,
        mode=event.mode,
        actors=frozenset(actor_of[a.entity] for a in event.actors if a.entity in actor_of),
        dates=date_range(time.value if time else None, time.precision if time else None, published),
        place_key=key,
        latitude=resolved.latitude if resolved else None,
        longitude=resolved.longitude if resolved else None,
        place_feature=resolved.feature if resolved else None,
        country_code=resolved.country_code if resolved else None,
        affiliations=affiliations,
        place_actor=actor_of.get(place_id or ""),
        place_names=_place_keys(place_forms),
        # Every name, whatever type the analyzer gave it: a dateline town is often read as a person.
        named_places=_place_keys(
            form for entity in analysis.entities for form in (entity.name, *entity.aliases)
        ),
        day_clue=day_clue(time.text if time else None, time.value if time else None, text),
        actor_names=frozenset(
            ActorNames(actor_of[a.entity], entities[a.entity].type,
                       frozenset((entities[a.entity].name, *entities[a.entity].aliases)))
            for a in event.actors
            if a.entity in actor_of and a.entity in entities
        ),  # fmt: skip
    )


def _place_keys(names: Iterable[str]) -> frozenset[str]:
    return frozenset(key for key in (place_key(name) for name in names) if key)


def event_candidates(cursor: sqlite3.Cursor, facts: ReportFacts, article_id: int) -> list[EventCandidate]:
    """Known events sharing an actor or the place whose dates can overlap the report's.

    Actors count as shared through affiliations too: an event of the group the report's leader belongs
    to, or of a member of a group the report names. Events at the report's place are candidates whatever
    their actors, so that a report naming the actors and one naming none (a march "in Toribío") meet.
    """
    conditions, parameters = [], []
    if facts.dates.start and facts.dates.end:
        conditions.append("(e.date_start IS NULL OR (e.date_start <= ? AND e.date_end >= ?))")
        parameters += [facts.dates.end, facts.dates.start]
    where = " AND ".join(conditions) or "1"
    found: dict[int, None] = {}
    if facts.actors:
        related = sorted(facts.actors | facts.affiliations)
        marks = ",".join("?" * len(related))
        for row in cursor.execute(
            f"SELECT DISTINCT e.id FROM event_actors ea JOIN events e ON e.id = ea.event_id"
            f" WHERE ea.actor_id IN ({marks}) AND {where} LIMIT 200",
            [*related, *parameters],
        ).fetchall():
            found.setdefault(row[0])
        # Events of the members of the groups involved, found through the affiliations each article read.
        for row in cursor.execute(
            f"SELECT DISTINCT e.id FROM entities o JOIN affiliations f ON f.org_entity_id = o.id"
            f" JOIN entities m ON m.id = f.entity_id JOIN event_actors ea ON ea.actor_id = m.actor_id"
            f" JOIN events e ON e.id = ea.event_id WHERE o.actor_id IN ({marks}) AND {where} LIMIT 200",
            [*related, *parameters],
        ).fetchall():
            found.setdefault(row[0])
    if facts.place_key:
        for row in cursor.execute(
            f"SELECT e.id FROM events e WHERE e.place_key = ? AND {where} LIMIT 200",
            [facts.place_key, *parameters],
        ).fetchall():
            found.setdefault(row[0])
    if facts.place_actor is not None:
        # The same place written another way (Babanusa / Babanusah), unified when its entity was resolved.
        for row in cursor.execute(
            # Joined on the article too, so that the (article, local id) index finds the reports.
            f"SELECT DISTINCT e.id FROM entities p JOIN reports r ON r.article_id = p.article_id"
            f" AND r.place_entity_id = p.id JOIN events e ON e.id = r.event_id WHERE p.actor_id = ? AND {where}"
            f" LIMIT 200",
            [facts.place_actor, *parameters],
        ).fetchall():
            found.setdefault(row[0])
    return [_event_candidate(cursor, event_id, article_id) for event_id in found]


def _event_candidate(cursor: sqlite3.Cursor, event_id: int, article_id: int) -> EventCandidate:
    event = cursor.execute(
        "SELECT type, mode, date, date_precision, date_start, date_end, place_key, latitude, longitude"
        " FROM events WHERE id = ?",
        (event_id,),
    ).fetchone()
    actors = frozenset(
        row[0] for row in cursor.execute("SELECT actor_id FROM event_actors WHERE event_id = ?", (event_id,))
    )
    same_article = cursor.execute(
        "SELECT 1 FROM reports WHERE event_id = ? AND article_id = ?", (event_id, article_id)
    ).fetchone()
    resolved = _event_resolved_place(cursor, event_id)
    # The event's own place, as each report that gave it wrote it; not the country another report named.
    place_actors = frozenset(
        row[0]
        for row in cursor.execute(
            "SELECT DISTINCT p.actor_id FROM reports r JOIN events e ON e.id = r.event_id"
            " JOIN entities p ON p.id = r.place_entity_id WHERE r.event_id = ? AND r.place = e.place"
            " AND p.actor_id IS NOT NULL",
            (event_id,),
        )
    )
    place_forms = [
        row[0] for row in cursor.execute("SELECT place FROM events WHERE id = ?", (event_id,)) if row[0]
    ]
    if place_actors:
        marks = ",".join("?" * len(place_actors))
        place_forms += [
            row[0]
            for row in cursor.execute(
                f"SELECT name FROM actor_names WHERE actor_id IN ({marks})", sorted(place_actors)
            )
        ]
    return EventCandidate(
        event_id=event_id,
        type=event[0],
        mode=event[1],
        actors=actors,
        dates=DateRange(event[4], event[5], event[2], event[3]),
        place_key=event[6],
        latitude=event[7],
        longitude=event[8],
        from_same_article=same_article is not None,
        place_feature=resolved.get("feature") if resolved else None,
        country_code=resolved.get("country_code") if resolved else None,
        affiliations=event_affiliations(cursor, event_id),
        place_actors=place_actors,
        place_names=_place_keys(place_forms),
        # Only a country-level event is placed by the towns its reports name (`_place_containment`).
        named_places=_named_in_reports(cursor, event_id)
        if resolved and resolved.get("feature") in CONTAINER_FEATURES
        else frozenset(),
        day_clue=_event_day_clue(cursor, event_id) if event[2] is None else DayClue(),
        actor_names=_event_actor_names(cursor, event_id),
    )


# Reports read for what an undated event's day may be: its first few tell the day as well as all of them.
DAY_CLUE_REPORTS = 8


def _event_day_clue(cursor: sqlite3.Cursor, event_id: int) -> DayClue:
    """What an undated event's reports still say of its day (weekday, yearless dateline)."""
    return strongest_day_clue(
        day_clue(time_text, value, text)
        for time_text, value, text in cursor.execute(
            "SELECT r.time_text, r.date, a.body_text FROM reports r JOIN articles a ON a.id = r.article_id"
            " WHERE r.event_id = ? ORDER BY r.id LIMIT ?",
            (event_id, DAY_CLUE_REPORTS),
        ).fetchall()
    )


def _event_actor_names(cursor: sqlite3.Cursor, event_id: int) -> frozenset[ActorNames]:
    """Every known written form of each of an event's actors, with the actor's type."""
    forms: dict[int, tuple[str, set[str]]] = {}
    for actor_id, actor_type, name in cursor.execute(
        "SELECT DISTINCT a.id, a.type, n.name FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
        " JOIN actor_names n ON n.actor_id = a.id WHERE ea.event_id = ?",
        (event_id,),
    ):
        forms.setdefault(actor_id, (actor_type, set()))[1].add(name)
    return frozenset(
        ActorNames(actor_id, actor_type, frozenset(names)) for actor_id, (actor_type, names) in forms.items()
    )


def _named_in_reports(cursor: sqlite3.Cursor, event_id: int) -> frozenset[str]:
    """Place keys of every name in the (most recent) articles that report an event."""
    forms = []
    for name, aliases in cursor.execute(
        "SELECT name, aliases FROM entities WHERE article_id IN (SELECT DISTINCT article_id FROM reports"
        " WHERE event_id = ? ORDER BY article_id DESC LIMIT ?)",
        (event_id, CONTEXT_ARTICLES),
    ):
        forms += [name, *json.loads(aliases)]
    return _place_keys(forms)


def event_affiliations(cursor: sqlite3.Cursor, event_id: int) -> frozenset[int]:
    """Actor ids of the organizations an event's actors are affiliated with, as its reports read them."""
    return frozenset(
        row[0]
        for row in cursor.execute(
            "SELECT DISTINCT o.actor_id FROM reports r JOIN report_actors ra ON ra.report_id = r.id"
            " JOIN affiliations f ON f.entity_id = ra.entity_id JOIN entities o ON o.id = f.org_entity_id"
            " WHERE r.event_id = ? AND o.actor_id IS NOT NULL",
            (event_id,),
        )
    )


def _event_resolved_place(cursor: sqlite3.Cursor, event_id: int) -> dict | None:
    # The report refresh_event took the event's place from (`_most_specific_place`).
    row = cursor.execute(
        "SELECT r.place_entity_id FROM reports r JOIN events e ON e.id = r.event_id WHERE r.event_id = ?"
        " AND r.place = e.place AND r.latitude IS e.latitude AND r.longitude IS e.longitude ORDER BY r.id LIMIT 1",
        (event_id,),
    ).fetchone()
    return _resolved_place(cursor, row[0]) if row and row[0] is not None else None


def _resolved_place(cursor: sqlite3.Cursor, place_entity_id: int) -> dict | None:
    """The gazetteer entry (as stored in the analysis) a place entity resolved to, if it resolved."""
    row = cursor.execute(
        "SELECT a.analysis_json, e.local_id FROM entities e JOIN analyses a ON a.article_id = e.article_id"
        " WHERE e.id = ?",
        (place_entity_id,),
    ).fetchone()
    if row:
        for place in json.loads(row[0]).get("places", []):
            if place["entity"] == row[1] and place.get("resolved"):
                return place["resolved"]
    return None


def refresh_event(cursor: sqlite3.Cursor, event_id: int) -> bool:
    """Recompute an event from its reports: actors, date, place, certainty, origins and corroboration.

    False (and the event deleted) when no report is left.
    """
    reports = cursor.execute(
        "SELECT r.id, r.type, r.mode, r.date, r.date_precision, r.date_start, r.date_end, r.place, r.latitude,"
        " r.longitude, r.certainty, r.sources, a.outlet, a.declared_origin, a.fingerprint, r.article_id,"
        " r.place_entity_id FROM reports r JOIN analyses a ON a.article_id = r.article_id"
        " WHERE r.event_id = ? ORDER BY r.article_id, r.id",
        (event_id,),
    ).fetchall()
    if not reports:
        cursor.execute("DELETE FROM events WHERE id = ?", (event_id,))
        return False
    origins = report_origins(
        [_report_origin(r[0], r[15], r[12], r[13], r[14], json.loads(r[11])) for r in reports]
    )
    for report_id, origin in origins.items():
        cursor.execute("UPDATE reports SET origin = ? WHERE id = ?", (origin, report_id))
    # The most precise date any report gives, and the place of the report that names one most precisely.
    precision_rank = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4, "decade": 5}
    dated = [r for r in reports if r[3]]
    best_date = min(dated, key=lambda r: (precision_rank.get(r[4] or "", 9), r[0])) if dated else reports[0]
    placed = [r for r in reports if r[7]]
    best_place = _most_specific_place(cursor, placed)
    types = [r[1] for r in reports]
    event_type = max(sorted(set(types)), key=types.count)
    # A mode that says how it was done ("shelling") describes the happening; one that says what came of
    # it ("killing") is kept only where no report says how.
    modes = [r[2] for r in reports if r[2] in MODE_GROUPS] or [r[2] for r in reports if r[2]]
    certainty = min(
        (r[10] for r in reports), key=lambda c: CERTAINTY_ORDER.index(c) if c in CERTAINTY_ORDER else 9
    )
    place_key = None
    if best_place is not None:
        place_key = _place_key_of(cursor, best_place[16], best_place[7])
    cursor.execute(
        "UPDATE events SET type = ?, mode = ?, date = ?, date_precision = ?, date_start = ?, date_end = ?, place = ?,"
        " place_key = ?, latitude = ?, longitude = ?, certainty = ?, reports = ?, corroboration = ?, updated_at = ?"
        " WHERE id = ?",
        (
            event_type,
            max(sorted(set(modes)), key=modes.count) if modes else None,
            best_date[3],
            best_date[4],
            best_date[5],
            best_date[6],
            best_place[7] if best_place else None,
            place_key,
            best_place[8] if best_place else None,
            best_place[9] if best_place else None,
            certainty,
            len(reports),
            len(set(origins.values())),
            _now(),
            event_id,
        ),
    )
    cursor.execute("DELETE FROM event_actors WHERE event_id = ?", (event_id,))
    cursor.execute(
        "INSERT OR IGNORE INTO event_actors(event_id, actor_id, role) SELECT ?, e.actor_id, ra.role"
        " FROM report_actors ra JOIN reports r ON r.id = ra.report_id JOIN entities e ON e.id = ra.entity_id"
        " WHERE r.event_id = ? AND e.actor_id IS NOT NULL",
        (event_id, event_id),
    )
    return True


# Reports whose gazetteer feature is looked at when choosing an event's place: enough to pass over a
# country-level report or two, without reading every analysis of a much-reported event.
PLACE_FEATURE_LOOKUPS = 8


def _most_specific_place(cursor: sqlite3.Cursor, placed: list[sqlite3.Row]) -> sqlite3.Row | None:
    """The report whose place locates the event best: resolved, and a town rather than the country around it."""
    resolved = sorted((r for r in placed if r[8] is not None), key=lambda r: r[0])
    for report in resolved[:PLACE_FEATURE_LOOKUPS]:
        entry = _resolved_place(cursor, report[16]) if report[16] is not None else None
        if entry is None or entry.get("feature") not in CONTAINER_FEATURES:
            return report
    return min(placed, key=lambda r: (r[8] is None, r[0])) if placed else None


def _place_key_of(cursor: sqlite3.Cursor, place_entity_id: int | None, place_name: str | None) -> str | None:
    resolved = _resolved_place(cursor, place_entity_id) if place_entity_id is not None else None
    if resolved and resolved.get("geonameid"):
        return f"geonames:{resolved['geonameid']}"
    return place_key(place_name) if place_name else None


@dataclass(frozen=True)
class ReportOrigin:
    """What decides a report's independence: where it appeared, what it says it copies, whom it cites."""

    report_id: int
    article_id: int
    outlet: str | None
    declared: str | None
    fingerprint: str
    cited: tuple[str, ...]  # named organizations, media, documents and accounts in its attribution chain
    cited_media: frozenset[str]  # folded names of the media it cites
    cited_people: tuple[str, ...] = ()  # links read as people, which may still be an outlet's full name


def _report_origin(
    report_id: int,
    article_id: int,
    outlet: str | None,
    declared: str | None,
    sketch: str,
    sources: list[dict],
) -> ReportOrigin:
    cited = tuple(
        s["name"] for s in sources if s["kind"] in ("organization", "media", "document", "social-media")
    )
    media = frozenset(fold(s["name"]) for s in sources if s["kind"] == "media")
    # "Turkish news agency Anatolian Desk" read as a person still names the agency.
    people = tuple(s["name"] for s in sources if s["kind"] == "person")
    return ReportOrigin(report_id, article_id, outlet, declared, sketch, cited, media, people)


def report_origins(reports: list[ReportOrigin]) -> dict[int, str]:
    """The independent source each report counts as: reports that copy or quote one another share one.

    Two reports share an origin when they come from one outlet, one declares it was produced with the
    other's outlet, their texts are near-duplicates, one names the other's outlet as its source, or both
    retell the same named medium's report.
    """
    parent = list(range(len(reports)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        first, second = root(i), root(j)
        parent[max(first, second)] = min(first, second)

    labels = [r.declared or r.outlet or f"article {r.article_id}" for r in reports]
    for i, first in enumerate(reports):
        for j in range(i + 1, len(reports)):
            second = reports[j]
            if (
                labels[i] == labels[j]
                or _same_source(first, second)
                or _copies(first, second)
                or _copies(second, first)
                or first.cited_media & second.cited_media
                or resemblance(first.fingerprint, second.fingerprint) >= NEAR_DUPLICATE
            ):
                join(i, j)
    return {report.report_id: labels[root(i)] for i, report in enumerate(reports)}


def _same_source(report: ReportOrigin, other: ReportOrigin) -> bool:
    """True when the two reports count under one name: one outlet, or one origin they both declare."""
    first = report.declared or report.outlet
    second = other.declared or other.outlet
    return first is not None and second is not None and same_outlet(first, second)


def _copies(report: ReportOrigin, other: ReportOrigin) -> bool:
    """True when `report` declares or cites `other`'s outlet (or declared origin) as where it comes from."""
    if report.declared and cites_outlet(report.declared, other.outlet):
        return True
    for outlet in (other.declared, other.outlet):
        if any(cites_outlet(name, outlet) for name in report.cited):
            return True
        # A person's name only counts when it holds an outlet's whole name, never a web address's stem
        # ("Ahmed Khan" is not ahmedabad-mirror.example).
        if any(cites_outlet(name, outlet, by_host=False) for name in report.cited_people):
            return True
    return False
