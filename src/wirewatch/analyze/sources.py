"""Who says a sentence's facts are so, and how firmly: attribution chains and certainty.

A news sentence often carries its own provenance: "…, reported a news agency", "A report by X said
that Y posted on Twitter …", "according to activists". The chain is read outermost first — the
reporting clause nearest the root of the parse is the one the writer relies on, the deeper ones are
what that source itself cites — following the attribution-relation view of Pareti (2016, "PARC 3.0")
in which each attribution has a source, a cue and content, and nested attributions form chains.
Certainty follows the FactBank distinction (Saurí & Pustejovsky, 2009) reduced to four labels: a fact
the writer states (asserted), one credited to a source (attributed), one softened ("reportedly", "may
have", "is reported to": hedged) and one put in doubt ("it is unclear whether", "denied": disputed).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirewatch.analyze import plover
from wirewatch.analyze.entity_rules import document_text
from wirewatch.analyze.names import DEMONYM_ENDINGS
from wirewatch.model import Certainty, Entity, SourceLink

# Per-Doc caches kept in `Doc.user_data`: `Doc.text` and `Token.sent` rebuild from every token on each
# access, and the stages ask for them once per candidate.
# A speaker phrase after a report ("residents and a UN source") is a few words, not a clause.
_MAX_SPEAKER_WORDS = 8
_SENTENCES_KEY = "wirewatch.sentences"
_QUOTED_FLAGS_KEY = "wirewatch.quoted_flags"
_CERTAINTY_ORDER: dict[str, int] = {"asserted": 0, "attributed": 1, "hedged": 2, "disputed": 3}
_OPENING_MARKS = frozenset("“«„‘")
_CLOSING_MARKS = frozenset("”»’")
_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "himself", "herself"})
# Dependents that start a new clause or aside: a phrase naming a source or an actor stops there.
_CLAUSE_DEPENDENCIES = frozenset(
    {"relcl", "acl", "advcl", "ccomp", "xcomp", "appos", "conj", "cc", "punct", "parataxis", "mark"}
)


@dataclass(frozen=True)
class Mention:
    """One place in the text where an entity is named."""

    start: int
    end: int
    entity: Entity


class MentionIndex:
    """Entity mentions by text (body or caption), to turn parse tokens into entity ids.

    Lookups bisect on mention starts: every stage asks about every token, and a long article has
    thousands of mentions.
    """

    def __init__(self, entities: Iterable[Entity]) -> None:
        by_text: dict[int | None, list[Mention]] = {}
        self.entities: dict[str, Entity] = {}
        for entity in entities:
            self.entities[entity.id] = entity
            for span in entity.mentions:
                by_text.setdefault(span.caption, []).append(Mention(span.start, span.end, entity))
        self._by_text = {key: sorted(found, key=lambda m: (m.start, m.end)) for key, found in by_text.items()}
        self._starts = {key: [m.start for m in found] for key, found in self._by_text.items()}
        self._longest = {
            key: max((m.end - m.start for m in found), default=0) for key, found in self._by_text.items()
        }

    def overlapping(self, start: int, end: int, caption: int | None) -> list[Mention]:
        """Mentions that overlap the character range, in text order."""
        mentions = self._by_text.get(caption, ())
        if not mentions:
            return []
        starts = self._starts[caption]
        first = bisect_left(starts, start - self._longest[caption])
        last = bisect_left(starts, end)
        return [m for m in mentions[first:last] if start < m.end]

    def at_token(self, token: Token, caption: int | None) -> Entity | None:
        """The entity a token is part of the name of, if any."""
        found = self.overlapping(token.idx, token.idx + len(token.text), caption)
        return found[0].entity if found else None

    def all_before(self, offset: int, caption: int | None) -> list[Mention]:
        """Every mention that ends before `offset`, in text order."""
        mentions = self._by_text.get(caption, ())
        last = bisect_left(self._starts.get(caption, []), offset)
        return [mention for mention in mentions[:last] if mention.end <= offset]

    def last_before(self, offset: int, caption: int | None, types: frozenset[str]) -> Mention | None:
        """The nearest mention of an entity of one of `types` that ends before `offset`."""
        return next((m for m in reversed(self.all_before(offset, caption)) if m.entity.type in types), None)

    def last_named_before(self, offset: int, caption: int | None, types: frozenset[str]) -> Mention | None:
        """The nearest mention ending before `offset` of an entity of `types` that has a name of its own."""
        return next(
            (
                m
                for m in reversed(self.all_before(offset, caption))
                if m.entity.type in types and not is_description(m.entity)
            ),
            None,
        )


def most_salient_group(
    mentions: MentionIndex,
    doc: Doc,
    caption: int | None,
    offset: int,
    word: str,
    references: Sequence[tuple[int, Entity]],
    reach: int,
    outlets: frozenset[str] | set[str] = frozenset(),
) -> Entity | None:
    """The named organization "the group" (or "the rebels", `word`) most likely means, by salience within reach.

    Each earlier mention counts one, two more when it is (in) a sentence's subject, three more when its
    phrase is headed by the pointing word itself ("Rebels of the M23 movement … The rebels"), and the
    latest one more ("United Nations experts said the group …" after three M23 mentions). `references`
    are earlier pointing words already resolved, as (end offset, entity); `outlets` are the entities that
    only report.
    """
    scores: dict[str, int] = {}
    latest: tuple[int, str] | None = None
    for mention in mentions.all_before(offset, caption):
        if (
            mention.entity.type != "organization"
            or is_description(mention.entity)
            or offset - mention.end > reach
            or mention.entity.id in outlets  # "…, Caracol Radio reported": who reports is not "the group"
        ):
            continue
        last_word = text_of(doc)[mention.start : mention.end].rsplit(maxsplit=1)[-1].lower()
        if last_word in plover.AIRCRAFT_WORDS or last_word.removesuffix("s") in plover.AIRCRAFT_WORDS:
            continue  # "Iraqi F-16 jets", "a Turkish drone": machines, not a group anyone calls "the group"
        span = doc.char_span(mention.start, mention.start + 1, alignment_mode="expand")
        score = 1
        if span is not None and len(span):
            # "Rebels of the M23 movement … the rebels", "the Viv Ansanm gang coalition … the coalition".
            named_as = {_phrase_head(span[0]).lemma_.lower(), compound_head(span[0]).lemma_.lower()}
            score += 2 * in_subject(span[0]) + 3 * (word in named_as)
        scores[mention.entity.id] = scores.get(mention.entity.id, 0) + score
        if latest is None or mention.end > latest[0]:
            latest = (mention.end, mention.entity.id)
    for end, entity in references:
        if end <= offset and offset - end <= reach:
            scores[entity.id] = scores.get(entity.id, 0) + 1
            if latest is None or end > latest[0]:
                latest = (end, entity.id)
    if latest is None:
        return None
    scores[latest[1]] += 1
    best = max(scores, key=lambda entity_id: (scores[entity_id], entity_id == latest[1]))
    return mentions.entities[best]


def compound_head(token: Token) -> Token:
    """The noun at the end of the compound a name opens: "coalition" for "Viv" in "Viv Ansanm gang coalition"."""
    current = token
    while current.dep_ == "compound" and current.head.i != current.i:
        current = current.head
    return current


def in_subject(token: Token) -> bool:
    """Whether the token is part of a clause's subject ("Rebels of the M23 movement took …", "Authorities in
    Guinea's Forécariah prefecture and Sierra Leone's Kambia District signed …")."""
    current = token
    for _ in range(8):
        if current.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if current.head is current or current.dep_ not in {
            "pobj",
            "prep",
            "compound",
            "poss",
            "amod",
            "appos",
            "nmod",
            "conj",
        }:
            return False
        current = current.head
    return False


