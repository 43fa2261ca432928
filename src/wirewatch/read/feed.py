"""RSS and Atom feeds: every item is a page, with the feed's own metadata as hints."""

from __future__ import annotations

from collections.abc import Iterator

import feedparser

from wirewatch.model import Page, ReadFailure

_HTML_TAG = ("<p", "<div", "<br", "<a ", "<img", "<span", "<h")


def read_feed(data: bytes, source: str) -> Iterator[Page | ReadFailure]:
    """Pages from a feed document; an item with no text is reported, not dropped."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = "feed has no items"
        if parsed.get("bozo") and parsed.get("bozo_exception"):
            reason = f"not a readable feed ({parsed.bozo_exception})"
        yield ReadFailure(source, reason)
        return
    for number, entry in enumerate(parsed.entries, start=1):
        item_source = f"{source}#item-{number}"
        contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
        body = max(contents, key=len) if contents else entry.get("summary", "")
        if not body or not body.strip():
            yield ReadFailure(item_source, "feed item has no text")
            continue
        hints: dict[str, str] = {}
        for key in ("title", "link", "published", "updated", "author"):
            if entry.get(key):
                hints[key] = str(entry[key])
        if entry.get("tags"):
            hints["section"] = str(entry.tags[0].get("term", ""))
        looks_html = any(tag in body.lower() for tag in _HTML_TAG)
        if not looks_html:
            # Plain-text item bodies have paragraphs only as blank lines; keep them as separate blocks.
            body = body.replace("\r\n", "\n")
        yield Page(
            item_source,
            "feed-item",
            body,
            url=entry.get("link"),
            encoding=parsed.get("encoding"),
            fetched=None,
            hints=hints | {"format": "html" if looks_html else "text"},
        )
