"""Analyst corrections change the knowledge base now and keep holding for later reports and rebuilds."""

import pytest
from kb_builders import Reports, day, event, organization, person

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
