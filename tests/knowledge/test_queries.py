"""The analyst's questions, answered with evidence and paged."""

import pytest
from kb_builders import Reports, day, event, organization, person, place, quote, resolved_place

from wirewatch.errors import InputError, NotFoundError
from wirewatch.knowledge.queries import (
    actor_candidates,
    actor_profile,
    events_in_bbox,
    find_actor,
    get_article,
    quotes_by,
    relation,
    search_articles,
    search_events,
    timeline,
)


@pytest.fixture
def history(reports: Reports) -> Reports:
    """The Taliban–Hamas contacts of an invented year, told by several outlets."""
    contacts = [
        ("2021-03-02", "CONSULT", "call", "Kandor", 34.5, 69.2, 7001),
        ("2021-06-15", "CONSULT", "meet", "Istanbul", 41.01, 28.97, 745044),
        ("2021-09-09", "AGREE", None, "Doha", 25.29, 51.53, 290030),
    ]
    for number, (when, kind, mode, town, lat, lon, geonameid) in enumerate(contacts):
        reports.add(
            url=f"https://outlet{number}.example/story", published=when, title=f"Contact in {town}",
            text=Reports.filler(100 + number) + f" Delegations met in {town}.",
            entities=[
                person("e1", "Zabihullah Mujahid" if number != 1 else "Mujahed", affiliations=["e2"],
                       roles=["the Taliban spokesman" if number == 0 else "deputy information minister"]),
                organization("e2", "Taliban"), person("e3", "Ismail Haniyeh", affiliations=["e4"]),
                organization("e4", "Hamas"), place("e5", town),
            ],
            places=[resolved_place("e5", town, lat, lon, geonameid)],
            events=[event("v1", kind, [("e1", "source"), ("e3", "target")], when=day(when), mode=mode, at="e5")],
            quotes=[quote(f"We spoke about {town}.", "e1", "Mujahid")],
        )  # fmt: skip
    return reports


def test_actor_card_and_profile(history: Reports):
    match = find_actor(history.store, "Mujahid")
    assert match.actor is not None and match.actor.name == "Zabihullah Mujahid" and not match.ambiguous
    card = match.actor
    assert "Mujahed" in card.aliases
    assert {a.name for a in card.affiliations} == {"Taliban"}
    assert [a.name for a in card.counterparts] == ["Ismail Haniyeh"]
    assert [e.date for e in card.events] == ["2021-09-09", "2021-06-15", "2021-03-02"]
    profile = actor_profile(history.store, card.id)
    assert [(r.published, r.text) for r in profile.roles][0] == ("2021-03-02", "the Taliban spokesman")
    assert profile.articles == 3 and profile.first_seen == "2021-03-02" and profile.last_seen == "2021-09-09"
    assert profile.affiliations[0].articles == 3
    assert len(profile.merges) == 3 and profile.merges[1].reason


def test_unknown_names_are_reported_not_guessed(history: Reports):
    assert find_actor(history.store, "Nobody Atall").actor is None
    with pytest.raises(NotFoundError):
        quotes_by(history.store, "Nobody Atall")
    with pytest.raises(NotFoundError):
        quotes_by(history.store, str(2**63))  # past SQLite's integer range: no such actor, not an overflow


def test_relation_over_time_with_evidence(history: Reports):
    a = find_actor(history.store, "Mujahid").actor
    b = find_actor(history.store, "Haniya").actor
    result = relation(history.store, a.id, b.id)
    assert [item.event.date for item in result.events.items] == ["2021-03-02", "2021-06-15", "2021-09-09"]
    assert result.types == {"CONSULT": 2, "AGREE": 1}
    report = result.events.items[0].reports[0]
    assert report.evidence[0].article_id == report.article_id and report.outlet == "outlet0.example"
    assert relation(history.store, a.id, b.id, limit=1, offset=2).events.items[0].event.type == "AGREE"


def test_event_filters_and_paging(history: Reports):
    assert search_events(history.store, type="consult").total == 2
    assert search_events(history.store, since="2021-06-01", until="2021-06-30").items[0].place == "Istanbul"
    assert search_events(history.store, place="Doha").items[0].type == "AGREE"
    assert search_events(history.store, near=(41.0, 29.0, 50)).items[0].place == "Istanbul"
    assert search_events(history.store, near=(0.0, 0.0, 50)).total == 0
    assert (
        search_events(history.store, actor="Hamas").total == 0
    )  # organizations are affiliations, not actors here
    page = search_events(history.store, actor="Haniyeh", limit=2, offset=1)
    assert page.total == 3 and len(page.items) == 2 and page.items[0].date == "2021-06-15"
    assert [e.place for e in events_in_bbox(history.store, (20, 20, 45, 60)).items] == ["Doha", "Istanbul"]


def test_quotes_search_article_and_timeline(history: Reports):
    quotes = quotes_by(history.store, "Mujahed")
    assert quotes.total == 3 and quotes.items[0].text == "We spoke about Doha."
    assert quotes.items[0].evidence.start == 5
    hits = search_articles(history.store, "delegations Istanbul")
    assert hits.total == 1 and "[Istanbul]" in hits.items[0].snippet
    assert search_articles(history.store, 'AND OR "(').total == 0
    detail = get_article(history.store, hits.items[0].article_id)
    assert detail.analysis is not None and detail.analysis.entities[0].id == "e1"
    assert set(detail.actors) == {"e1", "e2", "e3", "e4", "e5"} and set(detail.events) == {"v1"}
    buckets = timeline(history.store, granularity="month")
    assert [(b.period, b.events) for b in buckets.items] == [("2021-03", 1), ("2021-06", 1), ("2021-09", 1)]
    assert timeline(history.store, granularity="year", type="AGREE").items[0].types == {"AGREE": 1}