def _phrase_head(token: Token) -> Token:
    """The noun a name hangs from: "Rebels" for "M23" in "Rebels of the M23 movement"."""
    current = token
    for _ in range(6):
        if current.dep_ in {"compound", "poss", "nmod", "amod"}:
            current = current.head
        elif current.dep_ == "pobj" and current.head.lower_ == "of" and current.head.head.pos_ == "NOUN":
            current = current.head.head
        else:
            return current
    return current


def is_description(entity: Entity) -> bool:
    """ "militants", "Rwandan troops": an actor known only by what it is, capitalised at most for a nationality."""
    first, _, rest = entity.name.partition(" ")
    if any(char.isupper() for char in rest):
        return False
    return first.islower() or (bool(rest) and first.endswith(DEMONYM_ENDINGS))


@dataclass(frozen=True)
class Attribution:
    """What one sentence says about its own provenance: the chain of sources and its certainty."""

    start: int
    end: int
    caption: int | None
    links: tuple[SourceLink, ...]
    certainty: Certainty
    cues: tuple[int, ...] = ()  # for each link, the token index of its cue ("said", "according")

    def links_for(self, target: Token) -> tuple[SourceLink, ...]:
        """The links whose cue attributes the clause holding `target` (see `governs`)."""
        doc = target.doc
        return tuple(
            link for link, cue in zip(self.links, self.cues, strict=True) if governs(doc[cue], target)
        )


