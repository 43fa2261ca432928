"""The gold set: hand-annotated invented pages (tests/gold/pages) and cross-article clusters.

Each page `<name>.txt|.html` has a sidecar `<name>.gold.json`; docs/gold.md documents every field.
Loading validates the annotation strictly, so a typo in a gold file fails loudly instead of
silently scoring against a wrong answer.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

from wirewatch.errors import InputError

Split = Literal["dev", "test"]
PageKind = Literal["political", "conflict", "quotes"]

SPLITS = ("dev", "test")
KINDS = ("political", "conflict", "quotes")
ENTITY_TYPES = ("person", "organization", "place", "other")
QUOTE_KINDS = ("direct", "partial", "indirect")
CERTAINTIES = ("asserted", "attributed", "hedged", "disputed")
EVENT_CLASSES = ("violent", "protest", "strategic")
PRECISIONS = ("day", "month", "year", "decade", "season", "week", "unknown")
PAGE_SUFFIXES = (".txt", ".html")
GOLD_SUFFIX = ".gold.json"


@dataclass(frozen=True)
class GoldCaption:
    text: str
    credit: str | None


@dataclass(frozen=True)
class GoldEntity:
    name: str
    type: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    affiliations: tuple[str, ...]

    @property
    def forms(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GoldQuote:
    text: str
    kind: str
    speaker: str | None
    certainty: str


@dataclass(frozen=True)
class GoldEvent:
    type: str
    mode: str | None
    event_class: str
    actors: tuple[str, ...]
    place: str | None
    country_code: str | None
    date: str | None
    date_precision: str
    sources: tuple[str, ...]
    certainty: str
    lead: bool
    in_caption: bool


@dataclass(frozen=True)
class GoldPlace:
    name: str
    country_code: str | None


@dataclass(frozen=True)
class GoldTime:
    text: str
    value: str | None
    precision: str


@dataclass(frozen=True)
class GoldPage:
    """One annotated page: where its input file is and everything a reader finds in it."""

    name: str
    path: Path
    split: Split
    published: datetime.date | None
    kind: PageKind
    body_paragraphs: int
    captions: tuple[GoldCaption, ...]
    entities: tuple[GoldEntity, ...]
    quotes: tuple[GoldQuote, ...]
    events: tuple[GoldEvent, ...]
    places: tuple[GoldPlace, ...]
    times: tuple[GoldTime, ...]

    def entity_named(self, name: str) -> GoldEntity | None:
        """The gold entity whose name is exactly `name`."""
        return next((entity for entity in self.entities if entity.name == name), None)


def default_gold_dir() -> Path | None:
    """The repository's tests/gold when running from a checkout, else None."""
    candidate = Path(__file__).resolve().parents[3] / "tests" / "gold"
    return candidate if (candidate / "pages").is_dir() else None


def load_gold(gold_dir: Path) -> tuple[GoldPage, ...]:
    """Every annotated page under `gold_dir/pages`, sorted by name; raises InputError on a bad file."""
    pages_dir = gold_dir / "pages"
    if not pages_dir.is_dir():
        raise InputError(str(gold_dir), "no pages/ folder with gold annotations")
    pages = [_load_page(sidecar) for sidecar in sorted(pages_dir.glob(f"*{GOLD_SUFFIX}"))]
    if not pages:
        raise InputError(str(pages_dir), f"no *{GOLD_SUFFIX} annotation files")
    return tuple(pages)


