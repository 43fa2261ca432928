"""Compose read → clean → analyze → store for every page of the inputs, yielding one outcome per page.

Pages are read lazily and cleaned and analysed in batches, by worker processes that each load the
model once (`workers` > 1) or in this process (`workers` = 1). Only this process writes to the store,
one transaction per page (page, article, analysis and its resolution together), in input order — so the
knowledge base does not depend on the number of workers, and an ingest killed at any point resumes by
running it again: stored pages are recognised by content hash and skipped, nothing is written twice.

At most `workers × 2` batches are in flight, so memory stays bounded however large the input (a 10 GB
WARC is streamed record by record).

The ingest never raises for bad input: each failure is an outcome the caller reports.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import queue
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal, Protocol

from wirewatch.clean import clean_page
from wirewatch.errors import InputError, WirewatchError
from wirewatch.knowledge.records import KnowledgeChanges
from wirewatch.knowledge.store import SqliteStore
from wirewatch.model import Analysis, Article, Page, ReadFailure
from wirewatch.read import read_path

OutcomeStatus = Literal["new", "duplicate", "failed"]
# A worker that sends nothing for this long is checked for life; a dead one stops the run with a message.
_POLL_SECONDS = 1.0


@dataclass(frozen=True)
class IngestOutcome:
    """What happened to one page; for a new page, its article id and what it changed in the knowledge base."""

    source: str
    status: OutcomeStatus
    reason: str | None = None
    article_id: int | None = None
    changes: KnowledgeChanges = field(default_factory=KnowledgeChanges)


@dataclass
class IngestSummary:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0

    def count(self, outcome: IngestOutcome) -> None:
        self.read += 1
        setattr(self, outcome.status, getattr(self, outcome.status) + 1)


class ArticleAnalyzer(Protocol):
    """What ingest needs of the analyzer (`wirewatch.analyze.pipeline.Analyzer`)."""

    def analyze_many(
        self, items: Iterable[tuple[Article, date | None]], batch_size: int = 16
    ) -> Iterator[Analysis]: ...


AnalyzerFactory = Callable[[], ArticleAnalyzer]


def default_analyzer() -> ArticleAnalyzer:
    """The full analyzer, loading the language model and gazetteer."""
    # Imported here so that commands which never analyse (stats, query) do not pay for loading spaCy.
    from wirewatch.analyze.pipeline import Analyzer

    return Analyzer()


@dataclass(frozen=True)
class PreparedPage:
    """A page after cleaning and analysis in a worker: its article and analysis, or why it failed."""

    page: Page
    article: Article | None = None
    analysis: Analysis | None = None
    failure_source: str | None = None
    failure: str | None = None


def iter_pages(targets: Iterable[str], max_page_bytes: int) -> Iterator[Page | ReadFailure]:
    """Every page (or read failure) of every target, in order."""
    for target in targets:
        yield from read_path(target, max_page_bytes)


def publication_date(article: Article) -> date | None:
    """The article's publication day, which anchors its relative dates; None when it does not parse."""
    if article.published is None:
        return None
    value = article.published.value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None


def prepare_pages(pages: list[Page], analyzer: ArticleAnalyzer, batch_size: int) -> list[PreparedPage]:
    """Clean and analyse a batch of pages; a page that fails fails alone, the rest of the batch goes on."""
    prepared: list[PreparedPage] = []
    articles: list[tuple[int, Article]] = []
    for page in pages:
        try:
            article = clean_page(page)
        except InputError as error:
            prepared.append(PreparedPage(page, failure_source=error.path, failure=error.reason))
            continue
        articles.append((len(prepared), article))
        prepared.append(PreparedPage(page, article=article))
    items = [(article, publication_date(article)) for _, article in articles]
    try:
        analyses = list(analyzer.analyze_many(items, batch_size=batch_size))
    except Exception:  # noqa: BLE001 - one bad article must not sink its batch: retry alone below
        analyses = [_analyze_alone(analyzer, item) for item in items]
    for (index, article), analysis in zip(articles, analyses, strict=True):
        if isinstance(analysis, str):
            prepared[index] = PreparedPage(
                prepared[index].page, failure_source=prepared[index].page.source, failure=analysis
            )
        else:
            prepared[index] = PreparedPage(prepared[index].page, article=article, analysis=analysis)
    return prepared


def _analyze_alone(analyzer: ArticleAnalyzer, item: tuple[Article, date | None]) -> Analysis | str:
    try:
        return next(iter(analyzer.analyze_many([item], batch_size=1)))
    except Exception as error:  # noqa: BLE001 - reported as this page's failure, with the error's own words
        return f"analysis failed ({type(error).__name__}: {error})"


def ingest(
    targets: Iterable[str],
    store: SqliteStore,
    max_page_bytes: int,
    *,
    workers: int = 1,
    batch_size: int = 16,
    make_analyzer: AnalyzerFactory = default_analyzer,
) -> Iterator[IngestOutcome]:
    """Read, clean, analyse and store every page of the targets; yields what happened to each.

    Pages are stored in input order; with several workers, outcomes known without analysis (unreadable,
    already stored) may be yielded before those of earlier pages still being analysed.

    `make_analyzer` must be a module-level function when `workers` > 1: each worker process calls it once.
    """
    items = iter_pages(targets, max_page_bytes)
    if workers <= 1:
        analyzer: ArticleAnalyzer | None = None
        for step in _batches(items, store, batch_size):
            if isinstance(step, IngestOutcome):
                yield step
                continue
            # Loaded at the first page that needs it: a run of stored or unreadable pages never pays for the model.
            analyzer = analyzer or make_analyzer()
            for prepared in prepare_pages(step, analyzer, batch_size):
                yield _store_prepared(store, prepared)
        return
    yield from _ingest_parallel(items, store, workers, batch_size, make_analyzer)


