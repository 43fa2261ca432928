"""Reports that disagree in how they tell one happening: a yearless wire day, a weekday, a group named shorter."""

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from kb_builders import Reports, day, event, organization, place, resolved_place

from wirewatch.knowledge.names import is_description, name_within
from wirewatch.knowledge.resolve_events import (
    CLUE_LOOSE_WEIGHT,
    CLUE_SAME_DAY_WEIGHT,
    ActorNames,
    DayClue,
    EventCandidate,
    ReportFacts,
    clue_fits_day,
    clues_agree,
    date_range,
    dateline_day,
    day_clue,
    decide_event,
    score_event,
    strongest_day_clue,
)
from wirewatch.model import TimeExpression

TUESDAY, WEDNESDAY, THURSDAY = 1, 2, 3
WIRE = (
    "Harbour Wire Online\nWorld | Ostrelia\n\n"
    "VELMARO, Ostrelia, June 5 (Harbour Wire) — Fighters of the Crimson Brigades stormed a police post in "
    "Velmaro late on Tuesday, killing two officers, a local official said."
)

NO_CLUE = DayClue()


def attack(
    *,
    when: str | None = "2024-06-04",
    clue: DayClue = NO_CLUE,
    actors: Iterable[int] = (15,),
    names: frozenset[ActorNames] = frozenset(),
) -> ReportFacts:
    return ReportFacts("ASSAULT", "armed attack", frozenset(actors), date_range(when, "day" if when else None, None),
                       "geonames:9301", 12.4, 28.1, "city", "XX", day_clue=clue, actor_names=names)  # fmt: skip


def known(report: ReportFacts, event_id: int = 1) -> EventCandidate:
    return EventCandidate(event_id, report.type, report.mode, report.actors, report.dates, report.place_key,
                          report.latitude, report.longitude, False, report.place_feature, report.country_code,
                          day_clue=report.day_clue, actor_names=report.actor_names)  # fmt: skip


def group(actor_id: int, *forms: str, kind: str = "organization") -> ActorNames:
    return ActorNames(actor_id, kind, frozenset(forms))


# ---------------------------------------------------------------- what a report without a year says of the day


def test_a_wire_dateline_without_a_year_is_read_from_the_line_that_opens_it():
    assert dateline_day(WIRE) == (6, 5)
    assert dateline_day("VALMORA, Jan. 26th (Agency) - Talks began.") == (1, 26)
    assert dateline_day("BOGOTÁ, 10 April (Andes Wire) - Guards marched.") == (4, 10)
    # A dateline with a year is a date the analyzer reads; a sentence naming a town and a day is no dateline.
    assert dateline_day("BOGOTÁ, 10 April 2024 - Guards marched.") is None
    assert dateline_day("About 2,000 guards marched through Velmaro, Cauca, on 10 April.") is None
    assert dateline_day("Velmaro, Cauca, April 10 - Guards marched.") is None


def test_an_events_weekday_or_yearless_day_and_its_reports_dateline_make_its_day_clue():
    assert day_clue("late on Tuesday", None, WIRE) == DayClue(weekday=TUESDAY, filed=(6, 5))
    assert day_clue("on June 4", None, "no dateline here") == DayClue(month_day=(6, 4))
    assert day_clue(None, None, WIRE) == DayClue(filed=(6, 5))
    # A date of its own needs no clue.
    assert not day_clue("on Tuesday", "2024-06-04", WIRE)


def test_a_weekday_before_a_yearless_dateline_is_one_day_of_the_dated_reports_year():
    wire = attack(when=None, clue=DayClue(weekday=TUESDAY, filed=(6, 5)))
    dated = known(attack())
    decision = decide_event(wire, [dated])
    assert decision.event_id == 1
    assert "the Tuesday before dateline 06-05 is 2024-06-04 (no year given)" in decision.reason
    # Another attack on the same post: a Wednesday three weeks later, or a Tuesday outside the dateline's week.
    for other_day in ("2024-06-26", "2024-06-11", "2024-05-28"):
        assert score_event(wire, known(attack(when=other_day))) is None, other_day
    # The other way round: the dated report arrives after the wire.
    assert decide_event(attack(), [known(wire)]).event_id == 1


