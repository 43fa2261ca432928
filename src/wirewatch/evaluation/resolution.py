"""Score cross-article resolution against the gold clusters in tests/gold/clusters/ (format: docs/gold.md).

The gold reports are ingested into a fresh store with the real pipeline (read → clean → analyze →
resolve); every gold mention is then looked up in its report's stored analysis — an actor by its written
name, an event by type, actors and date — and the actor or event it was resolved to is its predicted
cluster. Pairwise precision/recall and B³ come from `evaluation.scoring`. `format_clusters` shows, per gold
event cluster, which reports' events were merged, with the resolver's reason for each.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path

from wirewatch.evaluation.gold import ClusterGold, load_clusters
from wirewatch.evaluation.scoring import ClusterScore, Score, b_cubed, pairwise_scores
from wirewatch.ingest import AnalyzerFactory, default_analyzer, ingest
from wirewatch.knowledge.names import fold, name_key, name_tokens, similarity
from wirewatch.knowledge.store import SqliteStore
from wirewatch.settings import MEBIBYTE

# A written name counts as the gold mention's when it is this alike (after transliteration keys fail).
NAME_SIMILARITY = 0.85
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# Two-word modes in gold descriptions ("armed attack", "drone strike"); any other mode is one word.
MODE_SECOND_WORDS = frozenset({"attack", "attacks", "strike", "strikes", "fire", "clash", "clashes"})
_NOTE = re.compile(r"\([^)]*\)")
_ACTOR_SEPARATORS = re.compile(r"\s*(?:–|—|,|/|\+|&|\band\b|\bwith\b|\bvs\.?|\bon\b|\bin\b|\bof\b)\s*")


@dataclass(frozen=True)
class KindScores:
    """Resolution quality for one kind of mention (actors or events)."""

    kind: str
    mentions: int
    found: int  # gold mentions found in their report's analysis
    pairwise: Score
    b_cubed: ClusterScore


@dataclass(frozen=True)
class EventMentionOutcome:
    """Where one gold event mention ended up: the resolved event of its report, and the resolver's reason."""

    report: str
    description: str
    event_id: int | None  # None: no event of the report's analysis fits the description
    reason: str | None = None
    report_events: tuple[str, ...] = ()  # where it was not found: what the report's analysis has instead


@dataclass(frozen=True)
class ResolvedEvent:
    """A resolved event as the store holds it: how many reports tell it and how many independent sources."""

    event_id: int
    reports: int
    corroboration: int


@dataclass(frozen=True)
class EventClusterOutcome:
    """One gold event cluster: its mentions, the events they were resolved to, and links between those."""

    cluster: str
    mentions: tuple[EventMentionOutcome, ...]
    events: tuple[ResolvedEvent, ...]
    links: tuple[tuple[int, int, float], ...] = ()  # possibly-same links between its events


@dataclass(frozen=True)
class ResolutionScores:
    reports: int
    actors: KindScores
    events: KindScores
    event_clusters: tuple[EventClusterOutcome, ...] = ()


def evaluate_resolution(
    clusters_dir: Path, *, make_analyzer: AnalyzerFactory = default_analyzer, workers: int = 1
) -> ResolutionScores:
    """Ingest the gold cluster reports into a fresh store and score its actors and events against the gold."""
    gold = load_clusters(clusters_dir)
    reports = [report for group in gold.groups for report in group.reports]
    ordered = list(dict.fromkeys(reports))
    with tempfile.TemporaryDirectory(prefix="wirewatch-resolution-") as folder:
        store = SqliteStore(Path(folder) / "kb.db")
        try:
            for _ in ingest(
                [str(clusters_dir / report) for report in ordered],
                store,
                20 * MEBIBYTE,
                workers=workers,
                make_analyzer=make_analyzer,
            ):
                pass
            articles = _articles_by_report(store.connection, clusters_dir, ordered)
            actors = _score(
                gold, "actor", lambda m: _actor_of(store.connection, articles.get(m.report), m.name)
            )
            assigned = _assign_events(store.connection, articles, gold)
            events = _score(gold, "event", lambda m: _event_of(assigned.get((m.report, m.name))))
            clusters = _event_clusters(store.connection, gold, articles, assigned)
        finally:
            store.close()
    return ResolutionScores(reports=len(ordered), actors=actors, events=events, event_clusters=clusters)


def _event_of(assignment: tuple[int, int] | None) -> int | None:
    return assignment[1] if assignment else None


