"""`wirewatch analyze` on an archive prints each record's result as it is analysed, in bounded memory."""

from __future__ import annotations

import io
import json
import queue
import select
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wirewatch.cli.analyze import AnalysisItem, analyzed_as_read, format_report
from wirewatch.model import (
    Analysis,
    AnalyzedArticle,
    Article,
    Entity,
    Event,
    EventActor,
    Span,
    TimeExpression,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGES = sorted((FIXTURES / "serve").glob("*.html"))
SINGLE_PAGE = FIXTURES / "pages" / "harbor-wire-ceasefire-talks.txt"


def _articles(count: int, read: list[int]) -> Iterator[Article]:
    for number in range(count):
        read.append(number)
        yield Article(f"Report {number}", (f"Body of report {number}.",))


def _analysis_of(article: Article) -> Analysis:
    title = article.title or ""
    return Analysis(entities=(Entity("e1", title, "other", (Span(0, len(title), title),)),))


def _in_batches(items: Iterable[AnalysisItem], size: int) -> Iterator[Analysis]:
    """Like the analyzer: reads a whole batch, then yields its analyses."""
    iterator = iter(items)
    while batch := [item for _, item in zip(range(size), iterator, strict=False)]:
        yield from (_analysis_of(article) for article, _ in batch)


def _eager_thread(items: Iterable[AnalysisItem]) -> Iterator[Analysis]:
    """Like a process pool's feeding thread: pulls the input as fast as it can, apart from the consumer."""
    results: queue.Queue = queue.Queue()

    def feed() -> None:
        for article, _ in items:
            results.put(_analysis_of(article))
        results.put(None)

    threading.Thread(target=feed, daemon=True).start()
    while (analysis := results.get()) is not None:
        yield analysis


def test_results_come_in_input_order_with_a_bounded_read_ahead():
    read: list[int] = []
    ahead: list[int] = []
    handed = 0
    for result in analyzed_as_read(
        _articles(50, read), lambda items: _in_batches(items, 4), lambda _: None, 8
    ):
        assert result.analysis.entities[0].name == result.article.title == f"Report {handed}"
        ahead.append(len(read) - handed)
        handed += 1
    assert handed == 50 and max(ahead) <= 8


def test_a_feeder_in_another_thread_is_held_to_the_read_ahead_and_released_when_stopped():
    read: list[int] = []
    results = analyzed_as_read(_articles(10_000, read), _eager_thread, lambda _: date(2024, 1, 2), 6)
    first = next(results)
    assert first.article.title == "Report 0"
    threading.Event().wait(0.3)  # time for an unbounded feeder to race far ahead
    assert len(read) <= 7
    results.close()  # a consumer that stops early (a closed pipe) leaves no thread waiting for a slot
    threading.Event().wait(0.3)
    assert len(read) <= 7


def _record(uri: str, html: str) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(uri, "response", payload=io.BytesIO(html.encode()), http_headers=http)
    )
    return buffer.getvalue()


def _wirewatch(*args: str) -> list[str]:
    command = [sys.executable, "-m", "wirewatch", "analyze", *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


@pytest.mark.slow
def test_an_archive_is_one_json_line_per_record_and_a_single_page_one_object(tmp_path: Path):
    archive = tmp_path / "three.warc"
    archive.write_bytes(
        b"".join(_record(f"https://news.example/{n}", page.read_text()) for n, page in enumerate(PAGES))
    )
    lines = _wirewatch(str(archive), "--workers", "1", "--batch-size", "2")
    records = [json.loads(line) for line in lines]
    assert [record["url"] for record in records] == [f"https://news.example/{n}" for n in range(len(PAGES))]
    assert all(record["analysis"]["entities"] for record in records)
    (single,) = _wirewatch(str(SINGLE_PAGE), "--workers", "1")
    page = json.loads(single)
    assert page["title"] and set(page["analysis"]) >= {"entities", "quotes", "places", "times", "events"}


@pytest.mark.slow
def test_the_first_record_is_printed_while_the_archive_is_still_arriving():
    first = _record("https://news.example/1", PAGES[0].read_text())
    # A long second record, sent in two parts: the reader has bytes to go on but not the record's end.
    filler = "<p>" + "Harbour traffic resumed slowly through the week. " * 4000 + "</p></body>"
    second = _record("https://news.example/2", PAGES[1].read_text().replace("</body>", filler))
    command = [sys.executable, "-m", "wirewatch", "analyze", "-", "--workers", "1", "--batch-size", "1"]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(first + second[: len(second) // 2])
        process.stdin.flush()
        ready, _, _ = select.select([process.stdout], [], [], 120)
        assert ready, "nothing printed before the archive ended: the command does not stream"
        assert json.loads(process.stdout.readline())["url"] == "https://news.example/1"
        process.stdin.write(second[len(second) // 2 :])
        process.stdin.close()
        assert json.loads(process.stdout.readline())["url"] == "https://news.example/2"
        assert process.wait(timeout=120) == 0
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()


def test_the_text_report_shows_an_unanchored_time_as_written() -> None:
    text = "Ivo Brand met Lev Karsk on Saturday."
    people = (Entity("e1", "Ivo Brand", "person", (Span(0, 9, "Ivo Brand"),)),
              Entity("e2", "Lev Karsk", "person", (Span(14, 23, "Lev Karsk"),)))  # fmt: skip
    saturday = TimeExpression("on Saturday", 24, 35, None, "day", "unanchored")
    meeting = Event("v1", "CONSULT", "meet", (EventActor("e1", "participant"), EventActor("e2", "participant")),
                    time=saturday, evidence=(Span(0, 36, text),))  # fmt: skip
    report = format_report(AnalyzedArticle(Article(None, (text,)), Analysis(entities=people, events=(meeting,))))
    assert "Lev Karsk (participant) (on Saturday)" in report and "on on" not in report
