"""The knowledge base out to files other tools read: JSON Lines, CSV, GraphML and PLOVER-style records.

Every writer streams rows from the store to a text stream, so exporting a large store needs little memory.
Events keep their provenance in every format: report article ids and evidence offsets.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from typing import Any, TextIO
from xml.sax.saxutils import escape, quoteattr

from wirewatch.knowledge.store import SqliteStore

EXPORT_FORMATS = ("jsonl", "csv", "graphml", "plover")
_BATCH = 500


def export(store: SqliteStore, output_format: str, out: TextIO) -> int:
    """Write the knowledge base in `output_format` to `out`; returns how many records were written."""
    writers = {"jsonl": export_jsonl, "csv": export_csv, "graphml": export_graphml, "plover": export_plover}
    if output_format not in writers:
        raise ValueError(f"export format must be one of {', '.join(EXPORT_FORMATS)}, not {output_format!r}")
    return writers[output_format](store, out)


def iter_actors(db: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every actor with its names, roles and affiliations."""
    for actor_id, name, actor_type in db.execute("SELECT id, name, type FROM actors ORDER BY id").fetchall():
        aliases = [
            row[0]
            for row in db.execute(
                "SELECT name FROM actor_names WHERE actor_id = ? AND name != ? ORDER BY name",
                (actor_id, name),
            )
        ]
        roles = [
            row[0]
            for row in db.execute(
                "SELECT DISTINCT r.text FROM roles r JOIN entities e ON e.id = r.entity_id WHERE e.actor_id = ? ORDER BY r.text",
                (actor_id,),
            )
        ]
        affiliations = [
            row[0]
            for row in db.execute(
                "SELECT DISTINCT o.actor_id FROM entities e JOIN affiliations f ON f.entity_id = e.id"
                " JOIN entities o ON o.id = f.org_entity_id WHERE e.actor_id = ? AND o.actor_id IS NOT NULL ORDER BY o.actor_id",
                (actor_id,),
            )
        ]
        articles = db.execute(
            "SELECT count(DISTINCT article_id) FROM entities WHERE actor_id = ?", (actor_id,)
        ).fetchone()[0]
        yield {
            "id": actor_id,
            "name": name,
            "type": actor_type,
            "aliases": aliases,
            "roles": roles,
            "affiliations": affiliations,
            "articles": articles,
        }


