"""Flattened text scrape → Article: a line classifier that keeps the story and accounts for the rest.

Input is a page with its tags gone and one block per line (Common Crawl WET records look like
this), page chrome still in — or text that is already clean, possibly hard-wrapped. No maintained
extractor handles this well, so the cleaner follows jusText (Pomikálek 2011) and the
body-text-extraction idea of Finn et al. (2001):

1. every line is classed on its own: chrome patterns, bylines and datelines (`chrome.py`),
   captions and credits (`captions.py`), then good / near-good / short from length, sentence
   shape and stopword density;
2. lines are re-read in context: the headline after "Trending:" is a teaser, a summary between
   a byline and the next story's date is a card in a story list, everything from "jdoe says:"
   on is the comment thread, a line shown twice is not story text, the line before a lone photo
   credit is a caption, a quote opened and not yet closed keeps its paragraphs;
3. the story is the run of lines with the highest score (good lines add their length, chrome and
   short lines subtract, comment prompts and tag lists break the run), so menus, footers and
   sidebars around it fall away;
4. short lines inside the story take the class of their neighbours (sub-headings stay).

Every non-empty line ends up in exactly one place: the body, the title, a caption, an
attribution, or `removed` with its reason — nothing is dropped silently. Measured by
`benchmarks/score_flat.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from wirewatch.clean import chrome
from wirewatch.clean.captions import has_caption_label, is_credit_line, labelled_caption, split_caption_credit
from wirewatch.model import Article, Caption, Published, RemovedBlock

OFF_STORY = "off-story text"
OFF_STORY_SHORT = "boilerplate"
DUPLICATE = "duplicate line"
READER_COMMENT = "reader comment"
REPEATED_STORY = "repeated story text"
REPEATED_HEADLINE = "repeated headline"
JOINED_CREDIT = "photo credit (joined to caption)"


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# A few hundred characters of the commonest function words are enough to tell these languages
# apart and to measure how "sentence-like" a line is (menus and tag lists have almost none).
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _word_set(
        "the a an and or but of to in on at for with by from as is are was were be been has have had it its "
        "this that these those he she they we you i his her their our not no will would said says than then "
        "there which who whom what when where while after before about into over also can could may"
    ),
    "de": _word_set(
        "der die das und oder aber nicht ist sind war waren ein eine einen einem einer zu im in mit von auf für "
        "den dem des sich es als auch wie bei nach aus wird werden hat haben dass sie er wir ihr noch nur so"
    ),
    "fr": _word_set(
        "le la les un une des et ou mais de du au aux en dans sur pour par avec est sont était ont a que qui ne "
        "pas se ce cette il elle ils nous vous plus selon lors entre sans après avant"
    ),
    "es": _word_set(
        "el la los las un una unos y o pero de del al en con por para es son fue era que se no lo le su sus "
        "como más este esta entre sin sobre también según ha han"
    ),
    "it": _word_set(
        "il lo la i gli le un una e o ma di del della dei in con per su da è sono era che non si ha hanno "
        "come più anche questo questa nel nella alla"
    ),
    "pt": _word_set(
        "o a os as um uma e ou mas de do da dos das em no na com por para é são foi que não se seu sua como "
        "mais também entre sobre ao"
    ),
    "nl": _word_set(
        "de het een en of maar van in op met voor door is zijn was waren dat die niet te er ook als bij naar "
        "om heeft hebben wordt werd dan nog"
    ),
    "id": _word_set(
        "yang dan di ke dari ini itu dengan untuk pada adalah tidak akan juga dalam atau oleh karena sudah "
        "bisa ada kita kami mereka"
    ),
    "ru": _word_set(
        "и в не на что с по как это из у за от для но то же так или его ее их был была были быть он она они "
        "мы вы а к о бы уже если когда только"
    ),
}
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_WORD = re.compile(r"\w+")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)\s*$")
_SITE_SEPARATOR = re.compile(r"\s+(?:[|\-–—:·•»]|::)\s+")

_QUOTE_OPEN = "“«„"


class LineClass(Enum):
    """How a line reads on its own, before context is taken into account."""

    GOOD = "good"
    NEAR_GOOD = "near-good"
    SHORT = "short"
    CHROME = "chrome"
    CAPTION = "caption"
    CREDIT = "credit"


@dataclass
class _Line:
    """One line of the page and what the cleaner has decided about it so far."""

    index: int
    text: str
    blank_before: bool
    word_count: int
    ends_sentence: bool
    stopword_ratio: float
    line_class: LineClass = LineClass.SHORT
    reason: str | None = None
    caption: Caption | None = None
    credit_for: int | None = None


# ---------------------------------------------------------------- reading the lines


def _word_count(text: str) -> int:
    words = len(_WORD.findall(text))
    # Chinese and Japanese are written without spaces: count two characters as a word.
    return max(words, len(_CJK.findall(text)) // 2)


def detect_language(text: str) -> str | None:
    """The language of `text` by stopword share among a few languages, or None when no list fits."""
    words = [word.lower() for word in _WORD.findall(text)[:3000]]
    if not words:
        return None
    hits = {language: sum(word in stopwords for word in words) for language, stopwords in _STOPWORDS.items()}
    language, best = max(hits.items(), key=lambda item: item[1])
    return language if best >= max(3, 0.08 * len(words)) else None


def _stopword_ratio(text: str, stopwords: frozenset[str] | None) -> float:
    words = _WORD.findall(text.lower())
    if not words or stopwords is None:
        return 0.0
    return sum(word in stopwords for word in words) / len(words)


_WRAP_WIDTH = range(50, 101)


def _unwrap(text: str) -> list[tuple[str, bool]]:
    """Non-empty lines as (text, blank line before), with hard-wrapped paragraphs joined into one line.

    Plain-text news (wire copy, mailing lists) is often wrapped at 70–80 columns. A page counts as
    wrapped only when no line is longer than a terminal line and several lines fill it; then lines
    of one blank-separated block are one paragraph. Scraped pages have long lines and are left alone.
    """
    raw_lines = [raw.strip() for raw in text.splitlines()]
    filled = [line for line in raw_lines if len(line) in _WRAP_WIDTH]
    # A sentence broken across two lines ("…a revised pay" / "offer, ending…") is the mark of wrapping.
    broken_sentences = sum(
        1
        for line, following in zip(raw_lines, raw_lines[1:], strict=False)
        if line and following[:1].islower() and line[-1:].isalnum()
    )
    wrapped = (
        len(filled) >= 3
        and broken_sentences >= 1
        and "" in raw_lines
        and max((len(line) for line in raw_lines), default=0) <= _WRAP_WIDTH[-1]
    )
    blocks: list[tuple[str, bool]] = []
    blank_before, joinable = True, False
    for line in raw_lines:
        if not line:
            blank_before, joinable = True, False
            continue
        if joinable and not blank_before and chrome.classify_chrome_line(line) is None:
            previous, previous_blank = blocks[-1]
            blocks[-1] = (f"{previous} {line}", previous_blank)
        else:
            blocks.append((line, blank_before))
        joinable = wrapped and len(line) in _WRAP_WIDTH and chrome.classify_chrome_line(line) is None
        blank_before = False
    return blocks


def _read_lines(text: str, stopwords: frozenset[str] | None) -> list[_Line]:
    lines: list[_Line] = []
    for stripped, blank_before in _unwrap(text):
        lines.append(
            _Line(
                index=len(lines),
                text=stripped,
                blank_before=blank_before,
                word_count=_word_count(stripped),
                ends_sentence=chrome.ends_sentence(stripped),
                stopword_ratio=_stopword_ratio(stripped, stopwords),
            )
        )
    return lines


def _latin_share(text: str) -> float:
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return 0.0
    return sum(char < "\u0250" for char in letters) / len(letters)


def _title_case_share(text: str) -> float:
    words = [word for word in _WORD.findall(text) if not word.isdigit()]
    if not words:
        return 0.0
    return sum(word[0].isupper() for word in words) / len(words)


def _classify_alone(line: _Line, has_stopwords: bool) -> None:
    """Class a line from its own shape: chrome, caption, credit, good, near-good or short."""
    reason = chrome.classify_chrome_line(line.text)
    if reason is not None:
        line.line_class, line.reason = LineClass.CHROME, reason
        return
    caption = labelled_caption(line.text)
    if caption is not None:
        line.line_class, line.reason, line.caption = LineClass.CAPTION, chrome.PHOTO_CAPTION, caption
        return
    if is_credit_line(line.text):
        line.line_class, line.reason = LineClass.CREDIT, chrome.PHOTO_CREDIT
        return
    caption = split_caption_credit(line.text)
    if caption is not None or has_caption_label(line.text):
        line.line_class, line.reason = LineClass.CAPTION, chrome.PHOTO_CAPTION
        line.caption = caption or Caption(text=line.text)
        return
    if chrome.is_embedded_post_signature(line.text):
        line.line_class = LineClass.NEAR_GOOD
        return
    # A line in another script than the page's language (an Arabic verse in an Indonesian
    # sermon) cannot be judged by that language's stopwords.
    own_script = has_stopwords and _latin_share(line.text) >= 0.5
    needed_ratio = 0.12 if line.word_count < 20 else 0.06
    sentence_like = line.stopword_ratio >= needed_ratio or not own_script
    headline_like = (
        _latin_share(line.text) >= 0.5 and _title_case_share(line.text) > 0.7 and line.word_count < 25
    )
    if (
        line.word_count >= 12
        and sentence_like
        and not headline_like
        and (line.ends_sentence or line.word_count >= 20)
    ):
        line.line_class = LineClass.GOOD
    elif (
        line.word_count >= 4
        and line.ends_sentence
        and not headline_like
        and not _in_another_language(line, own_script)
    ):
        line.line_class = LineClass.NEAR_GOOD
    else:
        line.line_class = LineClass.SHORT


# Fewer words than this and a sentence may lack a stopword in its own language ("President Tom thanked Wahetra.").
_FEWEST_WORDS_OF_A_FOREIGN_LINE = 8


def _in_another_language(line: _Line, own_script: bool) -> bool:
    """ "Yu save harem stori ia long Bislama long Tok Stori, 12 klok long dei.": a sentence in the page's script
    without a single stopword of the page's language is a station's note in another tongue (when the story is on
    air in the local language), not a sentence of the story."""
    return own_script and line.word_count >= _FEWEST_WORDS_OF_A_FOREIGN_LINE and line.stopword_ratio == 0.0


def _is_headline_shaped(line: _Line) -> bool:
    return (
        line.line_class in (LineClass.SHORT, LineClass.NEAR_GOOD)
        and 1 <= line.word_count <= 25
        and (not line.ends_sentence or bool(_ELLIPSIS_END.search(line.text)))
    )


# ---------------------------------------------------------------- context


def _mark(line: _Line, reason: str) -> None:
    line.line_class, line.reason, line.caption = LineClass.CHROME, reason, None


def _mark_teasers(lines: list[_Line]) -> None:
    """The headline after a "Trending:"/"Related:" label, and the teaser before a "Read more", are teasers."""
    for position, line in enumerate(lines):
        if line.reason != chrome.TEASER_LINK or not chrome.is_teaser_label(line.text):
            continue
        # In blank-line separated text a label owns one headline; in a flat scrape, the run after it.
        one_headline = position + 1 < len(lines) and lines[position + 1].blank_before
        for follower in lines[position + 1 : position + 9]:
            if follower.blank_before and follower.index != line.index + 1:
                break
            if follower.line_class == LineClass.CHROME:
                if follower.reason == chrome.TEASER_LINK:
                    break
                continue
            if not _is_headline_shaped(follower) and follower.line_class != LineClass.CAPTION:
                break
            _mark(follower, chrome.TEASER_LINK)
            if one_headline or follower.blank_before:
                break
        label = line.text.lower()
        if label.startswith("read more") and position >= 1 and _ELLIPSIS_END.search(lines[position - 1].text):
            _mark(lines[position - 1], chrome.TEASER_LINK)
            if position >= 2 and _is_headline_shaped(lines[position - 2]):
                _mark(lines[position - 2], chrome.TEASER_LINK)


def _mark_section_headings(lines: list[_Line]) -> None:
    """Headings in capitals between story paragraphs ("BACKGROUND NOTES", "ALSO THIS WEEK"). Above the first
    story line, such a line may be the page's title and is left to the title reading."""
    story_began = False
    for line in lines:
        if line.line_class == LineClass.GOOD:
            story_began = True
        elif story_began and line.line_class != LineClass.CHROME and chrome.is_capitalised_heading(line.text):
            _mark(line, chrome.SECTION_LABEL)


