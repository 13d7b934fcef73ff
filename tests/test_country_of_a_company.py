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
