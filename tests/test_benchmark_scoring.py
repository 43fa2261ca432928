"""The benchmark score in benchmarks/scoring.py, pinned on hand-worked cases."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "scoring", Path(__file__).resolve().parents[1] / "benchmarks" / "scoring.py"
)
assert _SPEC is not None and _SPEC.loader is not None
scoring = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(scoring)


def test_identical_texts_score_one() -> None:
    assert scoring.shingle_score("The bridge will close in May.", "The bridge will close in May!") == (
        1.0,
        0.0,
        0.0,
    )


def test_counts_are_shares_of_all_shingles() -> None:
    # Truth has 3 shingles (a b c d / b c d e / c d e f); the prediction 2, one of them right.
    tp, fp, fn = scoring.shingle_score("a b c d x", "a b c d e f")
    assert (tp, fp, fn) == pytest.approx((1 / 4, 1 / 4, 2 / 4))


def test_short_text_is_one_shorter_shingle_and_empty_is_none() -> None:
    assert scoring.shingles("two words") == {("two", "words"): 1}
    assert scoring.shingles("") == {}
    assert scoring.shingle_score("", "") == (0.0, 0.0, 0.0)


def test_aggregate_leaves_empty_predictions_out_of_precision() -> None:
    perfect = scoring.shingle_score("a b c d", "a b c d")
    empty = scoring.shingle_score("", "a b c d")
    precision, recall, f1, accuracy = scoring.aggregate([perfect, empty])
    assert precision == 1.0
    assert recall == 0.5
    assert f1 == pytest.approx(2 * 0.5 / 1.5)
    assert accuracy == 0.5
