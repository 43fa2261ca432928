"""Where, when and by whom events happen: the struck town over its province, speech acts, carried days."""

from __future__ import annotations

import re
from datetime import date

import pytest
from spacy.language import Language

from wirewatch.analyze.events import find_events
from wirewatch.model import Entity, Event, GazetteerEntry, Place, Span, TimeExpression

pytestmark = pytest.mark.slow

# name → (entity type, gazetteer feature for places or None)
Table = dict[str, tuple[str, str | None]]


def analysed(
    nlp: Language,
    text: str,
    table: Table,
    times: tuple[TimeExpression, ...] = (),
    published: date | None = None,
) -> tuple[Event, ...]:
    entities = []
    for number, (name, (kind, _)) in enumerate(table.items(), start=1):
        mentions = tuple(
            Span(match.start(), match.end(), match.group())
            for match in re.finditer(rf"\b{re.escape(name)}\b", text)
        )
        entities.append(Entity(f"e{number}", name, kind, mentions))  # type: ignore[arg-type]
    places = tuple(
        Place(
            entity.id,
            entity.name,
            GazetteerEntry(entity.name, "XX", 0.0, 0.0, table[entity.name][1] or "city"),
        )
        for entity in entities
        if entity.type == "place"
    )
    return find_events(nlp(text), (), tuple(entities), places, times, published=published)


def name_of(event_entity: str | None, table: Table) -> str | None:
    if event_entity is None:
        return None
    return list(table)[int(event_entity[1:]) - 1]


def day(text: str, phrase: str, value: str) -> TimeExpression:
    start = text.index(phrase)
    return TimeExpression(phrase, start, start + len(phrase), value, "day", "publication")


def test_the_struck_town_beats_the_province_it_lies_in(nlp: Language) -> None:
    text = "On 3 May, government forces shelled Tal Varesh in the eastern Oskan countryside, killing three people."
    table: Table = {"Tal Varesh": ("place", "city"), "Oskan": ("place", "admin1")}
    events = analysed(nlp, text, table, (day(text, "On 3 May", "2031-05-03"),))
    assert name_of(events[0].place, table) == "Tal Varesh"


def test_a_country_qualifying_a_noun_is_not_where_it_happened(nlp: Language) -> None:
    text = "Rebels of the Delta Front captured a Norland army outpost overlooking Kestrel on Monday."
    table: Table = {
        "Delta Front": ("organization", None),
        "Norland": ("place", "country"),
        "Kestrel": ("place", "city"),
    }
    events = analysed(nlp, text, table)
    assert events[0].type == "ASSAULT"
    assert name_of(events[0].place, table) == "Kestrel"


def test_a_road_between_two_towns_places_the_event_at_the_first(nlp: Language) -> None:
    text = "A roadside bomb struck an army convoy on the road between Amberton and Fiske on Monday, killing four soldiers."
    table: Table = {"Amberton": ("place", "city"), "Fiske": ("place", "city")}
    events = analysed(nlp, text, table)
    assert events[0].mode == "IED"
    assert name_of(events[0].place, table) == "Amberton"


def test_a_town_near_the_road_places_the_event_but_a_street_in_a_city_is_the_place(nlp: Language) -> None:
    text = (
        "Gunmen abducted nine passengers after stopping a bus on the Ring Road near Amberton on Saturday. "
        "Protesters marched along Lark Avenue in Fiske on Sunday."
    )
    table: Table = {
        "Ring Road": ("place", "city"),
        "Amberton": ("place", "city"),
        "Lark Avenue": ("place", "city"),
        "Fiske": ("place", "city"),
    }
    events = analysed(nlp, text, table)
    abduction = next(event for event in events if event.mode == "abduction")
    march = next(event for event in events if event.type == "PROTEST")
    assert name_of(abduction.place, table) == "Amberton"
    assert name_of(march.place, table) == "Lark Avenue"


