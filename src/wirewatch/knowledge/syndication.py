"""Which reports are independent: outlets, declared syndication, and near-duplicate text.

A syndicated copy ("Produced in association with X", or the same text under another masthead) and an
outlet retelling another outlet's report add no corroboration; `fingerprint` and `resemblance` find the
copies that do not say so, `declared_origin` the ones that do.

An outlet is named by the page's address where there is one ("example-news.com"); a page read as flat
text has none, and is known by its masthead instead ("Gulf Observer"), or by the agency its wire
dateline credits ("ANKARA, Jan 26 (Anatolian Desk) -"). `same_outlet` and `cites_outlet` compare the two
kinds of name.
"""

from __future__ import annotations

import re
import zlib
from urllib.parse import urlsplit

from wirewatch.clean.chrome import SITE_NAME
from wirewatch.knowledge.names import fold, fold_text
from wirewatch.model import Article

SKETCH_SIZE = 64
SHINGLE_WORDS = 5
# Two bodies sharing this much of their word 5-grams are one text, however the masthead differs.
NEAR_DUPLICATE = 0.6

_DECLARED = re.compile(
    r"(?:produced|published|written|reported|republished|distributed)\s+(?:in\s+(?:association|partnership|cooperation)"
    r"\s+with|by|for|from)\s+(?:the\s+)?(?P<origin>[^.,;:\n]+)|(?:(?:originally|first)\s+(?:appeared|published)\s+"
    r"(?:in|on|by)|courtesy\s+of|via|source:)\s+(?:the\s+)?(?P<origin2>[^.,;:\n]+)",
    re.IGNORECASE,
)
# Words that name what kind of source it is, not which one ("the X newspaper", "Y news agency").
_GENERIC_WORDS = frozenset(
    {"the", "news", "agency", "newspaper", "daily", "media", "report", "reports", "press"}
)
# "This story was published from a wire agency feed": an origin of this kind names no outlet.
_UNNAMED_ORIGIN_WORDS = _GENERIC_WORDS | frozenset(
    {"wire", "wires", "feed", "feeds", "agencies", "service", "services", "staff", "partner", "partners",
     "international", "local", "other", "our", "its", "their", "several", "various", "outlets", "sources"}
)  # fmt: skip
_INDEFINITE = frozenset({"a", "an", "one", "some"})
# A stem of one letter ("t.co") is spelled by the initial of too many names to say which.
_SHORTEST_SPELLED_STEM = 2
_HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.", "edition.", "english.", "en.")
# A masthead's edition label or slogan after a separator: "EL PACÍFICO HOY · English edition".
_MASTHEAD_SEPARATOR = re.compile(r"\s+(?:[|\-–—:·•»]|::)\s+")
# A site name cut from the end of a page title keeps its separator: "| PolitiFact West Virginia".
_LEADING_SEPARATOR = re.compile(r"^[\s|\-–—:·•»]+")
_LEADING_ARTICLES = frozenset({"the", "el", "la", "los", "las", "le", "les", "il", "al", "der", "die", "das"})
# A wire dateline credits the agency that wrote the story: "ANKARA, Jan 26 (Anatolian Desk) -",
# "BABANUSAH, Sudan, April 9 (Gulf Wire) -", "Kabul, Afghanistan (AP) —". The place opens with a capital,
# at most two comma-separated parts (country, date) follow, then the agency in brackets and a dash.
_DATELINE_AGENCY = re.compile(
    r"^(?!(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|LIVE|ANALYSIS|OPINION|EDITORIAL|COMMENT)\b)"
    r"[A-ZÀ-Þ][\w'’./-]*(?:\s+[A-ZÀ-Þ][\w'’./-]*){0,3}(?:,\s*[\w'’.-]+(?:\s+[\w'’.-]+){0,2}){0,2}\s*"
    r"\((?P<agency>[A-Z][^()\n]{1,40}?)\)\s*(?:-{1,2}|—|–)\s"
)
# A short item filed under the outlet's own name as its title: "Andes Wire brief", "Harbour Post bulletin".
_FILED_UNDER_NAME = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][\w'’.&-]*(?:\s+[A-ZÀ-Þ][\w'’.&-]*){0,3})\s+"
    r"(?:brief|briefs|briefing|bulletin|news\s?brief)$",
    re.IGNORECASE,
)
# "Morning Briefing", "Business Bulletin": a standing label of any outlet, not an outlet's name.
_LABEL_WORDS = _UNNAMED_ORIGIN_WORDS | frozenset(
    {"daily", "weekly", "morning", "evening", "night", "midday", "weekend", "world", "business", "sports",
     "market", "markets", "breaking", "latest", "top", "security", "political", "politics", "economic"}
)  # fmt: skip


