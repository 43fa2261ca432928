"""Heavy analyzer resources, loaded once per test session and shared by every analyzer test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from wirewatch.analyze.nlp import load_nlp
from wirewatch.analyze.places import Gazetteer


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    # The real index in the user cache: built once per machine, then opened in milliseconds.
    # Building into a fresh folder is covered by test_places with a small invented data set.
    return Gazetteer()
