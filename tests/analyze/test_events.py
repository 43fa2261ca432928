"""Events from invented conflict reports and political news: type, mode, class, actors, place, time."""

from __future__ import annotations

import dataclasses
import re

import pytest
from spacy.language import Language

from wirewatch.analyze.events import find_events
from wirewatch.analyze.plover import event_class
from wirewatch.model import Entity, Event, GazetteerEntry, Place, Span, TimeExpression


def entities_named(
    text: str, table: list[tuple[str, str, list[str]]], affiliations: dict[str, tuple[str, ...]] | None = None
) -> tuple[Entity, ...]:
    """Entities with a mention at every whole-word occurrence of each of their forms."""
    entities = []
    for number, (name, kind, forms) in enumerate(table, start=1):
        mentions = [
            Span(match.start(), match.end(), match.group())
            for form in forms
            for match in re.finditer(rf"\b{re.escape(form)}\b", text)
        ]
        entities.append(
            Entity(
                f"e{number}",
                name,
                kind,
                tuple(sorted(mentions, key=lambda s: s.start)),
                affiliations=(affiliations or {}).get(name, ()),
            )  # type: ignore[arg-type]
        )
    return tuple(entities)


def day(text: str, phrase: str, value: str) -> TimeExpression:
    start = text.index(phrase)
    return TimeExpression(phrase, start, start + len(phrase), value, "day", "publication")


def read(
    nlp: Language,
    text: str,
    table: list[tuple[str, str, list[str]]],
    times: tuple[TimeExpression, ...] = (),
    **kwargs,
) -> tuple[tuple[Event, ...], dict[str, str]]:
    entities = entities_named(text, table, kwargs.get("affiliations"))
    places = tuple(Place(entity.id, entity.name, None) for entity in entities if entity.type == "place")
    events = find_events(nlp(text), (), entities, places, times)
    return events, {entity.id: entity.name for entity in entities}


def actor_names(event: Event, names: dict[str, str]) -> set[str]:
    return {names[actor.entity] for actor in event.actors}


@pytest.mark.parametrize(
    ("event_type", "mode", "expected"),
    [
        ("ASSAULT", "shelling", "violent"),
        ("ASSAULT", "clash", "violent"),
        ("ASSAULT", "IED", "violent"),
        ("COERCE", "arrest", "strategic"),
        ("PROTEST", "demonstrate", "protest"),
        ("PROTEST", "riot", "protest"),
        ("ASSAULT", "territory gained", "violent"),
        ("RETREAT", "territory transferred", "strategic"),
        ("MOBILIZE", "headquarters", "strategic"),
        ("CONSULT", "meet", "strategic"),
    ],
)
def test_event_class(event_type: str, mode: str, expected: str) -> None:
    assert event_class(event_type, mode) == expected


def test_shelling_with_actor_place_and_day(nlp: Language) -> None:
    text = "On 3 March, regime forces shelled Kafr Nabl, killing two civilians."
    events, names = read(
        nlp, text, [("regime forces", "organization", ["regime forces"]), ("Kafr Nabl", "place", ["Kafr Nabl"])],
        (day(text, "On 3 March", "2024-03-03"),),
    )  # fmt: skip
    (event,) = events
    assert (event.type, event.mode, event_class(event.type, event.mode)) == ("ASSAULT", "shelling", "violent")
    assert actor_names(event, names) == {"regime forces"}
    assert names[event.place] == "Kafr Nabl"
    assert event.time is not None and event.time.value == "2024-03-03"
    assert event.certainty == "asserted" and event.evidence[0].text == text


@pytest.mark.parametrize(
    ("text", "table", "expected"),
    [
        (
            "Militia fighters clashed with border guards near Tarvo on Sunday night.",
            [
                ("Militia fighters", "organization", ["Militia fighters"]),
                ("border guards", "organization", ["border guards"]),
                ("Tarvo", "place", ["Tarvo"]),
            ],
            ("ASSAULT", "clash", {"Militia fighters", "border guards"}, "Tarvo"),
        ),
        (
            "Coalition warplanes carried out air strikes on the outskirts of Dalmor, according to residents.",
            [
                ("Coalition warplanes", "organization", ["Coalition warplanes"]),
                ("Dalmor", "place", ["Dalmor"]),
            ],
            ("ASSAULT", "air strike", {"Coalition warplanes"}, "Dalmor"),
        ),
        (
            "A roadside bomb exploded next to a police patrol in Kesra, wounding four officers.",
            [("Kesra", "place", ["Kesra"])],
            ("ASSAULT", "IED", set(), "Kesra"),
        ),
        (
            "Security forces arrested twelve students at the university in Velan on Tuesday.",
            [("Security forces", "organization", ["Security forces"]), ("Velan", "place", ["Velan"])],
            ("COERCE", "arrest", {"Security forces"}, "Velan"),
        ),
        (
            "Hundreds of teachers protested outside the parliament in Orsk over unpaid wages.",
            [("teachers", "organization", ["teachers"]), ("Orsk", "place", ["Orsk"])],
            ("PROTEST", "demonstrate", {"teachers"}, "Orsk"),
        ),
        (
            "Youths rioted in Port Amal after the verdict, torching two cars.",
            [("Youths", "organization", ["Youths"]), ("Port Amal", "place", ["Port Amal"])],
            ("PROTEST", "riot", {"Youths"}, "Port Amal"),
        ),
        (
            "Rebel fighters captured the town of Sabri after two days of fighting.",
            [("Rebel fighters", "organization", ["Rebel fighters"]), ("Sabri", "place", ["Sabri"])],
            ("ASSAULT", "territory gained", {"Rebel fighters"}, "Sabri"),
        ),
        (
            "The Northern Front established a new headquarters in Ganta last week.",
            [("Northern Front", "organization", ["Northern Front"]), ("Ganta", "place", ["Ganta"])],
            ("MOBILIZE", "headquarters", {"Northern Front"}, "Ganta"),
        ),
        (
            "Government troops withdrew from Lusa, handing the town to a local militia.",
            [("Government troops", "organization", ["Government troops"]), ("Lusa", "place", ["Lusa"])],
            ("RETREAT", "territory transferred", {"Government troops"}, "Lusa"),
        ),
    ],
)
def test_conflict_report_events(nlp: Language, text: str, table: list, expected: tuple) -> None:
    events, names = read(nlp, text, table)
    event_type, mode, actors, place = expected
    assert [(event.type, event.mode) for event in events][:1] == [(event_type, mode)]
    assert actor_names(events[0], names) == actors
    assert events[0].place is not None and names[events[0].place] == place


def test_attributed_and_hedged_conflict_events(nlp: Language) -> None:
    text = "Coalition warplanes reportedly struck a fuel depot in Dalmor, according to activists."
    events, _ = read(
        nlp,
        text,
        [("Coalition warplanes", "organization", ["Coalition warplanes"]), ("Dalmor", "place", ["Dalmor"])],
    )
    (event,) = events
    assert event.mode == "air strike" and event.certainty == "hedged"
    assert [link.name for link in event.sources] == ["activists"]


def test_a_toll_in_a_later_sentence_is_not_a_second_event(nlp: Language) -> None:
    text = (
        "Militia fighters clashed with border guards near Tarvo. "
        "A monitoring group reported that three guards were killed in the fighting."
    )
    events, _ = read(
        nlp, text, [("Militia fighters", "organization", ["Militia fighters"]), ("Tarvo", "place", ["Tarvo"])]
    )
    assert [(event.type, event.mode) for event in events] == [("ASSAULT", "clash")]


def test_negated_and_quoted_triggers_are_not_events(nlp: Language) -> None:
    text = "The envoys did not meet on Monday. “We will attack the convoy,” a commander said."
    events, _ = read(nlp, text, [])
    assert events == ()


def test_meeting_told_over_several_sentences_with_a_possible_retelling(nlp: Language) -> None:
    text = (
        "Leaders of the Sun Party and the Harbor League met in Valmora, reported a news agency. "
        "The Sun Party delegation was reportedly led by Ivo Kask and the Harbor League delegation included Mira Tamm.\n\n"
        "Meanwhile, a regional broadcaster reported that Tamm hosted a delegation led by Kask.\n\n"
        "It is unclear whether this was a separate meeting.\n\n"
        "Last year, Tamm had a call with the party's chairman, Oskar Lepp."
    )
    table = [
        ("Sun Party", "organization", ["Sun Party"]),
        ("Harbor League", "organization", ["Harbor League"]),
        ("Valmora", "place", ["Valmora"]),
        ("Ivo Kask", "person", ["Ivo Kask", "Kask"]),
        ("Mira Tamm", "person", ["Mira Tamm", "Tamm"]),
        ("Oskar Lepp", "person", ["Oskar Lepp"]),
    ]
    affiliations = {"Ivo Kask": ("e1",), "Mira Tamm": ("e2",), "Oskar Lepp": ("e1",)}
    last_year = TimeExpression(
        "Last year", text.index("Last year"), text.index("Last year") + 9, "2023", "year", "publication"
    )
    events, names = read(nlp, text, table, (last_year,), affiliations=affiliations)
    lead, hosted, call = events
    assert (lead.id, lead.type, lead.mode) == ("v1", "CONSULT", "meet")
    assert actor_names(lead, names) == {"Sun Party", "Harbor League", "Ivo Kask", "Mira Tamm"}
    assert names[lead.place] == "Valmora"
    assert [link.name for link in lead.sources] == ["a news agency"]
    assert lead.certainty == "hedged" and len(lead.evidence) == 2
    assert (hosted.mode, [link.name for link in hosted.sources]) == ("host", ["a regional broadcaster"])
    roles = {names[actor.entity]: actor.role for actor in hosted.actors}
    assert (
        roles["Mira Tamm"] == "host" and roles["Ivo Kask"] == "leader" and roles["Sun Party"] == "participant"
    )
    assert hosted.possibly_same_as == ("v1",) and lead.possibly_same_as == ("v2",)
    assert (call.mode, actor_names(call, names)) == ("call", {"Mira Tamm", "Oskar Lepp"})
    assert call.time is not None and call.time.value == "2023"


def test_caption_events_are_marked_and_linked_to_the_body(nlp: Language) -> None:
    body_text = "Ivo Kask met Mira Tamm in Valmora on Friday."
    caption_text = "Ivo Kask is reported to meet Mira Tamm in Valmora."
    body, caption = nlp(body_text), nlp(caption_text)
    mentions = {}
    for name in ("Ivo Kask", "Mira Tamm", "Valmora"):
        mentions[name] = (
            Span(body_text.index(name), body_text.index(name) + len(name), name),
            Span(caption_text.index(name), caption_text.index(name) + len(name), name, 0),
        )
    entities = (
        Entity("e1", "Ivo Kask", "person", mentions["Ivo Kask"]),
        Entity("e2", "Mira Tamm", "person", mentions["Mira Tamm"]),
        Entity("e3", "Valmora", "place", mentions["Valmora"]),
    )
    events = find_events(body, [caption], entities, (Place("e3", "Valmora", None),), ())
    assert [(event.in_caption, event.certainty, event.possibly_same_as) for event in events] == [
        (False, "asserted", ("v2",)),
        (True, "hedged", ("v1",)),
    ]
    assert events[1].evidence[0].caption == 0


def test_leaders_who_spoke_by_telephone_held_a_call(nlp: Language) -> None:
    # A coordinated subject is the partner of a reciprocal verb just as "with X" is.
    text = (
        "Northern Council envoy Rafael Ostrova and Harbour Front chief Mira Salk spoke by telephone on Tuesday "
        "about the prisoner exchange, officials said."
    )
    events, names = read(nlp, text, [("Rafael Ostrova", "person", ["Rafael Ostrova"]),
                                     ("Mira Salk", "person", ["Mira Salk"])])  # fmt: skip
    calls = [e for e in events if (e.type, e.mode) == ("CONSULT", "call")]
    assert len(calls) == 1 and actor_names(calls[0], names) == {"Rafael Ostrova", "Mira Salk"}
    alone, _ = read(nlp, "Mira Salk and her deputy spoke to reporters in Valmora on Tuesday.",
                    [("Mira Salk", "person", ["Mira Salk"])])  # fmt: skip
    assert not [e for e in alone if e.type == "CONSULT"]
    # Speaking by phone is a call even where the parse loses the partner.
    by_phone, _ = read(nlp, "Mira Salk spoke by phone on Tuesday about the grain shipments.",
                       [("Mira Salk", "person", ["Mira Salk"])])  # fmt: skip
    assert [(e.type, e.mode) for e in by_phone] == [("CONSULT", "call")]


def test_an_attack_named_by_its_attacker_or_target_is_an_armed_attack(nlp: Language) -> None:
    table = [("Red Hills Brigade", "organization", ["Red Hills Brigade"]), ("Tarvo", "place", ["Tarvo"])]
    text = "The attack by the Red Hills Brigade on an army post in Tarvo on Tuesday has revived fears, residents said."
    events, names = read(nlp, text, table)
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", "armed attack")]
    assert "Red Hills Brigade" in actor_names(events[0], names)
    bare, _ = read(nlp, "Residents of Tarvo said the attack was a reminder of harder years.", table)
    assert not bare


def test_the_group_and_they_point_back_to_the_organization_named_last(nlp: Language) -> None:
    text = (
        "Fighters of the Sahel Defence Front attacked an army post near Tarvo on Tuesday. "
        "The group later seized the town of Ganta. "
        "Two days earlier, they had ambushed a convoy outside Lusa."
    )
    table = [
        ("Sahel Defence Front", "organization", ["Sahel Defence Front"]),
        ("Tarvo", "place", ["Tarvo"]),
        ("Ganta", "place", ["Ganta"]),
        ("Lusa", "place", ["Lusa"]),
    ]
    events, names = read(nlp, text, table)
    assert [actor_names(event, names) for event in events] == [{"Sahel Defence Front"}] * 3


