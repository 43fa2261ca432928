"""Compare one article's analysis with its gold annotation, field by field (rules in docs/gold.md)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from wirewatch.evaluation.gold import GoldEntity, GoldEvent, GoldPage, GoldPlace
from wirewatch.evaluation.scoring import (
    Ratio,
    Score,
    match_one_to_one,
    name_similarity,
    score_from_counts,
    text_similarity,
)
from wirewatch.model import Analysis, Article, Entity, Event, Place, Quote

# Order of the fields in reports; the first eleven are the ones the project tracks, the rest help diagnose.
FIELDS = (
    "entities", "roles", "affiliations", "quotes", "quote speakers", "events", "event actors",
    "event places", "event days", "places", "times",
    "place names", "time texts", "captions",
)
HEADLINES = (
    "direct-quote recall", "direct-quote precision", "speaker accuracy (matched direct quotes)",
    "event class right per report", "coded actors found", "place right", "day right where given",
    "event type right (matched events)", "event certainty right (matched events)",
    "quote certainty right (matched quotes)", "body paragraph count right",
)
QUOTE_OVERLAP = 0.5
ROLE_OVERLAP = 0.5
TIME_OVERLAP = 0.5
CAPTION_OVERLAP = 0.5

VIOLENT_TYPES = frozenset({"ASSAULT", "FIGHT"})
VIOLENT_MODES = frozenset(
    {"shelling", "air strike", "drone strike", "clash", "ied", "armed attack", "bombing", "suicide bombing",
     "territory", "missile strike", "ambush", "abduction"}
)
PROTEST_MODES = frozenset({"demonstration", "protest", "riot", "strike", "sit-in", "march"})


def event_class(event_type: str, mode: str | None) -> str:
    """The ACLED-style class of a PLOVER type and mode: violent, protest or strategic."""
    folded_mode = (mode or "").lower()
    if event_type.upper() in VIOLENT_TYPES or folded_mode in VIOLENT_MODES:
        return "violent"
    if event_type.upper() == "PROTEST" or folded_mode in PROTEST_MODES:
        return "protest"
    return "strategic"


@dataclass(frozen=True)
class PageResult:
    """Scores of one page: per field, and the headline ratios."""

    name: str
    split: str
    kind: str
    fields: dict[str, Score]
    headlines: dict[str, Ratio]
    failure: str | None = None


@dataclass
class _Alignment:
    """Which predicted entity stands for which gold entity, so later fields can follow references."""

    gold: Sequence[GoldEntity]
    predicted: Sequence[Entity]
    gold_to_predicted: dict[str, str] = field(default_factory=dict)

    def predicted_entity(self, entity_id: str | None) -> Entity | None:
        return next((entity for entity in self.predicted if entity.id == entity_id), None)

    def gold_entity(self, name: str) -> GoldEntity | None:
        return next((entity for entity in self.gold if entity.name == name), None)

    def same(self, gold_name: str, predicted_id: str | None, predicted_name: str | None = None) -> bool:
        """Whether a predicted reference (entity id, or a bare name) denotes the named gold entity."""
        if predicted_id is not None and self.gold_to_predicted.get(gold_name) == predicted_id:
            return True
        if predicted_id is not None and predicted_id in self.gold_to_predicted.values():
            # Already the counterpart of another gold entity: "Taliban" is not "Taliban government".
            return False
        gold_entity = self.gold_entity(gold_name)
        gold_forms = gold_entity.forms if gold_entity else (gold_name,)
        predicted_entity = self.predicted_entity(predicted_id)
        predicted_forms = list(_forms(predicted_entity)) if predicted_entity else []
        if predicted_name:
            predicted_forms.append(predicted_name)
        return name_similarity(gold_forms, predicted_forms) > 0


def _forms(entity: Entity) -> tuple[str, ...]:
    return (entity.name, *entity.aliases, *(mention.text for mention in entity.mentions))


def score_page(page: GoldPage, article: Article | None, analysis: Analysis, failure: str | None = None) -> PageResult:
    """Every field and headline ratio of one page; `article` is None when the page could not be read or cleaned."""
    fields: dict[str, Score] = {}
    headlines: dict[str, Ratio] = {}
    alignment = _score_entities(page, analysis, fields)
    _score_quotes(page, analysis, alignment, fields, headlines)
    _score_events(page, analysis, alignment, fields, headlines)
    _score_places(page, analysis, alignment, fields)
    _score_times(page, analysis, fields)
    captions = article.captions if article else ()
    pairs = match_one_to_one(
        page.captions, captions, lambda g, p: text_similarity(g.text, p.text, CAPTION_OVERLAP), CAPTION_OVERLAP
    )
    fields["captions"] = score_from_counts(len(pairs), len(captions), len(page.captions))
    body_right = article is not None and len(article.body) == page.body_paragraphs
    headlines["body paragraph count right"] = Ratio(int(body_right), 1)
    return PageResult(page.name, page.split, page.kind, fields, headlines, failure)


def _score_entities(page: GoldPage, analysis: Analysis, fields: dict[str, Score]) -> _Alignment:
    predicted = analysis.entities
    pairs = match_one_to_one(page.entities, predicted, lambda g, p: name_similarity(g.forms, _forms(p)), 1)
    alignment = _Alignment(page.entities, predicted)
    alignment.gold_to_predicted = {page.entities[g].name: predicted[p].id for g, p in pairs}
    fields["entities"] = score_from_counts(len(pairs), len(predicted), len(page.entities))

    role_hits = affiliation_hits = 0
    for gold_index, predicted_index in pairs:
        gold_entity, predicted_entity = page.entities[gold_index], predicted[predicted_index]
        role_pairs = match_one_to_one(
            gold_entity.roles, [role.text for role in predicted_entity.roles],
            lambda g, p: text_similarity(g, p, ROLE_OVERLAP, drop_stopwords=True), ROLE_OVERLAP,
        )
        role_hits += len(role_pairs)
        affiliation_pairs = match_one_to_one(
            gold_entity.affiliations, predicted_entity.affiliations,
            lambda g, p: float(alignment.same(g, p)), 1.0,
        )
        affiliation_hits += len(affiliation_pairs)
    fields["roles"] = score_from_counts(
        role_hits, sum(len(e.roles) for e in predicted), sum(len(e.roles) for e in page.entities)
    )
    fields["affiliations"] = score_from_counts(
        affiliation_hits, sum(len(e.affiliations) for e in predicted), sum(len(e.affiliations) for e in page.entities)
    )
    return alignment


def _speaker_right(gold_speaker: str | None, quote: Quote, alignment: _Alignment) -> bool:
    if gold_speaker is None:
        return quote.speaker is None and quote.speaker_name is None
    return alignment.same(gold_speaker, quote.speaker, quote.speaker_name)


def _score_quotes(
    page: GoldPage, analysis: Analysis, alignment: _Alignment, fields: dict[str, Score], headlines: dict[str, Ratio]
) -> None:
    predicted = analysis.quotes
    pairs = match_one_to_one(
        page.quotes, predicted, lambda g, p: text_similarity(g.text, p.text, QUOTE_OVERLAP), QUOTE_OVERLAP
    )
    fields["quotes"] = score_from_counts(len(pairs), len(predicted), len(page.quotes))
    speakers_right = sum(
        1 for g, p in pairs
        if page.quotes[g].speaker is not None and _speaker_right(page.quotes[g].speaker, predicted[p], alignment)
    )
    fields["quote speakers"] = score_from_counts(
        speakers_right,
        sum(1 for quote in predicted if quote.speaker or quote.speaker_name),
        sum(1 for quote in page.quotes if quote.speaker),
    )
    headlines["quote certainty right (matched quotes)"] = Ratio(
        sum(1 for g, p in pairs if page.quotes[g].certainty == predicted[p].certainty), len(pairs)
    )

    gold_direct = [quote for quote in page.quotes if quote.kind == "direct"]
    predicted_direct = [quote for quote in predicted if quote.kind == "direct"]
    direct_pairs = match_one_to_one(
        gold_direct, predicted_direct, lambda g, p: text_similarity(g.text, p.text, QUOTE_OVERLAP), QUOTE_OVERLAP
    )
    headlines["direct-quote recall"] = Ratio(len(direct_pairs), len(gold_direct))
    headlines["direct-quote precision"] = Ratio(len(direct_pairs), len(predicted_direct))
    headlines["speaker accuracy (matched direct quotes)"] = Ratio(
        sum(1 for g, p in direct_pairs if _speaker_right(gold_direct[g].speaker, predicted_direct[p], alignment)),
        len(direct_pairs),
    )


def _actor_hits(gold_event: GoldEvent, predicted_event: Event, alignment: _Alignment) -> int:
    predicted_ids = [actor.entity for actor in predicted_event.actors]
    pairs = match_one_to_one(
        gold_event.actors, predicted_ids, lambda g, p: float(alignment.same(g, p)), 1.0
    )
    return len(pairs)


def _place_right(gold_event: GoldEvent, predicted_event: Event, alignment: _Alignment) -> bool:
    return gold_event.place is not None and alignment.same(gold_event.place, predicted_event.place)


def _day_right(gold_event: GoldEvent, predicted_event: Event) -> bool:
    time = predicted_event.time
    return (
        gold_event.date is not None and gold_event.date_precision == "day" and time is not None
        and time.value is not None and time.value[:10] == gold_event.date
    )


def _event_similarity(gold_event: GoldEvent, predicted_event: Event, alignment: _Alignment) -> float:
    """0 unless the classes agree and the actors overlap (or, with no gold actors, place or day agree)."""
    if event_class(predicted_event.type, predicted_event.mode) != gold_event.event_class:
        return 0.0
    actors = _actor_hits(gold_event, predicted_event, alignment)
    place, day = _place_right(gold_event, predicted_event, alignment), _day_right(gold_event, predicted_event)
    if gold_event.actors and actors == 0:
        return 0.0
    if not gold_event.actors and not (place or day or not predicted_event.actors):
        return 0.0
    # The PLOVER type outweighs one more shared actor: the same two people meeting and, in the same
    # paragraph, one asking the other for something are two events, and the meeting is the meeting.
    same_type = predicted_event.type.upper() == gold_event.type
    same_mode = same_type and (predicted_event.mode or "").lower() == (gold_event.mode or "").lower()
    same_setting = predicted_event.in_caption == gold_event.in_caption
    return 1.0 + actors + 2.0 * same_type + 0.5 * same_mode + 0.5 * place + 0.5 * day + 0.25 * same_setting


def _score_events(
    page: GoldPage, analysis: Analysis, alignment: _Alignment, fields: dict[str, Score], headlines: dict[str, Ratio]
) -> None:
    gold, predicted = page.events, analysis.events
    pairs = match_one_to_one(gold, predicted, lambda g, p: _event_similarity(g, p, alignment), 1.0)
    fields["events"] = score_from_counts(len(pairs), len(predicted), len(gold))
    fields["event actors"] = score_from_counts(
        sum(_actor_hits(gold[g], predicted[p], alignment) for g, p in pairs),
        sum(len(event.actors) for event in predicted),
        sum(len(event.actors) for event in gold),
    )
    fields["event places"] = score_from_counts(
        sum(1 for g, p in pairs if _place_right(gold[g], predicted[p], alignment)),
        sum(1 for event in predicted if event.place),
        sum(1 for event in gold if event.place),
    )
    fields["event days"] = score_from_counts(
        sum(1 for g, p in pairs if _day_right(gold[g], predicted[p])),
        sum(1 for event in predicted if event.time and event.time.value and event.time.precision == "day"),
        sum(1 for event in gold if event.date and event.date_precision == "day"),
    )
    headlines["event type right (matched events)"] = Ratio(
        sum(1 for g, p in pairs if predicted[p].type.upper() == gold[g].type), len(pairs)
    )
    headlines["event certainty right (matched events)"] = Ratio(
        sum(1 for g, p in pairs if predicted[p].certainty == gold[g].certainty), len(pairs)
    )
    _score_lead_event(gold, predicted, dict(pairs), alignment, headlines)


def _score_lead_event(
    gold: Sequence[GoldEvent], predicted: Sequence[Event], matched: dict[int, int],
    alignment: _Alignment, headlines: dict[str, Ratio],
) -> None:
    """The per-report figures, read off the gold lead event the way a coder codes one report."""
    lead_index = next((index for index, event in enumerate(gold) if event.lead), None)
    if lead_index is None:
        return
    lead = gold[lead_index]
    body_events = [event for event in predicted if not event.in_caption] or list(predicted)
    predicted_lead = body_events[0] if body_events else None
    class_right = predicted_lead is not None and event_class(predicted_lead.type, predicted_lead.mode) == lead.event_class
    headlines["event class right per report"] = Ratio(int(class_right), 1)
    partner = predicted[matched[lead_index]] if lead_index in matched else None
    headlines["coded actors found"] = Ratio(
        _actor_hits(lead, partner, alignment) if partner else 0, len(lead.actors)
    )
    if lead.place is not None:
        headlines["place right"] = Ratio(int(partner is not None and _place_right(lead, partner, alignment)), 1)
    if lead.date is not None and lead.date_precision == "day":
        headlines["day right where given"] = Ratio(int(partner is not None and _day_right(lead, partner)), 1)


def _place_forms(place: Place, alignment: _Alignment) -> tuple[str, ...]:
    entity = alignment.predicted_entity(place.entity)
    resolved = (place.resolved.name,) if place.resolved else ()
    return (place.name, *(_forms(entity) if entity else ()), *resolved)


def _score_places(page: GoldPage, analysis: Analysis, alignment: _Alignment, fields: dict[str, Score]) -> None:
    predicted = analysis.places

    def similarity(gold_place: GoldPlace, predicted_place: Place) -> float:
        gold_entity = alignment.gold_entity(gold_place.name)
        gold_forms = gold_entity.forms if gold_entity else (gold_place.name,)
        if alignment.gold_to_predicted.get(gold_place.name) == predicted_place.entity:
            return 3.0
        return float(name_similarity(gold_forms, _place_forms(predicted_place, alignment)))

    pairs = match_one_to_one(page.places, predicted, similarity, 1.0)
    fields["place names"] = score_from_counts(len(pairs), len(predicted), len(page.places))
    country_right = 0
    for g, p in pairs:
        gold_code = page.places[g].country_code
        resolved = predicted[p].resolved
        predicted_code = resolved.country_code if resolved else None
        country_right += int(gold_code is None or (predicted_code or "").upper() == gold_code.upper())
    fields["places"] = score_from_counts(country_right, len(predicted), len(page.places))


def _score_times(page: GoldPage, analysis: Analysis, fields: dict[str, Score]) -> None:
    predicted = analysis.times
    pairs = match_one_to_one(
        page.times, predicted,
        lambda g, p: text_similarity(g.text, p.text, TIME_OVERLAP) + 0.01 * (g.value == p.value), TIME_OVERLAP,
    )
    fields["time texts"] = score_from_counts(len(pairs), len(predicted), len(page.times))
    fields["times"] = score_from_counts(
        sum(1 for g, p in pairs if _same_time_value(page.times[g].value, predicted[p].value, page.times[g].precision)),
        len(predicted), len(page.times),
    )


def _same_time_value(gold_value: str | None, predicted_value: str | None, gold_precision: str) -> bool:
    """Equal values; a week-precision gold value matches any day (or ISO week) of the same ISO week."""
    if gold_value is None or predicted_value is None:
        return gold_value is None and predicted_value is None
    predicted_value = predicted_value.split("T")[0]
    if gold_precision == "week" and len(gold_value) == 10:
        return _iso_week(predicted_value) == _iso_week(gold_value)
    return predicted_value == gold_value


def _iso_week(value: str) -> tuple[int, int] | None:
    """(year, week) of "YYYY-MM-DD" or "YYYY-Www"; None for anything coarser."""
    week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if week:
        return int(week.group(1)), int(week.group(2))
    try:
        year, number, _ = datetime.date.fromisoformat(value).isocalendar()
    except ValueError:
        return None
    return year, number


def sum_results(results: Iterable[PageResult]) -> tuple[dict[str, Score], dict[str, Ratio]]:
    """Field scores and headline ratios summed (micro-averaged) over pages."""
    fields = {name: Score() for name in FIELDS}
    headlines = {name: Ratio() for name in HEADLINES}
    for result in results:
        for name, score in result.fields.items():
            fields[name] = fields[name] + score
        for name, ratio in result.headlines.items():
            headlines[name] = headlines[name] + ratio
    return fields, headlines



def entity_for_mention(entities: Sequence[Entity], mention_name: str) -> Entity | None:
    """The entity of one article that a cluster-gold actor mention names, or None.

    An equal normalized form wins over a name that only lies inside another ("Police spokesman
    Mohammed Yusuf" contains "Mohammed Yusuf"); among equals, the first entity in the article.
    """
    best: tuple[int, int] | None = None
    for index, entity in enumerate(entities):
        level = name_similarity([mention_name], _forms(entity))
        if level and (best is None or level > best[0]):
            best = (level, index)
    return entities[best[1]] if best else None
