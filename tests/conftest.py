"""Fixtures every test area shares."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The team's shared folder beside the checkout (real pages to measure against); skip where absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not here: the shared dev data is only beside a team checkout")
    return SHARED


@pytest.fixture(scope="session")
def seed_page(shared_dir: Path) -> Path:
    path = shared_dir / "examples" / "seed-article.txt"
    if not path.is_file():
        pytest.skip(f"{path} is missing")
    return path
