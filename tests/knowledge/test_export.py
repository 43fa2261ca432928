"""Every export format is readable by the tools it is for, and keeps the provenance of events."""

import csv
import io
import json
from xml.etree import ElementTree

import pytest
from kb_builders import Reports, day, event, organization, person

from wirewatch.knowledge.export import export


@pytest.fixture
def filled(reports: Reports) -> Reports:
    for number in range(2):
        reports.add(url=f"https://o{number}.example/", published="2022-07-02", entities=[
            person("e1", "Sara Velez & Co", affiliations=["e2"]), organization("e2", "Río Grande <Council>"),
            person("e3", "Jon Ekdal"),
        ], events=[event("v1", "ACCUSE", [("e1", "source"), ("e3", "target")], when=day("2022-07-01"))])  # fmt: skip
    return reports


def _written(store, output_format: str) -> tuple[int, str]:
    out = io.StringIO()
    count = export(store, output_format, out)
    return count, out.getvalue()


def test_jsonl_holds_actors_then_events_with_evidence(filled: Reports):
    count, text = _written(filled.store, "jsonl")
    records = [json.loads(line) for line in text.splitlines()]
    assert count == len(records) == 4
    assert [r["kind"] for r in records] == ["actor", "actor", "actor", "event"]
    accused = records[-1]
    assert accused["reports"] == 2 and len(accused["evidence"]) == 2
    assert accused["evidence"][0]["evidence"][0]["start"] == 10


def test_csv_has_one_row_per_event(filled: Reports):
    _, text = _written(filled.store, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 1 and rows[0]["type"] == "ACCUSE" and rows[0]["corroboration"] == "2"
    assert rows[0]["source_actors"].startswith("Sara Velez & Co") and rows[0]["article_ids"] == "1 2"


def test_graphml_is_valid_xml_with_actors_as_nodes_and_events_as_edges(filled: Reports):
    _, text = _written(filled.store, "graphml")
    root = ElementTree.fromstring(text)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = root.findall(".//g:node", ns)
    edges = root.findall(".//g:edge", ns)
    assert len(nodes) == 3 and len(edges) == 1
    names = {node.find("g:data[@key='name']", ns).text for node in nodes}
    assert "Río Grande <Council>" in names
    assert edges[0].find("g:data[@key='event_type']", ns).text == "ACCUSE"


def test_plover_records_name_both_sides_and_their_sources(filled: Reports):
    _, text = _written(filled.store, "plover")
    (record,) = [json.loads(line) for line in text.splitlines()]
    assert (
        record["event"] == "ACCUSE"
        and record["actor1"] == "Sara Velez & Co"
        and record["actor2"] == "Jon Ekdal"
    )
    assert record["date"] == "2022-07-01" and record["num_sources"] == 2
    assert record["sources"][0]["offsets"] == [[10, 40]]


def test_unknown_format_is_refused(filled: Reports):
    with pytest.raises(ValueError):
        export(filled.store, "xls", io.StringIO())