def test_they_after_two_people_is_left_unresolved(nlp: Language) -> None:
    text = (
        "The Tarvo Front said Omar Deen and Kamal Ayyub were freed on Monday. "
        "They later attacked a checkpoint near Lusa."
    )
    table = [
        ("Tarvo Front", "organization", ["Tarvo Front"]),
        ("Omar Deen", "person", ["Omar Deen"]),
        ("Kamal Ayyub", "person", ["Kamal Ayyub"]),
        ("Lusa", "place", ["Lusa"]),
    ]
    events, names = read(nlp, text, table)
    (attack,) = [event for event in events if event.type == "ASSAULT"]
    assert actor_names(attack, names) == set()


def test_seizing_goods_is_not_taking_territory(nlp: Language) -> None:
    text = "Rebel fighters seized weapons and two vehicles. Rebel fighters seized the town of Sabri."
    table = [("Rebel fighters", "organization", ["Rebel fighters"]), ("Sabri", "place", ["Sabri"])]
    events, names = read(nlp, text, table)
    assert [(event.mode, names.get(event.place or "")) for event in events] == [("territory gained", "Sabri")]


def test_a_bare_dateline_city_is_where_the_story_was_filed_not_a_host(nlp: Language) -> None:
    text = (
        "TARVO — Northland's President Omar Deen received a delegation of elders at the palace on Sunday, "
        "his office said.\n\n"
        "The delegation, led by Sultan Kamal Ayyub, discussed security in Lusa."
    )
    table = [
        ("Tarvo", "place", ["TARVO"]),
        ("Northland", "place", ["Northland"]),
        ("Omar Deen", "person", ["Omar Deen"]),
        ("Kamal Ayyub", "person", ["Sultan Kamal Ayyub"]),
        ("Lusa", "place", ["Lusa"]),
    ]
    (meeting,), names = read(nlp, text, table)
    assert {names[actor.entity]: actor.role for actor in meeting.actors} == {
        "Omar Deen": "host",
        "Kamal Ayyub": "leader",
    }
    assert names[meeting.place] == "Tarvo"  # filed from there; Lusa is only talked about


def test_a_partner_hung_off_the_phone_is_in_the_call_which_takes_no_dateline_place(nlp: Language) -> None:
    text = (
        "TARVO, May 3 (Wire) — Prime Minister Omar Deen spoke by phone with Northland's President "
        "Kamal Ayyub about border security."
    )
    table = [("Tarvo", "place", ["TARVO"]), ("Omar Deen", "person", ["Omar Deen"]),
             ("Kamal Ayyub", "person", ["Kamal Ayyub"])]  # fmt: skip
    events, names = read(nlp, text, table)
    assert [(event.mode, actor_names(event, names), event.place) for event in events] == [
        ("call", {"Omar Deen", "Kamal Ayyub"}, None)
    ]


def test_a_running_tally_is_not_an_event(nlp: Language) -> None:
    text = "Bandit gangs have killed hundreds of people in Northland since 2021."
    table = [("Bandit gangs", "organization", ["Bandit gangs"]), ("Northland", "place", ["Northland"])]
    assert read(nlp, text, table)[0] == ()


def test_a_purpose_clause_takes_the_time_of_its_act(nlp: Language) -> None:
    text = "Late Wednesday, residents blocked roads in Lusa to protest the killings."
    table = [("Lusa", "place", ["Lusa"])]
    times = (day(text, "Late Wednesday", "2024-10-02"),)
    (protest,) = read(nlp, text, table, times)[0]
    assert protest.type == "PROTEST" and protest.time is not None and protest.time.value == "2024-10-02"


def test_a_claimant_carried_out_the_attack_and_sides_of_a_clash_hang_off_erupted(nlp: Language) -> None:
    text = (
        "The Sahel Defence Front claimed responsibility for a suicide bombing at a mosque in Tarvo on Friday.\n\n"
        "Clashes erupted between the Northern Front and the Lusa Guard near Ganta on Saturday."
    )
    table = [
        ("Sahel Defence Front", "organization", ["Sahel Defence Front"]),
        ("Tarvo", "place", ["Tarvo"]),
        ("Northern Front", "organization", ["Northern Front"]),
        ("Lusa Guard", "organization", ["Lusa Guard"]),
        ("Ganta", "place", ["Ganta"]),
    ]
    events, names = read(nlp, text, table)
    assert [(event.mode, actor_names(event, names)) for event in events] == [
        ("bombing", {"Sahel Defence Front"}),
        ("clash", {"Northern Front", "Lusa Guard"}),
    ]


def test_they_after_an_organization_said_is_that_organization(nlp: Language) -> None:
    text = "The Lusa Guard arrested two smugglers. Northland Police said they had arrested 46 protesters in Tarvo."
    table = [("Lusa Guard", "organization", ["Lusa Guard"]), ("Northland Police", "organization",
             ["Northland Police"]), ("Tarvo", "place", ["Tarvo"])]  # fmt: skip
    events, names = read(nlp, text, table)
    assert [actor_names(event, names) for event in events] == [{"Lusa Guard"}, {"Northland Police"}]


def test_the_two_sides_are_the_last_meetings_participants_on_another_day(nlp: Language) -> None:
    text = (
        "Omar Deen met Kamal Ayyub in Tarvo on Tuesday, aides said. "
        "The Northern Front was not invited. The two sides last met in January in Lusa."
    )
    table = [("Omar Deen", "person", ["Omar Deen"]), ("Kamal Ayyub", "person", ["Kamal Ayyub"]),
             ("Northern Front", "organization", ["Northern Front"]), ("Tarvo", "place", ["Tarvo"]),
             ("Lusa", "place", ["Lusa"])]  # fmt: skip
    times = (day(text, "on Tuesday", "2024-03-12"),)
    january = TimeExpression("in January", text.index("in January"), text.index("in January") + 10, "2024-01",
                             "month", "publication")  # fmt: skip
    events, names = read(nlp, text, table, (*times, january))
    assert [(actor_names(event, names), names[event.place]) for event in events] == [
        ({"Omar Deen", "Kamal Ayyub"}, "Tarvo"),
        ({"Omar Deen", "Kamal Ayyub"}, "Lusa"),
    ]
    assert all(event.possibly_same_as == () for event in events)


def test_its_members_belong_to_the_group_the_text_keeps_talking_about(nlp: Language) -> None:
    text = (
        "Rebels of the Northern Front seized Tarvo on Tuesday. The Northern Front now holds most of the valley. "
        "United Nations experts have said the group is armed by a neighbour. "
        "In Lusa, which the movement has held since 2022, its administrators arrested six men on Monday."
    )
    table = [("Northern Front", "organization", ["Northern Front"]), ("Tarvo", "place", ["Tarvo"]),
             ("United Nations", "organization", ["United Nations"]), ("Lusa", "place", ["Lusa"])]  # fmt: skip
    events, names = read(nlp, text, table)
    arrest = next(event for event in events if event.type == "COERCE")
    assert actor_names(arrest, names) == {"Northern Front"}


def test_support_told_in_passing_is_no_event_and_retook_is_read_as_retake(nlp: Language) -> None:
    text = "Police officers, backed by soldiers of the Lusa Guard, retook the town centre on Wednesday."
    table = [("Lusa Guard", "organization", ["Lusa Guard"])]
    events, _ = read(nlp, text, table)
    assert [(event.type, event.mode) for event in events] == [("ASSAULT", "territory gained")]


def test_a_relative_clause_dates_its_own_verb_and_a_visited_city_is_the_place(nlp: Language) -> None:
    text = (
        "Omar Deen, who has led the Northern Front since January, urged fighters to halt attacks on Lusa targets. "
        "Deen last visited Tarvo in April."
    )
    table = [("Omar Deen", "person", ["Omar Deen", "Deen"]), ("Northern Front", "organization", ["Northern Front"]),
             ("Lusa", "place", ["Lusa"]), ("Tarvo", "place", ["Tarvo"])]  # fmt: skip
    january = TimeExpression("since January", text.index("since January"), text.index("since January") + 13,
                             "2020-01", "month", "publication")  # fmt: skip
    april = TimeExpression("in April", text.index("in April"), text.index("in April") + 8, "2020-04", "month",
                           "publication")  # fmt: skip
    events, names = read(nlp, text, table, (january, april))
    request, visit = events
    assert (request.type, request.time, request.place) == ("REQUEST", None, None)
    assert (visit.mode, actor_names(visit, names), names[visit.place], visit.time.value) == (
        "visit",
        {"Omar Deen"},
        "Tarvo",
        "2020-04",
    )


def test_an_event_told_after_after_is_an_earlier_one_with_its_own_place_and_day(nlp: Language) -> None:
    text = (
        "A week after a march in Tarvo, teachers marched again on Wednesday, this time in Lusa, "
        "to demand the release of two kidnapped union leaders."
    )
    table = [
        ("teachers", "organization", ["teachers"]),
        ("Tarvo", "place", ["Tarvo"]),
        ("Lusa", "place", ["Lusa"]),
    ]
    times = (day(text, "on Wednesday", "2024-04-17"),
             TimeExpression("A week after", 0, 12, None, "day", "unanchored"))  # fmt: skip
    events, names = read(nlp, text, table, times)
    assert sorted((names[event.place], event.time.value) for event in events) == [
        ("Lusa", "2024-04-17"),
        ("Tarvo", "2024-04-10"),
    ]
    assert all(event.type == "PROTEST" for event in events)  # kidnapped leaders are no abduction told here


def test_firing_shells_into_a_town_is_shelling_there(nlp: Language) -> None:
    text = "Northern Front fighters fired artillery shells into Tarvo on Monday, killing four people."
    table = [("Northern Front", "organization", ["Northern Front"]), ("Tarvo", "place", ["Tarvo"])]
    (event,), names = read(nlp, text, table)
    assert (event.mode, names[event.place]) == ("shelling", "Tarvo")


def test_the_town_points_back_to_the_settlement_named_last(nlp: Language) -> None:
    text = (
        "Northern Front fighters shelled Tarvo on Monday. "
        "A day later, Lusa Guard drones struck Northern Front vehicles east of the town."
    )
    table = [("Northern Front", "organization", ["Northern Front"]), ("Tarvo", "place", ["Tarvo"]),
             ("Lusa Guard", "organization", ["Lusa Guard"])]  # fmt: skip
    events, names = read(nlp, text, table)
    assert [names[event.place] for event in events] == ["Tarvo", "Tarvo"]


@pytest.mark.parametrize(
    "between",
    [
        "The man died at the Tarvo General Hospital in Lusa. ",  # where the wounded were taken
        "",
    ],
)
def test_the_town_is_not_the_city_it_is_placed_by_or_the_wounded_taken_to(nlp: Language, between: str) -> None:
    text = (
        "One man was killed during the storming of the village of Zinda, east of Lusa, at dawn. "
        + between
        + "Witnesses said Northern Front fighters stormed the village from three sides."
    )
    table = [("Northern Front", "organization", ["Northern Front"]), ("Zinda", "place", ["Zinda"]),
             ("Lusa", "place", ["Lusa"])]  # fmt: skip
    events, names = read(nlp, text, table)
    stormed = next(event for event in events if "stormed" in event.evidence[0].text)
    assert names[stormed.place] == "Zinda"


def test_the_body_an_envoy_is_posted_to_is_no_actor(nlp: Language) -> None:
    text = "Northland's ambassador to the United Nations, Omar Deen, accused the Lusa Guard of obstruction."
    table = [("Omar Deen", "person", ["Omar Deen"]), ("United Nations", "organization", ["United Nations"]),
             ("Lusa Guard", "organization", ["Lusa Guard"])]  # fmt: skip
    (event,), names = read(nlp, text, table)
    assert event.type == "ACCUSE" and "United Nations" not in actor_names(event, names)
    assert "Omar Deen" in actor_names(event, names)


def test_a_refusal_said_is_a_rejection_placed_where_the_speaker_next_speaks(nlp: Language) -> None:
    text = (
        "President Omar Deen said on Wednesday that his government would not withdraw the land bill. "
        "“We will not be blackmailed,” Deen said at a church service in Tarvo."
    )
    table = [("Omar Deen", "person", ["Omar Deen", "Deen"]), ("Tarvo", "place", ["Tarvo"])]
    events, names = read(nlp, text, table, (day(text, "on Wednesday", "2025-06-18"),))
    assert [(e.type, actor_names(e, names), names.get(e.place or ""), e.time.value) for e in events][:1] == [
        ("REJECT", {"Omar Deen"}, "Tarvo", "2025-06-18")
    ]


def test_a_group_claiming_the_attack_carried_it_out(nlp: Language) -> None:
    text = (
        "A roadside bomb hit an army convoy near Tarvo on Monday. "
        "The Sahel Defence Front, an affiliate of the Northern Front, claimed the attack in a statement."
    )
    table = [("Tarvo", "place", ["Tarvo"]), ("Sahel Defence Front", "organization", ["Sahel Defence Front"]),
             ("Northern Front", "organization", ["Northern Front"])]  # fmt: skip
    (event,), names = read(nlp, text, table)
    assert event.mode == "IED" and actor_names(event, names) == {"Sahel Defence Front"}
    assert len(event.evidence) == 2


def test_a_dateline_places_the_lead_not_background_and_an_attackers_description_places_nothing(
    nlp: Language,
) -> None:
    text = (
        "TARVO, May 3 (Gulf Wire) — Fighters of the Sahel Defence Front, an affiliate active in Northland, "
        "attacked an army post in Lusa on Friday.\n\n"
        "Gunmen attacked a convoy last year."
    )
    table = [("Tarvo", "place", ["TARVO"]), ("Sahel Defence Front", "organization", ["Sahel Defence Front"]),
             ("Northland", "place", ["Northland"]), ("Lusa", "place", ["Lusa"]),
             ("Gunmen", "organization", ["Gunmen"])]  # fmt: skip
    events, names = read(
        nlp, text, table, (day(text, "May 3", "2024-05-03"), day(text, "on Friday", "2024-05-03"))
    )
    assert [names.get(event.place or "") for event in events] == ["Lusa", None]


