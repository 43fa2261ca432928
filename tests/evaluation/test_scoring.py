"""The scorer's primitives on tiny examples worked out by hand."""

from __future__ import annotations

import pytest

from wirewatch.evaluation.scoring import (
    Ratio,
    Score,
    b_cubed,
    clusters_to_assignment,
    match_one_to_one,
    name_similarity,
    normalize_name,
    pairwise_scores,
    text_similarity,
    token_overlap,
)


def test_score_precision_recall_f1() -> None:
    score = Score(tp=3, fp=1, fn=2)
    assert score.precision == pytest.approx(0.75)
    assert score.recall == pytest.approx(0.6)
    assert score.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_score_empty_sides() -> None:
    assert (Score().precision, Score().recall) == (1.0, 1.0)
    nothing_predicted = Score(fn=2)
    assert (nothing_predicted.precision, nothing_predicted.recall, nothing_predicted.f1) == (0.0, 0.0, 0.0)
    nothing_expected = Score(fp=1)
    assert (nothing_expected.precision, nothing_expected.recall) == (0.0, 0.0)


def test_scores_and_ratios_add_up() -> None:
    assert Score(1, 2, 3) + Score(4, 5, 6) == Score(5, 7, 9)
    assert (Ratio(1, 2) + Ratio(2, 2)).value == pytest.approx(0.75)
    assert Ratio().value is None


def test_normalize_name_folds_accents_case_possessive_and_article() -> None:
    assert normalize_name("The Taliban’s") == "taliban"
    assert normalize_name("Assimi Goïta") == "assimi goita"
    assert normalize_name("Al-Khulaifi") == "al khulaifi"


def test_name_similarity_levels() -> None:
    assert name_similarity(["Ismail Haniyeh", "Haniya"], ["Haniya"]) == 2
    assert name_similarity(["Ismail Haniyeh"], ["Haniyeh"]) == 1
    assert name_similarity(["Ismail Haniyeh"], ["Ismail Haniya"]) == 0
    # A stopword alone must not make two names alike.
    assert name_similarity(["the"], ["The Hague"]) == 0


def test_token_overlap_counts_against_the_shorter_text() -> None:
    assert token_overlap("we are proud of you", "proud of you") == pytest.approx(1.0)
    assert token_overlap("a b c d", "c d e f") == pytest.approx(0.5)
    assert token_overlap("", "anything") == 0.0
    assert token_overlap("the Taliban spokesman", "a spokesman", drop_stopwords=True) == pytest.approx(1.0)


def test_match_one_to_one_prefers_best_pairs_and_uses_each_item_once() -> None:
    gold = ["alpha", "beta"]
    predicted = ["alpha", "alpha", "gamma"]
    pairs = match_one_to_one(gold, predicted, lambda g, p: 1.0 if g == p else 0.0, 0.5)
    assert pairs == [(0, 0)]
    similarity = {("a", "x"): 0.9, ("a", "y"): 0.8, ("b", "x"): 0.7}
    pairs = match_one_to_one(["a", "b"], ["x", "y"], lambda g, p: similarity.get((g, p), 0.0), 0.5)
    assert pairs == [(0, 0)]


def test_pairwise_scores_hand_computed() -> None:
    # Gold {a,b,c} {d}; predicted {a,b} {c,d}. Gold pairs ab ac bc; predicted pairs ab cd.
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    predicted = {"a": "x", "b": "x", "c": "y", "d": "y"}
    assert pairwise_scores(gold, predicted) == Score(tp=1, fp=1, fn=2)


def test_pairwise_scores_missing_items_stand_alone_and_extra_items_are_ignored() -> None:
    gold = {"a": 1, "b": 1}
    assert pairwise_scores(gold, {"a": "x", "z": "x"}) == Score(tp=0, fp=0, fn=1)


def test_b_cubed_hand_computed() -> None:
    # Same clustering as the pairwise example.
    # precision per item: a 2/2, b 2/2, c 1/2, d 1/2 -> 3/4; recall: a 2/3, b 2/3, c 1/3, d 1/1 -> 2/3
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    predicted = {"a": "x", "b": "x", "c": "y", "d": "y"}
    score = b_cubed(gold, predicted)
    assert score.precision == pytest.approx(0.75)
    assert score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))


def test_b_cubed_perfect_and_all_in_one() -> None:
    gold = {"a": 1, "b": 1, "c": 2}
    assert b_cubed(gold, {"a": 5, "b": 5, "c": 6}).f1 == pytest.approx(1.0)
    lumped = b_cubed(gold, {"a": 0, "b": 0, "c": 0})
    assert lumped.recall == pytest.approx(1.0)
    assert lumped.precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def test_clusters_to_assignment_refuses_an_item_in_two_clusters() -> None:
    assert clusters_to_assignment([["a", "b"], ["c"]]) == {"a": 0, "b": 0, "c": 1}
    with pytest.raises(ValueError):
        clusters_to_assignment([["a"], ["a"]])


def test_text_similarity_pairs_a_fragment_with_the_fragment_before_the_sentence_around_it() -> None:
    fragment = "behind closed doors"
    alone = text_similarity(fragment, "behind closed doors", 0.5)
    inside = text_similarity(fragment, "Republicans had written the bill behind closed doors", 0.5)
    assert alone > inside > 0.0
    assert text_similarity(fragment, "in the open", 0.5) == 0.0
