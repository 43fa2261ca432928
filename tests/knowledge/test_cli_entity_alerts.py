"""`wirewatch entity merge` checks the watchlists again: an event newly between two watched actors alerts once."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from kb_builders import Reports, day, event, person

pytestmark = pytest.mark.slow


def wirewatch(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wirewatch", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_merging_two_spellings_alerts_on_the_event_now_between_two_watched_actors(
    tmp_path: Path, reports: Reports
):
    for number, (spelling, when) in enumerate(
        (("Abdul Rahman Sayed", "2022-12-30"), ("Abu Yasin", "2023-02-14"))
    ):
        reports.add(url=f"https://o{number}.example/", published=when, entities=[
            person("e1", spelling), person("e3", "Nadia Firth"),
        ], events=[event("v1", "CONSULT", [("e1", "participant"), ("e3", "participant")], when=day(when))])  # fmt: skip
    db = reports.store.path
    reports.store.close()
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server hook name
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/hook"
        added = wirewatch(db, "watchlist", "add", "pair", "--actor", "Abdul Rahman Sayed", "--actor", "Nadia Firth",
                          "--min-actors", "2", "--webhook", url)  # fmt: skip
        assert added.returncode == 0, added.stderr
        merged = wirewatch(db, "entity", "merge", "Abdul Rahman Sayed", "Abu Yasin", "--note", "same man")
        assert merged.returncode == 0, merged.stderr
        assert "alerts 1 new, 0 updated · webhooks 1 delivered" in merged.stdout
    finally:
        server.shutdown()
        server.server_close()
    (body,) = received
    assert body["kind"] == "alert.created" and body["event"]["date"] == "2023-02-14"
    alerts = json.loads(wirewatch(db, "watchlist", "alerts", "--format", "json").stdout)
    assert alerts["total"] == 1 and alerts["items"][0]["reasons"] == [
        "actors: Abdul Rahman Sayed, Nadia Firth"
    ]
