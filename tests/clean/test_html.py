"""The HTML cleaner: the story kept whole, captions and wire lines set apart, every left-out block accounted for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirewatch.clean.html import (
    clean_html,
    is_attribution,
    is_byline,
    page_blocks,
    parse_page,
    split_trailing_promotion,
)
from wirewatch.model import Caption, Published
from wirewatch.read.decode import decode_bytes

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
PAGE_NAMES = sorted(path.stem for path in FIXTURES.glob("*.html"))


def load_fixture(name: str) -> tuple[str, dict]:
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    html, _ = decode_bytes((FIXTURES / f"{name}.html").read_bytes())
    return html, expected


@pytest.fixture(scope="module", params=PAGE_NAMES)
def cleaned(request: pytest.FixtureRequest):
    html, expected = load_fixture(request.param)
    return html, expected, clean_html(html)


def test_fixture_set_covers_the_styles_it_promises() -> None:
    assert len(PAGE_NAMES) >= 4


def test_body_is_the_story_paragraphs_in_order(cleaned) -> None:
    _, expected, article = cleaned
    assert list(article.body) == expected["body"]


def test_metadata_fields(cleaned) -> None:
    _, expected, article = cleaned
    assert article.title == expected["title"]
    assert article.section == expected["section"]
    assert list(article.authors) == expected["authors"]
    assert article.url == expected["url"]
    assert article.language == expected["language"]
    assert article.published == Published(**expected["published"])


def test_captions_are_split_from_their_credits_and_kept_out_of_the_body(cleaned) -> None:
    _, expected, article = cleaned
    assert list(article.captions) == [Caption(**caption) for caption in expected["captions"]]
    for caption in article.captions:
        assert all(caption.text not in paragraph for paragraph in article.body if caption.text)
        assert all(caption.credit not in paragraph for paragraph in article.body if caption.credit)


def test_wire_and_syndication_lines_are_attributions_not_body(cleaned) -> None:
    _, expected, article = cleaned
    assert list(article.attributions) == expected["attributions"]
    assert not set(article.attributions) & set(article.body)


def test_removed_names_the_chrome_with_its_reason(cleaned) -> None:
    _, expected, article = cleaned
    reasons = {block.text: block.reason for block in article.removed}
    for wanted in expected["removed"]:
        assert wanted["text"] in reasons, wanted["text"]
        if wanted["reason"] is not None:
            assert reasons[wanted["text"]] == wanted["reason"], wanted["text"]


def test_every_visible_block_is_in_the_body_or_accounted_for(cleaned) -> None:
    html, _, article = cleaned
    body_text = "\n".join(article.body)
    removed_texts = {block.text for block in article.removed}
    for block in page_blocks(parse_page(html)):
        assert block.text in body_text or block.text in removed_texts, block.text


def test_removed_never_repeats_body_text(cleaned) -> None:
    _, _, article = cleaned
    assert not {block.text for block in article.removed} & set(article.body)


def test_script_and_style_text_never_reaches_body_or_removed(cleaned) -> None:
    html, _, article = cleaned
    everything = "\n".join([*article.body, *(block.text for block in article.removed)])
    for invisible in ("dataLayer", "Never show this script text", "hidden style text", "adSlots", "injected"):
        assert invisible not in everything


def test_feed_hints_win_over_what_the_page_says() -> None:
    html, _ = load_fixture("wire_dateline_byline")
    hints = {
        "title": "Dockworkers strike at Porto Velho",
        "published": "Mon, 03 Mar 2025 09:00:00 +0000",
        "author": "Desk Editor Lena Park",
        "section": "Ports",
        "link": "https://feeds.example/item/77",
    }
    article = clean_html(html, hints=hints)
    assert article.title == "Dockworkers strike at Porto Velho"
    assert article.published == Published("2025-03-03T09:00:00+00:00", "feed")
    assert article.authors == ("Desk Editor Lena Park",)
    assert article.section == "Ports"
    assert article.url == "https://feeds.example/item/77"


@pytest.mark.parametrize(
    ("line", "authors", "expected"),
    [
        ("By Ana Ruiz and Li Wei", (), True),
        ("By Dana Whitfield · Aug. 14, 2025", (), True),
        ("Par Nour El-Houda Benali", (), True),
        ("Chiara Lombardi and Kwame Mensah", ("Chiara Lombardi", "Kwame Mensah"), True),
        ("By noon, the streets around the harbour were empty.", (), False),
        ("By Tuesday the council had voted twice.", (), False),
        ("Beachbody Performance Recover, 1 cup blueberries", ("Beachbody",), False),
    ],
)
def test_is_byline(line: str, authors: tuple[str, ...], expected: bool) -> None:
    assert is_byline(line, authors) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(Additional reporting provided by Samir Haddad in Tunis)", True),
        ("Reporting by Ana Ruiz; Editing by Priya Raman", True),
        ("Produced in association with the Regional Transit Reporting Project.", True),
        ("This story was originally published by The Valley Courier.", True),
        ("The Associated Press contributed to this report.", True),
        ("The council said reporting rules for landlords would change in May.", False),
        ("She published the findings in a journal last year.", False),
    ],
)
def test_is_attribution(line: str, expected: bool) -> None:
    assert is_attribution(line) is expected


def test_only_the_closing_run_of_promotion_is_cut() -> None:
    story = ["The newsletter the mayor sends to residents was redesigned this spring.", "Officials met on Tuesday."]
    promotion = ["Follow Metro Ledger on Instagram and Facebook.", "Sign up for our morning newsletter."]
    assert split_trailing_promotion(story + promotion) == (story, promotion)
    assert split_trailing_promotion(story) == (story, [])


def test_post_embedded_inside_the_story_stays_in_place_and_a_sidebar_feed_stays_out() -> None:
    paragraphs = [
        f"<p>Paragraph {number} of the invented ferry story: the operator cancelled the early crossing again "
        f"on Friday, and passengers waited on the quay for more than two hours before buses arrived.</p>"
        for number in range(4)
    ]
    # Wrapped the way outlets wrap embeds, in a "social" box that extractors prune as a share widget.
    quoted = (
        '<div class="social-media-embed"><blockquote class="twitter-tweet">'
        "<p>Third cancelled crossing this week, still no word from the operator</p>"
        "— Island Commuters (@islandcommute) June 6, 2025</blockquote></div>"
    )
    sidebar = '<aside><blockquote class="twitter-tweet"><p>Our latest ferry timetable is out now</p></blockquote></aside>'
    html = f"<html><body><article>{''.join(paragraphs[:2])}{quoted}{''.join(paragraphs[2:])}</article>{sidebar}</body></html>"
    body = clean_html(html).body
    quote_index = body.index("Third cancelled crossing this week, still no word from the operator")
    assert body[quote_index - 1].startswith("Paragraph 1") and body[quote_index + 2].startswith("Paragraph 2")
    assert not any("timetable" in paragraph for paragraph in body)


def test_given_url_wins_over_canonical() -> None:
    html, _ = load_fixture("figures_credits")
    assert clean_html(html, url="https://mirror.example/a").url == "https://mirror.example/a"


def test_paragraph_that_is_one_link_to_another_story_is_a_teaser() -> None:
    html, _ = load_fixture("jsonld_related_links")
    article = clean_html(html)
    assert not any(paragraph.startswith("Read more:") for paragraph in article.body)


STORY = "".join(
    f"<p>Paragraph {number} of the invented council story: the committee met again on Tuesday and "
    f"agreed to publish its findings on the water supply before the end of the month.</p>"
    for number in range(6)
)


def nasty_pages() -> dict[str, str]:
    return {
        "deep nesting": "<html><body>" + "<div>" * 50_000 + STORY + "</div>" * 50_000 + "</body></html>",
        "unclosed tags": "<html><body><div><p><b><i><span>" * 5_000 + STORY,
        "nul bytes": "<html><body>" + STORY.replace("council", "coun\x00cil") + "</body></html>",
        "huge attribute": f'<html><body><div class="{"x" * 3_000_000}">{STORY}</div></body></html>',
        "comment bomb": "<html><body>" + "<!--" * 50_000 + STORY + "-->" * 50_000 + "</body></html>",
        "entities": "<html><body><p>" + "&amp;&lt;&#0;&#x110000;&#xD800;&nosuch;" * 5_000 + "</p></body></html>",
        "script only": "<html><head><script>var story = '<p>not text</p>';</script><style>p{}</style></head>"
        "<body><script>document.write('x')</script><iframe src='a'></iframe></body></html>",
        "deep json-ld": '<html><head><script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000
        + f"</script></head><body>{STORY}</body></html>",
        "lone surrogate": "<html><body><p>odd \ud800 character</p>" + STORY + "</body></html>",
        "frameset": "<html><frameset><frame src='a'></frameset></html>",
        "svg root": "<svg><p><p>" + STORY,
        "fragment": STORY,
        "empty": "",
    }


@pytest.mark.parametrize("name", sorted(nasty_pages()))
def test_nasty_pages_neither_crash_nor_leak_invisible_text(name: str) -> None:
    article = clean_html(nasty_pages()[name])
    everything = "\n".join([*article.body, *(block.text for block in article.removed)])
    assert "not text" not in everything and "document.write" not in everything


def test_story_survives_nul_bytes_and_lone_surrogates() -> None:
    pages = nasty_pages()
    assert any("council story" in paragraph for paragraph in clean_html(pages["nul bytes"]).body)
    assert any("odd" in paragraph for paragraph in clean_html(pages["lone surrogate"]).body)


def test_story_survives_attribute_and_json_ld_bombs() -> None:
    pages = nasty_pages()
    for name in ("huge attribute", "deep json-ld", "fragment"):
        assert len(clean_html(pages[name]).body) == 6, name


def test_script_only_page_has_no_body() -> None:
    assert clean_html(nasty_pages()["script only"]).body == ()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_no_string_crashes_clean_html(text: str) -> None:
    article = clean_html(text)
    assert isinstance(article.body, tuple)


MARKUP_PIECES = st.sampled_from(
    ["<p>", "</p>", "<div class='share'>", "</div>", "<figure><figcaption>", "</figcaption></figure>",
     "<script>", "</script>", "<a href='x'>", "</a>", "<!--", "-->", "&amp;", "&#0;", "<time datetime='x'>",
     '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":', "\x00", "<html>", "<body>",
     "<svg>", "<math>", "<link rel='canonical' href='http://[::1", "<?xml version='1.0' encoding='latin-1'?>"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(MARKUP_PIECES, st.text(max_size=30)), max_size=60))
def test_no_tag_soup_crashes_clean_html(pieces: list[str]) -> None:
    article = clean_html("".join(pieces))
    assert all(isinstance(block.reason, str) and block.reason for block in article.removed)


def test_a_section_label_above_the_headline_is_no_story_paragraph() -> None:
    story = " ".join(["Fighters attacked an army post in the hills outside the town on Sunday night."] * 3)
    page = f"""<html><head><title>Army post attacked near Tarvo</title></head><body>
