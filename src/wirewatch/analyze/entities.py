"""Entities: who and what an article names, merged across spellings, with their roles and affiliations.

One pass over the repaired `doc.ents` of the body and each caption, plus one precompiled pattern for
unnamed actors ("regime forces", "unidentified gunmen", "protesters") that events need as actors.
Mentions are grouped per entity: people by a spelling-tolerant key of their name (so "Haniya" joins
"Ismail Haniyeh"), organizations by name, acronym and initials, places by their folded name. Given
the gazetteer, names the model mistook for people are recognised as places, and a state's forces
get the name event coders use ("regime forces" → alias "Military Forces of Syria").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from wirewatch.analyze import plover
from wirewatch.analyze.armed_groups import ARMED_GROUP_NAMES
from wirewatch.analyze.entity_rules import (
    LEADING_MEMBERS,
    ORGANIZATION_HEAD_WORDS,
    dateline_places,
    document_text,
    is_movement_word,
)
from wirewatch.analyze.names import (
    CALENDAR_WORDS,
    DEMONYM_ENDINGS,
    GLUED_INITIAL,
    NAME_PARTICLES,
    PERSONAL_OFFICES,
    SUB_DISTRICT_WORDS,
    TITLE_WORDS,
    fold,
    has_odd_casing,
    normalize_surface,
    person_key,
    plain_spellings,
    unglued,
    word_set,
)
from wirewatch.analyze.places import Gazetteer
from wirewatch.model import Entity, EntityType, Role
from wirewatch.model import Span as EvidenceSpan

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_TYPE_OF_LABEL: dict[str, EntityType] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
# Collective nouns that follow an organization's name without changing who is meant
# ("the Taliban government's acting Foreign Minister" → affiliated with the Taliban).
_COLLECTIVE_NOUNS = word_set(
    "government movement leadership regime administration delegation group party officials authorities "
    "militia wing cabinet ministry"
)
_MEMBER_NOUNS = word_set("leaders members officials commanders fighters figures representatives ministers")
_LEADING_VERBS = word_set("led headed include included includes including comprised chaired")
_ROLE_TRIM_PREPOSITIONS = word_set("in at on during from with for since after before near")
_ROLE_LEFT_DEPS = frozenset({"compound", "amod", "nmod"})
_CONNECTOR_WORDS = word_set("of and for the on de du al &")
# Titles written before a name ("Col Naw Bu", "Governor Dauda Lawal"): a role, not part of the name.
_TITLES = TITLE_WORDS
# Titles also written before an office's name ("Secretary of State", "Chief Justice of …").
_FORMS_OF_ADDRESS_AND_OFFICES = word_set("secretary chief deputy vice acting crown")
# Forms of address, not roles: "Mr Dutton" says nothing about what Dutton does.
_ADDRESS_FORMS = word_set("mr mrs ms miss sir dame")
# "a UK-based monitor", "Iran-backed militias": the place only qualifies another noun.
_MODIFIER_SUFFIXES = word_set(
    "based led backed born funded allied linked run made affiliated aligned controlled"
)
_PLACE_SUFFIXES = word_set(
    "province region district governorate department town village county municipality state area countryside "
    "prefecture division oblast township commune subdistrict"
)
_AREA_NAME = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) "
    r"(?P<area>province|governorate|region|district|county|State|prefecture|division|oblast|township)\b"
)
_SUB_AREA_AFTER = re.compile(r"\s+sub-?(?:district|county|prefecture|division)\b")
_SELF_EVIDENT_AREAS = word_set("province governorate State prefecture oblast")
_SEASON_WORDS = word_set(
    "ramadan eid christmas easter lent advent diwali ashura nowruz passover hanukkah spring summer autumn fall "
    "winter weekend"
)
_DWELLER_NOUNS = word_set("resident villager inhabitant")
_SEAT_WORDS = word_set("headquarters capital seat")
_TOWN_PREPOSITIONS = word_set("in near outside at around into from through toward towards")
# An untagged name becomes a town only when the gazetteer's town is this large: small namesakes abound.
_UNTAGGED_TOWN_POPULATION = 5_000
_SITES_OF_A_TOWN = word_set("office headquarters branch bureau court prison airport hospital market station")
# "Hadi al-Amiri", but not "Deir al-Zor" or "Ras al-Ain": Arabic place names open with a place word.
_ARABIC_PLACE_WORDS = (
    "Deir|Dayr|Ras|Jisr|Tell|Tal|Kafr|Khan|Bir|Ain|Wadi|Jabal|Jebel|Umm|Bab|Beit|Bayt|Marj|Qasr|Souq|Suq|Abu"
)
_ARABIC_PERSONAL_NAME = re.compile(rf"^(?!(?:{_ARABIC_PLACE_WORDS})\b)[A-Z][a-z]+ (?:al|el)-[A-Z][a-z]+$")
_PATRONYMIC = re.compile(r"\b(?:bin|ibn|bint|ould|ben)\b", re.IGNORECASE)
_ARTICLE_NAME = re.compile(r"(?i:al|el)-[A-Z][a-z]+")
# "the group's spokesman": nouns a role uses to point back at an organization just named.
_GROUP_WORDS = word_set("group movement organisation organization party militia faction coalition alliance")
# A run of capitalised words (small joining words allowed) followed by an acronym in brackets.
# Words are capitalised ("Islamic State West Africa Province") or particle-joined ("al-Islam", "wal-Muslimin").
_SPELLED_WORD = r"(?:[A-Z][\w'’-]*|(?:al|el|wal|ul|ad|ash)-[A-Z][\w'’-]*)"
_SPELLED_OUT = re.compile(
    rf"(?P<name>(?:\b(?:al|el)\s+(?=[A-Z]))?{_SPELLED_WORD}"
    rf"(?:,?\s+(?:(?:of|for|the|and|in|to|on|et|de|du|des|la|al)\s+)*{_SPELLED_WORD}){{1,9}})"
    r"\s+\((?P<acronym>[A-Z0-9][A-Za-z0-9-]{1,9})\)"
)
_NOT_NAME_OPENERS = word_set("the a an on in at of for and by with after before as")
# A name that ends in one of these is an organization's, whether or not its initials spell the acronym
# ("Group to Support Islam and Muslims (JNIM)": the acronym is of the Arabic name).
_ORGANIZATION_HEAD_WORDS = word_set(
    "group movement front forces force army party council union alliance organisation organization brigade "
    "brigades congress coalition committee province battalion battalions militia command authority agency"
)
_FORCE_WORDS = word_set("militia forces force army")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*")
_CLOCK_TIME = re.compile(r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|GMT|UTC|hrs|h)?", re.IGNORECASE)
_HYPHENATED_TAIL = re.compile(r"-[a-z]+-[A-Z]")
_MILITIA_WORDS = word_set("militia militias")
_ARMED_BODY_HEADS = word_set("militia militias forces army brigade brigades battalion battalions movement group front")
_PLACE_PREPOSITIONS = word_set("in near at outside around into across toward towards from inside between to")
# Prepositions after which a name is a place far more often than a person or a body.
_STRONG_PLACE_PREPOSITIONS = word_set("in near at outside around inside")
_ROUTE_NOUNS = word_set("road highway route track")
_ACADEMIC_DEGREES = word_set("phd dphil md mba msc llm")
# "the capital Sanaa", "the town of Boni".
_PLACE_NOUNS = word_set(
    "capital city town village port district province region neighbourhood neighborhood suburb outskirts area"
    " municipality countryside community hamlet settlement"
)
# "the town of Debre Markos", "Let Yet Kone village": the text itself says the name is a settlement's.
_SETTLEMENT_NAME = re.compile(
    r"\b(?:towns?|villages?|city|cities|hamlets?|settlement|locality|township|commune|municipality|island)\s+of\s+"
    # ("the town of Busra al-Harir": an Arabic article joins a later word of the name)
    r"(?P<after>[A-Z][\w'’-]+(?:\s+(?:(?:al|el|ad|ar|as|ash|at|az|an)-)?[A-Z][\w'’-]+){0,2})"
    r"(?:\s+and\s+(?P<second>[A-Z][\w'’-]+(?:\s+(?:(?:al|el|ad|ar|as|ash|at|az|an)-)?[A-Z][\w'’-]+){0,2}))?"
    # ("the Palestinian village of At-Tuwani": a village "of" a name is that name's, not the word's before it)
    r"|(?P<before>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:village|town|township|island|(?:refugee\s+)?camp)\b"
    r"(?!\s+of\s+[A-Z])"
    # "invaded Daffo community", "in Kwall community": a community where a place is expected is a village
    # ("the Fulani community" elsewhere is a people).
    r"|(?:(?<=\bin\s)|(?<=\bat\s)|(?<=\bnear\s)|(?<=\binvaded\s)|(?<=\battacked\s)|(?<=\braided\s)"
    r"|(?<=\bstormed\s))(?P<community>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,1})\s+community\b"
    # "at Sabiid, a farming village west of Afgooye", "in Namhsan, the seat of the TNLA", "Obagaji, the
    # headquarters of Agatu Local Government Area": an apposition that calls the name a settlement.
    # ("Cidade de Deus, a favela in western Rio": a particle may join the name's words)
    r"|(?P<described>[A-Z][\w'’-]+(?:\s+(?:(?:de|da|do|dos|das|del|la|el)\s+)?[A-Z][\w'’-]+){0,2}),\s+"
    r"(?:an?\s+(?:[a-z-]+\s+){0,2}"
    r"(?:village|town|hamlet|settlement|township|locality|commune|municipality|favela|slum|shantytown"
    r"|(?:trading|market|commercial)\s+(?:centre|center|hub)"
    # "Harardhere, a coastal district headquarters in Somalia's Mudug region"
    r"|(?:district|regional|provincial|county)\s+(?:headquarters|capital|seat)"
    # "Mushere, a farming community in Bokkos": a community placed somewhere is a village.
    r"|community(?=\s+(?:in|near|outside|north|south|east|west)\b))"
    r"\b|the\s+(?:seat|capital|hometown|headquarters|chief\s+town|main\s+town"
    r"|(?:administrative|provincial|regional|district|state)\s+(?:centre|center|capital))\s+of\b)"
    # "on an army post at Wour, in the mountainous Tibesti province": a name placed inside an area is a place.
    r"|(?:(?<=\bin\s)|(?<=\bat\s)|(?<=\bnear\s))(?P<located>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,1}),\s+in\s+"
    r"(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:[A-Z][\w'’-]+\s+){1,3}(?:province|region|district|state|county|governorate)\b"
    # "received … at the Amiri Diwan in Doha", "at the Kuksaroy residence": a named palace or residence where
    # leaders meet is a place, though the model often reads it as an institution.
    r"|(?<=\bat\s)(?:the\s+)?(?P<venue>[A-Z][\w'’-]+(?:\s+[A-Z0-9][\w'’-]*){0,3}\s+"
    r"(?:[Pp]alace|[Rr]esidence|Diwan|[Vv]illa|[Gg]uest\s+[Hh]ouse"
    # "met at the Ras Ajdir border crossing": a named crossing is where they met, not the town it is named after.
    r"|[Bb]order\s+(?:[Cc]rossing(?:\s+[Pp]oint)?|[Cc]heckpoint|[Pp]ost)|[Cc]rossing\s+[Pp]oint"
    # "held a flag meeting at the Burimari land port": a land port is a border crossing.
    r"|[Ll]and\s+[Pp]ort))\b"
)
_ARABIC_ARTICLE = re.compile(r"(?:al|el|as|ash|ad|an|ar|at|az|ath)-(?=[A-Z])")
_MEMBERS_OF_NAME = re.compile(
    r"\b(?:leaders|members|fighters|commanders|militants|negotiators|representatives|delegates)\s+of\s+the\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,4})"
)
# ", who shares the name", "(no relation)": the text says two people of one name are two.
_NAMESAKE_CUE = re.compile(r",?\s*(?:\(no relation\)|who shares (?:the|his|her) name|no relation\b)", re.IGNORECASE)
_LEADING_ROLE_WORDS = word_set("founder co-founder leader commander spokesman spokeswoman spokesperson head")
# Letters of a nationality word that its country's name holds ("Congolese" → "congo").
_NATIONALITY_STEM = 5
# Shorter names ("Ur", "Bo") are too often other words or a part of other names to be looked for untagged.
_MIN_REPEATED_PLACE_LENGTH = 4
# "out of Douentza": motion out of a named thing is motion out of a place.
_BEFORE_OF_PLACES = word_set("out")
_LOCATING_NOUNS = word_set(
    "edge outskirts centre center heart vicinity suburbs entrance north south east west northeast northwest "
    "southeast southwest"
)
# "Kadamutsa village": a settlement word right after a name the gazetteer lacks still makes it a place.
_SETTLEMENT_WORDS = word_set("village town")
# "the Batibo post", "the Kafr Nabl checkpoint": sites named after the place they are in.
# "the Dostuk checkpoint", "the Ak-Jol automobile checkpoint", "the Moyale border post": a crossing named after the
# place it stands at.
_CROSSING_PHRASES = frozenset(
    {
        ("checkpoint",), ("crossing",), ("border", "post"), ("border", "crossing"), ("border", "checkpoint"),
        ("crossing", "point"), ("automobile", "checkpoint"), ("road", "checkpoint"), ("customs", "post"),
    }
)  # fmt: skip
_SITE_WORDS = word_set(
    "post base checkpoint outpost garrison barracks market camp bridge road airport hospital prison"
)
# "regime forces shelled Kafr Nabl": what these verbs act on is usually a place.
_VERBS_OF_PLACES = word_set(
    "shell bomb strike hit capture seize storm enter raid besiege recapture retake overrun"
)
_REFERRING_TO = re.compile(r"\brefer(?:s|red|ring)?\s+to\s+(?:the\s+)?$")
_PLACED_BEFORE = re.compile(r"\b(?:in|of|across|near)\s+(?:the\s+)?$")
_REFERRED_TO_AS = re.compile(r"(?:\s+\([A-Z][A-Za-z-]{1,9}\))?\s+as\s+[\"“‘']?$")
_KNOWN_AS = re.compile(r",?\s*(?:(?:also|widely|better|commonly|popularly)\s+)?known\s+as\s+$")
_BROAD_FEATURES = frozenset({"country", "admin1", "continent"})

_ACTOR_MODIFIERS = word_set(
    "pro-government pro-regime regime government security military army police rebel opposition coalition junta "
    "occupation "
    "border riot special armed paramilitary unidentified unknown masked suspected allied state federal foreign local "
    "clan tribal separatist secessionist islamist jihadist militant insurgent extremist"
)
_ORGANIZED_HEADS = word_set(
    "forces troops soldiers police army military junta militia militias militiamen fighters rebels insurgents "
    "militants jihadists gendarmes warplanes gang gangs guard guards movement factions drones drone paramilitaries "
    "jets jet warplane helicopters helicopter authorities vigilantes artillery aircraft warships warship gunboats rangers terrorists"
)
# India's Maoist insurgents are "Maoists" or "Naxals" in every report, as "militants" are elsewhere: a name, so
# written as the text writes it.
_INSURGENT_NAMES = word_set("maoists naxals naxalites")
# Words in brackets that name which of several parties of one name is meant: "Communist Party of India (Maoist)".
# "the eastern Slovak town of Michalovce": what a nationality before "of <name>" describes.
_SETTLEMENT_WORDS = word_set("town city village capital port hamlet")
_PARTY_QUALIFIERS = word_set("maoist marxist marxist-leninist m ml")
_INSURGENT_SINGULARS = frozenset(name.removesuffix("s") for name in _INSURGENT_NAMES)
_UNORGANIZED_HEADS = word_set(
    "protesters protestors demonstrators gunmen assailants attackers settlers rioters bandits bomber bombers herders "
    "youth youths raiders kidnappers abductors"
)
# Descriptions of a state's own forces, named after the state ("Military Forces of Syria").
_STATE_HEADS = word_set("government authorities administration")
_STATE_FORCE_HEADS = word_set("forces troops soldiers army military police")
_STATE_MODIFIERS = word_set("regime government pro-government state military army police junta")
_NATIONAL_FORCE = re.compile(
    r"(?:the\s+)?(?P<before>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:[Aa]rmy|Armed\s+Forces|Defen[cs]e\s+Forces|"
    r"[Mm]ilitary)"
    r"|(?:the\s+)?(?:Armed\s+Forces|Army)\s+of\s+(?:the\s+)?(?P<after>[A-Z][\w\s-]+)"
)
# States' armies known by acronyms of names in other languages, or that no pattern spells out: "soldiers of the
# FARDC" are the Congolese army.
_NATIONAL_FORCE_ACRONYMS = {
    "FARDC": "CD", "FAMa": "ML", "FACA": "CF", "SSPDF": "SS", "ENDF": "ET", "IDF": "IL", "FANB": "VE",
    "FDNB": "BI", "FADM": "MZ", "KDF": "KE", "UPDF": "UG", "RDF": "RW", "SANDF": "ZA", "TPDF": "TZ", "ZDF": "ZW",
    "Tatmadaw": "MM",
}  # fmt: skip
_REBEL_NAME_WORDS = word_set(
    "liberation resistance revolutionary independence opposition rebel free islamic salvation arakan kachin"
)
# "On Sunday LLF fighters": a date in front of an actor is not part of its name.
_NOT_ACTOR_WORDS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
# People named by their trade, an actor only as they protest ("farmers protesting against …").
_PROTESTING_TRADES = word_set(
    "farmers traders vendors workers students teachers villagers drivers miners nurses doctors pensioners fishermen women"
)
_ACTOR_COMMON_WORDS = (
    _ACTOR_MODIFIERS
    | _ORGANIZED_HEADS
    | _UNORGANIZED_HEADS
    | word_set("delegation team negotiators mediators negotiating peace mediation technical junta rebel")
)


def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# "regime forces", "unidentified gunmen", "HTS fighters", "a delegation from Afghanistan", "unidentified
# armed men", "armed residents" (men, residents and villagers only with a word that makes them an armed actor).
_GENERIC_ACTOR = re.compile(
    r"\b(?i:(?:(?:unidentified|unknown|masked|suspected)\s+)?armed\s+(?:men|residents|villagers|civilians|youths|"
    r"locals|tribesmen|herders|farmers|(?:members|followers|supporters)\s+of\s+(?:two\s+|rival\s+|the\s+)?(?:feuding\s+|rival\s+)?"
    r"(?:families|clans)))\b"
    r"|\b(?i:(?:unidentified|unknown|masked|suspected)\s+men)\b"
    # "farmers protesting against …", "traders who marched on …", "villagers stormed a mine": people named by their
    # trade as they protest or riot.
    rf"|\b(?i:(?:{_alternation(_PROTESTING_TRADES)}))(?=\s+(?:who\s+(?:were\s+|had\s+)?)?(?:protest|demonstrat|march|rall"
    r"|storm|riot|ransack|loot|torch|clash))"
    # "a drone strike by the US-led coalition", "the Saudi-led coalition": a military coalition named by its leader.
    r"|\b[A-Z][A-Za-z]+-led\s+(?:military\s+)?coalition\b"
    # "dozo hunters", "traditional hunters": the Sahel's hunters' brotherhoods are armed self-defence groups.
    r"|\b(?i:(?:dozo|donso|traditional)\s+hunters)\b"
    # "a local vigilance committee", "the Kourgui vigilance group", "self-defence militias": village defence bodies.
    r"|\b(?:(?:local|village|[A-Z][\w'’-]+)\s+)?(?i:(?:vigilance|vigilante|self-defen[cs]e)\s+(?:groups?|committees?|militias?|units?))\b"
    rf"|\b(?:(?:{_alternation(_ACTOR_MODIFIERS)}|[A-Z][A-Za-z0-9-]+(?:['’]s)?)\s+){{0,2}}"
    rf"(?i:{_alternation(_ORGANIZED_HEADS | _UNORGANIZED_HEADS | _INSURGENT_NAMES)})\b"
    # "Tajik officials and a Taliban delegation met …", "Federal government officials": a state's officials,
    # unnamed (the nationality is checked where the match is read).
    r"|\b(?P<officials>(?:[A-Z][a-z]+|[Ff]ederal)\s+(?:(?:security|intelligence|defen[cs]e|government|military|border"
    r"|immigration|senior)\s+)?officials)\b"
    # "a terrorist group opened fire on them", "an armed group attacked …": a group named only by what it does.
    r"|\b(?i:(?:terrorist|armed|militant|jihadist|extremist|outlaw)\s+(?:groups?|cells?))\b"
    r"|\b(?:[A-Z][A-Za-z-]+\s+)?delegation(?:\s+from\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)?"
    # "Colombia's government", "the Sudanese government": a state's government, named after the state.
    r"|\b[A-Z][a-z]+(?:['’]s|ian|ese|ish|i)\s+government\b"
    # "a government negotiating team", "opposition negotiators": a side in talks, named by what it is.
    r"|\b(?:(?i:government|opposition|army|military|rebel|junta)|[A-Z][A-Za-z-]+)\s+"
    r"(?:(?:negotiating|peace|mediation|technical|security)\s+)?(?:team|negotiators|mediators|delegation)\b"
)
# Unqualified, these still name one actor in a report; "soldiers" or "fighters" alone do not.
_ACTORS_ALONE = word_set(
    "police protesters protestors demonstrators gunmen rioters junta assailants attackers bandits gendarmes "
    "bomber bombers kidnappers abductors youths"
)

_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&-]{0,9}[A-Z])\)")
# "Gang members killed 12": unnamed, yet the actor; "the gang" points back to one named before.
_UNNAMED_ALONE = word_set("gang gangs")
# What a number of fighters come in: "a group of insurgents", "a band of gunmen", "dozens of militants".
_BANDS_OF_DOERS = word_set("group band gang column unit dozen dozens hundred hundreds score scores")
_ARMED_ALONE = word_set("militants insurgents rebels jihadists terrorists") | _INSURGENT_NAMES
# "Soldiers and gunmen fought …", "Troops clashed with …": a state's forces doing the deed the report is about.
_STATE_FORCES_ALONE = word_set("army military troops soldiers")
_ARMY_ALONE = word_set("army military")
_ATTACKING_VERBS = word_set(
    "attack ambush raid storm kill abduct kidnap shell seize capture overrun burn behead trigger detonate fight clash"
)


@dataclass
class _Mention:
    """One reading of a name in one document, before mentions are grouped into entities."""

    name: str
    label: str
    span: Span
    start: int
    end: int
    caption: int | None
    cluster: _Cluster | None = None
    title: Span | None = None

    @property
    def key(self) -> str:
        """The folded name, without a trailing "province"/"region" for places."""
        return _place_key(self.name) if self.label in _PLACE_LABELS else fold(self.name)


# A city this big is the likelier reading of a lone capitalised word set where a place goes.
_CITY_SIZE = 100_000
_SETTING_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "into"})


def _set_in_a_place(token: Token) -> bool:
    """ "in Abeokuta", "in Oke-Mosan, Abeokuta": the word is the object of a preposition of place, or set beside
    one in apposition."""
    for _ in range(3):
        if token.dep_ == "pobj":
            return token.head.lower_ in _SETTING_PREPOSITIONS
        if token.dep_ not in {"appos", "conj"} or token.head is token:
            return False
        token = token.head
    return False


def _a_city_of_size(gazetteer: Gazetteer, name: str) -> bool:
    found = gazetteer.lookup(name)
    return bool(found) and found[0].feature == "city" and (found[0].population or 0) >= _CITY_SIZE


def _place_key(name: str) -> str:
    """The folded name without a trailing area word: "Borno State" and "Borno" are one place, as are "Barangay
    Salbu" and "Salbu"."""
    folded = fold(name)
    for start in _AREA_NAME_STARTS:
        if folded.startswith(start) and len(folded) > len(start):
            return folded.removeprefix(start)
    head, _, last = folded.rpartition(" ")
    if not (head and last in _PLACE_SUFFIXES):
        return folded
    return head.removesuffix(" sub") or head  # "Jalawla sub-district", folded with a space for the hyphen


