"""CSV for the API results that are tables: one row per item, nested records flattened to readable cells."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from wirewatch.knowledge.records import ArticleHit, EventSummary, QuoteRecord, TimelineBucket
from wirewatch.serve.alerts import Alert
from wirewatch.serve.webhooks import Delivery

Row = dict[str, Any]


def wants_csv(request: Request, format: str | None) -> bool:
    """`?format=csv` wins; without it, an Accept header preferring text/csv asks for CSV."""
    if format is not None:
        return format == "csv"
    accept = request.headers.get("accept", "")
    return "text/csv" in accept and "application/json" not in accept


def csv_response(rows: Iterable[Row], columns: Sequence[str], filename: str) -> Response:
    """A CSV download; cells that a spreadsheet would run as a formula are quoted with a leading '."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    # Plain lists through csv.writer: a DictWriter and a cleaned dict per row cost more than the writing.
    writer.writerows([_safe_cell(row.get(column)) for column in columns] for row in rows)
    return Response(
        buffer.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{filename}.csv"'},
    )


def _safe_cell(value: Any) -> Any:
    # Page text can start with "=", "+", "-" or "@"; a spreadsheet would evaluate it (CSV injection).
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


def event_row(event: EventSummary) -> Row:
    return {
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "date": event.date,
        "date_precision": event.date_precision,
        "place": event.place,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "actors": "; ".join(f"{record.actor.name} ({record.role})" for record in event.actors),
        "actor_ids": " ".join(str(record.actor.id) for record in event.actors),
        "reports": event.reports,
        "corroboration": event.corroboration,
        "certainty": event.certainty,
    }


def quote_row(quote: QuoteRecord) -> Row:
    return {
        "id": quote.id,
        "article_id": quote.article_id,
        "title": quote.title,
        "published": quote.published,
        "speaker_id": quote.speaker.id if quote.speaker else None,
        "speaker": quote.speaker.name if quote.speaker else quote.speaker_name,
        "kind": quote.kind,
        "cue": quote.cue,
        "certainty": quote.certainty,
        "text": quote.text,
        "sources": " < ".join(source.name for source in quote.sources),
        "start": quote.evidence.start,
        "end": quote.evidence.end,
    }


def article_row(hit: ArticleHit) -> Row:
    return {
        "article_id": hit.article_id,
        "title": hit.title,
        "url": hit.url,
        "published": hit.published,
        "rank": hit.rank,
        "snippet": hit.snippet,
    }


def timeline_row(bucket: TimelineBucket) -> Row:
    return {
        "period": bucket.period,
        "events": bucket.events,
        "types": "; ".join(f"{kind} {count}" for kind, count in sorted(bucket.types.items())),
    }


def alert_row(alert: Alert) -> Row:
    return {
        "id": alert.id,
        "watchlist_id": alert.watchlist_id,
        "watchlist": alert.watchlist_name,
        "event_id": alert.event.id,
        "type": alert.event.type,
        "date": alert.event.date,
        "place": alert.event.place,
        "actors": "; ".join(alert.event.actors),
        "revision": alert.revision,
        "reports": alert.reports,
        "corroboration": alert.corroboration,
        "reasons": "; ".join(alert.reasons),
        "created_at": alert.created_at,
        "updated_at": alert.updated_at,
    }


def delivery_row(delivery: Delivery) -> Row:
    return {
        "id": delivery.id,
        "alert_id": delivery.alert_id,
        "revision": delivery.revision,
        "url": delivery.url,
        "status": delivery.status,
        "attempts": delivery.attempts,
        "last_error": delivery.last_error,
        "created_at": delivery.created_at,
        "finished_at": delivery.finished_at,
    }


def csv_table(items: Iterable[Any], make_row: Callable[[Any], Row], filename: str) -> Response:
    """A CSV of the items, one row each; the header comes from the row function, even for no items."""
    rows = [make_row(item) for item in items]
    columns = list(rows[0]) if rows else list(COLUMNS[make_row])
    return csv_response(rows, columns, filename)


COLUMNS: dict[Callable[[Any], Row], tuple[str, ...]] = {
    event_row: (
        "id", "type", "mode", "date", "date_precision", "place", "latitude", "longitude",
        "actors", "actor_ids", "reports", "corroboration", "certainty",
    ),
    quote_row: (
        "id", "article_id", "title", "published", "speaker_id", "speaker", "kind", "cue", "certainty",
        "text", "sources", "start", "end",
    ),
    article_row: ("article_id", "title", "url", "published", "rank", "snippet"),
    timeline_row: ("period", "events", "types"),
    alert_row: (
        "id", "watchlist_id", "watchlist", "event_id", "type", "date", "place", "actors", "revision",
        "reports", "corroboration", "reasons", "created_at", "updated_at",
    ),
    delivery_row: ("id", "alert_id", "revision", "url", "status", "attempts", "last_error", "created_at", "finished_at"),
}  # fmt: skip
