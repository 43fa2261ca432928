"""Quotations: direct, partial and indirect, with who said them and who reports them.

Shaped like textacy's `extract.triples.direct_quotations` (a quote is speaker, cue and content found
around a speech verb, after Pareti's attribution relations), with two differences that real news forces:
quote marks are read per paragraph and per span, so an odd number of marks degrades one quote instead of
dropping the document; and the multi-paragraph convention is honoured — a paragraph that opens a quote and
does not close it continues into the next paragraph when that one opens again with the same mark.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from wirewatch.analyze import plover
from wirewatch.analyze.entity_rules import ORGANIZATION_HEAD_WORDS
from wirewatch.analyze.sources import (
    Mention,
    MentionIndex,
    certainty_of,
    most_salient_group,
    phrase_text,
    quoted_token_flags,
    sentence_of,
    sentence_sources,
    sentences_of,
    subject_of,
    text_of,
)
from wirewatch.model import PARAGRAPH_SEPARATOR, Entity, Quote, QuoteKind, SourceLink

# People a speaker is described as when the text does not name them.
_PERSON_DESCRIPTIONS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "source", "resident", "witness", "commander",
     "officer", "diplomat", "member", "elder", "leader", "aide", "adviser", "advisor", "negotiator", "survivor",
     "fisherman", "farmer", "trader", "villager", "man", "woman", "doctor", "nurse", "teacher", "activist",
     "volunteer", "commissioner", "governor", "mayor", "administrator", "worker", "student", "driver", "medic",
     "notable", "representative", "relative", "neighbour", "neighbor", "shopkeeper", "owner", "pastor", "priest",
     "imam", "cleric", "journalist", "lawyer", "lawmaker", "legislator", "analyst", "researcher", "chief", "mother",
     "father", "brother", "sister", "son", "daughter", "wife", "husband", "herder", "guard", "soldier", "policeman"}
)  # fmt: skip
# Singular nouns that name bodies, places or things, not one person who could be "he" or "she".
_NOT_PEOPLE = frozenset(
    {"government", "ministry", "army", "military", "police", "administration", "agency", "office", "council",
     "committee", "presidency", "company", "side", "delegation", "team", "media", "country", "state", "city",
     "town", "village", "region", "province", "district", "county", "account", "tally", "toll", "operation",
     "offensive", "campaign", "incident", "situation", "decision", "move", "plan", "deal", "agreement", "ceasefire",
     "truce", "violence", "fighting", "process", "visit", "step", "development", "law", "bill", "measure"}
)  # fmt: skip
# Who "blamed" or "accused" someone in the writer's words is who goes on speaking in the quote after it.
_SPEAKING_VERBS = plover.SPEECH_VERBS | {"blame", "accuse", "condemn", "criticise", "criticize", "describe"}
# Verbs that quote a fragment as a name for something: "called it '…'", "accused X of '…'", "dismissed it as '…'".
_FRAGMENT_VERBS = frozenset(
    {
        "accuse",
        "call",
        "describe",
        "dismiss",
        "brand",
        "label",
        "term",
        "denounce",
        "condemn",
        "decry",
        "hail",
        "praise",
    }
)
_MATCHING_CLOSER = {"“": "”", "«": "»", "‘": "’", '"': '"'}
_BEFORE_OPENER = frozenset(" \t\n([{—–-/:")
# "…,” said X" / "…,” X said" / "…,” he added": a paragraph that names its own speaker after it closes.
_ATTRIBUTION_AFTER_CLOSE = re.compile(
    r"\s*[,.]?\s*(?:(?:said|says|added|adds|told|wrote|according\s+to)\b"
    r"|(?:[A-Z][\w’'.-]*\s+){1,4}(?:said|says|added|adds|told)\b"
    r"|(?:he|she|they|it)\s+(?:said|says|added|adds|told)\b)"
)
_TRAILING_PUNCTUATION = frozenset({".", ",", ";", ":", "!", "?", "—", "–", "-"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_GROUP_PRONOUNS = frozenset({"they", "it"})


@dataclass(frozen=True)
class QuotedStretch:
    """Text between quote marks: `start` at the opening mark, `end` after the closing one (or at the
    end of the paragraph where an unclosed quote stops); `carried` marks the open paragraphs of a
    multi-paragraph quote whose closing paragraph names the speaker on its own."""

    start: int
    end: int
    closed: bool
    paragraphs: int
    carried: bool = False


def find_quotes(body_doc: Doc, caption_docs: Sequence[Doc], entities: Sequence[Entity]) -> tuple[Quote, ...]:
    """Find direct, partial and indirect quotes with their speakers, in text order.

    Args:
        body_doc: the parsed `Article.text` (paragraphs joined by a blank line).
        caption_docs: the parsed caption texts; their quotes carry `caption=<index>`.
        entities: the article's entities; speakers are given as entity ids where one matches.

    Returns:
        Quotes with `text == source_text[start:end]` (inside the marks for direct and partial quotes,
        the reported clause for indirect ones).
    """
    mentions = MentionIndex(entities)
    found: list[Quote] = []
    documents: list[tuple[int | None, Doc]] = [(None, body_doc), *enumerate(caption_docs)]
    for caption, doc in documents:
        found.extend(_quotes_in_doc(doc, caption, mentions))
    return tuple(found)


def quoted_stretches(text: str) -> tuple[QuotedStretch, ...]:
    """Every stretch of `text` between quote marks, degrading per paragraph when marks are missing.

    >>> [s.closed for s in quoted_stretches('“One.\\n\\n“Two,” he said. “Three')]
    [True, False]
    """
    stretches: list[QuotedStretch] = []
    open_at: int | None = None
    style = ""
    paragraphs = 0
    continued_at: int | None = None
    previous_end = 0
    for paragraph_start, paragraph_end in _paragraph_ranges(text):
        position = paragraph_start
        first = _first_visible(text, paragraph_start, paragraph_end)
        if open_at is not None:
            if first < paragraph_end and text[first] == style:
                paragraphs += 1
                continued_at = first
                position = first + 1
            else:
                stretches.append(QuotedStretch(open_at, previous_end, False, paragraphs))
                open_at, continued_at = None, None
        while position < paragraph_end:
            character = text[position]
            if open_at is None:
                if _opens(text, position, paragraph_start):
                    open_at, style, paragraphs = position, character, 1
                elif character in "”»" and not _reaches(stretches, paragraph_start):
                    # A closing mark with no opening one: the quote began with the paragraph.
                    stretches.append(QuotedStretch(first, position + 1, True, 1))
            elif _closes(text, position, style):
                if continued_at is not None and _ATTRIBUTION_AFTER_CLOSE.match(
                    text, position + 1, paragraph_end
                ):
                    stretches.append(
                        QuotedStretch(open_at, previous_end, False, paragraphs - 1, carried=True)
                    )
                    stretches.append(QuotedStretch(continued_at, position + 1, True, 1))
                else:
                    stretches.append(QuotedStretch(open_at, position + 1, True, paragraphs))
                open_at, continued_at = None, None
            elif character == style and style in "“«":
                # The same opening mark again before any close: the earlier quote was never closed.
                stretches.append(
                    QuotedStretch(open_at, _trimmed_end(text, paragraph_start, position), False, 1)
                )
                open_at, continued_at = position, None
            position += 1
        previous_end = _trimmed_end(text, paragraph_start, paragraph_end)
    if open_at is not None:
        stretches.append(QuotedStretch(open_at, previous_end, False, paragraphs))
    return tuple(stretches)


def _reaches(stretches: Sequence[QuotedStretch], offset: int) -> bool:
    """Whether the last stretch found reaches `offset`."""
    return bool(stretches) and stretches[-1].end > offset


def _paragraph_ranges(text: str) -> list[tuple[int, int]]:
    ranges, start = [], 0
    for paragraph in text.split(PARAGRAPH_SEPARATOR):
        ranges.append((start, start + len(paragraph)))
        start += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return ranges


def _first_visible(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _opens(text: str, position: int, paragraph_start: int) -> bool:
    character = text[position]
    if character not in _MATCHING_CLOSER:
        return False
    before = text[position - 1] if position > paragraph_start else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    if character in "“«":
        return not after.isspace()
    # Straight and single marks double as inch signs and apostrophes: open only before a word.
    return before in _BEFORE_OPENER and (after.isalnum() or after in "“‘[(.…")


def _closes(text: str, position: int, style: str) -> bool:
    character = text[position]
    if character != _MATCHING_CLOSER[style]:
        return False
    if style == "‘":
        # ’ is also the apostrophe ("Taliban’s"): it closes only where a word does not go on.
        after = text[position + 1] if position + 1 < len(text) else " "
        return not after.isalpha()
    if style == '"':
        return position > 0 and not text[position - 1].isspace()
    return True


# ---------------------------------------------------------------- quotes in one document


@dataclass
class _Context:
    """What earlier quotes in the same text tell later ones: the last speakers, the last report named."""

    last_speaker: tuple[str | None, str | None] = (None, None)
    last_phrase: str = ""
    last_person: tuple[str | None, str | None] = (None, None)
    last_group: tuple[str | None, str | None] = (None, None)
    documents: tuple[SourceLink, ...] = ()
    stretches: tuple[QuotedStretch, ...] = ()

    def person_before(
        self, offset: int, mentions: MentionIndex, caption: int | None, doc: Doc | None = None
    ) -> tuple[str, str] | None:
        """The person named last before `offset` in the writer's own words (names inside quotes are the
        speaker's, and "he said" after a quote does not point at them)."""
        told = [
            mention
            for mention in mentions.overlapping(0, offset, caption)
            if mention.entity.type == "person"
            and mention.end <= offset
            and not any(stretch.start <= mention.start < stretch.end for stretch in self.stretches)
        ]
        if not told:
            return None
        best = told[-1]
        if doc is not None:
            best = _subject_over_aside(doc, told, best)
        return best.entity.id, best.entity.name

    def document_before(self, offset: int) -> SourceLink | None:
        """The last report or statement named before `offset` ("said the report" points back to it)."""
        earlier = [link for link in self.documents if link.end <= offset and link.entity is not None]
        return earlier[-1] if earlier else None


