"""Measure the analyzer against the gold set: `evaluate(load_gold(path), analyzer)`; docs/gold.md has the rules."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from wirewatch.clean import clean_page
from wirewatch.errors import InputError
from wirewatch.evaluation.analysis import FIELDS, HEADLINES, PageResult, score_page, sum_results
from wirewatch.evaluation.gold import GoldPage, default_gold_dir, load_clusters, load_gold
from wirewatch.evaluation.scoring import Ratio, Score, b_cubed, pairwise_scores
from wirewatch.model import Analysis, Article, ReadFailure
from wirewatch.read import read_path

__all__ = [
    "ArticleAnalyzer", "SplitReport", "EvaluationReport", "evaluate", "read_gold_article", "score_page",
    "load_gold", "load_clusters", "default_gold_dir", "pairwise_scores", "b_cubed", "Score", "Ratio",
    "FIELDS", "HEADLINES", "SPLIT_NAMES",
]

SPLIT_NAMES = ("dev", "test", "all")
# Gold pages are small; the limit only guards against a wrong path pointing at something huge.
MAX_GOLD_PAGE_BYTES = 5 * 1024 * 1024


class ArticleAnalyzer(Protocol):
    def analyze(self, article: Article, published: date | None = None) -> Analysis: ...


@dataclass(frozen=True)
class SplitReport:
    """Scores of one split: the pages in it, per-field scores, headline ratios, pages that failed."""

    split: str
    pages: tuple[PageResult, ...]
    fields: dict[str, Score]
    headlines: dict[str, Ratio]

    @property
    def failures(self) -> tuple[PageResult, ...]:
        return tuple(page for page in self.pages if page.failure)

    def to_dict(self, per_page: bool = False) -> dict[str, object]:
        """JSON-ready figures, rounded to four places; with `per_page`, each page's counts too."""
        figures: dict[str, object] = {
            "split": self.split,
            "pages": len(self.pages),
            "fields": {
                name: {"precision": round(score.precision, 4), "recall": round(score.recall, 4),
                       "f1": round(score.f1, 4), "tp": score.tp, "fp": score.fp, "fn": score.fn}
                for name, score in self.fields.items()
            },
            "headlines": {
                name: {"value": None if ratio.value is None else round(ratio.value, 4),
                       "hits": ratio.hits, "total": ratio.total}
                for name, ratio in self.headlines.items()
            },
            "failures": {page.name: page.failure for page in self.failures},
        }
        if per_page:
            figures["per_page"] = {
                page.name: {name: [score.tp, score.fp, score.fn] for name, score in page.fields.items()}
                for page in self.pages
            }
        return figures


@dataclass(frozen=True)
class EvaluationReport:
    """One SplitReport per requested split ("dev", "test", "all")."""

    splits: dict[str, SplitReport]

    def to_dict(self, per_page: bool = False) -> dict[str, object]:
        return {name: report.to_dict(per_page) for name, report in self.splits.items()}


def read_gold_article(page: GoldPage) -> Article:
    """The article in a gold page's input file, read and cleaned exactly as the CLI does it."""
    for item in read_path(str(page.path), MAX_GOLD_PAGE_BYTES):
        if isinstance(item, ReadFailure):
            raise InputError(item.source, item.reason)
        return clean_page(item)
    raise InputError(str(page.path), "holds no page")


def analyze_gold(pages: Iterable[GoldPage], analyzer: ArticleAnalyzer) -> Iterator[PageResult]:
    """Each page run through read → clean → analyze (with the gold publication date) and scored.

    A page the reader or cleaner refuses is scored as an empty analysis, with the reason kept, so a
    cleaning regression shows up as lost recall instead of stopping the evaluation.
    """
    for page in pages:
        try:
            article = read_gold_article(page)
        except InputError as error:
            yield score_page(page, None, Analysis(), failure=error.reason)
            continue
        yield score_page(page, article, analyzer.analyze(article, page.published))


def report_for(results: Iterable[PageResult], split: str) -> SplitReport:
    """Sum page results belonging to a split ("all" takes every page)."""
    chosen = tuple(result for result in results if split == "all" or result.split == split)
    fields, headlines = sum_results(chosen)
    return SplitReport(split=split, pages=chosen, fields=fields, headlines=headlines)


def evaluate(pages: Iterable[GoldPage], analyzer: ArticleAnalyzer, splits: Iterable[str] = SPLIT_NAMES) -> EvaluationReport:
    """Score the analyzer on the gold pages and report each requested split."""
    wanted = tuple(splits)
    unknown = set(wanted) - set(SPLIT_NAMES)
    if unknown:
        raise ValueError(f"unknown split(s) {sorted(unknown)}; choose from {', '.join(SPLIT_NAMES)}")
    chosen_pages = [page for page in pages if "all" in wanted or page.split in wanted]
    results = tuple(analyze_gold(chosen_pages, analyzer))
    return EvaluationReport({split: report_for(results, split) for split in wanted})