def find_sources(
    body_doc: Doc, caption_docs: Sequence[Doc], entities: Sequence[Entity]
) -> tuple[Attribution, ...]:
    """Read every sentence's attribution chain and certainty; sentences stating plainly are left out.

    Args:
        body_doc: the parsed `Article.text`.
        caption_docs: the parsed caption texts, in caption order.
        entities: the article's entities, to give each source its entity id.

    Returns:
        One `Attribution` per sentence that names a source or is hedged or disputed, in text order.
    """
    mentions = MentionIndex(entities)
    found = []
    for caption, doc in _docs_with_caption(body_doc, caption_docs):
        for sentence in sentences_of(doc)[0]:
            quoted = quoted_token_flags(sentence)
            chain = _chain(sentence, mentions, caption, quoted)
            links = tuple(link for link, _ in chain)
            certainty = certainty_of(sentence, bool(links), quoted)
            if links or certainty != "asserted":
                cues = tuple(cue for _, cue in chain)
                found.append(
                    Attribution(sentence.start_char, sentence.end_char, caption, links, certainty, cues)
                )
    return tuple(found)


def attribution_at(
    attributions: Sequence[Attribution], offset: int, caption: int | None
) -> Attribution | None:
    """The attribution of the sentence that holds `offset`, if that sentence has one."""
    for attribution in attributions:
        if attribution.caption == caption and attribution.start <= offset < attribution.end:
            return attribution
    return None


def sentence_sources(
    sentence: SpacySpan, mentions: MentionIndex, caption: int | None, quoted: Sequence[bool] | None = None
) -> tuple[SourceLink, ...]:
    """The attribution chain of one sentence, outermost first; quoted words are not the writer's and are skipped."""
    return tuple(link for link, _ in _chain(sentence, mentions, caption, quoted))


def _chain(
    sentence: SpacySpan, mentions: MentionIndex, caption: int | None, quoted: Sequence[bool] | None
) -> list[tuple[SourceLink, int]]:
    quoted = quoted if quoted is not None else quoted_token_flags(sentence)
    ranked: list[tuple[int, int, SourceLink]] = []
    for position, token in enumerate(sentence):
        if quoted[position]:
            continue
        for link in _links_at_cue(token, mentions, caption):
            ranked.append((_depth(token), token.i, link))
    seen: set[tuple[str, int]] = set()
    chain = []
    for _, cue, link in sorted(ranked, key=lambda item: (item[0], item[1])):
        if (link.name, link.start) not in seen:
            seen.add((link.name, link.start))
            chain.append((link, cue))
    return chain


