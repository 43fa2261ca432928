"""The embedded store: SQLite with full-text search and numbered schema migrations.

`Store` is the small storage interface the rest of wirewatch talks to; `SqliteStore` is the default,
needing no server. Every write of one page (page, article, analysis) is one transaction, so an ingest
killed at any point leaves either the whole page or none of it — which is what makes resume safe.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from wirewatch.errors import StoreError
from wirewatch.knowledge.build import store_analysis
from wirewatch.knowledge.records import KnowledgeChanges
from wirewatch.model import Analysis, Article, Page, to_dict

# Each entry migrates the schema from version N to N+1; never edit a released entry, append a new one.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE pages (
        hash        TEXT PRIMARY KEY,
        source      TEXT NOT NULL,
        kind        TEXT NOT NULL,
        url         TEXT,
        encoding    TEXT,
        fetched     TEXT,
        ingested_at TEXT NOT NULL,
        content     BLOB NOT NULL
    );
    CREATE TABLE articles (
        id           INTEGER PRIMARY KEY,
        page_hash    TEXT NOT NULL UNIQUE REFERENCES pages(hash) ON DELETE CASCADE,
        title        TEXT,
        section      TEXT,
        authors      TEXT NOT NULL,
        published    TEXT,
        published_found_in TEXT,
        url          TEXT,
        language     TEXT,
        body_text    TEXT NOT NULL,
        article_json TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body_text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, body_text) VALUES (new.id, new.title, new.body_text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body_text)
        VALUES ('delete', old.id, old.title, old.body_text);
    END;
    CREATE TABLE failures (
        id       INTEGER PRIMARY KEY,
        source   TEXT NOT NULL,
        reason   TEXT NOT NULL,
        at       TEXT NOT NULL
    );
    """,
    # v2: analyses and the knowledge base built from them (actors, events, their reports and evidence).
    """
    CREATE TABLE analyses (
        article_id    INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        analysis_json TEXT NOT NULL,
        outlet        TEXT,
        declared_origin TEXT,
        fingerprint   TEXT NOT NULL
    );
    CREATE TABLE actors (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,
        type       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE actor_names (
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        name     TEXT NOT NULL,
        key      TEXT NOT NULL,
        mentions INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (actor_id, name)
    );
    CREATE INDEX actor_names_key ON actor_names(key);
    CREATE TABLE actor_keys (
        key      TEXT NOT NULL,
        kind     TEXT NOT NULL,
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        PRIMARY KEY (key, kind, actor_id)
    );
    CREATE INDEX actor_keys_actor ON actor_keys(actor_id);
    CREATE TABLE entities (
        id         INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local_id   TEXT NOT NULL,
        name       TEXT NOT NULL,
        type       TEXT NOT NULL,
        aliases    TEXT NOT NULL,
        actor_id   INTEGER REFERENCES actors(id),
        reason     TEXT NOT NULL,
        score      REAL,
        UNIQUE (article_id, local_id)
    );
    CREATE INDEX entities_actor ON entities(actor_id);
    CREATE TABLE mentions (
        entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL,
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL,
        text       TEXT NOT NULL,
        caption    INTEGER
    );
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE TABLE roles (
        entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL,
        text       TEXT NOT NULL,
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL,
        sentence   TEXT NOT NULL
    );
    CREATE INDEX roles_entity ON roles(entity_id);
    CREATE TABLE affiliations (
        entity_id     INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        org_entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        PRIMARY KEY (entity_id, org_entity_id)
    );
    CREATE INDEX affiliations_org ON affiliations(org_entity_id);
    CREATE TABLE quotes (
        id           INTEGER PRIMARY KEY,
        article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        text         TEXT NOT NULL,
        kind         TEXT NOT NULL,
        start        INTEGER NOT NULL,
        end          INTEGER NOT NULL,
        caption      INTEGER,
        cue          TEXT,
        entity_id    INTEGER REFERENCES entities(id),
        speaker_name TEXT,
        sources      TEXT NOT NULL,
        certainty    TEXT NOT NULL
    );
    CREATE INDEX quotes_entity ON quotes(entity_id);
    CREATE INDEX quotes_article ON quotes(article_id);
    CREATE TABLE events (
        id             INTEGER PRIMARY KEY,
        type           TEXT NOT NULL,
        mode           TEXT,
        date           TEXT,
        date_precision TEXT,
        date_start     TEXT,
        date_end       TEXT,
        place          TEXT,
        place_key      TEXT,
        latitude       REAL,
        longitude      REAL,
        certainty      TEXT NOT NULL,
        reports        INTEGER NOT NULL DEFAULT 0,
        corroboration  INTEGER NOT NULL DEFAULT 0,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
    );
    CREATE INDEX events_type_date ON events(type, date_start);
    CREATE INDEX events_date ON events(date_start);
    CREATE INDEX events_place ON events(place_key);
    CREATE INDEX events_geo ON events(latitude, longitude);
    CREATE TABLE event_actors (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        role     TEXT NOT NULL,
        PRIMARY KEY (event_id, actor_id, role)
    );
    CREATE INDEX event_actors_actor ON event_actors(actor_id, event_id);
    CREATE TABLE reports (
        id             INTEGER PRIMARY KEY,
        article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local_id       TEXT NOT NULL,
        event_id       INTEGER REFERENCES events(id),
        type           TEXT NOT NULL,
        mode           TEXT,
        time_text      TEXT,
        date           TEXT,
        date_precision TEXT,
        date_start     TEXT,
        date_end       TEXT,
        place_entity_id INTEGER REFERENCES entities(id),
        place          TEXT,
        latitude       REAL,
        longitude      REAL,
        certainty      TEXT NOT NULL,
        sources        TEXT NOT NULL,
        evidence       TEXT NOT NULL,
        in_caption     INTEGER NOT NULL,
        origin         TEXT NOT NULL,
        reason         TEXT NOT NULL,
        score          REAL,
        UNIQUE (article_id, local_id)
    );
    CREATE INDEX reports_event ON reports(event_id);
    CREATE TABLE report_actors (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        role      TEXT NOT NULL,
        PRIMARY KEY (report_id, entity_id, role)
    );
    CREATE TABLE actor_links (
        a      INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        b      INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        score  REAL NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (a, b)
    );
    CREATE TABLE event_links (
        a      INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        b      INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        score  REAL NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (a, b)
    );
    CREATE TABLE corrections (
        id        INTEGER PRIMARY KEY,
        kind      TEXT NOT NULL,
        keys      TEXT NOT NULL,
        other_keys TEXT NOT NULL,
        page_hash TEXT,
        local_id  TEXT,
        note      TEXT NOT NULL,
        at        TEXT NOT NULL
    );
    DELETE FROM failures WHERE id NOT IN (SELECT min(id) FROM failures GROUP BY source, reason);
    CREATE UNIQUE INDEX failures_source_reason ON failures(source, reason);
    """,
    # v3: events found by place name without a table scan (`query events --place`), and event counts per
    # day and type kept up to date by triggers, so a timeline does not count every event each time.
    """
    CREATE INDEX events_place_name ON events(lower(place));
    CREATE TABLE event_day_counts (
        day    TEXT NOT NULL,
        type   TEXT NOT NULL,
        events INTEGER NOT NULL,
        PRIMARY KEY (day, type)
    ) WITHOUT ROWID;
    CREATE TRIGGER event_day_counts_insert AFTER INSERT ON events WHEN new.date_start IS NOT NULL BEGIN
        INSERT INTO event_day_counts(day, type, events) VALUES (new.date_start, new.type, 1)
        ON CONFLICT(day, type) DO UPDATE SET events = events + 1;
    END;
    CREATE TRIGGER event_day_counts_delete AFTER DELETE ON events WHEN old.date_start IS NOT NULL BEGIN
        UPDATE event_day_counts SET events = events - 1 WHERE day = old.date_start AND type = old.type;
    END;
    CREATE TRIGGER event_day_counts_update AFTER UPDATE OF date_start, type ON events BEGIN
        UPDATE event_day_counts SET events = events - 1
        WHERE old.date_start IS NOT NULL AND day = old.date_start AND type = old.type;
        INSERT INTO event_day_counts(day, type, events) SELECT new.date_start, new.type, 1
        WHERE new.date_start IS NOT NULL ON CONFLICT(day, type) DO UPDATE SET events = events + 1;
    END;
    INSERT INTO event_day_counts(day, type, events)
    SELECT date_start, type, count(*) FROM events WHERE date_start IS NOT NULL GROUP BY date_start, type;
    """,
    # v4: counting the events of a time window (and box, and type) reads an index only, not every event
    # row: at 100k articles the map's count of one year read 200k rows through the latitude index (~1 s).
    # The articles an actor is named in are counted from an index too (name lookups rank candidates by it).
    """
    CREATE INDEX events_window ON events(date_start, date_end, latitude, longitude);
    CREATE INDEX events_type_window ON events(type, date_start, date_end, latitude, longitude);
    CREATE INDEX entities_actor_article ON entities(actor_id, article_id);
    """,
    # v5: versions of what the store holds besides its tables, one row per component: "resolver" (which
    # resolver built the knowledge base), and "serve" (the workbench's tables, which migrate on their own).
    """
    CREATE TABLE IF NOT EXISTS schema_versions (component TEXT PRIMARY KEY, version INTEGER NOT NULL);
    """,
]

