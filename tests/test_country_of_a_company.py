"""A country named as whose a named company is ("中国天合光能股份有限公司", "日本の山田精機株式会社")
is not the partner: the company is, read or not (issue 13: a partner is never replaced by its
country). Where no company is named ("日本企業の投資", "中国光伏企业") or the country acts, the
country stays, as the corpus conventions list it."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import partner_kinds


@pytest.mark.parametrize(
    ("lang", "headline", "body", "country"),
    [
        (
            "zh",
            "越南平阳迎来光伏工厂",
            "越南南部平阳新城18日举行仪式，中国天合光能股份有限公司投资的组件工厂当天动工。",
            "cn",
        ),
        (
            "ja",
            "ハイフォン市に新工場",
            "日本の山田精機株式会社は25日、ハイフォン市で新工場の起工式を行った。",
            "jp",
        ),
    ],
)
def test_the_country_of_a_named_company_is_no_partner(
    registries: Registries, lang: str, headline: str, body: str, country: str
) -> None:
    assert country not in partner_kinds(registries, lang, headline, body)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "country"),
    [
        (
            "ja",
            "ホーチミン市、外資誘致を強化",
            "ホーチミン市人民委員会の副委員長は25日、「日本企業の投資を歓迎する」と述べた。",
            "jp",
        ),
        (
            "zh",
            "越南平阳迎来光伏工厂",
            "越南南部平阳新城18日举行仪式，中国光伏企业投资的组件工厂当天动工。",
            "cn",
        ),
        (
            "ja",
            "日本の代表団がハイフォン市を訪問",
            "日本政府の代表団は25日、ハイフォン市人民委員会を訪れ、港湾分野の協力を話し合った。",
            "jp",
        ),
        (
            "zh",
            "中国代表团访问越南谅山省",
            "中国代表团18日访问越南谅山省，双方就边境贸易合作交换意见。",
            "cn",
        ),
    ],
)
def test_a_country_whose_companies_are_unnamed_or_that_acts_stays(
    registries: Registries, lang: str, headline: str, body: str, country: str
) -> None:
    assert partner_kinds(registries, lang, headline, body).get(country) == "country"


def test_a_company_placed_in_a_town_of_its_country_is_that_countrys(
    registries: Registries,
) -> None:
    """ "대만 타이중의 식품업체 ㈜하나푸드": the town between the country and the company's word
    only says where in Taiwan the company is; the company is Taiwan's, and Taiwan no partner."""
    kinds = partner_kinds(
        registries,
        "ko",
        "경상북도, 안장성과 협력",
        "경상북도 대표단은 안장성을 방문했다. 이번 방문에는 대만 타이중의 식품업체 ㈜하나푸드가 "
        "동행했다.",
    )
    assert "tw" not in kinds
    assert any(pid.startswith("tw-") for pid in kinds)
