"""The workbench application: pages and API over one store file, with the webhook worker beside it.

`create_app(settings)` builds it; `wirewatch serve` runs it with uvicorn in-process. Requests are served
from a thread pool, so each thread gets its own connection to the store (SQLite connections are not
shared across threads); WAL mode lets them read while an ingest writes.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from wirewatch import __version__
from wirewatch.errors import InputError, NotFoundError, StoreError
from wirewatch.ingest import AnalyzerFactory, ArticleAnalyzer, default_analyzer
from wirewatch.knowledge.store import SqliteStore
from wirewatch.serve.cache import ViewCache
from wirewatch.serve.schema import migrate_serve_schema
from wirewatch.serve.security import (
    MULTIPART_OVERHEAD_BYTES,
    BodySizeLimitMiddleware,
    SecurityHeadersMiddleware,
    is_loopback,
)
from wirewatch.serve.webhooks import DeliveryWorker, RetryPolicy
from wirewatch.settings import Settings

PACKAGE_FILES = files("wirewatch.serve")
LOOPBACK_HOST_NAMES = ["127.0.0.1", "localhost", "[::1]", "::1"]


class StorePool:
    """One store connection per thread, opened on first use and closed with the app."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._local = threading.local()
        self._opened: list[SqliteStore] = []
        self._lock = threading.Lock()

    def get(self) -> SqliteStore:
        store: SqliteStore | None = getattr(self._local, "store", None)
        if store is None:
            store = SqliteStore(self.db_path)
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._opened:
                store.close()
            self._opened.clear()


class SharedAnalyzer:
    """The analyzer for uploads, loaded on the first upload and used by one upload at a time.

    Loading the language model takes seconds and its pipeline is not made for concurrent calls, so
    every upload shares one instance behind a lock.
    """

    def __init__(self, make_analyzer: AnalyzerFactory) -> None:
        self._make_analyzer = make_analyzer
        self._analyzer: ArticleAnalyzer | None = None
        self.lock = threading.Lock()

    def get(self) -> ArticleAnalyzer:
        """The analyzer; call with `lock` held."""
        if self._analyzer is None:
            self._analyzer = self._make_analyzer()
        return self._analyzer


@dataclass(frozen=True)
class ServeOptions:
    """What the app needs beyond the settings; tests shorten the webhook policy and skip host checks."""

    start_worker: bool = True
    retry_policy: RetryPolicy = RetryPolicy()
    worker_tick: float = 2.0
    allowed_hosts: tuple[str, ...] | None = None
    make_analyzer: AnalyzerFactory = default_analyzer


def app_from_environment() -> FastAPI:
    """The workbench of one server process among several: `wirewatch serve --processes N` passes its
    settings to them through WIREWATCH_* variables (uvicorn starts each from this factory)."""
    from wirewatch.settings import load_settings

    return create_app(load_settings())


def create_app(settings: Settings, options: ServeOptions | None = None) -> FastAPI:
    """The workbench over the store at `settings.db_path` (created and migrated if new)."""
    options = options or ServeOptions()
    setup = SqliteStore(settings.db_path)
    try:
        migrate_serve_schema(setup)
    finally:
        setup.close()
    pool = StorePool(settings.db_path)
    worker = DeliveryWorker(settings.db_path, policy=options.retry_policy, tick=options.worker_tick)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if options.start_worker:
            worker.start()
        try:
            yield
        finally:
            if options.start_worker:
                worker.stop()
            pool.close()

    app = FastAPI(
        title="wirewatch workbench API",
        version=__version__,
        description=(
            "Actors, events, quotes and articles of a wirewatch knowledge base, with evidence for every fact."
            " Reads are open to this machine; writes need `Authorization: Bearer <token>`."
        ),
        lifespan=lifespan,
        # The interactive docs page loads its scripts from a CDN: offline and under our CSP it cannot work.
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.settings = settings
    app.state.api_token = settings.api_token
    app.state.stores = pool
    app.state.worker = worker
    app.state.analyzer = SharedAnalyzer(options.make_analyzer)
    app.state.views = ViewCache(settings.db_path)

    from wirewatch.serve.api import router as api_router
    from wirewatch.serve.pages import router as pages_router

    app.include_router(api_router)
    app.include_router(pages_router)
    # Served from inside the installed package only: a request path never names a file elsewhere.
    app.mount("/static", StaticFiles(directory=str(PACKAGE_FILES / "static")), name="static")

    _add_error_handlers(app)
    app.add_middleware(
        BodySizeLimitMiddleware, max_body_bytes=settings.max_upload_bytes + MULTIPART_OVERHEAD_BYTES
    )
    hosts = options.allowed_hosts
    if hosts is None and is_loopback(settings.host):
        # A page elsewhere can point a browser at 127.0.0.1 through its own DNS name (rebinding): only
        # requests addressed to this machine by name or address are answered.
        hosts = tuple(LOOPBACK_HOST_NAMES)
    if hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))
    app.add_middleware(SecurityHeadersMiddleware)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    """Known faults become one line: JSON under /api, an error page elsewhere."""

    def answer(request: Request, status_code: int, message: str) -> Response:
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": message}, status_code=status_code)
        from wirewatch.serve.pages import error_page

        return error_page(request, status_code, message)

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, error: NotFoundError) -> Response:
        return answer(request, 404, str(error))

    @app.exception_handler(InputError)
    async def bad_input(request: Request, error: InputError) -> Response:
        return answer(request, 400, error.reason)

    @app.exception_handler(StoreError)
    async def store_unavailable(request: Request, error: StoreError) -> Response:
        return answer(request, 503, str(error))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api") or request.url.path.startswith("/static"):
            return await http_exception_handler(request, error)
        return answer(request, error.status_code, str(error.detail))