def _subject_over_aside(doc: Doc, told: list[Mention], last: Mention) -> Mention:
    """ "Erhürman, who defeated Ersin Tatar in October, struck a cautious note. … he said": a person named in an
    aside about another is not whom "he" points back to; the sentence's subject is."""
    span = doc.char_span(last.start, last.end, alignment_mode="expand")
    if span is None or not any(token.dep_ in {"relcl", "acl"} for token in (span.root, *span.root.ancestors)):
        return last
    sentence = span.root.sent
    for mention in reversed(told):
        if mention is last or mention.start < sentence.start_char or mention.start >= last.start:
            continue
        other = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if other is None:
            continue
        root = other.root
        if root.dep_ in {"nsubj", "nsubjpass"} and not any(
            token.dep_ in {"relcl", "acl", "appos"} for token in root.ancestors
        ):
            return mention
    return last


def _documents_with_issuers(
    sentence: SpacySpan, chain: Sequence[SourceLink], mentions: MentionIndex | None = None, caption: int | None = None
) -> list[SourceLink]:
    """The documents a sentence names: those in its chain, and one its speaker issued ("The ministry said in a
    statement that …", "The association condemned the attack in a statement …"), as that speaker's, so that "the
    statement added" later points back to the ministry."""
    documents = [link for link in chain if link.kind == "document"]
    issuer = next((link for link in chain if link.entity is not None and link.kind != "document"), None)
    for token in sentence:
        if (
            token.lemma_.lower() in plover.DOCUMENT_WORDS
            and token.dep_ == "pobj"
            and token.head.lower_ in {"in", "through"}
        ):
            issued_by = issuer or _issuer_of(token.head.head, mentions, caption)
            if issued_by is None:
                continue
            documents.append(
                replace(
                    issued_by, name=issued_by.name, kind="document", start=token.idx, end=token.idx + len(token)
                )
            )
    return sorted(documents, key=lambda link: link.end)


