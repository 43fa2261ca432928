"""The repair of sentences that end ", <teller> reported": the teller is the subject of the whole report."""

from __future__ import annotations

import pytest
from spacy.language import Language


def heads(nlp: Language, text: str) -> dict[str, tuple[str, str]]:
    return {token.text: (token.dep_, token.head.text) for token in nlp(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The minister arrived in Cairo on Monday and held talks with Badr Abdelatty, Egypt's foreign minister, "
        "the state-run MENA news agency reported.",
        "On Monday, Israeli artillery shelled the outskirts of the border village of Kfar Kila, the state-run "
        "National News Agency (NNA) reported.",
    ],
)
def test_a_trailing_teller_is_the_subject_of_the_reporting_verb(nlp: Language, text: str) -> None:
    parsed = heads(nlp, text)
    assert parsed["reported"] == ("ROOT", "reported")
    assert parsed["Agency" if "Agency" in parsed else "agency"] == ("nsubj", "reported")
    doc = nlp(text)
    assert len(list(doc.sents)) == 1
    assert sum(1 for token in doc if token.dep_ == "ROOT") == 1


def test_a_misread_object_goes_back_to_its_verb(nlp: Language) -> None:
    doc = nlp(
        "Iranian Foreign Minister Abbas Araghchi arrived in Sanaa on Tuesday and held talks with Mahdi al-Mashat, "
        "the head of the Houthis' Supreme Political Council, the Houthi-run Saba news agency reported, in what "
        "would be the first visit by an Iranian foreign minister to the Yemeni capital since 2014."
    )
    talks = next(token for token in doc if token.text == "talks")
    assert (talks.dep_, talks.head.text) == ("dobj", "held")


@pytest.mark.parametrize(
    "text",
    [
        "The president held a meeting with the delegation, the presidency said in a statement.",
        "The agency reported that the talks had ended without a deal.",
    ],
)
def test_a_sentence_read_right_is_left_alone(nlp: Language, text: str) -> None:
    plain = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name != "wirewatch_trailing_report":
            plain = component(plain)
    assert heads(nlp, text) == {token.text: (token.dep_, token.head.text) for token in plain}


def test_a_verb_read_as_the_object_of_the_day_is_the_sentence_verb(nlp: Language) -> None:
    # Left alone, the model makes "hosted" the object of "on" and the name hangs on the teller's verb.
    text = (
        "President Yoweri Museveni on Thursday hosted Rwanda's President Paul Kagame at the Katuna one-stop "
        "border post in Kabale District, where the two leaders agreed to cut clearance times for cargo trucks, "
        "State House Uganda said in a statement."
    )
    parsed = heads(nlp, text)
    assert parsed["Museveni"] == ("nsubj", "hosted")
    assert parsed["Thursday"] == ("pobj", "on")
    assert parsed["on"] == ("prep", "hosted")
    assert parsed["President"][1] == "hosted" or parsed["Kagame"][1] in {"hosted", "President"}


def test_talks_right_after_held_are_what_was_held(nlp: Language) -> None:
    # Left alone, the model makes "talks" the subject of a verb further on.
    text = (
        "Uralsk, 23 September (Kazinform) - Prime Minister of the Republic of Kazakhstan Olzhas Bektenov today held "
        "talks in Uralsk with the Chairman of the Government of the Russian Federation, Mikhail Mishustin, who "
        "arrived in the West Kazakhstan region on a working visit, the press service of the Prime Minister reported."
    )
    assert heads(nlp, text)["talks"] == ("dobj", "held")