def test_a_common_word_stops_counting_and_ranks_the_newest_matches(history: Reports):
    everything = search_articles(history.store, "delegations met")
    assert everything.total == 3 and not everything.total_is_lower_bound
    assert not search_articles(history.store, "delegations met", ranked=3).total_is_lower_bound
    capped = search_articles(history.store, "delegations met", ranked=2)
    assert capped.total == 2 and capped.total_is_lower_bound
    newest = sorted(hit.article_id for hit in everything.items)[-2:]
    assert sorted(hit.article_id for hit in capped.items) == newest
    beyond = search_articles(history.store, "delegations met", ranked=2, offset=2)
    assert beyond.items == () and beyond.total == 2 and beyond.total_is_lower_bound
    assert not search_articles(history.store, "Istanbul", ranked=2).total_is_lower_bound


def test_misspelled_names_are_found_by_similarity(history: Reports):
    match = find_actor(history.store, "Zabihulah Mujahit")
    assert match.actor is not None and match.actor.name == "Zabihullah Mujahid"
    assert match.candidates[0].match == "fuzzy"


def test_timeline_counts_follow_events_through_corrections_and_rebuilds(history: Reports):
    from wirewatch.knowledge.corrections import rebuild_knowledge, split_actor

    def counted() -> int:
        return sum(bucket.events for bucket in timeline(history.store, granularity="day").items)

    def dated() -> int:
        return history.store.connection.execute(
            "SELECT count(*) FROM events WHERE date_start IS NOT NULL"
        ).fetchone()[0]

    assert counted() == dated() == 3
    split_actor(history.store, find_actor(history.store, "Mujahid").actor.id, alias="Mujahed")
    rebuild_knowledge(history.store)
    history.add(url="https://late.example/", published="2021-06-16", entities=[
        person("e1", "Ismail Haniyeh"), person("e2", "Zabihullah Mujahid"),
    ], events=[event("v1", "CONSULT", [("e1", "source"), ("e2", "target")], when=day("2021-06-15"), mode="meet")])  # fmt: skip
    assert counted() == dated()
    assert (
        timeline(history.store, granularity="day", since="2021-06-01", until="2021-06-30").items[0].period
        == "2021-06-15"
    )


def test_year_and_month_bounds_cover_the_whole_period(history: Reports):
    """`--until 2021-06` must include 15 June, not stop at the string "2021-06"."""
    assert [e.date for e in search_events(history.store, until="2021-06").items] == ["2021-06-15", "2021-03-02"]
    assert [e.date for e in search_events(history.store, since="2021-06", until="2021-06").items] == ["2021-06-15"]
    assert [e.date for e in search_events(history.store, until="2021-05").items] == ["2021-03-02"]
    assert len(search_events(history.store, since="2021", until="2021").items) == 3
    assert len(quotes_by(history.store, "Mujahid", until="2021-06").items) == 2
    assert sum(b.events for b in timeline(history.store, until="2021-06").items) == 2
    with pytest.raises(InputError):
        search_events(history.store, until="2021-13")


def test_a_known_alias_beats_a_name_that_only_shares_its_transliteration_key(reports: Reports):
    reports.add(url="https://a.example/1", published="2022-05-04", entities=[
        person("e1", "Ismail Haniyeh", aliases=["Haniya"]), place("e2", "Hanoi"),
    ])  # fmt: skip
    match = find_actor(reports.store, "Haniya")
    assert match.actor is not None and match.actor.name == "Ismail Haniyeh"
    assert not match.ambiguous
    assert find_actor(reports.store, "Hanieh").actor.name == "Ismail Haniyeh"


def test_namesakes_are_ranked_by_articles_and_each_keeps_its_own_aliases(reports: Reports):
    """A surname many actors share: the most reported first, each with its own spellings, capped at `limit`."""
    for number, (first, articles) in enumerate([("Ana", 1), ("Bela", 3), ("Cato", 2)]):
        for copy in range(articles):
            reports.add(url=f"https://n.example/{number}/{copy}", published=f"2022-0{number + 1}-0{copy + 1}",
                        entities=[person("e1", f"{first} Varnes", aliases=[f"{first[0]}. Varnes"]),
                                  organization("e2", f"{first} Guild")])  # fmt: skip
    match = find_actor(reports.store, "Varnes")
    assert [(c.name, c.articles, c.match) for c in match.candidates] == [
        ("Bela Varnes", 3, "partial"), ("Cato Varnes", 2, "partial"), ("Ana Varnes", 1, "partial"),
    ]  # fmt: skip
    assert [c.aliases for c in match.candidates] == [("B. Varnes",), ("C. Varnes",), ("A. Varnes",)]
    assert match.ambiguous and match.actor is not None and match.actor.name == "Bela Varnes"
    assert [c.name for c in actor_candidates(reports.store.connection, "Varnes", limit=2)] == [
        "Bela Varnes", "Cato Varnes",
    ]  # fmt: skip


def test_a_time_window_on_the_map_is_counted_from_an_index_alone(history: Reports):
    """At 100k articles, counting a year through the coordinates index read every event row (~1 s)."""
    statements: list[str] = []
    history.store.connection.set_trace_callback(statements.append)
    page = events_in_bbox(history.store, (-90, -180, 90, 180), since="2021", until="2021")
    history.store.connection.set_trace_callback(None)
    assert page.total == 3 and [e.date for e in page.items] == ["2021-09-09", "2021-06-15", "2021-03-02"]
    (count,) = [statement for statement in statements if statement.startswith("SELECT count(*) FROM events")]
    plan = " ".join(row[3] for row in history.store.connection.execute(f"EXPLAIN QUERY PLAN {count}"))
    assert "COVERING INDEX events_window" in plan, plan
