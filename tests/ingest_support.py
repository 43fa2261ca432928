"""Test support for ingest: invented pages, a model-free analyzer, and a runnable ingest driver.

The reliability tests kill and race real ingest processes; what they check is the store, not the
analysis, so the driver uses `NamePairAnalyzer` (capitalised name pairs, one meeting between the first
two) instead of loading the language model. Run as a script: `python ingest_support.py DB DELAY PATH...`.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from wirewatch.model import Analysis, Article, Entity, Event, EventActor, Span, TimeExpression

_NAME = re.compile(r"\b([A-Z][a-z]+ [A-Z][a-z]+)\b")
FIRST = ["Rafael", "Mira", "Ivo", "Lena", "Omar", "Nadia", "Karim", "Lucia", "Tomas", "Sara"]
LAST = ["Ostrova", "Salk", "Brandt", "Okafor", "Khalid", "Firth", "Haddad", "Verne", "Lind", "Velez"]
TOWNS = ["Valmora", "Porto Neri", "Kessel", "Dunmore", "Ashkar", "Belvale"]


class NamePairAnalyzer:
    """Persons are capitalised name pairs; the first two meet on the publication day."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay

    def analyze_many(
        self, items: Iterable[tuple[Article, date | None]], batch_size: int = 16
    ) -> Iterator[Analysis]:
        for article, published in items:
            if self.delay:
                time.sleep(self.delay)
            yield analyze_names(article, published)


def analyze_names(article: Article, published: date | None) -> Analysis:
    text = article.text
    entities: list[Entity] = []
    seen: dict[str, str] = {}
    for match in _NAME.finditer(text):
        name = match.group(1)
        if name.split()[0] not in FIRST:
            continue
        if name not in seen:
            seen[name] = f"e{len(seen) + 1}"
            entities.append(Entity(seen[name], name, "person", (Span(match.start(), match.end(), name),)))
    events: tuple[Event, ...] = ()
    if len(entities) >= 2 and published is not None:
        first = entities[0].mentions[0]
        when = TimeExpression("the day", 0, 0, published.isoformat(), "day", "publication")
        events = (
            Event("v1", "CONSULT", "meet", (EventActor("e1", "participant"), EventActor("e2", "participant")),
                  (Span(first.start, first.end, first.text),), time=when),
        )  # fmt: skip
    return Analysis(entities=tuple(entities), events=events)


def make_name_pair_analyzer() -> NamePairAnalyzer:
    return NamePairAnalyzer()


def write_pages(folder: Path, count: int, *, start: int = 0) -> list[Path]:
    """Invented news pages, each about a different pair of people meeting somewhere on some day."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(start, start + count):
        first = f"{FIRST[number % 10]} {LAST[(number // 10) % 10]}"
        second = f"{FIRST[(number + 3) % 10]} {LAST[(number + 7) % 10]}"
        town = TOWNS[number % len(TOWNS)]
        day = f"2024-{number % 12 + 1:02d}-{number % 27 + 1:02d}"
        html = (
            f"<html><head><title>Talks in {town} | Harbour Post</title>"
            f'<meta property="article:published_time" content="{day}"></head><body>'
            '<nav><a href="/">Home</a> <a href="/world">World</a></nav><article>'
            f"<h1>Talks in {town}, report {number}</h1>"
            f"<p>{first} met {second} in {town} on report day {number} to discuss grain shipments through the "
            "southern port and the reopening of the old bridge, officials said.</p>"
            f"<p>Both delegations agreed to meet again, according to statement number {number} released after "
            "the talks ended late in the evening.</p></article><footer>Copyright Harbour Post</footer></body></html>"
        )
        path = folder / f"report-{number:04d}.html"
        path.write_text(html, encoding="utf-8")
        paths.append(path)
    return paths


def main(arguments: list[str]) -> None:
    from wirewatch.ingest import ingest
    from wirewatch.knowledge.store import SqliteStore

    database, delay, *targets = arguments
    store = SqliteStore(database)
    analyzer = NamePairAnalyzer(float(delay))
    for outcome in ingest(targets, store, 1_000_000, batch_size=4, make_analyzer=lambda: analyzer):
        print(outcome.status, outcome.source, flush=True)
    store.close()


if __name__ == "__main__":
    main(sys.argv[1:])
