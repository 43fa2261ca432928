"""The composed analyzer: the seed page end to end, the JSON contract, batching and worker processes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from spacy.language import Language

from wirewatch.analyze.pipeline import Analyzer, analyze_parallel, published_date
from wirewatch.analyze.places import Gazetteer
from wirewatch.clean.flat import clean_flat_text
from wirewatch.model import Analysis, Article, Caption, Published, to_dict

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "examples" / "seed-article.txt"
SCHEMA = Path(__file__).resolve().parents[2] / "src" / "wirewatch" / "schemas" / "analysis.schema.json"

INVENTED = Article(
    title="Ministers meet over river dispute",
    body=(
        "Lena Varga, the foreign minister of Norland, met her Estovian counterpart Piet Kalda in Tallin on Monday, "
        "the ministry said.",
        "“We came to listen, not to lecture,” Varga told reporters after the talks.",
        "Kalda said that the dam project “will not be paused” and added that he would visit Norland in June.",
        "“We have heard that before,” the minister said. She reportedly left before the joint press conference.",
    ),
    captions=(Caption("Lena Varga arrives in Tallin on Monday."),),
    published=Published("2025-03-12T09:30:00Z", "meta:article:published_time"),
)


@pytest.fixture(scope="module")
def analyzer(nlp: Language, gazetteer: Gazetteer) -> Analyzer:
    return Analyzer(nlp, gazetteer)


@pytest.fixture(scope="module")
def seed(analyzer: Analyzer) -> tuple[Analysis, dict[str, str]]:
    if not SEED.exists():
        pytest.skip(f"the shared seed page is not at {SEED}")
    article = clean_flat_text(SEED.read_text(encoding="utf-8"))
    analysis = analyzer.analyze(article, published=date(2022, 5, 20))
    return analysis, {entity.id: entity.name for entity in analysis.entities}


def names_of(ids, names: dict[str, str]) -> set[str]:
    return {names[entity_id] for entity_id in ids}


def test_seed_lead_event_is_the_sourced_hedged_istanbul_meeting(seed) -> None:
    analysis, names = seed
    lead = analysis.events[0]
    assert (lead.type, lead.mode, lead.in_caption) == ("CONSULT", "meet", False)
    assert {"Taliban", "Hamas", "Zabihullah Mujahid", "Ismail Haniyeh"} <= names_of(
        (a.entity for a in lead.actors), names
    )
    assert names[lead.place] == "Istanbul"
    chain = [link.name for link in lead.sources]
    assert chain[0] == "a news agency"
    assert any("Jihad and Terrorism Threat Monitor" in name for name in chain[1:])
    assert any(
        link.kind == "social-media" and names.get(link.entity) == "Zabihullah Mujahid"
        for link in lead.sources
    )
    assert lead.certainty in {"hedged", "attributed"}


def test_seed_hosted_delegation_is_a_second_event_linked_to_the_first(seed) -> None:
    analysis, names = seed
    hosted = next(event for event in analysis.events if event.mode == "host")
    roles = {names[actor.entity]: actor.role for actor in hosted.actors}
    assert roles["Ismail Haniyeh"] == "host" and roles["Zabihullah Mujahid"] == "leader"
    assert [link.name for link in hosted.sources] == ["an Iranian news agency"]
    assert analysis.events[0].id in hosted.possibly_same_as
    assert hosted.id in analysis.events[0].possibly_same_as


def test_seed_call_last_year_and_background_support(seed) -> None:
    analysis, names = seed
    call = next(event for event in analysis.events if event.mode == "call")
    assert {"Ismail Haniyeh", "Amir Muttaqi"} <= names_of((a.entity for a in call.actors), names)
    assert call.time is not None and call.time.value == "2021"
    background = next(
        event for event in analysis.events if any(link.name == "Israeli media" for link in event.sources)
    )
    assert "Taliban" in names_of((a.entity for a in background.actors), names)


def test_seed_quotes(seed) -> None:
    analysis, names = seed
    by_speaker: dict[str | None, list] = {}
    for quote in analysis.quotes:
        by_speaker.setdefault(names.get(quote.speaker) if quote.speaker else None, []).append(quote)
    rahimi = by_speaker["Haroun Rahimi"]
    direct = [quote for quote in rahimi if quote.kind == "direct"]
    assert len(direct) == 2 and "\n\n“Being associated" in direct[0].text
    assert any(quote.kind == "indirect" and quote.certainty == "hedged" for quote in rahimi)
    mujahid = by_speaker["Zabihullah Mujahid"]
    assert any(
        quote.kind == "direct" and quote.text.startswith("We are proud") and quote.certainty == "hedged"
        for quote in mujahid
    )
    assert any(
        quote.kind == "indirect" and quote.text.startswith("the delegations discussed") for quote in mujahid
    )
    assert any(quote.kind == "partial" and quote.text == "Palestine" for quote in mujahid)
    haniyeh = by_speaker["Ismail Haniyeh"]
    assert any(quote.kind == "partial" and quote.text.startswith("could have a role") for quote in haniyeh)
    statement = next(quote for quote in analysis.quotes if quote.text.startswith("The two sides stressed"))
    # "said the report": the speaker is the institution whose report was named before.
    assert statement.kind == "direct" and statement.speaker in names
    assert "Middle East Media Research Institute" in (statement.speaker_name or "")


def test_seed_analysis_follows_the_json_schema(seed) -> None:
    analysis, _ = seed
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(to_dict(analysis), schema)


def test_invented_article_follows_the_schema_and_offsets_point_into_the_text(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(INVENTED, published_date(INVENTED))
    jsonschema.validate(to_dict(analysis), json.loads(SCHEMA.read_text(encoding="utf-8")))
    texts = [INVENTED.text, *(caption.text for caption in INVENTED.captions)]
    for quote in analysis.quotes:
        assert texts[0 if quote.caption is None else quote.caption + 1][quote.start : quote.end] == quote.text
    for event in analysis.events:
        for span in event.evidence:
            assert texts[0 if span.caption is None else span.caption + 1][span.start : span.end] == span.text


def test_speakers_named_once_then_by_surname_title_and_pronoun(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(INVENTED, published_date(INVENTED))
    names = {entity.id: entity.name for entity in analysis.entities}
    spoken = [(quote.kind, names.get(quote.speaker or "")) for quote in analysis.quotes]
    assert ("direct", "Lena Varga") in spoken
    assert ("indirect", "Piet Kalda") in spoken
    minister = next(quote for quote in analysis.quotes if quote.text.startswith("We have heard"))
    assert names.get(minister.speaker or "") == "Lena Varga"
    meeting = analysis.events[0]
    assert (meeting.type, meeting.mode) == ("CONSULT", "meet")
    assert [event.in_caption for event in analysis.events].count(True) <= 1


def test_analyze_many_matches_analyze_one_by_one(analyzer: Analyzer) -> None:
    other = Article(title=None, body=("On 3 March, regime forces shelled Kafr Nabl, killing two civilians.",))
    items = [(INVENTED, date(2025, 3, 12)), (other, date(2024, 3, 5)), (INVENTED, None)]
    batched = list(analyzer.analyze_many(items, batch_size=2))
    assert batched == [analyzer.analyze(article, published) for article, published in items]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2025-03-12T09:30:00Z", date(2025, 3, 12)), ("2024-02-29", date(2024, 2, 29)), ("last Tuesday", None)],
)
def test_published_date(value: str, expected: date | None) -> None:
    article = Article(title=None, body=("x",), published=Published(value, "meta"))
    assert published_date(article) == expected


@pytest.mark.slow
def test_two_workers_give_the_same_analyses_in_order(analyzer: Analyzer) -> None:
    other = Article(title=None, body=("Security forces arrested twelve students in Velan on Tuesday.",))
    items = [(INVENTED, date(2025, 3, 12)), (other, date(2024, 3, 5)), (INVENTED, None), (other, None)]
    expected = list(analyzer.analyze_many(items, batch_size=1))
    assert list(analyze_parallel(items, workers=2, batch_size=1)) == expected


def test_a_nationality_in_the_text_keeps_its_capital_from_a_namesake_elsewhere(analyzer: Analyzer) -> None:
    body = (
        "The Saudi foreign minister met the head of Sudan's army in Riyadh on Tuesday to discuss a ceasefire.",
    )
    analysis = analyzer.analyze(Article(title=None, body=body), date(2031, 5, 8))
    (riyadh,) = [place for place in analysis.places if place.name == "Riyadh"]
    assert riyadh.resolved is not None and riyadh.resolved.country_code == "SA"
