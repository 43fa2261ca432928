"""Invented names for the synthetic corpora the benchmarks generate (never real people or text)."""

from __future__ import annotations

import random

SYLLABLES = ["ka", "ri", "mo", "sa", "len", "dor", "vi", "ha", "nu", "bel", "tas", "ro", "mi", "zan", "el", "qui"]


def invented_word(chooser: random.Random) -> str:
    """One capitalised invented word of two or three syllables."""
    return "".join(chooser.choice(SYLLABLES) for _ in range(chooser.randint(2, 3))).capitalize()


def invented_name(chooser: random.Random, parts: int) -> str:
    """An invented name of `parts` words."""
    return " ".join(invented_word(chooser) for _ in range(parts))
