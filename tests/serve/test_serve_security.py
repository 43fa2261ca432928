"""Security points of the workbench: binding, tokens, host names, body limits, CSV cells."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from workbench_fixtures import auth, make_app

from wirewatch.cli.serve import serve_command
from wirewatch.errors import WirewatchError
from wirewatch.serve.security import check_bind, is_loopback
from wirewatch.serve.tabular import csv_response
from wirewatch.settings import Settings


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_loopback_addresses_may_serve_without_a_token(host: str) -> None:
    assert is_loopback(host)
    check_bind(host, None)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::", "example.org"])
def test_any_other_address_needs_a_token(host: str) -> None:
    assert not is_loopback(host)
    with pytest.raises(WirewatchError, match="without an API token"):
        check_bind(host, None)
    check_bind(host, "a-token")


def test_the_serve_command_refuses_a_public_address_without_a_token(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        serve_command, ["--host", "0.0.0.0", "--port", "1"], obj=Settings(db_path=tmp_path / "x.db"), env={}
    )
    assert result.exit_code != 0
    assert isinstance(result.exception, WirewatchError) and "without an API token" in str(result.exception)
    assert not (tmp_path / "x.db").exists()


def test_requests_naming_another_host_are_refused(tmp_path: Path, analyzer) -> None:
    # Default options for a loopback bind: only loopback host names are answered (DNS rebinding).
    app = make_app(tmp_path / "hosts.db", analyzer, allowed_hosts=None)
    with TestClient(app, base_url="http://127.0.0.1:8765") as client:
        assert client.get("/api/stats").status_code == 200
        assert client.get("/api/stats", headers={"Host": "localhost:8765"}).status_code == 200
        assert client.get("/api/stats", headers={"Host": "attacker.example"}).status_code == 400


def test_a_body_over_the_limit_is_refused_before_it_is_read(tmp_path: Path, analyzer) -> None:
    with TestClient(make_app(tmp_path / "body.db", analyzer)) as client:
        huge = b"x" * 400_000
        answer = client.post(
            "/api/watchlists", content=huge, headers={**auth(), "Content-Type": "application/json"}
        )
        assert answer.status_code == 413

        def chunks():
            for _ in range(40):
                yield b"y" * 10_000

        streamed = client.post(
            "/api/ingest",
            content=chunks(),
            headers={**auth(), "Content-Type": "multipart/form-data; boundary=b"},
        )
        assert streamed.status_code == 413


def test_the_token_is_compared_in_full(tmp_path: Path, analyzer) -> None:
    with TestClient(make_app(tmp_path / "token.db", analyzer)) as client:
        token = auth()["Authorization"]
        body = {"name": "w", "keywords": ["k"]}
        for wrong in (token[:-1], token + "x", token.replace("Bearer", "Basic"), "Bearer", ""):
            assert (
                client.post("/api/watchlists", json=body, headers={"Authorization": wrong}).status_code == 401
            )
        assert client.post("/api/watchlists", json=body, headers={"Authorization": token}).status_code == 201


def test_forms_need_the_token_too(tmp_path: Path, analyzer) -> None:
    with TestClient(make_app(tmp_path / "forms.db", analyzer)) as client:
        refused = client.post("/watchlists", data={"name": "w", "keywords": "k", "token": "wrong"})
        assert refused.status_code == 401 and client.get("/api/watchlists").json() == []
        token = auth()["Authorization"].split()[1]
        made = client.post(
            "/watchlists", data={"name": "w", "keywords": "k", "token": token}, follow_redirects=False
        )
        assert made.status_code == 303 and made.headers["location"].startswith("/watchlists/")


def test_csv_cells_that_a_spreadsheet_would_evaluate_are_defused() -> None:
    body = csv_response([{"a": '=HYPERLINK("http://x")', "b": "+1", "c": "plain"}], ["a", "b", "c"], "t").body
    assert body.decode().splitlines()[1] == '"\'=HYPERLINK(""http://x"")",\'+1,plain'