def _event_clusters(
    db: sqlite3.Connection,
    gold: ClusterGold,
    articles: dict[str, int],
    assigned: dict[tuple[str, str], tuple[int, int]],
) -> tuple[EventClusterOutcome, ...]:
    """Each gold event cluster with what became of its mentions, in the order clusters.json gives them."""
    by_cluster: dict[str, list[EventMentionOutcome]] = {}
    for mention in gold.mentions:
        if mention.kind != "event":
            continue
        report_id, event_id = assigned.get((mention.report, mention.name), (None, None))
        reason, instead = None, ()
        if report_id is not None:
            row = db.execute("SELECT reason FROM reports WHERE id = ?", (report_id,)).fetchone()
            reason = row[0] if row else None
        elif mention.report in articles:
            instead = tuple(
                f"{kind} {mode or '-'} {time_text or 'undated'} (event {found})"
                for kind, mode, time_text, found in db.execute(
                    "SELECT type, mode, time_text, event_id FROM reports WHERE article_id = ? ORDER BY id",
                    (articles[mention.report],),
                )
            )
        by_cluster.setdefault(mention.cluster, []).append(
            EventMentionOutcome(mention.report, mention.name, event_id, reason, instead)
        )
    outcomes = []
    for cluster, mentions in by_cluster.items():
        event_ids = sorted({m.event_id for m in mentions if m.event_id is not None})
        resolved = tuple(
            ResolvedEvent(event_id, int(row[0]), int(row[1]))
            for event_id in event_ids
            for row in db.execute("SELECT reports, corroboration FROM events WHERE id = ?", (event_id,))
        )
        marks = ",".join("?" * len(event_ids))
        links = tuple(
            (int(a), int(b), float(score))
            for a, b, score in db.execute(
                f"SELECT a, b, score FROM event_links WHERE a IN ({marks}) AND b IN ({marks}) ORDER BY a, b",
                [*event_ids, *event_ids],
            )
        )
        outcomes.append(EventClusterOutcome(cluster, tuple(mentions), resolved, links))
    return tuple(outcomes)


def _score(gold: ClusterGold, kind: str, predict) -> KindScores:  # type: ignore[no-untyped-def]
    expected: dict[Hashable, Hashable] = {}
    predicted: dict[Hashable, Hashable] = {}
    for mention in gold.mentions:
        if mention.kind != kind:
            continue
        item = (mention.report, mention.name)
        expected[item] = mention.cluster
        found = predict(mention)
        if found is not None:
            predicted[item] = found
    return KindScores(
        kind=kind,
        mentions=len(expected),
        found=len(predicted),
        pairwise=pairwise_scores(expected, predicted),
        b_cubed=b_cubed(expected, predicted),
    )


def _articles_by_report(db: sqlite3.Connection, clusters_dir: Path, reports: list[str]) -> dict[str, int]:
    found = {}
    for report in reports:
        row = db.execute(
            "SELECT a.id FROM pages p JOIN articles a ON a.page_hash = p.hash WHERE p.source = ?",
            (str(clusters_dir / report),),
        ).fetchone()
        if row:
            found[report] = int(row[0])
    return found


def _actor_of(db: sqlite3.Connection, article_id: int | None, written: str) -> int | None:
    """The actor the entity written as `written` in that article was resolved to."""
    if article_id is None:
        return None
    best: tuple[float, int] | None = None
    for entity_id, name, aliases, actor_id in db.execute(
        "SELECT id, name, aliases, actor_id FROM entities WHERE article_id = ? ORDER BY id", (article_id,)
    ):
        roles = {fold(row[0]) for row in db.execute("SELECT text FROM roles WHERE entity_id = ?", (entity_id,))}
        for form in (name, *json.loads(aliases)):
            titled = fold(written).endswith(" " + fold(form))
            if fold(form) == fold(written):
                score = 2.0
            elif titled and fold(written)[: -len(fold(form))].strip() in roles:
                # "Boko Haram founder Mohammed Yusuf": the gold tells two namesakes apart by a title.
                score = 1.9
            elif name_key(form) == name_key(written):
                score = 1.5
            elif titled:
                score = 1.4
            else:
                score = similarity(form, written)
            if score >= NAME_SIMILARITY and (best is None or score > best[0]):
                best = (score, actor_id)
    return best[1] if best else None


def parse_event_mention(text: str) -> tuple[str, str | None, list[str], str | None]:
    """(TYPE, mode, names, date) from a gold event description.

    "CONSULT call Ismail Haniyeh, Hakan Fidan 2024-01-25 (reported by X)" gives ("CONSULT", "call",
    ["Ismail Haniyeh", "Hakan Fidan"], "2024-01-25"); the mode is the lower-case word after the type (two for "armed attack"),
    the names are the actors and places that follow, the date an ISO date at the end if there is one.
    """
    without_note = _NOTE.sub("", text).strip()
    words = without_note.split()
    event_type = words[0].upper()
    rest = words[1:]
    when = rest.pop() if rest and _ISO_DATE.match(rest[-1]) else None
    mode_words = [rest.pop(0)] if rest and rest[0].islower() else []
    if mode_words and rest and rest[0] in MODE_SECOND_WORDS:
        mode_words.append(rest.pop(0))
    names = [part for part in _ACTOR_SEPARATORS.split(" ".join(rest)) if part]
    return event_type, " ".join(mode_words) or None, names, when


