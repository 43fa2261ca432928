"""The REST API under /api: the same queries as `wirewatch query`, JSON by default, CSV where a table fits."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, HTTPException, Path, Query, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from wirewatch.errors import InputError, StoreError
from wirewatch.knowledge import queries
from wirewatch.knowledge.queries import ArticleHits, first_day, last_day
from wirewatch.knowledge.records import (
    ActorMatch,
    ActorProfile,
    ArticleDetail,
    EventDetail,
    EventSummary,
    QuoteRecord,
    Relation,
    ResultPage,
    TimelineBucket,
)
from wirewatch.knowledge.store import RESOLVER_VERSION, SqliteStore, StoreStats
from wirewatch.serve import tabular
from wirewatch.serve.alerts import Alert, list_alerts, merge_actors_with_alerts, split_actor_with_alerts
from wirewatch.serve.feeds import watchlist_feed
from wirewatch.serve.security import require_token
from wirewatch.serve.uploads import UploadedFile, UploadReport, ingest_uploads
from wirewatch.serve.watchlists import (
    Watchlist,
    WatchlistSpec,
    create_watchlist,
    delete_watchlist,
    get_watchlist,
    list_watchlists,
    update_watchlist,
)
from wirewatch.serve.webhooks import Delivery, list_deliveries, retry_delivery

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "The request asks for something that cannot be answered as given"},
    404: {"description": "No such item in the store"},
    503: {"description": "The store cannot be used right now"},
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    401: {"description": "The API token is missing or wrong"},
    403: {"description": "Writes are disabled: the workbench runs without an API token"},
}
RESOLVING_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **WRITE_ERRORS,
    409: {"description": "Another resolver built the knowledge base: run `wirewatch upgrade` first"},
}
CSV_CONTENT: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}}}}
}
MAX_LIMIT = 500
MAX_OFFSET = 1_000_000

router = APIRouter(prefix="/api", responses=ERRORS)

# SQLite integers are 64-bit: a larger id can name nothing, and must not reach the store.
MAX_ID = 2**63 - 1
ItemId = Annotated[int, Path(ge=1, le=MAX_ID)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip")]
Format = Annotated[
    Literal["json", "csv"] | None, Query(description="json (default) or csv; `Accept: text/csv` works too")
]
# The patterns say exactly what is valid, so a request that matches them is answered, never refused.
LATITUDE = r"-?(?:90(?:\.0+)?|[1-8]?\d(?:\.\d+)?)"
LONGITUDE = r"-?(?:180(?:\.0+)?|(?:1[0-7]\d|[1-9]?\d)(?:\.\d+)?)"
RADIUS_KM = r"(?:20000(?:\.0+)?|1?\d{1,4}(?:\.\d+)?)"
NEAR_PATTERN = rf"^{LATITUDE},{LONGITUDE},{RADIUS_KM}$"
DateBound = Annotated[
    str | None,
    Query(
        pattern=r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$",
        description="ISO date, year or month (2021, 2021-08, 2021-08-17)",
    ),
]
EventType = Annotated[
    str | None, Query(min_length=1, max_length=40, pattern=r"^[A-Za-z_]+$", description="PLOVER event type")
]


def actor_key(value: str | None) -> int | str | None:
    """An actor named by id (digits) or by name, as the queries take it."""
    if value is not None and value.isdecimal() and int(value) <= MAX_ID:
        return int(value)
    return value


def store_for(request: Request) -> SqliteStore:
    """This thread's connection to the store."""
    return request.app.state.stores.get()


Store = Annotated[SqliteStore, Depends(store_for)]


