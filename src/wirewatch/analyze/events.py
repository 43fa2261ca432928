"""Events: who did what to or with whom, where and when, typed with PLOVER and told by which sources.

Each event is read from a trigger — a verb or event noun from `plover.py` — and its arguments in the
dependency parse (subject, object, "with"/"between"/"against" phrases, "a delegation led by X"), the
way event coders from TABARI to PETRARCH read source–verb–target triples, with two additions news needs:
sentences that go on telling one event ("The Taliban delegation was reportedly led by …") are merged into
it, and events that may be one told twice (by two sources, in a caption, or where the text itself says
"it is unclear whether this was a separate meeting") are linked in `possibly_same_as` rather than guessed.
Words inside quote marks are the speaker's, not the writer's report, and yield no events.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirewatch.analyze import plover
from wirewatch.analyze.names import CALENDAR_WORDS, PERSONAL_OFFICES, SUB_DISTRICT_WORDS, TITLE_WORDS, fold
from wirewatch.analyze.sources import (
    Attribution,
    MentionIndex,
    attribution_at,
    compound_head,
    disputes_only_itself,
    find_sources,
    in_subject,
    is_description,
    least_certain,
    most_salient_group,
    quoted_token_flags,
    sentence_of,
    sentences_of,
    text_of,
    trailing_speakers,
)
from wirewatch.model import (
    Certainty,
    Entity,
    Event,
    EventActor,
    Place,
    Precision,
    SourceLink,
    Span,
    TimeExpression,
)

_ARGUMENT_STOPS = frozenset({"relcl", "advcl", "ccomp", "parataxis", "punct", "mark", "xcomp"})
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "on", "outside", "around", "inside", "across", "into", "through", "along"}
)
_PARTNER_PREPOSITIONS = frozenset({"with", "between", "against", "among"})
_TRAVEL_VERBS = frozenset({"arrive", "travel", "fly", "go", "come", "head", "land", "return"})
# "who arrived in Baku", "who flew into Honiara on Tuesday", "landed in Kigali": where a side came to.
_ARRIVING_VERBS = frozenset({"arrive", "fly", "land"})
# "on the road between Douentza and Boni": for a place, "between" says where, not who with.
_EVENT_PLACE_PREPOSITIONS = _PLACE_PREPOSITIONS | {"between"}
# The parts of a town: "the Fiango and Kosala neighbourhoods of Kumba".
_QUARTER_NOUNS = frozenset({"neighbourhood", "neighborhood", "quarter", "suburb", "ward"})
# "a hilltop overlooking Hpakant": a participle that places the event like a preposition.
_PLACING_VERBS = frozenset({"overlook"})
# Gazetteer features of places wider than a town: a town named in the same event is where it happened.
_BROAD_FEATURES = frozenset({"country", "admin1", "continent", "region"})
_ROAD_NUMBER = re.compile(r"[A-Z]{1,3}-?\d{1,3}")
# How many sentences after a statement its speaker's next "X said in Y" may be looked for.
_SPEAKER_LOOKAHEAD = 2
# Types whose events are things said: without a mode of their own, they are statements.
_STATEMENT_TYPES = frozenset({"SUPPORT", "ACCUSE", "DISAPPROVE", "THREATEN", "REQUEST", "REJECT"})
# "a Myanmar military outpost": a place that only qualifies a noun is not where the event happened.
_MODIFIER_DEPENDENCIES = frozenset({"compound", "amod", "nmod", "poss"})
_ATTACK_NOUNS = frozenset({"raid", "attack", "assault", "strike", "airstrike", "offensive", "incursion"})
_SPEECH_ACT_TYPES = frozenset({"REQUEST", "THREATEN", "ACCUSE", "DISAPPROVE", "REJECT", "SUPPORT", "AGREE"})
_KIN_WORDS = frozenset(
    {"son", "daughter", "brother", "sister", "father", "mother", "wife", "husband", "nephew", "cousin"}
)
_FOLLOWER_WORDS = frozenset({"supporter", "follower", "loyalist", "partisan", "admirer"})
_REPRESENTATIVE_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "diplomats", "embassy", "chargé"})
_SIDE_NOUNS = frozenset({"team", "jirga", "mission", "committee", "panel"})
_CAPTURING_VERBS = frozenset({"drive", "oust", "expel", "seize", "capture", "take", "overrun", "push"})
# "signed", "inked", "sealed", "initialled" an agreement.
_SIGNING_VERBS = frozenset({"sign", "ink", "seal", "initial"})
_TOLL_VERBS = frozenset({"kill", "wound", "injure", "martyr"})
# The state's own forces, named by a common noun: "police officers", "army officers".
_STATE_FORCE_WORDS = frozenset({"police", "army", "military", "gendarmerie", "navy"})
_FIGHTING_OFF_VERBS = frozenset({"repel", "repulse", "foil", "thwart", "push", "beat", "drive"})
_BLOCKADE_WORDS = frozenset({"blockade", "roadblock", "barricade", "sit-in", "encampment", "picket"})
# What forces do to a crowd: "police detained 23 protesters", "dispersed the crowd".
_CROWD_POLICING_VERBS = frozenset({"detain", "arrest", "disperse", "clear", "round", "charge"})
_CHAIRING_VERBS = frozenset({"chair", "co-chair", "cochair", "convene", "preside"})
_STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "report", "message", "readout", "bulletin"})
# "Shells landed in the village", "a rocket fell on the market": where fire came down.
_LANDING_VERBS = frozenset({"land", "fall", "rain", "slam"})
# Forces that clear blockades and disperse crowds.
_CROWD_BREAKERS = frozenset({"police", "gendarmes", "gendarmerie", "soldiers", "troops", "army"})
_GATHERED_WORDS = frozenset(
    {"protester", "protesters", "demonstrator", "demonstrators", "crowd", "rally", "protest", "demonstration",
     "march", "gathering", "sit-in", "mourner", "mourners"}
)  # fmt: skip
_TARGETED_SITES = frozenset(
    {"convoy", "post", "base", "checkpoint", "position", "vehicle", "car", "house", "village", "town", "patrol",
     "camp", "station", "barracks", "outpost", "bus", "truck", "positions", "posts", "bases", "vehicles", "home"}
)  # fmt: skip
_OFFICE_WORDS = frozenset(
    {"presidency", "chairmanship", "chair", "power", "leadership", "office", "baton", "helm", "command"}
)
_PILLAGING_VERBS = frozenset({"loot", "ransack", "pillage", "burn", "raze", "plunder"})
_ASSAULT_NOUNS = frozenset({"attack", "assault", "raid", "offensive", "incursion", "ambush"})
_LATER_WORDS = frozenset({"later", "subsequently", "afterwards", "since", "eventually"})
_AREA_WORDS = frozenset(
    {"region", "province", "state", "district", "governorate", "prefecture", "county", "oblast"}
)
# What an event noun that names an in-person meeting reads as ("meeting", "talks", "summit", "visit").
_IN_PERSON_MEETING_NOUNS = frozenset({("CONSULT", "meet"), ("CONSULT", "visit")})
# "a gun battle", "a fierce battle", "a pitched battle": words that make a battle one fought with weapons.
# Nouns of a fight between two sides: "after a two-hour battle with …".
_FIGHT_NOUNS = frozenset(
    {word for word, typed in plover.NOUN_TRIGGERS.items() if typed == ("ASSAULT", "clash")} | {"battle", "fight"}
)
_ARMED_BATTLE_WORDS = frozenset({"gun", "fierce", "heavy", "pitched", "armed", "deadly", "bloody", "running", "street"})
# Nouns of a deed done to someone: "the arrest of …", "the killing of …" name whom it was done to after "of".
_DONE_TO_NOUNS = frozenset({"arrest", "detention", "killing", "capture", "abduction", "kidnapping", "neutralisation"})
_ANNOUNCING_VERBS = frozenset({"announce", "confirm", "report"})
# The head nouns of the security bodies that announce their own operations.
_SECURITY_BODY_HEADS = _CROWD_BREAKERS | frozenset(
    {"military", "service", "forces", "force", "command", "directorate", "guard", "department", "agency", "unit",
     "brigade", "division"}
)  # fmt: skip
# Deeds done by force, told more than once as a report narrows in: an assault, a raid with its arrests.
_FORCEFUL_TYPES = frozenset({"ASSAULT", "COERCE"})
# "the Shabelle river", "the Swat valley": a name before one of these words is no settlement.
_NOT_A_SETTLEMENT_AFTER = re.compile(
    r"\s+(?:river|valley|lake|dam|mountains?|hills|forest|road|highway|corridor)\b", re.IGNORECASE
)
_SETTLEMENT_NOUNS = frozenset(
    {"village", "town", "city", "camp", "district", "area", "neighbourhood", "neighborhood"}
)
# Nouns for a town itself, not an area around it: "the resort city of El Alamein" (not "the area of Sokoto").
_TOWN_NOUNS = frozenset({"village", "town", "city", "port", "capital"})
# Verbs whose infinitive says what is to be done: "agreed to reopen the crossing at Elubo".
_UNDERTAKING_VERBS = frozenset({"agree", "pledge", "promise", "vow", "decide", "commit", "undertake", "resolve", "plan"})
# Verbs whose object is the place struck: "raided Bilibiza", "stormed the town of Kpalbe".
_RAIDING_VERBS = frozenset({"raid", "storm", "attack", "overrun", "invade", "besiege", "shell", "bomb", "ransack"})
# "The team, headed by Naqvi, met …": a subject that names a side of the meeting just told.
_BACK_REFERRING_SUBJECTS = frozenset(
    {"team", "delegation", "side", "sides", "envoy", "mission", "negotiator",
     # "The improvised explosive device struck a truck …": the bomb just told, told again.
     "device", "bomb", "blast", "explosion", "ied"}
)  # fmt: skip
# Leaving a scene: the place they went to is not where they acted.
_DEPARTING_VERBS = frozenset({"withdraw", "flee", "retreat", "escape", "return", "head", "pull"})
# Verbs of coming over to a place: what follows "from" is where the doers set out.
_MOVING_VERBS = _TRAVEL_VERBS | {"cross", "move", "advance", "descend", "ride", "drive", "walk", "sail"}
# "The attackers", "the assailants": who did a deed just told, named again by the deed.
_BACK_REFERRING_DOERS = frozenset({"attacker", "assailant", "raider", "gunman", "gunmen"})  # "gunmen" mis-lemmatized
_DEMANDING_VERBS = frozenset({"demand", "urge", "ask", "request", "insist", "propose", "recommend", "suggest"})
_REFUSING_VERBS = frozenset({"reject", "refuse", "rebuff", "boycott", "shun", "snub"})
_STOPPING_VERBS = frozenset({"halt", "stop", "end", "cease", "suspend", "prevent", "avert", "avoid", "deter"})
# "a week after", "two days before": a span the text counts from an event it names.
_RELATIVE_SPAN = re.compile(
    r"(?:just\s+|only\s+)?(?P<count>a|an|one|two|three|four|five|six|seven|\d+)\s+(?P<unit>day|week|month|year)s?\s+"
    r"(?P<direction>after|before)"
)
_YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d(?:'s)?")
_BACKGROUND_MODES = frozenset({"uprising", "coup"})
# How many sentences from "the second attack this year" a report may tell the first one.
_COUNTED_OCCURRENCE_REACH = 2
_HEDGING_MODALS = frozenset({"may", "might", "could"})
# How many sentences after a meeting its sides' undated acts are still told as done at it.
_MEETING_TOLD_REACH = 4
# How many sentences after a meeting a companion of one side may still be named ("X was accompanied by …").
_DELEGATION_REACH = 8
# Only "second" counts exactly one earlier happening; "the fourth visit since last year" counts several, none told.
_BELIEVING_VERBS = frozenset({"believe", "think", "suspect", "say", "thought", "understand", "report"})
_OFFSHOOT_WORDS = frozenset({"faction", "splinter", "offshoot", "breakaway", "wing", "branch", "affiliate"})
_PLACE_DESCRIPTIONS = frozenset({"seat", "capital", "hometown", "stronghold", "bastion", "home"})
# "the countryside of Hama", "the province of Idlib": the land around a town, not the town.
_AREAS_AROUND_A_TOWN = frozenset({"countryside", "hinterland", "hinterlands", "province", "governorate"})
_ROUTE_WORDS = frozenset({"road", "highway", "street", "avenue", "route", "motorway", "expressway"})
_REPEAT_ORDINALS = frozenset({"second", "2nd"})
_SPAN_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# What an armed group claims: "claimed the attack", "claimed the ambush".
_CLAIMABLE_NOUNS = frozenset(
    {"attack", "attacks", "bombing", "ambush", "raid", "strike", "killing", "assault", "abduction", "kidnapping",
     "massacre", "shelling", "assassination", "operation"}
)  # fmt: skip
# (A negotiator or delegate "for" a body speaks for it: "Negotiators for the Thai government" are its side.)
_POSTED_ROLES = frozenset(
    {"ambassador", "envoy", "representative", "emissary", "adviser", "advisor", "coordinator", "observer"}
)  # fmt: skip
# "the Koulouba presidential palace": a named site is where the event happened.
_SITE_NOUNS = frozenset(
    {"palace", "square", "hotel", "hospital", "university", "mosque", "church", "embassy", "stadium", "airport",
     "residence", "building", "parliament", "ministry", "prison", "school", "market", "office", "headquarters"}
)  # fmt: skip
# Units a name stands before as it does before "district": "in the hills of Hnila union", "Dera Bugti tehsil".
_SUB_AREA_NOUNS = SUB_DISTRICT_WORDS | frozenset(
    {"union", "township", "prefecture", "department", "governorate", "ward", "parish"}
)
# Seats of government the model reads as the governments they house ("the Kremlin said"): "hosted … in the
# Kremlin" still names where it happened.
_SEATS_OF_GOVERNMENT = frozenset(
    {"kremlin", "white house", "elysee", "elysee palace", "downing street", "10 downing street", "zhongnanhai",
     "great hall of the people", "blue house", "pentagon", "chancellery", "aso rock", "aso rock villa",
     "villa somalia", "casa rosada", "miraflores palace", "planalto palace", "baabda palace", "carthage palace",
     "bellevue palace", "quirinal palace", "ak orda", "kasr al ittihadiya", "state house"}
)  # fmt: skip
_REFLEXIVE_OR_PERSONAL = frozenset({"he", "she", "him", "himself", "herself", "her"})
_BACK_REFERENCE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# "The group claimed the attack", "its fighters seized …", "they ambushed a convoy": words that point back
# at the organization named last, which is the actor a coder codes.
_GROUP_POSSESSIVES = frozenset({"its", "their"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "themselves"})
# How far back (characters) a pointing word may find the organization it refers to.
_GROUP_REFERENCE_REACH = 1500
_SPECIFIC_ROLES = ("leader", "host", "guest")
_DIRECTION_WORDS = plover.PLACE_ONLY_OWNERS | {
    "edge", "center", "centre", "heart", "vicinity", "suburb", "countryside", "outside", "near"
}  # fmt: skip
# Modes that say how little is known of a happening: a killing told after an attack is most often its toll
# ("They killed five people"), a delegation is a side before it is a meeting.
_OFFICE_NOUNS = frozenset(
    {"president", "chairman", "chair", "head", "leader", "chief", "minister", "commander", "envoy", "secretary"}
)
# Offices of sides a meeting may first describe and name only later ("the foreign ministers of the AES").
_SIDE_OFFICE_NOUNS = frozenset(
    {"minister", "negotiator", "envoy", "delegate", "representative", "leader", "president", "chief", "head",
     "commander", "mediator"}
)  # fmt: skip
_SIDES_NAMED_REACH = 2
# Words naming a state's armed unit or force: who may tell of its own soldiers' losses.
_UNIT_WORDS = frozenset(
    {"division", "brigade", "battalion", "regiment", "corps", "army", "command", "police", "forces", "military",
     "gendarmerie", "guard", "navy", "marines", "unit"}
)  # fmt: skip
_REPRESENTING_NOUNS = frozenset({"representative", "delegate", "envoy", "diplomat", "observer"})
_SINCE = re.compile(r"since\b", re.IGNORECASE)
# Buildings of the state an unarmed crowd attacks in a riot: "attacked a police station".
_PUBLIC_BUILDINGS = frozenset({"station", "office", "headquarters", "building", "court", "prison", "town hall"})
# What an unarmed crowd does in a riot (not "clashed", which armed residents do too).
_CROWD_RIOT_VERBS = frozenset({"storm", "torch", "loot", "ransack", "vandalise", "vandalize", "burn", "stone"})
# What troops "come under": "came under attack", "came under heavy fire".
_FIRE_NOUNS = frozenset({"attack", "fire", "shelling", "bombardment", "assault"})
# "In a separate incident, …", "Another attack …", "Earlier, …": a sentence that tells a new violent event.
_WORDS = re.compile(r"\w+")
_ANOTHER_INCIDENT_WORDS = frozenset(
    {"separate", "separately", "another", "also", "earlier", "later", "previously", "meanwhile", "elsewhere"}
)
# Who "brokered", "mediated" or "chaired" talks took part in them.
# Who hands a message or a letter over in a meeting meets whom it is handed to.
_HANDING_VERBS = frozenset({"deliver", "hand", "convey", "pass", "present", "submit"})
_MEDIATION_NOUNS = frozenset({"mediation", "auspices", "facilitation", "sponsorship"})
_CONVENING_VERBS = frozenset(
    {"broker", "mediate", "chair", "facilitate", "sponsor", "convene", "host", "organise", "organize", "moderate",
     "arrange"}
)  # fmt: skip
# Who a meeting's guests are called when they are named after it: "The visitors included …".
_GUEST_NOUNS = frozenset({"visitor", "guest", "participant", "attendee", "delegation", "delegate", "invitee"})
# "a fresh round of talks", "two days of talks", "a series of meetings": what stands for the talks it counts.
# Bombs that only aircraft drop: "guided aerial bombs", "glide bombs", "barrel bombs".
_DROPPED_BOMB_WORDS = frozenset({"guided", "guide", "aerial", "glide", "barrel", "kab", "cluster"})
# Bodies that come on a visit and are received: "received a mission of ECOWAS led by Touray".
_VISITING_BODIES = frozenset({"mission", "team"})
_ROUND_NOUNS = frozenset({"round", "series", "day", "week", "session", "hour", "minute"})
# What a meeting is called in a readout when it is named again: "The reception was attended by …".
_GATHERING_NOUNS = frozenset({"session", "reception", "audience", "ceremony", "dinner", "banquet", "luncheon"})
# "the second half of the meeting", "part of the talks": a share of a gathering stands for it.
_PART_WORDS = frozenset({"part", "half", "rest", "end", "start", "beginning", "remainder"})
_HOSTED_NON_GUESTS = frozenset(
    {"refugee", "migrant", "people", "camp", "base", "troop", "soldier", "force", "population", "displaced", "million",
     "thousand", "hundred", "asylum", "headquarters", "embassy", "office"}
)  # fmt: skip
_SPEAKING_ACTS = frozenset({"call", "urge", "ask", "appeal", "demand", "warn", "vow", "pledge", "promise", "add"})
_CROWD_CONTROL_WORDS = frozenset({"gas", "teargas", "tear", "stun", "rubber", "water", "cannon", "pepper", "spray"})
_PROTESTER_NAMES = frozenset({"protesters", "protestors", "demonstrators"})
_CALL_TAKING_VERBS = frozenset({"receive", "take", "get", "answer", "place"})
_TELLING_VERBS = plover.TELLING_VERBS
_LOOSE_MODES = frozenset({None, "delegation", "killing"})
# Ways of meeting face to face, any of which a report may use for one meeting told twice.
_IN_PERSON_MODES = frozenset({None, "meet", "host", "visit", "delegation"})
# "also met", "met separately", "met again": words that make a later meeting another one.
_ANOTHER_MEETING_WORDS = frozenset(
    {"also", "separately", "again", "later", "afterwards", "subsequently", "earlier", "previously", "before", "then",
     "another", "second", "next"}
)  # fmt: skip
_VERBS_CARRYING_EVENT_NOUNS = (
    plover.LIGHT_VERBS | plover.ESTABLISH_VERBS | plover.CONTROL_VERBS | plover.LOSS_VERBS | {"out", "carry"}
)
# Past forms the small model's lemmatizer leaves as they are when it mistags them ("retook" as VB).
_IRREGULAR_PAST = {
    "retook": "retake", "overran": "overrun", "struck": "strike", "shot": "shoot", "fought": "fight",
    "met": "meet", "spoke": "speak", "took": "take", "withdrew": "withdraw", "overtook": "overtake",
}  # fmt: skip
# Verbs whose object is a subject of talk: a place inside it is not where the talk happened.
_TOPIC_VERBS = frozenset(
    {"discuss", "review", "address", "examine", "debate", "raise", "talk", "speak", "brief"}
)
# "Gunmen linked to X", "Fighters allied to Y", "Gunmen believed to be bandits": the parser often makes the
# description the main verb and the deed its clause; the deed's doer is the described noun.
_DESCRIBING_VERBS = frozenset(
    {"link", "ally", "allied", "believe", "think", "tie", "affiliate", "loyal", "connect", "belong"}
)
# Unnamed members of a state's forces and the sites and columns that are theirs.
_SOLDIER_WORDS = frozenset(
    {"soldier", "troop", "serviceman", "servicemen", "gendarme", "policeman", "marine", "sailor"}
)
# Those on duty an article names again after their loss: "The officers, from the Rural Border Patrol Unit".
_SECURITY_PERSONNEL_WORDS = frozenset({"ranger", "officer", "guard", "policeman", "policemen", "trooper"})
_MILITARY_SITES = plover.MILITARY_SITES
_MILITARY_MODIFIERS = frozenset({"military", "army", "police", "gendarmerie"})
# Deeds told beside an attack that strike a site of their own: "setting fire to the police station".
_SITE_DEED_VERBS = frozenset({"set", "burn", "torch", "attack", "storm", "raid", "loot", "overrun", "destroy", "shell"})
_ALLEGING_VERBS = frozenset({"accuse", "charge", "blame", "suspect", "convict", "arrest", "detain", "jail"})
# "a landmine planted by JNIM", "a drone operated by the army": who set the weapon off is its doer.
_PLACED_BY_VERBS = frozenset(
    {"plant", "lay", "place", "hide", "bury", "fire", "launch", "drop", "operate", "fly", "pilot", "send",
     # "air strikes carried out by the air component", "an ambush staged by JNIM fighters"
     "carry", "conduct", "stage", "mount", "perpetrate", "execute"}
)  # fmt: skip
# Ground with no settlement on it: "the Saranda forest", "the Karregutta hills".
_WILD_GROUND_NOUNS = frozenset({"forest", "forests", "jungle", "jungles", "hill", "hills", "range", "reserve"})
_INVERTED_ATTENDANCE = re.compile(
    r"(?:Also\s+)?(?:[Tt]aking\s+part\s+in|[Pp]articipating\s+in|[Aa]ttending|[Jj]oining)\s+(?:the|this|that|today's)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<gathering>[a-z]+)\b[^,.;]{0,40}?\s+(?P<verb>were|was)\b"
)
# "It is the first meeting since …" says what the meeting told is; "their second call this month" tells of another.
_ORDINAL_WORDS = frozenset({"first", "only", "highest-level"})
_SAME_DAY = re.compile(r"(?:earlier\s+|later\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))")
_SETTING_OFF_VERBS = frozenset({"trigger", "detonate", "plant", "set", "explode"})
_BOMB_WORDS = frozenset({"ied", "ieds", "bomb", "bombs", "device", "mine", "mines", "landmine", "landmines", "explosives"})
_PROTEST_VERBS = frozenset({"protest", "demonstrate", "rally", "march"})
# People who fight as a crowd, not as an armed side: their fights are riots.
_CROWD_FIGHTERS = frozenset(
    {"supporter", "fan", "hooligan", "ultra", "rioter", "mob", "crowd", "youth", "student", "villager", "resident"}
)
_CROWD_WORDS = frozenset(
    {"thousand", "hundred", "dozen", "thousands", "hundreds", "dozens", "crowd", "group", "score"}
)
_BACKING_VERBS = frozenset({"back", "support", "aid", "assist", "accompany", "reinforce"})
_ARGUMENT_CLAUSES = frozenset({"lead", "head", "include", "hold", "control", "occupy", "carry", "run"})


@dataclass
class _Candidate:
    """An event being read: grows while later sentences keep telling it."""

    type: str
    mode: str | None
    caption: int | None
    sentence_index: int
    actors: list[EventActor] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    place: str | None = None
    time: TimeExpression | None = None
    sources: list[SourceLink] = field(default_factory=list)
    certainties: list[Certainty] = field(default_factory=list)
    same_as: set[int] = field(default_factory=set)
    # "The delegation, led by X, discussed …": a definite event noun names the event just told.
    refers_back: bool = False
    # "… three weeks after the two spoke by telephone", "A week after a march in Toribío, …": an earlier
    # event told to date the sentence's main one, never merged into it.
    earlier: bool = False
    # "It was their second call this month": an earlier happening counted from this one, never the same.
    distinct_from: set[int] = field(default_factory=set)
    # The place was read from where the doers come from ("armed youth from X"), not where they acted.
    home_place: bool = False
    # "The attackers arrived … on Tuesday": the doers of a deed just told, named again by what they did.
    doers_named_again: bool = False
    # "Soldiers … repelled the attackers": fighting off the deed just told is telling it again, from the other side.
    fights_off_told: bool = False
    # "his forces were targeting army positions only": told as going on, not as one deed on one day.
    ongoing: bool = False

    def actor_ids(self) -> set[str]:
        return {actor.entity for actor in self.actors}


def find_events(
    body_doc: Doc,
    caption_docs: Sequence[Doc],
    entities: Sequence[Entity],
    places: Sequence[Place],
    times: Sequence[TimeExpression],
    attributions: Sequence[Attribution] | None = None,
    published: date | None = None,
) -> tuple[Event, ...]:
    """Read the article's events, lead event first, then the rest in text order, caption events last.

    Args:
        body_doc: the parsed `Article.text`.
        caption_docs: the parsed captions; their events carry `in_caption=True`.
        entities: the article's entities (actors are entity ids).
        places: resolved place entities; an event's `place` is one of their entity ids.
        times: the article's time expressions; an event takes the one in its own clause or sentence.
        attributions: the sentences' sources and certainty (`find_sources`); read here when not given.
        published: the publication date; a lead event undated in its own sentence takes no day after it.

    Returns:
        Events with ids "v1", "v2", … in that order.
    """
    if attributions is None:
        attributions = find_sources(body_doc, caption_docs, entities)
    mentions = MentionIndex(entities)
    place_ids = {place.entity for place in places} | {e.id for e in entities if e.type == "place"}
    place_ids |= {
        e.id for e in entities if any(fold(form) in _SEATS_OF_GOVERNMENT for form in (e.name, *e.aliases))
    }
    broad_ids = {
        place.entity for place in places if place.resolved and place.resolved.feature in _BROAD_FEATURES
    }
    route_ids = {entity.id for entity in entities if entity.id in place_ids and _is_route(entity.name)}
    countries = {place.entity: place.resolved.country_code for place in places if place.resolved}
    country_ids = {place.entity for place in places if place.resolved and place.resolved.feature == "country"}
    candidates: list[_Candidate] = []
    documents: list[tuple[int | None, Doc]] = [(None, body_doc), *enumerate(caption_docs)]
    for caption, doc in documents:
        reader = _Reader(
            doc, caption, mentions, place_ids, times, attributions, broad_ids, published, route_ids, countries,
            country_ids,
        )
        candidates.extend(reader.read())
    _link_retellings(candidates, mentions)
    return _as_events(candidates)


class _Reader:
    """Reads one text (the body or a caption) sentence by sentence."""

    def __init__(
        self,
        doc: Doc,
        caption: int | None,
        mentions: MentionIndex,
        place_ids: set[str],
        times: Sequence[TimeExpression],
        attributions: Sequence[Attribution],
        broad_place_ids: set[str] | None = None,
        published: date | None = None,
        route_ids: set[str] | None = None,
        countries: dict[str, str] | None = None,
        country_ids: set[str] | None = None,
    ) -> None:
        self.doc = doc
        self.country_ids = country_ids or set()
        self.published = published
        self.broad_place_ids = broad_place_ids or set()
        self.route_ids = route_ids or set()
        self.countries = countries or {}
        self.caption = caption
        self.mentions = mentions
        self.place_ids = place_ids
        self.times = [time for time in times if time.caption == caption]
        self.attributions = attributions
        self.candidates: list[_Candidate] = []
        # "…, Japarov's press service said": a person's press office tells for him; he is no outlet.
        self.outlets = {
            link.entity
            for attribution in attributions
            for link in attribution.links
            if link.entity is not None
            and link.kind == "media"
            and (entity := mentions.entities.get(link.entity)) is not None
            and entity.type != "person"
        }
        # "OUAGADOUGOU, July 9 (Continental Newswire) -": the wire a dateline names files the story; it is no group.
        filed_by = _dateline_end(text_of(doc)) if caption is None else 0
        self.outlets |= {
            mention.entity.id
            for mention in mentions.all_before(filed_by, None)
            if mention.entity.type == "organization" and mention.end <= filed_by
        }
        self.references: list[tuple[int, Entity]] = []
        self.references = self._group_references()

    def read(self) -> list[_Candidate]:
        dateline_end = _dateline_end(text_of(self.doc))
        for index, sentence in enumerate(sentences_of(self.doc)[0]):
            if _doubts_identity(sentence):
                self._mark_possible_retelling()
                continue
            flags = quoted_token_flags(sentence)
            claimed: set[int] = set()
            for token in sentence:
                if flags[token.i - sentence.start]:
                    continue
                if token.i in claimed and token.lemma_.lower() not in plover.SIDE_WORDS:
                    continue
                typed = _trigger_type(token)
                if typed is None or _is_negated(token) or token.idx < dateline_end:
                    continue
                if self._inside_a_name(token):
                    continue  # "Group to Support Islam and Muslims", "Alliance for Change": a name, not an act
                if _subordinate_to_trigger(token, sentence) or _only_intended(token) or _tallies(token):
                    continue
                if _not_yet_happened(token):
                    continue
                if typed[0] == "CONSULT" and _describes_the_event_told(token):
                    continue  # "It is the first meeting between them since the war began": the meeting just told
                if _what_is_alleged(token):
                    continue  # "accused them of supporting JNIM": the charge, not an act the report tells
                if plover.event_class(*typed) == "violent" and _what_is_discussed(token):
                    continue  # "discussing … operations against the FDLR": what talks were about
                if typed[0] == "SUPPORT" and _describes_a_standing(token):
                    continue
                if token.dep_ == "amod" and token.tag_ == "VBN":
                    continue  # "two kidnapped community leaders", "displaced families": a state, told in passing
                if typed[0] == "COERCE" and _bare_participle(token) and not _has_subject(token):
                    continue  # "asked to meet detained former leader Aung San Suu Kyi": her state, not an arrest
                if typed[0] == "MOBILIZE" and _bare_participle(token):
                    continue  # "Security forces deployed in the area returned fire": who they are, not a deployment
                if _counts_an_occurrence(token):
                    candidate = self._candidate(token, typed, sentence, index, flags, claimed, dateline_end)
                    self._add_earlier_occurrence(candidate, sentence)
                    continue
                if token.pos_ in {"NOUN", "PROPN"} and _refers_back(token) and not self._first_told(token, typed):
                    continue
                claimed_before = set(claimed)
                candidate = self._candidate(token, typed, sentence, index, flags, claimed, dateline_end)
                if candidate.mode in _BACKGROUND_MODES and not candidate.actors:
                    continue  # "since the 2021 coup": a landmark named to date something else
                if candidate.mode == "killing" and not any(a.role == "source" for a in candidate.actors):
                    # "three soldiers were killed in the fighting": a toll of an event told already, or of the
                    # clashes the sentence goes on to name, which a toll left unread does not hold.
                    claimed.intersection_update(claimed_before)
                    continue
                self._add(candidate)
        self._drop_counted_occurrences_told()
        self._fold_clashes_into_protests()
        sentences = sentences_of(self.doc)[0]
        self._add_claimants(sentences)
        self._add_avowed_doers(sentences)
        self._add_own_losses(sentences)
        self._add_units_of_the_fallen(sentences)
        self._add_blamed(sentences)
        self._add_attendees(sentences)
        self._add_signers_named_later(sentences)
        self._add_sides_named_later(sentences)
        self._add_counterparts_named_later(sentences)
        self._date_from_events_named(sentences)
        self._carry_days_forward(sentences)
        self._place_from_arrival(sentences)
        self._set_by_the_meeting(sentences)
        self._fold_meeting_told_again(sentences)
        self._place_told_of_the_meeting(sentences)
        for candidate in self.candidates:
            if _is_statement(candidate.type, candidate.mode) and not (candidate.place and candidate.time):
                self._complete_from_speaker(candidate, sentences, dateline_end)
        filed_in = self.dateline_place(dateline_end) if dateline_end else None
        # The dateline places the story's lead paragraph; background told further down happened elsewhere.
        lead_end = text_of(self.doc).find("\n\n")
        lead_end = lead_end if lead_end >= 0 else len(text_of(self.doc))
        filed_on = next(
            (t.value for t in self.times if t.start < dateline_end and t.precision == "day" and t.value), None
        )
        for candidate in self.candidates:
            if candidate.mode == "call" or candidate.earlier:  # a call joins two places, neither for sure
                continue
            if candidate.type == "CONSULT" and candidate.place is None:
                candidate.place = self._place_held_in(sentences[candidate.sentence_index])
            in_lead = bool(candidate.evidence) and candidate.evidence[0].start < lead_end
            if in_lead or _within_days(candidate.time, filed_on, 2):
                candidate.place = candidate.place or filed_in
            if in_lead and candidate.type == "CONSULT" and self._dateline_narrows(candidate.place, filed_in):
                # "Sukhum, 22 July - Gunba received Galuzin, who is in Abkhazia on a working visit": the meeting was
                # in the town the story is filed from, inside the land the sentence names.
                candidate.place = filed_in
            if in_lead and candidate.place is None and not _is_statement(candidate.type, candidate.mode):
                candidate.place = self._narrowest_place_of(sentences[candidate.sentence_index])
        if self.caption is None:
            self._narrow_the_lead_by_its_telling(sentences)
            self._set_by_the_opening_sentence(sentences, dateline_end)
            self._date_the_lead(sentences, dateline_end, lead_end)
            self._date_the_news_of_the_day(sentences)
            self._meeting_implied_by_agreement()
        self._add_the_states_visited()
        return self.candidates

    def _add_the_states_visited(self) -> None:
        """ "Australia's Minister for Pacific Island Affairs, Pat Conroy, visited Gizo on Thursday": a visit's
        counterpart is the state it went to, where the report names that state and the visitor serves another."""
        for visit in self.candidates:
            if visit.mode != "visit" or visit.earlier or visit.place is None:
                continue
            code = self.countries.get(visit.place)
            state = next((cid for cid in sorted(self.country_ids) if self.countries.get(cid) == code), None)
            if code is None or state is None or state in visit.actor_ids():
                continue
            served = {
                affiliation
                for actor in visit.actors
                for affiliation in self.mentions.entities[actor.entity].affiliations
                if affiliation in self.country_ids
            }
            if served and state not in served:
                _add_actor(visit, EventActor(state, "participant"))

    def _narrow_the_lead_by_its_telling(self, sentences: list[SpacySpan]) -> None:
        """ "… arrested three suspected militants … in a pre-dawn raid in Bajaur district on Wednesday. ¶ Personnel of
        the CTD … raided a house in Damadola village": a lead placed only in a district is placed where the next
        sentences, telling the same deed by the same doers, put it inside that district's country."""
        lead = self.candidates[0] if self.candidates else None
        if lead is None or lead.earlier or lead.place is None or lead.type not in _FORCEFUL_TYPES:
            return
        if not lead.evidence or self._how_written(lead.place, lead.evidence[0]) != "area":
            return  # "in Bajaur district": the lead sentence names an area, not a town
        for told in self.candidates[1:]:
            if told.sentence_index <= lead.sentence_index or told.sentence_index - lead.sentence_index > 2:
                continue
            if told.earlier or told.type not in _FORCEFUL_TYPES or not (told.actor_ids() & lead.actor_ids()):
                continue
            if told.time is not None and (lead.time is None or told.time.value != lead.time.value):
                continue
            place = told.place
            if place is None or place in self.broad_place_ids or not told.evidence:
                continue
            if self._how_written(place, told.evidence[0]) != "settlement":
                continue  # "withdrew towards the Lesser Zab river", "across Plateau state"
            countries = {self.countries.get(place), self.countries.get(lead.place)} - {None}
            if len(countries) <= 1:
                lead.place = place
                return
        named_again = self._where_the_deed_named_again_was(lead, sentences)
        if named_again is not None:
            lead.place = named_again
            return
        # "The rangers … were on a patrol … on a rural road in Tambon Taluban": the next sentence, telling of the
        # same doers, puts them in a village of that district.
        told_elsewhere = {candidate.sentence_index for candidate in self.candidates[1:]}
        for index in range(lead.sentence_index + 1, min(lead.sentence_index + 3, len(sentences))):
            sentence = sentences[index]
            other_days = [
                time for time in self.times
                if sentence.start_char <= time.start < sentence.end_char and time.value
                and (lead.time is None or time.value[:10] != lead.time.value[:10])
            ]
            if index in told_elsewhere or other_days:
                # "This came hours after … foiled an infiltration attempt … east of Hays on Tuesday night": another deed
                continue
            place = self._where_the_doers_were(lead, sentence)
            if place is not None:
                lead.place = place
                return

    def _where_the_deed_named_again_was(self, lead: _Candidate, sentences: list[SpacySpan]) -> str | None:
        """ "… killed six suspected Maoists in a gunfight in Bijapur district on Wednesday. ¶ The gunfight broke out near
        Pidia village": the settlement where the next sentences say the deed just told, named again, happened."""
        for sentence in sentences[lead.sentence_index + 1 : lead.sentence_index + 3]:
            for noun in sentence:
                typed = plover.NOUN_TRIGGERS.get(noun.lemma_.lower())
                if typed is None or plover.event_class(*typed) != "violent" or not _definite_reference(noun):
                    continue
                verb = noun.head
                if noun.dep_ != "nsubj" or not _names_a_happening(verb):
                    continue
                for place in _objects_of(verb, {"in", "at", "near"}):
                    entity = self.mentions.at_token(place, self.caption)
                    if entity is None or entity.id not in self.place_ids or entity.id in self.broad_place_ids:
                        continue
                    if self._how_written(entity.id, _sentence_span(sentence, self.caption)) != "settlement":
                        continue
                    if len({self.countries.get(entity.id), self.countries.get(lead.place)} - {None}) <= 1:
                        return entity.id
        return None

    def _where_the_doers_were(self, lead: _Candidate, sentence: SpacySpan) -> str | None:
        """The settlement a sentence that names the lead's doers again puts something in ("in", "at", "near"), not
        where they are based or came from."""
        named = {
            mention.entity.id
            for mention in self.mentions.overlapping(sentence.start_char, sentence.end_char, self.caption)
            if mention.start >= sentence.start_char
        }
        if not named & lead.actor_ids():
            return None
        flags = quoted_token_flags(sentence)
        for token in sentence:
            if flags[token.i - sentence.start] or not _under_place_preposition(token):
                continue
            if _in_teller(token) or _is_topic(token) or _where_they_came_from(token) or _where_they_went_after(token):
                continue
            if any(ancestor.lemma_.lower() == "base" for ancestor in token.ancestors):
                continue  # "from a company based in Sai Buri": where they are stationed
            entity = self.mentions.at_token(token, self.caption)
            if entity is None or entity.id not in self.place_ids or entity.id == lead.place:
                continue
            if entity.id in self.broad_place_ids or self._how_written(entity.id, _sentence_span(sentence, self.caption)) != "settlement":
                continue
            countries = {self.countries.get(entity.id), self.countries.get(lead.place)} - {None}
            if len(countries) <= 1:
                return entity.id
        return None

    def _date_the_news_of_the_day(self, sentences: list[SpacySpan]) -> None:
        """ "Police have fired tear gas and baton-charged thousands of protesters …", "Zelensky has held a video call
        with …": a report that leads with what has just happened, and gives no day for it, tells the news of the
        day it is published."""
        lead = self.candidates[0] if self.candidates else None
        if lead is None or lead.time is not None or lead.earlier or lead.ongoing or self.published is None:
            return
        sentence = sentences[lead.sentence_index]
        root = sentence.root
        if root.lemma_.lower() in plover.SPEECH_VERBS:
            # "Police have fired tear gas …, witnesses said": the deed the tellers tell.
            root = next((child for child in root.children if child.dep_ == "ccomp"), root)
        flags = quoted_token_flags(sentence)
        if flags[root.i - sentence.start] or root.tag_ != "VBN":
            return
        have = next(
            (child for child in root.children if child.dep_ == "aux" and child.lemma_.lower() == "have"), None
        )
        if have is None or have.tag_ not in {"VBZ", "VBP"}:
            return  # "had fired" tells of before; only "has" and "have" tell of now
        lead.time = TimeExpression(
            text_of(self.doc)[have.idx : root.idx + len(root.text)], have.idx, root.idx + len(root.text),
            self.published.isoformat(), "day", "publication", self.caption,
        )

    def _how_written(self, place: str, evidence: Span) -> str | None:
        """How a sentence writes a place it names: as an "area" ("Bajaur district"), as a "settlement" (a bare
        name, "Damadola village"), or as something else ("the Lesser Zab river"); None when it names it not."""
        text = text_of(self.doc)
        for mention in self.mentions.overlapping(evidence.start, evidence.end, self.caption):
            if mention.entity.id != place or mention.start < evidence.start or mention.end > evidence.end:
                continue
            last = text[mention.start : mention.end].split()[-1].lower()
            after = text[mention.end : mention.end + 30].split()
            following = after[0].strip(",.;:").lower() if after and not text[mention.end : mention.end + 1].strip() else ""
            if {last, following} & (_AREA_WORDS | SUB_DISTRICT_WORDS):
                return "area"
            if _NOT_A_SETTLEMENT_AFTER.match(text, mention.end):
                return None
            return "settlement"
        return None

    def _meeting_implied_by_agreement(self) -> None:
        """ "South Korean Foreign Minister Cho Hyun and his Chinese counterpart Wang Yi agreed in Seoul on
        Wednesday to …": two people who agree in one place on one day met there, though no verb says so; where
        the report tells no meeting of theirs, the agreement it leads with implies one."""
        lead = self.candidates[0] if self.candidates else None
        if lead is None or lead.type != "AGREE" or lead.earlier or lead.place is None or lead.time is None:
            return
        people = {
            actor.entity for actor in lead.actors if self.mentions.entities[actor.entity].type == "person"
        }
        if len(people) < 2:
            return
        if any(
            c.type == "CONSULT" and len(c.actor_ids() & people) >= 2
            and (c.time is None or c.time.value == lead.time.value)  # not "… talks two months earlier"
            for c in self.candidates
        ):
            return
        meeting = _Candidate("CONSULT", "meet", self.caption, lead.sentence_index)
        meeting.actors = [EventActor(actor.entity, "participant") for actor in lead.actors]
        meeting.evidence = list(lead.evidence)
        meeting.place, meeting.time = lead.place, lead.time
        meeting.sources = list(lead.sources)
        meeting.certainties = list(lead.certainties)
        self.candidates.insert(0, meeting)

    def _set_by_the_opening_sentence(self, sentences: list[SpacySpan], dateline_end: int) -> None:
        """ "The latest round of the Geneva International Discussions ended in Geneva on Wednesday …. The two-day
        talks brought together delegations from …": where the opening sentence tells no event of its own, the
        report's first event, told in the next sentences, is the happening it sets: its place and day are the
        opening sentence's."""
        if not self.candidates:
            return
        opening_index = next(
            (index for index, sentence in enumerate(sentences) if sentence.end_char > dateline_end + 1), None
        )
        lead = self.candidates[0]
        if opening_index is None or lead.earlier or lead.sentence_index <= opening_index:
            return
        if lead.sentence_index - opening_index > 2:
            return
        opening = sentences[opening_index]
        days = [
            time
            for time in self._days_told(dateline_end)
            if opening.start_char <= time.start < opening.end_char and not self._dates_a_saying(time)
        ]
        if lead.time is None and len(days) == 1:
            lead.time = days[0]
        if lead.place is None:
            lead.place = self._narrowest_place_of(opening)

    def _place_held_in(self, sentence: SpacySpan) -> str | None:
        """ "The first round of talks between the government and the OLA, held in Arusha, concluded on Saturday":
        where the sentence says a meeting was held, whatever noun the parser hangs "held" on."""
        flags = quoted_token_flags(sentence)
        for held in sentence:
            if held.lemma_.lower() != "hold" or held.tag_ != "VBN" or held.dep_ != "acl" or flags[held.i - sentence.start]:
                continue
            for place in _objects_of(held, {"in", "at"}):
                entity = self.mentions.at_token(place, self.caption)
                if entity is not None and entity.id in self.place_ids:
                    return entity.id
        return None

    def _narrowest_place_of(self, sentence: SpacySpan) -> str | None:
        """ "… met To Lam in Hanoi on Tuesday, and the two leaders agreed to …": a lead sentence tells where its
        happening was; a deed of it the parse ties to no place was where the narrowest place the sentence puts
        something ("in", "near", "outside") is, not where the teller is or a quote says."""
        flags = quoted_token_flags(sentence)
        found: list[str] = []
        for token in sentence:
            if flags[token.i - sentence.start] or _in_teller(token) or not _under_place_preposition(token):
                continue  # "Fighters of the Tarvo district …": where the doers are from is not where they acted
            if _is_topic(token) or _where_they_went_after(token) or _in_what_is_undertaken(token):
                continue
            entity = self.mentions.at_token(token, self.caption)
            if entity is not None and entity.id in self.place_ids and entity.id not in found:
                found.append(entity.id)
        narrow = [place for place in found if place not in self.broad_place_ids]
        return (narrow or found or [None])[0]

    def _date_the_lead(self, sentences: list[SpacySpan], dateline_end: int, lead_end: int) -> None:
        """ "Gunmen stormed a church in Ondo state, killing 12. … The attack happened on Sunday morning": a report
        gives the day of its lead happening early, if not in the lead sentence then in the next ones: a lead
        paragraph's event left undated takes the first day told after its sentence."""
        undated = [
            candidate
            for candidate in self.candidates
            if candidate.time is None
            and not candidate.earlier
            and candidate.evidence
            and candidate.evidence[0].start < lead_end
        ]
        if not undated:
            return
        # A day another event took dates that event: "It blamed the ELN. … fighters had clashed on Monday".
        taken = {(time.start, time.end) for other in self.candidates if (time := other.time) is not None}
        days = [time for time in self._days_told(dateline_end) if (time.start, time.end) not in taken]
        # "A security official said on Tuesday that rebels had killed …": the day of a telling dates only a telling.
        deed_days = [time for time in days if not self._dates_a_saying(time)]
        filed = next(
            (time for time in self.times if time.start < dateline_end and time.precision == "day" and time.value),
            None,
        )
        for candidate in undated:
            sentence = sentences[candidate.sentence_index]
            if any(token.lower_ in _LATER_WORDS and token.dep_ == "advmod" for token in sentence):
                continue  # "Security forces later arrested two suspects": some day after, not one told
            if filed is not None and sentence.start_char <= dateline_end + 1 and _just_done(sentence):
                # "Baku, 11 November (AZERTAC) - President Aliyev has received …": what the dispatch tells as just
                # done happened on the day it was filed.
                candidate.time = filed
                continue
            # "A member of the security forces was martyred today during an operation …, in which five others
            # were arrested": the one day a lead sentence gives dates every deed it tells, whatever clause holds it.
            own_days = [time for time in deed_days if sentence.start_char <= time.start < sentence.end_char]
            deed = candidate.type not in plover.VERBAL_TYPES and not _is_statement(candidate.type, candidate.mode)
            if deed and len(own_days) == 1 and not self._tells_another_day(sentence):
                candidate.time = own_days[0]
                continue
            # "X, who arrived in Kabul this morning, met and held talks with Y": the sentence's own "today" in an
            # aside is the day of what it tells.
            today = [
                time
                for time in self.times
                if sentence.start_char <= time.start < sentence.end_char
                and time.precision == "day"
                and _SAME_DAY.fullmatch(time.text.strip().lower())
            ]
            if today and not self._tells_another_day(sentence):
                candidate.time = today[0]
                continue
            # "X and Y agreed on Tuesday to …, the press service said after the two leaders held talks in Dushanbe":
            # the talks that led to an agreement its sentence dates were held that day.
            agreement = next(
                (
                    other
                    for other in self.candidates
                    if candidate.type == "CONSULT"
                    and other.type == "AGREE"
                    and other.sentence_index == candidate.sentence_index
                    and other.time is not None
                    and other.time.precision == "day"
                    and len(other.actor_ids() & candidate.actor_ids()) >= 2
                ),
                None,
            )
            if agreement is not None:
                candidate.time = agreement.time
                continue
            # The sentence's own days were weighed when it was read: a day told next is one after it.
            told_next = [
                time
                for time in (days if _is_statement(candidate.type, candidate.mode) else deed_days)
                if time.start >= sentence.end_char
            ]
            candidate.time = (told_next or [None])[0]

    def _days_told(self, dateline_end: int) -> list[TimeExpression]:
        """The days the story tells after its dateline, none after its publication."""
        published = self.published.isoformat() if self.published else None
        return [
            time
            for time in self.times
            if time.start >= dateline_end
            and time.precision == "day"
            and time.value is not None
            and (published is None or time.value[:10] <= published)
        ]

    def _tells_another_day(self, sentence: SpacySpan) -> bool:
        """Whether the sentence names any other time: "… on Monday, a week after the raid of 3 June"."""
        return (
            sum(1 for time in self.times if sentence.start_char <= time.start < sentence.end_char and time.value) > 1
        )

    def _verb_dated(self, time: TimeExpression) -> Token | None:
        """The verb whose clause a time expression stands in."""
        span = self.doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            return None
        return next((token for token in (span.root, *span.root.ancestors) if token.pos_ in {"VERB", "AUX"}), None)

    def _dates_a_saying(self, time: TimeExpression) -> bool:
        verb = self._verb_dated(time)
        return verb is not None and verb.lemma_.lower() in plover.SPEECH_VERBS

    def _dates_a_statement_put_out(self, time: TimeExpression) -> bool:
        """ "…, the ministry said in a statement read on state radio on Wednesday evening": the day a statement was
        read out or published dates the statement, not what it tells."""
        verb = self._verb_dated(time)
        return (
            verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.lemma_.lower() in _STATEMENT_NOUNS
        )

    def _candidate(
        self,
        trigger: Token,
        typed: tuple[str, str | None],
        sentence: SpacySpan,
        index: int,
        flags: list[bool],
        claimed: set[int],
        dateline_end: int,
    ) -> _Candidate:
        event_type, mode = typed
        candidate = _Candidate(event_type, mode, self.caption, index)
        candidate.earlier = _told_as_earlier(trigger)
        candidate.ongoing = trigger.tag_ == "VBG" and any(
            child.dep_ == "aux" and child.lemma_ == "be" for child in trigger.children
        )
        subjects = _event_subjects(trigger)
        candidate.refers_back = (
            _definite_reference(trigger) and not any(_names_which(child) for child in trigger.children)
            if trigger.pos_ in {"NOUN", "PROPN"}
            else any(
                subject.lemma_.lower() in _BACK_REFERRING_SUBJECTS and _definite_reference(subject)
                for subject in subjects
            )
            # "Bolojan and Svyrydenko signed the agreement at a ceremony …", "The memorandum was signed by …": the
            # agreement the report has just told, signed again in the telling.
            or (
                event_type == "AGREE"
                and any(
                    child.dep_ in {"dobj", "nsubjpass"}
                    and child.lemma_.lower() in plover.AGREEMENT_WORDS
                    and _definite_reference(child)
                    for child in trigger.children
                )
            )
        )
        candidate.fights_off_told = trigger.lemma_.lower() in _FIGHTING_OFF_VERBS and any(
            child.dep_ == "dobj"
            and (
                (_definite_reference(child) and child.lemma_.lower() in _BACK_REFERRING_DOERS | _ASSAULT_NOUNS)
                or child.lower_ == "them"
            )
            for child in trigger.children
        )
        candidate.doers_named_again = any(
            (
                subject.lemma_.lower() in _BACK_REFERRING_DOERS
                # "some 15 to 20 attackers riding motorcycles surrounded the post": counted, the attackers told
                and (_definite_reference(subject) or any(child.dep_ == "nummod" for child in subject.children))
            )
            or subject.lower_ == "they"
            for subject in subjects
        )
        # Words of a dateline ("ADEN, June 14 (Gulf Wire) -") name the wire, not the event.
        hidden = [flag or token.idx < dateline_end for flag, token in zip(flags, sentence, strict=True)]
        arguments = _arguments(trigger, event_type, mode)
        for role, argument in arguments:
            for head in _past_dateline(argument, dateline_end):
                for token in _argument_tokens(head, sentence, hidden):
                    claimed.add(token.i)
                self._add_actors(candidate, role, head, sentence, hidden)
        if trigger.pos_ == "NOUN" and not any(actor.role == "source" for actor in candidate.actors):
            state = self._state_named_by_nationality(trigger)
            if state is not None:
                _add_actor(candidate, EventActor(state.id, "source"))
        violent = plover.event_class(event_type, mode) == "violent"
        if violent:
            # "attacked a military detachment and a post of the VDP": the state's forces beside a named target.
            # "attacked the town …, setting fire to houses and the police station", "… before attacking army
            # positions": the force whose site a deed told beside it struck was a target too.
            beside = _sites_of_deeds_beside(trigger)
            targets = [
                *self._unnamed_forces(_victims_and_sites(trigger), sentence, hidden),
                *self._forces_owning(beside, sentence, hidden),
                *self._unnamed_forces(beside, sentence, hidden),
            ]
            for forces in targets:
                if forces.id not in candidate.actor_ids():
                    _add_actor(candidate, EventActor(forces.id, "target"))
            # "Soldiers and gunmen fought …", "Troops clashed with al-Shabaab": unnamed soldiers who act are the
            # state's forces too.
            for role, argument in arguments:
                sides = [argument, *argument.conjuncts] if argument.dep_ != "conj" else [argument]
                unnamed = [side for side in sides if self.mentions.at_token(side, self.caption) is None]
                for forces in self._unnamed_forces(unnamed, sentence, hidden, sites=False):
                    if forces.id not in candidate.actor_ids():
                        _add_actor(candidate, EventActor(forces.id, role))
        if event_type == "PROTEST":
            self._add_protest_sides(candidate, sentence, hidden)
        candidate.evidence.append(_sentence_span(sentence, self.caption))
        clause_place = self._place_for(trigger, sentence, hidden, mode)
        if candidate.home_place and clause_place is not None and clause_place not in self.broad_place_ids:
            # "Armed youth from Tonj East County attacked a camp on the outskirts of Tonj": where they struck.
            candidate.place = clause_place
        candidate.place = self._narrower(candidate.place, clause_place)
        candidate.time = (
            self._earlier_time(trigger, sentence)
            if candidate.earlier
            else self._time_for(trigger, sentence, dateline_end)
        )
        reporter = _reporting_verb(trigger) if _is_statement(event_type, mode) else None
        if reporter is not None:
            self._read_speech_act(candidate, reporter, sentence, hidden, dateline_end)
        attribution = attribution_at(self.attributions, sentence.start_char, self.caption)
        if attribution is not None:
            links = attribution.links_for(trigger)
            candidate.sources.extend(links)
            certainty = attribution.certainty
            if certainty == "disputed" and disputes_only_itself(trigger, flags):
                certainty = "attributed" if links else "asserted"
            hedged_or_disputed = certainty in {"hedged", "disputed"}
            candidate.certainties.append(certainty if hedged_or_disputed or links else "asserted")
        else:
            candidate.certainties.append("asserted")
        if reporter is not None:
            self._own_words_asserted(candidate)
        return candidate

    def _add_earlier_occurrence(self, candidate: _Candidate, sentence: SpacySpan) -> None:
        """ "It was their second call this month": the noun retells the event just told, and says that the
        same sides had one like it before, within the span it gives."""
        told = next(
            (
                other
                for other in reversed(self.candidates)
                if other.type == candidate.type
                and _compatible_modes(other.mode, candidate.mode)
                and not other.earlier
                and other.evidence
                and sentence.start_char - other.evidence[-1].end <= _GROUP_REFERENCE_REACH
            ),
            None,
        )
        if told is None:
            return
        # "the second attack since December, when gunmen killed seven civilians": the first one is told there.
        first_told = [
            token.head
            for token in sentence
            if token.lower_ == "when" and token.dep_ == "advmod" and token.head.dep_ in {"relcl", "advcl"}
        ]
        mode = candidate.mode if candidate.mode not in _LOOSE_MODES else told.mode or candidate.mode
        earlier = _Candidate(told.type, mode, self.caption, candidate.sentence_index)
        earlier.place = candidate.place  # "the second attack on the village": its own words only
        earlier.earlier = True
        earlier.distinct_from.add(id(told))
        if first_told:
            role = "source" if plover.event_class(earlier.type, earlier.mode) == "violent" else "participant"
            unquoted = quoted_token_flags(sentence)
            for verb in first_told:
                for subject in _event_subjects(verb):
                    self._add_actors(earlier, role, subject, sentence, unquoted)
        else:
            for actor in [*told.actors, *candidate.actors]:
                _add_actor(earlier, actor)
        earlier.evidence = list(candidate.evidence)
        earlier.sources = list(candidate.sources)
        earlier.certainties = list(candidate.certainties)
        # Only a span ("this month", "this year") bounds the earlier one; a day in the sentence is the retold one's.
        earlier.time = next(
            (
                time
                for time in self.times
                if sentence.start_char <= time.start < sentence.end_char and time.precision != "day"
            ),
            None,
        )
        self.candidates.append(earlier)

    def _fold_clashes_into_protests(self) -> None:
        """ "Police cleared a blockade … on Tuesday, in clashes that left 31 people injured": clashes with no sides
        of their own, told in the sentence of a protest, are that protest turning into a riot."""
        for protest in [c for c in self.candidates if c.type == "PROTEST" and c.mode == "demonstrate"]:
            clashes = [
                other
                for other in self.candidates
                if other.type == "ASSAULT"
                and other.mode == "clash"
                and other.sentence_index == protest.sentence_index
                and other.caption == protest.caption
                and not other.actors
                and not other.earlier
            ]
            for clash in clashes:
                protest.mode = "riot"
                protest.place = protest.place or clash.place
                protest.time = protest.time or clash.time
                self.candidates.remove(clash)

    def _drop_counted_occurrences_told(self) -> None:
        """ "It was the second attack on the post this year. In January, separatists ambushed a patrol …": when
        the report goes on to tell the earlier one, that is the one counted."""
        by_id = {id(candidate): candidate for candidate in self.candidates}
        counted = [c for c in self.candidates if c.distinct_from]
        for candidate in counted:
            retold = [by_id[key] for key in candidate.distinct_from if key in by_id]
            told_nearby = any(
                other is not candidate
                and other not in retold
                and other.type == candidate.type
                and _compatible_modes(other.mode, candidate.mode)
                and abs(other.sentence_index - candidate.sentence_index) <= _COUNTED_OCCURRENCE_REACH
                and (
                    other.earlier
                    or (other.time is not None and other.time.precision != "day")
                    or any(_before(other, later) for later in retold)
                )
                for other in self.candidates
            )
            if told_nearby:
                self.candidates.remove(candidate)

    @staticmethod
    def _own_words_asserted(candidate: _Candidate) -> None:
        """ "Thune said …, daring Democrats …": the outlet asserts what the speaker did by speaking; the speaker
        is the actor, not a source standing between the outlet and the event."""
        speakers = {actor.entity for actor in candidate.actors if actor.role == "source"}
        own = [link for link in candidate.sources if link.entity is not None and link.entity in speakers]
        if own and len(own) == len(candidate.sources) and candidate.certainties[-1] == "attributed":
            candidate.sources.clear()
            candidate.certainties[-1] = "asserted"

    def _add_claimants(self, sentences: list[SpacySpan]) -> None:
        """ "JNIM claimed the attack in a statement": the claimant is who carried out the attack just told."""
        for index, sentence in enumerate(sentences):
            flags = quoted_token_flags(sentence)
            for token in sentence:
                if token.pos_ != "VERB" or token.lemma_.lower() not in plover.CLAIM_VERBS - {
                    "take",
                    "assume",
                }:
                    continue
                if _is_negated(token) or flags[token.i - sentence.start]:
                    continue  # "did not claim the attack", or a claim in someone's quoted words
                objects = [child for child in token.children if child.dep_ == "dobj"]
                # "claimed responsibility for the attack": what is claimed hangs off "responsibility".
                objects += [
                    pobj
                    for child in objects
                    if child.lemma_.lower() == "responsibility"
                    for preposition in child.children
                    if preposition.dep_ == "prep" and preposition.lower_ == "for"
                    for pobj in preposition.children
                    if pobj.dep_ == "pobj"
                ]
                claimed = [
                    child
                    for child in objects
                    if (child.lemma_.lower() in _CLAIMABLE_NOUNS or _trigger_type(child) is not None)
                    and _definite_reference(child)
                ]
                # "The BLA claimed responsibility in a statement": responsibility for what was just told.
                claimed += [
                    child
                    for child in objects
                    if child.lemma_.lower() == "responsibility"
                    and not any(grand.dep_ == "prep" and grand.lower_ == "for" for grand in child.children)
                ]
                if not claimed:
                    continue
                told = self._attack_at_place_named(claimed, sentence) or self._lead_attack_claimed(
                    index, sentence
                )
                if told is None:
                    continue
                added = False
                for subject in _event_subjects(token):
                    # "JNIM, al-Qaeda's affiliate in the Sahel, claimed …": the apposition describes the claimant.
                    described = {
                        t.i for child in subject.children if child.dep_ == "appos" for t in child.subtree
                    }
                    for found, entity in self._entities_in(subject, sentence, flags):
                        if entity.type in {"organization", "person", "other"} and found.i not in described:
                            _add_actor(told, EventActor(entity.id, "source"))
                            added = True
                if added:
                    told.evidence.append(_sentence_span(sentence, self.caption))

    def _lead_attack_claimed(self, index: int, sentence: SpacySpan) -> _Candidate | None:
        """ "Militants attacked a checkpost … Troops repulsed the attack, the ISPR said. … The TTP claimed
        responsibility": a claim is of the attack the report is about, not of the fighting off or the details told
        after it, unless what was told last is another attack ("In a separate attack, …")."""
        last = self._attack_told_before(index, sentence)
        if last is None:
            return None
        lead = next(
            (
                candidate
                for candidate in self.candidates
                if not candidate.earlier
                and candidate.sentence_index < index
                and plover.event_class(candidate.type, candidate.mode) == "violent"
            ),
            None,
        )
        if lead is None or lead is last or last.earlier:
            return last
        if any(_ANOTHER_INCIDENT_WORDS & set(_WORDS.findall(span.text.lower())) for span in last.evidence):
            return last
        towns = {place for place in (last.place, lead.place) if place is not None and place not in self.broad_place_ids}
        if len(towns) == 2:
            return last  # an attack in another town ("along the border with Niger" is no other town)
        return lead

    def _attack_at_place_named(self, claimed: list[Token], sentence: SpacySpan) -> _Candidate | None:
        """ "claimed the attack on Chai": the violent event told at that place, though another came in between."""
        places = {
            entity.id
            for noun in claimed
            for token in noun.subtree
            if (entity := self.mentions.at_token(token, self.caption)) is not None and entity.id in self.place_ids
        }
        return next(
            (
                candidate
                for candidate in reversed(self.candidates)
                if candidate.place in places
                and candidate.evidence
                and candidate.evidence[-1].end <= sentence.start_char
                and plover.event_class(candidate.type, candidate.mode) == "violent"
                and sentence.start_char - candidate.evidence[-1].end <= _GROUP_REFERENCE_REACH
            ),
            None,
        )

    def _add_avowed_doers(self, sentences: list[SpacySpan]) -> None:
        """ "The Israeli military said it had struck a Hezbollah operative", "The group said its fighters attacked
        the post": a teller owning the deed it reports is its doer, and the deed is the attack just told."""
        for index, sentence in enumerate(sentences):
            flags = quoted_token_flags(sentence)
            for deed in sentence:
                if deed.pos_ != "VERB" or deed.dep_ != "ccomp":
                    continue
                subjects = [subject for subject in deed.children if subject.dep_ == "nsubj"]
                # 'said its fighters had "destroyed a vehicle of the apostate militias"': a claim quotes the deed,
                # but the doer it owns stands outside the quote.
                if flags[deed.i - sentence.start] and not any(not flags[s.i - sentence.start] for s in subjects):
                    continue
                telling = deed.head
                # "it had struck …": a strike verb without its weapon named is no event alone, but is the deed told;
                # "had "destroyed a vehicle …" and killed 11 soldiers": the deed may come second.
                deeds = [deed, *deed.conjuncts]
                violent = any(
                    (typed := _trigger_type(each)) is not None and plover.event_class(*typed) == "violent"
                    for each in deeds
                )
                if not (violent or deed.lemma_.lower() in plover.STRIKE_VERBS) or _is_negated(deed):
                    continue
                if telling.lemma_.lower() not in _TELLING_VERBS or _is_negated(telling):
                    continue
                if not any(_names_the_teller(subject) for subject in subjects):
                    continue
                tellers = [
                    entity
                    for subject in telling.children
                    if subject.dep_ == "nsubj"
                    for _, entity in self._entities_in(subject, sentence, flags)
                    if entity.type == "organization" and entity.id not in self.outlets
                ]
                told = self._attack_told_before(index, sentence)
                if not tellers or told is None:
                    continue
                for entity in tellers[:1]:
                    _add_actor(told, EventActor(entity.id, "source"))
                retelling = next(
                    (
                        c
                        for c in self.candidates
                        if c.sentence_index == index and c is not told and c.type == told.type
                        and c.caption == told.caption and not c.place and not c.time
                    ),
                    None,
                )
                if retelling is not None:
                    _merge(told, retelling)
                    self.candidates.remove(retelling)
                else:
                    told.evidence.append(_sentence_span(sentence, self.caption))

    def _add_own_losses(self, sentences: list[SpacySpan]) -> None:
        """ "Two soldiers were killed when a roadside bomb went off …, the 6th Infantry Division said": a unit
        telling of its own soldiers' losses was the target of the attack it tells."""
        for index, sentence in enumerate(sentences):
            flags = quoted_token_flags(sentence)
            units = [
                entity
                for telling in sentence
                if telling.lemma_.lower() in _TELLING_VERBS
                and not _is_negated(telling)
                and not flags[telling.i - sentence.start]
                for subject in telling.children
                if subject.dep_ == "nsubj"
                # "the army's Second Division said": the unit the phrase names before the army it belongs to
                for _, entity in sorted(
                    self._entities_in(subject, sentence, flags), key=lambda found: found[0].dep_ == "poss"
                )
                if entity.type == "organization"
                and entity.id not in self.outlets
                and _UNIT_WORDS & set(fold(entity.name).split())
            ]
            losses = any(
                token.lemma_.lower() in _SOLDIER_WORDS
                and token.dep_ in {"nsubjpass", "dobj"}
                and token.head.lemma_.lower() in _TOLL_VERBS
                and not _owned_by_named_side(token)
                for token in sentence
            )
            if not units or not losses:
                continue
            for candidate in self.candidates:
                if (
                    candidate.sentence_index == index
                    and candidate.caption == self.caption
                    and plover.event_class(candidate.type, candidate.mode) == "violent"
                    and units[0].id not in candidate.actor_ids()
                ):
                    _add_actor(candidate, EventActor(units[0].id, "target"))

    def _add_units_of_the_fallen(self, sentences: list[SpacySpan]) -> None:
        """ "Two rangers were killed when a roadside bomb exploded …. The rangers, from Ranger Regiment 46, were
        on their way …": the unit the victims are named from again was the target of the attack just told."""
        for index, sentence in enumerate(sentences):
            flags = quoted_token_flags(sentence)
            for token in sentence:
                if (
                    token.dep_ not in {"nsubj", "nsubjpass"}
                    or token.tag_ != "NNS"
                    or token.lemma_.lower() not in _SOLDIER_WORDS | _SECURITY_PERSONNEL_WORDS
                    or not any(child.dep_ == "det" and child.lower_ == "the" for child in token.children)
                ):
                    continue
                units = [
                    entity
                    for prep in token.children
                    if prep.dep_ == "prep" and prep.lower_ == "from"
                    for pobj in prep.children
                    if pobj.dep_ == "pobj"
                    for _, entity in self._entities_in(pobj, sentence, flags)
                    if entity.type == "organization" and _UNIT_WORDS & set(fold(entity.name).split())
                ]
                attack = self._attack_told_before(index, sentence) if units else None
                if attack is None or attack.caption != self.caption or attack.earlier:
                    continue
                # The victims of the attack told are the people named again: "Two paramilitary rangers were killed".
                told = sentences[attack.sentence_index]
                if not any(word.lemma_.lower() == token.lemma_.lower() for word in told):
                    continue
                if units[0].id not in attack.actor_ids():
                    _add_actor(attack, EventActor(units[0].id, "target"))

    def _attack_told_before(
        self, index: int, sentence: SpacySpan, same_sentence: bool = False
    ) -> _Candidate | None:
        """The violent event told last before this sentence (or in it, for "…, blaming X"), if it is near enough
        to be the one meant."""
        told = next(
            (
                candidate
                for candidate in reversed(self.candidates)
                if (candidate.sentence_index < index or (same_sentence and candidate.sentence_index == index))
                and plover.event_class(candidate.type, candidate.mode) == "violent"
            ),
            None,
        )
        if told is None or sentence.start_char - told.evidence[-1].end > _GROUP_REFERENCE_REACH:
            return None
        return told

    def _add_blamed(self, sentences: list[SpacySpan]) -> None:
        """ "The army blamed the Delta Front", "… blamed the bombing on the Delta Front": the group blamed is the
        suspected doer of the attack just told, when the report names no other."""
        for index, sentence in enumerate(sentences):
            flags = quoted_token_flags(sentence)
            for token in sentence:
                if token.pos_ != "VERB" or token.lemma_.lower() not in {"blame", "trace", "belong"}:
                    continue
                if _is_negated(token) or flags[token.i - sentence.start]:
                    continue
                blamed = []
                owned = (
                    token.lemma_.lower() == "belong"
                    # "investigators believed the gunmen belonged to …": a belief, not who they were.
                    and token.head.lemma_.lower() not in {"believe", "think", "suspect"}
                    and any(
                        child.dep_ == "nsubj"
                        and child.lemma_.lower() in _BACK_REFERRING_DOERS
                        and _definite_reference(child)
                        for child in token.children
                    )
                )
                if owned:
                    # "He said the attackers belonged to the 36th Front": the group the doers told of belong to.
                    blamed = _objects_of(token, {"to"})
                if token.lemma_.lower() == "trace":
                    # "Our researchers traced the fire to positions held by government forces and tribal fighters".
                    blamed = _traced_to(token)
                for child in token.children if token.lemma_.lower() == "blame" else ():
                    if child.dep_ != "dobj":
                        continue
                    if child.lemma_.lower() in _CLAIMABLE_NOUNS or _trigger_type(child) is not None:
                        # "blamed the bombing on X": who is blamed follows "on".
                        blamed += [
                            pobj
                            for preposition in (*token.children, *child.children)
                            if preposition.dep_ == "prep" and preposition.lower_ == "on"
                            for pobj in preposition.children
                            if pobj.dep_ == "pobj"
                        ]
                    else:
                        blamed.append(child)
                # "…, in an attack he blamed on al Shabaab": the noun the clause describes is what is blamed.
                described_attack = token.dep_ == "relcl" and (
                    token.head.lemma_.lower() in _CLAIMABLE_NOUNS or _trigger_type(token.head) is not None
                )
                if described_attack:
                    blamed += [
                        pobj
                        for preposition in token.children
                        if preposition.dep_ == "prep" and preposition.lower_ == "on"
                        for pobj in preposition.children
                        if pobj.dep_ == "pobj"
                    ]
                # "A drone attack killed three people …, the prosecutor said, blaming the CJNG": the same sentence.
                trailing = (token.tag_ == "VBG" and token.dep_ == "advcl") or described_attack
                told = self._attack_told_before(index, sentence, same_sentence=trailing) if blamed else None
                # A doer the report names stays; one it only describes ("gunmen") is joined by the group blamed.
                if told is None or (not owned and any(
                    actor.role == "source" and not is_description(self.mentions.entities[actor.entity])
                    for actor in told.actors
                )):
                    continue
                added = False
                for head in blamed:
                    described = {
                        t.i for child in head.children if child.dep_ == "appos" for t in child.subtree
                    }
                    for found, entity in self._entities_in(head, sentence, flags):
                        if entity.type in {"organization", "other"} and found.i not in described:
                            _add_actor(told, EventActor(entity.id, "source"))
                            added = True
                if added:
                    told.evidence.append(_sentence_span(sentence, self.caption))

    def _add_signers_named_later(self, sentences: list[SpacySpan]) -> None:
        """ "The governors of Niger's Diffa region and Chad's Lac province signed an agreement in N'Guigmi …. The
        agreement, signed by Colonel Ibrahim Boulama Ari of Diffa and General Mahamat Idriss Bakhit of Lac, …":
        the people who signed it are its sides, named in the next sentence."""
        for candidate in self.candidates:
            if candidate.type != "AGREE" or candidate.earlier:
                continue
            for index in range(candidate.sentence_index + 1, min(candidate.sentence_index + 3, len(sentences))):
                sentence = sentences[index]
                flags = quoted_token_flags(sentence)
                for noun in sentence:
                    if noun.lemma_.lower() not in plover.AGREEMENT_WORDS or not _definite_reference(noun):
                        continue
                    for signed in noun.children:
                        if signed.dep_ != "acl" or signed.tag_ != "VBN" or signed.lemma_.lower() not in _SIGNING_VERBS:
                            continue
                        for agent in (child for child in signed.children if child.dep_ == "agent"):
                            for token in agent.subtree:
                                entity = self.mentions.at_token(token, self.caption)
                                if entity is not None and entity.type == "person" and not flags[token.i - sentence.start]:
                                    _add_actor(candidate, EventActor(entity.id, "participant"))

    def _add_attendees(self, sentences: list[SpacySpan]) -> None:
        """ "Defence Minister Sadio Camara also took part", "… attended the talks", "the delegation, which also
        included …", "X was accompanied by A and B": more participants of the meeting told before."""
        for index, sentence in enumerate(sentences):
            flags = quoted_token_flags(sentence)
            attending = _inverted_attendance(sentence)
            if attending is not None:
                # "Taking part in the meeting were Minister … Oleg Shamba and Ambassador … Mikhail Shurgalin": the
                # people named after the verb, not the states their titles name.
                meeting = self._meeting_told_before(index, _DELEGATION_REACH)
                found = [
                    entity
                    for token in sentence
                    if token.i > attending.i and not flags[token.i - sentence.start]
                    and (entity := self.mentions.at_token(token, self.caption)) is not None
                ]
                people = [entity for entity in found if entity.type == "person"]
                for entity in (people or [e for e in found if e.type == "organization"]) if meeting else ():
                    _add_actor(meeting, EventActor(entity.id, "participant"))
                continue
            for token in sentence:
                if flags[token.i - sentence.start] or _is_negated(token):
                    continue
                members = _members_named_later(token)
                if members:
                    meeting = self._meeting_told_before(index, _DELEGATION_REACH)
                    for member in members if meeting is not None else ():
                        self._add_actors(meeting, "participant", member, sentence, flags)
                    for name in _people_listed_on(token) if meeting is not None and token.dep_ != "relcl" else ():
                        entity = self.mentions.at_token(name, self.caption)
                        if entity is not None and entity.type == "person" and not flags[name.i - sentence.start]:
                            _add_actor(meeting, EventActor(entity.id, "participant"))
                    continue
                companions = _companions(token)
                if companions:
                    # The companions came with a side of the meeting, which must be one of its actors.
                    subjects = _accompanied(token)
                    accompanied = {
                        entity.id for subject in subjects for _, entity in self._entities_in(subject, sentence, flags)
                    }
                    accompanied = accompanied or self._side_named_again(subjects, index)
                    # They came for the whole visit: every meeting of it told so far, not only the last one.
                    in_reach = [
                        meeting
                        for meeting in self._meetings_in_reach(index, _DELEGATION_REACH)
                        if accompanied & meeting.actor_ids()
                    ]
                    meetings = [meeting for meeting in in_reach if not meeting.earlier]
                    if not meetings and in_reach:
                        # "…, State House said after the two leaders met in Tunduma. … Hichilema drove across with
                        # …": the meeting the news followed is the one they came to.
                        meetings = in_reach[-1:]
                    if not meetings and not accompanied:
                        last = self._meeting_told_before(index, _DELEGATION_REACH)
                        meetings = [last] if last is not None else []
                    for meeting in meetings:
                        for companion in companions:
                            self._add_actors(meeting, "participant", companion, sentence, flags)
                    continue
                present_at = _present_at(token) or _among_those_at(token)
                if present_at:
                    # "Present at the talks were No Kwang-chol and Pak Jong Chon, vice-chairman of …": the people
                    # named, not the bodies their titles name.
                    meeting = self._meeting_told_before(index, _DELEGATION_REACH)
                    for person in present_at if meeting is not None else ():
                        entity = self.mentions.at_token(person, self.caption)
                        if entity is not None and entity.type in {"person", "organization"}:
                            _add_actor(meeting, EventActor(entity.id, "participant"))
                    continue
                # "The meeting, moderated by former Irish prime minister Bertie Ahern, ran for six hours"; "… while
                # Foreign Minister Jeyhun Bayramov and aide Hikmet Hajiyev were on the Azerbaijani side"; "The audience
                # took place in the presence of the Prime Minister, …, Ali Mahaman Lamine Zeine".
                readings = ((_convened_by, 2), (_on_a_side, 2), (_in_the_presence_of, _DELEGATION_REACH))
                heads, reach = next(((found, reach) for read, reach in readings if (found := read(token))), ([], 0))
                if heads:
                    meeting = self._meeting_told_before(index, reach)
                    for head in heads if meeting is not None else ():
                        for _, entity in self._entities_in(head, sentence, flags):
                            if entity.type in {"person", "organization"}:
                                _add_actor(meeting, EventActor(entity.id, "participant"))
                    continue
                led = _side_led_by(token)
                if not led and not _attends(token):
                    continue
                # "Barrack attended part of the talks": the talks named again may lie paragraphs back.
                reach = _DELEGATION_REACH if not led and _attends(token, named_again=True) else 2
                meeting = self._meeting_told_before(index, reach)
                if meeting is not None and not led and _attends_talks(token) and _a_meal(meeting):
                    # "… Chapo hosted a lunch for the delegation. The foreign ministers attended the talks": the
                    # talks told before the meal.
                    meeting = next(
                        (m for m in reversed(self._meetings_in_reach(index, reach)) if not _a_meal(m)), meeting
                    )
                if meeting is None:
                    continue
                passive = bool(_passive_subjects(token))
                subjects = led or (_agents(token) if passive else _event_subjects(token))
                if passive and not led:
                    # "attended by Haftar's son, Saddam Haftar, and by Turkey's intelligence chief, İbrahim Kalın,
                    # discussed …": the people the list names, wherever the parser hangs its parts.
                    for person in self._people_listed_after(token, sentence, flags):
                        _add_actor(meeting, EventActor(person.id, "participant"))
                for subject in [*subjects, *_also_did(token)]:
                    # "attended by representatives of Spain, Norway and Switzerland": the states they represent.
                    found = list(self._entities_in(subject, sentence, flags))
                    represented = subject.lemma_.lower() in _REPRESENTING_NOUNS and not any(
                        entity.type == "person" for _, entity in found
                    )  # "US envoy Tom Barrack" is Barrack, not the US
                    people = any(entity.type == "person" for _, entity in found)
                    for token, entity in found:
                        if entity.type == "organization" and self._in_title_of_named_person(token):
                            continue  # "Prime Cabinet Secretary Musalia Mudavadi … sat in": he, not the cabinet
                        if entity.type == "organization" and people and _in_of_phrase(token, subject):
                            continue  # "The chief mediator of the Tumaini Initiative, … Sumbeiywo": the man
                        if entity.type in {"person", "organization"} or (represented and entity.type == "place"):
                            _add_actor(meeting, EventActor(entity.id, "participant"))

    def _add_protest_sides(self, candidate: _Candidate, sentence: SpacySpan, hidden: list[bool]) -> None:
        """ "Hundreds of residents of Funtua blocked the road to protest …, and police fired tear gas": a crowd
        named by where it lives is the protesters the report names elsewhere, and who turned tear gas or water
        cannon on it in the same sentence is the other side."""
        # "Police … cleared a blockade that supporters of Evo Morales had held": those who broke the protest up are
        # no crowd; the crowd the report names is the other side.
        if not any(
            actor.role == "source" and not _breaks_up_crowds(self.mentions.entities[actor.entity])
            for actor in candidate.actors
        ):
            crowds = {
                entity.id: entity
                for entity in self.mentions.entities.values()
                if entity.type in {"other", "organization"} and fold(entity.name) in _PROTESTER_NAMES
            }
            if len(crowds) == 1:
                _add_actor(candidate, EventActor(next(iter(crowds)), "source"))
        for verb in sentence:
            if hidden[verb.i - sentence.start] or verb.pos_ != "VERB":
                continue
            if verb.lemma_.lower() == "clash":
                # "… when angry youths protesting against the killings clashed with police": the other side.
                for side in _objects_of(verb, {"with"}):
                    entity = self.mentions.at_token(side, self.caption)
                    if entity is not None and entity.type == "organization":
                        _add_actor(candidate, EventActor(entity.id, "target"))
                continue
            fired = {word.lower_ for child in verb.children if child.dep_ == "dobj" for word in child.subtree}
            # "Riot police detained 23 people … after protesters threw stones at the town hall": the police who
            # round up a crowd are its other side.
            policing = verb.lemma_.lower() in _CROWD_POLICING_VERBS
            if not fired & _CROWD_CONTROL_WORDS and not policing:
                continue
            # "Gendarmes and police fired tear gas …": every body the subject joins.
            subjects = [child for child in verb.children if child.dep_ == "nsubj"]
            for subject in [*subjects, *(conj for named in subjects for conj in named.conjuncts)]:
                entity = self.mentions.at_token(subject, self.caption)
                if entity is None or entity.type != "organization":
                    continue
                if not policing or _breaks_up_crowds(entity):
                    _add_actor(candidate, EventActor(entity.id, "target"))

    def _people_listed_after(self, verb: Token, sentence: SpacySpan, flags: list[bool]) -> list[Entity]:
        """The people named after a passive verb's "by", up to the next verb of the sentence."""
        agent = next((child for child in verb.children if child.dep_ == "agent"), None)
        if agent is None:
            return []
        people: list[Entity] = []
        for token in sentence.doc[agent.i + 1 : sentence.end]:
            entity = self.mentions.at_token(token, self.caption)
            if token.text in {";", ":"} or (token.pos_ in {"VERB", "AUX"} and entity is None):
                break
            if flags[token.i - sentence.start]:
                break
            if entity is not None and entity.type == "person" and entity not in people:
                people.append(entity)
        return people

    def _served_by_the_person_before(self, token: Token) -> bool:
        """ "President Yoweri Kaguta Museveni, President of the Republic of Uganda": a body or state named in the
        title set off after a person's name."""
        current = token
        for _ in range(6):
            if current.dep_ == "pobj" and current.head.lower_ == "of":
                title = current.head.head
                if title.dep_ == "appos" and title.lower_ in TITLE_WORDS | PERSONAL_OFFICES:
                    holder = self.mentions.at_token(title.head, self.caption)
                    return holder is not None and holder.type == "person"
                return False
            if current.dep_ not in {"compound", "amod", "det"} or current.head.i == current.i:
                return False
            current = current.head
        return False

    def _in_title_of_named_person(self, token: Token) -> bool:
        """ "Prime Cabinet Secretary Musalia Mudavadi": a body named in the title before a person's name."""
        named = self.mentions.at_token(token, self.caption)
        current = token
        while current.i + 1 < len(current.doc) and self.mentions.at_token(current.doc[current.i + 1], self.caption) is named:
            current = current.doc[current.i + 1]  # from the name's last word, its head
        for _ in range(4):
            if current.dep_ not in {"compound", "nmod", "amod", "poss"} or current.head.i == current.i:
                return False
            current = current.head
            entity = self.mentions.at_token(current, self.caption)
            if entity is not None and entity.type == "person":
                return True
        return False

    def _add_sides_named_later(self, sentences: list[SpacySpan]) -> None:
        """ "hosted the chief negotiators of Kosovo and Serbia …. Bislimi and Petković met Sørensen …", "received
        the foreign ministers of the AES …. The ministers – Diop, Sangaré and Traoré – agreed …": sides a meeting
        only describes, named in the next sentences."""
        for meeting in list(self.candidates):
            if meeting.type != "CONSULT" or meeting.caption != self.caption or meeting.earlier:
                continue
            described = _described_sides(sentences[meeting.sentence_index])
            if not described:
                continue
            later = range(meeting.sentence_index + 1, min(meeting.sentence_index + 1 + _SIDES_NAMED_REACH, len(sentences)))
            for index in later:
                sentence = sentences[index]
                flags = quoted_token_flags(sentence)
                for token in sentence:
                    if flags[token.i - sentence.start] or token.lemma_.lower() not in described:
                        continue
                    if not _definite_reference(token):
                        continue
                    for named in (child for child in token.children if child.dep_ == "appos"):
                        for side in (named, *named.conjuncts):
                            for _, entity in self._entities_in(side, sentence, flags):
                                if entity.type == "person":
                                    _add_actor(meeting, EventActor(entity.id, "participant"))
                if index == meeting.sentence_index + 1:
                    # "… Ivorian Foreign Minister Adom and his Burkinabe counterpart Traoré", or with no titles, "Rwanda's
                    # Olivier Nduhungirehe and Congo's Thérèse Kayikwamba Wagner spent four hours …": the next
                    # sentence's two people, named as the pair it is about.
                    for person in (*self._paired_subjects(sentence, flags), *self._titled_people(sentence, described)):
                        _add_actor(meeting, EventActor(person, "participant"))
            # The same meeting told again with its sides named: "Bislimi and Petković met Sørensen separately".
            for retold in self.candidates:
                if retold is meeting or retold.type != "CONSULT" or retold.earlier or retold.sentence_index not in later:
                    continue
                # "The foreign ministers of Ecuador and Colombia met …. Sommerfeld received her Colombian
                # counterpart, Villavicencio, …": told next, with no other day or place, it names the sides.
                next_told = (
                    retold.sentence_index == meeting.sentence_index + 1
                    and (retold.time is None or meeting.time is None or retold.time.value == meeting.time.value)
                    and (retold.place is None or meeting.place is None or retold.place == meeting.place)
                )
                if not (retold.actor_ids() & meeting.actor_ids() or next_told):
                    continue
                for actor in retold.actors:
                    if self.mentions.entities[actor.entity].type == "person":
                        _add_actor(meeting, EventActor(actor.entity, "participant"))

    def _paired_subjects(self, sentence: SpacySpan, flags: list[bool]) -> list[str]:
        """The people a sentence's main clause has as its subject, when there are two or more of them ("X and Y
        discussed …")."""
        people: list[str] = []
        root = sentence.root
        # "X and Y discussed …, the agency said": the clause the sentence reports is its main one.
        clauses = [root, *(child for child in root.children if child.dep_ == "ccomp" and child.i < root.i)]
        for subject in (child for clause in clauses for child in clause.children if child.dep_ == "nsubj"):
            for side in (subject, *subject.conjuncts):
                for _, entity in self._entities_in(side, sentence, flags):
                    if entity.type == "person" and entity.id not in people:
                        people.append(entity.id)
        return people if len(people) >= 2 else []

    def _titled_people(self, sentence: SpacySpan, offices: frozenset[str]) -> list[str]:
        """ "The foreign ministers of Côte d'Ivoire and Burkina Faso met …. Ivorian Foreign Minister Adom and his
        Burkinabe counterpart Traoré were received …": the people the next sentence names with the office the
        meeting described, and their counterparts."""
        people: list[str] = []
        for mention in self.mentions.overlapping(sentence.start_char, sentence.end_char, self.caption):
            if mention.entity.type != "person" or mention.entity.id in people:
                continue
            name = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if name is None:
                continue
            start = name.start
            # The words of the name's own title, back to the last comma, verb or "and".
            title: set[str] = set()
            for index in range(start - 1, max(sentence.start, start - 6) - 1, -1):
                token = sentence.doc[index]
                if token.is_punct or token.pos_ in {"VERB", "AUX", "ADP", "CCONJ"}:
                    break
                title.add(token.lemma_.lower())
            if title & offices or (people and "counterpart" in title):
                people.append(mention.entity.id)
        return people

    def _add_counterparts_named_later(self, sentences: list[SpacySpan]) -> None:
        """ "Tiani hosted his Malian and Burkinabe counterparts in Niamey …. Mali's Assimi Goïta arrived on Sunday.
        Burkina Faso's Captain Ibrahim Traoré … landed": counterparts described by nationality are the people of
        those states the next sentences name."""
        for meeting in list(self.candidates):
            if meeting.type != "CONSULT" or meeting.earlier or meeting.caption != self.caption:
                continue
            sentence = sentences[meeting.sentence_index]
            nationalities = [
                fold(modifier.text)
                for token in sentence
                if token.lemma_.lower() == "counterpart" and token.tag_ == "NNS"
                for modifier in token.subtree
                # "his Malian and Burkinabe counterparts": the model tags the first nationality only.
                if modifier.i < token.i and modifier.is_title and modifier.dep_ in {"amod", "conj", "compound"}
            ]
            # "his counterparts from Burkina Faso and Niger": the states named after the word (the parser may hang
            # the "from" on the verb).
            named_states = {
                entity.id
                for token in sentence
                if token.lemma_.lower() == "counterpart" and token.tag_ == "NNS"
                for prep in (*token.children, *(token.head.children if token.dep_ == "dobj" else ()))
                if prep.dep_ == "prep" and prep.lower_ in {"from", "of"} and prep.i > token.i
                for pobj in prep.children
                if pobj.dep_ == "pobj"
                for state in (pobj, *pobj.conjuncts)
                if (entity := self.mentions.at_token(state, self.caption)) is not None and entity.id in self.place_ids
            }
            if not nationalities and not named_states:
                continue
            states = named_states | {
                entity.id
                for entity in self.mentions.entities.values()
                if entity.id in self.place_ids
                and any(
                    _demonym_of(word, country)
                    for word in nationalities
                    for country in (fold(entity.name), fold(entity.name).split()[0])
                )
            }
            later = sentences[meeting.sentence_index : meeting.sentence_index + 1 + _SIDES_NAMED_REACH]
            role = "guest" if meeting.mode == "host" else "participant"
            for told in later:
                for mention in self.mentions.overlapping(told.start_char, told.end_char, self.caption):
                    person = mention.entity
                    if person.type == "person" and set(person.affiliations) & states:
                        _add_actor(meeting, EventActor(person.id, role))

    def _side_named_again(self, subjects: list[Token], index: int) -> set[str]:
        """ "The President was accompanied by …", "He was accompanied by …": the side of a meeting told in reach
        that the title or pronoun names again (a person who holds that title, or any person for a pronoun)."""
        people = {
            actor.entity
            for meeting in self._meetings_in_reach(index, _DELEGATION_REACH)
            for actor in meeting.actors
            if self.mentions.entities[actor.entity].type == "person"
        }
        named: set[str] = set()
        for subject in subjects:
            word = subject.lower_
            if subject.pos_ == "PRON" and word in {"he", "she"}:
                named |= people
            elif _definite_reference(subject) and word in PERSONAL_OFFICES | TITLE_WORDS:
                named |= {
                    person
                    for person in people
                    if any(word in role.text.lower().split() for role in self.mentions.entities[person].roles)
                }
        return named

    def _meetings_in_reach(self, index: int, reach: int) -> list[_Candidate]:
        """The meetings told in this sentence or the `reach` before it, in text order."""
        return [
            candidate
            for candidate in self.candidates
            if candidate.type == "CONSULT" and index - reach <= candidate.sentence_index <= index
        ]

    def _meeting_told_before(self, index: int, reach: int, sharing: set[str] | None = None) -> _Candidate | None:
        """The last meeting told in this sentence or the `reach` before it (with one of `sharing` among its actors)."""
        return next(
            (
                candidate
                for candidate in reversed(self._meetings_in_reach(index, reach))
                if sharing is None or sharing & candidate.actor_ids()
            ),
            None,
        )

    def _date_from_events_named(self, sentences: list[SpacySpan]) -> None:
        """ "The talks came a week after Nawaz met clerics": a day counted from an event already told.

        The sentence's subject names the earlier-told event ("the talks", "the attack"); its day, shifted by
        the span the text gives, dates the event told after "after" (or "before").
        """
        for candidate in self.candidates:
            time = candidate.time
            if time is None or time.value is not None:
                continue
            span = _RELATIVE_SPAN.fullmatch(time.text.strip().lower())
            if span is None:
                continue
            if candidate.earlier:
                main = next(
                    (
                        other
                        for other in self.candidates
                        if other.sentence_index == candidate.sentence_index and not other.earlier
                    ),
                    None,
                )
                if main is not None and main.time is not None and main.time is not time:
                    candidate.time = _shifted_day(time, span, main.time)
                    if main.time.text == time.text:
                        main.time = None
                    continue
            sentence = sentences[candidate.sentence_index]
            # "The meeting came a day after …, one of the sources said": the subject may be a reported clause's.
            named = next(
                (
                    token
                    for token in sentence
                    if token.dep_ == "nsubj" and _told_type(token) is not None and _definite_reference(token)
                ),
                None,
            )
            if named is None:
                continue
            told = _told_type(named)
            earlier = next(
                (
                    other
                    for other in reversed(self.candidates)
                    if other is not candidate
                    and other.sentence_index < candidate.sentence_index
                    and other.type == (told[0] if told else None)
                    and other.time is not None
                    and other.time.precision == "day"
                    and other.time.value is not None
                ),
                None,
            )
            if earlier is None or earlier.time is None or earlier.time.value is None:
                continue
            candidate.time = _shifted_day(time, span, earlier.time)

    def _carry_days_forward(self, sentences: list[SpacySpan]) -> None:
        """ "On Wednesday, women protested … Governor Lawal met the protesters": an undated event in the
        next sentence of the same paragraph happened on the day just given."""
        text = text_of(self.doc)
        for previous, candidate in zip(self.candidates, self.candidates[1:], strict=False):
            dated = previous.time is not None and previous.time.precision == "day"
            if candidate.time is not None or not dated:
                continue
            if previous.time is not None and _RELATIVE_SPAN.fullmatch(previous.time.text.strip().lower()):
                continue  # a day counted from another event dates that one sentence only
            if candidate.sentence_index != previous.sentence_index + 1 or _is_statement(
                candidate.type, candidate.mode
            ):
                continue  # what someone says is dated by its own words, not by the last event's day
            sentence = sentences[candidate.sentence_index]
            # "Mr Sugiono, who arrived in Port Moresby on Tuesday night, held talks with …": the day of an arrival
            # told in passing dates the arrival only.
            arrivals = [
                token for token in sentence if token.lemma_.lower() in _TRAVEL_VERBS and token.dep_ == "relcl"
            ]
            if any(
                sentence.start_char <= time.start < sentence.end_char
                and not any(a.left_edge.idx <= time.start < a.right_edge.idx + len(a.right_edge) for a in arrivals)
                and not self._dates_a_statement_put_out(time)
                for time in self.times
            ):
                continue  # a sentence with a date of its own that its event did not take
            if any(token.lower_ in _LATER_WORDS and token.dep_ == "advmod" and token.head.dep_ != "conj" for token in sentence):
                # "Security forces later arrested two suspects": some day after, not the same one ("held talks … and
                # later called on the prime minister": the talks were not later)
                continue
            # A sentence span may take in the paragraph break after it, so look from the previous start.
            between = text[
                sentences[previous.sentence_index].start_char : sentences[candidate.sentence_index].start_char
            ]
            # "X and Y agreed on Wednesday … ¶ The two leaders met for about three hours …": the same sides,
            # named again at the head of the next paragraph, met that day.
            same_sides = (
                candidate.type == "CONSULT"
                and previous.type in {"CONSULT", "AGREE"}
                and len(previous.actor_ids()) >= 2
                and previous.actor_ids() <= candidate.actor_ids()
            )
            # "Two soldiers were killed on Sunday in fighting with dissidents …. ¶ Troops were patrolling near El Palo
            # when they came under fire …": the paragraph after a report's lead deed tells that deed in detail.
            lead_detail = (
                previous is self.candidates[0]
                and not candidate.earlier
                and not candidate.ongoing
                and plover.event_class(previous.type, previous.mode) == "violent"
                and plover.event_class(candidate.type, candidate.mode) == "violent"
                # "… ¶ Gunmen attacked a convoy": other doers are another attack
                and (not candidate.actors or _share_actor(previous, candidate, self.mentions))
            )
            # "Cameroon and the CAR agreed on Tuesday to … ¶ Beti Assomo met Rameaux Bireau in Garoua-Boulaï for about
            # four hours": the meeting told right after a report's lead agreement is the one that reached it.
            lead_meeting = (
                previous is self.candidates[0]
                and previous.type == "AGREE"
                and candidate.type == "CONSULT"
                and candidate.mode != "call"
                and not candidate.earlier
                and len(candidate.actors) >= 2
            )
            if "\n" not in between or same_sides or lead_detail or lead_meeting:
                candidate.time = previous.time

    def _place_from_arrival(self, sentences: list[SpacySpan]) -> None:
        """ "Aliyev has received Araghchi. … Araghchi, who arrived in Baku on Tuesday evening, also held talks …": a
        meeting its sentence does not place happened where one of its sides arrived, told close by; so did what two
        leaders agreed ("Peters and La'auli agreed on Wednesday … Mr Peters arrived in Apia on Tuesday …")."""
        for candidate in self.candidates:
            if candidate.place or candidate.earlier or candidate.mode == "call":
                continue
            if candidate.type != "CONSULT" and not (
                candidate.type == "AGREE"
                and self._between_two_people(candidate)
                # "held talks in Honiara and agreed to …": the talks its sentence tells set it
                and not any(
                    other.type == "CONSULT" and other.sentence_index == candidate.sentence_index
                    for other in self.candidates
                )
            ):
                continue
            for index in range(max(0, candidate.sentence_index - 1), min(len(sentences), candidate.sentence_index + 3)):
                flags = quoted_token_flags(sentences[index])
                for arrival in sentences[index]:
                    if arrival.lemma_.lower() not in _ARRIVING_VERBS or flags[arrival.i - sentences[index].start]:
                        continue
                    travellers = _event_subjects(arrival)
                    if arrival.dep_ == "relcl":
                        travellers.append(arrival.head)  # "Araghchi, who arrived in Baku"
                    sides = {entity.id for traveller in travellers for _, entity in self._entities_in(traveller, sentences[index], flags)}
                    if not sides & candidate.actor_ids():
                        continue
                    places = [
                        entity.id
                        for pobj in _objects_of(arrival, {"in", "at", "into"})
                        if (entity := self.mentions.at_token(pobj, self.caption)) is not None
                        and entity.id in self.place_ids
                    ]
                    if places:
                        candidate.place = places[0]
                        break
                if candidate.place:
                    break

    def _between_two_people(self, candidate: _Candidate) -> bool:
        return sum(1 for actor in candidate.actors if self.mentions.entities[actor.entity].type == "person") >= 2

    def _set_by_the_meeting(self, sentences: list[SpacySpan]) -> None:
        """ "Abdi met Abu Qasra in Damascus on Wednesday … SANA said the two men agreed to form a committee": what
        the sides of a meeting agree, ask or do in the sentences that tell it, undated and unplaced there, happened
        at the meeting."""
        meeting: _Candidate | None = None
        for candidate in self.candidates:
            if candidate.type == "CONSULT" and not candidate.earlier and candidate.time and candidate.place:
                if meeting is None or candidate.sentence_index > meeting.sentence_index:
                    meeting = candidate if candidate.time.precision == "day" else meeting
                continue
            if meeting is None or candidate.earlier or candidate.place:
                continue
            # A day carried over from the sentence before is the meeting's own day, not one of its own.
            if candidate.time and (meeting.time is None or candidate.time.value != meeting.time.value):
                continue
            if plover.event_class(candidate.type, candidate.mode) != "strategic":
                continue
            if candidate.sentence_index - meeting.sentence_index > _MEETING_TOLD_REACH:
                continue
            if len(candidate.actor_ids() & meeting.actor_ids()) < min(2, len(candidate.actor_ids())):
                continue
            candidate.time, candidate.place = meeting.time, meeting.place

    def _place_told_of_the_meeting(self, sentences: list[SpacySpan]) -> None:
        """ "Lula hosted his Bolivian counterpart Rodrigo Paz on Thursday for talks …. The meeting took place in
        Corumbá": where the next sentences say the meeting just told was held is where it was."""
        meeting = next((c for c in self.candidates if c.type == "CONSULT" and not c.earlier), None)
        if meeting is None or meeting.place is not None or meeting.mode == "call":
            return
        for sentence in sentences[meeting.sentence_index + 1 : meeting.sentence_index + 3]:
            for noun in sentence:
                # "The meeting took place in Corumbá", "The talks were held at …": the meeting named again.
                if plover.NOUN_TRIGGERS.get(noun.lemma_.lower()) not in _IN_PERSON_MEETING_NOUNS:
                    continue
                if not _definite_reference(noun):
                    continue
                verb = noun.head
                held = verb.lemma_.lower() == "hold" and noun.dep_ == "nsubjpass"
                if noun.dep_ not in {"nsubj", "nsubjpass"} or not (_names_a_happening(verb) or held):
                    continue
                for place in _objects_of(verb, {"in", "at"}):
                    entity = self.mentions.at_token(place, self.caption)
                    if entity is not None and entity.id in self.place_ids:
                        meeting.place = entity.id
                        return

    def _fold_meeting_told_again(self, sentences: list[SpacySpan]) -> None:
        """ "The foreign ministers of Ecuador and Peru met on Friday in Macará … Sommerfeld received Schialer at the
        new service centre": a report tells its meeting first and names who sat at the table paragraphs later. A
        later meeting of the same sides, with no day, place or source of its own, is that meeting told again."""
        meeting = next(
            (c for c in self.candidates if c.type == "CONSULT" and not c.earlier and c.mode in _IN_PERSON_MODES),
            None,
        )
        if meeting is None:
            return
        for retold in [c for c in self.candidates if c.sentence_index > meeting.sentence_index]:
            if retold.type != "CONSULT" or retold.mode not in _IN_PERSON_MODES or retold.earlier or retold.same_as:
                continue
            if id(meeting) in retold.distinct_from or id(retold) in meeting.distinct_from or not retold.actors:
                continue
            if {"hedged", "disputed"} & set(retold.certainties) or any(
                token.lower_ in {"whether", "unclear"} for token in sentences[retold.sentence_index]
            ):
                continue  # "it was not clear whether Kallas met either man": a meeting in doubt stays apart
            if _trip_to_the_meeting(retold, meeting):
                # "Touadéra, who arrived on Wednesday evening for a two-day working visit, was accompanied by …":
                # the guest's trip, begun the day before, is the visit the meeting was part of.
                _merge(meeting, retold)
                self.candidates.remove(retold)
                continue
            if retold.time is not None and (meeting.time is None or retold.time.value != meeting.time.value):
                continue
            if retold.place is not None and retold.place != meeting.place:
                continue
            if {link.name for link in retold.sources} - {link.name for link in meeting.sources}:
                continue  # another outlet's telling: the text leaves open whether it is the same meeting
            sentence = sentences[retold.sentence_index]
            if any(token.lower_ in _ANOTHER_MEETING_WORDS for token in sentence):
                continue  # "Burhan also met Fidan": one more meeting on the same trip
            if any(sentence.start_char <= time.start < sentence.end_char for time in self.times):
                continue  # "a ceremony hosted by Abdelatty on September 9": a sentence with a day of its own
            sides = _related_ids(meeting, self.mentions, with_states=True)
            if not all(
                actor.entity in sides or set(self.mentions.entities[actor.entity].affiliations) & sides
                for actor in retold.actors
            ):
                continue  # "Arouri met Nasrallah" after "Arouri met Nakhaleh": someone from no side already there
            _merge(meeting, retold)
            self.candidates.remove(retold)

    def _complete_from_speaker(
        self, candidate: _Candidate, sentences: list[SpacySpan], dateline_end: int
    ) -> None:
        """ "Lula celebrated …" then "“…,” Lula told a crowd in Belém": the speaker's next words say where and when."""
        speakers = {actor.entity for actor in candidate.actors if actor.role == "source"}
        if not speakers:
            return
        following = sentences[
            candidate.sentence_index + 1 : candidate.sentence_index + 1 + _SPEAKER_LOOKAHEAD
        ]
        for sentence in following:
            flags = quoted_token_flags(sentence)
            for token in sentence:
                if flags[token.i - sentence.start] or token.pos_ != "VERB":
                    continue
                if token.lemma_.lower() not in plover.SPEECH_VERBS:
                    continue
                said_by = {
                    entity.id
                    for subject in _event_subjects(token)
                    for _, entity in self._entities_in(subject, sentence, flags)
                }
                if not said_by & speakers:
                    continue
                candidate.time = candidate.time or self._time_for(token, sentence, dateline_end)
                candidate.place = candidate.place or self._place_for(token, sentence, flags, None)
                return

    def _read_speech_act(
        self,
        candidate: _Candidate,
        reporter: Token,
        sentence: SpacySpan,
        flags: list[bool],
        dateline_end: int,
    ) -> None:
        """ "X said on Thursday that …, daring Democrats …": the act is the speaker's, where and when they spoke."""
        if not any(actor.role == "source" for actor in candidate.actors):
            for subject in _event_subjects(reporter):
                self._add_actors(candidate, "source", subject, sentence, flags)
        if reporter.lemma_.lower() == "tell":
            for addressee in (child for child in reporter.children if child.dep_ == "dobj"):
                self._add_actors(candidate, "target", addressee, sentence, flags)
        candidate.time = candidate.time or self._time_for(reporter, sentence, dateline_end)
        candidate.place = candidate.place or self._place_for(reporter, sentence, flags, None)

    def _add_actors(
        self, candidate: _Candidate, role: str, head: Token, sentence: SpacySpan, flags: list[bool]
    ) -> None:
        violent = plover.event_class(candidate.type, candidate.mode) == "violent"
        attribution = attribution_at(self.attributions, sentence.start_char, self.caption)
        # "…, Egypt's foreign minister, the state-run MENA news agency reported": the parser can hang the outlet
        # that tells the sentence on a name in it; an outlet that is this sentence's source is no party to it.
        telling_outlets = {
            link.entity for link in (attribution.links if attribution else ()) if link.entity in self.outlets
        }
        for token, entity in self._entities_in(head, sentence, flags):
            if entity.id in telling_outlets:
                continue
            if _names_a_posting(token):
                continue  # "Libya's ambassador to the UN": where the ambassador serves, not who acts
            if candidate.mode == "visit" and entity.id in self.country_ids and _visited(token):
                # "an official visit to Tonga": the state visited is the visitor's counterpart.
                _add_actor(candidate, EventActor(entity.id, "participant"))
                continue
            if entity.type != "person" and self._served_by_the_person_before(token):
                continue  # "Yoweri Museveni, President of the Republic of Uganda": the state he serves
            if _speaker_read_as_apposition(token) or _among_trailing_speakers(token):
                continue  # "…, killing four people, regional governor Oleh Syniehubov said": who tells it
            if entity.type == "person" and _speaker_read_as_conjunct(token):
                continue  # "…, Ambassador Mohamed El-Shennawy, Spokesman for the Presidency, said": who tells it
            if entity.type == "person" and _only_related(token):
                continue  # "Haftar's son Saddam", "supporters of Imran Khan": the son and the supporters act
            # "Russia launched 40 drones at Ukraine": a country that is the doer itself is the state acting.
            state_acts = (
                violent and role == "source" and token.dep_ == "nsubj" and entity.id in self.broad_place_ids
            )
            if entity.type == "place" and not state_acts:
                if candidate.type == "PROTEST" and (
                    entity.id in self.route_ids or entity.id not in self.broad_place_ids
                ):
                    # "protesters who had blocked the Route Le Prince in Conakry": where, not whom; "residents
                    # of Lusa blocked the road": where they protested.
                    if _home_of_the_people(token):
                        candidate.place = candidate.place or entity.id
                    continue
                if violent:
                    # "shelled Kafr Nabl": a place struck is where the event happened; a place in the
                    # attacker's description ("al-Qaeda's branch in the Sahel") is not.
                    if (not in_subject(token) or _home_of_the_people(token)) and not self._qualifies_a_noun(
                        token
                    ):
                        if candidate.place is None and in_subject(token):
                            candidate.home_place = True  # where the doers live: a fallback for where they struck
                        candidate.place = candidate.place or entity.id
                    continue
                if _home_of_the_people(token):
                    candidate.place = candidate.place or entity.id  # "residents of Sevare protested"
                    continue
                if _under_preposition(token, _PLACE_PREPOSITIONS | {"from", "of", "to", "for"}) and not (
                    candidate.type == "CONSULT" and _sent_by_the_state(token)
                ):
                    continue
                represents = (
                    token.dep_ == "poss"
                    and token.head.lemma_.lower() in _REPRESENTATIVE_NOUNS
                    and token.head.dep_
                    in {"dobj", "pobj"}  # "summoned Japan's ambassador": Japan is the target
                )
                # "rejected US sanctions", "condemned Turkey's incursion": whose act is opposed is the target.
                opposed = (
                    candidate.type in _STATEMENT_TYPES
                    and token.dep_ in {"compound", "poss"}
                    and token.head.dep_ == "dobj"
                    and token.head.head.pos_ == "VERB"
                )
                if self._qualifies_a_noun(token) and not (represents or opposed):
                    continue  # "the WHO's Europe office": the office acts, not Europe; "Japan's ambassador" is Japan
                if candidate.mode == "visit":
                    # "Qaani last visited Baghdad": the place visited is where, not who.
                    candidate.place = candidate.place or entity.id
                    continue
            leads = (
                (role == "leader" or _is_led_by(token))
                and entity.type == "person"
                and not _inside_side(token)
            )
            actor_role = "leader" if leads else ("participant" if role == "leader" else role)
            _add_actor(candidate, EventActor(entity.id, actor_role))
            if actor_role == "leader":
                # The group a delegation's leader belongs to is a side; the state he serves is not named as one.
                for organization in entity.affiliations:
                    if self.mentions.entities[organization].type == "organization":
                        _add_actor(candidate, EventActor(organization, "participant"))

    def _unnamed_forces(
        self, tokens: Iterable[Token], sentence: SpacySpan, hidden: list[bool], sites: bool = True
    ) -> list[Entity]:
        """ "killed two soldiers", "Two soldiers were killed when a bomb went off", "an attack on a military post":
        unnamed soldiers (or, with `sites`, a military site) stand for the state's forces the article names, as
        coders code them ("Military Forces of Indonesia"; police for policemen and police posts). "Three police
        officers were killed and four soldiers wounded": the police and the army both."""
        kinds = set()
        for token in tokens:
            if not sentence.start <= token.i < sentence.end or hidden[token.i - sentence.start]:
                continue
            lemma = token.lemma_.lower()
            modifiers = {child.lower_ for child in token.children}
            if _owned_by_named_side(token):
                continue  # "soldiers of the Frontier Corps", "FC soldiers": forces the text names itself
            if lemma in _SOLDIER_WORDS or (lemma == "officer" and "police" in modifiers):
                kinds.add(
                    "Police Forces of "
                    if lemma == "policeman" or "police" in modifiers
                    else "Military Forces of "
                )
            elif sites and lemma in _MILITARY_SITES and modifiers & _MILITARY_MODIFIERS:
                kinds.add("Police Forces of " if "police" in modifiers else "Military Forces of ")
        found = [self._forces_of_kind(kind) for kind in sorted(kinds)]
        return [forces for forces in found if forces is not None]

    def _forces_of_kind(self, kind: str) -> Entity | None:
        mentions = self.mentions.all_before(len(text_of(self.doc)) + 1, None)
        forces = {
            mention.entity.id: mention.entity
            for mention in mentions
            if mention.entity.type == "organization"
            and any(name.startswith(kind) for name in (mention.entity.name, *mention.entity.aliases))
        }
        if len(forces) == 1:
            return next(iter(forces.values()))
        # "… killing 12 soldiers. … French troops left Mali in 2022": the soldiers are the forces of the country the
        # report is about, the first it names.
        by_country = {
            fold(name[len(kind) :]): entity
            for entity in forces.values()
            for name in (entity.name, *entity.aliases)
            if name.startswith(kind)
        }
        return next(
            (
                by_country[fold(mention.entity.name)]
                for mention in mentions
                if mention.entity.id in self.broad_place_ids and fold(mention.entity.name) in by_country
            ),
            None,
        )

    def _forces_owning(self, sites: list[Token], sentence: SpacySpan, hidden: list[bool]) -> list[Entity]:
        """ "the police station", "the PNH post": the organization named in a military site's own words."""
        owners = []
        for site in sites:
            # The site's own words, however the parser hangs them ("the police sub-station").
            phrase = [token for token in site.subtree if sentence.start <= token.i < sentence.end][:6]
            if not any(token.lemma_.lower().rsplit("-", 1)[-1] in _MILITARY_SITES for token in phrase):
                continue
            for word in phrase:
                if hidden[word.i - sentence.start]:
                    continue
                entity = self.mentions.at_token(word, self.caption)
                if entity is not None and entity.type == "organization" and entity not in owners:
                    owners.append(entity)
        return owners

    def _state_named_by_nationality(self, trigger: Token) -> Entity | None:
        """ "An Israeli air strike", "a Russian missile strike": the state whose forces struck, as the article
        names it (its forces, "Israeli military", else the country)."""
        nationality = next(
            (child for child in trigger.children if child.dep_ == "amod" and child.ent_type_ == "NORP"), None
        )
        if nationality is None:
            return None
        word = fold(nationality.text)
        forces = [
            entity
            for entity in self.mentions.entities.values()
            if entity.type == "organization" and fold(entity.name).split()[0] == word
        ]
        if forces:
            return forces[0]
        countries = [
            entity
            for entity in self.mentions.entities.values()
            if entity.id in self.place_ids
            and entity.id in self.broad_place_ids
            and _demonym_of(word, fold(entity.name))
        ]
        return countries[0] if countries else None

    def _entities_in(
        self, head: Token, sentence: SpacySpan, flags: list[bool]
    ) -> Iterator[tuple[Token, Entity]]:
        seen: set[str] = set()
        for token in _argument_tokens(head, sentence, flags):
            entity = self.mentions.at_token(token, self.caption)
            referred: list[Entity] = [entity] if entity is not None else []
            if entity is None and token.lower_ in _REFLEXIVE_OR_PERSONAL:
                mention = self.mentions.last_before(token.idx, self.caption, frozenset({"person"}))
                referred = [mention.entity] if mention is not None else []
            elif (
                entity is None or (is_description(entity) and token.lower_ in plover.GROUP_REFERENCE_NOUNS)
            ) and _points_back(token):
                referred = self._referred_to(token) or referred
            for found in referred:
                if found.id not in seen:
                    seen.add(found.id)
                    yield token, found
        for title in (head, *(token for token in head.conjuncts if token.i > head.i)):
            named = self._named_after_title(title, sentence)
            if named is not None and named.id not in seen:
                seen.add(named.id)
                yield title, named

    def _named_after_title(self, head: Token, sentence: SpacySpan) -> Entity | None:
        """ "hosted by the President of the United Arab Emirates, Sheikh Mohamed bin Zayed, and …": the name set
        off after a title, which the parser may hang elsewhere, is the one who holds it."""
        if head.lower_ not in TITLE_WORDS | PERSONAL_OFFICES:
            return None
        end = max(token.i for token in head.subtree) + 1
        if end < sentence.end and self.doc[end].is_title and self.doc[end - 1].whitespace_:
            # "hosted his Puntland counterpart Said Abdullahi Deni", "navy commander Vice Admiral Kanchana Banagoda":
            # the name right after the office or title, even where the parser reads its first word as a verb.
            tight = self.mentions.at_token(self.doc[end], self.caption)
            if tight is not None and tight.type == "person":
                return tight
        if end + 1 >= sentence.end or self.doc[end].text != ",":
            return None
        start = end + 1
        while start + 1 < sentence.end and self.doc[start].lower_ in TITLE_WORDS:
            start += 1  # "…, Sheikh Mohamed bin Zayed": the honorific opens the name
        entity = self.mentions.at_token(self.doc[start], self.caption)
        if entity is None or entity.type != "person" or any(
            self.mentions.at_token(token, self.caption) is entity for token in head.subtree
        ):
            return None
        return entity

    def _referred_to(self, token: Token) -> list[Entity]:
        """Who a word pointing back means: "they"/"it" after "X said", the sides of the last meeting, a group.

        "Police said they had arrested …": the speaker. "The two sides last met in January": the participants
        of the meeting just told. "The group", "its fighters": the organization named last, a named one
        before a description ("militants" is what the group is called again).
        """
        pronoun = token.lower_ in _PLURAL_PRONOUNS | {"it"}
        # "The army said its troops had killed …": its troops are the speaking army's.
        possessed = any(
            child.dep_ == "poss" and child.lower_ in _GROUP_POSSESSIVES for child in token.children
        )
        speaker = _speaker_of_reported_clause(token)
        if (pronoun or possessed) and speaker is not None and speaker.i < token.i:
            entity = self.mentions.at_token(speaker, self.caption)
            # "The Saba news agency said the delegation included members of its council": an outlet's "its"
            # is the group it reports on.
            if entity is not None and entity.type != "person" and entity.id not in self.outlets:
                return [entity]
        if _names_both_sides(token):
            return self._sides_of_last_meeting(token)
        if pronoun:
            latest = self._latest_before(token.idx, named_only=False, singular=token.lower_ == "it")
            if latest is not None and latest.type != "person":
                return [latest]
            # "Haniyeh met Fidan … They discussed": people just named are the sides of the meeting just told.
            return self._sides_of_last_meeting(token) if token.lower_ in _PLURAL_PRONOUNS else []
        salient = self._most_salient_group_before(token.idx, token.lemma_.lower())
        return [salient] if salient is not None else []

    def _most_salient_group_before(self, offset: int, word: str = "") -> Entity | None:
        """The named organization "the group" most likely means (`sources.most_salient_group`)."""
        return most_salient_group(
            self.mentions, self.doc, self.caption, offset, word, self.references, _GROUP_REFERENCE_REACH,
            self.outlets,
        )

    def _latest_before(self, offset: int, named_only: bool, singular: bool = False) -> Entity | None:
        """The actor named or pointed back to last before `offset`, within reach ("the movement" counts)."""
        types = frozenset({"organization"}) if named_only else frozenset({"person", "organization", "other"})
        # "…, Caracol Radio reported. … the group's negotiators": an outlet that reports is not the group.
        mention = next(
            (
                m
                for m in reversed(self.mentions.all_before(offset, self.caption))
                if m.entity.type in types
                and not (named_only and is_description(m.entity))
                # "ISOC said four rangers had been wounded … It blamed …": "it" is no band of men.
                and not (singular and is_description(m.entity) and m.entity.name.endswith(("s", "men")))
                and m.entity.id not in self.outlets
            ),
            None,
        )
        found = (mention.end, mention.entity) if mention is not None else None
        for end, entity in self.references:
            if end <= offset and (found is None or end > found[0]):
                found = (end, entity)
        if found is None or offset - found[0] > _GROUP_REFERENCE_REACH:
            return None
        return found[1]

    def _group_references(self) -> list[tuple[int, Entity]]:
        """ "the movement", "the rebels" wherever they stand, each read as the organization it points back to,
        so that a later "its administrators" finds the movement rather than a group named in between."""
        references: list[tuple[int, Entity]] = []
        for token in self.doc:
            if token.lower_ not in plover.GROUP_REFERENCE_NOUNS or self.mentions.at_token(
                token, self.caption
            ):
                continue
            if not any(c.dep_ == "det" and c.lower_ in _BACK_REFERENCE_DETERMINERS for c in token.children):
                continue
            self.references = references
            entity = self._most_salient_group_before(token.idx, token.lemma_.lower())
            if entity is not None:
                references.append((token.idx + len(token.text), entity))
        return references

    def _first_told(self, noun: Token, typed: tuple[str, str | None]) -> bool:
        """ "The two-day talks brought together delegations from Georgia, Russia and …": talks named as known
        that bring their sides with them, where no meeting was told before, are the meeting itself."""
        if typed[0] != "CONSULT" or not _brought_together(noun):
            return False
        return not any(candidate.type == "CONSULT" and candidate.caption == self.caption for candidate in self.candidates)

    def _sides_of_last_meeting(self, token: Token) -> list[Entity]:
        """The participants of the latest meeting or call told before, in the last two sentences or so (or of an
        agreement: "X and Y agreed … after talks in Moyale. The two leaders met for three hours …")."""
        for candidate in reversed(self.candidates):
            if candidate.type not in {"CONSULT", "AGREE"} or not candidate.evidence:
                continue
            people = [self.mentions.entities[actor.entity] for actor in candidate.actors]
            if candidate.type == "AGREE" and sum(1 for side in people if side.type == "person") < 2:
                continue  # "China-brokered ceasefires": an accord between bodies names no two leaders
            if token.idx - candidate.evidence[-1].end > _GROUP_REFERENCE_REACH:
                break
            if len(people) >= 2:
                return people
        return self._people_doing_the_last_deed(token)

    def _people_doing_the_last_deed(self, token: Token) -> list[Entity]:
        """ "X and his Egyptian counterpart, Y, today inaugurated a power line …. The two prime ministers held
        talks": with no meeting told before, the two are the people who did what the sentence before tells."""
        sentence = token.sent
        if sentence.start == 0:
            return []
        before = token.doc[sentence.start - 1].sent
        if token.idx - before.start_char > _GROUP_REFERENCE_REACH:
            return []
        flags = quoted_token_flags(before)
        people: list[Entity] = []
        for subject in (word for word in before if word.dep_ == "nsubj" and word.head == before.root):
            for _, entity in self._entities_in(subject, before, flags):
                if entity.type == "person" and entity not in people:
                    people.append(entity)
        return people if len(people) == 2 else []

    def _place_for(
        self, trigger: Token, sentence: SpacySpan, flags: list[bool], mode: str | None
    ) -> str | None:
        """The place named in the trigger's own clause ("met in Istanbul", "clashed … east of Saraqib")."""
        prepositions = _EVENT_PLACE_PREPOSITIONS
        if mode in {"visit", "delegation"}:
            prepositions = _EVENT_PLACE_PREPOSITIONS | {"to"}  # "travelled to Ankara", "led a delegation to Nairobi"
        if mode is not None and mode.startswith("territory"):
            # Territory changes hands "from" or "of" a place: "withdrew from Lusa", "took control of Sabri".
            prepositions = _EVENT_PLACE_PREPOSITIONS | {"from", "of"}
        # The trigger's clause first; then the sentence's main clause ("X told reporters in Strasbourg that …").
        root = sentence.root
        typed = _trigger_type(trigger)
        # "Orbán, speaking in Budapest, said he would not apply …": a statement happens where its speaker is.
        told_by_its_doer = typed is not None and typed[0] in _SPEECH_ACT_TYPES
        scopes = [
            _own_clause(trigger),
            _circumstances(trigger),
            # "dropped bombs on the town of Huliaipole, killing two civilians, the governor said": a toll's
            # clause is set where the deed it follows is.
            _own_clause(trigger.head) if trigger.dep_ == "advcl" and trigger.lemma_.lower() in _TOLL_VERBS else [],
            _own_clause(root) if not flags[root.i - sentence.start] else [],
        ]
        road_ends: list[str] = []
        # A place in what is agreed is no setting, unless the event itself is part of what is agreed.
        trigger_undertaken = _in_what_is_undertaken(trigger)
        # "near Lafoole, on the road between Mogadishu and Afgooye": only a point on the road outranks its ends
        # (looked for only once a road's end turns up).
        point_on_road: bool | None = None
        for scope in scopes:
            found: list[str] = []
            from_subject: set[str] = set()
            nearby: set[str] = set()
            for token in scope:
                if flags[token.i - sentence.start]:
                    continue
                if _names_an_end_of_the_road(token):
                    if point_on_road is None:
                        point_on_road = any(
                            word.dep_ == "pobj" and word.head.lower_ in {"near", "at", "outside"}
                            and self._is_place_token(word)
                            for word in sentence
                        )
                    if point_on_road:
                        # "near Lafoole, on the road between Mogadishu and Afgooye": the towns the road joins are
                        # where it runs, not where on it the deed was, when the sentence names that.
                        entity = self.mentions.at_token(token, self.caption)
                        if entity is not None and entity.id in self.place_ids and entity.id not in road_ends:
                            road_ends.append(entity.id)
                        continue
                placing = (
                    _under_preposition(token, prepositions)
                    or (token.dep_ == "dobj" and token.head.lemma_.lower() in _PLACING_VERBS)
                    or _what_was_attacked(token)
                    or _what_was_raided(token)
                )
                if not placing or self._contains_another_place(token) or _is_topic(token):
                    continue
                if self._qualifies_a_named_place(token):
                    continue  # "in the Yunnan provincial capital Kunming": Yunnan only says where Kunming is
                if _names_quarters_of_a_town(token):
                    continue  # "in the Fiango and Kosala neighbourhoods of Kumba": the town is where
                if not trigger_undertaken and _in_what_is_undertaken(token):
                    continue  # "agreed to restore a ferry between Mahajanga and Moroni": what, not where
                if _inside_other_event_phrase(token, trigger) or _in_aside(token, trigger):
                    continue  # "A week after a march in Toribío, … marched in Caldono"
                if _where_they_went_after(token) and not (mode or "").startswith("territory"):
                    continue  # "… before withdrawing towards the Mandara Mountains": not where they struck
                if _where_they_came_from(token) and not (mode or "").startswith("territory"):
                    continue  # "arrived … from the hills on the side of Mirebalais": not where they struck
                if _in_teller(token) and not _in_teller(trigger) and not told_by_its_doer:
                    continue  # "…, a security source in Fada N'Gourma said": where the teller is, not the deed
                if (
                    self._qualifies_a_noun(token)
                    and _named_noun(token).lemma_.lower() not in plover.GROUND_NOUNS | _SITE_NOUNS
                    # "at the border post on the Kyé-Ossi side": the side of a border is named by its town (not "on
                    # the Sierra Leone side", which only says which country)
                    and not (_named_noun(token).lemma_.lower() == "side" and not self._is_broad_place(token))
                ):
                    continue  # "rocket attacks on US targets": the targets are where, not the US
                entity = self.mentions.at_token(token, self.caption)
                if entity is not None and entity.id in self.place_ids and entity.id not in found:
                    found.append(entity.id)
                    if in_subject(token):
                        from_subject.add(entity.id)
                    if token.dep_ == "pobj" and token.head.lower_ in {"near", "outside", "between"}:
                        nearby.add(entity.id)
            narrow = [place for place in found if place not in self.broad_place_ids]
            # "Armed youth from Tonj East County attacked a camp on the outskirts of Tonj": where the doers came
            # from is not where they struck, when the clause names that too.
            struck = [place for place in (narrow or found) if place not in from_subject]
            # "stopped a bus on the Ring Road near Jakiri": the town names the place; the road only runs there.
            # ("marched along Moi Avenue in Nairobi": a street in a city is the narrower place.)
            on_road = any(place in self.route_ids for place in struck)
            off_road = [
                place for place in struck if on_road and place in nearby and place not in self.route_ids
            ]
            if found:
                chosen = (off_road or struck or narrow or found)[0]
                return self._police_station_town(chosen, sentence) or self._town_within(chosen, sentence) or chosen
        chosen = (
            self._place_travelled_to(trigger, sentence, flags)
            or self._place_referred_back(trigger, sentence)
            or (road_ends[0] if road_ends else None)
            or self._only_town_of_sentence(trigger, sentence, flags, mode)
        )
        return chosen and (self._police_station_town(chosen, sentence) or chosen)

    def _town_within(self, chosen: str, sentence: SpacySpan) -> str | None:
        """ "to clear the blockade that miners have held on the highway at Chala, in Arequipa region": where the
        clause names only a province, the town the sentence sets its happening in, inside that province's country,
        is where it was."""
        if chosen not in self.broad_place_ids:
            return None
        town = self._narrowest_place_of(sentence)
        if town is None or town in self.broad_place_ids or self.countries.get(town) != self.countries.get(chosen):
            return None
        return town

    def _police_station_town(self, chosen: str, sentence: SpacySpan) -> str | None:
        """ "in the Saranda forest under the Goilkera police station area": South Asian reports place a deed in the
        wild by the police station whose ground it falls under, and that town is where a coder puts it."""
        if "station" not in sentence.text:
            return None  # the common case, cheaply: no police station named
        chosen_tokens = [
            token
            for token in sentence
            if (entity := self.mentions.at_token(token, self.caption)) is not None and entity.id == chosen
        ]
        wild = any(
            token.dep_ == "compound" and token.head.lemma_.lower() in _WILD_GROUND_NOUNS for token in chosen_tokens
        )
        for token in sentence:
            station = token.head
            if not (token.dep_ == "compound" and station.lemma_.lower() == "station"):
                continue
            ground = station.head if station.dep_ == "compound" else station
            if not (ground.dep_ == "pobj" and ground.head.lower_ == "under"):
                continue
            # "… police station area of Narayanpur district": the district the station's ground lies in is wider.
            wider = any(chosen_token in ground.subtree for chosen_token in chosen_tokens)
            entity = self.mentions.at_token(token, self.caption)
            if (wild or wider) and entity is not None and entity.id in self.place_ids and entity.id != chosen:
                return entity.id
        return None

    def _place_travelled_to(self, trigger: Token, sentence: SpacySpan, flags: list[bool]) -> str | None:
        """ "arrived in Sanaa on Tuesday and held talks with …": a meeting after the arrival it is coordinated with
        happened where the traveller arrived."""
        clause = _clause_of(trigger)
        if clause.dep_ != "conj" or clause.head.lemma_.lower() not in _TRAVEL_VERBS or clause.head.i > clause.i:
            return None
        journey = clause.head
        for token in _own_clause(journey):
            if flags[token.i - sentence.start] or token.i >= clause.i:
                continue
            if not _under_preposition(token, _PLACE_PREPOSITIONS | {"to"}) or self._contains_another_place(token):
                continue
            entity = self.mentions.at_token(token, self.caption)
            if entity is not None and entity.id in self.place_ids:
                return entity.id
        return None

    def _only_town_of_sentence(
        self, trigger: Token, sentence: SpacySpan, flags: list[bool], mode: str | None
    ) -> str | None:
        """ "… armed men numbering about thirty invaded Daffo community …": where the parse ties no place to a
        violent deed or a protest, the one town its sentence names is where it happened."""
        typed = _trigger_type(trigger)
        if typed is None or plover.event_class(typed[0], mode) == "strategic":
            return None
        towns = {
            entity.id
            for token in sentence
            if not flags[token.i - sentence.start]
            and (entity := self.mentions.at_token(token, self.caption)) is not None
            and entity.id in self.place_ids
            and entity.id not in self.broad_place_ids
            and not _inside_other_event_phrase(token, trigger)
            # "Fighters of the Kestrel Brigade of the Tarvo district clashed …": a place in who they are.
            and not in_subject(token)
            and not _in_teller(token)
            and not _where_they_went_after(token)
            and not _where_they_came_from(token)
        }
        if len(towns) > 1:
            # "invaded Daffo community in Bokkos Local Government Area": the area only says where Daffo lies.
            towns = {town for town in towns if not self._names_an_area(town)}
        if len(towns) > 1:
            # "on the outskirts of the city of Mhardeh in the northwestern countryside of Hama": a town whose
            # countryside is named only says where the other lies.
            towns -= {
                entity.id
                for token in sentence
                if token.dep_ == "pobj"
                and token.head.lower_ == "of"
                and token.head.head.lemma_.lower() in _AREAS_AROUND_A_TOWN
                and (entity := self.mentions.at_token(token, self.caption)) is not None
            }
        return next(iter(towns)) if len(towns) == 1 else None

    def _names_an_area(self, entity_id: str) -> bool:
        entity = self.mentions.entities.get(entity_id)
        forms = (entity.name, *entity.aliases) if entity is not None else ()
        return any(
            form.rsplit(maxsplit=1)[-1].lower() in _AREA_WORDS | {"area", "lga"}
            or form.lower().endswith("local government")  # "Faskari Local Government (Area)"
            for form in forms
        )

    def _place_referred_back(self, trigger: Token, sentence: SpacySpan) -> str | None:
        """ "struck vehicles east of the town", "clashes in the village": the settlement named last before."""
        for token in _own_clause(trigger):
            if token.lemma_.lower() not in _SETTLEMENT_NOUNS or not _definite_reference(token):
                continue
            taken = token.dep_ == "dobj" and token.head.i == trigger.i  # "captured the village"
            if not (taken or _under_preposition(token, _EVENT_PLACE_PREPOSITIONS | {"of"})):
                continue
            # "Ukraine's military said … captured the village": the village is the last town named, not a country.
            text = text_of(sentence.doc)
            for mention in reversed(self.mentions.all_before(sentence.start_char, self.caption)):
                if mention.entity.id not in self.place_ids or mention.entity.id in self.broad_place_ids:
                    continue
                if text[mention.start : mention.end].rsplit(maxsplit=1)[-1].lower() in _AREA_WORDS:
                    continue  # "the Donetsk region" is no village
                if _NOT_A_SETTLEMENT_AFTER.match(text, mention.end):
                    continue  # "a farming town on the Shabelle river": the river is no town
                if self._names_an_area(mention.entity.id):
                    continue  # "Mairuwa, a farming community in Faskari Local Government Area": the area is no village
                if _where_the_wounded_were_taken(text, mention.start) or _only_a_landmark(text, mention.start):
                    # "the town of Bal'a, east of Tulkarm. … pronounced dead at the hospital in Tulkarm. … stormed
                    # the town": the town told of, not the city it is placed by or the wounded were taken to.
                    continue
                described = self._described_as(token.lemma_.lower(), mention.start)
                return described or mention.entity.id
        return None

    def _described_as(self, noun: str, before: int) -> str | None:
        """ "Janaale, a farming town on the Shabelle river in … Lower Shabelle region. … attacked the base on the
        edge of the town": the place its own sentence calls a town, ahead of the names that only locate it."""
        text = text_of(self.doc)
        sentence_start = text.rfind(". ", 0, before) + 1
        for mention in self.mentions.overlapping(sentence_start, before, self.caption):
            if mention.start < sentence_start or mention.end > before or mention.entity.id not in self.place_ids:
                continue
            if re.match(rf",\s+(?:a|an)\s+(?:[\w'’-]+\s+){{0,3}}?{noun}\b", text[mention.end : mention.end + 60]):
                return mention.entity.id
        return None

    def _narrower(self, first: str | None, second: str | None) -> str | None:
        """Of two places read for one event, the town rather than the country or province it lies in."""
        if first is None or second is None:
            return first or second
        if first in self.broad_place_ids and second not in self.broad_place_ids:
            return second
        return first

    def _is_place_token(self, token: Token) -> bool:
        entity = self.mentions.at_token(token, self.caption)
        return entity is not None and entity.id in self.place_ids

    def _is_broad_place(self, token: Token) -> bool:
        entity = self.mentions.at_token(token, self.caption)
        return entity is not None and entity.id in self.broad_place_ids

    def _qualifies_a_noun(self, token: Token) -> bool:
        """ "a Myanmar military outpost": the place modifies a noun that is no place itself."""
        head = token
        while (
            head.dep_ in _MODIFIER_DEPENDENCIES and head.head.i != head.i and self._is_place_token(head.head)
        ):
            head = head.head  # "Kafr Nabl": the parts of one name
        return (
            head.dep_ in _MODIFIER_DEPENDENCIES
            and head.head.i != head.i
            and head.head.lemma_.lower() not in _SETTLEMENT_NOUNS | _SUB_AREA_NOUNS  # "Kadamutsa village", "Hnila union"
        )

    def _contains_another_place(self, token: Token) -> bool:
        """ "Kafr Nabl in the southern Idlib countryside": Idlib only says where Kafr Nabl lies."""
        ancestor = token
        for _ in range(6):
            if ancestor.dep_ == "pobj":
                attached_to = ancestor.head.head
                if attached_to.lower_ in _ROUTE_WORDS:
                    return False  # "blocked the Tiddim Road at Moirang": the town says where on the road
                return attached_to.i != ancestor.head.i and self._is_place_token(attached_to)
            if (
                ancestor.dep_ not in {"compound", "conj", "appos", "amod", "nmod"}
                or ancestor.head.i == ancestor.i
            ):
                return False
            ancestor = ancestor.head
        return False

    def _qualifies_a_named_place(self, token: Token) -> bool:
        """ "the Yunnan provincial capital Kunming", "Borno's state capital, Maiduguri": a place describing a noun
        that a place in apposition names."""
        while token.dep_ in {"compound", "nmod", "poss", "amod"} and token.head.i != token.i:
            token = token.head
            if any(child.dep_ == "appos" and self._is_place_token(child) for child in token.children):
                return True
            # "in the Mediterranean resort city of El Alamein": the sea only says where the city lies.
            if token.lemma_.lower() in _TOWN_NOUNS and any(
                child.dep_ == "prep" and child.lower_ == "of"
                and any(
                    named.dep_ == "pobj" and self._is_place_token(named) and not self._is_broad_place(named)
                    for named in child.children
                )
                for child in token.children
            ):
                return True
        return False

    def _dateline_narrows(self, place: str | None, filed_in: str | None) -> bool:
        """Whether the dateline's town lies in the country or region an event is placed in."""
        if place is None or filed_in is None or place == filed_in:
            return False
        if place not in self.broad_place_ids or filed_in in self.broad_place_ids:
            return False
        country = self.countries.get(place)
        return country is not None and self.countries.get(filed_in) == country

    def dateline_place(self, dateline_end: int) -> str | None:
        """The place a wire dateline names ("MOSCOW, Jan 17 (Wire) -"): where the story was filed."""
        for mention in self.mentions.overlapping(0, dateline_end, self.caption):
            if mention.entity.id in self.place_ids:
                return mention.entity.id
        return None

    def _earlier_time(self, trigger: Token, sentence: SpacySpan) -> TimeExpression | None:
        """An earlier-told event's time: its own words, or the span ("a week after") that counts back to it."""
        inside = [t for t in self.times if sentence.start_char <= t.start < sentence.end_char]
        subtree = {token.idx for token in trigger.subtree}
        own = [t for t in inside if t.start in subtree]
        spans = [t for t in inside if _RELATIVE_SPAN.fullmatch(t.text.strip().lower())]
        if own or spans:
            return (own or spans)[0]
        clause = _clause_of(trigger)
        days = [t for t in inside if t.precision == "day" and t.value is not None]
        if len(days) == 1 and any(child.dep_ == "mark" and child.lower_ == "after" for child in clause.children):
            # "… agreed on Thursday to set a timetable, Angola's presidency said, after the two leaders met in
            # Luena": a meeting the day's news followed, with no day or span of its own, is that day's.
            return days[0]
        return None

    def _time_for(self, trigger: Token, sentence: SpacySpan, dateline_end: int) -> TimeExpression | None:
        """The time in the trigger's own clause; a main-clause event also takes one elsewhere in its sentence."""
        inside = [
            t
            for t in self.times
            if sentence.start_char <= t.start < sentence.end_char and t.start >= dateline_end
        ]
        if not inside:
            return None
        # "Qaani, who has led the Quds Force since January, urged …": a relative clause dates its own verb.
        asides = [
            token
            for clause in sentence
            if clause.dep_ in {"relcl", "ccomp"} and trigger not in list(clause.subtree)
            # "14 civilians were killed late on Tuesday when rebels attacked …", misread with the toll as a
            # clause of the attack: the toll's time is the attack's.
            and not (
                clause.lemma_.lower() in _TOLL_VERBS
                and (clause.head.i == trigger.i or (clause.head.i == trigger.head.i and clause.i < trigger.i))
            )
            for token in clause.subtree
        ]
        asides += [token for token in sentence if _inside_other_event_phrase(token, trigger)]
        # "… late on Sunday and fought government forces before withdrawing on Monday morning": the day of the deed
        # done before or after it.
        # ("was expected to meet a delegation before leaving on Thursday", with no day of its own, is dated by it.)
        other_deeds = {
            token.idx
            for link in sentence
            if link.dep_ == "prep" and link.lower_ in {"before", "after", "until"}
            and any(child.dep_ == "pcomp" and child.tag_ == "VBG" for child in link.children)
            and trigger not in list(link.subtree)
            for token in link.subtree
            if token.i > link.i  # "a year after losing the city" counts from the other deed: it stays
        }
        own = [t for t in inside if not any(t.start <= offset < t.end for offset in other_deeds)]
        inside = own or inside
        typed = _trigger_type(trigger)
        if typed is not None and typed[0] in _SPEECH_ACT_TYPES:
            # "urged supporters to join demonstrations on Thursday": the day of what is asked, not of the asking.
            asides += [
                token
                for child in trigger.children
                if child.dep_ in {"xcomp", "ccomp"}
                for token in child.subtree
            ]
        aside_offsets = {token.idx for token in asides}
        inside = [t for t in inside if not any(t.start <= offset < t.end for offset in aside_offsets)]
        if not inside:
            return None
        clause_tokens = _own_clause(trigger)
        offsets = {token.idx for token in clause_tokens}
        in_clause = [t for t in inside if any(t.start <= offset < t.end for offset in offsets)]
        # "held their first direct talks since 2020 … on Saturday": "since" names the last time, not this one.
        in_clause = [t for t in in_clause if not _SINCE.match(t.text)] or in_clause
        if in_clause and (in_clause[0].value is not None or len(in_clause) == len(inside)):
            return in_clause[0]
        if in_clause:
            # "recaptured the city more than a year after losing it": a span from another event dates nothing by
            # itself; the day the report gives for the telling ("said on Sunday") is the best there is.
            valued = [t for t in inside if t.value is not None and t.precision == "day"]
            return valued[0] if valued and _reporting_verb(trigger) is not None else in_clause[0]
        clause = _clause_of(trigger)
        if clause.dep_ in {"xcomp", "advcl", "relcl", "acl"} and any(
            child.lower_ == "to" for child in clause.children
        ):
            # "Late Wednesday, residents blocked roads to protest the killings": a purpose shares its act's time.
            clause = _clause_of(clause.head)
        while clause.dep_ == "advcl" and any(child.lower_ == "when" for child in clause.children):
            # "Two villagers were killed on Tuesday when residents clashed with …": the toll's time is the clash's.
            head_offsets = {token.idx for token in _own_clause(clause.head)}
            in_head = [t for t in inside if any(t.start <= offset < t.end for offset in head_offsets)]
            if in_head:
                return in_head[0]
            clause = _clause_of(clause.head)
        while clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"} and clause.head.i != clause.i:
            # "On 16 May, residents burned tyres and blocked the road": coordinated acts share the day.
            clause = _clause_of(clause.head)
        if clause.dep_ == "ROOT":
            return inside[0]
        # "… held talks with Mashat on Tuesday, the Saba news agency reported": a trailing report is told like a "said".
        told_by = _reporting_verb(trigger, _TELLING_VERBS)
        root = sentence.root
        if (
            told_by is None
            and root.lemma_.lower() in _TELLING_VERBS
            and any(
                child.dep_ == "nsubj" and trigger.i < child.i < root.i and self.doc[child.left_edge.i - 1].text == ","
                for child in root.children
            )
        ):
            # "Armed bandits killed nine people … late on Monday, residents said on Tuesday", parsed with the
            # bandits as the ones who said: the trailing "said" is still the telling.
            told_by = root
        if told_by is not None and clause.i < told_by.i:
            # "Rebels attacked a post in Sugapa, on Tuesday, a security official said": the parser hangs the day
            # on the trailing "said", but a day before the speaker belongs to what is told.
            speaker_start = min(
                (child.i for child in told_by.children if child.dep_ == "nsubj" and child.i > trigger.i),
                default=told_by.i,
            )
            before_speaker = [t for t in inside if t.end <= self.doc[speaker_start].idx]
            return before_speaker[-1] if before_speaker else None
        days = [t for t in inside if t.precision == "day" and t.value is not None and not _dates_the_telling(t, trigger)]
        if typed is not None and plover.event_class(*typed) != "strategic" and len(days) == 1:
            # "wishes to inform the public that on 14th April … armed men invaded Daffo": where the parse ties
            # no day to a violent deed, the one day its sentence gives is its day.
            return days[0]
        return None

    def _inside_a_name(self, token: Token) -> bool:
        """Whether the token is a capitalised word inside a several-word name of a person, organization or
        place ("a delegation from the KRG" is a description, and its delegation still an event)."""
        return token.is_title and any(
            mention.entity.type in {"person", "organization", "place"}
            and " " in text_of(token.doc)[mention.start : mention.end].strip()
            for mention in self.mentions.overlapping(token.idx, token.idx + len(token.text), self.caption)
        )

    def _add(self, candidate: _Candidate) -> None:
        previous = next((c for c in reversed(self.candidates) if c.type == candidate.type), None)
        same_sentence = (
            previous is not None
            and previous.sentence_index == candidate.sentence_index
            and previous.earlier == candidate.earlier
        )
        if previous is not None and (same_sentence or _tells_same(previous, candidate, self.mentions)):
            _merge(previous, candidate)
            return
        # "… stormed the base. Troops later retook it. The group claimed it had killed 30 soldiers": a claim
        # may go back past another event of its type to the attack it retells.
        retold = next(
            (
                c
                for c in reversed(self.candidates)
                if c.type == candidate.type
                and c is not previous
                and not candidate.place
                and not candidate.time
                and _tells_same(c, candidate, self.mentions)
            ),
            None,
        )
        if retold is not None and candidate.actors:
            _merge(retold, candidate)
            return
        if not candidate.actors and candidate.type in plover.VERBAL_TYPES:
            # A meeting, call or statement with no one named in it tells nothing a reader can use.
            return
        last = self.candidates[-1] if self.candidates else None
        if (
            last is not None
            and last.sentence_index == candidate.sentence_index
            and candidate.type not in plover.VERBAL_TYPES
        ):
            # "… marched in Myingyan on Sunday, and security forces arrested …": one setting for both. A call
            # or a meeting told beside a battle ("After the Taliban captured Kabul, X had a call …") is not.
            candidate.place = candidate.place or last.place
            candidate.time = candidate.time or last.time
        self.candidates.append(candidate)

    def _mark_possible_retelling(self) -> None:
        """ "It is unclear whether this was a separate meeting": the last event may retell an earlier one."""
        if len(self.candidates) < 2:
            return
        last = self.candidates[-1]
        for earlier in reversed(self.candidates[:-1]):
            if earlier.type == last.type and _share_actor(earlier, last, self.mentions):
                last.same_as.add(id(earlier))
                earlier.same_as.add(id(last))
                return


