"""A pipeline component that repairs the statistical NER where news text predictably trips it.

The small English model misses long institution names ("Middle East Media Research Institute",
tagged as the LOC "Middle East"), their acronyms in parentheses, and labels social platforms as
people ("posted a photo on Twitter"). The rules here run once per document over precompiled regular
expressions and the parse, and replace `doc.ents`, so every later stage sees the repaired spans.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from wirewatch.analyze import plover
from wirewatch.analyze.armed_groups import ARMED_GROUP_NAMES
from wirewatch.analyze.names import CALENDAR_WORDS, DEMONYM_ENDINGS, PERSONAL_OFFICES, TITLE_WORDS, word_set

COMPONENT_NAME = "wirewatch_entity_rules"
DATELINE_COMPONENT_NAME = "wirewatch_dateline"

_NAME_WORD = r"(?:[A-Z][\w'’&.-]*[\w&]|[A-Z])"
# One connector between name words; "and the" would join two names ("Omar Khaled and the Harbor League").
_CONNECTOR = r"(?:of(?:\s+the)?|for(?:\s+the)?|on|and|de|du|al|&)"
# Words that end an institution's name ("… Research Institute", "… Threat Monitor").
ORGANIZATION_HEAD_WORDS = word_set(
    "Institute Monitor Syndicate Agency Council Party Ministry Organization Organisation Committee Army Front "
    "Brigade Brigades University Association Union Foundation Center Centre Bank Company Corporation Group "
    "Movement Network Authority Commission Court Office Department Service Observatory Federation League "
    "Alliance Coalition Forces Corps Assembly Parliament Senate Congress Police Guard Trust Fund Programme "
    "Program Mission Embassy Board Bureau Academy College Institution Inc Ltd Airlines Airways Framework Wire "
    "News Press Times Post Journal Herald Tribune Gazette Apparatus Directorate Regiment Battalion Division Cartel Militia "
    "Municipality"
)
_ORGANIZATION_HEAD = "(?:" + "|".join(sorted(ORGANIZATION_HEAD_WORDS, key=len, reverse=True)) + ")"
# "the Security Council on Tuesday": a date after "on" is not part of the name.
_CALENDAR_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b"
)
_NAME_TAIL = rf"(?:\s+(?:for|of|on(?!\s+{_CALENDAR_WORD}))\s+(?:the\s+)?{_NAME_WORD}(?:\s+(?:(?:of|and|for|the|on|de)\s+)*{_NAME_WORD})*)?"
# "Haiti's Centre department": a name before an area word is a place, not an institution.
_AREA_WORD = r"(?:department|region|province|district|state|county|governorate|prefecture)\b"
# "Middle East Media Research Institute", "Group for the Support of Islam and Muslims", "Ministry of
# Defence", "Tasnim news agency"; and "Islamic State" with its branches, which the model reads as a
# nationality and a common noun ("Islamic State West Africa Province").
_ORGANIZATION_NAME = re.compile(
    rf"\bIslamic State(?:\s+(?:in|of)\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})*"
    rf"|(?:\s+{_NAME_WORD}){{1,3}}\s+Province)?"
    rf"|\b{_NAME_WORD}(?:\s+(?:{_CONNECTOR}\s+)?{_NAME_WORD})*\s+{_ORGANIZATION_HEAD}\b(?!\s+{_AREA_WORD}){_NAME_TAIL}"
    rf"|\b(?:Ministry|Council|Department|Office|Bank|Court|Army|Union|League|Party)\s+(?:of|for)\s+(?:the\s+)?"
    rf"{_NAME_WORD}(?:\s+(?:and\s+)?{_NAME_WORD})*"
    rf"|\b{_NAME_WORD}(?:\s+{_NAME_WORD})?\s+news\s+agency\b"
)
# "Russia's defence ministry", "the Russian foreign ministry", "the interior ministry": a government
# department written in lower case, which the model leaves out or reads as its country alone.
_PORTFOLIO = (
    r"(?:foreign|defen[cs]e|interior|home|finance|justice|health|information|oil|energy|economy|trade|"
    r"education|agriculture|labou?r|transport|water|war|security)"
)
_LOWER_CASE_MINISTRY = re.compile(
    rf"(?:\b(?P<owner>[A-Z][\w-]+(?:'s|’s|s'|s’)|[A-Z][a-z]+(?:an|ian|ese|ish|i))\s+|\b(?i:the)\s+)"
    rf"(?P<ministry>{_PORTFOLIO}\s+ministry)\b"
)
# A wire story opens with its dateline: "KYIV (Eastern Europe Wire) -", "GUSAU, Nigeria —".
# The place may be followed by a country and a date ("KIRKUK, Iraq, April 21 (Agency) —"), and two
# places share one dateline with a slash ("MOSCOW/SANAA, Jan 18 —").
_DATELINE_PLACE = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+)*"
_DATELINE = re.compile(
    r"^" + plover.NOT_A_DATELINE
    + rf"(?P<place>{_DATELINE_PLACE}(?:/{_DATELINE_PLACE})?)"
    # ", Iraq", ", April 21", ", Haiti, Nov. 3": capitalised words and a date, nothing else.
    # ", 22 de mayo", ", 4 June": the day first, as other languages' wires write it.
    r"(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}|,\s*\d{1,2}\s+(?:de\s+)?[A-Za-zé]{3,10}\.?)?\s*"
    r"(?:\((?P<agency>[A-Z][^()\n]{1,40})\)\s*)?(?:(?:-{1,2}|—|–)\s|(?<=[A-Z0-9]):\s)"
)
# Some outlets write the dateline in ordinary case, always with the country: "Tehran, Iran —",
# "Kabul, Afghanistan (AP) —".
_MIXED_CASE_DATELINE = re.compile(
    r"^(?P<place>[A-Z](?:[a-z]|['’][A-Za-z])+(?:[ -][A-Z](?:[a-z]|['’][A-Za-z])+)?)(?:,\s*(?P<initials>[A-Z]{2,6})\s*(?=[-—–])"
    r"|,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*"
    r"(?:\((?P<agency>[A-Z][^()\n]{1,40})\)\s*)?|\s*\((?P<bracketed>[A-Z][^()\n]{1,40})\)\s*"
    # "Riyadh, 1 April 2026 (SPA) –", "Ulaanbaatar, 26 August /MONTSAME/ -": or the day it was filed.
    r"|,\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*"
    # "Bishkek, 4 November /Kabar/.": a slashed agency may close with a stop instead.
    r"(?:\((?P<dated_agency>[A-Z][^()\n]{1,40})\)\.?|/(?P<slashed>[A-Z][A-Za-z]{1,15})/)?\s*)(?:(?:-{1,2}|—|–)\s|(?<=/)\.\s)"
)
# Sentence-initial words that the capitalised-word pattern swallows but that are never part of a name.
_LEADING_NON_NAME = word_set(
    "the a an in on at by for from with and but as after before during meanwhile according while when "
    "since under over this that these those its their his her our"
)
# "Paramilitary Rapid Support Forces" opening a sentence: the word describes the group, it is not its name.
# ("Armed" is left out: "Armed Forces of …" is a name.)
_LEADING_DESCRIPTORS = word_set(
    "paramilitary rebel militant jihadist islamist separatist insurgent extremist"
)
# "Soldiers of the Colombian Army": the people are not part of the institution's name.
LEADING_MEMBERS = re.compile(
    r"^(?:Soldiers|Troops|Fighters|Members|Leaders|Officials|Supporters|Militants|Commanders|Officers)\s+of\s+"
    r"(?:the\s+)?"
)
_ACRONYM_IN_PARENTHESES = re.compile(r"\(\s*([A-Z][A-Za-z&-]{0,9}[A-Z])\s*\)")
FACILITY_HEADS = word_set(
    "airport mosque church cathedral synagogue temple square bridge stadium palace base port crossing "
    "camp prison dam checkpoint house"
)
_PLATFORMS = word_set(
    "twitter facebook telegram instagram youtube tiktok whatsapp weibo wechat reddit linkedin"
)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Capitalised abbreviations that name things, not organizations.
_NOT_ACRONYM_NAMES = frozenset(
    ("IED", "IEDS", "RPG", "UAV", "UAVS", "GDP", "CEO", "COVID", "AIDS", "HIV", "TV", "PM", "AM", "VAT", "GMT",
     "UTC", "USD", "EUR", "DNA", "FAQ", "PDF", "URL", "SMS", "ATM", "VIP", "ISBN", "NGO", "NGOS", "MPS", "MP",
     "LGBT", "LGBTQ", "ICU", "ER", "GPS", "SUV", "SUVS", "THE", "AND", "FOR", "BUT", "NOT", "WAS", "MEP", "MEPS",
     "CCTV", "BBC", "CNN")
)  # fmt: skip
_TITLE_HEADS = word_set("minister secretary ministers adviser advisor")
_HEAD_OF_STATE_TITLES = word_set("president prime foreign defence defense interior army military king emir")
_PORTFOLIO_WORDS = word_set(
    "federal interior foreign defence defense finance home justice health education state deputy acting "
    "information energy trade economy security affairs and of the"
)
# "the Gran Grif gang", "the Sinaloa cartel", "the Wagner group": a name before these nouns names an organization.
_ORGANIZATION_NOUNS = word_set("gang cartel militia group faction movement brigade network clan syndicate")
# "Boko Haram fighters", "Nasa Indigenous guards": a name right before these nouns names the group they belong
# to, never a person or a place.
_MEMBER_NOUNS = word_set(
    "fighters militants insurgents jihadists militiamen gunmen rebels guards members commanders loyalists"
)
# "Boko Haram founder Mohammed Yusuf", "Hamas chief Ismail Haniyeh": a name before one of these titles
# and a person's name is what the person founded or leads; a person has no founder or commander.
_LEADING_TITLES = word_set("founder co-founder cofounder leader chief commander emir")
# "Borno State", "Kachin State": a capitalised State after a name is a federal unit; "Islamic State" is not.
_STATE_WORD = "State"
_NOT_STATE_NAMES = word_set("islamic")
# "in Damboa, Borno State": a name between a place preposition and a comma before a place is a place too.
_PLACE_PREPOSITIONS = word_set("in near at outside around from to into inside")
_NATIONAL_BODIES = word_set("army military navy government police gendarmerie parliament")
# "Gang members killed …": a capitalised common word at the start of a sentence is no one's name.
_COMMON_ACTOR_WORDS = word_set(
    "gang gangs militants police troops soldiers rebels protesters gunmen bandits fighters insurgents "
    "jihadists army militia militiamen residents villagers"
)
_ARABIC_ARTICLE = re.compile(r"^(?:Al|El|al|el)-[A-Z]")
# Lower-case words that continue a name; English words ("at", "as") are left out on purpose.
_NAME_PARTICLES = word_set("al el bin ibn bint abu de da del di dos das du van von der den la le")
# Small words a spelled-out name keeps between the words its acronym spells.
_ACRONYM_JOINERS = word_set("for of the and de du des la le el")
# Names of movements transliterated from Urdu, Persian and Arabic join their words with particles:
# "Tehreek-e-Taliban Pakistan", "Hizb-ut-Tahrir", "Jama'at Nusrat al-Islam wal-Muslimin". The model
# cuts them at the first hyphen ("Tehreek") and so merges two movements that share a first word.
_TRANSLITERATED_WORD = r"[A-Z][\w'’]*"
_IZAFE_JOINT = r"-(?:e|i|ul|ut|ud|us|o)-"
_ARTICLE_JOINT = r"[ \t]+(?:al|el|wal|ul)-"
_TRANSLITERATED_NAME = re.compile(
    rf"\b{_TRANSLITERATED_WORD}(?:(?:{_IZAFE_JOINT}|{_ARTICLE_JOINT}|[ \t]+(?=[A-Z]))(?!{_CALENDAR_WORD}){_TRANSLITERATED_WORD})*"
)
# First words that make a transliterated name a movement rather than a person ("Abu Bakr al-Baghdadi").
MOVEMENT_WORDS = word_set(
    "jamaat jamiat harakat hayat ansar katibat liwa jabhat hizb hezb tehreek tehrik tahreek lashkar jaish jaysh "
    "ahrar asaib kataib kataeb saraya majlis sipah tanzim"
)


def is_movement_word(word: str) -> bool:
    """ "Kata'ib", "Jama’at", "Hizb": first words that make an Arabic, Persian or Urdu name a movement's."""
    return re.sub(r"['’ʼ]", "", word.casefold()) in MOVEMENT_WORDS


