"""Which outlet a report comes from when it has no address, and which reports copy or quote one another.

Invented outlets and reports only: a flat page is known by its masthead ("site name" in
`Article.removed`) or by the agency its wire dateline credits; a masthead page carrying an agency's
dateline is that agency's copy; an outlet retelling "Coastline Wire reported…" counts with Coastline Wire.
"""

from __future__ import annotations

from kb_builders import day, event, organization, person, place

from wirewatch.knowledge.build import ReportOrigin, report_origins
from wirewatch.knowledge.corrections import rebuild_knowledge
from wirewatch.knowledge.queries import get_event
from wirewatch.knowledge.store import SqliteStore
from wirewatch.knowledge.syndication import (
    article_outlet,
    cites_outlet,
    dateline_agency,
    declared_origin,
    filed_under_name,
    masthead_of,
    same_outlet,
)
from wirewatch.model import Analysis, Article, Page, RemovedBlock, SourceLink

WIRE_STORY = (
    "PORTO NERI, March 4 (Coastline Wire) - Dockworkers in Porto Neri walked off the job on Monday over unpaid "
    "wages, halting grain shipments through the southern terminal, union officials said."
)


def flat_article(
    body: str, *, masthead: str | None = None, title: str | None = None, attributions: tuple[str, ...] = ()
) -> Article:
    removed = (RemovedBlock(masthead, "site name"),) if masthead else ()
    return Article(title, (body,), removed=removed, attributions=attributions)


# ---------------------------------------------------------------- where an article appeared


def test_masthead_is_the_site_name_without_its_edition_label():
    article = flat_article("Story.", masthead="LA VOZ DEL PÁRAMO · English edition")
    assert masthead_of(article) == "LA VOZ DEL PÁRAMO"


def test_masthead_cut_from_a_page_title_loses_its_separator_and_a_host_reads_as_one():
    assert (
        masthead_of(flat_article("Story.", masthead="| Valmora Ledger Weekend")) == "Valmora Ledger Weekend"
    )
    assert (
        masthead_of(flat_article("Story.", masthead="- www.Valmora-Ledger.example"))
        == "valmora-ledger.example"
    )


def test_a_site_name_of_only_label_words_is_no_masthead():
    assert masthead_of(flat_article("Story.", masthead="WORLD NEWS · Latest")) is None
    assert masthead_of(flat_article("Story.", masthead="Northland Daily News")) == "Northland Daily News"


def test_other_removed_blocks_are_no_masthead():
    article = Article(None, ("Story.",), removed=(RemovedBlock("Politics", "section label"),))
    assert masthead_of(article) is None


def test_dateline_agency_in_capitals_ordinary_case_and_with_country_and_date():
    assert dateline_agency(WIRE_STORY) == "Coastline Wire"
    assert (
        dateline_agency("VALMORA, Northland, April 9 (Harbour Press Service) — Text.")
        == "Harbour Press Service"
    )
    assert dateline_agency("Valmora, Northland (NPA) — Text.") == "NPA"
    assert dateline_agency("SÃO TOMÉ, 3 de abril (Agência Equador) – Texto.") == "Agência Equador"


def test_text_that_is_no_dateline_credits_no_agency():
    assert dateline_agency("The minister said on Monday that talks (in Valmora) - would resume.") is None
    assert dateline_agency("BREAKING (Video) - Dockworkers walk out.") is None
    assert dateline_agency("PORTO NERI - Dockworkers walked out on Monday.") is None


def test_a_brief_filed_under_an_outlets_name_is_that_outlets():
    assert filed_under_name("Coastline Wire brief") == "Coastline Wire"
    assert filed_under_name("Harbour Post Bulletin") == "Harbour Post"
    assert filed_under_name("Morning Briefing") is None
    assert filed_under_name("the harbour brief") is None
    assert filed_under_name("Dockworkers walk out, officials brief") is None


