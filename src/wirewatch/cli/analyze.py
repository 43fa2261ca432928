"""`wirewatch analyze`: the article plus its analysis, as JSON or a readable report."""

from __future__ import annotations

import itertools
import json
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import date

import click
from rich.console import Console

from wirewatch.clean import clean_page
from wirewatch.cli.common import EXIT_FAILED_PAGES, pass_settings
from wirewatch.errors import InputError
from wirewatch.model import Analysis, AnalyzedArticle, Article, Entity, ReadFailure, to_dict
from wirewatch.read import read_path
from wirewatch.settings import Settings

# The analyzer's item, (article, publication day); spelled out so that this module loads without spaCy.
AnalysisItem = tuple[Article, date | None]

error_console = Console(stderr=True, highlight=False, soft_wrap=True)


def _parse_date(_context: click.Context, _parameter: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError as error:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from error


def format_report(item: AnalyzedArticle) -> str:
    """A readable report: who, what, where, when, and says who."""
    article, analysis = item.article, item.analysis
    names = {entity.id: entity.name for entity in analysis.entities}
    lines = [article.title or "(untitled)"]
    if article.published:
        lines.append(f"published {article.published.value}")
    lines.append("")
    lines.append("WHO")
    for entity in analysis.entities:
        lines.append("  " + _describe_entity(entity, names))
    lines.append("")
    lines.append("WHAT (events, lead first)")
    for event in analysis.events:
        actors = ", ".join(f"{names.get(a.entity, a.entity)} ({a.role})" for a in event.actors)
        where = f" in {names.get(event.place, event.place)}" if event.place else ""
        # An unanchored time is shown as written ("on Saturday", "three weeks after"), not "on on Saturday".
        when = "" if event.time is None else f" on {event.time.value}" if event.time.value else f" ({event.time.text})"
        says = " ← ".join(link.name for link in event.sources) or "the outlet itself"
        caption = " [caption]" if event.in_caption else ""
        lines.append(f"  {event.id} {event.type}/{event.mode or '-'}{caption}: {actors}{where}{when}")
        lines.append(f"      says who: {says} · {event.certainty}")
        if event.possibly_same_as:
            lines.append(f"      possibly the same as: {', '.join(event.possibly_same_as)}")
        for span in event.evidence[:1]:
            lines.append(f"      evidence [{span.start}:{span.end}]: {span.text[:160]}")
    lines.append("")
    lines.append("WHERE")
    for place in analysis.places:
        if place.resolved:
            entry = place.resolved
            lines.append(
                f"  {place.name} → {entry.name} ({entry.country_code or '-'}, {entry.feature}, "
                f"{entry.latitude:.3f}, {entry.longitude:.3f})"
                + (f" · {len(place.alternatives)} alternatives" if place.alternatives else "")
            )
        else:
            lines.append(f"  {place.name} → not in the gazetteer")
    lines.append("")
    lines.append("WHEN")
    for time in analysis.times:
        lines.append(f"  {time.text!r} → {time.value or '?'} ({time.precision}, {time.anchor})")
    lines.append("")
    lines.append("SAYS WHO (quotes)")
    for quote in analysis.quotes:
        speaker = quote.speaker_name or "unknown speaker"
        chain = " ← ".join(link.name for link in quote.sources)
        lines.append(f"  [{quote.kind}, {quote.certainty}] {speaker}: {quote.text[:160]}")
        if chain:
            lines.append(f"      via {chain}")
    return "\n".join(lines)


def _describe_entity(entity: Entity, names: dict[str, str]) -> str:
    parts = [f"{entity.id} {entity.name} ({entity.type})"]
    if entity.aliases:
        parts.append("aka " + ", ".join(entity.aliases))
    if entity.roles:
        parts.append("roles: " + "; ".join(role.text for role in entity.roles))
    if entity.affiliations:
        parts.append("with " + ", ".join(names.get(a, a) for a in entity.affiliations))
    return " · ".join(parts)


def _articles(page: str, settings: Settings, failures: list[str]) -> Iterator[Article]:
    for item in read_path(page, settings.max_page_bytes):
        if isinstance(item, ReadFailure):
            failures.append(item.source)
            error_console.print(f"[red]error[/red]: {item.source}: {item.reason}")
            continue
        try:
            yield clean_page(item)
        except InputError as error:
            failures.append(error.path)
            error_console.print(f"[red]error[/red]: {error.path}: {error.reason}")


def analyzed_as_read(
    articles: Iterable[Article],
    analyze: Callable[[Iterable[AnalysisItem]], Iterator[Analysis]],
    published: Callable[[Article], date | None],
    read_ahead: int,
) -> Iterator[AnalyzedArticle]:
    """Each article with its analysis, in input order, as soon as it is ready.

    At most `read_ahead` articles are read beyond the last one handed out, even when `analyze` pulls its
    input from another thread as fast as it can (a process pool does), so an archive of any size is
    analysed in bounded memory. `read_ahead` must be at least the analyzer's batch size.
    """
    waiting: deque[Article] = deque()
    free = threading.Semaphore(read_ahead)
    stopped = threading.Event()

    def items() -> Iterator[AnalysisItem]:
        remaining = iter(articles)
        while True:
            # Polled, not blocking, so that a consumer that stops early (a closed pipe, Ctrl-C) never
            # leaves a pool's feeding thread waiting here for a slot that no one will free.
            while not free.acquire(timeout=0.1):
                if stopped.is_set():
                    return
            article = next(remaining, None)
            if article is None:
                return
            waiting.append(article)
            yield article, published(article)

    analyses = analyze(items())
    try:
        for analysis in analyses:
            free.release()
            yield AnalyzedArticle(waiting.popleft(), analysis)
    finally:
        stopped.set()
        close = getattr(analyses, "close", None)
        if close is not None:
            close()


@click.command()
@click.argument("page", type=str)
@click.option(
    "--published", callback=_parse_date, help="Publication date (YYYY-MM-DD) to anchor relative dates."
)
@click.option(
    "--format", "output_format", type=click.Choice(["json", "text"]), default="json", show_default=True
)
@click.option(
    "--workers", type=click.IntRange(1, 64), default=None, help="Processes for archives with many pages."
)
@click.option("--batch-size", type=click.IntRange(min=1), default=None, help="Articles per model batch.")
@pass_settings
def analyze(
    settings: Settings,
    page: str,
    published: date | None,
    output_format: str,
    workers: int | None,
    batch_size: int | None,
) -> None:
    """Print the article in PAGE plus its analysis (entities, quotes, places, times, events, sources).

    Archives and feeds hold several pages: each is printed as soon as it is analysed (JSON output is then
    one object per line), so an archive of any size streams through in bounded memory.
    """
    from wirewatch.analyze.pipeline import analyze_parallel, published_date

    settings = settings.with_overrides(workers=workers, batch_size=batch_size)
    failures: list[str] = []
    articles = _articles(page, settings, failures)
    # A worker costs a model load; only archives with several batches of pages repay more than one.
    head = list(itertools.islice(articles, settings.workers * settings.batch_size))
    useful_workers = min(settings.workers, max(1, -(-len(head) // settings.batch_size)))

    def analyze_items(items: Iterable[AnalysisItem]) -> Iterator[Analysis]:
        return analyze_parallel(items, workers=useful_workers, batch_size=settings.batch_size)

    results = analyzed_as_read(
        itertools.chain(head, articles),
        analyze_items,
        lambda article: published or published_date(article),
        read_ahead=2 * useful_workers * settings.batch_size,
    )
    for result in results:
        if output_format == "json":
            payload = to_dict(result.article) | {"analysis": to_dict(result.analysis)}
            click.echo(json.dumps(payload, ensure_ascii=False))
        else:
            click.echo(format_report(result))
            click.echo("")
    if failures:
        sys.exit(EXIT_FAILED_PAGES)