_TEXT_KEY = "wirewatch.text"


def document_text(doc: Doc) -> str:
    """The document's text, read once and kept on the Doc: `Doc.text` rebuilds it from every token."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


# Spatial prepositions that no name holds: "Shining Path near Llochegua" is a group and a place.
_NAME_ENDING_PREPOSITIONS = frozenset({"near", "outside", "around", "towards", "toward"})
_BUILDING_WORDS = frozenset({"villa", "palace", "house", "hall", "hotel", "residence", "building", "mansion"})


@Language.component(DATELINE_COMPONENT_NAME)
def split_dateline(doc: Doc) -> Doc:
    """End a wire dateline's sentence before the story's first word, so that the parser leaves it out.

    Parsed with its sentence, "PORT-AU-PRINCE, Haiti (AP) — Gang members killed …" comes out with the city
    as the subject and the real subject in apposition; on its own, the story sentence parses cleanly.
    """
    match = plover.DATELINE.match(document_text(doc))
    if match is None:
        return doc
    first_word = next((token for token in doc if token.idx >= match.end()), None)
    if first_word is not None and first_word.i > 0:
        first_word.is_sent_start = True
    return doc


class _EntityRepairs:
    """The entity repairs as a pipeline component, holding the model's dictionary words."""

    def __init__(self, dictionary_words: frozenset[str]) -> None:
        self.dictionary_words = dictionary_words

    def __call__(self, doc: Doc) -> Doc:
        return repair_entities(doc, self.dictionary_words)


@Language.factory(COMPONENT_NAME)
def make_entity_repairs(nlp: Language, name: str) -> _EntityRepairs:
    return _EntityRepairs(_dictionary_words(nlp))


