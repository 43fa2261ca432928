"""One event per happening across outlets, corroboration from independent sources only, look-alikes apart."""

from kb_builders import Reports, day, event, media, organization, person, place, resolved_place

from wirewatch.knowledge.queries import get_event, search_events
from wirewatch.knowledge.resolve_events import date_range

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
