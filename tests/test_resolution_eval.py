"""The resolution evaluation finds each gold mention in its report's analysis and scores the clustering."""

from __future__ import annotations

import json
from pathlib import Path

from ingest_support import make_name_pair_analyzer
from wirewatch.evaluation.resolution import evaluate_resolution, format_scores, parse_event_mention


def _page(folder: Path, name: str, published: str, sentence: str) -> None:
    (folder / name).write_text(
        f'<html><head><title>Report {name}</title><meta property="article:published_time" content="{published}">'
        f"</head><body><article><h1>Report {name}</h1><p>{sentence} The officials discussed grain shipments through "
        f"the southern port and the reopening of the bridge, according to report {name}.</p>"
        "<p>Both sides agreed to meet again after the talks ended late in the evening.</p></article></body></html>",
        encoding="utf-8",
    )


def test_parse_event_mention():
    assert parse_event_mention("CONSULT meet Haniyeh–Fidan 2024-01-25") == (
        "CONSULT",
        "meet",
        ["Haniyeh", "Fidan"],
        "2024-01-25",
    )
    assert parse_event_mention("ASSAULT shelling regime forces, Kafr Nabl 2023-03") == (
        "ASSAULT", "shelling", ["regime forces", "Kafr Nabl"], "2023-03",
    )  # fmt: skip


def test_scores_a_small_cluster_set(tmp_path: Path):
    _page(tmp_path, "g1-a.html", "2024-01-25", "Rafael Ostrova met Mira Salk in Valmora.")
    _page(tmp_path, "g1-b.html", "2024-01-25", "Rafael Ostrowa held talks with Mira Salk.")
    _page(tmp_path, "g2-a.html", "2024-03-02", "Rafael Ostrova met Ivo Brandt in Kessel.")
    mentions = [
        ("g1-a.html", "actor", "Rafael Ostrova", "p:ostrova"), ("g1-b.html", "actor", "Rafael Ostrowa", "p:ostrova"),
        ("g2-a.html", "actor", "Rafael Ostrova", "p:ostrova"), ("g1-a.html", "actor", "Mira Salk", "p:salk"),
        ("g1-b.html", "actor", "Mira Salk", "p:salk"), ("g2-a.html", "actor", "Ivo Brandt", "p:brandt"),
        ("g1-a.html", "event", "CONSULT meet Ostrova–Salk 2024-01-25", "e:jan"),
        ("g1-b.html", "event", "CONSULT meet Ostrowa–Salk 2024-01-25", "e:jan"),
        ("g2-a.html", "event", "CONSULT meet Ostrova–Brandt 2024-03-02", "e:mar"),
    ]  # fmt: skip
    (tmp_path / "clusters.json").write_text(json.dumps({
        "groups": [{"id": "g1", "description": "one meeting, two outlets", "reports": ["g1-a.html", "g1-b.html"]},
                   {"id": "g2", "description": "the same man, another meeting", "reports": ["g2-a.html"]}],
        "mentions": [{"report": r, "kind": k, "name": n, "cluster": c} for r, k, n, c in mentions],
    }))  # fmt: skip
    scores = evaluate_resolution(tmp_path, make_analyzer=make_name_pair_analyzer)
    assert scores.reports == 3
    assert (scores.actors.mentions, scores.actors.found) == (6, 6)
    assert scores.actors.pairwise.precision == 1.0 and scores.actors.pairwise.recall == 1.0
    assert (scores.events.mentions, scores.events.found) == (3, 3)
    assert scores.events.b_cubed.f1 == 1.0
    assert format_scores(scores)[1].startswith("actors   found 6/6")
