"""Counting and matching primitives for the evaluation: scores, text overlap, one-to-one matching, clusters.

Nothing here knows about pages or the analyzer; `analysis.py` uses these to compare an analysis with gold.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TypeVar

GoldItem = TypeVar("GoldItem")
PredictedItem = TypeVar("PredictedItem")

# Words that carry no identity: "the Taliban spokesman" and "Taliban spokesman" are the same role.
STOPWORDS = frozenset({"a", "an", "the", "of", "and", "s", "in", "on", "for", "to", "at", "by", "its", "his", "her"})
_WORD = re.compile(r"\w+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})


@dataclass(frozen=True)
class Score:
    """True positives, false positives and false negatives of one field, summable over pages.

    Where nothing was expected and nothing predicted, precision and recall are 1: an empty page
    done right is right. Where one side is empty and the other is not, the empty side's ratio is 0.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        precision, recall = self.precision, self.recall
        return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def score_from_counts(matched: int, predicted: int, expected: int) -> Score:
    """A Score from how many matched, how many were predicted and how many expected."""
    return Score(tp=matched, fp=predicted - matched, fn=expected - matched)


@dataclass(frozen=True)
class Ratio:
    """Hits out of cases, summable over pages; a ratio with no cases has no value (None)."""

    hits: int = 0
    total: int = 0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hits + other.hits, self.total + other.total)

    @property
    def value(self) -> float | None:
        return None if self.total == 0 else self.hits / self.total


def normalize_name(name: str) -> str:
    """A name folded for comparison: no accents, lower case, no possessive, no leading "the".

    >>> normalize_name("the Taliban’s")
    'taliban'
    """
    folded = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    folded = "".join(char for char in folded if not unicodedata.combining(char)).lower()
    folded = re.sub(r"'s\b", "", folded)
    words = _WORD.findall(folded.replace("_", " "))
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def name_similarity(first_forms: Iterable[str], second_forms: Iterable[str]) -> int:
    """2 when two sets of name forms share a normalized form, 1 when one form's words lie inside another's, else 0.

    "Haniyeh" lies inside "Ismail Haniyeh" (1); "Haniyeh" and "Haniya" do not match unless an alias says so.
    """
    first = {normalize_name(form) for form in first_forms} - {""}
    second = {normalize_name(form) for form in second_forms} - {""}
    if first & second:
        return 2
    for one in first:
        for other in second:
            if _contains_words(one, other) or _contains_words(other, one):
                return 1
    return 0


def _contains_words(outer: str, inner: str) -> bool:
    inner_words = [word for word in inner.split() if word not in STOPWORDS]
    return bool(inner_words) and f" {inner} " in f" {outer} "


def words(text: str) -> list[str]:
    """Lower-cased, accent-folded word tokens of a text."""
    return normalize_name(text).split()


def token_overlap(first: str, second: str, drop_stopwords: bool = False, relative_to: str = "shorter") -> float:
    """Shared tokens (as multisets) divided by the length of the shorter (or longer) text; 0 when either is empty."""
    first_words, second_words = words(first), words(second)
    if drop_stopwords:
        first_words = [word for word in first_words if word not in STOPWORDS]
        second_words = [word for word in second_words if word not in STOPWORDS]
    if not first_words or not second_words:
        return 0.0
    shared = sum((Counter(first_words) & Counter(second_words)).values())
    lengths = (len(first_words), len(second_words))
    return shared / (min(lengths) if relative_to == "shorter" else max(lengths))


def text_similarity(first: str, second: str, threshold: float, drop_stopwords: bool = False) -> float:
    """Overlap of the shorter text when it reaches `threshold` (else 0), plus a bonus for similar length.

    The bonus breaks ties: a quoted fragment ("behind closed doors") overlaps fully both with the
    predicted fragment and with the predicted sentence around it, and should pair with the fragment.
    """
    primary = token_overlap(first, second, drop_stopwords)
    if primary < threshold:
        return 0.0
    return primary + 0.5 * token_overlap(first, second, drop_stopwords, relative_to="longer")


