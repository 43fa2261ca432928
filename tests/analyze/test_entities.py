"""Entities: names merged across spellings, roles, affiliations, unnamed actors, evidence offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from wirewatch.analyze.entities import find_entities
from wirewatch.analyze.entity_rules import COMPONENT_NAME
from wirewatch.analyze.names import person_key, repair_casing
from wirewatch.analyze.places import Gazetteer
from wirewatch.clean import clean_page
from wirewatch.model import Entity
from wirewatch.read import read_path

pytestmark = pytest.mark.slow


def entities_of(nlp: Language, body: str, captions: tuple[str, ...] = (), gazetteer: Gazetteer | None = None):
    return find_entities(nlp(body), [nlp(caption) for caption in captions], gazetteer)


def named(entities: tuple[Entity, ...], name: str) -> Entity:
    matches = [entity for entity in entities if entity.name == name]
    assert matches, f"no entity named {name!r} in {[entity.name for entity in entities]}"
    return matches[0]


def by_id(entities: tuple[Entity, ...], entity_id: str) -> Entity:
    return next(entity for entity in entities if entity.id == entity_id)


def test_the_model_runs_the_entity_repairs(nlp: Language) -> None:
    assert nlp.pipe_names[-1] == COMPONENT_NAME


def test_spelling_variants_and_surnames_join_one_person() -> None:
    assert person_key("Ismail Haniyeh")[-1] == person_key("Haniya")[-1]
    assert person_key("Mohamed Salah") == person_key("Muhammad Salah")
    assert person_key("Khalil al-Hayya")[-1] == person_key("Al-Hayya")[-1]
    assert person_key("Dr. Amina Yusuf") == person_key("Amina Yusuf")
    assert person_key("Tarek Osmani") != person_key("Tarek Ossem")
    assert repair_casing("IStanbul") == "Istanbul"


def test_person_named_once_then_by_surname_and_variant(nlp: Language) -> None:
    body = (
        "Hamas leader Ismail Haniyeh met the delegation in Doha on Monday.\n\n"
        "Haniyeh said the talks had been useful. Later, Haniya told reporters the meeting would continue."
    )
    entities = entities_of(nlp, body)
    haniyeh = named(entities, "Ismail Haniyeh")
    assert haniyeh.type == "person"
    assert {"Haniyeh", "Haniya"} <= set(haniyeh.aliases)
    assert len(haniyeh.mentions) == 3
    assert by_id(entities, haniyeh.affiliations[0]).name == "Hamas"
    assert any("leader" in role.text for role in haniyeh.roles)


def test_mentions_point_into_the_text_and_ids_follow_reading_order(nlp: Language) -> None:
    body = "Officials in Valdoria said Petra Ilvesk, the port authority's director, resigned.\n\nIlvesk denied wrongdoing."
    entities = entities_of(nlp, body)
    assert [entity.id for entity in entities] == [f"e{number}" for number in range(1, len(entities) + 1)]
    for entity in entities:
        for mention in entity.mentions:
            assert body[mention.start : mention.end] == mention.text
    ilvesk = named(entities, "Petra Ilvesk")
    assert [mention.text for mention in ilvesk.mentions] == ["Petra Ilvesk", "Ilvesk"]


def test_apposition_and_title_roles_with_affiliation(nlp: Language) -> None:
    body = (
        "A report by the Coastal Security Institute said that Karim Baddour, the Front's deputy "
        "information minister, posted a photo on Twitter.\n\n"
        "On Tuesday Baddour spoke by phone with the Front government's acting Foreign Minister Samir Haddad."
    )
    entities = entities_of(nlp, body)
    baddour = named(entities, "Karim Baddour")
    assert [role.text for role in baddour.roles] == ["the Front's deputy information minister"]
    assert "deputy information minister" in baddour.roles[0].sentence
    haddad = named(entities, "Samir Haddad")
    assert [role.text for role in haddad.roles] == ["acting Foreign Minister"]
    assert "Twitter" not in [entity.name for entity in entities if entity.type == "person"]


def test_appositive_role_keeps_its_description_but_not_the_circumstance(nlp: Language) -> None:
    body = "Lena Varga, an Estonian academic and author currently based in the US, said the plan would fail."
    caption = "Lena Varga, the commission spokeswoman in a press conference in Tallinn, on March 3, 2023."
    entities = entities_of(nlp, body, (caption,))
    varga = named(entities, "Lena Varga")
    assert {role.text for role in varga.roles} == {
        "an Estonian academic and author currently based in the US",
        "the commission spokeswoman",
    }
    caption_mentions = [mention for mention in varga.mentions if mention.caption == 0]
    assert caption_mentions and caption[caption_mentions[0].start : caption_mentions[0].end] == "Lena Varga"


def test_acronym_in_parentheses_is_an_alias(nlp: Language) -> None:
    body = (
        "A study by the Northern Maritime Research Institute (NMRI) found the strait unsafe.\n\n"
        "NMRI said it would publish the data."
    )
    entities = entities_of(nlp, body)
    institute = named(entities, "Northern Maritime Research Institute")
    assert institute.type == "organization"
    assert institute.aliases == ("NMRI",)
    assert len(institute.mentions) == 3


def test_members_of_a_group_are_affiliated_with_it(nlp: Language) -> None:
    body = (
        "The Falcon Front delegation was led by Omar Khaled and the Harbor League delegation included "
        "Ahmed Yousef and other Harbor League leaders."
    )
    entities = entities_of(nlp, body)
    assert [by_id(entities, i).name for i in named(entities, "Omar Khaled").affiliations] == ["Falcon Front"]
    assert [by_id(entities, i).name for i in named(entities, "Ahmed Yousef").affiliations] == [
        "Harbor League"
    ]


def test_unnamed_actors_of_a_conflict_report(nlp: Language) -> None:
    body = (
        "On 3 March, regime forces shelled the village, killing two civilians. Unidentified gunmen later "
        "opened fire on protesters near the market, and regime soldiers withdrew."
    )
    entities = entities_of(nlp, body)
    names = {entity.name: entity.type for entity in entities}
    assert names["regime forces"] == "organization"
    assert names["unidentified gunmen"] == "other"
    assert names["protesters"] == "other"
    assert "civilians" not in names


def test_actor_carrying_a_group_name_is_that_group(nlp: Language) -> None:
    body = (
        "The Levant Liberation Front (LLF) denied the report.\n\n"
        "On Sunday LLF fighters clashed with army units near the crossing."
    )
    entities = entities_of(nlp, body)
    front = named(entities, "Levant Liberation Front")
    assert "LLF fighters" in front.aliases
    assert "fighters" not in {entity.name for entity in entities}


def test_institution_named_after_its_members_is_not_renamed(nlp: Language) -> None:
    body = "Soldiers of the Northern Army entered the town. The army said two of its soldiers were hurt."
    entities = entities_of(nlp, body)
    army = named(entities, "Northern Army")
    assert "army" in army.aliases
    assert not any(entity.name.startswith("Soldiers") for entity in entities)


def test_gazetteer_turns_places_mistaken_for_people_into_places(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "On 3 March, regime forces shelled Kafr Nabl in Idlib province, killing two people in central Mali."
    )
    entities = entities_of(nlp, body, gazetteer=gazetteer)
    places = {entity.name for entity in entities if entity.type == "place"}
    assert {"Kafr Nabl", "Idlib", "Mali"} <= places
    idlib = named(entities, "Idlib")
    assert "Idlib province" in idlib.aliases or "Idlib province" in [m.text for m in idlib.mentions]


def test_places_from_context_and_area_words(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "In Hodeidah province, a convoy was ambushed on the road between Douentza and Boni, officials said. "
        "Rebels still control the capital Sanaa."
    )
    entities = entities_of(nlp, body, gazetteer=gazetteer)
    places = {entity.name for entity in entities if entity.type == "place"}
    assert {"Hodeidah", "Douentza", "Sanaa"} <= places
    assert "Hodeidah province" in named(entities, "Hodeidah").aliases


def test_state_forces_get_the_coders_name(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "On 3 March, regime forces shelled Kafr Nabl in Idlib. Three regime soldiers died near Saraqib, "
        "Syria, and Russian forces struck Ariha."
    )
    entities = entities_of(nlp, body, gazetteer=gazetteer)
    regime = named(entities, "regime forces")
    assert set(regime.aliases) == {"regime soldiers", "Military Forces of Syria"}
    assert named(entities, "Russian forces").aliases == ("Military Forces of Russia",)


def test_a_states_forces_written_with_a_possessive_are_an_actor(nlp: Language, gazetteer: Gazetteer) -> None:
    body = "Myanmar's military launched air strikes on a village in Sagaing on Friday, residents said."
    entities = entities_of(nlp, body, gazetteer=gazetteer)
    military = named(entities, "Myanmar military")
    assert military.type == "organization"
    assert [mention.text for mention in military.mentions] == ["Myanmar's military"]


def test_a_name_the_text_calls_a_settlement_is_a_place(nlp: Language) -> None:
    body = (
        "Federal forces clashed with militiamen near the town of Debre Markos on Wednesday. "
        "A day later, drones hit Let Yet Kone village, the mayor of Tarvo said. Rebels attacked a base on "
        "Barkaram island."
    )
    entities = entities_of(nlp, body)
    places = {entity.name for entity in entities if entity.type == "place"}
    assert {"Debre Markos", "Let Yet Kone", "Barkaram"} <= places


def test_prefectures_divisions_and_a_town_before_its_post_are_places(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "Gunmen attacked a police post in Batibo, in the Momo division, on Monday, an official said. "
        "It was the second attack on the Batibo post this year. Rebels also raided Paoua in the "
        "north-western Ouham-Pendé prefecture, and soldiers arrested ten men in the Ntarinkon neighbourhood "
        "of Bamenda."
    )
    entities = entities_of(nlp, body, gazetteer=gazetteer)
    places = {entity.name for entity in entities if entity.type == "place"}
    assert {"Batibo", "Momo", "Ouham-Pendé", "Bamenda"} <= places


def test_two_towns_the_model_read_as_one_name_are_two_places(nlp: Language, gazetteer: Gazetteer) -> None:
    body = "A Turkish drone struck a car on the road between Qamishli and Amuda on Wednesday."
    entities = entities_of(nlp, body, gazetteer=gazetteer)
    places = {entity.name for entity in entities if entity.type == "place"}
    assert {"Qamishli", "Amuda"} <= places


def test_a_side_in_talks_named_by_what_it_is_is_an_actor(nlp: Language) -> None:
    body = "A government negotiating team met rebel negotiators in Tarvo on Saturday, mediators said."
    names = {entity.name: entity.type for entity in entities_of(nlp, body)}
    assert names.get("government negotiating team") == "organization"
    assert names.get("rebel negotiators") == "organization"


def test_a_country_read_as_a_person_is_the_country(nlp: Language, gazetteer: Gazetteer) -> None:
    body = "Burkina Faso said on Sunday that its army had repelled the attack."
    assert named(entities_of(nlp, body, gazetteer=gazetteer), "Burkina Faso").type == "place"


def test_crown_prince_is_a_title_not_part_of_the_name(nlp: Language) -> None:
    body = "Saudi Arabia's Crown Prince Mohammed bin Salman received the envoy in Riyadh on Wednesday."
    prince = named(entities_of(nlp, body), "Mohammed bin Salman")
    assert any("Crown Prince" in role.text for role in prince.roles)


def test_place_used_as_a_modifier_is_not_a_place_mention(nlp: Language) -> None:
    body = "The Observatory for Coastal Rights, a UK-based monitor, counted the dead in Valletta."
    entities = entities_of(nlp, body)
    assert "UK" not in {entity.name for entity in entities}


def test_seed_page(nlp: Language, gazetteer: Gazetteer, seed_page: Path) -> None:
    pages = list(read_path(str(seed_page), 10_000_000))
    article = clean_page(pages[0])
    entities = find_entities(nlp(article.text), [nlp(c.text) for c in article.captions], gazetteer)

    mujahid = named(entities, "Zabihullah Mujahid")
    assert "Mujahid" in mujahid.aliases
    assert {role.text for role in mujahid.roles} >= {
        "the Taliban spokesman",
        "the Taliban’s deputy information minister",
    }
    assert [by_id(entities, i).name for i in mujahid.affiliations] == ["Taliban"]

    haniyeh = named(entities, "Ismail Haniyeh")
    assert {"Haniyeh", "Haniya", "Ismail Haniya"} <= set(haniyeh.aliases)
    assert [by_id(entities, i).name for i in haniyeh.affiliations] == ["Hamas"]
    assert "leader of the Palestinian militant group" in {role.text for role in haniyeh.roles}

    rahimi = named(entities, "Haroun Rahimi")
    assert [role.text for role in rahimi.roles] == ["an Afghan academic and author currently based in the US"]
    muttaqi = named(entities, "Amir Muttaqi")
    assert [role.text for role in muttaqi.roles] == ["acting Foreign Minister"]
    assert [by_id(entities, i).name for i in muttaqi.affiliations] == ["Taliban"]

    assert named(entities, "Middle East Media Research Institute").aliases == ("MEMRI",)
    assert named(entities, "Jihad and Terrorism Threat Monitor").type == "organization"
    assert "Afghan Taliban" in named(entities, "Taliban").aliases
    places = {entity.name for entity in entities if entity.type == "place"}
    assert {
        "Istanbul",
        "Kabul",
        "Afghanistan",
        "Israel",
        "Beirut",
        "Lebanon",
        "Gaza City",
        "Jerusalem",
    } <= places
    assert {"Palestine", "US", "Al-Quds"} <= places
    assert "Jewish News Syndicate" not in {entity.name for entity in entities}
    assert "IStanbul" in [mention.text for mention in named(entities, "Istanbul").mentions]


def test_a_big_city_and_the_area_named_after_it_are_two_places(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "Russian aircraft dropped guided bombs on Zaporizhzhia on Monday evening, the governor said.\n\n"
        "Shelling also hit villages elsewhere in the Zaporizhzhia region. Fighting went on in Borno State, "
        "where Borno's governor visited the camps."
    )
    entities = entities_of(nlp, body, gazetteer=gazetteer)
    city = named(entities, "Zaporizhzhia")
    assert "Zaporizhzhia region" not in city.aliases
    assert named(entities, "Zaporizhzhia region").type == "place"
    # No big city is called Borno: the bare name is the state.
    assert "Borno State" in {named(entities, "Borno").name, *named(entities, "Borno").aliases} or (
        "Borno" in named(entities, "Borno State").aliases
    )


def test_a_force_called_militia_by_its_foes_is_one_organization(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "The Armed Forces repelled on Sunday morning an attack launched by the terrorist Rapid Support militia and "
        "its allies on the Abu Karshola area.\n\n"
        "The Rapid Support Forces (RSF) have besieged Kadugli for months."
    )
    entities = entities_of(nlp, body, gazetteer=gazetteer)
    rsf = next(entity for entity in entities if "RSF" in (entity.name, *entity.aliases))
    assert rsf.type == "organization"
    assert {"Rapid Support militia", "Rapid Support Forces"} <= {rsf.name, *rsf.aliases}


def test_a_name_an_area_word_follows_is_a_place_not_a_person(nlp: Language, gazetteer: Gazetteer) -> None:
    body = "The rebels retook Nyamilima, a farming town in the Binza groupement of Rutshuru territory, on Wednesday."
    entities = entities_of(nlp, body, gazetteer=gazetteer)
    assert named(entities, "Rutshuru").type == "place"


def test_an_untagged_name_coordinated_with_a_person_is_a_person(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "In a statement, Hamas said the delegation, which also included Zaher Jabarin and Ghazi Hamad, had briefed "
        "Turkish officials."
    )
    entities = entities_of(nlp, body, gazetteer=gazetteer)
    assert named(entities, "Zaher Jabarin").type == "person"
    assert named(entities, "Ghazi Hamad").type == "person"


def test_a_name_the_text_calls_a_town_is_a_place_whatever_the_model_read(nlp: Language, gazetteer: Gazetteer) -> None:
    # The model reads "Ulang" before "town" as a nationality and the later ones as a man.
    body = (
        "Rebels captured Ulang town on Tuesday after two days of fighting, residents said.\n\n"
        "Army spokesman Lul Koang confirmed that troops had left Ulang but called it a tactical withdrawal. "
        '"We will return to Ulang very soon," he told the station. Shells also hit a Kurdish town, Kurdish '
        "fighters said."
    )
    entities = entities_of(nlp, body, gazetteer=gazetteer)
    assert named(entities, "Ulang").type == "place"
    assert not any(entity.name == "Kurdish" and entity.type == "place" for entity in entities)


def test_a_name_in_the_hinterlands_of_is_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    entities = entities_of(nlp, "Troops clashed with rebels in the hinterlands of Tarvo on Tuesday.", gazetteer=gazetteer)
    assert named(entities, "Tarvo").type == "place"


def test_a_name_stops_at_an_article_that_opens_another_phrase(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "The President of the Republic received this Wednesday at the Palace of the People the Prime Minister of "
        "the Federal Democratic Republic of Ethiopia, His Excellency Abiy Ahmed Ali."
    )
    entities = entities_of(nlp, body, gazetteer=gazetteer)
    assert "Palace of the People" in {entity.name for entity in entities}


def test_a_name_called_a_community_somewhere_is_a_village(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "Gunmen killed at least 17 people in an attack on Mushere, a farming community in Bokkos Local Government "
        "Area of Plateau State, late on Sunday. Residents of Mushere buried the dead on Monday."
    )
    entities = entities_of(nlp, body, gazetteer=gazetteer)
    assert named(entities, "Mushere").type == "place"
    assert len([entity for entity in entities if entity.name == "Mushere"]) == 1


def test_a_hyphenated_name_and_its_bracketed_acronym_are_one_organization(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "Fighters of the Sudan People's Liberation Army-in-Opposition (SPLA-IO) and armed youth of the White Army "
        "captured Ulang town on Tuesday. The SPLA-IO said it would hold the town."
    )
    entities = entities_of(nlp, body, gazetteer=gazetteer)
    splaio = named(entities, "Sudan People's Liberation Army-in-Opposition")
    assert splaio.type == "organization"
    assert "SPLA-IO" in splaio.aliases
    assert not any(entity.name in {"SPLA", "SPLA-IO"} for entity in entities)


def test_a_name_placed_inside_an_area_or_at_a_town_entrance_is_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "Chadian troops repelled an attack by rebels on an army post at Wour, in the mountainous Tibesti province "
        "near the Libyan border, on Sunday.\n\n"
        "Gunmen attacked a checkpoint of the Syrian Democratic Forces (SDF) at the western entrance of Thiban late "
        "on Saturday. Thiban is the hometown of a tribal leader."
    )
    entities = entities_of(nlp, body, gazetteer=gazetteer)
    assert named(entities, "Wour").type == "place"
    assert named(entities, "Thiban").type == "place"


def test_both_names_after_the_towns_of_are_places(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "Two citizens were killed this afternoon when a drone targeted a car on the road between the towns of Yater "
        "and Kafra in the Bint Jbeil district."
    )
    entities = entities_of(nlp, body, gazetteer=gazetteer)
    assert named(entities, "Yater").type == "place"
    assert named(entities, "Kafra").type == "place"


def test_a_lone_unknown_name_set_only_where_places_are_is_a_village(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "An SPLM-N official in Kauda, who spoke on condition of anonymity, denied that the movement's forces had "
        "fired on the market.\n\n"
        "On 30 January, a drone strike on the market in Kauda, the SPLM-N's stronghold in the Nuba Mountains, killed "
        "five people. Earlier this month, the militants attacked a customs post at Diboli on the Senegalese border."
    )
    assert not gazetteer.lookup("Kauda") and not gazetteer.lookup("Diboli")
    entities = entities_of(nlp, body, gazetteer=gazetteer)
    assert named(entities, "Kauda").type == "place"
    assert named(entities, "Diboli").type == "place"


@pytest.mark.parametrize(
    ("written", "name"),
    [("Barangay Salbu", "Salbu"), ("Tambon Kalong", "Kalong"), ("Idlib province", "Idlib")],
)
def test_a_village_written_with_its_unit_word_is_named_without_it(
    nlp: Language, gazetteer: Gazetteer, written: str, name: str
) -> None:
    entities = entities_of(nlp, f"Two soldiers were killed when a bomb exploded on a road in {written} on Monday.", gazetteer=gazetteer)
    place = named(entities, name)
    assert place.type == "place"
    assert written in place.aliases
