"""Chrome patterns: each reason on a line that is chrome, and no reason on a story sentence."""

from __future__ import annotations

import pytest

from wirewatch.clean.chrome import (
    byline_authors,
    classify_chrome_line,
    is_advertisement_label,
    is_capitalised_heading,
    is_comment_author_line,
    is_comment_thread_head,
    is_embedded_post_signature,
    is_section_label,
    is_social_row,
    is_teaser_label,
    labelled_stamp,
    nearest_reading,
    parse_date,
    row_stamp,
)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share", "share widget"),
        ("Share this article", "share widget"),
        ("Click to share on Twitter (Opens in new window)", "share widget"),
        ("Facebook Twitter LinkedIn", "share widget"),
        ("1.2K Shares", "share widget"),
        ("Trending:", "teaser link"),
        ("Related:", "teaser link"),
        ("Read more", "teaser link"),
        ("Related: Island council votes to study a second ferry route", "teaser link"),
        ("Lire aussi : Le trafic aérien a retrouvé son niveau", "teaser link"),
        ("Recommended Stories", "teaser link"),
        ("News", "section label"),
        ("Science & Astronomy", "section label"),
        ("Advertisement", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Truth and Accuracy", "correction prompt"),
        ("Submit a Correction →", "correction prompt"),
        (
            "We are committed to truth and accuracy in all of our journalism. Read our editorial standards.",
            "correction prompt",
        ),
        ("The Daily Example has not reviewed this story prior to publication.", "disclaimer"),
        ("Disclaimer: views expressed are the author's own.", "disclaimer"),
        ("Tags:", "tag list"),
        ("Tags: ferries, transport", "tag list"),
        ("Filed to:Weird medicine", "tag list"),
        ("Conversation", "comment prompt"),
        ("34 Comments", "comment prompt"),
        ("Leave a Reply", "comment prompt"),
        ("Produced in association with Example News Syndicate.", "syndication note"),
        ("(Additional reporting provided by Jane Roe)", "syndication note"),
        ("(Reporting by Samir Haddad; editing by Lina Farouk)", "syndication note"),
        ("This article originally appeared on Example Weekly.", "syndication note"),
        (
            "This story is republished from the Harbour Gazette’s daily newsletter. Sign up here.",
            "syndication note",
        ),
        ("This article was first published in the Gazette’s Sámi-language edition.", "syndication note"),
        ("First published by Example Weekly on 3 May 2025.", "syndication note"),
        (
            "Translated from Arabic by the Valley Monitor desk. The original report was published by the state agency.",
            "syndication note",
        ),
        ("CONTEXT", "section label"),
        ("This article was translated from the French edition of the Gazette.", "syndication note"),
        ("Methodology: the monitor records incidents confirmed by two sources.", "disclaimer"),
        (
            "Note: KVM documents incidents through a network of field correspondents and verifies each one.",
            "disclaimer",
        ),
        ("Print | Email to a colleague | Download PDF", "share widget"),
        ("Summary", "section label"),
        ("Data: the monitor's incident database, updated weekly. Definitions are on our website.", "disclaimer"),
        ("Kestrel Monitor translates reports from state media. Inclusion does not imply endorsement.", "disclaimer"),
        ("[Translated from Norwegian]", "syndication note"),
        (
            "This statement was issued by the coast guard on Monday and is published as received. Our context follows.",
            "syndication note",
        ),
        ("Listen again: our Tarvo correspondent on the ferry strike, weekdays at 18:30.", "teaser link"),
        ("Programme note: Our call-in show asks listeners about the harbour. Wednesday at 8pm.", "teaser link"),
        ("In this issue: Ferry strike ends · Harbour tax vote · Reading list", "teaser link"),
        ("Related briefings: Tarvo: council backs bridge | Kestrel: port reopens", "teaser link"),
        ("READING LIST", "teaser link"),
        ("Related bulletins: Tarvo: water points dry up | Kestrel: three killed", "teaser link"),
        ("Related readouts: Tarvo: council backs bridge - agency", "teaser link"),
        ("Yesterday's live blog: Kestrel hit by missiles, five wounded", "teaser link"),
        ("Also on Harbour FM: Metro extension to open in autumn", "teaser link"),
        ("[Translator's note: the date in square brackets is ours.]", "syndication note"),
        (
            "The following report was carried by the state news agency on Monday evening. Translated from Norwegian.",
            "syndication note",
        ),
        ("The Harbour Ledger is funded by its members. Join from $5 a month.", "subscription prompt"),
        ("Other incidents", "section label"),
        ("Other developments", "section label"),
        ("Harbour FM News is on air at 7am, 12 noon and 6pm, Monday to Saturday.", "subscription prompt"),
        ("Listen to Harbour Voice news in English every day at 1 pm and 6 pm.", "subscription prompt"),
        (
            "Note: The Monitor has not independently verified the reports above. Figures are provisional.",
            "disclaimer",
        ),
        ("Data note: Figures in this update are provisional and may be revised.", "disclaimer"),
        ("Note: Figures in this bulletin are provisional and based on interviews with residents and medics.", "disclaimer"),
        ("Note: ECM figures are provisional and based on interviews with residents and medical workers.", "disclaimer"),
        (
            "Note: casualty and arrest figures are given as reported by the sources named and have not been verified.",
            "disclaimer",
        ),
        ("Text ends.", "syndication note"),
        ("(Text ends)", "syndication note"),
        ("Print | Email | Save to folder", "share widget"),
        ("Translated and summarised by Kestrel Monitor. Words in square brackets are ours.", "syndication note"),
        ("Text of report:", "syndication note"),
        ("Catch our news bulletins in Ostlandic and English at 7am and 7pm on 98.3 FM, or listen live online.", "subscription prompt"),
        ("Tune in to Harbour Corner every Saturday at 4 pm on 89.4 FM.", "subscription prompt"),
        ("Refresh this page for the latest updates.", "subscription prompt"),
        ("Get the Ledger's morning security briefing on WhatsApp. Sign up here.", "subscription prompt"),
        ("The Harbour Monitor is funded by independent foundations and takes no money from any party.", "subscription prompt"),
        ("Email | X | Facebook | Copy link | Download PDF", "share widget"),
        ("News agency | Gulf | Levant | Sahel | Markets | Photos | Subscribe", "navigation"),
        ("Radio Kestrel broadcasts daily on shortwave and online. Listen to our evening bulletin at 19:00.", "subscription prompt"),
        ("Tarvo Monitor is an independent, non-partisan project. Republication with attribution only.", "subscription prompt"),
        ("[Translated from Arabic. The headline and the note below are the monitor's.]", "syndication note"),
        ("Related digests: Kestrel: Cabinet meets on the crossing - KNA | Tarvo: Minister on talks - TNA", "teaser link"),
        ("Listen to the full report in our 13:00 news bulletin.", "subscription prompt"),
        ("Editor's note: The statement below was issued on Wednesday by the Tarvo command. We publish it as received.",
         "syndication note"),
        ("Sources: Al-Tarvo, Kestrel News, government statements, the interior ministry.", "syndication note"),
        (
            "Harbour Dispatch publishes below the full text of a statement issued on Friday by the port authority.",
            "syndication note",
        ),
        ("Compiled from official statements, party media and the monitor's field network.", "syndication note"),
        ("Sources: Harbour News Agency; Ostland Radio; the port authority (X); our field network.", "syndication note"),
        ("Listen to the Morning Bulletin every weekday from 6am on 101.3 FM and online.", "subscription prompt"),
        ("Listen to Harbour Voice News every day at 7am, 1pm and 7pm, in Ostlandic and English.", "subscription prompt"),
        ("Listen to Harbour Voice News at 7am, 1pm and 7pm in Ostlandic and English.", "subscription prompt"),
        ("ANNOUNCEMENT: County bursary applications now close on 28 August. Forms are at all ward offices.", "teaser link"),
        ("NOTICE: The harbour office reminds vendors that the new stall fees apply from 1 December.", "teaser link"),
        ("COMMUNITY BOARD: Ferry timetable changes from Monday. Full schedule on our Community Board page.", "teaser link"),
        ("Harbour Watch updates are compiled from open sources. Sign up to receive updates by email.", "subscription prompt"),
        ("Forwarded this email? Subscribe here. The Harbour Weekly appears every Thursday.", "subscription prompt"),
        ("16:40 CEST", "live-blog timestamp"),
        ("9.05am", "live-blog timestamp"),
        ("Search    Subscribe    Sign in", "subscription prompt"),
        ("Related updates: Tarvo: water shortages worsen | Kestrel: two killed", "teaser link"),
        ("Most read: Island pound slides to record low on parallel market", "teaser link"),
        ("Also in this bulletin: Traders protest new market tax · Vaccination drive ends", "teaser link"),
        ("Harbour FM – your station, your voice. WhatsApp the newsroom: +000 555 0100", "subscription prompt"),
        ("About these updates: the Monitor is a network of volunteers. Next update: 16 May 2031.", "disclaimer"),
        (
            "CORRECTION: An earlier version of this article said the fire began in Lyngen.",
            "correction notice",
        ),
        (
            "Correction, 18 February 2025: The harbour master’s name is Øystein, not Øyvind.",
            "correction notice",
        ),
        ("Clarification (May 3): The council did not vote on the ferry budget.", "correction notice"),
        ("An earlier version of this story misstated the number of passengers.", "correction notice"),
        ("Lea también: ¿Qué pasó con el puerto de Tumaco?", "teaser link"),
        ("Leia também: Greve dos estivadores chega ao terceiro dia", "teaser link"),
        ("Lesen Sie auch: Fähre fällt bis Freitag aus", "teaser link"),
        ("Home", "navigation"),
        ("Skip to content", "navigation"),
        ("Privacy Policy", "navigation"),
        ("Subscribe", "subscription prompt"),
        ("Get the best of Example delivered to your inbox every week.", "subscription prompt"),
        (
            "We use cookies to improve your experience. By continuing you accept our use of cookies.",
            "cookie notice",
        ),
        ("© 2025 Example Media. All rights reserved.", "copyright notice"),
        ("https://example.org/story/123", "bare link"),
        ("What the Storm Sounded Like (4:22)", "teaser link"),
        (
            "Jane Roe is a freelance writer based in Tartu. Her work has appeared in several magazines.",
            "author bio",
        ),
        ("Acme and Acme Phone are registered trademarks of Acme Inc.", "disclaimer"),
        ("By Marta Oyelaran and Tomas Brandvold", "byline"),
        ("Priya Ramaswamy - Sep 9, 2025, 4:12 pm PDT", "byline"),
        ("November 4, 2025", "dateline"),
        ("Publié le 12 mars 2025 à 18h04", "dateline"),
        ("More from Harbour Wire: Ferry fares rise in Tarvo | Kestrel port reopens", "teaser link"),
        ("Breaking: Tarvo port reopens after strike | Ferry fares rise | Storm warning for Kestrel", "teaser link"),
        ("Previous: Tarvo council backs bridge | Next: Kestrel port reopens after strike", "navigation"),
        ("Previous update: No. 12/2031 | Next update: 9 May", "navigation"),
        ("Previous digests: No. 11/2031 (1-7 May) | No. 10/2031 (24-30 April) | Special report: Ferries under fire", "teaser link"),
        ("Past bulletins: Tarvo water points dry up (3 May)", "teaser link"),
        (
            "Follow the English news on Harbour FM 98.3 every day at 1pm and 7pm, and on our Facebook page.",
            "subscription prompt",
        ),
        ("Harbour FM reads death notices after the 6pm news. Call or SMS 0700 123 456.", "advertisement"),
        ("MATANGAZO: Kestrel Radio reads community notices at noon. Call 0700 654 321.", "advertisement"),
        (
            "Note: The Monitor compiles this bulletin from official statements, local media and its own sources.",
            "disclaimer",
        ),
        (
            "The report below was carried by the state news agency on Tuesday. Translated from Ostlandic by our desk.",
            "syndication note",
        ),
    ],
)
def test_chrome_reason(line: str, reason: str) -> None:
    assert classify_chrome_line(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The council voted to share the cost of the bridge with the province.",
        "Topics discussed included trade and the border.",
        "Search continues for the missing hikers on Mount Ossa, police said.",
        "Comments by the minister drew criticism from the opposition.",
        "Related coverage of the trial was restricted by the judge.",
        "Home prices rose for the third month in a row.",
        "Advertising revenue fell by a fifth in the second quarter, the company said.",
        "By Friday afternoon, the water had fallen by two metres.",
        "On March 3, 2024, the court ruled in favour of the fishermen.",
        "— Jane Roe (@janeroe) November 18, 2025",
        # A label before a colon is a corrections box only with nothing but a date between them.
        "Corrections officers said: the prison on the island is full.",
        "Correctional staff at the island prison walked out on Monday: they want a pay rise.",
        "The earlier version of the bill was rejected by the senate in May.",
        # Captions and credits are left to `captions.py`, even when they hold a date.
        "Crowds in Lyon on May 2, 2024. JEAN DUPONT/AFP VIA GETTY IMAGES",
        "Photo: Getty Images",
        "The statement was published on the ministry's website on Monday.",
        "Listen to the minister: he said the harbour would reopen.",
        "The militia is funded by the interior ministry, two officials said.",
        "Sources said the talks would resume on Monday.",
        "Police said they would sign up more reservists for the border.",
        "Data from the health ministry showed 40 people were killed in the week.",
        "The vote was 12 | 9 | 3 with two abstentions, the clerk said.",
        "Sources said the talks would resume, officials added, on Monday.",
        "The commission is an independent body that monitors the vote in Tarvo.",
        "The station broadcasts daily on shortwave, the minister said, and must be shut.",
        # A lone "Breaking:" may be the story's own headline; a ticker runs several headlines.
        "Breaking: Tarvo port reopens after a three-week strike",
        "Residents were asked to call the police on 0700 123 456 if they saw the men.",
        "The statement was carried by the state news agency on Monday evening.",
        "More from the minister's speech: he said the port would reopen on Monday.",
        "The monitor compiles its figures from hospital records, the minister said.",
        "",
    ],
)
def test_story_sentences_are_not_chrome(line: str) -> None:
    assert classify_chrome_line(line) is None


