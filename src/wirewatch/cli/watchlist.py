"""`wirewatch watchlist`: manage watchlists and read their alerts from the command line."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.markup import escape

from wirewatch.cli.common import open_store, pass_settings
from wirewatch.errors import InputError, NotFoundError
from wirewatch.knowledge import queries
from wirewatch.knowledge.store import SqliteStore
from wirewatch.model import to_dict
from wirewatch.serve.alerts import list_alerts
from wirewatch.serve.feeds import alert_title
from wirewatch.serve.schema import migrate_serve_schema
from wirewatch.serve.watchlists import WatchlistSpec, create_watchlist, delete_watchlist, list_watchlists
from wirewatch.serve.webhooks import Delivery, RetryPolicy, deliver_pending, list_deliveries, retry_delivery
from wirewatch.settings import Settings

error_console = Console(stderr=True, highlight=False, soft_wrap=True)

webhook_wait_option = click.option(
    "--webhook-wait",
    type=click.FloatRange(min=0),
    default=30.0,
    show_default=True,
    help="Seconds at most to spend sending (and retrying) alert webhooks before exiting; what is still"
    " failing then is retried by the next run or by `wirewatch serve`. 0 leaves them all to those.",
)


def send_webhooks(store: SqliteStore, wait: float) -> str:
    """Send the store's pending alert webhooks for at most `wait` seconds; the summary part ('' when none).

    A command that raised alerts calls this before it exits, so that webhooks do not wait for a
    workbench that may never run (an ingest from cron). Failures go to standard error with their reason.
    """
    outcome = deliver_pending(store, policy=RetryPolicy(), within=wait)
    for delivery in outcome.failed:
        error_console.print(
            f"[red]webhook failed[/red]: {_describe(delivery)};"
            f" `wirewatch watchlist retry {delivery.id}` sends it again"
        )
    for delivery in outcome.pending:
        if delivery.last_error:
            error_console.print(
                f"[yellow]webhook not yet delivered[/yellow]: {_describe(delivery)}; retried by the next run"
                " or by `wirewatch serve`"
            )
    counts = [
        (len(outcome.delivered), "delivered"),
        (len(outcome.failed), "failed"),
        (len(outcome.pending), "pending"),
    ]
    shown = [f"{count} {label}" for count, label in counts if count]
    return "webhooks " + ", ".join(shown) if shown else ""


def _describe(delivery: Delivery) -> str:
    tries = f"{delivery.attempts} attempt{'s' if delivery.attempts != 1 else ''}"
    # URLs and server messages are not rich markup, whatever brackets they hold.
    return escape(
        f"delivery {delivery.id} (alert {delivery.alert_id}) to {delivery.url}, {tries}: {delivery.last_error}"
    )


@click.group(name="watchlist")
def watchlist_group() -> None:
    """Watchlists of actors, places, event types and keywords; alerts fire on what is ingested next."""


@watchlist_group.command(name="add")
@click.argument("name")
@click.option("--actor", "actors", multiple=True, help="Actor id or name (repeat for several).")
@click.option("--place", "places", multiple=True, help="Place name (repeat for several).")
@click.option("--type", "event_types", multiple=True, help="PLOVER event type, e.g. CONSULT (repeat).")
@click.option("--keyword", "keywords", multiple=True, help="Word or phrase in a report (repeat).")
@click.option("--min-actors", type=click.IntRange(1, 100), default=1, show_default=True,
              help="How many of the watched actors an event must involve.")  # fmt: skip
@click.option("--webhook", "webhook_url", help="URL that receives each alert as a JSON POST.")
@pass_settings
def add(
    settings: Settings,
    name: str,
    actors: tuple[str, ...],
    places: tuple[str, ...],
    event_types: tuple[str, ...],
    keywords: tuple[str, ...],
    min_actors: int,
    webhook_url: str | None,
) -> None:
    """Create the watchlist NAME."""
    store = open_store(settings)
    try:
        migrate_serve_schema(store)
        actor_ids = []
        for actor in actors:
            if actor.isdecimal():
                actor_ids.append(queries.actor_profile(store, int(actor)).actor.id)
                continue
            match = queries.find_actor(store, actor, events_limit=0)
            if match.actor is None or match.ambiguous:
                names = ", ".join(
                    f"{candidate.name} (id {candidate.id})" for candidate in match.candidates[:5]
                )
                raise InputError(
                    actor, ("ambiguous, give an id: " + names) if match.actor else "no such actor"
                )
            actor_ids.append(match.actor.id)
        spec = WatchlistSpec(name, tuple(actor_ids), places, event_types, keywords, min_actors, webhook_url)
        created = create_watchlist(store, spec)
    finally:
        store.close()
    click.echo(f"watchlist {created.id} {created.name!r} created")


@watchlist_group.command(name="list")
@click.option(
    "--format", "output_format", type=click.Choice(["json", "text"]), default="text", show_default=True
)
@pass_settings
def list_command(settings: Settings, output_format: str) -> None:
    """Every watchlist."""
    store = open_store(settings)
    try:
        migrate_serve_schema(store)
        found = list_watchlists(store)
    finally:
        store.close()
    if output_format == "json":
        click.echo(json.dumps(to_dict(found), ensure_ascii=False))
        return
    for item in found:
        criteria = [
            f"actors {list(item.actors)} (min {item.min_actors})" if item.actors else "",
            f"places {list(item.places)}" if item.places else "",
            f"types {list(item.event_types)}" if item.event_types else "",
            f"keywords {list(item.keywords)}" if item.keywords else "",
            f"webhook {item.webhook_url}" if item.webhook_url else "",
        ]
        click.echo(f"{item.id:>4}  {item.name}  " + " · ".join(part for part in criteria if part))


@watchlist_group.command(name="remove")
@click.argument("watchlist_id", type=int)
@pass_settings
def remove(settings: Settings, watchlist_id: int) -> None:
    """Delete a watchlist with its alerts."""
    store = open_store(settings)
    try:
        migrate_serve_schema(store)
        delete_watchlist(store, watchlist_id)
    finally:
        store.close()
    click.echo(f"watchlist {watchlist_id} removed")


@watchlist_group.command(name="alerts")
@click.argument("watchlist_id", type=int, required=False)
@click.option("--limit", type=click.IntRange(1, 500), default=20, show_default=True)
@click.option(
    "--format", "output_format", type=click.Choice(["json", "text"]), default="text", show_default=True
)
@pass_settings
def alerts(settings: Settings, watchlist_id: int | None, limit: int, output_format: str) -> None:
    """The latest alerts, of one watchlist or of all."""
    store = open_store(settings)
    try:
        migrate_serve_schema(store)
        page = list_alerts(store, watchlist_id=watchlist_id, limit=limit)
    finally:
        store.close()
    if output_format == "json":
        click.echo(json.dumps(to_dict(page), ensure_ascii=False))
        return
    if not page.items:
        click.echo("no alerts")
    for alert in page.items:
        updated = f" · updated (revision {alert.revision})" if alert.revision > 1 else ""
        click.echo(f"{alert.updated_at}  [{alert.watchlist_name}]  {alert_title(alert)}"
                   f" · {alert.reports} report(s), {alert.corroboration} independent{updated}")  # fmt: skip


@watchlist_group.command(name="deliveries")
@click.option(
    "--status", type=click.Choice(["pending", "delivered", "failed"]), help="Only deliveries in this state."
)
@click.option("--limit", type=click.IntRange(1, 500), default=20, show_default=True)
@click.option(
    "--format", "output_format", type=click.Choice(["json", "text"]), default="text", show_default=True
)
@pass_settings
def deliveries(settings: Settings, status: str | None, limit: int, output_format: str) -> None:
    """The latest alert webhook deliveries, newest first, with the last error of those not delivered."""
    store = open_store(settings)
    try:
        migrate_serve_schema(store)
        page = list_deliveries(store, status=status, limit=limit)  # type: ignore[arg-type]
    finally:
        store.close()
    if output_format == "json":
        click.echo(json.dumps(to_dict(page), ensure_ascii=False))
        return
    if not page.items:
        click.echo("no deliveries")
    for delivery in page.items:
        error = f" · {delivery.last_error}" if delivery.last_error else ""
        click.echo(f"{delivery.id:>5}  {delivery.status:<9}  alert {delivery.alert_id} (revision {delivery.revision})"
                   f"  {delivery.url} · {delivery.attempts} attempt(s){error}")  # fmt: skip


@watchlist_group.command(name="retry")
@click.argument("delivery_id", type=int)
@webhook_wait_option
@pass_settings
def retry(settings: Settings, delivery_id: int, webhook_wait: float) -> None:
    """Send a failed webhook delivery again, now."""
    store = open_store(settings)
    try:
        migrate_serve_schema(store)
        if not retry_delivery(store, delivery_id):
            raise NotFoundError(f"no failed delivery {delivery_id}")
        summary = send_webhooks(store, webhook_wait)
    finally:
        store.close()
    click.echo(f"delivery {delivery_id}: {summary}")
