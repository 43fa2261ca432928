"""Webhook deliveries: JSON POSTs to a local server, retried with exponential backoff, failures kept."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from invented_reports import add_meeting
from workbench_fixtures import FIRST_REPORT, SECOND_REPORT, auth, changed_events, ingest_files, make_app

from wirewatch.knowledge.store import SqliteStore
from wirewatch.serve.alerts import match_watchlists
from wirewatch.serve.schema import migrate_serve_schema
from wirewatch.serve.watchlists import WatchlistSpec, create_watchlist
from wirewatch.serve.webhooks import (
    DeliveryOutcome,
    DeliveryWorker,
    PostResult,
    RetryPolicy,
    deliver_due,
    deliver_pending,
    list_deliveries,
    post_json,
)


class Receiver:
    """A local HTTP server that answers the scripted statuses in turn (then 200) and keeps what it got."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = list(statuses)
        self.bodies: list[dict] = []
        self.times: list[float] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the http.server hook name
                length = int(self.headers["Content-Length"])
                receiver.bodies.append(json.loads(self.rfile.read(length)))
                receiver.times.append(time.monotonic())
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def store_with_alert(tmp_path: Path, analyzer) -> Iterator[tuple[SqliteStore, list]]:
    store = SqliteStore(tmp_path / "hooks.db")
    migrate_serve_schema(store)
    yield store, []
    store.close()


def raise_alert(store: SqliteStore, analyzer, url: str) -> None:
    create_watchlist(store, WatchlistSpec(name="Doha", places=("Doha",), webhook_url=url))
    match_watchlists(store, changed_events(ingest_files(store, analyzer, FIRST_REPORT)))


def test_a_failing_receiver_is_retried_with_growing_delays_until_it_answers(
    store_with_alert, analyzer
) -> None:
    store, _ = store_with_alert
    clock = [1000.0]
    policy = RetryPolicy(max_attempts=5, first_delay=10.0)
    with Receiver([500, 503]) as receiver:
        raise_alert(store, analyzer, receiver.url)
        schedule = []
        for _ in range(6):
            deliver_due(store, policy=policy, now=lambda: clock[0])
            (delivery,) = list_deliveries(store).items
            schedule.append((delivery.status, delivery.attempts, delivery.next_attempt - clock[0]))
            clock[0] += 25.0
    assert schedule[0] == ("pending", 1, 10.0)  # failed once: wait 10 s
    assert schedule[1] == ("pending", 2, 20.0)  # failed again 25 s later: wait twice as long
    assert [status for status, _, _ in schedule[2:]] == ["delivered"] * 4
    assert len(receiver.bodies) == 3
    body = receiver.bodies[-1]
    assert body["kind"] == "alert.created" and body["watchlist"]["name"] == "Doha"
    assert body["event"]["type"] and body["event"]["path"].startswith("/events/")


def test_a_receiver_that_never_answers_ends_as_a_failed_delivery_with_its_error(
    store_with_alert, analyzer
) -> None:
    store, _ = store_with_alert
    policy = RetryPolicy(max_attempts=3, first_delay=0.0)
    with Receiver([500, 500, 500, 500]) as receiver:
        raise_alert(store, analyzer, receiver.url)
        for _ in range(5):
            deliver_due(store, policy=policy)
    (failed,) = list_deliveries(store, status="failed").items
    assert failed.attempts == 3 and failed.last_error == "HTTP 500 Internal Server Error"
    assert len(receiver.bodies) == 3


def test_an_unreachable_receiver_is_a_failure_not_a_crash(store_with_alert, analyzer) -> None:
    store, _ = store_with_alert
    with Receiver([]) as receiver:
        url = receiver.url
    raise_alert(store, analyzer, url)  # the server is closed now
    deliver_due(store, policy=RetryPolicy(max_attempts=1, timeout=1.0))
    (failed,) = list_deliveries(store, status="failed").items
    assert failed.last_error and "cannot reach" in failed.last_error


def test_a_later_report_sends_an_update_of_the_same_alert(store_with_alert, analyzer) -> None:
    store, _ = store_with_alert
    with Receiver([]) as receiver:
        raise_alert(store, analyzer, receiver.url)
        match_watchlists(store, changed_events(ingest_files(store, analyzer, SECOND_REPORT)))
        deliver_due(store, policy=RetryPolicy())
    kinds = [(body["kind"], body["alert"]["id"], body["alert"]["revision"]) for body in receiver.bodies]
    assert [kind for kind, _, _ in kinds] == ["alert.created", "alert.updated"]
    assert kinds[0][1] == kinds[1][1] and kinds[1][2] == 2


