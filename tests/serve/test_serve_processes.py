"""`wirewatch serve --processes N`: several server processes over one store, started as a user starts them."""

from __future__ import annotations

import http.client
import socket
import subprocess
import sys
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def request(port: int, method: str, path: str, headers: dict[str, str] | None = None) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request(method, path, headers=headers or {})
        return connection.getresponse().status
    finally:
        connection.close()


def test_two_processes_answer_reads_and_share_the_token(tmp_path: Path) -> None:
    port = free_port()
    wirewatch = Path(sys.executable).with_name("wirewatch")
    command = [str(wirewatch), "--db", str(tmp_path / "store.db"), "serve", "--port", str(port),
               "--token", "secret", "--processes", "2"]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if request(port, "GET", "/api/openapi.json") == 200:
                    break
            except OSError:
                pass
            assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
            assert time.monotonic() < deadline, "the workbench did not start"
            time.sleep(0.2)
        statuses = {request(port, "GET", "/api/stats") for _ in range(6)}
        assert statuses == {200}
        watchlist = {"Content-Type": "application/json", "Content-Length": "0"}
        assert request(port, "POST", "/api/watchlists", watchlist) == 401
        assert request(port, "POST", "/api/watchlists", {**watchlist, "Authorization": "Bearer secret"}) != 401
    finally:
        server.terminate()
        server.wait(timeout=30)
