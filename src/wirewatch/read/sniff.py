"""Decide what kind of input some bytes are, from the content rather than the file name."""

from __future__ import annotations

import re
from typing import Literal

InputKind = Literal["gzip", "warc", "feed", "html", "text"]

GZIP_MAGIC = b"\x1f\x8b"
_HTML_MARKERS = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title[\s>]|<div[\s>]|<p[\s>]|<article[\s>]",
    re.IGNORECASE,
)
_FEED_MARKERS = re.compile(rb"<rss[\s>]|<feed[\s>][^>]*|<rdf:RDF[\s>]", re.IGNORECASE)


def sniff_kind(head: bytes) -> InputKind:
    """Kind of an input from its first few kilobytes (already decompressed unless it is gzip)."""
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"WARC/", b"ARC/")):
        return "warc"
    probe = stripped[:4096]
    feed = _FEED_MARKERS.search(probe)
    html = _HTML_MARKERS.search(probe)
    if feed and (not html or feed.start() < html.start()):
        return "feed"
    if html:
        return "html"
    return "text"