@dataclass
class _Cluster:
    """The mentions of one entity as they are gathered; `canonical` is a coder's name for it, if any."""

    type: EntityType
    mentions: list[_Mention] = field(default_factory=list)
    keys: set[tuple[str, ...]] = field(default_factory=set)
    roles: list[Role] = field(default_factory=list)
    affiliations: list[_Cluster] = field(default_factory=list)
    generic: bool = False
    canonical: str | None = None
    area_named_after_city: bool = False


def find_entities(
    body_doc: Doc, caption_docs: Sequence[Doc], gazetteer: Gazetteer | None = None
) -> tuple[Entity, ...]:
    """People, organizations, places and unnamed actors of an article, with mentions, roles, affiliations.

    Body mentions carry offsets into `body_doc.text` (the article text); caption mentions carry their
    caption's index and offsets into its text. With a gazetteer, names the model mistook for people
    or titles ("Mali", "Kafr Nabl") are recognised as places.
    """
    docs: list[tuple[Doc, int | None, str]] = [(body_doc, None, document_text(body_doc))]
    docs += [(doc, index, document_text(doc)) for index, doc in enumerate(caption_docs)]
    mentions = [mention for doc, caption, _ in docs for mention in _named_mentions(doc, caption)]
    mentions = _people_at_the_end_of_titles(mentions)
    mentions = _with_spelled_out_acronyms(docs, mentions)
    mentions = _split_coordinated_places(mentions, gazetteer)
    mentions = _possessive_place_names(mentions, gazetteer)
    mentions = _places_opening_titled_names(mentions, gazetteer)
    _drop_place_possessors(mentions)
    mentions += _untagged_areas(docs, mentions, gazetteer)
    mentions += _untagged_towns(docs, mentions, gazetteer)
    mentions += _untagged_groups(docs, mentions, gazetteer)
    mentions, settlements = _named_settlements(docs, mentions, gazetteer)
    _repair_labels(mentions, gazetteer)
    mentions = _without_nationalities_read_as_places(mentions, gazetteer)
    for mention in mentions:
        if mention.key in settlements:
            mention.label = "GPE"
    mentions = [mention for mention in mentions if mention.label in _TYPE_OF_LABEL]
    mentions += _untagged_repeats_of_places(docs, mentions, gazetteer, settlements)
    mentions += _untagged_repeats_of_organizations(docs, mentions)
    mentions += _untagged_names_where_only_a_place_stands(docs, mentions)
    mentions += _untagged_names_beside_people(docs, mentions, gazetteer)
    people = _cluster_people(mentions)
    mentions += _unrecognised_full_names(docs, mentions, people)
    mentions += _unrecognised_surnames(docs, mentions, people)
    clusters = people + _cluster_organizations(mentions) + _cluster_places(mentions, gazetteer)
    _merge_known_as(docs, mentions, clusters)
    clusters += _cluster_generic_actors(docs, mentions)
    clusters = _settle_generic_actors(clusters)
    clusters = _attackers_are_the_doers(clusters)
    if gazetteer is not None:
        clusters = _name_state_forces(clusters, gazetteer)
    _attach_roles_and_affiliations(mentions, _states(clusters, gazetteer), gazetteer)
    return _as_entities(clusters)


# ---------------------------------------------------------------- mentions


def _named_mentions(doc: Doc, caption: int | None) -> list[_Mention]:
    mentions = []
    for span in doc.ents:
        # "at the Panji Poyon border crossing" read as a nationality: a crossing named after its place.
        crossing = span.label_ == "NORP" and len(span) >= 2 and _followed_by_a_crossing_word(span)
        if span.label_ not in _TYPE_OF_LABEL and span.label_ != "WORK_OF_ART" and not crossing:
            continue
        if _is_modifier(span):
            continue
        trimmed = _trimmed(span)
        if trimmed is None:
            continue
        if span.label_ == "PERSON" and all(token.lower_.rstrip(".") in _TITLES for token in trimmed):
            continue  # "The Treasurer, Jim Chalmers": the title alone is a role, not a second person
        if span.label_ == "ORG" and len(trimmed) == 1 and trimmed[0].tag_ == "JJ":
            continue  # "Ugandan President …": a nationality adjective, not an organization
        if fold(trimmed.text).replace(".", "") in _ACADEMIC_DEGREES:
            continue  # "Prime Minister Abiy Ahmed (PhD)": a degree after a name, not a body
        if span.label_ in _PLACE_LABELS and trimmed.text.islower():
            continue  # "fleeing into the bush": a common noun, not a named place
        if span.label_ in _PLACE_LABELS and _CLOCK_TIME.fullmatch(trimmed.text):
            continue  # "approached the camp … at around 11:30pm": a time of day the model read as a place
        title = None
        if span.label_ == "PERSON":
            trimmed, title = _without_title(trimmed)
        label = "FAC" if crossing else span.label_
        trimmed = _with_hyphenated_tail(trimmed)
        if label == "ORG":
            trimmed = _with_party_qualifier(trimmed)
        following = doc[trimmed.end] if trimmed.end < len(doc) else None
        if label == "PERSON" and following is not None and following.is_lower and following.lower_ in _AREA_WORDS_AFTER_NAMES:
            label = "GPE"  # "Rutshuru territory", "Mamund tehsil": a name an area word follows is an area's
        if label == "ORG" and following is not None and following.lower_ in SUB_DISTRICT_WORDS:
            label = "GPE"  # "the Baghaichhari upazila headquarters"
        if label in {"PERSON", "ORG"} and _SUB_AREA_AFTER.match(document_text(doc), trimmed.end_char):
            label = "GPE"  # "the Jalawla sub-district", "Nakapiripirit sub-county": an area below a district
        # "under the Orchha police station area", "the officer-in-charge of Baghaichhari police station": a police
        # station is named after its town, whether the model tags "Orchha police" or the name alone.
        town = trimmed[:-1] if len(trimmed) >= 2 and trimmed[-1].lower_ == "police" else trimmed
        if (
            label == "ORG"
            and town.end + 1 < len(doc)
            and doc[town.end].lower_ == "police"
            and doc[town.end + 1].lower_ in {"station", "stations"}
            and all(token.is_title for token in town)
        ):
            trimmed, label = town, "GPE"
        if label in _PLACE_LABELS:
            trimmed = _with_place_suffix(trimmed)
        if label in {"FAC", "LOC"} and trimmed.end < len(doc) and doc[trimmed.end].lower_ in _MILITIA_WORDS:
            # "the terrorist Rapid Support militia" read as a building and a common noun: a named body of fighters.
            trimmed, label = doc[trimmed.start : trimmed.end + 1], "ORG"
        name = normalize_surface(trimmed.text)
        if not name or not any(char.isalpha() for char in name):
            continue
        mention = _Mention(name, label, trimmed, trimmed.start_char, trimmed.end_char, caption, title=title)
        mentions.append(mention)
    return mentions


# The last word of a state's formal name: "the Kyrgyz Republic", "the Hashemite Kingdom".
_STATE_NAME_ENDS = frozenset({"Republic", "Kingdom", "Sultanate", "Emirate", "Emirates", "Principality"})


def _people_at_the_end_of_titles(mentions: list[_Mention]) -> list[_Mention]:
    """ "Chairman of the Cabinet of Ministers of the Kyrgyz Republic Adylbek Kasymaliev" read as one body: a name
    the article gives someone in full elsewhere, or one right after the formal name of the state whose body it is,
    at the end of a title, is that person after the body he serves."""
    full_names = {
        person_key(mention.name) for mention in mentions if mention.label == "PERSON" and len(person_key(mention.name)) >= 2
    }
    kept = []
    for mention in mentions:
        tail = next(
            (
                mention.span[-size:]
                for size in (3, 2)
                if mention.label == "ORG"
                and len(mention.span) >= size + 2
                and (
                    person_key(mention.span[-size:].text) in full_names
                    or mention.span[-size - 1].text in _STATE_NAME_ENDS
                )
                and all(token.is_title for token in mention.span[-size:])
            ),
            None,
        )
        if tail is None:
            kept.append(mention)
            continue
        # The body is part of the office he holds ("Chairman of the Cabinet of Ministers of …"): his role, not a
        # side of its own.
        doc, start = tail.doc, mention.span.start
        while start > 0 and mention.span.start - start < 6 and not doc[start].is_sent_start and (
            doc[start - 1].is_title or doc[start - 1].lower_ in {"of", "the"}
        ):
            start -= 1
        while start < tail.start and doc[start].lower_ in {"of", "the"}:
            start += 1
        kept.append(
            _Mention(
                normalize_surface(tail.text), "PERSON", tail, tail.start_char, tail.end_char, mention.caption,
                title=doc[start : tail.start],
            )
        )
    return kept


def _places_opening_titled_names(mentions: list[_Mention], gazetteer: Gazetteer | None) -> list[_Mention]:
    """ "Governor of Suwayda Mustafa al-Bakour" read as one name: after "<office> of", a first word the article
    names as a place elsewhere, or the gazetteer knows as a province or a city, is the place the office is of."""
    places = {fold(mention.name) for mention in mentions if mention.label in _PLACE_LABELS}
    kept = []
    for mention in mentions:
        span = mention.span
        doc = span.doc
        office = doc[span.start - 2] if span.start >= 2 else None
        first = span[0]
        if not (
            mention.label == "PERSON"
            and len(span) >= 3
            and office is not None
            and doc[span.start - 1].lower_ == "of"
            and office.lower_ in _TITLES | PERSONAL_OFFICES
            and first.is_title
            and all(token.is_alpha or token.text == "-" or "-" in token.text for token in span)
            # the gazetteer last: asked only of the few names that stand after "<office> of"
            and (
                fold(first.text) in places
                or (
                    gazetteer is not None
                    and any(entry.feature in {"admin1", "city"} for entry in gazetteer.lookup(first.text)[:1])
                )
            )
        ):
            kept.append(mention)
            continue
        place, person = span[:1], span[1:]
        start = office.i
        while start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
            start -= 1
        kept.append(_Mention(normalize_surface(place.text), "GPE", place, place.start_char, place.end_char, mention.caption))
        kept.append(
            _Mention(
                normalize_surface(person.text), "PERSON", person, person.start_char, person.end_char, mention.caption,
                title=doc[start : person.start],
            )
        )
    return kept


