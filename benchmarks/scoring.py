"""The article-extraction benchmark's body score: 4-token shingles, multiset overlap, means over pages.

Follows the score defined in /work/shared/dev-data/article-extraction/README.md (scrapinghub's
article-extraction-benchmark): tokens are `\\w+` matches (case kept); a text with fewer than four
tokens gives one shorter shingle; per page TP/FP/FN are divided by their sum so every page weighs
the same; precision and recall are means over pages; F1 comes from those two means.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+")

PageScore = tuple[float, float, float]


def tokens(text: str) -> list[str]:
    """The benchmark's tokens: every `\\w+` run, case kept."""
    return _TOKEN.findall(text or "")


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of `size`-token shingles; a shorter non-empty text gives one shorter shingle."""
    words = tokens(text)
    grams = (tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1)))
    return Counter(gram for gram in grams if gram)


def shingle_score(predicted: str, truth: str) -> PageScore:
    """(tp, fp, fn) of one page's predicted body against the true body, normalised to sum to 1."""
    predicted_shingles, true_shingles = shingles(predicted), shingles(truth)
    tp = float(sum((predicted_shingles & true_shingles).values()))
    fp = float(sum((predicted_shingles - true_shingles).values()))
    fn = float(sum((true_shingles - predicted_shingles).values()))
    total = tp + fp + fn
    if total == 0:
        return (0.0, 0.0, 0.0)
    return (tp / total, fp / total, fn / total)


def page_precision(score: PageScore) -> float:
    """Precision of one page; a page with nothing extra and nothing missing scores 1."""
    tp, fp, fn = score
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp > 0 else 0.0


def page_recall(score: PageScore) -> float:
    """Recall of one page; a page with nothing extra and nothing missing scores 1."""
    tp, fp, fn = score
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn > 0 else 0.0


def aggregate(scores: Iterable[PageScore]) -> tuple[float, float, float, float]:
    """(precision, recall, f1, accuracy) over pages, the way the benchmark averages them.

    Precision is the mean over pages that predicted something, recall the mean over pages whose
    truth is not empty, F1 the harmonic mean of those two means. Accuracy is the share of pages
    scored exactly right (no extra and no missing shingle).
    """
    scores = list(scores)
    if not scores:
        return (0.0, 0.0, 0.0, 0.0)
    precisions = [page_precision(s) for s in scores if s[0] + s[1] > 0]
    recalls = [page_recall(s) for s in scores if s[0] + s[2] > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    accuracy = sum(1 for s in scores if s[1] == s[2] == 0) / len(scores)
    return (precision, recall, f1, accuracy)
