"""`wirewatch query`, `wirewatch export` and `wirewatch entity`: ask, export and correct the knowledge base."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from wirewatch.cli.common import open_store, pass_settings
from wirewatch.cli.watchlist import send_webhooks, webhook_wait_option
from wirewatch.errors import StoreError
from wirewatch.knowledge import queries
from wirewatch.knowledge.corrections import rebuild_knowledge
from wirewatch.knowledge.export import EXPORT_FORMATS, export
from wirewatch.knowledge.records import EventSummary, ResultPage
from wirewatch.knowledge.store import MIGRATIONS, RESOLVER_VERSION, SqliteStore
from wirewatch.model import to_dict
from wirewatch.serve.alerts import CorrectedAlerts, merge_actors_with_alerts, split_actor_with_alerts
from wirewatch.settings import Settings

console = Console(highlight=False, soft_wrap=True)
error_console = Console(stderr=True, highlight=False, soft_wrap=True)

format_option = click.option(
    "--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True
)
limit_option = click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
offset_option = click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True)


def open_current_store(settings: Settings, *, read_only: bool = True) -> SqliteStore:
    """The store, at this wirewatch's schema: opened to write, an older one is upgraded; opened to read,
    an older one is refused with the command that upgrades it.

    A read never writes: the store may be on a read-only disk, or shared with an older wirewatch
    that an upgrade would lock out.
    """
    store = open_store(settings, read_only=read_only)
    try:
        version = store.schema_version
    except sqlite3.DatabaseError as error:
        store.close()
        raise StoreError(f"{settings.db_path}: not a wirewatch store ({error})") from error
    newest = len(MIGRATIONS)
    if version == newest:
        return store
    store.close()
    if version == 0:
        raise StoreError(f"{settings.db_path}: the store holds nothing yet (run `wirewatch ingest` first)")
    if version > newest:
        raise StoreError(
            f"{settings.db_path}: store schema v{version} is newer than this wirewatch (v{newest}); upgrade wirewatch"
        )
    raise StoreError(
        f"{settings.db_path}: store schema v{version} is older than this wirewatch (v{newest});"
        " run `wirewatch upgrade` once to bring it up to date, then try again"
    )


def open_resolving_store(settings: Settings) -> SqliteStore:
    """The store opened to resolve new reports or corrections into, refused (with what to run) when
    another resolver than this wirewatch's built its knowledge base.

    Reports resolved by two resolvers would not agree with one another: a merged event's independent
    sources, for one, would be counted by two rules. The refusal names `wirewatch upgrade`, which
    resolves the whole store again, as reads name it for an older schema.
    """
    store = open_current_store(settings, read_only=False)
    if not store.built_by_another_resolver():
        return store
    built_by = store.resolver_version
    store.close()
    if built_by > RESOLVER_VERSION:
        raise _newer_resolver_error(settings, built_by)
    raise StoreError(
        f"{settings.db_path}: the knowledge base was resolved by an older wirewatch (resolver v{built_by},"
        f" this one v{RESOLVER_VERSION}); run `wirewatch upgrade` once to resolve it again, then try again"
    )


def _newer_resolver_error(settings: Settings, built_by: int) -> StoreError:
    return StoreError(
        f"{settings.db_path}: the knowledge base was resolved by a newer wirewatch (resolver v{built_by},"
        f" this one v{RESOLVER_VERSION}); upgrade wirewatch"
    )


def resolve_again(store: SqliteStore) -> int:
    """Resolve every stored analysis again with this wirewatch's resolver, applying all corrections; returns
    the articles done."""
    done = rebuild_knowledge(store)
    # Recorded once the rebuild has committed: a rebuild cut short leaves the older version, and the
    # next `wirewatch upgrade` starts it again.
    store.record_resolver_version()
    return done


def resolve_if_older(store: SqliteStore, settings: Settings) -> str | None:
    """Resolve the knowledge base again when an older resolver built it; says what was done, if anything.

    A newer resolver's knowledge base is refused rather than resolved back by an older rule.
    """
    built_by = store.resolver_version
    if built_by > RESOLVER_VERSION:
        raise _newer_resolver_error(settings, built_by)
    if built_by == RESOLVER_VERSION:
        return None
    done = resolve_again(store)
    return f"re-resolved {done} articles: resolver v{built_by} → v{RESOLVER_VERSION}"


def _with_store(settings: Settings, work: Callable[[SqliteStore], Any], *, read_only: bool = True) -> Any:
    store = open_current_store(settings, read_only=read_only)
    try:
        return work(store)
    finally:
        store.close()


def _with_resolving_store(settings: Settings, work: Callable[[SqliteStore], Any]) -> Any:
    store = open_resolving_store(settings)
    try:
        return work(store)
    finally:
        store.close()


def _print_json(result: Any) -> None:
    click.echo(json.dumps(to_dict(result), ensure_ascii=False, indent=2))


def _actor_id(store: SqliteStore, actor: str) -> int:
    return queries.resolve_actor_id(store, actor)


def _events_table(page: ResultPage[EventSummary], title: str) -> Table:
    table = Table(
        title=f"{title} ({len(page.items)} of {page.total}, from {page.offset})", title_justify="left"
    )
    for column in ("id", "date", "type", "mode", "actors", "place", "reports", "sources", "certainty"):
        table.add_column(column)
    for event in page.items:
        table.add_row(
            str(event.id),
            event.date or "?",
            event.type,
            event.mode or "",
            ", ".join(f"{a.actor.name} ({a.role})" for a in event.actors),
            event.place or "",
            str(event.reports),
            str(event.corroboration),
            event.certainty,
        )
    return table


# ------------------------------------------------------------------ query


@click.group(name="query")
def query_group() -> None:
    """Ask the knowledge base: actors, relations, events, quotes, full text."""


@query_group.command(name="actor")
@click.argument("name")
@format_option
@pass_settings
def query_actor(settings: Settings, name: str, output_format: str) -> None:
    """The actor NAME (any spelling) best refers to: {id, name, aliases, roles, affiliations, counterparts, events}."""
    match = _with_store(settings, lambda store: queries.find_actor(store, name))
    if output_format == "json":
        card = to_dict(match.actor) if match.actor else None
        _print_json(
            {
                "query": name,
                "ambiguous": match.ambiguous,
                "actor": card,
                "candidates": to_dict(match.candidates),
            }
        )
    elif match.actor is None:
        error_console.print(f"no actor named {name!r}")
    else:
        card = match.actor
        if match.ambiguous:
            others = ", ".join(f"{c.name} [{c.id}]" for c in match.candidates[1:])
            error_console.print(f"[yellow]ambiguous[/yellow]: {name!r} may also be {others}")
        console.print(f"[bold]{card.name}[/bold] [{card.id}] ({card.type})")
        console.print(f"aliases       {', '.join(card.aliases) or '-'}")
        console.print(f"roles         {'; '.join(card.roles) or '-'}")
        console.print(f"affiliations  {', '.join(f'{a.name} [{a.id}]' for a in card.affiliations) or '-'}")
        console.print(f"counterparts  {', '.join(f'{a.name} [{a.id}]' for a in card.counterparts) or '-'}")
        console.print(_events_table(ResultPage(card.events, len(card.events), len(card.events), 0), "events"))
    if match.actor is None:
        sys.exit(1)


@query_group.command(name="profile")
@click.argument("actor")
@format_option
@pass_settings
def query_profile(settings: Settings, actor: str, output_format: str) -> None:
    """ACTOR's names, roles over time, affiliations, counterparts and why its mentions were merged."""
    profile = _with_store(settings, lambda store: queries.actor_profile(store, _actor_id(store, actor)))
    if output_format == "json":
        _print_json(profile)
        return
    console.print(f"[bold]{profile.actor.name}[/bold] [{profile.actor.id}] · {profile.articles} articles"
                  f" · {profile.first_seen or '?'} – {profile.last_seen or '?'}")  # fmt: skip
    console.print(f"names  {', '.join(profile.names)}")
    roles = Table(title="roles over time", title_justify="left")
    for column in ("published", "role", "article"):
        roles.add_column(column)
    for role in profile.roles:
        roles.add_row(role.published or "?", role.text, f"{role.evidence.article_id}@{role.evidence.start}")
    console.print(roles)
    related = Table(title="affiliations and counterparts", title_justify="left")
    for column in ("relation", "actor", "count", "first", "last"):
        related.add_column(column)
    for affiliation in profile.affiliations:
        related.add_row("affiliation", f"{affiliation.actor.name} [{affiliation.actor.id}]", str(affiliation.articles),
                        affiliation.first_seen or "", affiliation.last_seen or "")  # fmt: skip
    for counterpart in profile.counterparts:
        related.add_row("counterpart", f"{counterpart.actor.name} [{counterpart.actor.id}]", str(counterpart.events),
                        counterpart.first or "", counterpart.last or "")  # fmt: skip
    console.print(related)
    for link in profile.possibly_same:
        console.print(
            f"possibly the same as {link.actor.name} [{link.actor.id}] ({link.score}): {link.reason}"
        )