def test_a_yearless_clue_agrees_with_a_day_only_as_far_as_it_pins_it():
    new_year_wire = DayClue(weekday=TUESDAY, filed=(1, 2))
    assert clue_fits_day(new_year_wire, _day("2024-12-31"))[0] == CLUE_SAME_DAY_WEIGHT
    assert clue_fits_day(DayClue(month_day=(6, 4)), _day("2024-06-04"))[0] == CLUE_SAME_DAY_WEIGHT
    assert clue_fits_day(DayClue(month_day=(6, 4)), _day("2024-06-05"))[0] is None
    assert clue_fits_day(DayClue(weekday=TUESDAY), _day("2024-06-04"))[0] == CLUE_LOOSE_WEIGHT
    # A dateline alone allows the month before it.
    assert clue_fits_day(DayClue(filed=(6, 5)), _day("2024-05-20"))[0] == CLUE_LOOSE_WEIGHT
    assert clue_fits_day(DayClue(filed=(6, 5)), _day("2024-03-20"))[0] is None


def test_two_yearless_wires_agree_on_the_same_weekday_in_the_same_week_only():
    wire = DayClue(weekday=THURSDAY, filed=(1, 26))
    assert clues_agree(wire, wire)[0] == CLUE_SAME_DAY_WEIGHT
    assert clues_agree(wire, DayClue(weekday=WEDNESDAY, filed=(1, 26)))[0] is None
    assert clues_agree(wire, DayClue(weekday=THURSDAY, filed=(2, 17)))[0] is None
    # Datelines either side of the new year are days apart, not a year.
    assert clues_agree(DayClue(filed=(12, 30)), DayClue(filed=(1, 2)))[0] is not None
    # A yearless day in one report falls in the week or month before the other's dateline, or is another day.
    assert clues_agree(DayClue(month_day=(1, 25)), wire)[0] is not None
    assert clues_agree(wire, DayClue(month_day=(2, 14)))[0] is None
    assert clues_agree(DayClue(month_day=(1, 10)), wire)[0] is None
    two_wires = attack(when=None, clue=wire)
    met_later = attack(when=None, clue=DayClue(weekday=5, filed=(2, 17)))
    assert score_event(met_later, known(two_wires)) is None
    agreed = score_event(two_wires, known(two_wires))
    assert agreed is not None and "same Thursday before dateline 01-26 (no year given)" in agreed[1]


def test_a_yearless_wire_fitting_the_same_day_in_two_years_is_linked_to_both_and_merged_with_neither():
    wire = attack(when=None, clue=DayClue(weekday=TUESDAY, filed=(6, 5)))
    # 4 June was a Tuesday in 2024 and in 2019: the wire cannot say which attack it tells.
    decision = decide_event(wire, [known(attack()), known(attack(when="2019-06-04"), event_id=2)])
    assert decision.event_id is None and decision.reason.startswith("ambiguous between known events")
    assert [event_id for event_id, _, _ in decision.possibly_same] == [1, 2]


def test_an_event_takes_the_clue_that_pins_its_day_best():
    weekday_only, wire = DayClue(weekday=TUESDAY), DayClue(weekday=TUESDAY, filed=(6, 5))
    assert strongest_day_clue([DayClue(), weekday_only, wire]) == wire
    assert strongest_day_clue([DayClue(month_day=(6, 4)), wire]) == DayClue(month_day=(6, 4))
    assert strongest_day_clue([DayClue()]) == DayClue()


# ---------------------------------------------------------------- actors told differently