def certainty_of(sentence: SpacySpan, has_sources: bool, quoted: Sequence[bool] | None = None) -> Certainty:
    """How firmly the writer puts a sentence: disputed, hedged, attributed (has sources) or asserted."""
    quoted = quoted if quoted is not None else quoted_token_flags(sentence)
    tokens = [token for position, token in enumerate(sentence) if not quoted[position]]
    if any(_is_dispute_cue(token) for token in tokens):
        return "disputed"
    if any(_is_hedge_cue(token) for token in tokens):
        return "hedged"
    return "attributed" if has_sources else "asserted"


def disputes_only_itself(trigger: Token, quoted: Sequence[bool]) -> bool:
    """Whether the trigger is its sentence's one dispute cue: "Carney rejected Trump's call" tells a rejection
    as a fact; it disputes what was rejected, not that the rejecting happened."""
    sentence = sentence_of(trigger)
    cues = [
        token for position, token in enumerate(sentence) if not quoted[position] and _is_dispute_cue(token)
    ]
    return bool(cues) and all(cue.i == trigger.i for cue in cues)


def least_certain(labels: Iterable[Certainty]) -> Certainty:
    """The weakest of several certainty labels (an event told in several sentences is as firm as its weakest)."""
    return max(labels, key=lambda label: _CERTAINTY_ORDER[label], default="asserted")


def quoted_token_flags(sentence: SpacySpan) -> list[bool]:
    """For each token of a sentence, whether it lies between quote marks (the marks themselves included).

    A sentence that opens a quote and never closes it (multi-paragraph quotes) stays quoted to its end;
    one that closes a quote it did not open was quoted from its start. Read once per sentence and kept with
    the Doc, since sources, quotes and events all ask: callers share the list and must not change it.
    """
    cache = sentence.doc.user_data.setdefault(_QUOTED_FLAGS_KEY, {})
    key = (sentence.start, sentence.end)
    if key not in cache:
        cache[key] = _quoted_flags(sentence)
    return cache[key]


def _quoted_flags(sentence: SpacySpan) -> list[bool]:
    flags = [False] * len(sentence)
    inside = False
    marks = _quote_marks(sentence)
    first_mark = next((t for t in sentence if t.i in marks), None)
    if first_mark is not None and _is_closing_mark(first_mark):
        inside = True
    for position, token in enumerate(sentence):
        if token.i in marks:
            flags[position] = True
            inside = not _is_closing_mark(token)
            continue
        flags[position] = inside
    _unflag_quoted_names(sentence, flags)
    return flags


def _unflag_quoted_names(sentence: SpacySpan, flags: list[bool]) -> None:
    """ "the armed group "Shene"": a name in quote marks, one to three capitalised words and nothing else, is what
    the group is called, not words anyone said."""
    position = 0
    while position < len(flags):
        if not flags[position]:
            position += 1
            continue
        end = position
        while end < len(flags) and flags[end]:
            end += 1
        words = [token for token in sentence[position:end] if not token.is_punct]
        if 1 <= len(words) <= 3 and all(token.is_title and token.pos_ == "PROPN" for token in words):
            for index in range(position, end):
                flags[index] = False
        position = end


def phrase_tokens(head: Token) -> list[Token]:
    """The tokens of the noun phrase headed by `head`, without clauses, asides and coordinated phrases."""
    kept = [head]
    for child in head.children:
        if child.dep_ in _CLAUSE_DEPENDENCIES:
            continue
        if child.dep_ == "prep" and child.lower_ not in {"of", "by", "from"}:
            continue
        kept.extend(child.subtree)
    kept.sort(key=lambda token: token.i)
    if kept[0].i < 12:
        # A subject parsed into the wire dateline before it ("UNITED NATIONS, Dec 4 (Gulf Wire) - The envoy").
        dateline = plover.DATELINE.match(text_of(head.doc))
        if dateline is not None and head.idx >= dateline.end():
            kept = [token for token in kept if token.idx >= dateline.end()]
    while kept and (kept[0].is_punct or kept[0].is_space) and kept[0].i != head.i:
        kept.pop(0)
    while kept and (kept[-1].is_punct or kept[-1].is_space) and kept[-1].i != head.i:
        kept.pop()
    return kept


