"""Throughput of the analyzer next to the bare language model, on the same bodies in one run.

Bodies: the dev pages of the article-extraction set cleaned by `wirewatch.clean.html`, plus the repo's
gold pages of the dev split read and cleaned as `wirewatch eval` does. Printed per line: documents and
words per CPU-second (per core: process CPU time, so threads the model may use are all billed), and
wall milliseconds per document. The two single-process lines run in alternating passes and each keeps
its fastest pass (as `timeit` does), so load from other processes on the machine skews them least:

- "nlp.pipe": the model `load_nlp()` returns, run over the bodies and captions with `nlp.pipe`;
- "Analyzer.analyze_many": the same parse plus every analyzer stage (entities → places → times →
  sources → quotes → events); its ratio to the line above is the cost of our own stages;
- "analyze_parallel, N workers": wall-clock documents per second with one model per worker process,
  timed from the first result (so model loading in the workers is left out).

    .venv/bin/python benchmarks/bench_analyze.py [--data DIR] [--repeat N] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
import time
from datetime import date
from pathlib import Path

from wirewatch.analyze.nlp import load_nlp
from wirewatch.analyze.pipeline import Analyzer, analyze_parallel, published_date
from wirewatch.clean.html import clean_html
from wirewatch.errors import InputError
from wirewatch.evaluation import load_gold, read_gold_article
from wirewatch.model import Article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / ".." / "shared" / "dev-data" / "article-extraction"
GOLD = ROOT / "tests" / "gold"

Item = tuple[Article, date | None]


def load_items(data: Path) -> list[Item]:
    """Clean article bodies with their publication dates: extraction dev pages, then dev gold pages."""
    items: list[Item] = []
    for path in sorted((data / "html").glob("*.html.gz")):
        article = clean_html(gzip.decompress(path.read_bytes()).decode("utf-8"))
        if article.body:
            items.append((article, published_date(article)))
    if GOLD.exists():
        for page in load_gold(GOLD):
            if page.split != "dev":
                continue
            try:
                items.append((read_gold_article(page), page.published))
            except InputError as error:
                print(f"skipped gold page {page.name}: {error}", file=sys.stderr)
    return items


def word_count(items: list[Item]) -> int:
    return sum(len(text.split()) for article, _ in items for text in texts_of(article))


def texts_of(article: Article) -> list[str]:
    return [article.text, *(caption.text for caption in article.captions)]


def timed(run) -> tuple[float, float]:
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    run()
    return time.process_time() - cpu_start, time.perf_counter() - wall_start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    arguments = parser.parse_args()

    items = load_items(arguments.data)
    if not items:
        sys.exit(f"no pages found under {arguments.data} or {GOLD}")
    texts = [text for article, _ in items for text in texts_of(article)]
    documents, words = len(items), word_count(items)
    nlp = load_nlp()
    analyzer = Analyzer(nlp)
    list(analyzer.analyze_many(items[:4]))  # warm lazy loads (gazetteer index, lookups) before timing

    def bare() -> None:
        for _doc in nlp.pipe(texts, batch_size=arguments.batch_size):
            pass

    def analyzed() -> None:
        for _analysis in analyzer.analyze_many(items, batch_size=arguments.batch_size):
            pass

    print(
        f"{len(items)} articles ({len(texts)} texts with captions), {word_count(items)} words, best of {arguments.repeat} passes"
    )
    print(f"{'':34s} {'docs/s/core':>12s} {'words/s/core':>13s} {'ms/doc':>8s}")
    fastest: dict[str, tuple[float, float]] = {}
    for _ in range(arguments.repeat):
        for name, run in (("nlp.pipe", bare), ("Analyzer.analyze_many", analyzed)):
            cpu, wall = timed(run)
            if name not in fastest or cpu < fastest[name][0]:
                fastest[name] = (cpu, wall)
    results = {}
    for name, (cpu, wall) in fastest.items():
        results[name] = documents / cpu
        print(f"{name:34s} {documents / cpu:12.1f} {words / cpu:13.0f} {1000 * wall / documents:8.1f}")
    print(f"analyzer / bare model throughput: {results['Analyzer.analyze_many'] / results['nlp.pipe']:.2f}")
    print(f"load average while measuring: {' '.join(f'{value:.1f}' for value in os.getloadavg())}")

    for workers in arguments.workers:
        stream = analyze_parallel(items * arguments.repeat, workers=workers, batch_size=arguments.batch_size)
        next(stream)
        start = time.perf_counter()
        remaining = sum(1 for _ in stream)
        wall = time.perf_counter() - start
        print(f"{f'analyze_parallel, {workers} worker(s)':34s} {remaining / wall:12.1f} docs/s wall")


if __name__ == "__main__":
    main()