def test_an_advert_under_a_label_in_brackets_is_chrome() -> None:
    bracketed = "[Advertisement] Kestrel Telecom 5G now in Tarvo - free calls every night"
    assert classify_chrome_line(bracketed) == "advertisement"
    assert classify_chrome_line("(Sponsored) Norvik Savings Bank: home loans from 3%") == "advertisement"
    assert classify_chrome_line("(Ad hoc courts were set up in Tarvo and Norvik, the ministry said.)") is None
    assert classify_chrome_line("Advertisement boards along the Tarvo road were torn down overnight.") is None


def test_an_advertisement_label_alone_is_told_from_a_labelled_advert() -> None:
    assert is_advertisement_label("ADVERTISEMENT")
    assert is_advertisement_label("Story continues below advertisement")
    assert not is_advertisement_label("Ad: Tarvo Farmers' Union - seed at all branches")
    assert not is_advertisement_label("Advertising revenue fell by a fifth, the company said.")


def test_an_inline_teaser_behind_an_arrow_is_chrome() -> None:
    assert classify_chrome_line(">> READ MORE: Ferry fares rise in Tarvo as fuel costs rise") == "teaser link"
    assert classify_chrome_line("» Related: Kestrel port reopens after the strike") == "teaser link"
    assert classify_chrome_line(">> The minister said the port would reopen on Monday.") is None
    assert classify_chrome_line("> Related talks in Norvik ended without a deal, the ministry said.") is None


