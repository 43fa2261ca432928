"""`wirewatch extract` end to end: the real CLI in a subprocess, on invented pages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

REPO = Path(__file__).resolve().parents[1]
PAGES = REPO / "tests" / "fixtures" / "pages"
SCHEMA = json.loads((REPO / "src" / "wirewatch" / "schemas" / "article.schema.json").read_text())


def run_cli(*args: str, stdin: bytes | None = None, tmp_path: Path | None = None) -> subprocess.CompletedProcess:
    env_db = ["--db", str(tmp_path / "store.db")] if tmp_path else []
    return subprocess.run(
        [sys.executable, "-m", "wirewatch", *env_db, *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "name", ["harbor-wire-ceasefire-talks.txt", "northern-ledger-protest.html", "frontline-monitor-feed.xml"]
)
def test_extract_prints_articles_that_follow_the_schema(name: str):
    result = run_cli("extract", str(PAGES / name))
    assert result.returncode == 0, result.stderr.decode()
    articles = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert articles
    for article in articles:
        jsonschema.validate(article, SCHEMA)
        assert article["body"]


def test_extract_feed_gives_one_article_per_item_with_feed_metadata():
    result = run_cli("extract", str(PAGES / "frontline-monitor-feed.xml"))
    articles = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [a["title"] for a in articles] == ["Shelling reported near Kafr Nabl", "Arrests after market protest in Gao"]
    assert articles[0]["url"].endswith("2023-03-04-kafr-nabl")
    assert articles[0]["published"]["value"].startswith("2023-03-04")


def test_extract_reads_standard_input_and_sniffs_the_kind():
    page = (PAGES / "northern-ledger-protest.html").read_bytes()
    result = run_cli("extract", "-", "--format", "text", stdin=page)
    assert result.returncode == 0, result.stderr.decode()
    text = result.stdout.decode()
    assert text.startswith("Thousands protest fuel price rise in Kano")
    assert "Police fired tear gas" in text


def test_extract_of_a_flat_scrape_keeps_story_and_accounts_for_chrome():
    result = run_cli("extract", str(PAGES / "harbor-wire-ceasefire-talks.txt"))
    article = json.loads(result.stdout)
    body = "\n".join(article["body"])
    assert "met in Muscat on Monday" in body and "constructive but early" in body
    assert "Trending" not in body and "Markets Rally" not in body
    assert article["captions"][0]["credit"] == "HAMZA SALEH/AFP VIA GETTY IMAGES"
    assert "Mohammed Abdulsalam, the Houthi chief negotiator" in article["captions"][0]["text"]
    reasons = {block["text"]: block["reason"] for block in article["removed"]}
    assert "Markets Rally as Oil Prices Dip Ahead of Holiday Weekend" in reasons


def test_bad_input_gets_one_line_naming_the_file_and_the_run_goes_on(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8)
    (tmp_path / "story.txt").write_text("Negotiators met in Aden on Monday to discuss the port, officials said.")
    result = run_cli("extract", str(tmp_path))
    assert result.returncode == 1
    errors = result.stderr.decode().strip().splitlines()
    assert len(errors) == 2
    assert any("empty.txt: empty file" in line for line in errors)
    assert any("photo.jpg: binary content" in line for line in errors)
    assert "Negotiators met in Aden" in result.stdout.decode()
    assert "Traceback" not in result.stderr.decode()


def test_missing_file_is_an_error_not_a_traceback():
    result = run_cli("extract", "/nonexistent/page.html")
    assert result.returncode == 1
    assert "no such file or folder" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()