def _with_spelled_out_acronyms(
    docs: list[tuple[Doc, int | None, str]], mentions: list[_Mention]
) -> list[_Mention]:
    """ "Islamic State Sahel Province (ISSP)": a name whose initials spell the acronym after it is one organization.

    The model often cuts such names into pieces ("Islamic" as a nationality, "Sahel" as a place); the
    pieces inside the spelled-out name give way to it.
    """
    kept = list(mentions)
    for doc, caption, text in docs:
        for match in _SPELLED_OUT.finditer(text):
            start = _start_of_spelled_name(match)
            if start is None or match.group("acronym").casefold() in _PARTY_QUALIFIERS:
                continue  # "(Maoist)" says which party, it abbreviates nothing
            span = doc.char_span(start, match.end("name"), alignment_mode="contract")
            if span is None:
                continue
            overlapping = [
                m
                for m in kept
                if m.caption == caption and m.start < span.end_char and span.start_char < m.end
            ]
            if any(
                m.label == "ORG" and (m.start, m.end) == (span.start_char, span.end_char) for m in overlapping
            ):
                continue
            if any(
                (
                    (m.start < span.start_char and not _only_describes(text[m.start : span.start_char]))
                    or m.end > span.end_char
                )
                and not _misread(m)
                for m in overlapping
            ):
                continue  # a tagged name reaching outside: trust the model's boundary
            kept = [m for m in kept if m not in overlapping]
            kept.append(
                _Mention(normalize_surface(span.text), "ORG", span, span.start_char, span.end_char, caption)
            )
            acronym = doc.char_span(match.start("acronym"), match.end("acronym"))
            if acronym is not None and not any(
                m.caption == caption and m.start == acronym.start_char for m in kept
            ):
                # The bracketed acronym is a mention too, so that the name and the acronym become one entity.
                kept.append(
                    _Mention(acronym.text, "ORG", acronym, acronym.start_char, acronym.end_char, caption)
                )
    return kept


def _spelled_by_syllables(acronym: str, words: list[str]) -> bool:
    """Whether the acronym is the words' openings in order, one to three letters of each ("CO-DE-CO")."""
    target = fold(acronym).replace("-", "")
    heads = [fold(word) for word in words]
    if len(heads) < 2 or len(target) <= len(heads):
        return False  # one letter per word is the plain initials, tried before

    def spells(position: int, index: int) -> bool:
        if index == len(heads):
            return position == len(target)
        return any(
            target.startswith(heads[index][:size], position) and spells(position + size, index + 1)
            for size in range(1, min(3, len(heads[index])) + 1)
        )

    return spells(0, 0)


def _drop_place_possessors(mentions: list[_Mention]) -> None:
    """ "Sudan's Rapid Support Forces" is the Rapid Support Forces: a place owning a name is no part of it."""
    place_names = {fold(mention.name) for mention in mentions if mention.label in _PLACE_LABELS}
    for mention in mentions:
        if mention.label != "ORG":
            continue
        span = mention.span
        owner_end = next((token.i for token in span[:4] if token.tag_ == "POS"), None)
        if owner_end is None or owner_end + 1 >= span.end:
            continue
        if fold(span.doc[span.start : owner_end].text) not in place_names:
            continue
        rest = span.doc[owner_end + 1 : span.end]
        if all(token.is_lower for token in rest):
            continue  # "Turkey's defence ministry": a common-noun department is known by its country
        mention.span, mention.start, mention.end = rest, rest.start_char, rest.end_char
        mention.name = normalize_surface(rest.text)


def _start_of_spelled_name(match: re.Match[str]) -> int | None:
    """Where the capitalised words whose initials spell the acronym begin, or None when none do.

    "3R" spells RRR; "al-Islam" gives its I. A name ending in an organization word is taken whole when
    the acronym is of another language's name.
    """
    letters = re.sub(r"(\d)([A-Z])", lambda m: m.group(2) * int(m.group(1)), match.group("acronym"))
    letters = "".join(char for char in letters if char.isupper())
    words = [
        (word.start() + match.start("name"), word.group().rstrip(","))
        for word in re.finditer(r"\S+", match.group("name"))
    ]
    # "al Qaeda in the Arabian Peninsula (AQAP)": a lone article opening the name gives its letter too.
    opening_article = bool(words) and words[0][1] in {"al", "el"}
    capitalised = [
        (offset, word)
        for index, (offset, word) in enumerate(words)
        if _initial(word) or (index == 0 and opening_article)
    ]
    for first in range(len(capitalised)):
        initials = "".join(_initial(word) or word[0].upper() for _, word in capitalised[first:])
        if initials == letters:
            return capitalised[first][0]
    # "Cooperative for the Development of Congo (CODECO)": an acronym made of each word's first syllable.
    for first in range(len(capitalised)):
        if _spelled_by_syllables(match.group("acronym"), [word for _, word in capitalised[first:]]):
            return capitalised[first][0]
    # "the al-Qaeda-linked Group to …": a word that only describes the group starts no name.
    described = [
        i for i, (_, word) in enumerate(words) if word.rsplit("-", 1)[-1].lower() in _MODIFIER_SUFFIXES
    ]
    name = words[described[-1] + 1 :] if described else words
    # "near Awdheegle on Saturday, the US Africa Command (AFRICOM)": a name runs over no comma.
    broken = [i for i, (offset, word) in enumerate(name) if match.string[offset + len(word)] == ","]
    name = name[broken[-1] + 1 :] if broken else name
    while name and (
        fold(name[0][1]) in _NOT_NAME_OPENERS or fold(name[0][1]) in CALENDAR_WORDS or name[0][1] == "the"
    ):
        name = name[1:]  # "On Monday the Army (SAF)": the words opening the sentence are no part of it
    # "Fighters of the National Liberation Army (ELN)": the people are not part of the body's name.
    members = LEADING_MEMBERS.match(match.string[name[0][0] :]) if name else None
    if members is not None:
        name = [(offset, word) for offset, word in name if offset >= name[0][0] + members.end()]
    if any(word[0].isupper() and fold(word) in _ORGANIZATION_HEAD_WORDS for _, word in name):
        return name[0][0]
    return None


def _misread(mention: _Mention) -> bool:
    """A model span no name looks like: a title of a work in a news report, or one cut inside brackets."""
    return mention.label == "WORK_OF_ART" or mention.name.count("(") != mention.name.count(")")


def _only_describes(words: str) -> bool:
    """ "al-Qaeda-linked ": words before a name that only describe it ("linked", "backed", "led" …)."""
    last = words.split()[-1] if words.split() else ""
    return bool(last) and last.rsplit("-", 1)[-1].lower() in _MODIFIER_SUFFIXES


def _initial(word: str) -> str:
    """The letter a name word gives its acronym: "Islam" and "al-Islam" both give I; "and" gives none."""
    if word[0].isupper():
        return word[0]
    joined = re.match(r"(?:al|el|wal|ul|ad|ash)-([A-Z])", word)
    return joined.group(1) if joined else ""


def _untagged_areas(
    docs: list[tuple[Doc, int | None, str]], mentions: list[_Mention], gazetteer: Gazetteer | None
) -> list[_Mention]:
    """ "Hodeidah province", "Kachin State": areas the model left untagged, named by their area word.

    "province", "governorate" and a capitalised "State" are evidence enough; "district" or "region"
    also need the name in the gazetteer.
    """
    taken = {(mention.caption, index) for mention in mentions for index in range(mention.start, mention.end)}
    found = []
    for doc, caption, text in docs:
        for match in _AREA_NAME.finditer(text):
            if any((caption, index) in taken for index in range(match.start(), match.end())):
                continue
            name, area_word = match.group("name"), match.group("area")
            # "in Keshem district": after a place preposition the area word is evidence enough.
            placed = _PLACED_BEFORE.search(text, max(0, match.start() - 12), match.start())
            if area_word not in _SELF_EVIDENT_AREAS and not placed and not (gazetteer and gazetteer.lookup(name)):
                continue
            span = doc.char_span(match.start(), match.end())
            while span is not None and len(span) > 2 and span[0].is_stop:
                span = span[1:]  # "In Hodeidah province": a capitalised first word of a sentence
            if span is not None and not span[0].is_stop:
                name = normalize_surface(span.text)
                found.append(_Mention(name, "GPE", span, span.start_char, span.end_char, caption))
    return found


def _untagged_towns(
    docs: list[tuple[Doc, int | None, str]], mentions: list[_Mention], gazetteer: Gazetteer | None
) -> list[_Mention]:
    """ "an army post in Damboa": a capitalised name the model left untagged, after a place preposition,
    that the gazetteer knows as a town of some size."""
    if gazetteer is None:
        return []
    taken = {(mention.caption, index) for mention in mentions for index in range(mention.start, mention.end)}
    found = []
    for doc, caption, _ in docs:
        for token in doc:
            after_preposition = token.i > 0 and doc[token.i - 1].lower_ in _TOWN_PREPOSITIONS
            # "outside the Novi Sad offices of the party": a town naming the site it holds.
            before_a_site = (
                token.i > 1 and doc[token.i - 1].lower_ == "the" and doc[token.i - 2].lower_ in _TOWN_PREPOSITIONS
            )
            if not (after_preposition or before_a_site):
                continue
            if token.lower_ in CALENDAR_WORDS or (
                token.ent_type_ in {"DATE", "TIME"} and (token.lower_ in _SEASON_WORDS or not token.is_title)
            ):
                continue  # "in August", "in Ramadan" are times, whatever towns bear their names; "in Turbat" is not
            end = token.i
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and end - token.i < 3:
                end += 1
            if end == token.i or any((caption, doc[i].idx) in taken for i in range(token.i, end)):
                continue
            if not after_preposition and (end >= len(doc) or doc[end].lemma_.lower() not in _SITES_OF_A_TOWN):
                continue
            span = doc[token.i : end]
            entries = gazetteer.lookup(span.text)
            # "in Sugapa" read as a nationality: no people is written after "in", so a town of any size it is.
            misread = span[0].ent_type_ == "NORP" and gazetteer.country_of_nationality(span.text) is None
            if (
                entries
                and entries[0].feature == "city"
                and ((entries[0].population or 0) >= _UNTAGGED_TOWN_POPULATION or misread)
            ):
                found.append(
                    _Mention(
                        normalize_surface(span.text), "GPE", span, span.start_char, span.end_char, caption
                    )
                )
    return found


def _untagged_groups(
    docs: list[tuple[Doc, int | None, str]], mentions: list[_Mention], gazetteer: Gazetteer | None
) -> list[_Mention]:
    """ "met leaders of the Segunda Marquetalia": a capitalised name whose leaders, members or fighters are
    named is a group, where the model tagged nothing there and the gazetteer knows no place of that name."""
    found = []
    for doc, caption, text in docs:
        taken = [(m.start, m.end) for m in mentions if m.caption == caption]
        for match in _MEMBERS_OF_NAME.finditer(text):
            start, end = match.span("name")
            if any(s < end and start < e for s, e in taken):
                continue
            if gazetteer is not None and gazetteer.lookup(match.group("name")):
                continue  # "leaders of the Sahel": a region
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is None or len(span) < 2:
                continue  # one word alone is as often a place or a people as a group
            found.append(_Mention(normalize_surface(span.text), "ORG", span, span.start_char, span.end_char, caption))
    return found


def _untagged_repeats_of_places(
    docs: list[tuple[Doc, int | None, str]],
    mentions: list[_Mention],
    gazetteer: Gazetteer | None,
    settlements: set[str],
) -> list[_Mention]:
    """ "on the outskirts of Mongbwalu …; a civil society leader in Mongbwalu": a name read as a place once is
    that place wherever else it is written, though the model left it untagged there. Only names the gazetteer
    or the text itself ("Sabiid, a farming village") confirms as places, and no word of a person's name: the
    model's own mistakes ("Munir" as a place) are not spread."""
    person_words = {word for m in mentions if m.label == "PERSON" for word in m.span.text.split()}
    read_as_places = {
        m.span.text: (m.label, m.key)
        for m in mentions
        if m.label in _PLACE_LABELS and m.span.text[:1].isupper() and not set(m.span.text.split()) & person_words
    }
    labels = {
        name: label
        for name, (label, key) in read_as_places.items()
        if key in settlements or (gazetteer is not None and gazetteer.lookup(name))
    }
    names = {name for name in read_as_places if len(name) >= _MIN_REPEATED_PLACE_LENGTH}
    found = []
    for caption, text, match, span in _untagged_occurrences(docs, mentions, names):
        if text.startswith(("'s", "’s"), match.end()):
            continue  # "Sudan's Rapid Support Forces": the owner of a name, which the model settles
        if not (span[0].is_title or span[0].is_upper):
            continue
        if match.group() not in labels:
            # "near Lafoole": a village too small for the gazetteer, read as a place elsewhere in the text, is
            # that place where only a place can follow.
            before = span.doc[span.start - 1] if span.start > 0 else None
            if before is None or before.lower_ not in _STRONG_PLACE_PREPOSITIONS:
                continue
            labels[match.group()] = read_as_places[match.group()][0]
        label = labels[match.group()]
        found.append(_Mention(normalize_surface(span.text), label, span, span.start_char, span.end_char, caption))
    return found


def _untagged_occurrences(
    docs: list[tuple[Doc, int | None, str]], mentions: list[_Mention], names: set[str]
) -> Iterator[tuple[int | None, str, re.Match[str], Span]]:
    """Where the names are written again, whole words, outside every mention the text has already."""
    if not names:
        return
    pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")
    for doc, caption, text in docs:
        taken = [(m.start, m.end) for m in mentions if m.caption == caption]
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            span = doc.char_span(match.start(), match.end())
            if span is not None:
                yield caption, text, match, span


def _untagged_repeats_of_organizations(
    docs: list[tuple[Doc, int | None, str]], mentions: list[_Mention]
) -> list[_Mention]:
    """ "Two fighters of the Popular Mobilization Forces … attacked a Popular Mobilization position": a name of two
    or more capitalised words read as an organization once is that organization wherever else it stands alone,
    though the model left it untagged there (not where more capitalised words go on: "… Authority")."""
    names = {
        m.span.text
        for m in mentions
        if m.label == "ORG" and len(m.span) >= 2 and all(token.is_title or token.is_upper for token in m.span)
    }
    found = []
    for caption, _, _, span in _untagged_occurrences(docs, mentions, names):
        if span.start == 0:
            continue
        doc = span.doc
        following = doc[span.end] if span.end < len(doc) else None
        if (following is not None and (following.is_title or following.is_upper)) or doc[span.start - 1].is_title:
            continue  # part of a longer name the model did not tag either
        found.append(_Mention(normalize_surface(span.text), "ORG", span, span.start_char, span.end_char, caption))
    return found


def _untagged_names_where_only_a_place_stands(
    docs: list[tuple[Doc, int | None, str]], mentions: list[_Mention]
) -> list[_Mention]:
    """ "on the outskirts of Bardhere", "the village of Kwatas", "Residents of Gharyan": a capitalised name the model
    left untagged where nothing but a place is written is a place, though the gazetteer may spell it otherwise (Baardheere)."""
    found = []
    for doc, caption, text in docs:
        taken = [(m.start, m.end) for m in mentions if m.caption == caption]
        matches = [*_ONLY_A_PLACE_FOLLOWS.finditer(text), *_POLICE_STATION_TOWN.finditer(text)]
        for match in matches:
            group = "near" if match.re is _ONLY_A_PLACE_FOLLOWS and match.group("near") else "name"
            start, end = match.span(group)
            if any(first < end and start < last for first, last in taken):
                continue
            span = doc.char_span(start, end)
            if span is None or not all(_capitalised(token) for token in span) or span[0].ent_type_ in _NOT_ACTOR_WORDS:
                continue
            if group == "near" and (span[0].is_stop or span[0].lower_ in CALENDAR_WORDS or span[0].ent_type_ == "EVENT"):
                continue  # "near Christmas", "near Friday's deadline"
            if match.re is _POLICE_STATION_TOWN and not all(token.pos_ == "PROPN" or token.ent_type_ for token in span):
                continue  # "The police station", "Local police stations"
            found.append(_Mention(normalize_surface(span.text), "GPE", span, start, end, caption))
    return found


def _capitalised(token: Token) -> bool:
    """ "Bardhere", and "Rada'a", which `is_title` reads as two words, the second in lower case."""
    return token.is_title or bool(_APOSTROPHE_NAME.fullmatch(token.text))