@query_group.command(name="relation")
@click.argument("a")
@click.argument("b")
@format_option
@limit_option
@offset_option
@pass_settings
def query_relation(settings: Settings, a: str, b: str, output_format: str, limit: int, offset: int) -> None:
    """What actors A and B did to or with each other over time, with each report's evidence and sources."""
    result = _with_store(
        settings,
        lambda store: queries.relation(
            store, _actor_id(store, a), _actor_id(store, b), limit=limit, offset=offset
        ),
    )
    if output_format == "json":
        _print_json(result)
        return
    console.print(f"[bold]{result.a.name}[/bold] ↔ [bold]{result.b.name}[/bold]: {result.events.total} events "
                  + ", ".join(f"{t} {n}" for t, n in result.types.items()))  # fmt: skip
    for item in result.events.items:
        event = item.event
        console.print(f"\n{event.date or '?'}  {event.type}/{event.mode or '-'}  event {event.id}"
                      f" · {event.reports} reports · {event.corroboration} independent · {event.certainty}")  # fmt: skip
        for report in item.reports:
            chain = " → ".join(source.name for source in report.sources) or "asserted"
            evidence = " … ".join(span.text for span in report.evidence)
            console.print(
                f"  article {report.article_id} ({report.outlet or report.origin}) [{chain}]: {evidence}"
            )


