"""The flattened-text cleaner: story kept whole, chrome removed with a reason, nothing lost."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.clean import chrome
from wirewatch.clean.flat import clean_flat_text, detect_language
from wirewatch.model import Article, Caption

FLAT_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "flat"
SEED_PAGE = Path(__file__).resolve().parents[2] / ".." / "shared" / "examples" / "seed-article.txt"
_TOKEN = re.compile(r"\w+")


def _output_tokens(article: Article) -> Counter[str]:
    pieces = [article.title or "", *article.body, *article.attributions]
    pieces += [caption.text for caption in article.captions] + [
        caption.credit or "" for caption in article.captions
    ]
    pieces += [block.text for block in article.removed]
    return Counter(token for piece in pieces for token in _TOKEN.findall(piece))


def _input_tokens(text: str) -> Counter[str]:
    return Counter(token for line in text.splitlines() for token in _TOKEN.findall(line))


# ---------------------------------------------------------------- clean text passes through whole


def test_one_paragraph_analyst_note_is_kept_whole() -> None:
    note = (
        "We expect the central bank to hold rates at its March meeting: core inflation is still running "
        "above target, wage growth has not slowed, and two members of the board said last week that a cut "
        "would be premature."
    )
    article = clean_flat_text(note)
    assert article.body == (note,)
    assert article.removed == ()


def test_two_sentence_wire_brief_is_kept_whole() -> None:
    brief = "Markets in Tallinn closed early on Friday. Trading resumes on Monday."
    article = clean_flat_text(brief)
    assert article.body == (brief,)


def test_a_one_sentence_brief_is_kept() -> None:
    assert clean_flat_text("Markets closed early.").body == ("Markets closed early.",)


def test_title_and_three_paragraphs_pass_through() -> None:
    paragraphs = [
        "The city council of Brenford voted on Thursday to close the old river bridge to cars from next spring.",
        "Engineers told councillors the bridge could no longer carry heavy traffic safely.",
        "A footbridge will stay open while a replacement is designed.",
    ]
    text = "Brenford to close river bridge to cars\n\n" + "\n\n".join(paragraphs) + "\n"
    article = clean_flat_text(text)
    assert article.title == "Brenford to close river bridge to cars"
    assert article.body == tuple(paragraphs)
    assert article.removed == ()


def test_hard_wrapped_plain_text_is_joined_into_paragraphs() -> None:
    text = (
        "Port Meridian dockworkers end strike after pay deal\n\n"
        "PORT MERIDIAN, Nov 12 (Wirewatch Newswire) - Dockworkers at Port Meridian\n"
        "returned to work on Wednesday after union leaders accepted a revised pay\n"
        "offer, ending a three-day strike that had left more than 40 container\n"
        "ships waiting offshore.\n\n"
        '"We got most of what we asked for," said union organiser Dana Kells.\n'
    )
    article = clean_flat_text(text)
    assert article.title == "Port Meridian dockworkers end strike after pay deal"
    assert article.body == (
        "PORT MERIDIAN, Nov 12 (Wirewatch Newswire) - Dockworkers at Port Meridian returned to work on Wednesday "
        "after union leaders accepted a revised pay offer, ending a three-day strike that had left more than 40 "
        "container ships waiting offshore.",
        '"We got most of what we asked for," said union organiser Dana Kells.',
    )


def test_short_story_lines_with_dates_are_neither_joined_nor_taken_for_bylines() -> None:
    lines = [
        "The river rose overnight and flooded the lower town, officials said on Tuesday morning.",
        "By Friday afternoon, the water had fallen by two metres.",
        "On March 3, 2024, the court ruled.",
        "Residents returned to their homes on Saturday to begin the clean-up, the mayor said.",
    ]
    article = clean_flat_text("\n".join(lines))
    assert article.body == tuple(lines)
    assert article.authors == ()


def test_quote_introductions_are_not_taken_for_a_comment_thread() -> None:
    lines = [
        "The two ministers gave very different accounts of the talks when they spoke to reporters afterwards.",
        "The foreign minister says:",
        "“We agreed on the border crossings and on the timetable for the next round of talks.”",
        "Her counterpart says:",
        "“Nothing was agreed, and the crossings will stay closed until the spring at the earliest.”",
        "Officials from both sides are due to meet again in Geneva next month to try to settle the dispute.",
    ]
    article = clean_flat_text("\n".join(lines))
    assert [block.reason for block in article.removed if block.reason == "reader comment"] == []
    assert lines[2] in article.body
    assert lines[4] in article.body
    assert lines[5] in article.body


def test_a_short_paragraph_between_story_paragraphs_stays() -> None:
    text = "\n".join(
        [
            "The two delegations met in Oslo on Monday to discuss a prisoner exchange, according to officials on both sides.",
            "It is unclear whether a second meeting is planned.",
            "Negotiators from the two countries have met three times this year without announcing an agreement.",
        ]
    )
    assert len(clean_flat_text(text).body) == 3


def test_quote_running_over_several_paragraphs_is_kept() -> None:
    text = "\n".join(
        [
            "Share",
            "The harbour master said the storm had changed the channel overnight and warned every skipper in the port.",
            "“The sandbank has moved.",
            "“Boats that came in yesterday cannot leave the same way.",
            "“We will mark a new channel by Friday,” she said.",
            "Fishing crews said they would wait for the new buoys before going out again this week.",
        ]
    )
    article = clean_flat_text(text)
    assert "“The sandbank has moved." in article.body
    assert "“Boats that came in yesterday cannot leave the same way." in article.body
    assert article.removed[0].reason == "share widget"


# ---------------------------------------------------------------- chrome around a story


def test_teaser_after_label_is_removed_with_its_label() -> None:
    story = "The regional court ruled on Tuesday that the mine expansion must wait for a new environmental review."
    text = "\n".join(
        [story, "Trending:", "Ten Things You Missed At The Motor Show", story.replace("Tuesday", "Wednesday")]
    )
    article = clean_flat_text(text)
    reasons = {block.text: block.reason for block in article.removed}
    assert reasons == {"Trending:": "teaser link", "Ten Things You Missed At The Motor Show": "teaser link"}


_FERRY_PAGE_HEAD = [
    "Nordkyst Tidende",
    "Home | News | Coast | Fisheries | Opinion",
    "",
    "Ferry Havørn runs aground off Vardø; 40 passengers taken ashore",
    "",
    "By Sigrid Østmoe | Published 4 March 2025",
    "Share: Facebook X Email",
    "",
    "The coastal ferry Havørn ran aground on a sandbank off Vardø early on Monday, and rescue boats took "
    "all 40 passengers ashore before noon, the Norwegian Coastal Administration said.",
    "",
    "Corrections officers from the nearby prison helped to carry luggage up the quay, the harbour master "
    "said, and the town’s sports hall was opened for the night.",
    "",
    "The ferry company said divers would inspect the hull on Tuesday and that the route to Båtsfjord "
    "would be served by a smaller boat until the Havørn is repaired.",
    "",
]


def test_a_corrections_box_under_the_story_is_not_a_story_paragraph() -> None:
    correction = (
        "Correction, 5 March 2025: An earlier version of this story gave the ferry’s name as Sjøstjerna."
    )
    text = "\n".join([*_FERRY_PAGE_HEAD, correction, "", "Tags: Vardø, ferries, rescue"])
    article = clean_flat_text(text)
    assert len(article.body) == 3
    assert article.body[1].startswith("Corrections officers from the nearby prison")
    assert ("correction notice", correction) in {(block.reason, block.text) for block in article.removed}


def test_a_republication_note_is_an_attribution_not_a_story_paragraph() -> None:
    note = "This story is republished from Nordkyst Tidende’s morning newsletter. Sign up here."
    text = "\n".join([*_FERRY_PAGE_HEAD, note, "Related: Vardø harbour to get a new breakwater"])
    article = clean_flat_text(text)
    assert len(article.body) == 3
    assert article.attributions == (note,)


def test_an_inline_teaser_in_spanish_is_removed_from_the_story() -> None:
    teaser = "Lea también: ¿Cuándo vuelve el ferry a Båtsfjord?"
    text = "\n".join([*_FERRY_PAGE_HEAD, teaser, "Compartir"])
    article = clean_flat_text(text)
    assert len(article.body) == 3
    assert ("teaser link", teaser) in {(block.reason, block.text) for block in article.removed}


def test_a_caption_credited_via_an_agency_is_a_caption() -> None:
    head = _FERRY_PAGE_HEAD[:8]
    caption = "Rescue boats circle the Havørn off Vardø on Monday, March 3, 2025. INGRID MÆLAND/NTB via Getty Images"
    text = "\n".join([*head, caption, "", *_FERRY_PAGE_HEAD[8:]])
    article = clean_flat_text(text)
    assert len(article.body) == 3
    assert article.captions == (
        Caption(
            "Rescue boats circle the Havørn off Vardø on Monday, March 3, 2025.",
            "INGRID MÆLAND/NTB via Getty Images",
        ),
    )


def test_menu_only_page_gives_no_body_and_accounts_for_every_line() -> None:
    menu = "Home\nNews\nSports\nWeather\nContact Us\nPrivacy Policy\n"
    article = clean_flat_text(menu)
    assert article.body == ()
    assert len(article.removed) + (article.title is not None) == 6


def test_hints_are_preferred_to_guesses() -> None:
    text = "Some Page Title - Site\nThe lighthouse on Sula island was switched off for good on Sunday after 140 years of service."
    hints = {
        "title": "Lighthouse goes dark",
        "published": "2025-05-04",
        "author": "Ana Ruiz",
        "section": "Coast",
    }
    article = clean_flat_text(text, url="https://example.org/a", hints=hints)
    assert article.title == "Lighthouse goes dark"
    assert article.published is not None and article.published.value == "2025-05-04"
    assert article.published.found_in == "hint:published"
    assert article.authors == ("Ana Ruiz",)
    assert article.section == "Coast"
    assert article.url == "https://example.org/a"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The minister said that the plan would be ready by the end of the year and that it was on track.",
            "en",
        ),
        (
            "Le ministre a déclaré que le plan serait prêt à la fin de l’année et qu’il était dans les temps.",
            "fr",
        ),
        (
            "Der Minister sagte, dass der Plan bis zum Ende des Jahres fertig sein werde und dass er im Zeitplan sei.",
            "de",
        ),
        ("12345 67890", None),
    ],
)
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


# ---------------------------------------------------------------- the headline, not the masthead

_SKERRA_STORY = [
    "Fishermen in Skerra Sound blocked the harbour mouth at Valmont-sur-Lac with their boats on Monday to protest "
    "against new quotas for cod, which they say will put half of the island's crews out of work.",
    "The fisheries ministry said the quotas followed scientific advice and would not be changed before the "
    "spring review, according to a statement read out by Zoë Marchetti, a ministry spokeswoman.",
    "Police said the blockade was peaceful and that ferries were diverted to the north pier for the day.",
]
_SKERRA_HEADLINE = "Skerra fishermen blockade harbour over cod quotas"


def _masthead_page(masthead: str, *, footer: str = "Tags: fishing, quotas, Skerra Sound") -> str:
    head = [
        masthead,
        "Home | Island | Sea | Business | Opinion | Sport",
        "ISLAND NEWS",
        "",
        _SKERRA_HEADLINE,
        "",
        "By Ana Ruiz | 3 March 2025",
        "Share: Facebook X WhatsApp",
        "",
    ]
    return "\n".join([*head, *(f"{paragraph}\n" for paragraph in _SKERRA_STORY), footer])


def test_a_masthead_in_capitals_is_the_site_name_not_the_title() -> None:
    # Five words, two of them in the story: only the capitals mark it as the site's name.
    masthead = "THE SKERRA SOUND HARBOUR POST · English"
    article = clean_flat_text(_masthead_page(masthead))
    assert article.title == _SKERRA_HEADLINE
    assert article.body == tuple(_SKERRA_STORY)
    assert (masthead, "site name") in {(block.text, block.reason) for block in article.removed}


def test_a_masthead_named_again_in_the_footer_is_the_site_name_not_the_title() -> None:
    page = _masthead_page(
        "The Valmont Evening Lantern Weekly",
        footer="© 2025 Valmont Evening Lantern Weekly. All rights reserved.",
    )
    assert clean_flat_text(page).title == _SKERRA_HEADLINE


def test_a_short_brand_the_story_never_echoes_is_the_site_name_not_the_title() -> None:
    assert clean_flat_text(_masthead_page("Bramble Coast Courier")).title == _SKERRA_HEADLINE


def test_a_short_page_title_stays_the_title_when_no_line_below_reads_like_the_headline() -> None:
    text = "\n".join(["COD QUOTAS CUT", "Home | Island | Sea | Business | Opinion | Sport", "", *_SKERRA_STORY])
    assert clean_flat_text(text).title == "COD QUOTAS CUT"


def test_the_headline_is_the_line_the_story_echoes_not_the_share_row_under_it() -> None:
    text = "\n".join(
        [
            "Skip to main content",
            "Island",
            _SKERRA_HEADLINE,
            "Island Desk Report",
            "Share   Tweet   Email",
            "",
            *_SKERRA_STORY,
        ]
    )
    assert clean_flat_text(text).title == _SKERRA_HEADLINE


# ---------------------------------------------------------------- invented pages with gold beside them


def _fixture_names() -> list[str]:
    return sorted(path.stem for path in FLAT_FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("name", _fixture_names())
def test_invented_page(name: str) -> None:
    text = (FLAT_FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((FLAT_FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    article = clean_flat_text(text)
    assert article.title == gold["title"]
    assert list(article.body) == gold["body"]
    assert list(article.captions) == [Caption(item["text"], item["credit"]) for item in gold["captions"]]
    assert list(article.attributions) == gold["attributions"]
    reasons = {block.text: block.reason for block in article.removed}
    for line, reason in gold["removed"].items():
        assert reasons.get(line) == reason, line
    if "authors" in gold:
        assert list(article.authors) == gold["authors"]
    if "published" in gold:
        assert article.published is not None and article.published.value == gold["published"]
    if "language" in gold:
        assert article.language == gold["language"]
    assert _output_tokens(article) == _input_tokens(text)


def test_there_are_at_least_four_invented_pages() -> None:
    assert len(_fixture_names()) >= 4


# ---------------------------------------------------------------- the analysis gold pages

GOLD_PAGES = Path(__file__).resolve().parents[1] / "gold" / "pages"


def _gold_text_pages() -> list[str]:
    """The dev pages: the test split is measured by `wirewatch eval` (paragraph count), not pinned here."""
    names = []
    for path in sorted(GOLD_PAGES.glob("*.txt")):
        gold_file = path.with_suffix(".gold.json")
        if gold_file.is_file() and json.loads(gold_file.read_text(encoding="utf-8"))["split"] == "dev":
            names.append(path.stem)
    return names


@pytest.mark.parametrize("name", _gold_text_pages())
def test_gold_page_keeps_its_paragraphs_and_captions(name: str) -> None:
    gold = json.loads((GOLD_PAGES / f"{name}.gold.json").read_text(encoding="utf-8"))
    article = clean_flat_text((GOLD_PAGES / f"{name}.txt").read_text(encoding="utf-8"))
    assert len(article.body) == gold["body_paragraphs"]
    assert [Caption(item["text"], item.get("credit")) for item in gold["captions"]] == list(article.captions)
    if article.published is not None:
        # A stamp with a clock time ("Posted : 2025-09-24 17:02") is kept whole; gold gives the day.
        assert article.published.value[:10] == gold["published"]


# ---------------------------------------------------------------- the seed page, exactly


def test_seed_page_is_cleaned_exactly() -> None:
    if not SEED_PAGE.is_file():
        pytest.skip(f"{SEED_PAGE} is not here: the shared examples are only beside a team checkout")
    text = SEED_PAGE.read_text(encoding="utf-8")
    article = clean_flat_text(text)

    assert article.title == "Taliban, Hamas Officials Meet In Turkey"
    assert article.section == "News"
    assert len(article.body) == 14
    assert article.body[0].startswith("Leaders of the Afghan Taliban and the Palestinian terror group Hamas")
    assert article.body[-1].startswith("After Taliban successfully captured Kabul")
    for paragraph in ("It is unclear whether this was a separate meeting.",):
        assert paragraph in article.body
    starts = [paragraph[:40] for paragraph in article.body]
    for opening in (
        "The meeting came just weeks after",
        "“The Taliban is trying to tap into",
        "“Being associated with the Palestinian",
        "“The Taliban wants to have as much",
    ):
        assert any(start.startswith(opening[:40]) for start in starts), opening

    assert [caption.credit for caption in article.captions] == [
        "MARCUS YAM/LOS ANGELES TIMES VIA GETTY IMAGES",
        "ALI ALLOUCH ATPIMAGES/GETTY IMAGES",
        "MAJDI FATHI/NURPHOTO VIA GETTY IMAGES",
    ]
    assert article.captions[0].text.startswith("File - Zabihullah Mujahid")
    assert article.attributions == (
        "Produced in association with Jewish News Syndicate.",
        "(Additional reporting provided by JNS Reporter)",
    )
    removed = [(block.text, block.reason) for block in article.removed]
    assert removed[:3] == [("Share", "share widget"), ("News", "section label"), ("Share", "share widget")]
    reasons = dict(removed)
    assert reasons["Trending:"] == "teaser link"
    assert (
        reasons[
            "Judge Engoron Under Investigation for What Happened Before Slapping Trump with $454 Million Fine"
        ]
        == "teaser link"
    )
    assert reasons["Related:"] == "teaser link"
    assert reasons["Amazon Under Investigation for Self-Driving Vehicle Units"] == "teaser link"
    assert reasons["Truth and Accuracy"] == "correction prompt"
    assert reasons["Submit a Correction →"] == "correction prompt"
    assert reasons["Tags:"] == "tag list"
    assert reasons["Conversation"] == "comment prompt"
    assert any(
        reason == "disclaimer" and text.startswith("The Western Journal has not reviewed")
        for text, reason in removed
    )
    assert any(
        reason == "correction prompt" and text.startswith("We are committed to truth")
        for text, reason in removed
    )
    assert len(removed) == 14
    assert _output_tokens(article) == _input_tokens(text)


# ---------------------------------------------------------------- properties

_PAGE_LINES = st.sampled_from(
    [
        "Share",
        "Trending:",
        "Related:",
        "Advertisement",
        "Tags: politics, energy",
        "By Jane Roe",
        "November 4, 2025",
        "Home",
        "Crowds in Lyon on May 2, 2024. JEAN DUPONT/AFP VIA GETTY IMAGES",
        "Photo: Getty Images",
        "Ten Things You Missed At The Motor Show",
        "The council voted on Tuesday to close the bridge to cars from next spring, officials said.",
        "“The sandbank has moved.",
        "It is unclear whether this was a separate meeting.",
        "Produced in association with Example News Syndicate.",
        "jdoe says:",
        "Story Title Here - Example Site",
        "",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_no_text_crashes_the_cleaner_and_nothing_is_lost(text: str) -> None:
    article = clean_flat_text(text)
    assert _output_tokens(article) == _input_tokens(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_PAGE_LINES, st.text(max_size=80)), max_size=40))
def test_every_line_of_a_page_is_accounted_for_once(lines: list[str]) -> None:
    text = "\n".join(lines)
    article = clean_flat_text(text)
    assert _output_tokens(article) == _input_tokens(text)
    # A page title splits into the title and its site-name suffix; every other line is one piece.
    removed = [block for block in article.removed if block.reason != "site name"]
    pieces = len(article.body) + len(article.captions) + len(article.attributions) + len(removed)
    assert pieces + (article.title is not None) <= sum(1 for line in text.splitlines() if line.strip())


@pytest.mark.parametrize(("written", "expected"), [("on 10 April", "2024-04-11"), ("on April 10", "2024-11-04")])
def test_a_numeric_date_stamp_follows_the_order_the_story_writes_its_dates(written: str, expected: str) -> None:
    text = (
        "THE VALLEY HERALD · English edition\n\nPublic Order\n\n11/04/2024\n\n"
        "Guards march in Tarvo against recruitment\n\n"
        f"Around 2,000 members of the community guard marched through Tarvo {written} to reject the recruitment "
        "of minors by armed groups, the regional council said in a statement issued the same evening.\n\n"
        "The council said at least 40 children had been recruited in the district this year, and called on the "
        "national government to send more teachers and social workers to the mountain villages."
    )
    article = clean_flat_text(text)
    assert article.published is not None and article.published.value == expected


def test_a_brief_under_a_masthead_alone_has_no_title() -> None:
    page = "\n".join(["Tarnwick Wire brief", "March 3, 2025", "", *(f"{paragraph}\n" for paragraph in _SKERRA_STORY)])
    article = clean_flat_text(page)
    assert article.title is None
    assert ("Tarnwick Wire brief", "site name") in {(block.text, block.reason) for block in article.removed}


def test_a_standfirst_under_the_headline_is_no_story_paragraph() -> None:
    page = (
        "THE NORTHERN COURIER\n"
        "Home | Politics | World | Business\n\n"
        "Tarvo and Norvik end their diplomatic freeze as ministers meet\n\n"
        "Ambassadors to return by the end of the month, the pipeline back on the table; no word on border fees\n\n"
        "By Anna Lind | Tuesday 9 June 2030\n\n"
        "Tarvo's president on Monday received Norvik's prime minister at the palace, the first visit by a Norvik "
        "leader since relations broke down two years ago, the presidency said in a statement.\n\n"
        "The talks, also attended by both foreign ministers, dealt with the return of ambassadors and the reopening "
        "of the pipeline that has been closed since the dispute began, officials said.\n"
    )
    article = clean_flat_text(page)
    assert article.title == "Tarvo and Norvik end their diplomatic freeze as ministers meet"
    assert len(article.body) == 2
    assert article.body[0].startswith("Tarvo's president")


def test_a_bulletins_run_of_other_items_is_a_teaser_list() -> None:
    line = (
        "Other items in this bulletin: 1. TARVO: Parliament speaker criticises budget amendments - Tarvo Agency | "
        "3. NORVIK: Ministry announces new governor for the eastern province - Norvik News | 4. ESTLAND: President "
        "opens new dam turbine on the river - State Agency | 5. TARVO: Talks on the border crossing resume - Radio"
    )
    assert chrome.classify_chrome_line(line) == chrome.TEASER_LINK


def test_a_labelled_advertisement_line_is_chrome() -> None:
    line = "Ad: Tarvo Farmers' Union - improved seed now available at all branches"
    assert chrome.classify_chrome_line(line) == chrome.ADVERTISEMENT
    assert chrome.classify_chrome_line("Adama residents said the road was closed on Monday.") is None


def test_a_radio_sites_community_notice_is_chrome() -> None:
    notice = "COMMUNITY NOTICE: Tarvo ferry services suspended Friday for maintenance. Listen to the noon bulletin."
    assert chrome.classify_chrome_line(notice) == chrome.TEASER_LINK
    assert chrome.classify_chrome_line("A community notice posted in Tarvo said the ferry would stop.") is None


def test_a_story_paragraph_between_a_related_link_and_a_programme_note_is_kept() -> None:
    page = (
        "Gunmen attacked the town of Tarvo on Monday morning, burning houses and the police post, residents said.\n\n"
        "Police reinforcements arrived in the afternoon and the gunmen withdrew by nightfall, the police said.\n\n"
        "Related: Hospital in Norvik runs short of blood after a week of attacks\n\n"
        "The Delta Front, an alliance of armed groups from the capital, overran Norvik last year and has since pushed "
        "into the rural communes of the region. Last week, armed men kidnapped two traders on the road outside "
        "Estby, according to local officials.\n\n"
        "Programme note: Listen to our public service programme on security every weekday at 6 p.m.\n"
    )
    article = clean_flat_text(page)
    assert len(article.body) == 3
    assert article.body[2].startswith("The Delta Front")


def test_a_translations_close_and_a_monitors_note_on_its_figures_are_chrome() -> None:
    assert chrome.classify_chrome_line("[End of text]") is not None
    note = "Note: Figures are preliminary and may be revised as verification continues. The monitor counts an incident only once."
    assert chrome.classify_chrome_line(note) is not None
    assert chrome.classify_chrome_line("Note that the figures came from the army, which often inflates them.") is None
    owned = "Note: UMCO's figures are based on reports from field monitors and are cross-checked where possible."
    assert chrome.classify_chrome_line(owned) is not None
    sourced = "Note: CSCM's figures come from local sources, health workers and public statements."
    assert chrome.classify_chrome_line(sourced) is not None
    assert chrome.classify_chrome_line("[Translation ends]") is not None
    assert chrome.classify_chrome_line("Translation ends.") is not None
    assert chrome.classify_chrome_line("The translation ends a long dispute over the text.") is None
    unofficial = "Note: Kabul Media Watch translations are unofficial. Names are transliterated as in the original."
    assert chrome.classify_chrome_line(unofficial) is not None


def test_a_bulletin_is_dated_by_its_published_line_not_its_reporting_period() -> None:
    page = (
        "TARVO CIVILIAN HARM MONITOR\n"
        "Home | Weekly updates | Data | About us\n\n"
        "WEEKLY UPDATE No. 44 | Reporting period: 2 – 8 November 2030\n"
        "Published: 10 November 2030\n\n"
        "Tarvo Region: air strike on the Norvik market kills at least 14 civilians\n\n"
        "On 5 November, at around 10:30 am, a military aircraft dropped two bombs on the morning market in Norvik "
        "town, killing at least 14 civilians, according to local rescue workers interviewed by the monitor.\n\n"
        "The local administration gave a higher toll of 17 dead on 6 November, saying three of the injured had died "
        "at a clinic in the township.\n"
    )
    article = clean_flat_text(page)
    assert article.published is not None and article.published.value[:10] == "2030-11-10"


def test_a_bulletin_is_dated_by_its_released_line_not_its_reporting_period() -> None:
    page = (
        "TARVO CIVILIAN HARM MONITOR\n"
        "Home | Weekly briefs | Data | About us\n\n"
        "WEEKLY BRIEF 18/2031\n"
        "Period covered: 28 April - 4 May 2031\n"
        "Released: 5 May 2031\n\n"
        "Tarvo Region: shelling of the Norvik ferry pier wounds six civilians\n\n"
        "On 2 May, at around 6 pm, artillery shells hit the ferry pier in Norvik town, wounding six civilians, "
        "according to a harbour official and two residents interviewed by the monitor.\n\n"
        "The harbour official said on 3 May that ferries to the islands had been suspended until further notice "
        "and that the pier's ticket office had been destroyed.\n"
    )
    article = clean_flat_text(page)
    assert article.published is not None and article.published.value[:10] == "2031-05-05"


def test_a_long_headline_over_the_first_paragraph_is_not_a_paragraph() -> None:
    page = (
        "LAKE REGION CONFLICT WATCH (LRCW)\n"
        "Independent monitoring of violence and civilian harm in the lake states\n"
        "Home | Updates | States | Map | Contact\n\n"
        "WEEKLY UPDATE | NORTH STATE | No. 12\n"
        "Period covered: 27 April - 3 May 2031 | Published: 6 May 2031\n"
        "PDF version | Share | Subscribe\n\n"
        "North State, Kasanga: drones hit a fuel depot and the power station; two workers killed, town without "
        "power for a second day\n\n"
        "On 3 May, drones struck a fuel depot and the power station in Kasanga, the state capital, according to "
        "residents and an engineer at the station.\n\n"
        "The engineer said four drones reached the town before dawn and destroyed two transformers, cutting power "
        "to most of the town.\n\n"
        "Residents said on 5 May that water pumps had stopped and families were buying water from carts.\n"
    )
    article = clean_flat_text(page)
    assert len(article.body) == 3
    assert article.body[0].startswith("On 3 May")
    assert any(line.text.startswith("North State, Kasanga") for line in article.removed)



def test_a_long_headline_over_a_date_line_and_share_row_is_not_a_paragraph() -> None:
    page = (
        "HARBOUR MONITOR\n"
        "Ostland's state media in English\n"
        "Home | Security | Politics | Translations | About us\n\n"
        "ONA: Army says more than 30 gunmen killed in air strikes near Kestrel, days after a deadly "
        "raid on a militia post\n\n"
        "11 May 2031 · 10:20 GMT · Translation desk · 4 min read\n"
        "Share: Facebook · X · WhatsApp · Telegram · Copy link\n\n"
        "Tarvo, 11 May 2031 (ONA) – More than thirty gunmen were killed on Monday in air strikes "
        "north-east of Kestrel, in the Norvik province, the general staff said in a communiqué "
        "received by the agency.\n\n"
        "Ground units then swept the area on Tuesday morning and recovered weapons and motorcycles "
        "abandoned by the fleeing gunmen, the communiqué added.\n"
    )
    article = clean_flat_text(page)
    assert len(article.body) == 2
    assert article.body[0].startswith("Tarvo, 11 May 2031 (ONA)")
    assert article.published is not None and article.published.value == "2031-05-11"


def test_a_first_paragraph_over_a_share_row_stays_a_paragraph() -> None:
    page = (
        "HARBOUR MONITOR\n"
        "Home | Security | Politics | Translations | About us\n\n"
        "Gunmen attacked a militia post on the edge of Kestrel on Saturday evening, killing five "
        "volunteers and a civilian, two residents said.\n\n"
        "Share: Facebook · X · WhatsApp · Telegram · Copy link\n\n"
        "The residents said the gunmen drove away cattle before withdrawing towards the forest north "
        "of the town, and that the army arrived on Sunday morning.\n"
    )
    article = clean_flat_text(page)
    assert len(article.body) == 2
    assert article.body[0].startswith("Gunmen attacked a militia post")


_GANG_CLASH_OPENING = (
    "Gunmen of two rival gangs fought for several hours on Tuesday in the hills outside Tarvo, "
    "killing at least seven people, the regional prosecutor said on Wednesday.\n\n"
)
_GANG_CLASH_CLOSING = (
    "The prosecutor said investigators who reached the area on Wednesday morning had found seven "
    "bodies and two burned pickup trucks, and that a search for more victims would continue.\n"
)


def test_a_short_line_between_two_advertisement_labels_is_the_advert() -> None:
    advert = "Ride the Kestrel coast railway in style - book your summer tour now >>"
    page = (
        _GANG_CLASH_OPENING
        + "Residents said families living on nearby farms fled towards the town as the shooting went on.\n\n"
        + f"ADVERTISEMENT\n{advert}\nADVERTISEMENT\n\n"
        + _GANG_CLASH_CLOSING
    )
    article = clean_flat_text(page)
    assert len(article.body) == 3
    assert (advert, "advertisement") in {(block.text, block.reason) for block in article.removed}


def test_a_story_paragraph_between_two_advertisement_labels_is_kept() -> None:
    page = (
        _GANG_CLASH_OPENING
        + "Advertisement\n"
        + "Residents said families living on nearby farms fled towards the town as the shooting went on, "
        + "and that the army arrived only in the evening.\n"
        + "Advertisement\n\n"
        + _GANG_CLASH_CLOSING
    )
    article = clean_flat_text(page)
    assert len(article.body) == 3
    assert article.body[1].startswith("Residents said families")


def test_a_notice_set_in_a_box_of_rules_is_chrome() -> None:
    notice = "Harbour FM is hiring reporters in Tarvo and Norvik. Send your CV to the station before 30 June, 2031."
    page = (
        _GANG_CLASH_OPENING
        + "Residents said families living on nearby farms fled towards the town as the shooting went on.\n\n"
        + f"--- ANNOUNCEMENT ---\n{notice}\n--------------------\n\n"
        + _GANG_CLASH_CLOSING
    )
    article = clean_flat_text(page)
    assert len(article.body) == 3
    assert (notice, "advertisement") in {(block.text, block.reason) for block in article.removed}


def test_a_story_paragraph_between_rules_without_a_notice_label_is_kept() -> None:
    page = (
        _GANG_CLASH_OPENING
        + "--------------------\n"
        + "Residents said families living on nearby farms fled towards the town as the shooting went on, "
        + "and that the army arrived only in the evening.\n"
        + "--------------------\n\n"
        + _GANG_CLASH_CLOSING
    )
    article = clean_flat_text(page)
    assert len(article.body) == 3
    assert article.body[1].startswith("Residents said families")


def test_a_communique_set_in_a_box_of_rules_is_chrome() -> None:
    notice = "The Tarvo fishermen's union informs its members that Saturday's meeting is postponed until further notice."
    page = (
        _GANG_CLASH_OPENING
        + "Residents said families living on nearby farms fled towards the town as the shooting went on.\n\n"
        + f"--- COMMUNIQUÉ ---\n{notice}\n--------------------\n\n"
        + _GANG_CLASH_CLOSING
    )
    article = clean_flat_text(page)
    assert len(article.body) == 3
    assert (notice, "advertisement") in {(block.text, block.reason) for block in article.removed}


def test_a_story_paragraph_under_a_communique_heading_without_a_box_is_kept() -> None:
    page = (
        _GANG_CLASH_OPENING
        + "COMMUNIQUÉ\n"
        + "The gendarmerie said in a communiqué that its units had arrested four suspects in the hills and seized "
        + "two rifles, and that the search for the others would go on.\n\n"
        + _GANG_CLASH_CLOSING
    )
    article = clean_flat_text(page)
    assert len(article.body) == 3
    assert article.body[1].startswith("The gendarmerie said in a communiqué")


def test_a_reading_time_under_the_byline_is_not_a_story_paragraph() -> None:
    page = (
        "Tarvo: gangs clash in the hills, seven dead\n\n"
        # A desk byline with two stamps is long enough to read as text, so the story run starts there.
        "By Harbour Daily correspondent in Norvik | Published 03/06/2031 at 09:40 | Updated 03/06/2031 at 12:15\n"
        "Share: Facebook | X | WhatsApp\n"
        "Reading time: 3 min\n\n"
        + _GANG_CLASH_OPENING
        + _GANG_CLASH_CLOSING
    )
    article = clean_flat_text(page)
    assert len(article.body) == 2
    assert article.body[0].startswith("Gunmen of two rival gangs")
    assert ("Reading time: 3 min", "reading time") in {(block.text, block.reason) for block in article.removed}


def test_a_short_advert_held_in_one_block_under_its_label_is_the_advert() -> None:
    advert = "Kestrel 5G: unlimited data for 99 a month — dial *100#"
    page = (
        _GANG_CLASH_OPENING
        + "Residents said families living on nearby farms fled towards the town as the shooting went on.\n\n"
        + f"ADVERTISEMENT\n{advert}\n\n"
        + _GANG_CLASH_CLOSING
    )
    article = clean_flat_text(page)
    assert len(article.body) == 3
    assert (advert, "advertisement") in {(block.text, block.reason) for block in article.removed}


def test_a_sub_heading_set_apart_from_an_advertisement_label_is_kept() -> None:
    page = (
        _GANG_CLASH_OPENING
        + "ADVERTISEMENT\n\n"
        + "Other clashes near Norvik\n\n"
        + _GANG_CLASH_CLOSING
    )
    article = clean_flat_text(page)
    assert "Other clashes near Norvik" in article.body


def test_a_monitors_record_row_dates_the_page_by_its_posted_field() -> None:
    page = (
        "HARBOUR MEDIA MONITOR\n"
        "Home | Translations | Digest | About us\n\n"
        "Ostland and Kestrel agree to reopen the Tarvo ferry line\n\n"
        "Item ID: HM-2031-02-11-0042 | Source language: Ostlandic | Posted: 3 May 2031, 09:10 GMT | Desk: Tarvo\n\n"
        "Tarvo, 3 May (ONA) - The transport ministers of Ostland and Kestrel agreed on Friday to reopen the ferry "
        "line between Tarvo and Norvik before the summer, the agency said.\n\n"
        "The line was closed two years ago after a dispute over harbour fees, which the ministers said had now been "
        "settled.\n"
    )
    article = clean_flat_text(page)
    assert article.published is not None and article.published.value == "2031-05-03"
    assert len(article.body) == 2


def test_a_share_row_with_the_page_tools_under_a_standfirst_is_not_a_paragraph() -> None:
    page = (
        "Ostland and Kestrel ministers meet in Tarvo\n\n"
        "Roe and Doe agree to call the border commission before the end of the month; Kestrel raises detained "
        "fishermen, Norvik radio reports\n\n"
        "By Ana Poe | 10 February 2031, 09:40 | Updated 12:15\n"
        "Share: Facebook | X | WhatsApp | Email | Print | 22 comments | Listen (5 min)\n\n"
        "The foreign ministers of Ostland and Kestrel met in Tarvo on Monday for their first talks since November, "
        "the host government said.\n\n"
        "The two ministers agreed to convene the border commission before the end of February, the statement said.\n"
    )
    article = clean_flat_text(page)
    assert len(article.body) == 2
    assert article.body[0].startswith("The foreign ministers")
    assert article.published is not None and article.published.value[:10] == "2031-02-10"


def test_a_monitors_links_to_its_back_issues_are_not_a_story_paragraph() -> None:
    text = (
        "KESTREL COAST MONITOR\n\n"
        "WEEKLY DIGEST No. 12/2031\n\n"
        "Tarvo: gunmen burn fishing boats at the northern landing site\n\n"
        "Unidentified gunmen set fire to at least nine fishing boats at the northern landing site of Tarvo on the "
        "night of 8 May, fishermen and a local councillor told the monitor.\n\n"
        "The fishermen said the attackers came by sea and fired into the air before pouring fuel on the boats. "
        "Nobody was hurt.\n\n"
        # Long enough to read as a paragraph by its length alone.
        "Previous digests: No. 11/2031 (1-7 May) | No. 10/2031 (24-30 April) | Special report: Ferry crossings "
        "under fire on the northern coast of Kestrel\n\n"
        "KESTREL COAST MONITOR is an independent civilian initiative."
    )
    article = clean_flat_text(text)
    assert len(article.body) == 2
    assert not any("Previous digests" in paragraph for paragraph in article.body)


_RADIO_STORY = (
    "Kestrel Province Premier Ana Roe hosted the Ostland transport minister, Jon Doe, in Tarvo yesterday, and the two "
    "agreed to reseal the coast road between Tarvo and Vell, the provincial government said in a statement.\n\n"
    "Mr Doe, who flew in from Norvik in the morning, held talks with the premier for about two hours before touring "
    "the Tarvo wharf, the statement said.\n\n"
)


def test_a_radio_sites_posted_by_row_dates_the_page() -> None:
    page = (
        "TARVO COMMUNITY RADIO 97.1 FM\n"
        "Home | News | Sport | Programs | Listen Live | Contact\n\n"
        "Premier Roe hosts Ostland minister Doe in Tarvo, coast road on agenda\n\n"
        "Posted by Newsroom | Thursday, 12 June 2031 | 07:10 | Updated 11:25 | Reporter: Kim Lee\n"
        "Share: Facebook | WhatsApp | X\n\n" + _RADIO_STORY
    )
    article = clean_flat_text(page)
    assert article.published is not None and article.published.value == "2031-06-12"
    assert len(article.body) == 2


def test_a_sponsors_line_under_the_byline_is_not_a_story_paragraph() -> None:
    page = (
        "Premier Roe hosts Ostland minister Doe in Tarvo, coast road on agenda\n\n"
        "Share: Facebook | WhatsApp | X\n"
        "This bulletin is brought to you by Tarvo Hardware & Building Supplies - cement, roofing iron, solar kits. "
        "Next to the Tarvo ferry terminal.\n\n" + _RADIO_STORY
    )
    article = clean_flat_text(page)
    assert len(article.body) == 2
    assert article.body[0].startswith("Kestrel Province Premier")


def test_a_radio_sites_more_news_row_and_noticeboard_are_not_story_paragraphs() -> None:
    page = (
        "Premier Roe hosts Ostland minister Doe in Tarvo, coast road on agenda\n\n"
        + _RADIO_STORY
        + "MORE LOCAL NEWS: Tarvo taxi rank upgrade delayed again | Vell clinic gets new ambulance | Tarvo Eagles "
        "through to the Kestrel Cup semi-final\n\n"
        "COMMUNITY NOTICEBOARD: Found - ID book in the name of Ana Poe, collect at reception | Vell Farmers' "
        "Association meeting Saturday 10:00 at the hall | Choir auditions at the Town Hall\n\n"
        "Copyright (c) 2031 Tarvo Community Radio. All rights reserved. | Privacy | Advertise on air\n"
    )
    article = clean_flat_text(page)
    assert len(article.body) == 2


def test_a_sites_account_bar_is_not_a_caption() -> None:
    page = (
        "THE KESTREL STANDARD\n"
        "Home | News | Politics | Business | Sports | Opinion | E-Paper\n"
        "Search... | Sign in | Subscribe to E-Paper (T1,500/month)\n\n"
        "Premier Roe hosts Ostland minister Doe in Tarvo, coast road on agenda\n\n" + _RADIO_STORY
    )
    article = clean_flat_text(page)
    assert article.captions == ()
    assert len(article.body) == 2


def test_a_digest_is_dated_by_its_published_row_not_its_reporting_period() -> None:
    page = (
        "KESTREL CIVILIAN MONITOR\n"
        "Home | Weekly digests | Data | About us\n\n"
        "WEEKLY INCIDENT DIGEST No. 44 | 2–8 November 2030\n"
        "Published 10 November 2030 | Download PDF (1.1 MB) | Subscribe to the weekly digest | Share: X · Email\n\n"
        "Shelling kills two children in Tarvo's northern quarter\n\n"
        "On 5 November, at about 5 p.m., two mortar shells struck a residential street in the northern quarter of "
        "Tarvo, killing two children and injuring four other civilians, medical sources told the Monitor.\n\n"
        "A week earlier, on 29 October, a shell struck the courtyard of a school in the same quarter, damaging two "
        "classrooms without causing casualties.\n"
    )
    article = clean_flat_text(page)
    assert article.published is not None and article.published.value == "2030-11-10"
    assert len(article.body) == 2


def test_a_translation_is_dated_by_its_posted_field_and_its_long_note_is_not_a_paragraph() -> None:
    page = (
        "HARBOUR MONITOR DAILY\n"
        "Translations | Daily digest | Archive\n\n"
        "Item no. HMD-TR-2031-05-1147 | Language of original: Ostlandic\n"
        "Original time stamp: 03.05.2031, 08:52 (Tarvo) | Translation posted: 3 May 2031, 09:40 GMT\n\n"
        "Tarvo: two killed in strike on the ferry terminal - regional administration\n\n"
        "Two civilians were killed and nine others were wounded yesterday afternoon when a guided bomb hit the ferry "
        "terminal in Tarvo, the head of the regional administration, Ana Roe, reported.\n\n"
        "Rescuers pulled three people alive from the rubble of the ticket hall, the emergency service said. Four of "
        "the wounded remain in hospital in Vell.\n\n"
        "[Translator's note: Casualty figures are as given in the original report and have not been independently "
        "verified by Harbour Monitor Daily. Place names are transliterated from Ostlandic; the Kestrel form "
        '"Tarvoa" is kept where the original quotes Kestrel sources.]\n\n'
        "Tags: Tarvo, ferry terminal, guided bombs\n"
    )
    article = clean_flat_text(page)
    assert article.published is not None and article.published.value == "2031-05-03"
    assert len(article.body) == 2


# ---------------------------------------------------------------- outlet styles of conflict 727–738, political 721–732

_MASTHEAD = "KESTREL COAST POST\nHome | News | Tarvo | Vell | Sport | Contact\n\n"
_HEADLINE = "Premier Roe hosts Ostland minister Doe in Tarvo, coast road on agenda\n\n"


def _radio_page(*extra: str, before: str = "") -> str:
    return _MASTHEAD + _HEADLINE + before + _RADIO_STORY + "".join(f"{block}\n\n" for block in extra)


def test_related_items_row_is_a_teaser_not_a_story_paragraph() -> None:
    teaser = "Related items: Tarvo: ferry fares rise | Vell: clinic gets new ambulance | Norvik: port reopens"
    page = _MASTHEAD + _HEADLINE + _RADIO_STORY.replace("\n\nMr Doe", f"\n\n{teaser}\n\nMr Doe")
    assert len(clean_flat_text(page).body) == 2


def test_a_digests_back_issues_under_a_bare_label_are_teasers() -> None:
    back_issues = "Previous digests:\n» No. 12/2031 — Vell: farmers return to fields\n» No. 11/2031 — Tarvo: market reopens"
    page = _MASTHEAD + _HEADLINE + _RADIO_STORY.replace("\n\nMr Doe", f"\n\n{back_issues}\n\nMr Doe")
    assert len(clean_flat_text(page).body) == 2


def test_a_long_advert_behind_a_dashed_label_is_not_a_story_paragraph() -> None:
    advert = (
        "ADVERTISEMENT - Hotel Tarvo Bay, Vell road: sea-view rooms, boat trips to Kestrel Point, group rates for "
        "delegations and conference guests. Reservations at the front desk or 555 0101 every day."
    )
    assert len(advert) > 160
    page = _MASTHEAD + _HEADLINE + _RADIO_STORY.replace("\n\nMr Doe", f"\n\n{advert}\n\nMr Doe")
    assert len(clean_flat_text(page).body) == 2


def test_a_comment_count_with_its_sort_control_opens_the_thread() -> None:
    page = _radio_page(
        "7 COMMENTS | Sort by: newest\nAna P. (Vell) - 03/05/2031: A good road would help the whole coast. At last."
    )
    assert len(clean_flat_text(page).body) == 2


def test_a_translators_headnote_remarking_on_headline_and_spelling_is_not_a_paragraph() -> None:
    headnote = (
        "The following is a translation of a report by the Ostland state news agency ONA, published on its "
        "Ostlandic-language service. Headline by the Monitor; the photo caption is translated from the original. "
        "Names are transliterated as in the original, except where a common English spelling exists."
    )
    assert len(headnote) > 260
    page = _radio_page(before=headnote + "\n\n")
    assert len(clean_flat_text(page).body) == 2


def test_a_publishers_blurb_ending_in_a_contact_address_is_not_a_paragraph() -> None:
    blurb = (
        "Kestrel Coast Watch is a network of volunteer monitors based in Tarvo, Vell and Norvik. "
        "Contact: desk@kestrelwatch.example"
    )
    assert chrome.classify_chrome_line(blurb) == chrome.COPYRIGHT
    assert chrome.classify_chrome_line(blurb + " | (c) 2031 Kestrel Coast Watch") == chrome.COPYRIGHT
    # A story sentence naming an address is no blurb.
    assert chrome.classify_chrome_line("Relatives were asked to write to the monitors at desk@kestrelwatch.example.") is None
    page = _MASTHEAD + _HEADLINE + _RADIO_STORY.replace("\n\nMr Doe", f"\n\n{blurb}\n\nMr Doe")
    assert len(clean_flat_text(page).body) == 2


def test_a_caption_signed_by_a_seven_letter_agency_acronym_is_a_caption() -> None:
    caption = "Premier Ana Roe and Minister Jon Doe during their talks in Tarvo on 3 May."
    page = _MASTHEAD + _HEADLINE + _RADIO_STORY.replace("\n\nMr Doe", f"\n\n{caption} (KESTPRA)\n\nMr Doe")
    article = clean_flat_text(page)
    assert article.captions == (Caption(caption, "(KESTPRA)"),)
    assert len(article.body) == 2


def test_a_masthead_in_capitals_ending_in_file_is_not_a_caption() -> None:
    page = "KESTREL WIRE SERVICE - REGIONAL FILE\n3 May 2031 06:15 GMT | Ostland | Tarvo\n\n" + _HEADLINE + _RADIO_STORY
    assert clean_flat_text(page).captions == ()


def test_a_caption_in_brackets_behind_its_label_loses_the_brackets() -> None:
    caption = "[Image: Workers reseal the coast road outside Tarvo on Tuesday.] Photo: Kestrel Coast Post/Ana Poe"
    page = _MASTHEAD + _HEADLINE + _RADIO_STORY.replace("\n\nMr Doe", f"\n\n{caption}\n\nMr Doe")
    assert clean_flat_text(page).captions == (
        Caption("Workers reseal the coast road outside Tarvo on Tuesday.", "Photo: Kestrel Coast Post/Ana Poe"),
    )


def test_an_advert_box_closed_by_its_own_label_leaves_no_label_in_the_story() -> None:
    box = "--- Advertisement ---\nTarvo Glass: double windows before winter, no deposit. Visit us on Quay Street\n--- Advertisement ---"
    page = _MASTHEAD + _HEADLINE + _RADIO_STORY.replace("\n\nMr Doe", f"\n\n{box}\n\nMr Doe")
    assert len(clean_flat_text(page).body) == 2


def test_a_stations_note_in_another_language_is_not_a_story_paragraph() -> None:
    page = _radio_page("Yu save lisen stori ia long Bislama long Nius Aoa, 6 klok long eftenun.")
    article = clean_flat_text(page)
    assert len(article.body) == 2
