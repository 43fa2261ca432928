"""Body score of the HTML cleaner on the article-extraction dev pages, next to plain trafilatura.

Runs `clean_html` on every `html/*.html.gz` of the dev set and scores "\\n".join(body) against the
ground-truth articleBody with the benchmark's shingle score (see benchmarks/scoring.py); plain
`trafilatura.extract(html)` with its defaults is scored in the same run as the baseline.

    .venv/bin/python benchmarks/score_html.py [--data DIR] [--worst N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Callable
from pathlib import Path

import trafilatura

from scoring import PageScore, aggregate, page_precision, page_recall, shingle_score
from wirewatch.clean.html import clean_html

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "dev-data" / "article-extraction"


def load_pages(data: Path) -> list[tuple[str, str, str]]:
    """(page id, html, true body) for every dev page, sorted by id."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((data / "html").glob("*.html.gz")):
        page_id = path.name.removesuffix(".html.gz")
        if page_id in truth:
            html = gzip.decompress(path.read_bytes()).decode("utf-8")
            pages.append((page_id, html, truth[page_id]["articleBody"]))
    return pages


def wirewatch_body(html: str) -> str:
    return "\n".join(clean_html(html).body)


def trafilatura_body(html: str) -> str:
    return trafilatura.extract(html) or ""


def page_f1(score: PageScore) -> float:
    precision, recall = page_precision(score), page_recall(score)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score_all(pages: list[tuple[str, str, str]], extract: Callable[[str], str]) -> list[PageScore]:
    return [shingle_score(extract(html), truth) for _, html, truth in pages]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="article-extraction dev-data folder")
    parser.add_argument("--worst", type=int, default=8, help="how many worst wirewatch pages to list")
    args = parser.parse_args(argv)
    if not (args.data / "ground-truth.json").exists():
        print(f"no dev data at {args.data} (expected ground-truth.json and html/)", file=sys.stderr)
        return 2
    pages = load_pages(args.data)
    results = {"wirewatch": score_all(pages, wirewatch_body), "trafilatura": score_all(pages, trafilatura_body)}
    print(f"{len(pages)} pages from {args.data.resolve()}")
    print(f"{'extractor':<12} {'precision':>9} {'recall':>7} {'F1':>7} {'accuracy':>8}")
    for name, scores in results.items():
        precision, recall, f1, accuracy = aggregate(scores)
        print(f"{name:<12} {precision:>9.4f} {recall:>7.4f} {f1:>7.4f} {accuracy:>8.3f}")
    print(f"\nworst {args.worst} wirewatch pages (page F1; P/R; trafilatura's F1 on the same page):")
    ranked = sorted(range(len(pages)), key=lambda index: page_f1(results["wirewatch"][index]))
    for index in ranked[: args.worst]:
        ours, theirs = results["wirewatch"][index], results["trafilatura"][index]
        print(
            f"  {pages[index][0][:12]}  F1 {page_f1(ours):.3f}  P {page_precision(ours):.3f}"
            f" R {page_recall(ours):.3f}  trafilatura F1 {page_f1(theirs):.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