def _mark_advertisements(lines: list[_Line]) -> None:
    """ "ADVERTISEMENT" / "Ride the ferry in style - book now >>" / "ADVERTISEMENT": a short line set between
    two advertisement labels is the advert, not a sub-heading. A full story paragraph there stays."""
    for position in range(1, len(lines) - 1):
        line = lines[position]
        if (
            line.line_class in (LineClass.SHORT, LineClass.NEAR_GOOD)
            and chrome.is_advertisement_label(lines[position - 1].text)
            and chrome.is_advertisement_label(lines[position + 1].text)
        ):
            _mark(line, chrome.ADVERTISEMENT)
    _mark_labelled_advert_blocks(lines)


def _mark_labelled_advert_blocks(lines: list[_Line]) -> None:
    """ "ADVERTISEMENT" / "Kestrel 5G: unlimited data for 99 — dial *100#", then a blank line: on a page that sets its
    paragraphs apart by blank lines, a short line held in one block with the advertisement label over it is the
    advert. A full story paragraph there stays, and so does a short line after a blank line (a sub-heading)."""
    for position in range(1, len(lines)):
        line = lines[position]
        closes_block = position + 1 == len(lines) or lines[position + 1].blank_before
        if (
            line.line_class in (LineClass.SHORT, LineClass.NEAR_GOOD)
            and not line.blank_before
            and closes_block
            and chrome.is_advertisement_label(lines[position - 1].text)
        ):
            _mark(line, chrome.ADVERTISEMENT)


