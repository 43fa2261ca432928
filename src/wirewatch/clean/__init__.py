"""Page → Article: strip the page chrome and keep the story, with everything removed accounted for.

Two paths: HTML pages go through a maintained extractor plus what it misses (`html.py`); flattened
text scrapes, which no extractor handles well, go through a line classifier (`flat.py`).
"""

from __future__ import annotations

import dataclasses

from wirewatch.clean.flat import clean_flat_text
from wirewatch.clean.html import clean_html
from wirewatch.errors import InputError
from wirewatch.model import Article, Page

__all__ = ["clean_page", "clean_flat_text", "clean_html"]


def clean_page(page: Page) -> Article:
    """The article in a page; raises InputError when the page holds no article text."""
    is_html = page.kind == "html" or (page.kind == "feed-item" and page.hints.get("format") == "html")
    if is_html:
        article = clean_html(page.content, url=page.url, hints=page.hints)
    else:
        article = clean_flat_text(page.content, url=page.url, hints=page.hints)
    if not article.body:
        raise InputError(page.source, "no article text found (page is all navigation, chrome or empty)")
    return dataclasses.replace(
        article,
        source=page.source,
        page_hash=page.content_hash,
        url=article.url or page.url,
    )
