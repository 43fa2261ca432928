"""The read layer: every input kind becomes pages, and every bad input a one-line failure."""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wirewatch.model import Page, ReadFailure
from wirewatch.read import read_bytes, read_path, read_stream
from wirewatch.read.decode import decode_bytes
from wirewatch.read.sniff import sniff_kind

LIMIT = 1024 * 1024
HTML = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Port talks resume</title></head>"
    "<body><article><p>Negotiators met in Aden on Monday.</p></article></body></html>"
)


def pages_and_failures(items):
    items = list(items)
    return [i for i in items if isinstance(i, Page)], [i for i in items if isinstance(i, ReadFailure)]


def test_sniff_kind_from_content_not_name():
    assert sniff_kind(b"WARC/1.0\r\nWARC-Type: warcinfo") == "warc"
    assert sniff_kind(b"\x1f\x8b\x08\x00") == "gzip"
    assert sniff_kind(b"<?xml version='1.0'?><rss version='2.0'><channel>") == "feed"
    assert sniff_kind(b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">') == "feed"
    assert sniff_kind(HTML.encode()) == "html"
    assert sniff_kind(b"Share\nNews\nTalks resume in Aden\n") == "text"


def test_declared_single_byte_encoding_is_honoured():
    html = "<html><head><meta charset='windows-1251'></head><body><p>Переговоры в Москве</p></body></html>"
    text, encoding = decode_bytes(html.encode("cp1251"))
    assert "Переговоры в Москве" in text
    assert encoding == "cp1251"


def test_wrong_declaration_falls_back_to_what_the_bytes_are():
    html = "<html><head><meta charset='ascii'></head><body><p>Réunion à Genève</p></body></html>"
    text, _ = decode_bytes(html.encode("utf-8"))
    assert "Réunion à Genève" in text


def test_undeclared_latin1_is_detected():
    sentence = "Le ministre a déclaré que la réunion à Genève était prévue pour décembre. " * 5
    text, _ = decode_bytes(sentence.encode("latin-1"))
    assert "déclaré" in text and "Genève" in text


def test_text_and_html_files_are_single_pages(tmp_path: Path):
    (tmp_path / "story.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "scrape.dat").write_text("Share\nTalks resume\nNegotiators met in Aden on Monday.\n")
    pages, failures = pages_and_failures(read_path(str(tmp_path), LIMIT))
    assert not failures
    assert sorted(p.kind for p in pages) == ["html", "text"]


def test_folders_are_read_recursively_skipping_hidden(tmp_path: Path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text("A deep note about a meeting in Doha.")
    (tmp_path / ".hidden.txt").write_text("not for ingest")
    pages, _ = pages_and_failures(read_path(str(tmp_path), LIMIT))
    assert [Path(p.source).name for p in pages] == ["deep.txt"]


def test_gzipped_html_is_decompressed(tmp_path: Path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(HTML.encode()))
    pages, failures = pages_and_failures(read_path(str(path), LIMIT))
    assert not failures and pages[0].kind == "html" and "Aden" in pages[0].content


def _warc_bytes(records: list[tuple[str, str, bytes, str]], compress: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for record_type, uri, payload, content_type in records:
        if record_type == "response":
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(payload), http_headers=http
            )
        else:
            record = writer.create_warc_record(
                uri, record_type, payload=io.BytesIO(payload), warc_content_type=content_type
            )
        writer.write_record(record)
    return buffer.getvalue()


def test_warc_response_and_wet_conversion_records_are_pages(tmp_path: Path):
    data = _warc_bytes(
        [
            ("response", "https://news.example/a", HTML.encode(), "text/html; charset=utf-8"),
            ("response", "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
            ("conversion", "https://news.example/b", b"Talks resume\nNegotiators met in Aden.", "text/plain"),
        ],
        compress=True,
    )
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    pages, failures = pages_and_failures(read_path(str(path), LIMIT))
    assert not failures
    assert [(p.kind, p.url) for p in pages] == [
        ("html", "https://news.example/a"),
        ("text", "https://news.example/b"),
    ]
    assert all("#record-" in p.source for p in pages)


def test_truncated_gzip_warc_keeps_earlier_records_and_names_the_broken_one(tmp_path: Path):
    records = [
        ("conversion", f"https://news.example/{n}", f"Report {n} " * 400, "text/plain") for n in range(3)
    ]
    data = _warc_bytes([(t, u, p.encode(), c) for t, u, p, c in records], compress=True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: int(len(data) * 0.8)])
    pages, failures = pages_and_failures(read_path(str(path), LIMIT))
    assert len(pages) >= 1
    assert len(failures) == 1 and "truncated" in failures[0].reason
    assert failures[0].source.startswith(str(path))


def test_truncated_gzip_page_is_a_failure(tmp_path: Path):
    path = tmp_path / "page.html.gz"
    compressed = gzip.compress((HTML * 200).encode())
    path.write_bytes(compressed[: len(compressed) // 2])
    pages, failures = pages_and_failures(read_path(str(path), LIMIT))
    assert not pages and "truncated or corrupt gzip" in failures[0].reason


def test_rss_items_are_pages_with_their_metadata(tmp_path: Path):
    feed = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title>
<item><title>Ceasefire talks open</title><link>https://wire.example/1</link>
<pubDate>Tue, 03 May 2022 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Delegations met in Doha on Tuesday.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://wire.example/2</link><description></description></item>
</channel></rss>"""
    path = tmp_path / "feed.xml"
    path.write_text(feed)
    pages, failures = pages_and_failures(read_path(str(path), LIMIT))
    assert len(pages) == 1 and pages[0].kind == "feed-item"
    assert pages[0].hints["title"] == "Ceasefire talks open"
    assert pages[0].url == "https://wire.example/1"
    assert failures[0].source.endswith("#item-2") and failures[0].reason == "feed item has no text"


def test_atom_entries_are_pages(tmp_path: Path):
    feed = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Monitor</title>
<entry><title>Envoy visits Kabul</title><link href="https://monitor.example/e1"/>
<updated>2022-05-03T10:00:00Z</updated><content type="html">&lt;p&gt;The envoy arrived on Monday.&lt;/p&gt;</content>
</entry></feed>"""
    pages, failures = pages_and_failures(read_bytes(feed.encode(), "atom.xml", LIMIT))
    assert not failures and pages[0].hints["format"] == "html" and "envoy arrived" in pages[0].content


def test_bad_inputs_fail_with_a_reason_and_never_raise(tmp_path: Path):
    cases = {
        "empty.txt": (b"", "empty file"),
        "blank.txt": (b"  \n\n ", "empty file"),
        "image.jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4, "binary"),
        "huge.txt": (b"word " * (LIMIT // 4), "page limit"),
    }
    for name, (data, _) in cases.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "missing-dir").mkdir()
    for name, (_, reason) in cases.items():
        pages, failures = pages_and_failures(read_path(str(tmp_path / name), LIMIT))
        assert not pages, name
        assert len(failures) == 1 and reason in failures[0].reason, (name, failures)
        assert failures[0].source == str(tmp_path / name)
    assert read_path(str(tmp_path / "nope.txt"), LIMIT).__next__().reason == "no such file or folder"


def test_unreadable_file_is_reported(tmp_path: Path):
    path = tmp_path / "locked.txt"
    path.write_text("secret")
    path.chmod(0)
    try:
        items = list(read_path(str(path), LIMIT))
    finally:
        path.chmod(0o644)
    # root can read anything; the point is that either way nothing raises.
    assert len(items) == 1


def test_a_file_that_cannot_be_opened_is_reported_not_skipped(tmp_path: Path):
    (tmp_path / "story.txt").write_text("Negotiators met in Aden on Monday.")
    (tmp_path / "gone.html").symlink_to(tmp_path / "deleted-since.html")
    pages, failures = pages_and_failures(read_path(str(tmp_path), LIMIT))
    assert len(pages) == 1
    assert [(Path(f.source).name, f.reason.split(" (")[0]) for f in failures] == [("gone.html", "cannot be read")]


def test_stream_input(tmp_path: Path):
    pages, _ = pages_and_failures(read_stream(io.BytesIO(HTML.encode()), "-", LIMIT))
    assert pages[0].source == "-" and pages[0].kind == "html"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4096))
def test_no_byte_sequence_crashes_the_reader(data: bytes):
    for item in read_stream(io.BytesIO(data), "fuzz", LIMIT):
        assert isinstance(item, (Page, ReadFailure))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2048))
def test_no_gzip_of_junk_crashes_the_reader(data: bytes):
    for item in read_stream(io.BytesIO(gzip.compress(data)[: max(2, len(data))]), "fuzz.gz", LIMIT):
        assert isinstance(item, (Page, ReadFailure))


def _clean_cut_points(data: bytes, compressed: bool) -> set[int]:
    """Cut points that leave a valid, shorter archive (nothing of a record lost), which need no failure."""
    if compressed:
        points, position = {len(data)}, 0
        while position < len(data):
            decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
            decompressor.decompress(data[position:])
            position = len(data) - len(decompressor.unused_data)
            points.add(position)
        return points
    starts = [index for index in range(len(data)) if data.startswith(b"WARC/1.0", index)] + [len(data)]
    # Cutting inside the blank lines after a record, or right before the next header begins,
    # leaves every record that began whole.
    return {point for start in starts[1:] for point in range(start - 4, start + 1)}


@pytest.mark.parametrize("compress", [True, False])
def test_every_cut_point_of_a_warc_keeps_whole_records_and_reports_the_cut(compress: bool):
    records = [
        ("conversion", f"https://news.example/{n}", (f"Report {n} " * 300).encode(), "text/plain")
        for n in range(4)
    ]
    data = _warc_bytes(records, compress=compress)
    clean = _clean_cut_points(data, compress)
    for cut in range(40, len(data) + 1, 3):
        pages, failures = pages_and_failures(read_stream(io.BytesIO(data[:cut]), "cut.warc", LIMIT))
        assert all(p.content == (f"Report {i} " * 300) for i, p in enumerate(pages)), (compress, cut)
        expected_failures = 0 if cut in clean else 1
        assert len(failures) == expected_failures, (compress, cut, len(data), failures)
    pages, failures = pages_and_failures(read_stream(io.BytesIO(data), "whole.warc", LIMIT))
    assert len(pages) == 4 and not failures