<article><p class="kicker">Regions · Tarvo Valley</p>
<h1>Army post attacked near Tarvo</h1>
<p>{story}</p><p>{story.replace("Sunday", "Monday")}</p><p>Regions · Tarvo Valley</p></article></body></html>"""
    body = clean_html(page).body
    assert body[0].startswith("Fighters attacked")
    # The same words inside the story are kept: only a label above the headline is one.
    assert body[-1] == "Regions · Tarvo Valley"


def test_a_printed_headline_longer_than_the_page_title_and_its_standfirst_are_no_story() -> None:
    story = "Troops retook the town of Tarvo from the Delta Front on Tuesday, the governor said. " * 3
    page = f"""<html><head><title>Tarvo retaken from rebels | Valley Post</title></head><body><article>
<p class="kicker">POLITICS · SECURITY</p>
<h1>Tarvo ‘fully’ retaken from rebels; thousands return</h1>
<p class="dek">The army says the road to Kestrel is open again after three weeks of fighting</p>
<p>{story}</p><p>{story.replace("Tuesday", "Wednesday")}</p></article></body></html>"""
    article = clean_html(page)
    assert article.body[0].startswith("Troops retook")
    assert {removed.reason for removed in article.removed} >= {"section label", "headline", "standfirst"}


def test_a_printed_headline_worded_apart_from_the_page_and_social_titles_is_no_story() -> None:
    story = "Troops retook the town of Tarvo from the Delta Front on Tuesday, the governor said. " * 3
    page = f"""<html><head><title>Governor hails Tarvo victory | Valley Post</title>
