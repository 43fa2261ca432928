"""Alerts: a watchlist matched a new or changed event.

Ingest calls `match_watchlists(store, changed_event_ids)` after it stores a page, with the events that
page created or updated; an analyst's entity merge or split goes through `merge_actors_with_alerts` or
`split_actor_with_alerts`, which check again the events the correction changed. One alert exists per
(watchlist, event): a further report of the same event, or a correction that changes what the alert
shows, updates that alert (its revision goes up) instead of raising another. Every new alert or revision of a
watchlist with a webhook queues a delivery, which the webhook worker sends.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from wirewatch.errors import NotFoundError
from wirewatch.knowledge.corrections import merge_actors, split_actor
from wirewatch.knowledge.queries import get_event
from wirewatch.knowledge.records import EventDetail, ResultPage
from wirewatch.knowledge.store import SqliteStore
from wirewatch.serve.schema import migrate_serve_schema
from wirewatch.serve.watchlists import Watchlist, list_watchlists, now_iso, replace_watched_actor


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
        by_id = {record.actor.id: record.actor for record in event.actors}
        # In the watchlist's order, not the event's: that one follows actor ids, which a merge changes.
        involved = [by_id[actor_id] for actor_id in watchlist.actors if actor_id in by_id]
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


def match_watchlists(
    store: SqliteStore, changed_event_ids: Iterable[int], *, watchlists: Iterable[Watchlist] | None = None
) -> tuple[Alert, ...]:
    """Record an alert for every watchlist each changed event matches; returns the alerts created or updated.

    An event already alerted for a watchlist updates that alert (new report count, revision + 1) only
    when what the alert shows changed; otherwise nothing is returned for it. `watchlists` narrows the
    check to those (default: every watchlist).
    """
    migrate_serve_schema(store)
    watchlists = list_watchlists(store) if watchlists is None else tuple(watchlists)
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


@dataclass(frozen=True)
class CorrectedAlerts:
    """What an entity correction did to the alerts.

    `actor_id` is the actor a merge kept or a split made; `watchlists` are those that watched the actor
    merged away and now watch the one kept.
    """

    actor_id: int
    alerts: tuple[Alert, ...]
    watchlists: tuple[Watchlist, ...] = ()


def events_of_actor(store: SqliteStore, actor_id: int) -> tuple[int, ...]:
    """The ids of the events an actor takes part in, in id order."""
    rows = store.connection.execute(
        "SELECT DISTINCT event_id FROM event_actors WHERE actor_id = ? ORDER BY event_id", (actor_id,)
    ).fetchall()
    return tuple(row[0] for row in rows)


def merge_actors_with_alerts(store: SqliteStore, keep: int, other: int, note: str = "") -> CorrectedAlerts:
    """`merge_actors`, then the watchlists checked again on every event the merge changed.

    Merging two spellings can put two watched actors in one event, or join two events into one. A
    watchlist that watched `other` watches `keep` from now on, so it is also matched against `keep`'s
    events. An event already alerted is updated, never alerted twice, even when it was joined to another.
    """
    migrate_serve_schema(store)
    before = _reports_of_events_with(store, [keep, other])
    states = _event_states(store, set(before.values()))
    kept = merge_actors(store, keep, other, note)
    rewatched = replace_watched_actor(store, other, kept)
    alerts = match_watchlists(store, _events_after_correction(store, before, states))
    if rewatched:
        alerts += match_watchlists(store, events_of_actor(store, kept), watchlists=rewatched)
    return CorrectedAlerts(kept, _unique_alerts(alerts), rewatched)


def split_actor_with_alerts(
    store: SqliteStore,
    actor_id: int,
    *,
    alias: str | None = None,
    mention: tuple[int, str] | None = None,
    note: str = "",
) -> CorrectedAlerts:
    """`split_actor`, then the watchlists checked again on every event the split changed."""
    migrate_serve_schema(store)
    before = _reports_of_events_with(store, [actor_id])
    states = _event_states(store, set(before.values()))
    new_actor = split_actor(store, actor_id, alias=alias, mention=mention, note=note)
    changed = _events_after_correction(store, before, states)
    return CorrectedAlerts(new_actor, match_watchlists(store, changed))


def _reports_of_events_with(store: SqliteStore, actor_ids: list[int]) -> dict[int, int]:
    """Report id → event id, for every report of an event these actors are in (as actors or as its place).

    These are the events an entity correction resolves again (`knowledge.corrections`).
    """
    marks = ",".join("?" * len(actor_ids))
    rows = store.connection.execute(
        f"SELECT id, event_id FROM reports WHERE event_id IN ("
        f"SELECT r.event_id FROM reports r JOIN report_actors ra ON ra.report_id = r.id"
        f" JOIN entities e ON e.id = ra.entity_id WHERE e.actor_id IN ({marks})"
        f" UNION SELECT r.event_id FROM reports r JOIN entities p ON p.id = r.place_entity_id"
        f" WHERE p.actor_id IN ({marks}))",
        [*actor_ids, *actor_ids],
    ).fetchall()
    return {row[0]: row[1] for row in rows}


def _event_states(store: SqliteStore, event_ids: Iterable[int]) -> dict[int, tuple[frozenset, frozenset]]:
    """Each event's reports and actors, to tell the events a correction changed from those it left alone."""
    states: dict[int, tuple[frozenset, frozenset]] = {}
    for event_id in event_ids:
        reports = store.connection.execute(
            "SELECT id FROM reports WHERE event_id = ?", (event_id,)
        ).fetchall()
        actors = store.connection.execute(
            "SELECT actor_id FROM event_actors WHERE event_id = ?", (event_id,)
        ).fetchall()
        states[event_id] = (frozenset(row[0] for row in reports), frozenset(row[0] for row in actors))
    return states