_LONGEST_NOTICE_BOX = 3


def _mark_notice_boxes(lines: list[_Line]) -> None:
    """ "--- ANNOUNCEMENT ---" / "Harbour FM is hiring reporters. Send your CV by Friday." / "----------": the lines a
    page sets in a box of rules under a notice or advert label are the notice, a full paragraph too, since the
    closing rule says where the box ends. Without that rule nothing is taken."""
    for position, line in enumerate(lines):
        if not chrome.is_notice_box_label(line.text):
            continue
        box = lines[position + 1 : position + 2 + _LONGEST_NOTICE_BOX]
        for offset, closing in enumerate(box):
            if closing.blank_before or (offset == 0 and chrome.is_rule_line(closing.text)):
                break
            if chrome.is_rule_line(closing.text) or chrome.is_notice_box_label(closing.text):
                # "--- Advertisement ---" closing the box as it opened it is the box too, not a sub-heading.
                for inside in box[: offset + 1]:
                    _mark(inside, chrome.ADVERTISEMENT)
                _mark(line, chrome.ADVERTISEMENT)
                break


def _mark_truncated_teasers(lines: list[_Line]) -> None:
    """Lines cut off with an ellipsis, several close together, are teaser summaries of other stories."""
    truncated = [
        position
        for position, line in enumerate(lines)
        if line.line_class != LineClass.CHROME and line.word_count <= 60 and _ELLIPSIS_END.search(line.text)
    ]
    truncated_set = set(truncated)
    for position in truncated:
        if any(other in truncated_set for other in range(position - 8, position + 9) if other != position):
            _mark(lines[position], chrome.TEASER_LINK)


