"""One event per happening across outlets, corroboration from independent sources only, look-alikes apart."""

from dataclasses import replace

from kb_builders import Reports, day, event, media, organization, person, place, resolved_place

from wirewatch.knowledge.queries import get_event, search_events
from wirewatch.knowledge.resolve_events import (
    EventCandidate,
    ReportFacts,
    date_range,
    decide_event,
    mode_agreement,
    score_event,
)
from wirewatch.model import Entity, GazetteerEntry, Place

MEETING_TEXT = (
    "Officials of the Northern Council and the Harbour Front met in Valmora on Tuesday, according to people "
    "present, and discussed a prisoner exchange, grain shipments through the southern port and the reopening "
    "of the border crossing that has been closed since the spring floods damaged the old bridge."
)


def meeting(reports: Reports, url: str, *, when: str | None = "2024-02-13", text: str | None = None,
            attributions=(), sources=(), spelling: str = "Rafael Ostrova", published: str = "2024-02-14"):  # fmt: skip
    return reports.add(
        url=url, published=published, text=text, attributions=attributions,
        entities=[person("e1", spelling, affiliations=["e2"]), organization("e2", "Northern Council"),
                  person("e3", "Mira Salk", affiliations=["e4"]), organization("e4", "Harbour Front"),
                  place("e5", "Valmora")],
        places=[resolved_place("e5", "Valmora", 40.1, 20.2, 9001)],
        events=[event("v1", "CONSULT", [("e1", "participant"), ("e3", "participant")], mode="meet",
                      when=day(when) if when else None, at="e5", sources=sources)],
    )  # fmt: skip


def test_reports_from_several_outlets_become_one_event(reports: Reports):
    stored = [meeting(reports, f"https://www.outlet-{n}.example/story") for n in range(3)]
    stored.append(
        meeting(
            reports, "https://late.example/x", spelling="Rafael Ostrowa", when=None, published="2024-02-20"
        )
    )
    events = {reports.event_of(s.article_id, "v1") for s in stored}
    assert len(events) == 1
    detail = get_event(reports.store, events.pop())
    assert len(detail.reports) == 4 and detail.event.corroboration == 4
    assert detail.event.date == "2024-02-13" and detail.event.place == "Valmora"
    assert all(
        report.evidence and report.evidence[0].article_id == report.article_id for report in detail.reports
    )
    assert "same day" in detail.reports[1].reason


def test_syndicated_and_quoting_reports_are_not_independent(reports: Reports):
    original = meeting(reports, "https://www.harbourpost.example/meeting", text=MEETING_TEXT)
    # The same text under another masthead, with no word about where it came from.
    meeting(reports, "https://copyist.example/news/1", text=MEETING_TEXT + " Copyright the copyist.")
    # Declared syndication.
    meeting(reports, "https://partner.example/a", attributions=["Produced in association with Harbour Post"])
    # Retelling another outlet's report.
    meeting(reports, "https://digest.example/b", sources=[media("the Harbourpost newspaper")])
    independent = meeting(reports, "https://valmora-daily.example/c")
    event_id = reports.event_of(original.article_id, "v1")
    assert reports.event_of(independent.article_id, "v1") == event_id
    detail = get_event(reports.store, event_id)
    assert len(detail.reports) == 5
    assert detail.event.corroboration == 2
    assert set(detail.origins) == {"harbourpost.example", "valmora-daily.example"}


def test_two_outlets_citing_one_agency_count_once(reports: Reports):
    meeting(reports, "https://first.example/", sources=[media("Valmora Press Agency")])
    second = meeting(reports, "https://second.example/", sources=[media("Valmora Press Agency")])
    assert get_event(reports.store, reports.event_of(second.article_id, "v1")).event.corroboration == 1


def test_look_alike_meetings_on_other_days_or_places_stay_apart(reports: Reports):
    first = meeting(reports, "https://a.example/1")
    later = meeting(reports, "https://a.example/2", when="2024-03-20", published="2024-03-21")
    elsewhere = reports.add(url="https://b.example/3", published="2024-02-14", entities=[
        person("e1", "Rafael Ostrova"), person("e3", "Mira Salk"), place("e5", "Porto Neri"),
    ], places=[resolved_place("e5", "Porto Neri", 45.9, 12.0, 9002)],
        events=[event("v1", "CONSULT", [("e1", "participant"), ("e3", "participant")], mode="meet",
                      when=day("2024-02-13"), at="e5")])  # fmt: skip
    ids = {reports.event_of(s.article_id, "v1") for s in (first, later, elsewhere)}
    assert len(ids) == 3
    assert search_events(reports.store, actor="Mira Salk").total == 3


