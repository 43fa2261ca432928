"""Watchlists match events and raise one alert per (watchlist, event), updated by later reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from workbench_fixtures import FIRST_REPORT, SECOND_REPORT, changed_events, ingest_files

from wirewatch.knowledge.records import (
    ActorRef,
    EventActorRecord,
    EventDetail,
    EventReport,
    EventSummary,
    Evidence,
)
from wirewatch.knowledge.store import SqliteStore
from wirewatch.serve.alerts import list_alerts, match_reasons, match_watchlists
from wirewatch.serve.schema import migrate_serve_schema
from wirewatch.serve.watchlists import Watchlist, WatchlistSpec, check_spec, create_watchlist

ENVOY = ActorRef(1, "Teodor Marquessa", "person")
REBEL = ActorRef(2, "Idris Halvorsen", "person")
HOST = ActorRef(3, "Qatar", "place")


def detail(
    *actors: ActorRef, type: str = "CONSULT", place: str | None = "Doha", text: str = "They met."
) -> EventDetail:
    summary = EventSummary(
        id=7, type=type, mode="meet", date="2025-03-11", date_precision="day", place=place,
        latitude=25.28, longitude=51.53, actors=tuple(EventActorRecord(actor, "participant") for actor in actors),
        reports=1, corroboration=1, certainty="asserted",
    )  # fmt: skip
    report = EventReport(
        article_id=1, local_id="v1", title="Talks in Doha", url=None, outlet="meridian-post.example",
        published="2025-03-12", certainty="asserted", sources=(), evidence=(Evidence(1, 0, len(text), text),),
        origin="meridian-post.example", in_caption=False, reason="first report",
    )  # fmt: skip
    return EventDetail(summary, (report,), ("meridian-post.example",), ())


def watchlist(**criteria: object) -> Watchlist:
    spec = check_spec(WatchlistSpec(name="w", **criteria))  # type: ignore[arg-type]
    return Watchlist(1, spec.name, spec.actors, spec.places, spec.event_types, spec.keywords, spec.min_actors,
                     spec.webhook_url, "2025-01-01T00:00:00+00:00", "2025-01-01T00:00:00+00:00")  # fmt: skip


def test_two_watched_actors_must_both_take_part_when_min_actors_is_two() -> None:
    both = watchlist(actors=(1, 2), min_actors=2)
    assert match_reasons(both, detail(ENVOY, REBEL)) == ("actors: Teodor Marquessa, Idris Halvorsen",)
    assert match_reasons(both, detail(ENVOY, HOST)) is None


def test_every_kind_of_criterion_must_hold_and_any_value_within_a_kind_will_do() -> None:
    chosen = watchlist(actors=(1,), places=("Muscat", "Doha"), event_types=("consult", "AGREE"))
    assert match_reasons(chosen, detail(ENVOY)) == (
        "actors: Teodor Marquessa",
        "place: Doha",
        "type: CONSULT",
    )
    assert match_reasons(chosen, detail(ENVOY, place="Vienna")) is None
    assert match_reasons(chosen, detail(ENVOY, type="PROTEST")) is None


def test_keywords_match_whole_words_in_the_evidence_or_titles() -> None:
    chosen = watchlist(keywords=("prisoner exchange",))
    assert match_reasons(chosen, detail(ENVOY, text="They discussed a prisoner exchange.")) is not None
    assert match_reasons(chosen, detail(ENVOY, text="They discussed prisoner exchanges.")) is None
    assert match_reasons(watchlist(keywords=("Iran",)), detail(ENVOY, text="Talks in Tirana.")) is None


def test_a_watchlist_needs_something_to_watch_and_a_web_address_for_its_webhook() -> None:
    from wirewatch.errors import InputError

    with pytest.raises(InputError, match="at least one"):
        check_spec(WatchlistSpec(name="empty"))
    with pytest.raises(InputError, match="webhook_url"):
        check_spec(WatchlistSpec(name="w", keywords=("x",), webhook_url="file:///etc/passwd"))
    with pytest.raises(InputError, match="min_actors"):
        check_spec(WatchlistSpec(name="w", actors=(1,), min_actors=2))


def test_ingest_raises_one_alert_per_event_and_later_reports_update_it(tmp_path: Path, analyzer) -> None:
    store = SqliteStore(tmp_path / "alerts.db")
    try:
        migrate_serve_schema(store)
        create_watchlist(store, WatchlistSpec(name="Doha", places=("Doha",), event_types=("CONSULT",)))
        match_watchlists(store, changed_events(ingest_files(store, analyzer, FIRST_REPORT)))
        (alert,) = list_alerts(store).items
        assert alert.revision == 1 and alert.reports == 1
        assert alert.event.type == "CONSULT" and "doha" in (alert.event.place or "").casefold()
        # Matching the same, unchanged event again raises and updates nothing.
        assert match_watchlists(store, [alert.event.id]) == ()

        match_watchlists(store, changed_events(ingest_files(store, analyzer, SECOND_REPORT)))
        same_event = [item for item in list_alerts(store).items if item.event.id == alert.event.id]
        assert len(same_event) == 1, (
            "a second report of the same meeting must update the alert, not repeat it"
        )
        assert same_event[0].reports == 2 and same_event[0].revision == 2
        assert same_event[0].created_at == alert.created_at
    finally:
        store.close()
