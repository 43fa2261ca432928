"""Repairs of one predictable parser mistake, made once on the Doc so that every later stage reads one tree.

"Araghchi arrived in Sanaa and held talks with Mashat, the head of the council, the Saba news agency
reported." The small model often hangs the trailing "the Saba news agency" on the name before it, as one
more description of Mashat, and makes "reported" a clause inside the sentence it reports (with "talks" as
its subject). Read that way, the agency meets Araghchi and the minister is the source. A sentence that
ends ", <noun phrase> <reporting verb>" is told by that noun phrase: the repair makes the verb the root,
the phrase its subject and the rest of the sentence what it reports.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirewatch.analyze import plover

__all__ = ["TRAILING_REPORT_COMPONENT_NAME", "repair_trailing_reports"]

TRAILING_REPORT_COMPONENT_NAME = "wirewatch_trailing_report"

_TELLING_VERBS = plover.TELLING_VERBS
# Words a teller's noun phrase is made of: "the Houthi-run Saba news agency", "state media", "a senior official".
_PHRASE_DEPENDENCIES = frozenset({"det", "amod", "compound", "npadvmod", "punct", "nmod", "poss", "case", "nummod"})
_LONGEST_TELLER = 8


@Language.component(TRAILING_REPORT_COMPONENT_NAME)
def repair_trailing_reports(doc: Doc) -> Doc:
    """Re-hang every sentence-final ", <teller> <reporting verb>" the parser misread (see the module's note)."""
    for sentence in list(doc.sents):
        _repair(sentence)
    return doc


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
            reports_after = any(
                child.dep_ in {"ccomp", "xcomp", "dobj", "attr"} and child.i > token.i for child in token.children
            )
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
        if token.dep_ not in _PHRASE_DEPENDENCIES and token.i != teller.i:
            return None
        index -= 1
    return None