def _load_page(sidecar: Path) -> GoldPage:
    name = sidecar.name[: -len(GOLD_SUFFIX)]
    inputs = [sidecar.with_name(name + suffix) for suffix in PAGE_SUFFIXES]
    existing = [path for path in inputs if path.exists()]
    if len(existing) != 1:
        raise InputError(str(sidecar), "needs exactly one page file beside it (.txt or .html)")
    try:
        raw = json.loads(sidecar.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise InputError(str(sidecar), f"not valid JSON ({error})") from error
    try:
        return _parse_page(name, existing[0], raw)
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(str(sidecar), f"bad annotation: {error}") from error


def _choice(value: Any, allowed: Sequence[str], field_name: str) -> str:
    if value not in allowed:
        raise ValueError(f"{field_name} is {value!r}, expected one of {', '.join(allowed)}")
    return cast(str, value)


def _strings(value: Any, field_name: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise ValueError(f"{field_name} must be a list of non-empty strings")
    return tuple(value)


def _text(value: Any, field_name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{field_name} must be a non-empty string")
    return value


def _optional_text(value: Any, field_name: str) -> str | None:
    return None if value is None else _text(value, field_name)


def _iso_date(value: Any, field_name: str) -> str | None:
    """A date at day, month or year precision ("2024-03-03", "2024-03", "2024"), or None."""
    if value is None:
        return None
    text = _text(value, field_name)
    padded = {4: "-01-01", 7: "-01", 10: ""}.get(len(text))
    if padded is None:
        raise ValueError(f"{field_name} {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    datetime.date.fromisoformat(text + padded)
    return text


def _exact_keys(raw: Mapping[str, Any], keys: set[str], where: str) -> None:
    if set(raw) != keys:
        missing, extra = keys - set(raw), set(raw) - keys
        raise ValueError(f"{where}: missing {sorted(missing)} extra {sorted(extra)}")


def _parse_page(name: str, path: Path, raw: Mapping[str, Any]) -> GoldPage:
    _exact_keys(
        raw,
        {"split", "published", "kind", "body_paragraphs", "captions", "entities", "quotes", "events",
         "places", "times"},
        "page",
    )
    body_paragraphs = raw["body_paragraphs"]
    if not isinstance(body_paragraphs, int) or body_paragraphs < 1:
        raise ValueError("body_paragraphs must be a positive integer")
    published = _iso_date(raw["published"], "published")
    if published is not None and len(published) != 10:
        raise ValueError("published must be a full date")
    entities = tuple(_parse_entity(item) for item in raw["entities"])
    names = {entity.name for entity in entities}
    if len(names) != len(entities):
        raise ValueError("two entities share a name")
    page = GoldPage(
        name=name,
        path=path,
        split=cast(Split, _choice(raw["split"], SPLITS, "split")),
        published=datetime.date.fromisoformat(published) if published else None,
        kind=cast(PageKind, _choice(raw["kind"], KINDS, "kind")),
        body_paragraphs=body_paragraphs,
        captions=tuple(_parse_caption(item) for item in raw["captions"]),
        entities=entities,
        quotes=tuple(_parse_quote(item) for item in raw["quotes"]),
        events=tuple(_parse_event(item) for item in raw["events"]),
        places=tuple(_parse_place(item) for item in raw["places"]),
        times=tuple(_parse_time(item) for item in raw["times"]),
    )
    _check_references(page, names)
    return page


def _check_references(page: GoldPage, names: set[str]) -> None:
    """Speakers, actors, affiliations, event places and places must name a gold entity."""
    referenced = [(quote.speaker, "quote speaker") for quote in page.quotes if quote.speaker]
    referenced += [(actor, "event actor") for event in page.events for actor in event.actors]
    referenced += [(event.place, "event place") for event in page.events if event.place]
    referenced += [(place.name, "place") for place in page.places]
    referenced += [(org, "affiliation") for entity in page.entities for org in entity.affiliations]
    for name, what in referenced:
        if name not in names:
            raise ValueError(f"{what} {name!r} is not the name of an annotated entity")
    place_entities = {entity.name for entity in page.entities if entity.type == "place"}
    listed = {place.name for place in page.places}
    if place_entities != listed:
        raise ValueError(f"places must list every place entity once: {sorted(place_entities ^ listed)}")
    if page.events and sum(event.lead for event in page.events) != 1:
        raise ValueError("exactly one event must be the lead")


def _parse_caption(raw: Mapping[str, Any]) -> GoldCaption:
    _exact_keys(raw, {"text", "credit"}, "caption")
    return GoldCaption(text=_text(raw["text"], "caption text"), credit=_optional_text(raw["credit"], "credit"))


def _parse_entity(raw: Mapping[str, Any]) -> GoldEntity:
    _exact_keys(raw, {"name", "type", "aliases", "roles", "affiliations"}, "entity")
    return GoldEntity(
        name=_text(raw["name"], "entity name"),
        type=_choice(raw["type"], ENTITY_TYPES, "entity type"),
        aliases=_strings(raw["aliases"], "aliases"),
        roles=_strings(raw["roles"], "roles"),
        affiliations=_strings(raw["affiliations"], "affiliations"),
    )


def _parse_quote(raw: Mapping[str, Any]) -> GoldQuote:
    _exact_keys(raw, {"text", "kind", "speaker", "certainty"}, "quote")
    return GoldQuote(
        text=_text(raw["text"], "quote text"),
        kind=_choice(raw["kind"], QUOTE_KINDS, "quote kind"),
        speaker=_optional_text(raw["speaker"], "speaker"),
        certainty=_choice(raw["certainty"], CERTAINTIES, "quote certainty"),
    )


def _parse_event(raw: Mapping[str, Any]) -> GoldEvent:
    _exact_keys(
        raw,
        {"type", "mode", "class", "actors", "place", "country_code", "date", "date_precision", "sources",
         "certainty", "lead", "in_caption"},
        "event",
    )
    if not isinstance(raw["lead"], bool) or not isinstance(raw["in_caption"], bool):
        raise ValueError("lead and in_caption must be true or false")
    return GoldEvent(
        type=_text(raw["type"], "event type").upper(),
        mode=_optional_text(raw["mode"], "mode"),
        event_class=_choice(raw["class"], EVENT_CLASSES, "event class"),
        actors=_strings(raw["actors"], "actors"),
        place=_optional_text(raw["place"], "event place"),
        country_code=_optional_text(raw["country_code"], "country_code"),
        date=_iso_date(raw["date"], "event date"),
        date_precision=_choice(raw["date_precision"], PRECISIONS, "date_precision"),
        sources=_strings(raw["sources"], "sources"),
        certainty=_choice(raw["certainty"], CERTAINTIES, "event certainty"),
        lead=raw["lead"],
        in_caption=raw["in_caption"],
    )


def _parse_place(raw: Mapping[str, Any]) -> GoldPlace:
    _exact_keys(raw, {"name", "country_code"}, "place")
    return GoldPlace(name=_text(raw["name"], "place name"), country_code=_optional_text(raw["country_code"], "cc"))


def _parse_time(raw: Mapping[str, Any]) -> GoldTime:
    _exact_keys(raw, {"text", "value", "precision"}, "time")
    return GoldTime(
        text=_text(raw["text"], "time text"),
        value=_iso_date(raw["value"], "time value"),
        precision=_choice(raw["precision"], PRECISIONS, "time precision"),
    )


# ---------------------------------------------------------------- cross-article clusters


@dataclass(frozen=True)
class ClusterMention:
    """One actor or event in one report, and the gold cluster it belongs to."""

    report: str
    kind: Literal["actor", "event"]
    name: str
    cluster: str


@dataclass(frozen=True)
class ClusterGroup:
    id: str
    description: str
    reports: tuple[str, ...]


@dataclass(frozen=True)
class ClusterGold:
    """The cross-article resolution set: report files grouped by happening, mentions mapped to clusters."""

    directory: Path
    groups: tuple[ClusterGroup, ...]
    mentions: tuple[ClusterMention, ...]

    def assignment(self, kind: Literal["actor", "event"]) -> dict[tuple[str, str], str]:
        """(report, name) → gold cluster id for every mention of one kind."""
        return {(m.report, m.name): m.cluster for m in self.mentions if m.kind == kind}


def load_clusters(clusters_dir: Path) -> ClusterGold:
    """The cluster gold in `clusters_dir/clusters.json`; raises InputError on a bad file."""
    index = clusters_dir / "clusters.json"
    try:
        raw = json.loads(index.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise InputError(str(index), f"cannot be read as JSON ({error})") from error
    try:
        groups = tuple(
            ClusterGroup(id=_text(g["id"], "group id"), description=_text(g["description"], "description"),
                         reports=_strings(g["reports"], "reports"))
            for g in raw["groups"]
        )
        mentions = tuple(
            ClusterMention(report=_text(m["report"], "report"),
                           kind=cast(Literal["actor", "event"], _choice(m["kind"], ("actor", "event"), "kind")),
                           name=_text(m["name"], "name"), cluster=_text(m["cluster"], "cluster"))
            for m in raw["mentions"]
        )
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(str(index), f"bad cluster annotation: {error}") from error
    reports = {report for group in groups for report in group.reports}
    for report in reports:
        if not (clusters_dir / report).is_file():
            raise InputError(str(index), f"names report {report!r} which is not in {clusters_dir}")
    for mention in mentions:
        if mention.report not in reports:
            raise InputError(str(index), f"mention of {mention.name!r} in unknown report {mention.report!r}")
    return ClusterGold(directory=clusters_dir, groups=groups, mentions=mentions)