def _issuer_of(verb: Token, mentions: MentionIndex | None, caption: int | None) -> SourceLink | None:
    """ "The Okun Development Association condemned the attack in a statement": the named subject of the verb the
    statement was made with."""
    if mentions is None:
        return None
    if verb.pos_ != "VERB" and verb.dep_ == "dobj":
        verb = verb.head  # "condemned the attack in a statement": the parser may hang the statement on the object
    if verb.pos_ != "VERB":
        return None
    for subject in (child for child in verb.children if child.dep_ == "nsubj"):
        entity = mentions.at_token(subject, caption)
        if entity is not None and entity.type in {"organization", "person"}:
            return SourceLink(entity.name, entity.type, subject.idx, subject.idx + len(subject), entity.id)
    return None


def _quotes_in_doc(doc: Doc, caption: int | None, mentions: MentionIndex) -> list[Quote]:
    stretches = quoted_stretches(text_of(doc))
    documents = tuple(
        link
        for sentence in sentences_of(doc)[0]
        for link in _documents_with_issuers(sentence, sentence_sources(sentence, mentions, caption), mentions, caption)
    )
    context = _Context(documents=documents, stretches=stretches)
    direct: list[tuple[int, Quote]] = []
    for index, stretch in enumerate(stretches):
        quote = _marked_quote(doc, stretch, caption, mentions, context)
        if quote is None:
            continue
        if quote.speaker_name is None and stretch.carried and index + 1 < len(stretches):
            # The open paragraphs of a multi-paragraph quote share the speaker its last paragraph names.
            closing = _marked_quote(doc, stretches[index + 1], caption, mentions, _Context(**vars(context)))
            if closing is not None:
                quote = _with_speaker(quote, closing)
        direct.append((stretch.start, quote))
    indirect = [
        (quote.start, quote) for quote in _indirect_quotes(doc, caption, mentions, documents, stretches)
    ]
    ordered = sorted(direct + indirect, key=lambda item: item[0])
    _fill_unattributed(ordered)
    return [quote for _, quote in ordered]


