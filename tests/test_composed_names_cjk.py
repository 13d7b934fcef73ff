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
