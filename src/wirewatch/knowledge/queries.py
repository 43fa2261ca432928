"""The questions an analyst asks the knowledge base, as plain functions over a store.

Every list query takes `limit` and `offset` and returns a `ResultPage`; every fact carries its evidence
(article id and character offsets). Names are resolved the way ingest resolves them, so any spelling
of an actor's name finds it.

>>> match = find_actor(store, "Haniya")
>>> match.actor.name, match.ambiguous
('Ismail Haniyeh', False)
"""

from __future__ import annotations

import calendar
import json
import math
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import JaroWinkler

from wirewatch.errors import InputError, NotFoundError
from wirewatch.knowledge.names import acronym, fold, name_key, name_tokens, place_key, token_key
from wirewatch.knowledge.records import (
    ActorCandidate,
    ActorCard,
    ActorMatch,
    ActorProfile,
    ActorRef,
    AffiliationRecord,
    ArticleDetail,
    ArticleHit,
    Counterpart,
    EventActorRecord,
    EventDetail,
    EventReport,
    EventSummary,
    Evidence,
    MergeReason,
    PossiblySameActor,
    PossiblySameEvent,
    QuoteRecord,
    Relation,
    RelationEvent,
    ResultPage,
    RoleRecord,
    SourceRecord,
    TimelineBucket,
)
from wirewatch.knowledge.resolve_events import distance_km
from wirewatch.knowledge.serialize import analysis_from_json, article_from_json
from wirewatch.knowledge.store import SqliteStore

Near = tuple[float, float, float]  # latitude, longitude, radius in km
BoundingBox = tuple[float, float, float, float]  # south, west, north, east

# A name written exactly as a known alias says more than one that only folds to the same key
# ("Haniya" is Haniyeh's alias; "Hanoi" merely shares its transliteration key).
MATCH_RANK = {"exact": 0, "alias": 1, "transliteration": 2, "acronym": 3, "partial": 4, "fuzzy": 5}
FUZZY_MINIMUM = 0.88
FUZZY_SCAN = 5000
BROAD_BOX_EVENTS = 2000
# Full-text hits beyond this many are ranked among the newest only, and counted no further, so a
# common word stays fast: at 100k articles bm25 costs about 5 µs a hit, on top of a fixed scan of each
# word's whole posting list that no limit avoids.
RANKED_HITS = 2000
_FTS_WORD = re.compile(r"\w+", re.UNICODE)
_EVENT_COLUMNS = (
    "e.id, e.type, e.mode, e.date, e.date_precision, e.place, e.latitude, e.longitude, e.reports,"
    " e.corroboration, e.certainty"
)


# ------------------------------------------------------------------ actors


def find_actor(store: SqliteStore, name: str, *, events_limit: int = 20) -> ActorMatch:
    """The actor NAME (any spelling, partial name or title) best refers to, and whether it is ambiguous."""
    db = store.connection
    candidates = actor_candidates(db, name)
    if not candidates:
        return ActorMatch(query=name, actor=None, ambiguous=False, candidates=())
    best = candidates[0]
    rivals = [c for c in candidates[1:] if MATCH_RANK[c.match] == MATCH_RANK[best.match]]
    return ActorMatch(
        query=name,
        actor=actor_card(store, best.id, events_limit=events_limit),
        ambiguous=bool(rivals),
        candidates=tuple(candidates),
    )