def _dictionary_words(nlp: Language) -> frozenset[str]:
    """The nouns and adjectives the model's lemmatizer knows ("speaker", "commissioner", "affairs"): a
    capitalised word among them before a name is far likelier a title than a given name."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(word for part in ("noun", "adj") if part in index for word in index[part])


def repair_entities(doc: Doc, dictionary_words: frozenset[str] = frozenset()) -> Doc:
    """Add rule-found institution names, acronyms and datelines, and relabel predictable mistakes."""
    text = document_text(doc)
    rule_spans = (
        _dateline_spans(doc, text)
        + [piece for span in _organization_spans(doc, text) for piece in _split_at_coordination(doc, span)]
        + _transliterated_spans(doc, text)
    )
    rule_spans += _ministry_spans(doc, text) + _named_unit_spans(doc, text)
    rule_spans += _acronym_spans(doc, text, rule_spans)
    rule_spans += _listed_group_spans(doc, text, rule_spans)
    dateline = plover.DATELINE.match(text)
    dateline_end = dateline.end() if dateline is not None else 0
    rule_spans += [span for span in _bare_acronym_spans(doc) if span.start_char >= dateline_end]
    model_spans = [
        piece
        for span in (_within_paragraph(doc, ent) for ent in doc.ents)
        if span is not None
        if not (span.label_ == "PERSON" and len(span) == 1 and span[0].lower_ in _COMMON_ACTOR_WORDS)
        and not _is_portfolio(doc, span)
        for part in _split_at_coordination(doc, _relabelled(doc, span))
        for whole in _split_at_possessive(doc, part)
        for piece in _split_at_place_preposition(doc, whole)
    ]
    spans = filter_spans(rule_spans + [_with_name_particles(doc, span, dictionary_words) for span in model_spans])
    spans = filter_spans([_with_unit_number(doc, span) for span in spans])
    spans = _with_group_labels(doc, spans)
    towns = _towns_before_places(doc, spans)
    covered = {token.i for town in towns for token in town}
    spans = filter_spans(
        towns + [span for span in spans if not covered.intersection(range(span.start, span.end))]
    )
    spans = _titled_people(
        doc, _people_listed_alike(doc, _groups_by_apposition(doc, spans)), dictionary_words
    )
    spans = _people_after_their_institution(doc, spans, dictionary_words)
    spans = _with_hyphenated_surnames(doc, spans)
    spans = _untagged_office_holders(doc, spans)
    spans = _joined_adjacent_people(doc, spans)
    doc.ents = _with_coordination_labels(doc, spans)
    return doc


def _joined_adjacent_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Ali Mahaman Lamine Zeine", read as "Ali Mahaman" and "Lamine Zeine": two people's names with nothing
    between them are one person's long name."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if (
            last is not None and last.label_ == span.label_ == "PERSON" and last.end == span.start
            and all(token.is_title for token in span) and len(last) + len(span) <= 6
        ):
            if _place_then_title(last):
                # "Garissa Governor" + "Nathif Jama Adam": an office and its holder, not one long name
                joined[-1] = span
                continue
            joined[-1] = Span(doc, last.start, span.end, label="PERSON")
            continue
        joined.append(span)
    return joined


_LISTED_GROUP = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(re.escape(name) for name in sorted(ARMED_GROUP_NAMES, key=len, reverse=True))
    + r")(?![\w-])"
)


def _listed_group_spans(doc: Doc, text: str, rule_spans: list[Span]) -> list[Span]:
    """ "Gang members from the Viv Ansanm coalition": a known armed group's name the model left untagged."""
    taken = {token.i for span in [*doc.ents, *rule_spans] for token in span}
    spans = []
    for match in _LISTED_GROUP.finditer(text):
        span = doc.char_span(match.start(), match.end(), label="ORG")
        if span is not None and not taken.intersection(range(span.start, span.end)):
            spans.append(span)
    return spans


def _within_paragraph(doc: Doc, span: Span) -> Span | None:
    """A name never runs over a paragraph break ("… English edition\n\nFighters of the Retour …"): the model's
    span is cut to the paragraph holding its last word."""
    breaks = [token.i for token in span[:-1] if token.is_space or "\n" in token.whitespace_]
    if not breaks:
        return span
    start = breaks[-1] + 1
    while start < span.end and doc[start].is_space:
        start += 1
    return Span(doc, start, span.end, label=span.label_) if start < span.end else None


def _with_group_labels(doc: Doc, spans: list[Span]) -> list[Span]:
    """Names before a member noun ("Boko Haram fighters") or a leader's title and name ("Boko Haram founder
    Mohammed Yusuf") are groups, wherever else the same name appears.

    The model reads a two-word group name as a person ("Boko Haram"), and a group named after a people
    as a place ("Nasa Indigenous guards"); the place reading is dropped so that the whole phrase is found
    as an unnamed actor.
    """
    groups = set()
    repaired = []
    for span in spans:
        after = doc[span.end] if span.end < len(doc) else None
        before_members = after is not None and after.is_lower and after.lower_ in _MEMBER_NOUNS
        named = doc[span.end + 1] if span.end + 1 < len(doc) else None
        before_its_leader = (
            after is not None
            and after.is_lower
            and after.lower_ in _LEADING_TITLES
            and named is not None
            and named.is_title
        )
        if (before_members or before_its_leader) and span.label_ == "PERSON":
            groups.add(span.text)
            span = Span(doc, span.start, span.end, label="ORG")
        elif before_members and span.label_ in {"GPE", "LOC"}:
            continue
        repaired.append(span)
    return [
        Span(doc, span.start, span.end, label="ORG")
        if span.label_ == "PERSON" and span.text in groups
        else span
        for span in repaired
    ]