def resolver_refusal(store: SqliteStore) -> str | None:
    """Why reports or corrections may not be resolved into the store now, or None when they may.

    The rule of `wirewatch ingest` and `wirewatch entity merge|split`: a knowledge base another resolver
    built takes nothing more until `wirewatch upgrade` has resolved it again. Reads are unaffected.
    """
    if not store.built_by_another_resolver():
        return None
    built_by = store.resolver_version
    versions = f"resolver v{built_by}, this one v{RESOLVER_VERSION}"
    if built_by > RESOLVER_VERSION:
        return f"the knowledge base was resolved by a newer wirewatch ({versions}); upgrade wirewatch"
    return (
        f"the knowledge base was resolved by an older wirewatch ({versions}); run `wirewatch upgrade` once"
        " to resolve it again, then try again"
    )


def require_this_resolver(store: Store) -> None:
    """FastAPI dependency guarding every write that resolves into the knowledge base: 409 with what to run."""
    refusal = resolver_refusal(store)
    if refusal is not None:
        raise HTTPException(status_code=409, detail=refusal)


# ------------------------------------------------------------------------------------------ reads


@router.get("/stats", response_model=StoreStats, tags=["store"])
def stats(store: Store) -> StoreStats:
    """Counts and dates of what the store holds."""
    return store.stats()


@router.get("/actors", response_model=ActorMatch, tags=["actors"])
def find_actor(
    store: Store,
    name: Annotated[
        str, Query(min_length=1, max_length=200, description="Any spelling, partial name or title")
    ],
    events: Annotated[int, Query(ge=0, le=MAX_LIMIT, description="Events to include")] = 20,
) -> ActorMatch:
    """The actor a name best refers to, with the other candidates and whether the name is ambiguous."""
    return queries.find_actor(store, name, events_limit=events)


@router.get("/actors/{actor_id}", response_model=ActorProfile, tags=["actors"])
def actor_profile(store: Store, actor_id: ItemId) -> ActorProfile:
    """An actor's names, roles over time, affiliations, counterparts, and why it was merged."""
    return queries.actor_profile(store, actor_id)


@router.get("/actors/{actor_id}/relation/{other_id}", response_model=Relation, tags=["actors"])
def relation(
    store: Store,
    actor_id: ItemId,
    other_id: ItemId,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Relation:
    """Events the two actors share, oldest first, with every report's evidence and sources."""
    return queries.relation(store, actor_id, other_id, limit=limit, offset=offset)


@router.get(
    "/actors/{actor_id}/quotes",
    response_model=ResultPage[QuoteRecord],
    tags=["quotes"],
    responses=CSV_CONTENT,
)
def actor_quotes(
    request: Request,
    store: Store,
    actor_id: ItemId,
    since: DateBound = None,
    until: DateBound = None,
    limit: Limit = 50,
    offset: Offset = 0,
    format: Format = None,
) -> Any:
    """What an actor said, newest first, with the attribution chain and offsets of each quote."""
    page = queries.quotes_by(
        store, actor_id, since=first_day(since), until=last_day(until), limit=limit, offset=offset
    )
    if tabular.wants_csv(request, format):
        return tabular.csv_table(page.items, tabular.quote_row, f"quotes-actor-{actor_id}")
    return page


@router.get("/quotes", response_model=ResultPage[QuoteRecord], tags=["quotes"], responses=CSV_CONTENT)
def quotes(
    request: Request,
    store: Store,
    speaker: Annotated[str, Query(min_length=1, max_length=200, description="Actor id or any of its names")],
    since: DateBound = None,
    until: DateBound = None,
    limit: Limit = 50,
    offset: Offset = 0,
    format: Format = None,
) -> Any:
    """Quotes by a speaker named by id or name, newest first."""
    who = actor_key(speaker) or speaker
    page = queries.quotes_by(
        store, who, since=first_day(since), until=last_day(until), limit=limit, offset=offset
    )
    if tabular.wants_csv(request, format):
        return tabular.csv_table(page.items, tabular.quote_row, "quotes")
    return page


def parse_near(near: str | None) -> tuple[float, float, float] | None:
    """`lat,lon,km` → a (latitude, longitude, radius) triple, checked."""
    if near is None:
        return None
    try:
        latitude, longitude, radius = (float(part) for part in near.split(","))
    except ValueError as error:
        raise InputError("near", "near is latitude,longitude,radius-km, e.g. 25.29,51.53,50") from error
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180 and 0 <= radius <= 20_000):
        raise InputError("near", "near needs -90≤lat≤90, -180≤lon≤180 and 0≤radius≤20000 km")
    return latitude, longitude, radius