def phrase_text(head: Token) -> tuple[int, int, str]:
    """Start, end and text of the phrase headed by `head` (see `phrase_tokens`)."""
    tokens = phrase_tokens(head)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return start, end, text_of(head.doc)[start:end]


def coordinated(head: Token) -> list[Token]:
    """`head` and the heads coordinated with it ("X and Y", "X, Y and Z")."""
    heads = [head]
    for token in head.conjuncts:
        if token.i > head.i and token.pos_ in {"NOUN", "PROPN", "PRON"}:
            heads.append(token)
    return heads


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, with inverted cues ("…, said X") and coordination ("X met Y and said …")."""
    subjects = [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass", "csubj"}]
    if len(subjects) > 1:
        # "Militants abducted 20 students …, a school official told the Desk": the parser gives the trailing
        # cue the reported clause's subject too; the speaker is the one nearest the cue.
        return max(subjects, key=lambda subject: subject.i if subject.i < verb.i else -1)
    if subjects:
        return subjects[0]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in {"VERB", "AUX"}:
        # "X defended the plan, telling parliament that …": the participle's subject is X.
        return subject_of(verb.head)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in {"quote", "cite"}:
        # "Rashad was quoted as saying by SUNA", "Interfax quoted Galuzin as saying": who was quoted said it;
        # the agency only passes it on.
        quoting = verb.head.head
        quoted = [child for child in quoting.children if child.dep_ == "nsubjpass"]
        quoted = quoted or [child for child in quoting.children if child.dep_ == "dobj"]
        if quoted:
            return quoted[0]
    # "…, reported a news agency": the parser reads an inverted subject as the verb's object. "Telling
    # the parliament that …" names the addressee there, so a verb with its content after it has none.
    content_after = any(child.dep_ == "ccomp" and child.i > verb.i for child in verb.children)
    if not content_after and verb.lemma_.lower() != "tell":
        for child in verb.rights:
            if child.dep_ in {"dobj", "attr", "npadvmod"} and child.pos_ in {"NOUN", "PROPN"}:
                return child
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return subject_of(verb.head)
    inverted = _inverted_speaker(verb)
    if inverted is not None:
        return inverted
    speakers = trailing_speakers(verb)
    return speakers[0] if speakers else None


def _inverted_speaker(verb: Token) -> Token | None:
    """ '"…," said a woman who lives near the road and asked not to be named': the parser makes the speaker the
    subject of the clause that follows it; the noun right after an inverted cue is who spoke."""
    doc = verb.doc
    if verb.lemma_.lower() not in plover.SPEECH_VERBS or verb.i == 0 or doc[verb.i - 1].text not in _CLOSING_MARKS | {'"', ","}:
        return None
    index = verb.i + 1
    while index < len(doc) and doc[index].dep_ in {"det", "amod", "compound", "nummod", "poss"}:
        index += 1
    if index >= len(doc):
        return None
    speaker = doc[index]
    clause = speaker.head
    owned = clause.head.i == verb.i and clause.dep_ in {"ccomp", "conj"} and clause.i > speaker.i
    if speaker.pos_ in {"NOUN", "PROPN"} and speaker.dep_ == "nsubj" and owned:
        return speaker
    return None


def trailing_speakers(verb: Token) -> list[Token]:
    """ "…, around Sake, a town west of Goma, residents and a UN source said": the words between the last comma
    and a closing speech verb the parser left without a subject (it hangs them on the clause before)."""
    if verb.lemma_.lower() not in plover.SPEECH_VERBS or any(
        child.dep_.startswith("nsubj") for child in verb.children
    ):
        return []
    doc = verb.doc
    start = verb.i
    while start > 0 and doc[start - 1].text != "," and verb.i - start < _MAX_SPEAKER_WORDS:
        start -= 1
    if start == 0 or doc[start - 1].text != "," or start == verb.i:
        return []
    phrase = doc[start : verb.i]
    if any(token.pos_ in {"VERB", "AUX"} for token in phrase):
        return []
    return [token for token in phrase if token.pos_ in {"NOUN", "PROPN"} and token.head not in phrase]


def governs(cue: Token, target: Token) -> bool:
    """Whether a reporting cue attributes the clause holding `target`.

    It does when the target lies in what the cue reports ("X said that … met …"), or when the cue stands
    beside the target's clause and reports nothing of its own ("… met in Istanbul, reported a news
    agency", "…, according to activists"). "X met Y and said that …" does not attribute the meeting.
    """
    if cue.i == target.i:
        return False
    contents = [child for child in cue.children if child.dep_ in {"ccomp", "xcomp"}]
    if cue.is_ancestor(target):
        # "Yunus told party leaders at a meeting in Dhaka that …": the meeting is where he spoke, told by the
        # outlet, not part of what he said.
        return not contents or any(
            content.i == target.i or content.is_ancestor(target) for content in contents
        )
    if contents:
        return False
    head = cue
    while head.dep_ in {"conj", "prep", "advcl", "parataxis", "pcomp"} and head.head.i != head.i:
        head = head.head
        if head.i == target.i or head.is_ancestor(target):
            return True
    return False


# `doc.text`, built once per Doc and kept with it (the pipeline component reads it the same way).
text_of = document_text


def sentences_of(doc: Doc) -> tuple[list[SpacySpan], list[int]]:
    """The Doc's sentences and their first token indices, built once per Doc."""
    cached = doc.user_data.get(_SENTENCES_KEY)
    if cached is None:
        sentences = list(doc.sents)
        cached = doc.user_data[_SENTENCES_KEY] = (sentences, [sentence.start for sentence in sentences])
    return cached


