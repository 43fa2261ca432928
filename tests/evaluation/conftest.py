"""One evaluation of the whole gold set per test session: the model loads once, every floor reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.evaluation import EvaluationReport, evaluate, load_gold

GOLD_DIR = Path(__file__).resolve().parents[1] / "gold"


@pytest.fixture(scope="session")
def gold_evaluation() -> EvaluationReport:
    from wirewatch.analyze.pipeline import Analyzer

    return evaluate(load_gold(GOLD_DIR), Analyzer(), splits=("dev", "test", "all"))