@router.get("/events", response_model=ResultPage[EventSummary], tags=["events"], responses=CSV_CONTENT)
def events(
    request: Request,
    store: Store,
    type: EventType = None,
    actor: Annotated[str | None, Query(min_length=1, max_length=200, description="Actor id or name")] = None,
    place: Annotated[str | None, Query(min_length=1, max_length=200, description="Place name")] = None,
    near: Annotated[
        str | None,
        Query(pattern=NEAR_PATTERN, description="latitude,longitude,radius-km, e.g. 25.29,51.53,50"),
    ] = None,
    since: DateBound = None,
    until: DateBound = None,
    limit: Limit = 50,
    offset: Offset = 0,
    format: Format = None,
) -> Any:
    """Resolved events filtered by type, actor, place or radius, and time window, newest first."""
    who: int | str | None = actor_key(actor)
    page = queries.search_events(
        store,
        type=type.upper() if type else None,
        actor=who,
        place=place,
        near=parse_near(near),
        since=first_day(since),
        until=last_day(until),
        limit=limit,
        offset=offset,
    )
    if tabular.wants_csv(request, format):
        return tabular.csv_table(page.items, tabular.event_row, "events")
    return page


@router.get("/events/bbox", response_model=ResultPage[EventSummary], tags=["events"], responses=CSV_CONTENT)
def events_in_box(
    request: Request,
    store: Store,
    south: Annotated[float, Query(ge=-90, le=90)] = -90,
    west: Annotated[float, Query(ge=-180, le=180)] = -180,
    north: Annotated[float, Query(ge=-90, le=90)] = 90,
    east: Annotated[float, Query(ge=-180, le=180)] = 180,
    type: EventType = None,
    since: DateBound = None,
    until: DateBound = None,
    limit: Limit = MAX_LIMIT,
    offset: Offset = 0,
    format: Format = None,
) -> Any:
    """Events whose place lies in a box (south, west, north, east), for maps."""
    page: ResultPage[EventSummary] = ResultPage((), 0, limit, offset)
    # A box whose south edge lies north of its north edge holds nothing; it is not an error.
    if south <= north:
        box = (south, west, north, east)
        kind = type.upper() if type else None
        window = (first_day(since), last_day(until))
        page = request.app.state.views.get(
            ("bbox", box, kind, window, limit, offset),
            lambda: queries.events_in_bbox(
                store, box, type=kind, since=window[0], until=window[1], limit=limit, offset=offset
            ),
        )
    if tabular.wants_csv(request, format):
        return tabular.csv_table(page.items, tabular.event_row, "events-bbox")
    return page


@router.get("/events/{event_id}", response_model=EventDetail, tags=["events"])
def event(store: Store, event_id: ItemId) -> EventDetail:
    """One event with every report of it: evidence, source chain, certainty, origins, possibly-same links."""
    return queries.get_event(store, event_id)


@router.get(
    "/articles",
    response_model=ArticleHits,
    tags=["articles"],
    responses=CSV_CONTENT,
    description=(
        "Full-text search over articles, best match first. A common word can match most of the store:"
        f" past {queries.RANKED_HITS} matches counting stops, `total` is {queries.RANKED_HITS} and"
        " `total_is_lower_bound` is true (more than `total` articles match), and the hits are the best"
        f" of the newest {queries.RANKED_HITS} matches."
    ),
)
def articles(
    request: Request,
    store: Store,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find in titles and bodies")],
    limit: Limit = 20,
    offset: Offset = 0,
    format: Format = None,
) -> Any:
    """Full-text search over articles, best match first."""
    page = queries.search_articles(store, q, limit=limit, offset=offset)
    if tabular.wants_csv(request, format):
        return tabular.csv_table(page.items, tabular.article_row, "articles")
    return page


