"""HTML page → Article: trafilatura finds the story, this module adds what it misses.

trafilatura picks the main-text region well but hands back a bare string; an analyst also needs the
headline repeated at the top gone, captions and their photo credits kept apart, wire and syndication
lines ("Additional reporting by …") set aside, and an account of every visible block that was left
out. The page is parsed once; the extractor and the finders below all read that one tree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import lxml.etree as etree
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.utils import load_html
from trafilatura.xml import xmltotxt

from wirewatch.clean.captions import is_credit_line, labelled_caption, split_caption_credit
from wirewatch.clean.chrome import classify_chrome_line
from wirewatch.clean.metadata import PageMetadata, detect_language, read_metadata
from wirewatch.model import Article, Caption, RemovedBlock

# Elements whose text a reader never sees; they are dropped without a trace in `removed`.
INVISIBLE_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "meta",
        "link",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "source",
        "track",
        "map",
        "option",
        "datalist",
    }
)
# Elements that start a new line of text in a rendered page (the flattened rendering of a page).
BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "button",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "label",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "select",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)
# Markup hints of why a block is page furniture, read from an element's class/id words, role and tag
# (see `markup_reason`); the innermost marked ancestor of a block decides its reason.
TAG_REASONS = {
    "nav": "navigation",
    "menu": "navigation",
    "footer": "footer",
    "header": "header",
    "aside": "sidebar",
    "figcaption": "caption",
    "figure": "caption",
    "form": "form",
    "button": "button",
    "select": "form",
    "label": "form",
    "time": "timestamp",
}
ROLE_REASONS = {
    "navigation": "navigation",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "sidebar",
    "search": "form",
    "dialog": "dialog",
    "alert": "dialog",
    "menu": "navigation",
    "menubar": "navigation",
}
MARKER_REASONS: tuple[tuple[str, frozenset[str]], ...] = (
    # Before share widgets: an embedded post ("twitter-tweet") is a quoted source, not a share button.
    ("embedded post", frozenset({"tweet", "instagram", "tiktok"})),
    ("share widget", frozenset({"share", "sharing", "social", "sharebar", "addthis", "sharethis"})),
    (
        "advertisement",
        frozenset(
            {
                "ad",
                "ads",
                "advert",
                "advertisement",
                "adslot",
                "sponsor",
                "sponsored",
                "dfp",
                "gpt",
                "promo",
                "outbrain",
                "taboola",
                "adunit",
            }
        ),
    ),
    ("comment prompt", frozenset({"comment", "comments", "disqus", "respond", "reply"})),
    (
        "related-links",
        frozenset(
            {
                "related",
                "recommended",
                "recommendations",
                "more",
                "trending",
                "popular",
                "teaser",
                "teasers",
                "readmore",
                "read",
                "also",
                "next",
                "latest",
                "rail",
            }
        ),
    ),
    (
        "subscription prompt",
        frozenset({"newsletter", "subscribe", "subscription", "signup", "paywall", "membership"}),
    ),
    ("cookie notice", frozenset({"cookie", "cookies", "consent", "gdpr", "privacy"})),
    ("caption", frozenset({"caption", "credit", "credits", "photo", "image", "img", "media", "gallery"})),
    ("byline", frozenset({"byline", "author", "authors", "contributor", "writer"})),
    ("timestamp", frozenset({"date", "time", "timestamp", "published", "updated", "dateline"})),
    ("tag list", frozenset({"tags", "tag", "topics", "keywords", "categories"})),
    ("navigation", frozenset({"nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "pagination", "skip"})),
    ("footer", frozenset({"footer", "copyright", "legal", "colophon"})),
    ("header", frozenset({"header", "masthead", "topbar", "banner"})),
    ("sidebar", frozenset({"sidebar", "widget", "aside", "rightcol"})),
    ("headline", frozenset({"headline", "title", "heading", "hed"})),
    # The summary printed under the headline, marked as such: <p class="dek">, "standfirst", "strapline".
    ("standfirst", frozenset({"dek", "standfirst", "strapline", "subheadline"})),
)
WEAK_REASONS = frozenset({"headline", "timestamp", "byline", "caption"})
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MARKER_SPLIT = re.compile(r"[^a-z0-9]+")
# Labels for screen readers and gallery counters that open a caption ("Image caption", "Image 1 of 8").
_CAPTION_LABEL = re.compile(
    r"^(?:(?:image|photo|media)\s+caption\s*:?|(?:image|photo)\s+\d+\s+of\s+\d+)\s*", re.IGNORECASE
)
_CREDIT_CLASS = re.compile(r"credit|copyright|source|photographer|byline", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_BULLET = re.compile(r"^[-*•]\s+")
_BYLINE = re.compile(r"^(?:by|written by|words by|von|par|por)\s+\S", re.IGNORECASE)

# Wire, syndication and contribution lines: they credit other newsrooms rather than tell the story.
ATTRIBUTION_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"^\W*(?:additional\s+)?reporting\s+(?:by|from|provided\s+by|contributed\s+by)\b",
        r"^\W*(?:writing|editing|compiled|edited|written|translated)\s+by\b.{0,200}(?:;|$)",
        r"\bproduced\s+in\s+(?:association|partnership|collaboration)\s+with\b",
        r"\b(?:this|the)\s+(?:story|article|piece|report|post)\s+(?:was\s+|is\s+|has\s+been\s+)?"
        r"(?:originally\s+|first\s+)?(?:published|appeared|produced|republished|reprinted)\s+(?:by|in|on|with|from)\b",
        r"\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)\b",
        r"\bpublished\s+from\s+a\s+wire\s+agency\s+feed\b",
        r"^\W*(?:©|\(c\)|copyright)\s*\d{4}\s+(?:the\s+)?(?:associated\s+press|reuters|agence\s+france|afp|"
        r"thomson\s+reuters|bloomberg|dpa|efe|ansa)\b",
        r"\bis\s+(?:a\s+)?(?:republished|syndicated)\s+(?:from|with\s+permission)\b",
    )
)
# Promotion that closes an article ("Follow Newsbeat on Instagram", "Subscribe to our newsletters"): only
# the trailing run of paragraphs is tested, where outlets put it, so a story about a newsletter survives.
TRAILING_PROMOTION = re.compile(
    r"\bfollow\s+(?:us|him|her|them|[@\w.]+(?:\s+[@\w.]+)?)\s+on\s+(?:twitter|facebook|instagram|linkedin|youtube|tiktok|x)\b"
    r"|\bclick\s+here\b|\bsubscribe\b|\bnewsletters?\b|\bsign\s+up\b|\bget\s+access\s+to\b|\bdownload\s+(?:our|the)\s+app\b"
    r"|\bhave\s+a\s+(?:news\s+)?tip\b|\btell\s+us\s+what\s+you\s+think\b|\blisten\s+(?:live|back)\b"
    r"|\bdelivered\s+(?:to|through)\s+your\b|\bsend\s+us\s+your\b",
    re.IGNORECASE,
)
MAX_PROMOTION_WORDS = 60
# Longer attribute values are data (inlined images, tracking blobs), never text a reader sees.
MAX_ATTRIBUTE_CHARS = 20_000
# Real JSON-LD nests a few levels; hundreds is an attack on the parser's stack.
MAX_JSON_LD_DEPTH = 100
MIN_TEASER_WORDS = 5
# Shorter caption-marked text is a widget label; longer is a gallery or a whole page region.
MIN_CAPTION_WORDS = 3
MAX_CAPTION_WORDS = 150
# CMS shortcodes that leaked unrendered ("[button link=…]Send us your review[/button]").
_SHORTCODE = re.compile(r"^\[\w+[^\]]*\].*\[/\w+\]$")
# Attribution lines are short; a long paragraph that merely mentions "reporting by" is the story.
MAX_ATTRIBUTION_WORDS = 45
# A body paragraph this short or shorter may be furniture the extractor let through.
MAX_CHROME_WORDS = 30
MAX_SECTION_LABEL_WORDS = 8
MAX_STANDFIRST_WORDS = 45
MIN_HEADLINE_WORDS = 4
HEADLINE_OVERLAP = 0.8
# A sentence's end anywhere: a stop followed by a space or by nothing but quote marks and emoji to the end.
_SENTENCE_END = re.compile(r"[.!?…](?:\s|[^\w\s]*$)")


@dataclass(frozen=True)
class TextBlock:
    """One line of the page as a reader sees it, with the markup hint of what it belongs to."""

    text: str
    hint: str | None
    all_link: bool


def clean_html(html: str, *, url: str | None = None, hints: dict[str, str] | None = None) -> Article:
    """The article in an HTML page: metadata, body paragraphs, captions, attributions and what was removed."""
    hints = hints or {}
    tree = parse_page(html)
    if tree is None:
        return Article(title=hints.get("title"), body=(), url=url or hints.get("link"))
    metadata = read_metadata(tree, url=url, hints=hints)
    captions = tuple(find_captions(tree))
    blocks = list(page_blocks(tree))
    paragraphs = extract_paragraphs(tree, url=metadata.url)
    link_texts = {block.text for block in blocks if block.all_link}
    standfirsts = {block.text for block in blocks if block.hint == "standfirst"}
    # The headline as printed on the page may be worded apart from the page's title and its social-media title.
    printed_headlines = {normalize(heading.text_content()) for heading in tree.iter("h1")} - {""}
    body, attributions, dropped = sort_paragraphs(
        paragraphs, metadata, captions, link_texts, standfirsts, printed_headlines
    )
    body = include_embedded_posts(body, paragraphs, blocks)
    removed = account_for_removed(blocks, body, dropped, captions, attributions, metadata)
    return Article(
        title=metadata.title,
        body=body,
        section=metadata.section,
        authors=metadata.authors,
        published=metadata.published,
        url=metadata.url,
        language=metadata.language or detect_language("\n".join(body)),
        captions=captions,
        attributions=attributions,
        removed=removed,
    )


def parse_page(html: str) -> HtmlElement | None:
    """The page as a defused lxml tree, or None when it holds no markup at all; never raises on bad HTML."""
    text = strip_control_characters(html)
    if not text.strip():
        return None
    tree = load_html(text)
    if tree is None or tree.tag != "html":
        # trafilatura's loader refuses a fragment or roots it at its first element (an <svg> root makes
        # htmldate try to drop the root); a wrapper makes it a document.
        tree = load_html(f"<html><body>{text}</body></html>")
    if tree is not None:
        defuse_tree(tree)
    return tree


def strip_control_characters(text: str) -> str:
    """The text without NUL, other C0 controls and lone surrogates, which libxml2 cuts text at."""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return _CONTROL_CHARACTER.sub("", text) if _CONTROL_CHARACTER.search(text) else text


def defuse_tree(tree: HtmlElement) -> None:
    """Drop what makes the extractors slow or crash and is never article text.

    Megabyte attribute values (inlined images, tracking blobs) make trafilatura's and htmldate's
    regular expressions crawl; JSON-LD nested hundreds deep makes `json.loads` recurse out of stack.
    """
    for value in tree.xpath(f"//@*[string-length(.) > {MAX_ATTRIBUTE_CHARS}]"):
        del value.getparent().attrib[value.attrname]
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        if json_nesting_depth(script.text or "") > MAX_JSON_LD_DEPTH:
            script.getparent().remove(script)


def json_nesting_depth(text: str) -> int:
    """How deep brackets nest in a JSON text (brackets inside strings counted too: an upper bound)."""
    if text.count("[") + text.count("{") <= MAX_JSON_LD_DEPTH:
        return 0
    depth = deepest = 0
    for character in text:
        if character in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif character in "]}":
            depth -= 1
    return deepest


def normalize(text: str) -> str:
    """NFC text with whitespace collapsed: the form every comparison in this module uses."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def extract_paragraphs(tree: HtmlElement, *, url: str | None) -> list[str]:
    """The main-text paragraphs trafilatura finds, in page order."""
    # bare_extraction works on its own copy of a tree it is handed, so `tree` stays whole for the finders.
    document = bare_extraction(
        tree,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
    )
    if document is None or document.body is None:
        return []
    text = xmltotxt(document.body, include_formatting=False)
    paragraphs = (normalize(_BULLET.sub("", line.strip())) for line in text.splitlines())
    return [paragraph for paragraph in paragraphs if paragraph]


