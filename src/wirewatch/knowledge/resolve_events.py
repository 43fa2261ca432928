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
A wire dated "MAIDUGURI, June 5" with an attack "late on Tuesday" gives no year and so no date; its
weekday and dateline (a DayClue) still pin the day down within whichever year the other report gives. An
actor only described ("gunmen") says nothing against a named one, and a group named in full by one outlet
and shorter by another (Islamic State West Africa Province / Islamic State) agrees, more weakly.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from wirewatch.knowledge.names import is_description, name_within

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
# Weight of two groups whose names are one within the other (ISWAP written out / "the Islamic State"):
# a group and its branch, or one name told shorter. Only groups: two people sharing a surname are not this.
NAMED_ALIKE_ACTOR_WEIGHT = 0.25
NAMED_ALIKE_TYPES = frozenset({"organization", "other"})

# A weekday named without a date ("on Tuesday") falls in the week up to the day the report was filed.
WEEKDAY_WINDOW = timedelta(days=6)
# What a yearless day agrees with a dated one: pinned to one day of that year (a weekday before a dateline,
# or "June 4") nearly as much as a full date; a weekday alone or the month before a dateline, little.
CLUE_SAME_DAY_WEIGHT = 0.3
CLUE_LOOSE_WEIGHT = 0.1
# Yearless days are compared inside a leap year, so that 29 February is a day too.
_REFERENCE_YEAR = 2024
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thurs"),
         ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun"))
    )
    for name in names
}  # fmt: skip
MONTHS = {
    name: number
    for number, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")),
        start=1,
    )
    for name in names
}  # fmt: skip
_WORDS = re.compile(r"[^\W\d_]+|\d+(?:st|nd|rd|th)?")
# A wire's dateline opens a line: the town in capitals, maybe its country, and the day with no year
# ("MAIDUGURI, Nigeria, June 5 (Agency) —"). A day followed by a year is a date the analyzer reads itself.
_DAY_WRITTEN = r"[^\W\d_]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d_]{3,9}\.?"
_DATELINE = re.compile(
    rf"\s*(?P<town>[^\W\d_][^,\n]{{0,40}}),(?:\s*[^,\n]{{1,30}},)?\s*(?P<date>{_DAY_WRITTEN})(?!\w)(?!,?\s*\d{{4}})"
)


@dataclass(frozen=True)
class DayClue:
    """What a report without a full date still says of the day: a weekday, a day of the year, a dateline.

    `month_day` is the day itself with no year ("on June 4"); `filed` the yearless day of the report's
    wire dateline ("MAIDUGURI, June 5"), which the happening did not come after.
    """

    weekday: int | None = None  # 0 is Monday
    month_day: tuple[int, int] | None = None
    filed: tuple[int, int] | None = None

    def __bool__(self) -> bool:
        return any(value is not None for value in (self.weekday, self.month_day, self.filed))


@dataclass(frozen=True)
class ActorNames:
    """Every written form of one of an event's actors, and its kind ("person", "organization", …)."""

    actor_id: int
    type: str
    forms: frozenset[str]


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
    day_clue: DayClue = DayClue()  # what the report says of the day when it gives no full date
    actor_names: frozenset[ActorNames] = frozenset()  # how its actors are written


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
    day_clue: DayClue = DayClue()  # where none of its reports gives a full date (`strongest_day_clue`)
    actor_names: frozenset[ActorNames] = frozenset()


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


def day_clue(time_text: str | None, time_value: str | None, text: str) -> DayClue:
    """What a report says of an event's day when it gives no full date: weekday, yearless day, dateline.

    Takes the event's time as written and as normalized, and the article text, as the store keeps them.
    "ANKARA, Jan 26 (Agency) - ... spoke by telephone on Thursday evening" with no year anywhere gives
    DayClue(weekday=3, filed=(1, 26)): the Thursday in the week up to 26 January of some year.
    """
    if time_value is not None:
        return DayClue()  # a date of its own says more than any clue
    weekday = _weekday_in(time_text) if time_text else None
    month_day = _month_day_in(time_text) if time_text else None
    return DayClue(weekday, month_day, dateline_day(text))


def dateline_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a wire dateline without a year ("MAIDUGURI, Nigeria, June 5 (Agency) —"), else None."""
    for line in text.splitlines():
        match = _DATELINE.match(line)
        if match and match.group("town") == match.group("town").upper():
            month_day = _month_day_in(match.group("date"))
            if month_day is not None:
                return month_day
    return None


def strongest_day_clue(clues: Iterable[DayClue]) -> DayClue:
    """The clue that pins a day down best among an event's reports (the first of equals)."""
    ranked = [
        (clue.month_day is not None, clue.weekday is not None and clue.filed is not None,
         clue.weekday is not None, clue.filed is not None, -order, clue)
        for order, clue in enumerate(clues)
        if clue
    ]  # fmt: skip
    return max(ranked, key=lambda item: item[:5])[5] if ranked else DayClue()