def test_a_translators_headnote_and_the_close_of_the_translated_report_are_chrome() -> None:
    headnote = (
        "The following is a translation of a report by the Ostland News Agency (ONA), published in "
        "Ostlandic on 3 May 2031. The headline and the notes below are ours."
    )
    assert classify_chrome_line(headnote) == "syndication note"
    ours = "The following is our translation of the communiqué issued on Monday."
    assert classify_chrome_line(ours) == "syndication note"
    assert classify_chrome_line("[End of ONA report]") == "syndication note"
    closing = "[End of the agency's report. Translated from Ostlandic by the Harbour Monitor desk.]"
    assert classify_chrome_line(closing) == "syndication note"
    assert classify_chrome_line("The following year, a translation of the treaty came out in Tarvo.") is None
    assert classify_chrome_line("A translation of the report by the state agency came out on Monday.") is None
    assert classify_chrome_line("The end of the report said the army would stay in Tarvo.") is None


def test_capitalised_headings() -> None:
    assert is_capitalised_heading("BACKGROUND NOTES")
    assert is_capitalised_heading("TOP STORY: A NEW ENVOY IN TARVO")
    assert is_capitalised_heading("COMMUNIQUÉ 214/2031 – NORTHERN COMMAND – THIRD DIVISION")
    assert not is_capitalised_heading("KESTREL, May 8 -")
    assert not is_capitalised_heading("NATO")
    assert is_capitalised_heading("NIASSA")
    assert is_capitalised_heading("STATEMENT OF THE MEDIA CENTRE OF THE JOINT FORCES OF THE KESTREL COAST")
    assert not is_capitalised_heading("The council met on Tuesday.")
    assert not is_capitalised_heading("WE WILL NOT LEAVE THE HARBOUR.")


