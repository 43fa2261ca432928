"""Speed and memory of wirewatch's cleaners next to plain trafilatura, on the same dev pages in one run.

Each extractor runs in its own fresh process (so one's memory high-water mark cannot hide
another's) on one core. Printed per extractor: pages per CPU-second (pages/s per core), wall milliseconds per
page, the process's peak resident memory before the timed run (imports, pages loaded, one warm-up
page: "base RSS"), its growth while extracting (resource.getrusage, covers lxml's C memory), and
the peak of Python allocations (tracemalloc, measured in a second pass so it does not slow the
timed one).

    .venv/bin/python benchmarks/bench_extract.py [--data DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import gzip
import multiprocessing
import resource
import sys
import time
import tracemalloc
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "dev-data" / "article-extraction"
# "trafilatura html+metadata" also reads title, author and date, as wirewatch does; plain "trafilatura
# html" is its default text-only call, the baseline the score script uses.
EXTRACTORS = ("wirewatch html", "trafilatura html", "trafilatura html+metadata", "wirewatch flat")
KIBIBYTE = 1024


def load_inputs(data: Path, kind: str) -> list[str]:
    """The dev pages as text: decompressed HTML, or the flattened renderings."""
    if kind == "flat":
        return [path.read_text(encoding="utf-8") for path in sorted((data / "flat").glob("*.txt"))]
    return [gzip.decompress(path.read_bytes()).decode("utf-8") for path in sorted((data / "html").glob("*.html.gz"))]


def extractor_function(name: str):
    """The callable that one extractor name stands for (imported inside the worker process)."""
    if name == "wirewatch html":
        from wirewatch.clean.html import clean_html

        return clean_html
    if name == "wirewatch flat":
        from wirewatch.clean.flat import clean_flat_text

        return clean_flat_text
    import trafilatura

    if name == "trafilatura html+metadata":
        return lambda html: trafilatura.extract(html, with_metadata=True)
    return trafilatura.extract


def measure(name: str, data: Path, repeat: int) -> dict[str, float]:
    """Run one extractor over the pages in this (fresh) process and report its figures."""
    extract = extractor_function(name)
    pages = load_inputs(data, "flat" if name.endswith("flat") else "html")
    extract(pages[0])  # warm caches and lazy imports so they are not billed to the pages
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    for _ in range(repeat):
        for page in pages:
            extract(page)
    cpu, wall = time.process_time() - cpu_start, time.perf_counter() - wall_start
    rss_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
    tracemalloc.start()
    for page in pages:
        extract(page)
    _, python_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    count = len(pages) * repeat
    return {
        "pages": count,
        "pages_per_cpu_second": count / cpu,
        "ms_per_page": 1000 * wall / count,
        "peak_rss_mib": rss_before / KIBIBYTE,
        "rss_growth_mib": rss_growth / KIBIBYTE,
        "python_peak_mib": python_peak / KIBIBYTE / KIBIBYTE,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="article-extraction dev-data folder")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the pages in the timed run")
    args = parser.parse_args(argv)
    if not (args.data / "html").is_dir():
        print(f"no dev data at {args.data} (expected html/ and flat/)", file=sys.stderr)
        return 2
    context = multiprocessing.get_context("spawn")
    print(f"dev pages from {args.data.resolve()}, {args.repeat} timed passes, one core per extractor")
    header = f"{'extractor':<26} {'pages':>5} {'pages/s/core':>12} {'ms/page':>8} {'base RSS':>12} {'RSS growth':>10} {'py peak':>8}"
    print(header)
    for name in EXTRACTORS:
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            figures = pool.submit(measure, name, args.data, args.repeat).result()
        print(
            f"{name:<26} {figures['pages']:>5} {figures['pages_per_cpu_second']:>12.1f} {figures['ms_per_page']:>8.1f}"
            f" {figures['peak_rss_mib']:>8.1f} MiB {figures['rss_growth_mib']:>6.1f} MiB"
            f" {figures['python_peak_mib']:>4.1f} MiB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