def test_outlet_prefers_address_then_masthead_then_dateline_then_brief_title():
    with_url = Article(None, (WIRE_STORY,), url="https://www.valmora-ledger.example/a", removed=(
        RemovedBlock("Harbour Post", "site name"),))  # fmt: skip
    assert article_outlet(with_url) == "valmora-ledger.example"
    assert article_outlet(flat_article(WIRE_STORY, masthead="Harbour Post")) == "Harbour Post"
    assert article_outlet(flat_article(WIRE_STORY, title="Coastline Wire brief")) == "Coastline Wire"
    assert (
        article_outlet(flat_article("A week after the walkout…", title="Coastline Wire brief"))
        == "Coastline Wire"
    )
    assert article_outlet(flat_article("Dockworkers walked out.", title="Dockworkers walk out")) is None


# ---------------------------------------------------------------- what an article says it copies


def test_a_masthead_page_carrying_an_agency_dateline_is_the_agencys_copy():
    assert declared_origin(flat_article(WIRE_STORY, masthead="Harbour Post")) == "Coastline Wire"
    # The agency's own story: its dateline is its outlet, not a copy of anyone.
    assert declared_origin(flat_article(WIRE_STORY)) is None


def test_an_outlet_crediting_itself_in_short_declares_no_copy():
    story = "VALMORA (Ledger) - The council met on Monday."
    assert declared_origin(flat_article(story, masthead="Valmora Ledger")) is None
    assert declared_origin(Article(None, (story,), url="https://ledger.example/x")) is None


def test_first_published_and_republished_name_the_origin():
    assert (
        declared_origin(
            flat_article("Story.", attributions=("This article was first published by Harbour Post.",))
        )
        == "Harbour Post"
    )
    assert (
        declared_origin(flat_article("Story.", attributions=("Republished from the Valmora Ledger.",)))
        == "Valmora Ledger"
    )
    assert (
        declared_origin(flat_article("Story.", attributions=("It first appeared in Harbour Post",)))
        == "Harbour Post"
    )


def test_an_unnamed_wire_feed_is_no_declared_origin():
    line = "This story was published from a wire agency feed without modifications to the text."
    assert (
        declared_origin(
            flat_article("Story without dateline.", masthead="Harbour Post", attributions=(line,))
        )
        is None
    )
    # …and does not hide the agency the dateline names.
    assert (
        declared_origin(flat_article(WIRE_STORY, masthead="Harbour Post", attributions=(line,)))
        == "Coastline Wire"
    )


# ---------------------------------------------------------------- comparing outlet names


def test_outlet_names_compare_folded_without_a_leading_article():
    assert same_outlet("EL PÁRAMO HOY", "Páramo Hoy")
    assert same_outlet("Coastline Wire", "coastline wire")
    assert same_outlet("Coastline Wire", "Coastline Wire Service")
    assert not same_outlet("Coastline Wire", "Coastline Observer")
    assert not same_outlet("Times", "Times Herald")
    assert same_outlet("Harbour Post", "harbourpost.example")
    assert same_outlet("The Harbour Post newspaper", "harbourpost.example")
    assert not same_outlet("Harbour Observer", "harbour-post.example")
    assert not same_outlet("harbourpost.example", "valmora-ledger.example")


def test_an_attribution_cites_an_outlet_by_its_whole_name():
    assert cites_outlet("Northland news agency Coastline Wire", "Coastline Wire")
    assert cites_outlet("the Harbourpost newspaper", "harbourpost.example")
    assert not cites_outlet("Coastline", "Coastline Wire")
    assert not cites_outlet("Rafael Ostrova", "Coastline Wire")


def test_a_one_word_agency_is_cited_as_itself_not_inside_another_name():
    assert cites_outlet("the NPA news agency", "NPA")
    assert cites_outlet("NPA", "NPA")
    assert not cites_outlet("Ole Brandt", "OLE")


def test_a_persons_name_never_matches_a_web_address_stem():
    assert cites_outlet("Ahmed Karimov", "ahmedabad-mirror.example")
    assert not cites_outlet("Ahmed Karimov", "ahmedabad-mirror.example", by_host=False)
    assert cites_outlet("news agency Coastline Wire", "Coastline Wire", by_host=False)


def test_a_web_address_spelled_from_a_names_initials_and_words_is_that_outlet():
    # Each word of the name, after its article, gives its initial or itself, in order.
    assert same_outlet("The New York Times", "nytimes.com")
    assert same_outlet("nytimes.com", "New York Times")
    assert same_outlet("The Wall Street Journal", "wsj.com")
    assert same_outlet("Financial Times", "ft.com")
    assert same_outlet("British Broadcasting Corporation", "bbc.co.uk")
    assert same_outlet("The Financial Times newspaper", "ft.com")
    # …and the existing whole-name spellings still hold.
    assert same_outlet("Al Jazeera", "aljazeera.net")
    assert same_outlet("The Guardian", "theguardian.com")


