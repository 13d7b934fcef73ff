"""Chinese and Japanese bodies and companies whose English name their kind word shapes (issue 13,
sixteenth round, cjk18): composed sentences, invented events and firms."""

from __future__ import annotations

import pytest

from digest.extract.composed_names_cjk import find_national_academies, glued_katakana_words
from digest.registries import Registries
from tests.drafting_helpers import partner_kinds


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("中国农业科学院专家代表团访问越南谅山省。", "cn-chinese-academy-of-agricultural-sciences"),
        ("中国社会科学院学者与老街省官员座谈。", "cn-chinese-academy-of-social-sciences"),
        ("中国热带农业科学院将在广宁省试种新品种。", "cn-chinese-academy-of-tropical-agricultural-sciences"),
    ],
)  # fmt: skip
def test_chinas_national_academy_is_the_chinese_academy(
    registries: Registries, body: str, expected: str
) -> None:
    got = partner_kinds(registries, "zh", "专家访问越南", body)
    assert got.get(expected) == "organisation"


def test_a_provinces_academy_keeps_its_province(registries: Registries) -> None:
    got = partner_kinds(
        registries, "zh", "专家访问越南", "云南省农业科学院专家代表团访问越南老街省。"
    )  # fmt: skip
    assert got.get("cn-yunnan-academy-of-agricultural-sciences") == "organisation"
    assert "cn-chinese-academy-of-agricultural-sciences" not in got


def test_an_academician_is_no_academy() -> None:
    assert find_national_academies("zh", "中国科学院院士王明出席会议。") == []


def test_a_group_in_brackets_before_the_form_is_the_companys_group(
    registries: Registries,
) -> None:
    got = partner_kinds(
        registries, "zh", "上海港与越南海防合作",
        "上海国际港务（集团）股份有限公司与越南海防省签署合作协议。",
    )  # fmt: skip
    assert got.get("cn-shanghai-international-port-group") == "company"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("株式会社ミノテックはベトナムのバクニン省に工場を建設する。", "jp-minotech"),
        ("株式会社ヤマトマリンテックはベトナムのハイフォン市に拠点を置く。", "jp-yamato-marinetech"),
    ],
)  # fmt: skip
def test_tech_glued_to_a_katakana_word_is_one_english_word(
    registries: Registries, body: str, expected: str
) -> None:
    got = partner_kinds(registries, "ja", "日本企業がベトナム進出", body)
    assert got.get(expected) == "company"


def test_tech_alone_after_kanji_stays_a_word() -> None:
    assert glued_katakana_words(["Tech"]) == ["Tech"]
    assert glued_katakana_words(["Mino", "Techno"]) == ["Mino", "Techno"]


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("ko", "한국관광공사는 베트남 다낭시에서 관광 설명회를 열었다.", "kr-korea-tourism-organization"),
        ("ko", "부산관광공사는 베트남 다낭시에서 관광 설명회를 열었다.", "kr-busan-tourism-organization"),
        ("zh", "济州观光公社代表团访问越南岘港市，推介济州旅游。", "kr-jeju-tourism-organization"),
    ],
)  # fmt: skip
def test_a_korean_tourism_organisation_is_named_by_its_place(
    registries: Registries, lang: str, body: str, expected: str
) -> None:
    got = partner_kinds(registries, lang, "관광 설명회", body)
    assert got.get(expected) == "organisation"


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("ko", "강원대학교병원은 베트남 꽝찌성 보건국과 의료 협약을 맺었다.", "kr-kangwon-national-university-hospital"),
        ("ko", "강원대병원은 베트남 꽝찌성 보건국과 의료 협약을 맺었다.", "kr-kangwon-national-university-hospital"),
        ("zh", "江原大学医院与越南广治省卫生厅签署医疗合作协议。", "kr-kangwon-national-university-hospital"),
    ],
)  # fmt: skip
def test_a_listed_universitys_hospital_keeps_the_universitys_english(
    registries: Registries, lang: str, body: str, expected: str
) -> None:
    got = partner_kinds(registries, lang, "의료 협약", body)
    assert got.get(expected) == "organisation"
    assert "kr-gangwon" not in got


def test_a_listed_hospital_under_its_short_name_stays_its_record(registries: Registries) -> None:
    got = partner_kinds(
        registries, "ko", "의료 협약", "서울대병원은 베트남 꽝찌성 보건국과 의료 협약을 맺었다."
    )  # fmt: skip
    assert got.get("kr-seoul-national-university-hospital") == "organisation"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("信州大学はベトナムのフエ省と学術交流協定を結んだ。", "jp-shinshu-university"),
        ("九州工業大学はベトナムのダナン市と学術交流協定を結んだ。", "jp-kyushu-institute-of-technology"),
        ("北陸商工会議所の視察団がベトナムのダナン市を訪れた。", "jp-hokuriku-chamber-of-commerce-and-industry"),
    ],
)  # fmt: skip
def test_a_japanese_body_named_by_a_region_of_japan(
    registries: Registries, body: str, expected: str
) -> None:
    got = partner_kinds(registries, "ja", "ベトナムと協定", body)
    assert got.get(expected) == "organisation"


def test_a_region_glued_to_more_kanji_is_no_bodys_place(registries: Registries) -> None:
    got = partner_kinds(
        registries, "ja", "ベトナムと協定", "西九州大学はベトナムのダナン市と学術交流協定を結んだ。"
    )  # fmt: skip
    assert "jp-kyushu-university" not in got


def test_a_regions_part_by_its_direction_names_a_firm(registries: Registries) -> None:
    got = partner_kinds(
        registries, "ja", "ベトナムに工場", "西九州フーズ株式会社はベトナムのロンアン省に工場を建設する。"
    )  # fmt: skip
    assert got.get("jp-nishi-kyushu-foods") == "company"


def test_a_chinese_body_named_by_a_sea_region_of_china(registries: Registries) -> None:
    got = partner_kinds(
        registries, "zh", "北部湾大学与越南合作", "代表团参观了钦州保税港区和北部湾大学，与越南广宁省签署人才培养合作协议。"
    )  # fmt: skip
    assert got.get("cn-beibu-gulf-university") == "organisation"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("バクカン省は全国農業協同組合連合会岐阜県本部（JA全農岐阜）と技術協力事業を始めた。", "jp-ja-zen-noh-gifu"),
        ("JA全農岐阜はバクカン省の選果場に運営ノウハウを提供する。", "jp-ja-zen-noh-gifu"),
        ("宮崎県経済農業協同組合連合会（JA宮崎経済連）が、ラムドン省の農協に出荷の仕組みを紹介する。", "jp-ja-miyazaki-keizairen"),
    ],
)  # fmt: skip
def test_the_ja_groups_prefectural_bodies(registries: Registries, body: str, expected: str) -> None:
    got = partner_kinds(registries, "ja", "果樹の技術協力", body)
    assert got.get(expected) == "organisation"
