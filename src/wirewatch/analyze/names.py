"""Name normalisation: surface clean-up and transliteration-tolerant keys for matching mentions.

Arabic, Persian and Pashto names reach English news in several spellings (Haniyeh, Haniya, Hanieh;
Muhammad, Mohamed). Mentions of one person are matched on a consonant skeleton that survives those
spelling differences, and only within one article, where a collision between two different people
with the same skeleton is rare.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Typographic apostrophes and dashes are normalised before anything is compared.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "–": "-", "—": "-"})
_POSSESSIVE = re.compile(r"(?:'s|')$")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_NOT_LETTER = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"(.)\1+")
# Letters with no accent to strip, as English-language outlets write them: "Đurić" as "Djuric" or "Duric",
# "Kalın" as "Kalin". The first spelling is the long one, the last the short one.
_PLAIN_LETTERS = {"đ": ("dj", "d"), "ı": ("i",), "ł": ("l",), "ø": ("o",), "ß": ("ss",), "æ": ("ae",), "œ": ("oe",)}


def _letter_table(pick: int) -> dict[int, str]:
    table = {letter: spellings[pick] for letter, spellings in _PLAIN_LETTERS.items()}
    table |= {
        letter.upper(): spelling.capitalize()
        for letter, spelling in table.items()
        if len(letter.upper()) == 1 and letter.upper() != letter
    }
    return str.maketrans(table)


_PLAIN_LONG, _PLAIN_SHORT = _letter_table(0), _letter_table(-1)
# Digraph spellings of one Arabic/Persian sound; applied before vowels are dropped.
_DIGRAPHS = (
    # Serbo-Croatian "đ" is written "dj" in English: Đurić / Djuric.
    ("dj", "d"),
    ("kh", "k"),
    ("gh", "k"),
    ("dh", "d"),
    ("ph", "f"),
    ("ou", "u"),
    ("ee", "i"),
    ("oo", "u"),
    # One Arabic/Persian letter (qaf) is written q, gh or k: Qaani/Ghaani. A plain g is left alone, or
    # Ghani, Khan and Kane would share a key.
    ("q", "k"),
)
_VOWELS = re.compile(r"[aeiou]")
HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "dame",
        "prof",
        "sheikh",
        "mullah",
        "col",
        "gen",
        "lt",
        "maj",
        "capt",
        "sgt",
        "gov",
        "sen",
        "rep",
    }
)
# Particles that join a name but do not distinguish it: "Khalil al-Hayya" is "Al-Hayya".
NAME_PARTICLES = frozenset(
    {"al", "el", "ad", "ash", "as", "at", "az", "bin", "ibn", "bint", "de", "da", "van", "von"}
)
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ash|as|at|az)[ -]")
# Mis-cased scrapes ("IStanbul", "aN") keep the name recognisable if casing is repaired.
_ODD_CAPITALS = re.compile(r"^([A-Z])([A-Z])([a-z]{2,})$")


@lru_cache(maxsize=8192)
def normalize_surface(text: str) -> str:
    """The mention as a name: typographic marks unified, possessive and leading article removed."""
    text = _without_loose_brackets(text.translate(_APOSTROPHES))
    text = _POSSESSIVE.sub("", text)
    text = _LEADING_ARTICLE.sub("", text)
    return " ".join(repair_casing(word) for word in text.split())


def _without_loose_brackets(text: str) -> str:
    """Punctuation and brackets around a name gone, a bracket that closes inside it kept: "(Reuters)" is Reuters,
    "Communist Party of India (Maoist)" stays whole."""
    while True:
        stripped = text.strip(" \t\n,.;:\"'[]").removesuffix("(").removeprefix(")")
        if stripped.startswith("(") and stripped.count("(") > stripped.count(")"):
            stripped = stripped[1:]
        elif stripped.endswith(")") and stripped.count(")") > stripped.count("("):
            stripped = stripped[:-1]
        elif stripped.startswith("(") and stripped.endswith(")") and stripped.find(")") == len(stripped) - 1:
            stripped = stripped[1:-1]
        if stripped == text:
            return text
        text = stripped


def repair_casing(word: str) -> str:
    """Fix a word whose second letter was wrongly capitalised ("IStanbul" → "Istanbul")."""
    match = _ODD_CAPITALS.match(word)
    return f"{match.group(1)}{match.group(2).lower()}{match.group(3)}" if match else word


def has_odd_casing(text: str) -> bool:
    """Whether any word looks mis-cased ("IStanbul")."""
    return any(_ODD_CAPITALS.match(word) for word in text.split())


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Case- and accent-insensitive form used as an exact lookup key."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    without_marks = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(without_marks.casefold().replace("-", " ").split())


@lru_cache(maxsize=8192)
def word_key(word: str) -> str:
    """Spelling-tolerant key of one name word: first letter, then the consonant skeleton."""
    letters = _NOT_LETTER.sub("", _ARTICLE_PREFIX.sub("", fold(word)).translate(_PLAIN_SHORT))
    if not letters:
        return ""
    for written, sound in _DIGRAPHS:
        letters = letters.replace(written, sound)
    # A final "h" after a vowel is a silent ta marbuta ending: Haniyeh / Haniya.
    if len(letters) > 3 and letters.endswith("h") and letters[-2] in "aeiouy":
        letters = letters[:-1]
    skeleton = _DOUBLED.sub(r"\1", _VOWELS.sub("", letters[1:]))
    return letters[0] + skeleton


def plain_spellings(word: str) -> set[str]:
    """A name's spellings in plain Latin letters ("Đurić" → "Djuric", "Duric"; "Kalın" → "Kalin"); none if plain."""
    if word.isascii():
        return set()
    spellings = set()
    for table in (_PLAIN_LONG, _PLAIN_SHORT):
        decomposed = unicodedata.normalize("NFKD", word.translate(table))
        plain = "".join(char for char in decomposed if not unicodedata.combining(char))
        if plain.isascii() and plain != word:
            spellings.add(plain)
    return spellings


