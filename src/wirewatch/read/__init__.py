"""Bytes in → pages: files, folders, archives, feeds and standard input.

`read_path` walks what the user named and yields a `Page` for every page found, or a `ReadFailure`
naming the file (and record) and the reason — never raising for bad input, so a run goes on.
"""

from __future__ import annotations

import io
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from wirewatch.model import Page, ReadFailure
from wirewatch.read.decode import decode_bytes, is_probably_binary
from wirewatch.read.feed import read_feed
from wirewatch.read.gzipstream import CheckedGzipReader
from wirewatch.read.sniff import GZIP_MAGIC, sniff_kind
from wirewatch.read.warc import read_warc

__all__ = ["read_path", "read_stream", "read_bytes", "iter_input_files"]

_SNIFF_BYTES = 8192


def iter_input_files(path: Path) -> Iterator[Path]:
    """The files under a path, recursively and in a stable order, skipping hidden ones."""
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            relative = child.relative_to(path)
            if any(part.startswith(".") for part in relative.parts):
                continue
            # A broken link is yielded too: opening it fails with a reason, rather than it vanishing unreported.
            if child.is_file() or (child.is_symlink() and not child.exists()):
                yield child
    else:
        yield path


def read_path(target: str, max_page_bytes: int) -> Iterator[Page | ReadFailure]:
    """Every page in a file, a folder (recursively), an archive, or `-` for standard input."""
    if target == "-":
        yield from read_stream(sys.stdin.buffer, "-", max_page_bytes)
        return
    path = Path(target)
    if not path.exists():
        yield ReadFailure(target, "no such file or folder")
        return
    for file in iter_input_files(path):
        try:
            with file.open("rb") as stream:
                yield from read_stream(stream, str(file), max_page_bytes)
        except PermissionError:
            yield ReadFailure(str(file), "permission denied")
        except IsADirectoryError:
            yield ReadFailure(str(file), "is a folder")
        except OSError as error:
            yield ReadFailure(str(file), f"cannot be read ({error.strerror or error})")


def read_stream(stream: BinaryIO, source: str, max_page_bytes: int) -> Iterator[Page | ReadFailure]:
    """Pages from an open binary stream, whose kind is sniffed from its first bytes."""
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
    head = buffered.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]  # type: ignore[union-attr]
    if not head:
        yield ReadFailure(source, "empty file")
        return
    if head.startswith(GZIP_MAGIC):
        inner_head = _gzip_head(head)
        if inner_head is not None and sniff_kind(inner_head) == "warc":
            yield from read_warc(CheckedGzipReader(buffered), source, max_page_bytes)  # type: ignore[arg-type]
            return
        reader = CheckedGzipReader(buffered)  # type: ignore[arg-type]
        data = io.BufferedReader(reader).read(max_page_bytes + 1)
        if reader.problem:
            yield ReadFailure(source, f"truncated or corrupt gzip ({reader.problem})")
            return
        yield from read_bytes(data, source, max_page_bytes)
        return
    if sniff_kind(head) == "warc":
        yield from read_warc(buffered, source, max_page_bytes)  # type: ignore[arg-type]
        return
    data = buffered.read(max_page_bytes + 1)
    yield from read_bytes(data, source, max_page_bytes)


def _gzip_head(head: bytes) -> bytes | None:
    """The first decompressed bytes of a gzip stream, or None if even they cannot be read."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, _SNIFF_BYTES)
    except zlib.error:
        return None


def read_bytes(data: bytes, source: str, max_page_bytes: int) -> Iterator[Page | ReadFailure]:
    """Pages from the whole (decompressed) content of one input that is not an archive."""
    if len(data) > max_page_bytes:
        yield ReadFailure(source, f"larger than the {max_page_bytes}-byte page limit")
        return
    if not data.strip():
        yield ReadFailure(source, "empty file")
        return
    if is_probably_binary(data[:_SNIFF_BYTES]):
        yield ReadFailure(source, "binary content, not a text page")
        return
    kind = sniff_kind(data[:_SNIFF_BYTES])
    if kind == "feed":
        yield from read_feed(data, source)
        return
    if kind == "warc":
        yield from read_warc(io.BytesIO(data), source, max_page_bytes)
        return
    text, encoding = decode_bytes(data)
    if "\ufffd" in text and text.count("\ufffd") > max(20, len(text) // 50):
        yield ReadFailure(source, f"undecodable text (guessed {encoding}, too many invalid bytes)")
        return
    yield Page(source, "html" if kind == "html" else "text", text, encoding=encoding)
