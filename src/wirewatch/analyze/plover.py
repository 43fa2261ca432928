"""The event ontology and the cue words the analyzer reads it with, kept apart from the rules that use them.

Event types follow PLOVER (Political Language Ontology for Verifiable Event Records, Halterman et al.,
2023: CONSULT, AGREE, COOPERATE, SUPPORT, ACCUSE, DISAPPROVE, THREATEN, ASSAULT, MOBILIZE, PROTEST,
COERCE, REQUEST, …). Conflict modes and the three event classes follow ACLED's codebook, which splits
events into political violence, demonstrations and strategic developments: arrests and a headquarters
being set up are strategic there, riots are demonstrations. Tuning these lists is measured against the
gold pages (`wirewatch eval`), not guessed.
"""

from __future__ import annotations

import re
from typing import Literal

EventClass = Literal["violent", "protest", "strategic"]


# ---------------------------------------------------------------- events

# lemma of a verb → (PLOVER type, mode)
VERB_TRIGGERS: dict[str, tuple[str, str | None]] = {
    "meet": ("CONSULT", "meet"),
    "host": ("CONSULT", "host"),
    "visit": ("CONSULT", "visit"),
    "shell": ("ASSAULT", "shelling"),
    "bombard": ("ASSAULT", "shelling"),
    "bomb": ("ASSAULT", "bombing"),
    "clash": ("ASSAULT", "clash"),
    "fight": ("ASSAULT", "clash"),  # "Soldiers and gunmen fought for hours on the outskirts of Tlacotepec"
    "battle": ("ASSAULT", "clash"),
    # "Soldiers repelled an attack by Boko Haram on the base": those who fought it off and those who attacked.
    "repel": ("ASSAULT", "clash"),
    "repulse": ("ASSAULT", "clash"),
    # Army communiqués: "neutralised 15 terrorists" is killing them.
    "neutralise": ("ASSAULT", "killing"),
    "neutralize": ("ASSAULT", "killing"),
    "besiege": ("ASSAULT", "armed attack"),
    "encircle": ("ASSAULT", "armed attack"),
    "confer": ("CONSULT", "meet"),
    "attack": ("ASSAULT", "armed attack"),
    "ambush": ("ASSAULT", "armed attack"),
    "storm": ("ASSAULT", "armed attack"),
    "summon": ("DISAPPROVE", "statement"),
    "torch": ("ASSAULT", "armed attack"),
    "raid": ("ASSAULT", "armed attack"),
    "kill": ("ASSAULT", "killing"),
    "shoot": ("ASSAULT", "armed attack"),
    "massacre": ("ASSAULT", "killing"),
    "assassinate": ("ASSAULT", "killing"),
    "behead": ("ASSAULT", "killing"),
    "abduct": ("ASSAULT", "abduction"),
    "kidnap": ("ASSAULT", "abduction"),
    "explode": ("ASSAULT", "bombing"),
    "detonate": ("ASSAULT", "bombing"),
    "arrest": ("COERCE", "arrest"),
    "detain": ("COERCE", "arrest"),
    "sanction": ("COERCE", "sanction"),
    "expel": ("COERCE", "expel"),
    "ban": ("COERCE", "ban"),
    "protest": ("PROTEST", "demonstrate"),
    "demonstrate": ("PROTEST", "demonstrate"),
    "rally": ("PROTEST", "demonstrate"),
    "march": ("PROTEST", "demonstrate"),
    "riot": ("PROTEST", "riot"),
    "capture": ("ASSAULT", "territory gained"),
    "seize": ("ASSAULT", "territory gained"),
    "overrun": ("ASSAULT", "territory gained"),
    "recapture": ("ASSAULT", "territory gained"),
    "retake": ("ASSAULT", "territory gained"),
    "deploy": ("MOBILIZE", "deploy"),
    "mobilize": ("MOBILIZE", "deploy"),
    "mobilise": ("MOBILIZE", "deploy"),
    "favor": ("SUPPORT", "endorse"),
    "favour": ("SUPPORT", "endorse"),
    "endorse": ("SUPPORT", "endorse"),
    "praise": ("SUPPORT", "praise"),
    "condemn": ("DISAPPROVE", "condemn"),
    "criticize": ("DISAPPROVE", "criticize"),
    "criticise": ("DISAPPROVE", "criticize"),
    "accuse": ("ACCUSE", None),
    "blame": ("ACCUSE", None),
    "threaten": ("THREATEN", None),
    "agree": ("AGREE", None),
    "sign": ("AGREE", "sign"),
    "cooperate": ("COOPERATE", None),
    "urge": ("REQUEST", None),
    "demand": ("REQUEST", None),
    # speech acts: what a statement does to its addressee
    "appeal": ("REQUEST", "statement"),
    "warn": ("THREATEN", "statement"),
    "dare": ("THREATEN", "statement"),
    "reject": ("REJECT", "statement"),
    "dismiss": ("REJECT", "statement"),
    "refuse": ("REJECT", "statement"),
    "veto": ("REJECT", "statement"),
    "denounce": ("DISAPPROVE", "statement"),
    "slam": ("DISAPPROVE", "statement"),
    "welcome": ("SUPPORT", "statement"),
    "support": ("SUPPORT", "statement"),
    "back": ("SUPPORT", "statement"),
    "hail": ("SUPPORT", "statement"),
    "defend": ("SUPPORT", "statement"),
    "celebrate": ("SUPPORT", "statement"),
}