def test_a_speech_act_belongs_to_the_speaker_and_the_day_they_spoke(nlp: Language) -> None:
    text = (
        "Senator Mara Quill said on Thursday that her party would put the budget to a vote next week, "
        "daring the Greens to block it."
    )
    table: Table = {"Mara Quill": ("person", None), "Greens": ("organization", None)}
    events = analysed(nlp, text, table, (day(text, "on Thursday", "2031-09-25"),))
    threat = next(event for event in events if event.type == "THREATEN")
    assert "Mara Quill" in {name_of(actor.entity, table) for actor in threat.actors}
    assert threat.time is not None and threat.time.value == "2031-09-25"


def test_calling_on_someone_is_a_request(nlp: Language) -> None:
    text = "The Relief Council said on Wednesday that cases had doubled, and called on governments to act."
    table: Table = {"Relief Council": ("organization", None)}
    events = analysed(nlp, text, table, (day(text, "on Wednesday", "2031-04-23"),))
    request = next(event for event in events if event.type == "REQUEST")
    assert [name_of(actor.entity, table) for actor in request.actors] == ["Relief Council"]
    assert request.time is not None and request.time.value == "2031-04-23"


def test_a_statement_takes_its_setting_from_the_speakers_next_words(nlp: Language) -> None:
    text = (
        "Governor Ana Brel on Tuesday defended the new dam against its critics.\n\n"
        "\u201cIt is a proud day for the valley,\u201d Brel told a crowd in Ostrava."
    )
    table: Table = {"Brel": ("person", None), "Ostrava": ("place", "city")}
    events = analysed(nlp, text, table, (day(text, "on Tuesday", "2031-07-02"),))
    support = next(event for event in events if event.type == "SUPPORT")
    assert name_of(support.place, table) == "Ostrava"


def test_an_undated_event_in_the_next_sentence_takes_the_day_just_given(nlp: Language) -> None:
    text = (
        "On Wednesday, hundreds of farmers marched in Tolna against the new tax. "
        "Police arrested six organisers outside the town hall.\n\n"
        "Separately, police arrested two men in Varna."
    )
    table: Table = {"Tolna": ("place", "city"), "Varna": ("place", "city")}
    events = analysed(nlp, text, table, (day(text, "On Wednesday", "2031-03-12"),))
    arrests = [event for event in events if event.mode == "arrest"]
    assert arrests[0].time is not None and arrests[0].time.value == "2031-03-12"
    # A new paragraph tells a new happening: no day is carried into it.
    assert all(event.time is None for event in arrests[1:])


def test_the_paragraph_after_a_lead_deed_tells_it_on_its_day(nlp: Language) -> None:
    text = (
        "Two soldiers were killed on Sunday in fighting with Delta Front fighters near Tarvo, the army said.\n\n"
        "Troops were patrolling near the village of Kestrel when they came under fire from Delta Front fighters, "
        "the army said."
    )
    table: Table = {"Tarvo": ("place", "city"), "Kestrel": ("place", "city"), "Delta Front": ("organization", None)}
    events = analysed(nlp, text, table, (day(text, "on Sunday", "2031-08-16"),))
    violent = [event for event in events if event.type == "ASSAULT"]
    assert len(violent) == 2
    assert all(event.time is not None and event.time.value == "2031-08-16" for event in violent)


def test_a_place_after_a_tight_apposition_is_where_the_meeting_was(nlp: Language) -> None:
    text = (
        "ISLAMABAD, Oct 9 — Pakistan's Foreign Minister Ishaq Dar met his Afghan counterpart Amir Khan Muttaqi"
        " in Kabul on Monday, the two sides said."
    )
    table: Table = {
        "ISLAMABAD": ("place", "city"),
        "Ishaq Dar": ("person", None),
        "Amir Khan Muttaqi": ("person", None),
        "Kabul": ("place", "city"),
    }
    events = analysed(nlp, text, table)
    assert name_of(events[0].place, table) == "Kabul"


def test_a_place_inside_an_apposition_set_off_by_commas_describes_the_actor(nlp: Language) -> None:
    text = "The Delta Front, an armed group based in Kestrel, attacked an army post in Tarvel on Monday."
    table: Table = {
        "Delta Front": ("organization", None),
        "Kestrel": ("place", "city"),
        "Tarvel": ("place", "city"),
    }
    events = analysed(nlp, text, table)
    assert name_of(events[0].place, table) == "Tarvel"