def test_they_means_the_actor_just_named_not_an_earlier_meetings_sides(nlp: Language) -> None:
    text = (
        "Leaders of the Northern Front and the Lusa Guard met in Tarvo on Monday.\n\n"
        "Separately, gunmen attacked a checkpoint near Ganta. They killed five soldiers."
    )
    table = [("Northern Front", "organization", ["Northern Front"]), ("Lusa Guard", "organization",
             ["Lusa Guard"]), ("Tarvo", "place", ["Tarvo"]), ("gunmen", "other", ["gunmen"]),
             ("Ganta", "place", ["Ganta"])]  # fmt: skip
    events, names = read(nlp, text, table)
    assert all(actor_names(event, names) <= {"gunmen"} for event in events if event.type == "ASSAULT")


def test_a_claim_denied_or_quoted_adds_no_attacker(nlp: Language) -> None:
    text = (
        "Gunmen attacked a police post in Tarvo on Monday. "
        "The Northern Front did not claim the attack, a spokesman said."
    )
    table = [("Tarvo", "place", ["Tarvo"]), ("Northern Front", "organization", ["Northern Front"])]
    (event,), names = read(nlp, text, table)
    assert "Northern Front" not in actor_names(event, names) and len(event.evidence) == 1


def test_a_newsroom_label_is_no_dateline_and_marches_are_protests(nlp: Language) -> None:
    text = "BREAKING — Marches were held in Tarvo on Monday against the new tax."
    table = [("Tarvo", "place", ["Tarvo"])]
    (event,), names = read(nlp, text, table)
    assert event.type == "PROTEST" and names[event.place] == "Tarvo"