# ---------------------------------------------------------------- triggers


def _trigger_type(token: Token) -> tuple[str, str | None] | None:
    """The PLOVER type and mode a token names as an event trigger, if it is one."""
    typed = _trigger_type_as_worded(token)
    if typed == ("ASSAULT", "clash") and _fought_by_a_crowd(token):
        # "Supporters of rival football clubs fought running battles in Mostar": a crowd's fight is a riot.
        return "PROTEST", "riot"
    return typed


def _fought_by_a_crowd(token: Token) -> bool:
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head if token.dep_ == "dobj" else None
    if verb is None:
        return False
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    return bool(subjects) and all(
        subject.lemma_.lower() in _CROWD_FIGHTERS
        # "armed residents of the Jurm district clashed with …": armed men fight as a side
        and not any(child.lower_ in {"armed", "gun-wielding"} for child in subject.children)
        for subject in subjects
    )


def _trigger_type_as_worded(token: Token) -> tuple[str, str | None] | None:
    lower = token.lower_
    lemma = _IRREGULAR_PAST.get(lower) or token.lemma_.lower()
    if token.pos_ in {"VERB", "AUX"}:
        return _verb_trigger(token, lemma)
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(
        child.lower_ in plover.NOT_YET_HELD for child in token.children if child.dep_ in {"amod", "compound"}
    ):
        # "the upcoming meeting", "planned talks": announced, not held.
        return None
    if lower == "marches":
        lemma = "march"  # the model reads a capitalised "Marches" as a name and keeps it as its lemma
    if lemma == "march" and (token.ent_type_ == "DATE" or token.text == "March"):
        return None  # "in March" is a month; "Marches were held …" is not
    if lemma in {"strike", "raid"}:
        modifiers = {child.lower_ for child in token.children if child.dep_ in {"compound", "amod", "nmod"}}
        for modifier, mode in plover.STRIKE_MODIFIERS.items():
            if modifier in modifiers:
                return "ASSAULT", mode
        if lemma == "raid" and _killed_in(token):
            return "ASSAULT", "armed attack"  # "a raid that killed three soldiers"
        if lemma == "strike" and _strikes_carried_out_on(token):
            # "carried out a series of strikes on a concentration of terrorists": no labour strike lands on anyone.
            doers = {word.lemma_.lower() for word in token.sent if word.i < token.i}
            return "ASSAULT", "air strike" if doers & plover.AIRCRAFT_WORDS else "armed attack"
        return None
    if lemma in _FIRE_NOUNS and _came_under(token):
        # "troops came under attack from members of the structure". Without a named attacker ("came under fire from
        # 'outlaw groups'") it is the other side's telling of a fight the report has told already.
        quoted = quoted_token_flags(token.sent)
        named = [attacker for attacker in _attackers_from(token) if not quoted[attacker.i - token.sent.start]]
        return ("ASSAULT", "armed attack") if named else None
    if lemma == "attack":
        # "the attack by ISWAP on an army post": a named attacker or target makes it an armed attack;
        # the bare noun is too often a threat, a fear or a verbal attack.
        modifiers = {child.lower_ for child in token.children if child.dep_ in {"compound", "amod", "nmod"}}
        for modifier, mode in plover.STRIKE_MODIFIERS.items():
            if modifier in modifiers:
                return "ASSAULT", mode  # "a drone attack"
        if token.dep_ == "dobj" and token.head.lemma_.lower() in {"launch", "carry", "stage", "mount"}:
            return "ASSAULT", "armed attack"  # "launched an attack overnight on a position"
        preps = {child.lower_ for child in token.children if child.dep_ == "prep"}
        return ("ASSAULT", "armed attack") if preps & {"by", "on"} or _killed_in(token) else None
    if lemma in {"conversation", "exchange"} and any(
        child.lemma_.lower() in plover.MEDIUM_WORDS
        for child in token.children
        if child.dep_ in {"compound", "amod"}
    ):
        return "CONSULT", "call"  # "during a telephone conversation", "a video exchange"
    if lemma == "device" and any(child.lower_ in {"explosive", "improvised"} for child in token.children):
        return "ASSAULT", "IED"
    if lemma == "bomb" and any(child.lower_ in {"roadside", "car", "suicide"} for child in token.children):
        return "ASSAULT", "IED" if any(c.lower_ == "roadside" for c in token.children) else "bombing"
    if lemma == "protest" and token.dep_ == "dobj" and token.head.lemma_.lower() in plover.LODGING_VERBS:
        return "DISAPPROVE", "statement"  # "lodged a strong protest with China": a government's complaint
    if lemma in plover.HEADQUARTERS_WORDS and token.head.lemma_.lower() in plover.ESTABLISH_VERBS:
        return "MOBILIZE", "headquarters"
    if lemma in {"operation", "offensive", "crackdown"} and any(
        child.dep_ == "prep" and child.lower_ == "against" for child in token.children
    ):
        # "killed during a police operation against the Comando Vermelho": a fight with those it is against.
        return "ASSAULT", "clash"
    if lemma == "operation" and _toll_of_a_forces_operation(token):
        # "Five members of the Comando Vermelho were killed … during a police operation in Cidade de Deus".
        return "ASSAULT", "clash"
    if lemma == "battle":
        # "killed in a gun battle between members of the CJNG and …": a fight; a "legal battle" is not.
        armed = any(child.lower_ in _ARMED_BATTLE_WORDS for child in token.children if child.dep_ in {"compound", "amod"})
        return ("ASSAULT", "clash") if armed or _killed_in(token) else None
    if lemma == "control" and token.head.lemma_.lower() in plover.CONTROL_VERBS:
        return "ASSAULT", "territory gained"
    if lemma == "control" and token.head.lemma_.lower() in plover.LOSS_VERBS:
        return "ASSAULT", "territory lost"
    return plover.NOUN_TRIGGERS.get(lemma) or plover.NOUN_TRIGGERS.get(lower)