_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]*['’][A-Za-z][a-z]*")


def _split_coordinated_places(mentions: list[_Mention], gazetteer: Gazetteer | None) -> list[_Mention]:
    """ "the road between Qamishli and Amuda": the model's one span is two places, unless the whole is a
    name of its own ("Trinidad and Tobago")."""
    if gazetteer is None:
        return mentions
    kept = []
    for mention in mentions:
        conjunctions = [token for token in mention.span if token.lower_ == "and"]
        if len(conjunctions) != 1 or mention.label not in _TYPE_OF_LABEL or gazetteer.lookup(mention.name):
            kept.append(mention)
            continue
        middle = conjunctions[0].i
        parts = [
            mention.span.doc[mention.span.start : middle],
            mention.span.doc[middle + 1 : mention.span.end],
        ]
        if not all(part.text and part[0].is_title and gazetteer.lookup(part.text) for part in parts):
            kept.append(mention)
            continue
        kept += [
            _Mention(
                normalize_surface(part.text), "GPE", part, part.start_char, part.end_char, mention.caption
            )
            for part in parts
        ]
    return kept


def _possessive_place_names(mentions: list[_Mention], gazetteer: Gazetteer | None) -> list[_Mention]:
    """ "in Teknaf upazila of Cox's Bazar": a name the model cuts at its "'s", reading the halves as two bodies or a
    person and a place, is one place when the gazetteer knows the whole as a town or province."""
    if gazetteer is None:
        return mentions
    kept: list[_Mention] = []
    swallowed_until: dict[tuple[int, int | None], int] = {}
    for mention in mentions:
        if mention.start < swallowed_until.get((id(mention.span.doc), mention.caption), -1):
            continue
        span, doc = mention.span, mention.span.doc
        end = span.end
        if end + 1 < len(doc) and doc[end].tag_ == "POS" and doc[end + 1].is_title:
            whole = doc[span.start : end + 2]
            entries = gazetteer.lookup(whole.text)
            if entries and entries[0].feature in {"city", "admin1", "region"} and fold(entries[0].name).replace(
                "’", "'"
            ).startswith(fold(span.text).replace("’", "'")):
                mention = _Mention(normalize_surface(whole.text), "GPE", whole, whole.start_char, whole.end_char, mention.caption)
                swallowed_until[(id(doc), mention.caption)] = whole.end_char
        kept.append(mention)
    return kept


def _named_settlements(
    docs: list[tuple[Doc, int | None, str]], mentions: list[_Mention], gazetteer: Gazetteer | None = None
) -> tuple[list[_Mention], set[str]]:
    """ "the town of Debre Markos", "Let Yet Kone village": a name the text itself calls a settlement is a
    place, whatever the model read and whether or not the gazetteer knows so small a place.

    Returns the mentions with such names made places, and the keys of those names.
    """
    kept = list(mentions)
    keys: set[str] = set()
    for doc, caption, text in docs:
        found = [
            (match, name)
            for match in _SETTLEMENT_NAME.finditer(text)
            for name in ("after", "second", "before", "described", "community", "venue", "located")
            # "between the towns of Yater and Kafra": both names are the towns'.
            if match.group(name) and (name != "second" or match.group(0).split()[0].lower().endswith("s"))
        ]
        initials = _initials_of_organizations(mentions)
        for match, group in found:
            if match.group(group).lower() in initials:
                continue  # "an FC camp": the Frontier Corps' camp, not a camp named FC
            span = doc.char_span(match.start(group), match.end(group), alignment_mode="contract")
            while (
                span is not None and len(span) > 1 and _opens_a_sentence_not_a_name(span[0])
                and not (span[0].whitespace_ == "" and span[1].text == "-")  # "the village of At-Tuwani"
            ):
                span = span[1:]
            # After "the city of", even a name the model read as a nationality is the city ("Culiacan").
            opener = group not in {"after", "second"} and span is not None and _opens_a_sentence_not_a_name(span[0])
            if opener and span is not None and span[0].ent_type_ == "NORP" and not span[0].is_stop:
                # "captured Ulang town", the model reading a nationality: one the gazetteer does not know, not after
                # an article ("a Kurdish town", "the Druze village" name peoples).
                before = span[0].nbor(-1) if span[0].i > 0 else None
                described = before is not None and before.pos_ in {"DET", "ADJ", "NUM"}
                opener = described or gazetteer is None or gazetteer.country_of_nationality(span.text) is not None
            if span is None or not span[0].text[0].isupper() or opener:
                continue
            overlapping = [
                m
                for m in kept
                if m.caption == caption and m.start < span.end_char and span.start_char < m.end
            ]
            if any(m.start < span.start_char or m.end > span.end_char for m in overlapping):
                continue  # a tagged name reaching outside: "the Mayor of Tarvo" is not a settlement's name
            kept = [m for m in kept if m not in overlapping]
            mention = _Mention(
                normalize_surface(span.text), "GPE", span, span.start_char, span.end_char, caption
            )
            kept.append(mention)
            keys.add(mention.key)
    return kept, keys


def _opens_a_sentence_not_a_name(token: Token) -> bool:
    return token.is_stop or token.lower_ in CALENDAR_WORDS or token.ent_type_ in {"DATE", "TIME", "NORP"}


def _without_nationalities_read_as_places(mentions: list[_Mention], gazetteer: Gazetteer | None) -> list[_Mention]:
    """ "in the Ugandan town of Entebbe": a nationality before a common noun describes it; the model's place
    reading of "Ugandan" would make it the meeting's place. A word the gazetteer knows as a place stays."""
    if gazetteer is None:
        return mentions
    kept = []
    for mention in mentions:
        span = mention.span
        if mention.label == "GPE" and len(span) == 2 and span[1].lower_ in _SETTLEMENT_WORDS:
            span = span[:1]  # "the eastern Slovak town of Michalovce" read as the place "Slovak town"
        following = span.doc[span.end] if span.end < len(span.doc) else None
        if (
            mention.label == "GPE"
            and len(span) == 1
            and following is not None
            and following.pos_ == "NOUN"
            and following.is_lower
            and gazetteer.country_of_nationality(span.text) is not None
            and not any(fold(entry.name) == fold(span.text) for entry in gazetteer.lookup(span.text))
        ):
            continue
        kept.append(mention)
    return kept


def _is_modifier(span: Span) -> bool:
    doc = span.doc
    return (
        span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and doc[span.end + 1].lower_ in _MODIFIER_SUFFIXES
    )


def _without_title(span: Span) -> tuple[Span, Span | None]:
    start = span.start
    while start < span.end - 1 and (
        span.doc[start].lower_.rstrip(".") in _TITLES
        # "Lt-Gen Kabbashi", "Maj-Gen Mufaddal": a hyphen between two titles is part of the title
        or (span.doc[start].text == "-" and start > span.start and span.doc[start + 1].lower_.rstrip(".") in _TITLES)
    ):
        start += 1
    if start == span.start:
        return span, None
    return span.doc[start : span.end], span.doc[span.start : start]


def _with_party_qualifier(span: Span) -> Span:
    """ "the Communist Party of India (Maoist)", "CPI (Maoist)": the bracketed word names which party; it is part of
    the name, not an aside."""
    doc, end = span.doc, span.end
    bracketed = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
    if bracketed and doc[end + 1].text.casefold() in _PARTY_QUALIFIERS:
        return doc[span.start : end + 3]
    return span


def _with_hyphenated_tail(span: Span) -> Span:
    """ "Sudan People's Liberation Army-in-Opposition", "SPLA-IO": the model stops the name at the first hyphen."""
    doc, end = span.doc, span.end
    if (
        end + 2 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].is_lower
        and doc[end + 1].is_alpha
        and doc[end + 2].text == "-"
        and end + 3 < len(doc)
        and doc[end + 3].is_title
        and not doc[end].whitespace_
        and not doc[end + 2].whitespace_
    ):
        return doc[span.start : end + 4]
    if (
        end + 1 < len(doc)
        and span[-1].is_upper
        and doc[end].text == "-"
        and not span[-1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_upper
        and len(doc[end + 1]) <= 4
    ):
        return doc[span.start : end + 2]  # "SPLA-IO" read as "SPLA"
    return span


def _with_place_suffix(span: Span) -> Span:
    """ "Idlib province", "Mopti region": the administrative word belongs to the mention."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in _PLACE_SUFFIXES and doc[span.end].is_lower:
        return doc[span.start : span.end + 1]
    return span


def _trimmed(span: Span) -> Span | None:
    """The span without a leading article or count and a trailing possessive ("the Taliban's" → "Taliban", "Four
    Kenya Police Reservists" → "Kenya Police Reservists")."""
    start, end = span.start, span.end
    while start < end and (
        span.doc[start].pos_ in {"DET", "PUNCT", "SPACE"} or (span.doc[start].pos_ == "NUM" and end - start > 1)
    ):
        start += 1
    while end > start and (span.doc[end - 1].tag_ == "POS" or span.doc[end - 1].pos_ in {"PUNCT", "SPACE"}):
        end -= 1
    # "the Palace of the People the Prime Minister": an article after a noun, not after "of", starts another phrase.
    inner_article = next(
        (
            index
            for index in range(start + 1, end)
            if span.doc[index].lower_ == "the" and span.doc[index - 1].pos_ in {"NOUN", "PROPN"}
        ),
        None,
    )
    end = inner_article if inner_article is not None else end
    return span.doc[start:end] if end > start else None


def _repair_labels(mentions: list[_Mention], gazetteer: Gazetteer | None) -> None:
    """Give one name one label across the article, trusting full personal names most.

    The model tags a lone surname as a place or an organization when context is thin
    ("Haniya, leader of …" as ORG); a surname that ends a full name elsewhere is that person.
    """
    surname_keys = {
        person_key(mention.name)[-1]
        for mention in mentions
        if mention.label == "PERSON" and len(person_key(mention.name)) >= 2
    }
    # "received by Isaias in Asmara": a lone given name of someone named in full, where the gazetteer knows no
    # sizeable place of that name ("Jordan" stays the country however many Jordans are named).
    given_name_keys = {
        person_key(mention.name)[0]
        for mention in mentions
        if mention.label == "PERSON" and len(person_key(mention.name)) >= 2
    } - surname_keys
    # "Badr Abdelatty" read as an organization where "Abdelatty" alone is read as a person.
    lone_surname_keys = {
        person_key(mention.name)[0]
        for mention in mentions
        if mention.label == "PERSON" and len(person_key(mention.name)) == 1
    }
    for mention in mentions:
        if mention.label == "ORG" and _names_an_area(mention):
            mention.label = "GPE"
        if mention.label in {"ORG", "PERSON", "FAC"} and fold(mention.name).startswith(_AREA_NAME_STARTS):
            mention.label = "GPE"
        if mention.label == "PERSON" and _HYPHENATED_TAIL.search(mention.name) and gazetteer and gazetteer.lookup(mention.name):
            mention.label = "GPE"  # "in Croix-des-Bouquets": no man's name runs on in lower-case words
        if (
            mention.label == "PERSON"
            and len(mention.span) == 1
            and person_key(mention.name)[0] not in surname_keys
            and _set_in_a_place(mention.span[0])
            and gazetteer is not None
            and _a_city_of_size(gazetteer, mention.name)
        ):
            mention.label = "GPE"  # "at the Governor's Office in Oke-Mosan, Abeokuta": no one is met in a man
        # The head before a hyphenated tail: "… Liberation Army-in-Opposition".
        head_word = fold(mention.name.split("-")[0]).split()[-1:] or [""]
        if mention.label in {"FAC", "LOC"} and head_word[0] in _ARMED_BODY_HEADS:
            mention.label = "ORG"  # "the terrorist Rapid Support militia" read as a building: a body of fighters
        if mention.label in {"ORG", "GPE", "LOC"} and sum(token.text != "-" for token in mention.span) <= 3:
            key = person_key(mention.name)
            lone_name = len(key) == 1 and (
                key[0] in surname_keys
                or (key[0] in given_name_keys and not _names_a_sizeable_place(mention, gazetteer))
            )
            full_name_read_as_group = (
                mention.label == "ORG"
                and len(key) in {2, 3}
                and key[-1] in lone_surname_keys
                and all(token.is_title or token.text == "-" for token in mention.span)
                and _ORGANIZATION_HEAD_WORDS.isdisjoint(fold(mention.name).split())
                # "officers of Border Guard Bangladesh (BGB)": a name spelled before its acronym is a body's
                and not _spells_the_acronym_after(mention)
            )
            if lone_name or full_name_read_as_group:
                mention.label = "PERSON"
        # "Chadian President Mahamat Idriss Déby Itno" read as an organization: a title is a person's.
        start = mention.span.start
        if (
            mention.label == "ORG"
            and 2 <= len(mention.span) <= 5
            and start > 0
            and mention.span.doc[start - 1].lower_.rstrip(".") in _TITLES - _FORMS_OF_ADDRESS_AND_OFFICES
            and all(token.is_title or not token.is_alpha for token in mention.span)
            and _ORGANIZATION_HEAD_WORDS.isdisjoint(fold(mention.name).split())
        ):
            mention.label = "PERSON"
        if mention.label == "ORG" and _leader_named(mention) and not is_movement_word(mention.name.split()[0]):
            mention.label = "PERSON"  # "The Gran Grif gang, led by Luckson Elan, …": who leads a group is a person
        arabic_name = mention.label in {"GPE", "LOC"} and _ARABIC_PERSONAL_NAME.match(mention.name)
        if arabic_name and (gazetteer is None or not gazetteer.lookup(mention.name)):
            # "the home of Hadi al-Amiri": a given name and an al- surname the gazetteer does not know.
            mention.label = "PERSON"
        if mention.label == "PERSON" and is_movement_word(mention.name.split()[0]):
            mention.label = "ORG"  # "Kataib Hizbullah", "Jaish al-Adl": a movement, not a man
        if (
            mention.label == "PERSON"
            and _ARTICLE_NAME.fullmatch(mention.name)
            and person_key(mention.name)[-1] not in surname_keys
            and not _name_goes_on(mention)
        ):
            # "al-Shabaab", "al-Qaeda": an article and one word, never the surname of anyone named in full
            mention.label = "ORG"
    # "BABANUSAH, Sudan —": the dateline names a place, so the same name later in the story is that place
    # however the model read it there.
    body = next((mention.span.doc for mention in mentions if mention.caption is None), None)
    dateline = set(dateline_places(document_text(body))) if body is not None else set()
    # "Borno State", "Cauca province": a name written with its area word is a place in every mention.
    known_places = {
        _place_key(mention.name)
        for mention in mentions
        if (
            mention.caption is None
            and (mention.start, mention.end) in dateline
            and (mention.label in _PLACE_LABELS or (gazetteer is not None and gazetteer.lookup(mention.name)))
        )
        or (
            mention.label in _PLACE_LABELS
            and _place_key(mention.name) != fold(mention.name)
            and " " not in _place_key(mention.name)
        )
    }
    # "near Elwak … Elwak was attacked in February", "in Partiaga, in Tapoa province … smoke rises over Partiaga":
    # a name written where only a place stands is a place in every mention.
    known_places |= {
        _place_key(mention.name)
        for mention in mentions
        if mention.label in {"PERSON", "ORG", "GPE"}
        and (_only_a_place_stands_here(mention) or _located_by_the_next_place(mention))
    }
    # "at the Dostuk checkpoint … near Dostuk": a crossing's name is a place wherever else it is read as a body.
    known_places |= {
        _place_key(mention.name)
        for mention in mentions
        if mention.label in {"PERSON", "ORG", "FAC"} and _names_a_crossing(mention)
    }
    # The model's own place readings, before the vote: a tie between a place and a person goes to the person.
    read_as_place = {mention.key for mention in mentions if mention.label == "GPE"}
    _vote_labels(mentions)
    for mention in mentions:
        if _place_key(mention.name) in known_places:
            mention.label = "GPE"
    if gazetteer is not None:
        # A name becomes a place only where most of its mentions read as one: "Hamas" is also an
        # alternate name of a German town, but one "attacked Hamas" does not make it a place.
        placed: Counter[str] = Counter()
        total: Counter[str] = Counter(mention.key for mention in mentions)
        for mention in mentions:
            if mention.label == "GPE" or _is_mistaken_place(mention, gazetteer, surname_keys):
                placed[mention.key] += 1
        # A big city ("in Sanaa … Sanaa's airport") needs only one mention that reads as a place: a lone word
        # the model calls a person is far likelier the city than a man nobody names in full.
        # ("Seoul and Ulaanbaatar upgraded ties": a capital read as a body is the city too, standing for its state.)
        big_cities = {
            mention.key
            for mention in mentions
            if (placed[mention.key] or mention.key in read_as_place)
            and mention.label in {"PERSON", "ORG"}
            and len(person_key(mention.name)) == 1
            and person_key(mention.name)[0] not in surname_keys
            and (found := gazetteer.lookup(mention.name))
            and (
                (found[0].population or 0) >= _BIG_CITY_POPULATION
                # a smaller city the model itself read as a place once ("in the centre of Potosí … the highways
                # linking Potosí with Oruro"), where the vote between a place and a person went to the person
                or (
                    mention.key in read_as_place
                    and found[0].feature == "city"
                    and (found[0].population or 0) >= _CITY_SIZE
                )
            )
        }
        for mention in mentions:
            if placed[mention.key] * 2 > total[mention.key] or mention.key in big_cities:
                mention.label = "GPE"
    _acronyms_of_organizations(mentions)


def _acronyms_of_organizations(mentions: list[_Mention]) -> None:
    """ "the Sudan People's Liberation Army-in-Opposition (SPLA-IO)": a bracketed acronym read as a place, right
    after an organization's name, is that organization's; read so wherever it stands."""
    ends = {(m.caption, m.end) for m in mentions if m.label == "ORG"}
    acronyms = set()
    for mention in mentions:
        doc = mention.span.doc
        start = mention.span.start
        if (
            mention.label in _PLACE_LABELS
            and _ACRONYM.fullmatch(mention.name)
            and start >= 2
            and doc[start - 1].text == "("
            and (mention.caption, doc[start - 2].idx + len(doc[start - 2].text)) in ends
        ):
            acronyms.add(mention.name)
    initials = _initials_of_organizations(mentions)
    acronyms.update(m.name for m in mentions if m.label in _PLACE_LABELS and m.name.lower() in initials)
    for mention in mentions:
        if mention.name in acronyms and mention.label in _PLACE_LABELS:
            mention.label = "ORG"


def _initials_of_organizations(mentions: list[_Mention]) -> set[str]:
    """ "soldiers of the Frontier Corps … attacked an FC camp": the initials of a body the text names are the body's
    acronym, not a place's name."""
    return {_initials(fold(m.name)) for m in mentions if m.label == "ORG"} - {""}


_BIG_CITY_POPULATION = 500_000
# A city this big gives its name to the area around it (Sennar in Sennar state); a smaller one rarely is meant alone.
_AREA_NAMING_CITY_POPULATION = 100_000
# "Kasuwan Magani in Kajuru Local Government Area", "Damadola in Mamund tehsil": the words that name an area.
# South Asian and Ethiopian units below a district, never a body's: "Baghaichhari upazila", "Mamund tehsil".
_AREA_WORDS_AFTER_NAMES = _PLACE_SUFFIXES | SUB_DISTRICT_WORDS | word_set("lga sub-county territory")
_LOWER_CASE_AREA_WORDS = frozenset({"department", "province", "region", "district", "prefecture", "governorate"})
_AREA_NAME_ENDINGS = ("local government area", "local government", " lga", " municipality", " governorate")
# "Barangay Salbu", "Tambon Taluban", "Kampung Baru": a Philippine, Thai or Malay village or sub-district written
# with its unit word in front.
_AREA_NAME_STARTS = ("barangay ", "brgy. ", "brgy ", "tambon ", "kampung ")
_ONLY_A_PLACE_FOLLOWS = re.compile(
    r"\b(?:(?:outskirts|hinterlands?|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
    r"|town|village|villages|city|hamlet|settlement|locality|suburb|edge|entrance|[Rr]esidents|[Vv]illagers|[Ii]nhabitants"
    r"|forests?|jungles?|hills|foothills|(?:upper\s+|lower\s+)?reaches)\s+of"
    # "at the entrance to Bali Nyonga"
    r"|(?:entrance|gateway)\s+to)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    # "attacked an army position near Ishaqi, south of Samarra": near a name, a place it is.
    r"|\bnear\s+(?P<near>[A-Z][\w'’-]+)(?=[,.;]|\s+(?:in|on|at|and|south|north|east|west)\b)"
)

# "under the Orchha police station area", "Bhairamgarh police station limits": a police station is named after
# the town it stands in.
_POLICE_STATION_TOWN = re.compile(r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s+police\s+stations?\b)")


def _leader_named(mention: _Mention) -> bool:
    """Whether the mention is two or three name words after "led by", "headed by", "commanded by"."""
    span = mention.span
    root = span.root
    by = root.head
    return (
        2 <= len(span) <= 3
        and all(token.is_title and token.is_alpha for token in span)
        and _ORGANIZATION_HEAD_WORDS.isdisjoint(fold(mention.name).split())
        and root.dep_ == "pobj"
        and by.lower_ == "by"
        and by.head.lower_ in {"led", "headed", "commanded"}
        and mention.name not in ARMED_GROUP_NAMES
    )


def _names_an_area(mention: _Mention) -> bool:
    """ "Kajuru Local Government Area" is a district, not a government; "the Artibonite department" is a
    region, written with its area word in lower case (a "Police Department" is capitalised)."""
    words = mention.name.split()
    written_area = len(words) >= 2 and words[-1] in _LOWER_CASE_AREA_WORDS and words[-2][:1].isupper()
    return fold(mention.name).endswith(_AREA_NAME_ENDINGS) or written_area


def _only_a_place_stands_here(mention: _Mention) -> bool:
    """ "near Elwak", "on the outskirts of Abu Saida", "20 km west of Kotido": nothing but a place is written
    there, whatever the model read and however small the place."""
    doc, start = mention.span.doc, mention.span.start
    if start == 0 or not _ORGANIZATION_HEAD_WORDS.isdisjoint(fold(mention.name).split()):
        return False
    before = doc[start - 1].lower_
    if before == "near":
        return True
    if before == "to" and start > 1 and doc[start - 2].lower_ in {"entrance", "gateway"}:
        return True  # "at the entrance to Bali Nyonga"
    if before == "of" and start > 1:
        owner = doc[start - 2]
        # "Residents of Zawiya stormed …": people named by where they live.
        return owner.lower_ in plover.PLACE_ONLY_OWNERS or owner.lemma_.lower() in _DWELLER_NOUNS
    return False


def _names_a_sizeable_place(mention: _Mention, gazetteer: Gazetteer | None) -> bool:
    if gazetteer is None:
        return True
    found = gazetteer.lookup(mention.name)
    return bool(found) and (
        found[0].feature != "city" or (found[0].population or 0) >= _UNTAGGED_TOWN_POPULATION
    )


def _name_goes_on(mention: _Mention) -> bool:
    """ "Al-Harith Idriss …": a capitalised word right after the mention continues a person's name."""
    doc = mention.span.doc
    return mention.span.end < len(doc) and doc[mention.span.end].is_title


def _names_a_crossing(mention: _Mention) -> bool:
    """ "held talks at the Dostuk checkpoint": a name written before a crossing word is the crossing, not a body,
    unless it is a group that may man a checkpoint of its own ("an SDF checkpoint", "a Taliban checkpoint")."""
    if len(mention.span) > 3 or mention.name.isupper() or mention.name in ARMED_GROUP_NAMES:
        return False
    if not _ORGANIZATION_HEAD_WORDS.isdisjoint(fold(mention.name).split()) or is_movement_word(mention.name.split()[0]):
        return False
    return _followed_by_a_crossing_word(mention.span)


def _followed_by_a_crossing_word(span: Span) -> bool:
    following = tuple(token.lower_ for token in span.doc[span.end : span.end + 2])
    return following[:1] in _CROSSING_PHRASES or following in _CROSSING_PHRASES


def _vote_labels(mentions: list[_Mention]) -> None:
    votes: dict[str, Counter[str]] = {}
    for mention in mentions:
        votes.setdefault(mention.key, Counter())[mention.label] += 1
    preference = {"PERSON": 3, "ORG": 2, "GPE": 1}
    # "the Dawlah Islamiyah (DI)": a name spelled before its acronym is an organization wherever else the
    # model read it as a person.
    spelled = {
        mention.key for mention in mentions if mention.label == "ORG" and _spells_the_acronym_after(mention)
    }
    for mention in mentions:
        counts = votes[mention.key]
        if mention.label in _PLACE_LABELS and mention.key != fold(mention.name):
            # "the Datta Khel area", "Pakistan's North Waziristan district": written with its area word, the name
            # is a place here, however the model read it where it stands alone.
            continue
        if mention.key in spelled:
            mention.label = "ORG"
            continue
        if "ORG" in counts and re.fullmatch(r"[A-Z]+-?\d+", mention.name):
            # "M23", "G5": a letter-and-number code names a group, never a town, whatever the model read.
            mention.label = "ORG"
            continue
        mention.label = max(counts, key=lambda label: (counts[label], preference.get(label, 0)))


def _spells_the_acronym_after(mention: _Mention) -> bool:
    after = _ACRONYM_AFTER.match(document_text(mention.span.doc), mention.end)
    return after is not None and _initials(fold(mention.name)) == after.group(1).casefold()


def _located_by_the_next_place(mention: _Mention) -> bool:
    """ "in Mucojo, in Macomia district", "an attack on Kasuwan Magani in Kajuru Local Government Area": a name
    after a preposition that the text goes on to locate is a place."""
    doc, start, end = mention.span.doc, mention.span.start, mention.span.end
    if len(mention.span) > 2 or start == 0:
        return False
    before = doc[start - 1].lower_
    if before in {"in", "near", "at", "outside", "on"} and end + 2 < len(doc) and doc[end].lower_ == "in":
        area = doc[end + 2 : min(len(doc), end + 8)]
        if any(token.lower_ in _AREA_WORDS_AFTER_NAMES for token in area):
            return True
    if before not in {"in", "near", "at", "outside", "on"}:
        return False
    # "on Kangiwa, the headquarters of Arewa Local Government Area": what a town is the seat of is a place.
    seat = doc[end + 1 : end + 5] if end + 2 < len(doc) and doc[end].text == "," else None
    if seat is not None and len(seat) >= 3 and seat[0].lower_ == "the" and seat[1].lower_ in _SEAT_WORDS:
        return seat[2].lower_ == "of"
    if before == "on":
        return False
    if not (end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in {"in", "near"}):
        return False
    # "in Chétimari, in the southeastern Diffa region": past an article and lower-case describing words.
    following = end + 2
    while following < min(len(doc), end + 6) and doc[following].is_lower and doc[following].pos_ in {"DET", "ADJ"}:
        following += 1
    return following < len(doc) and (doc[following].ent_type_ in {"GPE", "LOC"} or doc[following].is_title)


def _is_mistaken_place(mention: _Mention, gazetteer: Gazetteer, surname_keys: set[str]) -> bool:
    """A name tagged as a person, organization or title that the gazetteer and its context say is a place."""
    if mention.label not in {"PERSON", "ORG", "WORK_OF_ART"} or len(mention.span) > 3:
        return False
    if mention.label == "ORG" and (mention.name.isupper() or mention.name in ARMED_GROUP_NAMES):
        return False  # "divisions in Hamas's ranks": a known group, whatever town shares a spelling with it
    key = person_key(mention.name)
    if mention.label == "PERSON" and key and key[-1] in surname_keys and len(key) == 1:
        return False
    doc = mention.span.doc
    after = doc[mention.span.end].lower_ if mention.span.end < len(doc) else ""
    if len(key) == 1 and (after in _SETTLEMENT_WORDS or mention.span[-1].lower_ in _SETTLEMENT_WORDS):
        return True
    if _located_by_the_next_place(mention):
        return True
    start = mention.span.start
    if (
        len(key) == 1
        and start > 1
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].lemma_.lower() in plover.RESIDENT_NOUNS
    ):
        return True  # "residents of Sevare": people live in a place
    found = gazetteer.lookup(mention.name)
    if not found:
        return _unknown_name_set_as_a_place(mention, key)
    if mention.label == "WORK_OF_ART":
        return True
    if found[0].feature == "country" and fold(found[0].name) == fold(mention.name):
        return True  # "Burkina Faso" read as a person is the country
    root = mention.span.root
    # "between Douentza and Boni": a later conjunct shares the first one's preposition.
    first = root
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    start = min(mention.span.start, first.left_edge.i if first is not root else mention.span.start)
    before = doc[start - 1].lower_ if start > 0 else ""
    residents = False
    if before == "of" and start > 1:
        before = doc[start - 2].lower_
        residents = doc[start - 2].lemma_.lower() in plover.RESIDENT_NOUNS  # "residents of Sevare"
        if before in _LOCATING_NOUNS:
            before = "near"  # "on the edge of Dinsoor", "east of Saraqib": said of a place
    placed = (
        before in _PLACE_PREPOSITIONS
        or before in _BEFORE_OF_PLACES
        or before in _PLACE_NOUNS
        or residents
        or after in _PLACE_SUFFIXES
        or (first.dep_ == "dobj" and first.head.lemma_ in _VERBS_OF_PLACES)
    )
    if mention.label == "PERSON" and len(key) >= 2:
        return placed
    if mention.label == "PERSON" and after in _SITE_WORDS:
        return True  # "the Batibo post": no person is written before a post or a market
    return placed or found[0].feature in _BROAD_FEATURES


def _unknown_name_set_as_a_place(mention: _Mention, key: tuple[str, ...]) -> bool:
    """ "troops had left Ulang …, in Ulang": a lone name the gazetteer does not know, set where only a place is set
    ("in", "at", "near", "outside") and never owned ("in Hamas's ranks"), is a village the model misread."""
    doc, start, end = mention.span.doc, mention.span.start, mention.span.end
    if len(key) != 1 or start == 0 or mention.name in ARMED_GROUP_NAMES or _CLOCK_TIME.fullmatch(mention.name):
        return False  # "at around 11:30pm": a time of day
    if mention.label == "ORG" and not _ORGANIZATION_HEAD_WORDS.isdisjoint(fold(mention.name).split()):
        return False
    if end < len(doc) and (doc[end].tag_ == "POS" or (doc[end].pos_ == "NOUN" and doc[end].is_lower)):
        return False  # "in Hamas's ranks", "in a WhatsApp message": the name qualifies something else
    # "ambushed a patrol on the road to Acahuato": where a road leads is a place.
    leads_to = start > 1 and doc[start - 1].lower_ == "to" and doc[start - 2].lemma_.lower() in _ROUTE_NOUNS
    return doc[start - 1].lower_ in _STRONG_PLACE_PREPOSITIONS or leads_to


# ---------------------------------------------------------------- grouping


def _cluster_people(mentions: list[_Mention]) -> list[_Cluster]:
    people = [mention for mention in mentions if mention.label == "PERSON" and person_key(mention.name)]
    # Full names first, so that a lone surname joins the person it abbreviates.
    people.sort(key=lambda mention: -len(person_key(mention.name)))
    clusters: list[_Cluster] = []
    for mention in people:
        key = person_key(mention.name)
        matching = [
            cluster
            for cluster in clusters
            if _same_person(key, cluster.keys, _has_patronymic(cluster))
            and not (len(key) >= 2 and _a_namesake(mention, cluster))
        ]
        cluster = _first_named(mention, matching) if len(key) == 1 else next(iter(matching), None)
        if cluster is None:
            cluster = _Cluster("person")
            clusters.append(cluster)
        cluster.keys.add(key)
        _join(cluster, mention)
    return clusters


def _first_named(mention: _Mention, clusters: list[_Cluster]) -> _Cluster | None:
    return _first_named_at(_reading_order(mention), clusters)


def _first_named_at(here: tuple[int, int], clusters: list[_Cluster]) -> _Cluster | None:
    """ "Captain Ibrahim Traoré … "…," Traoré said … his counterpart, Karamoko Jean-Marie Traoré": a lone surname
    two people share is the one the article named first (its main figure), not the one with the longest name."""
    if len(clusters) <= 1:
        return next(iter(clusters), None)
    before = [
        cluster for cluster in clusters if any(_reading_order(other) < here for other in cluster.mentions)
    ] or clusters
    return min(before, key=lambda cluster: min(_reading_order(other) for other in cluster.mentions))


def _a_namesake(mention: _Mention, cluster: _Cluster) -> bool:
    """ "Boko Haram founder Mohammed Yusuf … Police spokesman Mohammed Yusuf, who shares the name": another man
    of the same name, said so, or titled from another group in each of his full mentions."""
    text = document_text(mention.span.doc)
    if _NAMESAKE_CUE.match(text, mention.end):
        return True
    own = _group_before_title(mention)
    if own is None:
        return False
    others = {
        group
        for other in cluster.mentions
        if other.caption == mention.caption and len(person_key(other.name)) >= 2
        for group in [_group_before_title(other)]
        if group is not None
    }
    return bool(others) and own not in others


def _group_before_title(mention: _Mention) -> str | None:
    """ "Boko Haram founder Mohammed Yusuf" → "boko haram": the name a person's title ties him to, if any."""
    doc, start = mention.span.doc, mention.span.start
    if start < 2 or doc[start - 1].lower_ not in _TITLES | _LEADING_ROLE_WORDS:
        return None
    end = start - 1
    first = end
    while first > 0 and doc[first - 1].is_title and doc[first - 1].lower_ not in _TITLES:
        first -= 1
    return fold(doc[first:end].text) if first < end else None


def _untagged_names_beside_people(
    docs: list[tuple[Doc, int | None, str]], mentions: list[_Mention], gazetteer: Gazetteer | None
) -> list[_Mention]:
    """ "the delegation, which also included Zaher Jabarin and Ghazi Hamad": the model tags only the second name;
    an untagged name of two or three capitalised words coordinated with a person's is another person's."""
    taken = {(mention.caption, index) for mention in mentions for index in range(mention.start, mention.end)}
    added = []
    for mention in mentions:
        if mention.label != "PERSON":
            continue
        root = mention.span.root
        for other in (*root.conjuncts, *([root.head] if root.dep_ == "conj" else [])):
            words = [child for child in other.lefts if child.dep_ == "compound"] + [other]
            # "and Turkish Vice-President Cevdet Yılmaz": the name after the title the parser compounds with it.
            after_title = max(
                (index + 1 for index, word in enumerate(words[:-1]) if word.lower_.rstrip(".") in _TITLES or word.text == "-"),
                default=0,
            )
            span = other.doc[words[after_title].i : other.i + 1]
            if not 2 <= len(span) <= 3 or any((mention.caption, token.idx) in taken for token in span):
                continue
            if not all(token.pos_ == "PROPN" and token.is_title and token.lower_ not in _TITLES for token in span):
                continue
            if gazetteer is not None and gazetteer.lookup(span.text):
                continue  # "… and Khan Younis": a place
            found = _Mention(span.text, "PERSON", span, span.start_char, span.end_char, mention.caption)
            added.append(found)
            taken.update((mention.caption, token.idx) for token in span)
    return added


def _unrecognised_full_names(
    docs: list[tuple[Doc, int | None, str]], mentions: list[_Mention], people: list[_Cluster]
) -> list[_Mention]:
    """ "a telephone call from the President of the Republic of Türkiye, Recep Tayyip Erdoğan, …": the model tags
    only the later "Erdoğan"; the untagged full name before it, given names and surname, is the same person's."""
    surnames = {
        cluster.mentions[0].name: cluster
        for cluster in people
        if all(len(mention.name.split()) == 1 for mention in cluster.mentions) and len(cluster.mentions[0].name) > 2
    }
    taken = {(mention.caption, index) for mention in mentions for index in range(mention.start, mention.end)}
    added = []
    for doc, caption, _ in docs:
        for token in doc:
            cluster = surnames.get(token.text)
            if cluster is None or (caption, token.idx) in taken:
                continue
            start = token.i
            while start > 0 and (caption, doc[start - 1].idx) not in taken:
                if (
                    doc[start - 1].pos_ == "PROPN"
                    and doc[start - 1].is_title
                    and doc[start - 1].lower_.rstrip(".") not in _TITLES
                ):
                    start -= 1
                elif _joins_given_names(doc, start - 1):
                    start -= 2  # "Kassym-Jomart Tokayev": one given name, hyphenated
                else:
                    break
            if start == token.i or token.i - start > 4:
                continue
            span = doc[start : token.i + 1]
            mention = _Mention(span.text, "PERSON", span, span.start_char, span.end_char, caption)
            _join(cluster, mention)
            added.append(mention)
    return added


def _joins_given_names(doc: Doc, index: int) -> bool:
    """Whether the token at `index` is a hyphen inside one name ("Kassym-Jomart"), not a dash between words."""
    return (
        index > 0
        and doc[index].text == "-"
        and not doc[index].whitespace_
        and not doc[index - 1].whitespace_
        and doc[index - 1].pos_ == "PROPN"
        and doc[index - 1].is_title
    )


def _unrecognised_surnames(
    docs: list[tuple[Doc, int | None, str]], mentions: list[_Mention], people: list[_Cluster]
) -> list[_Mention]:
    """Surnames of people named in full, where the model did not tag them again ("Baddour spoke …")."""
    surnames: dict[str, list[_Cluster]] = {}
    for cluster in people:
        for mention in cluster.mentions:
            words = unglued(mention.name).split()  # "U.Khurelsukh … Khurelsukh said"
            if len(words) >= 2 and len(words[-1]) > 2:
                bearers = surnames.setdefault(words[-1], [])
                if cluster not in bearers:
                    bearers.append(cluster)
                # "Ahmed al-Sharaa … Sharaa told the broadcaster": the surname without its article.
                article = _ARABIC_ARTICLE.match(words[-1])
                if article is not None and len(words[-1]) - article.end() > 2:
                    bearers = surnames.setdefault(words[-1][article.end() :], [])
                    if cluster not in bearers:
                        bearers.append(cluster)
                # "Marko Đurić … Djuric said": the surname as outlets write it without its accents.
                for spelling in plain_spellings(words[-1]):
                    bearers = surnames.setdefault(spelling, [])
                    if cluster not in bearers:
                        bearers.append(cluster)
    if not surnames:
        return []
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(name) for name in sorted(surnames, key=len, reverse=True)) + r")\b"
    )
    taken = {(mention.caption, index) for mention in mentions for index in range(mention.start, mention.end)}
    added = []
    for doc, caption, text in docs:
        for match in pattern.finditer(text):
            if (caption, match.start()) in taken or (caption, match.end() - 1) in taken:
                continue
            span = doc.char_span(match.start(), match.end())
            if span is None:
                # "President of Mongolia U.Khurelsukh": the surname inside one token with its initial.
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is None or len(span) != 1 or not GLUED_INITIAL.fullmatch(span.text):
                    continue
                if (caption, span.start_char) in taken:
                    continue
            mention = _Mention(span.text, "PERSON", span, span.start_char, span.end_char, caption)
            bearer = _first_named_at(_reading_order(mention), surnames[match.group()])
            if bearer is not None:
                _join(bearer, mention)
            added.append(mention)
    return added


