"""The workbench pages: server-rendered HTML over the same queries as the API, paginated everywhere.

Templates autoescape everything; page text is never marked safe. Figures are SVG drawn by the
templates from numbers computed in `figures.py`, and every figure links to the evidence behind it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Annotated, Any, Literal

import jinja2
from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from wirewatch.errors import InputError, NotFoundError
from wirewatch.knowledge import queries
from wirewatch.knowledge.queries import ArticleHits, first_day, last_day
from wirewatch.knowledge.records import ActorMatch, ArticleDetail, EventDetail, ResultPage
from wirewatch.serve import figures
from wirewatch.serve.alerts import list_alerts
from wirewatch.serve.api import (
    DateBound,
    EventType,
    ItemId,
    actor_key,
    ingest_in_thread,
    parse_near,
    resolve_actor_ids,
    resolver_refusal,
    store_for,
)
from wirewatch.serve.feeds import alert_title
from wirewatch.serve.security import token_matches
from wirewatch.serve.uploads import UploadedFile
from wirewatch.serve.watchlists import (
    WatchlistSpec,
    create_watchlist,
    delete_watchlist,
    get_watchlist,
    list_watchlists,
)
from wirewatch.serve.webhooks import list_deliveries, retry_delivery

PAGE_SIZE = 25
MAX_PAGE = 4000

environment = jinja2.Environment(
    loader=jinja2.PackageLoader("wirewatch.serve", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
environment.globals["alert_title"] = alert_title
templates = Jinja2Templates(env=environment)

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

PageNumber = Annotated[int, Query(ge=1, le=MAX_PAGE)]
SearchText = Annotated[str, Query(max_length=200)]


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page from its template; `request` and the navigation's current item come along."""
    return templates.TemplateResponse(request, template, context, status_code=status_code)


def render_kept(
    request: Request, key: tuple[Any, ...], template: str, context: Callable[[], dict[str, Any]]
) -> HTMLResponse:
    """An aggregate view's page, rendered once per state of the store (`serve/cache.py`) and then reused.

    Drawing hundreds of bars or dots costs more than reading their numbers from the cache. The request is
    kept out of the template's context, so a kept page cannot depend on who asked for it.
    """
    body = request.app.state.views.get(
        ("page", template, *key), lambda: environment.get_template(template).render(**context())
    )
    return HTMLResponse(body)


def error_page(request: Request, status_code: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status_code=status_code, status=status_code, message=message)


def pagination(result: ResultPage[Any], page: int) -> dict[str, Any]:
    """Numbers for the pager under a list."""
    pages = max(1, math.ceil(result.total / result.limit)) if result.limit else 1
    # A search for a common word stops counting; the pager must not print that count as the whole.
    stopped_counting = isinstance(result, ArticleHits) and result.total_is_lower_bound
    total = f"more than {result.total}" if stopped_counting else result.total
    return {"page": page, "pages": pages, "total": total, "first": result.offset + 1 if result.items else 0,
            "last": result.offset + len(result.items)}  # fmt: skip


def split_list(text: str) -> tuple[str, ...]:
    """Values typed one per line or separated by commas."""
    return tuple(part.strip() for part in re.split(r"[\n,;]", text) if part.strip())


# ------------------------------------------------------------------------------------------ search