@router.get("/articles/{article_id}", response_model=ArticleDetail, tags=["articles"])
def article(store: Store, article_id: ItemId) -> ArticleDetail:
    """A stored article: clean text, what the cleaner removed and why, its analysis and resolved ids."""
    return queries.get_article(store, article_id)


@router.get("/timeline", response_model=ResultPage[TimelineBucket], tags=["events"], responses=CSV_CONTENT)
def timeline(
    request: Request,
    store: Store,
    actor: Annotated[str | None, Query(min_length=1, max_length=200, description="Actor id or name")] = None,
    type: EventType = None,
    since: DateBound = None,
    until: DateBound = None,
    granularity: Literal["day", "month", "year"] = "month",
    limit: Limit = MAX_LIMIT,
    offset: Offset = 0,
    format: Format = None,
) -> Any:
    """Event counts per day, month or year, optionally for one actor or type."""
    who: int | str | None = actor_key(actor)
    arguments = {
        "actor": who,
        "type": type.upper() if type else None,
        "since": first_day(since),
        "until": last_day(until),
        "granularity": granularity,
        "limit": limit,
        "offset": offset,
    }
    page = request.app.state.views.get(
        ("timeline", *arguments.values()), lambda: queries.timeline(store, **arguments)
    )
    if tabular.wants_csv(request, format):
        return tabular.csv_table(page.items, tabular.timeline_row, "timeline")
    return page


# ------------------------------------------------------------------------------------------ writes


@router.post(
    "/ingest",
    response_model=UploadReport,
    tags=["store"],
    dependencies=[Depends(require_token), Depends(require_this_resolver)],
    responses={**RESOLVING_WRITE_ERRORS, 413: {"description": "An upload is over the size limit"}},
)
async def ingest(
    request: Request,
    files: Annotated[list[UploadFile], File(description="Pages, feeds or archives to ingest")],
) -> UploadReport:
    """Ingest uploaded pages; answers each page's outcome and the alerts it raised."""
    settings = request.app.state.settings
    uploads: list[UploadedFile] = []
    for upload in files:
        data = await upload.read(settings.max_upload_bytes + 1)
        if len(data) > settings.max_upload_bytes:
            raise HTTPException(
                413, f"{upload.filename or 'upload'}: larger than {settings.max_upload_bytes} bytes"
            )
        uploads.append(UploadedFile(upload.filename or "upload", data))
    if not uploads:
        raise InputError("files", "send at least one file")
    report = await run_in_threadpool(ingest_in_thread, request, uploads, settings.max_page_bytes)
    if report.alerts:
        request.app.state.worker.wake()
    return report


def ingest_in_thread(request: Request, uploads: list[UploadedFile], max_page_bytes: int) -> UploadReport:
    """Analysis is slow: it runs on a pool thread, with that thread's own store connection."""
    shared = request.app.state.analyzer
    with shared.lock:
        analyzer = shared.get()
        return ingest_uploads(store_for(request), uploads, max_page_bytes, lambda: analyzer)


class WatchlistIn(BaseModel):
    """A watchlist as sent by a client; actors by id or by any of their names."""

    name: str = Field(min_length=1, max_length=80)
    actors: list[int | str] = Field(default_factory=list, max_length=100)
    places: list[str] = Field(default_factory=list, max_length=100)
    event_types: list[str] = Field(default_factory=list, max_length=50)
    keywords: list[str] = Field(default_factory=list, max_length=100)
    min_actors: int = Field(default=1, ge=1, le=100)
    webhook_url: str | None = Field(default=None, max_length=2000)


