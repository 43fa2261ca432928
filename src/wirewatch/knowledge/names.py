"""Name keys: the forms of a name that different reports write differently but mean the same.

Transliterated Arabic, Persian and Pashto names reach English news in many spellings: Haniyeh, Haniya,
Haniye and Hanieh; Muttaqi and Muttaki; Mujahid and Mujahed. `name_key` folds such spellings onto one
skeleton (consonants kept, vowel runs collapsed, q/k and final-h variants merged), so candidates are found
by an index lookup; whether two actors really are one is decided with context by the resolver.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

# Titles and honorifics that precede a name but are not part of it ("President Biden", "Sheikh Haniyeh").
_TITLE_WORDS = """
    mr mrs ms miss dr prof professor sir dame lord lady sheikh shaykh sheik mullah maulvi mawlawi imam
    president vice prime minister deputy acting foreign interior defence defense finance secretary
    general gen lt lieutenant col colonel maj major capt captain sgt commander adm admiral brig brigadier
    king queen prince princess emir crown chancellor senator sen rep representative governor gov
    mayor ambassador spokesman spokeswoman spokesperson chairman chairwoman chief leader judge justice
    pope cardinal bishop rabbi ayatollah hojatoleslam haji hajji st saint former late police
"""
TITLES = frozenset(_TITLE_WORDS.split())
# Descriptions some outlets put before an armed group's name and others leave out ("Paramilitary Rapid
# Support Forces" / "Rapid Support Forces"). Dropped only before a name of two words or more, so a
# one-word name that starts with one ("Rebel Wilson") is left alone.
DESCRIPTORS = frozenset(
    {"paramilitary", "militant", "rebel", "jihadist", "insurgent", "separatist", "islamist"}
)
# Articles and particles that spellings add or drop: al-Assad / Assad, the Taliban / Taliban.
PARTICLES = frozenset({"al", "el", "ul", "ad", "an", "ar", "as", "ash", "at", "az", "the"})
# Words that do not make an organization's acronym ("Middle East Media Research Institute" → MEMRI).
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "in", "on", "de", "des", "du", "la", "le", "al"})

_POSSESSIVE = re.compile(r"[’'`‘ʼ]s\b")
_APOSTROPHES = re.compile(r"[’'`‘ʼʻ]")
_NON_LETTERS = re.compile(r"[^a-z0-9]+")
_DIGRAPHS = (
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("ou", "u"),
    ("oo", "u"),
    ("w", "v"),
)
_VOWEL_RUNS = re.compile(r"[aeiouy]+")
_DOUBLE = re.compile(r"(.)\1+")


# Names repeat across thousands of reports, and these are pure functions of a string: cache them.
_CACHE_SIZE = 1 << 16


def fold_text(text: str) -> str:
    """Lower case, accents and apostrophes removed, anything but letters and digits turned into spaces."""
    if text.isascii():
        stripped = text.casefold()
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    without_apostrophes = _APOSTROPHES.sub("", _POSSESSIVE.sub("", stripped))
    return " ".join(_NON_LETTERS.sub(" ", without_apostrophes).split())


@lru_cache(maxsize=_CACHE_SIZE)
def fold(name: str) -> str:
    """`fold_text` of a name, cached (for long texts call `fold_text`, which keeps nothing)."""
    return fold_text(name)


@lru_cache(maxsize=_CACHE_SIZE)
def name_tokens(name: str) -> tuple[str, ...]:
    """The words of a name without leading titles and particles."""
    words = fold(name).split()
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    while len(words) > 2 and words[0] in DESCRIPTORS:
        words = words[1:]
    return tuple(word for word in words if word not in PARTICLES) or tuple(words)


@lru_cache(maxsize=_CACHE_SIZE)
def token_key(token: str) -> str:
    """The transliteration skeleton of one word: Haniyeh, Haniya, Haniye and Hanieh give one key."""
    key = token
    for spelling, replacement in _DIGRAPHS:
        key = key.replace(spelling, replacement)
    # A final "h" after a vowel is a transliteration of the Arabic ta marbuta, often dropped (Haniyeh / Haniye).
    if len(key) > 3 and key.endswith("h") and key[-2] in "aeiouy":
        key = key[:-1]
    key = _DOUBLE.sub(r"\1", key)
    first, rest = key[:1], key[1:]
    first = "a" if first in "aeiouy" else first
    return first + _VOWEL_RUNS.sub("a", rest)


@lru_cache(maxsize=_CACHE_SIZE)
def name_key(name: str) -> str:
    """The key of a whole name; equal keys mark spelling variants of one name."""
    return " ".join(token_key(token) for token in name_tokens(name))


# Administrative words that some reports add to a place name and others leave out (Borno State / Borno).
PLACE_SUFFIXES = frozenset(
    {"state", "province", "governorate", "district", "region", "county", "city", "municipality", "department",
     "oblast", "prefecture", "town", "village"}
)  # fmt: skip


@lru_cache(maxsize=_CACHE_SIZE)
def place_key(name: str) -> str:
    """The key of a place name without an administrative suffix: Borno State and Borno give one key."""
    tokens = list(name_tokens(name))
    while len(tokens) > 1 and tokens[-1] in PLACE_SUFFIXES:
        tokens.pop()
    return " ".join(token_key(token) for token in tokens)


def acronym(name: str) -> str | None:
    """The initials of a multi-word organization name, the form reports often use after the first mention."""
    words = [word for word in fold(name).split() if word not in ACRONYM_SKIP]
    return "".join(word[0] for word in words) if len(words) >= 2 else None


def is_acronym_of(short: str, long: str) -> bool:
    """True when `short` is written as the initials of `long` (MEMRI of Middle East Media Research Institute)."""
    folded = fold(short).replace(" ", "")
    initials = acronym(long)
    return bool(initials) and len(folded) >= 2 and folded == initials


def surname_key(name: str) -> str | None:
    """The key of a person's last name, how later mentions and other reports often refer to them."""
    tokens = name_tokens(name)
    return token_key(tokens[-1]) if len(tokens) >= 2 else None


