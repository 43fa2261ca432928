"""Typed results of the knowledge-base queries: what the CLI prints and the workbench serves.

Every fact a query returns carries its evidence as `Evidence` (article id, character offsets into that
article's text, or into one of its captions), so an analyst can always open the report it came from.
`to_dict` from `wirewatch.model` turns any of these into JSON-ready data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from wirewatch.model import Analysis, Article

T = TypeVar("T")


@dataclass(frozen=True)
class ResultPage(Generic[T]):
    """One page of a list query: `items` from `offset`, at most `limit` of them, out of `total`."""

    items: tuple[T, ...]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: an article and character offsets into its text (or a caption's)."""

    article_id: int
    start: int
    end: int
    text: str
    caption: int | None = None


@dataclass(frozen=True)
class SourceRecord:
    """One link of an attribution chain as stored, outermost first in the lists that hold it."""

    name: str
    kind: str
    actor_id: int | None = None


@dataclass(frozen=True)
class ActorRef:
    """An actor named in another result."""

    id: int
    name: str
    type: str


@dataclass(frozen=True)
class ActorCandidate:
    """An actor a name may refer to, with how well the name fits and how often it is mentioned."""

    id: int
    name: str
    type: str
    aliases: tuple[str, ...]
    articles: int
    match: str  # "exact", "alias", "transliteration", "partial", "fuzzy"


@dataclass(frozen=True)
class RoleRecord:
    """A role or title an actor was given in one article, dated by that article."""

    text: str
    published: str | None
    evidence: Evidence


@dataclass(frozen=True)
class AffiliationRecord:
    """An organization an actor belongs to, with when and how often the reports say so."""

    actor: ActorRef
    articles: int
    first_seen: str | None
    last_seen: str | None


@dataclass(frozen=True)
class Counterpart:
    """An actor that shares events with another, with how many and over what time."""

    actor: ActorRef
    events: int
    first: str | None
    last: str | None


@dataclass(frozen=True)
class EventActorRecord:
    actor: ActorRef
    role: str


@dataclass(frozen=True)
class EventSummary:
    """A resolved event: one happening, however many reports tell it."""

    id: int
    type: str
    mode: str | None
    date: str | None
    date_precision: str | None
    place: str | None
    latitude: float | None
    longitude: float | None
    actors: tuple[EventActorRecord, ...]
    reports: int
    corroboration: int
    certainty: str


@dataclass(frozen=True)
class MergeReason:
    """Why the resolver put something together: one line per decision, kept for audit."""

    article_id: int
    local_id: str
    reason: str
    score: float | None


@dataclass(frozen=True)
class ActorCard:
    """What `wirewatch query actor NAME` shows: {id, name, aliases, roles, affiliations, counterparts, events}."""

    id: int
    name: str
    type: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    affiliations: tuple[ActorRef, ...]
    counterparts: tuple[ActorRef, ...]
    events: tuple[EventSummary, ...]


@dataclass(frozen=True)
class ActorMatch:
    """The actor a name best refers to; `ambiguous` when other actors fit the name as well."""

    query: str
    actor: ActorCard | None
    ambiguous: bool
    candidates: tuple[ActorCandidate, ...]


@dataclass(frozen=True)
class PossiblySameActor:
    actor: ActorRef
    score: float
    reason: str


@dataclass(frozen=True)
class ActorProfile:
    """An actor over time: names, roles with dates, affiliations, counterparts, and why it was merged."""

    actor: ActorRef
    names: tuple[str, ...]
    roles: tuple[RoleRecord, ...]
    affiliations: tuple[AffiliationRecord, ...]
    counterparts: tuple[Counterpart, ...]
    articles: int
    first_seen: str | None
    last_seen: str | None
    merges: tuple[MergeReason, ...]
    possibly_same: tuple[PossiblySameActor, ...]


@dataclass(frozen=True)
class EventReport:
    """One article's account of an event: its evidence, attribution chain and the origin it counts under.

    `origin` names the independent source this report counts as (its outlet, or the outlet it copies or
    quotes); reports sharing an origin count once in the corroboration.
    """

    article_id: int
    local_id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    certainty: str
    sources: tuple[SourceRecord, ...]
    evidence: tuple[Evidence, ...]
    origin: str
    in_caption: bool
    reason: str


@dataclass(frozen=True)
class PossiblySameEvent:
    event_id: int
    score: float
    reason: str


@dataclass(frozen=True)
class EventDetail:
    """An event with every report of it, their evidence and sources, and the possibly-same links."""

    event: EventSummary
    reports: tuple[EventReport, ...]
    origins: tuple[str, ...]
    possibly_same: tuple[PossiblySameEvent, ...]


@dataclass(frozen=True)
class RelationEvent:
    """An event two actors share, with the evidence and sources of every report."""

    event: EventSummary
    reports: tuple[EventReport, ...]


@dataclass(frozen=True)
class Relation:
    """Everything two actors did to or with each other, oldest first."""

    a: ActorRef
    b: ActorRef
    events: ResultPage[RelationEvent]
    types: dict[str, int]


@dataclass(frozen=True)
class QuoteRecord:
    """A quote with its speaker, the article it was read in, its offsets and attribution chain."""

    id: int
    article_id: int
    title: str | None
    published: str | None
    text: str
    kind: str
    speaker: ActorRef | None
    speaker_name: str | None
    cue: str | None
    certainty: str
    sources: tuple[SourceRecord, ...]
    evidence: Evidence


@dataclass(frozen=True)
class ArticleHit:
    """A full-text search hit: the article and a snippet with the match marked by [ ]."""

    article_id: int
    title: str | None
    url: str | None
    published: str | None
    snippet: str
    rank: float


@dataclass(frozen=True)
class ArticleDetail:
    """A stored article: the clean text, what the cleaner removed (inside `article`), and its analysis.

    `actors` maps each entity id local to the analysis ("e1") to the resolved actor id, `events`
    each local event id ("v1") to the resolved event id.
    """

    article_id: int
    page_hash: str
    source: str
    ingested_at: str
    article: Article
    analysis: Analysis | None
    actors: dict[str, int]
    events: dict[str, int]


@dataclass(frozen=True)
class TimelineBucket:
    """How many events fall in one period ("2021", "2021-08" or "2021-08-17")."""

    period: str
    events: int
    types: dict[str, int]


@dataclass(frozen=True)
class KnowledgeChanges:
    """What storing one page did to the knowledge base — the hook the workbench alerts listen to."""

    created_actors: tuple[int, ...] = ()
    updated_actors: tuple[int, ...] = ()
    created_events: tuple[int, ...] = ()
    updated_events: tuple[int, ...] = ()
