"""Alerts: a watchlist matched a new or changed event.

Ingest calls `match_watchlists(store, changed_event_ids)` after it stores a page, with the events that
page created or updated. One alert exists per (watchlist, event): a further report of the same event
updates that alert (its revision goes up) instead of raising another. Every new alert or revision of a
watchlist with a webhook queues a delivery, which the webhook worker sends.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from wirewatch.errors import NotFoundError
from wirewatch.knowledge.queries import get_event
from wirewatch.knowledge.records import EventDetail, ResultPage
from wirewatch.knowledge.store import SqliteStore
from wirewatch.serve.schema import migrate_serve_schema
from wirewatch.serve.watchlists import Watchlist, list_watchlists, now_iso


@dataclass(frozen=True)
class AlertEvent:
    """What an alert remembers of its event, so that lists and feeds need no knowledge-base query."""

    id: int
    type: str
    date: str | None
    place: str | None
    actors: tuple[str, ...]
    certainty: str


@dataclass(frozen=True)
class Alert:
    """A watchlist's match on one event; `revision` counts how often later reports updated it."""

    id: int
    watchlist_id: int
    watchlist_name: str
    event: AlertEvent
    revision: int
    reports: int
    corroboration: int
    reasons: tuple[str, ...]
    created_at: str
    updated_at: str


def match_reasons(watchlist: Watchlist, detail: EventDetail) -> tuple[str, ...] | None:
    """Why the event matches the watchlist, one line per kind of criterion; None when it does not match."""
    event = detail.event
    reasons: list[str] = []
    if watchlist.actors:
        watched = set(watchlist.actors)
        involved = [record.actor for record in event.actors if record.actor.id in watched]
        involved = list({actor.id: actor for actor in involved}.values())
        if len(involved) < watchlist.min_actors:
            return None
        reasons.append("actors: " + ", ".join(actor.name for actor in involved))
    if watchlist.places:
        place = (event.place or "").casefold()
        hits = [name for name in watchlist.places if place and _contains_words(place, name.casefold())]
        if not hits:
            return None
        reasons.append("place: " + ", ".join(hits))
    if watchlist.event_types:
        if event.type.upper() not in watchlist.event_types:
            return None
        reasons.append(f"type: {event.type}")
    if watchlist.keywords:
        texts = [report.title or "" for report in detail.reports]
        texts += [evidence.text for report in detail.reports for evidence in report.evidence]
        haystack = "\n".join(texts).casefold()
        hits = [word for word in watchlist.keywords if _contains_words(haystack, word.casefold())]
        if not hits:
            return None
        reasons.append("keywords: " + ", ".join(hits))
    return tuple(reasons)


def _contains_words(haystack: str, needle: str) -> bool:
    """Whole-word containment, so that a watched "Iran" does not fire on "Iranian"-free text like "Tirana"."""
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


def _alert_event(detail: EventDetail) -> AlertEvent:
    event = detail.event
    return AlertEvent(
        id=event.id,
        type=event.type,
        date=event.date,
        place=event.place,
        actors=tuple(record.actor.name for record in event.actors),
        certainty=event.certainty,
    )


def match_watchlists(store: SqliteStore, changed_event_ids: Iterable[int]) -> tuple[Alert, ...]:
    """Record an alert for every watchlist each changed event matches; returns the alerts created or updated.

    An event already alerted for a watchlist updates that alert (new report count, revision + 1) only
    when what the alert shows changed; otherwise nothing is returned for it.
    """
    migrate_serve_schema(store)
    watchlists = list_watchlists(store)
    if not watchlists:
        return ()
    changed: list[int] = []
    for event_id in dict.fromkeys(changed_event_ids):
        try:
            detail = get_event(store, event_id)
        except NotFoundError:
            # Merged into another event since ingest reported it: that event is in the list too.
            continue
        for watchlist in watchlists:
            reasons = match_reasons(watchlist, detail)
            if reasons is not None:
                alert_id = _record_alert(store, watchlist, detail, reasons)
                if alert_id is not None:
                    changed.append(alert_id)
    return tuple(get_alert(store, alert_id) for alert_id in changed)


