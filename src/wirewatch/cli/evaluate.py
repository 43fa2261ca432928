"""`wirewatch eval`: score the analyzer against the gold set, per split, as a table or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.table import Table

from wirewatch.errors import InputError
from wirewatch.evaluation import (
    SPLIT_NAMES,
    EvaluationReport,
    SplitReport,
    default_gold_dir,
    evaluate,
    load_gold,
)
from wirewatch.model import to_dict


def _splits_for(choice: str) -> tuple[str, ...]:
    # "all" also prints dev and test beside it: the gap between them is the first thing to look at.
    return SPLIT_NAMES if choice == "all" else (choice,)


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def _fields_table(reports: list[SplitReport]) -> Table:
    table = Table(title="Fields: precision / recall / F1 (%)", title_justify="left")
    table.add_column("field")
    for report in reports:
        table.add_column(f"{report.split} ({len(report.pages)} pages)", justify="right")
    for name in reports[0].fields:
        cells = [
            f"{_percent(score.precision)}/{_percent(score.recall)}/{_percent(score.f1)}"
            for score in (report.fields[name] for report in reports)
        ]
        table.add_row(name, *cells)
    return table


def _headlines_table(reports: list[SplitReport]) -> Table:
    table = Table(title="Headline figures (%, hits/cases)", title_justify="left")
    table.add_column("figure")
    for report in reports:
        table.add_column(report.split, justify="right")
    for name in reports[0].headlines:
        ratios = (report.headlines[name] for report in reports)
        table.add_row(name, *(f"{_percent(ratio.value)} ({ratio.hits}/{ratio.total})" for ratio in ratios))
    return table


PER_PAGE_FIELDS = ("entities", "quotes", "quote speakers", "events", "event actors", "places", "times")


def _pages_table(report: SplitReport) -> Table:
    table = Table(title=f"Per page F1 (%), {report.split}", title_justify="left")
    table.add_column("page")
    for name in PER_PAGE_FIELDS:
        table.add_column(name, justify="right")
    for page in report.pages:
        table.add_row(page.name, *(_percent(page.fields[name].f1) for name in PER_PAGE_FIELDS))
    return table


def print_report(report: EvaluationReport, console: Console, per_page: bool = False) -> None:
    """The evaluation as readable tables, then any page that could not be read or cleaned."""
    reports = list(report.splits.values())
    console.print(_fields_table(reports))
    console.print(_headlines_table(reports))
    if per_page:
        # The last report covers every page asked for ("all" when dev and test are both shown).
        console.print(_pages_table(reports[-1]))
    failures = {page.name: page.failure for split in reports for page in split.failures}
    for name, reason in failures.items():
        console.print(f"[yellow]page not analysed[/yellow]: {name}: {reason}")


if TYPE_CHECKING:
    from wirewatch.evaluation.resolution import ResolutionScores


def _resolution_dict(scores: ResolutionScores) -> dict[str, object]:
    """Resolution scores as JSON: per kind, mentions found, pairwise and B³ precision/recall/F1."""
    result: dict[str, object] = {"reports": scores.reports}
    for kind in (scores.actors, scores.events):
        result[kind.kind + "s"] = {
            "mentions": kind.mentions,
            "found": kind.found,
            "pairwise": {
                "precision": kind.pairwise.precision,
                "recall": kind.pairwise.recall,
                "f1": kind.pairwise.f1,
            },
            "b_cubed": {
                "precision": kind.b_cubed.precision,
                "recall": kind.b_cubed.recall,
                "f1": kind.b_cubed.f1,
            },
        }
    return result


@click.command("eval")
@click.argument("gold_dir", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--split",
    type=click.Choice(["dev", "test", "all"]),
    default="dev",
    show_default=True,
    help="Which gold pages to score; 'all' prints dev, test and both together.",
)
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option(
    "--per-page", is_flag=True, help="Also show each page's scores, to find where a figure comes from."
)
@click.option(
    "--resolution/--no-resolution",
    default=True,
    show_default=True,
    help="Also score cross-article entity and event resolution on GOLD_DIR/clusters.",
)
@click.option(
    "--per-cluster",
    is_flag=True,
    help="Also show each gold event cluster: which reports' events were merged, and the resolver's reasons.",
)
def evaluate_command(
    gold_dir: Path | None, split: str, output_format: str, per_page: bool, resolution: bool, per_cluster: bool
) -> None:
    """Score the analyzer on the gold pages in GOLD_DIR (default: the checkout's tests/gold)."""
    directory = gold_dir or default_gold_dir()
    if directory is None:
        raise click.UsageError("no gold set found here: give GOLD_DIR (a folder with pages/*.gold.json)")
    try:
        pages = load_gold(directory)
    except InputError as error:
        raise click.ClickException(str(error)) from error
    from wirewatch.analyze.pipeline import Analyzer  # loads the language model: only once a run is certain

    report = evaluate(pages, Analyzer(), _splits_for(split))
    clusters_dir = directory / "clusters"
    resolution_scores = None
    if resolution and (clusters_dir / "clusters.json").is_file():
        from wirewatch.evaluation.resolution import evaluate_resolution

        resolution_scores = evaluate_resolution(clusters_dir)
    if output_format == "json":
        payload = report.to_dict(per_page)
        if resolution_scores is not None:
            resolution_payload = _resolution_dict(resolution_scores)
            if per_cluster:
                resolution_payload["event_clusters"] = to_dict(resolution_scores.event_clusters)
            payload["resolution"] = resolution_payload
        click.echo(json.dumps(payload, indent=2))
    else:
        console = Console(highlight=False)
        if not console.is_terminal:
            # Piped or redirected output has no width to fit; rich would assume 80 columns and cut names.
            console = Console(highlight=False, width=140)
        print_report(report, console, per_page)
        if resolution_scores is not None:
            from wirewatch.evaluation.resolution import format_clusters, format_scores

            for line in format_scores(resolution_scores):
                console.print(line)
            for line in format_clusters(resolution_scores) if per_cluster else []:
                console.print(line, markup=False, soft_wrap=True)