def _marked_quote(
    doc: Doc, stretch: QuotedStretch, caption: int | None, mentions: MentionIndex, context: _Context
) -> Quote | None:
    text = text_of(doc)
    content_start = stretch.start + 1
    content_end = stretch.end - 1 if stretch.closed else stretch.end
    while content_start < content_end and text[content_start].isspace():
        content_start += 1
    while content_end > content_start and text[content_end - 1].isspace():
        content_end -= 1
    if not any(character.isalpha() for character in text[content_start:content_end]):
        return None
    first_sentence = _sentence_at(doc, stretch.start)
    last_sentence = _sentence_at(doc, max(stretch.end - 1, stretch.start))
    if first_sentence is None or last_sentence is None:
        return None
    kind: QuoteKind = "direct" if _stands_alone(doc, stretch, first_sentence) else "partial"
    cue = _cue_for(stretch, first_sentence, last_sentence, kind)
    if cue is None and kind == "partial":
        # Quote marks without a speech verb are titles, names or scare quotes, not quotations.
        return None
    speaker, speaker_name = (None, None)
    sources: tuple[SourceLink, ...] = ()
    sentence = last_sentence if cue is None or cue.i >= last_sentence.start else first_sentence
    flags = quoted_token_flags(sentence)
    if cue is not None:
        subject = _speaker_token(cue)
        if subject is not None:
            speaker, speaker_name = _resolve_speaker(subject, mentions, caption, context)
        sources = _other_sources(sentence_sources(sentence, mentions, caption, flags), speaker, subject)
        _remember(context, speaker, speaker_name, mentions, subject)
    certainty = certainty_of(sentence, True, flags)
    return Quote(
        text=text[content_start:content_end],
        kind=kind,
        start=content_start,
        end=content_end,
        cue=cue.text if cue is not None else None,
        speaker=speaker,
        speaker_name=speaker_name,
        sources=sources,
        certainty=certainty,
        caption=caption,
    )