def _assign_events(
    db: sqlite3.Connection, articles: dict[str, int], gold: ClusterGold
) -> dict[tuple[str, str], tuple[int, int]]:
    """(report id, resolved event id) of each gold event mention, matched one to one within its report.

    A report's stored event is claimed by at most one gold mention, best fit first: where the analyzer
    found one of a report's two happenings, the other gold mention is "not found" rather than pinned to the
    same stored event, which would score as a false merge of two gold clusters.
    """
    by_report: dict[str, list[str]] = {}
    for mention in gold.mentions:
        if mention.kind == "event":
            by_report.setdefault(mention.report, []).append(mention.name)
    assigned: dict[tuple[str, str], tuple[int, int]] = {}
    for report, descriptions in by_report.items():
        article_id = articles.get(report)
        if article_id is None:
            continue
        pairs = sorted(
            (
                (-score, order, report_id, description, event_id)
                for order, description in enumerate(descriptions)
                for report_id, event_id, score in _event_fits(db, article_id, description)
            ),
        )
        used_reports: set[int] = set()
        for _, _, report_id, description, event_id in pairs:
            if (report, description) in assigned or report_id in used_reports:
                continue
            assigned[(report, description)] = (report_id, event_id)
            used_reports.add(report_id)
    return assigned


def _event_fits(db: sqlite3.Connection, article_id: int, description: str) -> list[tuple[int, int, float]]:
    """(report id, resolved event id, fit) for each of the article's reports of the described type."""
    event_type, mode, names, when = parse_event_mention(description)
    fits = []
    for report_id, kind, report_mode, date, place, event_id in db.execute(
        "SELECT id, type, mode, date, place, event_id FROM reports WHERE article_id = ? ORDER BY id",
        (article_id,),
    ).fetchall():
        if kind != event_type:
            continue
        written = [
            row[0]
            for row in db.execute(
                "SELECT e.name FROM report_actors ra JOIN entities e ON e.id = ra.entity_id WHERE ra.report_id = ?",
                (report_id,),
            )
        ]
        if place:
            written.append(place)
        matched = sum(1 for name in names if any(_same_actor_name(name, other) for other in written))
        score = matched / max(1, len(names))
        if mode and report_mode and (report_mode in mode or mode in report_mode):
            score += 0.3
        if when and date and (date.startswith(when) or when.startswith(date)):
            score += 0.5
        fits.append((report_id, event_id, score))
    return fits


def _same_actor_name(gold_name: str, written: str) -> bool:
    gold_tokens, written_tokens = name_tokens(gold_name), name_tokens(written)
    if not gold_tokens or not written_tokens:
        return False
    gold_keys = {name_key(token) for token in gold_tokens}
    return (
        bool(gold_keys & {name_key(token) for token in written_tokens})
        or similarity(gold_name, written) >= NAME_SIMILARITY
    )


def format_scores(scores: ResolutionScores) -> list[str]:
    """Lines a person reads: per kind, mentions found, pairwise P/R/F1 and B³ P/R/F1."""
    lines = [f"resolution over {scores.reports} reports"]
    for kind in (scores.actors, scores.events):
        pair = kind.pairwise
        lines.append(
            f"{kind.kind + 's':<8} found {kind.found}/{kind.mentions}  pairwise P {pair.precision:.3f} R {pair.recall:.3f}"
            f" F1 {pair.f1:.3f}  B³ P {kind.b_cubed.precision:.3f} R {kind.b_cubed.recall:.3f} F1 {kind.b_cubed.f1:.3f}"
        )
    return lines


def format_clusters(scores: ResolutionScores) -> list[str]:
    """Lines a person reads: each gold event cluster, the event each report's mention was resolved to, and why.

    A mention is "merged" when its event is the one most of the cluster went to, "apart" when it went to
    another, "not found" when no event of its report fits its description.
    """
    lines = ["event clusters (gold cluster: mentions → resolved events)"]
    for cluster in scores.event_clusters:
        found = [m.event_id for m in cluster.mentions if m.event_id is not None]
        main = max(sorted(set(found)), key=found.count) if found else None
        events = ", ".join(
            f"event {e.event_id}: {e.reports} report{'s' * (e.reports != 1)}, {e.corroboration} independent"
            for e in cluster.events
        )
        lines.append(
            f"{cluster.cluster}  {len(cluster.mentions)} mentions, {found.count(main) if main else 0} in one event"
            f"; {events or 'no event found'}"
        )
        for mention in cluster.mentions:
            if mention.event_id is None:
                state = "not found"
            else:
                state = f"{'merged' if mention.event_id == main else 'apart'} (event {mention.event_id})"
            lines.append(f"  {state:<20} {mention.report}: {mention.description}")
            if mention.reason:
                lines.append(f"  {'':<20}   {mention.reason}")
            if mention.event_id is None:
                lines.append(
                    f"  {'':<20}   the report's events: {'; '.join(mention.report_events) or 'none'}"
                )
        for a, b, score in cluster.links:
            lines.append(f"  possibly the same: events {a} and {b} ({score:.2f})")
    return lines


__all__ = [
    "EventClusterOutcome",
    "EventMentionOutcome",
    "KindScores",
    "ResolutionScores",
    "ResolvedEvent",
    "evaluate_resolution",
    "format_clusters",
    "format_scores",
    "parse_event_mention",
]