def sentence_of(token: Token) -> SpacySpan:
    """The sentence holding a token (what `token.sent` gives, without rescanning the Doc)."""
    sentences, starts = sentences_of(token.doc)
    return sentences[bisect_right(starts, token.i) - 1]


def _docs_with_caption(body_doc: Doc, caption_docs: Sequence[Doc]) -> Iterator[tuple[int | None, Doc]]:
    yield None, body_doc
    yield from enumerate(caption_docs)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


def _links_at_cue(token: Token, mentions: MentionIndex, caption: int | None) -> list[SourceLink]:
    lemma = token.lemma_.lower()
    if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to":
        return [
            link
            for head in _prepositional_objects(token.nbor(1))
            for link in _links_for_phrase(head, mentions, caption)
        ]
    if token.pos_ not in {"VERB", "AUX"}:
        return []
    if lemma in {"post", "tweet", "write", "share"}:
        platform = _platform_of(token)
        if platform is not None or lemma == "tweet":
            return _social_link(token, platform, mentions, caption)
    if lemma not in plover.SPEECH_VERBS and lemma not in plover.REPORT_VERBS:
        return []
    if token.dep_ == "pcomp" and token.head.lower_ == "as" and token.head.head.lemma_.lower() in {"quote", "cite"}:
        # "Rashad was quoted as saying by SUNA": the agency that quoted him passes the words on.
        quoting = token.head.head
        passers = [
            pobj
            for holder in (token, quoting)
            for child in holder.children
            if child.dep_ in {"prep", "agent"} and child.lower_ == "by"
            for pobj in child.children
            if pobj.dep_ == "pobj"
        ]
        return [link for head in passers for link in _links_for_phrase(head, mentions, caption)]
    if any(child.dep_ == "auxpass" for child in token.children) and not any(
        child.dep_ == "agent" for child in token.children
    ):
        # "He is reported to meet …": a hedge without a source, read by `certainty_of`.
        return []
    if not _reports_content(token):
        return []
    subject = subject_of(token)
    if subject is None:
        agent = next((child for child in token.children if child.dep_ == "agent"), None)
        subject = next((child for child in agent.children if child.dep_ == "pobj"), None) if agent else None
    if subject is None:
        return []
    links = []
    for head in coordinated(subject):
        links.extend(_links_for_phrase(head, mentions, caption))
    return links