def _sentence_at(doc: Doc, offset: int) -> SpacySpan | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return sentence_of(span[0]) if span is not None and len(span) else None


def _stands_alone(doc: Doc, stretch: QuotedStretch, sentence: SpacySpan) -> bool:
    """A quote that starts its sentence, or follows "said:" / "said," is direct; one woven into the writer's
    sentence is partial."""
    before = text_of(doc)[sentence.start_char : stretch.start].strip()
    if not before or before[-1] in ":,":
        return True
    return stretch.paragraphs > 1


def _cue_for(stretch: QuotedStretch, first: SpacySpan, last: SpacySpan, kind: QuoteKind) -> Token | None:
    """The speech verb that introduces a quote: after it in its closing sentence, else before it."""
    after = [token for token in last if token.idx >= stretch.end and _is_speech_cue(token)]
    if after and kind == "direct":
        return after[0]
    before = [token for token in first if token.idx < stretch.start and _is_speech_cue(token)]
    if before:
        return before[-1]
    if after:
        return after[0]
    if kind == "partial":
        # "accused the opposition of 'staging a circus'", "called the walkout 'irresponsible'": a verb that takes
        # no clause still puts words in its subject's mouth.
        framing = [token for token in first if token.idx < stretch.start and _frames_a_fragment(token)]
        return framing[-1] if framing else None
    return None


def _frames_a_fragment(token: Token) -> bool:
    # "the so-called 'peace caravan'": a verb that only modifies a noun frames nobody's words.
    return (
        token.pos_ == "VERB"
        and token.lemma_.lower() in _FRAGMENT_VERBS
        and token.dep_ not in {"amod", "compound"}
    )


def _is_speech_cue(token: Token) -> bool:
    if token.lower_ == "according":
        return True
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in plover.SPEECH_VERBS


def _speaker_token(cue: Token) -> Token | None:
    if cue.lower_ == "according":
        return next(
            (grandchild for child in cue.children if child.lower_ == "to" for grandchild in child.children
             if grandchild.dep_ == "pobj"),
            None,
        )  # fmt: skip
    subject = subject_of(cue)
    if subject is None:
        return None
    return subject


def _resolve_speaker(
    subject: Token, mentions: MentionIndex, caption: int | None, context: _Context
) -> tuple[str | None, str | None]:
    """The entity id and name of whoever a speaker phrase names, following pronouns, titles and "the report"."""
    if subject.lower_ in {"which", "who", "that"} and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "… MONUSCO, which said …": the relative pronoun stands for MONUSCO
    lower = subject.lower_
    if lower in _PERSON_PRONOUNS:
        described = _described_just_before(subject, mentions, caption, context)
        if described is not None:
            return described
        named = context.person_before(subject.idx, mentions, caption, subject.doc)
        return named if named is not None else context.last_person
    if lower in _GROUP_PRONOUNS:
        return context.last_group if context.last_group[0] is not None else (None, None)
    start, end, text = phrase_text(subject)
    found = mentions.overlapping(start, end, caption)
    for apposition in (child for child in subject.children if child.dep_ == "appos"):
        # "A White House spokeswoman, Karoline Leavitt, said": the name is in the apposition.
        apposition_start, apposition_end, _ = phrase_text(apposition)
        found += mentions.overlapping(apposition_start, apposition_end, caption)
    people = [m for m in found if m.entity.type == "person"]
    organizations = [m for m in found if m.entity.type == "organization"]
    # "Moscow said" speaks for a government; "a resident of Jableh said" is a resident, not the town.
    speaking_places = [m for m in found if m.start <= subject.idx < m.end]
    # "The army's Operation Hadin Kai said": the one the phrase names, not the one it belongs to.
    named_by_head = [m for m in speaking_places if m.entity.type != "place"]
    chosen = (named_by_head or people or organizations or speaking_places or [None])[-1]
    if chosen is not None:
        return chosen.entity.id, chosen.entity.name
    lemma = subject.lemma_.lower()
    document = context.document_before(subject.idx) if lemma in plover.DOCUMENT_WORDS else None
    if document is not None:
        return document.entity, document.name
    if _is_definite(subject):
        described = _described_entity(subject, mentions, caption, context)
        if described is not None:
            return described
    return None, text


