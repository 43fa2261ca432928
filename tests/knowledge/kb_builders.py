"""Builders of invented reports, written directly as analyses, so resolution is tested without the language model."""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence

from wirewatch.knowledge.store import SqliteStore, StoredPage
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
    SourceLink,
    Span,
    TimeExpression,
)

# Words for filler text, so that two invented reports are not near-duplicates unless a test wants them to be.
_FILLER = [
    "delegates", "harbour", "ministry", "weather", "convoy", "ledger", "river", "bakery", "tram", "summit", "wheat",
    "council", "ferry", "archive", "lantern", "orchard", "pipeline", "quarry", "stadium", "tariff", "valley",
    "workshop", "beacon", "canal", "dispatch", "embassy", "festival",
]  # fmt: skip


def person(local_id: str, name: str, *, aliases: Sequence[str] = (), affiliations: Sequence[str] = (),
           roles: Sequence[str] = ()) -> Entity:  # fmt: skip
    return Entity(
        local_id, name, "person", (Span(0, len(name), name),), tuple(aliases),
        tuple(Role(role, 0, len(role), f"{name}, {role}.") for role in roles), tuple(affiliations),
    )  # fmt: skip


def organization(local_id: str, name: str, *, aliases: Sequence[str] = ()) -> Entity:
    return Entity(local_id, name, "organization", (Span(0, len(name), name),), tuple(aliases))


def place(local_id: str, name: str) -> Entity:
    return Entity(local_id, name, "place", (Span(0, len(name), name),))


def day(value: str) -> TimeExpression:
    return TimeExpression(f"on {value}", 0, 5, value, "day", "absolute")


def event(local_id: str, type_: str, actors: Sequence[tuple[str, str]], *, when: TimeExpression | None = None,
          mode: str | None = None, at: str | None = None, sources: Sequence[SourceLink] = (),
          possibly_same: Sequence[str] = (), certainty: str = "asserted") -> Event:  # fmt: skip
    return Event(
        local_id, type_, mode, tuple(EventActor(entity, role) for entity, role in actors),
        (Span(10, 40, f"evidence of {type_.lower()} {local_id}"),), place=at, time=when, sources=tuple(sources),
        certainty=certainty, possibly_same_as=tuple(possibly_same),  # type: ignore[arg-type]
    )  # fmt: skip


def media(name: str) -> SourceLink:
    return SourceLink(name, "media", 0, len(name))


def quote(text: str, speaker: str, speaker_name: str) -> Quote:
    return Quote(text, "direct", 5, 5 + len(text), "said", speaker, speaker_name, (), "attributed")


def resolved_place(entity: str, name: str, latitude: float, longitude: float, geonameid: int) -> Place:
    return Place(entity, name, GazetteerEntry(name, "XX", latitude, longitude, "city", geonameid, 10000))


class Reports:
    """Adds invented, already-analysed reports to a store, each its own page."""

    def __init__(self, store: SqliteStore) -> None:
        self.store = store
        self.numbers = itertools.count(1)

    def add(self, *, url: str, published: str, entities: Sequence[Entity], events: Sequence[Event] = (),
            quotes: Sequence[Quote] = (), places: Sequence[Place] = (), text: str | None = None,
            attributions: Sequence[str] = (), title: str | None = None) -> StoredPage:  # fmt: skip
        number = next(self.numbers)
        body = text if text is not None else self.filler(number)
        article = Article(title or f"Invented report {number}", (body,), published=Published(published, "meta"),
                          url=url, attributions=tuple(attributions))  # fmt: skip
        page = Page(f"report-{number}.html", "html", f"<p>{body}</p><!-- {number} {url} -->", url=url)
        analysis = Analysis(
            entities=tuple(entities), quotes=tuple(quotes), places=tuple(places), events=tuple(events)
        )
        return self.store.add_analyzed(page, article, analysis)

    @staticmethod
    def filler(number: int) -> str:
        chooser = random.Random(number)
        words = [chooser.choice(_FILLER) for _ in range(60)]
        return f"Invented report number {number}: " + " ".join(words) + "."

    def actor_of(self, article_id: int, local_id: str) -> int:
        row = self.store.connection.execute(
            "SELECT actor_id FROM entities WHERE article_id = ? AND local_id = ?", (article_id, local_id)
        ).fetchone()
        return int(row[0])

    def event_of(self, article_id: int, local_id: str) -> int:
        row = self.store.connection.execute(
            "SELECT event_id FROM reports WHERE article_id = ? AND local_id = ?", (article_id, local_id)
        ).fetchone()
        return int(row[0])
