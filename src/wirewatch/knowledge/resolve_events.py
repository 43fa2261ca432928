"""Event resolution: which known happening, if any, an event read in one report tells.

Two reports tell one happening when their type agrees, their actors overlap, their dates can be the same
day (or period) and their places are the same or near. A look-alike — the same actors meeting again a
month later, a strike on another town — fails on date or place and stays apart; a plausible but unclear
match becomes a possibly-same link, never a merge. Outlets word one happening differently: a meeting is
"talks" or "hosted" (MODE_GROUPS), one names the town and another only its country (CONTAINER_FEATURES),
one names the leader and another his group (affiliations); these agree, more weakly than sameness does.
A place is the same when its coordinates agree, or, where one report's place did not resolve, when it was
resolved to the same place actor or is written alike (Babanusa / Babanusah); a report that only names the
country of an event is placed in its town when it names the town elsewhere (a dateline, a later sentence).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

MERGE_THRESHOLD = 0.7
POSSIBLY_SAME_THRESHOLD = 0.45
NEAR_KM = 25.0
FAR_KM = 100.0
# An event with no date of its own happened at most this long before the report was published.
UNDATED_WINDOW = timedelta(days=30)

# What two overlapping dates are worth, by the precision of each (the smaller counts).
OVERLAP_WEIGHTS = {"day": 0.35, "week": 0.25, "month": 0.2, "season": 0.1, "year": 0.1, "decade": 0.05}

_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
# PLOVER types that reports of one happening use interchangeably.
TYPE_FAMILIES = {
    "CONSULT": "talk",
    "AGREE": "talk",
    "COOPERATE": "talk",
    "ASSAULT": "violence",
    "FIGHT": "violence",
    "MOBILIZE": "violence",
    "PROTEST": "protest",
    "COERCE": "coerce",
    "ACCUSE": "criticize",
    "DISAPPROVE": "criticize",
}
# Modes that outlets use for one happening: a meeting one report calls "talks", another "hosted" or "a
# visit". A mode outside every group ("killing", "armed attack") says what came of it, not how, and is
# neither evidence for nor against; modes from two different groups (a call and a meeting, shelling and
# an air strike) are two happenings.
MODE_GROUPS = {
    **dict.fromkeys(("meet", "meeting", "talks", "host", "visit", "delegation", "summit"), "in person"),
    **dict.fromkeys(("call", "phone call", "video call", "letter", "message"), "at a distance"),
    **dict.fromkeys(("shelling", "artillery"), "shelling"),
    **dict.fromkeys(("air strike", "airstrike"), "air strike"),
    **dict.fromkeys(("drone strike",), "drone strike"),
    **dict.fromkeys(("ied", "landmine", "mine"), "explosive"),
    **dict.fromkeys(("clash", "clashes"), "clash"),
    **dict.fromkeys(("demonstration", "demonstrate", "march", "rally", "sit-in"), "demonstration"),
    **dict.fromkeys(("riot",), "riot"),
}
DIFFERENT_MODE_PENALTY = -0.25
# However well the rest agrees, two kinds of happening score below a merge (a possibly-same link at most).
DIFFERENT_MODE_CEILING = MERGE_THRESHOLD - 0.05
# Gazetteer features that contain towns: a report that only names the country (or province) of an event
# can tell the same happening as one that names the town, however far the country's centre lies from it.
CONTAINER_FEATURES = frozenset({"country", "admin1", "admin2", "continent", "region"})
# Weight of actors that meet only through their affiliations (Haniyeh in one report, Hamas in another).
AFFILIATED_ACTOR_WEIGHT = 0.25


@dataclass(frozen=True)
class DateRange:
    """The days an event may have happened on, from a date at some precision or from the publication date."""

    start: str | None
    end: str | None
    value: str | None = None
    precision: str | None = None


@dataclass(frozen=True)
class ReportFacts:
    """What one report says of an event, with its actors already resolved to actor ids."""

    type: str
    mode: str | None
    actors: frozenset[int]
    dates: DateRange
    place_key: str | None
    latitude: float | None
    longitude: float | None
    place_feature: str | None = None  # the gazetteer feature of the place ("city", "country", …)
    country_code: str | None = None
    affiliations: frozenset[int] = frozenset()  # actor ids of the organizations its actors belong to
    place_actor: int | None = None  # the actor the place entity was resolved to
    place_names: frozenset[str] = frozenset()  # place keys of every form of the place's name
    named_places: frozenset[str] = frozenset()  # place keys of every name anywhere in the report


@dataclass(frozen=True)
class EventCandidate:
    """A known event a report may tell."""

    event_id: int
    type: str
    mode: str | None
    actors: frozenset[int]
    dates: DateRange
    place_key: str | None
    latitude: float | None
    longitude: float | None
    from_same_article: bool = False
    place_feature: str | None = None
    country_code: str | None = None
    affiliations: frozenset[int] = frozenset()
    place_actors: frozenset[int] = frozenset()  # the actors its reports' place entities were resolved to
    place_names: frozenset[str] = frozenset()
    named_places: frozenset[str] = frozenset()  # place keys of every name in its reports


@dataclass(frozen=True)
class EventDecision:
    event_id: int | None
    reason: str
    score: float | None
    possibly_same: tuple[tuple[int, float, str], ...] = ()


def date_range(value: str | None, precision: str | None, published: str | None) -> DateRange:
    """The days a time value covers ("2021" → the whole year); undated events fall before publication."""
    match = _ISO.match(value or "")
    if match:
        year, month, day = match.group(1), match.group(2), match.group(3)
        inside = _day(value)
        if inside is not None and precision == "week":
            # A week is given by a day inside it: the report may mean any day from that Monday to Sunday.
            monday = inside - timedelta(days=inside.weekday())
            return DateRange(monday.isoformat(), (monday + timedelta(days=6)).isoformat(), value, precision)
        if day:
            return DateRange(f"{year}-{month}-{day}", f"{year}-{month}-{day}", value, precision or "day")
        if month:
            last = _last_day(int(year), int(month))
            return DateRange(f"{year}-{month}-01", f"{year}-{month}-{last:02d}", value, precision or "month")
        return DateRange(f"{year}-01-01", f"{year}-12-31", value, precision or "year")
    published_day = _day(published)
    if published_day is None:
        return DateRange(None, None, None, None)
    return DateRange(
        (published_day - UNDATED_WINDOW).isoformat(), published_day.isoformat(), None, "before publication"
    )


def score_event(report: ReportFacts, candidate: EventCandidate) -> tuple[float, list[str]] | None:
    """How likely the report tells this known event, with reasons; None when it cannot be the same."""
    if candidate.from_same_article:
        return None  # the analyzer already decided how a report's own events relate
    if TYPE_FAMILIES.get(report.type, report.type) != TYPE_FAMILIES.get(candidate.type, candidate.type):
        return None
    reasons = []
    score = 0.0
    if report.type == candidate.type:
        score += 0.15
        reasons.append(f"same type {report.type}")
    else:
        reasons.append(f"related types {report.type}/{candidate.type}")
    if report.actors and candidate.actors:
        actor_score, actor_reason = _actor_agreement(report, candidate)
        if actor_score is None:
            return None
        score += actor_score
        reasons.append(actor_reason)
    date_score, date_reason = _date_agreement(report.dates, candidate.dates)
    if date_score is None:
        return None
    score += date_score
    reasons.append(date_reason)
    place_score, place_reason = _place_agreement(report, candidate)
    if place_score is None:
        return None
    score += place_score
    if place_reason:
        reasons.append(place_reason)
    mode_score, mode_reason = mode_agreement(report.mode, candidate.mode)
    score += mode_score
    if mode_reason:
        reasons.append(mode_reason)
    if mode_score < 0:
        score = min(score, DIFFERENT_MODE_CEILING)
    return score, reasons


def mode_agreement(a: str | None, b: str | None) -> tuple[float, str | None]:
    """Score and reason for two modes: same, told alike (MODE_GROUPS), unknown, or two kinds of happening."""
    if not a or not b:
        return 0.0, None
    if a == b:
        return 0.1, f"same mode {a}"
    group_a, group_b = MODE_GROUPS.get(a), MODE_GROUPS.get(b)
    if group_a and group_a == group_b:
        return 0.1, f"modes told alike {a}/{b} ({group_a})"
    if group_a and group_b:
        # A call and a meeting of the same people on the same day are two happenings, or one misread.
        return DIFFERENT_MODE_PENALTY, f"different modes {a}/{b}"
    return 0.0, f"modes {a}/{b} not comparable"


def _actor_agreement(report: ReportFacts, candidate: EventCandidate) -> tuple[float | None, str]:
    shared = report.actors & candidate.actors
    if shared:
        # Containment, not Jaccard: one outlet names two of the actors, another names four.
        overlap = len(shared) / min(len(report.actors), len(candidate.actors))
        return 0.4 * overlap, f"{len(shared)} shared actors ({', '.join(map(str, sorted(shared)[:5]))})"
    # One outlet names the leader, another only the group he leads: the actor sets meet through
    # affiliations. That is weaker evidence (the group has other members), so it weighs less.
    related = (report.actors | report.affiliations) & (candidate.actors | candidate.affiliations)
    if related:
        return AFFILIATED_ACTOR_WEIGHT, f"actors related through {', '.join(map(str, sorted(related)[:5]))}"
    return None, "no shared actors"


def decide_event(report: ReportFacts, candidates: list[EventCandidate]) -> EventDecision:
    """Merge the report into the best known event, or start a new one with possibly-same links."""
    scored = []
    for candidate in candidates:
        result = score_event(report, candidate)
        if result is not None:
            scored.append((result[0], candidate.event_id, result[1]))
    if not scored:
        return EventDecision(None, "no known event of this type with these actors, date and place", None)
    scored.sort(key=lambda item: (-item[0], item[1]))
    best_score, best_id, best_reasons = scored[0]
    links = tuple(
        (event_id, round(score, 3), "; ".join(reasons))
        for score, event_id, reasons in scored
        if score >= POSSIBLY_SAME_THRESHOLD
    )
    close_rival = len(scored) > 1 and scored[1][0] >= best_score - 0.1
    if best_score >= MERGE_THRESHOLD and not close_rival:
        return EventDecision(best_id, "; ".join(best_reasons), round(best_score, 3))
    reason = (
        "ambiguous between known events"
        if close_rival and best_score >= MERGE_THRESHOLD
        else "match too weak"
    )
    return EventDecision(None, f"{reason}: " + "; ".join(best_reasons), None, links)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _date_agreement(a: DateRange, b: DateRange) -> tuple[float | None, str]:
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return 0.05, "no date to compare"
    if a.end < b.start or b.end < a.start:
        return None, "different dates"
    if a.precision == "day" and b.precision == "day":
        return 0.35, f"same day {a.start}"
    if "before publication" in (a.precision, b.precision):
        return 0.15, "undated report published within the event's period"
    # Overlapping says less the coarser either date is: "in 2009" fits every day of that year.
    weight = min(OVERLAP_WEIGHTS.get(a.precision or "", 0.1), OVERLAP_WEIGHTS.get(b.precision or "", 0.1))
    return weight, f"overlapping dates {a.value or a.start} / {b.value or b.start}"


def _place_agreement(report: ReportFacts, candidate: EventCandidate) -> tuple[float | None, str | None]:
    containment = _place_containment(report, candidate)
    if containment is not None:
        return containment
    coordinates = (report.latitude, report.longitude, candidate.latitude, candidate.longitude)
    if all(value is not None for value in coordinates):
        km = distance_km(*coordinates)  # type: ignore[arg-type]
        if km <= NEAR_KM:
            return 0.2, f"same place ({km:.0f} km apart)"
        if km > FAR_KM:
            return None, None
        return 0.0, f"places {km:.0f} km apart"
    if report.place_actor is not None and report.place_actor in candidate.place_actors:
        return 0.2, f"same place (actor {report.place_actor})"
    if report.place_key and candidate.place_key:
        if report.place_key == candidate.place_key:
            return 0.2, "same place name"
        # One outlet's place resolved in the gazetteer and the other's did not: compare how they are written.
        written_alike = report.place_names & candidate.place_names
        if written_alike:
            return 0.2, f"same place name ({sorted(written_alike)[0]})"
        # Another town, or the same one named at another level (village / province): not enough to merge.
        return -0.3, "different place names"
    return 0.0, None


def _place_containment(
    report: ReportFacts, candidate: EventCandidate
) -> tuple[float | None, str | None] | None:
    """Agreement of a town with the country or province around it; None when neither is a container."""
    report_contains = report.place_feature in CONTAINER_FEATURES
    candidate_contains = candidate.place_feature in CONTAINER_FEATURES
    if not (report_contains or candidate_contains) or report.place_key == candidate.place_key:
        return None
    if report.country_code and candidate.country_code and report.country_code != candidate.country_code:
        return None, None  # a town in another country cannot be inside this one
    # A wire report often places the event in the country ("BABANUSAH, Sudan — ... shelled the town") and
    # names the town only in its dateline or a later sentence: the town it names is where it happened.
    if report_contains and not candidate_contains:
        named = candidate.place_names & report.named_places
    elif candidate_contains and not report_contains:
        named = report.place_names & candidate.named_places
    else:
        named = frozenset()
    if named:
        return 0.2, f"one place within the other, the town named in both ({sorted(named)[0]})"
    if report.country_code and candidate.country_code:
        # Neither for nor against: the country holds many towns, but nothing says it is another one.
        return 0.0, f"one place within the other ({report.country_code})"
    return None


def _day(value: str | None) -> date | None:
    match = _ISO.match(value or "")
    if not match or not match.group(3):
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:  # "2024-02-30": a day the calendar does not have names no day
        return None


def _last_day(year: int, month: int) -> int:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return (following - timedelta(days=1)).day
