"""Entity merges and splits check the watchlists again: new matches alert, known ones update, none repeat."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from invented_reports import actor_of, add_meeting, event_of
from workbench_fixtures import auth, make_app

from wirewatch.knowledge.store import SqliteStore
from wirewatch.serve.alerts import (
    list_alerts,
    match_watchlists,
    merge_actors_with_alerts,
    split_actor_with_alerts,
)
from wirewatch.serve.schema import migrate_serve_schema
from wirewatch.serve.watchlists import WatchlistSpec, create_watchlist, get_watchlist
from wirewatch.serve.webhooks import list_deliveries


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteStore]:
    opened = SqliteStore(tmp_path / "corrections.db")
    migrate_serve_schema(opened)
    yield opened
    opened.close()


def _two_spellings(store: SqliteStore) -> tuple[int, int, int, int, int]:
    """Sayed meets Firth in Doha; weeks later "Abu Yasin" (the same man) meets Firth in Muscat.

    Returns (Sayed's actor, Abu Yasin's actor, Firth's actor, the Doha event, the Muscat event).
    """
    doha = add_meeting(store, 1, ["Abdul Rahman Sayed", "Nadia Firth"], place="Doha", day="2022-12-30")
    muscat = add_meeting(store, 2, ["Abu Yasin", "Nadia Firth"], place="Muscat", day="2023-01-15")
    sayed, yasin, firth = (
        actor_of(store, doha, "e1"),
        actor_of(store, muscat, "e1"),
        actor_of(store, doha, "e2"),
    )
    assert sayed != yasin and actor_of(store, muscat, "e2") == firth
    assert event_of(store, doha) != event_of(store, muscat)
    return sayed, yasin, firth, event_of(store, doha), event_of(store, muscat)


def test_a_merge_that_puts_two_watched_actors_in_one_event_raises_one_alert(store: SqliteStore):
    sayed, yasin, firth, doha, muscat = _two_spellings(store)
    watchlist = create_watchlist(
        store,
        WatchlistSpec(
            name="Sayed and Firth", actors=(sayed, firth), min_actors=2, webhook_url="http://hooks.example/a"
        ),
    )
    assert [alert.event.id for alert in match_watchlists(store, [doha, muscat])] == [doha]

    corrected = merge_actors_with_alerts(store, sayed, yasin, note="kunya")

    assert corrected.actor_id == sayed and corrected.watchlists == ()
    (new_alert,) = corrected.alerts
    assert (new_alert.event.id, new_alert.revision, new_alert.watchlist_id) == (muscat, 1, watchlist.id)
    assert new_alert.reasons == ("actors: Abdul Rahman Sayed, Nadia Firth",)
    assert sorted(alert.event.id for alert in list_alerts(store).items) == [doha, muscat]
    assert [body.alert_id for body in list_deliveries(store).items] == [new_alert.id, new_alert.id - 1]
    # Checked again (a later report of another event, a second look): known alerts are not repeated.
    assert match_watchlists(store, [doha, muscat]) == ()
    assert list_alerts(store).total == 2 and list_deliveries(store).total == 2


def test_merging_a_watched_actor_away_moves_the_watch_to_the_actor_kept(store: SqliteStore):
    sayed, yasin, firth, doha, muscat = _two_spellings(store)
    watched = create_watchlist(
        store, WatchlistSpec(name="Sayed and Firth", actors=(sayed, firth), min_actors=2)
    )
    both = create_watchlist(store, WatchlistSpec(name="either", actors=(sayed, yasin), min_actors=2))
    match_watchlists(store, [doha, muscat])
    assert {alert.event.id for alert in list_alerts(store).items} == {doha}

    # Kept the other way round: the watchlist named the actor merged away, and now names the one kept.
    corrected = merge_actors_with_alerts(store, yasin, sayed)

    assert corrected.actor_id == yasin
    assert get_watchlist(store, watched.id).actors == (yasin, firth)
    assert get_watchlist(store, both.id).actors == (yasin,) and get_watchlist(store, both.id).min_actors == 1
    assert {watchlist.id for watchlist in corrected.watchlists} == {watched.id, both.id}
    alerts = {(alert.watchlist_id, alert.event.id): alert for alert in list_alerts(store).items}
    assert set(alerts) == {(watched.id, doha), (watched.id, muscat), (both.id, doha), (both.id, muscat)}
    # The Doha alert existed and shows the same actors, only renumbered: it is neither repeated nor updated.
    assert alerts[(watched.id, doha)].revision == 1 and alerts[(watched.id, muscat)].revision == 1
    assert {(alert.watchlist_id, alert.event.id) for alert in corrected.alerts} == {
        (watched.id, muscat),
        (both.id, doha),
        (both.id, muscat),
    }


def test_a_split_updates_the_alerts_of_the_events_it_changes(store: SqliteStore):
    doha = add_meeting(store, 1, ["Karim Haddad", "Nadia Firth"], place="Doha", day="2021-05-01")
    muscat = add_meeting(store, 2, ["Karim Hadad", "Nadia Firth"], place="Muscat", day="2021-06-20")
    haddad, firth = actor_of(store, doha, "e1"), actor_of(store, doha, "e2")
    assert actor_of(store, muscat, "e1") == haddad  # one man, two spellings
    watchlist = create_watchlist(store, WatchlistSpec(name="Firth", actors=(firth,)))
    match_watchlists(store, [event_of(store, doha), event_of(store, muscat)])
    before = {alert.event.id: alert for alert in list_alerts(store).items}
    assert before[event_of(store, muscat)].event.actors == ("Karim Haddad", "Nadia Firth")

    corrected = split_actor_with_alerts(store, haddad, mention=(muscat.article_id, "e1"), note="a cousin")

    assert actor_of(store, muscat, "e1") == corrected.actor_id != haddad
    (updated,) = corrected.alerts
    assert updated.event.id == event_of(store, muscat) and updated.revision == 2
    assert updated.watchlist_id == watchlist.id and "Karim Hadad" in updated.event.actors
    assert list_alerts(store).total == 2


def test_an_alerted_event_joined_to_another_by_a_merge_keeps_its_alert_updated_not_repeated(
    store: SqliteStore,
):
    # The same morning in Doha: Sayed meets Firth, and "Abu Yasin" meets Lind; two events until the merge.
    doha = add_meeting(store, 1, ["Abdul Rahman Sayed", "Nadia Firth"], place="Doha", day="2022-12-30")
    other = add_meeting(store, 2, ["Abu Yasin", "Omar Lind"], place="Doha", day="2022-12-30")
    joined_away = event_of(store, other)
    assert joined_away != event_of(store, doha)
    watchlist = create_watchlist(store, WatchlistSpec(name="Lind", actors=(actor_of(store, other, "e2"),)))
    (alert,) = match_watchlists(store, [joined_away])

    merge_actors_with_alerts(store, actor_of(store, doha, "e1"), actor_of(store, other, "e1"))

    assert event_of(store, other) == event_of(store, doha)  # one happening now
    (moved,) = list_alerts(store, watchlist_id=watchlist.id).items
    assert moved.id == alert.id and moved.revision == 2 and moved.event.id == event_of(store, doha)
    assert moved.reports == 2


def test_a_merge_through_the_api_checks_the_watchlists_too(tmp_path: Path, analyzer) -> None:
    db_path = tmp_path / "api-corrections.db"
    prepared = SqliteStore(db_path)
    try:
        migrate_serve_schema(prepared)
        sayed, yasin, firth, doha, _ = _two_spellings(prepared)
        create_watchlist(prepared, WatchlistSpec(name="Sayed and Firth", actors=(sayed, firth), min_actors=2))
        match_watchlists(prepared, [doha])
        assert len(list_alerts(prepared).items) == 1
    finally:
        prepared.close()
    with TestClient(make_app(db_path, analyzer)) as client:
        merged = client.post(f"/api/actors/{sayed}/merge", json={"other": yasin}, headers=auth())
        assert merged.status_code == 200, merged.text
        alerts = client.get("/api/alerts").json()["items"]
    # The Muscat meeting now has both watched men: one new alert, the Doha one not repeated.
    assert len(alerts) == 2
