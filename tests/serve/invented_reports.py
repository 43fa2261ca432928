"""Invented, already-analysed reports written straight into a store, so alert tests need no language model."""

from __future__ import annotations

from collections.abc import Sequence

from wirewatch.knowledge.store import SqliteStore, StoredPage
from wirewatch.model import (
    Analysis,
    Article,
    Entity,
    Event,
    EventActor,
    Page,
    Published,
    Span,
    TimeExpression,
)


def add_meeting(
    store: SqliteStore, number: int, people: Sequence[str], *, place: str, day: str, kind: str = "CONSULT"
) -> StoredPage:
    """Store report `number`: the people met at the place on the day (its one event, `v1`)."""
    text = f"Report {number} from {place}: {' and '.join(people)} met there on {day}, officials said."
    entities = [
        Entity(f"e{index}", name, "person", (Span(text.index(name), text.index(name) + len(name), name),))
        for index, name in enumerate(people, start=1)
    ]
    place_id = f"e{len(people) + 1}"
    where = text.index(place)
    entities.append(Entity(place_id, place, "place", (Span(where, where + len(place), place),)))
    meeting = Event(
        "v1",
        kind,
        "meet",
        tuple(EventActor(entity.id, "participant") for entity in entities[:-1]),
        (Span(0, len(text), text),),
        place=place_id,
        time=TimeExpression(
            f"on {day}", text.index(day) - 3, text.index(day) + len(day), day, "day", "absolute"
        ),
    )
    article = Article(
        f"Invented report {number}",
        (text,),
        published=Published(day, "meta"),
        url=f"https://r{number}.example/",
    )
    page = Page(f"report-{number}.html", "html", f"<p>{text}</p>", url=article.url)
    return store.add_analyzed(page, article, Analysis(entities=tuple(entities), events=(meeting,)))


def actor_of(store: SqliteStore, stored: StoredPage, local_id: str) -> int:
    """The knowledge-base actor an entity of a stored report was resolved to."""
    row = store.connection.execute(
        "SELECT actor_id FROM entities WHERE article_id = ? AND local_id = ?", (stored.article_id, local_id)
    ).fetchone()
    return int(row[0])


def event_of(store: SqliteStore, stored: StoredPage) -> int:
    """The knowledge-base event a stored report's meeting was resolved to."""
    row = store.connection.execute(
        "SELECT event_id FROM reports WHERE article_id = ? AND local_id = 'v1'", (stored.article_id,)
    ).fetchone()
    return int(row[0])