def _described_just_before(
    pronoun: Token, mentions: MentionIndex, caption: int | None, context: _Context
) -> tuple[str | None, str | None] | None:
    """ "A spokesman for the Amhara Fano National Force said …. "…," he told Ethio Horizon": "he" is the speaker
    described earlier in the paragraph (or the body he speaks for), not a person named paragraphs before."""
    doc = pronoun.doc
    paragraph_start = doc.text.rfind(PARAGRAPH_SEPARATOR, 0, pronoun.idx) + 1
    speakers = _speakers_between(doc, paragraph_start, pronoun.idx, context)
    if not speakers and any(paragraph_start <= stretch.start <= paragraph_start + 1 for stretch in context.stretches):
        # 'A volunteer … told Suspilne Sumy that …. ¶ "We had just opened the boxes," she said': a paragraph that
        # opens with the quote goes on from whoever spoke at the end of the one before.
        previous_start = doc.text.rfind(PARAGRAPH_SEPARATOR, 0, max(paragraph_start - 1, 0)) + 1
        speakers = _speakers_between(doc, previous_start, paragraph_start, context)
    if not speakers:
        return None
    subject = speakers[-1]
    if subject.pos_ == "PROPN":
        # "Gil, speaking to VTV, said Venezuela would never renounce Guayana Esequiba. "…," he said": the one who
        # last spoke in the paragraph, not whatever name the model last read as a person's.
        entity = mentions.at_token(subject, caption)
        return (entity.id, entity.name) if entity is not None and entity.type == "person" else None
    # The last one who spoke in the paragraph, if the text describes rather than names them.
    if not _describes_a_person(subject):
        return None
    # "A volunteer … told Suspilne Sumy that …": whom the speaker told is no one "she" could point back to, nor is
    # anyone named in what was said since ("The notable said residents had asked for a post at Tal Salhab").
    told = {
        token.i
        for verb in doc[subject.i : pronoun.i]
        if verb.lemma_.lower() in _SPEAKING_VERBS
        for listener in verb.children
        if listener.dep_ in {"dobj", "dative", "ccomp"}
        for token in listener.subtree
    }
    named_since = any(
        mention.entity.type == "person"
        and not any(stretch.start <= mention.start < stretch.end for stretch in context.stretches)
        and not (
            (span := subject.doc.char_span(mention.start, mention.end, alignment_mode="expand")) is not None
            and span.root.i in told
        )
        for mention in mentions.overlapping(subject.idx, pronoun.idx, caption)
    )
    return None if named_since else _resolve_speaker(subject, mentions, caption, context)


def _phrase_ending_before(verb: Token) -> Token | None:
    """ "…, a member of the local vigilance group in Isanlu told …": the head of the noun phrase between the last
    comma and a verb the parser left without a subject."""
    doc = verb.doc
    comma = next((i for i in range(verb.i - 1, max(verb.i - 16, 0), -1) if doc[i].text == ","), None)
    if comma is None:
        return None
    head = next((token for token in doc[comma + 1 : verb.i] if token.pos_ in {"NOUN", "PROPN"}), None)
    if head is None or max(token.i for token in head.subtree) != verb.i - 1:
        return None
    return head


