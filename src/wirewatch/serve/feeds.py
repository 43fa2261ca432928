"""Atom feeds: one per watchlist, one entry per alert, updated in place when later reports arrive."""

from __future__ import annotations

from xml.etree import ElementTree

from wirewatch.serve.alerts import Alert
from wirewatch.serve.watchlists import Watchlist

ATOM = "http://www.w3.org/2005/Atom"


def alert_title(alert: Alert) -> str:
    """One line naming the event: type, actors, place and date."""
    actors = ", ".join(alert.event.actors) or "unnamed actors"
    place = f" in {alert.event.place}" if alert.event.place else ""
    date = f" ({alert.event.date})" if alert.event.date else ""
    return f"{alert.event.type}: {actors}{place}{date}"


def watchlist_feed(watchlist: Watchlist, alerts: tuple[Alert, ...], base_url: str) -> bytes:
    """The Atom document for a watchlist's alerts, newest first; `base_url` makes links absolute."""
    ElementTree.register_namespace("", ATOM)
    base = base_url.rstrip("/")
    feed = ElementTree.Element(f"{{{ATOM}}}feed")
    _text(feed, "id", f"{base}/watchlists/{watchlist.id}")
    _text(feed, "title", f"wirewatch · {watchlist.name}")
    updated = max([alert.updated_at for alert in alerts], default=watchlist.updated_at)
    _text(feed, "updated", updated)
    _link(feed, f"{base}/api/watchlists/{watchlist.id}/feed.atom", "self")
    _link(feed, f"{base}/watchlists/{watchlist.id}", "alternate")
    author = ElementTree.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "wirewatch")
    for alert in alerts:
        entry = ElementTree.SubElement(feed, f"{{{ATOM}}}entry")
        # The id names the (watchlist, event) pair, so a feed reader shows an update, not a new item.
        _text(entry, "id", f"{base}/watchlists/{watchlist.id}/events/{alert.event.id}")
        _text(entry, "title", alert_title(alert))
        _text(entry, "published", alert.created_at)
        _text(entry, "updated", alert.updated_at)
        _link(entry, f"{base}/events/{alert.event.id}", "alternate")
        summary = (
            f"{alert.reports} report(s), {alert.corroboration} independent source(s), certainty"
            f" {alert.event.certainty}. Matched on " + "; ".join(alert.reasons) + "."
        )
        _text(entry, "summary", summary)
    return ElementTree.tostring(feed, encoding="utf-8", xml_declaration=True)


def _text(parent: ElementTree.Element, tag: str, value: str) -> None:
    ElementTree.SubElement(parent, f"{{{ATOM}}}{tag}").text = value


def _link(parent: ElementTree.Element, href: str, rel: str) -> None:
    ElementTree.SubElement(parent, f"{{{ATOM}}}link", {"href": href, "rel": rel})
