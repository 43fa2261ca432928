"""One actor per person or organization across reports; namesakes apart; every merge with its reason."""

from kb_builders import Reports, day, event, organization, person

from wirewatch.knowledge.queries import find_actor


def test_spelling_variants_across_reports_are_one_actor(reports: Reports):
    first = reports.add(url="https://alpha-wire.example/a", published="2022-05-04", entities=[
        person("e1", "Ismail Haniyeh", aliases=["Haniyeh"], affiliations=["e2"], roles=["leader of Hamas"]),
        organization("e2", "Hamas"),
    ])  # fmt: skip
    ids = {reports.actor_of(first.article_id, "e1")}
    for number, spelling in enumerate(["Haniya", "Haniye", "Hanieh", "Ismail Haniya"], start=2):
        stored = reports.add(url=f"https://outlet{number}.example/x", published="2022-05-05", entities=[
            person("e1", spelling, affiliations=["e2"]), organization("e2", "Hamas"),
        ])  # fmt: skip
        ids.add(reports.actor_of(stored.article_id, "e1"))
    assert len(ids) == 1
    match = find_actor(reports.store, "Hanieh")
    assert match.actor is not None and match.actor.name == "Ismail Haniyeh"
    assert {"Haniya", "Haniye", "Hanieh"} <= set(match.actor.aliases)
    assert not match.ambiguous
    reason = reports.store.connection.execute("SELECT reason FROM entities WHERE name = 'Hanieh'").fetchone()[
        0
    ]
    assert "spelling variant" in reason and "shared affiliation" in reason


def test_partial_name_and_title_join_the_full_name(reports: Reports):
    first = reports.add(url="https://a.example/1", published="2022-01-02", entities=[
        person("e1", "Zabihullah Mujahid", roles=["the Taliban spokesman"], affiliations=["e2"]),
        organization("e2", "Taliban"),
    ])  # fmt: skip
    second = reports.add(url="https://b.example/2", published="2022-01-03", entities=[
        person("e1", "Spokesman Mujahed", roles=["the Taliban's deputy information minister"], affiliations=["e2"]),
        organization("e2", "the Taliban"),
    ])  # fmt: skip
    assert reports.actor_of(first.article_id, "e1") == reports.actor_of(second.article_id, "e1")
    assert reports.actor_of(first.article_id, "e2") == reports.actor_of(second.article_id, "e2")


def test_namesakes_with_different_affiliations_stay_apart(reports: Reports):
    banker = reports.add(url="https://finance.example/1", published="2023-03-01", entities=[
        person("e1", "Omar Khalid", roles=["chief executive"], affiliations=["e2"]),
        organization("e2", "Northgate Bank"),
    ])  # fmt: skip
    commander = reports.add(url="https://front.example/2", published="2023-03-02", entities=[
        person("e1", "Omar Khalid", roles=["militia commander"], affiliations=["e2"]),
        organization("e2", "Eastern Shield Brigade"),
    ])  # fmt: skip
    first, second = reports.actor_of(banker.article_id, "e1"), reports.actor_of(commander.article_id, "e1")
    assert first != second
    link = reports.store.connection.execute("SELECT reason FROM actor_links").fetchone()
    assert link is not None and "different affiliations" in link[0]
    again = reports.add(url="https://finance.example/3", published="2023-04-01", entities=[
        person("e1", "Omar Khalid", affiliations=["e2"]), organization("e2", "Northgate Bank"),
    ])  # fmt: skip
    assert reports.actor_of(again.article_id, "e1") == first
    match = find_actor(reports.store, "Omar Khalid")
    assert match.ambiguous and {c.id for c in match.candidates} == {first, second}


