"""Cross-article resolution on the gold clusters must not fall below the floors in tests/gold/floors.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.evaluation.gold import load_clusters
from wirewatch.evaluation.resolution import (
    EventClusterOutcome,
    EventMentionOutcome,
    KindScores,
    ResolutionScores,
    ResolvedEvent,
    evaluate_resolution,
    format_clusters,
)
from wirewatch.evaluation.scoring import ClusterScore, Score

GOLD_DIR = Path(__file__).resolve().parents[1] / "gold"
FLOORS = json.loads((GOLD_DIR / "floors.json").read_text(encoding="utf-8"))["resolution"]
CASES = [(kind, measure, floor) for kind in ("actors", "events") for measure, floor in FLOORS[kind].items()]


@pytest.fixture(scope="module")
def resolution() -> ResolutionScores:
    return evaluate_resolution(GOLD_DIR / "clusters")


def _measure(scores: KindScores, measure: str) -> float:
    return {
        "pairwise_precision": scores.pairwise.precision,
        "pairwise_recall": scores.pairwise.recall,
        "b_cubed_f1": scores.b_cubed.f1,
        "found": scores.found / scores.mentions if scores.mentions else 0.0,
    }[measure]


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "measure", "floor"), CASES)
def test_resolution_stays_above_its_floor(
    resolution: ResolutionScores, kind: str, measure: str, floor: float
):
    value = _measure(getattr(resolution, kind), measure)
    assert value >= floor, f"{kind} {measure} fell to {value:.3f} (floor {floor})"


def test_the_cluster_view_shows_each_mention_merged_apart_or_not_found():
    mentions = (
        EventMentionOutcome(
            "a-wire.txt", "ASSAULT armed attack Crimson Brigades Velmaro", 4, "no known event"
        ),
        EventMentionOutcome("b-outlet.txt", "ASSAULT armed attack Crimson Brigades Velmaro", 4, "same day"),
        EventMentionOutcome(
            "c-digest.txt", "ASSAULT armed attack Velmaro", 7, "match too weak: different dates"
        ),
        EventMentionOutcome(
            "d-brief.txt",
            "ASSAULT armed attack Velmaro three weeks earlier",
            None,
            None,
            ("ASSAULT raid (event 9)",),
        ),
    )
    cluster = EventClusterOutcome(
        "event:velmaro-raid", mentions, (ResolvedEvent(4, 2, 1), ResolvedEvent(7, 1, 1)), ((4, 7, 0.55),)
    )
    empty = Score(0, 0, 0)
    kind = KindScores("event", 4, 3, empty, ClusterScore(0.0, 0.0))
    lines = format_clusters(ResolutionScores(4, kind, kind, (cluster,)))
    assert lines[1] == (
        "event:velmaro-raid  4 mentions, 2 in one event; event 4: 2 reports, 1 independent, "
        "event 7: 1 report, 1 independent"
    )
    assert [line.split()[0] for line in lines[2:] if line.strip().startswith(("merged", "apart", "not"))] == [
        "merged",
        "merged",
        "apart",
        "not",
    ]
    assert "match too weak: different dates" in "\n".join(lines)
    assert "the report's events: ASSAULT raid (event 9)" in "\n".join(lines)
    assert lines[-1] == "  possibly the same: events 4 and 7 (0.55)"


@pytest.mark.slow
def test_the_cluster_view_lists_every_gold_event_cluster(resolution: ResolutionScores):
    gold = load_clusters(GOLD_DIR / "clusters")
    assert [c.cluster for c in resolution.event_clusters] == list(
        dict.fromkeys(m.cluster for m in gold.mentions if m.kind == "event")
    )
    found = [m for c in resolution.event_clusters for m in c.mentions if m.event_id is not None]
    assert len(found) == resolution.events.found
    assert all(m.reason for m in found)