def test_what_protesters_do_in_the_street_is_the_protest(nlp: Language) -> None:
    text = (
        "Protesters set fire to tyres and blocked roads in Port Kestrel on Tuesday, witnesses said. "
        "Later, rioters looted shops near the Tarvo market."
    )
    table = [
        ("protesters", "other", ["Protesters"]),
        ("rioters", "other", ["rioters"]),
        ("Port Kestrel", "place", ["Port Kestrel"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    events, names = read(nlp, text, table, (day(text, "on Tuesday", "2031-05-06"),))
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "demonstrate"), ("PROTEST", "riot")]
    assert names[events[0].place] == "Port Kestrel" and events[0].time.value == "2031-05-06"
    assert [names[a.entity] for a in events[0].actors] == ["protesters"]


def test_what_protesters_say_or_plan_is_no_protest_of_its_own(nlp: Language) -> None:
    text = "Protesters said they would return to Tarvo on Friday."
    table = [("protesters", "other", ["Protesters"]), ("Tarvo", "place", ["Tarvo"])]
    events, _ = read(nlp, text, table)
    assert not [e for e in events if e.type == "PROTEST"]


def test_a_plural_possessive_apostrophe_opens_no_quote(nlp: Language) -> None:
    text = (
        "Foreign Minister Ivo Brand met Prime Minister Lev Karsk in Tarvo on Tuesday to discuss the Kestrel "
        "Workers’ Party, the government’s media office said."
    )
    table = [
        ("Ivo Brand", "person", ["Ivo Brand"]),
        ("Lev Karsk", "person", ["Lev Karsk"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    events, names = read(nlp, text, table)
    assert [(e.type, e.mode) for e in events] == [("CONSULT", "meet")]
    assert actor_names(events[0], names) == {"Ivo Brand", "Lev Karsk"} and names[events[0].place] == "Tarvo"


def test_a_trigger_word_inside_a_name_is_no_event(nlp: Language) -> None:
    text = "The Group to Support Islam and Muslims has not commented on the raid in Tarvo."
    table = [("Group to Support Islam and Muslims", "organization", ["Group to Support Islam and Muslims"]),
             ("Tarvo", "place", ["Tarvo"])]  # fmt: skip
    events, _ = read(nlp, text, table)
    assert not [e for e in events if e.type == "SUPPORT"]


def test_the_strike_came_days_after_dates_the_earlier_one_even_in_a_reported_clause(nlp: Language) -> None:
    text = (
        "A Norland drone struck a car near Tarvo on Wednesday, the Delta Front said. The strike came two days "
        "after a Norland drone hit a vehicle near Lusa, the group said."
    )
    table = [("Norland drone", "organization", ["Norland drone"]), ("Delta Front", "organization", ["Delta Front"]),
             ("Tarvo", "place", ["Tarvo"]), ("Lusa", "place", ["Lusa"])]  # fmt: skip
    span_at = text.index("two days after")
    times = (day(text, "on Wednesday", "2031-05-07"),
             TimeExpression("two days after", span_at, span_at + 14, None, "day", "unanchored"))  # fmt: skip
    events, names = read(nlp, text, table, times)
    assert sorted((names[event.place], event.time.value) for event in events) == [
        ("Lusa", "2031-05-05"),
        ("Tarvo", "2031-05-07"),
    ]


def test_leaders_who_talk_in_a_phone_call_are_its_participants(nlp: Language) -> None:
    text = "Norland's President Ivo Brand and Estovia's President Lev Karsk discussed the border in a phone call on Friday."
    table = [("Ivo Brand", "person", ["Ivo Brand"]), ("Lev Karsk", "person", ["Lev Karsk"])]
    (event,), names = read(nlp, text, table)
    assert (event.type, event.mode) == ("CONSULT", "call")
    assert actor_names(event, names) == {"Ivo Brand", "Lev Karsk"}


def test_the_meeting_a_speaker_talks_at_is_told_by_the_outlet_not_by_the_speaker(nlp: Language) -> None:
    text = (
        "Ivo Brand told leaders of the Delta Front at a meeting in Tarvo on Sunday that elections would be "
        "held in June."
    )
    table = [("Ivo Brand", "person", ["Ivo Brand"]), ("Delta Front", "organization", ["Delta Front"]),
             ("Tarvo", "place", ["Tarvo"])]  # fmt: skip
    events, names = read(nlp, text, table)
    meeting = next(event for event in events if event.mode == "meet")
    assert "Ivo Brand" in actor_names(meeting, names) and names[meeting.place] == "Tarvo"
    assert meeting.certainty == "asserted" and not meeting.sources


def test_a_protest_lodged_with_a_government_is_disapproval(nlp: Language) -> None:
    text = "Norland lodged a formal protest with Estovia on Tuesday over the detention of its fishermen."
    table = [("Norland", "place", ["Norland"]), ("Estovia", "place", ["Estovia"])]
    events, _ = read(nlp, text, table)
    assert [(event.type, event.mode) for event in events] == [("DISAPPROVE", "statement")]


def test_a_suicide_bombing_claimed_later_has_the_claimant_and_no_second_event(nlp: Language) -> None:
    text = (
        "A suicide bomber killed six people outside the ministry in Tarvo on Wednesday, police said. The Delta "
        "Front's local affiliate claimed responsibility for the attack.\n\nA police spokesman said the bomber "
        "was stopped at a checkpoint before detonating his explosives."
    )
    table = [("bomber", "other", ["suicide bomber", "bomber"]), ("Delta Front", "organization", ["Delta Front"]),
             ("Tarvo", "place", ["Tarvo"])]  # fmt: skip
    (event,), names = read(nlp, text, table, (day(text, "on Wednesday", "2031-05-07"),))
    assert (event.type, event.mode, names[event.place]) == ("ASSAULT", "bombing", "Tarvo")
    assert actor_names(event, names) == {"bomber", "Delta Front"}


def test_what_a_government_is_ready_to_host_has_not_happened(nlp: Language) -> None:
    text = "Ivo Brand told Lev Karsk that Norland was ready to host new talks between Tarvo and Lusa."
    table = [("Ivo Brand", "person", ["Ivo Brand"]), ("Lev Karsk", "person", ["Lev Karsk"]),
             ("Tarvo", "place", ["Tarvo"]), ("Lusa", "place", ["Lusa"])]  # fmt: skip
    events, _ = read(nlp, text, table)
    assert not [event for event in events if event.type == "CONSULT"]


def test_a_month_after_dates_the_earlier_meeting_to_the_month_before(nlp: Language) -> None:
    text = (
        "Ivo Brand met Lev Karsk in Tarvo on Saturday. The meeting came a month after the two delegations "
        "last met in Lusa."
    )
    table = [("Ivo Brand", "person", ["Ivo Brand"]), ("Lev Karsk", "person", ["Lev Karsk"]),
             ("Tarvo", "place", ["Tarvo"]), ("Lusa", "place", ["Lusa"])]  # fmt: skip
    span_at = text.index("a month after")
    times = (day(text, "on Saturday", "2031-01-18"),
             TimeExpression("a month after", span_at, span_at + 13, None, "day", "unanchored"))  # fmt: skip
    events, names = read(nlp, text, table, times)
    earlier = next(event for event in events if names.get(event.place) == "Lusa")
    assert (earlier.time.value, earlier.time.precision) == ("2030-12", "month")


def test_an_air_strike_that_killed_people_is_the_event_and_its_nationality_names_the_forces(
    nlp: Language,
) -> None:
    text = (
        "An Estovian air strike on a house in Tarvo killed nine people overnight, medics said. The Estovian "
        "military said it had struck a command centre."
    )
    table = [("Estovian military", "organization", ["Estovian military"]), ("Tarvo", "place", ["Tarvo"])]
    events, names = read(nlp, text, table)
    strike = events[0]
    assert (strike.mode, names[strike.place]) == ("air strike", "Tarvo")
    assert actor_names(strike, names) == {"Estovian military"}
    assert not [event for event in events if event.mode == "killing"]


def test_protesters_who_gathered_are_the_protest_and_its_actor(nlp: Language) -> None:
    text = "Police fired tear gas at hundreds of protesters who gathered outside parliament on Tuesday, witnesses said."
    table = [("protesters", "other", ["protesters"])]
    events, names = read(nlp, text, table, (day(text, "on Tuesday", "2031-05-06"),))
    protest = next(event for event in events if event.type == "PROTEST")
    assert actor_names(protest, names) == {"protesters"} and protest.time.value == "2031-05-06"


def test_rockets_fired_by_the_dozen_are_shelling(nlp: Language) -> None:
    text = "Delta Front fighters fired dozens of rockets at Tarvo on Sunday, the army said."
    table = [("Delta Front", "organization", ["Delta Front"]), ("Tarvo", "place", ["Tarvo"])]
    (event,), names = read(nlp, text, table)
    assert (event.mode, names[event.place]) == ("shelling", "Tarvo")


def test_who_arrives_for_talks_with_a_president_takes_part_in_them(nlp: Language) -> None:
    text = (
        "General Ivo Brand arrived in Tarvo on Monday for talks with President Lev Karsk, the council said."
    )
    table = [
        ("Ivo Brand", "person", ["Ivo Brand"]),
        ("Lev Karsk", "person", ["Lev Karsk"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    events, names = read(nlp, text, table)
    talks = next(event for event in events if event.type == "CONSULT")
    assert {"Ivo Brand", "Lev Karsk"} <= actor_names(talks, names) and names[talks.place] == "Tarvo"


def test_the_village_captured_is_the_last_town_named_not_its_region_or_country(nlp: Language) -> None:
    text = (
        "Norland forces have withdrawn from the village of Tarvo in the eastern Kestrel region, Norland's "
        "military said.\n\nEstovia's defence ministry said last week its troops had captured the village."
    )
    table = [("Norland forces", "organization", ["Norland forces"]), ("Tarvo", "place", ["Tarvo"]),
             ("Kestrel", "place", ["Kestrel region"]), ("Norland", "place", ["Norland"])]  # fmt: skip
    entities = entities_named(text, table)
    places = tuple(
        Place(
            entity.id,
            entity.name,
            GazetteerEntry(entity.name, "XX", 0.0, 0.0, "country" if entity.name == "Norland" else "city"),
        )
        for entity in entities
        if entity.type == "place"
    )
    events = find_events(nlp(text), (), entities, places, ())
    names = {entity.id: entity.name for entity in entities}
    captured = next(event for event in events if event.mode == "territory gained")
    assert names[captured.place] == "Tarvo"


def test_weeks_after_the_two_spoke_is_an_earlier_call_between_the_same_two(nlp: Language) -> None:
    text = "Ivo Brand met Lev Karsk in Tarvo on Saturday, three weeks after the two spoke by telephone, sources said."
    table = [
        ("Ivo Brand", "person", ["Ivo Brand"]),
        ("Lev Karsk", "person", ["Lev Karsk"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    events, names = read(nlp, text, table)
    assert [(event.mode, actor_names(event, names)) for event in events] == [
        ("meet", {"Ivo Brand", "Lev Karsk"}),
        ("call", {"Ivo Brand", "Lev Karsk"}),
    ]


def test_weeks_after_a_raid_that_killed_soldiers_is_an_earlier_attack(nlp: Language) -> None:
    text = (
        "Delta Front fighters attacked the army post in Tarvo on Wednesday, three weeks after a raid that killed "
        "three soldiers, security sources said."
    )
    table = [("Delta Front", "organization", ["Delta Front"]), ("Tarvo", "place", ["Tarvo"])]
    span_at = text.index("three weeks after")
    times = (day(text, "on Wednesday", "2031-06-25"),
             TimeExpression("three weeks after", span_at, span_at + 17, None, "day", "unanchored"))  # fmt: skip
    events, names = read(nlp, text, table, times)
    # "three weeks" is a round figure: the raid's week, given by a day in it, not a day.
    assert sorted((event.mode, event.time.value, event.time.precision) for event in events) == [
        ("armed attack", "2031-06-04", "week"),
        ("armed attack", "2031-06-25", "day"),
    ]


def test_a_rejection_is_told_as_a_fact_while_what_is_denied_stays_disputed(nlp: Language) -> None:
    text = (
        "Ivo Brand on Thursday rejected a call by Lev Karsk to drop the tariffs. The Delta Front denied that "
        "its fighters had attacked Tarvo."
    )
    table = [("Ivo Brand", "person", ["Ivo Brand"]), ("Lev Karsk", "person", ["Lev Karsk"]),
             ("Delta Front", "organization", ["Delta Front"]), ("Tarvo", "place", ["Tarvo"])]  # fmt: skip
    events, _ = read(nlp, text, table)
    certainty = {event.type: event.certainty for event in events}
    assert certainty["REJECT"] == "asserted" and certainty["ASSAULT"] == "disputed"


def test_a_raid_on_a_refugee_camp_is_placed_there_and_the_armys_troops_are_the_army(nlp: Language) -> None:
    text = (
        "Estovian forces killed three men during an overnight raid on the Tarvo refugee camp, medics said. "
        "The Estovian military said its troops had arrested 12 suspects."
    )
    table = [
        ("Estovian forces", "organization", ["Estovian forces", "Estovian military"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    events, names = read(nlp, text, table)
    assert names[events[0].place] == "Tarvo"
    arrest = next(event for event in events if event.type == "COERCE")
    assert actor_names(arrest, names) == {"Estovian forces"}


def test_settlers_setting_fire_attack_and_a_later_arrest_takes_no_day_from_before(nlp: Language) -> None:
    text = (
        "Settlers set fire to cars in Tarvo on Monday, residents said. Security forces later arrested two "
        "suspects, a spokesman said."
    )
    table = [("settlers", "other", ["Settlers"]), ("security forces", "organization", ["Security forces"]),
             ("Tarvo", "place", ["Tarvo"])]  # fmt: skip
    events, names = read(nlp, text, table, (day(text, "on Monday", "2031-05-05"),))
    attack, arrest = events
    assert (attack.type, actor_names(attack, names), names[attack.place]) == (
        "ASSAULT",
        {"settlers"},
        "Tarvo",
    )
    assert arrest.type == "COERCE" and arrest.time is None


def test_its_fighters_belong_to_the_coalition_named_before_not_to_the_union_that_spoke(nlp: Language) -> None:
    text = (
        "Members of the Delta Ansanm gang coalition stormed Tarvo on Monday, the police union SYNOPA said.\n\n"
        "The coalition had not attacked this far before. Its fighters set fire to homes, residents said."
    )
    table = [("Delta Ansanm gang", "organization", ["Delta Ansanm gang"]), ("SYNOPA", "organization", ["SYNOPA"]),
             ("Tarvo", "place", ["Tarvo"])]  # fmt: skip
    events, names = read(nlp, text, table)
    assert all("SYNOPA" not in actor_names(event, names) for event in events)


def test_a_claimed_toll_goes_back_past_a_retaking_to_the_attack_it_retells(nlp: Language) -> None:
    text = (
        "Delta Front militants stormed a military base in Tarvo on Friday, an officer said. Army troops later "
        "retook the base. The group claimed in a statement that it had killed 30 soldiers."
    )
    table = [("Delta Front", "organization", ["Delta Front"]), ("army troops", "organization", ["Army troops"]),
             ("Tarvo", "place", ["Tarvo"])]  # fmt: skip
    events, names = read(nlp, text, table, (day(text, "on Friday", "2031-05-09"),))
    assert [event.mode for event in events] == ["armed attack", "territory gained"]


def test_an_appeal_hung_on_the_reported_clause_is_the_speakers(nlp: Language) -> None:
    text = (
        "The envoy, Ivo Brand, told the council on Wednesday that fighting between the Delta Front and the "
        "army had cut thousands of people off from food, and urged council members to open corridors."
    )
    table = [("Ivo Brand", "person", ["Ivo Brand"]), ("Delta Front", "organization", ["Delta Front"]),
             ("army", "organization", ["army"])]  # fmt: skip
    events, names = read(nlp, text, table)
    appeal = next(event for event in events if event.type == "REQUEST")
    assert "Ivo Brand" in actor_names(appeal, names) and "Delta Front" not in actor_names(appeal, names)


def test_what_will_or_would_happen_has_not_happened_but_may_have_has(nlp: Language) -> None:
    text = (
        "Ivo Brand will travel to Tarvo next week to meet Lev Karsk. Karsk said he would meet Brand in Lusa if "
        "the council agreed. Brand may have met Karsk in Kestrel last year."
    )
    table = [("Ivo Brand", "person", ["Ivo Brand", "Brand"]), ("Lev Karsk", "person", ["Lev Karsk", "Karsk"]),
             ("Tarvo", "place", ["Tarvo"]), ("Lusa", "place", ["Lusa"]), ("Kestrel", "place", ["Kestrel"])]  # fmt: skip
    events, names = read(nlp, text, table)
    assert [names[event.place] for event in events if event.type == "CONSULT"] == ["Kestrel"]


def test_a_drone_attack_launched_on_a_position_and_a_car_hit_by_a_drone_strike_are_drone_strikes(
    nlp: Language,
) -> None:
    text = (
        "Delta Front forces launched a drone attack overnight on an army position in Tarvo, killing two soldiers, "
        "officials said.\n\nTwo people were killed when their car was hit by an Estovian drone strike near Lusa."
    )
    table = [("Delta Front", "organization", ["Delta Front"]), ("Estovian drone", "organization", ["Estovian drone"]),
             ("Tarvo", "place", ["Tarvo"]), ("Lusa", "place", ["Lusa"])]  # fmt: skip
    events, names = read(nlp, text, table)
    assert [(event.mode, names[event.place]) for event in events] == [
        ("drone strike", "Tarvo"),
        ("drone strike", "Lusa"),
    ]


def test_summoning_another_states_ambassador_is_disapproval_of_that_state(nlp: Language) -> None:
    text = "Norland summoned Estovia's ambassador on Tuesday to protest against the visit."
    table = [("Norland", "place", ["Norland"]), ("Estovia", "place", ["Estovia"])]
    (event,), names = read(nlp, text, table)
    assert (event.type, actor_names(event, names)) == ("DISAPPROVE", {"Norland", "Estovia"})


def test_a_sons_trip_is_the_sons_and_a_visit_is_placed_where_he_travelled(nlp: Language) -> None:
    text = (
        "Brand's son Karl travelled to Tarvo on Tuesday for talks with officials. Thousands of supporters of "
        "Lev Karsk protested in Lusa on Sunday."
    )
    table = [("Brand", "person", ["Brand"]), ("Karl", "person", ["Karl"]), ("Lev Karsk", "person", ["Lev Karsk"]),
             ("Tarvo", "place", ["Tarvo"]), ("Lusa", "place", ["Lusa"])]  # fmt: skip
    events, names = read(nlp, text, table)
    visit = next(event for event in events if event.type == "CONSULT")
    protest = next(event for event in events if event.type == "PROTEST")
    assert actor_names(visit, names) == {"Karl"} and names[visit.place] == "Tarvo"
    assert "Lev Karsk" not in actor_names(protest, names) and names[protest.place] == "Lusa"


def test_the_named_dead_of_an_attack_are_its_target(nlp: Language) -> None:
    text = (
        "Delta Front fighters attacked an army post in Tarvo on Thursday, killing 14 soldiers and members of "
        "the Homeland Volunteers, sources said."
    )
    table = [("Delta Front", "organization", ["Delta Front"]), ("Homeland Volunteers", "organization", ["Homeland Volunteers"]),
             ("Tarvo", "place", ["Tarvo"])]  # fmt: skip
    (event,), names = read(nlp, text, table)
    assert {(names[a.entity], a.role) for a in event.actors} == {
        ("Delta Front", "source"),
        ("Homeland Volunteers", "target"),
    }


def test_who_also_took_part_joins_the_meeting_just_told(nlp: Language) -> None:
    text = (
        "President Ivo Brand received Deputy Minister Lev Karsk in Tarvo on Monday, the presidency said. Defence "
        "Minister Sara Olt also took part."
    )
    table = [("Ivo Brand", "person", ["Ivo Brand"]), ("Lev Karsk", "person", ["Lev Karsk"]),
             ("Sara Olt", "person", ["Sara Olt"]), ("Tarvo", "place", ["Tarvo"])]  # fmt: skip
    (event,), names = read(nlp, text, table)
    assert actor_names(event, names) == {"Ivo Brand", "Lev Karsk", "Sara Olt"}


def test_who_headed_a_side_of_the_meeting_just_told_takes_part_in_it(nlp: Language) -> None:
    text = (
        "Delta Front leaders met envoys of the council in Tarvo on Monday, local media reported. The Delta Front "
        "side was headed by its chief Lev Karsk."
    )
    table = [("Delta Front", "organization", ["Delta Front"]), ("Lev Karsk", "person", ["Lev Karsk"]),
             ("Tarvo", "place", ["Tarvo"])]  # fmt: skip
    (event,), names = read(nlp, text, table)
    assert "Lev Karsk" in actor_names(event, names)


def test_a_second_side_the_parser_hangs_off_the_verb_is_still_a_side(nlp: Language) -> None:
    text = (
        "Fighters of the Retour armed group clashed with the Central African Armed Forces (FACA) and Russian "
        "paramilitaries near Tarvo on Sunday."
    )
    table = [("Retour", "organization", ["Retour"]), ("Central African Armed Forces", "organization", ["Central African Armed Forces"]),
             ("Russian paramilitaries", "organization", ["Russian paramilitaries"]), ("Tarvo", "place", ["Tarvo"])]  # fmt: skip
    (event,), names = read(nlp, text, table)
    assert {"Central African Armed Forces", "Russian paramilitaries"} <= actor_names(event, names)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen linked to the Red Hills Brigade abducted three fishermen near Tarvo on Monday, the navy said.",
        "Fighters allied to the Red Hills Brigade shelled Tarvo on Sunday.",
    ],
)
def test_attackers_described_by_their_tie_to_a_group_act_with_that_group(nlp: Language, text: str) -> None:
    # The parser takes "linked"/"allied" for the main verb and the attack for its clause.
    table = [
        ("gunmen", "other", ["Gunmen"]),
        ("Red Hills Brigade", "organization", ["Red Hills Brigade"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    events, names = read(nlp, text, table)
    (attack,) = [event for event in events if event.type == "ASSAULT"]
    assert "Red Hills Brigade" in actor_names(attack, names)
    assert {actor.role for actor in attack.actors} == {"source"}


@pytest.mark.parametrize(
    "blame",
    [
        "A spokesman for the army blamed the Delta Front, a rebel group, and said troops were pursuing the bombers.",
        "The army blamed the bombing on the Delta Front.",
    ],
)
def test_the_group_blamed_is_the_suspected_doer_of_the_attack_just_told(nlp: Language, blame: str) -> None:
    text = (
        "Two soldiers were killed when a roadside bomb went off in Tarvo on Sunday, the army said. " + blame
    )
    table = [("Delta Front", "organization", ["Delta Front"]), ("Tarvo", "place", ["Tarvo"])]
    events, names = read(nlp, text, table)
    (bombing,) = [event for event in events if event.type == "ASSAULT"]
    assert [(names[actor.entity], actor.role) for actor in bombing.actors] == [("Delta Front", "source")]


def test_blame_does_not_replace_an_attacker_the_report_names(nlp: Language) -> None:
    text = (
        "Fighters of the Red Hills Brigade attacked an army post in Tarvo on Sunday. "
        "The governor blamed the Delta Front."
    )
    table = [
        ("Red Hills Brigade", "organization", ["Red Hills Brigade"]),
        ("Delta Front", "organization", ["Delta Front"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    events, names = read(nlp, text, table)
    (attack,) = [event for event in events if event.type == "ASSAULT"]
    assert actor_names(attack, names) == {"Red Hills Brigade"}


def test_territory_retaken_from_a_group_with_backers_names_all_sides(nlp: Language) -> None:
    text = (
        "Government troops backed by the Valley Guard retook the town of Tarvo in the central Kestrel region "
        "from the Delta Front on Wednesday, the governor said."
    )
    table = [
        ("Government troops", "organization", ["Government troops"]),
        ("Valley Guard", "organization", ["Valley Guard"]),
        ("Delta Front", "organization", ["Delta Front"]),
        ("Tarvo", "place", ["Tarvo"]),
        ("Kestrel", "place", ["Kestrel"]),
    ]
    events, names = read(nlp, text, table)
    (retaken,) = [event for event in events if event.type == "ASSAULT"]
    roles = {(names[actor.entity], actor.role) for actor in retaken.actors}
    assert roles == {("Government troops", "source"), ("Valley Guard", "source"), ("Delta Front", "target")}


def test_the_country_whose_claims_are_rejected_is_the_target(nlp: Language) -> None:
    text = "The foreign ministry on Monday rejected Kestria's claims over the islands."
    table = [("foreign ministry", "organization", ["foreign ministry"]), ("Kestria", "place", ["Kestria"])]
    events, names = read(nlp, text, table)
    (rejection,) = events
    assert {(names[actor.entity], actor.role) for actor in rejection.actors} == {
        ("foreign ministry", "source"),
        ("Kestria", "target"),
    }


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        (
            "Valley rebels killed two soldiers in an attack on an outpost near Tarvo on Tuesday.",
            "Kestrian military",
        ),
        ("Two soldiers were killed when a roadside bomb went off near Tarvo on Sunday.", "Kestrian military"),
        ("Valley rebels attacked a police post in Tarvo on Monday.", "Kestrian police"),
    ],
)
def test_unnamed_soldiers_or_a_military_site_struck_are_the_states_forces(
    nlp: Language, text: str, struck: str
) -> None:
    body = text + " The Kestrian military and the Kestrian police have both sent reinforcements."
    table = [
        ("Valley rebels", "organization", ["Valley rebels"]),
        ("Kestrian military", "organization", ["Kestrian military", "Military Forces of Kestria"]),
        ("Kestrian police", "organization", ["Kestrian police", "Police Forces of Kestria"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    entities = entities_named(body, table)
    # The coder's name of a state's forces is an alias, as the entity stage gives it.
    entities = tuple(
        dataclasses.replace(
            entity, aliases=(f"{'Military' if 'military' in entity.name else 'Police'} Forces of Kestria",)
        )
        if entity.name.startswith("Kestrian")
        else entity
        for entity in entities
    )
    places = tuple(Place(entity.id, entity.name, None) for entity in entities if entity.type == "place")
    events = find_events(nlp(body), (), entities, places, ())
    names = {entity.id: entity.name for entity in entities}
    (attack,) = [event for event in events if event.type == "ASSAULT"]
    assert (struck, "target") in {(names[actor.entity], actor.role) for actor in attack.actors}


def test_a_delegation_that_flew_in_one_day_and_met_the_next_met_on_the_meeting_day(nlp: Language) -> None:
    text = (
        "An official involved in the talks said the Norlandic delegation flew into Tarvo late on Tuesday on a"
        " private jet and met Prime Minister Aret Kask on Wednesday morning."
    )
    table = [
        ("Norlandic delegation", "organization", ["Norlandic delegation"]),
        ("Tarvo", "place", ["Tarvo"]),
        ("Aret Kask", "person", ["Aret Kask"]),
    ]
    times = (day(text, "late on Tuesday", "2031-08-18"), day(text, "on Wednesday morning", "2031-08-19"))
    events, names = read(nlp, text, table, times)
    meeting = next(event for event in events if event.mode == "meet")
    assert {"Norlandic delegation", "Aret Kask"} <= actor_names(meeting, names)
    assert meeting.time is not None and meeting.time.value == "2031-08-19"


def test_the_guest_named_right_after_the_office_is_hosted_even_when_his_name_reads_as_a_verb(nlp: Language) -> None:
    text = (
        "Jubaland President Ahmed Mohamed Islam hosted his Puntland counterpart Said Abdullahi Deni in Kismayo on"
        " Tuesday for talks on the stalled election process, Jubaland's presidency said."
    )
    table = [
        ("Ahmed Mohamed Islam", "person", ["Ahmed Mohamed Islam"]),
        ("Said Abdullahi Deni", "person", ["Said Abdullahi Deni"]),
        ("Kismayo", "place", ["Kismayo"]),
    ]
    events, names = read(nlp, text, table)
    hosting = next(event for event in events if event.mode == "host")
    assert {"Ahmed Mohamed Islam", "Said Abdullahi Deni"} <= actor_names(hosting, names)


def test_a_side_named_in_quote_marks_takes_part_in_the_talks(nlp: Language) -> None:
    text = (
        'The first round of peace talks between the Federal Government of Kestria and the armed group "Vanguard",'
        " held in Tarvo, concluded on Saturday."
    )
    table = [
        ("Federal Government of Kestria", "organization", ["Federal Government of Kestria"]),
        ("Vanguard", "organization", ["Vanguard"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    events, names = read(nlp, text, table)
    talks = next(event for event in events if event.type == "CONSULT")
    assert {"Federal Government of Kestria", "Vanguard"} <= actor_names(talks, names)


def test_a_second_guest_named_by_his_office_after_and_takes_part(nlp: Language) -> None:
    text = (
        "Al Jaber met Mahdi al-Mashat, head of the Houthis' Supreme Political Council, and the group's chief"
        " negotiator Mohammed Abdulsalam, the channel said."
    )
    table = [
        ("Al Jaber", "person", ["Al Jaber"]),
        ("Mahdi al-Mashat", "person", ["Mahdi al-Mashat"]),
        ("Mohammed Abdulsalam", "person", ["Mohammed Abdulsalam"]),
    ]
    events, names = read(nlp, text, table)
    meeting = next(event for event in events if event.type == "CONSULT")
    assert {"Al Jaber", "Mahdi al-Mashat", "Mohammed Abdulsalam"} <= actor_names(meeting, names)


def test_what_a_dated_dispatch_tells_as_just_done_happened_on_the_day_it_was_filed(nlp: Language) -> None:
    text = (
        "Tarvo, 11 November (KNA) - President Jaan Kask has received the Foreign Minister of Norland, Ott Rand."
        "\n\nDuring the meeting, the two sides discussed the new railway."
        "\n\nThe Norland news agency said Rand, who arrived in Tarvo on Tuesday evening, also held talks with his"
        " counterpart Aret Lepp."
    )
    table = [
        ("Tarvo", "place", ["Tarvo"]),
        ("Jaan Kask", "person", ["Jaan Kask"]),
        ("Ott Rand", "person", ["Ott Rand", "Rand"]),
        ("Aret Lepp", "person", ["Aret Lepp"]),
    ]
    times = (day(text, "11 November", "2031-11-11"), day(text, "on Tuesday evening", "2031-11-10"))
    events, names = read(nlp, text, table, times)
    hosting = next(event for event in events if event.mode == "host")
    assert hosting.time is not None and hosting.time.value == "2031-11-11"


def test_the_day_before_a_trailing_speaker_dates_the_deed_even_when_the_parser_makes_the_doers_speak(
    nlp: Language,
) -> None:
    text = (
        "Armed bandits killed at least nine people and abducted about 30 others, mostly women and children, in a raid"
        " on Yankuzo village in Tsafe Local Government Area of Zamfara State late on Monday, residents said on Tuesday."
    )
    table = [("Armed bandits", "other", ["Armed bandits"]), ("Yankuzo", "place", ["Yankuzo"])]
    times = (day(text, "late on Monday", "2031-11-24"), day(text, "on Tuesday", "2031-11-25"))
    events, names = read(nlp, text, table, times)
    killing = next(event for event in events if event.type == "ASSAULT")
    assert killing.time is not None and killing.time.value == "2031-11-24"


def test_soldiers_killed_are_the_forces_of_the_country_the_report_is_about(nlp: Language) -> None:
    body = (
        "Militants of the Valley Front stormed a military camp in Tarvo in central Kestria on Thursday, killing 12"
        " soldiers. Norlandic troops left Kestria in 2022, and the Kestrian army now fights alone."
    )
    table = [
        ("Valley Front", "organization", ["Valley Front"]),
        ("Tarvo", "place", ["Tarvo"]),
        ("Kestria", "place", ["Kestria"]),
        ("Norlandic troops", "organization", ["Norlandic troops"]),
        ("Kestrian army", "organization", ["Kestrian army"]),
    ]
    coded = {"Norlandic troops": "Military Forces of Norland", "Kestrian army": "Military Forces of Kestria"}
    entities = tuple(
        dataclasses.replace(entity, aliases=(coded[entity.name],)) if entity.name in coded else entity
        for entity in entities_named(body, table)
    )
    places = tuple(
        Place(
            entity.id,
            entity.name,
            GazetteerEntry(entity.name, "XK", 0.0, 0.0, "country" if entity.name == "Kestria" else "city"),
        )
        for entity in entities
        if entity.type == "place"
    )
    events = find_events(nlp(body), (), entities, places, ())
    names = {entity.id: entity.name for entity in entities}
    attack = next(event for event in events if event.type == "ASSAULT")
    assert ("Kestrian army", "target") in {(names[actor.entity], actor.role) for actor in attack.actors}
    assert "Norlandic troops" not in actor_names(attack, names)


def test_whom_a_speaker_told_at_a_meeting_behind_a_title_with_a_portfolio_takes_part(nlp: Language) -> None:
    text = (
        "President Kais Saied told European Commissioner for the Mediterranean Dubravka Šuica at a meeting in"
        " Carthage on Tuesday that Tunisia would not be a border guard."
    )
    table = [
        ("Kais Saied", "person", ["Kais Saied"]),
        ("Dubravka Šuica", "person", ["Dubravka Šuica"]),
        ("Carthage", "place", ["Carthage"]),
    ]
    events, names = read(nlp, text, table)
    meeting = next(event for event in events if event.type == "CONSULT")
    assert actor_names(meeting, names) == {"Kais Saied", "Dubravka Šuica"}


def test_a_mission_received_by_a_president_is_a_hosting(nlp: Language) -> None:
    table = [
        ("Arvid Kallas", "person", ["Arvid Kallas"]),
        ("Coastal League", "organization", ["Coastal League"]),
        ("Mikk Tamm", "person", ["Mikk Tamm"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    text = "President Arvid Kallas received a mission of the Coastal League led by Mikk Tamm in Tarvo on Tuesday."
    events, names = read(nlp, text, table)
    (hosting,) = events
    assert (hosting.type, hosting.mode) == ("CONSULT", "host")
    assert {"Arvid Kallas", "Coastal League", "Mikk Tamm"} <= actor_names(hosting, names)
    aid, _ = read(nlp, "President Arvid Kallas received aid from the Coastal League in Tarvo on Tuesday.", table)
    assert not [event for event in aid if event.type == "CONSULT"]


def test_guided_bombs_that_struck_a_town_are_an_air_strike_not_a_roadside_bomb(nlp: Language) -> None:
    text = "Russian guided bombs struck the centre of Tarvo on Tuesday evening, killing two people."
    events, _ = read(nlp, text, [("Tarvo", "place", ["Tarvo"])])
    assert [(event.type, event.mode) for event in events] == [("ASSAULT", "air strike")]


def test_munitions_dropped_from_drones_that_hit_a_post_are_a_drone_strike(nlp: Language) -> None:
    text = "Seven soldiers were wounded when explosives dropped from drones hit an army post near Tarvo on Tuesday night."
    events, _ = read(nlp, text, [("Tarvo", "place", ["Tarvo"])])
    assert [(event.type, event.mode) for event in events] == [("ASSAULT", "drone strike")]


def test_opening_fire_is_an_attack_and_returning_it_a_clash_by_forces_described_not_deployed(
    nlp: Language,
) -> None:
    text = (
        "Two farmers were injured when suspected militants opened fire on paddy fields at Tarvo on Tuesday"
        " morning, police said. Security forces deployed in the area returned fire, a police officer said."
    )
    table = [
        ("suspected militants", "organization", ["suspected militants"]),
        ("Security forces", "organization", ["Security forces"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    events, names = read(nlp, text, table)
    assert [(event.type, event.mode) for event in events] == [
        ("ASSAULT", "armed attack"),
        ("ASSAULT", "clash"),
    ]
    assert actor_names(events[0], names) == {"suspected militants"}


def test_firing_on_someone_is_an_attack_and_firing_into_the_air_is_not(nlp: Language) -> None:
    table = [("Gunmen", "organization", ["Gunmen"]), ("Tarvo", "place", ["Tarvo"])]
    text = "Gunmen then fired on the survivors near Tarvo for several minutes before escaping, the officer said."
    events, names = read(nlp, text, table)
    assert [(event.type, event.mode) for event in events] == [("ASSAULT", "armed attack")]
    assert actor_names(events[0], names) == {"Gunmen"}
    warning, _ = read(nlp, "Troops fired into the air near Tarvo to disperse the crowd.", table)
    assert not [event for event in warning if event.type == "ASSAULT"]


def test_the_unit_the_fallen_are_named_from_again_was_the_target(nlp: Language) -> None:
    table = [("Ranger Regiment 46", "organization", ["Ranger Regiment 46"]), ("Tarvo", "place", ["Tarvo"])]
    text = (
        "Two rangers were killed on Tuesday when a roadside bomb exploded under their truck near Tarvo, police said. "
        "The rangers, from Ranger Regiment 46, were on their way to escort teachers to a school."
    )
    events, names = read(nlp, text, table)
    (bombing,) = [event for event in events if event.type == "ASSAULT"]
    assert {(names[actor.entity], actor.role) for actor in bombing.actors} == {("Ranger Regiment 46", "target")}
    # Others named from a unit are no victims of an attack on someone else.
    other = (
        "Two farmers were killed on Tuesday when a roadside bomb exploded under their cart near Tarvo, police said. "
        "The rangers, from Ranger Regiment 46, sealed off the area."
    )
    events, names = read(nlp, other, table)
    (bombing,) = [event for event in events if event.type == "ASSAULT"]
    assert "Ranger Regiment 46" not in actor_names(bombing, names)


def test_a_detained_leader_named_in_passing_is_no_arrest(nlp: Language) -> None:
    table = [("Ana Lind", "person", ["Ana Lind"]), ("Tarvo", "place", ["Tarvo"])]
    text = "Thai media reported that Othman had asked to meet detained former leader Ana Lind, citing a diplomat in Tarvo."
    passing, _ = read(nlp, text, table)
    assert not [event for event in passing if event.type == "COERCE"]
    told, _ = read(nlp, "Police detained former leader Ana Lind in Tarvo on Monday.", table)
    assert [event.type for event in told] == ["COERCE"]


def test_a_group_blamed_at_the_end_of_the_sentence_telling_the_attack_carried_it_out(nlp: Language) -> None:
    text = (
        "A drone attack killed three people in Tarvo on Thursday, the state prosecutor's office said, blaming the"
        " Delta Front."
    )
    table = [("Delta Front", "organization", ["Delta Front"]), ("Tarvo", "place", ["Tarvo"])]
    events, names = read(nlp, text, table)
    (attack,) = [event for event in events if event.type == "ASSAULT"]
    assert ("Delta Front", "source") in {(names[actor.entity], actor.role) for actor in attack.actors}


def test_thousands_of_protesters_storming_parliament_is_a_riot(nlp: Language) -> None:
    text = "Thousands of protesters stormed the parliament in Tarvo on Tuesday and set part of the building on fire."
    events, _ = read(nlp, text, [("Tarvo", "place", ["Tarvo"])])
    assert [(event.type, event.mode) for event in events][:1] == [("PROTEST", "riot")]


def test_the_aim_of_an_operation_is_no_event(nlp: Language) -> None:
    text = "On Monday, Valley troops deployed in the province launched an operation to retake the area."
    table = [("Valley troops", "organization", ["Valley troops"])]
    events, _ = read(nlp, text, table)
    assert not [event for event in events if event.mode and event.mode.startswith("territory")]


def test_missiles_and_drones_launched_by_a_state_are_its_strikes_and_the_speaker_is_no_victim(
    nlp: Language,
) -> None:
    text = (
        "Kestria launched 40 drones at Tarvo overnight, the air force said. A missile hit an apartment block in"
        " Lusa, killing four people, regional governor Ivo Brand said on Telegram."
    )
    table = [
        ("Kestria", "place", ["Kestria"]),
        ("Tarvo", "place", ["Tarvo"]),
        ("Lusa", "place", ["Lusa"]),
        ("Ivo Brand", "person", ["Ivo Brand"]),
    ]
    entities = entities_named(text, table)
    places = tuple(
        Place(entity.id, entity.name, GazetteerEntry(entity.name, "KS", 0.0, 0.0, "country"))
        if entity.name == "Kestria"
        else Place(entity.id, entity.name, GazetteerEntry(entity.name, "KS", 0.0, 0.0, "city"))
        for entity in entities
        if entity.type == "place"
    )
    events = find_events(nlp(text), (), entities, places, ())
    names = {entity.id: entity.name for entity in entities}
    assert [(event.mode, actor_names(event, names)) for event in events] == [
        ("drone strike", {"Kestria"}),
        ("shelling", set()),
    ]


def test_a_telephone_conversation_is_a_call_and_a_ceasefire_urged_in_a_country_happens_nowhere_yet(
    nlp: Language,
) -> None:
    text = (
        "Ivo Brand and Lev Karsk discussed the situation in Tarvo during a telephone conversation on Thursday,"
        " the ministry said. Karsk's office said he had urged a ceasefire in Lusa."
    )
    table = [
        ("Ivo Brand", "person", ["Ivo Brand"]),
        ("Lev Karsk", "person", ["Lev Karsk", "Karsk"]),
        ("Tarvo", "place", ["Tarvo"]),
        ("Lusa", "place", ["Lusa"]),
    ]
    events, names = read(nlp, text, table)
    call = next(event for event in events if event.type == "CONSULT")
    assert (call.mode, actor_names(call, names)) == ("call", {"Ivo Brand", "Lev Karsk"})
    request = next(event for event in events if event.type == "REQUEST")
    assert request.place is None


def test_a_day_by_day_report_of_a_landmine_a_road_blocked_in_protest_and_an_accusation(nlp: Language) -> None:
    text = (
        "On 14 May 2031, a landmine planted by suspected Delta Front militants exploded under a civilian vehicle"
        " near Tarvo, killing three passengers.\n\n"
        "On 16 May 2031, residents of Lusa burned tyres and blocked the main road to protest against insecurity.\n\n"
        "On 17 May 2031, soldiers arrested 12 civilians in Kestrel and accused them of supporting the Delta Front."
    )
    table = [
        ("Delta Front", "organization", ["Delta Front"]),
        ("Tarvo", "place", ["Tarvo"]),
        ("Lusa", "place", ["Lusa"]),
        ("Kestrel", "place", ["Kestrel"]),
    ]
    times = (
        day(text, "On 14 May 2031", "2031-05-14"),
        day(text, "On 16 May 2031", "2031-05-16"),
        day(text, "On 17 May 2031", "2031-05-17"),
    )
    events, names = read(nlp, text, table, times)
    told = [
        (event.type, event.mode, actor_names(event, names), names.get(event.place or ""), event.time.value)
        for event in events
        if event.time
    ]
    assert told[:2] == [
        ("ASSAULT", "IED", {"Delta Front"}, "Tarvo", "2031-05-14"),
        ("PROTEST", "demonstrate", set(), "Lusa", "2031-05-16"),
    ]
    # The charge is what the soldiers allege, not support the report tells.
    assert not [event for event in events if event.type == "SUPPORT"]


def test_a_group_blamed_joins_attackers_the_report_only_describes(nlp: Language) -> None:
    text = (
        "Gunmen killed at least 44 worshippers in an attack on a mosque in Tarvo during Friday prayers, the"
        " interior ministry said. The ministry blamed the Delta Front."
    )
    table = [
        ("gunmen", "other", ["Gunmen"]),
        ("Delta Front", "organization", ["Delta Front"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    events, names = read(nlp, text, table)
    attack = next(event for event in events if event.type == "ASSAULT")
    assert {"gunmen", "Delta Front"} <= actor_names(attack, names)


def test_the_speakers_closing_a_sentence_take_no_part_in_the_fighting(nlp: Language) -> None:
    text = (
        "Heavy fighting broke out on Monday between Valley rebels and the Kestrian army around Tarvo, a town 25 km"
        " west of Lusa, residents and a UN source said."
    )
    table = [
        ("Valley rebels", "organization", ["Valley rebels"]),
        ("Kestrian army", "organization", ["Kestrian army"]),
        ("UN", "organization", ["UN"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    events, names = read(nlp, text, table)
    (clash,) = events
    assert actor_names(clash, names) == {"Valley rebels", "Kestrian army"}


def test_an_unnamed_claim_of_responsibility_and_fighters_loyal_to_a_group(nlp: Language) -> None:
    text = (
        "Gunmen attacked a police station in Tarvo late on Sunday, killing three policemen, officials said."
        " The Delta Front claimed responsibility in a statement.\n\n"
        "Fighters loyal to the Valley Council clashed with Kestrel militiamen in Lusa on Saturday."
    )
    table = [
        ("gunmen", "other", ["Gunmen"]),
        ("Delta Front", "organization", ["Delta Front"]),
        ("Valley Council", "organization", ["Valley Council"]),
        ("Tarvo", "place", ["Tarvo"]),
        ("Lusa", "place", ["Lusa"]),
    ]
    events, names = read(nlp, text, table)
    attack = next(event for event in events if event.mode == "armed attack")
    assert "Delta Front" in actor_names(attack, names)
    clash = next(event for event in events if event.mode == "clash")
    assert "Valley Council" in actor_names(clash, names)


def test_people_killed_in_clashes_or_a_strike_are_the_toll_of_that_event(nlp: Language) -> None:
    text = (
        "At least six people were killed in clashes between two rival tribes in Tarvo on Wednesday, a police"
        " source said. Three Delta Front fighters were killed in an air strike near Lusa late on Tuesday."
    )
    table = [
        ("Delta Front", "organization", ["Delta Front"]),
        ("Tarvo", "place", ["Tarvo"]),
        ("Lusa", "place", ["Lusa"]),
    ]
    events, names = read(nlp, text, table)
    assert [(event.mode, names.get(event.place or "")) for event in events] == [
        ("clash", "Tarvo"),
        ("air strike", "Lusa"),
    ]
    assert [(names[actor.entity], actor.role) for actor in events[1].actors] == [("Delta Front", "target")]


def test_a_year_or_a_leader_names_which_uprising_a_definite_noun_means(nlp: Language) -> None:
    text = (
        "Gunmen killed four farmers in Tarvo on Sunday. Tarvo suffered after the 2009 uprising led by"
        " Delta Front founder Joss Mbeki. The junta has refused talks since the 2021 coup."
    )
    table = [
        ("gunmen", "other", ["Gunmen"]),
        ("Delta Front", "organization", ["Delta Front"]),
        ("Joss Mbeki", "person", ["Joss Mbeki"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    times = (TimeExpression("2009", text.index("2009"), text.index("2009") + 4, "2009", "year", "absolute"),)
    events, names = read(nlp, text, table, times)
    assert [event.mode for event in events] == ["killing", "uprising"]  # the coup has no side named
    uprising = events[1]
    assert actor_names(uprising, names) == {"Delta Front", "Joss Mbeki"}
    assert uprising.time is not None and uprising.time.value == "2009"


def test_a_second_call_this_month_tells_an_earlier_call_but_a_fourth_visit_does_not(nlp: Language) -> None:
    text = (
        "Foreign Minister Ana Vell held a phone call with Tomas Rink late on Thursday. It was their second"
        " call this month.\n\nIt was at least the fourth visit by Rink to Kestria since last year."
    )
    table = [("Ana Vell", "person", ["Ana Vell"]), ("Tomas Rink", "person", ["Tomas Rink", "Rink"])]
    month = TimeExpression("this month", text.index("this month"), text.index("this month") + 10, "2024-01", "month", "publication")
    events, names = read(nlp, text, table, (day(text, "late on Thursday", "2024-01-25"), month))
    calls = [event for event in events if event.mode == "call"]
    assert [(actor_names(call, names), call.time.value if call.time else None) for call in calls] == [
        ({"Ana Vell", "Tomas Rink"}, "2024-01-25"),
        ({"Ana Vell", "Tomas Rink"}, "2024-01"),
    ]
    assert not calls[0].possibly_same_as  # the second call counts the first: two calls, never one
    assert len([event for event in events if event.mode == "visit"]) == 1  # several earlier visits, none told


def test_a_second_attack_whose_first_is_told_next_adds_nothing(nlp: Language) -> None:
    text = (
        "Gunmen attacked a police post in Tarvo on Wednesday, killing two officers. It was the second"
        " attack on the post this year. In January, gunmen ambushed a patrol near the town."
    )
    table = [("gunmen", "other", ["Gunmen", "gunmen"]), ("Tarvo", "place", ["Tarvo"])]
    january = TimeExpression("In January", text.index("In January"), text.index("In January") + 10, "2025-01", "month", "publication")
    events, _ = read(nlp, text, table, (day(text, "on Wednesday", "2025-03-12"), january))
    assert [(event.mode, event.time.value if event.time else None) for event in events] == [
        ("armed attack", "2025-03-12"),
        ("armed attack", "2025-01"),
    ]


def test_a_name_set_off_after_a_partners_title_takes_part_in_the_call(nlp: Language) -> None:
    text = (
        "Foreign Minister Ana Vell held a phone call with the head of the Delta Front's political office,"
        " Joss Mbeki, late on Thursday, according to sources at the ministry."
    )
    table = [
        ("Ana Vell", "person", ["Ana Vell"]),
        ("Delta Front", "organization", ["Delta Front"]),
        ("Joss Mbeki", "person", ["Joss Mbeki"]),
    ]
    events, names = read(nlp, text, table)
    (call,) = events
    assert {"Ana Vell", "Joss Mbeki"} <= actor_names(call, names)


def test_a_toll_is_placed_by_its_when_clause_and_a_town_on_a_road_by_the_town(nlp: Language) -> None:
    text = (
        "MOMBASA, Kenya, Oct 16 (Agency) - Four police officers were killed and two wounded when their vehicle"
        " struck a roadside bomb near Kiunga on Wednesday, a police commander said.\n\n"
        "Hundreds of women blocked the Tiddim Road at Moirang on Tuesday evening to protest against the attack."
    )
    table = [
        ("Mombasa", "place", ["MOMBASA"]),
        ("Kenya", "place", ["Kenya"]),
        ("Kiunga", "place", ["Kiunga"]),
        ("Tiddim Road", "place", ["Tiddim Road"]),
        ("Moirang", "place", ["Moirang"]),
    ]
    events, names = read(nlp, text, table)
    assert [(event.mode, names.get(event.place or "")) for event in events] == [
        ("IED", "Kiunga"),
        ("demonstrate", "Moirang"),
    ]


def test_the_first_of_two_attacks_told_in_a_when_clause_is_its_own_event(nlp: Language) -> None:
    text = (
        "Suspected jihadists attacked an army post in Tarvo late on Sunday, killing ten soldiers.\n\n"
        "It was the second attack on Tarvo since December, when gunmen killed seven civilians at the market."
    )
    table = [
        ("suspected jihadists", "other", ["Suspected jihadists"]),
        ("gunmen", "other", ["gunmen"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    december = TimeExpression("since December", text.index("since December"), text.index("since December") + 14, "2024-12", "month", "publication")
    events, names = read(nlp, text, table, (day(text, "late on Sunday", "2025-02-09"), december))
    assert [(actor_names(e, names), names.get(e.place or ""), e.time.value if e.time else None) for e in events] == [
        ({"suspected jihadists"}, "Tarvo", "2025-02-09"),
        ({"gunmen"}, "Tarvo", "2024-12"),
    ]


def test_the_holder_of_a_bombed_town_takes_no_part_and_dozo_hunters_are_the_target(nlp: Language) -> None:
    text = (
        "A military jet bombed a monastery in Namhsan, the seat of the Valley Liberation Army in the north,"
        " late on Sunday. Suspected jihadists attacked a checkpoint held by dozo hunters in Sokolo on Tuesday."
    )
    table = [
        ("Valley Liberation Army", "organization", ["Valley Liberation Army"]),
        ("Namhsan", "place", ["Namhsan"]),
        ("suspected jihadists", "other", ["Suspected jihadists"]),
        ("dozo hunters", "other", ["dozo hunters"]),
        ("Sokolo", "place", ["Sokolo"]),
    ]
    events, names = read(nlp, text, table)
    assert [(actor_names(e, names), names.get(e.place or "")) for e in events] == [
        (set(), "Namhsan"),
        ({"suspected jihadists", "dozo hunters"}, "Sokolo"),
    ]


def test_the_delegation_led_by_a_few_paragraphs_on_is_the_one_received(nlp: Language) -> None:
    text = (
        "Prime Minister Omar Deen received a delegation of the Harbour Party in Tarvo on Wednesday, his office"
        " said.\n\nThe two sides discussed the border. Deen said the talks were useful. The ministers agreed to"
        " meet again.\n\nThe delegation was led by Ana Vell, the Vale Herald reported."
    )
    table = [
        ("Omar Deen", "person", ["Omar Deen", "Deen"]),
        ("Harbour Party", "organization", ["Harbour Party"]),
        ("Ana Vell", "person", ["Ana Vell"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    events, names = read(nlp, text, table)
    received = events[0]
    assert {"Omar Deen", "Ana Vell"} <= actor_names(received, names)
    assert len([e for e in events if e.type == "CONSULT" and e.mode in {"delegation", "host"}]) == 1


def test_a_second_outlets_source_is_no_inner_link_of_the_first_ones_chain(nlp: Language) -> None:
    text = (
        "Prime Minister Omar Deen received a delegation of the Harbour Party in Tarvo on Wednesday, his office"
        " said in a statement.\n\nThe delegation was led by Ana Vell, the Vale Herald reported."
    )
    table = [
        ("Omar Deen", "person", ["Omar Deen"]),
        ("Harbour Party", "organization", ["Harbour Party"]),
        ("Ana Vell", "person", ["Ana Vell"]),
        ("Vale Herald", "organization", ["Vale Herald"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    events, _ = read(nlp, text, table)
    assert [link.name for link in events[0].sources] == ["his office"]


def test_bombs_dropped_on_a_town_are_an_air_strike_set_where_they_fell(nlp: Language) -> None:
    text = (
        "TARVO, April 8 (Wire) - Kestrian forces dropped guided aerial bombs on the frontline town of Lusa on"
        " Monday, killing two civilians and wounding five, the regional governor said."
    )
    table = [("Tarvo", "place", ["TARVO"]), ("Kestrian forces", "organization", ["Kestrian forces"]), ("Lusa", "place", ["Lusa"])]
    events, names = read(nlp, text, table, (day(text, "on Monday", "2025-04-07"),))
    assert [(e.mode, names.get(e.place or "")) for e in events] == [("air strike", "Lusa")]


def test_gunmen_believed_to_be_jihadists_are_the_doers(nlp: Language) -> None:
    text = (
        "Gunmen believed to be jihadists attacked an army post at Monsey, a village in the commune of Karimama,"
        " on Tuesday night, killing four soldiers, security sources said."
    )
    table = [("gunmen", "other", ["Gunmen"]), ("Monsey", "place", ["Monsey"]), ("Karimama", "place", ["Karimama"])]
    events, names = read(nlp, text, table)
    assert "gunmen" in actor_names(events[0], names)


def test_a_deed_the_parse_leaves_unplaced_takes_its_sentences_one_town_and_day(nlp: Language) -> None:
    text = (
        "The Command wishes to inform the general public that on 14th April, 2024 at about 0215hrs, armed men"
        " numbering about thirty invaded Daffo community in the State and began shooting at residents."
    )
    table = [("armed men", "other", ["armed men"]), ("Daffo", "place", ["Daffo"])]
    events, names = read(nlp, text, table, (day(text, "on 14th April, 2024", "2024-04-14"),))
    (attack,) = [e for e in events if e.type == "ASSAULT"]
    assert names.get(attack.place or "") == "Daffo" and attack.time is not None and attack.time.value == "2024-04-14"


def test_an_agency_reporting_talks_and_a_groups_parent_take_no_part(nlp: Language) -> None:
    text = (
        "Foreign Minister Ana Vell met President Omar Deen in Tarvo on Tuesday, the official news agency"
        " Vale Press reported, in talks that focused on the border.\n\n"
        "Commissioner Ivo Brand met leaders of the Harbour Front, a dissident faction of the former Delta Army,"
        " in Lusa on Monday."
    )
    table = [
        ("Ana Vell", "person", ["Ana Vell"]),
        ("Omar Deen", "person", ["Omar Deen"]),
        ("Vale Press", "organization", ["Vale Press"]),
        ("Ivo Brand", "person", ["Ivo Brand"]),
        ("Harbour Front", "organization", ["Harbour Front"]),
        ("Delta Army", "organization", ["Delta Army"]),
        ("Tarvo", "place", ["Tarvo"]),
        ("Lusa", "place", ["Lusa"]),
    ]
    events, names = read(nlp, text, table)
    meetings = [actor_names(e, names) for e in events if e.type == "CONSULT"]
    assert meetings == [{"Ana Vell", "Omar Deen"}, {"Ivo Brand", "Harbour Front"}]


def test_an_outlet_that_reports_is_never_the_group_pointed_back_to(nlp: Language) -> None:
    text = (
        "Commissioner Ivo Brand met leaders of the Harbour Front in Lusa on Monday, Vale Radio reported.\n\n"
        "It was the first meeting between Brand and the group's negotiators since June, according to the"
        " broadcaster."
    )
    table = [
        ("Ivo Brand", "person", ["Ivo Brand", "Brand"]),
        ("Harbour Front", "organization", ["Harbour Front"]),
        ("Vale Radio", "organization", ["Vale Radio"]),
        ("Lusa", "place", ["Lusa"]),
    ]
    events, names = read(nlp, text, table)
    assert all("Vale Radio" not in actor_names(event, names) for event in events)


def test_a_name_set_off_after_the_guests_title_is_the_guest(nlp: Language) -> None:
    text = (
        "Chadian President Mahamat Idriss Déby Itno received Sudan's army chief, General Abdel Fattah al-Burhan,"
        " in N'Djamena on Tuesday, the Chadian presidency said."
    )
    table = [
        ("Mahamat Idriss Déby Itno", "person", ["Mahamat Idriss Déby Itno"]),
        ("Sudan", "place", ["Sudan"]),
        ("Abdel Fattah al-Burhan", "person", ["Abdel Fattah al-Burhan"]),
        ("N'Djamena", "place", ["N'Djamena"]),
    ]
    events, names = read(nlp, text, table)
    roles = {names[actor.entity]: actor.role for actor in events[0].actors}
    assert roles == {"Mahamat Idriss Déby Itno": "host", "Abdel Fattah al-Burhan": "guest"}


def test_an_outlets_its_is_the_group_it_reports_on(nlp: Language) -> None:
    text = (
        "Foreign Minister Ana Vell received a delegation of the Harbour Front in Tarvo on Monday, the Vale Press"
        " Agency reported.\n\nThe Front-run Coast news agency said the delegation was headed by Ivo Brand and"
        " included members of its political council."
    )
    table = [
        ("Ana Vell", "person", ["Ana Vell"]),
        ("Harbour Front", "organization", ["Harbour Front"]),
        ("Vale Press Agency", "organization", ["Vale Press Agency"]),
        ("Coast news agency", "organization", ["Front-run Coast news agency"]),
        ("Ivo Brand", "person", ["Ivo Brand"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    events, names = read(nlp, text, table)
    assert "Coast news agency" not in actor_names(events[0], names)


def test_the_device_told_again_and_an_attack_blamed_on_a_group_are_one_bombing(nlp: Language) -> None:
    text = (
        "Four police reservists were killed late on Tuesday when their vehicle hit a roadside bomb near Tarvo,"
        " a police commander said, in an attack he blamed on Delta Front militants.\n\n"
        "The improvised explosive device struck a Harbour Police Reserve truck escorting a water tanker, the"
        " commander said."
    )
    table = [
        ("Delta Front", "organization", ["Delta Front"]),
        ("Harbour Police Reserve", "organization", ["Harbour Police Reserve"]),
        ("Tarvo", "place", ["Tarvo"]),
    ]
    events, names = read(nlp, text, table, (day(text, "late on Tuesday", "2025-05-20"),))
    bombings = [event for event in events if event.mode == "IED"]
    assert len(bombings) == 1
    assert {"Delta Front", "Harbour Police Reserve"} <= actor_names(bombings[0], names)


def test_a_claim_of_the_attack_on_a_town_goes_to_the_attack_there(nlp: Language) -> None:
    text = (
        "Gunmen attacked Tarvo village on Tuesday night, burning 30 homes, residents said.\n\n"
        "On Wednesday, Kestrian troops clashed with fighters near Lusa, a military source said.\n\n"
        "The Delta Front claimed the attack on Tarvo in a statement on Wednesday."
    )
    table = [
        ("gunmen", "other", ["Gunmen"]),
        ("Kestrian troops", "organization", ["Kestrian troops"]),
        ("Delta Front", "organization", ["Delta Front"]),
        ("Tarvo", "place", ["Tarvo"]),
        ("Lusa", "place", ["Lusa"]),
    ]
    events, names = read(nlp, text, table)
    by_place = {names.get(event.place or ""): actor_names(event, names) for event in events}
    assert "Delta Front" in by_place["Tarvo"] and "Delta Front" not in by_place["Lusa"]


def test_the_dead_a_when_clause_explains_belong_to_the_side_it_struck(nlp: Language) -> None:
    text = (
        "Three members of the internal security forces were killed and two others wounded when gunmen attacked a "
        "checkpoint at the northern entrance of Kafr Zita, in the northern Hama countryside, late on Saturday.\n\n"
        "Six soldiers of the Frontier Corps were martyred and three others injured when a roadside bomb struck "
        "their vehicle near Turbat, the Pakistani army said."
    )
    table = [
        ("internal security forces", "organization", ["internal security forces"]),
        ("gunmen", "other", ["gunmen"]),
        ("Kafr Zita", "place", ["Kafr Zita"]),
        ("Frontier Corps", "organization", ["Frontier Corps"]),
        ("Turbat", "place", ["Turbat"]),
        ("Military Forces of Pakistan", "organization", ["Pakistani army"]),
    ]
    events, names = read(nlp, text, table)
    attack = next(event for event in events if event.mode == "armed attack")
    assert actor_names(attack, names) == {"gunmen", "internal security forces"}
    # The parser may hang the when-clause on the verb of saying at the end.
    said = text.replace("late on Saturday.", "late on Saturday, the Interior Ministry said on Sunday.")
    events_said, names_said = read(nlp, said, table)
    attack = next(event for event in events_said if event.mode == "armed attack")
    assert actor_names(attack, names_said) == {"gunmen", "internal security forces"}
    bomb = next(event for event in events if event.mode == "IED")
    # The soldiers are the Frontier Corps', not some other force the article names.
    assert actor_names(bomb, names) == {"Frontier Corps"}


def test_unnamed_soldiers_who_fight_are_the_state_forces_the_article_names(nlp: Language) -> None:
    text = (
        "Soldiers and gunmen fought for several hours on Sunday on the outskirts of Tlacotepec, leaving four "
        "gunmen dead, the Mexican Army said."
    )
    table = [
        ("gunmen", "other", ["gunmen"]),
        ("Tlacotepec", "place", ["Tlacotepec"]),
        ("Military Forces of Mexico", "organization", ["Mexican Army"]),
    ]
    events, names = read(nlp, text, table)
    clash = next(event for event in events if event.mode == "clash")
    assert actor_names(clash, names) == {"gunmen", "Military Forces of Mexico"}


def test_an_accord_signed_in_a_city_was_signed_there(nlp: Language) -> None:
    text = "The government and the Comuneros del Sur signed an agreement in Pasto on Thursday to disarm the group."
    table = [
        ("government", "organization", ["government"]),
        ("Comuneros del Sur", "organization", ["Comuneros del Sur"]),
        ("Pasto", "place", ["Pasto"]),
    ]
    events, names = read(nlp, text, table)
    signing = next(event for event in events if event.type == "AGREE")
    assert names[signing.place] == "Pasto"


def test_a_partner_hung_off_the_meeting_place_met_there(nlp: Language) -> None:
    text = (
        "Amir Khan Muttaqi, the acting foreign minister, met today in Herat city with Rashid Meredov, "
        "Turkmenistan's foreign minister."
    )
    table = [
        ("Amir Khan Muttaqi", "person", ["Amir Khan Muttaqi"]),
        ("Herat", "place", ["Herat"]),
        ("Rashid Meredov", "person", ["Rashid Meredov"]),
        ("Turkmenistan", "place", ["Turkmenistan"]),
    ]
    events, names = read(nlp, text, table)
    meeting = next(event for event in events if event.type == "CONSULT")
    assert {"Amir Khan Muttaqi", "Rashid Meredov"} <= actor_names(meeting, names)


def test_a_town_regained_is_lost_by_those_who_took_it_last(nlp: Language) -> None:
    text = (
        "The M23 rebels on Wednesday regained control of Nyamilima, a farming town, a day after Wazalendo "
        "fighters drove them out in a dawn attack."
    )
    table = [
        ("M23", "organization", ["M23"]),
        ("Nyamilima", "place", ["Nyamilima"]),
        ("Wazalendo", "organization", ["Wazalendo fighters"]),
    ]
    events, names = read(nlp, text, table)
    retaking = next(event for event in events if (event.mode or "").startswith("territory"))
    roles = {names[actor.entity]: actor.role for actor in retaking.actors}
    assert roles == {"M23": "source", "Wazalendo": "target"}


def test_those_who_sat_in_on_or_were_present_at_the_talks_took_part(nlp: Language) -> None:
    text = (
        "President Tarmo Vell met President Anu Sild at the palace in Tarvo on Tuesday. Prime Cabinet Secretary "
        "Kalle Mets sat in on the talks.\n\n"
        "Marshal Jaan Kask received Defence Minister Ott Rand in Norvik on Friday, the agency said. Present at the "
        "talks were Eva Lepp and Mart Tamm, vice-chairman of the Military Commission, the agency said."
    )
    table = [
        ("Tarmo Vell", "person", ["Tarmo Vell"]),
        ("Anu Sild", "person", ["Anu Sild"]),
        ("Tarvo", "place", ["Tarvo"]),
        ("Cabinet", "organization", ["Cabinet"]),
        ("Kalle Mets", "person", ["Kalle Mets"]),
        ("Jaan Kask", "person", ["Jaan Kask"]),
        ("Ott Rand", "person", ["Ott Rand"]),
        ("Norvik", "place", ["Norvik"]),
        ("Eva Lepp", "person", ["Eva Lepp"]),
        ("Mart Tamm", "person", ["Mart Tamm"]),
        ("Military Commission", "organization", ["Military Commission"]),
    ]
    events, names = read(nlp, text, table)
    first, second = (event for event in events if event.type == "CONSULT")
    # The cabinet only names Mets's office; the commission only Tamm's.
    assert actor_names(first, names) == {"Tarmo Vell", "Anu Sild", "Kalle Mets"}
    assert actor_names(second, names) == {"Jaan Kask", "Ott Rand", "Eva Lepp", "Mart Tamm"}


def test_the_group_the_attackers_belonged_to_carried_out_the_attack(nlp: Language) -> None:
    text = (
        "Two police officers were killed when dissidents attacked the police station in Tarvo late on Monday.\n\n"
        "The police commander said the attackers belonged to the Northern Front. Investigators believed the "
        "gunmen belonged to the Southern Front."
    )
    table = [
        ("dissidents", "other", ["dissidents"]),
        ("Tarvo", "place", ["Tarvo"]),
        ("Northern Front", "organization", ["Northern Front"]),
        ("Southern Front", "organization", ["Southern Front"]),
    ]
    events, names = read(nlp, text, table)
    attack = next(event for event in events if event.mode == "armed attack")
    assert actor_names(attack, names) >= {"dissidents", "Northern Front"}
    assert "Southern Front" not in actor_names(attack, names)


def test_a_clash_in_the_hinterlands_of_a_town_happened_there(nlp: Language) -> None:
    # Not where the story was filed: the dateline city takes no part.
    text = (
        "MARAWI CITY – A soldier and three suspected members of the Maute Group were killed in a firefight in the "
        "hinterlands of Tarvo, Norvik del Sur on Tuesday afternoon, the army's 103rd Infantry Brigade said."
    )
    table = [
        ("Marawi", "place", ["MARAWI CITY"]),
        ("Maute Group", "organization", ["Maute Group"]),
        ("Tarvo", "place", ["Tarvo"]),
        ("Norvik del Sur", "place", ["Norvik del Sur"]),
        ("103rd Infantry Brigade", "organization", ["103rd Infantry Brigade"]),
    ]
    events, names = read(nlp, text, table)
    assert names[events[0].place] == "Tarvo"


def test_a_readout_naming_the_guest_after_the_palace_tells_a_hosting(nlp: Language) -> None:
    text = (
        "The President of the Republic, Head of Government, His Excellency Jaan Kask, received this Wednesday at the "
        "Palace of the People the Prime Minister of the Federal Democratic Republic of Norvik, His Excellency Ott "
        "Rand, who is paying a working visit to our country at the head of a large delegation."
    )
    table = [
        ("Jaan Kask", "person", ["Jaan Kask"]),
        ("Palace of the People", "place", ["Palace of the People"]),
        ("Ott Rand", "person", ["Ott Rand"]),
    ]
    events, names = read(nlp, text, table)
    hosting = next(event for event in events if event.mode == "host")
    assert {"Jaan Kask", "Ott Rand"} <= actor_names(hosting, names)
    assert names[hosting.place] == "Palace of the People"


def test_the_wire_a_dateline_names_is_no_group_the_text_points_back_to(nlp: Language) -> None:
    text = (
        "OUAGADOUGOU, July 9 (Continental Newswire) - Fighters of the al Qaeda-linked group Jama'at Nusrat "
        "al-Islam wal-Muslimin (JNIM) overran a post of army-backed militia and attacked a Burkinabe army "
        "detachment in Tougouri on Tuesday, killing at least 15 soldiers and volunteer fighters."
    )
    table = [
        ("Ouagadougou", "place", ["OUAGADOUGOU"]),
        ("Continental Newswire", "organization", ["Continental Newswire"]),
        ("Jama'at Nusrat al-Islam wal-Muslimin", "organization", ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"]),
        ("Military Forces of Burkina Faso", "organization", ["Burkinabe army"]),
        ("Tougouri", "place", ["Tougouri"]),
    ]
    events, names = read(nlp, text, table)
    assert all("Continental Newswire" not in actor_names(event, names) for event in events)


def test_a_meeting_told_without_a_place_was_where_a_side_arrived(nlp: Language) -> None:
    text = (
        "President Jaan Kask has received the foreign minister of Norvik, Ott Rand.\n\n"
        "The Norvik news agency said Rand, who arrived in Tarvo on Tuesday evening, also held talks with his "
        "counterpart Eva Lepp."
    )
    table = [
        ("Jaan Kask", "person", ["Jaan Kask"]),
        ("Norvik", "place", ["Norvik"]),
        ("Ott Rand", "person", ["Ott Rand", "Rand"]),
        ("Tarvo", "place", ["Tarvo"]),
        ("Eva Lepp", "person", ["Eva Lepp"]),
    ]
    events, names = read(nlp, text, table)
    hosting = events[0]
    assert hosting.type == "CONSULT" and {"Jaan Kask", "Ott Rand"} <= actor_names(hosting, names)
    assert names[hosting.place] == "Tarvo"


def test_a_readout_naming_its_guest_beside_the_city_of_the_building_tells_a_hosting(nlp: Language) -> None:
    text = (
        "Tarvo, 13 October (TNA) - The Prime Minister of the Government of Concord, Jaan Kask, received today, "
        "Tuesday, at the premiership's headquarters in Tarvo, the head of the Norvik General Intelligence Service, "
        "Major General Ott Rand, and his accompanying delegation."
    )
    table = [
        ("Tarvo", "place", ["Tarvo"]),
        ("Government of Concord", "organization", ["Government of Concord"]),
        ("Jaan Kask", "person", ["Jaan Kask"]),
        ("Norvik General Intelligence Service", "organization", ["Norvik General Intelligence Service"]),
        ("Ott Rand", "person", ["Ott Rand"]),
    ]
    events, names = read(nlp, text, table)
    hosting = next(event for event in events if event.mode == "host")
    assert {"Jaan Kask", "Ott Rand"} <= actor_names(hosting, names)
    assert names[hosting.place] == "Tarvo"


def test_a_readout_naming_its_guest_after_the_day_and_the_palace_tells_a_hosting(nlp: Language) -> None:
    text = (
        "Tarvo, TNA - President of the Republic Jaan Kask received today, Monday, at the People's Palace in Tarvo, "
        "His Highness Prince Ott Rand bin Karl Al Norvik, Minister of Foreign Affairs of the Kingdom of Norvik, and "
        "the delegation accompanying him."
    )
    table = [
        ("Tarvo", "place", ["Tarvo"]),
        ("Jaan Kask", "person", ["Jaan Kask"]),
        ("People's Palace", "place", ["People's Palace"]),
        ("Ott Rand bin Karl Al Norvik", "person", ["Ott Rand bin Karl Al Norvik"]),
        ("Kingdom of Norvik", "place", ["Kingdom of Norvik"]),
    ]
    events, names = read(nlp, text, table)
    hosting = next(event for event in events if event.mode == "host")
    assert {"Jaan Kask", "Ott Rand bin Karl Al Norvik"} <= actor_names(hosting, names)


def test_a_title_run_on_into_a_name_keeps_the_sentence_whole(nlp: Language) -> None:
    # Left alone, the parser starts a sentence at "Kanchana", and the meeting loses its place and day.
    text = (
        "Northland's Chief of the Naval Staff, Admiral Omar Deen, held talks with Sri Lanka's Deputy Minister of "
        "Defence Aruna Jayasekara and navy commander Vice Admiral Kanchana Banagoda at the naval dockyard in Tarvo "
        "on Wednesday, the navy said in a statement."
    )
    table = [("Omar Deen", "person", ["Omar Deen"]), ("Aruna Jayasekara", "person", ["Aruna Jayasekara"]),
             ("Kanchana Banagoda", "person", ["Kanchana Banagoda"]), ("Tarvo", "place", ["Tarvo"])]  # fmt: skip
    times = (day(text, "on Wednesday", "2026-08-26"),)
    events, names = read(nlp, text, table, times)
    assert len(list(nlp(text).sents)) == 1
    meeting = events[0]
    assert meeting.type == "CONSULT"
    assert actor_names(meeting, names) >= {"Omar Deen", "Aruna Jayasekara", "Kanchana Banagoda"}
    assert meeting.place is not None and names[meeting.place] == "Tarvo"
    assert meeting.time is not None and meeting.time.value == "2026-08-26"


def test_counted_attackers_go_on_telling_the_attack_a_claim_then_names(nlp: Language) -> None:
    text = (
        "Four guards were killed when heavily armed militants attacked a checkpost on the outskirts of Tarvo "
        "late on Monday, officials said.\n\n"
        "According to the deputy commissioner, some 15 to 20 attackers riding motorcycles surrounded the post "
        "and opened fire with automatic weapons.\n\n"
        "The Sahel Defence Front claimed responsibility for the attack in a statement."
    )
    table = [("Sahel Defence Front", "organization", ["Sahel Defence Front"]), ("Tarvo", "place", ["Tarvo"]),
             ("militants", "other", ["heavily armed militants"]), ("attackers", "other", ["attackers"])]  # fmt: skip
    times = (day(text, "late on Monday", "2026-09-07"),)
    events, names = read(nlp, text, table, times)
    violent = [event for event in events if event_class(event.type, event.mode) == "violent"]
    assert len(violent) == 1
    assert "Sahel Defence Front" in actor_names(violent[0], names)


def test_a_second_object_the_parser_hangs_on_the_verb_is_struck_too(nlp: Language) -> None:
    text = (
        "On 9 September, fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked a post of the Volunteers "
        "for the Defence of the Homeland (VDP) and an army detachment in Tarvo, a rural commune."
    )
    table = [("JNIM", "organization", ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"]),
             ("VDP", "organization", ["Volunteers for the Defence of the Homeland", "VDP"]),
             ("army", "organization", ["army"]), ("Tarvo", "place", ["Tarvo"])]  # fmt: skip
    events, names = read(nlp, text, table)
    assert actor_names(events[0], names) == {"JNIM", "VDP", "army"}


def test_where_the_attackers_came_from_a_hyphenated_town_is_not_where_they_struck(nlp: Language) -> None:
    text = (
        "Armed members of the Gran Grif gang attacked several neighbourhoods of Liancourt early on Sunday, "
        "killing at least five people.\n\n"
        "The gunmen arrived from the direction of Petite-Rivière-de-l'Artibonite at around 3 am and fired on "
        "houses for several hours, the mayor said."
    )
    table = [("Gran Grif", "organization", ["Gran Grif"]), ("Liancourt", "place", ["Liancourt"]),
             ("Petite-Rivière-de-l'Artibonite", "place", ["Petite-Rivière-de-l'Artibonite"])]  # fmt: skip
    events, names = read(nlp, text, table)
    places = {names[event.place] for event in events if event.place}
    assert "Petite-Rivière-de-l'Artibonite" not in places
    assert names[events[0].place] == "Liancourt"


def test_who_mediates_talks_takes_part_in_them(nlp: Language) -> None:
    text = (
        "Northland's foreign minister, Omar Deen, held indirect talks on Tuesday with the special envoy of "
        "Southland, Kamal Ayyub, through the mediation of the Foreign Minister of Lusa, Lena Sorvik."
    )
    table = [("Omar Deen", "person", ["Omar Deen"]), ("Kamal Ayyub", "person", ["Kamal Ayyub"]),
             ("Lena Sorvik", "person", ["Lena Sorvik"])]  # fmt: skip
    events, names = read(nlp, text, table)
    assert actor_names(events[0], names) == {"Omar Deen", "Kamal Ayyub", "Lena Sorvik"}


def test_what_fire_is_opened_on_is_attacked(nlp: Language) -> None:
    text = (
        "Gunmen in two cars opened fire on a police patrol in the city of Tarvo late on Sunday, killing two "
        "officers, the Northland Police said on Monday."
    )
    table = [("gunmen", "other", ["Gunmen"]), ("Northland Police", "organization", ["police", "Northland Police"]),
             ("Tarvo", "place", ["Tarvo"])]  # fmt: skip
    events, names = read(nlp, text, table)
    assert actor_names(events[0], names) == {"gunmen", "Northland Police"}
    assert names[events[0].place] == "Tarvo"


def test_a_claim_after_the_attack_was_fought_off_is_of_the_attack(nlp: Language) -> None:
    text = (
        "Militants attacked a joint checkpost of the Lusa Guard near Tarvo late on Wednesday, killing four "
        "guards, officials said.\n\n"
        "The bodies were taken to the district hospital in Tarvo, where an emergency was declared.\n\n"
        "Residents said the shooting could be heard for several hours.\n\n"
        "The military said in a statement on Thursday that troops had repulsed the attack and killed three "
        "militants.\n\n"
        "The Sahel Defence Front claimed responsibility in a message to journalists."
    )
    table = [("Sahel Defence Front", "organization", ["Sahel Defence Front"]),
             ("Lusa Guard", "organization", ["Lusa Guard"]), ("militants", "other", ["Militants"]),
             ("Tarvo", "place", ["Tarvo"])]  # fmt: skip
    events, names = read(nlp, text, table)
    assert "Sahel Defence Front" in actor_names(events[0], names)
    assert all("Sahel Defence Front" not in actor_names(event, names) for event in events[1:])


def test_a_colon_dateline_is_no_actor_and_a_death_in_a_gunfight_is_the_gunfights(nlp: Language) -> None:
    text = (
        "TARVO, June 24: Two soldiers were killed and a militant was shot dead in a fierce gunfight in the "
        "forests of Lusa, officials said."
    )
    table = [("Tarvo", "place", ["TARVO"]), ("Lusa", "place", ["Lusa"])]
    events, names = read(nlp, text, table)
    assert [(event.type, event.mode) for event in events] == [("ASSAULT", "clash")]
    assert names[events[0].place] == "Lusa"


def test_whom_a_message_is_delivered_to_during_a_meeting_took_part_in_it(nlp: Language) -> None:
    text = (
        "Omar Deen today delivered a written message from the head of state to Kamal Ayyub during a meeting at "
        "the General Command headquarters in Tarvo."
    )
    table = [("Omar Deen", "person", ["Omar Deen"]), ("Kamal Ayyub", "person", ["Kamal Ayyub"]),
             ("Tarvo", "place", ["Tarvo"])]  # fmt: skip
    events, names = read(nlp, text, table)
    meeting = next(event for event in events if event.type == "CONSULT")
    assert actor_names(meeting, names) == {"Omar Deen", "Kamal Ayyub"}
