"""Readings of whole invented reports: who tells a sentence, who came along, where a deed happened."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from wirewatch.analyze.pipeline import Analyzer
from wirewatch.analyze.places import Gazetteer
from wirewatch.model import Analysis, Article, Caption, Event

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def analyzer(nlp: Language, gazetteer: Gazetteer) -> Analyzer:
    return Analyzer(nlp, gazetteer)


def analysed(analyzer: Analyzer, *body: str, captions: tuple[str, ...] = ()) -> tuple[Analysis, dict[str, str]]:
    article = Article(title=None, body=body, captions=tuple(Caption(text) for text in captions))
    analysis = analyzer.analyze(article, date(2031, 5, 8))
    return analysis, {entity.id: entity.name for entity in analysis.entities}


def actor_names(event: Event, names: dict[str, str]) -> set[str]:
    return {names[actor.entity] for actor in event.actors}


def test_a_trailing_news_agency_tells_the_meeting_and_takes_no_part_in_it(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Foreign Minister Selim Karaca arrived in Sanaa on Tuesday and held talks with Mahdi al-Mashat, the head of "
        "the Supreme Political Council, the state-run Saba news agency reported, in what would be his first visit.",
    )
    meeting = analysis.events[0]
    assert (meeting.type, meeting.mode) == ("CONSULT", "meet")
    actors = actor_names(meeting, names)
    assert {"Selim Karaca", "Mahdi al-Mashat"} <= actors
    assert not any("Saba" in actor for actor in actors)
    assert names.get(meeting.place or "") == "Sanaa"  # where he arrived
    assert meeting.time is not None and meeting.time.value == "2031-05-06"
    assert any("Saba" in link.name for link in meeting.sources)


def test_a_clash_told_by_its_toll_of_killed_and_wounded(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "A soldier was killed and two others were wounded on Sunday in a clash with members of the Shining Path "
        "near Llochegua, the army said.",
    )
    (clash,) = analysis.events
    assert (clash.type, clash.mode) == ("ASSAULT", "clash")
    assert "Shining Path" in actor_names(clash, names)  # not "Shining Path near Llochegua"
    assert names.get(clash.place or "") == "Llochegua"
    assert clash.time is not None and clash.time.value == "2031-05-04"


def test_where_the_teller_is_is_not_where_the_deed_happened(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Gunmen attacked a police post in Partiaga on Sunday, killing four officers.",
        "They set fire to the prefecture and carried off weapons, according to a resident who fled to Diapaga.",
        "The assailants overran a second post before dawn, a security source in Fada N'Gourma said.",
        "Governor Amadou Sawadogo, speaking in Diapaga, said he rejected any talks with the attackers.",
    )
    places = {names.get(event.place) for event in analysis.events if event.type == "ASSAULT" and event.place}
    assert places == {"Partiaga"}
    rejection = next(event for event in analysis.events if event.type == "REJECT")
    assert names.get(rejection.place or "") == "Diapaga"  # a statement is made where its speaker is


def test_a_group_claiming_the_attack_in_its_own_quoted_words_is_its_doer(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Five soldiers were killed on Saturday when a roadside bomb struck their vehicle near Xuddur, a regional "
        "security official said on Sunday.",
        "The convoy was carrying fuel and food to the town, the official said.",
        "Al-Shabaab said in a statement that its fighters had \u201cdestroyed a vehicle of the apostate militias\u201d "
        "on the road from Waajid and killed 11 soldiers.",
    )
    bombing = analysis.events[0]
    assert (bombing.type, bombing.mode) == ("ASSAULT", "IED")
    assert ("Al-Shabaab", "source") in {(names[actor.entity], actor.role) for actor in bombing.actors}


def test_a_teller_owning_the_strike_it_reports_is_its_doer(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "A drone strike on a car near the town of Bint Jbeil killed two men on Tuesday, the health ministry said.",
        "The Israeli military said it had struck a Hezbollah operative who was rebuilding the group's positions.",
        "Gunmen attacked a police post in Kfar Kila on Wednesday, killing two officers.",
        "The Islamic State group said its fighters had attacked the post.",
    )
    strike, attack = [event for event in analysis.events if event.type == "ASSAULT"]
    assert "Israeli military" in actor_names(strike, names)
    assert "Islamic State" in " ".join(actor_names(attack, names))
    assert len([event for event in analysis.events if event.type == "ASSAULT"]) == 2


def test_companions_and_attendees_named_later_join_the_meeting(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Algerian President Abdelmadjid Tebboune received Polisario Front leader Brahim Ghali in Algiers on Tuesday, "
        "the official news agency reported.",
        "The agency said the talks, which Foreign Minister Ahmed Attaf attended, dealt with the refugee camps.",
        "Ghali thanked Algeria for its support, the agency said.",
        "The two men also discussed the situation in the camps near Tindouf, the agency said.",
        "Ghali was accompanied by Prime Minister Bouchraya Hamoudi Bayoun and the Front's representative at the "
        "United Nations, Sidi Omar.",
        "The US envoy for the region, Tom Barrack, attended part of the talks, a diplomat said.",
    )
    meeting = analysis.events[0]
    actors = actor_names(meeting, names)
    assert {"Abdelmadjid Tebboune", "Brahim Ghali", "Ahmed Attaf", "Bouchraya Hamoudi Bayoun", "Sidi Omar"} <= actors
    assert "Tom Barrack" in actors
    assert "United Nations" not in actors  # where the representative is posted, not who came


def test_a_guess_at_who_joined_adds_no_participant(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Iranian Foreign Minister Abbas Araghchi met Hamas official Khalil al-Hayya in Tehran on Monday.",
        "Israeli media reported that Hamas leader Ismail Haniyeh may have joined part of the talks by telephone.",
    )
    assert "Ismail Haniyeh" not in actor_names(analysis.events[0], names)


def test_a_big_city_the_model_reads_as_a_person_is_the_city(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Foreign Minister Selim Karaca arrived in Sanaa on Tuesday and held talks with Mahdi al-Mashat.",
        "Sanaa has been held by the Houthis since 2014, and Sanaa's airport was struck last month.",
    )
    (sanaa,) = [entity for entity in analysis.entities if entity.name == "Sanaa"]
    assert sanaa.type == "place"


def test_a_name_the_text_locates_is_a_place_in_a_caption_too(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Fighters attacked an army detachment in Partiaga, in Tapoa province, on Sunday, killing 11 soldiers.",
        captions=("Smoke rises over Partiaga on Sunday after the attack.",),
    )
    (partiaga,) = [entity for entity in analysis.entities if entity.name == "Partiaga"]
    assert partiaga.type == "place"
    assert names.get(analysis.events[0].place or "") == "Partiaga"


def test_talks_a_speaker_rejects_are_no_meeting(analyzer: Analyzer) -> None:
    analysis, _ = analysed(
        analyzer, "Governor Amadou Sawadogo said on Monday that he would reject any talks with the attackers."
    )
    assert not [event for event in analysis.events if event.type == "CONSULT"]


def test_police_officers_hit_are_the_national_police_the_report_names(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Three police officers were wounded when a drone struck the police station in Barbacoas on Monday night, "
        "the National Police said on Tuesday.",
        "The Nariño police command said the drone dropped two charges on the roof.",
    )
    strike = analysis.events[0]
    assert "National Police" in actor_names(strike, names)
    assert "police" not in actor_names(strike, names)


def test_residents_blocking_a_road_protest_and_what_they_demand_is_not_done(analyzer: Analyzer) -> None:
    analysis, _ = analysed(
        analyzer,
        "On Monday, hundreds of residents blocked the main road through Kaboson with stones, demanding that the "
        "government deploy more officers to the area.",
    )
    assert [(event.type, event.mode) for event in analysis.events] == [("PROTEST", "demonstrate")]


def test_a_dateline_naming_the_agency_after_a_dash_and_a_call_taken(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Baghdad – INA: Prime Minister Mohammed Shia al-Sudani received on Saturday a telephone call from Iranian "
        "President Masoud Pezeshkian, according to a statement by his office.",
    )
    call = analysis.events[0]
    assert (call.type, call.mode) == ("CONSULT", "call")
    assert actor_names(call, names) == {"Mohammed Shia al-Sudani", "Masoud Pezeshkian"}
    assert "Baghdad" not in {entity.name for entity in analysis.entities if entity.type != "place"}


def test_members_a_delegation_included_join_its_meeting(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Turkish intelligence chief Ibrahim Kalin met a Hamas delegation led by Khalil al-Hayya in Istanbul on "
        "Saturday, Turkish sources said.",
        "Hamas said the delegation, which also included Osama Hamdan and Mousa Abu Marzouk, had briefed Turkish "
        "officials on the ceasefire.",
    )
    assert {"Osama Hamdan", "Mousa Abu Marzouk"} <= actor_names(analysis.events[0], names)


def test_a_second_guest_named_by_title_and_the_palace_in_the_city(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "President Bola Tinubu on Monday received the chairman of the West African bloc, Sierra Leone's President "
        "Julius Maada Bio, and the president of the ECOWAS Commission, Omar Alieu Touray, at the Presidential Villa "
        "in Abuja, the presidency said.",
    )
    host = analysis.events[0]
    assert {"Bola Tinubu", "Julius Maada Bio", "Omar Alieu Touray"} <= actor_names(host, names)
    assert names.get(host.place or "") == "Presidential Villa"
    assert {"Presidential Villa", "Abuja"} <= {entity.name for entity in analysis.entities if entity.type == "place"}


def test_a_town_the_text_locates_in_a_region_is_where_the_attack_was(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Fighters of Islamic State West Africa Province attacked an army post in Chétimari, in the southeastern "
        "Diffa region, late on Monday, killing seven soldiers, two security sources said.",
        "The Diffa region hosts more than 300,000 refugees and internally displaced people.",
    )
    (attack,) = analysis.events  # hosting refugees is no meeting
    assert names.get(attack.place or "") == "Chétimari"
    assert "Chétimari" not in actor_names(attack, names)


def test_unnamed_militants_who_attack_are_the_actor(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Two policemen were killed when militants attacked a police checkpost in Damadola late on Sunday, police "
        "said on Monday.",
    )
    assert "militants" in actor_names(analysis.events[0], names)


def test_a_band_of_unnamed_insurgents_who_raid_is_the_actor(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "On 12 August, at around 5 pm, a group of about 20 insurgents raided Tarvo, a village on the road between "
        "Kestrel and Mueda, killing three civilians, according to residents.",
    )
    attack = next(event for event in analysis.events if event.type == "ASSAULT")
    assert "insurgents" in actor_names(attack, names)


def test_rangers_struck_by_a_bomb_are_its_target(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Two paramilitary rangers were killed and three wounded on Tuesday when a roadside bomb exploded beside "
        "their patrol truck in Tarvo district, police said.",
    )
    bombing = next(event for event in analysis.events if event.type == "ASSAULT")
    assert any("rangers" in name for name in actor_names(bombing, names))


def test_it_points_back_to_a_body_not_to_a_band_of_men(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "The Internal Security Operations Command (ISOC) said in a statement that four gunmen had been killed. "
        'It blamed "a group of violent dissidents" for the bombing.',
    )
    blame = next(event for event in analysis.events if event.type == "ACCUSE")
    assert "Internal Security Operations Command" in actor_names(blame, names)


def test_a_terrorist_group_that_opens_fire_is_the_actor(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Two civilians were killed on Monday afternoon when a terrorist group opened fire on them near Tarvo, a "
        "source told the agency.",
    )
    attack = next(event for event in analysis.events if event.type == "ASSAULT")
    assert "terrorist group" in actor_names(attack, names)


def test_a_town_whose_countryside_is_named_only_says_where_the_other_lies(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Hama, 5 October 2026 (SANA) – Two civilians were killed on Monday afternoon when gunmen opened fire on them "
        "while they were working on their farmland on the outskirts of the city of Mhardeh in the northwestern "
        "countryside of Hama.",
    )
    attack = next(event for event in analysis.events if event.type == "ASSAULT")
    assert names.get(attack.place or "") == "Mhardeh"


def test_a_consultation_held_by_two_leaders_is_their_meeting(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Prime Minister Anwar Ibrahim and Sultan Hassanal Bolkiah held the annual leaders' consultation between "
        "Malaysia and Brunei at Istana Nurul Iman in Bandar Seri Begawan on Monday and agreed to open a transit "
        "lane, according to a joint statement.",
        "Anwar arrived at Brunei International Airport on Sunday evening for a two-day official visit, Bernama "
        "reported. The Sultan received him at the palace on Monday morning, and the two leaders held a one-on-one "
        "meeting before delegation-level talks.",
    )
    meeting = analysis.events[0]
    assert meeting.type == "CONSULT"
    assert {"Anwar Ibrahim", "Hassanal Bolkiah"} <= actor_names(meeting, names)
    assert names.get(meeting.place or "") == "Bandar Seri Begawan"


def test_a_states_unnamed_officials_are_a_side(analyzer: Analyzer) -> None:
    analysis, names = analysed(analyzer, "Turkish officials met a Hamas delegation in Istanbul on Saturday.")
    meeting = next(event for event in analysis.events if event.type == "CONSULT")
    assert "Turkish officials" in actor_names(meeting, names)


def test_an_operation_against_a_group_is_a_fight_with_it(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "A member of the internal security forces was killed today during a security operation against an outlaw "
        "group in the city of Tarvo, in which two members of the group were killed.",
    )
    fight = next(event for event in analysis.events if event.type == "ASSAULT")
    assert fight.mode == "clash"
    assert "outlaw group" in actor_names(fight, names)
    assert names.get(fight.place or "") == "Tarvo"


def test_an_attack_at_the_entrance_to_a_town_is_placed_there(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Two soldiers were killed on Sunday evening when separatist fighters attacked a military checkpoint at the "
        "entrance to Bali Nyonga, in Mezam division of the North West region, security sources said.",
    )
    attack = next(event for event in analysis.events if event.type == "ASSAULT")
    assert names.get(attack.place or "") == "Bali Nyonga"


def test_maoists_who_set_off_a_bomb_are_its_doers(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Two personnel of the District Reserve Guard (DRG) were killed when Maoists set off an improvised explosive "
        "device (IED) under their vehicle near Tarvo on Thursday morning, police said.",
    )
    blast = next(event for event in analysis.events if event.type == "ASSAULT")
    assert "Maoists" in actor_names(blast, names)


def test_a_call_the_parser_hangs_on_a_late_participle_is_still_the_speakers(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Mauritian Prime Minister Navin Ramgoolam and Madagascar's transitional president, Colonel Michael "
        "Randrianirina, discussed air links, rice supplies and Madagascar's request for help in tracing funds held "
        "in Mauritius in a telephone call on Wednesday, the Prime Minister's Office said.",
    )
    call = next(event for event in analysis.events if event.type == "CONSULT")
    assert {"Navin Ramgoolam", "Michael Randrianirina"} <= actor_names(call, names)


def test_a_guest_received_at_a_named_palace_is_the_guest_and_not_his_state_or_the_teller(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Cairo, 10 November (MENA) - President Abdel Fattah al-Sisi received today at the Al-Ittihadiya Palace "
        "President Yoweri Kaguta Museveni, President of the Republic of Uganda, who is on an official visit to Egypt, "
        "Ambassador Mohamed El-Shennawy, Spokesman for the Presidency of the Republic, said.",
    )
    meeting = next(event for event in analysis.events if event.type == "CONSULT")
    assert actor_names(meeting, names) == {"Abdel Fattah al-Sisi", "Yoweri Kaguta Museveni"}


def test_what_the_sides_agree_at_a_meeting_happened_there_and_then(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "The commander of the Syrian Democratic Forces, Mazloum Abdi, met Syrian Defence Minister Murhaf Abu Qasra "
        "in Damascus on Wednesday, the state news agency SANA reported.",
        "SANA said the two men reviewed the agreement signed in March and agreed to form a joint committee.",
    )
    agreement = next(event for event in analysis.events if event.type == "AGREE")
    assert names.get(agreement.place or "") == "Damascus"
    assert agreement.time is not None and agreement.time.value == "2031-05-07"


def test_a_military_post_beside_a_named_militia_brings_in_the_army(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Fighters of Jama'at Nusrat al-Islam wal-Muslimin attacked a military detachment and a post of the VDP "
        "militia in Partiaga on Sunday.",
        "The Burkinabe army said its units had repelled the attack.",
    )
    assert "Burkinabe army" in actor_names(analysis.events[0], names)


def test_the_force_whose_station_an_attack_set_on_fire_was_its_target(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Armed gang members attacked the town of Lascahobas on Monday afternoon, setting fire to the police "
        "station and at least 20 houses and killing at least five people, residents said.",
        "The Haitian National Police (PNH) said in a statement that police reinforcements had retaken the town "
        "centre.",
    )
    attack = analysis.events[0]
    assert attack.type == "ASSAULT"
    assert "Haitian National Police" in actor_names(attack, names)


def test_the_opening_sentence_sets_the_first_event_told_after_it(analyzer: Analyzer) -> None:
    article = Article(
        title=None,
        body=(
            "The latest round of the Lake Ostra Discussions ended in Geneva on Wednesday with no agreement on "
            "the detentions, the foreign ministry said in a statement.",
            "The two-day talks brought together delegations from Ostland and Norland. The Ostland delegation was "
            "led by Deputy Foreign Minister Ivo Brand, and the Norland delegation by Deputy Foreign Minister "
            "Lena Vik.",
        ),
    )
    analysis = analyzer.analyze(article, date(2031, 11, 13))
    names = {entity.id: entity.name for entity in analysis.entities}
    talks = analysis.events[0]
    assert talks.type == "CONSULT"
    assert names.get(talks.place or "") == "Geneva"
    assert talks.time is not None and talks.time.value == "2031-11-12"


def test_a_deed_a_side_says_is_going_on_takes_no_day_from_the_lead_deed(analyzer: Analyzer) -> None:
    article = Article(
        title=None,
        body=(
            "The Rapid Support Forces (RSF) shelled Babanusa in West Kordofan on Monday, killing four civilians near "
            "the market, a local resistance committee said.",
            "RSF field commander Yusuf Ibrahim said in a video that his forces were targeting army positions only.",
        ),
    )
    analysis = analyzer.analyze(article, date(2031, 4, 11))
    violent = [event for event in analysis.events if event.type == "ASSAULT"]
    assert violent[0].time is not None and violent[0].time.value == "2031-04-07"
    assert all(event.time is None for event in violent[1:])


def test_a_call_after_the_clause_told_is_the_teller_s(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "President Hassan Sheikh Mohamud told parliament on Thursday that the offensive against al-Shabaab would "
        "enter its final phase, and called on the federal member states to send more troops.",
    )
    request = next(event for event in analysis.events if event.type == "REQUEST")
    assert "Hassan Sheikh Mohamud" in actor_names(request, names)
    assert "al-Shabaab" not in actor_names(request, names)


def test_an_untagged_name_on_the_outskirts_of_is_the_place(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Al-Shabaab fighters attacked a Somali army base on the outskirts of Bardhere in the southern Gedo region "
        "before dawn on Wednesday, killing seven soldiers.",
    )
    assert names.get(analysis.events[0].place or "") == "Bardhere"  # GeoNames spells it Baardheere


def test_a_village_inside_a_local_government_area_is_where_the_abduction_was(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Armed bandits abducted 17 people in an attack on Kasuwan Magani in Kajuru Local Government Area of Kaduna "
        "State late on Sunday, the police said on Monday.",
    )
    places = {entity.name for entity in analysis.entities if entity.type == "place"}
    assert {"Kasuwan Magani", "Kajuru Local Government"} <= places
    assert names.get(analysis.events[0].place or "") == "Kasuwan Magani"



def test_sides_that_fought_clashed(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Soldiers and gunmen fought for several hours on Sunday on the outskirts of Tlacotepec, leaving four "
        "suspected gunmen dead, the state coordination group said on Monday.",
    )
    clash = analysis.events[0]
    assert (clash.type, clash.mode) == ("ASSAULT", "clash")
    assert names.get(clash.place or "") == "Tlacotepec"


def test_who_hosted_or_took_part_in_the_talks_named_again_joins_them(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Pakistani and Afghan Taliban officials held a fresh round of talks in Istanbul on Wednesday, state "
        "broadcaster PTV reported.",
        "The Pakistani delegation was led by Lt Gen Muhammad Asim Malik, while the Afghan side was headed by "
        "Abdul Haq Wasiq, PTV said. The session was hosted by Turkish intelligence chief Ibrahim Kalin.",
        "The sides discussed border crossings and trade. Qatar's envoy Majed al-Ansari took part in the talks.",
    )
    meeting = analysis.events[0]
    assert {"Ibrahim Kalin", "Majed al-Ansari"} <= actor_names(meeting, names)
    assert [event.mode for event in analysis.events].count("host") == 0


def test_tear_gas_fired_at_protesters_is_the_protest_broken_up_not_shelling(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Police fired tear gas and stun grenades at protesters outside the Kraljevo offices of the ruling party "
        "late on Saturday, witnesses said.",
        "Troops fired mortar rounds at the village of Tarvo on Sunday.",
    )
    told = [(event.type, event.mode, names.get(event.place or "")) for event in analysis.events]
    assert told == [("PROTEST", "demonstrate", "Kraljevo"), ("ASSAULT", "shelling", "Tarvo")]
    assert "Tarvo" in analysis.events[1].evidence[0].text


def test_talks_in_the_kremlin_are_placed_there_and_the_kremlin_still_speaks(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Russian President Vladimir Putin hosted Gabonese President Brice Oligui Nguema in the Kremlin on Tuesday, "
        "his first visit to Moscow since taking office.",
        "The Kremlin said the two leaders discussed mining and grain deliveries.",
    )
    hosting = analysis.events[0]
    assert (hosting.type, hosting.mode) == ("CONSULT", "host")
    assert names.get(hosting.place or "") == "Kremlin"
    assert any(quote.speaker_name == "Kremlin" for quote in analysis.quotes)


def test_sides_a_meeting_only_describes_are_named_in_the_next_sentence(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Guinea's President Mamadi Doumbouya received the foreign ministers of the Mano River Union at the "
        "Sékhoutouréya palace in Conakry on Monday, state television reported.",
        "The ministers – Liberia's Sara Beysolow Nyanti, Sierra Leone's Timothy Musa Kabba and Ivory Coast's "
        "Kacou Houadja Léon Adom – agreed to reopen the border crossings before the rainy season.",
    )
    audience = analysis.events[0]
    assert audience.type == "CONSULT"
    assert {"Mamadi Doumbouya", "Sara Beysolow Nyanti", "Timothy Musa Kabba"} <= actor_names(audience, names)


def test_sides_described_are_the_people_the_next_sentence_names_with_that_office(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "The foreign ministers of Ghana and Togo met in Cotonou on Tuesday under Beninese mediation, the first "
        "direct ministerial talks between the two neighbours since Togolese soldiers arrested three Ghanaian "
        "customs officers near Aflao last month, the Beninese foreign ministry said.",
        "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa and his Togolese counterpart Robert Dussey were "
        "received together by Benin's President, Romuald Wadagni, after a morning of talks chaired by Beninese "
        "Foreign Minister Olushegun Adjadi Bakari, according to a statement read on state television.",
        "The statement said the two delegations had agreed to avoid any escalation and to set up a joint "
        "committee on the demarcation of the border around Aflao.",
    )
    meeting = analysis.events[0]
    assert meeting.type == "CONSULT"
    assert {"Samuel Okudzeto Ablakwa", "Robert Dussey"} <= actor_names(meeting, names)


def test_negotiators_described_then_named_meeting_their_host_join_the_hosting(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "The African Union's envoy for the Sudan talks, Mohamed Chambas, hosted the chief negotiators of the two "
        "sides in Addis Ababa on Wednesday, the AU Commission said.",
        "General Yasser al-Atta and Omar Hamdan Yagoub, the director of the Rapid Support Forces' negotiation "
        "office, met Chambas separately in the morning and then together for three hours.",
    )
    hosting = analysis.events[0]
    assert (hosting.type, hosting.mode) == ("CONSULT", "host")
    assert {"Mohamed Chambas", "Omar Hamdan Yagoub"} <= actor_names(hosting, names)
    people = {entity.name for entity in analysis.entities if entity.type == "person"}
    assert "Omar Hamdan Yagoub" in people  # a director by apposition, whatever the model called him


def test_a_readout_names_its_guest_after_the_palace_and_the_day(analyzer: Analyzer) -> None:
    article = Article(
        title=None,
        body=(
            "Riyadh, 3 March 2031 (SPA) – His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, "
            "Crown Prince and Prime Minister, received at Al-Yamamah Palace in Riyadh today Dr. Ahmed Moalim Fiqi, "
            "Foreign Minister of the Federal Republic of Somalia, and his accompanying delegation.",
            "During the reception, they reviewed bilateral relations.",
            "The reception was attended by His Royal Highness Prince Faisal bin Farhan bin Abdullah, Minister of "
            "Foreign Affairs.",
        ),
    )
    analysis = analyzer.analyze(article, date(2031, 3, 4))
    names = {entity.id: entity.name for entity in analysis.entities}
    reception = analysis.events[0]
    assert (reception.type, reception.mode) == ("CONSULT", "host")
    assert {"Mohammed bin Salman bin Abdulaziz Al Saud", "Ahmed Moalim Fiqi", "Faisal bin Farhan bin Abdullah"} <= (
        actor_names(reception, names)
    )
    assert names.get(reception.place or "") == "Al-Yamamah Palace"
    # "today" is the dateline's day, not the next morning's publication.
    assert reception.time is not None and reception.time.value == "2031-03-03"


def test_a_guest_named_after_the_office_he_is_received_at_is_the_guest(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Prime Minister Abiy Ahmed (PhD) today received at his office Sudan's Sovereignty Council Chairman General "
        "Abdelfattah Al-Burhan, who arrived in Addis Ababa for a working visit.",
    )
    reception = next(event for event in analysis.events if event.type == "CONSULT")
    assert reception.mode == "host"
    roles = {names[actor.entity]: actor.role for actor in reception.actors}
    assert roles.get("Abiy Ahmed") == "host"
    assert roles.get("Abdelfattah Al-Burhan") == "guest"
    assert "PhD" not in names.values()  # a degree after a name, not a body


def test_the_one_day_of_a_lead_sentence_dates_each_deed_it_tells(analyzer: Analyzer) -> None:
    article = Article(
        title=None,
        body=(
            "Tarvo, 14 July (Agency) - A member of the internal security forces was killed and two others were "
            "wounded today during a security operation against an outlaw group in the town of Tarvo, in which "
            "five members of the group were arrested.",
            "The source added that the units seized a quantity of weapons at the site.",
        ),
    )
    analysis = analyzer.analyze(article, date(2031, 7, 15))
    arrests = [event for event in analysis.events if event.type == "COERCE"]
    assert arrests
    assert all(event.time is not None and event.time.value == "2031-07-14" for event in arrests)


def test_a_round_of_talks_in_a_provincial_capital_hosted_by_an_envoy_named_after_his_title(
    analyzer: Analyzer,
) -> None:
    analysis, names = analysed(
        analyzer,
        "Myanmar's military and the Arakan Army held a fresh round of talks in the Yunnan provincial capital "
        "Kunming on Monday, the group said.",
        "The meeting was hosted by China's special envoy for Asian affairs, Li Mingzhao, and attended by "
        "officials from the provincial government, it said.",
    )
    talks = analysis.events[0]
    assert (talks.type, talks.mode) == ("CONSULT", "meet")
    assert {"Arakan Army", "Li Mingzhao"} <= actor_names(talks, names)
    assert names.get(talks.place or "") == "Kunming"  # not Yunnan, which only says where Kunming is
    assert talks.time is not None and talks.time.value == "2031-05-05"


def test_a_given_name_the_model_leaves_out_keeps_two_brothers_apart(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "The army delegation was led by General Shams al-Din Kabbashi, and the RSF side by Abdelrahim Hamdan "
        "Dagalo, the group's deputy commander, two sources said.",
        "The RSF's leader, Mohamed Hamdan Dagalo, did not attend. House Speaker Aguila Saleh welcomed the talks.",
    )
    people = {entity.name for entity in analysis.entities if entity.type == "person"}
    assert {"Abdelrahim Hamdan Dagalo", "Mohamed Hamdan Dagalo", "Aguila Saleh"} <= people
    assert "Speaker Aguila Saleh" not in people  # a title the dictionary knows is not a given name


def test_residents_storming_and_burning_an_office_riot_where_they_live(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Residents of Gharyan stormed and set fire to the headquarters of the Public Security Agency on "
        "Thursday evening, after a boy was killed by a stray bullet, witnesses said.",
    )
    riot = analysis.events[0]
    assert (riot.type, riot.mode) == ("PROTEST", "riot")
    assert names.get(riot.place or "") == "Gharyan"
    assert not any(event.type == "ASSAULT" and event.mode == "armed attack" for event in analysis.events)


def test_a_meeting_named_again_with_its_host_and_its_sides_is_one_meeting(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Delegations from Sudan's army and the Rapid Support Forces held their first direct talks since 2023 in "
        "Djibouti City on Saturday, Djibouti's foreign ministry said.",
        "The meeting, hosted by President Ismail Omar Guelleh at the Palais du Peuple, brought together an army "
        "delegation led by General Yasser al-Atta and an RSF team headed by Omar Hamdan Yagoub, the ministry said.",
    )
    consults = [event for event in analysis.events if event.type == "CONSULT"]
    assert len(consults) == 1  # the hosting told again is the same meeting
    (talks,) = consults
    assert {"Ismail Omar Guelleh", "Yasser al-Atta"} <= actor_names(talks, names)
    assert talks.time is not None and talks.time.value == "2031-05-03"  # Saturday, not "since 2023"


def test_a_welcome_with_honours_is_no_meeting_and_companions_join_the_audience(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "President Joseph Aoun received at Baabda Palace on Tuesday the head of the parliamentary bloc, MP "
        "Mohammad Raad, accompanied by MPs Ali Fayyad and Hassan Fadlallah.",
        "President Ferdinand Marcos Jr. met Prime Minister Pham Minh Chinh in Hanoi on Wednesday. Marcos was "
        "received with full military honours before the talks. Defense Secretary Gilberto Teodoro also attended "
        "the meeting.",
    )
    audience, talks = [event for event in analysis.events if event.type == "CONSULT"]
    assert {"Joseph Aoun", "Mohammad Raad", "Ali Fayyad", "Hassan Fadlallah"} <= actor_names(audience, names)
    assert {"Ferdinand Marcos Jr", "Gilberto Teodoro"} <= actor_names(talks, names)


def test_talks_hosted_by_a_titled_minister_attended_by_states_with_a_group_named_in_apposition(
    analyzer: Analyzer,
) -> None:
    analysis, names = analysed(
        analyzer,
        "Negotiators for Peru's government and the Clan del Sur, the country's largest armed group, held a new "
        "round of talks in Doha on Saturday, Qatar's foreign ministry said.",
        "The talks were hosted by Qatar's Minister of State at the Ministry of Foreign Affairs, Mohammed "
        "Al-Khulaifi, and attended by representatives of Spain, Norway and Switzerland, the ministry said.",
        "The group calls itself the Ejército Popular del Perú.",
    )
    talks = analysis.events[0]
    assert {"Clan del Sur", "Mohammed Al-Khulaifi", "Spain", "Norway", "Switzerland"} <= actor_names(talks, names)
    kinds = {entity.name: entity.type for entity in analysis.entities}
    assert kinds["Clan del Sur"] == "organization"  # a group by apposition, not a place
    # The state's government is not the group whose name ends in the state's name.
    assert not any(
        "Ejército" in entity.name and any("government" in alias for alias in entity.aliases)
        for entity in analysis.entities
    )


def test_a_delegation_the_visitor_heads_and_an_envoy_named_after_his_title(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Egypt's Foreign Minister Badr Abdelatty met his Ethiopian counterpart Gedion Timothewos in Cairo on "
        "Sunday, the ministry said.",
        "Gedion arrived in the Egyptian capital on Saturday evening at the head of a delegation that included "
        "Water and Energy Minister Habtamu Itefa, the ministry said.",
        "The secretary-general's personal envoy for Sudan, Ramtane Lamamra, said by video link from Algiers that "
        "both parties were open to a truce.",
        "Russian aircraft dropped two guided bombs on Druzhkivka on Sunday, killing three people.",
    )
    meeting = analysis.events[0]
    assert {"Badr Abdelatty", "Gedion Timothewos", "Habtamu Itefa"} <= actor_names(meeting, names)
    people = {entity.name for entity in analysis.entities if entity.type == "person"}
    assert "Ramtane Lamamra" in people
    strike = next(event for event in analysis.events if event.type == "ASSAULT")
    assert "Russian aircraft" in actor_names(strike, names)


def test_a_unit_telling_of_its_own_soldiers_losses_was_the_target(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Seven soldiers were wounded when explosives dropped from drones hit an army post in Tibú on Tuesday "
        "night, the army's Second Division said on Wednesday.",
        "Two soldiers were killed when a roadside bomb went off beside their truck in Datu Piang on Sunday, the "
        "6th Infantry Division of the Philippine Army said.",
    )
    first, second = [event for event in analysis.events if event.type == "ASSAULT"][:2]
    assert any("Second Division" in name for name in actor_names(first, names))
    assert any(name.startswith("6th Infantry Division") for name in actor_names(second, names))


def test_police_officers_and_soldiers_struck_in_one_toll_are_both_targets(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Three police officers were killed and four soldiers wounded on Sunday when gunmen ambushed a joint patrol "
        "near Tlacotepec, in Mexico's Guerrero state, local officials said.",
        "The patrol of state police and Mexican army troops was returning from a search operation.",
    )
    ambush = next(event for event in analysis.events if event.type == "ASSAULT")
    targets = {names[actor.entity] for actor in ambush.actors if actor.role == "target"}
    assert len(targets) == 2
    assert any("police" in name for name in targets)
    assert any("army" in name for name in targets)


def test_ministers_described_then_named_by_who_received_whom_and_who_was_present(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "The foreign ministers of Peru and Bolivia met on Friday in the border city of Desaguadero, the ministry "
        "said.",
        "Peruvian Foreign Minister Elmer Schialer received his Bolivian counterpart, Celinda Sosa Lunda, at the "
        "border post, the ministry said.",
        "The audience took place in the presence of the Minister of Defence, Walter Astudillo, and of the "
        "Minister of the Interior, Carlos Malaver.",
        "Negotiators for the Thai government held talks with the BRN in Kuala Lumpur on Monday.",
    )
    meeting = analysis.events[0]
    assert {"Elmer Schialer", "Walter Astudillo", "Carlos Malaver"} <= actor_names(meeting, names)
    talks = next(event for event in analysis.events if names.get(event.place or "") == "Kuala Lumpur")
    assert {"Thai government", "BRN"} <= actor_names(talks, names)


def test_fire_traced_to_positions_held_by_forces_and_raiders_placed_where_they_struck(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "At least three civilians were killed on Wednesday evening when artillery shells hit a neighbourhood on "
        "the western edge of Suwayda. Our field researchers traced the fire to positions held by Syrian "
        "government forces around al-Mazraa.",
        "Armed youth from neighbouring Tonj East County attacked a cattle camp on the outskirts of Tonj town on "
        "Sunday morning, a county official said.",
        "At least 14 civilians were killed late on Tuesday when suspected Allied Democratic Forces (ADF) rebels "
        "attacked farmers on the outskirts of Eringeti, local leaders told the radio.",
    )
    shelling, raid, massacre = [event for event in analysis.events if event.type == "ASSAULT"][:3]
    assert names.get(shelling.place or "") == "Suwayda"
    assert "Syrian government forces" in actor_names(shelling, names)
    assert names.get(raid.place or "") == "Tonj"  # not Tonj East, where the raiders came from
    assert any("youth" in name for name in actor_names(raid, names))
    assert massacre.time is not None and massacre.time.value == "2031-05-06"  # the toll's Tuesday


def test_a_town_described_as_the_seat_of_a_district_is_a_place(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Troops repelled an attack by Lakurawa militants on Kangiwa, the headquarters of Arewa Local Government "
        "Area of Kebbi State, on Saturday evening, the army said.",
    )
    attack = analysis.events[0]
    assert names.get(attack.place or "") == "Kangiwa"
    assert "Kangiwa" not in actor_names(attack, names)


def test_a_meeting_told_by_its_sides_then_by_who_sat_at_the_table_is_one_meeting(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "The foreign ministers of Ecuador and Peru met on Wednesday in the border city of Macará, their first talks "
        "since a trade dispute erupted in February, Ecuador's foreign ministry said.",
        "The ministry said the two sides discussed security along the border.",
        '"We cannot keep the border closed forever," Ecuadorian Foreign Minister Gabriela Sommerfeld told reporters.',
        "Peru's minister, Elmer Schialer, said his government was ready to share intelligence.",
        "Sommerfeld received Schialer at the new binational service centre.",
        "Sommerfeld also met Peruvian trade unions in Macará.",
    )
    meetings = [event for event in analysis.events if event.type == "CONSULT"]
    lead = meetings[0]
    assert {"Gabriela Sommerfeld", "Elmer Schialer"} <= actor_names(lead, names)
    assert names.get(lead.place or "") == "Macará"
    assert lead.time is not None and lead.time.value == "2031-05-07"
    assert not any(
        {"Gabriela Sommerfeld", "Elmer Schialer"} <= actor_names(other, names) for other in meetings[1:]
    )
    assert len(lead.evidence) >= 2  # both tellings point back into the text


def test_people_serve_the_state_their_title_names(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Ecuadorian Foreign Minister Gabriela Sommerfeld met Peru's minister, Elmer Schialer, in Macará on Wednesday. "
        "Ecuador and Peru have argued over tariffs since February.",
    )
    by_name = {entity.name: entity for entity in analysis.entities}
    assert [names[a] for a in by_name["Gabriela Sommerfeld"].affiliations] == ["Ecuador"]
    assert [names[a] for a in by_name["Elmer Schialer"].affiliations] == ["Peru"]


def test_a_verb_after_the_day_read_as_an_adjective_is_still_the_sentence_s_verb(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "President Lucas Mwangi on Tuesday hosted leaders of Ruritania's main opposition groups at State House, "
        "Nairobi, in an effort to revive stalled peace talks.",
        "The visitors included Pagan Okello, Thomas Lado and Oyet Wani, State House said in a statement.",
    )
    meeting = analysis.events[0]
    assert (meeting.type, meeting.mode) == ("CONSULT", "host")
    assert {"Lucas Mwangi", "Pagan Okello", "Thomas Lado", "Oyet Wani"} <= actor_names(meeting, names)
    assert meeting.time is not None and meeting.time.value == "2031-05-06"


def test_a_titled_name_before_the_day_and_a_trailing_teller_keep_the_verb_after_the_day(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Kenya's President William Ruto on Tuesday hosted leaders of three South Sudanese opposition groups that "
        "stayed out of the 2028 peace agreement at State House in Nairobi, in a new attempt to revive the stalled "
        "Tarvo peace talks, the Kenyan presidency said.",
    )
    meeting = analysis.events[0]
    assert (meeting.type, meeting.mode) == ("CONSULT", "host")
    assert "William Ruto" in actor_names(meeting, names)
    assert meeting.time is not None and meeting.time.value == "2031-05-06"


def test_those_received_are_the_guests_of_the_meeting_told_before(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "President Lucas Mwangi hosted leaders of three opposition groups at State House in Tarvo on Tuesday, his "
        "office said.",
        "Those received included Pagan Okello, the leader of the Kestrel Front, and Thomas Lado, according to a "
        "statement from the presidency.",
    )
    meeting = analysis.events[0]
    assert meeting.type == "CONSULT"
    assert {"Lucas Mwangi", "Pagan Okello", "Thomas Lado"} <= actor_names(meeting, names)


def test_strikes_carried_out_on_fighters_and_troops_under_fire_from_a_named_group(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "The air force carried out a series of strikes on JNIM fighters near Djibasso on Tuesday, the army said.",
        "Teachers carried out a strike in Dédougou on Wednesday.",
    )
    (strike,) = analysis.events
    assert (strike.type, strike.mode) == ("ASSAULT", "air strike")
    assert names.get(strike.place or "") == "Djibasso"
    analysis, names = analysed(
        analyzer,
        "A police convoy came under fire from Lashkar-e-Jhangvi gunmen near Serai Naurang on Monday.",
        "Soldiers in Suwayda came under fire from \"outlaw groups\", the ministry said.",
    )
    (attack,) = analysis.events
    assert (attack.type, attack.mode) == ("ASSAULT", "armed attack")
    assert {"police"} <= {names[a.entity].lower() for a in attack.actors if a.role == "target"}
    assert any(a.role == "source" for a in attack.actors)


def test_a_datelined_readout_in_ordinary_case_with_an_accented_city(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Dédougou, 7 May 2031 (AIB) – Government forces on Tuesday carried out strikes on JNIM fighters near "
        "Djibasso, the Army General Staff announced.",
    )
    (strike,) = analysis.events
    assert "AIB" not in actor_names(strike, names)
    assert strike.time is not None and strike.time.value == "2031-05-06"  # Tuesday, not the dateline's day


def test_the_doers_named_in_the_next_sentence_and_the_claimant_join_the_attack(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Fighters from an al Qaeda-linked group attacked an army post in the town of Diabaly late on Sunday, killing "
        "eight soldiers, security sources said.",
        "The assailants set fire to two armoured vehicles before withdrawing north.",
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed responsibility in a statement on Monday.",
    )
    attack = analysis.events[0]
    assert names.get(attack.place or "") == "Diabaly"
    assert "Jama'at Nusrat al-Islam wal-Muslimin" in actor_names(attack, names)
    assert sum(1 for event in analysis.events if event.type == "ASSAULT") == 1


def test_counterparts_described_by_nationality_are_the_people_named_next(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Niger's ruler, General Abdourahamane Tiani, hosted his Malian and Burkinabe counterparts in Niamey on Monday.",
        "Mali's Assimi Goita arrived on Sunday afternoon. Burkina Faso's Captain Ibrahim Traore landed late on Sunday.",
    )
    summit = analysis.events[0]
    assert {"Abdourahamane Tiani", "Assimi Goita", "Ibrahim Traore"} <= actor_names(summit, names)


def test_a_visitor_arriving_on_a_visit_and_received_at_the_airport(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "General Abdel Fattah al-Burhan arrived in Asmara on Tuesday on a working visit to Eritrea, and was received "
        "at the airport by President Isaias Afewerki.",
    )
    visit = analysis.events[0]
    assert visit.type == "CONSULT"
    roles = {names[actor.entity]: actor.role for actor in visit.actors}
    assert roles.get("Abdel Fattah al-Burhan") == "guest" and roles.get("Isaias Afewerki") == "host"
    assert names.get(visit.place or "") == "Asmara"


def test_a_town_retaken_from_those_it_fell_to_by_forces_backed_by_clan_fighters(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Government forces backed by Macawisley clan fighters recaptured the town of Adan Yabaal on Monday, a year "
        "after it fell to al-Shabaab, officials said.",
        "The AFC/M23 rebels regained control of Nyabiondo, a trading centre in Masisi territory, on Saturday.",
    )
    retaken, regained = analysis.events[:2]
    assert {"Macawisley clan fighters", "al-Shabaab"} <= actor_names(retaken, names)
    assert regained.mode == "territory gained" and names.get(regained.place or "") == "Nyabiondo"


def test_a_caller_named_after_his_title_and_a_broker_of_the_talks(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Prime Minister Mohammed Shia al-Sudani received on Tuesday evening a telephone call from the President of "
        "the Republic of Türkiye, Recep Tayyip Erdoğan, during which they discussed water. Erdoğan said more water "
        "would flow.",
        "The foreign ministers of Venezuela and Guyana met in Bridgetown on Monday in talks brokered by Barbados Prime "
        "Minister Mia Mottley.",
    )
    call = next(event for event in analysis.events if event.mode == "call")
    assert {"Mohammed Shia al-Sudani", "Recep Tayyip Erdoğan"} <= actor_names(call, names)
    talks = next(event for event in analysis.events if names.get(event.place or "") == "Bridgetown")
    assert "Mia Mottley" in actor_names(talks, names)


def test_the_guest_s_trip_begun_the_day_before_is_the_visit_the_meeting_was_part_of(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Chad's President Mahamat Idriss Déby Itno received his Central African counterpart, Faustin-Archange "
        "Touadéra, in N'Djamena on Wednesday.",
        "Touadéra, who arrived in the Chadian capital on Tuesday evening for a two-day working visit, was accompanied "
        "by Foreign Minister Sylvie Baïpo-Temon, according to the Central African presidency.",
    )
    meetings = [event for event in analysis.events if event.type == "CONSULT"]
    assert len(meetings) == 1
    assert {"Mahamat Idriss Déby Itno", "Faustin-Archange Touadéra", "Sylvie Baïpo-Temon"} <= actor_names(
        meetings[0], names
    )
    assert meetings[0].time is not None and meetings[0].time.value == "2031-05-07"


def test_a_firefight_and_the_next_sentence_naming_who_opened_fire_are_one_clash(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Three members of the Northern Front were killed in a firefight with army troops in a village of Datu "
        "Hoffer Ampatuan on Wednesday afternoon, the military said.",
        "Soldiers of the 33rd Infantry Battalion came under fire from gunmen of the Northern Front's Karialan faction, "
        "the brigade said.",
    )
    clashes = [event for event in analysis.events if event.type == "ASSAULT"]
    assert len(clashes) == 1
    assert names.get(clashes[0].place or "") == "Datu Hoffer Ampatuan"
    assert clashes[0].time is not None and clashes[0].time.value == "2031-05-07"


def test_a_translated_readout_with_the_agency_after_the_city_and_a_date_in_brackets(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Tehran, IRNA - Foreign Minister Karim Rahbari and his Turkish counterpart, Hakan Fidan, in a telephone "
        "conversation on Tuesday evening [6 May] exchanged views on bilateral relations.",
    )
    (call,) = analysis.events
    assert call.mode == "call"
    assert {"Hakan Fidan"} <= actor_names(call, names) and any("Rahbari" in name for name in actor_names(call, names))
    assert call.time is not None and call.time.value == "2031-05-06"
    assert not any("IRNA -" in entity.name for entity in analysis.entities)


def test_a_surname_written_without_its_article_is_the_same_person(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Crown Prince Faisal bin Khalid received Syrian President Ahmed al-Sharaa in Riyadh on Monday, with Defence "
        "Minister Murhaf Abu Qasra.",
        'Sharaa told state television after the meeting that Syria "will not forget its friends". "We came to build '
        'partnerships," he said.',
    )
    direct = [quote for quote in analysis.quotes if quote.kind == "direct"]
    assert [quote.speaker_name for quote in direct] == ["Ahmed al-Sharaa"]


def test_a_meeting_at_a_named_residence_or_palace_is_placed_there(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "President Shavkat Mirziyoyev received a Taliban delegation at the Kuksaroy residence in Tashkent on "
        "Wednesday.",
        "Emir Tamim bin Hamad Al Thani received a Hamas delegation at the Amiri Diwan in Doha on Monday.",
    )
    places = [names.get(event.place or "") for event in analysis.events if event.type == "CONSULT"]
    assert places == ["Kuksaroy residence", "Amiri Diwan"]


def test_a_nationality_before_town_is_no_place_and_the_town_named_after_it_is(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Xue Bing met Hemedti in the Ugandan town of Entebbe on Tuesday, the RSF said.",
    )
    (meeting,) = analysis.events
    assert names.get(meeting.place or "") == "Entebbe"
    assert "Ugandan" not in names.values()


def test_those_who_came_with_a_side_named_again_by_title_join_every_meeting_of_the_visit(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "President Kwesi Annan arrived in Lomé on Tuesday for talks with Captain Ibrahima Sorel, the presidency said.",
        "Annan was received at the airport by Prime Minister Jean Akakpo before the two drove to the palace. "
        "The President was accompanied by Foreign Minister Abena Osei and the national security adviser, Kojo Mensah.",
    )
    talks, reception = analysis.events[:2]
    assert {"Kwesi Annan", "Ibrahima Sorel", "Abena Osei", "Kojo Mensah"} <= actor_names(talks, names)
    assert {"Abena Osei", "Kojo Mensah"} <= actor_names(reception, names)


def test_ministers_who_joined_the_session_or_attended_as_did_another_took_part(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "President Kwesi Annan held talks with President Faure Mensa in Lomé on Tuesday, the presidency said.",
        "Foreign Minister Abena Osei and her Togolese counterpart, Robert Dogbe, joined the delegation-level session. "
        "The two army chiefs attended the talks, as did Togo's Defence Minister Marguerite Agbo, according to "
        "state media.",
    )
    talks = analysis.events[0]
    assert {"Kwesi Annan", "Faure Mensa", "Abena Osei", "Robert Dogbe", "Marguerite Agbo"} <= actor_names(talks, names)


def test_a_mediator_who_also_attended_and_aides_on_one_side_took_part_not_the_bodies_in_their_titles(
    analyzer: Analyzer,
) -> None:
    analysis, names = analysed(
        analyzer,
        "President Kwesi Annan met President Faure Mensa in Lomé on Tuesday, the presidency said. "
        "The chief mediator of the Coastal Dialogue Initiative, retired General Paul Amedzo, also attended.",
        "Foreign Minister Abena Osei and her Togolese counterpart, Robert Dogbe, held separate talks on Wednesday, "
        "while army chief Kofi Mensah and presidential aide Ama Dzifa were on the Ghanaian side.",
    )
    talks = analysis.events[0]
    actors = actor_names(talks, names)
    assert {"Kwesi Annan", "Faure Mensa", "Paul Amedzo"} <= actors
    assert not any("Initiative" in name for name in actors)
    second = next(event for event in analysis.events if "Abena Osei" in actor_names(event, names))
    assert {"Kofi Mensah", "Ama Dzifa"} <= actor_names(second, names)


def test_who_moderated_the_meeting_named_again_or_arranged_the_talks_took_part(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "President Kwesi Annan and opposition leader Faure Mensa met in Lomé on Tuesday. The meeting, moderated by "
        "former Irish prime minister Bertie Ahern, ran for more than six hours.",
        "Elders from the north met leaders of the Delta Front in Kara on Friday, in talks arranged by Coastal "
        "League officials, two of the elders said.",
    )
    meeting, talks = [event for event in analysis.events if event.type == "CONSULT"][:2]
    assert {"Kwesi Annan", "Faure Mensa", "Bertie Ahern"} <= actor_names(meeting, names)
    assert "Coastal League" in actor_names(talks, names)


def test_the_town_the_attackers_came_from_is_not_where_they_struck(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Gunmen attacked Saint-Marc before dawn on Monday, killing at least five residents, local officials said.",
        "The gunmen crossed the river from Mirebalais at around 3am and fired on homes near the bridge, a member of "
        "the local council said.",
        "Last week, a drone struck a house in Mirebalais.",
    )
    attacks = [event for event in analysis.events if event.type == "ASSAULT" and event.mode != "drone strike"]
    assert [names.get(event.place or "") for event in attacks] == ["Saint-Marc"]


def test_hours_of_talks_are_talks_and_the_two_leaders_who_agreed_are_the_ones_who_met(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Foreign Minister Arvid Kallas and his Norvik counterpart, Mikk Tamm, held more than four hours of talks "
        "in Lomé on Wednesday, the ministry said.",
    )
    (talks,) = [event for event in analysis.events if event.type == "CONSULT"]
    assert {"Arvid Kallas", "Mikk Tamm"} <= actor_names(talks, names)
    analysis, names = analysed(
        analyzer,
        "Interior Minister Kwesi Annan and regional president Faure Mensa agreed on Wednesday to deploy joint "
        "patrols along the border, the ministry said.",
        "The two leaders met for about three hours at the border post in Lomé.",
    )
    (meeting,) = [event for event in analysis.events if event.type == "CONSULT"]
    assert {"Kwesi Annan", "Faure Mensa"} <= actor_names(meeting, names)
    # The same two, named again at the head of the next paragraph, met on the day they agreed.
    assert meeting.time is not None and meeting.time.value == "2031-05-07"


def test_talks_first_told_as_bringing_together_delegations_from_states_are_a_meeting_of_those_states(
    analyzer: Analyzer,
) -> None:
    analysis, names = analysed(
        analyzer,
        "The two-day talks brought together delegations from Georgia and Armenia in Geneva on Wednesday, the "
        "foreign ministry said.",
    )
    (talks,) = [event for event in analysis.events if event.type == "CONSULT"]
    assert {"Georgia", "Armenia"} <= actor_names(talks, names)
    assert names.get(talks.place or "") == "Geneva"


def test_a_heading_without_a_full_stop_is_no_part_of_the_paragraph_after_it(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Statement by the Media Office of the Eastern Front Command",
        "Marib, 6 May 2031 – The Houthi militia on Tuesday evening shelled the village of Sirwah, killing two farmers.",
    )
    (shelling,) = analysis.events
    assert (shelling.type, shelling.mode) == ("ASSAULT", "shelling")
    assert not any("Media Office" in name for name in actor_names(shelling, names))
    assert shelling.evidence[0].text.startswith("Marib")
    assert shelling.time is not None and shelling.time.value == "2031-05-06"


def test_a_host_named_before_the_day_when_a_later_clause_took_him_for_its_subject(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "President Daniel Koech on Monday hosted Somalia's President Abdi Warsame Farah at State House, Nairobi, for "
        "talks on border security and the fight against al-Shabaab, as a row between the two capitals spills over "
        "into the border counties.",
    )
    hosting = analysis.events[0]
    assert (hosting.type, hosting.mode) == ("CONSULT", "host")
    assert actor_names(hosting, names) == {"Daniel Koech", "Abdi Warsame Farah"}
    assert hosting.time is not None and hosting.time.value == "2031-05-05"


def test_the_next_sentences_of_an_attack_with_no_setting_of_their_own_tell_the_same_attack(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Fighters of the Islamic State Sahel Province attacked Kandadji, a village in the Tillaberi region, on "
        "Tuesday afternoon, killing four civilians, residents said. The assailants fought members of a local "
        "vigilance group for about an hour before withdrawing.",
        "In a separate attack, gunmen killed two herders near Ayorou.",
    )
    attack, other = analysis.events[:2]
    assert {"Islamic State Sahel Province", "local vigilance group"} <= actor_names(attack, names)
    assert names.get(other.place or "") == "Ayorou"


def test_a_count_before_a_force_is_no_part_of_its_name(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Four Kenya Police Reservists were killed on Sunday when their vehicle struck a roadside bomb near Lafey.",
    )
    assert "Kenya Police Reservists" in names.values() or "Kenya Police" in names.values()
    assert not any(name.startswith("Four") for name in names.values())


def test_a_raid_told_again_by_its_attackers_with_the_day_and_a_teller_placed_elsewhere(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "GAROUA, May 8 (Sahel Wire) - Suspected Boko Haram fighters killed three members of a village vigilance "
        "committee in a night raid on the village of Kirawa, local officials said on Thursday.",
        "The attackers arrived on motorcycles shortly after midnight on Wednesday, set fire to about 20 houses and "
        "stole cattle before withdrawing towards the Mandara Mountains, a local official in Maroua told Sahel Wire "
        "by phone, asking not to be named.",
        "Boko Haram's Shekau faction has carried out frequent raids in the region since 2014.",
    )
    raid = analysis.events[0]
    assert plover_class(raid) == "violent"
    assert "Boko Haram" in actor_names(raid, names)
    assert "village vigilance committee" in actor_names(raid, names)
    assert names.get(raid.place or "") == "Kirawa"
    assert raid.time is not None and raid.time.value == "2031-05-07"
    assert not any(names.get(event.place or "") in {"Mandara Mountains", "Maroua"} for event in analysis.events)
    assert "Boko Haram" in {e.name for e in analysis.entities if e.type == "organization"}
    assert not any(e.type == "person" and "Haram" in e.name for e in analysis.entities)


def plover_class(event: Event) -> str:
    from wirewatch.analyze import plover

    return plover.event_class(event.type, event.mode)



def test_the_host_named_after_his_title_and_companions_who_accompanied_a_side_take_part(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Prime Minister Arno Vesk met Kestrel President Ilse Halvorsen in Tarvo on Monday, his office said.",
        "The talks were hosted by the President of Norland, Sheikh Omar bin Khalid Al Tamimi, and part of them was "
        "held one-on-one, according to the statement. Deputy Minister Piet Rasmussen and Secretary Jon Ekdahl "
        "accompanied Vesk.",
    )
    meeting = analysis.events[0]
    assert meeting.type == "CONSULT"
    assert {"Arno Vesk", "Ilse Halvorsen", "Omar bin Khalid Al Tamimi", "Piet Rasmussen", "Jon Ekdahl"} <= actor_names(
        meeting, names
    )


def test_counterparts_from_named_states_are_the_leaders_of_those_states_named_next(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Mali's military leader, General Arno Vesk, hosted his counterparts from Chad and Niger in Bamako "
        "on Sunday for the annual summit of the bloc, at which Niger's General Omar Deen took over its "
        "rotating presidency, state television reported.",
        "Chad's President Ivo Brand, who had held the presidency for the past year, handed over to Deen at the "
        "end of a closed-door session.",
    )
    summit = analysis.events[0]
    assert summit.type == "CONSULT"
    assert {"Arno Vesk", "Omar Deen", "Ivo Brand"} <= actor_names(summit, names)
    assert not [event for event in analysis.events if event.type == "RETREAT"]  # an office, not ground


def test_talks_held_in_a_city_abroad_happened_there_not_where_the_story_was_filed(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        'Addis Ababa, 21 June 2031 (ENA) - The first round of peace talks between the Federal Government of Ethiopia '
        'and the armed group "Shene", held in Arusha, United Republic of Tanzania, concluded successfully on Saturday, '
        "the Government Communication Service announced.",
        "The government delegation was led by Aret Kask, Director General of the National Intelligence Service, "
        "and included senior officials of the region.",
    )
    talks = next(event for event in analysis.events if event.type == "CONSULT")
    assert talks.place is not None and names[talks.place] == "Arusha"
    assert "Aret Kask" in actor_names(talks, names)


def test_who_set_off_the_bomb_of_a_toll_killed_and_the_station_town_places_a_forest(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "A CRPF constable was killed and three others were injured when Maoists triggered an IED during a combing "
        "operation in the Abujhmarh forest under the Orchha police station area of Narayanpur district on "
        "Thursday, police said.",
    )
    blast = analysis.events[0]
    assert (blast.type, blast.mode) == ("ASSAULT", "IED")
    assert {"Maoists", "CRPF"} <= actor_names(blast, names)
    assert names.get(blast.place or "") == "Orchha"


def test_soldiers_unnamed_who_fight_are_an_actor(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Soldiers and gunmen fought for two hours on the outskirts of Guasave on Friday, leaving four suspected "
        "cartel members dead, the Defence Secretariat said.",
    )
    clash = analysis.events[0]
    assert clash.mode == "clash"
    assert {"soldiers", "gunmen"} <= {name.lower() for name in actor_names(clash, names)}


def test_a_named_group_written_again_untagged_names_the_site_attacked(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Two fighters of the Popular Mobilization Forces were killed at dawn on Monday when gunmen attacked a "
        "Popular Mobilization checkpoint near Tarmiyah, the Security Media Cell said.",
        "A local official put the toll at three PMF fighters killed.",
        captions=("Mourners carry the coffin of a PMF fighter killed in Monday's bombing.",),
    )
    attack = analysis.events[0]
    assert "Popular Mobilization Forces" in actor_names(attack, names)
    pmf = next(entity.id for entity in analysis.entities if entity.name == "Popular Mobilization Forces")
    assert not [actor for event in analysis.events for actor in event.actors if (actor.entity, actor.role) == (pmf, "source")]
    (mourned,) = [event for event in analysis.events if event.in_caption]
    assert {(names[actor.entity], actor.role) for actor in mourned.actors} >= {("Popular Mobilization Forces", "target")}


def test_a_state_army_known_by_its_acronym_owns_the_army_positions_attacked(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Militiamen of the Cooperative for the Development of Congo (CODECO) attacked army positions in Fataki "
        "on Sunday, local sources said.",
        "An army spokesman said soldiers of the FARDC had repelled the attack.",
    )
    attack = analysis.events[0]
    assert "FARDC" in actor_names(attack, names)
    (army,) = [entity for entity in analysis.entities if entity.name == "FARDC"]
    assert any(alias.startswith("Military Forces of") and "Congo" in alias for alias in army.aliases)


def test_those_listed_after_taking_part_in_the_meeting_were_took_part(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "President Ilham Aliyev today received Georgian Prime Minister Irakli Kobakhidze, the presidential press "
        "service reported.",
        "Taking part in the meeting were Foreign Minister Jeyhun Bayramov and the Georgian ambassador, Giorgi "
        "Saganelidze.",
    )
    meeting = analysis.events[0]
    assert {"Jeyhun Bayramov", "Giorgi Saganelidze"} <= actor_names(meeting, names)


def test_a_meeting_that_lasted_hours_and_was_attended_by_one_and_by_another(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Interior Minister Kipchumba Murkomen hosted Somali State Minister Omar Haji in Garissa on Tuesday.",
        "The meeting lasted about three hours and was attended by security chiefs from both sides and by Garissa "
        "Governor Nathif Jama, the ministry said.",
    )
    meeting = analysis.events[0]
    assert "Nathif Jama" in actor_names(meeting, names)


def test_a_dateline_town_inside_the_land_a_visitor_is_in_places_the_meeting(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Sukhum, 22 July (Apsnypress) - President of Abkhazia Badra Gunba today received Russian Deputy Foreign "
        "Minister Andrei Rudenko, who is in Abkhazia on a working visit, the presidential press service reported.",
    )
    meeting = analysis.events[0]
    assert meeting.type == "CONSULT"
    assert names.get(meeting.place or "") == "Sukhum"


def test_a_readout_set_at_a_named_checkpoint_under_a_slashed_agency_dateline(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Bishkek, 6 May /Kabar/. Chairman of the Cabinet of Ministers of the Kyrgyz Republic Adylbek Kasymaliev "
        "today held talks with Prime Minister of the Republic of Uzbekistan Abdulla Aripov at the Dostuk "
        "checkpoint on the Kyrgyz-Uzbek state border, the press service of the Cabinet of Ministers reports.",
        "Adylbek Kasymaliev said trade between the two countries had reached a record level.",
    )
    meeting = analysis.events[0]
    assert meeting.type == "CONSULT"
    assert names.get(meeting.place or "") == "Dostuk"
    # "today" is the dateline's day, 6 May, not the publication day after it.
    assert meeting.time is not None and meeting.time.value == "2031-05-06"
    kasymaliev = next(entity for entity in analysis.entities if entity.name == "Adylbek Kasymaliev")
    assert kasymaliev.type == "person"
    assert kasymaliev.id in {actor.entity for actor in meeting.actors}
    assert "Chairman of the Cabinet of Ministers of the Kyrgyz Republic" in [role.text for role in kasymaliev.roles]


def test_the_two_prime_ministers_are_the_two_named_doing_the_deed_before(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Prime Minister Kamil Idris and his Egyptian counterpart, Mostafa Madbouly, today inaugurated a power line "
        "between the two countries at the Argeen land port.",
        "The two prime ministers held a session of talks at the land port, attended by the ministers of energy.",
    )
    meeting = next(event for event in analysis.events if event.type == "CONSULT")
    assert {names[actor.entity] for actor in meeting.actors} >= {"Kamil Idris", "Mostafa Madbouly"}


def test_a_dateline_town_with_a_capital_after_its_apostrophe_names_no_actor_and_no_day(
    analyzer: Analyzer,
) -> None:
    analysis, names = analysed(
        analyzer,
        "Fada N'Gourma, 7 May 2031 (AIB) - The Defence and Security Forces (FDS), supported by the Volunteers for "
        "the Defence of the Homeland (VDP), on Tuesday, 6 May 2031, repelled an attack by armed terrorist "
        "individuals against the military detachment of Tanwalbougou, AIB learned from security sources.",
    )
    attack = next(event for event in analysis.events if event.type == "ASSAULT")
    assert attack.time is not None and attack.time.value == "2031-05-06"
    actors = {names[actor.entity] for actor in attack.actors}
    assert "Fada N'Gourma" not in actors
    assert "Volunteers for the Defence of the Homeland" in actors


def test_kidnappers_are_the_actor_and_an_apostrophe_town_on_whose_outskirts_it_happened_its_place(
    analyzer: Analyzer,
) -> None:
    analysis, names = analysed(
        analyzer,
        "Armed kidnappers abducted nine people in a night raid on Lokoti on Sunday, local officials said.",
        "Gunmen attacked a checkpoint on the eastern outskirts of Rada'a, in central Yemen's Al-Bayda governorate, "
        "late on Monday.",
    )
    abduction, attack = [event for event in analysis.events if event.type == "ASSAULT"][:2]
    assert any(names[actor.entity].endswith("kidnappers") for actor in abduction.actors)
    assert names.get(attack.place or "") == "Rada'a"


def test_a_crossing_read_as_a_nationality_places_the_meeting(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Tajik officials and a Taliban delegation met at the Panji Poyon border crossing on Wednesday and agreed to "
        "set up a hotline between border commanders.",
    )
    meeting = next(event for event in analysis.events if event.type == "CONSULT")
    assert names.get(meeting.place or "") == "Panji Poyon"


def test_clashes_the_dead_and_the_wounded_were_counted_in_are_the_event(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Two protesters were killed and dozens injured in clashes with police in Muzaffarabad on Monday.",
    )
    clash = next(event for event in analysis.events if event.type == "ASSAULT")
    assert clash.mode == "clash"
    assert names.get(clash.place or "") == "Muzaffarabad"


def test_clashes_counted_in_before_a_speaker_are_still_the_event(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Two protesters were killed and dozens injured in today's clashes in Muzaffarabad, Jammu Kashmir Joint Awami "
        "Action Committee (JKJAAC) leader Shaukat Nawaz Mir told a crowd.",
    )
    clash = next(event for event in analysis.events if event.type == "ASSAULT")
    assert clash.mode == "clash"
    assert names.get(clash.place or "") == "Muzaffarabad"


def test_clashes_a_toll_was_counted_in_are_the_event_wherever_the_parser_hangs_them(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "A summary of the day: one protester was killed and at least 34 people were injured, 12 of them police "
        "officers, in clashes in and around Tarvo, according to the federation.",
    )
    clash = next(event for event in analysis.events if event.type == "ASSAULT")
    assert clash.mode == "clash"


def test_security_forces_clashing_with_protesters_is_a_riot_and_the_dead_its_toll(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Two young men were shot dead on Monday when security forces clashed with protesters who had blocked the "
        "Route Le Prince in Conakry's Ratoma district, residents said.",
    )
    (riot,) = analysis.events
    assert (riot.type, riot.mode) == ("PROTEST", "riot")
    assert set(actor_names(riot, names)) == {"security forces", "protesters"}


def test_running_battles_fought_in_protest_are_a_riot(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Young men in the mining town of Tarvo fought running battles with security forces late on Tuesday, setting "
        "fire to a National Guard post and blocking the railway, in protest at the results of a recruitment drive.",
        "Protesters threw stones and petrol bombs at the post, witnesses said.",
    )
    riot = analysis.events[0]
    assert (riot.type, riot.mode) == ("PROTEST", "riot")
    assert {"protesters", "security forces"} <= actor_names(riot, names)


def test_a_crowd_attacking_a_police_station_riots(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Hundreds of young people, many of them motorcycle taxi drivers, attacked a police station in Tarvo on "
        "Sunday night, setting fire to the building after a driver died in police custody, witnesses said.",
    )
    riot = analysis.events[0]
    assert (riot.type, riot.mode) == ("PROTEST", "riot")


def test_a_blockade_the_police_clear_is_a_protest(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Fourteen people were injured when provincial police cleared a blockade by factory workers at the entrance "
        "to Tarvo this afternoon, according to the Security Ministry.",
    )
    protest = next(event for event in analysis.events if event.type == "PROTEST")
    assert "police" in actor_names(protest, names)


def test_a_captions_unnamed_known_group_is_no_new_actor(analyzer: Analyzer) -> None:
    analysis, _ = analysed(
        analyzer,
        "A Hamas delegation led by Ismail Haniya met Taliban officials in Istanbul, the agency reported.",
        captions=(
            "Ismail Haniya in Beirut on June 27, 2021. Haniya, leader of the Palestinian militant group reportedly "
            "met the Taliban leadership in Istanbul. KESTREL PHOTO/AGENCY",
        ),
    )
    assert not [entity for entity in analysis.entities if "militant group" in entity.name]


def test_youths_who_riot_are_the_protesting_side(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "A 19-year-old man was shot dead in Kisumu on Monday as police fired tear gas and live bullets at youths who "
        "blocked roads, burned tyres and stoned the Kondele police station.",
    )
    protest = next(event for event in analysis.events if event.type == "PROTEST")
    assert "youths" in {names[actor.entity] for actor in protest.actors}


def test_a_surname_written_without_its_accents_is_the_same_person(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Serbian Foreign Minister Marko Đurić met his Croatian counterpart in Vukovar on Monday.",
        'Djuric said Serbia was ready to open its archives. "We came to solve problems," he said.',
    )
    (djuric,) = [entity for entity in analysis.entities if entity.name == "Marko Đurić"]
    assert "Djuric" in djuric.aliases
    direct = [quote for quote in analysis.quotes if quote.kind == "direct"]
    assert [quote.speaker for quote in direct] == [djuric.id]


def test_everyone_a_passive_attended_by_lists_took_part_however_the_list_is_parsed(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Egyptian Foreign Minister Badr Abdelatty held talks with Field Marshal Khalifa Haftar in Benghazi on "
        "Sunday.",
        "The meeting, also attended by Haftar's son and deputy, Saddam Haftar, and by Egypt's intelligence chief, "
        'Hassan Rashad, discussed "ways of strengthening cooperation", the media office said in a statement.',
    )
    meeting = analysis.events[0]
    assert {"Saddam Haftar", "Hassan Rashad"} <= actor_names(meeting, names)


def test_the_person_whose_press_service_tells_the_meeting_still_took_part(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Sergei Shoigu, the secretary of Russia's Security Council, met Tajik President Emomali Rahmon in Dushanbe "
        "on Thursday for talks on border security and on the situation in neighbouring Afghanistan, Rahmon's press "
        "service said.",
    )
    meeting = analysis.events[0]
    assert {"Sergei Shoigu", "Emomali Rahmon"} <= actor_names(meeting, names)


def test_a_today_in_an_aside_of_the_lead_dates_its_meeting_not_a_day_ahead(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Kabul, 6 May (IRNA) - Foreign Minister Seyed Abbas Araghchi, who arrived in Kabul this morning at the head "
        "of a delegation, met and held talks with Mohammad Hasan Akhund, the head of the caretaker government.",
        "The meeting, which was attended by the Taliban's foreign minister, Amir Khan Muttaqi, dealt with water and "
        "trade.",
        "The foreign minister is due to return to Tehran on Thursday.",
    )
    meeting = analysis.events[0]
    assert meeting.time is not None and meeting.time.value == "2031-05-06"
    assert "Amir Khan Muttaqi" in actor_names(meeting, names)


def test_it_is_the_first_meeting_since_tells_the_meeting_just_told_not_another(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "China's special envoy Xue Bing met the RSF leader, Mohamed Hamdan Dagalo, in Entebbe on Tuesday.",
        "It is the first publicly acknowledged meeting between a Chinese official and the group's leader since the "
        "war began in April 2023.",
        "The RSF-backed government's prime minister, Mohamed Hassan al-Ta'ayshi, also took part in the talks.",
    )
    meetings = [event for event in analysis.events if event.type == "CONSULT"]
    assert len(meetings) == 1
    assert "Mohamed Hassan al-Ta'ayshi" in actor_names(meetings[0], names)


def test_those_among_those_in_the_meeting_and_at_talks_it_attended_took_part(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "President William Ruto hosted his Tanzanian counterpart Samia Suluhu Hassan at the Namanga border post on "
        "Friday.",
        "Kajiado Governor Joseph Ole Lenku and Tanzania's Foreign Minister Mahmoud Kombo were among those in the "
        "meeting, according to a list released by State House.",
    )
    assert {"Joseph Ole Lenku", "Mahmoud Kombo"} <= actor_names(analysis.events[0], names)
    analysis, names = analysed(
        analyzer,
        "Nikol Pashinyan and his Georgian counterpart Irakli Kobakhidze held talks in an expanded format on the "
        "Armenian side, attended by Deputy Prime Minister Mher Grigoryan, the government said.",
    )
    (talks,) = [event for event in analysis.events if event.type == "CONSULT"]
    assert "Mher Grigoryan" in actor_names(talks, names)


def test_residents_who_protest_are_the_protesters_and_police_firing_tear_gas_the_other_side(
    analyzer: Analyzer,
) -> None:
    analysis, names = analysed(
        analyzer,
        "Hundreds of residents of Gusau on Sunday blocked the Gusau-Funtua road for several hours to protest "
        "against killings by bandits, and police fired tear gas to disperse them.",
        "The protesters, mostly young men, burned tyres and chanted as they marched towards the road.",
    )
    protest = analysis.events[0]
    assert protest.type == "PROTEST"
    assert {(names[actor.entity].lower(), actor.role) for actor in protest.actors} >= {
        ("protesters", "source"),
        ("police", "target"),
    }


def test_the_day_of_a_deed_done_before_withdrawing_is_not_the_day_of_the_withdrawal(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Fighters of the Oromo Liberation Army (OLA) entered Nekemte late on Sunday and fought government forces "
        "for several hours before withdrawing on Monday morning, residents said.",
    )
    fight = analysis.events[0]
    assert fight.time is not None and fight.time.value == "2031-05-04"


def test_who_joined_the_presidents_who_met_and_who_also_attended_took_part(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Paraguay's President Santiago Peña hosted his Bolivian counterpart Rodrigo Paz in Filadelfia on Tuesday.",
        "The presidents met for about four hours at the town's military base and were joined by Paraguay's Foreign "
        "Minister Rubén Ramírez Lezcano, the ministry said.",
        "Bolivian Defence Minister Raúl Salinas also attended, according to photographs released by the presidency.",
    )
    meeting = analysis.events[0]
    assert {"Rubén Ramírez Lezcano", "Raúl Salinas"} <= actor_names(meeting, names)


def test_the_partner_of_talks_held_with_a_title_and_a_name_set_off_after_it(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Rapid Support Forces (RSF) commander Mohamed Hamdan Dagalo held talks in Abu Dhabi on Tuesday with the "
        "United Arab Emirates' national security adviser, Sheikh Tahnoun bin Zayed Al Nahyan, the RSF's media "
        "office said in a statement on Wednesday.",
    )
    meeting = analysis.events[0]
    assert {"Mohamed Hamdan Dagalo", "Tahnoun bin Zayed Al Nahyan"} <= actor_names(meeting, names)


def test_a_sea_that_only_says_where_the_resort_city_lies_is_not_the_meeting_place(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Russian President Vladimir Putin received Belarusian leader Alexander Lukashenko in the Black Sea resort "
        "city of Sochi on Monday and discussed the union state's budget, the Kremlin said.",
    )
    talks = analysis.events[0]
    assert {"Vladimir Putin", "Alexander Lukashenko"} <= actor_names(talks, names)
    assert names.get(talks.place or "") == "Sochi"


def test_a_small_village_read_as_a_place_elsewhere_places_the_blast_not_the_towns_a_road_joins(
    analyzer: Analyzer,
) -> None:
    analysis, names = analysed(
        analyzer,
        "Three soldiers were killed on Sunday when a roadside bomb hit their truck near Lafoole, on the road "
        "between Mogadishu and Afgooye, an officer said.",
        "Elders in Lafoole, Afgooye and Wanlaweyn said the army had closed the road.",
    )
    blast = analysis.events[0]
    assert blast.type == "ASSAULT"
    assert names.get(blast.place or "") == "Lafoole"  # not Mogadishu, an end of the road it was on


def test_a_state_agency_dateline_with_its_name_between_slashes_and_a_name_glued_to_its_initial(
    analyzer: Analyzer,
) -> None:
    analysis, names = analysed(
        analyzer,
        "Ulaanbaatar, 3 May /MONTSAME/ - President of Mongolia U.Khurelsukh today received Prime Minister of "
        "Kazakhstan Olzhas Bektenov, who is paying an official visit to Mongolia, the Office of the President "
        "reported.",
        "During the meeting, held at the State Palace, President U.Khurelsukh noted that trade had doubled.",
        "Khurelsukh last met Bektenov in Astana last year.",
    )
    talks = analysis.events[0]
    assert talks.type == "CONSULT"
    assert {"U.Khurelsukh", "Olzhas Bektenov"} <= actor_names(talks, names)
    assert names.get(talks.place or "") == "Ulaanbaatar"  # where the agency filed, not the country
    assert talks.time is not None and talks.time.value == "2031-05-03"
    khurelsukh = [entity for entity in analysis.entities if entity.name == "U.Khurelsukh"]
    assert len(khurelsukh) == 1 and "Khurelsukh" in khurelsukh[0].aliases


def test_ministers_who_attended_the_talks_join_the_talks_not_the_lunch_told_after_them(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "President Hakainde Hichilema and Malawian President Peter Mutharika met at the Mwami border post on "
        "Friday and agreed to reopen the corridor to fuel tankers, a joint statement said.",
        "The two leaders talked for about two hours before crossing together to Chipata, where Hichilema hosted "
        "a lunch for the Malawian delegation, the statement said. Foreign Minister Mulambo Haimbe and Malawi's "
        "Foreign Minister George Chaponda attended the talks.",
    )
    talks = next(event for event in analysis.events if (event.type, event.mode) == ("CONSULT", "meet"))
    assert {"Hakainde Hichilema", "Peter Mutharika", "Mulambo Haimbe", "George Chaponda"} <= actor_names(talks, names)
    lunch = next(event for event in analysis.events if event.mode == "host")
    assert "George Chaponda" not in actor_names(lunch, names)


def test_ministers_who_joined_the_leaders_for_part_of_the_meeting_and_those_who_did_as_well(
    analyzer: Analyzer,
) -> None:
    analysis, names = analysed(
        analyzer,
        "Argentine President Javier Milei and Paraguayan President Santiago Peña met in Encarnación on Monday "
        "to discuss the Yacyretá dam, Argentina's presidency said.",
        "Argentina's foreign minister, Gerardo Werthein, and his Paraguayan counterpart, Rubén Ramírez Lezcano, "
        "joined the presidents for the second half of the meeting, as did the dam's director, Fernando De Andreis.",
    )
    talks = analysis.events[0]
    assert {"Javier Milei", "Santiago Peña", "Gerardo Werthein", "Rubén Ramírez Lezcano", "Fernando De Andreis"} <= (
        actor_names(talks, names)
    )


def test_an_untagged_name_set_beside_the_office_it_holds_is_a_person(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Kinshasa, 8 June 2031 (ACP).- The President of the Republic, Félix-Antoine Tshisekedi Tshilombo, on "
        "Monday received the Prime Minister of Gabon, Mr Raymond Ndong Sima, who delivered a message from his "
        "head of state.",
    )
    people = {entity.name for entity in analysis.entities if entity.type == "person"}
    assert "Félix-Antoine Tshisekedi Tshilombo" in people
    audience = analysis.events[0]
    assert names.get(audience.place or "") == "Kinshasa"


def test_a_minister_who_joined_the_leaders_for_the_second_half_joins_the_meeting_just_told(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Czech Prime Minister Andrej Babiš hosted his Slovak counterpart Robert Fico in Ostrava on Tuesday, the "
        "government office said.",
        "The talks lasted three hours. Foreign Minister Juraj Blanár joined the two prime ministers for the "
        "second half.",
    )
    talks = analysis.events[0]
    assert {"Andrej Babiš", "Robert Fico", "Juraj Blanár"} <= actor_names(talks, names)


def test_every_visitor_a_list_names_after_included_is_a_guest_up_to_the_one_who_tells_it(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "President Samia Suluhu Hassan on Friday hosted leaders of Mozambique's opposition at State House in Dar "
        "es Salaam, her office said.",
        "The visitors included Venâncio Mondlane, who leads the Podemos party, Ossufo Momade, the leader of "
        "Renamo, and Lutero Simango, the chairman of the MDM, State House spokesman Zuhura Yunus said in a "
        "statement.",
    )
    talks = analysis.events[0]
    guests = actor_names(talks, names)
    assert {"Samia Suluhu Hassan", "Venâncio Mondlane", "Ossufo Momade", "Lutero Simango"} <= guests
    assert "Zuhura Yunus" not in guests


def test_a_man_described_as_a_member_who_took_part_in_the_talks_took_part(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "A Houthi delegation led by Mohammed Abdulsalam met Oman's Foreign Minister, Badr Albusaidi, in Muscat "
        "on Sunday, the group's Al-Masirah television said.",
        "Abdulmalik al-Ajri, a member of the group's political bureau who took part in the talks, wrote on X "
        "late on Sunday that the meeting had been frank.",
    )
    talks = analysis.events[0]
    assert {"Mohammed Abdulsalam", "Abdulmalik al-Ajri"} <= actor_names(talks, names)


def test_a_meeting_the_days_news_followed_is_dated_to_that_day(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Namibian President Netumbo Nandi-Ndaitwah and Zambian President Hakainde Hichilema agreed on Thursday "
        "to build a second bridge over the Zambezi, Namibia's presidency said, after the two leaders met in the "
        "border town of Katima Mulilo.",
    )
    talks = next(event for event in analysis.events if event.type == "CONSULT")
    assert names.get(talks.place or "") == "Katima Mulilo"
    assert talks.time is not None and talks.time.value == "2031-05-08"  # the Thursday of publication


def test_the_village_an_attack_was_near_not_the_town_it_lies_south_of(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Two soldiers were killed when Islamic State fighters attacked an army position near Ishaqi, south of "
        "Samarra, late on Sunday, the Security Media Cell said.",
        "Israeli settlers attacked the Palestinian village of At-Tuwani, south of Hebron, on Wednesday evening, "
        "wounding five people, the Palestinian health ministry said.",
    )
    attack, raid = (event for event in analysis.events if event.type == "ASSAULT")
    assert names.get(attack.place or "") == "Ishaqi"
    assert names.get(raid.place or "") == "At-Tuwani"


def test_ministers_who_sat_on_each_side_of_the_table_took_part(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "President Recep Tayyip Erdoğan hosted Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara on Tuesday, "
        "the presidency said.",
        "Foreign Minister Hakan Fidan and Defence Minister Yaşar Güler sat on the Turkish side of the table, with "
        "Foreign Minister Fuad Hussein on the Iraqi side.",
    )
    talks = analysis.events[0]
    assert {"Hakan Fidan", "Yaşar Güler", "Fuad Hussein"} <= actor_names(talks, names)


def test_police_that_protesters_clashed_with_are_the_protests_other_side(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "A young man was shot dead on Wednesday when angry youths protesting against the killing of farmers "
        "clashed with the Sokoto State Police Command in Tambuwal, residents said.",
    )
    protest = next(event for event in analysis.events if event.type == "PROTEST")
    assert "Sokoto State Police Command" in actor_names(protest, names)


def test_the_two_leaders_who_talked_for_two_hours_met(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Zambian President Hakainde Hichilema and his Congolese counterpart Félix Tshisekedi agreed on Wednesday "
        "to keep the Kasumbalesa border post open around the clock, State House said.",
        "The two leaders talked for about two hours in the customs hall after Tshisekedi drove down from "
        "Lubumbashi, the statement said.",
    )
    talks = next(event for event in analysis.events if event.type == "CONSULT")
    assert talks.mode == "meet"
    assert {"Hakainde Hichilema", "Félix Tshisekedi"} <= actor_names(talks, names)


def test_a_military_jet_that_dropped_bombs_is_an_actor_of_the_air_strike(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "A Myanmar military jet dropped two bombs on the hospital compound in Falam town on the afternoon of "
        "4 May, killing six people, hospital staff said.",
    )
    strike = analysis.events[0]
    assert strike.type == "ASSAULT"
    assert any("jet" in name for name in actor_names(strike, names))


def test_ministers_a_leader_travelled_with_to_the_meeting_the_news_followed_took_part(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Panamanian President José Raúl Mulino and Colombian President Gustavo Petro agreed on Thursday to set up "
        "a joint intelligence centre, Panama's presidency said after the two leaders met in Capurganá.",
        "Mulino flew in by helicopter from Puerto Obaldía with Public Security Minister Frank Ábrego and Foreign "
        "Minister Javier Martínez-Acha.",
    )
    talks = next(event for event in analysis.events if event.type == "CONSULT")
    assert {"José Raúl Mulino", "Gustavo Petro", "Frank Ábrego", "Javier Martínez-Acha"} <= actor_names(talks, names)


def test_two_ministers_who_agreed_in_one_city_on_one_day_met_there(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Japanese Foreign Minister Takeshi Iwaya and his South Korean counterpart Cho Hyun agreed in Tokyo on "
        "Wednesday to resume talks on their fisheries accord, Japan's foreign ministry said.",
        "Cho visited Seoul's embassy in Beijing for talks with Wang Yi two months earlier.",
    )
    lead = analysis.events[0]
    assert (lead.type, lead.mode) == ("CONSULT", "meet")
    assert {"Takeshi Iwaya", "Cho Hyun"} <= actor_names(lead, names)
    assert names.get(lead.place or "") == "Tokyo"
    assert any(event.type == "AGREE" for event in analysis.events)


def test_the_village_raided_is_where_the_killing_was_not_its_district(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Insurgents killed at least four people and burned a school when they raided the village of Mucojo, in "
        "Macomia district of Cabo Delgado province, on Thursday morning, residents said.",
    )
    killing = analysis.events[0]
    assert names.get(killing.place or "") == "Mucojo"


def test_a_town_modifying_a_checkpoint_the_gunmen_attacked_is_no_place(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Gunmen attacked a Houthi checkpoint on the eastern outskirts of Rada'a, in central Yemen's Al-Bayda "
        "governorate, late on Tuesday, killing three fighters, a tribal source said.",
    )
    attack = analysis.events[0]
    assert names.get(attack.place or "") == "Rada'a"


def test_a_union_in_an_upazila_is_where_the_abduction_was(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Members of an armed gang abducted four farm labourers from their huts in the hills of Whykong union in "
        "Teknaf upazila of Cox's Bazar late on Friday, police said.",
    )
    abduction = analysis.events[0]
    assert (names.get(abduction.place or "") or "").startswith("Whykong")  # "Whykong union", not Teknaf
    assert "Cox's Bazar" in names.values()  # one place, not "Cox" and "Bazar"
    assert not {"Cox", "Bazar"} & actor_names(abduction, names)


def test_the_town_a_sentence_names_beats_the_province_the_clause_names(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Hundreds of police in riot gear moved in at about 6am this morning to clear the blockade that informal "
        "miners have held on the Panamericana Sur highway at Chala, in Arequipa region, since Saturday.",
    )
    protest = next(event for event in analysis.events if event.type == "PROTEST")
    assert names.get(protest.place or "") == "Chala"


def test_villagers_who_storm_a_mine_are_the_rioting_side(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Hundreds of villagers stormed a gold mining site near Kazarman on Monday, beating guards and setting fire "
        "to machinery, the Interior Ministry said.",
    )
    riot = analysis.events[0]
    assert (riot.type, riot.mode) == ("PROTEST", "riot")
    assert "villagers" in actor_names(riot, names)


def test_what_two_countries_should_do_has_not_happened(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Madagascar's leader, Colonel Michael Randrianirina, and Comoros President Azali Assoumani agreed on Tuesday "
        "to start joint maritime patrols.",
        'Randrianirina said Madagascar would "never again turn its back on its neighbours" and that the two '
        'countries should speak "with one voice" at the United Nations on their claims.',
    )
    assert not any(event.type == "CONSULT" for event in analysis.events)


def test_a_place_in_what_leaders_agreed_to_do_is_not_where_they_met(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "President Andry Rajoelina and President Azali Assoumani agreed on Monday to restore a passenger ferry "
        "between Mahajanga and Mutsamudu, the Comorian presidency said.",
    )
    agreement = next(event for event in analysis.events if event.type == "AGREE")
    assert names.get(agreement.place or "") not in {"Mahajanga", "Mutsamudu"}


def test_what_two_leaders_agreed_happened_where_one_of_them_arrived(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Australian Foreign Minister Penny Wong and Prime Minister Feleti Teo agreed on Thursday on a timetable for "
        "a new sea wall on Fongafale, the Tuvaluan government said in a statement.",
        "Ms Wong arrived in Funafuti on Wednesday for a two-day visit.",
    )
    meeting = analysis.events[0]
    assert (meeting.type, meeting.mode) == ("CONSULT", "meet")
    assert {"Penny Wong", "Feleti Teo"} <= actor_names(meeting, names)
    assert names.get(meeting.place or "") == "Funafuti"


def test_the_meeting_told_after_a_lead_agreement_is_dated_by_it(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Chad and Cameroon agreed on Tuesday to set up joint patrols along their border after a wave of "
        "kidnappings, Cameroon's defence ministry said.",
        "Joseph Beti Assomo, Cameroon's minister in charge of defence, met Chadian Defence Minister Issakha Malloua "
        "Djamouss in Kousseri for about four hours, the ministry said.",
    )
    meeting = next(event for event in analysis.events if event.type == "CONSULT")
    assert meeting.time is not None and meeting.time.value == "2031-05-06"


def test_a_meeting_held_in_a_town_places_what_was_agreed_there_however_it_is_parsed(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Prime Minister Anutin Charnvirakul and his Lao counterpart Sonexay Siphandone agreed on Friday to set up "
        "joint patrols on the Mekong and to speed up work on a new bridge, at the first joint cabinet retreat in "
        "five years, held in the former royal capital of Luang Prabang, Government House said.",
    )
    agreement = next(event for event in analysis.events if event.type == "AGREE")
    assert names.get(agreement.place or "") == "Luang Prabang"


def test_talks_told_with_an_agreement_place_it_before_an_arrival_does(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Prime Minister Jeremiah Manele and his Papua New Guinea counterpart, James Marape, held talks in Honiara on "
        "Monday and agreed to revive a joint border committee, the government said.",
        "Mr Marape arrived at Honiara International Airport on Monday morning for a two-day visit.",
    )
    agreement = next(event for event in analysis.events if event.type == "AGREE")
    assert names.get(agreement.place or "") == "Honiara"


def test_a_blockade_cleared_in_clashes_is_a_riot_with_the_crowd_as_a_side(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Police backed by soldiers cleared a blockade that supporters of the opposition had held for a week on the "
        "highway at Caracollo on Monday, in clashes that left at least 12 people injured, the government said.",
        "Several hundred police officers moved on the blockade before dawn, firing tear gas at protesters who had "
        "piled rocks across the road.",
    )
    (riot,) = [event for event in analysis.events if event.type == "PROTEST" and event.evidence[0].start == 0]
    assert riot.mode == "riot"
    assert {"police", "protesters"} <= actor_names(riot, names)
    assert not any(event.mode == "clash" and event.evidence[0].start == 0 for event in analysis.events)


def test_riot_police_who_detain_a_crowd_are_the_other_side_of_its_riot(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Georgian riot police detained at least 14 people in the western town of Senaki late on Saturday after "
        "protesters threw stones at the town hall and police used water cannon to disperse them, the Interior "
        "Ministry said.",
    )
    riot = next(event for event in analysis.events if event.type == "PROTEST")
    assert riot.mode == "riot"
    assert "Georgian riot police" in actor_names(riot, names)


def test_talks_after_an_arrival_the_night_before_are_dated_by_the_lead_agreement(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Indonesian Foreign Minister Sugiono and Foreign Affairs Minister Justin Tkatchenko agreed on Tuesday to "
        "reopen the Wutung border market, the Department of Foreign Affairs said.",
        "Mr Sugiono, who arrived in Port Moresby on Monday night, held talks with Mr Tkatchenko at his office and "
        "later called on the prime minister, the statement said.",
    )
    talks = next(event for event in analysis.events if event.type == "CONSULT" and event.evidence[0].start > 0)
    assert talks.time is not None and talks.time.value == "2031-05-06"


def test_talks_that_led_to_an_agreement_are_dated_by_its_sentence(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon agreed on Tuesday to open two more "
        "crossings on their border, the Tajik presidential press service said after the two leaders held talks in "
        "Dushanbe.",
        "Japarov is due to travel to Khujand on Wednesday to open a consulate there.",
    )
    talks = next(event for event in analysis.events if event.type == "CONSULT")
    assert talks.time is not None and talks.time.value == "2031-05-06"


def test_shells_fired_by_troops_that_landed_in_a_village_are_their_shelling(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Two civilians were killed when artillery shells fired by junta troops landed in a village on the outskirts "
        "of Hsipaw on Saturday afternoon, a local rescue group said.",
    )
    shelling = analysis.events[0]
    assert (shelling.type, shelling.mode) == ("ASSAULT", "shelling")
    assert "junta troops" in actor_names(shelling, names)
    assert names.get(shelling.place or "") == "Hsipaw"


def test_who_chairs_a_joint_meeting_takes_part_in_it(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Prime Minister Alexandru Munteanu and the Prime Minister of Romania, Ilie Bolojan, today chaired the joint "
        "meeting of the two governments in Iasi.",
    )
    meeting = analysis.events[0]
    assert {"Alexandru Munteanu", "Ilie Bolojan"} <= actor_names(meeting, names)


def test_a_minister_who_flew_in_the_day_before_met_where_and_when_the_lead_agreement_says(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Prime Minister Jeremiah Manele and Australia's Foreign Minister Penny Wong agreed on Tuesday that Australia "
        "would pay for a new police post in Gizo, the Office of the Prime Minister said in a statement.",
        "Senator Wong, who flew into Honiara on Monday afternoon, met Mr Manele at his office, the statement said.",
    )
    agreement = next(event for event in analysis.events if event.type == "AGREE")
    assert names.get(agreement.place or "") != "Gizo"  # what Australia will pay for, not where they agreed
    meeting = next(event for event in analysis.events if event.type == "CONSULT")
    assert names.get(meeting.place or "") == "Honiara"
    assert meeting.time is not None and meeting.time.value == "2031-05-06"


def test_the_day_a_statement_was_read_on_the_radio_dates_only_the_statement(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Cameroon and Equatorial Guinea agreed on Tuesday to reopen the crossing at Kye-Ossi to traders, Cameroon's "
        "Ministry of Territorial Administration said.",
        "Minister Paul Atanga Nji met Vice President Teodoro Nguema Obiang Mangue at the border post for about "
        "three hours, the ministry said in a statement read on state radio on Tuesday evening.",
    )
    meeting = next(event for event in analysis.events if event.type == "CONSULT")
    assert meeting.time is not None and meeting.time.value == "2031-05-06"


def test_who_planted_the_bomb_that_went_off_and_whose_men_it_killed(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Two members of the Internal Security Forces were killed on Monday evening when an explosive device planted "
        "by a terrorist cell belonging to the ISIS organisation went off as their patrol passed near Sabboura.",
    )
    bombing = analysis.events[0]
    assert (bombing.type, bombing.mode) == ("ASSAULT", "IED")
    assert {"ISIS", "Internal Security Forces"} <= actor_names(bombing, names)


def test_armed_followers_of_feuding_clans_are_the_side_that_fought(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Three men were killed when armed followers of two feuding clans fought with assault rifles in a village "
        "of Patikul town on Sunday, police said.",
    )
    clash = analysis.events[0]
    assert any("followers" in name for name in actor_names(clash, names))


def test_a_partner_the_parser_hangs_on_the_venue_is_still_met(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "The Prime Minister of the Government of National Unity, Abdul Hamid Dbeibah, held talks today at the "
        "Dolmabahçe Presidential Office in Istanbul with the President of the Republic of Türkiye, Recep Tayyip "
        "Erdoğan, as part of an official visit.",
    )
    talks = analysis.events[0]
    assert {"Abdul Hamid Dbeibah", "Recep Tayyip Erdoğan"} <= actor_names(talks, names)


def test_police_dispersing_hundreds_who_blocked_roads_broke_up_a_protest(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "One person was killed on Tuesday when police fired teargas and live bullets to disperse hundreds of "
        "refugees who blocked roads at Hagadera camp in Dadaab, refugee leaders said.",
        "The protesters had gathered outside the distribution centre after being told that rations would be cut.",
    )
    protest = analysis.events[0]
    assert protest.type == "PROTEST"
    assert {"police", "protesters"} <= actor_names(protest, names)


def test_a_coalition_named_by_who_leads_it_is_the_side_that_struck(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "A drone strike by the US-led coalition hit a car on the edge of Hajin shortly after midnight on Tuesday, "
        "killing a man described as a senior Islamic State official.",
    )
    strike = analysis.events[0]
    assert (strike.type, strike.mode) == ("ASSAULT", "drone strike")
    assert "US-led coalition" in actor_names(strike, names)


def test_tear_gas_shells_fired_at_a_crowd_are_no_shelling(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Police fired tear gas shells and baton-charged a crowd of several hundred people who pelted stones at the "
        "police station in Chaibasa on Friday afternoon.",
    )
    assert analysis.events[0].type == "PROTEST"
    assert not any(event.mode == "shelling" for event in analysis.events)


def test_a_local_vigilante_group_whose_member_was_killed_was_struck(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Gunmen attacked a checkpoint on the outskirts of Lokoja late on Saturday, killing a police officer and a "
        "member of a local vigilante group, police said.",
    )
    attack = analysis.events[0]
    assert "local vigilante group" in actor_names(attack, names)


def test_the_town_an_attack_is_placed_by_is_the_one_called_a_town_not_its_river(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Al-Shabaab fighters seized Afgooye, a market town on the Shabelle river in Somalia's Lower Shabelle "
        "region, on Monday after an overnight assault, elders said.",
        "The militants stormed the army base on the edge of the town from two sides shortly before dawn and "
        "fought government troops for three hours.",
    )
    assault = next(event for event in analysis.events if "stormed" in event.evidence[0].text)
    assert names.get(assault.place or "") == "Afgooye"


def test_a_raid_placed_in_a_district_is_placed_at_the_village_its_next_sentence_names(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Counter-terrorism police arrested four suspected militants in a night raid in Bajaur district on "
        "Thursday, officials said.",
        "Counter-terrorism police raided a compound in Inayat Kalay village after a tip-off, an official said.",
    )
    arrest = analysis.events[0]
    assert (arrest.type, arrest.mode) == ("COERCE", "arrest")
    assert names.get(arrest.place or "") == "Inayat Kalay"


def test_a_gun_battle_between_two_cartels_is_a_clash_and_a_legal_battle_is_not(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Seven men were killed on Sunday in a gun battle between members of the Sinaloa Cartel and the rival "
        "Jalisco New Generation Cartel outside Tepalcatepec, officials said.",
        "The two landowners have been locked in a legal battle over the ranch since 2029.",
    )
    clash = analysis.events[0]
    assert (clash.type, clash.mode) == ("ASSAULT", "clash")
    assert {"Sinaloa Cartel", "Jalisco New Generation Cartel"} <= actor_names(clash, names)
    assert len([event for event in analysis.events if event.type == "ASSAULT"]) == 1


def test_who_signed_an_agreement_is_read_from_the_next_sentence(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "The governors of Niger's Tillabéri region and Mali's Gao region signed an agreement in Ayorou on Friday "
        "to coordinate patrols along the border.",
        "The agreement, signed by Colonel Moussa Saley of Tillabéri and General Abdoulaye Maïga of Gao, sets up "
        "a joint committee that will meet every month.",
    )
    agreement = next(event for event in analysis.events if event.type == "AGREE")
    assert {"Moussa Saley", "Abdoulaye Maïga"} <= actor_names(agreement, names)


def test_every_body_that_fires_tear_gas_at_a_crowd_is_a_side_of_the_protest(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Gendarmes and police fired tear gas on Thursday to disperse hundreds of people protesting against power "
        "cuts in Toliara, witnesses said.",
        "The protesters had blocked the main road into the city since dawn.",
    )
    protest = analysis.events[0]
    assert protest.type == "PROTEST"
    assert {"gendarmes", "police"} <= {name.lower() for name in actor_names(protest, names)}


def test_a_minister_arriving_at_the_head_of_a_delegation_on_a_visit_is_visiting(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "The Foreign Minister of Jordan, Ayman Safadi, arrived in Baghdad on Monday at the head of a ministerial "
        "delegation on an official visit to Iraq, during which he held talks with Prime Minister Mohammed Shia "
        "al-Sudani at the government palace.",
    )
    visit = analysis.events[0]
    assert (visit.type, visit.mode) == ("CONSULT", "visit")
    assert "Ayman Safadi" in actor_names(visit, names)
    assert visit.time is not None and visit.time.value == "2031-05-05"


def test_a_state_named_by_its_official_name_is_the_country(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "The Deputy Prime Minister of the Lebanese Republic, Tarek Mitri, arrived in Damascus on Tuesday on an "
        "official visit to the Syrian Arab Republic.",
    )
    places = {place.name: place.resolved.country_code for place in analysis.places if place.resolved}
    assert places.get("Lebanese Republic") == "LB"
    assert names.get(analysis.events[0].place or "") == "Damascus"


def test_a_cartel_or_militia_the_model_reads_as_foreign_words_is_a_side(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Fighting between the National Liberation Army (ELN) and the Clan del Golfo broke out on Sunday in the "
        "hills around Tiquisio, residents said.",
        "Los Lobos and Los Choneros fought for control of a prison wing in Guayaquil on Friday.",
        "The Sinaloa Cartel and the Gulf Cartel fought outside Reynosa on Thursday.",
    )
    assert {"National Liberation Army", "Clan del Golfo"} <= actor_names(analysis.events[0], names)
    assert any({"Los Lobos", "Los Choneros"} <= actor_names(event, names) for event in analysis.events)
    assert any({"Sinaloa Cartel", "Gulf Cartel"} <= actor_names(event, names) for event in analysis.events)


def test_a_lead_told_as_just_happened_is_dated_to_the_day_of_the_report(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Police have fired tear gas and baton-charged hundreds of traders who tried to march on the governor's "
        "office in Kisumu, witnesses said.",
        "The traders are protesting against new market fees.",
    )
    protest = analysis.events[0]
    assert protest.time is not None and (protest.time.value, protest.time.anchor) == ("2031-05-08", "publication")
    assert protest.time.text == "have fired"


def test_a_lead_told_in_the_past_perfect_takes_no_day_from_the_report(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Gunmen had killed 12 people in Kajuru before soldiers arrived, residents said.",
    )
    assert analysis.events[0].time is None


def test_a_caption_of_a_leader_greeting_a_guest_tells_a_hosted_meeting(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "The two leaders met on Monday to discuss a ceasefire, officials said.",
        captions=(
            "Prime Minister Anwar Ibrahim greets Hamas leader Khalil al-Hayya at Seri Perdana on Monday.",
            "Residents greeted the decision with relief.",
        ),
    )
    hosted = [event for event in analysis.events if event.in_caption]
    assert [(event.type, event.mode) for event in hosted] == [("CONSULT", "host")]
    assert {"Anwar Ibrahim", "Khalil al-Hayya"} <= actor_names(hosted[0], names)


def test_a_bomb_placed_in_a_district_is_placed_at_the_village_the_next_sentence_puts_its_victims_in(
    analyzer: Analyzer,
) -> None:
    analysis, names = analysed(
        analyzer,
        "Two paramilitary rangers were killed when a roadside bomb exploded under their truck in Rueso district of "
        "Narathiwat province on Monday morning, police said.",
        "The rangers, from a company based in Rueso, were on patrol on a rural road in Tambon Sako when "
        "the bomb went off.",
    )
    bombing = analysis.events[0]
    assert (bombing.type, bombing.mode) == ("ASSAULT", "IED")
    assert names.get(bombing.place or "") == "Sako"
    assert "Tambon Sako" in next(e.aliases for e in analysis.entities if e.name == "Sako")


def test_where_the_signers_come_from_is_not_where_they_signed(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Authorities in Guinea's Forécariah prefecture and Sierra Leone's Kambia District on Thursday signed an "
        "agreement in the Guinean border town of Pamelap to hold a joint market every month, officials said.",
    )
    agreement = next(event for event in analysis.events if event.type == "AGREE")
    assert names.get(agreement.place or "") == "Pamelap"


def test_a_security_body_announcing_an_arrest_made_it_and_those_of_the_arrest_were_arrested(
    analyzer: Analyzer,
) -> None:
    analysis, names = analysed(
        analyzer,
        "Police announced on Tuesday the arrest of four members of the Islamic State in a raid near Rawa.",
        "The Iraqi News Agency reported the arrest of two smugglers in Qaim on Monday.",
    )
    arrest = analysis.events[0]
    assert (arrest.type, arrest.mode) == ("COERCE", "arrest")
    roles = {names[actor.entity]: actor.role for actor in arrest.actors}
    assert roles.get("police") == "source" and roles.get("Islamic State") == "target"
    assert next(e for e in analysis.entities if e.name == "Islamic State").type == "organization"
    reported = analysis.events[1]
    assert "Iraqi News Agency" not in actor_names(reported, names)


def test_a_city_the_model_takes_for_a_man_is_the_place_where_a_guest_is_hosted(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Ogun State Governor, Prince Dapo Abiodun, on Monday hosted a delegation from the Republic of Togo led by "
        "the Prefect of Plateaux Region, Akla Kossi, at the Governor's Office in Oke-Ilewo, Abeokuta.",
        "Mr Lincoln met reporters in Washington.",
    )
    hosted = analysis.events[0]
    assert names.get(hosted.place or "") in {"Oke-Ilewo", "Abeokuta"}
    assert next(e for e in analysis.entities if e.name == "Abeokuta").type == "place"
    assert next(e for e in analysis.entities if e.name == "Lincoln").type != "place"


def test_whoever_carried_out_the_strikes_a_toll_is_told_in_made_them(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "More than thirty terrorists were neutralised on Sunday in air strikes carried out by the air component "
        "of the Armed Forces of Burkina Faso near Tougouri, the general staff said.",
        "Two soldiers were killed on Monday in an ambush mounted by JNIM fighters near Gayéri, residents said.",
    )
    strikes, ambush = analysis.events[0], analysis.events[1]
    assert {names[a.entity]: a.role for a in strikes.actors}.get("Armed Forces of Burkina Faso") == "source"
    assert "JNIM" in actor_names(ambush, names)


def test_a_deed_of_another_day_in_the_next_sentence_does_not_move_the_lead(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Two fishermen were killed on Wednesday when a drone launched by the Houthi militia struck the landing site "
        "in Al Khawkhah district, officials said.",
        "The strike came hours after the Joint Forces repelled an attack by the militia on their positions east of "
        "Hays on Tuesday night.",
    )
    strike = analysis.events[0]
    assert names.get(strike.place or "") == "Al Khawkhah"


def test_police_breaking_up_hundreds_who_blocked_a_bridge_broke_up_a_protest(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Police in Kragujevac fired tear gas on Saturday evening to break up hundreds of students who had blocked "
        "a bridge over the river.",
        "The two parties broke up their coalition in March.",
    )
    assert [event.type for event in analysis.events] == ["PROTEST"]
    assert "police" in {name.lower() for name in actor_names(analysis.events[0], names)}


def test_the_country_a_leader_visits_is_the_other_side_of_the_visit(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Fiji's Prime Minister Sitiveni Rabuka arrived in Port Vila yesterday for a three-day official visit to "
        "Vanuatu.",
    )
    visit = analysis.events[0]
    assert (visit.type, visit.mode) == ("CONSULT", "visit")
    assert {"Sitiveni Rabuka", "Vanuatu"} <= actor_names(visit, names)
    assert names.get(visit.place or "") == "Port Vila"


def test_the_agreement_signed_again_in_the_next_sentence_is_the_one_just_told(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Moldova and Romania signed an agreement on Thursday to build a second bridge across the Prut, the "
        "Moldovan government said.",
        "Prime Minister Alexandru Munteanu and his Romanian counterpart, Ilie Bolojan, signed the agreement at a "
        "ceremony on the river bank at Ungheni.",
    )
    agreements = [event for event in analysis.events if event.type == "AGREE"]
    assert len(agreements) == 1
    agreement = agreements[0]
    assert {"Alexandru Munteanu", "Ilie Bolojan"} <= actor_names(agreement, names)
    assert names.get(agreement.place or "") == "Ungheni"
    assert agreement.time is not None and agreement.time.value == "2031-05-08"


def test_a_minister_arriving_on_the_first_stop_of_a_visit_is_the_visitor(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Australia's Foreign Minister Penny Wong arrived in Lautoka yesterday on the first stop of a three-day "
        "visit to Fiji, the ministry said.",
    )
    visit = analysis.events[0]
    assert {"Penny Wong", "Fiji"} <= actor_names(visit, names)


def test_where_the_next_sentence_says_the_meeting_took_place_is_where_it_was(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "President Gustavo Petro hosted his Ecuadorian counterpart Daniel Noboa on Tuesday for talks on border "
        "security, the presidency said.",
        "The meeting took place in Ipiales, the Colombian border city that faces Tulcán.",
    )
    meeting = analysis.events[0]
    assert (meeting.type, meeting.mode) == ("CONSULT", "host")
    assert names.get(meeting.place or "") == "Ipiales"


def test_a_colon_dateline_places_a_visit_to_its_country_and_a_rank_after_an_institution_is_no_name(
    analyzer: Analyzer,
) -> None:
    analysis, names = analysed(
        analyzer,
        "MULTAN: Qatari Defence Minister Khalid bin Mohammed Al Attiyah arrived in Pakistan on Wednesday on a "
        "two-day official visit and held talks with Chief of Defence Forces Field Marshal Hamid Rauf at the Corps "
        "Headquarters.",
    )
    visit = analysis.events[0]
    assert (visit.type, visit.mode) == ("CONSULT", "visit")
    assert names.get(visit.place or "") == "MULTAN"
    assert "Hamid Rauf" in actor_names(visit, names)
    assert not any("Marshal" in name for name in names.values())


def test_the_doers_named_again_in_the_town_just_told_date_the_raid(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Armed bandits abducted at least 20 people in a night raid on Gwadabawa town in Sokoto State, residents "
        "and police said on Wednesday.",
        "The gunmen, riding in pairs on motorcycles, stormed the town at about 10pm on Tuesday, shooting "
        "sporadically as they went from house to house, a resident said.",
    )
    violent = [event for event in analysis.events if event.type == "ASSAULT"]
    assert len(violent) == 1
    raid = violent[0]
    assert names.get(raid.place or "") == "Gwadabawa"
    assert raid.time is not None and raid.time.value == "2031-05-06"


def test_the_side_a_town_was_taken_from_after_a_battle_is_the_other_actor(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Al-Shabaab fighters took control of Bulo Burde, a town in Somalia's Hiraan region, on Wednesday after a "
        "three-hour battle with a small garrison of Somali National Army soldiers, residents said.",
    )
    taken = analysis.events[0]
    assert taken.mode == "territory gained"
    assert {"Al-Shabaab", "Somali National Army"} <= actor_names(taken, names)


def test_where_the_next_sentence_says_the_gunfight_broke_out_places_it(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Security forces killed four suspected Maoist insurgents in a gunfight in the forests of Chhattisgarh "
        "state's Sukma district on Wednesday, police said.",
        "The gunfight broke out near Minpa village after a joint team of the District Reserve Guard moved into "
        "the forest on Tuesday night on a tip-off, the district police chief said.",
    )
    lead = analysis.events[0]
    assert names.get(lead.place or "") == "Minpa"


def test_two_people_the_next_sentence_is_about_are_the_sides_the_meeting_described(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Kuwait's foreign minister hosted the Houthi movement's chief negotiator in Kuwait City on Wednesday for "
        "talks on a prisoner exchange, the Kuwaiti news agency said.",
        "Abdullah Al-Yahya and Mohammed Abdulsalam discussed ways to build on the understandings reached last "
        "year, the agency said.",
    )
    meeting = analysis.events[0]
    assert meeting.type == "CONSULT"
    assert {"Abdullah Al-Yahya", "Mohammed Abdulsalam"} <= actor_names(meeting, names)


def test_commanders_described_by_nationality_are_the_officers_named_next(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Thai and Cambodian army commanders met in Chanthaburi on Wednesday for the first session of their "
        "Regional Border Committee in almost four months.",
        "Lt Gen Anan Phromsri, commander of the 2nd Army Region, and Lt Gen Sok Pheap, who commands Cambodia's "
        "Military Region 4, led their delegations at a hotel in the town, the army said in a statement.",
    )
    meeting = analysis.events[0]
    assert {"Anan Phromsri", "Sok Pheap"} <= actor_names(meeting, names)


def test_operations_the_talks_discussed_are_no_fighting(analyzer: Analyzer) -> None:
    analysis, _ = analysed(
        analyzer,
        "The ministers met in Lomé, discussing the withdrawal of Rwandan troops from eastern Congo and operations "
        "against the FDLR.",
    )
    assert not [event for event in analysis.events if event.type == "ASSAULT"]


def test_a_head_of_government_named_after_the_formal_name_of_his_state_is_a_person(analyzer: Analyzer) -> None:
    analysis, _ = analysed(
        analyzer,
        "Chairman of the Cabinet of Ministers of the Kyrgyz Republic Adylbek Kasymaliev and Prime Minister of the "
        "Republic of Tajikistan Kokhir Rasulzoda on Tuesday signed a protocol on border markers in Isfana.",
    )
    chairman = next(entity for entity in analysis.entities if entity.name == "Adylbek Kasymaliev")
    assert chairman.type == "person"
    assert "Chairman of the Cabinet of Ministers of the Kyrgyz Republic" in [role.text for role in chairman.roles]


def test_leaders_who_discussed_by_telephone_held_a_call(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Kurdistan Region President Nechirvan Barzani and Turkish Foreign Minister Hakan Fidan discussed by "
        "telephone on Tuesday the long queues of lorries at the border crossing, the presidency said.",
    )
    call = analysis.events[0]
    assert (call.type, call.mode) == ("CONSULT", "call")
    assert {"Nechirvan Barzani", "Hakan Fidan"} <= actor_names(call, names)


def test_who_led_a_delegation_to_a_capital_leads_it_there(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Ethiopian Prime Minister Abiy Ahmed led a government delegation to Nairobi on Wednesday.",
    )
    delegation = analysis.events[0]
    assert delegation.mode == "delegation"
    assert any(names[actor.entity] == "Abiy Ahmed" and actor.role == "leader" for actor in delegation.actors)
    assert names.get(delegation.place or "") == "Nairobi"


def test_several_neighbourhoods_of_a_town_place_the_deed_in_the_town(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Cameroonian soldiers detained at least 30 young men during house-to-house searches in the Fiango and "
        "Kosala neighbourhoods of Kumba, the main town of Meme division, on Monday, residents said.",
    )
    arrest = analysis.events[0]
    assert arrest.type == "COERCE"
    assert names.get(arrest.place or "") == "Kumba"


def test_someone_pulled_from_the_rubble_is_no_withdrawal(analyzer: Analyzer) -> None:
    analysis, _ = analysed(
        analyzer,
        "A 67-year-old woman who was pulled from the rubble of her house died in hospital in Sumy in the afternoon, "
        "the governor said.",
        "Rescuers pulled two men from the river near Sumy on Tuesday.",
    )
    assert not [event for event in analysis.events if event.type == "RETREAT"]


def test_the_police_a_bombs_own_toll_names_were_its_target(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "An explosive device went off outside a community police post in Quinindé late on Wednesday, wounding two "
        "police officers, the National Police said.",
    )
    bombing = analysis.events[0]
    assert bombing.mode == "IED"
    assert "National Police" in actor_names(bombing, names)



def test_a_city_the_model_once_reads_as_a_place_is_one_wherever_else_it_names_it(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Police fired tear gas on Tuesday afternoon to break up a protest by several thousand cooperative miners who "
        "had surrounded the departmental government building on Plaza 10 de Noviembre, in the centre of Potosí, "
        "leaving at least 14 people hurt, the Potosí Departmental Police Command said.",
        "The miners reportedly plan to block the highways linking Potosí with Oruro and Sucre from Thursday.",
    )
    potosi = next(entity for entity in analysis.entities if entity.name == "Potosí")
    assert potosi.type == "place"
    assert names.get(analysis.events[0].place or "") == "Potosí"


def test_the_municipality_a_deed_was_in_is_its_place(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Gunmen ambushed a convoy of state police on a mountain road in the municipality of Leonardo Bravo on "
        "Sunday afternoon, killing four officers, the state security group said.",
    )
    ambush = analysis.events[0]
    # a municipality named after a man is still a place
    assert names.get(ambush.place or "") == "Leonardo Bravo"


def test_members_of_a_gang_killed_during_a_police_operation_fought_the_police(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Four suspected members of the Terceiro Comando Puro were killed and a man was wounded by a stray bullet on "
        "Tuesday during a police operation in Vila Kennedy, a favela in western Rio de Janeiro, the state Military "
        "Police said.",
    )
    operation = analysis.events[0]
    assert (operation.type, operation.mode) == ("ASSAULT", "clash")
    assert {"Terceiro Comando Puro", "Military Police"} <= actor_names(operation, names)
    assert names.get(operation.place or "") == "Vila Kennedy"


def test_a_name_with_a_particle_the_text_calls_a_favela_is_a_place(analyzer: Analyzer) -> None:
    analysis, _ = analysed(
        analyzer,
        "Residents of Cidade de Deus, a favela in western Rio de Janeiro, said the shooting lasted three hours.",
    )
    favela = next(entity for entity in analysis.entities if entity.name == "Cidade de Deus")
    assert favela.type == "place"


def test_a_visit_to_a_town_of_another_state_has_that_state_as_counterpart(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Fiji's Prime Minister Sitiveni Rabuka arrived in Nuku'alofa yesterday for a four-day official visit.",
        "Tonga's King Tupou VI will host a state dinner for him on Friday.",
    )
    visit = next(event for event in analysis.events if event.mode == "visit")
    assert "Tonga" in actor_names(visit, names)


def test_a_visit_at_home_has_no_state_for_counterpart(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Kenya's President William Ruto visited Kisumu on Thursday on a two-day tour of Kenya's lake region.",
    )
    assert all("Kenya" not in actor_names(event, names) for event in analysis.events if event.mode == "visit")


def test_a_counterpart_named_before_the_speaker_set_beside_him_takes_part(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Chad's President Mahamat Idriss Déby Itno held a telephone conversation on Wednesday evening with his "
        "Cameroonian counterpart, Paul Biya, the Presidency of the Republic announced.",
    )
    call = analysis.events[0]
    assert call.mode == "call"
    assert {"Mahamat Idriss Déby Itno", "Paul Biya"} <= actor_names(call, names)


def test_two_councils_joined_by_and_are_two_signers(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "The Maluti-a-Phofung Local Municipality and Lesotho's Leribe District Council signed a cooperation "
        "agreement in Leribe on Thursday.",
    )
    agreement = analysis.events[0]
    signers = actor_names(agreement, names)
    assert "Leribe District Council" in signers
    assert not any(" and " in signer for signer in signers)


def test_a_place_and_its_governor_read_as_two_people_are_an_office_and_its_holder(analyzer: Analyzer) -> None:
    analysis, _ = analysed(
        analyzer,
        "Lower Juba Governor Abdirahman Osman Guure (left) and Garissa Governor Nathif Jama Adam at the Liboi "
        "police post on Tuesday.",
    )
    people = {entity.name for entity in analysis.entities if entity.type == "person"}
    assert "Nathif Jama Adam" in people
    assert not any("Governor" in name for name in people)


def test_fighters_of_a_group_spelled_before_its_foreign_acronym_are_not_its_name(analyzer: Analyzer) -> None:
    analysis, _ = analysed(
        analyzer,
        "Fighters of the National Liberation Army (ELN) and FARC dissidents clashed for several hours on Tuesday "
        "south of Elorza, a river town in Venezuela.",
    )
    assert "National Liberation Army" in {entity.name for entity in analysis.entities}


def test_football_supporters_fighting_running_battles_riot(analyzer: Analyzer) -> None:
    analysis, names = analysed(
        analyzer,
        "Supporters of rival football clubs Zrinjski and Velež fought running battles in Mostar on Sunday night "
        "after a league derby, hurling stones and flares at each other and at police.",
    )
    riot = analysis.events[0]
    assert (riot.type, riot.mode) == ("PROTEST", "riot")
    assert names.get(riot.place or "") == "Mostar"


def test_armed_residents_clashing_with_fighters_are_a_side_not_a_riot(analyzer: Analyzer) -> None:
    analysis, _ = analysed(
        analyzer,
        "Two villagers were killed on Tuesday when armed residents of the Jurm district clashed with a Taliban "
        "patrol, local officials said.",
    )
    assert ("ASSAULT", "clash") in {(event.type, event.mode) for event in analysis.events}