def test_unclear_matches_are_possibly_same_links_not_merges(reports: Reports):
    first = meeting(reports, "https://a.example/1")
    vague = reports.add(url="https://c.example/", published="2024-02-14", entities=[
        person("e1", "Rafael Ostrova"), person("e3", "Mira Salk"), person("e6", "Ivo Brandt"), person("e7", "Tomas Lind"),
    ], events=[event("v1", "CONSULT", [("e1", "participant"), ("e3", "participant"), ("e6", "participant"),
                                       ("e7", "participant")], mode="call", when=day("2024-02-13"))])  # fmt: skip
    a, b = reports.event_of(first.article_id, "v1"), reports.event_of(vague.article_id, "v1")
    assert a != b
    assert [link.event_id for link in get_event(reports.store, a).possibly_same] == [b]


def test_a_reports_own_possibly_same_pair_is_linked_not_merged(reports: Reports):
    stored = reports.add(url="https://a.example/", published="2022-03-01", entities=[
        person("e1", "Rafael Ostrova"), person("e2", "Mira Salk"),
    ], events=[
        event("v1", "CONSULT", [("e1", "participant"), ("e2", "participant")], mode="meet", possibly_same=["v2"]),
        event("v2", "CONSULT", [("e1", "guest"), ("e2", "host")], mode="host", possibly_same=["v1"]),
    ])  # fmt: skip
    a, b = reports.event_of(stored.article_id, "v1"), reports.event_of(stored.article_id, "v2")
    assert a != b
    assert [link.event_id for link in get_event(reports.store, a).possibly_same] == [b]


def test_date_ranges_cover_the_stated_precision():
    assert (date_range("2021", "year", None).start, date_range("2021", "year", None).end) == (
        "2021-01-01",
        "2021-12-31",
    )
    assert date_range("2024-02", "month", None).end == "2024-02-29"
    undated = date_range(None, None, "2022-05-04")
    assert (undated.start, undated.end, undated.precision) == (
        "2022-04-04",
        "2022-05-04",
        "before publication",
    )


def test_a_town_named_as_target_is_the_events_place(reports: Reports):
    stored = [
        reports.add(url=f"https://monitor{n}.example/", published="2023-03-04", entities=[
            organization("e1", "regime forces"), place("e2", town),
        ], events=[event("v1", "ASSAULT", [("e1", "source"), ("e2", "target")], mode="shelling", when=day("2023-03-03"))])
        for n, town in enumerate(["Kafr Nabl", "Kafr Nabl", "Kafr Takharim"])
    ]  # fmt: skip
    ids = [reports.event_of(s.article_id, "v1") for s in stored]
    assert ids[0] == ids[1] != ids[2]
    assert get_event(reports.store, ids[0]).event.place == "Kafr Nabl"
    assert search_events(reports.store, place="kafr nabl").total == 1


def test_a_meeting_told_as_hosting_or_talks_is_one_event_but_a_call_is_not(reports: Reports):
    def told_as(url: str, mode: str):  # type: ignore[no-untyped-def]
        return reports.add(url=url, published="2024-02-14", entities=[
            person("e1", "Rafael Ostrova"), person("e3", "Mira Salk"), place("e5", "Valmora"),
        ], places=[resolved_place("e5", "Valmora", 40.1, 20.2, 9001)],
            events=[event("v1", "CONSULT", [("e1", "participant"), ("e3", "participant")], mode=mode,
                          when=day("2024-02-13"), at="e5")])  # fmt: skip

    met, hosted, call = (told_as(f"https://o{n}.example/", mode) for n, mode in enumerate(["meet", "host", "call"]))
    met_event = reports.event_of(met.article_id, "v1")
    assert reports.event_of(hosted.article_id, "v1") == met_event
    assert "modes told alike host/meet (in person)" in get_event(reports.store, met_event).reports[1].reason
    call_event = reports.event_of(call.article_id, "v1")
    assert call_event != met_event
    assert [link.event_id for link in get_event(reports.store, met_event).possibly_same] == [call_event]