# "the outskirts of X", "north of X": words that only a place follows through "of".
PLACE_ONLY_OWNERS: frozenset[str] = frozenset(
    {"outskirts", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "north-east", "north-west", "south-east", "south-west", "hinterland", "hinterlands", "interior", "entrance"}
)  # fmt: skip

# What a traveller is "on" when he arrives: "on a working visit", "on a two-day trip".
VISIT_NOUNS: frozenset[str] = frozenset({"visit", "trip", "tour", "mission"})

# lemma of a noun → (PLOVER type, mode); a noun names an event only when it is not a back-reference
# ("the meeting", "the fighting") to one already read.
NOUN_TRIGGERS: dict[str, tuple[str, str | None]] = {
    "meeting": ("CONSULT", "meet"),
    "talk": ("CONSULT", "meet"),
    "summit": ("CONSULT", "meet"),
    "consultation": ("CONSULT", "meet"),
    "call": ("CONSULT", "call"),
    "visit": ("CONSULT", "visit"),
    "delegation": ("CONSULT", "delegation"),
    "shelling": ("ASSAULT", "shelling"),
    "bombardment": ("ASSAULT", "shelling"),
    "clash": ("ASSAULT", "clash"),
    "fighting": ("ASSAULT", "clash"),
    "firefight": ("ASSAULT", "clash"),
    "gunfight": ("ASSAULT", "clash"),
    "gunbattle": ("ASSAULT", "clash"),
    "shootout": ("ASSAULT", "clash"),
    "shoot-out": ("ASSAULT", "clash"),
    "skirmish": ("ASSAULT", "clash"),
    "airstrike": ("ASSAULT", "air strike"),
    "ied": ("ASSAULT", "IED"),
    "bombing": ("ASSAULT", "bombing"),
    "ambush": ("ASSAULT", "armed attack"),
    "arrest": ("COERCE", "arrest"),
    "protest": ("PROTEST", "demonstrate"),
    "demonstration": ("PROTEST", "demonstrate"),
    "march": ("PROTEST", "demonstrate"),
    "sit-in": ("PROTEST", "demonstrate"),
    "riot": ("PROTEST", "riot"),
    "massacre": ("ASSAULT", "armed attack"),
    "uprising": ("ASSAULT", "uprising"),
    "rebellion": ("ASSAULT", "uprising"),
    "revolt": ("ASSAULT", "uprising"),
    "coup": ("ASSAULT", "coup"),
}

# "air strike", "drone strike": the noun "strike" alone is ambiguous (labour strikes).
STRIKE_MODIFIERS: dict[str, str] = {"air": "air strike", "drone": "drone strike", "missile": "missile strike"}
STRIKE_VERBS: frozenset[str] = frozenset({"strike", "hit", "target", "pound"})
AIRCRAFT_WORDS: frozenset[str] = frozenset(
    {"warplane", "jet", "aircraft", "drone", "helicopter", "bomber", "plane", "air", "airstrike"}
)
IED_WORDS: frozenset[str] = frozenset(
    {"ied", "roadside bomb", "improvised explosive device", "landmine", "mine"}
)
HEADQUARTERS_WORDS: frozenset[str] = frozenset(
    {"headquarters", "base", "office", "outpost", "post"}
)
AGREEMENT_WORDS: frozenset[str] = frozenset(
    {
        "agreement",
        "deal",
        "accord",
        "treaty",
        "memorandum",
        "pact",
        "declaration",
        "ceasefire",
        "truce",
        "protocol",
    }
)
# Types that are somebody's act towards somebody: with no one named they tell nothing usable.
VERBAL_TYPES: frozenset[str] = frozenset(
    {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "ACCUSE", "DISAPPROVE", "THREATEN", "REQUEST", "REJECT"}
)
ESTABLISH_VERBS: frozenset[str] = frozenset({"establish", "set", "open", "build"})
CONTROL_VERBS: frozenset[str] = frozenset({"take", "gain", "regain", "seize", "wrest", "assume"})
LOSS_VERBS: frozenset[str] = frozenset({"lose", "cede"})
WITHDRAW_VERBS: frozenset[str] = frozenset({"withdraw", "retreat", "pull"})
HANDOVER_VERBS: frozenset[str] = frozenset({"hand", "transfer"})
# the object of "had a call", "held talks", "paid a visit"
LIGHT_VERBS: frozenset[str] = frozenset(
    {"have", "hold", "pay", "make", "conduct", "stage", "launch", "carry"}
)
# People named by where they live ("residents of Sevare", "villagers of Mucojo"): the place is theirs.
RESIDENT_NOUNS: frozenset[str] = frozenset(
    {"resident", "villager", "inhabitant", "people", "local", "youth", "farmer", "herder"}
)
# "the two sides", "the delegations": the event's own participants, named before
SIDE_WORDS: frozenset[str] = frozenset({"side", "delegation", "party", "leader", "official"})