def outlet_of(url: str | None) -> str | None:
    """The outlet a page's address names: its host without www-like prefixes ("example-news.com")."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix):
            host = host[len(prefix) :]
    return host or None


def masthead_of(article: Article) -> str | None:
    """The site name the cleaner cut from the top of a flat page, without its edition label ("Gulf Observer")."""
    for block in article.removed:
        if block.reason == SITE_NAME:
            text = _LEADING_SEPARATOR.sub("", block.text)
            name = _MASTHEAD_SEPARATOR.split(text.strip(), maxsplit=1)[0].strip()
            if _is_host(name):
                return outlet_of(name)
            # "World News" at the top of a page names a section of any site; many outlets would share it.
            if any(word not in _LABEL_WORDS for word in _name_words(name)):
                return name
    return None


def dateline_agency(text: str) -> str | None:
    """The agency a wire dateline credits at the start of the body ("ANKARA, Jan 26 (Anatolian Desk) -")."""
    match = _DATELINE_AGENCY.match(text)
    return match.group("agency").strip() if match else None


def filed_under_name(title: str | None) -> str | None:
    """The outlet a brief is filed under when its title is only that name and a label ("Andes Wire brief")."""
    match = _FILED_UNDER_NAME.match((title or "").strip())
    if not match:
        return None
    name = match.group("name")
    capitalised = all(word[:1].isupper() for word in name.split())
    return name if capitalised and any(w not in _LABEL_WORDS for w in fold(name).split()) else None


def article_outlet(article: Article) -> str | None:
    """Where an article appeared: its address's host, else its masthead, else the agency of its dateline.

    A brief whose title is only an outlet's name and a label ("Andes Wire brief") is that outlet's
    when nothing else names one.
    """
    return (
        outlet_of(article.url)
        or masthead_of(article)
        or dateline_agency(article.text)
        or filed_under_name(article.title)
    )


def _names_an_outlet(origin: str) -> bool:
    """False for an origin that only says what kind of source it was ("a wire agency feed", "agencies")."""
    words = fold(origin).split()
    return bool(words) and words[0] not in _INDEFINITE and any(w not in _UNNAMED_ORIGIN_WORDS for w in words)


def declared_origin(article: Article) -> str | None:
    """The outlet an article says it was produced with or copied from ("produced in association with X").

    A wire dateline under another outlet's masthead or address declares the same: the story is the
    agency's ("ANKARA, Jan 26 (Anatolian Desk) -" on Mideast Daily Online's page).
    """
    for line in article.attributions:
        match = _DECLARED.search(line)
        if match:
            origin = (match.group("origin") or match.group("origin2") or "").strip()
            if _names_an_outlet(origin):
                return origin
    agency = dateline_agency(article.text)
    own = outlet_of(article.url) or masthead_of(article)
    # An outlet crediting itself in short is not a copy: "KABUL (Pajhwok) -" under "Pajhwok Afghan News".
    if agency and own and not _credits_itself(agency, own):
        return agency
    return None


def _credits_itself(agency: str, own: str) -> bool:
    """True when a dateline's agency is the page's own outlet, named in short ("Ledger" on Valmora Ledger)."""
    if _is_host(own):
        return names_outlet(agency, own)
    agency_words = {word for word in _name_words(agency) if word not in _GENERIC_WORDS}
    return bool(agency_words) and agency_words <= set(_name_words(own))


def _is_host(outlet: str) -> bool:
    return "." in outlet and " " not in outlet.strip()


def _host_stem(host: str) -> str:
    """The part of an address that names the outlet: "harbour-post.example" → harbourpost."""
    return host.lower().split(".")[0].replace("-", "")


def _spells_host_stem(name: str, stem: str) -> bool:
    """True when an address's stem spells a name: each word after the article, whole or as its initial.

    "The New York Times" spells nytimes, "Wall Street Journal" wsj, "Financial Times newspaper" ft. Every
    word is used, in order, so "Gulf Observer" is not gulfnews; a one-word name must be the whole stem, and
    a stem under two letters is spelled by too many names to say which.
    """
    if len(stem) < _SHORTEST_SPELLED_STEM:
        return False
    words = _name_words(name)
    described = [word for word in words if word not in _GENERIC_WORDS]
    return any(_spelled_in_order(stem, candidate) for candidate in (words, described) if candidate)


def _spelled_in_order(stem: str, words: list[str]) -> bool:
    """True when the words, in order, each whole or as its initial, make up the whole stem."""
    if len(words) == 1:
        return stem == words[0]
    # Every place in the stem the words so far can reach, each word given whole or as its initial.
    reached = {0}
    for word in words:
        whole = {start + len(word) for start in reached if stem.startswith(word, start)}
        initial = {start + 1 for start in reached if stem.startswith(word[0], start)}
        reached = whole | initial
    return len(stem) in reached


def _name_words(name: str) -> list[str]:
    """A name's words for comparison: folded, without a leading article ("El Pacífico Hoy" → pacifico hoy)."""
    words = fold(name).split()
    return words[1:] if len(words) > 1 and words[0] in _LEADING_ARTICLES else words