def test_a_group_named_shorter_by_one_outlet_is_the_same_actor_more_weakly():
    full = group(15, "Crimson Brigades Western Command", "CBWC")
    short = group(21, "Crimson Brigades")
    dated = known(attack(names=frozenset({full})))
    wire = attack(actors={21}, names=frozenset({short}))
    decision = decide_event(wire, [dated])
    assert decision.event_id == 1
    assert "actors named alike (Crimson Brigades / Crimson Brigades Western Command)" in decision.reason
    same = score_event(attack(names=frozenset({full})), dated)
    alike = score_event(wire, dated)
    assert same is not None and alike is not None and alike[0] < same[0]
    # Two people who share a surname, or two unrelated groups, are still other actors.
    people = attack(actors={22}, names=frozenset({group(22, "Ostrova", kind="person")}))
    assert (
        score_event(people, known(attack(names=frozenset({group(15, "Rafael Ostrova", kind="person")}))))
        is None
    )
    assert score_event(attack(actors={23}, names=frozenset({group(23, "Harbour Front")})), dated) is None


def test_an_actor_only_described_is_no_evidence_against_a_named_one():
    dated = known(attack(names=frozenset({group(15, "Crimson Brigades")})))
    gunmen = attack(actors={30}, names=frozenset({group(30, "gunmen")}))
    told = score_event(gunmen, dated)
    assert told is not None and "actors described, not named (gunmen)" in told[1]
    assert decide_event(gunmen, [dated]).event_id == 1
    named = score_event(attack(names=frozenset({group(15, "Crimson Brigades")})), dated)
    assert named is not None and told[0] < named[0]
    # Without how the actors are written, different actors are still other actors.
    assert score_event(replace(gunmen, actor_names=frozenset()), dated) is None


def test_names_within_names_and_descriptions():
    assert name_within("Islamic State", "Islamic State West Africa Province")
    assert name_within("Indigenous guard", "Nasa Indigenous guards")
    assert name_within("ISWAP", "Islamic State West Africa Province")
    assert not name_within("Crimson Brigades", "Crimson Brigades")
    assert not name_within("Western Command", "Crimson Brigades Western Front")
    assert not name_within("Hamas", "Hama Province")
    assert name_within("Crimson Brigades", "Crimson Brigade Western Command")
    assert is_description("gunmen") and is_description("the group")
    assert not is_description("ISWAP") and not is_description("Crimson Brigades")
    assert not is_description("حماس")  # no letter case: a name


def _day(value: str) -> date:
    return date.fromisoformat(value)


# ---------------------------------------------------------------- through the store


def test_a_yearless_wire_naming_the_group_shorter_is_the_dated_reports_attack(reports: Reports):
    town = resolved_place("e2", "Velmaro", 12.40, 28.10, 9301)

    def told(url: str, text: str, group: str, when: TimeExpression, published: str):  # type: ignore[no-untyped-def]
        return reports.add(url=url, published=published, text=text, places=[town],
                           entities=[organization("e1", group), place("e2", "Velmaro")],
                           events=[event("v1", "ASSAULT", [("e1", "source")], mode="armed attack", at="e2",
                                         when=when)])  # fmt: skip

    dated = told("https://velmaro-daily.example/1", "Invented dated report of the attack on the Velmaro post.",
                 "Crimson Brigades Western Command", day("2024-06-04"), "2024-06-06")  # fmt: skip
    tuesday = TimeExpression("late on Tuesday", 0, 15, None, "day", "unanchored")
    wire = told("https://harbour-wire.example/2", WIRE, "Crimson Brigades", tuesday, "")
    event_id = reports.event_of(dated.article_id, "v1")
    assert reports.event_of(wire.article_id, "v1") == event_id
    # The same group's attack on the same post told by a wire three weeks later is another attack.
    later = WIRE.replace("June 5", "June 27").replace("late on Tuesday", "on Wednesday")
    wednesday = TimeExpression("on Wednesday", 0, 12, None, "day", "unanchored")
    again = told("https://harbour-wire.example/3", later, "Crimson Brigades", wednesday, "")
    assert reports.event_of(again.article_id, "v1") != event_id