@query_group.command(name="events")
@click.option("--type", "event_type", help="PLOVER type, e.g. CONSULT, ASSAULT, PROTEST.")
@click.option("--actor", help="Actor name (any spelling) or id.")
@click.option("--place", help="Place name.")
@click.option("--near", help="LAT,LON,KM: events within KM kilometres of a point.")
@click.option("--since", help="ISO date: events on or after it.")
@click.option("--until", help="ISO date: events on or before it.")
@format_option
@limit_option
@offset_option
@pass_settings
def query_events(
    settings: Settings,
    event_type: str | None,
    actor: str | None,
    place: str | None,
    near: str | None,
    since: str | None,
    until: str | None,
    output_format: str,
    limit: int,
    offset: int,
) -> None:
    """Events filtered by type, actor, place (name or radius) and time window, newest first."""
    point = _parse_near(near) if near else None
    page = _with_store(
        settings,
        lambda store: queries.search_events(
            store,
            type=event_type,
            actor=actor,
            place=place,
            near=point,
            since=since,
            until=until,
            limit=limit,
            offset=offset,
        ),
    )
    if output_format == "json":
        _print_json(page)
    else:
        console.print(_events_table(page, "events"))


def _parse_near(text: str) -> tuple[float, float, float]:
    try:
        latitude, longitude, km = (float(part) for part in text.split(","))
    except ValueError:
        raise click.BadParameter("expected LAT,LON,KM, e.g. 41.01,28.97,50", param_hint="--near") from None
    return latitude, longitude, km


@query_group.command(name="event")
@click.argument("event_id", type=int)
@format_option
@pass_settings
def query_event(settings: Settings, event_id: int, output_format: str) -> None:
    """One event with every report, its evidence, sources and origin, and possibly-same events."""
    detail = _with_store(settings, lambda store: queries.get_event(store, event_id))
    if output_format == "json":
        _print_json(detail)
        return
    console.print(_events_table(ResultPage((detail.event,), 1, 1, 0), f"event {event_id}"))
    for report in detail.reports:
        chain = " → ".join(source.name for source in report.sources) or "asserted"
        console.print(
            f"article {report.article_id} · {report.outlet or '-'} · counts as {report.origin} · [{chain}]"
        )
        for span in report.evidence:
            console.print(f"   {span.start}-{span.end}: {span.text}")
    for link in detail.possibly_same:
        console.print(f"possibly the same as event {link.event_id} ({link.score}): {link.reason}")


@query_group.command(name="quotes")
@click.option("--speaker", required=True, help="Speaker name (any spelling) or actor id.")
@click.option("--since", help="ISO date.")
@click.option("--until", help="ISO date.")
@format_option
@limit_option
@offset_option
@pass_settings
def query_quotes(
    settings: Settings,
    speaker: str,
    since: str | None,
    until: str | None,
    output_format: str,
    limit: int,
    offset: int,
) -> None:
    """Quotes by a speaker, newest first, with the article and offsets they were read at."""
    page = _with_store(
        settings,
        lambda store: queries.quotes_by(store, speaker, since=since, until=until, limit=limit, offset=offset),
    )
    if output_format == "json":
        _print_json(page)
        return
    table = Table(title=f"quotes ({len(page.items)} of {page.total})", title_justify="left")
    for column in ("published", "kind", "quote", "via", "article"):
        table.add_column(column)
    for quote in page.items:
        table.add_row(quote.published or "?", quote.kind, quote.text, " → ".join(s.name for s in quote.sources),
                      f"{quote.article_id}@{quote.evidence.start}")  # fmt: skip
    console.print(table)