def test_a_day_before_a_trailing_speaker_dates_what_is_told_not_the_telling(nlp: Language) -> None:
    text = (
        "Valley rebels killed two soldiers in an attack on a military post in Tarvo, in Kestrel province, on Tuesday,"
        " a security official said."
    )
    table: Table = {"Valley rebels": ("organization", None), "Tarvo": ("place", "city")}
    (attack,) = analysed(nlp, text, table, (day(text, "on Tuesday", "2031-03-11"),))
    assert attack.time is not None and attack.time.value == "2031-03-11"
    told = "A security official said on Tuesday that Valley rebels had killed two soldiers in Tarvo."
    (later,) = analysed(nlp, told, table, (day(told, "on Tuesday", "2031-03-11"),))
    assert later.time is None


def test_a_clash_told_in_a_when_clause_takes_the_day_of_its_toll(nlp: Language) -> None:
    text = (
        "At least two villagers were killed and five fighters wounded on Tuesday when armed residents of Tarvo"
        " clashed with a patrol of the Delta Front, local sources said."
    )
    table: Table = {"Tarvo": ("place", "city"), "Delta Front": ("organization", None)}
    events = analysed(nlp, text, table, (day(text, "on Tuesday", "2031-03-11"),))
    (clash,) = [event for event in events if event.mode == "clash"]
    assert clash.time is not None and clash.time.value == "2031-03-11"


def test_where_the_residents_who_fought_live_is_where_they_fought(nlp: Language) -> None:
    text = "Armed residents of the Tarvo district clashed with a patrol of the Delta Front on Tuesday."
    table: Table = {"Tarvo district": ("place", None), "Delta Front": ("organization", None)}
    (clash,) = analysed(nlp, text, table)
    assert name_of(clash.place, table) == "Tarvo district"
    described = (
        "Fighters of the Kestrel Brigade of the Tarvo district clashed with the Delta Front on Tuesday."
    )
    table2: Table = {**table, "Kestrel Brigade": ("organization", None)}
    (other,) = analysed(nlp, described, table2)
    assert other.place is None


def test_a_span_from_another_event_gives_way_to_the_day_of_the_report(nlp: Language) -> None:
    text = (
        "The army said on Sunday it had recaptured Tarvo from the Delta Front, more than a year after losing"
        " the city."
    )
    table: Table = {"Tarvo": ("place", "city"), "Delta Front": ("organization", None)}
    span_at = text.index("a year after")
    times = (
        day(text, "on Sunday", "2031-01-12"),
        TimeExpression("a year after", span_at, span_at + 12, None, "year", "unanchored"),
    )
    (retaken,) = [event for event in analysed(nlp, text, table, times) if event.type == "ASSAULT"]
    assert retaken.time is not None and retaken.time.value == "2031-01-12"


def test_the_day_of_what_is_urged_is_not_the_day_of_the_appeal(nlp: Language) -> None:
    text = "Opposition leader Ivo Brand urged supporters to join demonstrations in Tarvo on Thursday."
    table: Table = {"Ivo Brand": ("person", None), "Tarvo": ("place", "city")}
    events = analysed(nlp, text, table, (day(text, "on Thursday", "2031-06-12"),))
    (appeal,) = [event for event in events if event.type == "REQUEST"]
    assert appeal.time is None


def test_an_agreement_in_the_lead_sentence_is_set_where_the_sentence_says(nlp: Language) -> None:
    text = (
        "Premier Ilse Halvorsen met Delta Front leader Arno Vesk in Tal Varesh on Tuesday, and the two leaders "
        "agreed to reopen the border crossing, her office said."
    )
    table: Table = {
        "Tal Varesh": ("place", "city"), "Ilse Halvorsen": ("person", None), "Arno Vesk": ("person", None),
        "Delta Front": ("organization", None),
    }
    events = analysed(nlp, text, table)
    agreement = next(event for event in events if event.type == "AGREE")
    assert name_of(agreement.place, table) == "Tal Varesh"