GLUED_INITIAL = re.compile(r"\b([A-Z])\.([A-Z][a-z]{2,})")


def unglued(name: str) -> str:
    """ "U.Khurelsukh" → "U. Khurelsukh": Mongolian style writes the patronymic's initial glued to the given name."""
    return GLUED_INITIAL.sub(r"\1. \2", name)


def name_words(name: str) -> list[str]:
    """The words of a personal name without honorifics and particles ("Dr. Khalil al-Hayya" → ["Khalil", "al-Hayya"]).

    Hyphenated parts stay one word, so "Amir-Abdollahian" is the surname of "Hossein Amir-Abdollahian".
    """
    words = [word for word in unglued(normalize_surface(name)).split() if word.rstrip(".").casefold() not in HONORIFICS]
    kept = [word for word in words if word.casefold() not in NAME_PARTICLES]
    return kept or words


@lru_cache(maxsize=8192)
def person_key(name: str) -> tuple[str, ...]:
    """Spelling-tolerant key of a full personal name."""
    return tuple(word_key(word) for word in name_words(name))


# Endings of nationality adjectives ("Afghan", "Iranian", "Sudanese", "Turkish", "Iraqi", "Islamic").
DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "i", "ic")


def word_set(words: str) -> frozenset[str]:
    """A vocabulary written as one space-separated string, for readable word lists."""
    return frozenset(words.split())


# Titles written before a name: a role, not part of the name.
TITLE_WORDS = HONORIFICS | word_set(
    "colonel general lieutenant major captain sergeant commander president governor minister senator "
    "mayor prince king queen pope premier chancellor ambassador judge justice brigadier marshal admiral "
    "prime deputy vice acting crown "
    "barrister treasurer secretary spokesman spokeswoman spokesperson envoy chairman chairwoman chief mp mps"
)
# Days and months, capitalised like names.
CALENDAR_WORDS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december"
)
# Offices only a person holds, written beside a name: "Petar Petković, the director of …", "hosted by Qatar's
# Minister of State …, Mohammed Al-Khulaifi".
PERSONAL_OFFICES = word_set(
    "director minister spokesman spokeswoman spokesperson envoy ambassador adviser advisor governor chairman "
    "chairwoman commander negotiator secretary secretary-general deputy president representative commissioner "
    "coordinator mediator counterpart"
)
# The units below a district that a place's name stands before: "Teknaf upazila", "Dera Bugti tehsil".
SUB_DISTRICT_WORDS = word_set("upazila upazilla tehsil taluka taluk mandal woreda kebele")
