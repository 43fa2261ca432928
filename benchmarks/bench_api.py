"""Latency of the workbench's main pages and API calls at 100k articles, under a bounded concurrent load.

The store is the synthetic one of `bench_queries.py`: --base invented, already-analysed articles
written through `SqliteStore.add_analyzed`, then copied in SQL (shifted ids and dates, the same actors,
full-text index filled by the insert triggers) up to --articles; it is built once in --folder and reused.
The workbench is started with the `wirewatch serve` command (`--processes` server processes) on 127.0.0.1; N client
threads in this process each keep one connection open and request the URLs of a fixed, shuffled plan
until the plan is done or the time is up. Printed per URL kind: requests, p50, p95 and worst latency in
ms; the baseline is a static file served by the same app (the floor set by the server and the client,
not by the store). Target: p95 < 300 ms with 8 clients. The timeline and map views keep their answers
until the store changes (`serve/cache.py`): their URLs vary over ten years, so the first request of
each is computed and the worst column shows it.

    .venv/bin/python benchmarks/bench_api.py --articles 100000 --clients 8 --requests 1600 --seconds 180 \
        [--processes 2]
"""

from __future__ import annotations

import argparse
import http.client
import math
import random
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_queries import SyntheticWorld, fill, full_text_rows, replicate  # noqa: E402
from wirewatch.knowledge import queries  # noqa: E402
from wirewatch.knowledge.store import SqliteStore  # noqa: E402
from wirewatch.settings import default_workers  # noqa: E402

TARGET_P95_MS = 300.0


def build_store(folder: Path, articles: int, base: int) -> tuple[Path, SyntheticWorld, int]:
    """The synthetic store of `articles` articles in `folder` (built once, then reused), and its size.

    `base` articles go through `SqliteStore.add_analyzed`; the rest are SQL copies of them with shifted
    ids and dates, resolved to the same actors (`bench_queries.replicate`).
    """
    world = SyntheticWorld(seed=1, people=20_000, organizations=600, places=3_000)
    path = folder / f"api-{articles}.db"
    if not path.exists():
        building = folder / f"api-{articles}.building.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{building}{suffix}").unlink(missing_ok=True)
        store = SqliteStore(building)
        try:
            base = min(base, articles)
            seconds = fill(store, world, 0, base)
            print(f"filled {base} synthetic articles through add_analyzed in {seconds:.0f} s", flush=True)
            copies = math.ceil(articles / base) - 1
            seconds = replicate(store, copies, same_cast=True)
            print(f"copied them {copies} times in SQL in {seconds:.0f} s", flush=True)
            store.connection.execute("ANALYZE")
        finally:
            store.close()
        building.rename(path)
    store = SqliteStore(path)
    try:
        stored = store.stats().articles
        indexed = full_text_rows(store)
    finally:
        store.close()
    if indexed != stored:
        raise SystemExit(
            f"{path}: {stored} articles but {indexed} in the full-text index; delete it and rebuild"
        )
    return path, world, stored


def start_server(path: Path, port: int, processes: int) -> subprocess.Popen:
    """The workbench started exactly as a user starts it: `wirewatch serve` over the store."""
    command = [str(Path(sys.executable).with_name("wirewatch")), "--db", str(path), "serve", "--port", str(port),
               "--token", "bench", "--processes", str(processes)]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.DEVNULL)


def plan(path: Path, world: SyntheticWorld, requests: int, seed: int) -> list[tuple[str, str]]:
    """(kind, url) pairs: the main pages and API calls with varied, existing ids and names."""
    chooser = random.Random(seed)
    store = SqliteStore(path)
    try:
        people = [chooser.choice(world.people) for _ in range(60)]
        actor_ids = [
            match.actor.id
            for name in people
            if (match := queries.find_actor(store, name, events_limit=0)).actor
        ]
        events = queries.search_events(store, limit=200, offset=chooser.randint(0, 5000)).items
        event_ids = [event.id for event in events]
        article_ids = [chooser.randint(1, store.stats().articles) for _ in range(200)]
    finally:
        store.close()
    years = [str(year) for year in range(2015, 2025)]
    kinds = {
        "page: search NAME": lambda: f"/?q={quote(chooser.choice(people))}",
        "page: actor": lambda: f"/actors/{chooser.choice(actor_ids)}",
        "page: event": lambda: f"/events/{chooser.choice(event_ids)}",
        "page: events by type+year": lambda: (
            f"/events?type=CONSULT&since={(y := chooser.choice(years))}&until={y}"
        ),
        "page: timeline since YEAR": lambda: f"/timeline?since={chooser.choice(years)}",
        "page: map": lambda: f"/map?since={(y := chooser.choice(years))}&until={y}",
        "page: article": lambda: f"/articles/{chooser.choice(article_ids)}",
        "api: events?actor": lambda: f"/api/events?actor={chooser.choice(actor_ids)}",
        "api: actors?name": lambda: f"/api/actors?name={quote(chooser.choice(people).split()[-1])}",
        "api: articles?q": lambda: (
            f"/api/articles?q={quote(chooser.choice(['talks', 'ceasefire convoy', 'port']))}"
        ),
        "api: events csv": lambda: "/api/events?type=PROTEST&limit=200&format=csv",
        "baseline: static css": lambda: "/static/style.css",
    }
    names = list(kinds)
    pairs = [(names[index % len(names)], kinds[names[index % len(names)]]()) for index in range(requests)]
    chooser.shuffle(pairs)
    return pairs


