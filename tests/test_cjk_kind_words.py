"""Japanese and Korean bodies and companies named by a closed kind or trade word that was not
yet in the vocabulary (issue 13, seventeenth round, cjk20): composed sentences, invented firms."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import partner_kinds


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("ko", "대구광역시의사회는 베트남 꽝남성 보건국과 의료 봉사 협약을 맺었다.", "kr-daegu-medical-association"),
        ("ja", "福岡県医師会の医師団がベトナムのフエ省で診療を行った。", "jp-fukuoka-medical-association"),
    ],
)  # fmt: skip
def test_a_places_association_of_physicians_is_its_medical_association(
    registries: Registries, lang: str, body: str, expected: str
) -> None:
    got = partner_kinds(registries, lang, "의료 봉사", body)
    assert got.get(expected) == "organisation"


def test_dentists_are_no_medical_association(registries: Registries) -> None:
    got = partner_kinds(
        registries, "ko", "의료 봉사", "대구치과의사회는 베트남 꽝남성 보건국과 의료 봉사 협약을 맺었다."
    )  # fmt: skip
    assert not any(pid.endswith("-medical-association") for pid in got)


def test_a_prefectures_fisheries_station_is_its_prefectural_institute(
    registries: Registries,
) -> None:
    got = partner_kinds(
        registries, "ja", "ベトナムと協定",
        "愛媛県総合水産試験場はベトナムのキエンザン省と養殖技術の協定を結んだ。",
    )  # fmt: skip
    assert got.get("jp-ehime-prefectural-institute-of-fisheries") == "organisation"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("주식회사 솔빛커피는 베트남 닥락성 농가와 원두 구매 협약을 맺었다.", "kr-solbit-coffee"),
        ("㈜다온뷰티는 베트남 호찌민시에 매장을 연다.", "kr-daon-beauty"),
    ],
)  # fmt: skip
def test_a_korean_firms_english_trade_word_in_hangul(
    registries: Registries, body: str, expected: str
) -> None:
    got = partner_kinds(registries, "ko", "베트남 진출", body)
    assert got.get(expected) == "company"


def test_koreas_ministry_of_justice_by_its_whole_name(registries: Registries) -> None:
    got = partner_kinds(
        registries, "ko", "계절근로자", "한국 법무부는 베트남 타이빈성과 계절근로자 협약을 맺었다."
    )  # fmt: skip
    assert got.get("kr-ministry-of-justice") == "organisation"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("전남도립대학교는 베트남 껀터시 대학과 학술 교류 협약을 맺었다.", "kr-jeonnam-provincial-college"),
        ("충북도립대 학생들이 베트남 껀터시를 방문했다.", "kr-chungbuk-provincial-college"),
    ],
)  # fmt: skip
def test_a_korean_provinces_college_is_named_by_its_short_name(
    registries: Registries, body: str, expected: str
) -> None:
    got = partner_kinds(registries, "ko", "학술 교류", body)
    assert got.get(expected) == "organisation"


def test_a_provincial_college_needs_a_provinces_short_name(registries: Registries) -> None:
    got = partner_kinds(
        registries, "ko", "학술 교류", "한빛도립대학교는 베트남 껀터시 대학과 협약을 맺었다."
    )  # fmt: skip
    assert not any(pid.endswith("-provincial-college") for pid in got)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("株式会社こもれび農機は、ベトナムのタイビン省に小型耕運機を納入する。", "jp-komorebi-noki"),
        ("株式会社ひばり精工はベトナムのハナム省に新工場を建てる。", "jp-hibari-seiko"),
    ],
)  # fmt: skip
def test_a_japanese_firms_hiragana_name_before_its_trade(
    registries: Registries, body: str, expected: str
) -> None:
    got = partner_kinds(registries, "ja", "日本企業がベトナム進出", body)
    assert got.get(expected) == "company"


def test_a_particle_after_the_form_opens_no_hiragana_name(registries: Registries) -> None:
    got = partner_kinds(
        registries, "ja", "日本企業がベトナム進出",
        "佐藤精機株式会社のこれら工業製品はベトナムのハナム省で作られる。",
    )  # fmt: skip
    assert not any(pid.endswith("-kogyo") for pid in got)


@pytest.mark.parametrize(
    "body",
    [
        "中国国际贸易促进委员会四川省委员会代表团访问越南海防市，洽谈经贸合作。",
        "四川省贸促会代表团访问越南海防市，洽谈经贸合作。",
    ],
)
def test_a_provinces_ccpit_sub_council_by_its_whole_or_short_name(
    registries: Registries, body: str
) -> None:
    got = partner_kinds(registries, "zh", "经贸合作", body)
    assert got.get("cn-ccpit-sichuan") == "organisation"


def test_chinas_own_ccpit_is_no_sub_council(registries: Registries) -> None:
    got = partner_kinds(
        registries, "zh", "经贸合作", "中国贸促会代表团访问越南海防市，洽谈经贸合作。"
    )
    assert not any(pid.startswith("cn-ccpit") for pid in got)


@pytest.mark.parametrize(
    "body",
    [
        "驻越南台北经济文化办事处与越南平阳省签署投资促进备忘录。",
        "駐胡志明市台北經濟文化辦事處與越南平陽省簽署投資促進備忘錄。",
    ],
)
def test_taiwans_representative_office_bears_one_name(registries: Registries, body: str) -> None:
    got = partner_kinds(registries, "zh", "投资促进", body)
    assert got.get("tw-taipei-economic-and-cultural-office") == "organisation"