def _done_in_protest(verb: Token) -> bool:
    """Whether the verb's clause, or a clause it goes on into ("…, setting fire to … and blocking …, in protest at
    …"), says it was done "in protest"."""
    for word in verb.subtree:
        if word.lower_ != "protest" or word.dep_ != "pobj" or word.head.lower_ != "in":
            continue
        doer = word.head.head
        while doer.i != verb.i and doer.dep_ in {"advcl", "conj", "xcomp"} and doer.head.i != doer.i:
            doer = doer.head
        if doer.i == verb.i:
            return True
    return False


def _shot_dead_in_event(verb: Token) -> bool:
    """ "a militant was shot dead in a fierce gunfight", "two young men were shot dead when security forces clashed
    with protesters": a death told, passively, as part of an event the text names."""
    return (
        any(child.dep_ == "auxpass" for child in verb.children)
        and any(child.lower_ == "dead" and child.dep_ in {"oprd", "acomp", "advmod"} for child in verb.children)
        and (
            any(
                pobj.lemma_.lower() in plover.NOUN_TRIGGERS
                for preposition in verb.children
                if preposition.dep_ == "prep" and preposition.lower_ in {"in", "during"}
                for pobj in preposition.children
                if pobj.dep_ == "pobj"
            )
            or any(
                clause.dep_ == "advcl"
                and any(mark.dep_ == "advmod" and mark.lower_ == "when" for mark in clause.children)
                and clause.lemma_.lower() == "clash"
                for clause in verb.children
            )
        )
    )


