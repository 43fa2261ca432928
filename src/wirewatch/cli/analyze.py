"""`wirewatch analyze`: the article plus its analysis, as JSON or a readable report."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date

import click
from rich.console import Console

from wirewatch.clean import clean_page
from wirewatch.cli.common import EXIT_FAILED_PAGES, pass_settings
from wirewatch.errors import InputError
from wirewatch.model import Analysis, AnalyzedArticle, Article, Entity, ReadFailure, to_dict
from wirewatch.read import read_path
from wirewatch.settings import Settings

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
        when = f" on {event.time.value or event.time.text}" if event.time else ""
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


@click.command()
@click.argument("page", type=str)
@click.option("--published", callback=_parse_date, help="Publication date (YYYY-MM-DD) to anchor relative dates.")
@click.option("--format", "output_format", type=click.Choice(["json", "text"]), default="json", show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Processes for archives with many pages.")
@pass_settings
def analyze(settings: Settings, page: str, published: date | None, output_format: str, workers: int | None) -> None:
    """Print the article in PAGE plus its analysis (entities, quotes, places, times, events, sources)."""
    from wirewatch.analyze.pipeline import analyze_parallel, published_date

    failures: list[str] = []
    articles = list(_articles(page, settings, failures))
    items = [(article, published or published_date(article)) for article in articles]
    # A worker costs a model load; only archives with several batches of pages repay more than one.
    useful_workers = max(1, -(-len(items) // settings.batch_size))
    analyses: Iterator[Analysis] = analyze_parallel(
        items, workers=min(workers or settings.workers, useful_workers), batch_size=settings.batch_size
    )
    for article, analysis in zip(articles, analyses, strict=True):
        result = AnalyzedArticle(article, analysis)
        if output_format == "json":
            payload = to_dict(result.article) | {"analysis": to_dict(result.analysis)}
            click.echo(json.dumps(payload, ensure_ascii=False))
        else:
            click.echo(format_report(result))
            click.echo("")
    if failures:
        sys.exit(EXIT_FAILED_PAGES)