def _describes_a_person(subject: Token) -> bool:
    """ "The engineer", "a transporter in Sikasso", "the barangay captain": one person the text describes, as "he"
    or "she" may point back to; not a body ("the ministry", "the group") or a document ("the statement")."""
    lemma = subject.lemma_.lower()
    if lemma in _PERSON_DESCRIPTIONS:
        return True
    return (
        subject.pos_ == "NOUN"
        and subject.tag_ == "NN"
        and lemma not in plover.GROUP_REFERENCE_NOUNS | plover.DOCUMENT_WORDS | _NOT_PEOPLE
        and lemma not in plover.NOUN_TRIGGERS
        and lemma not in plover.VERB_TRIGGERS  # "the attack confirms …": an event, not a person
        and subject.lower_.title() not in ORGANIZATION_HEAD_WORDS
    )


def _speakers_between(doc: Doc, start: int, end: int, context: _Context) -> list[Token]:
    """Subjects of the verbs of saying (or blaming) in the writer's own words between two offsets."""
    span = doc.char_span(start, end, alignment_mode="expand")
    speakers = [
        token
        for token in (span if span is not None else ())
        if token.idx < end
        and token.dep_ == "nsubj"
        and token.pos_ in {"NOUN", "PROPN"}
        and token.head.lemma_.lower() in _SPEAKING_VERBS
        and not any(stretch.start <= token.idx < stretch.end for stretch in context.stretches)
    ]
    # "…, a member of the local vigilance group told The Post": a trailing speaker the parser left without its verb.
    speakers += [
        subject
        for verb in (span if span is not None else ())
        if verb.idx < end and verb.pos_ == "VERB" and verb.lemma_.lower() in plover.SPEECH_VERBS
        and not any(child.dep_ == "nsubj" for child in verb.children)
        and (subject := _phrase_ending_before(verb)) is not None
        and subject.pos_ in {"NOUN", "PROPN"}
        and subject.idx < verb.idx
        and not any(stretch.start <= subject.idx < stretch.end for stretch in context.stretches)
    ]
    return sorted(set(speakers), key=lambda token: token.i)


def _is_definite(token: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ in {"the", "this", "that"} for child in token.children)


# How far back (characters) "the minister", "the army" may find whom it describes: a few paragraphs.
_DESCRIPTION_REACH = 1500


def _described_entity(
    subject: Token, mentions: MentionIndex, caption: int | None, context: _Context
) -> tuple[str, str] | None:
    """ "The minister said": the most recently named person whose role (or name) uses the same word."""
    words = {subject.lemma_.lower(), subject.lower_}
    best: tuple[int, Entity] | None = None
    for entity in mentions.entities.values():
        described = any(words & set(role.text.lower().split()) for role in entity.roles) or bool(
            words & set(entity.name.lower().split())
        )
        if not described:
            continue
        earlier = [
            span.start
            for span in entity.mentions
            if span.caption == caption and subject.idx - _DESCRIPTION_REACH <= span.start < subject.idx
        ]
        if earlier and (best is None or max(earlier) > best[0]):
            best = (max(earlier), entity)
    if best is not None:
        return best[1].id, best[1].name
    if subject.lower_ in plover.GROUP_REFERENCE_NOUNS:
        # "The group said in a statement": the organization it means, read as events read it.
        group = most_salient_group(
            mentions, subject.doc, caption, subject.idx, subject.lemma_.lower(), (), _DESCRIPTION_REACH
        )
        if group is not None:
            return group.id, group.name
    name = context.last_speaker[1]
    if name is not None and words & set(name.lower().split() + context.last_phrase.lower().split()):
        return context.last_speaker  # type: ignore[return-value]
    return None


def _remember(
    context: _Context,
    speaker: str | None,
    speaker_name: str | None,
    mentions: MentionIndex,
    subject: Token | None,
) -> None:
    if speaker_name is None:
        return
    context.last_speaker = (speaker, speaker_name)
    if subject is not None:
        context.last_phrase = phrase_text(subject)[2]
    entity = mentions.entities.get(speaker) if speaker is not None else None
    if entity is not None and entity.type == "person":
        context.last_person = (speaker, speaker_name)
    elif entity is not None:
        context.last_group = (speaker, speaker_name)