def _weekday_in(text: str) -> int | None:
    words = [word for word in _WORDS.findall(text.casefold()) if word in WEEKDAYS]
    return WEEKDAYS[words[0]] if words else None


def _month_day_in(text: str) -> tuple[int, int] | None:
    """(month, day) of a date written without a year ("June 5", "5 June", "Jan. 26th"), else None."""
    words = _WORDS.findall(text.casefold())
    if any(len(word) == 4 and word.isdigit() for word in words):
        return None  # it has a year, and so a date of its own
    for index, word in enumerate(words):
        if word not in MONTHS:
            continue
        for neighbour in (index + 1, index - 1):
            if 0 <= neighbour < len(words):
                digits = words[neighbour].rstrip("stndrh")
                if digits.isdigit() and len(digits) <= 2 and _is_day(MONTHS[word], int(digits)):
                    return MONTHS[word], int(digits)
    return None


def _is_day(month: int, day: int) -> bool:
    try:
        date(_REFERENCE_YEAR, month, day)
    except ValueError:
        return False
    return True


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
    date_score, date_reason = date_agreement(report, candidate)
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
    return _actor_name_agreement(report.actor_names, candidate.actor_names)


def _actor_name_agreement(
    report: frozenset[ActorNames], candidate: frozenset[ActorNames]
) -> tuple[float | None, str]:
    """Actors with no id in common, compared by how they are written; None when they are other actors."""
    if not report or not candidate:
        return None, "no shared actors"
    named_report = [actor for actor in report if not _described(actor)]
    named_candidate = [actor for actor in candidate if not _described(actor)]
    # "Gunmen", "the group", "army drones": a description fits whoever did it, and is no evidence against.
    if not named_report or not named_candidate:
        described = sorted(form for actor in report | candidate if _described(actor) for form in actor.forms)
        return 0.0, f"actors described, not named ({', '.join(described[:3])})"
    for ours in sorted(named_report, key=lambda actor: actor.actor_id):
        for theirs in sorted(named_candidate, key=lambda actor: actor.actor_id):
            if ours.type not in NAMED_ALIKE_TYPES or theirs.type not in NAMED_ALIKE_TYPES:
                continue
            for short, long in _form_pairs(ours.forms, theirs.forms):
                if name_within(short, long):
                    return NAMED_ALIKE_ACTOR_WEIGHT, f"actors named alike ({short} / {long})"
    return None, "no shared actors"


def _described(actor: ActorNames) -> bool:
    return bool(actor.forms) and all(is_description(form) for form in actor.forms)


def _form_pairs(ours: frozenset[str], theirs: frozenset[str]) -> Iterable[tuple[str, str]]:
    """Every (shorter, longer) pair of one form from each side, in a stable order."""
    for a in sorted(ours):
        for b in sorted(theirs):
            yield (a, b) if len(a) <= len(b) else (b, a)


def decide_event(report: ReportFacts, candidates: list[EventCandidate]) -> EventDecision:
    """Merge the report into the best known event, or start a new one with possibly-same links."""
    scored = []
    by_id = {candidate.event_id: candidate for candidate in candidates}
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
    close_rival = any(
        score >= best_score - 0.1 and not _only_roughly_dated_rival(report, by_id[best_id], by_id[event_id])
        for score, event_id, _ in scored[1:]
    )
    if best_score >= MERGE_THRESHOLD and not close_rival:
        return EventDecision(best_id, "; ".join(best_reasons), round(best_score, 3))
    reason = (
        "ambiguous between known events"
        if close_rival and best_score >= MERGE_THRESHOLD
        else "match too weak"
    )
    return EventDecision(None, f"{reason}: " + "; ".join(best_reasons), None, links)


def _only_roughly_dated_rival(report: ReportFacts, best: EventCandidate, rival: EventCandidate) -> bool:
    """ "It was their second call this month": a known event dated only to a month or a year is no rival to one
    dated to the day, for a report that itself dates its event to a day or not at all. Such a report tells
    one happening; the day-dated event is the one known well enough to be it."""
    coarse = {"month", "season", "year", "decade"}
    return (
        best.dates.precision == "day"
        and rival.dates.precision in coarse
        and report.dates.precision not in coarse
    )


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def date_agreement(report: ReportFacts, candidate: EventCandidate) -> tuple[float | None, str]:
    """Score and reason for the days two reports allow: dates, ranges, and what yearless ones still say."""
    range_score, range_reason = _range_agreement(report.dates, candidate.dates)
    if range_score is None:
        return None, range_reason
    clued = _clue_agreement(report.day_clue, report.dates, candidate.day_clue, candidate.dates)
    if clued is None:
        return range_score, range_reason
    clue_score, clue_reason = clued
    # A clue that rules the day out wins; one that agrees counts where it says more than the ranges.
    if clue_score is None or clue_score > range_score:
        return clue_score, clue_reason
    return range_score, range_reason


