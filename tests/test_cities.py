"""Unlisted cities confirmed by the generated GeoNames gazetteer (registries/generated/cities.json)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from digest.errors import InputError
from digest.extract.cities import Where, check_gazetteer, confirmed_city
from digest.extract.places import find_places
from digest.registries import REGISTRY_DIR, Registries, default_registries, load_registries
from digest.registry_files import GENERATED_CITIES, MAX_REGISTRY_BYTES
from tools.cities import english_name, generate, largest_cities
from tools.evaluation import evaluate


@pytest.fixture(scope="module")
def registries() -> Registries:
    return default_registries()


def partners(registries: Registries, lang: str, body: str) -> list[tuple[str, str]]:
    places = find_places(registries, lang, "", body, None)
    return [(p.id, p.name_en) for p in (*places.partners, *places.unlisted)]


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        # A local paper names its city without its country: the language's country, confirmed.
        (
            "ko",
            "청주시는 13일 베트남 꽝닌성 대표단과 교류에 합의했다.",
            ("kr-cheongju", "Cheongju"),
        ),
        ("zh", "10月20日，三亚市与越南义安省签署旅游合作备忘录。", ("cn-sanya", "Sanya")),
        ("ru", "Город Обнинск и провинция Нгеан подписали соглашение.", ("ru-obninsk", "Obninsk")),
        (
            "it",
            "Il comune di Novara e la provincia di Lam Dong hanno firmato.",
            ("it-novara", "Novara"),
        ),
        (
            "en",
            "The City of Fresno signed a sister-city agreement with Dong Nai province.",
            ("us-fresno", "Fresno"),
        ),
        # Hiragana also writes particles: only the part GeoNames knows is the city.
        ("ja", "今日はいわき市とカインホア省が覚書を結んだ。", ("jp-iwaki", "Iwaki")),
    ],
)
def test_city_word_confirmed_by_gazetteer(
    registries: Registries, lang: str, body: str, expected: tuple[str, str]
) -> None:
    assert partners(registries, lang, body) == [expected]


def test_city_of_one_of_the_countries_named(registries: Registries) -> None:
    # Two countries' places are named: GeoNames knows an Iwata in Japan only.
    body = (
        "Lam Dong signed with Shizuoka Prefecture and with Primorsky Krai. "
        "The City of Iwata also signed."
    )
    assert ("jp-iwata", "Iwata") in partners(registries, "en", body)


def test_city_unknown_to_gazetteer_is_no_partner(registries: Registries) -> None:
    body = "The City of Zorblaxton signed a sister-city agreement with Dong Nai province."
    assert partners(registries, "en", body) == []


def test_country_the_article_names_comes_first(registries: Registries) -> None:
    # Valladolid is in Spain and in Mexico; a Spanish article about Mexico means Mexico's.
    assert confirmed_city(registries, "Valladolid", Where(("MX", "ES"), "es")) == (
        "MX",
        "Valladolid",
    )
    assert confirmed_city(registries, "Valladolid", Where(("ES", "MX"), "es")) == (
        "ES",
        "Valladolid",
    )
    assert confirmed_city(registries, "Valladolid", Where(("KR",), "es")) is None


def test_without_a_country_the_largest_place_of_that_name(registries: Registries) -> None:
    # Paris, Texas is a city of 25,000: "the city of Paris" in English is France's, which the
    # article does not name, so no partner is guessed; Fresno's largest is California's.
    assert confirmed_city(registries, "Paris", Where((), "en")) is None
    assert confirmed_city(registries, "Paris", Where((), "fr")) == ("FR", "Paris")
    assert confirmed_city(registries, "Fresno", Where((), "en")) == ("US", "Fresno")
    body = "Dong Nai province and the city of Paris signed a memorandum."
    assert partners(registries, "en", body) == []


def test_chinese_big_city_is_no_city_named_dacheng(registries: Registries) -> None:
    assert partners(registries, "zh", "越南广宁省与大城市合作。") == []


def test_admin_suffix_dropped() -> None:
    assert english_name("Cheongju-si") == "Cheongju"
    assert english_name("Iwaki-shi") == "Iwaki"
    assert english_name("Gimhae-si") == "Gimhae"


def test_short_katakana_name_inside_a_word_is_no_country(registries: Registries) -> None:
    # タイン (Thanh) starts with タイ (Thailand).
    body = "カインホア省人民委員会のグエン・タイン・ハー副委員長が出席した。"
    assert partners(registries, "ja", body) == []
    assert partners(registries, "ja", "タイのバンコクで会談した。") == [("th", "Thailand")]


# ---------------------------------------------------------------- the generated file


def _copy(tmp_path: Path, cities: str | bytes) -> Path:
    directory = tmp_path / "registries"
    shutil.copytree(REGISTRY_DIR, directory)
    path = directory / GENERATED_CITIES.name
    if isinstance(cities, bytes):
        path.write_bytes(cities)
    else:
        path.write_text(cities, encoding="utf-8")
    return directory


def test_generated_file_is_small_and_shaped() -> None:
    path = REGISTRY_DIR / GENERATED_CITIES.name
    assert path.stat().st_size < MAX_REGISTRY_BYTES
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "GeoNames" in data["source"] and "Creative Commons" in data["licence"]
    korean = [name for name, _ in data["cities"]["KR"]]
    assert "Cheongju" in korean and "Cheongju-si" not in korean


def test_generated_file_is_what_the_task_writes() -> None:
    # A stale or hand-edited file: `invoke registries-generate` rewrites it.
    path = REGISTRY_DIR / GENERATED_CITIES.name
    assert json.loads(path.read_text(encoding="utf-8")) == generate()


@pytest.mark.parametrize(
    ("cities", "says"),
    [
        ('{"about": "x", "source": "x", "licence": "x", "min_population": 1}', "cities"),
        (
            '{"about": "x", "source": "x", "licence": "x", "min_population": 1, '
            '"cities": {"Korea": ["Cheongju"]}}',
            "ISO 3166-1",
        ),
        (
            '{"about": "x", "source": "x", "licence": "x", "min_population": 1, '
            '"cities": {"KR": [["Cheongju", "many"]]}}',
            "KR",
        ),
        ("{not json", "not valid JSON"),
        # A name edited by hand inside a valid list: no GeoNames name looks like a path or a tag.
        (
            '{"about": "x", "source": "x", "licence": "x", "min_population": 1, '
            '"cities": {"KR": [["Ulsan", 1], ["../../Ulsan<script>", 1]]}}',
            "cities.KR[1]: not as generated: run `invoke registries-generate`",
        ),
    ],
)
def test_bad_generated_file_is_one_clear_error(tmp_path: Path, cities: str, says: str) -> None:
    # Loading the registries does not read it (lazy); checking or drafting a city does.
    registries = load_registries(_copy(tmp_path, cities))
    with pytest.raises(InputError) as error:
        check_gazetteer(registries)
    message = str(error.value)
    assert "generated/cities.json" in message and says in message


def test_every_generated_name_passes_the_check() -> None:
    # The shape check must never refuse what `invoke registries-generate` writes.
    check_gazetteer(default_registries())


def test_oversized_generated_file_is_refused(tmp_path: Path) -> None:
    registries = load_registries(_copy(tmp_path, b" " * (MAX_REGISTRY_BYTES + 1)))
    with pytest.raises(InputError, match="at most"):
        check_gazetteer(registries)


def test_city_only_near_something_is_no_partner(registries: Registries) -> None:
    # GeoNames knows a Cárdenas in Cuba (the larger) and in Mexico; here it only says where
    # the area lies.
    body = "Expertos de An Giang trabajaron en un área piloto cerca de la ciudad de Cárdenas."
    assert partners(registries, "es", body) == []
    body = "Expertos de An Giang trabajaron con la ciudad de Cárdenas."
    assert partners(registries, "es", body) == [("cu-cardenas", "Cárdenas")]


def test_the_city_corpus_keeps_its_score() -> None:
    # tests/extraction_pages16, gold written before drafting: partners F1 0.20 -> 1.00 (cities
    # 1 of 8 -> 8 of 8), macro F1 0.878 -> 0.951.
    pages = evaluate(Path(__file__).parent / "extraction_pages16")
    assert len(pages.articles) == 8
    assert pages.macro_f1 >= 0.94
    assert pages.counts()["partners"].f1 >= 0.9
    assert not pages.failures


def test_each_countrys_largest_city() -> None:
    largest = largest_cities()
    assert (largest["AT"], largest["SE"], largest["TR"]) == ("Vienna", "Stockholm", "Istanbul")