@router.get("/")
def search(request: Request, q: SearchText = "", page: PageNumber = 1) -> HTMLResponse:
    store = store_for(request)
    q = q.strip()
    if not q:
        return render(
            request,
            "home.html",
            nav="search",
            q="",
            stats=store.stats(),
            alerts=list_alerts(store, limit=8).items,
            watchlists=list_watchlists(store),
        )
    match: ActorMatch = queries.find_actor(store, q, events_limit=0)
    best = match.actor
    events = queries.search_events(store, actor=best.id, limit=10) if best else None
    quotes = queries.quotes_by(store, best.id, limit=5) if best else None
    articles = queries.search_articles(store, q, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return render(
        request,
        "search.html",
        nav="search",
        q=q,
        match=match,
        events=events,
        quotes=quotes,
        articles=articles,
        pager=pagination(articles, page),
    )


# ------------------------------------------------------------------------------------------ actors


@router.get("/actors/{actor_id}")
def actor(request: Request, actor_id: ItemId, page: PageNumber = 1) -> HTMLResponse:
    store = store_for(request)
    profile = queries.actor_profile(store, actor_id)
    events = queries.search_events(store, actor=actor_id, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    quotes = queries.quotes_by(store, actor_id, limit=10)
    buckets = queries.timeline(store, actor=actor_id, granularity="month", limit=120)
    return render(
        request,
        "actor.html",
        nav="search",
        profile=profile,
        graph=figures.counterpart_graph(profile.counterparts),
        events=events,
        pager=pagination(events, page),
        quotes=quotes,
        chart=figures.timeline_bars(buckets.items),
        chart_actor=actor_id,
    )


@router.get("/actors/{actor_id}/with/{other_id}")
def relation(
    request: Request,
    actor_id: ItemId,
    other_id: ItemId,
    page: PageNumber = 1,
) -> HTMLResponse:
    store = store_for(request)
    result = queries.relation(store, actor_id, other_id, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return render(
        request, "relation.html", nav="search", relation=result, pager=pagination(result.events, page)
    )


# ------------------------------------------------------------------------------------------ events


@router.get("/events")
def events(
    request: Request,
    type: EventType = None,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    place: Annotated[str | None, Query(max_length=200)] = None,
    near: Annotated[str | None, Query(max_length=80)] = None,
    since: DateBound = None,
    until: DateBound = None,
    page: PageNumber = 1,
) -> HTMLResponse:
    store = store_for(request)
    filters = {"type": type or "", "actor": actor or "", "place": place or "", "near": near or "",
               "since": since or "", "until": until or ""}  # fmt: skip
    who: int | str | None = actor_key(actor or None)
    result = queries.search_events(
        store,
        type=type.upper() if type else None,
        actor=who,
        place=place or None,
        near=parse_near(near) if near else None,
        since=first_day(since),
        until=last_day(until),
        limit=PAGE_SIZE,
        offset=(page - 1) * PAGE_SIZE,
    )
    return render(
        request, "events.html", nav="timeline", events=result, pager=pagination(result, page), filters=filters
    )


@router.get("/events/{event_id}")
def event(request: Request, event_id: ItemId) -> HTMLResponse:
    store = store_for(request)
    detail: EventDetail = queries.get_event(store, event_id)
    contexts = []
    # Each report's evidence is shown inside its article's text; articles are read once each.
    texts: dict[int, str] = {}
    for report in detail.reports[:50]:
        if report.article_id not in texts:
            texts[report.article_id] = queries.get_article(store, report.article_id).article.text
        text = texts[report.article_id]
        evidence = [
            figures.context_around(text, item.start, item.end)
            if item.caption is None
            else ("", item.text, "")
            for item in report.evidence
        ]
        contexts.append((report, evidence))
    return render(request, "event.html", nav="timeline", detail=detail, reports=contexts)


@router.get("/timeline")
def timeline(
    request: Request,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    type: EventType = None,
    since: DateBound = None,
    until: DateBound = None,
    granularity: Literal["day", "month", "year"] = "month",
) -> HTMLResponse:
    store = store_for(request)
    who: int | str | None = actor_key(actor or None)
    arguments = {"actor": who, "type": type.upper() if type else None, "since": first_day(since),
                 "until": last_day(until), "granularity": granularity, "limit": 400}  # fmt: skip
    filters = {"actor": actor or "", "type": type or "", "since": since or "", "until": until or "",
               "granularity": granularity}  # fmt: skip

    def context() -> dict[str, Any]:
        buckets = request.app.state.views.get(
            ("timeline", *arguments.values(), 0), lambda: queries.timeline(store, **arguments)
        )
        return {"nav": "timeline", "chart": figures.timeline_bars(buckets.items), "buckets": buckets,
                "filters": filters}  # fmt: skip

    return render_kept(request, tuple(filters.values()), "timeline.html", context)


@router.get("/map")
def world_map(
    request: Request,
    type: EventType = None,
    since: DateBound = None,
    until: DateBound = None,
) -> HTMLResponse:
    store = store_for(request)
    box = (-90.0, -180.0, 90.0, 180.0)
    kind = type.upper() if type else None
    window = (first_day(since), last_day(until))
    filters = {"type": type or "", "since": since or "", "until": until or ""}

    def context() -> dict[str, Any]:
        shown = request.app.state.views.get(
            ("bbox", box, kind, window, 500, 0),
            lambda: queries.events_in_bbox(
                store, box, type=kind, since=window[0], until=window[1], limit=500
            ),
        )
        return {"nav": "map", "dots": figures.map_dots(shown.items), "shown": shown, "filters": filters}

    return render_kept(request, tuple(filters.values()), "map.html", context)


# ------------------------------------------------------------------------------------------ articles


@router.get("/articles/{article_id}")
def article(
    request: Request,
    article_id: ItemId,
    mark: Annotated[list[str] | None, Query(max_length=50)] = None,
) -> HTMLResponse:
    store = store_for(request)
    detail: ArticleDetail = queries.get_article(store, article_id)
    spans = []
    for value in mark or []:
        found = re.fullmatch(r"(\d{1,9})-(\d{1,9})", value)
        if found:
            spans.append((int(found.group(1)), int(found.group(2))))
    paragraphs = figures.marked_paragraphs(detail.article.text, spans)
    analysis = detail.analysis
    names = {entity.id: entity.name for entity in analysis.entities} if analysis else {}
    kinds = {event.id: event.type for event in analysis.events} if analysis else {}
    found_actors = sorted({(names.get(local, local), actor_id) for local, actor_id in detail.actors.items()})
    found_events = sorted({(kinds.get(local, local), event_id) for local, event_id in detail.events.items()})
    return render(request, "article.html", nav="search", detail=detail, paragraphs=paragraphs,
                  found_actors=found_actors, found_events=found_events)  # fmt: skip


# ------------------------------------------------------------------------------------------ watchlists


@router.get("/watchlists")
def watchlists(request: Request) -> HTMLResponse:
    store = store_for(request)
    return render(
        request, "watchlists.html", nav="watchlists", watchlists=list_watchlists(store), error=None, form={}
    )


@router.post("/watchlists")
def new_watchlist(
    request: Request,
    name: Annotated[str, Form(max_length=80)],
    token: Annotated[str, Form(max_length=500)] = "",
    actors: Annotated[str, Form(max_length=5000)] = "",
    places: Annotated[str, Form(max_length=5000)] = "",
    event_types: Annotated[str, Form(max_length=2000)] = "",
    keywords: Annotated[str, Form(max_length=5000)] = "",
    min_actors: Annotated[int, Form(ge=1, le=100)] = 1,
    webhook_url: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    store = store_for(request)
    form = {"name": name, "actors": actors, "places": places, "event_types": event_types, "keywords": keywords,
            "min_actors": min_actors, "webhook_url": webhook_url}  # fmt: skip
    if not token_matches(request, token):
        return render(request, "watchlists.html", status_code=401, nav="watchlists",
                      watchlists=list_watchlists(store), error="The API token is missing or wrong.", form=form)  # fmt: skip
    try:
        actor_values = [actor_key(value) or value for value in split_list(actors)]
        spec = WatchlistSpec(
            name=name,
            actors=resolve_actor_ids(store, actor_values),
            places=split_list(places),
            event_types=split_list(event_types),
            keywords=split_list(keywords),
            min_actors=min_actors,
            webhook_url=webhook_url or None,
        )
        created = create_watchlist(store, spec)
    except (InputError, NotFoundError) as error:
        message = error.reason if isinstance(error, InputError) else str(error)
        return render(request, "watchlists.html", status_code=400, nav="watchlists",
                      watchlists=list_watchlists(store), error=message, form=form)  # fmt: skip
    return RedirectResponse(f"/watchlists/{created.id}", status_code=303)


@router.get("/watchlists/{watchlist_id}")
def watchlist(request: Request, watchlist_id: ItemId, page: PageNumber = 1) -> HTMLResponse:
    store = store_for(request)
    chosen = get_watchlist(store, watchlist_id)
    alerts = list_alerts(store, watchlist_id=watchlist_id, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    actor_names = {actor_id: queries.actor_profile(store, actor_id).actor.name for actor_id in chosen.actors}
    return render(request, "watchlist.html", nav="watchlists", watchlist=chosen, alerts=alerts,
                  pager=pagination(alerts, page), actor_names=actor_names, error=None)  # fmt: skip


@router.post("/watchlists/{watchlist_id}/delete")
def remove_watchlist(
    request: Request,
    watchlist_id: ItemId,
    token: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    store = store_for(request)
    if not token_matches(request, token):
        return error_page(request, 401, "The API token is missing or wrong.")
    delete_watchlist(store, watchlist_id)
    return RedirectResponse("/watchlists", status_code=303)


@router.get("/alerts")
def alerts(request: Request, page: PageNumber = 1) -> HTMLResponse:
    store = store_for(request)
    result = list_alerts(store, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    failed = list_deliveries(store, status="failed", limit=20)
    pending = list_deliveries(store, status="pending", limit=20)
    return render(request, "alerts.html", nav="alerts", alerts=result, pager=pagination(result, page),
                  failed=failed, pending=pending, worker_error=request.app.state.worker.error)  # fmt: skip


@router.post("/alerts/deliveries/{delivery_id}/retry")
def retry_failed_delivery(
    request: Request, delivery_id: ItemId, token: Annotated[str, Form(max_length=500)] = ""
) -> Response:
    if not token_matches(request, token):
        return error_page(request, 401, "The API token is missing or wrong.")
    if not retry_delivery(store_for(request), delivery_id):
        return error_page(request, 404, f"no failed delivery {delivery_id}")
    request.app.state.worker.wake()
    return RedirectResponse("/alerts", status_code=303)


# ------------------------------------------------------------------------------------------ upload


@router.get("/upload")
def upload_form(request: Request) -> HTMLResponse:
    return render(request, "upload.html", nav="upload", report=None, error=None)


@router.post("/upload")
async def upload(
    request: Request,
    files: Annotated[list[UploadFile], File()],
    token: Annotated[str, Form(max_length=500)] = "",
) -> HTMLResponse:
    if not token_matches(request, token):
        return render(request, "upload.html", status_code=401, nav="upload", report=None,
                      error="The API token is missing or wrong.")  # fmt: skip
    refusal = await run_in_threadpool(lambda: resolver_refusal(store_for(request)))
    if refusal is not None:
        return render(request, "upload.html", status_code=409, nav="upload", report=None, error=refusal)
    settings = request.app.state.settings
    uploads = []
    for item in files:
        data = await item.read(settings.max_upload_bytes + 1)
        if len(data) > settings.max_upload_bytes:
            return render(request, "upload.html", status_code=413, nav="upload", report=None,
                          error=f"{item.filename}: larger than the {settings.max_upload_bytes}-byte limit")  # fmt: skip
        uploads.append(UploadedFile(item.filename or "upload", data))
    report = await run_in_threadpool(ingest_in_thread, request, uploads, settings.max_page_bytes)
    if report.alerts:
        request.app.state.worker.wake()
    return render(request, "upload.html", nav="upload", report=report, error=None)
