"""Partners the registry does not list, reported when a place word and a country say so."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from digest.extract.drafting import draft_text
from digest.extract.places import find_places
from digest.extract.unlisted import latin_reading
from digest.ingest import _front_matter
from digest.registries import REGISTRY_DIR, Registries, load_registries
from digest.registry_files import GENERATED_PARTNERS


@pytest.fixture(scope="module")
def registries(tmp_path_factory: pytest.TempPathFactory) -> Registries:
    """The editors' registries only: Vercelli and Chanthaburi are in the generated ISO 3166-2
    partners, and these tests are about places no registry lists."""
    directory = tmp_path_factory.mktemp("editors") / "registries"
    shutil.copytree(REGISTRY_DIR, directory)
    generated = {"about": "none generated", "partners": []}
    (directory / GENERATED_PARTNERS.name).write_text(json.dumps(generated), encoding="utf-8")
    return load_registries(directory)


def found(registries: Registries, lang: str, body: str) -> tuple[list[str], list[tuple]]:
    places = find_places(registries, lang, "", body, None)
    return (
        [p.id for p in places.partners],
        [(u.id, u.name_en, u.country, u.kind) for u in places.unlisted],
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Quang Ninh Province signed an agreement with the city of Vercelli (Italy).",
            ("it-vercelli", "Vercelli", "IT", "city"),
        ),
        (
            "en",
            "Delegates from Mato Grosso state in Brazil visited Dak Lak province.",
            ("br-mato-grosso", "Mato Grosso", "BR", "region"),
        ),
        (
            "en",
            "Lao Cai province welcomed a delegation from Yeongam County in South Jeolla.",
            ("kr-yeongam", "Yeongam", "KR", "district"),
        ),
        (
            "en",
            "Hai Phong signed a memorandum with Umm Al Quwain emirate of the United Arab Emirates.",
            ("ae-umm-al-quwain", "Umm Al Quwain", "AE", "region"),
        ),
        # "of" and a country after the place word: the name is the one before it.
        (
            "en",
            "Ha Tinh province received a delegation from Svay Antor province of Cambodia.",
            ("kh-svay-antor", "Svay Antor", "KH", "region"),
        ),
        (
            "pl",
            "Delegacja z Łódź Voivodeship (Polska) odwiedziła prowincję Quang Ninh.",
            ("pl-lodz", "Łódź", "PL", "region"),
        ),
        (
            "vi",
            "Tỉnh Quảng Ninh ký kết hợp tác với tỉnh Chanthaburi (Thái Lan).",
            ("th-chanthaburi", "Chanthaburi", "TH", "region"),
        ),
        (
            "zh",
            "广宁省与意大利韦尔切利市签署合作协议。",
            ("it-weierqieli", "Weierqieli", "IT", "city"),
        ),
        (
            "zh",
            "广宁省与阿拉伯联合酋长国乌姆盖万酋长国签署合作协议。",
            ("ae-wumugaiwan", "Wumugaiwan", "AE", "region"),
        ),
        (
            "ko",
            "꽝닌성은 한국 영암군과 협력 협정을 체결했다.",
            ("kr-yeongam", "Yeongam", "KR", "district"),
        ),
        (
            "th",
            "จังหวัดกว๋างนิญลงนามความร่วมมือกับจังหวัดจันทบุรีของไทย",
            ("th-chanthburi", "Chanthburi", "TH", "region"),
        ),
        (
            "de",
            "Die Provinz Quang Ninh unterzeichnete ein Abkommen mit der Stadt Vercelli (Italien).",
            ("it-vercelli", "Vercelli", "IT", "city"),
        ),
        (
            "fr",
            "La province de Quang Ninh a signé un accord avec la ville de Verceil (Italie).",
            ("it-verceil", "Verceil", "IT", "city"),
        ),
        (
            "es",
            "La provincia de Quang Ninh firmó un acuerdo con el estado de Mato Grosso (Brasil).",
            ("br-mato-grosso", "Mato Grosso", "BR", "region"),
        ),
        (
            "pt",
            "A província de Quang Ninh assinou um acordo com o estado de Mato Grosso, Brasil.",
            ("br-mato-grosso", "Mato Grosso", "BR", "region"),
        ),
        (
            "it",
            "La provincia di Quang Ninh ha firmato un accordo con la città di Vercelli, Italia.",
            ("it-vercelli", "Vercelli", "IT", "city"),
        ),
        (
            "uk",
            "Провінція Куангнінь підписала угоду з містом Верчеллі (Італія).",
            ("it-verchelli", "Verchelli", "IT", "city"),
        ),
        (
            "ar",
            "وقعت مقاطعة كوانغ نينه اتفاقية مع إمارة أم القيوين في الإمارات العربية المتحدة.",
            ("ae-am-alqiuyen", "Am Alqiuyen", "AE", "region"),
        ),
        (
            "hi",
            "क्वांग निन्ह प्रांत ने ब्राजील के माटो ग्रोसो राज्य के साथ समझौता किया।",
            ("br-mato-groso", "Mato Groso", "BR", "region"),
        ),
    ],
)
def test_a_named_place_of_a_named_country_is_reported(
    registries: Registries, lang: str, text: str, expected: tuple
) -> None:
    listed, unlisted = found(registries, lang, text)
    assert unlisted == [expected]
    # Its country is not listed beside it, nor the region that only locates it.
    assert listed == []


def test_a_cyrillic_place_is_read_as_chinese_only_when_it_is_chinas(
    registries: Registries,
) -> None:
    # "Удэ" is spelt as Palladius spells Chinese syllables, but the city is Russia's.
    text = "Провинция Хазянг и мэрия российского города Улан-Удэ договорились о фестивале."
    assert found(registries, "ru", text)[1] == [("ru-ulan-ude", "Ulan Ude", "RU", "city")]
    # A name of China's, or of no known country, keeps its Palladius reading in pinyin.
    assert latin_reading("Хэ Цзян", "ru", "CN") == latin_reading("Хэ Цзян", "ru") == "He Jiang"
    assert latin_reading("Хэ Цзян", "ru", "RU") == "Khe Tszyan"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # No country named: nothing says where it is.
        ("en", "Quang Ninh Province signed an agreement with the city of Vercelli."),
        # A Vietnamese place, the nearest place named being a province, or shaped like one.
        ("vi", "Huyện Bát Xát, tỉnh Lào Cai giáp tỉnh Vân Nam (Trung Quốc)."),
        ("en", "Ha Long City in Quang Ninh province hosted tourists from China."),
        ("vi", "Thành phố Vinh đón đoàn khách Nhật Bản."),
        # Nationality and generic words before a place word.
        ("en", "Quang Ninh and the Mekong region of Laos will cooperate."),
        ("en", "The Foreign Affairs Department met Korean investors from Korea."),
        ("es", "El Ministerio de Relaciones Exteriores de China y la provincia de Quang Ninh."),
        ("en", "The Chinese province of Yunnan and Lao Cai province agreed to expand trade."),
        ("en", "Hong Kong Special Administrative Region investors met Quang Ninh officials."),
        ("en", "The Northern Province of Laos and Dien Bien province share a border."),
        # A person's name after "of the province".
        ("ru", "Делегация во главе с председателем провинции Ле Тхи Хуен посетила Татарстан."),
        # A city or district named only as a venue.
        ("it", "Quang Tri finanzia aule scolastiche nel distretto di Khamkeut (Laos)."),
        ("ja", "ビンディン省と茨城県は、クイニョン市で覚書を締結した。"),
        # Words that are no names: "international market", "at that time", "various".
        ("zh", "广宁省产品进入国际市场，出口到日本。"),
        ("ko", "당시 한국 기업들이 꽝닌성을 방문했다."),
        ("th", "เซินลาร่วมมือกับแขวงต่าง ๆ ทางภาคเหนือของลาว"),
        ("hi", "उन्होंने कहा कि प्रांत भारत के साथ काम करेगा।"),
    ],
)
def test_no_partner_without_a_clear_name_and_country(
    registries: Registries, lang: str, text: str
) -> None:
    # Places only: "El Ministerio de Relaciones Exteriores de China" is an organisation
    # (tests/test_bodies.py), but "Relaciones Exteriores" no place.
    assert [u for u in found(registries, lang, text)[1] if u[3] != "organisation"] == []


def test_a_registry_name_is_not_reported_again(registries: Registries) -> None:
    listed, unlisted = found(registries, "ru", "Провинция Куангнинь и провинция Сайнябули (Лаос).")
    assert listed == ["la-xaignabouli"]
    assert unlisted == []


def test_a_country_stays_when_nothing_in_it_is_named(registries: Registries) -> None:
    listed, unlisted = found(
        registries, "en", "Quang Ninh signed with the city of Vercelli (Italy) and with Japan."
    )
    assert listed == ["jp"]
    assert [u[0] for u in unlisted] == ["it-vercelli"]


ARTICLE = """Quang Ninh and Vercelli sign a friendship agreement