def match_one_to_one(
    gold: Sequence[GoldItem],
    predicted: Sequence[PredictedItem],
    similarity: Callable[[GoldItem, PredictedItem], float],
    threshold: float,
) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index), each item used once, best similarity first, ties in text order.

    Greedy rather than optimal assignment: with the few candidates a page has, the two agree, and the
    greedy rule is one a reader can check by hand.
    """
    candidates = []
    for gold_index, gold_item in enumerate(gold):
        for predicted_index, predicted_item in enumerate(predicted):
            value = similarity(gold_item, predicted_item)
            if value >= threshold:
                candidates.append((-value, gold_index, predicted_index))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, gold_index, predicted_index in candidates:
        if gold_index in used_gold or predicted_index in used_predicted:
            continue
        used_gold.add(gold_index)
        used_predicted.add(predicted_index)
        pairs.append((gold_index, predicted_index))
    return sorted(pairs)


# ---------------------------------------------------------------- cross-article clusters

Assignment = Mapping[Hashable, Hashable]


def clusters_to_assignment(clusters: Iterable[Iterable[Hashable]]) -> dict[Hashable, int]:
    """Item → cluster number, from clusters given as groups of items."""
    assignment: dict[Hashable, int] = {}
    for number, cluster in enumerate(clusters):
        for item in cluster:
            if item in assignment:
                raise ValueError(f"{item!r} is in two clusters")
            assignment[item] = number
    return assignment


def _groups(assignment: Assignment) -> dict[Hashable, set[Hashable]]:
    groups: dict[Hashable, set[Hashable]] = defaultdict(set)
    for item, cluster in assignment.items():
        groups[cluster].add(item)
    return groups


def _predicted_over_gold_items(gold: Assignment, predicted: Assignment) -> dict[Hashable, Hashable]:
    """Predicted clusters restricted to the gold items; a gold item the system left out stands alone."""
    restricted: dict[Hashable, Hashable] = {}
    for item in gold:
        restricted[item] = ("cluster", predicted[item]) if item in predicted else ("alone", item)
    return restricted


def _pairs(assignment: Assignment) -> set[frozenset[Hashable]]:
    return {
        frozenset(pair)
        for members in _groups(assignment).values()
        for pair in combinations(sorted(members, key=repr), 2)
    }


def pairwise_scores(gold_clusters: Assignment, predicted_clusters: Assignment) -> Score:
    """Pairwise clustering score: a pair of gold items put together is a true positive when gold puts them together.

    Both arguments map item → cluster id. Items only the prediction knows are ignored; gold items
    the prediction lacks count as singletons.
    """
    predicted = _predicted_over_gold_items(gold_clusters, predicted_clusters)
    gold_pairs, predicted_pairs = _pairs(gold_clusters), _pairs(predicted)
    shared = len(gold_pairs & predicted_pairs)
    return Score(tp=shared, fp=len(predicted_pairs) - shared, fn=len(gold_pairs) - shared)


@dataclass(frozen=True)
class ClusterScore:
    """Precision, recall and F1 of a clustering (B-cubed means over items)."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 0.0 if total == 0 else 2 * self.precision * self.recall / total


def b_cubed(gold: Assignment, predicted: Assignment) -> ClusterScore:
    """B-cubed (Bagga & Baldwin 1998): per item, the share of its predicted cluster that gold puts with it
    (precision) and the share of its gold cluster the prediction puts with it (recall), averaged over items.

    Both arguments map item → cluster id; scope and missing items as in `pairwise_scores`.
    """
    if not gold:
        return ClusterScore(precision=1.0, recall=1.0)
    restricted = _predicted_over_gold_items(gold, predicted)
    gold_groups, predicted_groups = _groups(gold), _groups(restricted)
    precision_sum = recall_sum = 0.0
    for item in gold:
        gold_members = gold_groups[gold[item]]
        predicted_members = predicted_groups[restricted[item]]
        together = len(gold_members & predicted_members)
        precision_sum += together / len(predicted_members)
        recall_sum += together / len(gold_members)
    return ClusterScore(precision=precision_sum / len(gold), recall=recall_sum / len(gold))