def _has_patronymic(cluster: _Cluster) -> bool:
    """ "Tamim bin Hamad Al Thani": the name carries a father's name, so its tail may be another man's."""
    return any(_PATRONYMIC.search(mention.name) for mention in cluster.mentions)


def _same_person(key: tuple[str, ...], known: set[tuple[str, ...]], patronymic: bool = False) -> bool:
    for other in known:
        if len(key) >= 2 and len(other) >= 2:
            if key[-1] == other[-1] and key[0] == other[0]:
                return True
            shorter, longer = sorted((key, other), key=len)
            if not patronymic and len(shorter) < len(longer) and longer[-len(shorter) :] == shorter:
                return True  # "Garcia Harfuch" of "Omar Garcia Harfuch", "López Obrador" of "Andrés Manuel López Obrador"
        elif len(key) == 1 and key[0] in other:
            return True
    return False


def _cluster_organizations(mentions: list[_Mention]) -> list[_Cluster]:
    organizations = [mention for mention in mentions if mention.label == "ORG"]
    by_name: dict[str, _Cluster] = {}
    clusters: list[_Cluster] = []
    # Longer names first: an acronym or a demonym-prefixed form then finds the name it belongs to.
    for mention in sorted(
        organizations, key=lambda mention: (bool(_without_demonym(fold(mention.name))), -len(mention.name))
    ):
        folded = fold(mention.name)
        cluster = (
            by_name.get(folded)
            or by_name.get(_without_demonym(folded))
            or by_name.get(_singular(folded))
            or by_name.get(folded + "s")
            or _by_acronym(mention, by_name)
            or by_name.get(_initials(folded))
            or by_name.get(_force_stem(folded) or folded)
        )
        if cluster is None:
            cluster = _Cluster("organization")
            clusters.append(cluster)
        by_name.setdefault(folded, cluster)
        if _force_stem(folded):
            by_name.setdefault(_force_stem(folded), cluster)
        _join(cluster, mention)
    for mention in organizations:
        expansion = _expansion_before(mention, organizations)
        if expansion is not None and expansion.cluster is not mention.cluster and mention.cluster is not None:
            _merge(expansion.cluster, mention.cluster, clusters)
    return clusters


