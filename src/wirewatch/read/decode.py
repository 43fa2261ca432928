"""Bytes → text: the encoding a page declares, else one that can be detected."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def is_probably_binary(sample: bytes) -> bool:
    """True for content no news page is made of: NUL bytes or mostly control characters."""
    if not sample:
        return False
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.05


def _known_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_encoding(data: bytes, header_charset: str | None = None) -> str | None:
    """The encoding named by a BOM, a transport header, an XML prolog or an HTML meta tag."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if header_charset and _known_codec(header_charset):
        return _known_codec(header_charset)
    head = data[:4096]
    for pattern in (_XML_ENCODING, _META_CHARSET):
        match = pattern.search(head)
        if match:
            found = _known_codec(match.group(1).decode("ascii", "replace"))
            if found:
                return found
    return None


def decode_bytes(data: bytes, header_charset: str | None = None) -> tuple[str, str]:
    """Decode a page: returns (text, encoding used).

    A declared encoding wins when the bytes agree with it; many pages declare latin-1 and are
    really UTF-8 (or the other way round), so a declaration that fails strict decoding is ignored.
    """
    declared = declared_encoding(data, header_charset)
    if declared:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[: 512 * 1024]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace"), best.encoding
    return data.decode("cp1252", errors="replace"), "cp1252"