# The resolver that builds the knowledge base from the stored analyses (actors, events, outlets and
# independent sources). Bump it whenever resolution gives other answers for the same analyses: a store
# resolved by an older one is resolved again by `wirewatch upgrade`, and refuses new reports until then.
#   v1  everything before the version was recorded
#   v2  an address spelled from an outlet's name is that outlet (nytimes.com ← The New York Times)
#   v3  two namesakes of one report are two actors; a known actor goes to the namesake that fits it best;
#       an event known only to its month is no rival to one known to the day
RESOLVER_VERSION = 3
# What a knowledge base built before the resolver version was recorded counts as.
UNRECORDED_RESOLVER_VERSION = 1
RESOLVER_COMPONENT = "resolver"


@dataclass(frozen=True)
class StoreStats:
    pages: int
    articles: int
    failures: int
    actors: int
    events: int
    quotes: int
    earliest_published: str | None
    latest_published: str | None
    size_bytes: int
    schema_version: int


@dataclass(frozen=True)
class StoredPage:
    """What storing one analysed page did: its article id (None for a duplicate) and the knowledge-base changes."""

    article_id: int | None
    changes: KnowledgeChanges


class Store(Protocol):
    """What the pipeline and the queries need from a store; a server database can implement it too."""

    def has_page(self, page_hash: str) -> bool: ...

    def add_article(self, page: Page, article: Article) -> bool: ...

    def add_analyzed(self, page: Page, article: Article, analysis: Analysis) -> StoredPage: ...

    def has_analysis(self, page_hash: str) -> bool: ...

    def record_failure(self, source: str, reason: str) -> None: ...

    def stats(self) -> StoreStats: ...

    def close(self) -> None: ...


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SqliteStore:
    """The default store: one SQLite file, WAL mode so queries run while an ingest writes."""

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path)
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        elif not self.path.exists():
            raise StoreError(f"{self.path}: no store here yet (run `wirewatch ingest` first)")
        uri = f"file:{self.path}?mode=ro" if read_only else f"file:{self.path}"
        try:
            self.connection = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
            self.connection.row_factory = sqlite3.Row
            self.connection.execute("PRAGMA busy_timeout = 30000")
            self.connection.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                self.connection.execute("PRAGMA journal_mode = WAL")
                self.connection.execute("PRAGMA synchronous = NORMAL")
                self.migrate()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: cannot open the store ({error})") from error

    # ------------------------------------------------------------ schema

    @property
    def schema_version(self) -> int:
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Bring the schema up to the newest version, one migration per transaction."""
        current = self.schema_version
        if current > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: store schema v{current} is newer than this wirewatch (v{len(MIGRATIONS)}); upgrade"
            )
        for version in range(current, len(MIGRATIONS)):
            with self.transaction() as cursor:
                # executescript would commit on its own; run statement by statement inside our transaction.
                for statement in _split_sql(MIGRATIONS[version]):
                    cursor.execute(statement)
                cursor.execute(f"PRAGMA user_version = {version + 1}")
        # A knowledge base with nothing resolved in it is what this resolver would build; one with
        # analyses keeps the version it has, so that `wirewatch upgrade` knows to resolve it again.
        if self.resolver_version != RESOLVER_VERSION and not self.holds_analyses():
            self.record_resolver_version()

    @property
    def resolver_version(self) -> int:
        """The version of the resolver that built the knowledge base (`RESOLVER_VERSION` is this one's)."""
        has_versions = self.connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_versions'"
        ).fetchone()
        if has_versions is None:
            return UNRECORDED_RESOLVER_VERSION
        row = self.connection.execute(
            "SELECT version FROM schema_versions WHERE component = ?", (RESOLVER_COMPONENT,)
        ).fetchone()
        return int(row[0]) if row else UNRECORDED_RESOLVER_VERSION

    def record_resolver_version(self) -> None:
        """Record that this wirewatch's resolver built the knowledge base (after a full rebuild)."""
        with self.transaction() as cursor:
            cursor.execute(
                "INSERT INTO schema_versions(component, version) VALUES (?, ?)"
                " ON CONFLICT(component) DO UPDATE SET version = excluded.version",
                (RESOLVER_COMPONENT, RESOLVER_VERSION),
            )

    def holds_analyses(self) -> bool:
        """True when any stored article has an analysis, i.e. the knowledge base was resolved from something."""
        return self.connection.execute("SELECT 1 FROM analyses LIMIT 1").fetchone() is not None

    def built_by_another_resolver(self) -> bool:
        """True when another resolver than this wirewatch's built the knowledge base from stored analyses.

        New reports or corrections resolved into such a store would mix two resolvers' answers (a merged
        event's independent sources counted by two rules), so every write that resolves asks this first.
        """
        return self.resolver_version != RESOLVER_VERSION and self.holds_analyses()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Cursor]:
        """One atomic unit of work: committed whole, or rolled back whole."""
        cursor = self.connection.cursor()
        cursor.execute("BEGIN IMMEDIATE")
        try:
            yield cursor
        except BaseException:
            self.connection.rollback()
            raise
        else:
            self.connection.commit()

    # ------------------------------------------------------------ writes

    def has_page(self, page_hash: str) -> bool:
        row = self.connection.execute("SELECT 1 FROM pages WHERE hash = ?", (page_hash,)).fetchone()
        return row is not None

    def add_article(self, page: Page, article: Article) -> bool:
        """Store a page and its article; False (and nothing written) when the page is already stored."""
        with self.transaction() as cursor:
            return self.insert_article(cursor, page, article) is not None

    def add_analyzed(self, page: Page, article: Article, analysis: Analysis) -> StoredPage:
        """Store a page, its article and its analysis, resolved into the knowledge base, in one transaction."""
        if article.page_hash is None:
            article = dataclasses.replace(article, page_hash=page.content_hash)
        with self.transaction() as cursor:
            article_id = self.insert_article(cursor, page, article)
            if article_id is None:
                unanalysed = cursor.execute(
                    "SELECT a.id FROM articles a LEFT JOIN analyses n ON n.article_id = a.id"
                    " WHERE a.page_hash = ? AND n.article_id IS NULL",
                    (page.content_hash,),
                ).fetchone()
                if unanalysed is None:
                    return StoredPage(None, KnowledgeChanges())
                # Stored before analyses were (schema v1): the article is replaced by the one just analysed,
                # so that the analysis offsets point into the stored text.
                cursor.execute("DELETE FROM articles WHERE id = ?", (unanalysed[0],))
                article_id = self._insert_article_row(cursor, page.content_hash, article)
            return StoredPage(article_id, store_analysis(cursor, article_id, article, analysis))

    def has_analysis(self, page_hash: str) -> bool:
        """True when the page is stored with its analysis (an ingest has nothing left to do for it)."""
        row = self.connection.execute(
            "SELECT 1 FROM articles a JOIN analyses n ON n.article_id = a.id WHERE a.page_hash = ?",
            (page_hash,),
        ).fetchone()
        return row is not None

    def insert_article(self, cursor: sqlite3.Cursor, page: Page, article: Article) -> int | None:
        """Insert inside an open transaction; returns the article id, or None for a duplicate page."""
        inserted = cursor.execute(
            "INSERT OR IGNORE INTO pages(hash, source, kind, url, encoding, fetched, ingested_at, content)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                page.content_hash,
                page.source,
                page.kind,
                page.url,
                page.encoding,
                page.fetched,
                _now(),
                zlib.compress(page.content.encode("utf-8", "surrogatepass")),
            ),
        ).rowcount
        if not inserted:
            return None
        return self._insert_article_row(cursor, page.content_hash, article)

    def _insert_article_row(self, cursor: sqlite3.Cursor, page_hash: str, article: Article) -> int:
        cursor.execute(
            "INSERT INTO articles(page_hash, title, section, authors, published, published_found_in, url,"
            " language, body_text, article_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                page_hash,
                article.title,
                article.section,
                json.dumps(list(article.authors)),
                article.published.value if article.published else None,
                article.published.found_in if article.published else None,
                article.url,
                article.language,
                article.text,
                json.dumps(to_dict(article), ensure_ascii=False),
            ),
        )
        return int(cursor.lastrowid)

    def record_failure(self, source: str, reason: str) -> None:
        with self.transaction() as cursor:
            cursor.execute(
                # A resumed run meets the same bad input again; one line per input and reason is enough.
                "INSERT OR IGNORE INTO failures(source, reason, at) VALUES (?, ?, ?)",
                (source, reason, _now()),
            )

    # ------------------------------------------------------------ reads

    def stats(self) -> StoreStats:
        one = self.connection.execute
        published = one("SELECT min(published), max(published) FROM articles").fetchone()
        return StoreStats(
            pages=one("SELECT count(*) FROM pages").fetchone()[0],
            articles=one("SELECT count(*) FROM articles").fetchone()[0],
            failures=one("SELECT count(*) FROM failures").fetchone()[0],
            actors=one("SELECT count(*) FROM actors").fetchone()[0],
            events=one("SELECT count(*) FROM events").fetchone()[0],
            quotes=one("SELECT count(*) FROM quotes").fetchone()[0],
            earliest_published=published[0],
            latest_published=published[1],
            size_bytes=self.path.stat().st_size if self.path.exists() else 0,
            schema_version=self.schema_version,
        )

    def page_content(self, page_hash: str) -> str | None:
        row = self.connection.execute("SELECT content FROM pages WHERE hash = ?", (page_hash,)).fetchone()
        return zlib.decompress(row[0]).decode("utf-8", "surrogatepass") if row else None

    def close(self) -> None:
        self.connection.close()


def _split_sql(script: str) -> list[str]:
    """Statements of a migration script; trigger bodies keep their inner semicolons."""
    statements, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        joined = "\n".join(current).strip()
        if joined.endswith(";") and (
            not joined.upper().startswith("CREATE TRIGGER") or joined.upper().endswith("END;")
        ):
            statements.append(joined)
            current = []
    if "\n".join(current).strip():
        statements.append("\n".join(current).strip())
    return statements
