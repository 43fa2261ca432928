"""WARC and WET archives: every response (HTML) or conversion (extracted text) record is a page."""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from wirewatch.model import Page, ReadFailure
from wirewatch.read.decode import decode_bytes, is_probably_binary

_PAGE_CONTENT_TYPES = ("text/html", "application/xhtml", "text/plain")


def _charset_of(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


class _HeaderCounter(io.RawIOBase):
    """Passes a WARC byte stream through, counting the record headers that begin in it.

    warcio ends quietly when an archive stops inside a record header; comparing the headers that
    began with the records it returned is how a cut-off archive is told from a complete one.
    """

    _MARK = b"\r\n\r\nWARC/"

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._tail = b"\r\n\r\n"  # the stream's start counts as a record boundary
        self.headers = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._stream.read(len(buffer))
        if not data:
            return 0
        window = self._tail + data
        self.headers += window.count(self._MARK)
        self._tail = window[-(len(self._MARK) - 1) :]
        buffer[: len(data)] = data
        return len(data)

    def drain(self) -> None:
        """Read to the end, so a decompressor underneath notices a cut-off stream."""
        while self._stream.read(_DRAIN_CHUNK):
            pass


_DRAIN_CHUNK = 1024 * 1024


def read_warc(stream: BinaryIO, source: str, max_page_bytes: int) -> Iterator[Page | ReadFailure]:
    """Pages from a WARC/WET stream (gzipped or not), one record at a time so memory stays bounded."""
    counter = _HeaderCounter(stream)
    records = 0  # every record, pages or not
    number = 0  # records that are pages, as named in sources
    try:
        for record in ArchiveIterator(io.BufferedReader(counter)):
            records += 1
            if record.length is None:
                where = f"{source}#record-{number + 1}"
                yield ReadFailure(where, "record truncated (archive ends inside its header)")
                return
            if record.rec_type not in ("response", "conversion", "resource"):
                continue
            number += 1
            record_source = f"{source}#record-{number}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            fetched = record.rec_headers.get_header("WARC-Date")
            if record.rec_type == "response":
                if record.http_headers is None:
                    continue
                content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            else:
                content_type = (record.rec_headers.get_header("Content-Type") or "text/plain").lower()
            if not content_type.startswith(_PAGE_CONTENT_TYPES) and content_type:
                continue
            payload = record.content_stream().read(max_page_bytes + 1)
            if len(payload) <= max_page_bytes and getattr(record.raw_stream, "limit", 0) > 0:
                # The record promised more bytes than the archive holds: the file was cut off here.
                yield ReadFailure(record_source, "record truncated (archive ends inside it)")
                return
            if len(payload) > max_page_bytes:
                yield ReadFailure(record_source, f"record larger than the {max_page_bytes}-byte page limit")
                continue
            if not payload.strip():
                yield ReadFailure(record_source, "empty record")
                continue
            if is_probably_binary(payload[:8192]):
                yield ReadFailure(record_source, "binary content, not a text page")
                continue
            text, encoding = decode_bytes(payload, _charset_of(content_type))
            kind = (
                "text" if record.rec_type == "conversion" or content_type.startswith("text/plain") else "html"
            )
            hints = {"url": url} if url else {}
            yield Page(record_source, kind, text, url=url, encoding=encoding, fetched=fetched, hints=hints)
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError, AttributeError) as error:
        # AttributeError: warcio trips over a record header cut off mid-line.
        where = f"{source}#record-{number + 1}"
        yield ReadFailure(where, f"archive truncated or corrupt after {number} records ({error})")
        return
    counter.drain()
    problem = getattr(stream, "problem", None)
    if not problem and counter.headers > records:
        problem = "the archive ends inside a record header"
    if problem:
        yield ReadFailure(
            f"{source}#record-{number + 1}",
            f"archive truncated or corrupt after {number} records ({problem})",
        )
