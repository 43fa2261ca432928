"""Latency of the main knowledge-base queries on synthetic stores of 10k and 100k articles.

The first store is filled with synthetic, already-analysed articles (invented names, places, dates and
words; no language model): each goes through `SqliteStore.add_analyzed`, the same write and resolution
path as `wirewatch ingest`, only without reading, cleaning and analysing pages. Larger stores are made
by inserting copies of those rows directly in SQL (every copy with its own articles and events, dates
shifted, its entities resolved to the same actors unless --namesakes), which takes seconds instead of
hours; the insert triggers fill the full-text index and the day counts for the copies as ingest does.
Every query is run several times with varied arguments; the median and the worst are printed.
Target: < 200 ms at 100k articles.

    .venv/bin/python -u benchmarks/bench_queries.py --base 10000 --copies 10 --folder /tmp/wirewatch-bench
    .venv/bin/python -u benchmarks/bench_queries.py --store /tmp/wirewatch-bench/api-100000.db
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from synthetic import invented_name
from wirewatch.knowledge import queries
from wirewatch.knowledge.store import SqliteStore
from wirewatch.model import (
    Analysis,
    Article,
    Entity,
    Event,
    EventActor,
    GazetteerEntry,
    Page,
    Place,
    Published,
    Quote,
    Role,
    Span,
    TimeExpression,
)

_WORD_LIST = """
talks ceasefire delegation border shelling convoy protest ministry statement agreement militia port grain
sanctions election council envoy village district clashes airstrike arrest riot headquarters pipeline
"""
WORDS = _WORD_LIST.split()
# A vocabulary with a long tail, as real text has: full-text search cost depends on how rare words are.
VOCABULARY = WORDS + [invented_word for invented_word in (
    "".join(random.Random(n).choice(["ka", "ri", "mo", "sa", "len", "dor", "vi", "ha", "nu", "bel", "tas", "ro"])
            for _ in range(3)) + str(n % 7) for n in range(3000))]  # fmt: skip
VOCABULARY_WEIGHTS = [1 / (rank + 1) for rank in range(len(VOCABULARY))]
EVENT_TYPES = [("CONSULT", "meet"), ("CONSULT", "call"), ("AGREE", None), ("ASSAULT", "shelling"), ("PROTEST", None),
               ("ACCUSE", None), ("COERCE", "arrest"), ("COOPERATE", None)]  # fmt: skip
ROLES = [
    "spokesman",
    "foreign minister",
    "commander",
    "governor",
    "envoy",
    "party leader",
    "mayor",
    "academic",
]


class SyntheticWorld:
    """A fixed cast (people, organizations, places) that synthetic articles draw from."""

    def __init__(self, seed: int, people: int, organizations: int, places: int) -> None:
        chooser = random.Random(seed)
        self.people = sorted({invented_name(chooser, 2) for _ in range(people)})
        self.organizations = sorted({invented_name(chooser, 2) + " Front" for _ in range(organizations)})
        self.places = [
            (invented_name(chooser, 1), chooser.uniform(-40, 60), chooser.uniform(-20, 100), 5_000_000 + n)
            for n in range(places)
        ]
        self.membership = {person: chooser.choice(self.organizations) for person in self.people}

    def article(self, number: int) -> tuple[Page, Article, Analysis]:
        chooser = random.Random(number)
        cast = chooser.sample(self.people, chooser.randint(2, 5))
        orgs = sorted({self.membership[p] for p in cast})
        town, latitude, longitude, geonameid = chooser.choice(self.places)
        year, month, day = chooser.randint(2015, 2024), chooser.randint(1, 12), chooser.randint(1, 28)
        published = f"{year}-{month:02d}-{day:02d}"
        words = " ".join(chooser.choices(VOCABULARY, VOCABULARY_WEIGHTS, k=chooser.randint(150, 400)))
        body = f"{' and '.join(cast)} met in {town}. {words}."
        entities: list[Entity] = []
        for index, name in enumerate(orgs, start=1):
            entities.append(Entity(f"e{index}", name, "organization", (Span(0, len(name), name),)))
        org_ids = {e.name: e.id for e in entities}
        for name in cast:
            role = chooser.choice(ROLES)
            entities.append(
                Entity(f"e{len(entities) + 1}", name, "person", (Span(0, len(name), name),),
                       aliases=(name.split()[-1],), roles=(Role(role, 0, len(role), f"{name}, {role}."),),
                       affiliations=(org_ids[self.membership[name]],))
            )  # fmt: skip
        place_id = f"e{len(entities) + 1}"
        entities.append(Entity(place_id, town, "place", (Span(0, len(town), town),)))
        persons = [e for e in entities if e.type == "person"]
        events = []
        for index in range(chooser.randint(1, 3)):
            kind, mode = chooser.choice(EVENT_TYPES)
            pair = chooser.sample(persons, 2)
            when = TimeExpression(
                "on that day", 0, 5, f"{year}-{month:02d}-{max(1, day - index):02d}", "day", "publication"
            )
            events.append(
                Event(f"v{index + 1}", kind, mode, (EventActor(pair[0].id, "source"), EventActor(pair[1].id, "target")),
                      (Span(0, 40, body[:40]),), place=place_id, time=when)
            )  # fmt: skip
        quotes = tuple(
            Quote(f"{chooser.choice(WORDS)} {chooser.choice(WORDS)}", "direct", 10, 30, "said", p.id, p.name)
            for p in persons[:2]
        )
        place = Place(
            place_id, town, GazetteerEntry(town, "XX", latitude, longitude, "city", geonameid, 10000)
        )
        article = Article(f"Report {number} from {town}", (body,), published=Published(published, "bench"),
                          url=f"https://outlet{number % 40}.example/{number}")  # fmt: skip
        page = Page(f"synthetic-{number}", "html", f"{number}:{body}", url=article.url)
        return (
            page,
            article,
            Analysis(entities=tuple(entities), quotes=quotes, places=(place,), events=tuple(events)),
        )


def fill(store: SqliteStore, world: SyntheticWorld, start: int, count: int) -> float:
    """Add articles start..start+count; returns seconds taken."""
    began = time.perf_counter()
    for number in range(start, start + count):
        page, article, analysis = world.article(number)
        store.add_analyzed(page, article, analysis)
    return time.perf_counter() - began


def timed(run: Callable[[], object], repeats: int) -> tuple[float, float]:
    durations = []
    for _ in range(repeats):
        began = time.perf_counter()
        run()
        durations.append((time.perf_counter() - began) * 1000)
    return statistics.median(durations), max(durations)


def measure(store: SqliteStore, world: SyntheticWorld, repeats: int) -> list[tuple[str, float, float]]:
    chooser = random.Random(7)
    people = [chooser.choice(world.people) for _ in range(repeats)]
    towns = [chooser.choice(world.places) for _ in range(repeats)]
    cycle = iter(range(10**9))

    def pick(items: list) -> object:
        return items[next(cycle) % len(items)]

    actor_ids = [queries.find_actor(store, name, events_limit=1).actor.id for name in people[:5]]  # type: ignore[union-attr]
    checks: list[tuple[str, Callable[[], object]]] = [
        ("query actor NAME", lambda: queries.find_actor(store, pick(people))),  # type: ignore[arg-type]
        ("actor profile", lambda: queries.actor_profile(store, pick(actor_ids))),  # type: ignore[arg-type]
        ("relation A B", lambda: queries.relation(store, actor_ids[0], actor_ids[1])),
        (
            "events --type --since --until",
            lambda: queries.search_events(store, type="CONSULT", since="2020-01-01", until="2020-06-30"),
        ),
        ("events --actor", lambda: queries.search_events(store, actor=pick(actor_ids))),  # type: ignore[arg-type]
        ("events --place", lambda: queries.search_events(store, place=pick(towns)[0])),  # type: ignore[index]
        (
            "events --near 100 km",
            lambda: queries.search_events(store, near=(pick(towns)[1], pick(towns)[2], 100)),
        ),  # type: ignore[index]
        ("events in bbox", lambda: queries.events_in_bbox(store, (0, 0, 30, 30))),
        ("get event", lambda: queries.get_event(store, next(cycle) % 1000 + 1)),
        ("quotes --speaker", lambda: queries.quotes_by(store, pick(actor_ids))),  # type: ignore[arg-type]
        (
            "search TEXT (two words)",
            lambda: queries.search_articles(
                store, f"{chooser.choice(WORDS)} {chooser.choice(VOCABULARY[100:400])}"
            ),
        ),
        ("timeline by month", lambda: queries.timeline(store, granularity="month")),
        ("get article", lambda: queries.get_article(store, next(cycle) % 1000 + 1)),
    ]
    return [(name, *timed(run, repeats)) for name, run in checks]


# Tables copied for a larger store, with the columns whose ids are shifted in each copy.
COPIED_TABLES = {
    "actors": {"id": "actor"},
    "actor_names": {"actor_id": "actor"},
    "actor_keys": {"actor_id": "actor"},
    "articles": {"id": "article"},
    "analyses": {"article_id": "article"},
    "entities": {"id": "entity", "article_id": "article", "actor_id": "actor"},
    "mentions": {"entity_id": "entity", "article_id": "article"},
    "roles": {"entity_id": "entity", "article_id": "article"},
    "affiliations": {"entity_id": "entity", "org_entity_id": "entity"},
    "quotes": {"id": "quote", "article_id": "article", "entity_id": "entity"},
    "events": {"id": "event"},
    "event_actors": {"event_id": "event", "actor_id": "actor"},
    "reports": {"id": "report", "article_id": "article", "event_id": "event", "place_entity_id": "entity"},
    "report_actors": {"report_id": "report", "entity_id": "entity"},
    "actor_links": {"a": "actor", "b": "actor"},
    "event_links": {"a": "event", "b": "event"},
}
ACTOR_TABLES = ("actors", "actor_names", "actor_keys", "actor_links")
ID_SOURCES = {"actor": "actors", "article": "articles", "entity": "entities", "quote": "quotes", "event": "events",
              "report": "reports"}  # fmt: skip


def replicate(store: SqliteStore, copies: int, *, same_cast: bool = False) -> float:
    """Add `copies` copies of every stored article with its knowledge rows (new ids, dates shifted by years).

    With `same_cast`, the copies' entities resolve to the stored actors, as ingesting more articles about the
    same people does (each actor is then in `copies + 1` times as many articles and events); otherwise every
    copy gets its own actors, so each name has `copies + 1` namesakes.
    """
    began = time.perf_counter()
    db = store.connection
    span = {
        kind: db.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0
        for kind, table in ID_SOURCES.items()
    }
    for copy in range(1, copies + 1):
        with store.transaction() as cursor:
            cursor.execute(
                "INSERT INTO pages(hash, source, kind, url, encoding, fetched, ingested_at, content)"
                " SELECT hash || ?, source || ?, kind, url, encoding, fetched, ingested_at, content FROM pages"
                " WHERE hash NOT LIKE '%-copy%'",
                (f"-copy{copy}", f"#copy{copy}"),
            )
            for table, all_shifted in COPIED_TABLES.items():
                if same_cast and table in ACTOR_TABLES:
                    continue
                shifted = {
                    column: kind
                    for column, kind in all_shifted.items()
                    if not (same_cast and kind == "actor")
                }
                columns = [row[1] for row in cursor.execute(f"PRAGMA table_info({table})")]
                selected = []
                for column in columns:
                    if column in shifted:
                        selected.append(f"{column} + {span[shifted[column]] * copy}")
                    elif column == "page_hash":
                        selected.append(f"page_hash || '-copy{copy}'")
                    elif column in ("date", "date_start", "date_end", "published"):
                        selected.append(
                            f"CASE WHEN {column} IS NULL THEN NULL ELSE printf('%04d', substr({column}, 1, 4) - {copy}) || substr({column}, 5) END"
                        )
                    else:
                        selected.append(column)
                # Only the base rows are copied: those whose first id column is within the base's ids.
                first = next(iter(shifted))
                source_rows = (
                    f"SELECT {', '.join(selected)} FROM {table} WHERE {first} <= {span[shifted[first]]}"
                )
                cursor.execute(f"INSERT INTO {table}({', '.join(columns)}) {source_rows}")
    return time.perf_counter() - began


def full_text_rows(store: SqliteStore) -> int:
    """Articles the full-text index holds (copies included: they are indexed by the insert trigger)."""
    return int(store.connection.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0])


def report(store: SqliteStore, world: SyntheticWorld, repeats: int) -> None:
    store.connection.execute("PRAGMA optimize")
    stats = store.stats()
    db = store.connection
    print(f"\n{stats.articles} articles · {stats.size_bytes / 2**20:.0f} MiB"
          f" · actors {db.execute('SELECT count(*) FROM actors').fetchone()[0]}"
          f" · events {db.execute('SELECT count(*) FROM events').fetchone()[0]}")  # fmt: skip
    print(f"{'query':<32}{'median ms':>10}{'worst ms':>10}")
    for name, median, worst in measure(store, world, repeats):
        flag = "" if worst < 200 else "  (over 200 ms)"
        print(f"{name:<32}{median:>10.1f}{worst:>10.1f}{flag}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=10_000, help="articles written through add_analyzed")
    parser.add_argument("--copies", type=int, default=10, help="copies of the base for the large store")
    parser.add_argument("--folder", type=Path, default=Path("/tmp/wirewatch-bench"))
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument(
        "--namesakes", action="store_true", help="give every copy its own actors instead of the stored cast"
    )
    parser.add_argument(
        "--store", type=Path, help="only measure this synthetic store (e.g. the one bench_api.py built)"
    )
    arguments = parser.parse_args()
    world = SyntheticWorld(seed=1, people=20_000, organizations=600, places=3_000)
    if arguments.store:
        store = SqliteStore(arguments.store)
        print(f"{arguments.store}: {full_text_rows(store)} articles in the full-text index")
        report(store, world, arguments.repeats)
        store.close()
        return
    arguments.folder.mkdir(parents=True, exist_ok=True)
    path = arguments.folder / "queries.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = SqliteStore(path)
    seconds = fill(store, world, 0, arguments.base)
    print(f"wrote {arguments.base} synthetic analysed articles through add_analyzed in {seconds:.0f} s"
          f" ({arguments.base / seconds:.0f} articles/s, one transaction each)")  # fmt: skip
    report(store, world, arguments.repeats)
    if arguments.copies > 1:
        seconds = replicate(store, arguments.copies - 1, same_cast=not arguments.namesakes)
        cast = "their own actors" if arguments.namesakes else "the same actors"
        print(f"\ncopied the rows {arguments.copies - 1} times ({cast}) by direct SQL inserts in {seconds:.0f} s;"
              f" {full_text_rows(store)} articles in the full-text index")  # fmt: skip
        report(store, world, arguments.repeats)
    store.close()


if __name__ == "__main__":
    main()