def test_a_spelled_address_uses_every_word_and_no_chance_letter():
    assert not same_outlet("New York Times", "nyt-magazine.example")
    assert not same_outlet("New York Times", "ny.example")  # "Times" left unspelled
    assert not same_outlet("New York", "nytimes.com")  # letters the name does not give
    assert not same_outlet("Times", "t.co")  # a one-letter stem never matches
    assert not same_outlet("Guardian", "g.example")
    assert not same_outlet("Times", "ti.example")  # a one-word name is the whole stem or nothing
    assert not same_outlet("Gulf Observer", "gulf-news.example")
    assert not same_outlet("Gulf Observer", "gulfnews.example")
    assert not same_outlet("Wall Street Journal", "jsw.example")  # the words in their order


def test_an_attribution_cites_an_address_its_name_spells():
    assert cites_outlet("The New York Times", "nytimes.com")
    assert cites_outlet("the Financial Times newspaper", "ft.com")
    assert not cites_outlet("New York", "nytimes.com")
    # A name read as a person's never matches a web address, however it is spelled ("Fatima Tahir" ↛ ft).
    assert not cites_outlet("Fatima Tahir", "ft.com", by_host=False)
    assert not cites_outlet("The New York Times", "nytimes.com", by_host=False)


def test_a_dateline_naming_the_address_of_its_own_page_declares_no_copy():
    story = "NEW YORK (New York Times) - The council met on Monday."
    assert declared_origin(Article(None, (story,), url="https://www.nytimes.com/x")) is None
    assert declared_origin(Article(None, (story,), url="https://harbourpost.example/x")) == "New York Times"


# ---------------------------------------------------------------- origins of an event's reports


def origin(report_id: int, outlet: str | None, *, declared: str | None = None, sketch: str = "",
           cited: tuple[str, ...] = (), people: tuple[str, ...] = ()) -> ReportOrigin:  # fmt: skip
    return ReportOrigin(
        report_id, report_id, outlet, declared, sketch or f"{report_id:x}", cited, frozenset(), people
    )


def test_a_syndicated_copy_counts_with_the_agency_it_copies():
    origins = report_origins(
        [origin(1, "Coastline Wire"), origin(2, "Harbour Post", declared="Coastline Wire")]
    )
    assert len(set(origins.values())) == 1


def test_an_outlet_quoting_another_counts_with_it_even_when_the_source_was_read_as_a_person():
    quoting = origin(3, "Valmora Ledger", people=("Northland news agency Coastline Wire",))
    origins = report_origins([origin(1, "Coastline Wire"), origin(2, "Harbour Post"), quoting])
    assert origins[3] == origins[1] and len(set(origins.values())) == 2


def test_a_copy_declaring_a_described_outlet_counts_with_it():
    copy = origin(2, "Valmora Ledger", declared="Northland daily Harbour Post")
    origins = report_origins([origin(1, "Harbour Post"), copy])
    assert origins[1] == origins[2] == "Harbour Post"


def test_an_outlet_quoting_a_named_organization_outlet_counts_with_it():
    quoting = origin(2, None, cited=("Harbour Post",))
    origins = report_origins([origin(1, "Harbour Post"), quoting])
    assert origins[1] == origins[2] == "Harbour Post"


def test_quoting_an_agency_counts_with_the_copies_that_declare_it():
    copy = origin(1, "Harbour Post", declared="Coastline Wire")
    quoting = origin(2, "Valmora Ledger", people=("Coastline Wire",))
    assert len(set(report_origins([copy, quoting]).values())) == 1


def test_a_report_on_an_outlets_address_and_one_quoting_its_name_are_one_source():
    hosted = origin(1, "nytimes.com")
    quoting = origin(2, "Valmora Ledger", cited=("The New York Times",))
    copy = origin(3, "Harbour Post", declared="The New York Times")
    independent = origin(4, "Coastline Wire")
    origins = report_origins([hosted, quoting, copy, independent])
    assert origins[1] == origins[2] == origins[3] != origins[4]