@query_group.command(name="search")
@click.argument("text")
@format_option
@limit_option
@offset_option
@pass_settings
def query_search(settings: Settings, text: str, output_format: str, limit: int, offset: int) -> None:
    """Full-text search over the stored articles."""
    page = _with_store(
        settings, lambda store: queries.search_articles(store, text, limit=limit, offset=offset)
    )
    if output_format == "json":
        _print_json(page)
        return
    total = f"more than {page.total}" if page.total_is_lower_bound else str(page.total)
    table = Table(title=f"articles ({len(page.items)} of {total})", title_justify="left")
    for column in ("id", "published", "title", "snippet"):
        table.add_column(column)
    for hit in page.items:
        table.add_row(str(hit.article_id), hit.published or "?", hit.title or "", hit.snippet)
    console.print(table)


# ------------------------------------------------------------------ export


@click.command(name="export")
@click.option(
    "--format", "output_format", type=click.Choice(EXPORT_FORMATS), default="jsonl", show_default=True
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout)."
)
@pass_settings
def export_command(settings: Settings, output_format: str, output: Path | None) -> None:
    """Write actors and events as JSON Lines, CSV, GraphML (actors → nodes, events → edges) or PLOVER records."""

    def write(store: SqliteStore) -> int:
        if output is None:
            return export(store, output_format, sys.stdout)
        with output.open("w", encoding="utf-8", newline="") as stream:
            return export(store, output_format, stream)

    written = _with_store(settings, write)
    if output is not None:
        error_console.print(f"wrote {written} records to {output}")


# ------------------------------------------------------------------ entity corrections


@click.group(name="entity")
def entity_group() -> None:
    """Correct entity resolution; corrections are kept as rules and survive re-ingest."""


def _correction_summary(corrected: CorrectedAlerts, webhooks: str) -> str:
    """What a correction did to the watchlists: rewatched actors, alerts raised or updated, webhooks sent."""
    parts = []
    if corrected.watchlists:
        names = ", ".join(repr(watchlist.name) for watchlist in corrected.watchlists)
        parts.append(f"watchlists now watching actor {corrected.actor_id}: {names}")
    created = sum(1 for alert in corrected.alerts if alert.revision == 1)
    if corrected.alerts:
        parts.append(f"alerts {created} new, {len(corrected.alerts) - created} updated")
    if webhooks:
        parts.append(webhooks)
    return "".join(f" · {part}" for part in parts)


@entity_group.command(name="merge")
@click.argument("keep")
@click.argument("other")
@click.option("--note", default="", help="Why: kept with the rule.")
@webhook_wait_option
@pass_settings
def entity_merge(settings: Settings, keep: str, other: str, note: str, webhook_wait: float) -> None:
    """Merge actor OTHER into actor KEEP (ids or names); watchlists are checked again on the events it changes."""

    def work(store: SqliteStore) -> tuple[CorrectedAlerts, str]:
        corrected = merge_actors_with_alerts(store, _actor_id(store, keep), _actor_id(store, other), note)
        return corrected, send_webhooks(store, webhook_wait)

    corrected, webhooks = _with_resolving_store(settings, work)
    click.echo(f"merged into actor {corrected.actor_id}{_correction_summary(corrected, webhooks)}")


@entity_group.command(name="split")
@click.argument("actor")
@click.option("--alias", help="Move the mentions written this way to a new actor.")
@click.option("--mention", help="Move one article entity, ARTICLE_ID:LOCAL_ID (e.g. 12:e3), to a new actor.")
@click.option("--note", default="", help="Why: kept with the rule.")
@webhook_wait_option
@pass_settings
def entity_split(
    settings: Settings, actor: str, alias: str | None, mention: str | None, note: str, webhook_wait: float
) -> None:
    """Split mentions off ACTOR (id or name) into a new actor; alerts on the events it changes are updated."""
    if (alias is None) == (mention is None):
        raise click.UsageError("give exactly one of --alias or --mention")
    target = None
    if mention is not None:
        article, _, local = mention.partition(":")
        if not article.isdecimal() or not local:
            raise click.BadParameter("expected ARTICLE_ID:LOCAL_ID, e.g. 12:e3", param_hint="--mention")
        target = (int(article), local)

    def work(store: SqliteStore) -> tuple[CorrectedAlerts, str]:
        corrected = split_actor_with_alerts(
            store, _actor_id(store, actor), alias=alias, mention=target, note=note
        )
        return corrected, send_webhooks(store, webhook_wait)

    corrected, webhooks = _with_resolving_store(settings, work)
    click.echo(f"split into new actor {corrected.actor_id}{_correction_summary(corrected, webhooks)}")


@entity_group.command(name="rebuild")
@pass_settings
def entity_rebuild(settings: Settings) -> None:
    """Resolve every stored analysis again with this wirewatch's resolver, applying all corrections."""
    done = _with_store(settings, resolve_again, read_only=False)
    click.echo(f"resolved {done} articles again")