def _other_sources(
    links: tuple[SourceLink, ...], speaker: str | None, subject: Token | None
) -> tuple[SourceLink, ...]:
    """The chain that reports a quote, without the speaker's own link."""
    kept = []
    for link in links:
        if speaker is not None and link.entity == speaker and link.kind != "document":
            continue
        if subject is not None and link.start <= subject.idx < link.end and link.kind != "document":
            continue
        kept.append(link)
    return tuple(kept)


def _with_speaker(quote: Quote, other: Quote) -> Quote:
    return Quote(
        text=quote.text,
        kind=quote.kind,
        start=quote.start,
        end=quote.end,
        cue=quote.cue,
        speaker=other.speaker,
        speaker_name=other.speaker_name,
        sources=quote.sources,
        certainty=quote.certainty,
        caption=quote.caption,
    )


def _fill_unattributed(direct: list[tuple[int, Quote]]) -> None:
    """A direct quote with no cue of its own continues the speaker of the quote before it, of any kind."""
    previous: Quote | None = None
    for position, (start, quote) in enumerate(direct):
        if quote.speaker_name is None and quote.kind == "direct" and previous is not None:
            direct[position] = (start, _with_speaker(quote, previous))
        previous = direct[position][1]


# ---------------------------------------------------------------- indirect quotes


def _indirect_quotes(
    doc: Doc,
    caption: int | None,
    mentions: MentionIndex,
    documents: tuple[SourceLink, ...],
    stretches: tuple[QuotedStretch, ...],
) -> list[Quote]:
    quotes = []
    context = _Context(documents=documents, stretches=stretches)
    dateline = plover.DATELINE.match(text_of(doc))
    # "ADEN, June 14 (Wire) - Gunmen attacked …, officials said": the dateline is the wire's, not the officials'.
    dateline_end = dateline.end() if dateline is not None else 0
    for sentence in sentences_of(doc)[0]:
        flags = quoted_token_flags(sentence)
        for position, token in enumerate(sentence):
            if flags[position] or token.pos_ not in {"VERB", "AUX"}:
                continue
            lemma = token.lemma_.lower()
            if lemma not in plover.SPEECH_VERBS and lemma != "report":
                continue
            content = next((child for child in token.children if child.dep_ == "ccomp"), None)
            if content is None:
                continue
            content_tokens = [
                t
                for t in content.subtree
                if not (t.dep_ == "mark" and t.head.i == content.i and t.i < content.i)
            ]
            quoted_share = sum(flags[t.i - sentence.start] for t in content_tokens) / max(
                len(content_tokens), 1
            )
            if quoted_share > 0.8:
                continue
            subject = subject_of(token)
            if subject is None or subject.lower_ == "it":
                continue
            speaker, speaker_name = _resolve_speaker(subject, mentions, caption, context)
            _remember(context, speaker, speaker_name, mentions, subject)
            while content_tokens and (
                content_tokens[-1].text in _TRAILING_PUNCTUATION or content_tokens[-1].is_space
            ):
                content_tokens.pop()
            content_tokens = [t for t in content_tokens if t.idx >= dateline_end]
            if not content_tokens:
                continue
            start = content_tokens[0].idx
            end = content_tokens[-1].idx + len(content_tokens[-1].text)
            sources = _other_sources(sentence_sources(sentence, mentions, caption, flags), speaker, subject)
            quotes.append(
                Quote(
                    text=text_of(doc)[start:end],
                    kind="indirect",
                    start=start,
                    end=end,
                    cue=token.text,
                    speaker=speaker,
                    speaker_name=speaker_name,
                    sources=sources,
                    certainty=certainty_of(sentence, True, flags),
                    caption=caption,
                )
            )
    return quotes
