"""Ingest throughput with 1 and 2 workers, peak memory, and store size per 1,000 articles.

The corpus is generated from the invented fixture pages in tests/fixtures/pages: each copy gets other
people's names (every capitalised two-word name replaced by an invented one), other years and its own
variant number, so that no two pages are the same. Each configuration runs in a fresh process on a
fresh store, with the real analyzer; pages/s is counted from the first stored page (the model is loaded
by then) to the last. Target: 2 workers ≥ 1.7× one.

    .venv/bin/python benchmarks/bench_ingest.py --pages 300 --folder /tmp/wirewatch-bench
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

from synthetic import invented_name

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pages"
_TWO_WORD_NAME = re.compile(r"\b([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b")
_YEAR = re.compile(r"\b(20[0-2]\d)\b")


def vary(text: str, variant: int) -> str:
    """A fixture page with other names and years, marked with its variant number."""
    chooser = random.Random(variant)
    names: dict[str, str] = {}

    def rename(match: re.Match[str]) -> str:
        if match.group(0) not in names:
            names[match.group(0)] = invented_name(chooser, 2)
        return names[match.group(0)]

    shift = chooser.randint(-6, 2)
    varied = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), _TWO_WORD_NAME.sub(rename, text))
    marker = f"Variant {variant}."
    return varied.replace("</p>", f" {marker}</p>", 1) if "</p>" in varied else f"{varied}\n\n{marker}\n"


def generate(folder: Path, pages: int) -> int:
    """Write `pages` varied pages (HTML and text fixtures only) into `folder`; returns the total bytes."""
    sources = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".html", ".txt"))
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for number in range(pages):
        source = sources[number % len(sources)]
        target = folder / f"{number:05d}-{source.name}"
        target.write_text(vary(source.read_text(encoding="utf-8"), number), encoding="utf-8")
        total += target.stat().st_size
    return total


def run_one(workers: int, database: Path, corpus: Path, batch_size: int) -> dict[str, float]:
    """One ingest in this process; figures as a dict (printed as JSON by the child process)."""
    from wirewatch.ingest import IngestSummary, ingest
    from wirewatch.knowledge.store import SqliteStore

    store = SqliteStore(database)
    summary = IngestSummary()
    began = time.perf_counter()
    first_new = last_new = None
    for outcome in ingest([str(corpus)], store, 20 * 2**20, workers=workers, batch_size=batch_size):
        summary.count(outcome)
        if outcome.status == "new":
            now = time.perf_counter()
            first_new = first_new or now
            last_new = now
    total = time.perf_counter() - began
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = database.stat().st_size
    store.close()
    steady = (
        (summary.new - 1) / (last_new - first_new) if first_new and last_new and last_new > first_new else 0.0
    )
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "workers": workers,
        "new": summary.new,
        "failed": summary.failed,
        "seconds": total,
        "pages_per_second": steady,
        "peak_main_mib": own,
        "peak_worker_mib": children,
        "store_mib_per_1000": size / 2**20 / max(1, summary.new) * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--folder", type=Path, default=Path("/tmp/wirewatch-bench"))
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--run", nargs=3, metavar=("WORKERS", "DB", "CORPUS"), help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.run:
        workers, database, corpus = arguments.run
        print(json.dumps(run_one(int(workers), Path(database), Path(corpus), arguments.batch_size)))
        return
    corpus = arguments.folder / "corpus"
    if corpus.exists():
        for old in corpus.iterdir():
            old.unlink()
    size = generate(corpus, arguments.pages)
    print(f"corpus: {arguments.pages} pages varied from {FIXTURES} ({size / 2**20:.1f} MiB)")
    results = []
    for workers in arguments.workers:
        database = arguments.folder / f"ingest-{workers}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        child = subprocess.run(
            [sys.executable, __file__, "--batch-size", str(arguments.batch_size), "--run", str(workers), str(database), str(corpus)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        results.append(json.loads(child.stdout.strip().splitlines()[-1]))
    print(f"{'workers':>7}{'new':>6}{'failed':>7}{'total s':>9}{'pages/s':>9}{'per core':>9}{'peak main MiB':>14}"
          f"{'peak worker MiB':>16}{'MiB/1000 articles':>18}")  # fmt: skip
    for r in results:
        print(f"{r['workers']:>7}{r['new']:>6}{r['failed']:>7}{r['seconds']:>9.1f}{r['pages_per_second']:>9.2f}"
              f"{r['pages_per_second'] / r['workers']:>9.2f}{r['peak_main_mib']:>14.0f}{r['peak_worker_mib']:>16.0f}"
              f"{r['store_mib_per_1000']:>18.1f}")  # fmt: skip
    if len(results) >= 2 and results[0]["pages_per_second"]:
        print(f"speed-up {results[1]['workers']} workers / {results[0]['workers']}: "
              f"{results[1]['pages_per_second'] / results[0]['pages_per_second']:.2f}× (target ≥ 1.7× for 2 / 1)")  # fmt: skip


if __name__ == "__main__":
    main()