_CARD_HEADERS = frozenset({chrome.BYLINE, chrome.DATELINE})


def _mark_story_cards(lines: list[_Line]) -> None:
    """A paragraph with a byline or date just before it and another just after it is a card in a story list.

    A story has one byline over many paragraphs; a list of other stories repeats headline, author,
    date and summary, so a summary sits between two header lines.
    """
    headers = {position for position, line in enumerate(lines) if line.reason in _CARD_HEADERS}
    teasers = {position for position, line in enumerate(lines) if line.reason == chrome.TEASER_LINK}
    for position, line in enumerate(lines):
        if line.line_class not in (LineClass.GOOD, LineClass.NEAR_GOOD):
            continue
        header_before = any(other in headers for other in range(position - 3, position))
        header_after = any(other in headers for other in range(position + 1, position + 5))
        # A summary squeezed between two teaser headlines is one more teaser; a story paragraph of several
        # sentences set between a "Related:" link and a programme note is not.
        between_teasers = (
            position - 1 in teasers and position + 1 in teasers and not _several_sentences(line.text)
        )
        if (header_before and header_after) or between_teasers:
            _mark(line, chrome.TEASER_LINK)


_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+[A-Z\"“‘]")


def _several_sentences(text: str) -> bool:
    return len(_WORD.findall(text)) >= 35 and _SENTENCE_BREAK.search(text.strip()) is not None


def _mark_comment_thread(lines: list[_Line]) -> None:
    """From the head of a reader-comment thread ("34 responses to …", "jdoe says:") on, lines are comments."""
    # "The minister says:" can open a quote in a story; a comment author line has a timestamp under it.
    authors = [
        position
        for position, line in enumerate(lines)
        if chrome.is_comment_author_line(line.text)
        and any(other.reason == chrome.DATELINE for other in lines[position + 1 : position + 3])
    ]
    if len(authors) < 2:
        return
    start = authors[0]
    for position in range(authors[0] - 1, max(-1, authors[0] - 6), -1):
        if chrome.is_comment_thread_head(lines[position].text):
            start = position
            break
    if not any(line.line_class == LineClass.GOOD for line in lines[:start]):
        return  # a list of recent comments above the story, not the thread under it
    for line in lines[start:]:
        if line.line_class != LineClass.CHROME or line.reason in _CARD_HEADERS:
            _mark(line, READER_COMMENT)


def _mark_repeated_lines(lines: list[_Line]) -> None:
    """A sentence-length line met twice on one page is a caption or teaser shown twice, not story text."""
    counts: dict[str, int] = {}
    for line in lines:
        if line.word_count >= 8 and line.line_class in (LineClass.GOOD, LineClass.NEAR_GOOD):
            counts[line.text] = counts.get(line.text, 0) + 1
    for line in lines:
        if counts.get(line.text, 0) > 1:
            _mark(line, DUPLICATE)


def _mark_repeated_story(lines: list[_Line]) -> None:
    """A long line holding several other story lines is the story again (a structured-data dump)."""
    good_texts = [line.text for line in lines if line.line_class == LineClass.GOOD and line.word_count < 200]
    for line in lines:
        if line.line_class != LineClass.GOOD or line.word_count < 100:
            continue
        contained = sum(1 for text in good_texts if text != line.text and text in line.text)
        if contained >= 2:
            _mark(line, REPEATED_STORY)


def _attach_credits(lines: list[_Line]) -> None:
    """A lone credit line joins the labelled caption after it, or else turns the line before it into a caption."""
    # On a page that labels its captions, a credit never describes the paragraph above it.
    labelled_captions = any(has_caption_label(line.text) for line in lines)
    for position, line in enumerate(lines):
        if line.line_class != LineClass.CREDIT:
            continue
        following = lines[position + 1] if position + 1 < len(lines) else None
        if following is not None and has_caption_label(following.text) and following.caption is not None:
            # "Image copyright Getty Images" / "Image caption Crowds outside…": the credit comes first.
            following.caption = Caption(text=following.text, credit=line.text)
            line.reason, line.credit_for = JOINED_CREDIT, position + 1
            continue
        previous = lines[position - 1] if position > 0 and not labelled_captions else None
        if (
            previous is not None
            and previous.line_class in (LineClass.GOOD, LineClass.NEAR_GOOD, LineClass.SHORT)
            and previous.word_count >= 4
        ):
            previous.line_class, previous.reason = LineClass.CAPTION, chrome.PHOTO_CAPTION
            previous.caption = Caption(text=previous.text, credit=line.text)
            line.reason, line.credit_for = JOINED_CREDIT, position - 1


