"""What an HTML page says about its article: title, section, authors, date, canonical URL, language.

Each finder takes the parsed page (an lxml tree) and returns what it found, or None; the page's own
markup is read in order of how deliberately it was written: a feed's hint, then meta tags and JSON-LD
(written for machines), then visible markup (`<time datetime>`), then htmldate's guess.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from dateutil import parser as date_parser
from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.metadata import examine_meta, extract_author, extract_meta_json, extract_title, extract_url

from wirewatch.model import Published

# Meta tags that name the publication moment, most specific first; the name is what `found_in` reports.
PUBLISHED_META_NAMES = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
    "article.published",
    "published_time",
)
SECTION_META_NAMES = ("article:section", "og:article:section", "section", "parsely-section")
AUTHOR_META_NAMES = ("author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "dc.creator")
LANGUAGE_META_NAMES = ("content-language", "language", "dc.language", "og:locale", "inlanguage")

# Years outside this window are template placeholders or typos, not publication dates.
EARLIEST_YEAR = 1990
LATEST_YEAR_AHEAD = 1

_LANGUAGE_CODE = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*$")
_AUTHOR_PREFIX = re.compile(r"^\s*(?:written\s+by|by|von|par|por|di|door|av)\s+", re.IGNORECASE)
# Conjunctions only in lower case: "Sarah E. Needleman" must not split at its initial.
_AUTHOR_SEPARATORS = re.compile(r"\s*(?:;|,|\||/|&|\s(?:and|And|AND|und|et|y|e)\s)\s*")
# A byline part naming a job or desk rather than a person ("AP National Security Writer").
_AUTHOR_ROLE = re.compile(
    r"\b(?:writer|correspondent|editor|reporter|columnist|contributor|staff|bureau|desk|news\s+service)s?\b",
    re.IGNORECASE,
)
_URL_LIKE = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net)\b", re.IGNORECASE)
_MAX_JSON_LD_CHARS = 500_000


@dataclass(frozen=True)
class PageMetadata:
    """Metadata of one page's article, with the feed's hints (when given) laid over what the page says."""

    title: str | None = None
    section: str | None = None
    authors: tuple[str, ...] = ()
    published: Published | None = None
    url: str | None = None
    language: str | None = None


def read_metadata(tree: HtmlElement, *, url: str | None = None, hints: dict[str, str] | None = None) -> PageMetadata:
    """Everything the page says about its article; feed hints win over what the page says."""
    hints = hints or {}
    meta = meta_values(tree)
    json_ld = list(json_ld_objects(tree))
    trafilatura_meta = extract_meta_json(tree, examine_meta(tree))
    title = clean_text(hints.get("title")) or clean_text(trafilatura_meta.title) or clean_text(extract_title(tree))
    return PageMetadata(
        title=title,
        section=clean_text(hints.get("section")) or find_section(meta, json_ld),
        authors=split_authors(hints.get("author") or "")
        or find_authors(meta, json_ld, trafilatura_meta.author or extract_author(tree)),
        published=published_from_hint(hints.get("published")) or find_published(tree, meta, json_ld, url),
        url=url or clean_text(hints.get("link")) or find_url(tree, meta),
        language=find_language(tree, meta, json_ld),
    )


def clean_text(value: Any) -> str | None:
    """A whitespace-collapsed string, or None for empty or non-string values."""
    if not isinstance(value, str):
        return None
    collapsed = " ".join(value.split())
    return collapsed or None


def meta_values(tree: HtmlElement) -> dict[str, str]:
    """First non-empty content of every <meta> (and itemprop element), keyed by lower-cased name/property."""
    values: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = clean_text(element.get("content"))
        if not content:
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = (element.get(attribute) or "").strip().lower()
            if key and key not in values:
                values[key] = content
    for element in tree.xpath("//*[@itemprop][not(self::meta)]"):
        key = (element.get("itemprop") or "").strip().lower()
        content = clean_text(element.get("datetime") or element.get("content"))
        if key and content and key not in values:
            values[key] = content
    return values


def json_ld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON object inside the page's JSON-LD scripts, @graph members and nested lists flattened."""
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        text = (script.text or "").strip()
        if not text or len(text) > _MAX_JSON_LD_CHARS:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            # Broken JSON-LD is common (trailing commas, raw newlines); the page's other metadata still counts.
            continue
        yield from _flatten_json_ld(data, depth=0)