def test_modes_compare_by_how_the_happening_was_held():
    assert mode_agreement("meet", "visit")[0] > 0
    assert mode_agreement("call", "meet")[0] < 0
    assert mode_agreement("shelling", "air strike")[0] < 0
    # "killing" says what came of an attack, not how it was carried out.
    assert mode_agreement("killing", "shelling") == (0.0, "modes killing/shelling not comparable")


def facts(*, actors=frozenset({1}), affiliations=frozenset(), key="geonames:1", feature="city",  # fmt: skip
          country="SD", lat=11.3, lon=27.8, mode="shelling") -> ReportFacts:  # type: ignore[no-untyped-def]
    return ReportFacts("ASSAULT", mode, frozenset(actors), date_range("2024-04-08", "day", None), key, lat, lon,
                       feature, country, frozenset(affiliations))  # fmt: skip


def known(report: ReportFacts, event_id: int = 1) -> EventCandidate:
    return EventCandidate(event_id, report.type, report.mode, report.actors, report.dates, report.place_key,
                          report.latitude, report.longitude, False, report.place_feature, report.country_code,
                          report.affiliations)  # fmt: skip


def test_a_town_and_the_country_around_it_can_be_one_place_but_not_another_countrys():
    town = known(facts())
    country = facts(key="geonames:2", feature="country", lat=15.0, lon=30.0)
    assert "one place within the other (SD)" in decide_event(country, [town]).reason
    # The country alone does not pin the town down: two shellings by the same forces that day are a rival.
    other_town = known(facts(key="geonames:5", lat=13.6, lon=25.3), event_id=2)
    assert decide_event(country, [town, other_town]).event_id is None
    assert score_event(facts(key="geonames:3", feature="country", country="TD", lat=15.0, lon=19.0), town) is None
    # Two towns 400 km apart are still two places.
    assert score_event(facts(key="geonames:4", lat=14.0, lon=30.5), town) is None


def test_a_leader_and_his_group_overlap_through_affiliation_and_weigh_less_than_the_same_actor():
    group = known(facts(actors={7}))
    leader = facts(actors={3}, affiliations={7})
    same = score_event(facts(actors={7}), group)
    through = score_event(leader, group)
    assert same is not None and through is not None and through[0] < same[0]
    assert "actors related through 7" in through[1]
    assert decide_event(leader, [group]).event_id == 1
    assert score_event(facts(actors={3}, affiliations={8}), group) is None


def test_a_leader_in_one_report_and_his_group_in_another_are_one_visit_that_day(reports: Reports):
    group = organization("e2", "Northern Council")

    def told_with(url: str, visitor: Entity, when: str, published: str):  # type: ignore[no-untyped-def]
        named = [visitor, group] if visitor is not group else [group]
        return reports.add(url=url, published=published, entities=[*named, place("e5", "Valmora")],
                           places=[resolved_place("e5", "Valmora", 40.1, 20.2, 9001)],
                           events=[event("v1", "CONSULT", [(visitor.id, "participant")], mode="visit",
                                         when=day(when), at="e5")])  # fmt: skip

    # No actor is named in both reports: one names the leader, the other only the group he belongs to.
    leader = person("e1", "Rafael Ostrova", affiliations=["e2"])
    first = told_with("https://a.example/leader", leader, "2024-02-13", "2024-02-14")
    second = told_with("https://b.example/group", group, "2024-02-13", "2024-02-14")
    event_id = reports.event_of(first.article_id, "v1")
    assert reports.event_of(second.article_id, "v1") == event_id
    assert "actors related through" in get_event(reports.store, event_id).reports[1].reason
    later = told_with("https://c.example/group", group, "2024-03-20", "2024-03-21")
    assert reports.event_of(later.article_id, "v1") != event_id


# ---------------------------------------------------------------- outlets that place, date and name one happening differently

BRIGADES = "Crimson Brigades"
TOWN = resolved_place("e2", "Velmaro", 12.40, 28.10, 9301)


def country(entity: str, name: str, code: str = "XX") -> Place:
    return Place(entity, name, GazetteerEntry(name, code, 15.0, 30.0, "country", 9300, 40_000_000))