def _towns_before_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "in Damboa, Borno State": the name between the preposition and the comma is a place the model missed."""
    label_at = {token.i: span for span in spans for token in span}
    found = []
    for span in spans:
        if span.label_ != "GPE" or span.start < 3 or doc[span.start - 1].text != ",":
            continue
        end = span.start - 1
        start = end
        while start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].is_title:
            start -= 1
        if start == end or start == 0 or doc[start - 1].lower_ not in _PLACE_PREPOSITIONS:
            continue
        owners = {label_at[index] for index in range(start, end) if index in label_at}
        if any(
            owner.label_ in {"GPE", "LOC", "FAC"} or owner[-1].text in ORGANIZATION_HEAD_WORDS
            for owner in owners
        ):
            continue
        if any(owner.start < start or owner.end > end for owner in owners):
            continue
        found.append(Span(doc, start, end, label="GPE"))
    return found


def dateline_places(text: str) -> list[tuple[int, int]]:
    """Character offsets of the places a wire dateline opens with ("KIRKUK, Iraq, April 21 (Agency) —")."""
    match = _DATELINE.match(text)
    if match is None:
        mixed = _MIXED_CASE_DATELINE.match(text)
        return [mixed.span("place")] if mixed is not None else []
    return [place.span() for place in re.finditer(_DATELINE_PLACE, text[: match.end("place")])]


def _dateline_spans(doc: Doc, text: str) -> list[Span]:
    match = _DATELINE.match(text) or _MIXED_CASE_DATELINE.match(text)
    if match is None:
        return []
    # "UNITED NATIONS, Dec 4 —": a dateline the model reads as an institution keeps that reading; the
    # analyzer's gazetteer decides later whether it is a place after all ("ISTANBUL").
    model_labels = {(span.start_char, span.end_char): span.label_ for span in doc.ents}
    spans = [
        doc.char_span(
            start,
            end,
            label="ORG" if model_labels.get((start, end)) == "ORG" else "GPE",
            alignment_mode="contract",
        )
        for start, end in dateline_places(text)
    ]
    groups = match.groupdict()
    agency = next((name for name in ("bracketed", "dated_agency", "slashed") if groups.get(name)), "agency")
    if match.group(agency):
        spans.append(
            doc.char_span(match.start(agency), match.end(agency), label="ORG", alignment_mode="contract")
        )
    return [span for span in spans if span is not None]


def _organization_spans(doc: Doc, doc_text: str) -> list[Span]:
    spans = []
    for match in _ORGANIZATION_NAME.finditer(doc_text):
        start, text = match.start(), match.group()
        first_word = text.split(maxsplit=1)[0]
        while (
            first_word.casefold() in _LEADING_NON_NAME or first_word.casefold() in _LEADING_DESCRIPTORS
        ) and (" " in text):
            start += len(first_word) + 1
            text = text[len(first_word) + 1 :].lstrip()
            first_word = text.split(maxsplit=1)[0]
        members = LEADING_MEMBERS.match(text)
        if members is not None:
            start += members.end()
        span = doc.char_span(start, match.end(), label="ORG", alignment_mode="contract")
        if span is not None and len(span) > 1 and not _is_description(span):
            spans.append(span)
    return spans


# "the Jaime Martínez front", "the Dagoberto Ramos column": armed units named after a person, their unit noun
# in lower case. Two name words at least, so "the Eastern front" and "the Zaporizhzhia front" stay fronts of a war.
_NAMED_UNIT = re.compile(
    r"\bthe\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+(?:front|bloc|column|battalion|brigade))\b"
)
_COMPASS_WORDS = word_set("eastern western northern southern central northeastern northwestern southeastern southwestern")


def _named_unit_spans(doc: Doc, doc_text: str) -> list[Span]:
    spans = []
    for match in _NAMED_UNIT.finditer(doc_text):
        if any(word.casefold() in _COMPASS_WORDS for word in match.group("name").split()):
            continue
        span = doc.char_span(match.start("name"), match.end("name"), label="ORG", alignment_mode="contract")
        # "the Donetsk Oblast front": a front of a war named after the place it runs through.
        if span is not None and not all(token.ent_type_ in {"GPE", "LOC"} for token in span[:-1]):
            spans.append(span)
    return spans


def _ministry_spans(doc: Doc, doc_text: str) -> list[Span]:
    """Lower-case ministries, with the country that owns them when it is written before them."""
    spans = []
    for match in _LOWER_CASE_MINISTRY.finditer(doc_text):
        start = match.start("owner") if match.group("owner") else match.start("ministry")
        span = doc.char_span(start, match.end("ministry"), label="ORG", alignment_mode="contract")
        if span is not None:
            spans.append(span)
    return spans


def _transliterated_spans(doc: Doc, doc_text: str) -> list[Span]:
    """Particle-joined names, whole: movements by their joints or first word, others as the model labelled them."""
    spans = []
    for match in _TRANSLITERATED_NAME.finditer(doc_text):
        text, start = match.group(), match.start()
        izafe = re.search(_IZAFE_JOINT, text) is not None
        if not izafe and re.search(_ARTICLE_JOINT, text) is None:
            continue
        first_word = text.split(maxsplit=1)[0]
        while (
            first_word.casefold() in _LEADING_NON_NAME or re.fullmatch(_CALENDAR_WORD, first_word)
        ) and " " in text:
            start += len(first_word) + 1
            text = text[len(first_word) + 1 :]
            first_word = text.split(maxsplit=1)[0]
        span = doc.char_span(start, match.end(), alignment_mode="contract")
        if span is None or len(span) < 3:
            continue
        movement = izafe or is_movement_word(re.split(r"[-\s]", first_word, maxsplit=1)[0])
        if movement:
            spans.append(Span(doc, span.start, span.end, label="ORG"))
            continue
        # "Iraqi Prime Minister Mohammed Shia al-Sudani": the run of capitals starts before the name; the
        # name is the model's entity at the end of the run, carried on over the joint.
        owner = next((ent for ent in doc.ents if ent.start <= span.end - 1 < ent.end), None)
        owner = owner or next((ent for ent in doc.ents if span.start <= ent.start < span.end), None)
        if owner is not None:
            spans.append(Span(doc, max(span.start, owner.start), span.end, label=owner.label_))
    return spans


def _is_description(span: Span) -> bool:
    """ "an Iranian news agency": adjectives before a common noun describe a source, they do not name it."""
    return span[-1].is_lower and all(token.tag_ == "JJ" or token.is_lower for token in span)


def _bare_acronym_spans(doc: Doc) -> list[Span]:
    """ "The attack by ISWAP": a capitalised acronym the model left untagged names an organization."""
    tagged = {token.i for span in doc.ents for token in span}
    return [
        Span(doc, token.i, token.i + 1, label="ORG")
        for token in doc
        if token.i not in tagged
        and token.is_upper
        and token.is_alpha
        and 3 <= len(token.text) <= 6
        and token.text not in _NOT_ACRONYM_NAMES
        and not (token.is_sent_start and token.i + 1 < len(doc) and doc[token.i + 1].is_upper)
    ]


def _acronym_spans(doc: Doc, text: str, rule_spans: list[Span]) -> list[Span]:
    """`Name (ACRONYM)`: the name is an organization, and the acronym wherever it occurs names it too.

    The model sometimes reads the name as a person and drops its first word ("Hayat Tahrir
    al-Sham (HTS)" → PERSON "Tahrir al-Sham"); the acronym's letters say how many words it has.
    """
    named_by_end = {span.end_char: span for span in [*doc.ents, *rule_spans]}
    acronyms, spans = set(), []
    # "PORT-AU-PRINCE, Haiti (AP) —": the wire after a dateline's country does not spell the country.
    dateline = plover.DATELINE.match(text)
    dateline_end = dateline.end() if dateline is not None else 0
    for match in _ACRONYM_IN_PARENTHESES.finditer(text):
        if match.start() < dateline_end:
            continue
        before = len(text[: match.start()].rstrip())
        named = named_by_end.get(before)
        if named is None or named.label_ not in {"ORG", "PERSON", "GPE", "LOC", "NORP", "WORK_OF_ART", "FAC"}:
            continue
        acronyms.add(match.group(1))
        spans.append(_extended_to_acronym(doc, named, match.group(1)))
    for acronym in acronyms:
        for match in re.finditer(rf"\b{re.escape(acronym)}\b", text):
            span = doc.char_span(match.start(), match.end(), label="ORG", alignment_mode="contract")
            if span is not None:
                spans.append(span)
    return spans


def _extended_to_acronym(doc: Doc, named: Span, acronym: str) -> Span:
    """Walk back over the capitalised words the acronym spells, and the small words between them:
    "the Volunteers for the Defence of the Homeland (VDP)", where the model tagged only "Homeland"."""
    letters = sum(1 for char in acronym if char.isupper())
    start = named.start
    words = sum(1 for token in named if token.text[0].isupper() and token.lower_ not in _NAME_PARTICLES)
    reach = start
    while words < letters and reach > 0 and not doc[reach].is_sent_start:
        before = doc[reach - 1]
        if before.is_title and not before.is_sent_start:
            words += 1
            start = reach - 1
        elif before.lower_ not in _ACRONYM_JOINERS or before.is_sent_start:
            break
        reach -= 1
    return Span(doc, start, named.end, label="ORG")


def _is_portfolio(doc: Doc, span: Span) -> bool:
    """ "Federal Interior Minister Mohsin Naqvi", "Ugandan President Yoweri Museveni": the words before a
    title are part of the title (the nationality is kept by the role), not an organization."""
    if _names_a_title_portfolio(doc, span):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    if after is None:
        return False
    if after.lower_ in _TITLE_HEADS and all(token.lower_ in _PORTFOLIO_WORDS for token in span):
        return True
    demonym = len(span) == 1 and span.label_ in {"ORG", "PERSON"} and span[0].lower_.endswith(DEMONYM_ENDINGS)
    return demonym and after.lower_ in _HEAD_OF_STATE_TITLES and after.is_title


def _names_a_title_portfolio(doc: Doc, span: Span) -> bool:
    """ "Secretary of State Marco Rubio", "Minister of Interior": the words after "<title> of" are the title's
    portfolio, not a state or an organization of their own."""
    if span.start < 2 or doc[span.start - 1].lower_ not in {"of", "for"}:
        return False
    return doc[span.start - 2].lower_ in _TITLE_HEADS and all(
        token.lower_ in _PORTFOLIO_WORDS for token in span
    )


def _relabelled(doc: Doc, span: Span) -> Span:
    named = span[:-1] if len(span) > 1 and span[-1].tag_ == "POS" else span  # "Boko Haram's … faction"
    named = named[1:] if len(named) > 1 and named[0].lower_ == "the" else named  # "the Islamic State", read as a state
    if span.label_ in {"PERSON", "GPE", "LOC", "NORP"} and named.text in ARMED_GROUP_NAMES:
        return Span(doc, span.start, span.end, label="ORG")  # "split from Boko Haram", read as a person
    if (
        span.label_ == "ORG"
        and len(span) > 2
        and span[0].is_sent_start
        and span[0].lower_ in _LEADING_DESCRIPTORS
    ):
        span = Span(doc, span.start + 1, span.end, label="ORG")
    if span.label_ in {"NORP", "PERSON", "GPE"} and len(span) > 1 and is_movement_word(span[0].text):
        return Span(doc, span.start, span.end, label="ORG")  # "Kata'ib Hezbollah", read as a nationality
    last = span[-1].lower_
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    numbered = span.start > 1 and doc[span.start - 1].like_num and doc[span.start - 2].lower_ == "the"
    if (
        span.label_ in {"PERSON", "GPE", "LOC", "NORP", "FAC"}
        and _before_group_noun(doc, span)
        and (span.start == 0 or span[0].lower_ == "the" or before in {"the", "and"} or numbered)
    ):
        # "the 400 Mawozo gang": the number is part of the gang's name.
        start = span.start - 1 if numbered else span.start
        start = start + 1 if doc[start].lower_ == "the" and span.end - start > 1 else start
        return Span(doc, start, span.end, label="ORG")
    if (
        span.label_ == "PERSON"
        and len(span) == 1
        and after is not None
        and after.is_lower
        and after.lower_ in _NATIONAL_BODIES
    ):
        # "the Burkinabè army": a nationality the model took for a person names the country's institution.
        return Span(doc, span.start, span.end + 1, label="ORG")
    if (
        span.label_ == "PERSON"
        and span.start > 1
        and before == "the"
        and doc[span.start - 2].lower_ in _PLACE_PREPOSITIONS
    ):
        # "in the Sahel": a person is not written with "the" after a preposition of place; a region is.
        return Span(doc, span.start, span.end, label="LOC")
    if (
        span.label_ in {"PERSON", "ORG", "NORP"}
        and len(span) >= 2
        and span[-1].text == _STATE_WORD
        and span[-2].tag_ == "NNP"
        and named[0].lower_ not in _NOT_STATE_NAMES  # "the Islamic State" is no state of a federation
    ):
        return Span(doc, span.start, span.end, label="GPE")
    if span.label_ == "PERSON" and len(span) == 1 and last in _PLATFORMS:
        return Span(doc, span.start, span.end, label="ORG")
    if span.label_ == "PERSON" and before in plover.MEDIA_WORDS - _PEOPLE_IN_MEDIA:
        return Span(
            doc, span.start, span.end, label="ORG"
        )  # "news agency Anatolian Desk", "broadcaster Rudaw"
    if span.label_ in {"ORG", "PERSON"} and (last in FACILITY_HEADS or _facility_and_its_town(span)):
        return Span(doc, span.start, span.end, label="FAC")
    plural_after_owner = (
        span.start > 0
        and doc[span.start - 1].tag_ == "POS"
        and span[0].text.endswith("s")
        and not span[0].text.endswith("ss")
    )
    if span.label_ == "PERSON" and len(span) == 1 and (span[0].tag_ == "NNPS" or plural_after_owner):
        # "the Houthis", "Yemen's Houthis": a plural proper noun names a group, not a person.
        return Span(doc, span.start, span.end, label="ORG")
    return span


def _facility_and_its_town(span: Span) -> bool:
    """ "State House Entebbe", "Camp Lemonnier Djibouti": a facility named with the town it stands in."""
    heads = [token.i for token in span[1:-1] if token.lower_ in FACILITY_HEADS]
    if not heads:
        return False
    after = span.doc[heads[-1] + 1 : span.end]
    return len(after) <= 2 and all(
        token.is_title and token.lower_ not in _NAME_PARTICLES and token.text not in ORGANIZATION_HEAD_WORDS
        for token in after
    )


def _before_group_noun(doc: Doc, span: Span) -> bool:
    """ "the Sinaloa cartel", "the 400 Mawozo and Chen Mechan gangs": the name is followed by a group noun."""
    index = span.end
    if index < len(doc) and doc[index].lower_ == "and":
        index += 1
        while index < len(doc) and (doc[index].is_title or doc[index].like_num):
            index += 1
    if index >= len(doc) or not doc[index].is_lower:
        return False
    word = doc[index].lower_
    return word in _ORGANIZATION_NOUNS or (word.endswith("s") and word[:-1] in _ORGANIZATION_NOUNS)


# Media words that name people ("reporter Jane Doe") rather than outlets.
_PEOPLE_IN_MEDIA = word_set("journalist reporter correspondent")
# "People's Defence Force", "Workers' Party": a possessive of a people or a class is part of the name.
_COLLECTIVE_OWNERS = word_set(
    "people peoples workers women martyrs mujahideen citizens patriots farmers students youth children "
    "veterans mothers nations toilers"
)


def _split_at_coordination(doc: Doc, span: Span) -> list[Span]:
    """ "The Indian Army and China's People's Liberation Army": two bodies, each name ending in its head word."""
    if span.label_ != "ORG" or span[-1].text not in ORGANIZATION_HEAD_WORDS:
        return [span]
    cut = next(
        (
            token.i
            for token in span[1:-1]
            if token.lower_ == "and" and doc[token.i - 1].text in ORGANIZATION_HEAD_WORDS
        ),
        None,
    )
    if cut is None:
        return [span]
    right_start = cut + 1
    if right_start + 1 < span.end and doc[right_start + 1].tag_ == "POS":
        right_start += 2  # "China's People's Liberation Army": the owner says whose army it is
    return [Span(doc, span.start, cut, label="ORG"), Span(doc, right_start, span.end, label="ORG")]


def _split_at_possessive(doc: Doc, span: Span) -> list[Span]:
    """ "World Health Organization's Europe", "Hezbollah's al-Manar": two names, not one."""
    cut = next(
        (
            token.i
            for token in span[:-1]
            if token.tag_ == "POS"
            and not (token.i > 0 and token.doc[token.i - 1].lower_ in _COLLECTIVE_OWNERS)
        ),
        None,
    )
    if cut is None or cut == span.start:
        return [span]
    pieces = [Span(doc, span.start, cut, label=span.label_)]
    if cut + 1 < span.end:
        pieces.append(Span(doc, cut + 1, span.end, label=span.label_))
    return pieces


def _split_at_place_preposition(doc: Doc, span: Span) -> list[Span]:
    """ "the Shining Path near Llochegua" read as one name: a name never runs on through "near" or "outside",
    and the name after it is a place."""
    cut = next(
        (
            token.i
            for token in span[1:-1]
            if token.is_lower
            and doc[token.i + 1].is_title
            and (
                token.lower_ in _NAME_ENDING_PREPOSITIONS
                # "the Presidential Villa in Abuja": a building, then the city it stands in.
                or (token.lower_ == "in" and doc[token.i - 1].lower_ in _BUILDING_WORDS)
            )
        ),
        None,
    )
    if cut is None and len(span) > 1 and span[-1].is_lower and span[-1].pos_ == "ADP":
        # "the Presidential Villa in" read as one name, the city after it left out: the name ends before "in".
        building = doc[span.end - 2].lower_ in _BUILDING_WORDS
        return [Span(doc, span.start, span.end - 1, label="FAC" if building else span.label_)]
    if cut is None:
        return [span]
    building = doc[cut - 1].lower_ in _BUILDING_WORDS
    return [
        Span(doc, span.start, cut, label="FAC" if building else span.label_),
        Span(doc, cut + 1, span.end, label="GPE"),
    ]


def _with_name_particles(doc: Doc, span: Span, dictionary_words: frozenset[str] = frozenset()) -> Span:
    """ "Ursula von der Leyen", "Mohammed bin Abdulrahman Al Thani": particles continue a name."""
    if span.label_ != "PERSON":
        return span
    end = span.end
    while True:
        after_particles = end
        while after_particles < len(doc) and doc[after_particles].lower_ in _NAME_PARTICLES:
            after_particles += 1
        if after_particles == end or after_particles >= len(doc) or not doc[after_particles].is_title:
            break
        end = after_particles + 1
    start = span.start
    # "von der Leyen said": particles written before a surname belong to it.
    while start > 0 and doc[start - 1].lower_ in _NAME_PARTICLES and doc[start - 1].is_lower:
        start -= 1
    # "by Abdelrahim Hamdan Dagalo": a given name the model left out, hung on the name as part of it; a word
    # the dictionary knows is a title ("Speaker Aguila Saleh", "Peace Commissioner Otty Patiño").
    while (
        start > 0
        and dictionary_words
        and _continues_name_leftwards(doc[start - 1], span)
        and doc[start - 1].lower_ not in dictionary_words
    ):
        start -= 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label="PERSON")


_UNIT_NUMBER = re.compile(r"^(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)$")


def _with_unit_number(doc: Doc, span: Span) -> Span:
    """ "the 6th Infantry Division": a unit's number is part of its name."""
    if span.label_ != "ORG" or span.start == 0:
        return span
    number = doc[span.start - 1]
    if not _UNIT_NUMBER.match(number.text) or not (span.start <= number.head.i < span.end):
        return span
    return Span(doc, span.start - 1, span.end, label="ORG")


def _continues_name_leftwards(token: Token, span: Span) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.is_alpha
        and token.dep_ == "compound"
        and span.start <= token.head.i < span.end
        and token.ent_iob_ == "O"
        and token.lower_.rstrip(".") not in TITLE_WORDS
        and token.lower_ not in CALENDAR_WORDS
    )