def _reports_content(verb: Token) -> bool:
    """A cue only attributes when it has something reported: a clause, a quote, or it stands after one."""
    if any(child.dep_ in {"ccomp", "xcomp", "parataxis"} for child in verb.children):
        return True
    if verb.dep_ in {"ccomp", "conj", "parataxis"} or verb.dep_ == "ROOT":
        # "…, reported a news agency" / "“…,” said Rahimi": the content comes before the cue.
        return any(token.i < verb.i and not token.is_punct for token in sentence_of(verb))
    return False


def _prepositional_objects(preposition: Token) -> list[Token]:
    heads = []
    for child in preposition.children:
        if child.dep_ == "pobj":
            heads.extend(coordinated(child))
    return heads


def _platform_of(verb: Token) -> Token | None:
    for token in verb.subtree:
        if (
            token.lower_ in plover.SOCIAL_PLATFORMS
            and token.head.dep_ == "prep"
            and token.head.lower_ in {"on", "via"}
        ):
            return token
    return None


def _social_link(
    verb: Token, platform: Token | None, mentions: MentionIndex, caption: int | None
) -> list[SourceLink]:
    subject = subject_of(verb)
    author = mentions.at_token(subject, caption) if subject is not None else None
    platform_name = platform.text if platform is not None else "Twitter"
    author_name = author.name if author is not None else (subject.text if subject is not None else None)
    name = f"{platform_name} post by {author_name}" if author_name else f"{platform_name} post"
    start = subject.idx if subject is not None and subject.i < verb.i else verb.idx
    last = platform if platform is not None else verb
    end = max(last.idx + len(last.text), verb.idx + len(verb.text))
    return [SourceLink(name, "social-media", start, end, author.id if author is not None else None)]


def _links_for_phrase(head: Token, mentions: MentionIndex, caption: int | None) -> list[SourceLink]:
    """One source named by a noun phrase; a report "by X" is named by X, with the report's kind."""
    if head.lower_ in _PRONOUNS_PERSON:
        mention = mentions.last_before(head.idx, caption, frozenset({"person"}))
        if mention is None:
            return []
        return [
            SourceLink(mention.entity.name, "person", head.idx, head.idx + len(head.text), mention.entity.id)
        ]
    if head.pos_ == "PRON":
        # "it said", "they reported": a pronoun is not a source anyone can check.
        return []
    lemma = head.lemma_.lower()
    if lemma in plover.DOCUMENT_WORDS:
        author = next(
            (
                grandchild
                for child in head.children
                if child.dep_ == "prep" and child.lower_ in {"by", "from", "of"}
                for grandchild in child.children
                if grandchild.dep_ == "pobj"
            ),
            None,
        )
        author = author or next((child for child in head.children if child.dep_ == "poss"), None)
        if author is not None:
            start, end, text = phrase_text(author)
            entity = _entity_in(mentions, start, end, caption)
            return [SourceLink(text, "document", start, end, entity.id if entity else None)]
    start, end, text = phrase_text(head)
    entity = _entity_in(mentions, start, end, caption)
    return [SourceLink(text, _source_kind(head, entity), start, end, entity.id if entity else None)]


_PRESS_OFFICE_HEADS = frozenset({"centre", "center", "office", "wing", "arm", "department", "unit", "cell", "directorate"})


