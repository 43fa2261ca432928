"""Which reports are independent: outlets, declared syndication, and near-duplicate text.

A syndicated copy ("Produced in association with X", or the same text under another masthead) and an
outlet retelling another outlet's report add no corroboration; `fingerprint` and `resemblance` find the
copies that do not say so, `declared_origin` the ones that do.
"""

from __future__ import annotations

import re
import zlib
from urllib.parse import urlsplit

from wirewatch.knowledge.names import fold, fold_text
from wirewatch.model import Article

SKETCH_SIZE = 64
SHINGLE_WORDS = 5
# Two bodies sharing this much of their word 5-grams are one text, however the masthead differs.
NEAR_DUPLICATE = 0.6

_DECLARED = re.compile(
    r"(?:produced|published|written|reported|republished|distributed)\s+(?:in\s+(?:association|partnership|cooperation)"
    r"\s+with|by|for|from)\s+(?:the\s+)?(?P<origin>[^.,;:\n]+)|(?:originally\s+(?:appeared|published)\s+(?:in|on|by)|"
    r"courtesy\s+of|via|source:)\s+(?:the\s+)?(?P<origin2>[^.,;:\n]+)",
    re.IGNORECASE,
)
# Words that name what kind of source it is, not which one ("the X newspaper", "Y news agency").
_GENERIC_WORDS = frozenset(
    {"the", "news", "agency", "newspaper", "daily", "media", "report", "reports", "press"}
)
_HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.", "edition.", "english.", "en.")


def outlet_of(url: str | None) -> str | None:
    """The outlet a page's address names: its host without www-like prefixes ("example-news.com")."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix):
            host = host[len(prefix) :]
    return host or None


def declared_origin(article: Article) -> str | None:
    """The outlet an article says it was produced with or copied from, folded ("produced in association with X")."""
    for line in article.attributions:
        match = _DECLARED.search(line)
        if match:
            origin = fold(match.group("origin") or match.group("origin2") or "")
            if origin:
                return origin
    return None


def fingerprint(text: str) -> str:
    """A bottom-k sketch of the body's word 5-grams: small, and enough to estimate resemblance."""
    words = fold_text(text).split()
    if len(words) < SHINGLE_WORDS:
        shingles = {" ".join(words)} if words else set()
    else:
        shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}
    hashes = sorted({zlib.crc32(shingle.encode()) for shingle in shingles})
    return " ".join(f"{value:x}" for value in hashes[:SKETCH_SIZE])


def resemblance(a: str, b: str) -> float:
    """Estimated Jaccard resemblance of the two texts whose fingerprints are given (0 to 1)."""
    first = {int(value, 16) for value in a.split()}
    second = {int(value, 16) for value in b.split()}
    if not first or not second:
        return 0.0
    smallest = sorted(first | second)[:SKETCH_SIZE]
    return sum(1 for value in smallest if value in first and value in second) / len(smallest)


def names_outlet(source_name: str, outlet: str | None) -> bool:
    """True when an attribution names the outlet ("Tasnim news agency" → tasnimnews.com)."""
    if not outlet:
        return False
    stem = outlet.split(".")[0].replace("-", "")
    words = [word for word in fold(source_name).split() if len(word) >= 3 and word not in _GENERIC_WORDS]
    if not words or len(stem) < 3:
        return False
    joined = "".join(words)
    return stem.startswith(words[0]) and len(words[0]) >= 4 or joined.startswith(stem) or stem == joined