def similarity(a: str, b: str) -> float:
    """How alike two names are as written, 0 to 1, after folding (Jaro-Winkler, kind to shared prefixes)."""
    return float(JaroWinkler.similarity(" ".join(name_tokens(a)), " ".join(name_tokens(b))))


def is_description(name: str) -> bool:
    """True when a name is written all in lower case ("gunmen", "the group"): a description, not a name.

    Scripts without letter case (Arabic, Chinese) are names.
    """
    return any(char.islower() for char in name) and not any(char.isupper() for char in name)


def _group_keys(name: str) -> list[str]:
    """Word keys of a group's name; in a name of several words, each word in the singular."""
    tokens = name_tokens(name)
    if len(tokens) < 2:
        return [token_key(token) for token in tokens]  # a one-word name keeps its "s" (Hamas is not Hama)
    # Some outlets name a group by its members, or its units in the plural ("guards" / "guard").
    return [token_key(_singular(token)) for token in tokens]


def _singular(word: str) -> str:
    plural = len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
    return word[:-1] if plural else word


def name_within(short: str, long: str) -> bool:
    """True when `short` is `long` told shorter: its initials, or its words in order inside `long`'s.

    "Islamic State" within "Islamic State West Africa Province", "Indigenous guard" within "Nasa Indigenous
    guards", "ISWAP" within "Islamic State West Africa Province"; a name is not within itself.
    """
    short_keys, long_keys = _group_keys(short), _group_keys(long)
    if len(short_keys) == 1 and is_acronym_of(short, long):
        return True
    if not short_keys or len(short_keys) >= len(long_keys):
        return False
    return any(
        long_keys[start : start + len(short_keys)] == short_keys
        for start in range(len(long_keys) - len(short_keys) + 1)
    )