def _batches(
    items: Iterator[Page | ReadFailure], store: SqliteStore, batch_size: int
) -> Iterator[IngestOutcome | list[Page]]:
    """Outcomes known without analysis (read failures, stored pages) and batches of pages to analyse."""
    pending: list[Page] = []
    pending_hashes: set[str] = set()
    for item in items:
        if isinstance(item, ReadFailure):
            store.record_failure(item.source, item.reason)
            yield IngestOutcome(item.source, "failed", item.reason)
            continue
        if item.content_hash in pending_hashes or store.has_analysis(item.content_hash):
            yield IngestOutcome(item.source, "duplicate")
            continue
        pending.append(item)
        pending_hashes.add(item.content_hash)
        if len(pending) >= batch_size:
            yield pending
            pending, pending_hashes = [], set()
    if pending:
        yield pending


def _store_prepared(store: SqliteStore, prepared: PreparedPage) -> IngestOutcome:
    page = prepared.page
    if prepared.article is None or prepared.analysis is None:
        source = prepared.failure_source or page.source
        reason = prepared.failure or "no article found"
        store.record_failure(source, reason)
        return IngestOutcome(source, "failed", reason)
    stored = store.add_analyzed(page, prepared.article, prepared.analysis)
    if stored.article_id is None:
        return IngestOutcome(page.source, "duplicate")
    return IngestOutcome(page.source, "new", article_id=stored.article_id, changes=stored.changes)


def _ingest_parallel(
    items: Iterator[Page | ReadFailure],
    store: SqliteStore,
    workers: int,
    batch_size: int,
    make_analyzer: AnalyzerFactory,
) -> Iterator[IngestOutcome]:
    context = multiprocessing.get_context("spawn")
    tasks = context.Queue()
    results = context.Queue()
    processes: list = []
    window = workers * 2
    in_flight: deque[int] = deque()
    done: dict[int, list[PreparedPage]] = {}
    numbers = itertools.count()
    try:
        steps = _batches(items, store, batch_size)
        exhausted = False
        while not exhausted or in_flight:
            while not exhausted and len(in_flight) < window:
                step = next(steps, None)
                if step is None:
                    exhausted = True
                elif isinstance(step, IngestOutcome):
                    yield step
                else:
                    if not processes:
                        # Started at the first page to analyse, like the in-process analyzer.
                        processes = _start_workers(
                            context, workers, tasks, results, make_analyzer, batch_size
                        )
                    number = next(numbers)
                    tasks.put((number, step))
                    in_flight.append(number)
            if not in_flight:
                continue
            # Results are stored in the order the batches were read, whichever worker finishes first.
            while in_flight[0] not in done:
                number, prepared = _next_result(results, processes)
                done[number] = prepared
            for prepared_page in done.pop(in_flight.popleft()):
                yield _store_prepared(store, prepared_page)
        for _ in processes:
            tasks.put(None)
        for process in processes:
            process.join(timeout=10)
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=5)
        tasks.cancel_join_thread()
        results.cancel_join_thread()


def _start_workers(
    context: Any, workers: int, tasks: Any, results: Any, make_analyzer: AnalyzerFactory, batch_size: int
) -> list:
    processes = [
        context.Process(
            target=_worker_main,
            args=(tasks, results, make_analyzer, batch_size),
            name=f"wirewatch-analyze-{n}",
            daemon=True,
        )
        for n in range(workers)
    ]
    for process in processes:
        process.start()
    return processes


def _next_result(results: multiprocessing.Queue, processes: list) -> tuple[int, list[PreparedPage]]:
    while True:
        try:
            message = results.get(timeout=_POLL_SECONDS)
        except queue.Empty:
            dead = [p for p in processes if not p.is_alive()]
            if dead:
                raise WirewatchError(
                    f"analysis worker {dead[0].name} stopped (exit code {dead[0].exitcode});"
                    " run the same command again to resume"
                ) from None
            continue
        if message[0] == "error":
            raise WirewatchError(f"analysis worker could not start: {message[1]}")
        return message[1], message[2]


def _worker_main(
    tasks: multiprocessing.Queue,
    results: multiprocessing.Queue,
    make_analyzer: AnalyzerFactory,
    batch_size: int,
) -> None:
    # Ctrl-C reaches the whole process group; only the main process decides how the run ends.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        analyzer = make_analyzer()
    except Exception as error:  # noqa: BLE001 - sent to the main process, which reports it and stops
        results.put(("error", f"{type(error).__name__}: {error}"))
        return
    parent = os.getppid()
    while True:
        try:
            task = tasks.get(timeout=_POLL_SECONDS)
        except queue.Empty:
            # A main process killed outright (SIGKILL) cannot stop its workers; they notice and stop themselves.
            if os.getppid() != parent:
                return
            continue
        if task is None:
            return
        number, pages = task
        results.put(("done", number, prepare_pages(pages, analyzer, batch_size)))
