"""`wirewatch watchlist` over a store filled by the real ingest."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from wirewatch.cli.watchlist import watchlist_group
from wirewatch.settings import Settings


def run(db: Path, *arguments: str) -> tuple[int, str]:
    result = CliRunner().invoke(watchlist_group, list(arguments), obj=Settings(db_path=db))
    return result.exit_code, result.output


def test_watchlists_are_added_listed_and_removed(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    code, output = run(
        db, "add", "Gulf talks", "--place", "Doha", "--type", "consult", "--keyword", "detainees"
    )
    assert code == 0 and "created" in output
    code, output = run(db, "list", "--format", "json")
    (created,) = json.loads(output)
    assert created["event_types"] == ["CONSULT"] and created["places"] == ["Doha"]
    assert run(db, "alerts")[1].strip() == "no alerts"
    code, output = run(db, "add", "Gulf talks", "--place", "Muscat")
    assert code != 0  # the name is taken
    assert run(db, "remove", str(created["id"]))[0] == 0
    assert json.loads(run(db, "list", "--format", "json")[1]) == []


def test_watched_actors_are_named_as_the_store_knows_them(filled_db: Path) -> None:
    code, output = run(filled_db, "add", "Halvorsen meetings", "--actor", "Halvorsen", "--actor", "Coastal Front",
                       "--min-actors", "2")  # fmt: skip
    assert code == 0, output
    listed = {item["name"]: item for item in json.loads(run(filled_db, "list", "--format", "json")[1])}
    assert len(listed["Halvorsen meetings"]["actors"]) == 2
    code, output = run(filled_db, "add", "Nobody", "--actor", "Zzyzx Qwerty")
    assert code != 0
    alerts = json.loads(run(filled_db, "alerts", "--format", "json")[1])
    assert alerts["total"] >= 1 and alerts["items"][0]["event"]["type"] == "CONSULT"
    run(filled_db, "remove", str(listed["Halvorsen meetings"]["id"]))
