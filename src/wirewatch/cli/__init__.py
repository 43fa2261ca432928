"""The command line: parse, call the library, format — nothing else."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import click
from rich.console import Console

from wirewatch import __version__
from wirewatch.clean import clean_page
from wirewatch.cli.common import EXIT_FAILED_PAGES, open_store, pass_settings
from wirewatch.cli.knowledge import open_current_store, resolve_if_older
from wirewatch.errors import InputError, StoreError, WirewatchError
from wirewatch.knowledge.store import RESOLVER_VERSION
from wirewatch.model import Article, ReadFailure, to_dict
from wirewatch.read import read_path
from wirewatch.serve.schema import migrate_serve_schema
from wirewatch.settings import Settings, load_settings

error_console = Console(stderr=True, highlight=False, soft_wrap=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wirewatch")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="WIREWATCH_DB",
    help="Store file (default: under your user data directory).",
)
@click.pass_context
def main(context: click.Context, db_path: Path | None) -> None:
    """wirewatch: news pages in, sourced structured facts out."""
    context.obj = load_settings().with_overrides(db_path=db_path)


def _report_failure(source: str, reason: str) -> None:
    error_console.print(f"[red]error[/red]: {source}: {reason}", markup=True)


def _format_article_text(article: Article) -> str:
    lines = [article.title or "(untitled)"]
    meta = []
    if article.published:
        meta.append(f"published {article.published.value} (from {article.published.found_in})")
    if article.authors:
        meta.append("by " + ", ".join(article.authors))
    if article.section:
        meta.append(f"section {article.section}")
    if article.url:
        meta.append(article.url)
    if meta:
        lines.append(" · ".join(meta))
    lines.append("")
    lines.extend(paragraph + "\n" for paragraph in article.body)
    for caption in article.captions:
        lines.append(f"[caption] {caption.text}" + (f" — credit: {caption.credit}" if caption.credit else ""))
    for attribution in article.attributions:
        lines.append(f"[attribution] {attribution}")
    if article.removed:
        lines.append(f"[removed {len(article.removed)} blocks]")
        lines.extend(f"  - {block.reason}: {block.text[:100]}" for block in article.removed)
    return "\n".join(lines)


@main.command()
@click.argument("page", type=str)
@click.option(
    "--format", "output_format", type=click.Choice(["json", "text"]), default="json", show_default=True
)
@pass_settings
def extract(settings: Settings, page: str, output_format: str) -> None:
    """Print the article found in PAGE (a file, archive, feed, or - for standard input).

    Archives and feeds hold several pages: JSON output is then one object per line.
    """
    failed = 0
    for item in read_path(page, settings.max_page_bytes):
        if isinstance(item, ReadFailure):
            _report_failure(item.source, item.reason)
            failed += 1
            continue
        try:
            article = clean_page(item)
        except InputError as error:
            _report_failure(error.path, error.reason)
            failed += 1
            continue
        if output_format == "json":
            click.echo(json.dumps(to_dict(article), ensure_ascii=False))
        else:
            click.echo(_format_article_text(article))
            click.echo("")
    if failed:
        sys.exit(EXIT_FAILED_PAGES)


@main.command()
@click.option(
    "--format", "output_format", type=click.Choice(["json", "text"]), default="text", show_default=True
)
@pass_settings
def stats(settings: Settings, output_format: str) -> None:
    """Summarise the store."""
    store = open_current_store(settings)
    try:
        figures = store.stats()
        resolver = store.resolver_version
        resolved_by_older = resolver < RESOLVER_VERSION and store.holds_analyses()
    finally:
        store.close()
    if output_format == "json":
        click.echo(json.dumps(to_dict(figures)))
        return
    click.echo(f"{'store':<20}{settings.db_path} (schema v{figures.schema_version}, resolver v{resolver})")
    if resolved_by_older:
        click.echo(f"{'':<20}resolved by an older wirewatch: `wirewatch upgrade` resolves it again")
    for name, value in to_dict(figures).items():
        if name != "schema_version":
            click.echo(f"{name.replace('_', ' '):<20}{value}")


@main.command()
@pass_settings
def upgrade(settings: Settings) -> None:
    """Bring a store written by an older wirewatch up to this version's schema and resolver.

    Read commands never write, so they leave this to `upgrade`; a knowledge base an older resolver
    built is resolved again from the stored analyses, with every correction applied.
    """
    if not settings.db_path.exists():
        raise StoreError(f"{settings.db_path}: no store here yet (run `wirewatch ingest` first)")
    store = open_store(settings, read_only=True)
    try:
        before = store.schema_version
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{settings.db_path}: not a wirewatch store ({error})") from error
    finally:
        store.close()
    # Opening the store to write migrates the knowledge base; the workbench tables migrate on their own.
    store = open_store(settings)
    try:
        after = store.schema_version
        migrate_serve_schema(store)
        resolved = resolve_if_older(store, settings)
    finally:
        store.close()
    if before != after:
        click.echo(f"store {settings.db_path} upgraded from schema v{before} to v{after}")
    if resolved:
        click.echo(resolved)
    if before == after and not resolved:
        click.echo(f"store {settings.db_path} is up to date (schema v{after}, resolver v{RESOLVER_VERSION})")


def run() -> None:
    """Entry point that turns wirewatch errors into one line and an exit code, never a traceback."""
    try:
        main(standalone_mode=True)
    except WirewatchError as error:
        _report_failure("wirewatch", str(error))
        sys.exit(2)


def _register_commands() -> None:
    """Commands that live in their own modules, added to the main group in one visible place."""
    from wirewatch.cli.analyze import analyze
    from wirewatch.cli.evaluate import evaluate_command
    from wirewatch.cli.ingest import ingest_command
    from wirewatch.cli.knowledge import entity_group, export_command, query_group
    from wirewatch.cli.serve import serve_command
    from wirewatch.cli.watchlist import watchlist_group

    for command in (
        analyze,
        ingest_command,
        query_group,
        export_command,
        entity_group,
        evaluate_command,
        serve_command,
        watchlist_group,
    ):
        main.add_command(command)


_register_commands()
