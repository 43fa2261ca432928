"""The gold set itself: it loads, its splits are balanced, and bad annotations are refused."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from wirewatch.errors import InputError
from wirewatch.evaluation.gold import load_clusters, load_gold

GOLD_DIR = Path(__file__).resolve().parents[1] / "gold"


def test_gold_set_loads_with_a_third_held_out_across_kinds() -> None:
    pages = load_gold(GOLD_DIR)
    assert len(pages) >= 36
    per_kind = Counter(page.kind for page in pages)
    held_out = Counter(page.kind for page in pages if page.split == "test")
    for kind in ("political", "conflict", "quotes"):
        assert per_kind[kind] >= 12
        assert held_out[kind] * 3 == per_kind[kind]


def test_every_page_has_a_lead_event_and_quotes_pages_have_direct_quotes() -> None:
    for page in load_gold(GOLD_DIR):
        assert sum(event.lead for event in page.events) == 1, page.name
        if page.kind == "quotes":
            assert any(quote.kind == "direct" for quote in page.quotes), page.name


def _write_page(folder: Path, annotation: dict) -> None:
    pages = folder / "pages"
    pages.mkdir(parents=True)
    (pages / "p.txt").write_text("An invented page.\n", encoding="utf-8")
    (pages / "p.gold.json").write_text(json.dumps(annotation), encoding="utf-8")


MINIMAL = {
    "split": "dev", "published": "2024-01-02", "kind": "quotes", "body_paragraphs": 1, "captions": [],
    "entities": [{"name": "Jane Roe", "type": "person", "aliases": [], "roles": [], "affiliations": []}],
    "quotes": [{"text": "It is done", "kind": "direct", "speaker": "Jane Roe", "certainty": "attributed"}],
    "events": [], "places": [], "times": [],
}


def test_a_minimal_page_loads(tmp_path: Path) -> None:
    _write_page(tmp_path, MINIMAL)
    (page,) = load_gold(tmp_path)
    assert page.quotes[0].speaker == "Jane Roe"


@pytest.mark.parametrize(
    "change, message",
    [
        ({"quotes": [{"text": "x", "kind": "direct", "speaker": "Nobody", "certainty": "attributed"}]}, "Nobody"),
        ({"split": "train"}, "split"),
        ({"published": "2024-13-01"}, "bad annotation"),
        ({"times": [{"text": "then", "value": "2024-01-02"}]}, "missing"),
    ],
)
def test_bad_annotations_are_refused(tmp_path: Path, change: dict, message: str) -> None:
    _write_page(tmp_path, {**MINIMAL, **change})
    with pytest.raises(InputError, match=message):
        load_gold(tmp_path)


def test_cluster_set_loads_and_names_existing_reports() -> None:
    clusters = load_clusters(GOLD_DIR / "clusters")
    assert len(clusters.groups) >= 4
    for group in clusters.groups:
        assert 3 <= len(group.reports) <= 5
    actors = clusters.assignment("actor")
    assert len(set(actors.values())) < len(actors)  # some actor is named in more than one report