def resolve_actor_ids(store: SqliteStore, actors: list[int | str]) -> tuple[int, ...]:
    """Actor ids for ids or names; InputError naming the candidates when a name is ambiguous or unknown."""
    ids: list[int] = []
    for actor in actors:
        if isinstance(actor, int):
            if not 1 <= actor <= MAX_ID:
                raise InputError("actors", f"no actor has id {actor}")
            ids.append(queries.actor_profile(store, actor).actor.id)
            continue
        match = queries.find_actor(store, actor, events_limit=0)
        if match.actor is None:
            raise InputError("actors", f"no actor is called {actor!r}")
        if match.ambiguous:
            names = ", ".join(f"{candidate.name} (id {candidate.id})" for candidate in match.candidates[:5])
            raise InputError("actors", f"{actor!r} is ambiguous: use an id — {names}")
        ids.append(match.actor.id)
    return tuple(ids)


def spec_from(store: SqliteStore, body: WatchlistIn) -> WatchlistSpec:
    return WatchlistSpec(
        name=body.name,
        actors=resolve_actor_ids(store, body.actors),
        places=tuple(body.places),
        event_types=tuple(body.event_types),
        keywords=tuple(body.keywords),
        min_actors=body.min_actors,
        webhook_url=body.webhook_url,
    )


@router.get("/watchlists", response_model=list[Watchlist], tags=["watchlists"])
def watchlists(store: Store) -> tuple[Watchlist, ...]:
    """Every watchlist."""
    return list_watchlists(store)


@router.post(
    "/watchlists",
    response_model=Watchlist,
    status_code=201,
    tags=["watchlists"],
    dependencies=[Depends(require_token)],
    responses=WRITE_ERRORS,
)
def new_watchlist(store: Store, body: WatchlistIn) -> Watchlist:
    """Create a watchlist; it fires on pages ingested from now on."""
    return create_watchlist(store, spec_from(store, body))


@router.get("/watchlists/{watchlist_id}", response_model=Watchlist, tags=["watchlists"])
def watchlist(store: Store, watchlist_id: ItemId) -> Watchlist:
    """One watchlist."""
    return get_watchlist(store, watchlist_id)


@router.put(
    "/watchlists/{watchlist_id}",
    response_model=Watchlist,
    tags=["watchlists"],
    dependencies=[Depends(require_token)],
    responses=WRITE_ERRORS,
)
def change_watchlist(store: Store, watchlist_id: ItemId, body: WatchlistIn) -> Watchlist:
    """Replace a watchlist's criteria; its alerts are kept."""
    get_watchlist(store, watchlist_id)
    return update_watchlist(store, watchlist_id, spec_from(store, body))


@router.delete(
    "/watchlists/{watchlist_id}",
    status_code=204,
    tags=["watchlists"],
    dependencies=[Depends(require_token)],
    responses=WRITE_ERRORS,
)
def remove_watchlist(store: Store, watchlist_id: ItemId) -> Response:
    """Delete a watchlist with its alerts."""
    delete_watchlist(store, watchlist_id)
    return Response(status_code=204)


@router.get(
    "/watchlists/{watchlist_id}/alerts",
    response_model=ResultPage[Alert],
    tags=["alerts"],
    responses=CSV_CONTENT,
)
def watchlist_alerts(
    request: Request,
    store: Store,
    watchlist_id: ItemId,
    limit: Limit = 50,
    offset: Offset = 0,
    format: Format = None,
) -> Any:
    """A watchlist's alerts, most recently raised or updated first."""
    get_watchlist(store, watchlist_id)
    page = list_alerts(store, watchlist_id=watchlist_id, limit=limit, offset=offset)
    if tabular.wants_csv(request, format):
        return tabular.csv_table(page.items, tabular.alert_row, f"alerts-watchlist-{watchlist_id}")
    return page


@router.get(
    "/watchlists/{watchlist_id}/feed.atom",
    tags=["alerts"],
    response_class=Response,
    responses={200: {"content": {"application/atom+xml": {"schema": {"type": "string"}}}}},
)
def watchlist_atom(request: Request, store: Store, watchlist_id: ItemId) -> Response:
    """The watchlist's alerts as an Atom feed (the 50 most recent)."""
    chosen = get_watchlist(store, watchlist_id)
    alerts = list_alerts(store, watchlist_id=watchlist_id, limit=50).items
    body = watchlist_feed(chosen, alerts, str(request.base_url))
    return Response(body, media_type="application/atom+xml; charset=utf-8")


