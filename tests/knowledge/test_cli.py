"""`wirewatch query`, `export` and `entity` through the real command line, on an invented store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from kb_builders import Reports, day, event, organization, person, quote

from wirewatch.knowledge.store import SqliteStore

pytestmark = pytest.mark.slow
COMMAND = [sys.executable, "-m", "wirewatch"]


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "kb.db"
    store = SqliteStore(path)
    reports = Reports(store)
    for number, spelling in enumerate(["Ismail Haniyeh", "Haniya", "Hanieh"]):
        reports.add(url=f"https://o{number}.example/", published=f"2021-0{number + 1}-10", entities=[
            person("e1", spelling, affiliations=["e2"], roles=["leader of Hamas"]), organization("e2", "Hamas"),
            person("e3", "Amir Khan Muttaqi" if number == 0 else "Muttaki", roles=["acting foreign minister"]),
        ], events=[event("v1", "CONSULT", [("e1", "source"), ("e3", "target")], mode="call", when=day(f"2021-0{number + 1}-09"))],
            quotes=[quote(f"Statement number {number}.", "e1", spelling)])  # fmt: skip
    store.close()
    return path


def wirewatch(database: Path, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*COMMAND, "--db", str(database), *arguments], capture_output=True, text=True, timeout=120
    )


def test_query_actor_as_json_and_table(database: Path):
    result = wirewatch(database, "query", "actor", "Haniye", "--format", "json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["ambiguous"] is False
    actor = answer["actor"]
    assert set(actor) >= {"id", "name", "aliases", "roles", "affiliations", "counterparts", "events"}
    assert actor["name"] == "Ismail Haniyeh" and {"Haniya", "Hanieh"} <= set(actor["aliases"])
    assert [a["name"] for a in actor["counterparts"]] == ["Amir Khan Muttaqi"]
    assert len(actor["events"]) == 3
    table = wirewatch(database, "query", "actor", "Muttaqi")
    assert table.returncode == 0 and "Amir Khan Muttaqi" in table.stdout
    missing = wirewatch(database, "query", "actor", "Nobody Atall")
    assert missing.returncode == 1 and "no actor named" in missing.stderr


def test_query_subcommands(database: Path):
    events = json.loads(wirewatch(database, "query", "events", "--actor", "Muttaki", "--since", "2021-02-01",
                                  "--format", "json").stdout)  # fmt: skip
    assert events["total"] == 2 and events["items"][0]["date"] == "2021-03-09"
    relation = json.loads(
        wirewatch(database, "query", "relation", "Haniyeh", "Muttaqi", "--format", "json").stdout
    )
    assert relation["events"]["total"] == 3 and relation["types"] == {"CONSULT": 3}
    quotes = json.loads(
        wirewatch(database, "query", "quotes", "--speaker", "Haniya", "--format", "json").stdout
    )
    assert quotes["total"] == 3
    profile = wirewatch(database, "query", "profile", "Haniyeh")
    assert profile.returncode == 0 and "leader of Hamas" in profile.stdout
    bad = wirewatch(database, "query", "events", "--near", "north")
    assert bad.returncode == 2 and "LAT,LON,KM" in bad.stderr


def test_export_formats_to_a_file(database: Path, tmp_path: Path):
    target = tmp_path / "graph.graphml"
    result = wirewatch(database, "export", "--format", "graphml", "-o", str(target))
    assert result.returncode == 0 and "wrote" in result.stderr
    assert target.read_text().count("<edge ") == 3
    plover = wirewatch(database, "export", "--format", "plover")
    assert [json.loads(line)["event"] for line in plover.stdout.splitlines()] == ["CONSULT"] * 3


def test_entity_split_and_merge(tmp_path: Path, database: Path):
    copy = tmp_path / "kb.db"
    copy.write_bytes(database.read_bytes())
    split = wirewatch(copy, "entity", "split", "Haniyeh", "--alias", "Hanieh")
    assert split.returncode == 0, split.stderr
    new_id = split.stdout.split()[-1]
    merged = wirewatch(copy, "entity", "merge", "Ismail Haniyeh", new_id, "--note", "one man")
    assert merged.returncode == 0, merged.stderr
    actor = json.loads(wirewatch(copy, "query", "actor", "Hanieh", "--format", "json").stdout)["actor"]
    assert actor["name"] == "Ismail Haniyeh" and "Hanieh" in actor["aliases"]
    refused = wirewatch(copy, "entity", "split", "Haniyeh")
    assert refused.returncode == 2