def test_helpers() -> None:
    assert is_teaser_label("Most Read")
    assert not is_teaser_label("Most readers agreed with the decision.")
    assert is_section_label("Politics")
    assert not is_section_label("Politics is local")
    assert is_social_row("Facebook-f Linkedin-in Twitter")
    assert not is_social_row("Twitter said it would appeal")


def test_comment_thread_lines() -> None:
    assert is_comment_author_line("islandgirl77 says:")
    assert is_comment_author_line("Ana M. wrote:")
    assert not is_comment_author_line(
        "The minister said on Tuesday that the deal was done and nobody disagreed:"
    )
    assert is_comment_thread_head("34 responses to “Ferry service suspended”")
    assert is_comment_thread_head("Leave a Reply")
    assert not is_comment_thread_head("34 people were rescued on Tuesday.")


def test_embedded_post_signature() -> None:
    assert is_embedded_post_signature("— Jane Roe (@janeroe) November 18, 2025")
    assert not is_embedded_post_signature("— and then the ferry left.")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Marta Oyelaran and Tomas Brandvold", ("Marta Oyelaran", "Tomas Brandvold")),
        ("by Jeff Kowalski — November 18, 2019", ("Jeff Kowalski",)),
        ("Par Éloïse Ménard", ("Éloïse Ménard",)),
        ("By Friday afternoon, the water had fallen.", ()),
        ("Staff", ()),
    ],
)
def test_byline_authors(line: str, authors: tuple[str, ...]) -> None:
    assert byline_authors(line) == authors


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("November 4, 2025", "2025-11-04"),
        ("Sunday 22 June 2025", "2025-06-22"),
        ("2019-11-18T20:51:19Z", "2019-11-18T20:51:19+00:00"),
        ("Publié le 12 mars 2025 à 18h04", "2025-03-12"),
        ("3. Juli 2024", "2024-07-03"),
        ("29.08.2024", "2024-08-29"),
        ("11/04/2024", "2024-11-04"),
        ("Publicado: 11/04/2024 - 18:20", "2024-04-11"),
        # The weekday says which number is the day.
        ("Kestrel Radio newsroom | Wed 08/04/2026 - 09:40", "2026-04-08"),
        ("Tue 08/04/2026", "2026-08-04"),
        ("UPDATE · Issue 41 · Reporting period 1–7 December 2025 · Published Tuesday, 9 December 2025", "2025-12-09"),
        ("BULLETIN No. 24/2025 · Reporting period 13–19 June 2025 · Released 20 June 2025", "2025-06-20"),
        ("no date here", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("stamp", "story", "expected"),
    [
        # the caption dates the talks 11 August: the stamp 12/08 is the next day, not 8 December
        ("12/08/2026 | 09:30 | Translations desk", "… welcomes the visitor in Vientiane, August 11, 2026.", "2026-08-12"),
        # month first stays where the story's dates agree with it
        ("08/04/2026", "Talks held on August 3, 2026 ended without a deal.", "2026-08-04"),
        ("08/04/2026", "Talks held on 7 April 2026 ended without a deal.", "2026-04-08"),
        # no full date written: the stamp is read as before
        ("12/08/2026", "The two sides met on Tuesday.", "2026-12-08"),
    ],
)
def test_an_ambiguous_numeric_stamp_is_read_nearest_the_dates_the_story_writes(
    stamp: str, story: str, expected: str
) -> None:
    assert nearest_reading(stamp, parse_date(stamp) or "", story) == expected