def test_a_lead_sentence_places_its_deed_by_the_narrowest_place_it_names(nlp: Language) -> None:
    text = (
        "Premier Ilse Halvorsen met Delta Front leader Arno Vesk in Oskan province on Tuesday, at a border post "
        "outside Tal Varesh, and the two leaders agreed to reopen the crossing, her office said."
    )
    table: Table = {
        "Tal Varesh": ("place", "city"), "Oskan": ("place", "admin1"),
        "Ilse Halvorsen": ("person", None), "Arno Vesk": ("person", None), "Delta Front": ("organization", None),
    }
    agreement = next(event for event in analysed(nlp, text, table) if event.type == "AGREE")
    assert name_of(agreement.place, table) == "Tal Varesh"


def test_a_lead_undated_in_its_sentence_takes_the_day_the_report_gives_next(nlp: Language) -> None:
    text = (
        "Fighters of the Delta Front attacked an army post at Tal Varesh, killing four soldiers, the army said.\n\n"
        "The fighting began shortly after dawn on Tuesday and lasted three hours, a local official said."
    )
    table: Table = {"Tal Varesh": ("place", "city"), "Delta Front": ("organization", None)}
    events = analysed(nlp, text, table, (day(text, "on Tuesday", "2031-05-06"),), published=date(2031, 5, 7))
    assert events[0].type == "ASSAULT"
    assert events[0].time is not None and events[0].time.value == "2031-05-06"


def test_a_day_after_publication_does_not_date_the_lead(nlp: Language) -> None:
    text = (
        "Fighters of the Delta Front attacked an army post at Tal Varesh, killing four soldiers, the army said.\n\n"
        "The soldiers will be buried in their home villages on Friday, a local official said."
    )
    table: Table = {"Tal Varesh": ("place", "city"), "Delta Front": ("organization", None)}
    events = analysed(nlp, text, table, (day(text, "on Friday", "2031-05-09"),), published=date(2031, 5, 7))
    assert events[0].type == "ASSAULT"
    assert events[0].time is None


@pytest.mark.parametrize(
    "text",
    [
        "At least nine people were killed on Tuesday when a drone operated by the Delta Army struck a gathering "
        "on the outskirts of Tal Varesh.",
        "A drone belonging to the Delta Army struck a wedding party near Tal Varesh on Tuesday, killing six guests.",
    ],
)
def test_who_flies_the_drone_is_who_struck(nlp: Language, text: str) -> None:
    table: Table = {"Tal Varesh": ("place", "city"), "Delta Army": ("organization", None)}
    (strike,) = analysed(nlp, text, table)
    assert [(name_of(actor.entity, table), actor.role) for actor in strike.actors] == [("Delta Army", "source")]


def test_the_village_told_again_is_the_village_not_the_area_it_lies_in(nlp: Language) -> None:
    text = (
        "Bandits killed 11 people in Tal Varesh, a farming community in Oskan Local Government Area, on Sunday, "
        "residents said. Police said the gunmen later stormed the village again and burned the granaries."
    )
    table: Table = {"Tal Varesh": ("place", "city"), "Oskan Local Government": ("place", None)}
    (raid,) = analysed(nlp, text, table)
    assert name_of(raid.place, table) == "Tal Varesh"


def test_a_day_another_event_took_does_not_date_the_lead(nlp: Language) -> None:
    text = (
        "Seven soldiers were wounded when drones of the Delta Front hit an army post near Tal Varesh, the army "
        "said. It blamed the Delta Front.\n\n"
        "Separately, residents said fighters of the Delta Front and the Kestrel Brigade had clashed on Monday."
    )
    table: Table = {
        "Tal Varesh": ("place", "city"), "Delta Front": ("organization", None), "Kestrel Brigade": ("organization", None),
    }
    events = analysed(nlp, text, table, (day(text, "on Monday", "2031-05-05"),), published=date(2031, 5, 7))
    clash = next(event for event in events if event.mode == "clash")
    assert clash.time is not None and clash.time.value == "2031-05-05"
    assert all(event.time is None for event in events if event is not clash)


