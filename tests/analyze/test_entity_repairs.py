"""Entity repairs: spelled-out acronyms, unknown villages, unnamed armed actors, owners of names, affiliations."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from wirewatch.analyze import plover
from wirewatch.analyze.entities import find_entities
from wirewatch.analyze.places import Gazetteer
from wirewatch.analyze.sources import MentionIndex, sentence_sources
from wirewatch.model import Entity

pytestmark = pytest.mark.slow


def entities_of(nlp: Language, body: str, gazetteer: Gazetteer | None = None) -> tuple[Entity, ...]:
    return find_entities(nlp(body), [], gazetteer)


def holding(entities: tuple[Entity, ...], form: str) -> Entity:
    matches = [entity for entity in entities if form == entity.name or form in entity.aliases]
    assert matches, f"no entity called {form!r} in {[(e.name, e.aliases) for e in entities]}"
    return matches[0]


def test_a_name_spelled_out_before_its_acronym_is_one_organization(nlp: Language) -> None:
    body = (
        "Fighters of the Islamic Front Sahel Wing (IFSW) attacked a camp near the border on Tuesday. "
        "The IFSW later said it had taken the camp."
    )
    front = holding(entities_of(nlp, body), "Islamic Front Sahel Wing")
    assert front.type == "organization"
    assert "IFSW" in front.aliases


def test_an_acronym_spells_a_name_with_small_words_the_model_read_as_a_place(nlp: Language) -> None:
    body = (
        "Fighters attacked a post of the Volunteers for the Defence of the Homeland (VDP) in Barani on Monday. "
        "Eleven VDP members were killed."
    )
    entities = entities_of(nlp, body)
    volunteers = holding(entities, "Volunteers for the Defence of the Homeland")
    assert volunteers.type == "organization"
    assert "VDP" in volunteers.aliases
    assert not [entity for entity in entities if entity.name == "Homeland"]


def test_gang_members_from_a_known_group_the_model_left_untagged_are_that_group(nlp: Language) -> None:
    body = (
        "Gang members from the Viv Ansanm coalition attacked the town of Boucan-Carre on Monday morning, "
        "setting fire to houses. The gang members withdrew by nightfall."
    )
    entities = entities_of(nlp, body)
    coalition = holding(entities, "Viv Ansanm")
    assert coalition.type == "organization"
    assert not [entity for entity in entities if entity.name.casefold() == "gang"]


def test_a_surname_two_people_share_is_the_one_named_first_not_the_longest_name(nlp: Language) -> None:
    body = (
        "Foreign Minister Hakan Fidan was received by President Ibrahim Traore in Ouagadougou on Wednesday. "
        "\"We want this partnership to serve our people,\" Traore said. "
        "Fidan also met his counterpart, Karamoko Jean-Marie Traore, on Wednesday evening."
    )
    entities = entities_of(nlp, body)
    president = holding(entities, "Ibrahim Traore")
    minister = holding(entities, "Karamoko Jean-Marie Traore")
    lone = body.index("Traore said")
    assert any(mention.start == lone for mention in president.mentions)
    assert not any(mention.start == lone for mention in minister.mentions)


def test_an_unknown_name_before_village_is_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "Armed bandits attacked Zirbawa village on Sunday night, killing five villagers, a local leader said."
    )
    entities = entities_of(nlp, body, gazetteer)
    assert holding(entities, "Zirbawa").type == "place"


def test_a_town_after_out_of_is_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    body = "Soldiers escorted the convoy out of Douentza at dawn."
    entities = entities_of(nlp, body, gazetteer)
    assert holding(entities, "Douentza").type == "place"


def test_bandits_and_gendarmes_are_actors(nlp: Language) -> None:
    body = (
        "Armed bandits stormed a cattle market on Friday. "
        "The next day gendarmes arrested three men suspected of helping the bandits."
    )
    names = {entity.name.casefold() for entity in entities_of(nlp, body)}
    assert "armed bandits" in names
    assert "gendarmes" in names


def test_armed_members_of_feuding_families_are_an_actor(nlp: Language) -> None:
    body = "Four people were killed when armed members of two feuding families clashed in a village on Monday."
    names = {entity.name.casefold() for entity in entities_of(nlp, body)}
    assert any(name.startswith("armed members of") and "families" in name for name in names)


def test_people_named_by_their_trade_are_an_actor_as_they_protest(nlp: Language) -> None:
    body = "Police fired on farmers protesting against the destruction of their fields. The farmers' wells ran dry."
    farmers = holding(entities_of(nlp, body), "farmers")
    assert farmers.type == "organization" and len(farmers.mentions) == 1


def test_fighters_described_by_their_cause_are_an_actor(nlp: Language) -> None:
    body = "Armed separatist fighters abducted nine passengers on Saturday. Suspected jihadist militants fled."
    names = {entity.name.casefold() for entity in entities_of(nlp, body)}
    assert {"armed separatist fighters", "suspected jihadist militants"} <= names


def test_a_place_owning_an_organization_name_is_no_part_of_it(nlp: Language) -> None:
    body = (
        "Sudan said on Monday that it had protested to Chad. "
        "Sudan's Rapid Support Forces (RSF) denied the report, and the Rapid Support Forces said their fighters "
        "had withdrawn."
    )
    forces = holding(entities_of(nlp, body), "Rapid Support Forces")
    assert "RSF" in forces.aliases


def test_the_groups_spokesman_belongs_to_the_group_just_named(nlp: Language) -> None:
    body = (
        "The Kestrel Liberation Army captured a hilltop post on Monday, the group's spokesman, Omar Deen, "
        "told reporters."
    )
    entities = entities_of(nlp, body)
    by_id = {entity.id: entity.name for entity in entities}
    spokesman = holding(entities, "Omar Deen")
    assert [by_id[affiliation] for affiliation in spokesman.affiliations] == ["Kestrel Liberation Army"]


def test_particle_joined_movement_names_stay_whole(nlp: Language) -> None:
    body = (
        "Police detained supporters of Tehreek-e-Insaaf Dastoor in Multan, while fighters of Tehreek-e-Adl "
        "Baluchistan ambushed a patrol. Jama'at Nasr al-Ummah wal-Ansar denied any role."
    )
    names = {entity.name: entity.type for entity in entities_of(nlp, body)}
    assert names["Tehreek-e-Insaaf Dastoor"] == "organization"
    assert names["Tehreek-e-Adl Baluchistan"] == "organization"
    assert names["Jama'at Nasr al-Ummah wal-Ansar"] == "organization"
    assert "Tehreek" not in names


def test_a_possessed_generic_actor_is_not_a_group_named_only_later(nlp: Language) -> None:
    body = (
        "The Sahel Defence Front said its fighters had seized two trucks. "
        "Separately, Northern Liberation Brigade fighters clashed with soldiers near the river."
    )
    brigade = holding(entities_of(nlp, body), "Northern Liberation Brigade")
    assert "fighters" not in brigade.aliases


def test_a_wire_dateline_is_a_sentence_of_its_own_and_spells_no_acronym(nlp: Language) -> None:
    doc = nlp("GONAIVES, Haiti (AP) — Gunmen killed four people in Saint-Marc on Tuesday, police said.")
    first, second = list(doc.sents)[:2]
    assert first.text.endswith("—") and second.text.startswith("Gunmen")
    haiti = holding(find_entities(doc, []), "Haiti")
    assert haiti.type == "place" and "AP" not in haiti.aliases


def test_a_name_the_model_reads_as_a_place_before_gang_or_cartel_names_an_organization(nlp: Language) -> None:
    body = "Members of the Gran Grif gang ambushed a patrol, and the Sinaloa cartel denied any role."
    types = {
        entity.name.removesuffix(" gang").removesuffix(" cartel"): entity.type
        for entity in entities_of(nlp, body)
    }
    assert types == {"Gran Grif": "organization", "Sinaloa": "organization"}


def test_an_actor_word_opening_a_sentence_is_still_an_actor(nlp: Language) -> None:
    entities = entities_of(
        nlp, "Gang members killed twelve people in Lusa. Police blamed the attack on rivals."
    )
    names = {entity.name.casefold() for entity in entities}
    assert {"gang", "police"} <= names


def test_islamic_state_and_unidentified_armed_men_are_actors(nlp: Language) -> None:
    body = (
        "Unidentified armed men abducted nine passengers near the bridge. "
        "The Islamic State West Africa Province said its fighters had attacked a base, "
        "and the Islamic State claimed a bombing in the north."
    )
    entities = entities_of(nlp, body)
    names = {entity.name: entity.type for entity in entities}
    assert names.get("Islamic State West Africa Province") == "organization"
    assert names.get("Islamic State") == "organization"
    assert any(entity.name.casefold() == "unidentified armed men" for entity in entities)


def test_a_letter_and_number_code_is_a_group_and_a_centre_department_a_place(nlp: Language) -> None:
    body = (
        "Rebels of the M23 movement took Kanyabayonga. The M23 has seized large parts of North Kivu. "
        "Gangs stormed Mirebalais in Haiti's Centre department on Monday."
    )
    entities = entities_of(nlp, body)
    assert holding(entities, "M23").type == "organization"
    assert not any(entity.type == "organization" and "Centre" in entity.name for entity in entities)


def test_persian_spellings_titles_movements_and_arabic_names_are_read_right(nlp: Language) -> None:
    body = (
        "Prime Minister Mustafa al-Kadhimi met Esmail Qaani in Baghdad. Kataib Hizbullah welcomed the visit. "
        "Ghaani later met Shiite leaders at the home of Hadi al-Amiri, the head of the Fatah Alliance."
    )
    entities = entities_of(nlp, body)
    assert "Ghaani" in holding(entities, "Esmail Qaani").aliases
    assert holding(entities, "Mustafa al-Kadhimi").type == "person"
    assert holding(entities, "Kataib Hizbullah").type == "organization"
    assert holding(entities, "Hadi al-Amiri").type == "person"


def test_a_dateline_with_country_and_date_names_places(nlp: Language) -> None:
    body = (
        "TAMBARI, Nigeria, June 4 (Savannah Desk) — Gunmen attacked a market on Monday, killing two traders, "
        "police said."
    )
    assert holding(entities_of(nlp, body), "TAMBARI").type == "place"
    shared = entities_of(
        nlp, "LAGOS/ABUJA, May 2 (Coastal Wire) — Talks between the unions resumed on Friday."
    )
    assert holding(shared, "LAGOS").type == "place"
    assert holding(shared, "ABUJA").type == "place"


def test_a_capitalised_state_and_the_town_before_it_are_places(nlp: Language, gazetteer: Gazetteer) -> None:
    body = "Soldiers repelled an attack on a base in Gadaka, Yobe State, on Friday night, the army said."
    entities = entities_of(nlp, body, gazetteer)
    assert holding(entities, "Yobe State").type == "place"
    assert holding(entities, "Gadaka").type == "place"


def test_a_name_before_fighters_is_a_group_in_every_mention(nlp: Language) -> None:
    body = (
        "Boko Haram fighters attacked a checkpoint on the highway on Sunday. "
        "Boko Haram later said it had seized rifles."
    )
    group = holding(entities_of(nlp, body), "Boko Haram")
    assert group.type == "organization"
    assert "Boko Haram fighters" in group.aliases


def test_a_descriptive_word_opening_a_sentence_is_not_part_of_a_name(nlp: Language) -> None:
    body = "Paramilitary Sahel Defence Forces shelled the market on Monday. The SDF denied hitting civilians."
    forces = holding(entities_of(nlp, body), "Sahel Defence Forces")
    assert forces.type == "organization"
    assert "SDF" in forces.aliases


def test_guards_named_after_a_people_are_an_actor_not_a_place(nlp: Language) -> None:
    body = "Hundreds of Wayuu Indigenous guards marched in the capital on Thursday to demand protection."
    entities = entities_of(nlp, body)
    assert holding(entities, "Wayuu Indigenous guards").type == "organization"
    assert not [entity for entity in entities if entity.type == "place"]


def test_a_lower_case_ministry_is_an_organization_known_by_its_country(nlp: Language) -> None:
    body = (
        "Valdoria's defence ministry said on Monday that its forces had repelled an attack near the border, "
        "while the interior ministry ordered a curfew."
    )
    entities = entities_of(nlp, body)
    assert holding(entities, "Valdoria's defence ministry").type == "organization"
    assert holding(entities, "interior ministry").type == "organization"


def test_an_unnamed_actor_in_the_singular_and_the_plural_is_one(nlp: Language) -> None:
    body = (
        "Members of the Indigenous guard blocked the road on Monday. "
        "Indigenous guards later released the two men they had detained."
    )
    guards = [entity for entity in entities_of(nlp, body) if "guard" in entity.name.casefold()]
    assert len(guards) == 1, [(entity.name, entity.aliases) for entity in guards]


def test_the_dateline_place_stays_a_place_later_in_the_story(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "BABANUSAH, Sudan, April 9 (Nile Wire) - Artillery shells fell into Babanusah on Monday, killing four "
        "people, residents said."
    )
    town = holding(entities_of(nlp, body, gazetteer), "Babanusah")
    assert town.type == "place"
    institution = holding(
        entities_of(
            nlp, "UNITED NATIONS, Dec 4 (Gulf Wire) - The envoy told the council that talks had stalled."
        ),
        "UNITED NATIONS",
    )
    assert institution.type == "organization"


def test_names_before_a_plural_group_noun_are_gangs(nlp: Language) -> None:
    body = "Residents fled fighting between the 100 Bandi and Toto Sanon gangs on Sunday."
    assert holding(entities_of(nlp, body), "Toto Sanon").type == "organization"


def test_a_name_after_in_the_is_a_region_not_a_person(nlp: Language) -> None:
    assert holding(entities_of(nlp, "Drones hit a convoy in the Sahel on Friday."), "Sahel").type == "place"


def test_a_nationality_read_as_a_person_before_army_names_the_army(nlp: Language) -> None:
    body = "Gunmen attacked a post of the Nigerien army near the border on Friday."
    entities = entities_of(nlp, body)
    assert holding(entities, "Nigerien army").type == "organization"
    assert not [entity for entity in entities if entity.type == "person"]


def test_movements_factions_and_drones_named_by_a_common_noun_are_actors(nlp: Language) -> None:
    body = (
        "A delegation of Yemen's Houthi movement held talks in Moscow. Qaani met leaders of several Iraqi "
        "armed factions, including Kata’ib Hezbollah, in Baghdad. Army drones struck vehicles near the town."
    )
    names = {entity.name: entity.type for entity in entities_of(nlp, body)}
    assert names.get("Houthi movement") == "organization"
    assert names.get("Kata'ib Hezbollah") == "organization"  # apostrophes are normalised
    assert any("factions" in name for name in names)


def test_slash_datelines_name_both_places_and_no_false_datelines(nlp: Language) -> None:
    assert plover.DATELINE.match("MOSCOW/SANAA, Jan 18 (Harbor Wire) — Talks were held.")
    assert plover.DATELINE.match("BREAKING — Rebels seized a base.") is None
    entities = entities_of(nlp, "NATO, Turkey agreed: the alliance will meet in Oslo. Ugandan President Yoweri "
                                "Museveni welcomed it.")  # fmt: skip
    assert holding(entities, "NATO").type == "organization"
    assert not any(entity.name == "Ugandan" for entity in entities)


def test_untagged_acronyms_are_groups_and_untagged_towns_after_in_are_places(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    body = (
        "The attack by ISWAP on an army post in Damboa on Tuesday killed two soldiers in August, police said."
    )
    entities = entities_of(nlp, body, gazetteer)
    assert holding(entities, "ISWAP").type == "organization"
    assert holding(entities, "Damboa").type == "place"
    assert not any(entity.name == "August" for entity in entities)


def test_a_particle_joined_name_after_a_nationality_and_title_is_the_person(nlp: Language) -> None:
    body = "Turkish Foreign Minister Hakan Fidan met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad."
    entities = entities_of(nlp, body)
    sudani = holding(entities, "Mohammed Shia al-Sudani")
    assert sudani.type == "person" and [m.text for m in sudani.mentions] == ["Mohammed Shia al-Sudani"]


def test_a_group_named_before_an_acronym_of_another_language_is_one_organization(nlp: Language) -> None:
    body = (
        "The al-Qaeda-linked Group to Support Islam and Muslims (JNIM) raided Djiguibombo. Fighters of the "
        "Retour, Réclamation et Réhabilitation (3R) armed group clashed with soldiers. Jama'at Nusrat al-Islam "
        "wal-Muslimin (JNIM) denied it."
    )
    entities = entities_of(nlp, body)
    group = holding(entities, "Group to Support Islam and Muslims")
    assert group.type == "organization" and "JNIM" in group.aliases
    assert holding(entities, "Retour, Réclamation et Réhabilitation").aliases == ("3R",)


def test_an_acronym_named_before_its_spelled_out_name_is_the_same_group(nlp: Language) -> None:
    body = (
        "ISWAP fighters attacked a base in Marte. Islamic State West Africa Province has stepped up raids "
        "around Lake Chad."
    )
    entities = entities_of(nlp, body)
    assert "ISWAP" in holding(entities, "Islamic State West Africa Province").aliases


def test_a_name_spelled_before_its_acronym_survives_a_model_span_over_a_paragraph_break(
    nlp: Language,
) -> None:
    body = (
        "Sécurité · English edition\n\n"
        "Fighters of the Retour, Réclamation et Réhabilitation (3R) armed group clashed with soldiers on Sunday."
    )
    entities = entities_of(nlp, body)
    group = holding(entities, "Retour, Réclamation et Réhabilitation")
    assert group.type == "organization" and group.aliases == ("3R",)
    assert all("\n" not in mention.text for entity in entities for mention in entity.mentions)


def test_a_dateline_in_ordinary_case_names_its_city_and_agency(nlp: Language) -> None:
    body = "Tambari, Nigeria (Savannah Desk) — The governor received a delegation of elders on Tuesday."
    entities = entities_of(nlp, body)
    assert holding(entities, "Tambari").type == "place"
    assert holding(entities, "Savannah Desk").type == "organization"
    assert plover.DATELINE.match(body) is not None
    assert plover.DATELINE.match("Hamas — the group that runs Gaza — said on Monday it would talk.") is None
    bracketed = "Tambari (Savannah Desk) — Gunmen attacked a market on Monday."
    assert plover.DATELINE.match(bracketed) is not None
    assert holding(entities_of(nlp, bracketed), "Tambari").type == "place"
    # A readout's dateline gives the day it was filed: "Riyadh, 3 March 2031 (SPA) –", "Kigali, March 3 –".
    assert plover.DATELINE.match("Tambari, 3 March 2031 (Savannah Desk) – The governor received elders today.")
    assert plover.DATELINE.match("Tambari, March 3 – The governor received elders today.")
    assert plover.DATELINE.match("Hamas, 3 sides – said nothing.") is None


def test_an_article_and_one_word_is_a_group_and_a_coded_name_with_its_fighters_an_actor(
    nlp: Language,
) -> None:
    body = (
        "Three soldiers were killed when their convoy was ambushed by suspected al-Shabaab fighters on Monday. "
        "M23 rebels took control of the town of Rubaya on Tuesday. Al-Harith Idriss al-Harith Mohamed spoke."
    )
    entities = entities_of(nlp, body)
    assert holding(entities, "al-Shabaab").type == "organization"
    assert holding(entities, "M23 rebels").type == "organization"
    assert all(entity.name != "Al-Harith" or entity.type == "person" for entity in entities)


def test_suspected_insurgents_opening_a_sentence_are_an_actor(nlp: Language) -> None:
    body = "Suspected insurgents detonated a roadside bomb near a ranger patrol on Monday, police said."
    assert holding(entities_of(nlp, body), "suspected insurgents").type == "organization"


def test_a_peoples_possessive_is_part_of_the_name(nlp: Language) -> None:
    body = (
        "A People's Defence Force unit ambushed troops near Kani. The Sudan People's Liberation Movement-North "
        "said on Monday that it had not been told."
    )
    entities = entities_of(nlp, body)
    assert holding(entities, "People's Defence Force").type == "organization"
    assert holding(entities, "Sudan People's Liberation Movement-North").type == "organization"


def test_a_name_after_news_agency_is_an_outlet_and_its_source_kind_is_media(nlp: Language) -> None:

    body = "Turkish news agency Anatolian Desk reported on Friday that the two men had spoken by phone."
    entities = entities_of(nlp, body)
    desk = holding(entities, "Anatolian Desk")
    assert desk.type == "organization"
    doc = nlp(body)
    links = sentence_sources(next(iter(doc.sents)), MentionIndex(entities), None)
    assert [link.kind for link in links if link.entity == desk.id] == ["media"]


def test_state_authorities_governments_cities_and_compound_surnames(nlp: Language) -> None:
    body = (
        "Mexican authorities arrested a senior leader of the Sinaloa cartel in the northern city of Culiacan on "
        "Sunday, Security Secretary Omar Garcia Harfuch said. Garcia Harfuch told reporters that Colombia's "
        "government had helped."
    )
    entities = entities_of(nlp, body)
    assert holding(entities, "Culiacan").type == "place"
    assert "Garcia Harfuch" in holding(entities, "Omar Garcia Harfuch").aliases
    assert holding(entities, "Mexican authorities").type == "organization"
    assert holding(entities, "Colombia government").type == "organization"


def test_a_father_named_in_his_sons_name_stays_another_man(nlp: Language) -> None:
    body = "Emir Tamim bin Hamad Al Thani met envoys in Doha. His father, Hamad Al Thani, did not attend."
    people = [entity for entity in entities_of(nlp, body) if entity.type == "person"]
    assert len(people) == 2


def test_an_accented_day_first_dateline_and_a_hyphenated_actor_name(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    body = (
        "BOGOTÁ, 22 de mayo (EFE) — Dissidents of the former FARC attacked a military base in Argelia on "
        "Wednesday, the army said. Islamic State-linked gunmen killed four villagers near Tarvo on Monday."
    )
    entities = entities_of(nlp, body, gazetteer)
    assert holding(entities, "BOGOTÁ").type == "place"
    assert holding(entities, "EFE").type == "organization"
    assert any(entity.name == "Islamic State-linked gunmen" for entity in entities)


def test_the_portfolio_after_secretary_of_is_part_of_the_title(nlp: Language) -> None:
    body = "U.S. Secretary of State Marco Rubio met the Saudi foreign minister in Riyadh on Tuesday."
    entities = entities_of(nlp, body)
    assert all(entity.name != "State" for entity in entities), [entity.name for entity in entities]
    rubio = holding(entities, "Marco Rubio")
    assert any("Secretary of State" in role.text for role in rubio.roles)


def test_a_name_spelled_before_its_acronym_stays_an_organization_where_read_as_a_person(
    nlp: Language,
) -> None:
    body = (
        "A spokesman blamed the Dawlah Islamiyah (DI), a pro-Islamic State group, for the bombing. "
        "Gunmen linked to the Dawlah Islamiyah abducted a teacher on Thursday."
    )
    group = holding(entities_of(nlp, body), "Dawlah Islamiyah")
    assert group.type == "organization"
    assert "DI" in group.aliases


def test_a_small_town_the_model_reads_as_a_nationality_after_in_is_a_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    body = "Papuan rebels killed two soldiers in an attack on a military post in Sugapa on Tuesday."
    town = holding(entities_of(nlp, body, gazetteer), "Sugapa")
    assert town.type == "place"


def test_a_lone_given_name_of_someone_named_in_full_is_that_person(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    body = (
        "President Isaias Afwerki hosted the two ministers in Asmara on Tuesday. "
        "The minister was last received by Isaias in Asmara in September. "
        "Jordan Bardella spoke in Paris, while Jordan sent aid."
    )
    entities = entities_of(nlp, body, gazetteer)
    assert "Isaias" in holding(entities, "Isaias Afwerki").aliases
    # A given name that is also a country stays the country.
    assert holding(entities, "Jordan").type == "place"


def test_a_full_name_read_as_an_organization_is_the_person_its_surname_names(nlp: Language) -> None:
    body = (
        "The ministers, led by Egypt's Badr Abdelatty, pledged to support Somalia. "
        "“Egypt will not stand idle,” Abdelatty told a news conference before leaving Asmara."
    )
    minister = holding(entities_of(nlp, body), "Badr Abdelatty")
    assert minister.type == "person"
    assert "Abdelatty" in minister.aliases


def test_a_facility_named_with_its_town_is_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    body = "The commander was received by President Yoweri Museveni at State House Entebbe on Tuesday."
    house = holding(entities_of(nlp, body, gazetteer), "State House Entebbe")
    assert house.type == "place"


def test_a_town_after_the_rural_area_of_is_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    body = "Drones hit an army post in the rural area of Tibú, in the Catatumbo region, on Tuesday night."
    assert holding(entities_of(nlp, body, gazetteer), "Tibú").type == "place"


def test_armed_residents_are_an_actor_and_residents_alone_are_not(nlp: Language) -> None:
    body = "Armed residents clashed with a patrol near the village on Tuesday, residents said."
    names = [entity.name.casefold() for entity in entities_of(nlp, body)]
    assert names.count("armed residents") == 1
    assert "residents" not in names


@pytest.mark.parametrize(
    ("name", "coded"),
    [
        ("Philippine Army", "Military Forces of Philippines"),
        ("Somali National Army", "Military Forces of Somalia"),
        (
            "Armed Forces of the Democratic Republic of the Congo",
            "Military Forces of Democratic Republic of the Congo",
        ),
        ("Sudan People's Liberation Army", None),
        ("Arakan Army", None),
    ],
)
def test_a_states_army_named_in_full_gets_the_coders_name_and_a_rebel_army_does_not(
    nlp: Language, gazetteer: Gazetteer, name: str, coded: str | None
) -> None:
    body = f"Fighters attacked positions of the {name} near the town on Sunday, officials said."
    army = holding(entities_of(nlp, body, gazetteer), name)
    coder_names = [alias for alias in army.aliases if alias.startswith("Military Forces of")]
    assert coder_names == ([coded] if coded else [])


def test_a_name_after_the_community_of_is_a_place_and_an_apparatus_is_an_organization(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    body = (
        "A drone attack killed three people in the community of El Guayabo on Thursday. "
        "Fighters of the Stability Support Apparatus clashed with the 444th Brigade overnight."
    )
    entities = entities_of(nlp, body, gazetteer)
    assert holding(entities, "El Guayabo").type == "place"
    assert holding(entities, "Stability Support Apparatus").type == "organization"


def test_a_village_the_text_goes_on_to_locate_is_a_place_and_the_bush_is_none(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    body = (
        "Insurgents beheaded five villagers in Mucojo, in Macomia district, on Sunday. "
        "They torched about 20 houses before fleeing into the bush."
    )
    entities = entities_of(nlp, body, gazetteer)
    assert holding(entities, "Mucojo").type == "place"
    assert all(entity.name.casefold() != "bush" for entity in entities)


def test_herders_are_an_actor(nlp: Language) -> None:
    body = "Suspected Fulani herders attacked Bokkos village late on Saturday, killing at least 12 people."
    herders = holding(entities_of(nlp, body), "Suspected Fulani herders")
    assert herders.type in {"other", "organization"}


def test_where_residents_live_is_a_place_whatever_the_model_read(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "On 16 May, residents of Sevare burned tyres and blocked the main road to protest against insecurity."
    )
    assert holding(entities_of(nlp, body, gazetteer), "Sevare").type == "place"


def test_a_plural_name_owned_by_a_country_is_a_group(nlp: Language) -> None:
    body = "Yemen's Houthis said on Tuesday they had attacked a cargo ship in the Red Sea off the port of Hodeidah."
    assert holding(entities_of(nlp, body), "Houthis").type == "organization"


def test_a_town_the_model_reads_as_a_date_is_a_place_but_a_month_or_ramadan_is_not(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    body = "Gunmen attacked a police station in Turbat, in the Kech district, late on Sunday. Fighting eased in Ramadan."
    entities = entities_of(nlp, body, gazetteer)
    assert holding(entities, "Turbat").type == "place"
    assert all(entity.name != "Ramadan" for entity in entities)


def test_a_name_before_a_founders_title_and_name_is_the_group_he_founded(nlp: Language) -> None:
    body = (
        "Damboa suffered after the 2009 uprising led by Boko Haram founder Mohammed Yusuf. Police spokesman"
        " Aliyu Bello said patrols had been doubled, and Trump adviser Jane Doe said nothing."
    )
    types = {entity.name: entity.type for entity in entities_of(nlp, body)}
    assert types["Boko Haram"] == "organization"
    assert types["Mohammed Yusuf"] == "person"
    assert types.get("Trump", "person") == "person"  # an adviser serves a person as well as a group


def test_a_known_armed_groups_name_is_an_organization_wherever_it_stands(nlp: Language) -> None:
    body = "The Islamic State West Africa Province, known as ISWAP, split from Boko Haram in 2016."
    types = {entity.name: entity.type for entity in entities_of(nlp, body)}
    assert types["Boko Haram"] == "organization"


def test_a_name_the_text_calls_a_village_in_an_apposition_is_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    body = "Fighters stormed an army base at Sabiid, a farming village west of Afgooye, late on Sunday."
    assert holding(entities_of(nlp, body, gazetteer), "Sabiid").type == "place"


def test_a_known_place_is_that_place_where_the_model_left_it_untagged(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "Militiamen of the Cooperative for the Development of Congo (CODECO) attacked a gold mining site on the"
        " outskirts of Mongbwalu, in Djugu territory, early on Saturday. A civil society leader in Mongbwalu"
        " said nine miners were killed. Field Marshal Asim Munir visited Munir on Monday."
    )
    entities = entities_of(nlp, body, gazetteer)
    town = holding(entities, "Mongbwalu")
    assert town.type == "place"
    assert [mention.start for mention in town.mentions] == [m.start() for m in re.finditer("Mongbwalu", body)]
    # A word of a person's name is not spread as a place, whatever the model read once.
    assert all(len(e.mentions) < 2 for e in entities if e.name == "Munir" and e.type == "place")


def test_a_spelled_out_name_before_its_acronym_runs_over_no_comma(nlp: Language) -> None:
    body = "A drone strike hit a vehicle near Awdheegle on Saturday, the US Africa Command (AFRICOM) said."
    command = holding(entities_of(nlp, body), "AFRICOM")
    assert command.name == "US Africa Command"


def test_an_acronym_of_first_syllables_spells_out_its_name(nlp: Language) -> None:
    body = "Militiamen of the Cooperative for the Development of Congo (CODECO) attacked a mining site on Sunday."
    assert holding(entities_of(nlp, body), "CODECO").name == "Cooperative for the Development of Congo"


def test_a_town_called_a_groups_seat_is_a_place_and_dozo_hunters_an_actor(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "A jet bombed a monastery in Namhsan, the seat of the Ta'ang National Liberation Army, on Sunday."
        " Jihadists attacked a checkpoint held by dozo hunters at the entrance to Sokolo."
    )
    entities = entities_of(nlp, body, gazetteer)
    assert holding(entities, "Namhsan").type == "place"
    assert holding(entities, "dozo hunters").type in {"organization", "other"}


def test_a_nationals_army_joins_the_state_army_named_in_full(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "M23 rebels seized the town of Nyanzale on Sunday after clashes with the Armed Forces of the Democratic"
        " Republic of the Congo (FARDC), local sources said.\n\nThe Congolese army said it had withdrawn, and the"
        " Congolese police said nothing."
    )
    entities = entities_of(nlp, body, gazetteer)
    army = holding(entities, "FARDC")
    assert "Congolese army" in army.aliases
    assert "Congolese police" not in army.aliases


def test_a_named_groups_leaders_and_a_raided_community_are_found(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "The commissioner met leaders of the Segunda Marquetalia in Caracas on Monday. Armed men invaded Daffo"
        " community at night, while the Fulani community mourned."
    )
    entities = entities_of(nlp, body, gazetteer)
    assert holding(entities, "Segunda Marquetalia").type == "organization"
    assert holding(entities, "Daffo").type == "place"
    assert not any(entity.name == "Fulani" and entity.type == "place" for entity in entities)


def test_a_name_after_a_persons_title_is_a_person(nlp: Language) -> None:
    body = (
        "Chadian President Mahamat Idriss Déby Itno received Sudan's army chief in N'Djamena on Tuesday, the"
        " Chadian presidency said."
    )
    assert holding(entities_of(nlp, body), "Mahamat Idriss Déby Itno").type == "person"


def test_a_name_where_only_a_place_stands_is_a_place_in_every_mention(nlp: Language) -> None:
    body = (
        "Four reservists were killed late on Tuesday when their vehicle hit a roadside bomb near Elwak, a police"
        " commander said.\n\nElwak was attacked in February. Fighters also struck a post on the outskirts of"
        " Abu Saida."
    )
    entities = entities_of(nlp, body)
    town = holding(entities, "Elwak")
    assert town.type == "place" and len(town.mentions) == 2
    assert holding(entities, "Abu Saida").type == "place"


def test_a_namesake_said_so_or_titled_from_another_group_is_another_person(nlp: Language) -> None:
    body = (
        "Damboa suffered after the 2009 uprising led by Boko Haram founder Mohammed Yusuf, who was killed in police"
        " custody that year.\n\nPolice spokesman Mohammed Yusuf, who shares the name, told reporters that patrols"
        " had been doubled."
    )
    namesakes = [entity for entity in entities_of(nlp, body) if entity.name == "Mohammed Yusuf"]
    assert len(namesakes) == 2


def test_the_capitalised_words_after_a_title_are_a_person(nlp: Language) -> None:
    body = (
        "Mahama held talks with Togolese President Faure Gnassingbé in Lomé. Foreign Minister Bader Abdelatty "
        "received Field Marshal Khalifa Haftar in Cairo, and Somali President Hassan Sheikh Mohamud sent an envoy. "
        "The UN General Assembly met later."
    )
    entities = entities_of(nlp, body)
    for name in ("Faure Gnassingbé", "Khalifa Haftar", "Hassan Sheikh Mohamud"):
        assert holding(entities, name).type == "person"
    assert not any(entity.type == "person" and "Assembly" in entity.name for entity in entities)


def test_a_titled_person_the_model_read_as_an_organization_with_the_title_is_a_person(nlp: Language) -> None:
    body = (
        "Pakistan's army chief, Field Marshal Asim Munir, held talks with senior Taliban officials in Kabul on"
        " Tuesday. Munir met the acting prime minister. The General Command and the General Staff said nothing."
    )
    entities = entities_of(nlp, body)
    general = holding(entities, "Asim Munir")
    assert general.type == "person" and general.name == "Asim Munir" and "Munir" in general.aliases
    # A one-word name after "General" is an institution's: "General Command" and "General Staff" stay whole.
    for institution in ("General Command", "General Staff"):
        assert holding(entities, institution).type == "organization"
    assert not any(entity.type == "person" and entity.name in {"Command", "Staff"} for entity in entities)


def test_an_untagged_name_in_apposition_to_an_office_is_the_person_holding_it(nlp: Language) -> None:
    body = (
        "The United Nations' personal envoy for Sudan, Ramtane Lamamra, met the rebels' prime minister in"
        " Tarvo on Wednesday."
    )
    envoy = holding(entities_of(nlp, body), "Ramtane Lamamra")
    assert envoy.type == "person" and envoy.name == "Ramtane Lamamra"


def test_a_known_armed_group_after_in_is_no_town_that_shares_its_spelling(nlp: Language, gazetteer: Gazetteer) -> None:
    body = "The talks exposed divisions in Hamas's ranks, officials in Tarvo said."
    assert holding(entities_of(nlp, body, gazetteer), "Hamas").type == "organization"


def test_a_name_before_sub_district_is_a_place(nlp: Language) -> None:
    body = "Gunmen attacked a military post in the Jalawla sub-district, north-east of the provincial capital."
    town = holding(entities_of(nlp, body), "Jalawla")
    assert town.type == "place" and town.name == "Jalawla"


def test_the_name_state_media_refer_to_a_group_by_is_an_alias_of_the_group(nlp: Language) -> None:
    body = (
        'Talks between the government and the armed group "Shene" ended on Saturday. The government and state media'
        ' refer to the Oromo Liberation Army (OLA) as "Shene".'
    )
    group = holding(entities_of(nlp, body), "Oromo Liberation Army")
    assert {"Shene", "OLA"} <= set(group.aliases)


def test_a_name_before_district_after_in_is_a_place_the_gazetteer_need_not_know(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    body = (
        "Taliban forces opened fire on farmers protesting against the destruction of their poppy fields in Keshem"
        " district of northeastern Badakhshan province on Tuesday."
    )
    district = holding(entities_of(nlp, body, gazetteer), "Keshem")
    assert district.type == "place" and district.name == "Keshem"


def test_a_unit_named_after_a_person_is_an_organization_but_a_war_front_is_not(nlp: Language) -> None:
    body = (
        "Dissidents of the Ramiro Lozada front attacked a police station in Tarvo on Tuesday. "
        "Fighting also continued on the Eastern front and on the Kestrel front, the army said."
    )
    entities = entities_of(nlp, body)
    assert holding(entities, "Ramiro Lozada front").type == "organization"
    assert not [entity for entity in entities if entity.name.endswith(("Eastern front", "Kestrel front"))]


@pytest.mark.parametrize(
    "body",
    [
        "Gunmen attacked Obawuru, the headquarters of Kestrel Local Government Area, late on Sunday.",
        "Separatists attacked the brigade in Ndawara, the chief town of Tarvo division, on Tuesday.",
    ],
)
def test_a_name_called_an_area_s_headquarters_or_chief_town_is_a_place(
    nlp: Language, gazetteer: Gazetteer, body: str
) -> None:
    name = "Obawuru" if "Obawuru" in body else "Ndawara"
    assert holding(entities_of(nlp, body, gazetteer), name).type == "place"


def test_an_official_named_after_his_institution_is_a_person_apart_from_it(nlp: Language) -> None:
    body = (
        "The meeting was attended by Chief of the Royal Tarvo Court Yousef Abadneh and Director of the General "
        "Intelligence Department Major General Ahmad Qudah, and by head of the Kestrel General Intelligence "
        "Service Majed Farhoud. The True News Information Team said the talks lasted two hours."
    )
    entities = entities_of(nlp, body)
    assert holding(entities, "Majed Farhoud").type == "person"
    assert holding(entities, "Kestrel General Intelligence Service").type == "organization"
    assert holding(entities, "Yousef Abadneh").type == "person"
    assert not [entity for entity in entities if entity.name == "Information Team"]


def test_a_titled_person_before_and_is_not_swallowed_by_the_next_title_s_institution(nlp: Language) -> None:
    body = (
        "Foreign Minister Ararat Vesk and Security Council Secretary Armen Tarvo accompanied the prime minister."
    )
    entities = entities_of(nlp, body)
    assert holding(entities, "Ararat Vesk").type == "person"
    assert not [entity for entity in entities if "Ararat Vesk" in entity.name and entity.type != "person"]


def test_a_town_on_whose_edge_an_attack_happened_is_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "Al-Shabaab fighters attacked a South West State army base on the edge of Dinsoor in Somalia's Bay region "
        "late on Saturday, a regional security official said."
    )
    assert holding(entities_of(nlp, body, gazetteer), "Dinsoor").type == "place"


def test_the_initials_of_a_named_body_before_camp_are_the_body_not_a_camp(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "Six soldiers of the Frontier Corps were killed when militants attacked an FC camp on the outskirts of "
        "Tump late on Tuesday."
    )
    entities = entities_of(nlp, body, gazetteer)
    assert not any(entity.type == "place" and (entity.name == "FC" or "FC" in entity.aliases) for entity in entities)
    assert holding(entities, "Tump").type == "place"


def test_a_time_of_day_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "A group of 20 militants armed with rocket launchers approached the camp from two directions at around "
        "11:30pm and opened fire on the sentries."
    )
    places = [entity.name for entity in entities_of(nlp, body, gazetteer) if entity.type == "place"]
    assert not any(any(char.isdigit() for char in name) for name in places), places


def test_a_name_written_with_its_area_word_stays_a_place_where_alone_it_reads_as_a_person(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    body = (
        "Militants attacked an army checkpost in the Datta Khel area of North Waziristan late on Wednesday, "
        "killing six soldiers. A tribal elder in Datta Khel said the firing went on until dawn. Authorities "
        "imposed a curfew in Datta Khel and nearby villages on Thursday."
    )
    entities = entities_of(nlp, body, gazetteer)
    area = holding(entities, "Datta Khel area")
    assert area.type == "place"


def test_a_name_spelled_before_its_acronym_is_a_body_though_its_last_word_stands_alone_as_a_person(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    body = (
        "Fishermen returned home after officers of Border Guard Ostland (BGO) met representatives of the armed "
        "group at the jetty. Ostland, the ferryman said, had waited eleven days. The BGO said in a statement "
        "that the handover was peaceful."
    )
    guard = holding(entities_of(nlp, body, gazetteer), "Border Guard Ostland")
    assert guard.type == "organization"
    assert "BGO" in guard.aliases


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # a named border crossing or checkpoint where officials met
        (
            "The interior ministers of the two countries met at the Ras Ajdir border crossing on Tuesday and "
            "agreed to reopen it to travellers.",
            "Ras Ajdir border crossing",
        ),
        (
            "The chairman of the border committee held a working meeting at the Kamenny Log border checkpoint "
            "with the head of the neighbouring border guard service.",
            "Kamenny Log border checkpoint",
        ),
        # a name the text calls a seat of government
        (
            "Al-Shabaab fighters fired mortar shells into Garbahaarey, the administrative capital of Somalia's "
            "Gedo region, late on Monday.",
            "Garbahaarey",
        ),
        (
            "Al-Shabaab fighters took control of Harardhere, a coastal district headquarters in Somalia's Mudug "
            "region, on Monday after government troops withdrew from the town.",
            "Harardhere",
        ),
    ],
)
def test_a_named_crossing_or_seat_of_government_is_a_place(
    nlp: Language, gazetteer: Gazetteer, body: str, place: str
) -> None:
    assert holding(entities_of(nlp, body, gazetteer), place).type == "place"


def test_a_dateline_shouting_a_town_does_not_name_it(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "CORUMBA, Brazil, May 4 (Southern Wire) - The two interior ministers met on Monday in the river port of "
        "Corumba and agreed to share radar data on the border."
    )
    town = holding(entities_of(nlp, body, gazetteer), "Corumba")
    assert town.name == "Corumba"
    assert "CORUMBA" in town.aliases


def test_a_hyphenated_given_name_belongs_to_the_person_named_in_full(nlp: Language) -> None:
    body = (
        "President of the Republic of Kazakhstan Kassym-Jomart Tokayev received the visiting delegation in the "
        "morning. Kassym-Jomart Tokayev noted that trade between the two countries had doubled. "
        '"Our peoples are bound by a common history," Tokayev said.'
    )
    entities = entities_of(nlp, body)
    tokayev = holding(entities, "Kassym-Jomart Tokayev")
    assert tokayev.type == "person"
    assert tokayev.name == "Kassym-Jomart Tokayev"
    assert not [entity for entity in entities if entity.name == "Jomart Tokayev"]
    assert [entity for entity in entities if "Tokayev" in entity.name] == [tokayev]


def test_a_hyphenated_surname_after_a_name_is_the_rest_of_it(nlp: Language) -> None:
    body = (
        "Prime Minister Alix Didier Fils-Aimé wrote on Sunday night that he had ordered reinforcements for the "
        "region. Police spokesperson Michel-Ange Louis-Jeune said the units had reached the town by midday."
    )
    entities = entities_of(nlp, body)
    premier = holding(entities, "Alix Didier Fils-Aimé")
    assert premier.type == "person"
    assert not [entity for entity in entities if entity.name == "Fils-Aimé"]
    spokesperson = holding(entities, "Michel-Ange Louis-Jeune")
    assert spokesperson.type == "person"


def test_who_leads_a_gang_is_a_person_and_a_department_is_a_region(nlp: Language) -> None:
    body = (
        "Armed members of the Gran Grif gang attacked several neighbourhoods of Liancourt, a commune in the "
        "Artibonite department, early on Sunday. The Gran Grif gang, led by Luckson Elan, has controlled the area "
        "for several years."
    )
    entities = entities_of(nlp, body)
    assert holding(entities, "Luckson Elan").type == "person"
    assert holding(entities, "Artibonite department").type == "place"


def test_the_army_whose_post_is_attacked_is_the_one_state_army_named(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "Boko Haram fighters attacked an army post near Liwa, in Chad's Lac province, late on Sunday, killing nine "
        "soldiers. The Chadian National Army said it had killed 26 of the attackers."
    )
    entities = entities_of(nlp, body, gazetteer)
    army = holding(entities, "army")
    assert army.type == "organization"
    assert "Military Forces of Chad" in (army.name, *army.aliases)
    assert len([entity for entity in entities if "Military Forces of Chad" in (entity.name, *entity.aliases)]) == 1


def test_the_army_a_report_speaks_of_is_the_state_army_whose_base_was_struck(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    body = (
        "Insurgents attacked a military base in Gajiram in northeast Nigeria's Borno State late on Sunday, killing "
        "five soldiers, two military sources said.\n\n"
        "The army said in a statement on Monday that troops had repelled the attack."
    )
    entities = entities_of(nlp, body, gazetteer)
    army = holding(entities, "army")
    assert "Military Forces of Nigeria" in (army.name, *army.aliases)
    assert len([entity for entity in entities if "Military Forces of Nigeria" in (entity.name, *entity.aliases)]) == 1


def test_a_barangay_is_a_village_and_one_place_with_its_bare_name(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "Troops of the 601st Infantry Brigade clashed with BIFF gunmen in Barangay Kalbugan, Shariff Saydona "
        "Mustapha, on Monday, the army said. About 300 families fled Kalbugan to the town centre."
    )
    entities = entities_of(nlp, body, gazetteer)
    village = holding(entities, "Barangay Kalbugan")
    assert village.type == "place"
    assert village is holding(entities, "Kalbugan")
    assert "Military Forces of Philippines" in holding(entities, "troops").aliases


def test_where_a_road_leads_is_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "Three police officers were killed when gunmen ambushed a joint patrol on the road to Huahua, in the hills "
        "north of Apatzingán, on Sunday, local officials said. Troops later found explosives in a house in Huahua."
    )
    assert holding(entities_of(nlp, body, gazetteer), "Huahua").type == "place"


def test_forces_are_the_named_countrys_not_those_of_a_namesake_town_abroad(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    body = (
        "Resistance fighters captured the police station and an army outpost in Kani, in Myanmar's Sagaing Region, "
        "on Monday. Residents said junta forces had fled Kani before dawn. The military did not comment."
    )
    entities = entities_of(nlp, body, gazetteer)
    assert "Police Forces of Myanmar" in holding(entities, "police").aliases
    army = holding(entities, "junta forces")
    assert army is holding(entities, "Military Forces of Myanmar")
    assert army is holding(entities, "military")


def test_a_name_the_parser_compounds_with_its_title_beside_a_person_is_a_person(nlp: Language) -> None:
    body = (
        "Prime Minister Irakli Kobakhidze and Turkish Vice-President Cevdet Yılmaz met at the Sarpi border "
        "checkpoint on Thursday."
    )
    yilmaz = holding(entities_of(nlp, body), "Cevdet Yılmaz")
    assert yilmaz.type == "person"


def test_occupation_forces_are_the_army_first_named_so(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "Hebron, July 21 (WAFA) - A teenager was killed by the bullets of the Israeli occupation forces at dawn "
        "today during a raid on the town of Beit Ummar. The occupation forces detained 12 citizens from the town."
    )
    entities = entities_of(nlp, body, gazetteer)
    forces = holding(entities, "Israeli occupation forces")
    assert forces is holding(entities, "occupation forces")
    assert "Military Forces of Israel" in forces.aliases


def test_a_bracketed_party_qualifier_is_part_of_the_name_and_its_cadres_are_the_party(nlp: Language) -> None:
    body = (
        "Suspected Maoists shot dead a villager near Tarvo late on Tuesday, police said. A letter left at the site "
        "in the name of the banned Communist Party of India (Maoist) accused the man of being an informer. "
        "A group of about 15 armed Maoists later set fire to three trucks."
    )
    entities = entities_of(nlp, body)
    party = holding(entities, "Communist Party of India (Maoist)")
    assert party.name == "Communist Party of India (Maoist)"
    assert "Maoist" not in party.aliases
    assert {"suspected Maoists", "armed Maoists"} <= set(party.aliases)
    assert [entity for entity in entities if "Maoist" in entity.name] == [party]


def test_a_surname_read_as_a_place_after_a_title_and_given_names_is_the_persons(nlp: Language) -> None:
    body = (
        "RAWALPINDI, Pakistan, Sept 22 (Indus Wire) - Field Marshal Syed Asim Munir, Pakistan's Chief of Defence "
        "Forces, received a visiting delegation at General Headquarters on Monday. Munir later left for Lahore."
    )
    munir = holding(entities_of(nlp, body), "Syed Asim Munir")
    assert munir.type == "person"
    assert "Munir" in munir.aliases


def test_the_army_of_the_country_reported_on_not_a_foreign_army_named_in_the_background(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    body = (
        "Suspected Islamic State fighters ambushed an army patrol near Ouallam in Niger's Tillaberi region on "
        "Monday, killing 11 soldiers, the defence ministry said. French troops left Niger in 2023."
    )
    entities = entities_of(nlp, body, gazetteer)
    army = holding(entities, "army")
    assert "Military Forces of Niger" in (army.name, *army.aliases)
    assert "Military Forces of France" not in (army.name, *army.aliases)


def test_an_army_whose_joint_patrol_is_ambushed_is_an_actor(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "Armed men ambushed a joint patrol of the National Civil Police (PNC) and the army on a dirt road outside "
        "Cuilco, in Guatemala's western department of Huehuetenango, early on Monday, killing three officers."
    )
    army = holding(entities_of(nlp, body, gazetteer), "army")
    assert army.type == "organization"


def test_a_town_named_only_after_the_forests_of_is_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "Two soldiers were killed in a fierce gunfight in the dense forests of Kalakote in Rajouri district, "
        "officials said. Troops searched the upper reaches of Kalakote on Wednesday."
    )
    assert holding(entities_of(nlp, body, gazetteer), "Kalakote").type == "place"


def test_a_hyphenated_title_and_a_particle_hyphen_stay_out_of_and_in_the_name(nlp: Language) -> None:
    body = (
        "Benghazi, 12 August (SUNA) - Member of the Transitional Sovereignty Council and Deputy Commander-in-Chief "
        "of the Armed Forces, Lt-Gen Shams al-Din Kabbashi, today delivered a written message to the General "
        "Commander of the Libyan Arab Armed Forces, Field Marshal Khalifa Haftar. Lt-Gen Kabbashi said the talks "
        "were frank."
    )
    entities = entities_of(nlp, body)
    kabbashi = holding(entities, "Shams al-Din Kabbashi")
    assert kabbashi.type == "person"
    assert not [entity for entity in entities if entity.name.startswith("-") or entity.name == "Din Kabbashi"]


@pytest.mark.parametrize(
    ("body", "place", "not_a_place"),
    [
        (
            "Prime Minister Lena Sorvik hosted her counterpart Omar Deen in the eastern Slovak town of Michalovce "
            "on Tuesday.",
            "Michalovce",
            "Slovak town",
        ),
        (
            "Commanders of the two border forces held a flag meeting at the Burimari land port on Monday.",
            "Burimari land port",
            None,
        ),
    ],
)
def test_a_nationality_before_town_is_no_place_and_a_land_port_is_one(
    nlp: Language, gazetteer: Gazetteer, body: str, place: str, not_a_place: str | None
) -> None:
    entities = entities_of(nlp, body, gazetteer)
    assert holding(entities, place).type == "place"
    if not_a_place is not None:
        assert not [entity for entity in entities if not_a_place in (entity.name, *entity.aliases)]


def test_the_army_is_the_one_state_army_the_article_names_by_name(nlp: Language, gazetteer: Gazetteer) -> None:
    body = (
        "Fighters of the Sudan People's Liberation Army-in-Opposition (SPLA-IO) attacked army positions in Ayod "
        "town, in Jonglei State, on Sunday, officials said. The South Sudan People's Defence Forces (SSPDF) said it "
        "had repulsed the attack. Doctors in Lankien and Bor treated the wounded."
    )
    entities = entities_of(nlp, body, gazetteer)
    army = holding(entities, "army")
    assert army.name == "South Sudan People's Defence Forces" or "SSPDF" in army.aliases


def test_a_dateline_that_gives_the_day_names_its_city_however_the_agency_is_set(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    for body, agency in (
        ("Bamako, 3 March 2031 (Savannah Desk) – The governor received a delegation of elders today.", "Savannah Desk"),
        ("Bamako, 3 March /SAVANNA/ - The governor received a delegation of elders today.", None),
        ("Bamako, 3 March 2031 (SDA).- The governor received a delegation of elders today.", None),
    ):
        match = plover.DATELINE.match(body)
        assert match is not None and match.group().rstrip()[-1] in "-–"
        entities = entities_of(nlp, body, gazetteer)
        assert holding(entities, "Bamako").type == "place"
        if agency is not None:  # "/SAVANNA/", "SDA).-": one token each, no name of its own to the tokenizer
            assert holding(entities, agency).type == "organization"


def test_two_names_the_model_reads_side_by_side_are_one_long_name(nlp: Language) -> None:
    body = (
        "President Faure Gnassingbe received the Prime Minister of the Republic of Niger, Ali Mahaman Lamine Zeine, "
        "on Tuesday. Zeine carried a message from General Abdourahamane Tiani."
    )
    zeine = holding(entities_of(nlp, body), "Zeine")
    assert zeine.name == "Ali Mahaman Lamine Zeine" and zeine.type == "person"


def test_two_bodies_named_in_one_run_of_capitals_are_two_organizations(nlp: Language) -> None:
    body = (
        "The Indian Army and China's People's Liberation Army (PLA) held a new round of corps commander-level "
        "talks in eastern Ladakh on Monday."
    )
    entities = entities_of(nlp, body)
    assert holding(entities, "Indian Army").type == "organization"
    assert holding(entities, "People's Liberation Army").aliases == ("PLA",)


def test_a_name_before_an_upazila_is_the_town(nlp: Language) -> None:
    body = (
        "Armed men shot dead two members of the front at a tea stall about 4 km north of the Baghaichhari upazila "
        "headquarters in Rangamati district."
    )
    assert holding(entities_of(nlp, body), "Baghaichhari").type == "place"


def test_a_name_the_model_tags_alone_before_police_station_is_the_town(nlp: Language) -> None:
    body = "According to the officer-in-charge of Baghaichhari police station, the attackers arrived on motorcycles."
    assert holding(entities_of(nlp, body), "Baghaichhari").type == "place"


def test_a_town_whose_name_goes_on_with_an_arabic_article_is_a_place(nlp: Language) -> None:
    body = "The governor held a meeting today in the town of Busra al-Harir with a delegation of elders."
    assert holding(entities_of(nlp, body, Gazetteer()), "Busra al-Harir").type == "place"


def test_a_place_after_an_office_of_is_not_part_of_the_holders_name(nlp: Language) -> None:
    body = "Governor of Suwayda Mustafa al-Bakour held a meeting today with a delegation of elders."
    entities = entities_of(nlp, body, Gazetteer())
    governor = holding(entities, "Mustafa al-Bakour")
    assert [role.text for role in governor.roles] == ["Governor of Suwayda"]
    assert holding(entities, "Suwayda").type == "place"


def test_the_attackers_are_the_doers_just_told_attacking(nlp: Language) -> None:
    body = (
        "Gunmen on motorcycles attacked a checkpoint of the General Security at the entrance of Tarvo late on Tuesday, "
        "a security source said.\n\n"
        "The attackers, thought to be six to eight men, opened fire with machine guns and fled towards the desert."
    )
    entities = entities_of(nlp, body)
    assert holding(entities, "attackers") is holding(entities, "gunmen")


def test_a_capital_standing_for_its_state_stays_the_city(nlp: Language) -> None:
    body = (
        "Foreign Minister Cho Hyun met his Mongolian counterpart in Ulaanbaatar on Wednesday.\n\n"
        "Seoul and Ulaanbaatar upgraded ties to a strategic partnership in December 2021."
    )
    assert holding(entities_of(nlp, body, Gazetteer()), "Ulaanbaatar").type == "place"