def _record_alert(
    store: SqliteStore, watchlist: Watchlist, detail: EventDetail, reasons: tuple[str, ...]
) -> int | None:
    """Insert or update the alert; the id when something changed, else None."""
    event_json = json.dumps(_alert_event(detail).__dict__, ensure_ascii=False)
    reports, corroboration = detail.event.reports, detail.event.corroboration
    stamp = now_iso()
    with store.transaction() as cursor:
        row = cursor.execute(
            "SELECT id, revision, reports, corroboration, reasons, event_json FROM serve_alerts"
            " WHERE watchlist_id = ? AND event_id = ?",
            (watchlist.id, detail.event.id),
        ).fetchone()
        if row is None:
            cursor.execute(
                "INSERT INTO serve_alerts(watchlist_id, event_id, revision, reports, corroboration, reasons,"
                " event_json, created_at, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)",
                (
                    watchlist.id,
                    detail.event.id,
                    reports,
                    corroboration,
                    json.dumps(reasons),
                    event_json,
                    stamp,
                    stamp,
                ),
            )
            alert_id, revision = int(cursor.lastrowid), 1
        else:
            unchanged = (row["reports"], row["corroboration"], row["reasons"], row["event_json"]) == (
                reports,
                corroboration,
                json.dumps(reasons),
                event_json,
            )
            if unchanged:
                return None
            alert_id, revision = int(row["id"]), int(row["revision"]) + 1
            cursor.execute(
                "UPDATE serve_alerts SET revision = ?, reports = ?, corroboration = ?, reasons = ?,"
                " event_json = ?, updated_at = ? WHERE id = ?",
                (revision, reports, corroboration, json.dumps(reasons), event_json, stamp, alert_id),
            )
        if watchlist.webhook_url:
            _queue_delivery(cursor, watchlist, alert_id, revision, detail, reasons)
    return alert_id


def _queue_delivery(
    cursor: sqlite3.Cursor,
    watchlist: Watchlist,
    alert_id: int,
    revision: int,
    detail: EventDetail,
    reasons: tuple[str, ...],
) -> None:
    payload = {
        "kind": "alert.created" if revision == 1 else "alert.updated",
        "alert": {"id": alert_id, "revision": revision, "reasons": list(reasons)},
        "watchlist": {"id": watchlist.id, "name": watchlist.name},
        "event": {
            **_alert_event(detail).__dict__,
            "reports": detail.event.reports,
            "corroboration": detail.event.corroboration,
            "path": f"/events/{detail.event.id}",
        },
    }
    cursor.execute(
        "INSERT INTO serve_deliveries(alert_id, revision, url, payload, status, attempts, next_attempt, created_at)"
        " VALUES (?, ?, ?, ?, 'pending', 0, 0, ?)",
        (alert_id, revision, watchlist.webhook_url, json.dumps(payload, ensure_ascii=False), now_iso()),
    )


_ALERT_SELECT = "SELECT a.*, w.name AS watchlist_name FROM serve_alerts a JOIN serve_watchlists w ON w.id = a.watchlist_id"


def _alert_from_row(row: sqlite3.Row) -> Alert:
    event = json.loads(row["event_json"])
    return Alert(
        id=row["id"],
        watchlist_id=row["watchlist_id"],
        watchlist_name=row["watchlist_name"],
        event=AlertEvent(**{**event, "actors": tuple(event["actors"])}),
        revision=row["revision"],
        reports=row["reports"],
        corroboration=row["corroboration"],
        reasons=tuple(json.loads(row["reasons"])),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def get_alert(store: SqliteStore, alert_id: int) -> Alert:
    """One alert; NotFoundError when there is none with this id."""
    row = store.connection.execute(f"{_ALERT_SELECT} WHERE a.id = ?", (alert_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no alert {alert_id}")
    return _alert_from_row(row)


def list_alerts(
    store: SqliteStore, *, watchlist_id: int | None = None, limit: int = 50, offset: int = 0
) -> ResultPage[Alert]:
    """Alerts, most recently created or updated first, optionally of one watchlist."""
    where, parameters = ("WHERE a.watchlist_id = ?", [watchlist_id]) if watchlist_id is not None else ("", [])
    total = store.connection.execute(f"SELECT count(*) FROM serve_alerts a {where}", parameters).fetchone()[0]
    rows = store.connection.execute(
        f"{_ALERT_SELECT} {where} ORDER BY a.updated_at DESC, a.id DESC LIMIT ? OFFSET ?",
        [*parameters, limit, offset],
    ).fetchall()
    return ResultPage(tuple(_alert_from_row(row) for row in rows), total, limit, offset)
