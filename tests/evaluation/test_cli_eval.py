"""`wirewatch eval` end to end on a one-page gold folder: the real reader, cleaner and analyzer."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirewatch.cli.evaluate import evaluate_command

GOLD_PAGES = Path(__file__).resolve().parents[1] / "gold" / "pages"
PAGE = "con-01-syria-kafr-nabl"


@pytest.fixture()
def one_page_gold(tmp_path: Path) -> Path:
    pages = tmp_path / "gold" / "pages"
    pages.mkdir(parents=True)
    for suffix in (".txt", ".gold.json"):
        shutil.copy(GOLD_PAGES / f"{PAGE}{suffix}", pages / f"{PAGE}{suffix}")
    return tmp_path / "gold"


@pytest.mark.slow
def test_eval_prints_json_figures_per_split(one_page_gold: Path) -> None:
    arguments = [str(one_page_gold), "--split", "all", "--format", "json", "--per-page"]
    result = CliRunner().invoke(evaluate_command, arguments)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert set(figures) == {"dev", "test", "all"}
    assert figures["dev"]["pages"] == 1 and figures["test"]["pages"] == 0
    entities = figures["all"]["fields"]["entities"]
    assert entities["tp"] + entities["fn"] == 10  # the page's ten gold entities, found or missed
    assert figures["all"]["failures"] == {}
    assert set(figures["all"]["per_page"]) == {PAGE}
    assert sum(figures["all"]["per_page"][PAGE]["entities"]) >= 10


def test_eval_refuses_a_folder_without_gold(tmp_path: Path) -> None:
    result = CliRunner().invoke(evaluate_command, [str(tmp_path)])
    assert result.exit_code == 1
    assert "no pages/ folder" in result.output