def test_an_advert_behind_a_label_and_a_dash_is_chrome() -> None:
    assert classify_chrome_line("ADVERTISEMENT - Tarvo Blood Bank: give blood, save a life") == "advertisement"
    assert classify_chrome_line("Sponsored — Norvik Savings Bank: home loans from 3%") == "advertisement"
    assert classify_chrome_line("Advertisement boards - dozens of them - were torn down in Tarvo overnight.") is None


def test_an_advert_set_off_by_dashes_and_ending_in_a_number_to_ring_is_chrome() -> None:
    advert = "Buy Certified Maize Seed Today - Free delivery across Tarvo - Call 0700 000 111"
    assert classify_chrome_line(advert) == "advertisement"
    story = "Relatives can call the Tarvo hospital on 0700 000 111, the ministry said - or visit in person."
    assert classify_chrome_line(story) is None


def test_an_adverts_small_print_marks_it_as_chrome() -> None:
    assert classify_chrome_line("Norvik Savings: home loans from 3.1%. Terms apply.") == "advertisement"
    assert classify_chrome_line("Kestrel Mobile - 20GB for the price of 10. T&Cs apply.") == "advertisement"
    assert classify_chrome_line("Strict terms apply to the new loans, the central bank said on Monday.") is None
    assert classify_chrome_line("The lender cut its rates on Monday. New terms apply from March, it said.") is None