def _with_coordination_labels(doc: Doc, spans: list[Span]) -> list[Span]:
    """An Arabic-article name listed after a place is a place ("Palestine, Al-Quds and Al-Aqsa").

    The model reads "Al-Quds" as an organization or a person; organizations named with the article
    (Al-Shabaab) rarely follow a place in a list of three, so the rule stays that narrow.
    """
    label_at = {span.root.i: span.label_ for span in spans}
    repaired = []
    for span in spans:
        if span.label_ in {"ORG", "PERSON"} and _ARABIC_ARTICLE.match(span.text):
            group = _coordination_group(span.root)
            if len(group) >= 3 and label_at.get(group[0]) in _PLACE_LABELS:
                span = Span(doc, span.start, span.end, label="GPE")
        repaired.append(span)
    return repaired


# What an armed or political group is called in apposition: "the Clan del Golfo, the country's largest armed group".
_GROUP_NOUNS = word_set("group movement militia faction organisation organization party cartel gang alliance coalition")


def _groups_by_apposition(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name the model read as a place or a person is a group when the text calls it one in apposition."""
    return [
        Span(doc, span.start, span.end, label="ORG")
        if span.label_ in {"FAC", "GPE", "LOC", "PERSON"}
        and any(
            child.dep_ == "appos" and child.lemma_.lower() in _GROUP_NOUNS and child.pos_ == "NOUN"
            for child in span.root.children
        )
        else span
        for span in spans
    ]


def _people_listed_alike(doc: Doc, spans: list[Span]) -> list[Span]:
    """Names listed like a person are people: "Mali's Abdoulaye Diop, Niger's Bakary Yaou Sangaré and Burkina
    Faso's Karamoko Jean-Marie Traoré"; "Petar Petković, the director of the Serbian government's Office".

    The model misses or calls organizations the names it has not seen; the list's shape (each name owned by
    a country, as the one it knows is) or an office held in apposition says they are people.
    """
    by_token = {token.i: span for span in spans for token in span}
    relabelled: dict[tuple[int, int], Span] = {}
    added: list[Span] = []
    for span in spans:
        if span.label_ == "ORG" and _holds_an_office(span):
            relabelled[(span.start, span.end)] = Span(doc, span.start, span.end, label="PERSON")
        if span.label_ != "PERSON" or not _owned_by_a_name(span.root):
            continue
        for index in _listed_with(span.root):
            member = doc[index]
            if index in range(span.start, span.end) or not _owned_by_a_name(member):
                continue
            start = _name_start(member)
            if start is None:
                continue
            owner = by_token.get(index)
            if owner is None and not any(i in by_token for i in range(start, index + 1)):
                added.append(Span(doc, start, index + 1, label="PERSON"))
            elif owner is not None and _looks_like_a_personal_name(owner) and (
                owner.label_ == "ORG" or sum(token.is_alpha for token in owner) >= 3
            ):
                # A place is seldom written in three capitalised words; a town listed with a person often is.
                relabelled[(owner.start, owner.end)] = Span(doc, owner.start, owner.end, label="PERSON")
    if not relabelled and not added:
        return spans
    return sorted(
        [relabelled.get((span.start, span.end), span) for span in spans] + added, key=lambda span: span.start
    )


def _listed_with(token: Token) -> list[int]:
    """The names coordinated with `token`, and those set beside it in apposition to the same noun
    ("The ministers – Liberia's A, Sierra Leone's B and Ivory Coast's C –" parsed as two appositions)."""
    group = _coordination_group(token)
    first = token.doc[group[0]]
    if first.dep_ == "appos":
        for sibling in first.head.children:
            if sibling.dep_ == "appos" and sibling.i != first.i:
                group.extend(_coordination_group(sibling))
    return group




def _holds_an_office(span: Span) -> bool:
    """ "Petar Petković, the director of …" (the parser may hang the apposition on the name listed before), "the
    personal envoy for Sudan, Ramtane Lamamra"."""
    if not _looks_like_a_personal_name(span):
        return False
    if span.root.dep_ == "appos":
        # "The secretary-general's personal envoy for Sudan, Ramtane Lamamra, said" (hung on "Sudan" or "envoy");
        # "The President of the Republic, Félix-Antoine Tshisekedi Tshilombo, received …" (a capitalised office).
        head = span.root.head
        for _ in range(3):
            if head.pos_ in {"NOUN", "PROPN"} and head.lemma_.lower() in PERSONAL_OFFICES:
                return True
            if head.dep_ not in {"pobj", "prep"}:
                break
            head = head.head
    doc = span.doc
    after = doc[span.end : span.end + 5]
    if len(after) < 3 or after[0].text != "," or after[1].lower_ not in {"the", "a", "an"}:
        return False
    for token in after[2:]:
        if token.lemma_.lower() in PERSONAL_OFFICES and token.pos_ == "NOUN":
            return True
        if token.pos_ not in {"ADJ", "PROPN", "NOUN"}:
            return False
    return False