def shelling(reports: Reports, url: str, *, entities, places, at: str, when: str | None = "2024-04-08",
             published: str = "2024-04-10", mode: str = "shelling", actor: str = "e1"):  # fmt: skip
    return reports.add(url=url, published=published, entities=entities, places=places,
                       events=[event("v1", "ASSAULT", [(actor, "source")], mode=mode, at=at,
                                     when=day(when) if when else None)])  # fmt: skip


def test_a_report_placing_a_shelling_in_the_country_and_naming_the_town_in_its_dateline_is_the_towns_event(
    reports: Reports,
):
    first = shelling(reports, "https://kordofan-digest.example/1", at="e2",
                     entities=[organization("e1", BRIGADES), place("e2", "Velmaro")], places=[TOWN])  # fmt: skip
    # A wire with no date of its own: the event is placed in the country, the town is only its (mistyped)
    # dateline, and the group carries a description in front of its name.
    wire = shelling(reports, "https://gulf-wire.example/2", at="e3", when=None, published="", mode="killing",
                    entities=[person("e4", "VELMARRO"), organization("e1", f"Paramilitary {BRIGADES}"),
                              place("e3", "Ostrelia")], places=[country("e3", "Ostrelia")])  # fmt: skip
    elsewhere = shelling(reports, "https://other-wire.example/3", at="e3", when=None, published="", mode="killing",
                         entities=[person("e4", "PORTO NERI"), organization("e1", BRIGADES),
                                   place("e3", "Ostrelia")], places=[country("e3", "Ostrelia")])  # fmt: skip
    event_id = reports.event_of(first.article_id, "v1")
    assert reports.actor_of(wire.article_id, "e1") == reports.actor_of(first.article_id, "e1")
    assert reports.event_of(wire.article_id, "v1") == event_id
    detail = get_event(reports.store, event_id)
    wire_report = next(report for report in detail.reports if report.article_id == wire.article_id)
    assert "the town named in both (valmara)" in wire_report.reason
    # The mode that says how it was done describes the event, not the one that says what came of it.
    assert detail.event.mode == "shelling"
    # The same wire naming another town has nothing that places it in this one: a possibly-same link at most.
    assert reports.event_of(elsewhere.article_id, "v1") != event_id
    assert [link.event_id for link in get_event(reports.store, event_id).possibly_same] == [
        reports.event_of(elsewhere.article_id, "v1")
    ]


def test_a_place_that_resolved_for_one_outlet_and_not_for_another_is_one_place(reports: Reports):
    resolved = shelling(reports, "https://a.example/1", at="e2",
                        entities=[organization("e1", BRIGADES), place("e2", "Velmaro")], places=[TOWN])  # fmt: skip
    unresolved = shelling(reports, "https://b.example/2", at="e2",
                          entities=[organization("e1", BRIGADES), place("e2", "Velmaroh")],
                          places=[Place("e2", "Velmaroh", None)])  # fmt: skip
    event_id = reports.event_of(resolved.article_id, "v1")
    assert reports.event_of(unresolved.article_id, "v1") == event_id
    told = {report.article_id: report.reason for report in get_event(reports.store, event_id).reports}
    assert "same place (actor" in told[unresolved.article_id]
    # Written alike but never resolved to one actor: the name keys still agree.
    town = facts(key="geonames:9301")
    variant = facts(key="vlmarah", lat=None, lon=None, feature=None)
    assert score_event(replace(variant, place_names=frozenset({"vlmarah"})),
                       replace(known(town), latitude=None, place_names=frozenset({"vlmarah"})))[1][-2] == (
        "same place name (vlmarah)")  # fmt: skip
    other = score_event(replace(variant, place_names=frozenset({"portaneri"})),
                        replace(known(town), latitude=None, place_names=frozenset({"vlmarah"})))  # fmt: skip
    assert other is not None and "different place names" in other[1]