def _force_stem(folded: str) -> str:
    """ "rapid support militia" → "rapid support": a force called "Forces" by some and "militia" by others."""
    *stem, last = folded.split()
    return " ".join(stem) if len(stem) >= 2 and last in _FORCE_WORDS else ""


def _singular(folded: str) -> str:
    """ "houthis" → "houthi": a group is named in the singular and the plural."""
    return folded[:-1] if folded.endswith("s") and not folded.endswith("ss") else ""


def _without_demonym(folded: str) -> str:
    """ "afghan taliban" → "taliban": a nationality adjective in front does not make a new group."""
    first, _, rest = folded.partition(" ")
    return rest if rest and first.endswith(DEMONYM_ENDINGS) else ""


def _by_acronym(mention: _Mention, by_name: dict[str, _Cluster]) -> _Cluster | None:
    if not (mention.name.isupper() and 2 <= len(mention.name) <= 10):
        return None
    for folded, cluster in by_name.items():
        if _initials(folded) == mention.name.casefold():
            return cluster
    return None


def _initials(folded: str) -> str:
    """ "islamic state west africa province" → "iswap"; a one-word name has none."""
    words = [word for word in folded.split() if word not in _CONNECTOR_WORDS]
    return "".join(word[0] for word in words) if len(words) >= 2 else ""


def _expansion_before(mention: _Mention, organizations: list[_Mention]) -> _Mention | None:
    """ "Middle East Media Research Institute (MEMRI)": the name a parenthesised acronym abbreviates."""
    doc = mention.span.doc
    if mention.span.start < 2 or doc[mention.span.start - 1].text != "(":
        return None
    before_end = doc[mention.span.start - 2].idx + len(doc[mention.span.start - 2].text)
    return next(
        (
            other
            for other in organizations
            if other.caption == mention.caption and other.end == before_end and other.span.doc is doc
        ),
        None,
    )


def _merge_known_as(
    docs: list[tuple[Doc, int | None, str]], mentions: list[_Mention], clusters: list[_Cluster]
) -> None:
    """ "Mohamed Hamdan Dagalo, also known as Hemedti": the second name is an alias of the first."""
    text_of = {caption: text for _, caption, text in docs}
    ends = {(mention.caption, mention.end): mention for mention in mentions}
    for mention in mentions:
        text = text_of[mention.caption]
        named = _named_before(mention, text, ends)
        if (
            named is None
            or named.cluster is None
            or mention.cluster is None
            or named.cluster is mention.cluster
        ):
            continue
        if named.cluster.type in {"person", "organization"}:
            _merge(named.cluster, mention.cluster, clusters)


def _named_before(
    mention: _Mention, text: str, ends: dict[tuple[int | None, int], _Mention]
) -> _Mention | None:
    """The mention whose other name this one is: "Dagalo, also known as Hemedti", "state media refer to the Oromo
    Liberation Army (OLA) as "Shene""."""
    phrase = _KNOWN_AS.search(text, max(0, mention.start - 40), mention.start)
    if phrase is not None:
        return ends.get((mention.caption, phrase.start()))
    phrase = _REFERRED_TO_AS.search(text, max(0, mention.start - 12), mention.start)
    named = ends.get((mention.caption, phrase.start())) if phrase is not None else None
    if named is None or not _REFERRING_TO.search(text, max(0, named.start - 30), named.start):
        return None
    return named


def _cluster_places(mentions: list[_Mention], gazetteer: Gazetteer | None = None) -> list[_Cluster]:
    places = [mention for mention in mentions if _TYPE_OF_LABEL[mention.label] == "place"]
    bare = {mention.key for mention in places if fold(mention.name) == mention.key}
    with_area = {mention.key for mention in places if fold(mention.name) != mention.key}
    # "Russian bombs hit Zaporizhzhia … elsewhere in the Zaporizhzhia region": where a big city gives its name to
    # the area around it, the bare name is the city and the area is another place.
    city_and_area = {
        key for key in bare & with_area if gazetteer is not None and _names_a_big_city(key, gazetteer)
    }
    by_name: dict[str, _Cluster] = {}
    for mention in places:
        key = fold(mention.name) if mention.key in city_and_area else mention.key
        cluster = by_name.setdefault(key, _Cluster("place", area_named_after_city=key != mention.key))
        _join(cluster, mention)
    return list(by_name.values())


def _names_a_big_city(name: str, gazetteer: Gazetteer) -> bool:
    entries = gazetteer.lookup(name)
    return bool(entries) and entries[0].feature == "city" and (entries[0].population or 0) >= _AREA_NAMING_CITY_POPULATION


def _cluster_generic_actors(
    docs: list[tuple[Doc, int | None, str]], mentions: list[_Mention]
) -> list[_Cluster]:
    """Unnamed actors; one that carries a group's name ("LLF fighters") is a mention of that group."""
    named_at = {
        (id(mention.span.doc), index): mention
        for mention in mentions
        if mention.label in {"ORG", "PERSON"}
        for index in _token_range(mention)
    }
    by_name: dict[str, _Cluster] = {}
    # "Suspected Boko Haram fighters" where the model tagged "Boko Haram" only elsewhere: the group's fighters.
    organizations = {
        fold(mention.name): mention.cluster
        for mention in mentions
        if mention.label == "ORG" and mention.cluster is not None and " " in mention.name
    }
    for doc, caption, text in docs:
        # Named mentions of this text by start, so that each actor phrase looks only at those near it.
        named = sorted((m.start, m.end) for m in mentions if m.caption == caption and m.span.doc is doc)
        named_starts = [start for start, _ in named]
        for match in _GENERIC_ACTOR.finditer(text):
            span = _actor_span(doc.char_span(match.start(), match.end(), alignment_mode="contract"))
            if span is None or _inside_named(span, named, named_starts):
                continue
            if match.group("officials") and not (span[0].ent_type_ == "NORP" or span[0].lower_ == "federal"):
                continue  # "Senior officials", "Two officials": no state named
            owners = [named_at[(id(doc), token.i)] for token in span if (id(doc), token.i) in named_at]
            words = _actor_words(
                span, {(id(doc), token.i) for token in span if (id(doc), token.i) in named_at}
            )
            if not words:
                continue
            owner_cluster = owners[0].cluster if owners and owners[0].label == "ORG" else None
            if owner_cluster is None and not owners:
                owner_cluster = organizations.get(
                    fold(" ".join(t.text for t in span if t.is_title and t.lower_ not in _ACTOR_COMMON_WORDS))
                )
            if owner_cluster is not None:
                mention = _Mention(
                    normalize_surface(span.text), "ACTOR", span, span.start_char, span.end_char, caption
                )
                _join(owner_cluster, mention)
                mentions.append(mention)
                continue
            # "Islamic State-linked gunmen": words joined by a hyphen stay joined.
            name = re.sub(r"\s*-\s*", "-", " ".join(words))
            type_: EntityType = "other" if span[-1].lower_ in _UNORGANIZED_HEADS else "organization"
            # "Indigenous guard" and "Indigenous guards" are one body of people; "suspected Maoists" and "armed
            # Maoists" one movement.
            key = _singular(fold(name)) or fold(name)
            if key.split()[-1] in _INSURGENT_SINGULARS:
                key = key.split()[-1]
            cluster = by_name.setdefault(key, _Cluster(type_, generic=True))
            mention = _Mention(name, "ACTOR", span, span.start_char, span.end_char, caption)
            _join(cluster, mention)
            mentions.append(mention)
    return list(by_name.values())


def _actor_span(span: Span | None) -> Span | None:
    """The actor phrase without what the pattern swallowed in front ("On Sunday", "two", "the")."""
    if span is None:
        return None
    start = span.start
    while start < span.end - 1 and _is_actor_filler(span.doc[start]):
        start += 1
    owner_end = next((token.i + 1 for token in span.doc[start : span.end] if token.tag_ == "POS"), None)
    if owner_end is not None and any(
        token.is_title and token.lower_ not in _ACTOR_COMMON_WORDS for token in span.doc[owner_end : span.end]
    ):
        start = (
            owner_end  # "Yemen's Houthi movement" is the Houthi movement; "Myanmar's military" stays whole
        )
    return span.doc[start : span.end]


def _is_actor_filler(token: Token) -> bool:
    if token.lower_ in _ACTOR_MODIFIERS:
        return False  # "Suspected insurgents detonated …": read as a verb at the start of a sentence
    return (
        token.pos_ in {"DET", "NUM", "PRON"}
        or token.ent_type_ in _NOT_ACTOR_WORDS
        or (token.text[0].isupper() and token.pos_ in {"VERB", "ADP", "ADV", "SCONJ", "CCONJ"})
    )


