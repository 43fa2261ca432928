"""`wirewatch ingest`: read inputs into the store, with progress and a summary."""

from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from wirewatch.cli.common import EXIT_FAILED_PAGES, EXIT_INTERRUPTED, pass_settings
from wirewatch.cli.knowledge import open_resolving_store
from wirewatch.cli.watchlist import send_webhooks, webhook_wait_option
from wirewatch.ingest import IngestSummary, ingest
from wirewatch.serve.alerts import match_watchlists
from wirewatch.settings import Settings

error_console = Console(stderr=True, highlight=False, soft_wrap=True)


@click.command(name="ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Analysis processes, one language model each (default: settings, WIREWATCH_WORKERS).",
)
@click.option("--batch-size", type=click.IntRange(min=1), default=None, help="Articles per model batch.")
@webhook_wait_option
@pass_settings
def ingest_command(
    settings: Settings,
    paths: tuple[str, ...],
    quiet: bool,
    workers: int | None,
    batch_size: int | None,
    webhook_wait: float,
) -> None:
    """Read, analyse and store PATHS (files, folders, archives, feeds); re-ingesting adds nothing twice.

    An interrupted ingest resumes by running the same command again. Webhooks of the alerts it raises
    (and any an earlier run left pending) are sent before it exits. A store resolved by an older
    wirewatch is refused until `wirewatch upgrade` has resolved it again.
    """
    settings = settings.with_overrides(workers=workers, batch_size=batch_size)
    summary = IngestSummary()
    store = open_resolving_store(settings)
    progress = Progress(
        TextColumn("[bold]ingest[/bold]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} pages/s · {task.fields[failed]} failed"),
        TimeElapsedColumn(),
        console=error_console,
        disable=quiet,
        transient=False,
    )
    interrupted = False
    alerts = 0
    webhooks = ""
    try:
        with progress:
            task = progress.add_task("ingest", total=None, rate=0.0, failed=0)
            outcomes = ingest(
                paths,
                store,
                settings.max_page_bytes,
                workers=settings.workers,
                batch_size=settings.batch_size,
            )
            for outcome in outcomes:
                summary.count(outcome)
                if outcome.status == "new":
                    # Watchlists are checked as each report lands, so an alert never waits for a search.
                    changed = [*outcome.changes.created_events, *outcome.changes.updated_events]
                    alerts += len(match_watchlists(store, changed)) if changed else 0
                if outcome.status == "failed":
                    progress.console.print(f"[red]error[/red]: {outcome.source}: {outcome.reason}")
                elapsed = progress.tasks[0].elapsed or 1e-9
                progress.update(task, advance=1, rate=summary.read / elapsed, failed=summary.failed)
        webhooks = send_webhooks(store, webhook_wait)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        store.close()
    click.echo(
        f"read {summary.read} · new {summary.new} · duplicate {summary.duplicate} · failed {summary.failed}"
        f"{f' · alerts {alerts}' if alerts else ''}{f' · {webhooks}' if webhooks else ''} · store {settings.db_path}"
    )
    if interrupted:
        error_console.print(
            "interrupted: run the same command again to resume (stored pages are skipped, queued webhooks sent)"
        )
        sys.exit(EXIT_INTERRUPTED)
    if summary.failed:
        sys.exit(EXIT_FAILED_PAGES)