def _flatten_json_ld(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 8:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten_json_ld(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if isinstance(data.get("@graph"), list):
            yield from _flatten_json_ld(data["@graph"], depth + 1)


def _json_ld_types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _is_article(item: dict[str, Any]) -> bool:
    return any("article" in kind or kind in {"blogposting", "report", "webpage"} for kind in _json_ld_types(item))


def _article_objects(json_ld: list[dict[str, Any]]) -> list[dict[str, Any]]:
    articles = [item for item in json_ld if _is_article(item)]
    # Article types first: a WebPage object often carries the site's date, not the story's.
    return sorted(articles, key=lambda item: "webpage" in _json_ld_types(item))


def normalize_date(value: str | None) -> str | None:
    """An ISO 8601 date (or date-time, when the value has a time) for a date string, or None."""
    text = clean_text(value)
    if not text or len(text) > 80 or not any(ch.isdigit() for ch in text):
        return None
    try:
        parsed = date_parser.parse(text, fuzzy=False, default=dt.datetime(1, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.year == 1 or not EARLIEST_YEAR <= parsed.year <= dt.date.today().year + LATEST_YEAR_AHEAD:
        return None
    has_time = bool(re.search(r"\d{1,2}:\d{2}", text))
    return parsed.isoformat() if has_time else parsed.date().isoformat()


def published_from_hint(value: str | None) -> Published | None:
    """The feed's date for the item, when it parses."""
    normalized = normalize_date(value)
    return Published(normalized, "feed") if normalized else None


def find_published(
    tree: HtmlElement, meta: dict[str, str], json_ld: list[dict[str, Any]], url: str | None
) -> Published | None:
    """The publication date and where it was read: meta tag, JSON-LD, <time datetime>, else htmldate."""
    for name in PUBLISHED_META_NAMES:
        normalized = normalize_date(meta.get(name))
        if normalized:
            return Published(normalized, f"meta:{name}")
    for item in _article_objects(json_ld):
        for key in ("datePublished", "dateCreated", "uploadDate"):
            value = item.get(key)
            normalized = normalize_date(value if isinstance(value, str) else None)
            if normalized:
                return Published(normalized, f"json-ld:{key}")
    for element in _dated_time_elements(tree):
        normalized = normalize_date(element.get("datetime"))
        if normalized:
            return Published(normalized, "time[datetime]")
    guessed = find_date(tree, extensive_search=True, original_date=True, url=url)
    normalized = normalize_date(guessed)
    return Published(normalized, "htmldate") if normalized else None


def _dated_time_elements(tree: HtmlElement) -> list[HtmlElement]:
    times = tree.xpath("//time[@datetime]")

    # A time marked as the publication one beats the first time on the page (often a "last updated" stamp).
    def is_publication(element: HtmlElement) -> bool:
        marks = " ".join(filter(None, (element.get("class"), element.get("itemprop"), element.get("pubdate"))))
        return element.get("pubdate") is not None or "publish" in marks.lower()

    return sorted(times, key=lambda element: not is_publication(element))


def find_section(meta: dict[str, str], json_ld: list[dict[str, Any]]) -> str | None:
    """The section (desk) the article was filed under."""
    for name in SECTION_META_NAMES:
        if meta.get(name):
            return meta[name]
    for item in _article_objects(json_ld):
        section = item.get("articleSection")
        if isinstance(section, list) and section:
            section = section[0]
        if clean_text(section):
            return clean_text(section)
    return None


def split_authors(text: str) -> tuple[str, ...]:
    """Author names from a byline string ("By Ana Ruiz and Li Wei" → ("Ana Ruiz", "Li Wei"))."""
    cleaned = _AUTHOR_PREFIX.sub("", " ".join(text.split()))
    if _URL_LIKE.search(cleaned) and " " not in cleaned:
        # A profile link (article:author often holds one) names no one.
        return ()
    names = []
    for part in _AUTHOR_SEPARATORS.split(cleaned):
        name = part.strip(" .-–—:")
        is_person_like = not _URL_LIKE.search(name) and not (_AUTHOR_ROLE.search(name) and names)
        if name and is_person_like and len(name) <= 60 and name not in names:
            names.append(name)
    return tuple(names)


def _json_ld_author_names(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    names = []
    for author in values:
        if isinstance(author, str):
            names.append(author)
        elif isinstance(author, dict) and isinstance(author.get("name"), str):
            names.append(author["name"])
    return names


def find_authors(meta: dict[str, str], json_ld: list[dict[str, Any]], fallback: str | None) -> tuple[str, ...]:
    """The article's authors: JSON-LD, then author meta tags, then trafilatura's byline guess."""
    for item in _article_objects(json_ld):
        names = [name for raw in _json_ld_author_names(item.get("author")) for name in split_authors(raw)]
        if names:
            return tuple(dict.fromkeys(names))
    for name in AUTHOR_META_NAMES:
        if meta.get(name) and not _URL_LIKE.search(meta[name]):
            return split_authors(meta[name])
    return split_authors(fallback.replace("; ", ";")) if fallback else ()


def find_url(tree: HtmlElement, meta: dict[str, str]) -> str | None:
    """The page's own idea of its address: canonical link, then og:url."""
    canonical = clean_text(extract_url(tree))
    if canonical and canonical.startswith(("http://", "https://")):
        return canonical
    og_url = meta.get("og:url")
    return og_url if og_url and og_url.startswith(("http://", "https://")) else None


def language_code(value: str | None) -> str | None:
    """The ISO 639 primary subtag of a language tag ("fr-CA" → "fr"), or None."""
    text = (value or "").strip().split(",")[0].strip()
    match = _LANGUAGE_CODE.match(text)
    return match.group(1).lower() if match else None


def find_language(tree: HtmlElement, meta: dict[str, str], json_ld: list[dict[str, Any]]) -> str | None:
    """The page's declared language: <html lang>, then meta tags, then JSON-LD inLanguage."""
    root_language = language_code(tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang"))
    if root_language:
        return root_language
    for name in LANGUAGE_META_NAMES:
        code = language_code(meta.get(name))
        if code:
            return code
    for item in json_ld:
        code = language_code(item.get("inLanguage") if isinstance(item.get("inLanguage"), str) else None)
        if code:
            return code
    return None


# Scripts used by one language only (or by one far more than any other on news pages).
_SCRIPT_LANGUAGES = (
    (re.compile(r"[\u3040-\u30ff]"), "ja"),
    (re.compile(r"[\uac00-\ud7af]"), "ko"),
    (re.compile(r"[\u0e00-\u0e7f]"), "th"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u0370-\u03ff]"), "el"),
    (re.compile(r"[\u4e00-\u9fff]"), "zh"),
)
# Frequent short words that tell Latin- and Cyrillic-script languages apart on a paragraph or more.
_STOPWORDS = {
    "en": frozenset(["the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said"]),
    "fr": frozenset(["le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "qui", "sur", "au"]),
    "de": frozenset(["der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "des", "auf"]),
    "es": frozenset(["el", "la", "los", "las", "y", "que", "del", "se", "por", "una", "con", "para"]),
    "it": frozenset(["il", "di", "che", "e", "la", "per", "non", "una", "sono", "della", "gli"]),
    "pt": frozenset(["o", "os", "da", "do", "que", "e", "em", "uma", "para", "com", "não", "dos"]),
    "nl": frozenset(["de", "het", "een", "van", "en", "dat", "niet", "op", "voor", "zijn", "met"]),
    "ru": frozenset(["и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "за"]),
    "uk": frozenset(["і", "в", "не", "на", "що", "з", "та", "як", "це", "до", "за"]),
    "ar": frozenset(["في", "من", "على", "أن", "إلى", "عن", "التي", "الذي", "مع", "هذا"]),
    "fa": frozenset(["و", "در", "به", "از", "که", "این", "را", "با", "است", "برای"]),
}
# Fewer stopword hits than this and the guess is noise; say nothing instead.
_MIN_STOPWORD_HITS = 3


def detect_language(text: str) -> str | None:
    """A best guess at the language of a body text from its script and common words, or None."""
    sample = text[:5000]
    if not sample.strip():
        return None
    for pattern, code in _SCRIPT_LANGUAGES:
        if len(pattern.findall(sample)) >= 10:
            return code
    words = re.findall(r"\w+", sample.lower())
    hits = {code: sum(word in stopwords for word in words) for code, stopwords in _STOPWORDS.items()}
    best = max(hits, key=lambda code: hits[code])
    return best if hits[best] >= _MIN_STOPWORD_HITS else None
