"""Cross-article resolution on the gold clusters must not fall below the floors in tests/gold/floors.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.evaluation.resolution import KindScores, ResolutionScores, evaluate_resolution

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
def test_resolution_stays_above_its_floor(resolution: ResolutionScores, kind: str, measure: str, floor: float):
    value = _measure(getattr(resolution, kind), measure)
    assert value >= floor, f"{kind} {measure} fell to {value:.3f} (floor {floor})"
