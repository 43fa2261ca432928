"""Attribution chains and certainty, on invented sentences."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from wirewatch.analyze.sources import MentionIndex, certainty_of, find_sources, sentence_sources
from wirewatch.model import Entity, Span


def entities_named(text: str, table: list[tuple[str, str, list[str]]]) -> tuple[Entity, ...]:
    """Entities with a mention at every whole-word occurrence of each of their forms."""
    entities = []
    for number, (name, kind, forms) in enumerate(table, start=1):
        mentions = [
            Span(match.start(), match.end(), match.group())
            for form in forms
            for match in re.finditer(rf"\b{re.escape(form)}\b", text)
        ]
        entities.append(Entity(f"e{number}", name, kind, tuple(sorted(mentions, key=lambda s: s.start))))  # type: ignore[arg-type]
    return tuple(entities)


def only_sentence(nlp: Language, text: str):
    doc = nlp(text)
    sentences = list(doc.sents)
    return doc, sentences[0]


def test_inverted_reporting_clause_names_the_source(nlp: Language) -> None:
    text = "Rebel commanders met envoys in Geneva on Friday, reported a news agency."
    _, sentence = only_sentence(nlp, text)
    links = sentence_sources(sentence, MentionIndex(()), None)
    assert [(link.name, link.kind) for link in links] == [("a news agency", "media")]
    assert certainty_of(sentence, bool(links)) == "attributed"


def test_chain_is_outermost_first_through_a_report_and_a_post(nlp: Language) -> None:
    text = (
        "A report by the Atlas Monitoring Group said that Karim Osei posted a video on Telegram "
        "of his convoy meeting with the governor."
    )
    entities = entities_named(
        text,
        [
            ("Atlas Monitoring Group", "organization", ["Atlas Monitoring Group"]),
            ("Karim Osei", "person", ["Karim Osei"]),
        ],
    )
    _, sentence = only_sentence(nlp, text)
    links = sentence_sources(sentence, MentionIndex(entities), None)
    assert [link.kind for link in links] == ["document", "social-media"]
    assert "Atlas Monitoring Group" in links[0].name and links[0].entity == "e1"
    assert links[1].entity == "e2" and "Telegram" in links[1].name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two ministers met in Oslo on Monday.", "asserted"),
        ("The two ministers met in Oslo, according to activists.", "attributed"),
        ("The two ministers reportedly met in Oslo.", "hedged"),
        ("He is reported to meet the rebel leadership in Oslo.", "hedged"),
        ("The visit may have included a stop in Bergen.", "hedged"),
        ("It is unclear whether the two ministers met at all.", "disputed"),
        ("The ministry denied that its envoy had travelled to Oslo.", "disputed"),
        ("The toll could not be independently verified.", "disputed"),
        ("Around 2,000 farmers marched through Tarvo on Monday to reject the new land law.", "asserted"),
    ],
)
def test_certainty_labels(nlp: Language, text: str, expected: str) -> None:
    _, sentence = only_sentence(nlp, text)
    links = sentence_sources(sentence, MentionIndex(()), None)
    assert certainty_of(sentence, bool(links)) == expected


def test_quoted_words_do_not_hedge_the_writer(nlp: Language) -> None:
    text = "Varga said the movement “may have a role in the talks.”"
    _, sentence = only_sentence(nlp, text)
    assert certainty_of(sentence, True) == "attributed"


def test_a_speaker_who_acted_does_not_source_their_own_act(nlp: Language) -> None:
    text = "Osei had a call with the governor and said that the talks “went well.”"
    doc = nlp(text)
    entities = entities_named(text, [("Osei", "person", ["Osei"])])
    (attribution,) = find_sources(doc, (), entities)
    call = next(token for token in doc if token.lower_ == "call")
    went = next(token for token in doc if token.lower_ == "went")
    assert attribution.links_for(call) == ()
    assert [link.entity for link in attribution.links_for(went)] == ["e1"]


def test_plain_sentences_have_no_attribution(nlp: Language) -> None:
    doc = nlp("Floods closed the northern road. Schools stayed shut.")
    assert find_sources(doc, (), ()) == ()


def test_captions_are_read_with_their_index(nlp: Language) -> None:
    body = nlp("Talks ended.")
    caption = nlp("The envoy reportedly met the rebels in Oslo.")
    (attribution,) = find_sources(body, [caption], ())
    assert attribution.caption == 0 and attribution.certainty == "hedged"


def test_a_trailing_speaker_is_the_subject_nearest_the_cue(nlp: Language) -> None:
    # The parser gives "told" both the militants and the official as subjects.
    text = (
        "Boko Haram militants abducted at least 20 students from a secondary school in Gwoza local government area"
        " of Borno State on Thursday night, a school official told the Lake Chad Desk."
    )
    _, sentence = only_sentence(nlp, text)
    links = sentence_sources(sentence, MentionIndex(()), None)
    assert [link.name for link in links][:1] == ["a school official"]


def test_a_list_of_speakers_closing_the_sentence_is_its_source(nlp: Language) -> None:
    # The parser hangs "residents and a UN source" on Goma and leaves "said" without a subject.
    text = (
        "Heavy fighting broke out on Monday between M23 rebels and the Congolese army around Sake, a town 25 km"
        " west of Goma, residents and a UN source said."
    )
    _, sentence = only_sentence(nlp, text)
    links = sentence_sources(sentence, MentionIndex(()), None)
    assert [link.name for link in links][:1] == ["residents"]


def test_a_groups_own_media_centre_speaks_for_the_group_not_as_an_outlet(nlp: Language) -> None:
    text = (
        "Gunmen attacked a checkpoint of the Syrian Democratic Forces in Thiban late on Saturday, the SDF said.\n\n"
        "The attackers fled towards the desert, the SDF's media centre said in a statement on Sunday."
    )
    entities = entities_named(text, [("Syrian Democratic Forces", "organization", ["Syrian Democratic Forces", "SDF"])])
    attributions = find_sources(nlp(text), (), entities)
    kinds = {link.kind for attribution in attributions for link in attribution.links}
    assert "media" not in kinds
