"""`wirewatch ingest` sends the webhooks of the alerts it raises before it exits: no workbench needed.

Receivers are local HTTP servers started by the test; one answers after a failure, one keeps failing.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

PAGE = Path(__file__).resolve().parent / "fixtures" / "pages" / "harbor-wire-ceasefire-talks.txt"


class Receiver:
    """A local HTTP server answering the scripted statuses in turn (then 200), keeping the bodies it got."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = list(statuses)
        self.bodies: list[dict] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the http.server hook name
                receiver.bodies.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(receiver.statuses.pop(0) if receiver.statuses else 200)
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


def wirewatch(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wirewatch", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.slow
def test_ingest_delivers_its_webhooks_retrying_and_leaves_a_failing_one_for_the_next_run(tmp_path: Path):
    db = tmp_path / "kb.db"
    with Receiver([503]) as flaky, Receiver([500, 500, 500]) as down:
        for name, url in (("talks", flaky.url), ("talks too", down.url)):
            added = wirewatch(
                db, "watchlist", "add", name, "--keyword", "Muscat", "--type", "CONSULT", "--webhook", url
            )
            assert added.returncode == 0, added.stderr
        # Retries 2 s then 4 s apart: the flaky receiver answers on the second try; the one that is down
        # fails at 0, 2 and 6 s, and its next try (14 s) is past the 10 s this run may spend.
        first = wirewatch(db, "ingest", "--quiet", "--workers", "1", "--webhook-wait", "10", str(PAGE))
        assert first.returncode == 0, first.stderr
        # The page reports one meeting in Muscat: one alert per watchlist, so one webhook each.
        assert "alerts 2 · webhooks 1 delivered, 1 pending" in first.stdout
        assert len(flaky.bodies) == 2 and len(down.bodies) == 3
        assert (
            flaky.bodies[-1]["kind"] == "alert.created" and flaky.bodies[-1]["watchlist"]["name"] == "talks"
        )
        assert (
            "webhook not yet delivered" in first.stderr and "HTTP 500 Internal Server Error" in first.stderr
        )
        # Kept where the workbench shows it (and `watchlist deliveries` lists it), with its last error.
        pending = json.loads(
            wirewatch(db, "watchlist", "deliveries", "--status", "pending", "--format", "json").stdout
        )
        assert {(item["url"], item["attempts"], item["last_error"]) for item in pending["items"]} == {
            (down.url, 3, "HTTP 500 Internal Server Error")
        }
        # The next run from cron (nothing new to read) sends what is left, once the receiver is back.
        again = wirewatch(db, "ingest", "--quiet", "--workers", "1", "--webhook-wait", "15", str(PAGE))
        assert again.returncode == 0, again.stderr
        assert "duplicate 1" in again.stdout and "webhooks 1 delivered" in again.stdout
        assert len(down.bodies) == 4 and len(flaky.bodies) == 2
    delivered = json.loads(wirewatch(db, "watchlist", "deliveries", "--format", "json").stdout)
    assert {item["status"] for item in delivered["items"]} == {"delivered"}