def test_a_footer_row_holding_the_copyright_line_is_chrome() -> None:
    footer = "Harbour FM 98.3, Tarvo | Licensed by the regulator | (c) 2031 Harbour Media Ltd. All rights reserved. | Privacy"
    assert classify_chrome_line(footer) == "copyright notice"
    story = "The vote was 12 | 9 | 3, and the clerk said all rights reserved to members had been respected."
    assert classify_chrome_line(story) is None
    assert classify_chrome_line("Fishing boats in Tarvo harbour at dawn on Monday. | © Jane Roe") is None


def test_a_read_more_link_naming_the_outlet_is_a_teaser() -> None:
    teaser = "Read more on Harbour FM: Tarvo farmers count losses | Ferry fares rise | Port reopens"
    assert classify_chrome_line(teaser) == "teaser link"
    assert classify_chrome_line("Read more from Kestrel Radio: Ferry fares rise again") == "teaser link"
    assert classify_chrome_line("Read more from the minister's letter: he said the port would reopen.") is None


def test_a_translators_below_is_our_translation_note_is_chrome() -> None:
    headnote = (
        "Below is our translation of a report carried by the Ostland News Agency (ONA). The headline is ours; "
        "the agency's wording has been kept."
    )
    assert classify_chrome_line(headnote) == "syndication note"
    story = "Below the bridge, our reporter found a translation of the ceasefire order nailed to a tree."
    assert classify_chrome_line(story) is None


def test_a_long_translators_headnote_with_remarks_on_the_translation_is_chrome() -> None:
    headnote = (
        "The following is a translation of a report by the Ostland News Agency (ONA), the state agency, published in "
        "Ostlandic. Dates in the original follow the old calendar; we have added the usual dates in square brackets. "
        "The headline and the notes are ours; the agency's words for the armed groups have been kept as written."
    )
    assert len(headnote) > 260
    assert classify_chrome_line(headnote) == "syndication note"
    story = (
        "The following is a translation of an army statement read on state radio: soldiers killed twelve gunmen in "
        "the hills north of Tarvo on Sunday and captured four others, the army said, adding that two soldiers died "
        "in the fighting and that the road to Norvik would stay closed until the area had been searched again."
    )
    assert len(story) > 260
    assert classify_chrome_line(story) is None


