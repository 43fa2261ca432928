"""Repairs of predictable parser mistakes, made once on the Doc so that every later stage reads one tree.

"Araghchi arrived in Sanaa and held talks with Mashat, the head of the council, the Saba news agency
reported." The small model often hangs the trailing "the Saba news agency" on the name before it, as one
more description of Mashat, and makes "reported" a clause inside the sentence it reports (with "talks" as
its subject). Read that way, the agency meets Araghchi and the minister is the source. A sentence that
ends ", <noun phrase> <reporting verb>" is told by that noun phrase: the repair makes the verb the root,
the phrase its subject and the rest of the sentence what it reports.

"The Crown Prince received at Al-Yamamah Palace in Riyadh today Dr. Ali Larijani": a readout puts the place and
the day before the guest, and the model then reads the guest as one more adverb of time ("npadvmod"). A person
named right after such adverbs of a receiving verb that has no object is its object.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirewatch.analyze import plover
from wirewatch.analyze.names import CALENDAR_WORDS, PERSONAL_OFFICES

__all__ = [
    "BRACKETS_COMPONENT_NAME",
    "PARAGRAPHS_COMPONENT_NAME",
    "TRAILING_REPORT_COMPONENT_NAME",
    "keep_brackets_inside",
    "repair_trailing_reports",
    "start_sentences_at_paragraphs",
]

TRAILING_REPORT_COMPONENT_NAME = "wirewatch_trailing_report"
BRACKETS_COMPONENT_NAME = "wirewatch_brackets"
PARAGRAPHS_COMPONENT_NAME = "wirewatch_paragraphs"
# The longest editor's insertion in square brackets kept inside its sentence ("[21 October]", "[the army]").
_LONGEST_INSERTION = 8
# What is "held" in a report of talks: "held talks", "held consultations".
_HELD_GATHERINGS = frozenset({"talk", "talks", "consultation", "negotiation", "discussion", "meeting"})


@Language.component(BRACKETS_COMPONENT_NAME)
def keep_brackets_inside(doc: Doc) -> Doc:
    """ "in a telephone conversation on Wednesday evening [21 October] exchanged views": a translator's insertion
    in square brackets is part of its sentence. Left alone, the parser starts a sentence at the bracket and the
    sentence loses its verb. Runs before the parser, which keeps the boundaries it is given."""
    for opening in (token for token in doc if token.text == "["):
        closing = next(
            (token for token in doc[opening.i + 1 : opening.i + 2 + _LONGEST_INSERTION] if token.text == "]"), None
        )
        if closing is None or opening.i == 0:
            continue
        for token in doc[opening.i : min(closing.i + 2, len(doc))]:
            token.is_sent_start = False
    return doc


@Language.component(PARAGRAPHS_COMPONENT_NAME)
def start_sentences_at_paragraphs(doc: Doc) -> Doc:
    """A paragraph break ends a sentence. Left alone, the parser runs a heading with no full stop ("Statement by
    the Media Center of the Taiz Military Axis") into the paragraph after it, and that sentence's verb then
    has the heading for its subject. Runs before the parser, which keeps the boundaries it is given."""
    for token in doc[1:]:
        previous = token.nbor(-1)
        if not token.is_space and ((previous.is_space and "\n" in previous.text) or "\n" in previous.whitespace_):
            token.is_sent_start = True
        elif previous.is_alpha and previous.whitespace_ and not token.is_space:
            # "… received today at Al-Yamamah Palace in Riyadh Field Marshal Syed Asim Munir": within a paragraph no
            # sentence starts straight after a word; the parser, left alone, cuts long runs of titles and names.
            token.is_sent_start = False
    return doc

_TELLING_VERBS = plover.TELLING_VERBS
# Words a teller's noun phrase is made of: "the Houthi-run Saba news agency", "state media", "a senior official".
_PHRASE_DEPENDENCIES = frozenset({"det", "amod", "compound", "npadvmod", "punct", "nmod", "poss", "case", "nummod"})
_LONGEST_TELLER = 8
# "a security source in Fada N'Gourma", "an official at the hospital": where a teller is, inside the teller's phrase.
_TELLER_PLACE_PREPOSITIONS = frozenset({"in", "at", "from"})


@Language.component(TRAILING_REPORT_COMPONENT_NAME)
def repair_trailing_reports(doc: Doc) -> Doc:
    """Re-hang every sentence-final ", <teller> <reporting verb>" the parser misread (see the module's note)."""
    for sentence in list(doc.sents):
        _repair(sentence)
        _repair_held_talks(sentence)
        _repair_fronted_guest(sentence)
        _repair_loose_apposition(sentence)
        _repair_verb_after_day(sentence)
        _repair_second_toll(sentence)
    return doc


# Verbs of a toll: "killed", "wounded", "injured".
_TOLL_LEMMAS = frozenset({"kill", "wound", "injure", "martyr"})


def _repair_second_toll(sentence: Span) -> None:
    """ "Two protesters were killed and dozens injured in clashes": a second passive written without its "were".
    The model reads its count as a plain subject ("four soldiers wounded", nsubj), as one more object of the
    first verb with the participle hanging off it ("dozens injured", acl), or, when a speaker follows ("…
    injured in clashes, the group's leader told a crowd"), as the subject of the speaking verb. Either way the
    count is the second verb's passive subject and the verb is coordinated with the first."""
    for first in sentence:
        if first.lemma_.lower() not in _TOLL_LEMMAS or not any(c.dep_ == "auxpass" for c in first.children):
            continue
        for second in sentence[first.i - sentence.start + 1 :]:
            if second.tag_ != "VBN" or second.lemma_.lower() not in _TOLL_LEMMAS:
                continue
            if any(child.dep_ in {"aux", "auxpass"} for child in second.children):
                continue
            if second.dep_ == "conj" and second.head.i == first.i:
                for count in second.children:
                    if count.dep_ == "nsubj":
                        count.dep_ = "nsubjpass"
            elif second.dep_ == "acl" and (
                (second.head.dep_ in {"conj", "dobj"} and second.head.head.i == first.i)
                or _count_after_and(second.head, first)
            ):
                count = second.head
                second.head, second.dep_ = first, "conj"
                count.head, count.dep_ = second, "nsubjpass"


def _count_after_and(count: Token, first: Token) -> bool:
    """ "were killed and dozens injured": the count just after the "and" that joins it to the first toll."""
    and_ = count.nbor(-1) if count.i > 0 else None
    return (
        count.dep_ == "nsubj"
        and and_ is not None
        and and_.dep_ == "cc"
        and and_.head.i == first.i
        and count.head.i > count.i
    )


def _repair_held_talks(sentence: Span) -> None:
    """ "Prime Minister … Olzhas Bektenov today held talks in Uralsk with …, and the sides discussed …": the model
    may make "talks" the subject of a verb further on; talks right after "held" are what was held."""
    for verb in sentence:
        if verb.lemma_.lower() != "hold" or verb.pos_ not in {"VERB", "AUX"} or verb.i + 1 >= sentence.end:
            continue
        talks = verb.nbor(1)
        if (
            talks.lemma_.lower() in _HELD_GATHERINGS
            and talks.dep_ in {"nsubj", "nsubjpass"}
            and talks.head.i > talks.i
            and verb not in list(talks.subtree)
        ):
            talks.head, talks.dep_ = verb, "dobj"


def _repair_verb_after_day(sentence: Span) -> None:
    """ "President William Ruto on Thursday hosted leaders of …": with the day between subject and verb, the model
    may read the verb as an adjective of its object ("hosted leaders") and the name as the subject of a later
    clause, or of no verb at all. The word after the day is the sentence's verb, the name its subject and the
    noun its object ("hosted Somalia's President Hassan Sheikh Mohamud": the owned name, not its owner)."""
    doc = sentence.doc
    for verb in sentence:
        if _repair_verb_read_as_day_object(verb):
            return
        if verb.dep_ != "amod" or verb.tag_ not in {"VBN", "VBD"} or verb.head.i <= verb.i:
            continue
        start = verb.i
        while start > sentence.start and _dates(doc[start - 1]):
            start -= 1
        if start == verb.i or start == sentence.start:
            continue
        subject = doc[start - 1]
        while subject.dep_ == "appos" and subject.head.i < subject.i:
            subject = subject.head  # "Kenya's President William Ruto on Wednesday hosted …": the title heads the name
        if subject.pos_ not in {"PROPN", "NOUN"} or subject.dep_ not in {"ROOT", "nsubj", "dep"}:
            continue  # ("dep": the parser left the name hanging on the teller's verb at the end)
        if any(token.pos_ in {"VERB", "AUX"} and token.dep_ != "amod" for token in doc[sentence.start : verb.i]):
            return
        clause = subject.head  # the later verb the name was made the subject of, if any
        # "President William Ruto on Wednesday hosted leaders …, the presidency said": the name is already the
        # verb's subject, but the verb hangs on its object, which the parser made the teller's subject.
        own_subject = subject.dep_ == "nsubj" and clause.i == verb.i
        if subject.dep_ == "nsubj" and not own_subject and (clause.i <= verb.i or clause.dep_ != "ROOT"):
            continue
        obj = verb.head
        while obj.dep_ in {"poss", "compound"} and obj.head.i > obj.i:
            obj = obj.head
        if own_subject:
            teller = obj.head
            if obj.dep_ not in {"nsubj", "ccomp"} or teller.dep_ != "ROOT" or teller.i <= obj.i:
                continue
            obj.head, obj.dep_ = verb, "dobj"
            verb.head, verb.dep_, verb.tag_, verb.pos_ = teller, "ccomp", "VBD", "VERB"
            for token in doc[subject.i + 1 : verb.i]:
                if token.head.i == subject.i and token.dep_ == "prep":
                    token.head = verb  # "on Wednesday" dates the act
            return
        for token in doc[subject.i + 1 : verb.i]:
            if token.head.i in {obj.i, subject.i} and token.dep_ in {"prep", "npadvmod", "pobj"}:
                token.head = verb  # "on Thursday" dates the act
                token.dep_ = "prep" if token.pos_ == "ADP" else "npadvmod"
        for token in subject.children:
            if token.i > verb.i and token.dep_ == "prep":
                token.head = verb  # "… for talks on border security": what the act was for
        obj.head = verb
        obj.dep_ = "dobj"
        verb.head = verb
        verb.dep_ = "ROOT"
        verb.tag_ = "VBD"
        verb.pos_ = "VERB"
        if subject.dep_ == "nsubj":
            clause.head = verb  # "…, as a row … spills over": the later clause hangs on the act
            clause.dep_ = "advcl"
        subject.head = verb
        subject.dep_ = "nsubj"
        return


def _repair_verb_read_as_day_object(verb: Token) -> bool:
    """ "President Yoweri Museveni on Thursday hosted Rwanda's President Paul Kagame …": the model may read the
    verb as the object of "on", with the day hanging on the verb and the name on a later verb. The name is the
    subject of the verb, which takes the name's place in the sentence, and the day hangs on the "on"."""
    on = verb.head
    subject = on.head
    if not (
        verb.dep_ == "pobj"
        and verb.tag_ in {"VBD", "VBN"}
        and on.lower_ == "on"
        and on.i < verb.i
        and subject.i < on.i
        and subject.pos_ == "PROPN"
        and any(child.dep_ == "dobj" for child in verb.children)
    ):
        return False
    days = [child for child in verb.children if child.i < verb.i and child.lower_ in CALENDAR_WORDS]
    if len(days) != 1 or days[0].i != on.i + 1:
        return False
    if subject.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = subject.head, subject.dep_
    verb.pos_ = "VERB"
    subject.head, subject.dep_ = verb, "nsubj"
    on.head, on.dep_ = verb, "prep"
    days[0].head, days[0].dep_ = on, "pobj"
    return True


def _dates(token: Token) -> bool:
    """A word of a day phrase standing between a subject and its verb: "on Monday", "late on Sunday", "today"."""
    return (
        token.lower_ in CALENDAR_WORDS
        or token.ent_type_ in {"DATE", "TIME"}
        or token.lower_ in {"on", "late", "early", "today", "yesterday"}
        or (token.like_num and token.i > 0 and token.nbor(-1).lower_ in CALENDAR_WORDS)
    )


def _repair_loose_apposition(sentence: Span) -> None:
    """ "hosted by China's special envoy for Asian affairs, Deng Xijun, and attended by …": the name set off by
    commas after the agent's title is read as an adverb of the verb; it names the title's holder."""
    doc = sentence.doc
    for verb in sentence:
        if verb.pos_ != "VERB":
            continue
        for name in [child for child in verb.children if child.dep_ == "npadvmod" and child.i > verb.i]:
            start = min(token.i for token in name.subtree)
            if not _names_someone(name) or start - 1 <= verb.i or doc[start - 1].text != ",":
                continue
            holder = _title_holding_noun(doc[start - 2], verb)
            if holder is not None:
                name.head = holder
                name.dep_ = "appos"


def _names_someone(token: Token) -> bool:
    """A name of two or more capitalised words ("Dr. Ali Larijani"), not a day or a month (this runs before NER)."""
    words = [child for child in token.children if child.dep_ == "compound" and child.pos_ == "PROPN"]
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and bool(words)
        and token.lower_ not in CALENDAR_WORDS
        and not any(word.lower_ in CALENDAR_WORDS for word in words)
    )


def _title_holding_noun(word: Token, verb: Token) -> Token | None:
    """The noun nearest the verb, above `word`, that is an office rather than the event itself: "envoy" in
    "hosted by China's special envoy for Asian affairs", "head" in "a call with the head of the group's office"."""
    chain = []
    token = word
    while token.i != verb.i and token.head.i != token.i:
        chain.append(token)
        token = token.head
    if token.i != verb.i:
        return None
    found = next(
        (
            noun
            for noun in reversed(chain)
            if noun.pos_ == "NOUN" and noun.dep_ in {"pobj", "dobj"} and noun.lemma_.lower() not in plover.NOUN_TRIGGERS
        ),
        None,
    )
    if found is not None:
        return found
    # "hosted by Qatar's Minister of State at the Ministry of Foreign Affairs, Mohammed Al-Khulaifi": the
    # parser hangs "at the Ministry" on the verb; the title is the agent's.
    return next(
        (
            pobj
            for agent in verb.children
            if agent.dep_ == "agent"
            for pobj in agent.children
            if pobj.dep_ == "pobj" and pobj.lower_ in PERSONAL_OFFICES
        ),
        None,
    )


# Verbs whose object is the guest: "received at the palace today Dr. X".
_RECEIVING_VERBS = frozenset({"receive", "host", "welcome", "meet"})


def _repair_fronted_guest(sentence: Span) -> None:
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RECEIVING_VERBS:
            continue
        if any(child.dep_ in {"dobj", "nsubjpass", "auxpass"} for child in verb.children):
            continue
        guest = next(
            (
                child
                for child in verb.children
                if child.dep_ == "npadvmod" and child.i > verb.i and _names_someone(child)
            ),
            None,
        )
        if guest is None:
            guest = _guest_read_as_the_venue(verb)
            if guest is not None:
                guest.head = verb
        if guest is not None:
            guest.dep_ = "dobj"


# "received at his office …": the words of a place where a guest is received.
_VENUE_WORDS = frozenset({"office", "palace", "residence", "headquarters", "premises"})


def _guest_read_as_the_venue(verb: Token) -> Token | None:
    """ "Prime Minister Abiy Ahmed today received at his office Sudan's Sovereignty Council Chairman General
    Abdelfattah Al-Burhan": the model reads the office and the guest after it as one place the verb was "at"."""
    for preposition in verb.children:
        if preposition.dep_ != "prep" or preposition.lower_ != "at" or preposition.i < verb.i:
            continue
        for place in preposition.children:
            # ("received today at the Al-Ittihadiya Palace President Yoweri Kaguta Museveni": a named venue)
            opening = verb.doc[preposition.i + 1 : max(place.i, preposition.i + 3)]
            if (
                place.dep_ == "pobj"
                and _names_someone(place)
                and any(word.lower_ in _VENUE_WORDS for word in opening)
            ):
                return place
    return None


def _repair(sentence: Span) -> None:
    verb = _final_reporting_verb(sentence)
    if verb is None:
        return
    teller = verb.doc[verb.i - 1]
    if teller.text == ")" and verb.i >= 4 and verb.doc[verb.i - 3].text == "(":
        teller = verb.doc[verb.i - 4]  # "the state-run National News Agency (NNA) reported"
    if teller.pos_ not in {"NOUN", "PROPN"}:
        return
    start = _start_of_phrase(sentence, teller)
    if start is None:
        return
    # "a local official in Mora told …": the teller is the official; the place only says where he is.
    preposition = next(
        (t for t in verb.doc[start : teller.i] if t.pos_ == "ADP" and t.lower_ in _TELLER_PLACE_PREPOSITIONS), None
    )
    if preposition is not None and preposition.i - 1 >= start and verb.doc[preposition.i - 1].pos_ in {"NOUN", "PROPN"}:
        teller = verb.doc[preposition.i - 1]
    root = sentence.root
    if root.i == verb.i and teller.head.i == verb.i and teller.dep_ == "nsubj":
        return  # read right
    if not any(token.pos_ in {"VERB", "AUX"} for token in sentence.doc[sentence.start : start - 1]):
        return  # ", the agency reported." with nothing reported before it
    doc = sentence.doc
    wrong_subjects = [
        child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"} and child.i < start
    ]
    old_head = verb.head
    for token in doc[start : verb.i]:
        if token.i != teller.i and (token.head.i < start or token.head.i >= verb.i):
            token.head = teller  # the phrase hangs together
            if token.i != teller.i and token.dep_ in {"conj", "appos", "ROOT"}:
                token.dep_ = "compound"
    teller.head = verb
    teller.dep_ = "nsubj"
    comma = doc[start - 1]
    comma.head = verb
    comma.dep_ = "punct"
    if root.i != verb.i:
        verb.head = verb
        verb.dep_ = "ROOT"
        root.head = verb
        root.dep_ = "ccomp"
    for subject in wrong_subjects:
        # "held talks …, the agency reported": "talks" was read as the subject of "reported".
        if old_head.i != verb.i and old_head.pos_ in {"VERB", "AUX"} and old_head.i < subject.i:
            subject.head = old_head
            subject.dep_ = "dobj"


def _final_reporting_verb(sentence: Span) -> Token | None:
    """The reporting verb that ends the sentence, bar its own adjuncts ("said on Sunday", "reported, in what
    would be the first visit …"): everything after it hangs on it, and nothing after it is what it reports."""
    for token in reversed(sentence):
        if token.pos_ == "VERB" and token.lemma_.lower() in _TELLING_VERBS and token.tag_ in {"VBD", "VBZ"}:
            own = {descendant.i for descendant in token.subtree}
            after = sentence.doc[token.i + 1 : sentence.end]
            trailing_only = all(following.i in own or following.is_punct or following.is_space for following in after)
            # "told Lake Chad Press by phone": whom a teller told is no report.
            reported = {"ccomp", "xcomp", "attr"} | (set() if token.lemma_.lower() == "tell" else {"dobj"})
            reports_after = any(child.dep_ in reported and child.i > token.i for child in token.children)
            return token if trailing_only and not reports_after else None
    return None


def _start_of_phrase(sentence: Span, teller: Token) -> int | None:
    """Where the teller's noun phrase begins, right after a comma; None when no comma sets it off."""
    index = teller.i - 1
    while index > sentence.start and teller.i - index < _LONGEST_TELLER:
        token = sentence.doc[index]
        if token.text == ",":
            return index + 1 if index + 1 <= teller.i else None
        if token.pos_ in {"VERB", "AUX"} and token.dep_ != "amod":
            return None
        placing = (token.dep_ == "prep" and token.lower_ in _TELLER_PLACE_PREPOSITIONS) or token.dep_ in {"pobj", "appos"}
        if token.dep_ not in _PHRASE_DEPENDENCIES and token.i != teller.i and not placing:
            return None  # "a local official in Mora": where the teller is stays in the phrase
        index -= 1
    return None
