"""Page metadata: each field read from where the page states it most deliberately, and said where."""

from __future__ import annotations

import pytest
from lxml.html import document_fromstring

from wirewatch.clean.metadata import (
    detect_language,
    language_code,
    normalize_date,
    read_metadata,
    split_authors,
)
from wirewatch.model import Published

STORY = "<p>" + "The harbour committee met on Tuesday to discuss the new ferry timetable. " * 8 + "</p>"


def page(head: str = "", body: str = STORY, lang: str | None = None) -> str:
    lang_attribute = f' lang="{lang}"' if lang else ""
    return f"<html{lang_attribute}><head>{head}</head><body>{body}</body></html>"


def metadata_of(html: str, **kwargs):
    return read_metadata(document_fromstring(html), **kwargs)


def test_meta_tag_date_beats_json_ld_and_time_element() -> None:
    html = page(
        head='<meta property="article:published_time" content="2025-04-02T10:00:00Z">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-04-01"}</script>',
        body=f'<time datetime="2025-03-30">30 March</time>{STORY}',
    )
    assert metadata_of(html).published == Published("2025-04-02T10:00:00+00:00", "meta:article:published_time")


def test_json_ld_date_inside_a_graph() -> None:
    html = page(
        head='<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "Ledger"},'
        '{"@type": ["NewsArticle"], "datePublished": "2025-04-01T08:15:00+02:00"}]}</script>'
    )
    assert metadata_of(html).published == Published("2025-04-01T08:15:00+02:00", "json-ld:datePublished")


def test_time_element_marked_as_publication_beats_an_earlier_update_stamp() -> None:
    html = page(
        body='<time datetime="2025-05-09">Updated</time><time class="published" datetime="2025-05-02">2 May</time>'
        + STORY
    )
    assert metadata_of(html).published == Published("2025-05-02", "time[datetime]")


def test_date_in_the_text_only_falls_back_to_htmldate() -> None:
    html = page(body=f"<p>Posted on 2024-11-05</p>{STORY}")
    published = metadata_of(html).published
    assert published is not None and published.found_in == "htmldate" and published.value.startswith("2024-11-05")


def test_broken_json_ld_is_ignored_not_fatal() -> None:
    html = page(
        head='<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>'
        '<meta name="pubdate" content="2025-01-20">'
    )
    assert metadata_of(html).published == Published("2025-01-20", "meta:pubdate")


def test_feed_hints_override_the_page() -> None:
    html = page(head='<meta property="og:title" content="Page title"><meta name="author" content="Page Author">')
    hints = {"title": "Feed title", "author": "Feed Author", "published": "2025-02-03", "section": "Ports"}
    metadata = metadata_of(html, hints=hints)
    assert (metadata.title, metadata.authors, metadata.section) == ("Feed title", ("Feed Author",), "Ports")
    assert metadata.published == Published("2025-02-03", "feed")


def test_canonical_url_then_og_url() -> None:
    canonical = page(head='<link rel="canonical" href="https://a.example/story"><meta property="og:url" content="https://b.example/x">')
    og_only = page(head='<meta property="og:url" content="https://b.example/x">')
    assert metadata_of(canonical).url == "https://a.example/story"
    assert metadata_of(og_only).url == "https://b.example/x"


def test_json_ld_authors_and_section() -> None:
    html = page(
        head='<script type="application/ld+json">{"@type": "ReportageNewsArticle", "articleSection": ["Climate", "World"],'
        '"author": [{"@type": "Person", "name": "Amal Haddad"}, {"@type": "Person", "name": "Jonas Berg"}]}</script>'
    )
    metadata = metadata_of(html)
    assert metadata.authors == ("Amal Haddad", "Jonas Berg")
    assert metadata.section == "Climate"


def test_declared_language_wins_and_is_reduced_to_its_primary_subtag() -> None:
    assert metadata_of(page(lang="pt-BR")).language == "pt"
    assert metadata_of(page(head='<meta http-equiv="content-language" content="de-AT">')).language == "de"


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Ana Ruiz and Li Wei", ("Ana Ruiz", "Li Wei")),
        ("Sarah E. Needleman", ("Sarah E. Needleman",)),
        ("ROBERT KANE, Associated Press Writer", ("ROBERT KANE",)),
        ("Par Nour El-Houda Benali", ("Nour El-Houda Benali",)),
        ("Chiara Lombardi; Kwame Mensah", ("Chiara Lombardi", "Kwame Mensah")),
        ("https://example.org/staff/ana", ()),
    ],
)
def test_split_authors(byline: str, names: tuple[str, ...]) -> None:
    assert split_authors(byline) == names


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2025-03-03T07:45:00Z", "2025-03-03T07:45:00+00:00"),
        ("Mon, 03 Mar 2025 09:00:00 +0000", "2025-03-03T09:00:00+00:00"),
        ("2025-03-03", "2025-03-03"),
        ("March 3, 2025", "2025-03-03"),
        ("1900-01-01", None),
        ("2999-01-01", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_normalize_date(raw: str, iso: str | None) -> None:
    assert normalize_date(raw) == iso


def test_language_code() -> None:
    assert language_code("en-GB") == "en"
    assert language_code("fr_FR") == "fr"
    assert language_code("not a tag") is None


def test_detect_language_from_words_and_scripts() -> None:
    assert detect_language("La coopérative des pêcheurs a racheté le bâtiment pour un euro, et la ville est contente.") == "fr"
    assert detect_language("Мост длиной 312 метров соединяет районный центр с тремя сёлами, и это не всё, что на берегу.") == "ru"
    assert detect_language("東京の会議は火曜日に始まりました。ひらがなとカタカナの文章です。") == "ja"
    assert detect_language("12345 67890") is None