def _settle_generic_actors(clusters: list[_Cluster]) -> list[_Cluster]:
    """Fold unnamed actors into the named ones they refer to, and drop the ones too vague to use.

    "the army" after "the Malian army" is that army; "Houthi fighters" are the Houthis; "soldiers"
    alone, with no army named, is left out rather than made an actor of its own.
    """
    kept = list(clusters)
    for cluster in clusters:
        if not cluster.generic:
            continue
        words = fold(cluster.mentions[0].name).split()
        others = [other for other in kept if other is not cluster and other.type in {"organization", "other"}]
        owners = _named_owners(cluster, others)
        if len(owners) == 1:
            _merge(owners[0], cluster, kept)  # "Gang members from the Viv Ansanm coalition" are Viv Ansanm
            continue
        if words[-1] in _INSURGENT_NAMES:
            # "Suspected Maoists … the banned Communist Party of India (Maoist)": the cadres of the party named.
            stem = words[-1].removesuffix("s")
            parties = [
                other
                for other in others
                if not other.generic and any(f"({stem})" in fold(mention.name) for mention in other.mentions)
            ]
            if len(parties) == 1:
                _merge(parties[0], cluster, kept)
                continue
        if len(words) == 1:
            head = words[0]
            # "its fighters" written before any "X fighters" points at another group, not at X.
            first = min(_reading_order(mention) for mention in cluster.mentions)
            same_head = [
                other
                for other in others
                if _last_word(other) in {head, head + "s", head.rstrip("s")}
                and min(_reading_order(mention) for mention in other.mentions) < first
            ]
            if len(same_head) == 1:
                _merge(same_head[0], cluster, kept)
            elif (
                head not in _ACTORS_ALONE | _PROTESTING_TRADES
                and not (head in _UNNAMED_ALONE and not _ever_definite(cluster))
                and not (head in _ARMED_ALONE | _STATE_FORCES_ALONE and _strikes_first(cluster))
                # "attacked an army post": the army of the country the report is about, struck
                and not (head in _ARMY_ALONE and _site_struck(cluster))
                # "The army said in a statement …": the army known to the reader is the state's
                and not (head in _ARMY_ALONE and _ever_definite(cluster))
            ):
                kept.remove(cluster)
            continue
        if words[-1] in _STATE_HEADS:
            continue  # "Colombia's government" is the state's, not the "Ejército Gaitanista de Colombia"'s
        if words[-1] in _GROUPS_BY_WHAT_THEY_DO and _known_but_unnamed_in_a_caption(cluster):
            # A caption's "Haniya, leader of the Palestinian militant group": a group the reader knows by name from
            # the story, not a new one.
            kept.remove(cluster)
            continue
        if words[-1] in _GROUPS_BY_WHAT_THEY_DO and not any(
            _attacks(mention) or _members_of(mention) for mention in cluster.mentions
        ):
            kept.remove(cluster)  # "armed groups operate in the area": a backdrop, not an actor
            continue

        named_group = [
            other
            for other in others
            if not other.generic and {_last_word(other), _last_word(other).rstrip("s")} & {words[0]}
        ]
        if len(named_group) == 1:
            _merge(named_group[0], cluster, kept)
    return kept


def _named_owners(cluster: _Cluster, others: list[_Cluster]) -> list[_Cluster]:
    """The named group whose members an unnamed actor names where it is first named ("Gang members from the
    Viv Ansanm coalition"); "junta troops" fighting beside a militia stay their own."""
    first = min(cluster.mentions, key=_reading_order)
    root = first.span.root
    if root.dep_ != "compound" or root.head.lower_ not in _MEMBER_NOUNS:
        return []
    owned = {
        token.i
        for prep in root.head.children
        if prep.dep_ == "prep" and prep.lower_ in {"from", "of"}
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for token in pobj.subtree
    }
    if not owned:
        return []
    return [
        other
        for other in others
        if not other.generic
        and other.type == "organization"
        and any(
            mention.caption == first.caption
            and mention.span.doc is first.span.doc
            and owned.intersection(range(mention.span.start, mention.span.end))
            for mention in other.mentions
        )
    ]


def _strikes_first(cluster: _Cluster) -> bool:
    """ "when militants attacked a police checkpost": unnamed fighters brought in as the doers of an attack are the
    actor a coder codes, though "militants" alone says little."""
    first = min(cluster.mentions, key=_reading_order)
    root = first.span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _BANDS_OF_DOERS:
        root = root.head.head  # "a group of about 20 insurgents raided Diaca": the band is the subject
    return (
        root.dep_ == "nsubj"
        and _attacking(root.head)
        and not (first.span.start > 0 and first.span.doc[first.span.start - 1].lower_ in {"the", "its", "their"})
    )


def _site_struck(cluster: _Cluster) -> bool:
    """ "Boko Haram fighters attacked an army post near Liwa", "ambushed a joint patrol of the police and the army":
    the army whose site or patrol is attacked is the target."""
    for mention in cluster.mentions:
        root = mention.span.root
        while root.dep_ == "conj" and root.head is not root and root.head.pos_ != "VERB":
            root = root.head  # "a patrol of the police and the army"
        if root.dep_ == "conj" and root.head.pos_ == "VERB":
            # The parser may hang a second object on the verb itself ("ambushed a patrol … and the army").
            verb = root.head
            if verb.lemma_.lower() in _ATTACKING_VERBS and any(
                child.dep_ == "dobj" and child.lemma_.lower() in plover.MILITARY_SITES for child in verb.children
            ):
                return True
            continue
        if root.dep_ in {"compound", "amod"}:
            site = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of":
            site = root.head.head
        else:
            continue
        struck = site
        while struck.dep_ == "conj" and struck.head is not struck:
            struck = struck.head  # "attacked a post of the VDP and an army detachment"
        verb = struck if struck.pos_ == "VERB" else struck.head if struck.dep_ == "dobj" else None
        if (
            site.lemma_.lower() in plover.MILITARY_SITES
            and verb is not None
            and verb.lemma_.lower() in _ATTACKING_VERBS
        ):
            return True
    return False


# "a terrorist group", "an armed cell": named by what they do, an actor only where they are told doing it.
_GROUPS_BY_WHAT_THEY_DO = word_set("group groups cell cells")
# What a report calls those who struck once it has told who they were: "The attackers fled towards the desert".
_DOERS_CALLED_AGAIN = word_set("attackers assailants raiders")


def _attackers_are_the_doers(clusters: list[_Cluster]) -> list[_Cluster]:
    """ "Gunmen on motorcycles attacked a checkpoint … The attackers, thought to be six to eight men, opened fire":
    the attackers are the doers last told attacking, not an actor of their own."""
    kept = list(clusters)
    for cluster in clusters:
        if not cluster.generic or fold(cluster.mentions[0].name) not in _DOERS_CALLED_AGAIN:
            continue
        first = min(cluster.mentions, key=_reading_order)
        doers = [
            (_reading_order(mention), other)
            for other in kept
            if other is not cluster and other.type in {"organization", "other"}
            for mention in other.mentions
            if mention.caption == first.caption
            and _reading_order(mention) < _reading_order(first)
            and _attacks(mention)
        ]
        if doers:
            _merge(max(doers, key=lambda doer: doer[0])[1], cluster, kept)
    return kept


def _attacks(mention: _Mention) -> bool:
    """Whether the mention is the doer of an attacking verb: its subject, or the agent of its passive."""
    root = mention.span.root
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent":
        return _attacking(root.head.head)
    verb = root.head
    while root.dep_ == "conj" and verb.pos_ in {"NOUN", "PROPN"}:
        root, verb = verb, verb.head  # "Gunmen and bandits attacked …"
    return root.dep_ == "nsubj" and _attacking(verb)


def _members_of(mention: _Mention) -> bool:
    """ "three suspected members of an armed group were killed", "an operation against an outlaw group": a side,
    told by its members or as the one fought."""
    root = mention.span.root
    return root.dep_ == "pobj" and (
        root.head.lower_ == "against"
        or root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in {"member", "fighter", "militant", "gunman", "leader", "commander"}
    )


def _attacking(verb: Token) -> bool:
    """ "attacked", "ambushed", "opened fire", "set off (a bomb)": a verb of an armed deed."""
    lemma = verb.lemma_.lower()
    return (
        lemma in _ATTACKING_VERBS
        or (lemma == "open" and any(child.dep_ == "dobj" and child.lower_ == "fire" for child in verb.children))
        # "when Maoists set off an improvised explosive device under their vehicle"
        or (lemma == "set" and any(child.dep_ == "prt" and child.lower_ == "off" for child in verb.children))
    )


def _known_but_unnamed_in_a_caption(cluster: _Cluster) -> bool:
    """Whether the cluster is told only in captions, first as one already known ("the Palestinian militant
    group")."""
    if any(mention.caption is None for mention in cluster.mentions):
        return False
    first = min(cluster.mentions, key=_reading_order)
    start = first.span.start
    while start > 0 and first.span.doc[start - 1].pos_ in {"ADJ", "PROPN"} and first.span.doc[start - 1].is_title:
        start -= 1  # "the Palestinian militant group": past the nationality
    return start > 0 and first.span.doc[start - 1].lower_ in {"the", "this", "that", "its"}


def _ever_definite(cluster: _Cluster) -> bool:
    """Whether a mention of the cluster is written as one already known ("the gang", "this militia")."""
    return any(
        mention.span.start > 0
        and mention.span.doc[mention.span.start - 1].lower_
        in {"the", "this", "that", "these", "those", "its"}
        for mention in cluster.mentions
    )


def _name_state_forces(clusters: list[_Cluster], gazetteer: Gazetteer) -> list[_Cluster]:
    """Give a state's forces the name coders use ("regime forces" → "Military Forces of Syria").

    The state is the one a national adjective names ("Russian forces"), else, for unqualified or
    government forces ("regime soldiers", "troops"), the country most of the article's places lie in.
    Descriptions that come to the same name are one actor.
    """
    countries: Counter[str] = Counter()
    looked_up = []
    for cluster in clusters:
        if cluster.type != "place":
            continue
        # "Barangay Kalbugan … Kalbugan": any of its names the gazetteer knows.
        found = next((found for mention in cluster.mentions if (found := gazetteer.lookup(mention.name))), None)
        if found:
            looked_up.append((cluster, found))
    # "in Kani, Sagaing Region, Myanmar": a town the gazetteer knows only elsewhere (Kani, Japan) does not outvote
    # the countries and regions the article names.
    named = {found[0].country_code for _, found in looked_up if found[0].feature in {"country", "region"}}
    for cluster, found in looked_up:
        code = found[0].country_code
        if named and code not in named:
            code = next((place.country_code for place in found if place.country_code in named), None)
        if code:
            countries[code] += len(cluster.mentions)
    ranked = countries.most_common(2)
    main = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    kept, by_canonical = list(clusters), {}
    bare_armies: list[_Cluster] = []
    # "the National Police … three police officers": the one police force the article names is the police.
    police_forces = [
        cluster
        for cluster in clusters
        if cluster.type == "organization"
        and not cluster.generic
        and "police" in fold(cluster.mentions[0].name).split()[1:]
    ]
    # "the National Police" rather than "the Nariño police command" it oversees.
    national = [cluster for cluster in police_forces if "national" in fold(cluster.mentions[0].name).split()]
    police_forces = national if len(national) == 1 else police_forces
    # A state's army named in full first, so that a description of it ("the Congolese army") can join it.
    for cluster in sorted(clusters, key=lambda cluster: cluster.generic):
        if cluster.type != "organization":
            continue
        if (
            cluster.generic
            and len(police_forces) == 1
            and {fold(mention.name) for mention in cluster.mentions} <= {"police", "the police", "policemen"}
        ):
            _merge(police_forces[0], cluster, kept)
            continue
        if not cluster.generic:
            name = cluster.mentions[0].name
            code = _country_of_national_force(name, gazetteer)
            code = _country_the_article_names(code, name.split()[0], countries, gazetteer)
            country = gazetteer.country(code) if code else None
            if country is not None:
                cluster.canonical = f"Military Forces of {country.name}"
                if cluster.canonical in by_canonical:
                    # "the Armed Forces of the Democratic Republic of the Congo (FARDC)" and "the Congolese army"
                    _merge(by_canonical[cluster.canonical], cluster, kept)
                else:
                    by_canonical[cluster.canonical] = cluster
            continue
        *modifiers, head = cluster.mentions[0].name.split()
        if head.casefold() not in _STATE_FORCE_HEADS:
            continue
        named = [
            _country_the_article_names(gazetteer.country_of_nationality(word), word, countries, gazetteer)
            for word in modifiers
            if word[0].isupper()
        ]
        unqualified = all(word.casefold() in _STATE_MODIFIERS for word in modifiers)
        if not modifiers and head.casefold() in _ARMY_ALONE:
            bare_armies.append(cluster)  # named once every army the article qualifies is known
            continue
        code = next((code for code in named if code), None) or (main if unqualified else None)
        country = gazetteer.country(code) if code else None
        if country is None:
            stems = {fold(word)[:_NATIONALITY_STEM] for word in modifiers if word[0].isupper()}
            # "the Israeli occupation forces … occupation soldiers": the army named once with the same description.
            described = {word for word in modifiers if word.islower()} - _STATE_MODIFIERS
            armies = [
                name
                for name in by_canonical
                if name.startswith("Military") and head.casefold() != "police"
                and (
                    any(stem and stem in fold(name) for stem in stems)
                    or (
                        described
                        and any(described <= set(fold(mention.name).split()) for mention in by_canonical[name].mentions)
                    )
                )
            ]
            if len(armies) == 1:
                cluster.canonical = armies[0]  # "the Congolese army" beside the Armed Forces of the DRC
                _merge(by_canonical[armies[0]], cluster, kept)
            continue
        police = "police" in {word.casefold() for word in (*modifiers, head)}
        _name_forces(cluster, f"{'Police' if police else 'Military'} Forces of {country.name}", by_canonical, kept)
    # "the SSPDF … attacked army positions": "the army" is the army of the country the article is about where the
    # article names that army, else the one state army it names of a country its places lie in ("French troops
    # left in 2023" names no such army), else the main country's.
    placed = {country.name for code in countries if (country := gazetteer.country(code)) is not None}
    armies_here = [
        name
        for name in by_canonical
        if name.startswith("Military Forces of ") and name.removeprefix("Military Forces of ") in placed
    ]
    main_country = gazetteer.country(main) if main else None
    main_army = f"Military Forces of {main_country.name}" if main_country is not None else None
    # An army the article names by its own name ("the SSPDF"), not by a nationality ("French troops").
    named_armies = [
        name for name, cluster in by_canonical.items() if name.startswith("Military Forces of ") and not cluster.generic
    ]
    for cluster in bare_armies:
        if main_army in by_canonical:
            _name_forces(cluster, main_army, by_canonical, kept)
        elif len(armies_here) == 1:
            _name_forces(cluster, armies_here[0], by_canonical, kept)
        elif len(named_armies) == 1:
            _name_forces(cluster, named_armies[0], by_canonical, kept)
        elif main_army is not None:
            _name_forces(cluster, main_army, by_canonical, kept)
    return kept


def _name_forces(cluster: _Cluster, canonical: str, by_canonical: dict[str, _Cluster], kept: list[_Cluster]) -> None:
    cluster.canonical = canonical
    if canonical in by_canonical:
        _merge(by_canonical[canonical], cluster, kept)
    else:
        by_canonical[canonical] = cluster


def _country_the_article_names(
    code: str | None, nationality: str, countries: Counter[str], gazetteer: Gazetteer
) -> str | None:
    """ "Congolese" is both Congos: where the article names only one country whose name holds the word's stem
    (the Democratic Republic of the Congo), and not the one first read, it means that one."""
    if code is None or code in countries:
        return code
    stem = fold(nationality)[:_NATIONALITY_STEM]
    named = [
        other
        for other in countries
        if (country := gazetteer.country(other)) is not None and stem in fold(country.name)
    ]
    return named[0] if len(named) == 1 else code


def _country_of_national_force(name: str, gazetteer: Gazetteer) -> str | None:
    """ "Philippine Army", "Somali National Army", "Sudanese Armed Forces", "South Sudan People's Defence
    Forces", "Armed Forces of the Democratic Republic of the Congo": a state's army by its own name. A
    "Liberation Army" or "Resistance Army" is nobody's state."""
    if name in _NATIONAL_FORCE_ACRONYMS:
        return _NATIONAL_FORCE_ACRONYMS[name]
    match = next((found for found in _NATIONAL_FORCE.finditer(name) if found.end() == len(name)), None)
    if match is None or _REBEL_NAME_WORDS & set(fold(name).split()):
        return None
    owner = match.group("before") or match.group("after") or ""
    owner = re.sub(r"\s+(?:People|National|Royal|Federal)(?:['’]s)?$", "", owner.strip())
    found = gazetteer.lookup(owner) if owner else ()
    if found and found[0].feature == "country":
        return found[0].country_code
    return gazetteer.country_of_nationality(owner) if owner else None


def _last_word(cluster: _Cluster) -> str:
    longest = max((mention.name for mention in cluster.mentions), key=len)
    return fold(longest).rpartition(" ")[2]


def _inside_named(span: Span, named: list[tuple[int, int]], named_starts: list[int]) -> bool:
    """An actor phrase that a named mention covers ("Syrian Democratic Forces") is that name.

    `named` holds the text's named mentions as (start, end), sorted; `named_starts` their starts.
    """
    end = span[-1].idx + len(span[-1])
    position = bisect_right(named_starts, span.start_char)
    return any(named[index][1] >= end for index in range(max(0, position - _COVER_LOOKBACK), position))


