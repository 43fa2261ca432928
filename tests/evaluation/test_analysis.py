"""Field-by-field comparison of one analysis with one gold page, on a hand-built page."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from wirewatch.evaluation.analysis import entity_for_mention, event_class, score_page
from wirewatch.evaluation.gold import (
    GoldCaption,
    GoldEntity,
    GoldEvent,
    GoldPage,
    GoldPlace,
    GoldQuote,
    GoldTime,
)
from wirewatch.model import (
    Analysis,
    Article,
    Caption,
    Entity,
    Event,
    EventActor,
    GazetteerEntry,
    Place,
    Quote,
    Role,
    Span,
    TimeExpression,
)


def _entity(name: str, kind: str = "person", aliases: tuple[str, ...] = (), roles=(), affiliations=()) -> GoldEntity:
    return GoldEntity(name, kind, aliases, tuple(roles), tuple(affiliations))


GOLD = GoldPage(
    name="invented",
    path=Path("invented.txt"),
    split="dev",
    published=datetime.date(2024, 3, 5),
    kind="political",
    body_paragraphs=2,
    captions=(GoldCaption("Smoke rises over Kafr Nabl, March 3, 2024.", "AGENCY"),),
    entities=(
        _entity("Ismail Haniyeh", aliases=("Haniya",), roles=("Hamas leader",), affiliations=("Hamas",)),
        _entity("Hamas", "organization"),
        _entity("Hakan Fidan", roles=("Turkish Foreign Minister",)),
        _entity("Istanbul", "place"),
    ),
    quotes=(
        GoldQuote("We are proud of you and your steadfastness", "direct", "Ismail Haniyeh", "attributed"),
        GoldQuote("the talks went well", "indirect", "Hakan Fidan", "attributed"),
    ),
    events=(
        GoldEvent("CONSULT", "meet", "strategic", ("Ismail Haniyeh", "Hakan Fidan"), "Istanbul", "TR",
                  "2024-03-04", "day", ("a news agency",), "attributed", True, False),
        GoldEvent("ASSAULT", "shelling", "violent", (), "Istanbul", "TR", "2024-03-03", "day", (),
                  "asserted", False, True),
    ),
    places=(GoldPlace("Istanbul", "TR"),),
    times=(GoldTime("on Monday", "2024-03-04", "day"), GoldTime("last year", "2023", "year")),
)


def _span(text: str) -> Span:
    return Span(0, len(text), text)


PREDICTED = Analysis(
    entities=(
        Entity("e1", "Haniya", "person", (_span("Haniya"),), aliases=("Haniyeh",),
               roles=(Role("leader of Hamas", 0, 1, "s"),), affiliations=("e2",)),
        Entity("e2", "Hamas", "organization", (_span("Hamas"),)),
        Entity("e3", "Fidan", "person", (_span("Fidan"),)),
        Entity("e4", "Istanbul", "place", (_span("Istanbul"),)),
        Entity("e5", "Monday", "other", (_span("Monday"),)),
    ),
    quotes=(
        Quote("We are proud of you", "direct", 0, 1, "said", "e1", "Haniya"),
        Quote("the talks went very well indeed", "indirect", 0, 1, "said", "e1", "Haniya"),
        Quote("nothing to do with gold", "direct", 0, 1, None, None, None),
    ),
    places=(Place("e4", "Istanbul", GazetteerEntry("Istanbul", "TR", 41.0, 28.9, "city")),),
    times=(
        TimeExpression("on Monday", 0, 1, "2024-03-04", "day", "publication"),
        TimeExpression("last year", 0, 1, "2022", "year", "publication"),
    ),
    events=(
        Event("v1", "CONSULT", "meet", (EventActor("e1", "participant"), EventActor("e3", "participant")),
              (_span("met"),), place="e4",
              time=TimeExpression("on Monday", 0, 1, "2024-03-04", "day", "publication")),
        Event("v2", "PROTEST", "demonstration", (), (_span("marched"),)),
    ),
)

ARTICLE = Article(title="t", body=("one", "two"), captions=(Caption("Smoke rises over Kafr Nabl.", "AGENCY"),))


@pytest.fixture(scope="module")
def result():
    return score_page(GOLD, ARTICLE, PREDICTED)


def test_entities_match_through_aliases_and_partial_names(result) -> None:
    # Haniya↔Ismail Haniyeh (alias), Hamas, Fidan↔Hakan Fidan (inside), Istanbul; "Monday" is extra.
    score = result.fields["entities"]
    assert (score.tp, score.fp, score.fn) == (4, 1, 0)


def test_roles_and_affiliations_follow_the_entity_alignment(result) -> None:
    assert result.fields["roles"].tp == 1  # "Hamas leader" ~ "leader of Hamas"
    assert result.fields["roles"].fn == 1  # Fidan's title was not found
    assert (result.fields["affiliations"].tp, result.fields["affiliations"].fp) == (1, 0)


def test_quotes_and_speakers(result) -> None:
    quotes = result.fields["quotes"]
    assert (quotes.tp, quotes.fp, quotes.fn) == (2, 1, 0)
    speakers = result.fields["quote speakers"]
    # The indirect quote went to Haniya, but Fidan said it.
    assert (speakers.tp, speakers.fp, speakers.fn) == (1, 1, 1)
    assert result.headlines["direct-quote recall"].value == 1.0
    assert result.headlines["direct-quote precision"].value == 0.5
    assert result.headlines["speaker accuracy (matched direct quotes)"].value == 1.0


def test_events_match_by_class_and_actors(result) -> None:
    events = result.fields["events"]
    # The caption shelling has no violent partner; the protest has no gold partner.
    assert (events.tp, events.fp, events.fn) == (1, 1, 1)
    assert result.fields["event actors"].tp == 2
    assert result.fields["event places"].tp == 1
    assert result.fields["event days"].tp == 1
    for headline in ("event class right per report", "coded actors found", "place right", "day right where given"):
        assert result.headlines[headline].value == 1.0, headline


def test_places_times_and_captions(result) -> None:
    assert result.fields["places"].tp == 1
    times, texts = result.fields["times"], result.fields["time texts"]
    assert (texts.tp, texts.fp, texts.fn) == (2, 0, 0)
    assert (times.tp, times.fp, times.fn) == (1, 1, 1)  # "last year" anchored to the wrong year
    assert result.fields["captions"].tp == 1
    assert result.headlines["body paragraph count right"].value == 1.0


def test_unreadable_page_scores_as_all_missed() -> None:
    result = score_page(GOLD, None, Analysis(), failure="no article text found")
    assert result.fields["entities"].fn == 4
    assert result.fields["entities"].tp == 0
    assert result.headlines["body paragraph count right"].value == 0.0
    assert result.headlines["event class right per report"].value == 0.0


def test_event_class_mapping() -> None:
    assert event_class("ASSAULT", "air strike") == "violent"
    assert event_class("PROTEST", "riot") == "protest"
    assert event_class("COERCE", "arrest") == "strategic"
    assert event_class("MOBILIZE", "headquarters") == "strategic"
    assert event_class("CONSULT", "meet") == "strategic"


def test_a_reference_to_an_entity_matched_elsewhere_is_not_a_look_alike() -> None:
    page = GoldPage(
        name="taliban", path=Path("taliban.txt"), split="dev", published=None, kind="political",
        body_paragraphs=1, captions=(),
        entities=(
            _entity("Taliban", "organization"),
            _entity("Taliban government", "organization"),
            _entity("Amir Muttaqi", affiliations=("Taliban government",)),
        ),
        quotes=(), events=(), places=(), times=(),
    )
    analysis = Analysis(entities=(
        Entity("e1", "Taliban", "organization", (_span("Taliban"),)),
        Entity("e2", "Taliban government", "organization", (_span("Taliban government"),)),
        Entity("e3", "Amir Muttaqi", "person", (_span("Amir Muttaqi"),), affiliations=("e1",)),
    ))
    result = score_page(page, None, analysis)
    assert result.fields["entities"].tp == 3
    assert (result.fields["affiliations"].tp, result.fields["affiliations"].fp) == (0, 1)


def test_entity_for_mention_prefers_an_exact_form() -> None:
    entities = (
        Entity("e1", "Mohammed Yusuf", "person", (_span("Mohammed Yusuf"),)),
        Entity("e2", "Ismail Haniyeh", "person", (_span("Ismail Haniyeh"),), aliases=("Haniya",)),
    )
    assert entity_for_mention(entities, "Police spokesman Mohammed Yusuf").id == "e1"
    assert entity_for_mention(entities, "Haniya").id == "e2"
    assert entity_for_mention(entities, "Hakan Fidan") is None