NOT_YET_HELD: frozenset[str] = frozenset(
    {"upcoming", "planned", "next", "future", "proposed", "possible", "expected"}
)
ENVOY_WORDS: frozenset[str] = frozenset(
    {"envoy", "minister", "president", "ambassador", "commander", "leader", "chief", "counterpart", "prime",
     "secretary", "foreign", "head", "representative", "king", "emir", "prince", "general"}
)  # fmt: skip
# "promised to deploy", "plans to visit": what follows is intended, not done
INTENT_VERBS: frozenset[str] = frozenset(
    {"promise", "plan", "vow", "threaten", "want", "intend", "seek", "hope", "aim", "prepare", "pledge",
     "offer", "propose", "refuse", "decline", "fail", "try", "attempt", "urge", "call", "ask"}
)  # fmt: skip
# "The group claimed the attack", "its fighters seized …", "the movement said": words that point back at
# the organization named last.
GROUP_REFERENCE_NOUNS: frozenset[str] = frozenset(
    {"group", "movement", "organisation", "organization", "militia", "faction", "outfit", "militants", "coalition",
     "insurgents", "jihadists", "rebels", "fighters", "extremists", "insurgency"}
)  # fmt: skip
# "claimed responsibility for the attack", "took responsibility for …".
CLAIM_VERBS: frozenset[str] = frozenset({"claim", "accept", "take", "admit", "assume"})
# "Clashes erupted between …", "fighting broke out with …": verbs that only say an event happened.
OCCURRENCE_VERBS: frozenset[str] = frozenset(
    {"erupt", "break", "occur", "continue", "rage", "intensify", "resume", "flare", "take", "happen", "escalate"}
)
# What is fired in a shelling: "fired artillery shells", "launched rockets at …", "lobbed mortars".
PROJECTILE_WORDS: frozenset[str] = frozenset(
    {"shell", "artillery", "mortar", "rocket", "missile", "round", "grenade", "projectile", "salvo", "barrage"}
)
# What people talk over: "spoke by phone with", "held talks via video link with".
MEDIUM_WORDS: frozenset[str] = frozenset({"phone", "telephone", "video", "link", "videoconference", "call"})
# People who belong to a group: "its administrators arrested …", "their commanders".
MEMBER_NOUNS: frozenset[str] = frozenset(
    {"members", "administrators", "commanders", "leaders", "officials", "troops", "forces", "soldiers",
     "officers", "spokesman", "spokeswoman", "supporters", "followers", "men", "operatives", "units", "police"}
)  # fmt: skip
# Who protests: what these do in the street is the protest ("protesters blocked roads").
PROTESTER_NOUNS: frozenset[str] = frozenset(
    {"protester", "protestor", "demonstrator", "rioter", "marcher", "crowd", "mob"}
)
# "ready to host talks", "willing to meet": adjectives that take an intended act.
READY_WORDS: frozenset[str] = frozenset({"ready", "willing", "prepared", "eager", "set", "due", "likely", "expected"})
# Who sets off a bomb: "a suicide bomber killed six people".
BOMBER_WORDS: frozenset[str] = frozenset({"bomber", "bombers"})
# "lodged a protest", "filed a complaint": how a government disapproves through diplomatic channels.
LODGING_VERBS: frozenset[str] = frozenset({"lodge", "file", "register", "deliver", "issue", "send", "voice"})
# What makes a protest a riot: "set fire to", "torched", "looted", "threw stones at".
RIOT_WORDS: frozenset[str] = frozenset(
    {"fire", "burn", "torch", "loot", "ransack", "vandalise", "vandalize", "smash", "stone", "throw", "attack",
     "clash", "storm", "destroy"}
)  # fmt: skip
# What can be taken as territory: "seized the town", "captured an army base", "took control".
# Sites of armed forces and police, struck or held: "an army post", "a police checkpoint".
MILITARY_SITES: frozenset[str] = frozenset(
    {
        "post",
        "outpost",
        "base",
        "camp",
        "barracks",
        "checkpoint",
        "position",
        "convoy",
        "patrol",
        "vehicle",
        "truck",
        "detachment",
        "garrison",
        "station",
    }
)
GROUND_NOUNS: frozenset[str] = frozenset(
    {"town", "village", "city", "district", "area", "territory", "base", "post", "outpost", "position",
     "camp", "garrison", "barracks", "checkpoint", "hill", "hilltop", "ridge", "airport", "airfield", "port",
     "bridge", "road", "highway", "junction", "crossing", "headquarters", "compound", "control", "region",
     "province", "capital", "settlement", "neighbourhood", "neighborhood", "locality", "stronghold", "mine",
     "field", "oilfield", "dam", "facility", "station", "zone", "front", "line", "lines", "island", "border",
     "centre", "center", "downtown", "outskirts", "quarter", "market", "villages", "towns", "areas", "positions",
     "bases", "posts", "parts", "part", "swathes", "land", "ground", "county", "municipality", "commune"}
)  # fmt: skip
# A place in ordinary case opening a dateline: "Tehran", "Fada N'Gourma" (a capital after the apostrophe).
_MIXED_CASE_PLACE = (
    r"[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ]|['’][A-ZÀ-ÖØ-Þa-zß-öø-ÿ])+(?:[ -][A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ]|['’][A-ZÀ-ÖØ-Þa-zß-öø-ÿ])+)?"
)
# A wire dateline opening the body: "ADEN, June 14 (Gulf Wire) - ", "GUSAU, Nigeria, Jan. 23 (Agency) — ",
# "MOGADISHU — ".
# Shouted labels that open a page's text the way a dateline's town does: "BREAKING:", "UPDATE —".
NOT_A_DATELINE = (
    r"(?!(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|LIVE|ANALYSIS|OPINION|FACT CHECK|EDITORIAL|COMMENT|CORRECTIONS?"
    r"|CLARIFICATION|NOTE|EDITOR'S NOTE|RELATED|TRENDING|READ|ALSO READ|PHOTO|VIDEO|LISTEN|SOURCE|TAGS|INTERVIEW"
    r"|FEATURE|EXPLAINER|FACTBOX|TIMELINE|PROFILE|REVIEW|OP-ED|WARNING|ALERT|FLASH|URGENT)\b)"
)
DATELINE = re.compile(
    NOT_A_DATELINE
    +    r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+(?:[ /][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+){0,3}(?:,\s*[A-Z][\w .'’-]{1,40})?"
    r"(?:,\s*[\w .,]{3,20}?)?"
    # "Tehran, Iran —": in ordinary case, a dateline always names the country too.
    r"|" + _MIXED_CASE_PLACE + r",\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    # "Mogadishu (Horn Wire) —": or the agency in brackets.
    r"|" + _MIXED_CASE_PLACE + r"(?=\s*\([^()\n]{1,60}\)\s*[-—–]+\s)"
    # "Riyadh, 1 April 2026 (SPA) –", "Kigali, March 3 –": or the day it was filed.
    r"|" + _MIXED_CASE_PLACE + r",\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?"
    r"(?=\s*(?:\([^()\n]{1,60}\)\.?|/[A-Z][A-Za-z]{1,15}/)?\s*[-—–]+\s|\s*/[A-Z][A-Za-z]{1,15}/\.\s)"
    # "Tehran, IRNA -": or the agency's initials after a comma.
    r"|" + _MIXED_CASE_PLACE + r",\s*[A-Z]{2,6}(?=\s*[-—–]+\s)"
    # "Baghdad – INA:": or the agency's initials after the dash.
    r"|" + _MIXED_CASE_PLACE + r"(?=\s+[-—–]\s+[A-Z]{2,6}:\s))\s*"
    # "Ulaanbaatar, 26 August /MONTSAME/ -": some agencies set their name between slashes;
    # "Kinshasa, 8 June 2026 (ACP).-": French-language agencies end it with a stop and a dash.
    # "Bishkek, 4 November /Kabar/.": or with a stop and no dash.
    r"(?:(?:\([^()\n]{1,60}\)\.?|/[A-Z][A-Za-z]{1,15}/)?\s*[-—–]+\s(?:[A-Z]{2,6}:\s)?|/[A-Z][A-Za-z]{1,15}/\.\s"
    # "PANJGUR:", "RAJOURI, June 24:": South Asian papers end the dateline with a colon.
    r"|(?<=[A-Z0-9]):\s)"
)

VIOLENT_TYPES: frozenset[str] = frozenset({"ASSAULT", "FIGHT"})
PROTEST_TYPES: frozenset[str] = frozenset({"PROTEST"})
# Modes that ACLED counts as strategic developments whatever PLOVER type carries them.
STRATEGIC_MODES: frozenset[str] = frozenset({"arrest", "headquarters", "territory transferred", "deploy"})
# Modes ACLED counts as political violence although PLOVER files them elsewhere.
VIOLENT_MODES: frozenset[str] = frozenset({"abduction", "territory gained", "territory lost"})


def event_class(event_type: str, mode: str | None = None) -> EventClass:
    """ACLED's class of a PLOVER event: "violent", "protest" or "strategic".

    >>> event_class("ASSAULT", "shelling"), event_class("COERCE", "arrest"), event_class("PROTEST", "riot")
    ('violent', 'strategic', 'protest')
    """
    if mode in STRATEGIC_MODES:
        return "strategic"
    if mode in VIOLENT_MODES or event_type in VIOLENT_TYPES:
        return "violent"
    if event_type in PROTEST_TYPES:
        return "protest"
    return "strategic"


# ---------------------------------------------------------------- attribution and certainty

# verbs that introduce someone's words (quotes) or a claim (sources)
SPEECH_VERBS: frozenset[str] = frozenset(
    {
        "say", "tell", "state", "add", "claim", "insist", "stress", "note", "explain", "argue", "warn",
        "deny", "announce", "confirm", "admit", "acknowledge", "suggest", "declare", "write", "tweet",
        "assert", "reiterate", "emphasize", "emphasise", "maintain", "allege", "contend", "reply",
        "respond", "recall", "continue", "vow", "pledge", "promise", "predict", "urge", "caution",
    }
)  # fmt: skip
REPORT_VERBS: frozenset[str] = frozenset({"report", "cite", "quote", "broadcast"})
# Verbs whose subject tells a sentence: "…, the ministry said", "…, the Saba news agency reported".
TELLING_VERBS: frozenset[str] = SPEECH_VERBS | REPORT_VERBS
MEDIA_WORDS: frozenset[str] = frozenset(
    {
        "agency", "media", "medium", "newspaper", "paper", "outlet", "broadcaster", "television", "tv",
        "channel", "radio", "daily", "press", "website", "site", "network", "wire", "magazine", "weekly",
        "journalist", "reporter", "correspondent",
    }
)  # fmt: skip
DOCUMENT_WORDS: frozenset[str] = frozenset(
    {"report", "statement", "document", "communique", "communiqué", "release", "letter", "memo", "study",
     "assessment", "monitor", "cable", "transcript", "video", "footage", "photo", "readout"}
)  # fmt: skip
UNNAMED_WORDS: frozenset[str] = frozenset(
    {"source", "official", "witness", "resident", "activist", "volunteer", "observer", "diplomat", "analyst",
     "expert", "people", "villager", "medic", "doctor", "worker"}
)  # fmt: skip
SOCIAL_PLATFORMS: frozenset[str] = frozenset(
    {"twitter", "x", "facebook", "telegram", "instagram", "youtube", "tiktok", "whatsapp", "weibo", "truth"}
)
HEDGE_ADVERBS: frozenset[str] = frozenset(
    {"reportedly", "allegedly", "purportedly", "apparently", "possibly", "perhaps", "reputedly",
     "supposedly", "seemingly", "probably", "likely", "unconfirmed", "rumoured", "rumored"}
)  # fmt: skip
# "is reported to meet", "is said to have", "is believed to be"
HEDGE_PASSIVES: frozenset[str] = frozenset(
    {"report", "say", "believe", "think", "allege", "rumour", "rumor", "understand", "expect", "suspect"}
)
HEDGE_MODALS: frozenset[str] = frozenset({"may", "might", "could"})
DISPUTE_VERBS: frozenset[str] = frozenset({"deny", "dispute", "refute", "contest", "reject", "contradict"})
DISPUTE_ADJECTIVES: frozenset[str] = frozenset({"unclear", "uncertain", "unknown", "unverified", "disputed"})
VERIFY_VERBS: frozenset[str] = frozenset({"verify", "confirm", "corroborate"})
