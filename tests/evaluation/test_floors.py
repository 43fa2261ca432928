"""The analyzer must not fall below the scores recorded in tests/gold/floors.json (see docs/gold.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.evaluation import FIELDS, HEADLINES, EvaluationReport

FLOORS_FILE = Path(__file__).resolve().parents[1] / "gold" / "floors.json"
FLOORS = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))

FIELD_FLOORS = [
    (split, field_name, measure, floor)
    for split, figures in FLOORS["splits"].items()
    for field_name, measures in figures["fields"].items()
    for measure, floor in measures.items()
]
HEADLINE_FLOORS = [
    (split, name, floor)
    for split, figures in FLOORS["splits"].items()
    for name, floor in figures["headlines"].items()
]


def test_floors_name_known_figures() -> None:
    assert {name for _, name, _, _ in FIELD_FLOORS} <= set(FIELDS)
    assert {name for _, name, _ in HEADLINE_FLOORS} <= set(HEADLINES)
    assert {measure for _, _, measure, _ in FIELD_FLOORS} <= {"precision", "recall", "f1"}


@pytest.mark.slow
def test_every_gold_page_is_read_and_cleaned(gold_evaluation: EvaluationReport) -> None:
    failures = {page.name: page.failure for page in gold_evaluation.splits["all"].failures}
    assert failures == {}


@pytest.mark.slow
@pytest.mark.parametrize(("split", "field_name", "measure", "floor"), FIELD_FLOORS)
def test_field_score_stays_above_its_floor(
    gold_evaluation: EvaluationReport, split: str, field_name: str, measure: str, floor: float
) -> None:
    score = gold_evaluation.splits[split].fields[field_name]
    value = getattr(score, measure)
    assert value >= floor, f"{split} {field_name} {measure} fell to {value:.3f} (floor {floor}); {score}"


@pytest.mark.slow
@pytest.mark.parametrize(("split", "name", "floor"), HEADLINE_FLOORS)
def test_headline_figure_stays_above_its_floor(
    gold_evaluation: EvaluationReport, split: str, name: str, floor: float
) -> None:
    ratio = gold_evaluation.splits[split].headlines[name]
    assert ratio.value is not None and ratio.value >= floor, f"{split} {name} fell to {ratio} (floor {floor})"