@router.get("/alerts", response_model=ResultPage[Alert], tags=["alerts"], responses=CSV_CONTENT)
def alerts(
    request: Request, store: Store, limit: Limit = 50, offset: Offset = 0, format: Format = None
) -> Any:
    """Alerts of every watchlist, most recent first."""
    page = list_alerts(store, limit=limit, offset=offset)
    if tabular.wants_csv(request, format):
        return tabular.csv_table(page.items, tabular.alert_row, "alerts")
    return page


@router.get("/deliveries", response_model=ResultPage[Delivery], tags=["alerts"], responses=CSV_CONTENT)
def deliveries(
    request: Request,
    store: Store,
    status: Literal["pending", "delivered", "failed"] | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
    format: Format = None,
) -> Any:
    """Webhook deliveries, newest first: failed ones carry their last error."""
    page = list_deliveries(store, status=status, limit=limit, offset=offset)
    if tabular.wants_csv(request, format):
        return tabular.csv_table(page.items, tabular.delivery_row, "deliveries")
    return page


@router.post(
    "/deliveries/{delivery_id}/retry",
    status_code=202,
    tags=["alerts"],
    dependencies=[Depends(require_token)],
    responses=WRITE_ERRORS,
)
def retry(request: Request, store: Store, delivery_id: ItemId) -> dict[str, str]:
    """Send a failed delivery again now."""
    if not retry_delivery(store, delivery_id):
        raise HTTPException(404, f"no failed delivery {delivery_id}")
    request.app.state.worker.wake()
    return {"status": "pending"}


class MergeIn(BaseModel):
    """Another actor to fold into this one."""

    other: int = Field(ge=1, le=MAX_ID)
    note: str = Field(default="", max_length=500)


class SplitIn(BaseModel):
    """What to move to a new actor: every mention written `alias`, or one article's entity."""

    alias: str | None = Field(default=None, min_length=1, max_length=200)
    article_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    local_id: str | None = Field(default=None, pattern=r"^e\d{1,6}$")
    note: str = Field(default="", max_length=500)


@router.post(
    "/actors/{actor_id}/merge",
    response_model=ActorProfile,
    tags=["actors"],
    dependencies=[Depends(require_token), Depends(require_this_resolver)],
    responses=RESOLVING_WRITE_ERRORS,
)
def merge(store: Store, request: Request, actor_id: ItemId, body: MergeIn) -> ActorProfile:
    """Fold another actor into this one; the correction is kept as a rule that later ingests follow, and the
    watchlists are checked again on the events it changed."""
    try:
        corrected = merge_actors_with_alerts(store, actor_id, body.other, body.note)
    except StoreError as error:
        raise InputError("merge", str(error)) from error
    request.app.state.worker.wake()  # webhooks of the alerts it raised
    return queries.actor_profile(store, corrected.actor_id)


@router.post(
    "/actors/{actor_id}/split",
    response_model=ActorProfile,
    status_code=201,
    tags=["actors"],
    dependencies=[Depends(require_token), Depends(require_this_resolver)],
    responses=RESOLVING_WRITE_ERRORS,
)
def split(store: Store, request: Request, actor_id: ItemId, body: SplitIn) -> ActorProfile:
    """Move the mentions of an alias, or one article's entity, to a new actor; answers the new actor.
    The watchlists are checked again on the events the split changed."""
    mention = (body.article_id, body.local_id) if body.article_id and body.local_id else None
    if (body.alias is None) == (mention is None):
        raise InputError("split", "give either alias, or both article_id and local_id")
    try:
        corrected = split_actor_with_alerts(store, actor_id, alias=body.alias, mention=mention, note=body.note)
    except StoreError as error:
        raise InputError("split", str(error)) from error
    request.app.state.worker.wake()
    return queries.actor_profile(store, corrected.actor_id)