def test_a_reading_time_label_is_chrome() -> None:
    assert classify_chrome_line("Reading time: 4 min") == "reading time"
    assert classify_chrome_line("5 min read") == "reading time"
    assert classify_chrome_line("Estimated reading time: 6 minutes") == "reading time"
    assert classify_chrome_line("Lesezeit: 3 Minuten") == "reading time"
    assert classify_chrome_line("Reading time in Tarvo schools rose to 40 minutes a day, the survey found.") is None
    assert classify_chrome_line("The 5 min read of the charges took the court by surprise.") is None


def test_a_wire_sign_off_naming_several_desks_is_a_syndication_note() -> None:
    sign_off = (
        "(Reporting by Ana Roe in Tarvo and Jon Doe in Norvik; Additional reporting by Lia Moe in Vell; Writing by "
        "the Harbour Wire Kestrel desk; Editing by Kim Lee)"
    )
    assert len(sign_off) - len("(Reporting by ") > 120
    assert classify_chrome_line(sign_off) == "syndication note"
    story = (
        "Reporting by local radio stations (Harbour FM and Kestrel Radio) suggested that more than forty families "
        "had fled Tarvo before the army arrived on Sunday."
    )
    assert classify_chrome_line(story) is None


def test_a_translators_note_standing_as_a_paragraph_is_chrome() -> None:
    note = (
        "Translator's note: The river is also spelled Velka in some English-language sources. The agency did not "
        "give the text of the accord."
    )
    assert classify_chrome_line(note) == "disclaimer"
    assert classify_chrome_line("Translator’s note: names are transliterated as in the original.") == "disclaimer"
    story = "The translator's notes, seized at the border, were handed to the court in Tarvo on Monday."
    assert classify_chrome_line(story) is None


def test_a_share_row_carrying_the_page_tools_is_a_share_widget() -> None:
    row = "Share: Facebook | X | Telegram | Email | Print | 8 comments | Listen (3 min)"
    assert is_social_row(row)
    assert classify_chrome_line(row) == "share widget"
    assert classify_chrome_line("Share on: Facebook | X | WhatsApp | Print | A+ A-") == "share widget"
    # One network is not a share row, and a sentence among the items is a story line.
    assert not is_social_row("Facebook | 3 comments")
    assert classify_chrome_line("Facebook | X posts about the raid drew 22 comments, the police said.") is None


def test_a_row_of_labelled_fields_is_a_date_line_stamped_by_its_posted_field() -> None:
    row = "Item ID: HM-2031-02-11-0042 | Source language: Ostlandic | Posted: 3 May 2031, 09:10 GMT | Desk: Tarvo"
    assert labelled_stamp(row) == "Posted: 3 May 2031, 09:10 GMT"
    assert classify_chrome_line(row) == "dateline"
    # Fields without a publication stamp, and a story sentence with a bar in it, are no stamp.
    assert labelled_stamp("Item ID: HM-0042 | Source language: Ostlandic | Desk: Tarvo") is None
    assert labelled_stamp("Posted: 3 May 2031 | the council met in Tarvo and voted to close the port") is None


def test_an_iso_date_is_not_read_out_of_a_longer_item_number() -> None:
    line = "Item no. KMD-TR-2031-05-1147 | Language of original: Ostlandic"
    assert parse_date(line) is None
    assert classify_chrome_line(line) is None
    assert parse_date("Filed 2031-05-11 by the Tarvo desk") == "2031-05-11"


def test_two_labelled_fields_one_a_qualified_publication_stamp_are_a_date_line() -> None:
    row = "Original time stamp: 03.05.2031, 08:52 (Tarvo) | Translation posted: 3 May 2031, 09:40 GMT"
    assert labelled_stamp(row) == "Translation posted: 3 May 2031, 09:40 GMT"
    assert classify_chrome_line(row) == "dateline"
    assert labelled_stamp("Original time stamp: 03.05.2031, 08:52 | Source language: Ostlandic") is None