def _clue_agreement(
    ours: DayClue, our_dates: DateRange, theirs: DayClue, their_dates: DateRange
) -> tuple[float | None, str] | None:
    """What the clues of a side with no date of its own say against the other side; None when none apply."""
    our_day, their_day = _single_day(our_dates), _single_day(their_dates)
    if ours and our_dates.value is None and their_day is not None:
        return clue_fits_day(ours, their_day)
    if theirs and their_dates.value is None and our_day is not None:
        return clue_fits_day(theirs, our_day)
    if ours and theirs and our_dates.value is None and their_dates.value is None:
        return clues_agree(ours, theirs)
    return None


def clue_fits_day(clue: DayClue, day: date) -> tuple[float | None, str]:
    """Whether a yearless clue can be this day, and how closely it pins it: None when it cannot."""
    told = day.isoformat()
    if clue.weekday is not None and day.weekday() != clue.weekday:
        return None, f"told on a {_weekday_name(clue.weekday)}, not {told}"
    if clue.month_day is not None:
        if (day.month, day.day) != clue.month_day:
            return None, f"told on another day of the year than {told}"
        return CLUE_SAME_DAY_WEIGHT, f"same day of the year {told} (no year given)"
    if clue.filed is not None:
        window = _window(clue)
        if not any(filed - window <= day <= filed for filed in _filed_days(clue.filed, day.year)):
            return None, f"dateline {_month_day_text(clue.filed)} does not follow {told}"
        if clue.weekday is not None:
            return CLUE_SAME_DAY_WEIGHT, (
                f"the {_weekday_name(clue.weekday)} before dateline {_month_day_text(clue.filed)} is {told}"
                " (no year given)"
            )
        return CLUE_LOOSE_WEIGHT, f"{told} within the month before dateline {_month_day_text(clue.filed)}"
    if clue.weekday is not None:
        return CLUE_LOOSE_WEIGHT, f"same weekday as {told} ({_weekday_name(clue.weekday)})"
    return 0.05, "no date to compare"


def clues_agree(a: DayClue, b: DayClue) -> tuple[float | None, str]:
    """Whether two yearless clues can name one day: a different weekday or day of the year cannot."""
    if a.weekday is not None and b.weekday is not None and a.weekday != b.weekday:
        return None, f"told on a {_weekday_name(a.weekday)} and on a {_weekday_name(b.weekday)}"
    if a.month_day is not None and b.month_day is not None:
        if a.month_day != b.month_day:
            return None, "told on other days of the year"
        return CLUE_SAME_DAY_WEIGHT, f"same day of the year {_month_day_text(a.month_day)} (no year given)"
    # "On June 4" in one report and a dateline of 5 June in the other: the day is in the dateline's window.
    for told, filed in ((a, b), (b, a)):
        if told.month_day is None or filed.filed is None:
            continue
        if not 0 <= _days_between(told.month_day, filed.filed) <= _window(filed).days:
            before = (
                f"{_month_day_text(told.month_day)} is not before dateline {_month_day_text(filed.filed)}"
            )
            return None, before
    if a.filed is not None and b.filed is not None:
        apart = _days_between(a.filed, b.filed)
        if not -_window(a).days <= apart <= _window(b).days:
            return None, f"datelines {_month_day_text(a.filed)} and {_month_day_text(b.filed)} too far apart"
        if a.weekday is not None and a.weekday == b.weekday and a.filed == b.filed:
            return CLUE_SAME_DAY_WEIGHT, (
                f"same {_weekday_name(a.weekday)} before dateline {_month_day_text(a.filed)} (no year given)"
            )
    if a.weekday is not None and a.weekday == b.weekday:
        return CLUE_LOOSE_WEIGHT, f"same weekday ({_weekday_name(a.weekday)})"
    return 0.05, "no date to compare"


def _window(clue: DayClue) -> timedelta:
    """How long before its dateline a clue's day may be: the week of a weekday, else the month."""
    return WEEKDAY_WINDOW if clue.weekday is not None else UNDATED_WINDOW


def _days_between(earlier: tuple[int, int], later: tuple[int, int]) -> int:
    """Days from one yearless day to another, the short way round the year's end (30 December → 2 January: 3)."""
    apart = (_reference_day(later) - _reference_day(earlier)).days
    return (apart + 183) % 366 - 183


def _single_day(dates: DateRange) -> date | None:
    if dates.precision != "day" or dates.start is None or dates.start != dates.end:
        return None
    return _day(dates.start)


def _filed_days(filed: tuple[int, int], year: int) -> list[date]:
    """The dateline's day in the event's year and the next (a report filed on 2 January of a December event)."""
    days = []
    for candidate_year in (year, year + 1):
        try:
            days.append(date(candidate_year, *filed))
        except ValueError:  # 29 February in a common year
            continue
    return days


def _reference_day(month_day: tuple[int, int]) -> date:
    return date(_REFERENCE_YEAR, *month_day)


def _weekday_name(weekday: int) -> str:
    return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[weekday]


def _month_day_text(month_day: tuple[int, int]) -> str:
    return f"{month_day[0]:02d}-{month_day[1]:02d}"


def _range_agreement(a: DateRange, b: DateRange) -> tuple[float | None, str]:
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
