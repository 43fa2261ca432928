"""Webhook delivery: each queued alert is POSTed as JSON, retried with exponential backoff.

Deliveries are rows in `serve_deliveries`, so nothing queued is lost on a restart. The running
workbench sends what is due on each tick; a command that raises alerts without it (`wirewatch
ingest`, an entity correction) sends what is pending before it exits, waiting out retries for a
bounded time with `deliver_pending`, and leaves the rest to the next run or the workbench. Each
attempt first claims its row, so two processes over one store do not both POST the same delivery.
A delivery that keeps failing ends as "failed" with its last error, shown in the UI, the API and
`wirewatch watchlist deliveries`.
"""

from __future__ import annotations

import sqlite3
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from wirewatch import __version__
from wirewatch.knowledge.records import ResultPage
from wirewatch.knowledge.store import SqliteStore
from wirewatch.serve.schema import migrate_serve_schema, serve_schema_version
from wirewatch.serve.watchlists import now_iso

DeliveryStatus = Literal["pending", "delivered", "failed"]


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a delivery is retried: `first_delay * 2**(attempt-1)` seconds apart."""

    max_attempts: int = 6
    first_delay: float = 2.0
    max_delay: float = 600.0
    timeout: float = 10.0

    def delay_after(self, attempts: int) -> float:
        """Seconds to wait after the given number of failed attempts."""
        return min(self.max_delay, self.first_delay * 2 ** max(0, attempts - 1))


@dataclass(frozen=True)
class Delivery:
    """One webhook POST of one alert revision, with how it went."""

    id: int
    alert_id: int
    revision: int
    url: str
    status: DeliveryStatus
    attempts: int
    next_attempt: float
    last_error: str | None
    created_at: str
    finished_at: str | None


@dataclass(frozen=True)
class PostResult:
    ok: bool
    error: str | None = None


Poster = Callable[[str, bytes, float], PostResult]


def post_json(url: str, body: bytes, timeout: float) -> PostResult:
    """POST a JSON body; ok for any 2xx answer, else the reason in one line."""
    request = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={"Content-Type": "application/json", "User-Agent": f"wirewatch/{__version__}"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        return PostResult(False, f"HTTP {error.code} {error.reason}")
    except urllib.error.URLError as error:
        return PostResult(False, f"cannot reach {url}: {error.reason}")
    except (TimeoutError, ConnectionError, OSError) as error:
        return PostResult(False, f"cannot reach {url}: {error}")
    if 200 <= status < 300:
        return PostResult(True)
    return PostResult(False, f"HTTP {status}")


def _from_row(row: sqlite3.Row) -> Delivery:
    return Delivery(
        id=row["id"],
        alert_id=row["alert_id"],
        revision=row["revision"],
        url=row["url"],
        status=row["status"],
        attempts=row["attempts"],
        next_attempt=row["next_attempt"],
        last_error=row["last_error"],
        created_at=row["created_at"],
        finished_at=row["finished_at"],
    )


def deliver_due(
    store: SqliteStore,
    *,
    policy: RetryPolicy,
    post: Poster = post_json,
    now: Callable[[], float] = time.time,
    batch: int = 20,
    until: float | None = None,
) -> int:
    """Send every pending delivery whose time has come; returns how many were attempted.

    With `until` (a `now()` time), no attempt waits for an answer past it, and none starts with less
    than a second (or the policy's timeout) left: a cut-short attempt would count as a failure.
    """
    rows = store.connection.execute(
        "SELECT id, url, payload, attempts, next_attempt FROM serve_deliveries"
        " WHERE status = 'pending' AND next_attempt <= ? ORDER BY next_attempt, id LIMIT ?",
        (now(), batch),
    ).fetchall()
    attempted = 0
    for row in rows:
        timeout = policy.timeout if until is None else min(policy.timeout, until - now())
        if timeout < _shortest_attempt(policy):
            break
        if not _claim(store, row["id"], row["next_attempt"], now() + timeout + _CLAIM_MARGIN):
            continue
        attempted += 1
        result = post(row["url"], row["payload"].encode("utf-8"), timeout)
        attempts = row["attempts"] + 1
        with store.transaction() as cursor:
            if result.ok:
                cursor.execute(
                    "UPDATE serve_deliveries SET status = 'delivered', attempts = ?, last_error = NULL,"
                    " finished_at = ? WHERE id = ?",
                    (attempts, now_iso(), row["id"]),
                )
            elif attempts >= policy.max_attempts:
                cursor.execute(
                    "UPDATE serve_deliveries SET status = 'failed', attempts = ?, last_error = ?, finished_at = ?"
                    " WHERE id = ?",
                    (attempts, result.error, now_iso(), row["id"]),
                )
            else:
                cursor.execute(
                    "UPDATE serve_deliveries SET attempts = ?, last_error = ?, next_attempt = ? WHERE id = ?",
                    (attempts, result.error, now() + policy.delay_after(attempts), row["id"]),
                )
    return attempted


def _shortest_attempt(policy: RetryPolicy) -> float:
    return min(policy.timeout, 1.0)


# Seconds a claim outlives the POST's own timeout; a process that dies mid-send leaves its claim to expire.
_CLAIM_MARGIN = 5.0


def _claim(store: SqliteStore, delivery_id: int, seen_next_attempt: float, claimed_until: float) -> bool:
    """Take a pending delivery for one attempt; False when another process took (or finished) it first."""
    with store.transaction() as cursor:
        claimed = cursor.execute(
            "UPDATE serve_deliveries SET next_attempt = ? WHERE id = ? AND status = 'pending' AND next_attempt = ?",
            (claimed_until, delivery_id, seen_next_attempt),
        ).rowcount
    return bool(claimed)


@dataclass(frozen=True)
class DeliveryOutcome:
    """What became of the deliveries one command sent: delivered, failed for good, or left pending to retry."""

    delivered: tuple[Delivery, ...] = ()
    failed: tuple[Delivery, ...] = ()
    pending: tuple[Delivery, ...] = ()


def deliver_pending(
    store: SqliteStore,
    *,
    policy: RetryPolicy,
    within: float,
    post: Poster = post_json,
    now: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
) -> DeliveryOutcome:
    """Send every pending delivery, waiting out retry delays for at most `within` seconds in all.

    For a command that has no workbench behind it (`wirewatch ingest` from cron): its alerts go out
    before it exits. A delivery still failing when the time is up stays pending, its attempts and last
    error kept, for the next such command or the workbench to retry.
    """
    if serve_schema_version(store) == 0:
        return DeliveryOutcome()
    deadline = now() + max(0.0, within)
    ids = [
        row[0]
        for row in store.connection.execute(
            "SELECT id FROM serve_deliveries WHERE status = 'pending' ORDER BY id"
        )
    ]
    if not ids:
        return DeliveryOutcome()
    while True:
        while deliver_due(store, policy=policy, post=post, now=now, until=deadline):
            pass
        waiting = [delivery for delivery in _deliveries(store, ids) if delivery.status == "pending"]
        next_due = min((delivery.next_attempt for delivery in waiting), default=None)
        if next_due is None or max(next_due, now()) > deadline - _shortest_attempt(policy):
            break
        sleep(max(0.0, next_due - now()))
    found = _deliveries(store, ids)
    return DeliveryOutcome(
        delivered=tuple(delivery for delivery in found if delivery.status == "delivered"),
        failed=tuple(delivery for delivery in found if delivery.status == "failed"),
        pending=tuple(delivery for delivery in found if delivery.status == "pending"),
    )


def _deliveries(store: SqliteStore, ids: list[int]) -> list[Delivery]:
    found: list[Delivery] = []
    # Chunks stay under SQLite's limit on bound parameters.
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = store.connection.execute(
            f"SELECT * FROM serve_deliveries WHERE id IN ({marks}) ORDER BY id", chunk
        ).fetchall()
        found.extend(_from_row(row) for row in rows)
    return found


def list_deliveries(
    store: SqliteStore,
    *,
    status: DeliveryStatus | None = None,
    alert_id: int | None = None,
    limit: int = 50,
    offset: int = 0,
) -> ResultPage[Delivery]:
    """Webhook deliveries, newest first, optionally only those with a status or of one alert."""
    clauses, parameters = [], []
    if status is not None:
        clauses.append("status = ?")
        parameters.append(status)
    if alert_id is not None:
        clauses.append("alert_id = ?")
        parameters.append(alert_id)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    total = store.connection.execute(f"SELECT count(*) FROM serve_deliveries {where}", parameters).fetchone()[
        0
    ]
    rows = store.connection.execute(
        f"SELECT * FROM serve_deliveries {where} ORDER BY id DESC LIMIT ? OFFSET ?",
        [*parameters, limit, offset],
    ).fetchall()
    return ResultPage(tuple(_from_row(row) for row in rows), total, limit, offset)


def retry_delivery(store: SqliteStore, delivery_id: int) -> bool:
    """Put a failed delivery back in the queue to be sent now; False when it is not a failed one."""
    with store.transaction() as cursor:
        changed = cursor.execute(
            "UPDATE serve_deliveries SET status = 'pending', attempts = 0, next_attempt = 0, finished_at = NULL"
            " WHERE id = ? AND status = 'failed'",
            (delivery_id,),
        ).rowcount
    return bool(changed)


class DeliveryWorker:
    """A background thread that sends due deliveries every `tick` seconds, or at once when woken."""

    def __init__(self, db_path: Path, *, policy: RetryPolicy | None = None, tick: float = 2.0) -> None:
        self.db_path = db_path
        self.policy = policy or RetryPolicy()
        self.tick = tick
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wirewatch-webhooks", daemon=True)
        self.error: str | None = None

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        """Look for due deliveries now instead of at the next tick."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=self.policy.timeout + 5)

    def _run(self) -> None:
        store = SqliteStore(self.db_path)
        try:
            migrate_serve_schema(store)
            while not self._stop.is_set():
                try:
                    deliver_due(store, policy=self.policy)
                    self.error = None
                except sqlite3.Error as error:
                    # A locked or busy store is worth another try next tick; say so on the alerts page.
                    self.error = f"webhook worker: {error}"
                self._wake.wait(self.tick)
                self._wake.clear()
        finally:
            store.close()