def test_the_background_worker_delivers_and_failures_show_in_the_api_and_ui(tmp_path: Path, analyzer) -> None:
    db = tmp_path / "worker.db"
    with Receiver([500, 500, 500, 500, 500, 500]) as receiver:
        app = make_app(db, analyzer, start_worker=True)
        with TestClient(app) as client:
            body = {"name": "Doha", "places": ["Doha"], "webhook_url": receiver.url}
            assert client.post("/api/watchlists", json=body, headers=auth()).status_code == 201
            files = [("files", (FIRST_REPORT.name, FIRST_REPORT.read_bytes(), "text/html"))]
            assert client.post("/api/ingest", files=files, headers=auth()).json()["alerts"]
            deadline = time.monotonic() + 10
            while (
                time.monotonic() < deadline
                and not client.get("/api/deliveries?status=failed").json()["items"]
            ):
                time.sleep(0.05)
            (failed,) = client.get("/api/deliveries", params={"status": "failed"}).json()["items"]
            assert failed["attempts"] == 3 and "500" in failed["last_error"]
            assert "HTTP 500" in client.get("/alerts").text
            refused = client.post(f"/alerts/deliveries/{failed['id']}/retry", data={"token": "wrong"})
            assert refused.status_code == 401
            # Retried by hand, it goes out again (and fails again, on this receiver).
            assert client.post(f"/api/deliveries/{failed['id']}/retry").status_code == 401
            assert client.post(f"/api/deliveries/{failed['id']}/retry", headers=auth()).status_code == 202
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and len(receiver.bodies) < 6:
                time.sleep(0.05)
            assert len(receiver.bodies) == 6


def test_the_worker_stops_cleanly(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "stop.db")
    migrate_serve_schema(store)
    store.close()
    worker = DeliveryWorker(tmp_path / "stop.db", tick=0.05)
    worker.start()
    worker.stop()
    assert worker.error is None


@pytest.fixture
def invented_store(tmp_path: Path) -> Iterator[SqliteStore]:
    store = SqliteStore(tmp_path / "invented.db")
    migrate_serve_schema(store)
    yield store
    store.close()


def raise_invented_alert(store: SqliteStore, *urls: str) -> None:
    """One invented meeting in Doha, alerted by one watchlist per webhook URL."""
    for number, url in enumerate(urls):
        create_watchlist(store, WatchlistSpec(name=f"Doha {number}", places=("Doha",), webhook_url=url))
    stored = add_meeting(store, 1, ["Teodor Marquessa", "Idris Halvorsen"], place="Doha", day="2025-03-11")
    assert len(match_watchlists(store, stored.changes.created_events)) == len(urls)


def test_deliver_pending_retries_with_backoff_within_its_time_and_reports_each_outcome(
    invented_store: SqliteStore,
) -> None:
    store = invented_store
    clock = [1000.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock[0] += seconds

    policy = RetryPolicy(max_attempts=3, first_delay=2.0, timeout=2.0)
    with Receiver([503]) as good, Receiver([500, 500, 500, 500]) as bad:
        raise_invented_alert(store, good.url, bad.url)
        outcome = deliver_pending(store, policy=policy, within=60.0, now=lambda: clock[0], sleep=sleep)
    assert [delivery.url for delivery in outcome.delivered] == [good.url]
    assert [delivery.url for delivery in outcome.failed] == [bad.url] and not outcome.pending
    assert waits == [2.0, 4.0]  # both failed at once; the second try 2 s later, the last 4 s after that
    assert len(good.bodies) == 2 and len(bad.bodies) == 3
    # Recorded where the workbench shows them: the failed delivery with its last error.
    (failed,) = list_deliveries(store, status="failed").items
    assert failed.attempts == 3 and failed.last_error == "HTTP 500 Internal Server Error"


def test_deliver_pending_stops_at_its_time_limit_and_leaves_the_rest_pending(
    invented_store: SqliteStore,
) -> None:
    store = invented_store
    clock = [1000.0]

    def sleep(seconds: float) -> None:
        clock[0] += seconds

    policy = RetryPolicy(max_attempts=6, first_delay=2.0, timeout=2.0)
    with Receiver([500] * 6) as receiver:
        raise_invented_alert(store, receiver.url)
        outcome = deliver_pending(store, policy=policy, within=10.0, now=lambda: clock[0], sleep=sleep)
    # Tries at 0, 2 and 6 s; the next would be at 14 s, past the 10 s allowed.
    assert len(receiver.bodies) == 3 and clock[0] - 1000.0 == 6.0
    (pending,) = outcome.pending
    assert pending.attempts == 3 and pending.last_error == "HTTP 500 Internal Server Error"
    assert pending.next_attempt == clock[0] + 8.0  # kept for the next run or the workbench


def test_deliver_pending_with_no_time_sends_nothing(invented_store: SqliteStore) -> None:
    store = invented_store
    with Receiver([]) as receiver:
        raise_invented_alert(store, receiver.url)
        outcome = deliver_pending(store, policy=RetryPolicy(), within=0.0)
    assert receiver.bodies == [] and len(outcome.pending) == 1


def test_deliver_pending_on_a_store_without_watchlists_is_empty(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "plain.db")
    try:
        assert deliver_pending(store, policy=RetryPolicy(), within=5.0) == DeliveryOutcome()
    finally:
        store.close()


def test_a_delivery_claimed_by_another_process_is_not_sent_twice(invented_store: SqliteStore) -> None:
    store = invented_store
    with Receiver([]) as receiver:
        raise_invented_alert(store, receiver.url)
        other = SqliteStore(store.path)
        sent_by_other: list[int] = []

        def post_then_race(url: str, body: bytes, timeout: float) -> PostResult:
            # While this process is sending, a second one (a workbench) looks for due deliveries.
            sent_by_other.append(deliver_due(other, policy=RetryPolicy()))
            return post_json(url, body, timeout)

        try:
            assert deliver_due(store, policy=RetryPolicy(), post=post_then_race) == 1
        finally:
            other.close()
    assert sent_by_other == [0] and len(receiver.bodies) == 1
    assert list_deliveries(store).items[0].status == "delivered"