def _open_quote_runs(lines: list[_Line]) -> None:
    """Paragraphs inside a quote that runs over several paragraphs are story paragraphs."""
    inside_quote = False
    for line in lines:
        if line.line_class in (LineClass.CHROME, LineClass.CAPTION, LineClass.CREDIT):
            continue
        if (
            inside_quote
            and line.line_class in (LineClass.SHORT, LineClass.NEAR_GOOD)
            and line.word_count >= 4
        ):
            line.line_class = LineClass.GOOD
        opens = sum(line.text.count(mark) for mark in "“«„")
        closes = sum(line.text.count(mark) for mark in "”»")
        if line.text[:1] in _QUOTE_OPEN:
            # Style of multi-paragraph quotes: each paragraph opens the quote, only the last closes it.
            inside_quote = opens > closes
        elif inside_quote and closes > 0:
            inside_quote = False


# ---------------------------------------------------------------- the story region

_HARD_BREAKS = frozenset(
    {
        chrome.COMMENT_PROMPT,
        chrome.TAG_LIST,
        chrome.COPYRIGHT,
        chrome.SUBSCRIPTION_PROMPT,
        chrome.COOKIE_NOTICE,
        READER_COMMENT,
    }
)


def _weight(line: _Line) -> float:
    if line.line_class == LineClass.GOOD:
        return float(min(line.word_count, 80))
    if line.line_class == LineClass.NEAR_GOOD:
        return 2.0
    if line.line_class in (LineClass.CAPTION, LineClass.CREDIT):
        return 0.0
    if line.line_class == LineClass.CHROME:
        if line.reason in _HARD_BREAKS:
            return -25.0
        if line.reason in (chrome.ADVERTISEMENT, chrome.SYNDICATION_NOTE):
            return 0.0
        if line.reason in _CARD_HEADERS:
            return -12.0
        return -4.0
    return -5.0


def _story_region(lines: list[_Line]) -> tuple[int, int] | None:
    """Positions [start, end] of the densest run of story lines (maximum-sum subarray), or None."""
    best_sum, best = 0.0, None
    running, run_start = 0.0, 0
    for position, line in enumerate(lines):
        if running <= 0:
            running, run_start = 0.0, position
        running += _weight(line)
        if running > best_sum:
            best_sum, best = running, (run_start, position)
    return best


def _lone_sentences_region(lines: list[_Line]) -> tuple[int, int] | None:
    """For a page too short to score ("Markets closed early."), the span of its sentences, if any.

    Its sentences are promoted to near-good: a short article must never be eaten.
    """
    sentences = [
        line
        for line in lines
        if line.line_class in (LineClass.SHORT, LineClass.NEAR_GOOD) and line.ends_sentence
    ]
    for line in sentences:
        line.line_class = LineClass.NEAR_GOOD
    return (sentences[0].index, sentences[-1].index) if sentences else None


def _past_opening_headline(lines: list[_Line], start: int, end: int) -> int:
    """ "River Nile, Ed Damer: RSF drones hit fuel depot …; three workers killed" over the story's first paragraph:
    a long line with no full stop that opens the densest run is the story's headline, long enough to read as
    text, not its first paragraph. The story then starts at its first paragraph, past the date line and share
    row that may sit under the headline, so that those are read as the page's own."""
    following = next(
        (
            position
            for position in range(start + 1, end + 1)
            if lines[position].line_class != LineClass.CHROME
        ),
        None,
    )
    if following is None:
        return start
    first, second = lines[start], lines[following]
    if (
        first.line_class in _STORY_CLASSES
        and not first.ends_sentence
        and first.word_count <= 25
        and second.line_class == LineClass.GOOD
        and second.ends_sentence
        and second.blank_before
    ):
        return following
    return start


def _extend_with_near_good(lines: list[_Line], start: int, end: int) -> tuple[int, int]:
    """Near-good lines touching the story belong to it (jusText's context rule)."""
    while end + 1 < len(lines) and lines[end + 1].line_class == LineClass.NEAR_GOOD:
        end += 1
    return start, end


_STORY_CLASSES = (LineClass.GOOD, LineClass.NEAR_GOOD)
_LONGEST_HEADING_RUN = 3


def _kept_short_lines(lines: list[_Line], start: int, end: int) -> set[int]:
    """Positions of short lines inside the story that belong to it: sub-headings between paragraphs.

    jusText's context rule: a short block between good blocks is good. A run of at most three
    short lines (a heading over a sub-heading) between story paragraphs stays; a longer run is a
    menu or link list dropped into the page. A short line right under a credit is part of an embed.
    """
    kept: set[int] = set()
    run: list[int] = []
    previous: _Line | None = None
    for position in range(start, end + 1):
        line = lines[position]
        if line.line_class == LineClass.CHROME:
            continue
        if line.line_class == LineClass.SHORT:
            run.append(position)
            continue
        if (
            line.line_class in _STORY_CLASSES
            and run
            and previous is not None
            and _heads_story(previous, run, lines)
        ):
            kept.update(run)
        run = []
        previous = line
    return kept


