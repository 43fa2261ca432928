"""Geometry for the server-drawn figures: counterpart graph, timeline bars, map dots, highlighted text.

Functions here only compute numbers and pieces of text; the templates draw them, so every string from a
page goes through the templates' autoescaping.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from wirewatch.knowledge.records import Counterpart, EventSummary, TimelineBucket
from wirewatch.model import PARAGRAPH_SEPARATOR

MAP_WIDTH, MAP_HEIGHT = 360.0, 180.0


@dataclass(frozen=True)
class GraphNode:
    actor_id: int
    label: str
    x: float
    y: float
    radius: float
    events: int
    edge_width: float
    first: str | None
    last: str | None


@dataclass(frozen=True)
class CounterpartGraph:
    size: float
    center_x: float
    center_y: float
    nodes: tuple[GraphNode, ...]


def counterpart_graph(
    counterparts: Sequence[Counterpart], *, size: float = 420, most: int = 16
) -> CounterpartGraph:
    """The actor in the middle and its most frequent counterparts on a circle, sized by shared events."""
    chosen = sorted(counterparts, key=lambda item: (-item.events, item.actor.name))[:most]
    center = size / 2
    ring = size / 2 - 70
    top = max((item.events for item in chosen), default=1)
    nodes = []
    for index, item in enumerate(chosen):
        angle = -math.pi / 2 + 2 * math.pi * index / max(1, len(chosen))
        weight = math.sqrt(item.events / top)
        nodes.append(
            GraphNode(
                actor_id=item.actor.id,
                label=shorten(item.actor.name, 22),
                x=round(center + ring * math.cos(angle), 1),
                y=round(center + ring * math.sin(angle), 1),
                radius=round(6 + 10 * weight, 1),
                events=item.events,
                edge_width=round(1 + 5 * weight, 1),
                first=item.first,
                last=item.last,
            )
        )
    return CounterpartGraph(size, center, center, tuple(nodes))


def shorten(text: str, most: int) -> str:
    """The text cut to `most` characters with an ellipsis."""
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


@dataclass(frozen=True)
class Bar:
    period: str
    events: int
    x: float
    y: float
    width: float
    height: float
    since: str
    until: str


@dataclass(frozen=True)
class BarChart:
    width: float
    height: float
    bars: tuple[Bar, ...]
    most: int


def timeline_bars(buckets: Sequence[TimelineBucket], *, width: float = 720, height: float = 160) -> BarChart:
    """One bar per period, oldest on the left, heights relative to the busiest period."""
    ordered = sorted(buckets, key=lambda bucket: bucket.period)
    most = max((bucket.events for bucket in ordered), default=0)
    # A few periods would otherwise make slabs as wide as the chart; keep bars slim and start on the left.
    step = min(width / max(1, len(ordered)), 36.0)
    bars = []
    for index, bucket in enumerate(ordered):
        bar_height = 0.0 if most == 0 else max(1.0, (height - 20) * bucket.events / most)
        bars.append(
            Bar(
                period=bucket.period,
                events=bucket.events,
                x=round(index * step + step * 0.1, 2),
                y=round(height - bar_height, 2),
                width=round(max(1.0, step * 0.8), 2),
                height=round(bar_height, 2),
                since=bucket.period,
                until=bucket.period,
            )
        )
    return BarChart(width, height, tuple(bars), most)


@dataclass(frozen=True)
class MapDot:
    x: float
    y: float
    radius: float
    latitude: float
    longitude: float
    label: str
    event_ids: tuple[int, ...]


def project(latitude: float, longitude: float) -> tuple[float, float]:
    """Equirectangular position on the shipped base map (viewBox 0 0 360 180)."""
    return round(longitude + 180.0, 2), round(90.0 - latitude, 2)


def map_dots(events: Sequence[EventSummary]) -> tuple[MapDot, ...]:
    """Events with coordinates, grouped where they share a place (to 0.1°), biggest dots drawn first."""
    groups: dict[tuple[float, float], list[EventSummary]] = {}
    for event in events:
        if event.latitude is None or event.longitude is None:
            continue
        groups.setdefault((round(event.latitude, 1), round(event.longitude, 1)), []).append(event)
    dots = []
    for (latitude, longitude), members in groups.items():
        x, y = project(latitude, longitude)
        place = next((member.place for member in members if member.place), None) or f"{latitude}, {longitude}"
        label = f"{place}: {len(members)} event" + ("s" if len(members) != 1 else "")
        dots.append(
            MapDot(
                x=x,
                y=y,
                radius=round(min(6.0, 0.9 + 0.6 * math.sqrt(len(members))), 2),
                latitude=latitude,
                longitude=longitude,
                label=label,
                event_ids=tuple(member.id for member in members),
            )
        )
    return tuple(sorted(dots, key=lambda dot: -dot.radius))


@dataclass(frozen=True)
class Segment:
    """A run of article text, `marked` when it is evidence (with the mark's number, for links)."""

    text: str
    marked: bool
    mark: int | None = None


@dataclass(frozen=True)
class Paragraph:
    start: int
    segments: tuple[Segment, ...]

    @property
    def has_mark(self) -> bool:
        return any(segment.marked for segment in self.segments)


def marked_paragraphs(text: str, spans: Sequence[tuple[int, int]]) -> tuple[Paragraph, ...]:
    """The article text as paragraphs, each cut into plain and evidence segments for the given spans."""
    clean = sorted((max(0, start), min(len(text), end)) for start, end in spans if end > start)
    paragraphs, position = [], 0
    for body in text.split(PARAGRAPH_SEPARATOR):
        start, end = position, position + len(body)
        cuts: list[Segment] = []
        cursor = start
        for number, (span_start, span_end) in enumerate(clean, start=1):
            lo, hi = max(span_start, cursor), min(span_end, end)
            if lo >= hi:
                continue
            if lo > cursor:
                cuts.append(Segment(text[cursor:lo], False))
            cuts.append(Segment(text[lo:hi], True, number))
            cursor = hi
        if cursor < end:
            cuts.append(Segment(text[cursor:end], False))
        paragraphs.append(Paragraph(start, tuple(cuts)))
        position = end + len(PARAGRAPH_SEPARATOR)
    return tuple(paragraphs)


def context_around(text: str, start: int, end: int, *, width: int = 220) -> tuple[str, str, str]:
    """(before, evidence, after) for showing evidence in its sentence's surroundings."""
    start, end = max(0, start), min(len(text), end)
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    if "\n\n" in before:
        before = before.rsplit("\n\n", 1)[1]
    if "\n\n" in after:
        after = after.split("\n\n", 1)[0]
    prefix = "…" if start - len(before) > 0 and not text[: start - len(before)].endswith("\n\n") else ""
    suffix = "…" if end + len(after) < len(text) and not text[end + len(after) :].startswith("\n\n") else ""
    return prefix + before, text[start:end], after + suffix