def test_a_row_opening_with_its_posted_field_is_a_date_line_stamped_by_its_date() -> None:
    posted = "Posted by Newsroom | Tuesday, 6 May 2031 | 07:10 | Updated 11:25 | Reporter: Ana Roe"
    assert row_stamp(posted) == "Tuesday, 6 May 2031"
    assert classify_chrome_line(posted) == "dateline"
    published = "Published 21 April 2031 | Download PDF (1.1 MB) | Subscribe to the weekly digest | Share: X · Email"
    assert row_stamp(published) == "Published 21 April 2031"
    assert classify_chrome_line(published) == "dateline"
    # A date bar with the weather gives the day the page was read, and a row not opened by the label is left alone.
    assert row_stamp("Friday, 9 October 2031 | Tarvo 33°C | Norvik 31°C | Vell 30°C") is None
    assert row_stamp("Tarvo | Published 3 May 2031, 07:48 | Updated 3 May 2031, 10:02") is None
    assert row_stamp("Posted: 3 May 2031 | the council met in Tarvo on Monday and voted to close the port.") is None


def test_a_sponsors_line_over_a_bulletin_is_an_advertisement() -> None:
    sponsor = "This bulletin is brought to you by Tarvo Hardware - cement, roofing iron, solar kits. Next to the ferry."
    assert classify_chrome_line(sponsor) == "advertisement"
    assert classify_chrome_line("Brought to you by Kestrel Seeds - maize and sorghum at farm-gate prices.") == (
        "advertisement"
    )
    story = "Aid brought to Tarvo by the convoy was handed out to 300 families on Monday, the council said."
    assert classify_chrome_line(story) is None


def test_a_long_bracketed_translators_note_is_chrome() -> None:
    note = (
        "[Translator's note: Casualty figures are as given in the original statement and have not been checked by "
        "the Harbour Monitor. Place names are transliterated from Ostlandic; the Kestrel form \"Norvika\" is kept "
        "where the original quotes Kestrel sources.]"
    )
    assert len(note) > 200
    assert classify_chrome_line(note) == "syndication note"
    story = "[The ferry line was closed in 2029.] The ministers met in Tarvo on Monday, the agency said."
    assert classify_chrome_line(story) is None


def test_a_label_of_more_stories_over_a_run_of_headlines_is_a_teaser() -> None:
    assert classify_chrome_line("MORE LOCAL NEWS: Tarvo taxi rank delayed | Clinic gets new ambulance | Vell win") == (
        "teaser link"
    )
    assert classify_chrome_line("More Tarvo Nius: Lagoon clean-up this weekend | Bridge works resume") == "teaser link"
    assert classify_chrome_line("More than 300 people: that is how many fled Tarvo on Monday, the council said.") is None


def test_a_community_noticeboard_written_as_one_word_is_a_teaser() -> None:
    board = "COMMUNITY NOTICEBOARD: Found - ID book, collect at reception | Farmers' meeting Saturday 10:00 at the hall"
    assert classify_chrome_line(board) == "teaser link"


def test_a_sites_account_bar_is_navigation() -> None:
    assert classify_chrome_line("Search... | Sign in | Subscribe to E-Paper (T1,500/month)") == "navigation"
    assert classify_chrome_line("Sign in | Register") == "navigation"
    # A caption with its credit behind a bar is no account bar.
    assert classify_chrome_line("Boats in Tarvo harbour on Monday. | Sign in") is None


def test_a_record_opened_by_an_item_number_without_a_colon_is_stamped_by_its_posted_field() -> None:
    row = (
        "Item TM-OS-20310503-007 | Source language: Ostlandic | Posted: 03.05.2031 09:10 (Tarvo time)"
        " | Translator: A.K. | Priority: routine"
    )
    assert labelled_stamp(row) == "Posted: 03.05.2031 09:10 (Tarvo time)"
    assert classify_chrome_line(row) == "dateline"
    # The item number alone is no row of fields, and words without a code are no item number.
    assert labelled_stamp("Item TM-OS-20310503-007 | Posted: 03.05.2031 09:10") is None
    assert labelled_stamp("Item of note from Tarvo | Source language: Ostlandic | Posted: 3 May 2031") is None


def test_a_row_of_reading_time_and_share_count_is_chrome() -> None:
    assert classify_chrome_line("Reading time: 3 min | 2.4k shares") is not None
    assert classify_chrome_line("6 min read | 310 shares") is not None
    # A story sentence with a bar in it stays.
    assert classify_chrome_line("Reading time: 3 min | the ferry to Tarvo was late again on Monday.") is None