def test_a_report_naming_the_marchers_and_one_naming_none_are_one_march_that_day(reports: Reports):
    town = resolved_place("e1", "Santa Irene", 2.9, -76.2, 9401)

    def march(url: str, when: str, *, with_council: bool):  # type: ignore[no-untyped-def]
        council = [organization("e2", "Highland Council")] if with_council else []
        actors = [("e2", "source")] if with_council else []
        return reports.add(url=url, published=when, entities=[place("e1", "Santa Irene"), *council],
                           places=[town], events=[event("v1", "PROTEST", actors, mode="march", at="e1",
                                                        when=day(when))])  # fmt: skip

    actorless = march("https://pacific-today.example/1", "2024-04-10", with_council=False)
    named = march("https://andes-wire.example/2", "2024-04-10", with_council=True)
    event_id = reports.event_of(actorless.article_id, "v1")
    assert reports.event_of(named.article_id, "v1") == event_id
    told = {report.article_id: report.reason for report in get_event(reports.store, event_id).reports}
    assert "same day 2024-04-10; same place" in told[named.article_id]
    # The same council marching in the same town a week later is another march.
    later = march("https://c.example/3", "2024-04-17", with_council=True)
    assert reports.event_of(later.article_id, "v1") != event_id


def test_a_week_covers_monday_to_sunday_around_the_day_that_gives_it():
    week = date_range("2024-06-05", "week", None)
    assert (week.start, week.end, week.value) == ("2024-06-03", "2024-06-09", "2024-06-05")
    last_week = replace(facts(), dates=week)
    on_sunday = known(replace(facts(), dates=date_range("2024-06-09", "day", None)))
    agreed = score_event(last_week, on_sunday)
    assert agreed is not None and "overlapping dates 2024-06-05 / 2024-06-09" in agreed[1]
    next_monday = known(replace(facts(), dates=date_range("2024-06-10", "day", None)))
    assert score_event(last_week, next_monday) is None
    # A day the calendar does not have is a day as written, not a crash.
    assert date_range("2024-02-30", "week", None).start == "2024-02-30"


def test_an_event_told_first_by_the_country_and_then_by_the_town_is_placed_in_the_town(reports: Reports):
    wire = shelling(reports, "https://gulf-wire.example/1", at="e3", when=None,
                    entities=[person("e4", "VELMARO"), organization("e1", BRIGADES), place("e3", "Ostrelia")],
                    places=[country("e3", "Ostrelia")])  # fmt: skip
    local = shelling(reports, "https://kordofan-digest.example/2", at="e2",
                     entities=[organization("e1", BRIGADES), place("e2", "Velmaro")], places=[TOWN])  # fmt: skip
    event_id = reports.event_of(wire.article_id, "v1")
    assert reports.event_of(local.article_id, "v1") == event_id
    detail = get_event(reports.store, event_id).event
    assert (detail.place, detail.date) == ("Velmaro", "2024-04-08")


def test_a_coarser_date_agrees_less_than_a_finer_one():
    on_the_day = known(facts())

    def told(value: str, precision: str) -> float:
        result = score_event(replace(facts(), dates=date_range(value, precision, None)), on_the_day)
        assert result is not None
        return result[0]

    assert told("2024-04-08", "day") > told("2024-04-08", "week") > told("2024-04", "month")
    assert told("2024-04", "month") > told("2024", "year")
    # Still the same happening when the rest agrees: a month-precise report of that shelling in that town.
    that_month = replace(facts(), dates=date_range("2024-04", "month", None))
    assert decide_event(that_month, [on_the_day]).event_id == 1
    assert score_event(replace(facts(), dates=date_range("2024-05", "month", None)), on_the_day) is None


def test_an_event_known_only_to_its_month_is_no_rival_to_one_known_to_the_day():
    on_the_day = known(replace(facts(mode="call"), dates=date_range("2024-01-25", "day", None)))
    earlier_that_month = known(replace(facts(mode="call"), dates=date_range("2024-01", "month", None)), event_id=2)
    undated = replace(facts(mode="call"), dates=date_range(None, None, None))
    assert decide_event(undated, [on_the_day, earlier_that_month]).event_id == 1
    # A report that itself gives only the month could be either call.
    that_month = replace(facts(mode="call"), dates=date_range("2024-01", "month", None))
    assert decide_event(that_month, [on_the_day, earlier_that_month]).event_id is None
    # Two calls known to the day stay rivals for an undated report.
    next_day = known(replace(facts(mode="call"), dates=date_range("2024-01-26", "day", None)), event_id=3)
    assert decide_event(undated, [on_the_day, next_day]).event_id is None