def _heads_story(previous: _Line, run: list[int], lines: list[_Line]) -> bool:
    if len(run) > _LONGEST_HEADING_RUN or lines[run[0] - 1].line_class == LineClass.CREDIT:
        return False
    shorts = [lines[position] for position in run]
    if any(line.word_count > 15 or chrome.is_section_label(line.text) for line in shorts):
        return False
    return previous.line_class in _STORY_CLASSES or (
        previous.line_class == LineClass.CAPTION and shorts[0].word_count >= 2
    )


# ---------------------------------------------------------------- title, byline, date


def _comparable(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _split_site_suffix(page_title: str) -> tuple[str, str | None]:
    """("Headline", " - Site Name") when the page title ends in a short site-name suffix."""
    parts = list(_SITE_SEPARATOR.finditer(page_title))
    if not parts:
        return page_title, None
    last = parts[-1]
    suffix = page_title[last.end() :]
    head = page_title[: last.start()]
    suffix_words = suffix.split()
    looks_like_site = len(suffix_words) <= 5 and (
        all(word[:1].isupper() or word[:1].isdigit() or "." in word for word in suffix_words)
    )
    if looks_like_site and len(head.split()) >= 2:
        return head, page_title[last.start() :]
    return page_title, None


@dataclass(frozen=True)
class _TitleChoice:
    """Which line is the headline, which the page title (<title>) repeating it, and a site name to cut."""

    headline: int | None = None
    page_title: int | None = None
    site_suffix: str | None = None
    site_name: int | None = None


_FUNCTION_WORDS = frozenset().union(*_STOPWORDS.values())
_LEADING_ARTICLES = frozenset(
    {"the", "le", "la", "les", "el", "los", "il", "der", "die", "das", "de", "o", "a"}
)
# A site name is a brand of a few words ("Bramble Coast Courier", "HARBOUR WIRE — ISLAND SERVICE"); a
# page title that short is rare, and the real headline then repeats it further down.
_LONGEST_SITE_NAME = 6
_SHORT_SITE_NAME = 4
_OPENING_PARAGRAPHS = 3


def _stems(text: str) -> frozenset[str]:
    """Content words cut to five letters, so "protesters" meets "protest" and "blockaded" meets "blockade"."""
    words = _WORD.findall(text.lower())
    return frozenset(
        word[:5] for word in words if len(word) >= 3 and not word.isdigit() and word not in _FUNCTION_WORDS
    )


def _opening_stems(lines: list[_Line], story_start: int) -> frozenset[str]:
    """The content words of the story's first paragraphs: the headline's words come back there."""
    opening = [
        line.text for line in lines[story_start:] if line.line_class in (LineClass.GOOD, LineClass.NEAR_GOOD)
    ][:_OPENING_PARAGRAPHS]
    return _stems(" ".join(opening))


def _name_words(text: str) -> list[str]:
    """The words of a masthead's name, without an edition label ("LA FRONTERA · English") or leading article."""
    name = _SITE_SEPARATOR.split(text, maxsplit=1)[0]
    words = _WORD.findall(name.lower())
    return words[1:] if len(words) > 1 and words[0] in _LEADING_ARTICLES else words


def _is_written_in_capitals(text: str) -> bool:
    name = _SITE_SEPARATOR.split(text, maxsplit=1)[0]
    letters = [char for char in name if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def _recurs_below(name_words: list[str], lines: list[_Line], after: int) -> bool:
    """Whether the name comes back further down: a photo credit, a byline, the copyright or footer line."""
    if not name_words:
        return False
    name = " ".join(name_words)
    return any(f" {name} " in f" {_comparable(line.text)} " for line in lines[after + 1 :])


def _looks_like_site_name(
    lines: list[_Line], position: int, opening: frozenset[str], rival_overlap: int
) -> bool:
    """Whether a line at the top of the page is the site's masthead rather than the page title.

    Evidence, any of: the name is written in capitals, it comes back further down the page (credits,
    footer, "first published in X's edition"), or it is a few words sharing fewer words with the
    story's opening than a later headline does.
    """
    line = lines[position]
    if line.word_count > _LONGEST_SITE_NAME:
        return False
    if _is_written_in_capitals(line.text) or _recurs_below(_name_words(line.text), lines, position):
        return True
    return line.word_count <= _SHORT_SITE_NAME and len(_stems(line.text) & opening) < rival_overlap


def _best_headline(lines: list[_Line], candidates: list[int], opening: frozenset[str]) -> int | None:
    """The headline-shaped line sharing most words with the story's opening; the last one on a tie.

    A share row ("Share   Tweet   Email") or a menu can sit between headline and story, so position
    alone is not enough: the headline is the line whose words the first paragraphs take up.
    """
    best: int | None = None
    best_overlap = -1
    for position in candidates:
        line = lines[position]
        if line.ends_sentence or not 3 <= line.word_count <= 25 or chrome.parse_date(line.text) is not None:
            continue
        overlap = len(_stems(line.text) & opening)
        if overlap >= best_overlap:
            best, best_overlap = position, overlap
    return best


# Fewer shared words than this and a later line is no better evidence of a headline than a masthead.
_HEADLINE_OVERLAP = 2


def _find_title(lines: list[_Line], story_start: int) -> _TitleChoice:
    """The headline: the line repeating the page title, else the page title unless it is the site's
    masthead, else the headline-shaped line before the story that the opening paragraphs echo most."""
    candidates = [
        position
        for position in range(min(story_start, len(lines)))
        if lines[position].line_class in (LineClass.SHORT, LineClass.NEAR_GOOD)
        and 2 <= lines[position].word_count <= 30
    ]
    # The page title comes first even when it reads like a sentence ("… They just might be.").
    if story_start > 0 and lines[0].line_class == LineClass.GOOD and lines[0].word_count <= 30:
        candidates.insert(0, 0)
    opening = _opening_stems(lines, story_start)
    first = lines[0] if lines else None
    if first is not None and 0 in candidates:
        head, suffix = _split_site_suffix(first.text)
        # The headline may also sit after a site-name prefix ("Gulf Ledger | Headline").
        prefix_split = _SITE_SEPARATOR.split(first.text, maxsplit=1)
        wanted = {_comparable(head), _comparable(prefix_split[-1])}
        for position in reversed(candidates):
            if position == 0:
                continue
            text = _comparable(lines[position].text)
            if text and any(
                text == title or (len(text) >= 12 and title.startswith(text)) for title in wanted
            ):
                return _TitleChoice(headline=position, page_title=0)
        later = _best_headline(lines, candidates[1:], opening)
        later_overlap = len(_stems(lines[later].text) & opening) if later is not None else 0
        if (
            later is not None
            and later_overlap >= _HEADLINE_OVERLAP
            and _looks_like_site_name(lines, 0, opening, later_overlap)
        ):
            return _TitleChoice(headline=later, site_name=0)
        if later is None and first.word_count <= _SHORT_SITE_NAME and opening and not _stems(first.text) & opening:
            # "Horn Review", "Andes Wire brief" over a story that shares none of its words: a wire brief's
            # masthead with no headline under it.
            return _TitleChoice(headline=None, site_name=0)
        return _TitleChoice(headline=0, site_suffix=suffix)
    # No page-title line: take the headline-shaped line before the story that its opening echoes.
    return _TitleChoice(headline=_best_headline(lines, candidates, opening))


# ---------------------------------------------------------------- the cleaner


def _classify_lines(text: str) -> tuple[str | None, list[_Line]]:
    """The page's language and its non-empty lines, each classed alone and then in context."""
    language = detect_language(text)
    stopwords = _STOPWORDS.get(language) if language else None
    lines = _read_lines(text, stopwords)
    for line in lines:
        _classify_alone(line, has_stopwords=stopwords is not None)
    _mark_teasers(lines)
    _mark_section_headings(lines)
    _mark_advertisements(lines)
    _mark_notice_boxes(lines)
    _mark_truncated_teasers(lines)
    _mark_comment_thread(lines)
    _mark_story_cards(lines)
    _attach_credits(lines)
    _mark_repeated_story(lines)
    _mark_repeated_lines(lines)
    _open_quote_runs(lines)
    return language, lines


def clean_flat_text(text: str, *, url: str | None = None, hints: dict[str, str] | None = None) -> Article:
    """The article in a flattened text page: story paragraphs, captions, attributions, and every removed line.

    `hints` (title, published, author, section, link), e.g. from a feed item, are preferred to what
    is guessed from the text.
    """
    hints = hints or {}
    language, lines = _classify_lines(text)
    region = _story_region(lines) or _lone_sentences_region(lines)
    start, end = _extend_with_near_good(lines, *region) if region else (len(lines), -1)
    start = _past_opening_headline(lines, start, end)
    title = _find_title(lines, start)
    placed = _place_lines(lines, start, end, title)
    published_hint, author_hint = hints.get("published"), hints.get("author")
    return Article(
        title=hints.get("title") or placed.title,
        body=tuple(placed.body),
        section=hints.get("section") or _section_before(lines, title.headline),
        authors=(author_hint,) if author_hint else _byline_authors(lines, start),
        published=Published(published_hint, "hint:published")
        if published_hint
        else _published(
            lines,
            start,
            day_first=language not in (None, "en") or chrome.writes_day_before_month("\n".join(placed.body)),
            story="\n".join([*placed.body, *(caption.text for caption in placed.captions)]),
        ),
        url=url or hints.get("link"),
        language=language,
        captions=tuple(placed.captions),
        attributions=tuple(placed.attributions),
        removed=tuple(placed.removed),
    )


@dataclass
class _Placed:
    """Where each line of the page went."""

    title: str | None = None
    body: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    attributions: list[str] = field(default_factory=list)
    removed: list[RemovedBlock] = field(default_factory=list)


STANDFIRST = "standfirst"
_MAX_STANDFIRST_WORDS = 45
_SENTENCE_CLOSE = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def _place_lines(lines: list[_Line], start: int, end: int, title: _TitleChoice) -> _Placed:
    """Put every line in exactly one place: title, body, caption, attribution, or removed with a reason."""
    placed = _Placed()
    kept_short = _kept_short_lines(lines, start, end)
    title_key = (
        _comparable(_split_site_suffix(lines[title.headline].text)[0]) if title.headline is not None else ""
    )

    # Captions above the story and inside it are its own, and so are those right under its last
    # paragraph; further down they belong to other stories.
    last_own_caption = end
    while last_own_caption + 1 < len(lines) and lines[last_own_caption + 1].line_class in (
        LineClass.CAPTION,
        LineClass.CREDIT,
    ):
        last_own_caption += 1

    def keeps_caption(position: int) -> bool:
        line = lines[position]
        return (
            line.line_class == LineClass.CAPTION and line.caption is not None and position <= last_own_caption
        )

    for position, line in enumerate(lines):
        if position == title.headline:
            if title.site_suffix:
                placed.title = line.text[: len(line.text) - len(title.site_suffix)].strip()
                placed.removed.append(RemovedBlock(title.site_suffix.strip(), chrome.SITE_NAME))
            else:
                placed.title = line.text
        elif position == title.page_title:
            placed.removed.append(RemovedBlock(line.text, chrome.PAGE_TITLE))
        elif position == title.site_name:
            placed.removed.append(RemovedBlock(line.text, chrome.SITE_NAME))
        elif line.reason == chrome.SYNDICATION_NOTE:
            placed.attributions.append(line.text)
        elif keeps_caption(position) and line.caption is not None:
            placed.captions.append(line.caption)
        elif line.reason == JOINED_CREDIT and line.credit_for is not None and keeps_caption(line.credit_for):
            continue  # carried as the credit of its caption
        elif not start <= position <= end or line.line_class not in (*_STORY_CLASSES, LineClass.SHORT):
            placed.removed.append(RemovedBlock(line.text, _removal_reason(line)))
        elif line.line_class == LineClass.SHORT and position not in kept_short:
            placed.removed.append(RemovedBlock(line.text, OFF_STORY_SHORT))
        elif title_key and _comparable(line.text) == title_key:
            placed.removed.append(RemovedBlock(line.text, REPEATED_HEADLINE))
        elif title.headline is not None and position == title.headline + 1 and _is_standfirst(line, position, end):
            placed.removed.append(RemovedBlock(line.text, STANDFIRST))
        else:
            placed.body.append(line.text)
    return placed


def _is_standfirst(line: _Line, position: int, end: int) -> bool:
    """ "Ambassadors to return by the end of the month, gas pipeline back on the table": the summary printed right
    under the headline, a sentence's length without a sentence's full stop, with the story still to come."""
    return position < end and line.word_count <= _MAX_STANDFIRST_WORDS and not _SENTENCE_CLOSE.search(line.text)


def _removal_reason(line: _Line) -> str:
    if line.reason == JOINED_CREDIT:
        return chrome.PHOTO_CREDIT  # its caption was not kept
    if line.reason is not None:
        return line.reason
    return OFF_STORY if line.line_class == LineClass.GOOD else OFF_STORY_SHORT


def _byline_authors(lines: list[_Line], story_start: int) -> tuple[str, ...]:
    """Authors named in bylines above the story ("By Marta Oyelaran and Tomas Brandvold")."""
    authors: list[str] = []
    for line in lines[:story_start]:
        if line.reason == chrome.BYLINE:
            authors.extend(name for name in chrome.byline_authors(line.text) if name not in authors)
    return tuple(authors)


# "Released: 24 August" / "Issued 3 May": a bulletin's word for the day it came out.
_PUBLISHED_LABEL = re.compile(r"^\s*(?:published|posted|released|issued)\b", re.IGNORECASE)


def _published(lines: list[_Line], story_start: int, *, day_first: bool, story: str = "") -> Published | None:
    """The first date in a byline or dateline above the story; a line that says "Published" or "Released" goes first
    (a bulletin's "Reporting period: 2 – 8 November" above it dates the events, not the page)."""
    headers = [line for line in lines[:story_start] if line.reason in _CARD_HEADERS]
    labelled = [line for line in headers if _PUBLISHED_LABEL.search(_stamp(line.text))]
    for line in labelled + headers:
        if line.reason in _CARD_HEADERS:
            stamp = _stamp(line.text)
            value = chrome.parse_date(stamp, day_first=day_first)
            if value:
                value = chrome.nearest_reading(stamp, value, story)
                found_in = "text:byline" if line.reason == chrome.BYLINE else "text:dateline"
                return Published(value, found_in)
    return None


def _stamp(text: str) -> str:
    """The part of a header line that dates the page: the "Posted: …" field of a row of labelled fields, the date a
    "Posted by …" row gives, else all of it."""
    return chrome.labelled_stamp(text) or chrome.row_stamp(text) or text


def _section_before(lines: list[_Line], title_position: int | None) -> str | None:
    """The section label closest above the headline ("News" over "Taliban, Hamas Officials Meet…")."""
    if title_position is None:
        return None
    for line in reversed(lines[max(0, title_position - 3) : title_position]):
        if line.reason == chrome.SECTION_LABEL:
            return line.text.rstrip(":")
    return None
