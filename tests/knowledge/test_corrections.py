"""Analyst corrections change the knowledge base now and keep holding for later reports and rebuilds."""

import pytest
from kb_builders import Reports, day, event, organization, person, place, resolved_place

from wirewatch.errors import NotFoundError, StoreError
from wirewatch.knowledge.corrections import merge_actors, rebuild_knowledge, split_actor
from wirewatch.knowledge.queries import find_actor, get_event


def _nickname_reports(reports: Reports) -> tuple[int, int]:
    full = reports.add(
        url="https://a.example/",
        published="2023-01-01",
        entities=[
            person("e1", "Abdul Rahman Sayed", affiliations=["e2"]),
            organization("e2", "Coastal Alliance"),
            person("e3", "Nadia Firth"),
        ],
        events=[
            event("v1", "CONSULT", [("e1", "participant"), ("e3", "participant")], when=day("2022-12-30"))
        ],
    )
    nickname = reports.add(
        url="https://b.example/",
        published="2023-01-02",
        entities=[
            person("e1", "Abu Yasin"),
            person("e3", "Nadia Firth"),
        ],
        events=[
            event("v1", "CONSULT", [("e1", "participant"), ("e3", "participant")], when=day("2022-12-30"))
        ],
    )
    return reports.actor_of(full.article_id, "e1"), reports.actor_of(nickname.article_id, "e1")


def test_merge_moves_everything_and_survives_new_reports_and_rebuilds(reports: Reports):
    full, nickname = _nickname_reports(reports)
    assert full != nickname
    assert merge_actors(reports.store, full, nickname, note="same man, kunya") == full
    card = find_actor(reports.store, "Abu Yasin").actor
    assert card is not None and card.id == full and "Abu Yasin" in card.aliases
    later = reports.add(
        url="https://c.example/", published="2023-02-01", entities=[person("e1", "Abu Yasin")]
    )
    assert reports.actor_of(later.article_id, "e1") == full
    assert (
        "analyst merge rule"
        in reports.store.connection.execute(
            "SELECT reason FROM entities WHERE article_id = ?", (later.article_id,)
        ).fetchone()[0]
    )
    rebuild_knowledge(reports.store)
    names = {
        row[0]: row[1] for row in reports.store.connection.execute("SELECT name, actor_id FROM entities")
    }
    assert names["Abu Yasin"] == names["Abdul Rahman Sayed"]


def test_split_alias_keeps_those_mentions_apart_from_now_on(reports: Reports):
    stored = [
        reports.add(
            url=f"https://o{n}.example/",
            published="2021-05-0" + str(n + 1),
            entities=[
                person("e1", spelling, affiliations=["e2"]),
                organization("e2", "Hill Farmers Union"),
            ],
        )  # fmt: skip
        for n, spelling in enumerate(["Karim Haddad", "Haddad", "Karim Hadad"])
    ]
    actor = reports.actor_of(stored[0].article_id, "e1")
    assert {reports.actor_of(s.article_id, "e1") for s in stored} == {actor}
    new_actor = split_actor(reports.store, actor, alias="Haddad")
    assert reports.actor_of(stored[1].article_id, "e1") == new_actor
    assert reports.actor_of(stored[2].article_id, "e1") == actor
    again = reports.add(url="https://o9.example/", published="2021-06-01", entities=[
        person("e1", "Haddad", affiliations=["e2"]), organization("e2", "Hill Farmers Union"),
    ])  # fmt: skip
    assert reports.actor_of(again.article_id, "e1") == new_actor
    rebuild_knowledge(reports.store)
    assert reports.actor_of(again.article_id, "e1") != reports.actor_of(stored[0].article_id, "e1")


def test_split_one_mention_moves_its_events_too(reports: Reports):
    first = reports.add(
        url="https://a.example/",
        published="2020-01-01",
        entities=[
            person("e1", "Lucia Verne"),
            person("e2", "Paul Ader"),
        ],
        events=[event("v1", "ACCUSE", [("e1", "source"), ("e2", "target")], when=day("2019-12-31"))],
    )
    second = reports.add(
        url="https://b.example/",
        published="2020-02-01",
        entities=[
            person("e1", "Lucia Verne"),
            person("e2", "Anna Grieg"),
        ],
        events=[event("v1", "PROTEST", [("e1", "source"), ("e2", "target")], when=day("2020-01-30"))],
    )
    actor = reports.actor_of(first.article_id, "e1")
    assert reports.actor_of(second.article_id, "e1") == actor
    new_actor = split_actor(reports.store, actor, mention=(second.article_id, "e1"))
    protest = get_event(reports.store, reports.event_of(second.article_id, "v1")).event
    assert new_actor in {a.actor.id for a in protest.actors} and actor not in {
        a.actor.id for a in protest.actors
    }
    rebuild_knowledge(reports.store)
    assert reports.actor_of(second.article_id, "e1") != reports.actor_of(first.article_id, "e1")


def test_corrections_refuse_what_they_cannot_do(reports: Reports):
    full, _ = _nickname_reports(reports)
    with pytest.raises(StoreError):
        merge_actors(reports.store, full, full)
    with pytest.raises(NotFoundError):
        split_actor(reports.store, full, alias="Nobody Here")
    with pytest.raises(StoreError):
        split_actor(reports.store, full, alias="Abdul Rahman Sayed")