def _came_under(noun: Token) -> bool:
    return noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.lemma_.lower() == "come"


def _attackers_from(noun: Token) -> list[Token]:
    """ "came under attack with rifles and drones from members of the Carlos Patiño structure": whoever the
    attack came from, wherever in the clause the parser hangs the "from"."""
    verb = noun.head.head
    return [
        pobj
        for token in verb.subtree
        if token.dep_ == "prep" and token.lower_ == "from" and token.i > noun.i
        for pobj in token.children
        if pobj.dep_ == "pobj"
    ]


def _fights_off(verb: Token) -> bool:
    """ "pushed back the attackers", "beat back an assault", "foiled an attack by …": fighting off an attack."""
    lemma = verb.lemma_.lower()
    if lemma in {"repel", "repulse"}:
        return False  # typed by the trigger table
    # The parser reads "back" as a particle or as an adverb.
    particles = {child.lower_ for child in verb.children if child.dep_ in {"prt", "advmod"}}
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    if lemma in {"push", "beat", "drive"}:
        return "back" in particles and bool(objects)
    if lemma in {"foil", "thwart"}:
        return any(child.lemma_.lower() in _ASSAULT_NOUNS for child in objects)
    return False


def _attackers_fought_off(verb: Token) -> list[Token]:
    attacks = [child for child in verb.children if child.dep_ == "dobj" and child.lemma_.lower() in _ASSAULT_NOUNS]
    found = []
    for attack in attacks:
        for child in attack.children:
            if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
                found.extend(pobj for pobj in child.children if pobj.dep_ == "pobj")
            elif child.dep_ == "acl":  # "an attack launched by the militia"
                found.extend(
                    pobj
                    for agent in child.children
                    if agent.dep_ == "agent"
                    for pobj in agent.children
                    if pobj.dep_ == "pobj"
                )
    return found