<meta property="og:title" content="Tarvo: the road to Kestrel opens again">
</head><body><article>
<h1>Army retakes Tarvo after three-week siege by rebels</h1>
<p>{story}</p><p>{story.replace("Tuesday", "Wednesday")}</p></article></body></html>"""
    article = clean_html(page)
    assert article.body[0].startswith("Troops retook")
    assert len(article.body) == 2


def test_a_standfirst_marked_as_such_is_no_story_even_as_a_full_sentence() -> None:
    story = "Troops retook the town of Tarvo from the Delta Front on Tuesday, the governor said. " * 3
    dek = "The two sides agreed on a committee for the crossings, state media said, a week after a clash."
    page = f"""<html><head><title>Tarvo retaken from rebels | Valley Post</title></head><body><article>
<h1>Tarvo retaken from rebels as talks go on</h1>
<p class="dek">{dek}</p>
<p>{story}</p><p>{story.replace("Tuesday", "Wednesday")}</p></article></body></html>"""
    article = clean_html(page)
    assert article.body[0].startswith("Troops retook") and dek not in article.body


def test_an_opening_paragraph_that_ends_in_an_emoji_is_still_story() -> None:
    first = "Visitors who booked through the app came to the Valley Theatre and left their reviews! 🙂"
    second = "We have brought some of these reviews here! Check them out below."
    rest = " ".join(["The show ran for two hours and the hall was full every night of the week."] * 3)
    page = f"""<html><head><title>Valley Theatre reviews from visitors to the hall</title></head><body><article>
<p>{first}</p><p>{second}</p><p>{rest}</p><p>{rest}</p></article></body></html>"""
    assert clean_html(page).body[:2] == (first, second)
