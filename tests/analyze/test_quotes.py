"""Quotes: marks read per paragraph, speakers followed through pronouns, titles and reports."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from wirewatch.analyze.quotes import find_quotes, quoted_stretches
from wirewatch.model import Entity, Role, Span


def entities_named(
    text: str, table: list[tuple[str, str, list[str]]], roles: dict[str, str] | None = None
) -> tuple[Entity, ...]:
    """Entities with a mention at every whole-word occurrence of each of their forms."""
    entities = []
    for number, (name, kind, forms) in enumerate(table, start=1):
        mentions = [
            Span(match.start(), match.end(), match.group())
            for form in forms
            for match in re.finditer(rf"\b{re.escape(form)}\b", text)
        ]
        role = (roles or {}).get(name)
        entity_roles = (Role(role, 0, len(role), role),) if role else ()
        entities.append(
            Entity(
                f"e{number}", name, kind, tuple(sorted(mentions, key=lambda s: s.start)), roles=entity_roles
            )  # type: ignore[arg-type]
        )
    return tuple(entities)


# ---------------------------------------------------------------- marks alone


def test_multi_paragraph_quote_opens_each_paragraph_and_closes_once() -> None:
    text = "“First part of it.\n\n“Second part of it.\n\n“Third part.” The council adjourned."
    (stretch,) = quoted_stretches(text)
    assert (stretch.start, stretch.end, stretch.closed, stretch.paragraphs) == (
        0,
        text.index(" The council"),
        True,
        3,
    )


def test_open_paragraphs_before_a_self_attributed_one_are_a_quote_of_their_own() -> None:
    text = "“First part.\n\n“Second part.\n\n“Third part,” said Varga."
    first, last = quoted_stretches(text)
    assert first.carried and not first.closed and first.paragraphs == 2
    assert text[last.start : last.end] == "“Third part,”"


def test_a_quote_left_open_ends_with_its_paragraph_and_the_next_one_is_still_read() -> None:
    text = "He said: “We will not leave\n\nThe talks resumed. “Nothing changed,” Osei said."
    first, second = quoted_stretches(text)
    assert not first.closed and text[first.start : first.end] == "“We will not leave"
    assert text[second.start : second.end] == "“Nothing changed,”"


def test_apostrophes_and_inch_marks_are_not_quotes() -> None:
    assert quoted_stretches('The rebels’ 12" mortar hit the Taliban’s post.') == ()


def test_straight_quotes_pair_up() -> None:
    text = 'She said "we are ready" and left. He said "not yet".'
    assert [text[s.start : s.end] for s in quoted_stretches(text)] == ['"we are ready"', '"not yet"']


@given(st.text(alphabet=st.sampled_from(list('ab .,“”"‘’«»\n')), max_size=200))
def test_any_arrangement_of_marks_gives_ordered_spans_inside_the_text(text: str) -> None:
    stretches = quoted_stretches(text)
    for stretch in stretches:
        assert 0 <= stretch.start < stretch.end <= len(text)


# ---------------------------------------------------------------- quotes with speakers


def test_direct_partial_and_indirect_quotes_with_their_speakers(nlp: Language) -> None:
    text = (
        "Lena Varga, the foreign minister of Norland, arrived in Tallin on Monday.\n\n"
        "“We came to listen, not to lecture,” Varga said.\n\n"
        "She said that the border “must stay open” for traders.\n\n"
        "“Nobody wants another winter like the last one,” the minister said."
    )
    entities = entities_named(
        text,
        [("Lena Varga", "person", ["Lena Varga", "Varga"]), ("Norland", "place", ["Norland"])],
        {"Lena Varga": "the foreign minister"},
    )
    quotes = find_quotes(nlp(text), (), entities)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    found = {(quote.kind, quote.text) for quote in quotes}
    assert ("direct", "We came to listen, not to lecture,") in found
    assert ("partial", "must stay open") in found
    assert any(kind == "indirect" and said.startswith("the border") for kind, said in found)
    assert ("direct", "Nobody wants another winter like the last one,") in found
    assert {quote.speaker for quote in quotes} == {"e1"}
    assert {quote.speaker_name for quote in quotes} == {"Lena Varga"}


def test_said_the_report_points_back_to_the_report_named_before(nlp: Language) -> None:
    text = (
        "A report by the Harbor Policy Institute said that the two ports had signed a deal.\n\n"
        "“Both sides agreed to share the dredging costs,” said the report."
    )
    entities = entities_named(
        text, [("Harbor Policy Institute", "organization", ["Harbor Policy Institute"])]
    )
    direct = [quote for quote in find_quotes(nlp(text), (), entities) if quote.kind == "direct"]
    assert [(quote.speaker, quote.speaker_name) for quote in direct] == [
        ("e1", "the Harbor Policy Institute")
    ]


def test_a_resident_of_a_town_speaks_for_himself_and_a_capital_for_its_government(nlp: Language) -> None:
    text = (
        "“We did not leave our homes all night,” a resident of Tarvo told the radio station.\n\n"
        "“The strikes will go on,” Moscow said in a statement."
    )
    entities = entities_named(text, [("Tarvo", "place", ["Tarvo"]), ("Moscow", "place", ["Moscow"])])
    direct = [quote for quote in find_quotes(nlp(text), (), entities) if quote.kind == "direct"]
    assert [(quote.speaker, quote.speaker_name) for quote in direct] == [
        (None, "a resident of Tarvo"),
        ("e2", "Moscow"),
    ]


def test_a_body_named_after_its_owner_speaks_for_itself(nlp: Language) -> None:
    text = (
        "The army's Operation Kestrel Shield said in a statement on Monday that troops had \u201cdecisively "
        "repelled\u201d an attack on their base."
    )
    entities = entities_named(
        text,
        [("army", "organization", ["army"]), ("Operation Kestrel Shield", "other", ["Operation Kestrel Shield"])],
    )
    quotes = find_quotes(nlp(text), (), entities)
    assert quotes
    assert {(quote.speaker, quote.speaker_name) for quote in quotes} == {("e2", "Operation Kestrel Shield")}


def test_reportedly_hedges_a_direct_quote(nlp: Language) -> None:
    text = "“We are proud of our farmers,” said Osei reportedly."
    entities = entities_named(text, [("Osei", "person", ["Osei"])])
    (quote,) = find_quotes(nlp(text), (), entities)
    assert (quote.kind, quote.speaker, quote.certainty) == ("direct", "e1", "hedged")


def test_hedged_indirect_quote(nlp: Language) -> None:
    text = "Marta Ilves, an economist, said that the strike may have cost the port a week of trade."
    entities = entities_named(text, [("Marta Ilves", "person", ["Marta Ilves"])])
    (quote,) = find_quotes(nlp(text), (), entities)
    assert (quote.kind, quote.speaker, quote.certainty) == ("indirect", "e1", "hedged")
    assert quote.text.startswith("the strike may have cost")


def test_multi_paragraph_quote_takes_the_speaker_named_at_its_end(nlp: Language) -> None:
    text = (
        "Tomas Berg spoke after the vote.\n\n"
        "“The council has to move faster.\n\n"
        "“People are waiting for the bridge.\n\n"
        "“We will push for a second vote,” said Berg."
    )
    entities = entities_named(text, [("Tomas Berg", "person", ["Tomas Berg", "Berg"])])
    quotes = [quote for quote in find_quotes(nlp(text), (), entities) if quote.kind == "direct"]
    assert [quote.speaker for quote in quotes] == ["e1", "e1"]
    assert "\n\n“People are waiting" in quotes[0].text


def test_unbalanced_marks_degrade_one_quote_not_the_document(nlp: Language) -> None:
    text = (
        "“The port stays shut, the mayor told reporters.\n\n"
        "“Trade will resume on Monday,” said Ana Lind, the port director."
    )
    entities = entities_named(text, [("Ana Lind", "person", ["Ana Lind"])])
    quotes = find_quotes(nlp(text), (), entities)
    assert any(quote.text.startswith("Trade will resume") and quote.speaker == "e1" for quote in quotes)


def test_scare_quotes_without_a_speech_verb_are_not_quotes(nlp: Language) -> None:
    text = "The so-called “peace caravan” reached the capital on Sunday."
    assert find_quotes(nlp(text), (), ()) == ()


def test_caption_quotes_carry_their_caption_index(nlp: Language) -> None:
    body = nlp("The talks ended.")
    caption = nlp("“We will return,” Osei said as he left the hall.")
    start = caption.text.index("Osei")
    entities = (Entity("e1", "Osei", "person", (Span(start, start + 4, "Osei", 0),)),)
    (quote,) = find_quotes(body, [caption], entities)
    assert (quote.caption, quote.speaker) == (0, "e1")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from(
            ["“", "”", '"', "‘", "’", "Osei said", " the port", ", ", ". ", "\n\n", "stays shut"]
        ),
        max_size=30,
    )
)
def test_no_arrangement_of_marks_stops_the_quote_finder(nlp: Language, pieces: list[str]) -> None:
    text = "".join(pieces)
    entities = entities_named(text, [("Osei", "person", ["Osei"])])
    for quote in find_quotes(nlp(text), (), entities):
        assert text[quote.start : quote.end] == quote.text


def test_a_wire_dateline_is_no_part_of_a_reported_sentence(nlp: Language) -> None:
    text = "TARVO, May 2 (Gulf Wire) — Gunmen attacked a checkpoint near the port on Friday, officials said."
    (quote,) = find_quotes(nlp(text), (), ())
    assert quote.kind == "indirect"
    assert quote.text == "Gunmen attacked a checkpoint near the port on Friday"


def test_the_group_said_points_back_to_the_organization_named_last(nlp: Language) -> None:
    text = (
        "Fighters of the Sahel Defence Front ambushed a convoy near Tarvo, police said.\n\n"
        "The group said in a statement that its fighters had taken two trucks."
    )
    entities = entities_named(
        text,
        [("Sahel Defence Front", "organization", ["Sahel Defence Front"]), ("Tarvo", "place", ["Tarvo"])],
    )
    statement = next(quote for quote in find_quotes(nlp(text), (), entities) if "trucks" in quote.text)
    assert statement.speaker == "e1"


def test_the_group_as_speaker_is_the_salient_group_not_merely_the_last_named(nlp: Language) -> None:
    text = (
        "Rebels of the Northern Front seized Tarvo on Tuesday. The Northern Front now holds the valley.\n\n"
        "United Nations experts say arms reach the rebels through Lusa.\n\n"
        "The group said in a statement that it would hold the town."
    )
    entities = entities_named(
        text,
        [("Northern Front", "organization", ["Northern Front"]), ("United Nations", "organization",
          ["United Nations"])],
    )  # fmt: skip
    statement = next(quote for quote in find_quotes(nlp(text), (), entities) if "hold the town" in quote.text)
    assert statement.speaker == "e1"


def test_the_statement_added_points_back_to_whoever_issued_it(nlp: Language) -> None:
    text = (
        'The finance ministry said in a statement that the deficit would fall. "The numbers speak for '
        'themselves," the statement added.'
    )
    entities = entities_named(text, [("finance ministry", "organization", ["finance ministry"])])
    direct = [quote for quote in find_quotes(nlp(text), (), entities) if quote.kind == "direct"]
    assert [quote.speaker for quote in direct] == ["e1"]


def test_he_after_a_speaker_described_in_the_paragraph_is_that_speaker_not_a_person_named_before(
    nlp: Language,
) -> None:
    text = (
        "The government's spokesman, Legesse Tulu, did not answer calls.\n\n"
        "A fisherman who was at the landing site said the drone came in from the north. "
        '"The explosion threw me to the ground," he said.'
    )
    entities = entities_named(text, [("Legesse Tulu", "person", ["Legesse Tulu"])])
    (direct,) = [quote for quote in find_quotes(nlp(text), (), entities) if quote.kind == "direct"]
    assert direct.speaker is None
    assert direct.speaker_name is not None and "fisherman" in direct.speaker_name.lower()


def test_he_after_a_named_speaker_is_the_one_who_last_spoke_in_the_paragraph(nlp: Language) -> None:
    text = (
        "Arvid Kallas, speaking to state television after the talks, said Tarvo would never give up Mikk Tamm. "
        '"The island is ours, and no court is going to change that," he said.'
    )
    # "Mikk Tamm" stands for a name the model took for a person's; he is named last, but he did not speak.
    entities = entities_named(
        text, [("Arvid Kallas", "person", ["Arvid Kallas"]), ("Mikk Tamm", "person", ["Mikk Tamm"])]
    )
    (direct,) = [quote for quote in find_quotes(nlp(text), (), entities) if quote.kind == "direct"]
    assert direct.speaker == "e1"


def test_he_points_at_the_subject_not_at_a_person_named_in_an_aside_about_it(nlp: Language) -> None:
    text = (
        "Arvid Kallas, who defeated Mikk Tamm in the leadership election last year, struck a more cautious note.\n\n"
        '"We are ready for a solution based on equality," he said.'
    )
    entities = entities_named(
        text, [("Arvid Kallas", "person", ["Arvid Kallas"]), ("Mikk Tamm", "person", ["Mikk Tamm"])]
    )
    (direct,) = [quote for quote in find_quotes(nlp(text), (), entities) if quote.kind == "direct"]
    assert direct.speaker == "e1"


def test_who_was_quoted_as_saying_spoke_and_the_agency_that_quoted_them_passes_it_on(nlp: Language) -> None:
    text = (
        '"Our position has not changed," Arvid Kallas was quoted as saying by the Tarvo News Agency. '
        "The Norvik Wire quoted Mikk Tamm as saying that the talks would resume in January."
    )
    table = [
        ("Arvid Kallas", "person", ["Arvid Kallas"]),
        ("Tarvo News Agency", "organization", ["Tarvo News Agency"]),
        ("Norvik Wire", "organization", ["Norvik Wire"]),
        ("Mikk Tamm", "person", ["Mikk Tamm"]),
    ]
    quotes = find_quotes(nlp(text), (), entities_named(text, table))
    (direct,) = [quote for quote in quotes if quote.kind == "direct"]
    assert direct.speaker == "e1"
    assert [link.entity for link in direct.sources] == ["e2"]
    (indirect,) = [quote for quote in quotes if quote.kind == "indirect"]
    assert indirect.speaker == "e4"
    assert [link.entity for link in indirect.sources] == ["e3"]


def test_a_relative_pronoun_speaker_stands_for_the_noun_it_follows(nlp: Language) -> None:
    text = "Rebels attacked Tarvo on Sunday, according to the Delta Mission, which said the attackers fled."
    entities = entities_named(text, [("Delta Mission", "organization", ["Delta Mission"])])
    (quote,) = [quote for quote in find_quotes(nlp(text), (), entities) if quote.kind == "indirect"]
    assert quote.speaker == "e1"


def test_a_fragment_framed_by_accused_of_or_called_is_a_partial_quote(nlp: Language) -> None:
    text = (
        'Speaker Ana Lind accused the opposition of "staging a circus". The ruling party called the walkout'
        ' "irresponsible" in a statement. The poster read "No more lies".'
    )
    entities = entities_named(text, [("Ana Lind", "person", ["Ana Lind"])])
    quotes = find_quotes(nlp(text), (), entities)
    assert [(quote.kind, quote.text) for quote in quotes] == [
        ("partial", "staging a circus"),
        ("partial", "irresponsible"),
    ]
    assert quotes[0].speaker == "e1"


def test_the_speaker_of_an_inverted_cue_is_the_noun_after_it(nlp: Language) -> None:
    text = (
        "Soldiers clashed with gunmen near Guasave on Sunday, the Defence Secretariat said.\n\n"
        '"We heard the shooting for an hour," said a woman who lives near the farm road and asked not to be named.'
    )
    doc = nlp(text)
    entities = entities_named(text, [("Defence Secretariat", "organization", ["Defence Secretariat"])])
    (quote,) = [quote for quote in find_quotes(doc, (), entities) if quote.kind == "direct"]
    assert quote.speaker is None and quote.speaker_name is not None and "woman" in quote.speaker_name


def test_a_pronoun_opening_a_quote_paragraph_is_whoever_spoke_at_the_end_of_the_one_before(nlp: Language) -> None:
    text = (
        "Governor Ruben Moya said the strike had hit a school.\n\n"
        "A volunteer who was handing out bread told Radio Sumy that forty people had been queuing.\n\n"
        '"Then there was a flash and everything went black," she said.'
    )
    doc = nlp(text)
    entities = entities_named(
        text, [("Ruben Moya", "person", ["Ruben Moya"]), ("Radio Sumy", "person", ["Radio Sumy"])]
    )
    (quote,) = [quote for quote in find_quotes(doc, (), entities) if quote.kind == "direct"]
    assert quote.speaker is None and quote.speaker_name is not None and "volunteer" in quote.speaker_name


def test_he_after_the_official_who_blamed_someone_is_that_official(nlp: Language) -> None:
    text = (
        "Governor Ruben Moya said the county had sent food.\n\n"
        'The commissioner blamed youths from a neighbouring county. "They took the cows," he said.'
    )
    doc = nlp(text)
    entities = entities_named(text, [("Ruben Moya", "person", ["Ruben Moya"])])
    (quote,) = [quote for quote in find_quotes(doc, (), entities) if quote.kind == "direct"]
    assert quote.speaker is None and quote.speaker_name is not None and "commissioner" in quote.speaker_name


def test_he_after_a_described_speaker_is_that_speaker_not_someone_named_in_what_was_said(nlp: Language) -> None:
    text = (
        "Governor Ruben Moya visited the town on Monday.\n\n"
        "A fishermen's representative, who asked not to be named, said the patrols were overdue. "
        '"Our boys cannot go out at night," he said.\n\n'
        "The local elder said residents had asked Omar Haji for a security post. "
        '"Nobody goes to the fields after sunset," he said.'
    )
    doc = nlp(text)
    entities = entities_named(
        text, [("Ruben Moya", "person", ["Ruben Moya"]), ("Omar Haji", "person", ["Omar Haji"])]
    )
    first, second = [quote for quote in find_quotes(doc, (), entities) if quote.kind == "direct"]
    assert first.speaker is None and first.speaker_name is not None and "representative" in first.speaker_name
    assert second.speaker is None and second.speaker_name is not None and "elder" in second.speaker_name


def test_he_after_any_one_person_the_text_describes_is_that_person(nlp: Language) -> None:
    text = (
        "Governor Ruben Moya said power would be restored within days.\n\n"
        "The engineer said two transformers were destroyed. "
        '"We had repaired this station only in May," he told reporters.\n\n'
        "The attacks came out of the bush at dusk, a member of the local vigilance group in Isanlu told The Post "
        "on Wednesday. He said two farmers were shot dead.\n\n"
        '"We followed their footprints until it was dark," he said.'
    )
    doc = nlp(text)
    entities = entities_named(text, [("Ruben Moya", "person", ["Ruben Moya"])])
    engineer, member = [quote for quote in find_quotes(doc, (), entities) if quote.kind == "direct"]
    assert engineer.speaker is None and engineer.speaker_name is not None and "engineer" in engineer.speaker_name
    assert member.speaker is None and member.speaker_name is not None and "member" in member.speaker_name


def test_the_statement_said_points_back_to_who_condemned_in_a_statement(nlp: Language) -> None:
    text = (
        "Governor Ruben Moya visited the scene on Monday.\n\n"
        "The Okun Development Association condemned the attack in a statement signed by its president-general. "
        '"Our people can no longer go to their farms," the statement said.'
    )
    doc = nlp(text)
    entities = entities_named(
        text,
        [("Ruben Moya", "person", ["Ruben Moya"]), ("Okun Development Association", "organization", ["Okun Development Association"])],
    )
    (quote,) = [quote for quote in find_quotes(doc, (), entities) if quote.kind == "direct"]
    assert quote.speaker == "e2"