def sort_paragraphs(
    paragraphs: list[str],
    metadata: PageMetadata,
    captions: tuple[Caption, ...],
    link_texts: set[str],
    standfirsts: set[str] | frozenset[str] = frozenset(),
    printed_headlines: set[str] | frozenset[str] = frozenset(),
) -> tuple[tuple[str, ...], tuple[str, ...], list[RemovedBlock]]:
    """Split extracted paragraphs into body, attributions and dropped furniture (with reasons)."""
    caption_texts = {normalize(text) for caption in captions for text in caption_strings(caption)}
    title = normalize(metadata.title or "")
    kept: list[str] = []
    attributions: list[str] = []
    dropped: list[RemovedBlock] = []
    headline_at = next(
        (
            index
            for index, paragraph in enumerate(paragraphs[:3])
            if is_headline(paragraph, title) or (paragraph in printed_headlines and not _SENTENCE_END.search(paragraph))
        ),
        None,
    )
    for index, paragraph in enumerate(paragraphs):
        reason = paragraph_furniture_reason(paragraph, index, title, caption_texts, link_texts, metadata)
        if reason is None and paragraph in standfirsts and index <= (headline_at or 0) + 1:
            reason = "standfirst"  # marked as the summary under the headline, a full sentence or not
        if reason is None and headline_at is not None:
            if index < headline_at and is_section_label(paragraph):
                reason = "section label"
            elif index == headline_at:
                reason = "headline"
            elif index == headline_at + 1 and is_standfirst(paragraph):
                reason = "standfirst"
        if reason == "attribution":
            attributions.append(paragraph)
        if reason:
            dropped.append(RemovedBlock(paragraph, reason))
        else:
            kept.append(paragraph)
    body, promotion = split_trailing_promotion(kept)
    dropped.extend(RemovedBlock(paragraph, "promotion") for paragraph in promotion)
    return tuple(body), tuple(dict.fromkeys(attributions)), dropped