def _strikes_carried_out_on(strike: Token) -> bool:
    """Strikes carried out, launched or conducted on or against someone, told by the verb or a series of them."""
    head = strike
    if strike.dep_ == "pobj" and strike.head.lower_ == "of" and strike.head.head.lemma_.lower() in _ROUND_NOUNS | {
        "wave"
    }:
        head = strike.head.head  # "a series of strikes", "a wave of strikes"
    if head.dep_ != "dobj" or head.head.lemma_.lower() not in {"carry", "launch", "conduct", "mount"}:
        return False
    verb = head.head
    landing = [child for word in (strike, verb) for child in word.children if child.dep_ == "prep"]
    return any(
        prep.lower_ in {"on", "against"}
        and not any(target.ent_type_ in {"DATE", "TIME"} or target.lower_ in CALENDAR_WORDS for target in prep.children)
        for prep in landing
    )


def _verb_trigger(token: Token, lemma: str) -> tuple[str, str | None] | None:
    particles = {child.lower_ for child in token.children if child.dep_ == "prt"}
    objects = {child.lemma_.lower() for child in token.children if child.dep_ == "dobj"}
    if _fights_off(token):
        return "ASSAULT", "clash"  # "pushed back the attackers", "foiled an attack by …"
    if lemma == "gun" and "down" in particles:
        return "ASSAULT", "killing"  # "gunned down three farmers"
    if lemma == "shoot" and _shot_dead_in_event(token):
        return "ASSAULT", "killing"  # "a militant was shot dead in a gunfight": the toll of the gunfight
    dispersing = lemma in {"disperse", "scatter"} or (lemma == "break" and "up" in particles)
    if dispersing and objects & (_GATHERED_WORDS | _CROWD_WORDS):
        # "police dispersed the protesters", "… to break up hundreds of students": a protest, and who broke it up
        return "PROTEST", "demonstrate"
    if lemma in {"clear", "lift", "dismantle"} and objects & _BLOCKADE_WORDS:
        return "PROTEST", "demonstrate"  # "police cleared a blockade by factory workers": the protest broken up
    if lemma == "target" and objects & (_TARGETED_SITES | _SITE_NOUNS):
        subjects = {t.lemma_.lower() for child in token.children if child.dep_ == "nsubj" for t in child.subtree}
        return ("ASSAULT", "drone strike") if "drone" in subjects else ("ASSAULT", "armed attack")
    if lemma == "discuss" and any(
        # the parser may read the "by" as a passive's agent
        child.dep_ in {"prep", "agent"}
        and child.lower_ == "by"
        and any(p.lemma_.lower() in {"phone", "telephone"} for p in child.children)
        for child in token.children
    ):
        return "CONSULT", "call"  # "Brand and Deen discussed the border by telephone"
    if lemma in plover.WITHDRAW_VERBS or (lemma in plover.HANDOVER_VERBS and "over" in particles):
        if lemma in plover.WITHDRAW_VERBS and not any(child.lower_ == "from" for child in token.children):
            return None
        if lemma == "pull" and (
            objects or any(child.dep_ in {"auxpass", "nsubjpass"} for child in token.children)
        ):
            return None  # "a woman who was pulled from the rubble", "rescuers pulled two men from the river"
        if lemma in plover.HANDOVER_VERBS and not objects - _OFFICE_WORDS:
            return None  # "Traoré handed over to Tiani", "handed over the presidency": an office, not ground
        return "RETREAT", "territory transferred"
    if lemma in _LANDING_VERBS:
        # "when artillery shells fired by junta troops landed in a village": what landed was fired at it.
        landed = {t.lemma_.lower() for child in token.children if child.dep_ == "nsubj" for t in child.subtree}
        if "drone" in landed:
            return "ASSAULT", "drone strike"
        return ("ASSAULT", "shelling") if landed & plover.PROJECTILE_WORDS else None
    if lemma in plover.STRIKE_VERBS or lemma in {"bomb", "attack", "bombard"}:
        subjects = [child for child in token.children if child.dep_ == "nsubj"]
        if not subjects:
            # "when explosives dropped from drones hit an army post": the parser makes the subject's participle
            # a clause of the verb, and leaves the verb without a subject.
            subjects = [child for child in token.children if child.dep_ == "advcl" and child.i < token.i]
        subject_words = {t.lemma_.lower() for child in subjects for t in child.subtree}
        if "drone" in subject_words:
            return "ASSAULT", "drone strike"
        if subject_words & plover.AIRCRAFT_WORDS:
            return "ASSAULT", "air strike"
        if "bomb" in subject_words and subject_words & _DROPPED_BOMB_WORDS:
            return "ASSAULT", "air strike"  # "Russian guided bombs struck the centre of Zolochiv": dropped from the air
        if subject_words & {"ied", "bomb", "device", "mine"}:
            return "ASSAULT", "IED"
        if subject_words & plover.BOMBER_WORDS:
            return "ASSAULT", "bombing"
        if subject_words & plover.PROJECTILE_WORDS:
            return "ASSAULT", "shelling"  # "A missile hit an apartment block", "rockets struck the base"
        if lemma not in plover.STRIKE_VERBS:
            return _protesters_act(token, lemma) or plover.VERB_TRIGGERS.get(lemma)
        return None
    protest = _protesters_act(token, lemma)
    if protest is not None:
        return protest
    if lemma == "clash" and any(
        side.lemma_.lower() in plover.PROTESTER_NOUNS for side in _objects_of(token, {"with"})
    ):
        return "PROTEST", "riot"  # "security forces clashed with protesters", as "protesters clashed with police"
    if lemma in {"clash", "fight", "battle"} and _done_in_protest(token):
        # "Young men fought running battles with security forces, setting fire to a post …, in protest at …"
        return "PROTEST", "riot"
    if lemma in _PILLAGING_VERBS and objects and not objects & {"tyre", "tire", "flag", "effigy"}:
        return "ASSAULT", "armed attack"  # "fighters looted shops and burned houses" (a crowd's riot is read above)
    if lemma in plover.SPEECH_VERBS and _refuses(token):
        # "Ruto said his government would not withdraw the bill": a refusal, said.
        return "REJECT", "statement"
    if lemma == "sign":
        signed = {child.lemma_.lower() for child in token.children if child.dep_ in {"dobj", "nsubjpass"}}
        return ("AGREE", "sign") if signed & plover.AGREEMENT_WORDS else None
    if lemma == "call":
        # "called on governments to close gaps": a request; "called the plan a fantasy" is not.
        called_on = any(child.dep_ == "prep" and child.lower_ == "on" for child in token.children)
        return ("REQUEST", "statement") if called_on else None
    if lemma in {"speak", "talk"}:
        # "spoke with his counterpart" is a call or talks; "spoke to reporters" is a statement. "X and Y
        # spoke by telephone" names the partner in the subject: a talk is reciprocal, so that is a call too.
        preps = {child.lower_ for child in token.children if child.dep_ == "prep"}
        by_phone = any(
            child.dep_ == "prep" and child.lower_ in {"by", "over", "on"}
            and any(grand.lemma_.lower() in {"telephone", "phone"} for grand in child.children)
            for child in token.children
        )  # fmt: skip
        partnered = (
            "with" in preps
            or by_phone
            # "The two leaders talked for about two hours": both sides in one subject.
            or any(child.dep_ == "nsubj" and _names_both_sides(child) for child in token.children)
            or (
                "to" not in preps
                and any(
                    child.dep_ == "nsubj"
                    and any(t.dep_ in {"conj", "cc"} and t.lower_ != "or" for t in child.subtree)
                    for child in token.children
                )
            )
        )
        return ("CONSULT", "call" if lemma == "speak" else "meet") if partnered else None
    if lemma == "travel":
        return ("CONSULT", "visit") if any(child.lower_ == "to" for child in token.children) else None
    if lemma == "greet":
        # "Faye (right) greets General Horta N'Tam at the Palais de la République": a host meeting his guest;
        # "greeted the decision" or "was greeted by crowds" is none.
        greeted = [child for child in token.children if child.dep_ == "dobj"]
        return ("CONSULT", "host") if _names_a_guest(greeted) else None
    if lemma == "receive":
        received = [child for child in token.children if child.dep_ in {"dobj", "nsubjpass"}]
        passive = any(child.dep_ in {"nsubjpass", "auxpass"} for child in token.children)
        if not received and passive and token.dep_ == "conj":
            # "Burhan arrived in Asmara and was received at the airport by President Isaias": the first verb's subject.
            received = [child for child in token.head.children if child.dep_ in {"nsubj", "nsubjpass"}]
        if not received and not passive:
            received = _guest_set_beside_the_place(token)
        if passive and not any(child.dep_ == "agent" for child in token.children):
            return None  # "was received with full military honours": the welcome, not a meeting with anyone
        # "received a delegation", "received a mission of ECOWAS", "was received by the president": hosting;
        # "received aid" is not.
        return ("CONSULT", "host") if _names_a_guest(received) else None
    if lemma == "host":
        hosted = [child for child in token.children if child.dep_ in {"dobj", "nsubjpass"}]
        # "The Diffa region hosts 300,000 refugees", "hosts a US base": a lasting state, not a visit received.
        if any(child.lemma_.lower() in _HOSTED_NON_GUESTS or child.pos_ == "NUM" for child in hosted):
            return None
        if _attends(token):
            return None  # "The session was hosted by Kalin": who hosted the meeting already told (see _add_attendees)
    if plover.VERB_TRIGGERS.get(lemma) == ("ASSAULT", "territory gained"):
        taken = [child for child in token.children if child.dep_ in {"dobj", "nsubjpass"}]
        # "seized weapons and two vehicles" is loot; territory is a place or a position.
        if taken and not any(_names_ground(child) for child in taken):
            return None
    if lemma == "set" and any(child.dep_ == "dobj" and child.lower_ == "fire" for child in token.children):
        return "ASSAULT", "armed attack"  # "settlers set fire to cars": an attack, unless protesters did it
    if lemma in {"open", "return", "exchange"} and any(
        child.dep_ == "dobj" and child.lower_ in {"fire", "gunfire"} for child in token.children
    ):
        # "militants opened fire on farmers": an armed attack; fire returned or exchanged is a clash.
        return ("ASSAULT", "armed attack") if lemma == "open" else ("ASSAULT", "clash")
    if lemma == "drop" and any(
        child.dep_ == "dobj" and child.lemma_.lower() in {"bomb", "munition", "explosive"} for child in token.children
    ):
        # "Russian forces dropped guided aerial bombs on the town": from the air, whoever flew it.
        words = {t.lemma_.lower() for child in token.children for t in child.subtree}
        return ("ASSAULT", "drone strike") if "drone" in words else ("ASSAULT", "air strike")
    if lemma in {"fire", "launch", "lob", "rain"}:
        objects = [child for child in token.children if child.dep_ in {"dobj", "nsubjpass"}]
        # "fired dozens of rockets": what is fired may hang off a quantity.
        objects += [
            pobj
            for child in objects
            for prep in child.children
            if prep.lower_ == "of"
            for pobj in prep.children
        ]
        # "Police fired tear gas and stun grenades at protesters": crowd control, which a protest's report tells.
        objects += [conj for child in objects for conj in child.conjuncts]
        aimed_at = [
            pobj
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in {"on", "at", "upon", "into"}
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        # "… at protesters outside the party's offices": the protest the police broke up is what happened.
        at_a_crowd = any(pobj.lemma_.lower() in plover.PROTESTER_NOUNS | _CROWD_WORDS for pobj in aimed_at)
        crowd_control = [
            child
            for child in objects
            if child.lemma_.lower() in _CROWD_CONTROL_WORDS
            or any(grand.lower_ in _CROWD_CONTROL_WORDS for grand in child.children)
        ]
        if crowd_control and len(crowd_control) == len(objects):
            return ("PROTEST", "demonstrate") if at_a_crowd else None
        fired = {child.lemma_.lower() for child in objects}
        if lemma == "fire" and not objects:
            # "Gunmen then fired on the survivors", "soldiers fired into the crowd": shooting at someone; shots fired
            # into the air are a warning.
            if not [pobj for pobj in aimed_at if pobj.lemma_.lower() not in {"air", "sky"}]:
                return None
            return ("PROTEST", "demonstrate") if at_a_crowd else ("ASSAULT", "armed attack")
        if "drone" in fired and lemma == "launch":
            return "ASSAULT", "drone strike"  # "Russia launched 40 Shahed drones at Ukraine overnight"
        if any(word.lower_ in _CROWD_CONTROL_WORDS for child in objects for word in child.subtree):
            # "Police fired tear gas shells and baton-charged a crowd": crowd control, not shelling.
            return "PROTEST", "demonstrate"
        # "fired artillery shells into Babanusah": shelling, whatever it killed.
        return ("ASSAULT", "shelling") if fired & plover.PROJECTILE_WORDS else None
    if lemma == "kill" and any(
        word.lemma_.lower() in plover.BOMBER_WORDS
        for child in token.children
        if child.dep_ == "nsubj"
        for word in child.subtree
    ):
        return "ASSAULT", "bombing"  # "A suicide bomber killed six people"
    if lemma in {"explode", "detonate", "kill", "hit"}:
        words = {t.lower_ for t in sentence_of(token)}
        if words & {"ied", "ieds", "roadside", "improvised", "landmine", "landmines", "mine"}:
            return "ASSAULT", "IED"
    return plover.VERB_TRIGGERS.get(lemma)


def _protesters_act(token: Token, lemma: str) -> tuple[str, str | None] | None:
    """ "Protesters set fire to tyres and blocked roads", "demonstrators stormed the ministry": whatever a
    crowd of protesters does in the street is the protest itself; burning, looting or stoning makes it a riot."""
    if lemma in plover.SPEECH_VERBS or lemma in plover.INTENT_VERBS or lemma in {"be", "have", "do"}:
        return None
    subjects = [child for child in token.children if child.dep_ == "nsubj"]
    if not subjects and token.dep_ == "conj":
        subjects = [child for child in token.head.children if child.dep_ == "nsubj"]  # "stormed and set fire to"
    # "Thousands of protesters stormed parliament": the crowd is counted, the protesters act.
    subjects += [
        pobj
        for subject in subjects
        if subject.pos_ == "NUM" or subject.lemma_.lower() in _CROWD_WORDS
        for prep in subject.children
        if prep.lower_ == "of"
        for pobj in prep.children
    ]
    if token.dep_ == "relcl" and any(subject.lower_ in {"who", "that"} for subject in subjects):
        # "protesters who gathered outside parliament", "hundreds of protesters who gathered …"
        subjects.append(token.head)
        subjects += [pobj for prep in token.head.children if prep.lower_ == "of" for pobj in prep.children]
    if not any(subject.lemma_.lower() in plover.PROTESTER_NOUNS for subject in subjects):
        blocked = {child.lemma_.lower() for child in token.children if child.dep_ == "dobj"}
        residents = any(subject.lemma_.lower() in plover.RESIDENT_NOUNS for subject in subjects)
        if residents and lemma in {"block", "barricade"} and blocked & (_ROUTE_WORDS | {"bridge", "junction"}):
            return "PROTEST", "demonstrate"  # "hundreds of residents blocked the main road through Tot"
        armed = any(
            child.lower_ in {"armed", "gunmen"} for subject in subjects for child in (subject, *subject.children)
        )
        tyres = any(word.lemma_.lower() in {"tyre", "tire"} for word in token.subtree)  # how a road is blocked
        # "Hundreds of young people … attacked a police station in Daloa": an unarmed crowd attacking a public
        # building riots.
        mobbed = lemma == "attack" and bool(blocked & _PUBLIC_BUILDINGS)
        if residents and not armed and not tyres and (
            lemma in _CROWD_RIOT_VERBS or (lemma == "set" and "fire" in blocked) or mobbed
        ):
            return "PROTEST", "riot"  # "Residents of Zawiya stormed and set fire to the headquarters of the SSA"
        return None
    done = {lemma} | {
        child.lemma_.lower() for child in token.children if child.dep_ in {"dobj", "prep", "prt"}
    }
    burned = {word.lemma_.lower() for word in token.subtree}
    if burned & {"tyre", "tire"}:
        return "PROTEST", "demonstrate"  # burning tyres is how a road is blocked, not an attack on anyone
    return ("PROTEST", "riot") if done & plover.RIOT_WORDS else ("PROTEST", "demonstrate")


def _names_quarters_of_a_town(name: Token) -> bool:
    """ "the Fiango and Kosala neighbourhoods of Kumba": a name among several quarters of the town the phrase goes on
    to name."""
    head = name
    while head.dep_ in {"conj", "compound", "nmod"} and head.head.i != head.i:
        head = head.head
        if head.tag_ == "NNS" and head.lemma_.lower() in _QUARTER_NOUNS:
            return any(
                child.dep_ == "prep" and child.lower_ == "of" and any(g.dep_ == "pobj" for g in child.children)
                for child in head.children
            )
    return False


def _named_noun(name: Token) -> Token:
    """The noun a name modifies, through other modifiers: "Tulkarm refugee camp" → camp."""
    return compound_head(name.head)


def _names_an_event(token: Token) -> bool:
    """ "fighting", "the clashes": a word for a happening (the parser may read "fighting" as a verb)."""
    return (
        _trigger_type(token) is not None
        or token.lower_ in plover.NOUN_TRIGGERS
        or (token.lemma_.lower() in plover.NOUN_TRIGGERS and token.pos_ == "NOUN")
    )


def _breaks_up_crowds(entity: Entity) -> bool:
    """ "police", "riot police", "gendarmes": a body of the forces that clear blockades and disperse crowds."""
    return entity.type == "organization" and not _CROWD_BREAKERS.isdisjoint(fold(entity.name).split())


def _what_was_raided(place: Token) -> bool:
    """ "raided the village of Bilibiza, in Quissanga district": the village raided is where, not its district."""
    current = place
    while current.dep_ == "compound" and current.head.is_title and current.head.i != current.i:
        current = current.head  # "Kafr Nabl": the parts of one name (not "a Houthi checkpoint")
    if current.dep_ == "pobj" and current.head.lower_ == "of" and current.head.head.lemma_.lower() in _TOWN_NOUNS:
        current = current.head.head
    return current.dep_ == "dobj" and current.head.pos_ == "VERB" and current.head.lemma_.lower() in _RAIDING_VERBS


def _what_was_attacked(place: Token) -> bool:
    """ "a raid on the Tulkarm refugee camp", "an attack on Marte": a place an attack is on is where it was."""
    current = place
    for _ in range(4):
        if current.dep_ == "pobj" and current.head.lower_ == "on":
            target_of = current.head.head
            return target_of.pos_ == "NOUN" and target_of.lemma_.lower() in _ATTACK_NOUNS
        if current.dep_ not in {"compound", "amod", "nmod"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _side_led_by(verb: Token) -> list[Token]:
    """ "The TTP side was headed by its chief Noor Wali Mehsud", "the jirga was led by Saif": who led a side
    of the meeting just told (the agents of a passive "led"/"headed" whose subject is a side)."""
    if verb.lemma_.lower() not in {"lead", "head"}:
        return []
    sides = [
        child
        for child in verb.children
        if child.dep_ == "nsubjpass"
        and child.lemma_.lower() in plover.SIDE_WORDS | _SIDE_NOUNS
        and _definite_reference(child)
    ]
    return _agents(verb) if sides else []


def _members_named_later(verb: Token) -> list[Token]:
    """ "the delegation, which also included Zaher Jabarin and Ghazi Hamad": the members of a side told before."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "include" or _is_negated(verb):
        return []
    if verb.dep_ != "relcl":
        # "The visitors included Pagan Amum, …": the meeting's guests, named in a sentence of their own.
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        if subject is None:
            return []
        # "Those received included …", "Those present included …": the people the meeting took in.
        those_taken_in = subject.lower_ == "those" and any(
            child.lemma_.lower() in {"receive", "host", "invite", "welcome", "attend", "present"}
            for child in subject.children
        )
        if not those_taken_in and (subject.lemma_.lower() not in _GUEST_NOUNS or not _definite_reference(subject)):
            return []
        return [child for child in verb.children if child.dep_ == "dobj"]
    side = verb.head
    # "arrived … at the head of a delegation that included …": the traveller's own delegation.
    headed = side.dep_ == "pobj" and side.head.lower_ == "of" and side.head.head.lemma_.lower() == "head"
    if side.lemma_.lower() not in {"delegation", "team", "entourage"} or not (_definite_reference(side) or headed):
        return []
    return [child for child in verb.children if child.dep_ == "dobj"]


def _people_listed_on(verb: Token) -> list[Token]:
    """ "The visitors included A, who leads …, B, the leader of …, and C, …, a spokesman said": the names listed
    after the first, which the parser may hang anywhere, up to the one who tells it."""
    sentence = verb.sent
    listed = []
    for name in sentence.ents:
        if name.label_ != "PERSON" or name.start <= verb.i + 1:
            continue
        before = verb.doc[name.start - 1]
        after = verb.doc[name.end] if name.end < len(verb.doc) else None
        if after is not None and after.lemma_.lower() in _TELLING_VERBS | {"say", "tell", "add"}:
            break  # "…, State House spokesman Hussein Mohamed said": who tells the list
        if before.lower_ in {",", "and"} and after is not None and after.text == ",":
            listed.append(name.root)
    return listed


def _inverted_attendance(sentence: SpacySpan) -> Token | None:
    """ "Taking part in the meeting were …", "Attending the talks was …": the verb after which those who took
    part in the meeting named again are listed."""
    match = _INVERTED_ATTENDANCE.match(sentence.text)
    if match is None:
        return None
    gathering = match.group("gathering").lower()
    if not {gathering, gathering.rstrip("s")} & (plover.NOUN_TRIGGERS.keys() | _GATHERING_NOUNS):
        return None
    verb_start = sentence.start_char + match.end("verb") - 1
    return next((token for token in sentence if token.idx <= verb_start < token.idx + len(token)), None)


def _present_at(adjective: Token) -> list[Token]:
    """ "Present at the talks were A and B": those present at the meeting named again."""
    if adjective.lower_ != "present" or adjective.pos_ != "ADJ" or _is_negated(adjective) or _is_negated(adjective.head):
        return []
    gatherings = _objects_of(adjective, {"at", "during"})
    if not gatherings or not all(
        (pobj.lemma_.lower() in plover.NOUN_TRIGGERS or pobj.lemma_.lower() in _GATHERING_NOUNS)
        and _definite_reference(pobj)
        for pobj in gatherings
    ):
        return []
    # The parser makes "present" the copula's complement or the head of the clause itself.
    clause = adjective.head if adjective.dep_ == "acomp" else adjective
    named = [
        child for child in clause.children if child.dep_ in {"attr", "nsubj", "nsubjpass"} and child.i > adjective.i
    ]
    return [person for head in named for person in (head, *head.conjuncts)]


def _among_those_at(verb: Token) -> list[Token]:
    """ "A and B were among those in the meeting": those present at the meeting named again."""
    if verb.lemma_ != "be" or _is_negated(verb):
        return []
    crowds = [pobj for pobj in _objects_of(verb, {"among"}) if pobj.lower_ in {"those", "people", "officials"}]
    gatherings = [gathering for crowd in crowds for gathering in _objects_of(crowd, {"in", "at"})]
    if not gatherings or not all(
        (pobj.lemma_.lower() in plover.NOUN_TRIGGERS or pobj.lemma_.lower() in _GATHERING_NOUNS)
        and _definite_reference(pobj)
        for pobj in gatherings
    ):
        return []
    named = [child for child in verb.children if child.dep_ == "nsubj"]
    return [
        person
        for head in named
        for person in (head, *head.conjuncts, *(c for c in head.children if c.dep_ == "appos"))
    ]


def _in_the_presence_of(verb: Token) -> list[Token]:
    """ "The audience took place in the presence of A, and of B": those present at the meeting named again."""
    if verb.pos_ != "VERB" or _is_negated(verb):
        return []
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    if not any(
        (subject.lemma_.lower() in plover.NOUN_TRIGGERS or subject.lemma_.lower() in _GATHERING_NOUNS)
        and _definite_reference(subject)
        for subject in subjects
    ):
        return []
    present: list[Token] = []
    for prep in (child for child in verb.children if child.dep_ == "prep" and child.lower_ in {"in", "at"}):
        for presence in (pobj for pobj in prep.children if pobj.dep_ == "pobj" and pobj.lemma_.lower() == "presence"):
            ofs = [child for child in presence.children if child.dep_ == "prep" and child.lower_ == "of"]
            ofs += [conj for of in ofs for conj in of.conjuncts if conj.lower_ == "of"]
            ofs += [conj for conj in prep.conjuncts if conj.lower_ == "of"]  # "…, and of the Minister of State"
            ofs += [conj for conj in verb.children if conj.dep_ == "conj" and conj.lower_ == "of"]
            present += [pobj for of in ofs for pobj in of.children if pobj.dep_ == "pobj"]
    return present


def _mediators(preposition: Token) -> list[Token]:
    """ "held indirect talks … through the mediation of the Foreign Minister of Oman, Badr Albusaidi", "under the
    auspices of the African Union": who brokered the talks took part in them."""
    mediators: list[Token] = []
    for mediation in preposition.children:
        if mediation.dep_ != "pobj" or mediation.lemma_.lower() not in _MEDIATION_NOUNS:
            continue
        for child in mediation.children:
            if child.dep_ == "appos":
                mediators.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                mediators.extend(pobj for pobj in child.children if pobj.dep_ == "pobj")
    return mediators


def _traced_to(verb: Token) -> list[Token]:
    """Who "traced the fire/shelling/attack to" names: the holders of the positions, or the group itself."""
    if not any(
        child.dep_ == "dobj" and (child.lemma_.lower() in _CLAIMABLE_NOUNS | {"fire", "shell", "rocket", "drone"})
        for child in verb.children
    ):
        return []
    found: list[Token] = []
    for pobj in (p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to" for p in prep.children):
        holders = [
            agent_pobj
            for clause in pobj.children
            if clause.dep_ == "acl" and clause.lemma_.lower() in {"hold", "control", "occupy", "man"}
            for agent_pobj in _agents(clause)
        ]
        for holder in holders or [pobj]:
            found += [holder, *holder.conjuncts]
    return found


def _described_sides(sentence: SpacySpan) -> frozenset[str]:
    """ "the chief negotiators of Kosovo and Serbia", "the foreign ministers of the AES": the office nouns of
    sides the sentence describes rather than names (no name in apposition)."""
    return frozenset(
        token.lemma_.lower()
        for token in sentence
        if token.lemma_.lower() in _SIDE_OFFICE_NOUNS
        and token.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass", "conj"}
        and not any(child.dep_ == "appos" for child in token.children)
        and (
            (token.tag_ == "NNS" and any(child.dep_ == "prep" and child.lower_ == "of" for child in token.children))
            # "Thai and Cambodian army commanders met …": the sides' offices, by nationality.
            or (
                token.tag_ == "NNS"
                and any(child.dep_ in {"amod", "nmod"} and child.is_title for child in token.children)
            )
            # "Oman's foreign minister hosted the Houthi movement's chief negotiator": one side's office, by owner.
            or (token.tag_ == "NN" and any(child.dep_ == "poss" and child.pos_ == "PROPN" for child in token.children))
        )
    )


def _passive_subjects(verb: Token) -> list[Token]:
    """ "The session was hosted by … and attended by …": the passive subject, shared by a coordinated verb."""
    own = [child for child in verb.children if child.dep_ == "nsubjpass"]
    if not own and verb.dep_ == "acl" and verb.tag_ == "VBN":
        return [verb.head]  # "The meeting, hosted by President Guelleh, …"
    if own or verb.dep_ != "conj":
        return own
    shared = [child for child in verb.head.children if child.dep_ == "nsubjpass"]
    if not shared and any(child.dep_ == "auxpass" for child in verb.children):
        # "The meeting lasted four hours and was attended by …": the active verb's subject, shared.
        shared = [child for child in verb.head.children if child.dep_ == "nsubj"]
    return shared


def _agents(verb: Token) -> list[Token]:
    """Who does a passive verb's deed: the heads after "by" ("attended by security chiefs … and by Governor X",
    where the parser hangs the second "by" wherever it likes)."""
    bys = [
        by
        for agent in verb.children
        if agent.dep_ == "agent"
        for by in (agent, *(t for t in agent.subtree if t.lower_ == "by" and t.dep_ == "conj"))
    ]
    return [pobj for by in bys for pobj in by.children if pobj.dep_ == "pobj"]


def _companions(verb: Token) -> list[Token]:
    """ "X was accompanied by A and B": A and B, the heads after "by"; "A and B accompanied X": A and B; "X flew in
    from Y with Minister A and Minister B": A and B."""
    if verb.pos_ == "VERB" and verb.lemma_.lower() in _COMING_VERBS and not _is_negated(verb):
        # "with" on the verb, or hung by the parser on where they came from ("from Puerto Obaldía with …").
        withs = [
            prep
            for prep in verb.subtree
            if prep.dep_ == "prep" and prep.lower_ == "with"
            and (prep.head.i == verb.i or (prep.head.dep_ == "pobj" and prep.head.head.head.i == verb.i))
        ]
        return [pobj for prep in withs for pobj in prep.children if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN"]
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "accompany" or _is_negated(verb):
        return []
    # "X was accompanied by A and B", "received … MP Mohammad Raad, accompanied by MPs A and B".
    if _passive_subjects(verb):
        return _agents(verb)
    if verb.dep_ in {"acl", "relcl", "advcl"}:
        return []  # "the ministers who accompanied him": who they are, told with another act
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    return [conjunct for subject in subjects for conjunct in (subject, *subject.conjuncts)]


def _accompanied(verb: Token) -> list[Token]:
    """Who the companions came with: the passive subject, or the object of an active "accompanied" (the traveller
    with whom they flew)."""
    if verb.lemma_.lower() in _COMING_VERBS:
        return [child for child in verb.children if child.dep_ == "nsubj"]
    return _passive_subjects(verb) or [child for child in verb.children if child.dep_ == "dobj"]


# Verbs of coming to a meeting: "Hichilema drove across from Nakonde with …", "Mulino flew in … with …".
_COMING_VERBS = frozenset({"drive", "fly", "travel", "arrive", "come", "cross", "walk"})


def _also_did(verb: Token) -> list[Token]:
    """ "A and B attended the talks, as did Defence Minister C": C, the subject of the "as did" clause."""
    return [
        subject
        for clause in verb.children
        if clause.dep_ == "advcl" and clause.lemma_.lower() == "do" and any(m.lower_ == "as" for m in clause.children)
        for subject in clause.children
        if subject.dep_ == "nsubj"
    ]


def _convened_by(verb: Token) -> list[Token]:
    """ "The meeting, moderated by Bertie Ahern, …": who chaired or brokered a gathering named again."""
    if verb.dep_ != "acl" or verb.lemma_.lower() not in _CONVENING_VERBS or _is_negated(verb):
        return []
    gathering = verb.head
    named = gathering.lemma_.lower()
    if not (named in plover.NOUN_TRIGGERS or named in _GATHERING_NOUNS) or not _definite_reference(gathering):
        return []
    return _agents(verb)


def _on_a_side(verb: Token) -> list[Token]:
    """ "A and B were on the Azerbaijani side": the subjects of a "be" that puts them on one side of talks ("A and
    B sat on the Turkish side of the table, with C and D on the Azerbaijani side": those "with" them too)."""
    if verb.lemma_ not in {"be", "sit"} or _is_negated(verb):
        return []
    sides = [
        pobj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "on"
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.lemma_.lower() == "side"
    ]
    if not sides:
        return []
    facing = [
        pobj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "with" and len(sides) > 1
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return [child for child in verb.children if child.dep_ == "nsubj"] + facing


def _in_of_phrase(token: Token, within: Token) -> bool:
    """Whether the token sits in an "of" phrase inside the `within` phrase ("the mediator of the Initiative")."""
    current = token
    while current.i != within.i and current.head.i != current.i:
        if current.dep_ == "pobj" and current.head.lower_ == "of":
            return True
        current = current.head
    return False


def _attends_talks(verb: Token) -> bool:
    """ "attended the talks": the meeting named again is talks, not a meal or a ceremony."""
    return verb.lemma_.lower() == "attend" and any(
        child.dep_ == "dobj" and child.lemma_.lower() in {"talk", "talks", "negotiation", "negotiations"}
        for child in verb.children
    )


def _a_meal(meeting: _Candidate) -> bool:
    return bool(meeting.evidence) and _MEAL.search(meeting.evidence[0].text) is not None


_MEAL = re.compile(r"\b(?:lunch|luncheon|dinner|banquet|breakfast)\b", re.IGNORECASE)


def _attends(verb: Token, named_again: bool = False) -> bool:
    """ "took part", "attended the talks", "joined the meeting": taking part in a meeting told already (with
    `named_again`, only where the meeting is named again: "attended the talks", not "took part")."""
    if verb.pos_ != "VERB" or any(child.dep_ == "aux" and child.lower_ in _HEDGING_MODALS for child in verb.children):
        return False  # "may have joined part of the talks": a guess, not a participant
    lemma = verb.lemma_.lower()
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    # "attended part of the talks": the part stands for the talks.
    objects = [
        pobj
        if child.lower_ == "part"
        and (pobj := next((p for prep in child.children if prep.lower_ == "of" for p in prep.children), None)) is not None
        else child
        for child in objects
    ]
    # "the talks, which Foreign Minister Attaf attended": the relative pronoun stands for the talks.
    objects = [
        verb.head if child.lower_ in {"which", "that"} and verb.dep_ == "relcl" else child for child in objects
    ]
    if lemma == "take":
        talks_in = [
            pobj
            for child in verb.children
            if child.dep_ == "prep" and child.lower_ == "in"
            for pobj in child.children
            if pobj.dep_ == "pobj"
        ]
        if not any(child.lower_ == "part" for child in objects):
            return False
        if named_again:  # "Kabulov took part in the talks"
            return any(_definite_reference(pobj) and pobj.lemma_.lower() in plover.NOUN_TRIGGERS for pobj in talks_in)
        return all(_definite_reference(pobj) for pobj in talks_in)
    if lemma == "attend" and verb.tag_ == "VBN" and any(child.dep_ == "agent" for child in verb.children):
        # "… then held talks in an expanded format, attended by …": the talks the clause tells, whether the parser
        # hangs the participle on the talks or on the verb that holds them.
        held = [verb.head] if verb.dep_ == "acl" else (
            [child for child in verb.head.children if child.dep_ == "dobj"] if verb.dep_ == "advcl" else []
        )
        if any(
            noun.lemma_.lower() in plover.NOUN_TRIGGERS or noun.lemma_.lower() in _GATHERING_NOUNS for noun in held
        ):
            return True
    if lemma == "join" and verb.dep_ == "conj" and _passive_subjects(verb):
        # "The presidents met for four hours … and were joined by A and B": who joined the meeting just told.
        return verb.head.lemma_.lower() in {"meet", "talk", "confer", "hold"}
    if lemma in {"attend", "join", "host"} and _passive_subjects(verb):
        # "The session was hosted by Kalin and attended by Qatar's minister": the meeting named again, passively.
        # "The reception was attended by …; on the Iranian side, it was attended by …": a readout's gathering.
        # "The meeting, which was attended by …": the relative pronoun stands for the meeting.
        subjects = [
            verb.head if child.lower_ in {"which", "that"} and verb.dep_ == "relcl" else child
            for child in _passive_subjects(verb)
        ]
        return all(
            (
                (child.lemma_.lower() in plover.NOUN_TRIGGERS or child.lemma_.lower() in _GATHERING_NOUNS)
                and _definite_reference(child)
            )
            or (child.lower_ == "it" and not named_again)
            for child in subjects
        )
    if lemma == "sit" and any(child.dep_ == "prt" and child.lower_ == "in" for child in verb.children):
        # "Mudavadi and Tuya sat in on the talks": the talks named again.
        return any(
            (pobj.lemma_.lower() in plover.NOUN_TRIGGERS or pobj.lemma_.lower() in _GATHERING_NOUNS)
            and _definite_reference(pobj)
            for pobj in _objects_of(verb, {"on"})
        )
    if lemma == "attend" and not objects and not named_again:
        # "Togo's Foreign Minister Robert Dussey also attended.": the meeting just told, left unsaid ("…, according to
        # photographs released by the presidency" says who tells it, not where he went).
        return any(child.dep_ == "advmod" and child.lower_ == "also" for child in verb.children) and not any(
            child.dep_ == "prep" and child.lower_ != "according" for child in verb.children
        )
    if lemma == "join":
        # "joined the presidents for the second half of the meeting": the meeting named again after "for".
        gatherings = [
            next((p for prep in pobj.children if prep.lower_ == "of" for p in prep.children), pobj)
            if pobj.lemma_.lower() in _PART_WORDS
            else pobj
            for pobj in _objects_of(verb, {"for", "in"})
        ]
        if any(
            (noun.lemma_.lower() in plover.NOUN_TRIGGERS or noun.lemma_.lower() in _GATHERING_NOUNS)
            and _definite_reference(noun)
            for noun in gatherings
        ):
            return True
        # "joined the two prime ministers for the second half": of the meeting just told, left unsaid.
        if not named_again and any(
            noun.lemma_.lower() in _PART_WORDS and _definite_reference(noun) for noun in gatherings
        ):
            return True
    if lemma in {"attend", "join"}:
        # "joined the delegation-level session": a gathering named again is the meeting too.
        return bool(objects) and all(
            (child.lemma_.lower() in plover.NOUN_TRIGGERS or child.lemma_.lower() in _GATHERING_NOUNS)
            and _definite_reference(child)
            for child in objects
        )
    return False


def _visited(place: Token) -> bool:
    """ "an official visit to Tonga", "his first trip to Syria": the place a visit is made to. Not in a clause
    that only says who is visiting ("received Museveni, who is on an official visit to Egypt")."""
    preposition = place.head
    visit = preposition.head
    return (
        place.dep_ == "pobj"
        and preposition.lower_ == "to"
        and visit.lemma_.lower() in plover.VISIT_NOUNS
        and not any(ancestor.dep_ == "relcl" for ancestor in visit.ancestors)
    )


def _names_a_guest(words: list[Token]) -> bool:
    """Whether who is received or greeted is someone: a name, a side or an envoy ("a delegation", "the Hamas
    leader"), not a thing ("aid", "the decision")."""
    return any(
        word.pos_ == "PROPN" or word.lemma_.lower() in plover.SIDE_WORDS | plover.ENVOY_WORDS | _VISITING_BODIES
        for word in words
    )


def _travel_verb_over(word: Token) -> Token | None:
    """The verb a visit is made "on": "arrived … on a working visit", and through the nouns between, "arrived … at
    the head of a ministerial delegation on an official visit" (a travelling verb only, then)."""
    if word.pos_ == "VERB":
        return word
    while word.pos_ != "VERB" and word.dep_ in {"pobj", "prep"} and word.head is not word:
        word = word.head
    return word if word.pos_ == "VERB" and word.lemma_.lower() in _TRAVEL_VERBS else None


def _toll_of_a_forces_operation(noun: Token) -> bool:
    """ "were killed … during a police operation in Cidade de Deus": an operation of the state's forces that people
    were killed or wounded in."""
    forces = any(
        child.dep_ in {"compound", "amod"} and child.lemma_.lower() in _STATE_FORCE_WORDS | {"security"}
        for child in noun.children
    )
    if not forces or noun.dep_ != "pobj" or noun.head.lower_ not in {"during", "in"}:
        return False
    verb = noun.head.head
    return verb.lemma_.lower() in _TOLL_VERBS and any(child.dep_ in {"nsubjpass", "auxpass"} for child in verb.children)


def _killed_in(noun: Token) -> bool:
    """ "a raid that killed three soldiers", "an attack which wounded two": a relative clause tells a toll."""
    return any(
        child.dep_ == "relcl" and child.lemma_.lower() in {"kill", "wound", "injure", "leave"}
        for child in noun.children
    )


def _names_ground(token: Token) -> bool:
    """ "the town", "Kupiansk", "an army base", "control": what is taken is ground, not goods or people."""
    if token.pos_ == "PROPN" or token.ent_type_ in {"GPE", "LOC", "FAC"}:
        return True
    return token.lemma_.lower() in plover.GROUND_NOUNS


def _describes_a_standing(token: Token) -> bool:
    """ "Police, backed by Kenyan officers, retook …", "the group is backed by Rwanda": who backs whom, said
    in passing or as a lasting state, not an act of support told as news."""
    if token.dep_ == "acl" and token.tag_ == "VBN":
        return True
    return any(child.dep_ == "auxpass" and child.tag_ in {"VBZ", "VBP"} for child in token.children)


def _tallies(token: Token) -> bool:
    """ "Bandits have killed hundreds since 2021", "Qatar has hosted several rounds of talks since …": a running
    tally of many events, not one of them."""
    if token.pos_ in {"NOUN", "PROPN"}:
        token = _clause_of(token)
    if token.pos_ != "VERB":
        return False
    perfect = any(
        child.dep_ == "aux" and child.lemma_ == "have" and child.tag_ in {"VBP", "VBZ"}
        for child in token.children
    )
    # "since 2021", "since it took up arms": the since-phrase or since-clause hangs off the verb.
    return perfect and any(
        child.lower_ in {"since", "over", "throughout"}
        or (child.dep_ == "advcl" and any(grand.lower_ == "since" for grand in child.children))
        for child in token.children
    )


def _refuses(speech: Token) -> bool:
    """Whether what a speech verb reports is a refusal: "would not withdraw", "will not negotiate"."""
    for content in (child for child in speech.children if child.dep_ == "ccomp"):
        negated = any(child.dep_ == "neg" for child in content.children)
        modal = any(
            child.dep_ == "aux" and child.lower_ in {"would", "will", "wo", "shall"}
            for child in content.children
        )
        if negated and modal and content.lemma_.lower() not in {"be", "have"}:
            return True
    return False


def _not_yet_happened(token: Token) -> bool:
    """ "Kiir will travel to Khartoum next week", "would meet Kagame if Qatar agreed": what is to come, or
    would come under a condition or ought to, has not happened. "may have met" is a hedge on the past and stays."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    auxiliaries = [child for child in token.children if child.dep_ in {"aux", "auxpass"}]
    if any(aux.lower_ in {"will", "'ll", "shall", "wo"} for aux in auxiliaries):
        return True
    # "the two countries should speak with one voice", "should have met": what ought to be, or to have been.
    if any(aux.lower_ in {"should", "ought"} for aux in auxiliaries):
        return True
    conditional = any(aux.lower_ in {"would", "could", "might", "must"} for aux in auxiliaries)
    perfect = any(aux.lemma_ == "have" for aux in auxiliaries)
    return conditional and not perfect


def _only_intended(token: Token) -> bool:
    """ "promised to deploy more guards", "plans to visit": an intention, not an event that took place.

    So is a kind of event something is asked to stop or prevent ("urged them to halt attacks on …").
    """
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in _STOPPING_VERBS:
        return True
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in _REFUSING_VERBS:
        return True  # "said he would reject any talks", "boycotted the meeting": talks that did not take place
    if (
        token.pos_ == "NOUN"
        and token.dep_ == "dobj"
        and token.head.pos_ == "VERB"
        and _only_intended(token.head)
    ):
        return True  # "ready to host new talks": the talks are as intended as the hosting
    if (
        token.tag_ == "VB"
        and token.dep_ in {"relcl", "acl"}
        and token.head.pos_ == "NOUN"
        and _is_purpose(token)
        and token.lemma_.lower() not in _PROTEST_VERBS
    ):
        # "launched an operation to retake the area", "a bid to seize the town": the aim only. "Blocked the
        # road to protest against insecurity" is different: blocking the road was the protest.
        return True
    if token.dep_ == "ccomp" and token.tag_ == "VB" and token.head.lemma_.lower() in _DEMANDING_VERBS:
        return True  # "demanding that the government deploy more officers": what is asked for, not done
    # "was ready to host new talks", "is willing to meet": an adjective of readiness takes the intended act.
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in plover.INTENT_VERBS | plover.READY_WORDS


def _is_statement(event_type: str, mode: str | None) -> bool:
    """A speech act ("urged", "warned", "defended her plan"): it happens when and where its speaker speaks."""
    return mode == "statement" or (mode is None and event_type in _STATEMENT_TYPES)


def _reporting_verb(trigger: Token, verbs: frozenset[str] = plover.SPEECH_VERBS) -> Token | None:
    """The speech verb whose reported clause holds the trigger ("said … that …, and called on …"), if any."""
    current = _clause_of(trigger)
    for _ in range(4):
        if current.i != trigger.i and current.lemma_.lower() in verbs:
            return current
        if current.dep_ not in {"ccomp", "conj", "advcl", "xcomp"} or current.head.i == current.i:
            return None
        current = current.head
    return None


def _names_an_end_of_the_road(place: Token) -> bool:
    """ "on the road between Mogadishu and Afgooye": a town the road runs between."""
    while place.dep_ == "conj" and place.head.i != place.i:
        place = place.head
    between = place.head
    return (
        place.dep_ == "pobj" and between.lower_ == "between" and between.head.lemma_.lower() in _ROUTE_WORDS
    )


def _where_they_went_after(place: Token) -> bool:
    """ "withdrawing towards the Mandara Mountains", "fled into the bush", "retreated to Kidal": where the doers went."""
    place = compound_head(place)
    preposition = place.head
    if place.dep_ != "pobj" or preposition.dep_ != "prep":
        return False
    verb = preposition.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _DEPARTING_VERBS


def _where_they_came_from(place: Token) -> bool:
    """ "crossed the river from Savien", "came down from the hills of Kibati": where the doers set out from, told
    with a verb of moving ("farmers returning from their fields near Eringeti" are where the deed was)."""
    ancestor = place
    for _ in range(6):
        head = ancestor.head
        if ancestor.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i:
            ancestor = head.head
            continue
        if ancestor.dep_ == "pobj":
            mover = head.head
            return (
                head.lower_ == "from"
                and mover.pos_ == "VERB"
                and mover.lemma_.lower() in _MOVING_VERBS
                and mover.dep_ not in {"acl", "relcl"}
            )
        # "from the direction of Petite-Rivière-de-l'Artibonite": a hyphen inside the name is part of it.
        if ancestor.dep_ not in {"compound", "conj", "appos", "amod", "nmod"} and ancestor.text != "-":
            return False
        ancestor = head
    return False


def _in_what_is_undertaken(token: Token) -> bool:
    """ "the two agreed to keep channels open on maritime security in the Arabian Gulf": a place in what someone
    agrees, pledges or plans to do is not where anything was done."""
    for ancestor in token.ancestors:
        if (ancestor.lemma_.lower() == "hold" and ancestor.tag_ == "VBN" and ancestor.dep_ in {"acl", "advcl"}) or (
            ancestor.pos_ == "NOUN" and (typed := _trigger_type(ancestor)) is not None and typed[0] == "CONSULT"
        ):
            return False  # "…, at the first joint cabinet retreat, held in Luang Prabang": where they met, misparsed
        if ancestor.dep_ in {"xcomp", "ccomp"} and ancestor.head.lemma_.lower() in _UNDERTAKING_VERBS:
            return True  # "agreed to restore a ferry …", "agreed that Australia would pay for a police station in …"
    return False


def _what_is_discussed(token: Token) -> bool:
    """ "discussing the withdrawal of Rwandan troops and operations against the FDLR": an event noun that is the
    subject of talks, not a deed the report tells."""
    if token.pos_ != "NOUN":
        return False
    head = token
    # Up through the noun phrase, however the parser hangs a list's later items ("… from eastern Congo and operations").
    while head.dep_ in {"conj", "pobj", "prep"} and head.head.i != head.i and head.head.pos_ != "VERB":
        head = head.head
    return head.dep_ == "dobj" and head.head.lemma_.lower() in _TOPIC_VERBS


def _is_topic(place: Token) -> bool:
    """ "discussed security in Beledweyne", "talked about the fighting near Goma": a place in what is discussed."""
    preposition = place.head
    noun = preposition.head
    if preposition.dep_ != "prep" or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    verb = (
        noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"about", "on", "over"} else noun.head
    )
    if noun.dep_ not in {"dobj", "pobj"}:
        return False
    # "urged a ceasefire in Ukraine", "condemned the raid on Jenin": where what is asked or judged happens.
    asked = (plover.VERB_TRIGGERS.get(verb.lemma_.lower()) or ("", None))[0] in _SPEECH_ACT_TYPES
    # "signed an agreement in Pasto": a signing is a deed done where the accord is signed.
    signed = verb.lemma_.lower() in _SIGNING_VERBS
    return verb.lemma_.lower() in _TOPIC_VERBS or (asked and noun.dep_ == "dobj" and not signed)


def _shifted_day(time: TimeExpression, span: re.Match[str], reference: TimeExpression) -> TimeExpression:
    """ "a week after" counted back from the day of the event it is told against (forward for "before")."""
    if reference.value is None or reference.precision != "day":
        return time
    count = _SPAN_NUMBERS.get(span.group("count")) or int(span.group("count"))
    sign = -1 if span.group("direction") == "after" else 1
    reference_day = date.fromisoformat(reference.value)
    unit = span.group("unit")
    if unit in {"month", "year"}:
        # "a month after the two last met": the month before, no surer than that.
        months = (
            reference_day.year * 12 + reference_day.month - 1 + sign * count * (12 if unit == "year" else 1)
        )
        year, month = divmod(months, 12)
        value = f"{year:04d}-{month + 1:02d}" if unit == "month" else f"{year:04d}"
        return TimeExpression(time.text, time.start, time.end, value, unit, reference.anchor, time.caption)
    day = reference_day + timedelta(days=sign * count * {"day": 1, "week": 7}[unit])
    # "three weeks after" is a round figure: the week it points to, given by a day inside it.
    precision: Precision = "week" if unit == "week" else "day"
    return TimeExpression(
        time.text, time.start, time.end, day.isoformat(), precision, reference.anchor, time.caption
    )


def _told_type(noun: Token) -> tuple[str, str | None] | None:
    """The type of event a noun names back: "the meeting", and "the strike" or "the attack", which alone
    name no new event but point back at one told."""
    typed = _trigger_type(noun)
    if typed is None and noun.lemma_.lower() in _CLAIMABLE_NOUNS:
        return "ASSAULT", None
    return typed


def _told_as_earlier(trigger: Token) -> bool:
    """ "after a march in Toribío", "after the two spoke by telephone": the trigger names an earlier event."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ in {"after", "following"}:
        return True
    clause = _clause_of(trigger)
    return clause is trigger and any(
        child.dep_ == "mark" and child.lower_ in {"after", "since"} for child in clause.children
    )


def _only_related(person: Token) -> bool:
    """Whether a named person only relates the actor to someone: a parent ("Haftar's son") or a leader
    followed ("supporters of Imran Khan")."""
    current = person
    while current.dep_ in {"compound", "flat"} and current.head.i != current.i:
        current = current.head
    if current.dep_ == "poss":
        return current.head.lemma_.lower() in _KIN_WORDS
    if current.dep_ == "pobj" and current.head.lower_ == "of":
        return current.head.head.lemma_.lower() in _FOLLOWER_WORDS
    return False


def _names_a_posting(token: Token) -> bool:
    """ "ambassador to the UN", "envoy for Yemen": a body or country a role is posted to."""
    current = token
    while current.dep_ in {"compound", "amod", "nmod"} and current.head is not current:
        current = current.head
    preposition = current.head
    return (
        current.dep_ == "pobj"
        and preposition.lower_ in {"to", "for", "at"}  # "representative at the United Nations"
        and preposition.head.lemma_.lower() in _POSTED_ROLES
    )


def _in_aside(token: Token, trigger: Token) -> bool:
    """ "JNIM, al-Qaeda's branch in the Sahel, attacked …": an apposition or relative clause describing an
    actor, which does not hold the trigger, says nothing of where the event happened."""
    current = token
    for _ in range(10):
        if current.dep_ == "relcl" or (current.dep_ == "appos" and _set_off(current)):
            return trigger not in list(current.subtree)
        if current.head is current:
            return False
        current = current.head
    return False


def _set_off(apposition: Token) -> bool:
    """ "JNIM, al-Qaeda's branch in the Sahel": an apposition set off by punctuation describes its head;
    a tight one ("his counterpart Amir Khan Muttaqi in Kabul") is the name itself, and what follows it
    belongs to the clause."""
    head = apposition.head
    low, high = sorted((head.i, apposition.left_edge.i))
    return any(token.is_punct for token in apposition.doc[low + 1 : high + 1])


def _inside_other_event_phrase(token: Token, trigger: Token) -> bool:
    """Whether `token` lies in an "after/before <event noun> …" phrase that does not hold the trigger.

    "A week after a march in Toribío, guards marched again in Caldono": the phrase names an earlier event,
    whose place and time are its own.
    """
    current = token
    for _ in range(8):
        if current.dep_ == "prep" and current.lower_ in {"after", "before", "following", "since"}:
            objects = [child for child in current.children if child.dep_ == "pobj"]
            named_event = any(_trigger_type(child) is not None for child in objects)
            return named_event and trigger not in list(current.subtree)
        if current.head is current:
            return False
        current = current.head
    return False


def _past_dateline(head: Token, dateline_end: int) -> list[Token]:
    """ "MOGADISHU — Somalia's President … received": the parser makes the dateline the subject and the
    actor its apposition; the actor is the apposition."""
    if head.idx >= dateline_end:
        return [head]
    return [child for child in head.children if child.dep_ == "appos" and child.idx >= dateline_end]


def _dateline_end(text: str) -> int:
    """Where a wire dateline at the start of the text ends ("KYIV, Oct 23 (Eastern Europe Wire) - "), or 0."""
    match = plover.DATELINE.match(text)
    return match.end() if match else 0


def _is_negated(token: Token) -> bool:
    return any(child.dep_ == "neg" for child in token.children)


def _subordinate_to_trigger(token: Token, sentence: SpacySpan) -> bool:
    """ "shelled Kafr Nabl, killing two civilians", "attacked …, sparking clashes": an outcome of a violent
    event already read in the same sentence, not a second event."""
    typed = _trigger_type(token)
    if typed is None:
        return False
    if token.pos_ in {"VERB", "AUX"} and token.dep_ in {"advcl", "xcomp"} and token.tag_ in {"VBG", "VB"}:
        # "protested …, demanding …", "marched … to protest", "attacked …, abducting …": one event.
        head = token.head
        return head.i != token.i and _trigger_type(head) is not None
    if plover.event_class(*typed) != "violent":
        return False
    if token.pos_ in {"VERB", "AUX"} and typed[1] == "killing" and _struck_by_event_noun(token):
        return True  # "An air strike on a house killed nine people": the strike is the event
    if token.pos_ in {"VERB", "AUX"} and typed[1] != "killing":
        return False
    if token.dep_ == "nsubj" and _struck_by_event_noun(token.head):
        return False
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return False  # "their car was hit by an Israeli drone strike": the strike is the event
    if _told_as_earlier(token):
        return False  # "attacked the post, three weeks after a raid that …": an earlier event of its own
    ancestor = token
    while ancestor.head.i != ancestor.i and ancestor.head.i >= sentence.start:
        ancestor = ancestor.head
        above = _trigger_type(ancestor)
        if above is not None and plover.event_class(*above) == "violent":
            if above == ("ASSAULT", "killing") and not any(
                child.dep_ in {"nsubj", "agent"} for child in ancestor.children
            ):
                # "one protester was killed and 34 were injured, 12 of them police officers, in clashes in
                # Cayambe": a toll with no killer told is read as a toll; the clashes, wherever the parser hangs
                # them, are the event.
                return False
            # "six people were killed in clashes between two tribes": the deaths are the toll of the clashes.
            return not _toll_of(ancestor, token)
    return False


def _toll_of(verb: Token, noun: Token) -> bool:
    """Whether a killing told without its killer happened in the event the noun names ("killed in clashes")."""
    if _trigger_type(verb) != ("ASSAULT", "killing") or any(child.dep_ == "nsubj" for child in verb.children):
        return False
    if not (noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during"}):
        return False
    told_on = noun.head.head
    # "a soldier was killed and two were wounded in a clash": the clash hangs off the toll's second verb.
    coordinated_toll = (
        told_on.dep_ == "conj" and told_on.head.i == verb.i and told_on.lemma_.lower() in _TOLL_VERBS
    )
    return told_on.i == verb.i or coordinated_toll


def _demonym_of(nationality: str, country: str) -> bool:
    """ "israeli" of "israel", "russian" of "russia", "turkish" of "turkey": a shared stem of four letters or more."""
    shared = 0
    for a, b in zip(nationality, country, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= 4 and shared * 10 >= len(country) * 6


def _struck_by_event_noun(verb: Token) -> bool:
    """Whether a killing verb's subject is a violent event noun ("An Israeli air strike … killed nine")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    for subject in (child for child in verb.children if child.dep_ == "nsubj"):
        typed = _trigger_type(subject) if subject.pos_ in {"NOUN", "PROPN"} else None
        if typed is not None and plover.event_class(*typed) == "violent" and not _definite_reference(subject):
            return True
    return False


def _where_the_wounded_were_taken(text: str, start: int) -> bool:
    """ "died in hospital in Kharkiv", "at Thabet Thabet Governmental Hospital in Tulkarm": where the wounded were
    taken, not where they were struck."""
    return bool(re.search(r"\bhospital\w*\s+(?:in|at)\s+$", text[max(0, start - 40) : start], re.IGNORECASE))


def _only_a_landmark(text: str, start: int) -> bool:
    """ "Bal'a, east of Tulkarm", "Ahmadi, 12 km north-west of Kharkiv": a place named to say where the name just
    before it lies ("villages east of Kyaukmyaung", with no name of their own, are placed by it)."""
    return bool(
        re.search(
            r"[A-Z][\w'’-]*,\s+(?:about\s+|some\s+)?(?:[\d.]+\s*(?:km|kilometres|kilometers|miles)\s+)?"
            r"(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?$",
            text[max(0, start - 60) : start],
        )
    )


def _definite_reference(noun: Token) -> bool:
    """ "the delegation", "this meeting", "the accord's delegation": a noun naming something already told."""
    return any(
        (child.dep_ == "det" and child.lower_ in _BACK_REFERENCE_DETERMINERS)
        or (child.dep_ == "poss" and child.pos_ in {"NOUN", "PROPN", "PRON"})
        for child in noun.children
    )


def _sent_by_the_state(place: Token) -> bool:
    """ "brought together delegations from Georgia, Russia and …", "representatives of Abkhazia": the state a
    delegation or a representative comes from is a side of the talks."""
    ancestor = place
    while ancestor.dep_ == "conj":
        ancestor = ancestor.head
    preposition = ancestor.head
    if ancestor.dep_ != "pobj" or preposition.lower_ not in {"from", "of"}:
        return False
    owner = preposition.head
    if owner.lemma_.lower() == "bring":  # the parser hangs "from Georgia" on "brought together delegations"
        owner = next((child for child in owner.children if child.dep_ == "dobj"), owner)
    return owner.lemma_.lower() in _REPRESENTING_NOUNS | {"delegation"}


def _brought_together(noun: Token) -> list[Token]:
    """ "The talks brought together delegations from Georgia, Russia and the United States": who the gathering
    brought together (the states the delegations come from, and those named after "of")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "bring" or not any(
        child.lower_ == "together" for child in verb.children
    ):
        return []
    brought = [child for child in verb.children if child.dep_ == "dobj"]
    brought += [conj for child in brought for conj in child.conjuncts]
    # The parser hangs "from Georgia, Russia …" on the verb; the representatives "of Abkhazia" on the noun.
    holders = [*brought, verb]
    brought += [
        named
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in {"from", "of"}
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for named in (pobj, *pobj.conjuncts)
    ]
    return brought


def _refers_back(noun: Token) -> bool:
    """ "The meeting came …", "killed in the fighting": a definite event noun with no participants of its own
    points back to an event already told."""
    if noun.lemma_.lower() in plover.SIDE_WORDS:
        return False
    determiners = {child.lower_ for child in noun.children if child.dep_ in {"det", "poss"}}
    if not determiners & _BACK_REFERENCE_DETERMINERS:
        return False
    return not any(
        (child.dep_ == "prep" and child.lower_ in _PARTNER_PREPOSITIONS | {"of", "by"})
        or _names_which(child)
        for child in noun.children
    )


def _counts_an_occurrence(noun: Token) -> bool:
    """ "their second call", "the second such attack": an ordinal that counts one earlier happening of its kind."""
    return noun.pos_ == "NOUN" and any(
        child.dep_ in {"amod", "advmod", "nummod"} and child.lower_ in _REPEAT_ORDINALS for child in noun.children
    )


def _dates_the_telling(time: TimeExpression, trigger: Token) -> bool:
    """ "A security official said on Tuesday that rebels had killed …": a day between the speech verb and what
    it introduces dates the saying. ("wishes to inform the public that on 14th April, armed men …" dates the deed.)"""
    for verb in trigger.ancestors:
        if verb.lemma_.lower() not in plover.SPEECH_VERBS and verb.lemma_.lower() != "inform":
            continue
        opener = next(
            (child for child in verb.children if child.lower_ == "that" and child.i < trigger.i), None
        )
        end = opener.idx if opener is not None else trigger.idx
        if verb.idx < time.start < end:
            return True
    return False


def _circumstances(trigger: Token) -> list[Token]:
    """ "were killed … when their vehicle struck a bomb near Kiunga": the when-clause of a toll tells where."""
    return [
        token
        for verb in (trigger, *trigger.conjuncts)
        for clause in verb.children
        if clause.dep_ == "advcl" and any(child.lower_ in {"when", "as"} for child in clause.children)
        for token in _own_clause(clause)
    ]


def _names_which(modifier: Token) -> bool:
    """ "the 2009 uprising": a year that tells which happening a definite noun names, rather than pointing back
    to one just told. (A doer does not: "the accord's delegation, led by X" is the one just told.)"""
    return modifier.dep_ in {"nummod", "compound", "amod", "npadvmod"} and bool(_YEAR_WORD.fullmatch(modifier.text))


def _points_back(token: Token) -> bool:
    """ "they", "it", "the group", "its fighters", "its administrators", "the two sides"."""
    if token.lower_ in _PLURAL_PRONOUNS or _names_both_sides(token):
        return True
    if token.lower_ == "it":
        return token.dep_ in {"nsubj", "nsubjpass"}
    possessed = any(child.dep_ == "poss" and child.lower_ in _GROUP_POSSESSIVES for child in token.children)
    if possessed and token.lower_ in plover.GROUP_REFERENCE_NOUNS | plover.MEMBER_NOUNS:
        return True
    return token.lower_ in plover.GROUP_REFERENCE_NOUNS and any(
        child.dep_ == "det" and child.lower_ in _BACK_REFERENCE_DETERMINERS for child in token.children
    )


_BOTH_SIDES_NOUNS = frozenset(
    {"sides", "leaders", "men", "parties", "delegations", "countries", "governments", "ministers", "presidents",
     "premiers", "counterparts", "heads", "chiefs", "commanders", "envoys"}
)  # fmt: skip


def _names_both_sides(token: Token) -> bool:
    """ "the two sides", "both sides", "the two leaders", "the two prime ministers", and "the two" standing alone
    as a subject."""
    if token.lower_ == "two" and token.dep_ in {"nsubj", "nsubjpass"}:
        return any(child.dep_ == "det" and child.lower_ == "the" for child in token.children)
    if token.lower_ not in _BOTH_SIDES_NOUNS:
        return False
    return any(child.lower_ in {"two", "both"} for child in token.children)


def _speaker_of_reported_clause(token: Token) -> Token | None:
    """ "Police said they had arrested …": the subject of the speech verb whose reported clause holds `token`."""
    clause = _clause_of(token)
    for _ in range(3):
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in plover.SPEECH_VERBS:
            subjects = [child for child in clause.head.children if child.dep_ == "nsubj"]
            return subjects[0] if subjects else None
        if clause.head is clause:
            return None
        clause = _clause_of(clause.head)
    return None


def _doubts_identity(sentence: SpacySpan) -> bool:
    words = {token.lower_ for token in sentence}
    return (
        bool(words & plover.DISPUTE_ADJECTIVES)
        and bool(words & {"whether", "if"})
        and bool(words & {"separate", "same", "different", "another", "other"})
    )


# ---------------------------------------------------------------- arguments


def _arguments(trigger: Token, event_type: str, mode: str | None) -> list[tuple[str, Token]]:
    """(role, phrase head) pairs for a trigger's participants."""
    consult = event_type == "CONSULT"
    agent_role = "host" if mode == "host" else "participant" if consult else "source"
    patient_role = "guest" if mode == "host" else "participant" if consult else "target"
    partner_role = "participant" if consult else "target"
    found: list[tuple[str, Token]] = []
    if trigger.pos_ in {"VERB", "AUX"}:
        subjects = _event_subjects(trigger)
        if event_type in _SPEECH_ACT_TYPES and subjects and all(_names_an_event(s) for s in subjects):
            # "Fletcher told the council that fighting had cut off …, and urged members to …": the parser hangs
            # the appeal on the reported clause; fighting urges nothing, the speaker does.
            speaker = _speaker_of_reported_clause(trigger)
            subjects = [speaker] if speaker is not None else []
        # "Burhan arrived … and was received by Isaias": a passive verb sharing the first verb's subject receives it.
        shared_passive = trigger.dep_ == "conj" and any(child.dep_ == "auxpass" for child in trigger.children)
        found.extend((patient_role if shared_passive else agent_role, subject) for subject in subjects)
        # "Fighters loyal to the GNU clashed …", "troops backed by clan militias retook …", "a landmine planted by
        # JNIM exploded": the group the doers are tied to acts with them.
        found.extend(
            (agent_role, group)
            for subject in subjects
            for description in subject.children
            if description.dep_ in {"amod", "acl"}
            for group in _tied_groups(description)
        )
        if trigger.lemma_.lower() in _FIGHTING_OFF_VERBS:
            # "repelled an attack by Boko Haram", "… an attack launched by the Houthi militia": who attacked.
            found.extend((patient_role, attacker) for attacker in _attackers_fought_off(trigger))
        if mode is not None and mode.startswith("territory"):
            # "retook the town (in the Hiraan region) from al-Shabaab": who held it is the other side, wherever
            # the parser hangs the "from".
            found.extend(
                (patient_role, token)
                for token in _own_clause(trigger)
                if token.dep_ == "pobj" and token.head.lower_ == "from" and token.pos_ == "PROPN"
            )
            # "recaptured the town …, a year and a half after it fell to al-Shabaab": who had taken it.
            held_by = [
                pobj
                for fall in trigger.subtree
                if fall.lemma_.lower() == "fall" and fall.dep_ in {"advcl", "relcl"}
                and (fall.head.i == trigger.i or fall.head.head.i == trigger.i)
                for prep in fall.children
                if prep.dep_ == "prep" and prep.lower_ == "to"
                for pobj in prep.children
                if pobj.dep_ == "pobj"
            ]
            found.extend((patient_role, holder) for holder in held_by)
            found.extend((patient_role, taker) for taker in _last_takers(trigger))
            found.extend((patient_role, side) for side in _fought_with_before(trigger))
        if plover.event_class(event_type, mode) == "violent":
            # "Three members of the internal security forces were killed when gunmen attacked a checkpoint": the
            # dead the event explains belong to the side it struck.
            found.extend(
                (patient_role, side)
                for dead in _dead_of_toll_explained(trigger)
                for side in _named_side_of(dead)
            )
            found.extend((agent_role, bomber) for bomber in _bombers_explaining_toll(trigger))
        if _suffered_by_head(trigger):
            found.append((patient_role, trigger.head))  # "three PMF fighters killed"
        titled = [child for child in trigger.children if child.dep_ == "dobj" and child.pos_ == "NOUN"]
        named = _names_set_off_after(trigger, trigger, titled)
        found.extend((patient_role, name) for name in named)
        objects = [child for child in trigger.children if child.dep_ == "dobj"]
        opened_fire = trigger.lemma_.lower() == "open" and any(child.lower_ == "fire" for child in objects)
        for child in trigger.children:
            if child.dep_ in {"dobj", "nsubjpass"}:
                if named and child in titled:
                    continue  # "Sudan's army chief, General X": X is the guest; the army is only his
                found.append((patient_role, child))
            elif opened_fire and child.dep_ == "prep" and child.lower_ in {"on", "at"}:
                # "Gunmen opened fire on a police patrol": what the fire was opened on was attacked.
                found.extend((patient_role, pobj) for pobj in child.children if pobj.dep_ == "pobj")
            elif child.dep_ == "conj" and child.pos_ == "NOUN" and objects and child.i > objects[0].i:
                found.append((patient_role, child))  # "attacked a post of the VDP and an army detachment"
            elif child.dep_ == "agent":
                found.extend(
                    (agent_role, grandchild) for grandchild in child.children if grandchild.dep_ == "pobj"
                )
            elif child.dep_ == "prep" and child.lower_ in _PARTNER_PREPOSITIONS:
                found.extend(
                    (partner_role, grandchild) for grandchild in child.children if grandchild.dep_ == "pobj"
                )
            elif consult and child.dep_ == "prep" and child.lower_ in {"through", "under"}:
                found.extend((partner_role, mediator) for mediator in _mediators(child))
            elif consult and child.dep_ == "prep" and child.lower_ in {"in", "at"}:
                found.extend((partner_role, partner) for partner in _partners_hung_on_the_place(child))
                if not any(grand.dep_ == "dobj" for grand in trigger.children):
                    found.extend((patient_role, guest) for guest in _guest_set_beside_the_place(trigger))
            elif child.dep_ == "prep" and child.lower_ in {"by", "over", "via", "on"}:
                # "spoke by phone with X": the parser hangs the partner off the medium.
                found.extend(
                    (partner_role, pobj)
                    for medium in child.children
                    if medium.dep_ == "pobj" and medium.lemma_.lower() in plover.MEDIUM_WORDS
                    for preposition in medium.children
                    if preposition.dep_ == "prep" and preposition.lower_ in _PARTNER_PREPOSITIONS
                    for pobj in preposition.children
                    if pobj.dep_ == "pobj"
                )
            elif (
                child.dep_ == "conj"
                and child.pos_ == "NOUN"
                and child.lemma_.lower() in _OFFICE_NOUNS | PERSONAL_OFFICES
                and child.i > trigger.i
            ):
                # "received the chairman of ECOWAS, …, and the president of the ECOWAS Commission, Omar Touray":
                # the parser hangs the second guest's title off the verb.
                found.append((patient_role, child))
            elif (
                child.dep_ == "conj"
                and child.tag_ in {"NNS", "NNP", "NNPS"}
                and not any(grand.dep_ == "prep" and grand.lower_ == "of" for grand in child.children)
            ):
                # "clashed with the army and Russian paramilitaries": the parser hangs the second side off the verb.
                found.append((partner_role, child))
            elif (
                child.dep_ == "advcl"
                and child.lemma_.lower() in _TOLL_VERBS
                and plover.event_class(event_type, mode) == "violent"
            ):
                # "attacked a post …, killing 14 soldiers and members of the VDP": the named dead were its target.
                found.extend((patient_role, grand) for grand in child.children if grand.dep_ == "dobj")
        return found
    # An event noun: "had a call with X", "X's meeting with Y", "the Taliban delegation was led by Z".
    if consult:
        found.extend((partner_role, side) for side in _brought_together(trigger))
    if consult and mode == "delegation" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in {"lead", "head"}:
        # "Prime Minister X led a government delegation to Nairobi": who leads it, as "led by X" would say.
        found.extend(("leader", subject) for subject in _event_subjects(trigger.head))
    if trigger.dep_ == "nsubj" and plover.event_class(event_type, mode) == "violent":
        found.extend((patient_role, side) for side in _sides_of_own_toll(trigger.head))
        # "Two members of the Internal Security Forces were killed when an explosive device … went off": the dead
        # the bomb's clause explains belong to the side it struck.
        found.extend((patient_role, side) for dead in _dead_of_toll_explained(trigger) for side in _named_side_of(dead))
    if mode is not None and mode.startswith("territory"):
        found.extend((patient_role, taker) for taker in _last_takers(trigger))
        if trigger.dep_ == "dobj":
            found.extend((patient_role, side) for side in _fought_with_before(trigger.head))
    toll = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ in {"in", "during"} else None
    if toll is not None and _suffered_by_head(toll):
        # "a PMF fighter killed in Sunday's bombing": the side of the dead the event explains.
        found.extend((patient_role, side) for side in _named_side_of(toll.head))
    if toll is not None and trigger.lemma_.lower() == "operation" and _toll_of_a_forces_operation(trigger):
        # "Five members of the Comando Vermelho were killed … during a police operation": whom it fought.
        told = (toll, toll.head) if toll.dep_ == "conj" else (toll,)  # "… were killed and a woman was wounded"
        found.extend(
            (patient_role, side)
            for verb in told
            for dead in verb.children
            if dead.dep_ == "nsubjpass"
            for side in _named_side_of(dead)
        )
    head = trigger.head
    carried = trigger
    if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _ROUND_NOUNS:
        carried, head = head.head, head.head.head  # "held a fresh round of talks": the round stands for them
    # "when Maoists triggered an IED": who sets a bomb off carries out the bombing.
    sets_off = mode in {"IED", "bombing"} and carried.dep_ == "dobj" and head.lemma_.lower() in _SETTING_OFF_VERBS
    # "Munteanu and Bolojan today co-chaired the joint meeting of the two governments": who chairs a meeting sits in it.
    chairs = consult and carried.dep_ == "dobj" and head.lemma_.lower() in _CHAIRING_VERBS
    if carried.dep_ in {"dobj", "pobj"} and head.lemma_.lower() in _VERBS_CARRYING_EVENT_NOUNS or sets_off or chairs:
        verb = head if head.pos_ in {"VERB", "AUX"} else head.head
        found.extend((agent_role, subject) for subject in _event_subjects(verb))
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in _PARTNER_PREPOSITIONS:
                found.extend((partner_role, pobj) for pobj in child.children if pobj.dep_ == "pobj")
                if not any(grand.dep_ == "pobj" for grand in child.children):
                    # "held talks … with the UAE's national security adviser, Sheikh Tahnoun": the parser may leave
                    # "with" bare and make the partner a second object of "held".
                    found.extend(
                        (partner_role, other)
                        for other in verb.children
                        if other.dep_ == "dobj" and other.i > child.i and other.i != carried.i
                    )
            elif consult and child.dep_ == "prep" and child.lower_ in {"through", "under"}:
                found.extend((partner_role, mediator) for mediator in _mediators(child))
            elif consult and child.dep_ == "prep" and child.lower_ in {"at", "in"}:
                found.extend((partner_role, partner) for partner in _partners_hung_on_the_place(child))
        if consult:
            found.extend((partner_role, name) for name in _names_set_off_after(trigger, verb))
    if consult and trigger.dep_ == "dobj" and head.lemma_.lower() in _CALL_TAKING_VERBS:
        # "Sudani received a telephone call from Pezeshkian": who takes the call and who places it.
        found.extend((agent_role, subject) for subject in _event_subjects(head))
        found.extend(
            (partner_role, pobj)
            for owner in (trigger, head)
            for child in owner.children
            if child.dep_ == "prep" and child.lower_ == "from"
            for pobj in child.children
            if pobj.dep_ == "pobj"
        )
        # "a telephone call from the President of the Republic of Türkiye, Recep Tayyip Erdoğan,": the parser hangs
        # the caller's name, set off after his title, on the call.
        found.extend(
            (partner_role, child) for child in trigger.children if child.dep_ == "appos" and child.pos_ == "PROPN"
        )
    partnered = any(
        child.dep_ == "prep" and child.lower_ in _PARTNER_PREPOSITIONS for child in trigger.children
    )
    talking = head.head
    if talking.dep_ in {"nsubj", "nsubjpass"} and talking.pos_ in {"PROPN", "NOUN"} and head.lower_ == "in":
        # "Araghchi and his Turkish counterpart, Fidan, in a telephone conversation on Wednesday exchanged
        # views": the parser hangs the call on the subject; those who spoke in it are the verb's subjects.
        talking = talking.head
    if consult and head.lower_ in {"in", "during"} and talking.dep_ == "acl" and talking.tag_ == "VBN":
        # "discussed … Madagascar's request for help in tracing funds held in Mauritius in a telephone call": the
        # parser hangs the call on the last participle; those who talk in it are the subjects of the clause.
        for _ in range(12):
            if talking.pos_ in {"VERB", "AUX"} and any(child.dep_ == "nsubj" for child in talking.children):
                break
            if talking.head.i == talking.i:
                break
            talking = talking.head
    if (
        consult
        and trigger.dep_ == "pobj"
        and talking.pos_ in {"VERB", "AUX"}
        # "…, Syria's official news agency SANA reported, in talks that …": who reports is no party to them.
        and talking.lemma_.lower() not in {"report", "cite", "quote", "publish"}
        and (
            (head.lower_ in {"in", "during", "at", "over"} and not partnered)
            # "arrived in Ankara for talks with Erdogan": who travels for talks takes part in them.
            or (head.lower_ == "for" and talking.lemma_.lower() in _TRAVEL_VERBS)
        )
    ):
        # "Putin and Erdogan discussed Syria in a phone call", "Yunus told party leaders at a meeting": those
        # who talk in the call or meeting are its participants, and whom they told.
        verb = talking
        found.extend((agent_role, subject) for subject in _event_subjects(verb))
        found.extend((partner_role, child) for child in verb.children if child.dep_ in {"dobj", "dative"})
        told_a_title = any(
            child.dep_ in {"dobj", "dative"} and child.lemma_.lower() in plover.ENVOY_WORDS | {"commissioner"}
            for child in verb.children
        )
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in _PARTNER_PREPOSITIONS:
                found.extend((partner_role, pobj) for pobj in child.children if pobj.dep_ == "pobj")
            elif child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_.lower() in _HANDING_VERBS:
                # "delivered a written message from Burhan to Field Marshal Khalifa Haftar during a meeting"
                found.extend((partner_role, pobj) for pobj in child.children if pobj.dep_ == "pobj")
            elif told_a_title and child.dep_ == "prep" and child.lower_ in {"for", "of"}:
                # "told European Commissioner for the Mediterranean Dubravka Šuica at a meeting": the parser hangs
                # the title's portfolio, and the name after it, off the verb.
                found.extend(
                    (partner_role, pobj)
                    for pobj in child.children
                    if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN"
                )
    if _came_under(trigger):
        # "Troops came under fire from gunmen": those under fire are the target, the fire's source the attacker.
        found.extend((patient_role, subject) for subject in _event_subjects(head.head))
        found.extend((agent_role, attacker) for attacker in _attackers_from(trigger))
    if (
        consult
        and trigger.dep_ == "pobj"
        # "arrived … on the first stop of a three-day visit to Fiji"
        and head.lower_ in {"on", "for", "of"}
        and trigger.lemma_.lower() in plover.VISIT_NOUNS
        and (travelled := _travel_verb_over(head.head)) is not None
    ):
        # "arrived in Asmara on a working visit": who arrives is the visitor.
        found.extend((agent_role, subject) for subject in _event_subjects(travelled))
    if trigger.dep_ == "pobj" and _toll_of(head.head, trigger):
        # "three al-Shabaab fighters were killed in an air strike": the dead are the strike's target.
        found.extend((patient_role, child) for child in head.head.children if child.dep_ == "nsubjpass")
    if (
        event_type in _FORCEFUL_TYPES
        and trigger.dep_ == "dobj"
        and head.lemma_.lower() in _ANNOUNCING_VERBS
        and trigger.lemma_.lower() in _DONE_TO_NOUNS
    ):
        # "The Counter-Terrorism Service announced … the arrest of four terrorists": a security body announces
        # what its men did; a news agency reporting an arrest did not make it.
        found.extend(
            (agent_role, subject)
            for subject in _event_subjects(head)
            if subject.lemma_.lower() in _SECURITY_BODY_HEADS
        )
    if trigger.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility":
        # "Islamic State claimed responsibility for the bombing": the claimant is who carried it out.
        claim = head.head.head
        if claim.lemma_.lower() in plover.CLAIM_VERBS:
            found.extend((agent_role, subject) for subject in _event_subjects(claim))
    if trigger.dep_ in {"nsubj", "nsubjpass"}:
        if head.lemma_.lower() in plover.OCCURRENCE_VERBS:
            # "Clashes erupted between al-Shabaab and the army": the sides hang off the verb.
            for sibling in head.children:
                if sibling.dep_ == "prep" and sibling.lower_ in _PARTNER_PREPOSITIONS:
                    found.extend((partner_role, pobj) for pobj in sibling.children if pobj.dep_ == "pobj")
        for sibling in head.children:
            if sibling.dep_ == "agent":
                found.extend(
                    ("leader", grandchild) for grandchild in sibling.children if grandchild.dep_ == "pobj"
                )
            if sibling.dep_ == "dobj" and head.lemma_.lower() in {"include", "comprise"}:
                found.append((partner_role, sibling))
        for conjunct in head.conjuncts:
            found.extend(_arguments_of_coordinated_clause(conjunct, partner_role))
    if trigger.lemma_.lower() in plover.SIDE_WORDS:
        found.extend(_members_included(trigger, partner_role))
    for child in trigger.children:
        if child.dep_ in {"compound", "poss", "nmod", "amod"} and child.pos_ in {"PROPN", "NOUN", "PRON"}:
            found.append((agent_role, child))
        elif child.dep_ == "prep" and child.lower_ in _PARTNER_PREPOSITIONS | {"by", "of"}:
            role = agent_role if child.lower_ in {"by", "of"} else partner_role
            if child.lower_ == "of" and trigger.lemma_.lower() in _DONE_TO_NOUNS:
                role = patient_role  # "the arrest of four members of the Islamic State": those arrested
            found.extend((role, grandchild) for grandchild in child.children if grandchild.dep_ == "pobj")
        elif child.dep_ == "prep" and consult and child.lower_ in {"for", "to", "from"}:
            # "a call with Qatar's Minister of State for Foreign Affairs Mohammed Al-Khulaifi": the parser
            # hangs the name off the event noun through the title's own preposition.
            found.extend(
                (partner_role, pobj)
                for pobj in child.children
                if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN"
            )
        elif child.dep_ == "conj" and child.pos_ == "PROPN":
            # The parser often hangs "with the minister, Amir Muttaqi" off the event noun as a conjunct.
            found.append((partner_role, child))
        elif (
            child.dep_ == "acl"
            and child.lemma_.lower() in _PLACED_BY_VERBS
            and plover.event_class(event_type, mode) == "violent"
        ):
            # "an explosive device planted by a terrorist cell belonging to the ISIS organisation went off": who
            # planted it bombed, and the group it belongs to.
            for agent in _agents(child):
                found.append((agent_role, agent))
                found.extend(
                    (agent_role, group)
                    for description in agent.children
                    if description.dep_ == "acl"
                    for group in _tied_groups(description)
                )
        elif consult and child.dep_ == "acl" and child.lemma_.lower() in _CONVENING_VERBS:
            # "met in Bridgetown in talks brokered by Barbados Prime Minister Mia Mottley": the broker sat with them.
            found.extend((partner_role, agent) for agent in _agents(child))
        elif child.dep_ == "acl" and child.lemma_.lower() in {"lead", "head"}:
            for grandchild in child.children:
                if grandchild.dep_ == "agent":
                    found.extend(("leader", pobj) for pobj in grandchild.children if pobj.dep_ == "pobj")
    return found


def _partners_hung_on_the_place(preposition: Token) -> list[Token]:
    """ "met today in Herat city with Rashid Meredov", "held talks today at the Dolmabahçe Presidential Office in
    Istanbul with the President of …": the partner the parser hangs off the place or venue a verb is "in" or "at"."""
    return [
        partner
        for place in preposition.children
        if place.dep_ == "pobj"
        for with_ in place.children
        if with_.dep_ == "prep" and with_.lower_ == "with"
        for partner in with_.children
        if partner.dep_ == "pobj"
    ]


def _names_set_off_after(trigger: Token, verb: Token, partners: list[Token] | None = None) -> list[Token]:
    """ "held a call with the head of Hamas's political office, Ismail Haniya, late on Thursday", "received
    Sudan's army chief, General Abdel Fattah al-Burhan, in N'Djamena": the parser hangs the name that follows
    the partner's title off the verb; set off by commas, it names that partner."""
    if partners is None:
        partners = [
            pobj
            for child in trigger.children
            if child.dep_ == "prep" and child.lower_ in _PARTNER_PREPOSITIONS
            for pobj in child.children
            if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN"
        ]
    if not partners:
        return []
    title_end = max(token.i for partner in partners for token in partner.subtree)
    doc = trigger.doc
    return [
        child
        for child in verb.children
        if child.dep_ in {"npadvmod", "appos", "dep"}
        and child.pos_ == "PROPN"
        and child.ent_type_ == "PERSON"
        and child.left_edge.i == title_end + 2
        and doc[title_end + 1].text == ","
    ]


def _arguments_of_coordinated_clause(verb: Token, role: str) -> list[tuple[str, Token]]:
    """ "… and the Hamas delegation included Ismail Haniyeh": the second clause's parties join the event."""
    found = []
    for child in verb.children:
        if (
            child.dep_ in {"nsubj", "nsubjpass"}
            and child.lemma_.lower() in plover.SIDE_WORDS
            or child.dep_ == "dobj"
            and verb.lemma_.lower() in {"include", "comprise"}
        ):
            found.append((role, child))
    return found


def _members_included(side: Token, role: str) -> list[tuple[str, Token]]:
    """ "… the Hamas delegation included Ismail Haniyeh": members named by an "include" verb in the sentence
    whose subject is a side (or that the parser left without one)."""
    found = []
    for verb in sentence_of(side):
        if verb.lemma_.lower() not in {"include", "comprise"} or verb.pos_ != "VERB":
            continue
        subjects = [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and not any(subject.lemma_.lower() in plover.SIDE_WORDS for subject in subjects):
            continue
        found.extend((role, child) for child in verb.children if child.dep_ == "dobj")
    return found


def _event_subjects(verb: Token) -> list[Token]:
    """Who acts: the verb's subjects (the parser sometimes gives one clause two), else a governing one's."""
    current: Token | None = verb
    if verb.dep_ in {"relcl", "acl"} and verb.tag_ == "VB" and _is_purpose(verb) and verb.head.pos_ == "NOUN":
        # "residents blocked the main road to protest …": the parser hangs the purpose on the road; those who
        # blocked it protest.
        current = _clause_of(verb.head)
    while current is not None:
        subjects = [child for child in current.children if child.dep_ == "nsubj"]
        believed = current.head
        if (
            current.dep_ == "ccomp"
            and believed.lemma_.lower() in _BELIEVING_VERBS
            and any(child.dep_ == "xcomp" and child.lemma_ == "be" for child in believed.children)
        ):
            # "Gunmen believed to be jihadists attacked …": the parser makes "jihadists" the doer; the gunmen are,
            # and what they are believed to be only describes them.
            return [child for child in believed.children if child.dep_ in {"nsubj", "nsubjpass"}] or subjects
        if current.dep_ == "relcl" and any(
            subject.lower_ in {"who", "that", "which"} for subject in subjects
        ):
            # "hundreds of protesters who gathered …": who gathered is the noun the clause describes.
            head = current.head
            if head.dep_ == "appos" and head.head.pos_ == "PROPN" and head.pos_ == "NOUN":
                # "Abdulmalik al-Ajri, a member of the group's political bureau who took part in the talks": the
                # man the description is set beside.
                return [head.head]
            named = [pobj for prep in head.children if prep.lower_ == "of" for pobj in prep.children]
            return named or [head]
        if subjects:
            return subjects
        if (
            current.dep_ == "conj"
            and current.lemma_.lower() in _SPEAKING_ACTS
            and current.head.dep_ == "ccomp"
            and current.head.head.lemma_.lower() in _TELLING_VERBS
        ):
            # "X told parliament that the offensive would enter its final phase, and called on the states to …":
            # the call is the teller's, hung by the parser on the clause told.
            current = current.head.head
            continue
        if current.dep_ == "xcomp" or current.dep_ == "conj" and current.head.pos_ in {"VERB", "AUX"}:
            # "He is reported to meet …" / "… met Y and hosted Z": the subject is the governing verb's.
            passive_subject = next((c for c in current.head.children if c.dep_ == "nsubjpass"), None)
            if passive_subject is not None and current.dep_ == "xcomp":
                return [passive_subject]
            current = current.head
        elif current.dep_ == "acl" and current.head.pos_ in {"NOUN", "PROPN"}:
            if _suffered_by_head(current):
                return []  # "the toll at three PMF fighters killed": the fighters died; they killed no one
            return [current.head]
        elif current.dep_ in {"advcl", "ccomp"} and _describes_its_subject(current.head):
            # The group they are tied to is coded with them ("Gunmen linked to Abu Sayyaf" → Abu Sayyaf).
            described = current.head
            return [child for child in described.children if child.dep_ == "nsubj"] + _tied_groups(described)
        elif current.dep_ == "advcl" and current.tag_ == "VBG" and current.head.pos_ in {"VERB", "AUX"}:
            # "…, daring Democrats to block it": the participle's subject is the main clause's.
            current = current.head
        else:
            current = None
    return []


def _describes_the_event_told(noun: Token) -> bool:
    """ "It is the first publicly acknowledged meeting between …", "This was the third visit …": an event noun a
    copula says the event just told is, not one more event."""
    if noun.pos_ != "NOUN" or noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return False
    return any(
        child.dep_ == "nsubj" and child.lower_ in {"it", "this", "that"} for child in noun.head.children
    ) and any(child.dep_ == "amod" and child.lower_ in _ORDINAL_WORDS for child in noun.children)


def _suffered_by_head(verb: Token) -> bool:
    """ "three PMF fighters killed", "two soldiers wounded": a toll verb's past form after the noun it describes
    tells what the noun suffered (the small model may tag the participle as a past tense)."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in {"VBN", "VBD"}
        and verb.lemma_.lower() in _TOLL_VERBS
        and verb.i > verb.head.i
        and not any(child.dep_ in {"dobj", "nsubj"} for child in verb.children)
    )


def _victims_and_sites(trigger: Token) -> list[Token]:
    """What the event struck: its objects, the dead of its toll clause, the sites after "on"/"against", and the
    subject of a toll the event explains ("Two soldiers were killed when a bomb went off")."""
    found = [child for child in trigger.children if child.dep_ in {"dobj", "nsubjpass"}]
    for child in trigger.children:
        if child.dep_ == "advcl" and child.lemma_.lower() in _TOLL_VERBS:
            found += [grand for grand in child.children if grand.dep_ in {"dobj", "nsubjpass"}]
        if child.dep_ == "prep" and child.lower_ in {"on", "against"}:
            found += [grand for grand in child.children if grand.dep_ == "pobj"]
    found += _dead_of_toll_explained(trigger, {"nsubjpass", "dobj"})
    # "in an attack on a military post": the site hangs off the attack noun.
    for child in trigger.children:
        if child.dep_ == "prep":
            for noun in child.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in _ATTACK_NOUNS:
                    found += [
                        site
                        for preposition in noun.children
                        if preposition.dep_ == "prep" and preposition.lower_ in {"on", "against"}
                        for site in preposition.children
                        if site.dep_ == "pobj"
                    ]
    return found


def _sites_of_deeds_beside(trigger: Token) -> list[Token]:
    """ "attacked the town, setting fire to houses and the police station", "fired mortar shells into the town before
    attacking army positions": the sites a deed told beside the event's own trigger struck, and their conjuncts."""
    found: list[Token] = []
    for deed in trigger.children:
        if deed.dep_ not in {"advcl", "conj", "xcomp"} or deed.lemma_.lower() not in _SITE_DEED_VERBS:
            continue
        objects = [child for child in deed.children if child.dep_ == "dobj"] + _objects_of(deed, {"to", "on"})
        for noun in objects:
            found += [noun, *noun.conjuncts]
    return found


def _just_done(sentence: SpacySpan) -> bool:
    """Whether the sentence's main verb is in the present perfect ("has received", "have met")."""
    root = sentence.root
    return root.tag_ == "VBN" and any(
        child.dep_ == "aux" and child.lower_ in {"has", "have"} for child in root.children
    )


def _is_route(name: str) -> bool:
    """ "the Ring Road", "the Quetta-Karachi highway", "the N-25": a road, which runs past places rather than
    being one."""
    words = name.split()
    return bool(words) and (words[-1].lower() in _ROUTE_WORDS or _ROAD_NUMBER.fullmatch(name) is not None)


def _names_a_happening(verb: Token) -> bool:
    """ "broke out", "took place", "happened", "erupted": a verb that says only that its subject happened."""
    lemma = verb.lemma_.lower()
    if lemma in {"happen", "occur", "erupt"}:
        return True
    if lemma == "break":
        return any(child.dep_ == "prt" and child.lower_ == "out" for child in verb.children)
    return lemma == "take" and any(child.lower_ == "place" and child.dep_ == "dobj" for child in verb.children)


def _objects_of(token: Token, prepositions: set[str] | frozenset[str]) -> list[Token]:
    """The objects of the token's prepositions among `prepositions` ("met *in* Herat" → Herat)."""
    return [
        pobj
        for child in token.children
        if child.dep_ == "prep" and child.lower_ in prepositions
        for pobj in child.children
        if pobj.dep_ == "pobj"
    ]


def _guest_set_beside_the_place(verb: Token) -> list[Token]:
    """ "received this Wednesday at the Palace of the People the Prime Minister of Ethiopia": a translated readout puts
    the guest after the place, and the parser sets the guest's title beside the place; "received today, Monday, at
    the People's Palace in Damascus, His Highness Prince Faisal …, and the delegation accompanying him": or hangs the
    guest's name on a later clause."""
    places = _objects_of(verb, {"at", "in"})
    # "at the premiership's headquarters in Tripoli, the head of …": or beside the city of the building.
    places += [city for place in places for city in _objects_of(place, {"in"})]
    beside = [
        guest
        for place in places
        for guest in place.children
        if guest.dep_ == "appos" and guest.lemma_.lower() in _OFFICE_NOUNS | plover.ENVOY_WORDS
    ]
    # "…, the head of the Intelligence Service, Major General Hassan Rashad": the name set beside the title.
    beside += [
        name
        for guest in beside
        for name in guest.head.children
        if name.dep_ == "appos" and name.i > guest.i and name.ent_type_ == "PERSON"
    ]
    if beside or verb.lemma_.lower() != "receive":
        return beside
    setting = {
        token.i
        for child in verb.children
        if child.dep_ in {"prep", "npadvmod", "advmod", "nsubj", "punct"}
        for token in child.subtree
    }
    after = [token for token in verb.sent if token.i > verb.i and token.i not in setting and token.pos_ != "PUNCT"]
    # Only commas, the date and the place between the verb and a name (after an honorific): whom it received.
    name = next((token for token in after[:4] if token.ent_type_ == "PERSON"), None)
    if name is None or any(token.pos_ in {"VERB", "AUX", "ADP"} for token in after[: after.index(name)]):
        return []
    head = name
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return [head] if head.ent_type_ == "PERSON" else []


def _last_takers(trigger: Token) -> list[Token]:
    """ "regained control of Nyamilima, a day after Wazalendo fighters drove them out": who took it last is who
    loses it now."""
    verb = _clause_of(trigger)
    # "…, a day after …": the parser may hang the clause on the span of time before "after".
    spans = [verb, *(child for child in verb.children if child.dep_ == "npadvmod")]
    return [
        taker
        for span in spans
        for clause in span.children
        if clause.dep_ == "advcl"
        and clause.lemma_.lower() in _CAPTURING_VERBS
        and any(child.dep_ == "mark" and child.lower_ == "after" for child in clause.children)
        for taker in clause.children
        if taker.dep_ == "nsubj" and taker.pos_ in {"NOUN", "PROPN"}
    ]


def _dead_of_toll_explained(trigger: Token, dependencies: frozenset[str] | set[str] = frozenset({"nsubjpass"})) -> list[Token]:
    """ "Six soldiers of the FC were killed (and three others injured) when a bomb struck their vehicle": the dead
    of the toll a when-clause explains, also when the parser hangs the clause on the toll's second verb."""
    clause = _clause_of(trigger)
    if clause.dep_ != "advcl":
        return []
    toll = clause.head
    if toll.lemma_.lower() not in _TOLL_VERBS and any(child.lower_ == "when" for child in clause.children):
        # "… were killed and two others wounded when gunmen attacked …, the ministry said": the parser may hang the
        # when-clause on the verb of saying; the toll it explains is the one just before it.
        told = [
            token
            for token in clause.sent
            if token.i < clause.i
            and token.lemma_.lower() in _TOLL_VERBS
            and any(child.dep_ == "nsubjpass" for child in token.children)
        ]
        toll = told[-1] if told else toll
    for _ in range(3):
        if toll.lemma_.lower() not in _TOLL_VERBS and not (toll.dep_ == "conj" and toll.pos_ == "NOUN"):
            return []
        dead = [child for child in toll.children if child.dep_ in dependencies]
        if dead and toll.pos_ in {"VERB", "AUX"}:
            if toll.dep_ == "conj" and toll.head.lemma_.lower() in _TOLL_VERBS:
                # "Three officers were killed and four soldiers wounded when …": the dead of the first toll too.
                dead += [child for child in toll.head.children if child.dep_ in dependencies]
            return dead
        if toll.dep_ not in {"conj", "acl"} or toll.head.i == toll.i:
            return []
        toll = toll.head
    return []


def _bombers_explaining_toll(toll: Token) -> list[Token]:
    """ "A jawan was killed and two others were injured when Maoists triggered an IED": who set off the bomb the
    when-clause tells of killed them; setting a bomb off is no event word of its own."""
    if toll.lemma_.lower() not in _TOLL_VERBS:
        return []
    return [
        subject
        for verb in (toll, *toll.conjuncts)
        for clause in verb.children
        if clause.dep_ == "advcl"
        and clause.lemma_.lower() in _SETTING_OFF_VERBS
        and any(child.lower_ == "when" for child in clause.children)
        and any(
            word.lower_ in _BOMB_WORDS for child in clause.children if child.dep_ == "dobj" for word in child.subtree
        )
        for subject in clause.children
        if subject.dep_ == "nsubj"
    ]


def _owned_by_named_side(people: Token) -> bool:
    """ "soldiers of the Frontier Corps", "FC soldiers", "Kenya's soldiers": people the text ties to a named side."""
    return any(
        (child.dep_ == "prep" and child.lower_ == "of") or (child.dep_ in {"compound", "poss"} and child.pos_ == "PROPN")
        for child in people.children
    )


def _sides_of_own_toll(verb: Token) -> list[Token]:
    """ "An explosive device went off outside a police post, wounding two police officers": the side of the dead
    and wounded the toll of the clause an event noun is the subject of names."""
    return [
        side
        for toll in verb.children
        if toll.dep_ == "advcl" and toll.tag_ == "VBG" and toll.lemma_.lower() in _TOLL_VERBS
        for dead in toll.children
        if dead.dep_ == "dobj"
        # "police officers": the state's own force, named by a common noun
        for side in _named_side_of(dead)
        or ([dead] if any(c.dep_ == "compound" and c.lemma_.lower() in _STATE_FORCE_WORDS for c in dead.children) else [])
    ]


def _fought_with_before(verb: Token) -> list[Token]:
    """ "took control of the town … after a two-hour battle with a small garrison of army soldiers": the side a
    place was taken from in the fight that came first."""
    return [
        side
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in {"after", "following"}
        for fight in prep.children
        if fight.dep_ == "pobj" and fight.lemma_.lower() in _FIGHT_NOUNS
        for partner in fight.children
        if partner.dep_ == "prep" and partner.lower_ == "with"
        for people in partner.children
        if people.dep_ == "pobj"
        for side in _named_side_of(people)
    ]


def _named_side_of(people: Token) -> list[Token]:
    """ "members of Syria's internal security forces" → the forces; "Five South West State soldiers" → the soldiers,
    named by their side; "two men" → nothing: only people the text ties to a side stand for one."""
    owners = [
        pobj
        for child in people.children
        if child.dep_ == "prep" and child.lower_ == "of"
        for pobj in child.children
        if pobj.dep_ == "pobj"
    ]
    if owners:
        return owners
    return [people] if _owned_by_named_side(people) or people.pos_ == "PROPN" else []


def _home_of_the_people(token: Token) -> bool:
    """ "armed residents of the Jurm district clashed with …": where the people who fought live is where."""
    ancestor = token
    for _ in range(4):
        if ancestor.dep_ == "pobj" and ancestor.head.lower_ in {"of", "from"}:
            return ancestor.head.head.lemma_.lower() in plover.RESIDENT_NOUNS
        if ancestor.dep_ not in {"compound", "amod", "nmod", "conj"} or ancestor.head.i == ancestor.i:
            return False
        ancestor = ancestor.head
    return False


def _names_the_teller(subject: Token) -> bool:
    """ "(The army said) it had struck …", "(JNIM said) its fighters had killed …": the reported deed's doer is
    the teller itself."""
    if subject.lower_ in {"it", "we"}:
        return True
    return any(child.dep_ == "poss" and child.lower_ in {"its", "our"} for child in subject.children)


def _in_teller(token: Token) -> bool:
    """Whether the token names who tells the sentence: the subject of a telling verb ("a security source in Fada
    N'Gourma said") or the source after "according to" ("according to a resident who fled to Diapaga")."""
    current = token
    for _ in range(8):
        head = current.head
        if head.i == current.i:
            return False
        if current.dep_ in {"nsubj", "nsubjpass"}:
            return head.lemma_.lower() in _TELLING_VERBS
        if current.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return True
        current = head
    return False


def _among_trailing_speakers(token: Token) -> bool:
    """ "… west of Goma, residents and a UN source said": a word of the speaker phrase closing the sentence."""
    root = token.sent.root
    speakers = trailing_speakers(root)
    return bool(speakers) and min(speaker.left_edge.i for speaker in speakers) <= token.i < root.i


def _speaker_read_as_conjunct(token: Token) -> bool:
    """ "… received … President Yoweri Kaguta Museveni, …, Ambassador Mohamed El-Shennawy, Spokesman for the
    Presidency, said": the parser makes the speaker of the trailing cue one more guest."""
    conjunct = _name_phrase_as(token, "conj")
    if conjunct is None:
        return False
    after = conjunct.right_edge.i + 1
    if after < len(token.doc) and token.doc[after].text == ",":
        after += 1
    if after >= len(token.doc):
        return False
    cue = token.doc[after]
    return (
        cue.pos_ in {"VERB", "AUX"}
        and cue.lemma_.lower() in plover.SPEECH_VERBS
        and not any(child.dep_ == "nsubj" for child in cue.children)
    )


def _speaker_read_as_apposition(token: Token) -> bool:
    """ "…, killing four people, regional governor Oleh Syniehubov said": the parser hangs the speaker of the
    trailing cue on the last noun as an apposition."""
    appos = _name_phrase_as(token, "appos")
    if appos is None:
        return False
    after = appos.right_edge.i + 1
    if after >= len(token.doc):
        return False
    cue = token.doc[after]
    if any(child.dep_ == "appos" and child.left_edge.i > token.i for child in appos.children):
        # "with his counterpart, Paul Biya, the Presidency of the Republic announced": a name, then the speaker
        # set beside it; only the speaker's words are the speaker's.
        return False
    return cue.pos_ in {"VERB", "AUX"} and cue.lemma_.lower() in plover.SPEECH_VERBS


def _name_phrase_as(token: Token, dep: str) -> Token | None:
    """The head of the name phrase the token is in, when the parser attaches that phrase as `dep`."""
    phrase = token
    for _ in range(4):
        if phrase.dep_ == dep:
            return phrase
        if phrase.dep_ not in {"compound", "amod", "nmod"} or phrase.head.i == phrase.i:
            return None
        phrase = phrase.head
    return None


def _what_is_alleged(token: Token) -> bool:
    """ "accused them of supporting JNIM", "charged with attacking police": the act an accusation names."""
    preposition = token.head
    return (
        token.dep_ == "pcomp"
        and preposition.lower_ in {"of", "with", "for"}
        and preposition.head.lemma_.lower() in _ALLEGING_VERBS
    )


def _is_purpose(token: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children)


def _has_subject(token: Token) -> bool:
    return any(child.dep_ in {"nsubj", "nsubjpass"} for child in token.children)


def _bare_participle(token: Token) -> bool:
    """A past participle with no auxiliary ("forces deployed in the area …"): it describes, it does not tell."""
    return token.tag_ == "VBN" and not any(child.dep_ in {"aux", "auxpass"} for child in token.children)


def _tied_groups(description: Token) -> list[Token]:
    """The groups a description ties its noun to: "linked to X", "loyal to X", "believed to be X", "backed by
    X", "planted by X"."""
    lemma = description.lemma_.lower()
    if lemma in _DESCRIBING_VERBS:
        links = [
            child
            for child in description.children
            if child.dep_ == "prep" and child.lower_ in {"to", "with"} or child.dep_ == "xcomp"
        ]
        return [tied for link in links for tied in link.children if tied.dep_ in {"pobj", "attr"}]
    if lemma in _BACKING_VERBS | _PLACED_BY_VERBS:
        agents = [child for child in description.children if child.dep_ == "agent"]
        return [tied for agent in agents for tied in agent.children if tied.dep_ == "pobj"]
    return []


def _describes_its_subject(verb: Token) -> bool:
    """ "Gunmen linked to the group [abducted …]": a participle the parser took for the main verb, describing
    a plain noun subject by a tie ("to", "with") or a belief ("believed to be").
    """
    if verb.lemma_.lower() not in _DESCRIBING_VERBS or verb.tag_ not in {"VBD", "VBN", "JJ"}:
        return False
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    ties = any(
        child.dep_ == "prep"
        and child.lower_ in {"to", "with"}
        or child.dep_ == "xcomp"
        and child.lemma_ == "be"
        for child in verb.children
    )
    return len(subjects) == 1 and subjects[0].pos_ in {"NOUN", "PROPN"} and ties


def _argument_tokens(head: Token, sentence: SpacySpan, flags: list[bool]) -> list[Token]:
    """The tokens of an argument phrase, with its conjuncts, appositions and "led by" phrases, without
    relative clauses or anything quoted."""
    kept: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        if not (sentence.start <= token.i < sentence.end) or flags[token.i - sentence.start]:
            continue
        kept.append(token)
        for child in token.children:
            if child.dep_ in _ARGUMENT_STOPS:
                continue
            if child.dep_ == "acl" and child.lemma_.lower() not in _ARGUMENT_CLAUSES:
                continue
            if child.dep_ == "appos" and child.lemma_.lower() in _PLACE_DESCRIPTIONS | _OFFSHOOT_WORDS:
                # "in Namhsan, the seat of the TNLA", "the Segunda Marquetalia, a dissident faction of the former
                # FARC": who holds the town, or whom a group split from, takes no part.
                continue
            if (
                child.pos_ in {"VERB"}
                and child.dep_ not in {"acl", "amod"}
                and _trigger_type(child) is not None
            ):
                continue
            stack.append(child)
    return sorted(kept, key=lambda token: token.i)


def _is_led_by(token: Token) -> bool:
    """Whether a name is the "by X" of "led by X" / "headed by X"."""
    ancestor = token
    for _ in range(4):
        if ancestor.dep_ == "pobj" and ancestor.head.dep_ == "agent":
            return ancestor.head.head.lemma_.lower() in {"lead", "head"}
        if (
            ancestor.dep_ not in {"compound", "conj", "appos", "pobj"}
            or ancestor.lemma_.lower() in plover.SIDE_WORDS
        ):
            return False
        ancestor = ancestor.head
    return False


def _inside_side(token: Token) -> bool:
    """Whether a name only qualifies a side ("the Hamas delegation") rather than being a person in it."""
    ancestor = token
    for _ in range(4):
        if ancestor.dep_ not in {"compound", "conj", "appos", "poss"}:
            return False
        ancestor = ancestor.head
        if ancestor.lemma_.lower() in plover.SIDE_WORDS:
            return True
    return False


def _under_place_preposition(token: Token) -> bool:
    return _under_preposition(token, _PLACE_PREPOSITIONS)


def _under_preposition(token: Token, prepositions: set[str] | frozenset[str]) -> bool:
    ancestor = token
    for _ in range(6):
        if (
            ancestor.dep_ == "pobj"
            and (ancestor.head.lower_ == "of" or ancestor.head.lower_ == "to" and ancestor.head.head.lower_ == "entrance")
            and ancestor.head.head.i != ancestor.head.i
        ):
            # "on the outskirts of Ariha", "east of Saraqib", "south of Hays", "at the entrance to Bali Nyonga"
            owner = ancestor.head.head
            if owner.lemma_.lower() in _DIRECTION_WORDS:
                return True
            ancestor = owner
            continue
        if ancestor.dep_ == "pobj":
            return ancestor.head.lower_ in prepositions
        if ancestor.dep_ not in {"compound", "conj", "appos", "amod", "nmod"}:
            return False
        ancestor = ancestor.head
    return False


def _clause_of(trigger: Token) -> Token:
    """The verb whose clause holds the trigger (the trigger itself for a verb)."""
    current = trigger
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        current = current.head
    return current


def _own_clause(trigger: Token) -> list[Token]:
    """The tokens of the trigger's clause, leaving out clauses with a subject of their own."""
    verb = _clause_of(trigger)
    kept, stack = [], [verb]
    while stack:
        token = stack.pop()
        kept.append(token)
        for child in token.children:
            has_subject = any(grandchild.dep_ in {"nsubj", "nsubjpass"} for grandchild in child.children)
            if child.pos_ in {"VERB", "AUX"} and has_subject and child.dep_ != "ROOT":
                continue
            stack.append(child)
    return sorted(kept, key=lambda token: token.i)


def _sentence_span(sentence: SpacySpan, caption: int | None) -> Span:
    text = text_of(sentence.doc)
    start, end = sentence.start_char, sentence.end_char
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end], caption)


# ---------------------------------------------------------------- merging and linking


def _add_actor(candidate: _Candidate, actor: EventActor) -> None:
    for position, known in enumerate(candidate.actors):
        if known.entity == actor.entity:
            if actor.role in _SPECIFIC_ROLES and known.role not in _SPECIFIC_ROLES:
                candidate.actors[position] = actor
            return
    candidate.actors.append(actor)


def _compatible_modes(first: str | None, second: str | None) -> bool:
    return first == second or first in _LOOSE_MODES or second in _LOOSE_MODES


def _related_ids(candidate: _Candidate, mentions: MentionIndex, with_states: bool = False) -> set[str]:
    """Actor ids plus their organizations: "Mujahid" and "the Taliban" count as the same side. `with_states` adds
    the states they serve ("Sommerfeld" sits at the table for Ecuador), which says who is at a table, not whether
    two happenings are one."""
    related = set(candidate.actor_ids())
    for entity_id in candidate.actor_ids():
        entity = mentions.entities.get(entity_id)
        if entity is not None:
            related.update(
                a for a in entity.affiliations if with_states or mentions.entities[a].type == "organization"
            )
    return related


def _share_actor(first: _Candidate, second: _Candidate, mentions: MentionIndex) -> bool:
    return bool(_related_ids(first, mentions) & _related_ids(second, mentions))


def _tells_same(previous: _Candidate, candidate: _Candidate, mentions: MentionIndex) -> bool:
    """Whether a new sentence goes on telling the previous event of its type rather than a new one."""
    if previous.caption != candidate.caption:
        return False
    if (
        candidate.fights_off_told
        and 0 < candidate.sentence_index - previous.sentence_index <= 2
        and not candidate.earlier
        and not previous.earlier
        and plover.event_class(previous.type, previous.mode) == "violent"
    ):
        # "Gunmen attacked the base late on Saturday. … Soldiers pushed the attackers back before dawn on Sunday".
        return True
    if (
        0 < candidate.sentence_index - previous.sentence_index <= 2
        # "… in a night raid on Moriki town …. The gunmen … stormed the town on Tuesday": the place told again.
        and (candidate.place is None or candidate.place == previous.place)
        and (
            candidate.time is None
            # "… killed four members of a vigilance committee in a night raid on Kourgui. The attackers arrived
            # shortly after midnight on Tuesday": the day of the raid just told.
            or (candidate.doers_named_again and (previous.time is None or previous.time.value == candidate.time.value))
        )
        and not candidate.earlier
        and plover.event_class(candidate.type, candidate.mode) == "violent"
        and plover.event_class(previous.type, previous.mode) == "violent"
        # After a deed with its doers named, only the doers named again ("The attackers", "they") or a deed with
        # no doer of its own go on telling it: "Gunmen attacked a convoy" is another attack, and those who
        # returned fire fought a clash of their own.
        and (
            not any(actor.role == "source" for actor in previous.actors)
            or not any(actor.role == "source" for actor in candidate.actors)
            or candidate.doers_named_again
        )
        and not any(_ANOTHER_INCIDENT_WORDS & set(_WORDS.findall(span.text.lower())) for span in candidate.evidence)
    ):
        # "Fighters from an al Qaeda-linked group attacked an army post in Diabaly late on Sunday …. The assailants
        # set fire to two armoured vehicles", "… were killed in a firefight …. Soldiers came under fire from gunmen
        # of the Karialan faction": the next sentence, with no place or day of its own, names the doers.
        return True
    if not _compatible_modes(previous.mode, candidate.mode):
        return False
    if previous.earlier != candidate.earlier and previous.sentence_index == candidate.sentence_index:
        return False
    settled = previous.mode != "delegation" and candidate.mode != "delegation"
    if settled and previous.place and candidate.place and previous.place != candidate.place:
        return False
    if previous.time and candidate.time and previous.time.value != candidate.time.value:
        return False
    # "The delegation was led by …" a few paragraphs on: the definite side of talks is the one last told.
    reach = 6 if candidate.refers_back and candidate.mode == "delegation" else 3
    if candidate.sentence_index - previous.sentence_index > reach:
        return False
    if not candidate.actors:
        # "… before detonating his explosives": with no actor, place or day of its own, a detail of the last one.
        bare = candidate.place is None and candidate.time is None
        return (
            candidate.mode == "delegation" or bare or candidate.sentence_index - previous.sentence_index <= 1
        )
    if candidate.refers_back:
        # "The accord's delegation, led by …", "The team, headed by Naqvi, met …": the one just told.
        return candidate.sentence_index - previous.sentence_index <= (reach if candidate.mode == "delegation" else 2)
    if candidate.mode != "delegation" and previous.mode != "delegation":
        # "Arouri met Nasrallah" after "Arouri met Nakhaleh": a new counterpart is a new meeting.
        known = previous.actor_ids()
        newcomers = [a for a in candidate.actors if a.entity not in known and _is_person(a.entity, mentions)]
        if newcomers:
            return False
    return _share_actor(previous, candidate, mentions)


def _trip_to_the_meeting(visit: _Candidate, meeting: _Candidate) -> bool:
    """A visit by one of a meeting's guests that began on the meeting's day or the day before, in the same place."""
    if visit.mode != "visit" or meeting.mode == "visit" or meeting.time is None or meeting.time.precision != "day":
        return False
    guests = {actor.entity for actor in meeting.actors if actor.role in {"guest", "participant"}}
    if not visit.actor_ids() & guests or (visit.place is not None and visit.place != meeting.place):
        return False
    if visit.time is None:
        return True
    return _within_days(visit.time, meeting.time.value, 1) and (visit.time.value or "") <= (meeting.time.value or "")


def _is_person(entity_id: str, mentions: MentionIndex) -> bool:
    entity = mentions.entities.get(entity_id)
    return entity is not None and entity.type == "person"


def _merge(into: _Candidate, other: _Candidate) -> None:
    known_actors = into.actor_ids()
    for actor in other.actors:
        if other.fights_off_told and actor.role == "source" and actor.entity not in known_actors:
            actor = EventActor(actor.entity, "target")  # those who fought the attack off were its target
        _add_actor(into, actor)
    into.evidence.extend(span for span in other.evidence if span not in into.evidence)
    # One chain per event, outermost first. A later sentence's sources are inner links where the chain so far
    # ends in an unnamed outlet ("reported a news agency" … "A report by MEMRI's monitor said"): what it
    # relied on. After any other source they are another telling, not an inner link of the first.
    known = {(link.name, link.start) for link in into.sources}
    known_entities = {link.entity for link in into.sources if link.entity}
    if not into.sources or (into.sources[-1].entity is None and into.sources[-1].kind == "media"):
        into.sources.extend(
            link
            for link in other.sources
            if (link.name, link.start) not in known and (link.entity is None or link.entity not in known_entities)
        )
    into.certainties.extend(other.certainties)
    if into.mode == "delegation" and other.mode not in {None, "delegation"}:
        # "The talks, held in Arusha, concluded on Saturday. … The government delegation was led by …": the
        # meeting tells where and when; a delegation's own sentence places it at most where the story was filed.
        into.place = other.place or into.place
        into.time = other.time or into.time
    into.place = into.place or other.place
    into.time = into.time or other.time
    if into.mode in {None, "delegation"} and other.mode not in {None, "delegation"}:
        into.mode = other.mode


def _within_days(time: TimeExpression | None, day: str | None, days: int) -> bool:
    """Whether an event's day lies within `days` of a given ISO day (the wire's filing day)."""
    if time is None or time.value is None or time.precision != "day" or day is None:
        return False
    return abs((date.fromisoformat(time.value) - date.fromisoformat(day)).days) <= days


def _before(first: _Candidate, second: _Candidate) -> bool:
    """Whether the first event is told as earlier than the second, or dated before it."""
    if first.earlier:
        return True
    one = first.time.value if first.time is not None else None
    other = second.time.value if second.time is not None else None
    if one is None or other is None:
        return False
    common = min(len(one), len(other))
    return one[:common] < other[:common]


def _different_times(first: _Candidate, second: _Candidate) -> bool:
    """Both dated, and neither date contains the other ("2022-01" and "2022-03-15")."""
    one = first.time.value if first.time is not None else None
    other = second.time.value if second.time is not None else None
    return one is not None and other is not None and not (one.startswith(other) or other.startswith(one))


def _link_retellings(candidates: list[_Candidate], mentions: MentionIndex) -> None:
    """Link events of one type that share actors and may be one told twice (captions, two sources)."""
    for position, first in enumerate(candidates):
        for second in candidates[position + 1 :]:
            if first.type != second.type or not _compatible_modes(first.mode, second.mode):
                continue
            if _different_times(first, second):
                continue  # "last met in January": the same people on another day is another meeting
            if id(first) in second.distinct_from or id(second) in first.distinct_from:
                continue
            shared = _related_ids(first, mentions) & _related_ids(second, mentions)
            same_place = first.place is not None and first.place == second.place
            across_caption = first.caption != second.caption
            if (across_caption and (shared or same_place)) or len(shared) >= 2:
                first.same_as.add(id(second))
                second.same_as.add(id(first))


def _as_events(candidates: list[_Candidate]) -> tuple[Event, ...]:
    ordered = [c for c in candidates if c.caption is None] + [c for c in candidates if c.caption is not None]
    ids = {id(candidate): f"v{position}" for position, candidate in enumerate(ordered, start=1)}
    events = []
    for candidate in ordered:
        events.append(
            Event(
                id=ids[id(candidate)],
                type=candidate.type,
                mode=candidate.mode,
                actors=tuple(candidate.actors),
                evidence=tuple(candidate.evidence),
                place=candidate.place,
                time=candidate.time,
                sources=tuple(candidate.sources),
                certainty=least_certain(candidate.certainties),
                possibly_same_as=tuple(
                    sorted((ids[key] for key in candidate.same_as), key=lambda v: int(v[1:]))
                ),
                in_caption=candidate.caption is not None,
            )
        )
    return tuple(events)
