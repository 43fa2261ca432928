"""Score the flattened-text cleaner's body against the dev pages' ground truth, beside the whole-text baseline.

Usage: .venv/bin/python benchmarks/score_flat.py [--data DIR] [--worst N] [--show ID-PREFIX] [--render-html]

DIR defaults to the shared dev data beside the checkout (../shared/dev-data/article-extraction).
The baseline returns the whole flattened text as the body; both are scored in the same run.
`--render-html` flattens html/*.html.gz with a second, deliberately different renderer (blank line
between blocks, inline text merged) instead of reading flat/*.txt, to check that the cleaner does
not depend on one renderer's quirks.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

import lxml.html

from scoring import aggregate, shingle_score
from wirewatch.clean.flat import clean_flat_text

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "dev-data" / "article-extraction"


_BLOCK_NAMES = (
    "p div h1 h2 h3 h4 h5 h6 li ul ol section article header footer nav aside figure figcaption blockquote "
    "table tr td th br main form dd dt pre"
)
_BLOCK_TAGS = frozenset(_BLOCK_NAMES.split())
_HIDDEN_TAGS = ("script", "style", "noscript", "template", "svg", "head")


def render_html(html: str) -> str:
    """Flatten a page: its <title>, then the text of each block element, blank lines between blocks."""
    document = lxml.html.fromstring(html)
    title = (document.findtext(".//title") or "").strip()
    for element in document.xpath("|".join(f"//{tag}" for tag in _HIDDEN_TAGS)):
        element.drop_tree()
    blocks: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        text = " ".join(" ".join(pending).split())
        if text:
            blocks.append(text)
        pending.clear()

    def walk(element: lxml.html.HtmlElement) -> None:
        is_block = isinstance(element.tag, str) and element.tag in _BLOCK_TAGS
        if is_block:
            flush()
        if isinstance(element.tag, str):
            pending.append(element.text or "")
            for child in element:
                walk(child)
        if is_block:
            flush()
        pending.append(element.tail or "")

    walk(document)
    flush()
    return "\n\n".join([title, *blocks])


def _pages(data: Path, from_html: bool) -> list[tuple[str, str]]:
    if from_html:
        return [
            (
                path.name.split(".")[0],
                render_html(gzip.decompress(path.read_bytes()).decode("utf-8", "replace")),
            )
            for path in sorted((data / "html").glob("*.html.gz"))
        ]
    return [(path.stem, path.read_text(encoding="utf-8")) for path in sorted((data / "flat").glob("*.txt"))]


def _print_row(name: str, figures: tuple[float, float, float, float]) -> None:
    precision, recall, f1, accuracy = figures
    print(f"{name:<22} precision={precision:.3f}  recall={recall:.3f}  F1={f1:.3f}  accuracy={accuracy:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--worst", type=int, default=8, help="how many of the worst pages to list")
    parser.add_argument("--show", help="print the kept body and removed lines of the page whose id starts so")
    parser.add_argument(
        "--render-html", action="store_true", help="flatten html/*.html.gz with a second renderer"
    )
    args = parser.parse_args()

    flat_dir = args.data / "flat"
    truth_path = args.data / "ground-truth.json"
    if not flat_dir.is_dir() or not truth_path.is_file():
        print(f"no dev data at {args.data} (expected flat/ and ground-truth.json)", file=sys.stderr)
        return 2
    truth = json.loads(truth_path.read_text(encoding="utf-8"))

    cleaner_scores, baseline_scores, per_page = [], [], []
    elapsed = 0.0
    for stem, text in _pages(args.data, args.render_html):
        true_body = truth[stem]["articleBody"]
        began = time.perf_counter()
        article = clean_flat_text(text, url=truth[stem].get("url"))
        elapsed += time.perf_counter() - began
        score = shingle_score("\n".join(article.body), true_body)
        cleaner_scores.append(score)
        baseline_scores.append(shingle_score(text, true_body))
        per_page.append((stem, score, article))
        if args.show and stem.startswith(args.show):
            print(
                f"== {stem}  title={article.title!r}  published={article.published}  authors={article.authors}"
            )
            for paragraph in article.body:
                print("  BODY  ", paragraph[:150])
            for caption in article.captions:
                print("  CAPT  ", caption.text[:100], "||", caption.credit)
            for block in article.removed:
                print(f"  -{block.reason:<18}", block.text[:120])

    source = f"{args.data / 'html'} (second renderer)" if args.render_html else str(flat_dir)
    print(f"{len(cleaner_scores)} pages from {source}")
    _print_row("whole text (baseline)", aggregate(baseline_scores))
    _print_row("clean_flat_text", aggregate(cleaner_scores))
    print(f"cleaner time: {elapsed * 1000 / max(1, len(cleaner_scores)):.1f} ms/page")
    print(f"\nworst {args.worst} pages (tp fp fn, normalised):")
    for stem, (tp, fp, fn), article in sorted(per_page, key=lambda item: item[1][0])[: args.worst]:
        print(
            f"  {stem[:12]}  tp={tp:.2f} fp={fp:.2f} fn={fn:.2f}  paragraphs={len(article.body)}  title={article.title!r:.60}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