def run_clients(
    port: int, pairs: list[tuple[str, str]], clients: int, seconds: float
) -> tuple[dict[str, list[float]], list[str], float]:
    """Send the plan from `clients` threads; latencies per kind (ms), errors, wall seconds."""
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    lock = threading.Lock()
    cursor = iter(pairs)
    deadline = time.monotonic() + seconds

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while time.monotonic() < deadline:
            with lock:
                pair = next(cursor, None)
            if pair is None:
                break
            kind, url = pair
            began = time.perf_counter()
            connection.request("GET", url)
            response = connection.getresponse()
            response.read()
            elapsed = (time.perf_counter() - began) * 1000
            with lock:
                latencies[kind].append(elapsed)
                if response.status != 200:
                    errors.append(f"{response.status} {url}")
        connection.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors, time.monotonic() - began


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def wait_until_up(port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/static/style.css")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the workbench did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--base", type=int, default=10_000, help="articles written through add_analyzed")
    parser.add_argument("--folder", type=Path, default=Path("/tmp/wirewatch-bench"))
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=1600, help="total requests (bounded load)")
    parser.add_argument("--seconds", type=float, default=180, help="stop sending after this long")
    parser.add_argument("--port", type=int, default=8799)
    parser.add_argument(
        "--processes", type=int, default=default_workers(), help="server processes (as `wirewatch serve` defaults)"
    )
    arguments = parser.parse_args()
    arguments.folder.mkdir(parents=True, exist_ok=True)
    path, world, stored = build_store(arguments.folder, arguments.articles, arguments.base)
    pairs = plan(path, world, arguments.requests, seed=3)
    server = start_server(path, arguments.port, arguments.processes)
    try:
        wait_until_up(arguments.port, 60)
        # One pass over each kind first, so that first-use costs (templates, caches) are not measured.
        warm = {kind: url for kind, url in pairs}
        run_clients(arguments.port, list(warm.items()), 1, 60)
        latencies, errors, wall = run_clients(arguments.port, pairs, arguments.clients, arguments.seconds)
    finally:
        server.terminate()
        server.wait(timeout=30)
    done = sum(len(values) for values in latencies.values())
    print(f"\n{stored} articles · {arguments.clients} clients · {done} requests in {wall:.1f} s"
          f" ({done / wall:.0f} req/s) · {len(errors)} errors")  # fmt: skip
    print(f"{'what':<30}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'worst ms':>10}")
    everything: list[float] = []
    for kind in sorted(latencies, key=lambda name: (name.startswith("baseline"), name)):
        values = latencies[kind]
        if not kind.startswith("baseline"):
            everything.extend(values)
        p95 = percentile(values, 0.95)
        flag = (
            "" if kind.startswith("baseline") or p95 < TARGET_P95_MS else f"  (over {TARGET_P95_MS:.0f} ms)"
        )
        print(
            f"{kind:<30}{len(values):>6}{statistics.median(values):>9.1f}{p95:>9.1f}{max(values):>10.1f}{flag}"
        )
    print(f"{'all pages and API calls':<30}{len(everything):>6}{statistics.median(everything):>9.1f}"
          f"{percentile(everything, 0.95):>9.1f}{max(everything):>10.1f}")  # fmt: skip
    for error in errors[:10]:
        print(f"error: {error}")


if __name__ == "__main__":
    main()