# How many named mentions starting before an actor phrase may cover it: names overlap little.
_COVER_LOOKBACK = 8


def _actor_words(span: Span, named_tokens: set[tuple[int, int]]) -> list[str]:
    """The actor's name: its head and modifiers, minus named organizations, which become affiliations."""
    doc_id = id(span.doc)
    words = []
    for token in span:
        if (doc_id, token.i) in named_tokens or _is_actor_filler(token) or token.tag_ == "POS":
            continue  # "Myanmar's military" is the Myanmar military
        hyphenated = (
            token.i + 1 < len(span.doc) and span.doc[token.i + 1].text == "-" and not token.whitespace_
        )
        common = token.lower_ in _ACTOR_COMMON_WORDS and not hyphenated
        words.append(token.lower_ if common or token.is_lower else token.text)
    head = span[-1].lower_
    if head == "delegation" and len(words) <= 1:
        return []
    return words


def _join(cluster: _Cluster, mention: _Mention) -> None:
    cluster.mentions.append(mention)
    mention.cluster = cluster


def _merge(into: _Cluster, other: _Cluster, clusters: list[_Cluster]) -> None:
    for mention in other.mentions:
        _join(into, mention)
    into.keys |= other.keys
    into.generic = into.generic and other.generic
    if other in clusters:
        clusters.remove(other)


# ---------------------------------------------------------------- roles and affiliations


def _states(clusters: list[_Cluster], gazetteer: Gazetteer | None) -> dict[str, _Cluster]:
    """The article's countries by country code: the states its people and forces may serve."""
    states: dict[str, _Cluster] = {}
    if gazetteer is None:
        return states
    for cluster in clusters:
        if cluster.type != "place" or cluster.generic:
            continue
        found = gazetteer.lookup(cluster.mentions[0].name)
        if found and found[0].feature == "country" and found[0].country_code:
            states.setdefault(found[0].country_code, cluster)
    return states


def _attach_roles_and_affiliations(
    mentions: list[_Mention], states: dict[str, _Cluster] | None = None, gazetteer: Gazetteer | None = None
) -> None:
    # Unnamed actors span named ones ("Hamas security forces"); the named mention owns its tokens.
    at_token = {
        (id(mention.span.doc), index): mention
        for mention in mentions
        if mention.label != "ACTOR"
        for index in _token_range(mention)
    }
    serving = _StateReader(states or {}, at_token, gazetteer)
    for mention in mentions:
        cluster = mention.cluster
        if cluster is None or cluster.type == "place":
            continue
        if cluster.generic:
            around = mention.span.doc[max(mention.span.start - 1, 0) : mention.span.end]
            _affiliate(cluster, _organizations_in(around, at_token))
            _affiliate(cluster, serving.states_in(around))
            continue
        for role_tokens in _role_phrases(mention):
            if any(token.ent_type_ in _NOT_ACTOR_WORDS for token in role_tokens) or not _describes(
                role_tokens
            ):
                continue  # "Jilani, the same day, …": a misparsed date is no description
            role = _role(role_tokens)
            if role.text not in {known.text for known in cluster.roles}:
                cluster.roles.append(role)
            _affiliate(cluster, _organizations_in(role_tokens, at_token))
            _affiliate(cluster, _possessor_before(role_tokens, at_token))
            _affiliate(cluster, _group_referred_back(role_tokens, mentions))
            _affiliate(cluster, serving.states_in(role_tokens))
            _affiliate(cluster, serving.state_owning(role_tokens))
        _affiliate(cluster, _possessor_before(mention.span, at_token))
        _affiliate(cluster, serving.state_owning(mention.span))
        _affiliate(cluster, _group_of_coordinated_members(mention.span.root, at_token))
        _affiliate(cluster, _group_led_or_including(mention.span.root, at_token))


class _StateReader:
    """The state a title or a force serves, where the article names that state: "Ecuadorian Foreign Minister
    Gabriela Sommerfeld", "Peru's minister, Elmer Schialer", "the foreign minister of Ecuador", "Nigerian troops"."""

    def __init__(
        self,
        states: dict[str, _Cluster],
        at_token: dict[tuple[int, int], _Mention],
        gazetteer: Gazetteer | None,
    ) -> None:
        self.states = states
        self.at_token = at_token
        self.gazetteer = gazetteer
        self._by_id = {id(cluster) for cluster in states.values()}

    def states_in(self, tokens: Span) -> list[_Cluster]:
        if not self.states:
            return []
        found: list[_Cluster] = []
        head = tokens.root
        for token in tokens:
            # "Ecuadorian Foreign Minister", "the foreign minister of Ecuador": the title's own state, not the one a
            # word deeper in it names ("leader of the Palestinian militant group").
            owner = token.head.head if token.head.lower_ == "of" else token.head
            if token.i != head.i and owner.i != head.i and token.head.i not in {t.i for t in head.lefts}:
                continue
            mention = self.at_token.get((id(tokens.doc), token.i))
            if mention is not None and id(mention.cluster) in self._by_id:
                found.append(mention.cluster)  # type: ignore[arg-type]
            elif mention is None and token.ent_type_ == "NORP" and token.pos_ in {"ADJ", "PROPN"}:
                code = self.gazetteer.country_of_nationality(token.text) if self.gazetteer else None
                state = self.states.get(code or "")
                if state is not None:
                    found.append(state)
        return found

    def state_owning(self, tokens: Span) -> list[_Cluster]:
        """ "Peru's minister": the state written as the owner just before."""
        doc, index = tokens.doc, tokens.start - 1
        if index < 1 or doc[index].tag_ != "POS":
            return []
        mention = self.at_token.get((id(doc), index - 1))
        return [mention.cluster] if mention is not None and id(mention.cluster) in self._by_id else []  # type: ignore[list-item]


def _token_range(mention: _Mention) -> range:
    return range(mention.span.start, mention.span.end)


def _role_phrases(mention: _Mention) -> Iterable[Span]:
    span, root = mention.span, mention.span.root
    doc = span.doc
    for child in root.children:
        if child.dep_ == "appos" and not (span.start <= child.i < span.end) and child.pos_ == "NOUN":
            phrase = _role_span(child)
            if phrase is not None:
                yield phrase
    # "Middle East Media Research Institute (MEMRI)": a name in apposition to a name is no title.
    if (
        root.dep_ == "appos"
        and root.head.pos_ in {"NOUN", "PROPN"}
        and root.head.i < span.start
        and not root.head.ent_type_
    ):
        phrase = _title_before(root.head, span)
        if phrase is not None:
            yield phrase
    title_start = span.start
    for child in root.children:
        if child.dep_ in _ROLE_LEFT_DEPS and child.i < span.start and child.right_edge.i == span.start - 1:
            title_start = min(title_start, child.left_edge.i)
    # A title the mention was cut from ("Governor of Suwayda") holds any word the parser hangs before the name.
    cut_from_title = mention.title is not None and mention.title.start <= title_start < mention.title.end
    if title_start < span.start and not cut_from_title:
        title = doc[title_start : span.start]
        words = [
            token for token in title if token.pos_ not in {"DET", "PUNCT", "SPACE"} and token.tag_ != "POS"
        ]
        if (
            words
            and all(not token.is_punct for token in title)
            and any(token.is_lower or token.is_title for token in words)
        ):
            while title and (title[0].pos_ == "DET" or title[0].tag_ == "POS"):
                title = doc[title.start + 1 : title.end]
            if len(title) > 0:
                yield title
    if mention.title is not None and mention.title[-1].lower_.rstrip(".") not in _ADDRESS_FORMS:
        yield mention.title


def _describes(tokens: Span) -> bool:
    """A role says something: not only a form of address ("Mr") or name particles ("von der")."""
    words = [token.lower_.rstrip(".") for token in tokens if not token.is_punct]
    return any(word not in _ADDRESS_FORMS and word not in NAME_PARTICLES for word in words)


def _title_before(head: Token, span: Span) -> Span | None:
    """ "the Front government's acting Foreign Minister Samir Haddad": the title, without its owner.

    Written after a comma ("the Taliban's deputy information minister, Mujahid") the whole phrase is the
    role; written straight before the name, the owner is an affiliation and the title is the rest.
    """
    doc = head.doc
    left = head.left_edge.i
    end = head.i + 1
    if end <= left or end - left > 20:
        return None
    # Only a rank may stand between the title and the name ("president, Colonel Goïta" keeps "Mali's").
    if all(doc[index].lower_.rstrip(".") in _TITLES for index in range(end, span.start)):
        owner_end = max((token.i for token in doc[left:end] if token.tag_ == "POS"), default=None)
        if owner_end is not None:
            left = owner_end + 1
    while left < end and doc[left].pos_ == "DET":
        left += 1
    return doc[left:end] if left < end else None


def _role_span(head: Token) -> Span | None:
    """The appositive noun phrase, without trailing circumstance ("the spokesman in press conference …")."""
    doc = head.doc
    right = head.right_edge.i
    for child in head.rights:
        # A hyphen inside the phrase ("secretary-general") does not end it.
        # "a climate scientist at the University of São Paulo" keeps the institution it names.
        circumstance = (
            child.dep_ == "prep"
            and child.lower_ in _ROLE_TRIM_PREPOSITIONS
            and not any(token.ent_type_ == "ORG" for token in child.subtree)
        )
        if circumstance or (child.is_punct and child.text != "-"):
            right = min(right, child.left_edge.i - 1)
            break
    left = head.left_edge.i
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    if right - left > 20:
        return None
    return doc[left : right + 1]


def _role(tokens: Span) -> Role:
    return Role(
        text=tokens.text, start=tokens.start_char, end=tokens.end_char, sentence=tokens.sent.text.strip()
    )


def _organizations_in(tokens: Span, at_token: dict[tuple[int, int], _Mention]) -> list[_Cluster]:
    doc_id = id(tokens.doc)
    found = []
    for token in tokens:
        mention = at_token.get((doc_id, token.i))
        if mention is not None and mention.cluster is not None and mention.cluster.type == "organization":
            found.append(mention.cluster)
    return found


def _possessor_before(tokens: Span, at_token: dict[tuple[int, int], _Mention]) -> list[_Cluster]:
    """ "the Taliban government's acting Foreign Minister": the organization owning the title."""
    doc, index = tokens.doc, tokens.start - 1
    if index < 0 or doc[index].tag_ != "POS":
        return []
    index -= 1
    while index >= 0 and doc[index].lower_ in _COLLECTIVE_NOUNS:
        index -= 1
    return _owners_at(doc, index, at_token) if index >= 0 else []


def _owners_at(doc: Doc, index: int, at_token: dict[tuple[int, int], _Mention]) -> list[_Cluster]:
    mention = at_token.get((id(doc), index))
    if mention is None or mention.cluster is None or mention.cluster.type != "organization":
        return []
    return [mention.cluster]


def _group_of_coordinated_members(root: Token, at_token: dict[tuple[int, int], _Mention]) -> list[_Cluster]:
    """ "Ismail Haniyeh and other Hamas leaders" / "… and other members of Hamas"."""
    for conjunct in root.children:
        if (
            conjunct.dep_ == "conj"
            and conjunct.lower_ in _MEMBER_NOUNS
            and any(child.lower_ == "other" for child in conjunct.children)
        ):
            return _organizations_in(_subtree(conjunct), at_token)
    return []


def _group_led_or_including(root: Token, at_token: dict[tuple[int, int], _Mention]) -> list[_Cluster]:
    """ "The Taliban delegation was led by Zabihullah Mujahid": the delegation's organization."""
    verb = root.head
    if root.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
    if verb.lower_ not in _LEADING_VERBS:
        return []
    group = next((child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    if group is None and verb.dep_ == "acl":
        group = verb.head
    if group is None or group.lower_ not in _COLLECTIVE_NOUNS:
        return []
    modifiers = [child for child in group.children if child.dep_ in {"compound", "amod", "poss"}]
    return [cluster for child in modifiers for cluster in _organizations_in(_subtree(child), at_token)]


def _group_referred_back(role: Span, mentions: list[_Mention]) -> list[_Cluster]:
    """ "the group's spokesman", "its chief": the organization named last before the role."""
    # The owner may open the role ("its chief") or stand just before it, cut off as the title's owner
    # ("the group's spokesman Omar Deen" with the role "spokesman").
    doc = role.doc
    refers_back = any(
        doc[index].lower_ == "its"
        or (doc[index].lower_ in _GROUP_WORDS and index + 1 < len(doc) and doc[index + 1].tag_ == "POS")
        for index in range(max(role.start - 2, 0), min(role.start + 1, role.end))
    )
    if not refers_back:
        return []
    before = [
        mention
        for mention in mentions
        if mention.span.doc is role.doc
        and mention.span.end <= role.start
        and mention.cluster is not None
        and mention.cluster.type == "organization"
        and not mention.cluster.generic
    ]
    return [max(before, key=lambda mention: mention.span.end).cluster] if before else []  # type: ignore[list-item]


def _subtree(token: Token) -> Span:
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def _affiliate(cluster: _Cluster, organizations: list[_Cluster]) -> None:
    """Organizations a cluster belongs to; a state (a country's place cluster) counts as one."""
    for organization in organizations:
        if (
            organization is not cluster
            and organization.type in {"organization", "place"}
            and organization not in cluster.affiliations
        ):
            cluster.affiliations.append(organization)


# ---------------------------------------------------------------- output


def _as_entities(clusters: list[_Cluster]) -> tuple[Entity, ...]:
    def first_seen(cluster: _Cluster) -> tuple[int, int]:
        mention = min(cluster.mentions, key=_reading_order)
        return _reading_order(mention)

    ordered = sorted((cluster for cluster in clusters if cluster.mentions), key=first_seen)
    ids = {id(cluster): f"e{number}" for number, cluster in enumerate(ordered, start=1)}
    entities = []
    for cluster in ordered:
        mentions = sorted(cluster.mentions, key=_reading_order)
        name = _entity_name(cluster, mentions)
        forms = [mention.name for mention in mentions] + ([cluster.canonical] if cluster.canonical else [])
        aliases = tuple(dict.fromkeys(form for form in forms if form != name))
        entities.append(
            Entity(
                id=ids[id(cluster)],
                name=name,
                type=cluster.type,
                mentions=tuple(
                    EvidenceSpan(mention.start, mention.end, mention.span.text, mention.caption)
                    for mention in mentions
                ),
                aliases=aliases,
                roles=tuple(cluster.roles),
                affiliations=tuple(ids[id(other)] for other in cluster.affiliations if id(other) in ids),
            )
        )
    return tuple(entities)


def _names_a_faction(name: str) -> bool:
    """ "Afghan Taliban" is the Taliban qualified; "European Commission" is a name of its own."""
    rest = _without_demonym(fold(name))
    return bool(rest) and rest.split()[-1].title() not in ORGANIZATION_HEAD_WORDS


def _reading_order(mention: _Mention) -> tuple[int, int]:
    return (-1 if mention.caption is None else mention.caption, mention.start)


def _entity_name(cluster: _Cluster, mentions: list[_Mention]) -> str:
    """The fullest form: most words for people and organizations, the most usual form for places."""
    named = [mention for mention in mentions if mention.label != "ACTOR"] or mentions
    names = [mention.name for mention in named if not has_odd_casing(mention.span.text)] or [
        mention.name for mention in named
    ]
    if cluster.type == "person":
        return max(names, key=lambda name: len(person_key(name)))
    if cluster.type == "place" and cluster.area_named_after_city:
        return Counter(names).most_common(1)[0][0]  # "Zaporizhzhia region", the city being "Zaporizhzhia"
    if cluster.type == "place":
        # "Idlib", not "Idlib province": the area word is kept as an alias.
        # "Barangay Salbu", "Tambon Taluban": the unit word stands in front, and the name is what follows it.
        plain = [
            mention.name[len(mention.name) - len(mention.key) :]
            if fold(mention.name).startswith(_AREA_NAME_STARTS)
            else mention.name[: len(mention.key)]
            for mention in named
            if fold(mention.name) != mention.key
        ]
        plain = [mention.name for mention in named if fold(mention.name) == mention.key] or plain or names
        # "URUGUAIANA, Brazil, Sept 10 (Wire) - … met in the border city of Uruguaiana": a dateline shouts the
        # name the story writes.
        written = {fold(name) for name in plain if not name.isupper()}
        plain = [name for name in plain if not (name.isupper() and fold(name) in written)]
        return Counter(plain).most_common(1)[0][0]
    if cluster.type == "organization" and not cluster.generic:
        spelled_out = [name for name in names if not name.isupper() and not _names_a_faction(name)]
        return max(spelled_out or names, key=len)
    # "Viv Ansanm gang" rather than "gangs": an unnamed actor is named by the form that carries a name.
    proper = [name for name in names if any(char.isupper() for char in name)]
    return Counter(proper or names).most_common(1)[0][0]