def test_bare_surname_shared_by_two_people_is_not_guessed(reports: Reports):
    for number, (full, org) in enumerate(
        [("Lena Okafor", "Harbour Union"), ("Daniel Okafor", "Grain Council")]
    ):
        reports.add(url=f"https://s{number}.example/", published="2021-06-01", entities=[
            person("e1", full, affiliations=["e2"]), organization("e2", org),
        ])  # fmt: skip
    bare = reports.add(url="https://t.example/", published="2021-06-02", entities=[person("e1", "Okafor")])
    alone = reports.actor_of(bare.article_id, "e1")
    full_ids = {
        row[0] for row in reports.store.connection.execute("SELECT id FROM actors WHERE name LIKE '% Okafor'")
    }
    assert alone not in full_ids
    links = {
        row[0]
        for row in reports.store.connection.execute(
            "SELECT b FROM actor_links WHERE a IN (?, ?, ?)", (*full_ids, alone)
        )
    }
    assert links  # kept as possibly the same, not merged


def test_person_and_organization_never_merge(reports: Reports):
    one = reports.add(
        url="https://a.example/", published="2020-01-01", entities=[organization("e1", "Hamid")]
    )
    two = reports.add(url="https://b.example/", published="2020-01-02", entities=[person("e1", "Hamid")])
    assert reports.actor_of(one.article_id, "e1") != reports.actor_of(two.article_id, "e1")


def test_changes_name_created_and_updated_actors_and_events(reports: Reports):
    first = reports.add(
        url="https://a.example/",
        published="2022-05-04",
        entities=[
            person("e1", "Amir Khan Muttaqi"),
            person("e2", "Ismail Haniyeh"),
        ],
        events=[
            event(
                "v1",
                "CONSULT",
                [("e1", "participant"), ("e2", "participant")],
                when=day("2022-05-03"),
                mode="call",
            )
        ],
    )
    assert len(first.changes.created_actors) == 2 and len(first.changes.created_events) == 1
    second = reports.add(
        url="https://b.example/",
        published="2022-05-05",
        entities=[
            person("e1", "Amir Khan Muttaki"),
            person("e2", "Ismail Haniya"),
        ],
        events=[
            event(
                "v1",
                "CONSULT",
                [("e1", "participant"), ("e2", "participant")],
                when=day("2022-05-03"),
                mode="call",
            )
        ],
    )
    assert second.changes.created_actors == () and second.changes.created_events == ()
    assert set(second.changes.updated_actors) == set(first.changes.created_actors)
    assert second.changes.updated_events == first.changes.created_events


def test_acronyms_and_place_suffixes_find_the_known_actor(reports: Reports):
    from kb_builders import place

    first = reports.add(url="https://a.example/", published="2024-06-05", entities=[
        organization("e1", "Islamic State West Africa Province"), place("e2", "Borno State"),
    ])  # fmt: skip
    second = reports.add(url="https://b.example/", published="2024-06-06", entities=[
        organization("e1", "ISWAP fighters"), place("e2", "Borno"),
    ])  # fmt: skip
    assert reports.actor_of(first.article_id, "e1") == reports.actor_of(second.article_id, "e1")
    assert reports.actor_of(first.article_id, "e2") == reports.actor_of(second.article_id, "e2")


def test_two_namesakes_in_one_report_are_two_actors_and_the_known_one_goes_to_who_fits_it(reports: Reports):
    known = reports.add(url="https://a.example/1", published="2024-06-05", entities=[
        person("e1", "Omar Khalid", roles=["police spokesman"], affiliations=["e2"]),
        organization("e2", "Tarvo police"),
    ])  # fmt: skip
    both = reports.add(url="https://b.example/2", published="2024-06-06", entities=[
        person("e1", "Omar Khalid", roles=["rebel founder"]),
        organization("e2", "Tarvo police"),
        person("e3", "Omar Khalid", roles=["police spokesman"], affiliations=["e2"]),
    ])  # fmt: skip
    founder, spokesman = reports.actor_of(both.article_id, "e1"), reports.actor_of(both.article_id, "e3")
    assert founder != spokesman
    assert spokesman == reports.actor_of(known.article_id, "e1")
