"""Plain typed records that every stage passes on.

The data flow is page → article → analysis → knowledge base. Records are frozen dataclasses so a stage
cannot change what an earlier stage produced; `to_dict` gives the JSON contract documented in
`schemas/` (field names there are a promise to users, keep them).

Offsets: every `Span` indexes into `Article.text`, the body paragraphs joined by a blank line
("\\n\\n"), unless `caption` is set, in which case it indexes into that caption's `text`.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

PARAGRAPH_SEPARATOR = "\n\n"

PageKind = Literal["html", "text", "feed-item"]
EntityType = Literal["person", "organization", "place", "other"]
QuoteKind = Literal["direct", "partial", "indirect"]
Certainty = Literal["asserted", "attributed", "hedged", "disputed"]
Precision = Literal["day", "month", "year", "decade", "season", "week", "unknown"]


def content_hash(text: str) -> str:
    """Stable identity of a page's content: re-reading the same page gives the same hash."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def to_dict(record: Any) -> Any:
    """Turn a record (or a tuple of records) into JSON-ready plain data."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return {key: to_dict(value) for key, value in record.items()}
    return record


# ---------------------------------------------------------------- read/ : bytes in → pages


@dataclass(frozen=True)
class Page:
    """One news page as read from an input, decoded to text but not yet cleaned.

    `source` names where it came from: a file path, `path#record-N` inside an archive, or `-`.
    `hints` carries metadata the container already knew (a feed item's title and date, a WARC
    record's target URI and date) so the cleaner can prefer it over guessing.
    """

    source: str
    kind: PageKind
    content: str
    url: str | None = None
    encoding: str | None = None
    fetched: str | None = None
    hints: dict[str, str] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return content_hash(self.content)


@dataclass(frozen=True)
class ReadFailure:
    """An input, or one record of it, that could not be turned into a page, with the reason."""

    source: str
    reason: str


# ---------------------------------------------------------------- clean/ : page → article


@dataclass(frozen=True)
class Published:
    """A publication date, ISO 8601, with where on the page it was found (e.g. "meta:article:published_time")."""

    value: str
    found_in: str


@dataclass(frozen=True)
class Caption:
    """A photo caption kept out of the body, with its photo credit split off."""

    text: str
    credit: str | None = None


@dataclass(frozen=True)
class RemovedBlock:
    """A block of the page left out of the body, and why — so an analyst can audit the cleaner."""

    text: str
    reason: str


@dataclass(frozen=True)
class Article:
    """The clean article found in a page."""

    title: str | None
    body: tuple[str, ...]
    section: str | None = None
    authors: tuple[str, ...] = ()
    published: Published | None = None
    url: str | None = None
    language: str | None = None
    captions: tuple[Caption, ...] = ()
    attributions: tuple[str, ...] = ()
    removed: tuple[RemovedBlock, ...] = ()
    source: str | None = None
    page_hash: str | None = None

    @property
    def text(self) -> str:
        """The body as one string; every body offset in an analysis points into this."""
        return PARAGRAPH_SEPARATOR.join(self.body)

    def paragraph_starts(self) -> list[int]:
        """Offset in `text` where each body paragraph begins."""
        starts, position = [], 0
        for paragraph in self.body:
            starts.append(position)
            position += len(paragraph) + len(PARAGRAPH_SEPARATOR)
        return starts


# ---------------------------------------------------------------- analyze/ : article → analysis


@dataclass(frozen=True)
class Span:
    """Evidence: where in the article a fact was read. `caption` is set when it came from a caption."""

    start: int
    end: int
    text: str
    caption: int | None = None


@dataclass(frozen=True)
class Role:
    """A title or description given to an entity ("the Taliban spokesman"), with its sentence."""

    text: str
    start: int
    end: int
    sentence: str
    caption: int | None = None


@dataclass(frozen=True)
class Entity:
    """An actor or place named in one article.

    `name` is the fullest form in the text, `aliases` every other form seen (spelling variants
    included), `affiliations` the ids of the organization entities it belongs to and of the states (country
    place entities) it serves ("Ecuadorian Foreign Minister Gabriela Sommerfeld" → Ecuador).
    """

    id: str
    name: str
    type: EntityType
    mentions: tuple[Span, ...]
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    affiliations: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceLink:
    """One link of an attribution chain ("an Iranian news agency", "Israeli media", a tweet by X)."""

    name: str
    kind: str  # "person", "organization", "media", "document", "social-media", "unnamed"
    start: int
    end: int
    entity: str | None = None


@dataclass(frozen=True)
class Quote:
    """Something said, with who said it and who reports it; `sources` is outermost first."""

    text: str
    kind: QuoteKind
    start: int
    end: int
    cue: str | None
    speaker: str | None
    speaker_name: str | None
    sources: tuple[SourceLink, ...] = ()
    certainty: Certainty = "attributed"
    caption: int | None = None


@dataclass(frozen=True)
class GazetteerEntry:
    """A gazetteer record a place name resolved to."""

    name: str
    country_code: str | None
    latitude: float
    longitude: float
    feature: str  # "country", "admin1", "city", "continent", …
    geonameid: int | None = None
    population: int | None = None


@dataclass(frozen=True)
class Place:
    """A place entity resolved offline; `alternatives` keeps the other readings when ambiguous."""

    entity: str
    name: str
    resolved: GazetteerEntry | None
    alternatives: tuple[GazetteerEntry, ...] = ()


@dataclass(frozen=True)
class TimeExpression:
    """A date expression and its normalized value.

    `value` is ISO at the given precision ("2021", "2021-08", "2021-08-17") or None when it cannot
    be anchored; `anchor` says what it was resolved against: "absolute" (the text alone),
    "publication" (the publication date), "bounded" (bounded from dates on the page) or "unanchored".
    """

    text: str
    start: int
    end: int
    value: str | None
    precision: Precision
    anchor: str
    caption: int | None = None


@dataclass(frozen=True)
class EventActor:
    entity: str
    role: str  # "source" (who acts), "target" (acted upon), "participant", "leader", "host", "guest"


@dataclass(frozen=True)
class Event:
    """Who did what to or with whom, typed with PLOVER (`type`) and its `mode`."""

    id: str
    type: str
    mode: str | None
    actors: tuple[EventActor, ...]
    evidence: tuple[Span, ...]
    place: str | None = None  # entity id of a place
    time: TimeExpression | None = None
    sources: tuple[SourceLink, ...] = ()
    certainty: Certainty = "asserted"
    possibly_same_as: tuple[str, ...] = ()
    in_caption: bool = False


@dataclass(frozen=True)
class Analysis:
    """Everything read from one article."""

    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class AnalyzedArticle:
    """An article with its analysis, the unit `analyze` prints and `ingest` stores."""

    article: Article
    analysis: Analysis