def test_reports_of_one_outlet_count_once_however_its_name_is_written():
    origins = report_origins(
        [origin(1, "EL PÁRAMO HOY"), origin(2, "El Páramo Hoy"), origin(3, "Coastline Wire")]
    )
    assert len(set(origins.values())) == 2


def test_independent_outlets_stay_apart():
    origins = report_origins([origin(1, "Coastline Wire"), origin(2, "Harbour Post"), origin(3, None)])
    assert len(set(origins.values())) == 3


# ---------------------------------------------------------------- in the store


def _store_flat(
    store: SqliteStore, number: int, article: Article, sources: tuple[SourceLink, ...] = ()
) -> int:
    """Store an invented flat-text report of the dockworkers' walkout, analysed by hand."""
    analysis = Analysis(
        entities=(person("e1", "Lina Varga", affiliations=["e2"]), organization("e2", "Porto Neri Dockers Union"),
                  place("e3", "Porto Neri")),
        events=(event("v1", "PROTEST", [("e2", "source")], mode="strike", when=day("2024-03-04"), at="e3",
                      sources=sources),),
    )  # fmt: skip
    page = Page(f"walkout-{number}.txt", "text", f"{article.text} {number}")
    return store.add_analyzed(page, article, analysis).article_id


def test_flat_reports_count_by_masthead_dateline_copy_and_quote(store: SqliteStore):
    wire = _store_flat(store, 1, flat_article(WIRE_STORY))
    copy = flat_article(WIRE_STORY + " Related: ferry timetables.", masthead="Harbour Post · Online")
    _store_flat(store, 2, copy)
    own = "Dockworkers at the southern terminal of Porto Neri stopped work on Monday, the union said, over wages."
    _store_flat(store, 3, flat_article(own, masthead="Valmora Ledger"))
    quote = (
        "Coastline Wire reported that the Porto Neri dockworkers had stopped work on Monday over unpaid pay."
    )
    _store_flat(store, 4, flat_article(quote, masthead="Northland Evening Review"),
                (SourceLink("Northland news agency Coastline Wire", "person", 0, 35),))  # fmt: skip
    brief = "A week after the walkout in Porto Neri, dockworkers held a second stoppage in the northern yard."
    _store_flat(store, 5, flat_article(brief, title="Coastline Wire brief"))
    event_id = store.connection.execute(
        "SELECT event_id FROM reports WHERE article_id = ?", (wire,)
    ).fetchone()[0]
    detail = get_event(store, event_id)
    assert detail.event.reports == 5
    assert detail.event.corroboration == 2
    assert set(detail.origins) == {"Coastline Wire", "Valmora Ledger"}


def test_a_report_quoting_an_outlet_by_name_adds_no_source_to_its_own_report_on_the_web(store: SqliteStore):
    own = "Dockworkers at the southern terminal of Porto Neri stopped work on Monday, the union said, over wages."
    hosted = Article(None, (own,), url="https://www.nytimes.com/2024/03/04/world/porto-neri-strike.html")
    first = _store_flat(store, 1, hosted)
    quote = "The New York Times reported that the Porto Neri dockworkers had stopped work on Monday over pay."
    _store_flat(store, 2, flat_article(quote, masthead="Valmora Ledger"),
                (SourceLink("The New York Times", "media", 0, 18),))  # fmt: skip
    event_id = store.connection.execute(
        "SELECT event_id FROM reports WHERE article_id = ?", (first,)
    ).fetchone()[0]
    detail = get_event(store, event_id)
    assert (detail.event.reports, detail.event.corroboration) == (2, 1)


def test_a_rebuild_fills_in_the_outlet_of_reports_stored_without_one(store: SqliteStore):
    article_id = _store_flat(store, 1, flat_article(WIRE_STORY, masthead="Harbour Post"))
    # As a store written before mastheads and datelines named an outlet holds it.
    store.connection.execute("UPDATE analyses SET outlet = NULL, declared_origin = NULL")
    store.connection.commit()
    rebuild_knowledge(store)
    row = store.connection.execute(
        "SELECT outlet, declared_origin FROM analyses WHERE article_id = ?", (article_id,)
    ).fetchone()
    assert tuple(row) == ("Harbour Post", "Coastline Wire")