Quang Ninh Province signed a friendship agreement with the city of Vercelli (Italy) on 3 March 2025.

Source: https://baoquangninh.vn/quang-ninh-vercelli-123.html
"""


def test_drafts_show_unlisted_partners_and_entries_keep_registry_ids(
    registries: Registries,
) -> None:
    result = draft_text(ARTICLE, Path("article.txt"), registries)
    assert {
        "id": "it-vercelli",
        "name_en": "Vercelli",
        "country": "IT",
        "kind": "city",
        "as_written": ["Vercelli"],
    } in result.partners
    assert "partners" in result.needs_review
    # The note names the words read: the alias the editors' record needs.
    assert any("'it-vercelli' (read from 'Vercelli')" in note for note in result.notes)
    assert "unlisted_partners" not in result.as_json()
    front = _front_matter(
        result, slug="s", story="s", seed="article.txt", today=dt.date(2025, 3, 4)
    )
    assert "it-vercelli" not in front["partners"]
    assert all(pid in registries.partners for pid in front["partners"])  # type: ignore[attr-defined]
    assert "partners" in front["needs_review"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Lam Dong province signed a memorandum with Shizuoka Prefecture. The City of "
         "Iwata also signed a friendship agreement.", ("jp-iwata", "Iwata")),
        ("ru", "Провинция Тэйнинь подписала соглашение с Ульяновской областью. Делегация также "
         "посетила город Димитровград.", ("ru-dimitrovgrad", "Dimitrovgrad")),
    ],
)  # fmt: skip
def test_a_place_in_a_sentence_naming_no_other_lies_in_the_articles_one_country(
    registries: Registries, lang: str, text: str, expected: tuple[str, str]
) -> None:
    """Every locality the article names lies in one foreign country: a place word and a name in
    a sentence that names no place at all is a place of that country."""
    assert expected in [(u[0], u[1]) for u in found(registries, lang, text)[1]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A place only near what happened, a person named after "the head of the city".
        ("es", "La provincia de Ninh Thuận coopera con Cuba. Trabajaron en un área piloto cerca "
         "de la ciudad de Cárdenas."),
        ("ru", "Провинция Тэйнинь подписала соглашение с Ульяновской областью. Глава города "
         "Андрей Юрьевич Ковалёв встретил гостей."),
        # Two foreign countries' places: no one country to give (to a name GeoNames knows in
        # neither: Iwata would be confirmed as Japan's, tests/test_cities.py).
        ("en", "Lam Dong signed with Shizuoka Prefecture and with Primorsky Krai. The City of "
         "Zorbinton also signed."),
    ],
)  # fmt: skip
def test_no_place_of_the_articles_country_without_a_clear_name(
    registries: Registries, lang: str, text: str
) -> None:
    assert [u for u in found(registries, lang, text)[1] if u[3] != "organisation"] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "Both provinces agreed to exchange medical students": a counted place word is a noun.
        ("th", "ทั้งสองจังหวัดตกลงแลกเปลี่ยนนักศึกษาแพทย์ โดยฝ่ายไทยจะรับนักศึกษาเวียดนาม 25 คน"),
        # "The State Secretary of Agriculture of Minas Gerais": the place word is the title's.
        ("pt", "O secretário de Estado de Agricultura de Minas Gerais recebeu a delegação de Dak "
         "Lak."),
    ],
)  # fmt: skip
def test_a_place_word_that_names_no_place_gives_no_partner(
    registries: Registries, lang: str, text: str
) -> None:
    assert [u for u in found(registries, lang, text)[1] if u[3] != "organisation"] == []


def test_each_drafted_partner_keeps_the_words_it_was_read_from(registries: Registries) -> None:
    """A registry place, an unlisted body: the article's words each was drafted from, every form
    once and spaces collapsed, so that an editor checks the partner against the text."""
    article = (
        "Quang Ninh signs with Italian university\n\n"
        "Quang Ninh Province signed a cooperation agreement with the University of  Bologna "
        "in Italy on 3 March 2025. The University of Bologna will host 20 students from Quang "
        "Ninh.\n"
    )
    result = draft_text(article, Path("article.txt"), registries)
    words = {p["id"]: p.get("as_written") for p in result.partners}
    assert words.get("it-university-of-bologna") == ["University of Bologna"]