def test_forces_that_repelled_an_attack_fought_those_who_launched_it(nlp: Language) -> None:
    text = (
        "The forces of the Delta Army and the Popular Guard repelled an attack launched by the Kestrel militia on "
        "army positions near Tarvo on Monday."
    )
    table: Table = {
        "Tarvo": ("place", "city"), "Delta Army": ("organization", None), "Popular Guard": ("organization", None),
        "Kestrel militia": ("organization", None),
    }
    (clash,) = analysed(nlp, text, table)
    assert clash.type == "ASSAULT"
    assert {name_of(actor.entity, table) for actor in clash.actors} == {"Delta Army", "Popular Guard", "Kestrel militia"}


def test_repelling_the_attackers_just_told_is_the_same_attack_told_from_the_other_side(nlp: Language) -> None:
    text = (
        "Kestrel militia fighters attacked an army base in Tarvo late on Saturday. Soldiers of the Delta Army and "
        "the Popular Guard repelled the attackers before dawn on Sunday."
    )
    table: Table = {
        "Tarvo": ("place", "city"), "Delta Army": ("organization", None), "Popular Guard": ("organization", None),
        "Kestrel militia": ("organization", None),
    }
    (attack,) = analysed(nlp, text, table)
    assert {(name_of(actor.entity, table), actor.role) for actor in attack.actors} == {
        ("Kestrel militia", "source"), ("Delta Army", "target"), ("Popular Guard", "target"),
    }


@pytest.mark.parametrize(
    ("text", "typed", "actors"),
    [
        ("The Delta Army pushed back fighters of the Kestrel Front near Tarvo on Monday.", ("ASSAULT", "clash"),
         {"Delta Army", "Kestrel Front"}),
        ("The Delta Army foiled an attack by the Kestrel Front on Tarvo on Monday.", ("ASSAULT", "clash"),
         {"Delta Army", "Kestrel Front"}),
        ("The Delta Army said it had neutralised 15 fighters of the Kestrel Front near Tarvo on Monday.",
         ("ASSAULT", "killing"), {"Delta Army", "Kestrel Front"}),
        ("Fighters of the Kestrel Front gunned down three farmers in Tarvo on Monday.", ("ASSAULT", "killing"),
         {"Kestrel Front"}),
        ("Fighters of the Kestrel Front looted shops and burned houses in Tarvo on Monday.",
         ("ASSAULT", "armed attack"), {"Kestrel Front"}),
        ("Fighters of the Kestrel Front besieged the town of Tarvo on Monday.", ("ASSAULT", "armed attack"),
         {"Kestrel Front"}),
        ("The Kestrel Front targeted a Delta Army convoy near Tarvo on Monday.", ("ASSAULT", "armed attack"),
         {"Kestrel Front", "Delta Army"}),
        ("Delta Army police dispersed protesters in Tarvo on Monday.", ("PROTEST", "demonstrate"), set()),
        ("Ivo Brand and Omar Deen discussed the border by telephone on Monday.", ("CONSULT", "call"),
         {"Ivo Brand", "Omar Deen"}),
        ("Ivo Brand conferred with Omar Deen in Tarvo on Monday.", ("CONSULT", "meet"), {"Ivo Brand", "Omar Deen"}),
    ],
)
def test_the_common_ways_reports_tell_fights_and_talks(
    nlp: Language, text: str, typed: tuple[str, str], actors: set[str]
) -> None:
    table: Table = {
        "Tarvo": ("place", "city"), "Delta Army": ("organization", None), "Kestrel Front": ("organization", None),
        "Ivo Brand": ("person", None), "Omar Deen": ("person", None),
    }
    event = analysed(nlp, text, table)[0]
    assert (event.type, event.mode) == typed
    assert actors <= {name_of(actor.entity, table) for actor in event.actors}


@pytest.mark.parametrize(
    "text",
    [
        "Protesters burned tyres in Tarvo on Monday.",
        "The ministry targeted savings of 3 percent in Tarvo this year.",
        "Ivo Brand pushed back against the criticism in Tarvo on Monday.",
    ],
)
def test_words_of_fights_in_other_senses_tell_no_attack(nlp: Language, text: str) -> None:
    table: Table = {"Tarvo": ("place", "city"), "Ivo Brand": ("person", None)}
    assert not [event for event in analysed(nlp, text, table) if event.type == "ASSAULT"]