def _events_after_correction(
    store: SqliteStore, before: dict[int, int], states_before: dict[int, tuple[frozenset, frozenset]]
) -> list[int]:
    """The events the correction changed (or made) that hold the given reports now.

    A correction may join an alerted event to another: its alert then moves to the event its first
    report is in now (where that watchlist has none yet and still matches), to be updated, not repeated.
    An event resolved again to the same reports and actors is left alone: nothing about it is new.
    """
    now: dict[int, int] = {}
    report_ids = sorted(before)
    for start in range(0, len(report_ids), 500):
        chunk = report_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for report_id, event_id in store.connection.execute(
            f"SELECT id, event_id FROM reports WHERE id IN ({marks}) AND event_id IS NOT NULL", chunk
        ):
            now[report_id] = event_id
    first_report: dict[int, int] = {}
    for report_id in report_ids:
        first_report.setdefault(before[report_id], report_id)
    remaining = set(now.values())
    for old_event, report_id in first_report.items():
        target = now.get(report_id)
        if old_event in remaining or target is None or target == old_event:
            continue
        _follow_alerts(store, old_event, target)
    after = _event_states(store, remaining)
    return sorted(event for event in remaining if after[event] != states_before.get(event))


def _follow_alerts(store: SqliteStore, old_event: int, target: int) -> None:
    """Move the alerts of a dissolved event to the event its reports joined, for watchlists that match it."""
    rows = store.connection.execute(
        "SELECT id, watchlist_id FROM serve_alerts WHERE event_id = ? AND watchlist_id NOT IN"
        " (SELECT watchlist_id FROM serve_alerts WHERE event_id = ?)",
        (old_event, target),
    ).fetchall()
    if not rows:
        return
    detail = get_event(store, target)
    by_id = {watchlist.id: watchlist for watchlist in list_watchlists(store)}
    with store.transaction() as cursor:
        for alert_id, watchlist_id in rows:
            if match_reasons(by_id[watchlist_id], detail) is not None:
                cursor.execute("UPDATE serve_alerts SET event_id = ? WHERE id = ?", (target, alert_id))


def _unique_alerts(alerts: tuple[Alert, ...]) -> tuple[Alert, ...]:
    """One entry per alert, its latest revision: an alert updated twice in one correction is listed once."""
    latest: dict[int, Alert] = {}
    for alert in alerts:
        latest[alert.id] = alert
    return tuple(latest.values())


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
            unchanged = (row["reports"], row["corroboration"], row["reasons"]) == (
                reports,
                corroboration,
                json.dumps(reasons),
            ) and _same_event(json.loads(row["event_json"]), json.loads(event_json))
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


def _same_event(shown: dict, now: dict) -> bool:
    """Whether an alert still shows its event as it is; the same actors in another order are no change."""
    return shown | {"actors": sorted(shown["actors"])} == now | {"actors": sorted(now["actors"])}


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
