"""Entity resolution: which known actor, if any, an entity read in one article is.

Candidates come from name keys (spelling and transliteration variants, surnames, acronyms); the choice
between them, and between "same" and "different person with the same name", comes from context: shared
affiliations, co-mentioned actors, places and role words. A match that is plausible but not clear
becomes a possibly-same link instead of a merge, and every decision carries its reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wirewatch.knowledge.names import fold, name_key, name_tokens, similarity
from wirewatch.model import Entity

# How strongly each kind of name match suggests the same actor, before context.
MATCH_WEIGHT = {
    "correction": 3.0,
    "exact": 1.0,
    "transliteration": 0.9,
    "alias": 0.85,
    "acronym": 0.8,
    "partial": 0.55,
}
MERGE_THRESHOLD = 0.8
POSSIBLY_SAME_THRESHOLD = 0.5
# A rival within this margin of the best candidate makes the choice a guess, so nothing is merged.
AMBIGUITY_MARGIN = 0.15
ROLE_STOPWORDS = frozenset({"the", "a", "an", "of", "and", "s", "for", "in", "on", "to", "its", "his", "her"})


@dataclass(frozen=True)
class EntityContext:
    """What the article says around an entity: the actors it is affiliated with and co-mentioned with."""

    affiliations: frozenset[int] = frozenset()
    co_actors: frozenset[int] = frozenset()
    places: frozenset[str] = frozenset()
    role_words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Candidate:
    """A known actor an entity may be, with the name match that found it and what the store knows of it."""

    actor_id: int
    name: str
    type: str
    match: str
    matched_name: str
    affiliations: frozenset[int] = frozenset()
    counterparts: frozenset[int] = frozenset()
    places: frozenset[str] = frozenset()
    role_words: frozenset[str] = frozenset()
    kept_apart: bool = False  # an analyst's split says this entity is not this actor


@dataclass(frozen=True)
class Decision:
    """The resolver's verdict: merge into `actor_id`, or a new actor (None) with possibly-same links."""

    actor_id: int | None
    reason: str
    score: float | None
    possibly_same: tuple[tuple[int, float, str], ...] = field(default_factory=tuple)


def role_words(texts: list[str]) -> frozenset[str]:
    """The content words of role descriptions ("the Taliban's deputy information minister")."""
    return frozenset(word for text in texts for word in fold(text).split() if word not in ROLE_STOPWORDS)


def types_compatible(entity_type: str, actor_type: str) -> bool:
    """Person and organization never merge; "other" may be either, as taggers often miss the type."""
    return entity_type == actor_type or "other" in (entity_type, actor_type)


def match_kind(entity: Entity, actor_name: str, matched_name: str) -> str:
    """Refine a key match: the same spelling, or a transliteration variant of it."""
    written = {_plain(entity.name), *(_plain(alias) for alias in entity.aliases)}
    if _plain(matched_name) in written:
        return (
            "exact"
            if _plain(matched_name) == _plain(entity.name) or _plain(actor_name) in written
            else "alias"
        )
    return "transliteration"


def _plain(name: str) -> str:
    return " ".join(name_tokens(name))


def score_candidate(entity: Entity, context: EntityContext, candidate: Candidate) -> tuple[float, list[str]]:
    """How likely the entity is this actor, with the reasons; context can raise a weak match or sink a strong one."""
    score = MATCH_WEIGHT[candidate.match]
    reasons = [_match_reason(entity, candidate)]
    shared_affiliations = context.affiliations & candidate.affiliations
    shared_counterparts = context.co_actors & candidate.counterparts
    shared_places = context.places & candidate.places
    shared_roles = context.role_words & candidate.role_words
    if shared_affiliations:
        score += 0.3
        reasons.append(f"shared affiliation (actor {', '.join(map(str, sorted(shared_affiliations)))})")
    if shared_counterparts:
        score += min(0.3, 0.1 * len(shared_counterparts))
        reasons.append(
            f"co-mentioned with the same actors ({', '.join(map(str, sorted(shared_counterparts)[:5]))})"
        )
    if shared_places:
        score += 0.1
        reasons.append(f"same places ({', '.join(sorted(shared_places)[:3])})")
    if shared_roles:
        score += 0.1
        reasons.append(f"same role words ({', '.join(sorted(shared_roles)[:3])})")
    # Different people who share a name: each belongs to organizations the other never does.
    if (
        context.affiliations
        and candidate.affiliations
        and not shared_affiliations
        and not shared_counterparts
    ):
        score -= 0.45
        reasons.append("different affiliations")
    elif context.role_words and candidate.role_words and not shared_roles and not shared_counterparts:
        score -= 0.15
        reasons.append("different roles")
    return score, reasons


def decide(
    entity: Entity, context: EntityContext, candidates: list[Candidate], unique_partial: bool
) -> Decision:
    """Pick the actor an entity is, or decide it is a new one; uncertain pairs become possibly-same links.

    `unique_partial` says a partial-name match (a bare surname) found exactly one actor with that name,
    which with no contrary context is how reports refer back to someone already named in full.
    """
    usable = [c for c in candidates if types_compatible(entity.type, c.type) and not c.kept_apart]
    if not usable:
        return Decision(None, "no known actor with this name", None)
    scored = []
    for candidate in usable:
        score, reasons = score_candidate(entity, context, candidate)
        if candidate.match == "partial" and unique_partial and score >= MATCH_WEIGHT["partial"]:
            score += 0.25
            reasons.append("the only known actor with this name")
        scored.append((score, candidate, reasons))
    scored.sort(key=lambda item: (-item[0], item[1].actor_id))
    best_score, best, best_reasons = scored[0]
    rivals = [item for item in scored[1:] if item[1].actor_id != best.actor_id]
    close_rival = rivals and rivals[0][0] >= best_score - AMBIGUITY_MARGIN and best.match != "correction"
    links = tuple(
        (candidate.actor_id, round(score, 3), "; ".join(reasons))
        for score, candidate, reasons in scored
        if score >= POSSIBLY_SAME_THRESHOLD
    )
    if best_score >= MERGE_THRESHOLD and not close_rival:
        return Decision(best.actor_id, "; ".join(best_reasons), round(best_score, 3))
    if close_rival:
        return Decision(
            None, f"ambiguous between actors {best.actor_id} and {rivals[0][1].actor_id}", None, links
        )
    return Decision(None, "match too weak to merge: " + "; ".join(best_reasons), None, links)


def _match_reason(entity: Entity, candidate: Candidate) -> str:
    if candidate.match == "correction":
        return f"analyst merge rule with '{candidate.name}'"
    if candidate.match == "exact":
        return f"same name '{candidate.matched_name}'"
    if candidate.match == "alias":
        return f"known alias '{candidate.matched_name}' of '{candidate.name}'"
    if candidate.match == "transliteration":
        return (
            f"spelling variant '{entity.name}' ~ '{candidate.matched_name}' (key '{name_key(entity.name)}',"
            f" similarity {similarity(entity.name, candidate.matched_name):.2f})"
        )
    if candidate.match == "acronym":
        return f"acronym '{entity.name}' ~ '{candidate.matched_name}'"
    return f"partial name '{entity.name}' of '{candidate.name}'"