def same_outlet(first: str, second: str) -> bool:
    """True when two outlet names (hosts, mastheads, agencies, declared origins) name one outlet."""
    if _is_host(first) and _is_host(second):
        return first.lower() == second.lower()
    if _is_host(first) or _is_host(second):
        host, name = (first, second) if _is_host(first) else (second, first)
        # The whole name spelled as the address, not only its first word: "Gulf Observer" is not gulf-news.
        stem = _host_stem(host)
        words = fold(name).split()
        joined = ("".join(words), "".join(w for w in words if w not in _GENERIC_WORDS))
        return stem in joined or _spells_host_stem(name, stem)
    shorter, longer = sorted((_name_words(first), _name_words(second)), key=len)
    if not shorter:
        return False
    # "Andes Wire" and "Andes Wire Service" are one outlet; a single word ("Times") is too common to say so.
    return shorter == longer or (len(shorter) >= 2 and longer[: len(shorter)] == shorter)


def cites_outlet(source_name: str, outlet: str | None, *, by_host: bool = True) -> bool:
    """True when an attribution names the outlet ("Turkish news agency Anatolian Desk" → Anatolian Desk).

    `by_host=False` leaves web addresses out: only a name holding the outlet's whole name counts.
    """
    if not outlet:
        return False
    if _is_host(outlet):
        return by_host and names_outlet(source_name, outlet)
    outlet_words = _name_words(outlet)
    source_words = fold(source_name).split()
    size = len(outlet_words)
    if size == 1:
        # A one-word agency ("AFP") is cited as itself, at most described ("the AFP news agency"); among
        # other words it may be anything ("Ole Brandt" is not the outlet OLE).
        described = [word for word in source_words if word not in _GENERIC_WORDS]
        return described == outlet_words
    return size > 1 and any(
        source_words[i : i + size] == outlet_words for i in range(len(source_words) - size + 1)
    )


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
    stem = _host_stem(outlet)
    # Named in full where the address is in short: "The New York Times" → nytimes.com.
    if _spells_host_stem(source_name, stem):
        return True
    words = [word for word in fold(source_name).split() if len(word) >= 3 and word not in _GENERIC_WORDS]
    if not words or len(stem) < 3:
        return False
    joined = "".join(words)
    return stem.startswith(words[0]) and len(words[0]) >= 4 or joined.startswith(stem) or stem == joined