def iter_events(db: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every resolved event with its actors and reports (article id, evidence, sources, origin)."""
    last = 0
    while True:
        rows = db.execute(
            "SELECT id, type, mode, date, date_precision, place, latitude, longitude, certainty, reports, corroboration"
            " FROM events WHERE id > ? ORDER BY id LIMIT ?",
            (last, _BATCH),
        ).fetchall()
        if not rows:
            return
        for row in rows:
            event_id = row[0]
            actors = [
                {"id": actor_id, "name": name, "role": role}
                for actor_id, name, role in db.execute(
                    "SELECT a.id, a.name, ea.role FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
                    " WHERE ea.event_id = ? ORDER BY ea.role, a.id",
                    (event_id,),
                )
            ]
            reports = [
                {
                    "article_id": article_id,
                    "local_id": local_id,
                    "url": url,
                    "published": published,
                    "certainty": certainty,
                    "sources": [{"name": s["name"], "kind": s["kind"]} for s in json.loads(sources)],
                    "evidence": json.loads(evidence),
                    "origin": origin,
                }
                for article_id, local_id, url, published, certainty, sources, evidence, origin in db.execute(
                    "SELECT r.article_id, r.local_id, a.url, substr(a.published, 1, 10), r.certainty, r.sources, r.evidence,"
                    " r.origin FROM reports r JOIN articles a ON a.id = r.article_id WHERE r.event_id = ? ORDER BY r.article_id",
                    (event_id,),
                )
            ]
            yield {
                "id": event_id,
                "type": row[1],
                "mode": row[2],
                "date": row[3],
                "date_precision": row[4],
                "place": row[5],
                "latitude": row[6],
                "longitude": row[7],
                "certainty": row[8],
                "reports": row[9],
                "corroboration": row[10],
                "actors": actors,
                "evidence": reports,
            }
        last = rows[-1][0]


def export_jsonl(store: SqliteStore, out: TextIO) -> int:
    """One JSON object per line: every actor ("kind": "actor"), then every event ("kind": "event")."""
    written = 0
    for actor in iter_actors(store.connection):
        out.write(json.dumps({"kind": "actor", **actor}, ensure_ascii=False) + "\n")
        written += 1
    for event in iter_events(store.connection):
        out.write(json.dumps({"kind": "event", **event}, ensure_ascii=False) + "\n")
        written += 1
    return written


CSV_COLUMNS = (
    "event_id", "type", "mode", "date", "date_precision", "place", "latitude", "longitude", "certainty",
    "reports", "corroboration", "source_actors", "target_actors", "other_actors", "article_ids", "evidence",
)  # fmt: skip


def export_csv(store: SqliteStore, out: TextIO) -> int:
    """One row per event; actors grouped by role, reports as article ids and their first evidence text."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    written = 0
    for event in iter_events(store.connection):
        by_role: dict[str, list[str]] = {"source": [], "target": [], "other": []}
        for actor in event["actors"]:
            by_role[
                "source" if actor["role"] == "source" else "target" if actor["role"] == "target" else "other"
            ].append(f"{actor['name']} [{actor['id']}]")
        writer.writerow(
            [
                event["id"], event["type"], event["mode"], event["date"], event["date_precision"], event["place"],
                event["latitude"], event["longitude"], event["certainty"], event["reports"], event["corroboration"],
                "; ".join(by_role["source"]), "; ".join(by_role["target"]), "; ".join(by_role["other"]),
                " ".join(str(report["article_id"]) for report in event["evidence"]),
                " | ".join(report["evidence"][0]["text"] for report in event["evidence"] if report["evidence"]),
            ]
        )  # fmt: skip
        written += 1
    return written


def export_graphml(store: SqliteStore, out: TextIO) -> int:
    """Actors as nodes, events as edges between every pair of their actors (source → target where known)."""
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    keys = (
        ("name", "node", "string"), ("type", "node", "string"), ("aliases", "node", "string"),
        ("event_id", "edge", "int"), ("event_type", "edge", "string"), ("mode", "edge", "string"),
        ("date", "edge", "string"), ("place", "edge", "string"), ("corroboration", "edge", "int"),
        ("articles", "edge", "string"),
    )  # fmt: skip
    for name, domain, kind in keys:
        out.write(f'  <key id="{name}" for="{domain}" attr.name="{name}" attr.type="{kind}"/>\n')
    out.write('  <graph id="wirewatch" edgedefault="directed">\n')
    written = 0
    for actor in iter_actors(store.connection):
        out.write(f'    <node id="a{actor["id"]}">')
        out.write(
            _data("name", actor["name"])
            + _data("type", actor["type"])
            + _data("aliases", "; ".join(actor["aliases"]))
        )
        out.write("</node>\n")
        written += 1
    for event in iter_events(store.connection):
        for number, (source, target) in enumerate(_edges(event["actors"])):
            out.write(f'    <edge id="v{event["id"]}-{number}" source="a{source}" target="a{target}">')
            out.write(
                _data("event_id", event["id"]) + _data("event_type", event["type"]) + _data("mode", event["mode"])
                + _data("date", event["date"]) + _data("place", event["place"])
                + _data("corroboration", event["corroboration"])
                + _data("articles", " ".join(str(r["article_id"]) for r in event["evidence"]))
            )  # fmt: skip
            out.write("</edge>\n")
            written += 1
    out.write("  </graph>\n</graphml>\n")
    return written


def _edges(actors: list[dict[str, Any]]) -> list[tuple[int, int]]:
    sources = sorted({a["id"] for a in actors if a["role"] in ("source", "leader", "host")})
    targets = sorted({a["id"] for a in actors if a["role"] in ("target", "guest")})
    others = sorted({a["id"] for a in actors} - set(sources) - set(targets))
    if sources and targets:
        return [(s, t) for s in sources for t in targets if s != t]
    everyone = sorted(set(sources) | set(targets) | set(others))
    return [(a, b) for i, a in enumerate(everyone) for b in everyone[i + 1 :]]


def _data(key: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    return f"<data key={quoteattr(key)}>{escape(str(value))}</data>"


def export_plover(store: SqliteStore, out: TextIO) -> int:
    """PLOVER-style event records, one JSON object per line (event, mode, actor1/actor2, date, location, sources)."""
    written = 0
    for event in iter_events(store.connection):
        sources = [a for a in event["actors"] if a["role"] in ("source", "leader", "host")]
        targets = [a for a in event["actors"] if a["role"] in ("target", "guest")]
        others = [a for a in event["actors"] if a not in sources and a not in targets]
        actor1 = sources or others[:1]
        actor2 = targets or [a for a in others if a not in actor1]
        record = {
            "id": f"wirewatch-{event['id']}",
            "date": event["date"],
            "date_precision": event["date_precision"],
            "event": event["type"],
            "mode": event["mode"],
            "actor1": "; ".join(a["name"] for a in actor1) or None,
            "actor1_ids": [a["id"] for a in actor1],
            "actor2": "; ".join(a["name"] for a in actor2) or None,
            "actor2_ids": [a["id"] for a in actor2],
            "geo": {"place": event["place"], "lat": event["latitude"], "lon": event["longitude"]},
            "certainty": event["certainty"],
            "num_sources": event["corroboration"],
            "num_reports": event["reports"],
            "sources": [
                {
                    "article_id": report["article_id"],
                    "url": report["url"],
                    "published": report["published"],
                    "origin": report["origin"],
                    "attribution": [source["name"] for source in report["sources"]],
                    "text": [span["text"] for span in report["evidence"]],
                    "offsets": [[span["start"], span["end"]] for span in report["evidence"]],
                }
                for report in event["evidence"]
            ],
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        written += 1
    return written