def _shelling_by(reports: Reports, url: str, name: str) -> int:
    stored = reports.add(
        url=url,
        published="2023-03-05",
        entities=[person("e1", name), place("e2", "Velmaro")],
        places=[resolved_place("e2", "Velmaro", 12.4, 28.1, 9301)],
        events=[event("v1", "ASSAULT", [("e1", "source")], mode="shelling", at="e2", when=day("2023-03-04"))],
    )
    return stored.article_id


def _event_groups(reports: Reports) -> set[frozenset[tuple[int, str]]]:
    groups: dict[int, set[tuple[int, str]]] = {}
    for article_id, local_id, event_id in reports.store.connection.execute(
        "SELECT article_id, local_id, event_id FROM reports"
    ):
        groups.setdefault(event_id, set()).add((article_id, local_id))
    return {frozenset(group) for group in groups.values()}


def test_merging_two_actors_joins_the_events_they_were_told_apart_by(reports: Reports):
    full = _shelling_by(reports, "https://a.example/", "Abdul Rahman Sayed")
    nickname = _shelling_by(reports, "https://b.example/", "Abu Yasin")
    first, second = reports.event_of(full, "v1"), reports.event_of(nickname, "v1")
    assert first != second
    merge_actors(reports.store, reports.actor_of(full, "e1"), reports.actor_of(nickname, "e1"))
    assert reports.event_of(full, "v1") == reports.event_of(nickname, "v1") == first
    detail = get_event(reports.store, first)
    assert detail.event.reports == 2
    assert not reports.store.connection.execute("SELECT 1 FROM events WHERE id = ?", (second,)).fetchone()
    told = {report.article_id: report.reason for report in detail.reports}
    assert "1 shared actors" in told[nickname]
    merged = _event_groups(reports)
    rebuild_knowledge(reports.store)
    assert _event_groups(reports) == merged


def test_splitting_an_actor_parts_the_events_only_it_joined(reports: Reports):
    first = _shelling_by(reports, "https://a.example/", "Karim Haddad")
    second = _shelling_by(reports, "https://b.example/", "Karim Haddad")
    event_id = reports.event_of(first, "v1")
    assert reports.event_of(second, "v1") == event_id
    split_actor(reports.store, reports.actor_of(first, "e1"), mention=(second, "e1"))
    assert reports.event_of(first, "v1") == event_id
    assert reports.event_of(second, "v1") != event_id
    assert get_event(reports.store, event_id).event.reports == 1
    parted = _event_groups(reports)
    rebuild_knowledge(reports.store)
    assert _event_groups(reports) == parted


def test_a_split_after_a_merge_still_holds_after_a_rebuild(reports: Reports):
    # The alias is read first, so on a rebuild the full name is the one the old merge rule would pull over.
    nickname = _shelling_by(reports, "https://b.example/", "Abu Yasin")
    full = _shelling_by(reports, "https://a.example/", "Abdul Rahman Sayed")
    keep = merge_actors(reports.store, reports.actor_of(full, "e1"), reports.actor_of(nickname, "e1"))
    assert reports.event_of(full, "v1") == reports.event_of(nickname, "v1")
    split_actor(reports.store, keep, alias="Abu Yasin", note="two men after all")
    assert reports.event_of(full, "v1") != reports.event_of(nickname, "v1")
    parted = _event_groups(reports)
    rebuild_knowledge(reports.store)
    assert reports.actor_of(full, "e1") != reports.actor_of(nickname, "e1")
    assert _event_groups(reports) == parted


def test_a_rebuild_keeps_the_ids_of_actors_and_events_that_are_still_the_same(reports: Reports):
    first, _ = _nickname_reports(reports)
    reports.add(
        url="https://c.example/",
        published="2023-01-03",
        entities=[person("e1", "Nadia Firth"), organization("e2", "Harbour Guild")],
        events=[event("v1", "ACCUSE", [("e1", "source"), ("e2", "target")], when=day("2023-01-02"))],
    )
    connection = reports.store.connection
    # Ids as an older store may hold them: gaps and an order that is not the ingest order.
    connection.execute("PRAGMA defer_foreign_keys = ON")
    for table, columns in (("actors", ("id",)), ("actor_names", ("actor_id",)), ("actor_keys", ("actor_id",)),
                           ("entities", ("actor_id",)), ("event_actors", ("actor_id",)),
                           ("actor_links", ("a", "b"))):  # fmt: skip
        for column in columns:
            connection.execute(f"UPDATE {table} SET {column} = 100 - {column}")
    for table, columns in (("events", ("id",)), ("event_actors", ("event_id",)), ("reports", ("event_id",))):
        for column in columns:
            connection.execute(f"UPDATE {table} SET {column} = {column} + 40")
    connection.commit()

    def ids() -> tuple[dict[str, int], dict[tuple[str, str], int]]:
        actors = dict(connection.execute("SELECT name, actor_id FROM entities"))
        events = {
            (url, local_id): event_id
            for url, local_id, event_id in connection.execute(
                "SELECT a.url, r.local_id, r.event_id FROM reports r JOIN articles a ON a.id = r.article_id"
            )
        }
        return actors, events

    before = ids()
    assert min(before[0].values()) > 90 and min(before[1].values()) > 40
    rebuild_knowledge(reports.store)
    assert ids() == before
    assert find_actor(reports.store, "Abdul Rahman Sayed").actor.id == 100 - first  # type: ignore[union-attr]
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