def _entity_in(mentions: MentionIndex, start: int, end: int, caption: int | None) -> Entity | None:
    found = mentions.overlapping(start, end, caption)
    people = [m for m in found if m.entity.type == "person"]
    organizations = [m for m in found if m.entity.type == "organization"]
    for group in (people, organizations, found):
        if group:
            return group[-1].entity
    return None


def _source_kind(head: Token, entity: Entity | None) -> str:
    lemma = head.lemma_.lower()
    owned_press_office = lemma in _PRESS_OFFICE_HEADS and any(child.dep_ == "poss" for child in head.children)
    if owned_press_office and entity is not None and entity.type in {"person", "organization"}:
        return entity.type  # "the SDF's media centre", "the army's media wing": the group speaks, no outlet
    if lemma in plover.MEDIA_WORDS or head.lower_ in plover.MEDIA_WORDS:
        return "media"
    if any(child.dep_ == "compound" and child.lower_ in plover.MEDIA_WORDS for child in head.children):
        return "media"  # "Turkish news agency Anatolian Desk": the agency word sits before the name
    if lemma in plover.DOCUMENT_WORDS:
        return "document"
    if entity is not None and entity.type in {"person", "organization"}:
        return entity.type
    return "unnamed"


def _quote_marks(sentence: SpacySpan) -> set[int]:
    """The indexes of the sentence's quote marks, leaving out apostrophes that close a plural possessive
    ("the Kurdistan Workers’ Party") where no single quote was opened before them."""
    marks = set()
    single_open = False
    for token in sentence:
        if not _is_quote_mark(token):
            continue
        if token.text == "‘":
            single_open = True
        elif token.text == "’" and not single_open and _ends_plural_word(token):
            continue
        elif token.text == "’":
            single_open = False
        marks.add(token.i)
    return marks


def _ends_plural_word(mark: Token) -> bool:
    if mark.i == 0:
        return False
    word = mark.doc[mark.i - 1]
    return not word.whitespace_ and word.is_alpha and word.lower_.endswith("s")


def _is_quote_mark(token: Token) -> bool:
    return token.text in _OPENING_MARKS or token.text in _CLOSING_MARKS or token.text == '"'


def _is_closing_mark(token: Token) -> bool:
    if token.text == '"':
        return token.tag_ == "''"
    return token.text in _CLOSING_MARKS


def _is_hedge_cue(token: Token) -> bool:
    lower = token.lower_
    if lower in plover.HEDGE_ADVERBS:
        return True
    if token.lemma_.lower() in plover.HEDGE_PASSIVES and any(
        child.dep_ == "auxpass" for child in token.children
    ):
        # "is reported to meet", "is believed to have": the passive hedge, not "was reported by X".
        return any(child.dep_ == "xcomp" for child in token.children)
    if lower in plover.HEDGE_MODALS and token.dep_ == "aux":
        # "may have included" hedges; "could have a role" (have as main verb) does not.
        verb = token.head
        if lower == "could":
            return any(child.lower_ == "have" and child.dep_ == "aux" for child in verb.children)
        return True
    return False


def _is_dispute_cue(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in plover.DISPUTE_ADJECTIVES and token.pos_ == "ADJ":
        return any(other.lower_ in {"whether", "if"} for other in sentence_of(token))
    if lemma in plover.DISPUTE_VERBS and token.pos_ == "VERB":
        # "rejected asylum seekers" describes; "the ministry rejected the claim" disputes; "marched to reject
        # the recruitment of minors" says what a march was for.
        purpose = token.dep_ in {"advcl", "xcomp"} and any(
            child.dep_ == "aux" and child.lower_ == "to" for child in token.children
        )
        return token.dep_ not in {"amod", "acl", "compound"} and not purpose
    if lemma in plover.VERIFY_VERBS and token.pos_ == "VERB":
        # "could not be independently verified", "has not confirmed"
        return any(child.dep_ == "neg" for child in token.children)
    return False