def _untagged_office_holders(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "The United Nations' personal envoy for Sudan, Ramtane Lamamra, met …": a name the model left untagged,
    set in apposition to an office, is the person who holds it."""
    tagged = {token.i for span in spans for token in span}
    added = []
    for token in doc:
        if token.dep_ != "appos" or token.tag_ != "NNP" or token.i in tagged:
            continue
        start = _name_start(token)
        if start is None or any(index in tagged for index in range(start, token.i + 1)):
            continue
        name = Span(doc, start, token.i + 1, label="PERSON")
        if _holds_an_office(name):
            added.append(name)
    return sorted(spans + added, key=lambda span: span.start) if added else spans


def _looks_like_a_personal_name(span: Span) -> bool:
    words = [token for token in span if token.is_alpha]
    return (
        2 <= len(words) <= 4
        and all(token.is_title for token in words)
        and ORGANIZATION_HEAD_WORDS.isdisjoint(token.text for token in span)
        and not any(token.lower_ in _MEMBER_NOUNS for token in span)
    )


def _owned_by_a_name(token: Token) -> bool:
    """ "Niger's Bakary Yaou Sangaré": a proper name owns this one."""
    return token.tag_ == "NNP" and any(
        child.dep_ == "poss" and child.tag_ == "NNP" for child in token.children
    )


def _name_start(token: Token) -> int | None:
    """Where the run of capitalised name words ending at `token` starts, or None if it is no such run."""
    doc = token.doc
    start = token.i
    while start > 0 and (
        (doc[start - 1].tag_ == "NNP" and doc[start - 1].is_title and doc[start - 1].dep_ in {"compound", "flat"})
        or (doc[start - 1].text == "-" and start > 1 and doc[start - 2].is_title)
    ):
        start -= 1
    words = doc[start : token.i + 1]
    return start if 1 <= sum(t.is_alpha for t in words) <= 4 and all(t.is_title or not t.is_alpha for t in words) else None


def _coordination_group(token: Token) -> list[int]:
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    group, frontier = [token.i], [token]
    while frontier:
        conjuncts = [child for child in frontier.pop().children if child.dep_ == "conj"]
        group.extend(child.i for child in conjuncts)
        frontier.extend(conjuncts)
    return group


# Titles that stand right before a person's name: "President Faure Gnassingbé", "Field Marshal Khalifa Haftar".
_NAME_TITLES = word_set(
    "president minister premier chancellor king queen emir prince sheikh general marshal colonel captain "
    "lieutenant major commander admiral brigadier governor senator ambassador envoy mayor col gen lt maj capt"
)
# Words that make a rank of a title: "Field Marshal", "Air Chief Marshal", "Rear Admiral".
_RANK_QUALIFIERS = word_set("field air rear vice chief staff")
_NON_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "EVENT", "LAW"})


def _titled_people(doc: Doc, spans: list[Span], dictionary_words: frozenset[str] = frozenset()) -> list[Span]:
    """ "talks with Togolese President Faure Gnassingbé", "received Field Marshal Khalifa Haftar": the capitalised
    words after a title are a person's name, where the model left them untagged, cut them in two ("Hassan
    Sheikh" + "Mohamud") or called them an organization ("Mahamat Idriss Déby")."""
    by_token = {token.i: span for span in spans for token in span}
    replaced: set[tuple[int, int]] = set()
    added: list[Span] = []
    for title in doc:
        if title.lower_.rstrip(".") not in _NAME_TITLES or title.i + 1 >= len(doc):
            continue
        end = title.i + 1
        while end < len(doc) and end - title.i <= 6 and (
            _continues_titled_name(doc[end])
            # "Lt-Gen Shams al-Din Kabbashi": a particle's hyphen joins the name word after it
            or (doc[end].text == "-" and doc[end - 1].lower_ in _NAME_PARTICLES and not doc[end - 1].whitespace_)
        ):
            end += 1
        name = doc[title.i + 1 : end]
        if not any(token.is_title and token.lower_ not in _NAME_PARTICLES for token in name):
            continue
        if name[0].lower_.rstrip(".") in TITLE_WORDS:
            continue  # "President Prime Minister …", "President Sheikh Mohamed": titles run on
        if end < len(doc) and doc[end].text in {"’s", "'s"} and len(name) == 1:
            continue  # "the President Office's", "King Fahd's": too short to tell a name from an institution
        owners = {(span.start, span.end): span for token in name if (span := by_token.get(token.i)) is not None}
        if title.lower_ == "general" and len(name) == 1 and name[0].lower_ in dictionary_words:
            # "the General Staff", "the General Command": an institution's name, not a general's.
            if not any(span.label_ == "ORG" for span in owners.values()):
                replaced.update(owners)
                added.append(Span(doc, title.i, end, label="ORG"))
            continue
        if any(span.end > name.end for span in owners.values()):
            continue  # the model's name runs on past the title's words: it read more than the title shows
        if any(span.start < name.start for span in owners.values()) and not (
            (len(name) >= 2 or all(name.start - span.start >= 2 for span in owners.values()))
            and all(
                span.label_ != "PERSON"
                and (_only_titles(doc[span.start : name.start]) or _institution_then_titles(doc[span.start : name.start]))
                for span in owners.values()
            )
        ):
            # "General Security", "General Command": a one-word name after a one-word title the model read with
            # it is an institution's; "Field Marshal Asim Munir" or "Major General Rashad", read as one
            # organization, is a titled person.
            continue
        # "Field Marshal Syed Asim Munir" with "Munir" read as a place: a surname after two untagged given names
        # is a name's last word, whatever the model read it as.
        surname_as_place = (
            len(name) >= 3
            and len(owners) == 1
            and all(
                span.label_ in {"GPE", "LOC"} and span.start == name.end - 1 == span.end - 1
                for span in owners.values()
            )
        )
        if any(span.label_ in _NON_NAME_LABELS for span in owners.values()) and not surname_as_place:
            continue
        if any(
            span.label_ == "ORG"
            and not _looks_like_a_personal_name(span)
            and not (span.start < name.start and _institution_then_titles(doc[span.start : name.start]))
            for span in owners.values()
        ):
            continue
        whole = owners.get((name.start, name.end))
        if whole is not None and whole.label_ == "PERSON":
            continue  # the model read it right
        replaced.update(owners)
        added.append(Span(doc, name.start, name.end, label="PERSON"))
    if not added:
        return spans
    kept = [span for span in spans if (span.start, span.end) not in replaced]
    return sorted(filter_spans(kept + added), key=lambda span: span.start)


def _people_after_their_institution(doc: Doc, spans: list[Span], dictionary_words: frozenset[str]) -> list[Span]:
    """ "head of the Palestinian General Intelligence Service Majed Faraj", "Chief of the Royal Hashemite Court
    Yousef Issawi and Director of …": the model runs an institution's name on into the name of the official
    who heads it (and past an "and"); the institution ends at its head word, and the two or three capitalised
    words after it are a person."""
    repaired: list[Span] = []
    for span in spans:
        if span.label_ != "ORG":
            repaired.append(span)
            continue
        cut = next((token.i for token in span if token.lower_ == "and"), span.end)
        heads = [token.i for token in doc[span.start : cut] if token.text in ORGANIZATION_HEAD_WORDS]
        titled = _titled_person_before_and(doc, span, cut, dictionary_words) if not heads else None
        if titled is not None:
            # "Foreign Minister Ararat Mirzoyan and Security Council Secretary …": a titled person, then the
            # institution of the next one's title.
            repaired.append(titled)
            if span.end - cut > 1 and span[-1].text in ORGANIZATION_HEAD_WORDS:
                repaired.append(Span(doc, cut + 1, span.end, label="ORG"))
            continue
        if not heads or not (2 <= cut - heads[-1] - 1 <= 3):
            repaired.append(span)
            continue
        person = doc[heads[-1] + 1 : cut]
        if not all(
            token.is_title and token.lower_ not in TITLE_WORDS and token.lower_ not in CALENDAR_WORDS
            for token in person
        ) or all(token.lower_ in dictionary_words for token in person):
            # "True News Information Team": words of the language, not a person's name.
            repaired.append(span)
            continue
        start = span.start
        # "Chief of the Royal Hashemite Court": the institution starts after its officer's title.
        of = next((token.i for token in doc[start : heads[-1]] if token.lower_ == "of"), None)
        if of is not None and doc[start].lower_ in TITLE_WORDS | _NAME_TITLES | {"chief", "head", "director"}:
            start = of + 2 if doc[of + 1].lower_ == "the" else of + 1
        if start <= heads[-1]:
            repaired.append(Span(doc, start, heads[-1] + 1, label="ORG"))
        repaired.append(Span(doc, person.start, person.end, label="PERSON"))
    return repaired


def _with_hyphenated_surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Prime Minister Alix Didier Fils-Aimé": the model ends the person before a hyphenated surname and reads the
    surname as a name of its own (or as nothing); the hyphenated word right after a person's name is the rest of it."""
    by_start = {span.start: span for span in spans}
    repaired: list[Span] = []
    dropped: set[int] = set()
    for span in spans:
        if span.start in dropped:
            continue
        end = span.end
        if span.label_ == "PERSON" and _hyphenated_name_at(doc, end) and span[-1].whitespace_:
            following = by_start.get(end)
            if following is None and not any(other.start < end + 3 and other.end > end for other in spans):
                span = Span(doc, span.start, end + 3, label="PERSON")
            elif following is not None and len(following) == 3 and following.label_ in {"ORG", "PERSON", "NORP"}:
                dropped.add(following.start)
                span = Span(doc, span.start, end + 3, label="PERSON")
        repaired.append(span)
    return repaired


def _hyphenated_name_at(doc: Doc, index: int) -> bool:
    """ "Fils-Aimé", "Louis-Jeune": two capitalised words joined by a hyphen, with no space around it."""
    return (
        index + 2 < len(doc)
        and doc[index].is_title
        and doc[index].is_alpha
        and doc[index + 1].text == "-"
        and not doc[index].whitespace_
        and not doc[index + 1].whitespace_
        and doc[index + 2].is_title
        and doc[index + 2].is_alpha
    )


def _titled_person_before_and(doc: Doc, span: Span, cut: int, dictionary_words: frozenset[str]) -> Span | None:
    if cut >= span.end:
        return None
    start = span.start
    while start < cut and doc[start].lower_ in TITLE_WORDS | _NAME_TITLES | {"foreign", "defence", "defense"}:
        start += 1
    person = doc[start:cut]
    if start == span.start or not 2 <= len(person) <= 4:
        return None
    if not all(token.is_title for token in person) or all(token.lower_ in dictionary_words for token in person):
        return None
    return Span(doc, person.start, person.end, label="PERSON")


def _only_titles(words: Span) -> bool:
    """ "Field Marshal", "Lt Gen": what the model took into a name ahead of it is a title, so the name is still
    the capitalised words after it."""
    return all(word.lower_.rstrip(".") in _NAME_TITLES | TITLE_WORDS | _RANK_QUALIFIERS for word in words)


def _place_then_title(words: Span) -> bool:
    """ "Garissa Governor", "Kano State Governor": capitalised words of a place, then the title of its office."""
    return (
        len(words) >= 2
        and words[-1].lower_.rstrip(".") in _NAME_TITLES
        and all(word.is_title and word.lower_ not in _NAME_TITLES | TITLE_WORDS for word in words[:-1])
    )


def _institution_then_titles(words: Span) -> bool:
    """ "(Chief of) Defence Forces Field Marshal", "(Commander of) the Armed Forces General": the model ran the
    institution a title belongs to, and the rank after it, into the name of the person who holds them."""
    cut = len(words)
    while cut > 0 and words[cut - 1].lower_.rstrip(".") in _NAME_TITLES | TITLE_WORDS | _RANK_QUALIFIERS:
        cut -= 1
    return 0 < cut < len(words) and words[cut - 1].text in ORGANIZATION_HEAD_WORDS


def _continues_titled_name(token: Token) -> bool:
    folded = token.lower_
    if folded in _NAME_PARTICLES:
        return True
    if token.tag_ not in {"NNP", "NNPS"} or not (token.is_title or token.text.isupper() and len(token) <= 4):
        return False  # "II" in "King Abdullah II" is upper-case and short; a shouted word is not a name
    return not (
        folded in CALENDAR_WORDS
        or token.text in ORGANIZATION_HEAD_WORDS
        or folded in FACILITY_HEADS
        or folded in _PLATFORMS
    )