def actor_candidates(db: sqlite3.Connection, name: str, limit: int = 20) -> list[ActorCandidate]:
    """Every actor a name may refer to, best fit first (closest name match, then most reported)."""
    found: dict[int, str] = {}

    def offer(actor_id: int, match: str) -> None:
        if actor_id not in found or MATCH_RANK[match] < MATCH_RANK[found[actor_id]]:
            found[actor_id] = match

    plain = " ".join(name_tokens(name))
    key = name_key(name)
    if key:
        for actor_id, known, display in db.execute(
            "SELECT n.actor_id, n.name, a.name FROM actor_names n JOIN actors a ON a.id = n.actor_id WHERE n.key = ?",
            (key,),
        ):
            known_plain = " ".join(name_tokens(known))
            if known_plain == plain:
                offer(actor_id, "exact" if known_plain == " ".join(name_tokens(display)) else "alias")
            else:
                offer(actor_id, "transliteration")
    tokens = name_tokens(name)
    if len(tokens) == 1:
        for (actor_id,) in db.execute(
            "SELECT actor_id FROM actor_keys WHERE kind = 'surname' AND key = ?", (token_key(tokens[0]),)
        ):
            offer(actor_id, "partial")
        folded = fold(name).replace(" ", "")
        for (actor_id,) in db.execute(
            "SELECT actor_id FROM actor_keys WHERE kind = 'acronym' AND key = ?", (folded,)
        ):
            offer(actor_id, "acronym")
    initials = acronym(name)
    if initials:
        for (actor_id,) in db.execute(
            "SELECT actor_id FROM actor_keys WHERE kind = 'acronym' AND key = ?", (initials,)
        ):
            offer(actor_id, "acronym")
    if not found and key:
        # A misspelling the keys do not fold: compare against names whose key starts the same way.
        prefix = key[:2]
        for actor_id, known in db.execute(
            "SELECT actor_id, name FROM actor_names WHERE key >= ? AND key < ? LIMIT ?",
            (prefix, prefix + "\uffff", FUZZY_SCAN),
        ):
            if JaroWinkler.similarity(plain, " ".join(name_tokens(known))) >= FUZZY_MINIMUM:
                offer(actor_id, "fuzzy")
    # A common surname fits dozens of actors: all are ranked in one query, only the kept ones get aliases.
    ranked: list[tuple[int, str, str, int]] = []
    found_ids = list(found)
    for start in range(0, len(found_ids), 500):
        chunk = found_ids[start : start + 500]
        ranked += db.execute(
            "SELECT a.id, a.name, a.type, (SELECT count(DISTINCT e.article_id) FROM entities e"
            f" WHERE e.actor_id = a.id) FROM actors a WHERE a.id IN ({','.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
    ranked.sort(key=lambda row: (MATCH_RANK[found[row[0]]], -row[3], row[0]))
    kept = ranked[:limit]
    aliases = _aliases_of(db, {actor_id: name for actor_id, name, _, _ in kept})
    return [
        ActorCandidate(actor_id, name, kind, aliases[actor_id], int(articles), found[actor_id])
        for actor_id, name, kind, articles in kept
    ]


_LARGEST_ID = 2**63 - 1


def resolve_actor_id(store: SqliteStore, actor: int | str) -> int:
    """An actor id from an id or a name (its best match); NotFoundError when nothing matches."""
    if isinstance(actor, int) or (isinstance(actor, str) and actor.isdecimal()):
        actor_id = int(actor)
        # An id past SQLite's integer range names no actor; asking SQLite would overflow.
        if not 0 <= actor_id <= _LARGEST_ID or (
            store.connection.execute("SELECT 1 FROM actors WHERE id = ?", (actor_id,)).fetchone() is None
        ):
            raise NotFoundError(f"no actor with id {actor_id}")
        return actor_id
    candidates = actor_candidates(store.connection, actor, limit=1)
    if not candidates:
        raise NotFoundError(f"no actor named {actor!r} (try `wirewatch query search {actor}`)")
    return candidates[0].id


def actor_card(store: SqliteStore, actor_id: int, *, events_limit: int = 20) -> ActorCard:
    """{id, name, aliases, roles, affiliations, counterparts, events} of one actor."""
    db = store.connection
    actor = _actor_ref(db, actor_id)
    roles = [
        row[0]
        for row in db.execute(
            "SELECT r.text, count(*) AS n FROM roles r JOIN entities e ON e.id = r.entity_id WHERE e.actor_id = ?"
            " GROUP BY lower(r.text) ORDER BY n DESC, r.text LIMIT 20",
            (actor_id,),
        )
    ]
    return ActorCard(
        id=actor.id,
        name=actor.name,
        type=actor.type,
        aliases=_aliases(db, actor_id, actor.name),
        roles=tuple(roles),
        affiliations=tuple(record.actor for record in _affiliations(db, actor_id)),
        counterparts=tuple(record.actor for record in _counterparts(db, actor_id, limit=20)),
        events=search_events(store, actor=actor_id, limit=events_limit).items,
    )


def actor_profile(store: SqliteStore, actor_id: int) -> ActorProfile:
    """An actor's names, roles over time, affiliations, counterparts and merge reasons."""
    db = store.connection
    actor = _actor_ref(db, actor_id)
    names = [
        row[0]
        for row in db.execute(
            "SELECT name FROM actor_names WHERE actor_id = ? ORDER BY mentions DESC, name", (actor_id,)
        )
    ]
    roles = tuple(
        RoleRecord(text, published, Evidence(article_id, start, end, text))
        for text, published, article_id, start, end in db.execute(
            "SELECT r.text, substr(a.published, 1, 10), r.article_id, r.start, r.end FROM roles r"
            " JOIN entities e ON e.id = r.entity_id JOIN articles a ON a.id = r.article_id WHERE e.actor_id = ?"
            " ORDER BY a.published IS NULL, a.published, r.article_id LIMIT 500",
            (actor_id,),
        )
    )
    seen = db.execute(
        "SELECT count(DISTINCT e.article_id), min(substr(a.published, 1, 10)), max(substr(a.published, 1, 10))"
        " FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.actor_id = ?",
        (actor_id,),
    ).fetchone()
    merges = tuple(
        MergeReason(article_id, local_id, reason, score)
        for article_id, local_id, reason, score in db.execute(
            "SELECT article_id, local_id, reason, score FROM entities WHERE actor_id = ? ORDER BY article_id, id LIMIT 200",
            (actor_id,),
        )
    )
    links = []
    for a, b, score, reason in db.execute(
        "SELECT a, b, score, reason FROM actor_links WHERE a = ? OR b = ? ORDER BY score DESC",
        (actor_id, actor_id),
    ):
        other = b if a == actor_id else a
        links.append(PossiblySameActor(_actor_ref(db, other), score, reason))
    return ActorProfile(
        actor=actor,
        names=tuple(names),
        roles=roles,
        affiliations=tuple(_affiliations(db, actor_id)),
        counterparts=tuple(_counterparts(db, actor_id, limit=50)),
        articles=int(seen[0]),
        first_seen=seen[1],
        last_seen=seen[2],
        merges=merges,
        possibly_same=tuple(links),
    )


def _actor_ref(db: sqlite3.Connection, actor_id: int) -> ActorRef:
    row = db.execute("SELECT id, name, type FROM actors WHERE id = ?", (actor_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no actor with id {actor_id}")
    return ActorRef(row[0], row[1], row[2])


def _aliases(db: sqlite3.Connection, actor_id: int, display: str) -> tuple[str, ...]:
    return tuple(
        row[0]
        for row in db.execute(
            "SELECT name FROM actor_names WHERE actor_id = ? AND name != ? ORDER BY mentions DESC, name LIMIT 50",
            (actor_id, display),
        )
    )


def _aliases_of(db: sqlite3.Connection, displays: dict[int, str]) -> dict[int, tuple[str, ...]]:
    """`_aliases` of several actors (id → display name) in one query."""
    found: dict[int, list[str]] = {actor_id: [] for actor_id in displays}
    if not displays:
        return {}
    for actor_id, name in db.execute(
        f"SELECT actor_id, name FROM actor_names WHERE actor_id IN ({','.join('?' * len(displays))})"
        " ORDER BY actor_id, mentions DESC, name",
        list(displays),
    ):
        names = found[actor_id]
        if name != displays[actor_id] and len(names) < 50:
            names.append(name)
    return {actor_id: tuple(names) for actor_id, names in found.items()}


def _affiliations(db: sqlite3.Connection, actor_id: int) -> list[AffiliationRecord]:
    rows = db.execute(
        "SELECT o.actor_id, count(DISTINCT e.article_id) AS n, min(substr(a.published, 1, 10)),"
        " max(substr(a.published, 1, 10)), x.name, x.type FROM entities e JOIN affiliations f ON f.entity_id = e.id"
        " JOIN entities o ON o.id = f.org_entity_id JOIN articles a ON a.id = e.article_id JOIN actors x ON x.id = o.actor_id"
        " WHERE e.actor_id = ? AND o.actor_id IS NOT NULL AND o.actor_id != ? GROUP BY o.actor_id ORDER BY n DESC LIMIT 50",
        (actor_id, actor_id),
    ).fetchall()
    return [AffiliationRecord(ActorRef(row[0], row[4], row[5]), row[1], row[2], row[3]) for row in rows]


def _counterparts(db: sqlite3.Connection, actor_id: int, limit: int) -> list[Counterpart]:
    rows = db.execute(
        "SELECT other.actor_id, count(DISTINCT e.id) AS n, min(e.date_start), max(e.date_start), x.name, x.type"
        " FROM event_actors mine JOIN event_actors other ON other.event_id = mine.event_id AND other.actor_id != mine.actor_id"
        " JOIN events e ON e.id = mine.event_id JOIN actors x ON x.id = other.actor_id WHERE mine.actor_id = ?"
        " GROUP BY other.actor_id ORDER BY n DESC, other.actor_id LIMIT ?",
        (actor_id, limit),
    ).fetchall()
    return [Counterpart(ActorRef(row[0], row[4], row[5]), row[1], row[2], row[3]) for row in rows]


# ------------------------------------------------------------------ events


def search_events(
    store: SqliteStore,
    *,
    type: str | None = None,
    actor: int | str | None = None,
    place: str | None = None,
    near: Near | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> ResultPage[EventSummary]:
    """Resolved events filtered by PLOVER type, actor (id or name), place name or radius, and time window.

    Newest first; `since` / `until` are ISO dates and match events whose date can fall in the window.
    """
    conditions, parameters = _time_conditions(first_day(since), last_day(until))
    if type:
        conditions.append("e.type = ?")
        parameters.append(type.upper())
    if actor is not None:
        conditions.append("e.id IN (SELECT event_id FROM event_actors WHERE actor_id = ?)")
        parameters.append(resolve_actor_id(store, actor))
    if place:
        conditions.append("(e.place_key = ? OR lower(e.place) = lower(?))")
        parameters += [place_key(place), place]
    if near is not None:
        south, west, north, east = _bbox_around(near)
        return _events_within(store, conditions, parameters, (south, west, north, east), near, limit, offset)
    return _event_page(store.connection, conditions, parameters, limit, offset)


def events_in_bbox(
    store: SqliteStore,
    bbox: BoundingBox,
    *,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 500,
    offset: int = 0,
) -> ResultPage[EventSummary]:
    """Resolved events whose place lies inside a (south, west, north, east) box, for maps."""
    conditions, parameters = _time_conditions(first_day(since), last_day(until))
    if type:
        conditions.append("e.type = ?")
        parameters.append(type.upper())
    return _events_within(store, conditions, parameters, bbox, None, limit, offset)


def get_event(store: SqliteStore, event_id: int) -> EventDetail:
    """One resolved event with all its reports, their evidence, sources, origins and possibly-same links."""
    db = store.connection
    row = db.execute(f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.id = ?", (event_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no event with id {event_id}")
    reports = _reports(db, event_id)
    links = []
    for a, b, score, reason in db.execute(
        "SELECT a, b, score, reason FROM event_links WHERE a = ? OR b = ? ORDER BY score DESC",
        (event_id, event_id),
    ):
        links.append(PossiblySameEvent(b if a == event_id else a, score, reason))
    return EventDetail(
        event=_summaries(db, [row])[0],
        reports=reports,
        origins=tuple(dict.fromkeys(report.origin for report in reports)),
        possibly_same=tuple(links),
    )


def relation(store: SqliteStore, a: int, b: int, *, limit: int = 50, offset: int = 0) -> Relation:
    """Events two actors share, oldest first, each with every report's evidence and sources."""
    db = store.connection
    first, second = _actor_ref(db, a), _actor_ref(db, b)
    shared = "SELECT x.event_id FROM event_actors x JOIN event_actors y ON y.event_id = x.event_id WHERE x.actor_id = ? AND y.actor_id = ?"
    total = db.execute(f"SELECT count(DISTINCT event_id) FROM ({shared})", (a, b)).fetchone()[0]
    types = dict(
        db.execute(
            f"SELECT type, count(*) FROM events WHERE id IN ({shared}) GROUP BY type ORDER BY count(*) DESC",
            (a, b),
        ).fetchall()
    )
    rows = db.execute(
        f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.id IN ({shared})"
        " ORDER BY e.date_start IS NULL, e.date_start, e.id LIMIT ? OFFSET ?",
        (a, b, limit, offset),
    ).fetchall()
    events = tuple(RelationEvent(summary, _reports(db, summary.id)) for summary in _summaries(db, rows))
    return Relation(first, second, ResultPage(events, int(total), limit, offset), types)


def timeline(
    store: SqliteStore,
    *,
    actor: int | str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    granularity: str = "month",
    limit: int = 500,
    offset: int = 0,
) -> ResultPage[TimelineBucket]:
    """Event counts per day, month or year (oldest first), optionally for one actor or type."""
    width = {"day": 10, "month": 7, "year": 4}.get(granularity)
    if width is None:
        raise ValueError(f"granularity must be day, month or year, not {granularity!r}")
    since, until = first_day(since), last_day(until)
    # Events are counted in the period their date starts in.
    if actor is None:
        conditions, parameters = ["events > 0"], []
        for bound, operator in ((since, ">="), (until, "<=")):
            if bound:
                conditions.append(f"day {operator} ?")
                parameters.append(bound)
        if type:
            conditions.append("type = ?")
            parameters.append(type.upper())
        rows = store.connection.execute(
            f"SELECT substr(day, 1, {width}) AS period, type, sum(events) FROM event_day_counts"
            f" WHERE {' AND '.join(conditions)} GROUP BY period, type",
            parameters,
        ).fetchall()
    else:
        conditions, parameters = ["e.date_start IS NOT NULL"], []
        for bound, operator in ((since, ">="), (until, "<=")):
            if bound:
                conditions.append(f"e.date_start {operator} ?")
                parameters.append(bound)
        if type:
            conditions.append("e.type = ?")
            parameters.append(type.upper())
        conditions.append("e.id IN (SELECT event_id FROM event_actors WHERE actor_id = ?)")
        parameters.append(resolve_actor_id(store, actor))
        rows = store.connection.execute(
            f"SELECT substr(e.date_start, 1, {width}) AS period, e.type, count(*) FROM events e"
            f" WHERE {' AND '.join(conditions)} GROUP BY period, e.type",
            parameters,
        ).fetchall()
    buckets: dict[str, dict[str, int]] = {}
    for period, event_type, count in rows:
        buckets.setdefault(period, {})[event_type] = count
    periods = sorted(buckets)
    items = tuple(
        TimelineBucket(period, sum(buckets[period].values()), buckets[period])
        for period in periods[offset : offset + limit]
    )
    return ResultPage(items, len(periods), limit, offset)


def first_day(bound: str | None) -> str | None:
    """A year or month bound as its first day (the queries compare full ISO dates)."""
    if bound is None:
        return None
    return {4: f"{bound}-01-01", 7: f"{bound}-01"}.get(len(bound), bound)


def last_day(bound: str | None) -> str | None:
    """A year or month bound as its last day, so that `until=2025-03` includes the whole of March."""
    if bound is None:
        return None
    if len(bound) == 4:
        return f"{bound}-12-31"
    if len(bound) == 7:
        year, month = int(bound[:4]), int(bound[5:7])
        if not 1 <= month <= 12:
            raise InputError("until", "month must be 01 to 12")
        return f"{bound}-{calendar.monthrange(year, month)[1]:02d}"
    return bound


def _time_conditions(since: str | None, until: str | None) -> tuple[list[str], list[Any]]:
    conditions: list[str] = []
    parameters: list[Any] = []
    if since:
        # An event's dates span at most a year (its date's precision), so the start bound lets the date
        # index cut the scan short; the end bound is the actual test.
        conditions.append("e.date_start >= ? AND e.date_end >= ?")
        parameters += [_year_before(since), since]
    if until:
        conditions.append("e.date_start <= ?")
        parameters.append(until)
    return conditions, parameters


def _year_before(day: str) -> str:
    match = re.match(r"(\d{4})(.*)", day)
    return f"{int(match.group(1)) - 1:04d}{match.group(2)}" if match else day


def _event_page(
    db: sqlite3.Connection,
    conditions: list[str],
    parameters: list[Any],
    limit: int,
    offset: int,
    total: int | None = None,
) -> ResultPage[EventSummary]:
    where = " AND ".join(conditions) or "1"
    if total is None:
        total = db.execute(f"SELECT count(*) FROM events e WHERE {where}", parameters).fetchone()[0]
    rows = db.execute(
        f"SELECT {_EVENT_COLUMNS} FROM events e WHERE {where}"
        " ORDER BY e.date_start DESC, e.id DESC LIMIT ? OFFSET ?",
        [*parameters, limit, offset],
    ).fetchall()
    return ResultPage(tuple(_summaries(db, rows)), int(total), limit, offset)


def _bbox_around(near: Near) -> BoundingBox:
    latitude, longitude, km = near
    degrees_latitude = km / 111.2
    degrees_longitude = km / max(1e-6, 111.2 * math.cos(math.radians(latitude)))
    return (
        latitude - degrees_latitude,
        longitude - degrees_longitude,
        latitude + degrees_latitude,
        longitude + degrees_longitude,
    )


def _events_within(
    store: SqliteStore,
    conditions: list[str],
    parameters: list[Any],
    bbox: BoundingBox,
    near: Near | None,
    limit: int,
    offset: int,
) -> ResultPage[EventSummary]:
    south, west, north, east = bbox
    boxed = [*conditions, "e.latitude BETWEEN ? AND ?", "e.longitude BETWEEN ? AND ?"]
    if near is None:
        box_parameters = [*parameters, south, north, west, east]
        counted = boxed
        if any("e.date_start" in condition for condition in conditions):
            # Within a time window the box is counted from the window index alone (`events_window`); the
            # planner would otherwise walk the latitude index and read every event row of a wide box.
            counted = [*conditions, "+e.latitude BETWEEN ? AND ?", "+e.longitude BETWEEN ? AND ?"]
        total = store.connection.execute(
            f"SELECT count(*) FROM events e WHERE {' AND '.join(counted)}", box_parameters
        ).fetchone()[0]
        if total > BROAD_BOX_EVENTS:
            # Many events in the box: walking the date index until a page is full beats sorting them all
            # (with statistics, the planner would skip-scan the coordinates index and sort instead).
            boxed[-2:] = ["+e.latitude BETWEEN ? AND ?", "+e.longitude BETWEEN ? AND ?"]
        page = _event_page(store.connection, boxed, box_parameters, limit, offset, total=total)
        return page
    where = " AND ".join(boxed)
    rows = store.connection.execute(
        f"SELECT e.id, e.latitude, e.longitude FROM events e WHERE {where}"
        " ORDER BY e.date_start DESC, e.id DESC",
        [*parameters, south, north, west, east],
    ).fetchall()
    # The box around a radius holds its corners too: keep only what lies within the radius.
    rows = [row for row in rows if distance_km(near[0], near[1], row[1], row[2]) <= near[2]]
    chosen = [row[0] for row in rows[offset : offset + limit]]
    if not chosen:
        return ResultPage((), len(rows), limit, offset)
    marks = ",".join("?" * len(chosen))
    found = store.connection.execute(
        f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.id IN ({marks})", chosen
    ).fetchall()
    by_id = {summary.id: summary for summary in _summaries(store.connection, found)}
    return ResultPage(tuple(by_id[event_id] for event_id in chosen), len(rows), limit, offset)


def _summaries(db: sqlite3.Connection, rows: Sequence[Sequence[Any]]) -> list[EventSummary]:
    if not rows:
        return []
    ids = [row[0] for row in rows]
    marks = ",".join("?" * len(ids))
    actors: dict[int, list[EventActorRecord]] = {}
    for event_id, actor_id, name, actor_type, role in db.execute(
        f"SELECT ea.event_id, a.id, a.name, a.type, ea.role FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
        f" WHERE ea.event_id IN ({marks}) ORDER BY ea.event_id, ea.role, a.id",
        ids,
    ):
        actors.setdefault(event_id, []).append(EventActorRecord(ActorRef(actor_id, name, actor_type), role))
    return [
        EventSummary(
            id=row[0],
            type=row[1],
            mode=row[2],
            date=row[3],
            date_precision=row[4],
            place=row[5],
            latitude=row[6],
            longitude=row[7],
            actors=tuple(actors.get(row[0], ())),
            reports=row[8],
            corroboration=row[9],
            certainty=row[10],
        )
        for row in rows
    ]


def _reports(db: sqlite3.Connection, event_id: int) -> tuple[EventReport, ...]:
    reports = []
    for row in db.execute(
        "SELECT r.article_id, r.local_id, a.title, a.url, n.outlet, substr(a.published, 1, 10), r.certainty, r.sources,"
        " r.evidence, r.origin, r.in_caption, r.reason FROM reports r JOIN articles a ON a.id = r.article_id"
        " JOIN analyses n ON n.article_id = r.article_id WHERE r.event_id = ? ORDER BY a.published, r.article_id, r.id",
        (event_id,),
    ):
        article_id = row[0]
        reports.append(
            EventReport(
                article_id=article_id,
                local_id=row[1],
                title=row[2],
                url=row[3],
                outlet=row[4],
                published=row[5],
                certainty=row[6],
                sources=_source_records(db, row[7]),
                evidence=tuple(
                    Evidence(article_id, span["start"], span["end"], span["text"], span.get("caption"))
                    for span in json.loads(row[8])
                ),
                origin=row[9],
                in_caption=bool(row[10]),
                reason=row[11],
            )
        )
    return tuple(reports)


def _source_records(db: sqlite3.Connection, sources_json: str) -> tuple[SourceRecord, ...]:
    records = []
    for source in json.loads(sources_json):
        actor_id = None
        if source.get("entity_id") is not None:
            row = db.execute("SELECT actor_id FROM entities WHERE id = ?", (source["entity_id"],)).fetchone()
            actor_id = row[0] if row else None
        records.append(SourceRecord(source["name"], source["kind"], actor_id))
    return tuple(records)


# ------------------------------------------------------------------ quotes and articles


def quotes_by(
    store: SqliteStore,
    speaker: int | str,
    *,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> ResultPage[QuoteRecord]:
    """Quotes whose speaker is the actor (id or name), newest article first."""
    db = store.connection
    actor_id = resolve_actor_id(store, speaker)
    conditions = ["e.actor_id = ?"]
    parameters: list[Any] = [actor_id]
    since, until = first_day(since), last_day(until)
    if since:
        conditions.append("a.published >= ?")
        parameters.append(since)
    if until:
        conditions.append("substr(a.published, 1, 10) <= ?")
        parameters.append(until)
    where = " AND ".join(conditions)
    base = f"FROM quotes q JOIN entities e ON e.id = q.entity_id JOIN articles a ON a.id = q.article_id WHERE {where}"
    total = db.execute(f"SELECT count(*) {base}", parameters).fetchone()[0]
    speaker_ref = _actor_ref(db, actor_id)
    rows = db.execute(
        f"SELECT q.id, q.article_id, a.title, substr(a.published, 1, 10), q.text, q.kind, q.speaker_name, q.cue,"
        f" q.certainty, q.sources, q.start, q.end, q.caption {base}"
        " ORDER BY a.published IS NULL, a.published DESC, q.article_id DESC, q.start LIMIT ? OFFSET ?",
        [*parameters, limit, offset],
    ).fetchall()
    items = tuple(
        QuoteRecord(
            id=row[0],
            article_id=row[1],
            title=row[2],
            published=row[3],
            text=row[4],
            kind=row[5],
            speaker=speaker_ref,
            speaker_name=row[6],
            cue=row[7],
            certainty=row[8],
            sources=_source_records(db, row[9]),
            evidence=Evidence(row[1], row[10], row[11], row[4], row[12]),
        )
        for row in rows
    )
    return ResultPage(items, int(total), limit, offset)


@dataclass(frozen=True)
class ArticleHits(ResultPage[ArticleHit]):
    """A page of full-text hits; when `total_is_lower_bound`, more than `total` articles match.

    Counting every match of a common word cost more than the search itself, so counting stops at the
    number of hits that are ranked: `total` is then that number, and the pages cover exactly those hits.
    """

    # Named again so that the API schema knows what the items are (a subclass loses the type parameter).
    items: tuple[ArticleHit, ...]
    total_is_lower_bound: bool


def search_articles(
    store: SqliteStore, text: str, *, limit: int = 20, offset: int = 0, ranked: int | None = None
) -> ArticleHits:
    """Full-text search over article titles and bodies, best match first (every word must occur).

    When more than `ranked` (default `RANKED_HITS`) articles match, the best matches are chosen among
    the newest `ranked` of them, and the page says only that more than `ranked` match
    (`total_is_lower_bound`).
    """
    ranked = RANKED_HITS if ranked is None else max(1, ranked)
    words = _FTS_WORD.findall(text)
    if not words:
        return ArticleHits((), 0, limit, offset, False)
    # Each word quoted, so that user text is never read as FTS5 query syntax.
    match = " ".join('"' + word.replace('"', "") + '"' for word in words)
    db = store.connection
    total = db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)",
        (match, ranked + 1),
    ).fetchone()[0]
    more = total > ranked
    oldest = 0
    if more:
        total = ranked
        oldest = db.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            (match, ranked - 1),
        ).fetchone()[0]
    if offset >= total:
        return ArticleHits((), int(total), limit, offset, more)
    hits = db.execute(
        "SELECT rowid, bm25(articles_fts) AS score FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ?"
        " ORDER BY score, rowid LIMIT ? OFFSET ?",
        (match, oldest, limit, offset),
    ).fetchall()
    # Snippets and titles of the page's hits only, each fetched in one query.
    ids = [article_id for article_id, _ in hits]
    marks = ",".join("?" * len(ids))
    snippets = dict(
        db.execute(
            "SELECT rowid, snippet(articles_fts, 1, '[', ']', '…', 16) FROM articles_fts"
            f" WHERE articles_fts MATCH ? AND rowid IN ({marks})",
            (match, *ids),
        ).fetchall()
    )
    articles = {
        row[0]: row[1:]
        for row in db.execute(
            f"SELECT id, title, url, substr(published, 1, 10) FROM articles WHERE id IN ({marks})", ids
        )
    }
    items = tuple(
        ArticleHit(article_id, *articles[article_id], snippets[article_id], score)
        for article_id, score in hits
    )
    return ArticleHits(items, int(total), limit, offset, more)


def get_article(store: SqliteStore, article_id: int) -> ArticleDetail:
    """A stored article with its removed blocks, its analysis and the actors/events it resolved to."""
    db = store.connection
    row = db.execute(
        "SELECT a.id, a.page_hash, p.source, p.ingested_at, a.article_json, n.analysis_json FROM articles a"
        " JOIN pages p ON p.hash = a.page_hash LEFT JOIN analyses n ON n.article_id = a.id WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no article with id {article_id}")
    actors = {
        local: actor
        for local, actor in db.execute(
            "SELECT local_id, actor_id FROM entities WHERE article_id = ?", (article_id,)
        )
        if actor is not None
    }
    events = {
        local: event
        for local, event in db.execute(
            "SELECT local_id, event_id FROM reports WHERE article_id = ?", (article_id,)
        )
        if event is not None
    }
    return ArticleDetail(
        article_id=row[0],
        page_hash=row[1],
        source=row[2],
        ingested_at=row[3],
        article=article_from_json(json.loads(row[4])),
        analysis=analysis_from_json(json.loads(row[5])) if row[5] else None,
        actors=actors,
        events=events,
    )


__all__ = [
    "ArticleHits",
    "BoundingBox",
    "Near",
    "actor_candidates",
    "actor_card",
    "actor_profile",
    "events_in_bbox",
    "find_actor",
    "get_article",
    "get_event",
    "quotes_by",
    "relation",
    "resolve_actor_id",
    "search_articles",
    "search_events",
    "timeline",
]