def is_headline(text: str, title: str) -> bool:
    """The page's headline as printed: the title's words with a few more ("‘illegal’", a second clause the
    page title cut off), and no sentence."""
    if not title or _SENTENCE_END.search(text):
        return False
    if text.casefold() == title.casefold():
        return True
    title_words = {word.casefold() for word in _WORD.findall(title)}
    text_words = {word.casefold() for word in _WORD.findall(text)}
    shared = len(title_words & text_words)
    return (
        len(title_words) >= MIN_HEADLINE_WORDS
        and shared >= HEADLINE_OVERLAP * len(title_words)
        and len(text_words) <= 2 * len(title_words)
    )


def is_standfirst(text: str) -> bool:
    """The summary printed under a headline: a sentence's length without a sentence's full stop."""
    return len(_WORD.findall(text)) <= MAX_STANDFIRST_WORDS and not _SENTENCE_END.search(text)


def is_section_label(text: str) -> bool:
    """ "Regions · Maguindanao", "World News": a few words and no sentence, as kickers above a headline are."""
    return len(_WORD.findall(text)) <= MAX_SECTION_LABEL_WORDS and not _SENTENCE_END.search(text)


def split_trailing_promotion(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The paragraphs without the run of short promotional lines that closes them, and that run."""
    end = len(paragraphs)
    while end > 1:
        paragraph = paragraphs[end - 1]
        if len(_WORD.findall(paragraph)) > MAX_PROMOTION_WORDS or not TRAILING_PROMOTION.search(paragraph):
            break
        end -= 1
    return paragraphs[:end], paragraphs[end:]


def paragraph_furniture_reason(
    paragraph: str,
    index: int,
    title: str,
    caption_texts: set[str],
    link_texts: set[str],
    metadata: PageMetadata,
) -> str | None:
    """Why an extracted paragraph is not story text, or None when it is."""
    if title and index < 3 and paragraph.casefold() == title.casefold():
        return "headline"
    if paragraph in caption_texts:
        return "caption"
    words = len(_WORD.findall(paragraph))
    if words >= MIN_TEASER_WORDS and paragraph in link_texts:
        # A headline-length paragraph that is one link on the page is a teaser for another story;
        # shorter link-only lines in a story are product names, venues and addresses.
        return "teaser link"
    if _SHORTCODE.match(paragraph):
        return "boilerplate"
    if words <= MAX_ATTRIBUTION_WORDS and is_attribution(paragraph):
        return "attribution"
    if words <= MAX_CHROME_WORDS:
        if is_byline(paragraph, metadata.authors):
            return "byline"
        return classify_chrome_line(paragraph)
    return None


def include_embedded_posts(
    body: tuple[str, ...], extracted: list[str], blocks: list[TextBlock]
) -> tuple[str, ...]:
    """The body with the posts embedded between its paragraphs (a quoted tweet) put back in place.

    Extractors drop embedded posts as social widgets, but one that sits inside the extracted story
    region (after a body paragraph, before another extracted paragraph) is quoted by the story; one
    after the region (a sidebar feed) stays out.
    """
    body_paragraphs, region = set(body), set(extracted)
    inserted_after: dict[str, list[str]] = {}
    previous: str | None = None
    pending: list[str] = []
    for block in blocks:
        if block.text in region:
            if pending and previous is not None:
                inserted_after.setdefault(previous, []).extend(pending)
            pending = []
            if block.text in body_paragraphs:
                previous = block.text
        elif block.hint == "embedded post":
            pending.append(block.text)
    if not inserted_after:
        return body
    with_posts: list[str] = []
    for paragraph in body:
        with_posts.append(paragraph)
        with_posts.extend(inserted_after.pop(paragraph, []))
    return tuple(with_posts)


def is_attribution(text: str) -> bool:
    """Whether a line credits a wire service, partner or contributor rather than telling the story."""
    return any(pattern.search(text) for pattern in ATTRIBUTION_PATTERNS)


def is_byline(text: str, authors: tuple[str, ...]) -> bool:
    """Whether a short line is the byline ("By Ana Ruiz, Staff Writer")."""
    if len(_WORD.findall(text)) > 12:
        return False
    prefix = _BYLINE.match(text)
    if prefix:
        # "By Ana Ruiz and Li Wei" names people; "By noon, the streets were empty." is the story.
        words = text[prefix.end() - 1 :].split()
        name_like = [
            word for word in words if word[:1].isupper() or word[:1].isdigit() or not word[:1].isalnum()
        ]
        return len(name_like) >= 0.6 * len(words) and not text.rstrip().endswith(("!", "?"))
    # A one-word "author" is usually a brand or desk name, which story lines mention too.
    names = [author for author in authors if len(author.split()) >= 2]
    if not names or len(names) < len(authors):
        return False
    rest = text.casefold()
    for name in names:
        if name.casefold() not in rest:
            return False
        rest = rest.replace(name.casefold(), " ")
    return len(_WORD.findall(rest)) <= 8 and len(text) < 120


def caption_strings(caption: Caption) -> Iterator[str]:
    """The forms a caption can take in extracted text: text alone, credit alone, and both together."""
    if caption.text:
        yield caption.text
    if caption.credit:
        yield caption.credit
        if caption.text:
            yield f"{caption.text} {caption.credit}"


# ---------------------------------------------------------------- captions


def find_captions(tree: HtmlElement) -> Iterator[Caption]:
    """Photo captions of the page (figcaption, <caption>, caption-classed blocks), credits split off."""
    seen: set[str] = set()
    for element in caption_elements(tree):
        caption = read_caption(element)
        if caption is None:
            continue
        key = normalize(f"{caption.text} {caption.credit or ''}")
        if key not in seen:
            seen.add(key)
            yield caption


def caption_elements(tree: HtmlElement) -> Iterator[HtmlElement]:
    """Outermost caption elements: a caption-classed span inside a figcaption is part of it, not another."""
    candidates = [
        element
        for element in tree.xpath(
            "//figcaption | //caption"
            " | //*[contains(translate(@class, 'CAPTION', 'caption'), 'caption')]"
            " | //figure//*[contains(translate(@class, 'CREDIT', 'credit'), 'credit')]"
        )
        if isinstance(element.tag, str) and element.tag not in INVISIBLE_TAGS and not is_hidden(element)
    ]
    chosen = set(candidates)
    for element in candidates:
        if not any(ancestor in chosen for ancestor in element.iterancestors()):
            yield element


def read_caption(element: HtmlElement) -> Caption | None:
    """A caption from its element: the credit from credit-marked children, else split from the text."""
    credit_elements = outermost(
        child
        for child in element.iterdescendants()
        if isinstance(child.tag, str) and _CREDIT_CLASS.search(child.get("class") or "")
    )
    text = _CAPTION_LABEL.sub("", normalize(visible_text(element, skip=set(credit_elements))))
    credit = normalize(" ".join(visible_text(child) for child in credit_elements)) or None
    if not is_caption_like(text or credit or ""):
        return None
    if credit and text:
        return Caption(text=text, credit=credit)
    whole = text or credit or ""
    split = labelled_caption(whole) or split_caption_credit(whole)
    if split is not None:
        return split
    if is_credit_line(whole):
        return Caption(text="", credit=whole)
    return Caption(text=whole)


def is_caption_like(text: str) -> bool:
    """Whether a caption-marked element's text reads like a caption, not a widget label ("Caption Close")."""
    words = len(_WORD.findall(text))
    return MIN_CAPTION_WORDS <= words <= MAX_CAPTION_WORDS and classify_chrome_line(text) is None


def outermost(elements: Iterable[HtmlElement]) -> list[HtmlElement]:
    """The elements that have no ancestor among the others, in document order."""
    chosen = list(elements)
    members = set(chosen)
    return [
        element for element in chosen if not any(ancestor in members for ancestor in element.iterancestors())
    ]


def visible_text(element: HtmlElement, skip: set[HtmlElement] | None = None) -> str:
    """Text of an element without scripts, styles, hidden and `skip` descendants."""
    skip = skip or set()
    parts: list[str] = []
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        if node is element:
            if event == "start":
                parts.append(node.text or "")
            continue
        if event == "start":
            if not isinstance(node.tag, str) or node.tag in INVISIBLE_TAGS or node in skip or is_hidden(node):
                walker.skip_subtree()
                continue
            parts.append(" " if node.tag in BLOCK_TAGS else "")
            parts.append(node.text or "")
        else:
            parts.append(node.tail or "")
    return "".join(parts)


# ---------------------------------------------------------------- the account of what was left out


def page_blocks(tree: HtmlElement) -> Iterator[TextBlock]:
    """Every visible line of the page, in order, the way a text rendering would break it.

    Walks the tree without recursion so 50,000 nested divs cost time, not the stack.
    """
    buffer: list[str] = []
    link_chars = 0
    hints: list[str | None] = [None]
    # An inline element's mark (<time>, <span class="credit">) speaks for the line it is on.
    line_hint: str | None = None
    in_link = 0

    def flush() -> Iterator[TextBlock]:
        nonlocal link_chars, line_hint
        text = normalize("".join(buffer))
        if text:
            yield TextBlock(text, line_hint or hints[-1], link_chars >= len(text.replace(" ", "")) > 0)
        buffer.clear()
        link_chars = 0
        line_hint = None

    def add(text: str | None) -> None:
        nonlocal link_chars, line_hint
        if text and not text.isspace():
            buffer.append(text)
            line_hint = line_hint or hints[-1]
            if in_link:
                link_chars += len("".join(text.split()))
        elif text:
            buffer.append(text)

    # Pages repeat the same few class lists thousands of times; read each one once per page.
    reasons_seen: dict[tuple[str, str, str, str], str | None] = {}
    skipped: HtmlElement | None = None
    walker = etree.iterwalk(tree, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else None
        if event == "start":
            if tag is None or tag in INVISIBLE_TAGS or is_hidden(element):
                # Nothing inside a skipped element reports, so its "end" is the next event: it adds the tail.
                walker.skip_subtree()
                skipped = element
                continue
            if tag in BLOCK_TAGS:
                yield from flush()
            key = (tag, element.get("class") or "", element.get("id") or "", element.get("role") or "")
            if key not in reasons_seen:
                reasons_seen[key] = markup_reason(element)
            reason = reasons_seen[key]
            # A teaser's own "title" or "date" class says less than the related-links box around it.
            hints.append(hints[-1] if reason is None or (reason in WEAK_REASONS and hints[-1]) else reason)
            if tag == "a":
                in_link += 1
            add(element.text)
        else:
            if element is skipped:
                skipped = None
            else:
                if tag in BLOCK_TAGS:
                    yield from flush()
                hints.pop()
                if tag == "a":
                    in_link -= 1
            add(element.tail)
    yield from flush()


def is_hidden(element: HtmlElement) -> bool:
    """Whether markup hides an element from readers (hidden attribute, aria-hidden, display:none)."""
    style = element.get("style")
    return (
        element.get("hidden") is not None
        or element.get("aria-hidden") == "true"
        or (style is not None and _HIDDEN_STYLE.search(style) is not None)
    )


def markup_reason(element: HtmlElement) -> str | None:
    """The furniture an element's class/id words, role or tag say it is, or None.

    Class words come first because they are the most specific (<aside class="related-stories">
    is related links, not just a sidebar), unless they only name a weak part such as a title.
    """
    class_reason = class_marker_reason(element)
    if class_reason and class_reason not in WEAK_REASONS:
        return class_reason
    role = (element.get("role") or "").strip().lower()
    return ROLE_REASONS.get(role) or TAG_REASONS.get(element.tag) or class_reason


def class_marker_reason(element: HtmlElement) -> str | None:
    """The furniture an element's class and id words name ("share-tools" → share widget), or None."""
    words = set(_MARKER_SPLIT.split(f"{element.get('class') or ''} {element.get('id') or ''}".lower()[:400]))
    words.discard("")
    if not words:
        return None
    for reason, markers in MARKER_REASONS:
        if words & markers:
            return reason
    return None


@dataclass(frozen=True)
class BodyIndex:
    """The kept body, indexed so that testing thousands of page lines against it stays linear."""

    text: str
    paragraphs: frozenset[str]
    words: frozenset[str]
    word_triples: frozenset[tuple[str, str, str]]

    @classmethod
    def of(cls, body: tuple[str, ...]) -> BodyIndex:
        text = "\n".join(body)
        words = _WORD.findall(text)
        return cls(
            text, frozenset(body), frozenset(words), frozenset(zip(words, words[1:], words[2:], strict=False))
        )


def account_for_removed(
    blocks: Iterable[TextBlock],
    body: tuple[str, ...],
    dropped: list[RemovedBlock],
    captions: tuple[Caption, ...],
    attributions: tuple[str, ...],
    metadata: PageMetadata,
) -> tuple[RemovedBlock, ...]:
    """Every visible block of the page that is not in the body, each with the reason it was left out."""
    index = BodyIndex.of(body)
    caption_texts = {normalize(text) for caption in captions for text in caption_strings(caption)}
    title = normalize(metadata.title or "")
    removed: dict[str, RemovedBlock] = {block.text: block for block in dropped}
    for block in blocks:
        if block.text in removed or is_in_body(block, index):
            continue
        removed[block.text] = RemovedBlock(
            block.text, block_reason(block, title, caption_texts, attributions, metadata)
        )
    return tuple(removed.values())


def is_in_body(block: TextBlock, body: BodyIndex) -> bool:
    """Whether a page line is (part of) the kept body; a lone short link (a menu item) never is."""
    if block.text in body.paragraphs:
        return True
    words = _WORD.findall(block.text)
    if block.all_link and len(words) < 3:
        return False
    # Word checks first: a line with a word or word triple the body lacks cannot be in it, and most
    # page lines fail here without a scan of the whole body text.
    if len(words) >= 3:
        if any(triple not in body.word_triples for triple in zip(words, words[1:], words[2:], strict=False)):
            return False
    elif any(word not in body.words for word in words):
        return False
    if block.text not in body.text:
        return False
    return re.search(rf"(?<!\w){re.escape(block.text)}(?!\w)", body.text) is not None


def block_reason(
    block: TextBlock,
    title: str,
    caption_texts: set[str],
    attributions: tuple[str, ...],
    metadata: PageMetadata,
) -> str:
    """Why a page line was left out of the body."""
    if block.text in caption_texts:
        return "caption"
    if block.text in attributions or is_attribution(block.text):
        return "attribution"
    if title and block.text.casefold() == title.casefold():
        return "headline"
    if is_byline(block.text, metadata.authors):
        return "byline"
    chrome_reason = classify_chrome_line(block.text)
    if chrome_reason:
        return chrome_reason
    if block.hint:
        return block.hint
    if block.all_link:
        return "teaser link" if len(_WORD.findall(block.text)) >= 4 else "navigation"
    return "boilerplate"
