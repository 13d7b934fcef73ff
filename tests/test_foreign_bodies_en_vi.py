"""Foreign bodies named in English and Vietnamese articles of the province's own side: a ministry
after a bare possessive apostrophe, Vietnamese portfolios joined by "và", an accelerator named
with its acronym, a place's association of a trade (composed sentences, invented events)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.drafting import draft_text
from digest.registries import Registries


def partners(registries: Registries, text: str) -> list[str]:
    drafted = draft_text(text, Path("article.txt"), registries)
    return [p["id"] for p in drafted.partners]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A country's name ending in "s" takes a bare apostrophe as its possessive.
        ("Nghe An province will work with Laos' Ministry of Planning and Investment on a study.",
         ["la-ministry-of-planning-and-investment"]),
        ("Nghe An province will work with Laos’ Ministry of Health on a clinic.",
         ["la-ministry-of-health"]),
    ],
)  # fmt: skip
def test_a_ministry_after_a_bare_possessive_apostrophe_is_that_countrys(
    registries: Registries, body: str, expected: list[str]
) -> None:
    assert partners(registries, f"Nghe An and Laos\n02/05/2025\n{body}\n") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "Trade's Manaaki partnership fund" is the ministry's fund, no word of its name.
        ("The trial in Soc Trang province is funded by the New Zealand Ministry of Foreign "
         "Affairs and Trade's Manaaki partnership fund.",
         ["nz-ministry-of-foreign-affairs-and-trade"]),
        ("Soc Trang province signed an agreement with the University of Queensland's Gatton "
         "campus in Australia.", ["au-university-of-queensland"]),
    ],
)  # fmt: skip
def test_a_possessive_closes_a_bodys_name(
    registries: Registries, body: str, expected: list[str]
) -> None:
    assert partners(registries, f"Partners of Soc Trang\n02/05/2025\n{body}\n") == expected


def test_vietnams_ministry_after_a_possessive_is_no_partner(registries: Registries) -> None:
    text = (
        "Nghe An and Laos\n02/05/2025\nNghe An province and Laos met at Vietnam's Ministry of "
        "Planning and Investment.\n"
    )
    assert partners(registries, text) == ["la"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Tỉnh Điện Biên đề nghị Bộ Kế hoạch và Đầu tư Lào hỗ trợ nâng cấp tuyến đường.",
         ["la-ministry-of-planning-and-investment"]),
        ("Tỉnh Điện Biên làm việc với Bộ Đầu tư Campuchia về dự án.",
         ["kh-ministry-of-investment"]),
        # Vietnam's own ministry, named without a country, is not a partner.
        ("Tỉnh Điện Biên và tỉnh Hủa Phăn (Lào) báo cáo Bộ Kế hoạch và Đầu tư về tuyến đường.",
         ["la-houaphanh"]),
    ],
)  # fmt: skip
def test_a_vietnamese_ministry_of_planning_and_investment_with_its_country(
    registries: Registries, body: str, expected: list[str]
) -> None:
    assert partners(registries, f"Điện Biên hợp tác\n02/05/2025\n{body}\n") == expected


def test_an_accelerator_named_with_its_acronym_and_an_ampersand(registries: Registries) -> None:
    text = (
        "Bac Ninh courts start-ups\n02/05/2025\nBac Ninh province received a delegation of the "
        "Gyeonggi Business & Science Accelerator (GBSA) of the Republic of Korea.\n"
    )
    assert partners(registries, text) == ["kr-gbsa"]


def test_an_ampersand_opening_no_capitalised_word_is_no_part_of_the_name(
    registries: Registries,
) -> None:
    # "research & Seoul ...": the name opens at the capitalised words after the "&".
    text = (
        "Bac Ninh courts start-ups\n02/05/2025\nThe leaders of Bac Ninh province said that "
        "they had discussed research & Seoul Start-up Accelerator (SSA) plans with the visitors "
        "from the Republic of Korea on Tuesday.\n"
    )
    assert partners(registries, text) == ["kr-ssa"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Yunnan Association of Small and Medium Enterprises will bring 40 firms to Lao Cai.",
         ["cn-yunnan-association-of-small-and-medium-enterprises"]),
        ("Lao Cai province signed a deal with the Guangxi Federation of Industry and Commerce.",
         ["cn-guangxi-federation-of-industry-and-commerce"]),
    ],
)  # fmt: skip
def test_a_places_association_of_a_trade_is_an_organisation(
    registries: Registries, body: str, expected: list[str]
) -> None:
    assert partners(registries, f"Lao Cai signs trade deals\n02/05/2025\n{body}\n") == expected


@pytest.mark.parametrize(
    "body",
    [
        # No foreign place in the name: Vietnam's own, however foreign the article.
        "Lao Cai province and Yunnan met the Provincial Association of Young Entrepreneurs.",
        "Lao Cai province and Yunnan met the Lao Cai Association of Small and Medium Enterprises.",
        "Lao Cai province and Yunnan met the Vietnam Association of Seafood Exporters.",
    ],
)
def test_an_association_without_a_foreign_place_is_no_partner(
    registries: Registries, body: str
) -> None:
    assert partners(registries, f"Lao Cai and Yunnan\n02/05/2025\n{body}\n") == ["cn-yunnan"]


def test_a_vietnamese_named_regional_trade_association_is_an_organisation(
    registries: Registries,
) -> None:
    text = (
        "Lào Cai ký kết hợp tác\n02/05/2025\nTỉnh Lào Cai ký kết với Hiệp hội Cà phê Vân Nam về "
        "xuất khẩu cà phê.\n"
    )
    assert partners(registries, text) == ["cn-yunnan-coffee-association"]


@pytest.mark.parametrize(
    "body",
    [
        # Vietnam's own association. (A whole country's foreign one is drafted by its
        # nationality first since the twelfth round: tests/test_organisation_shapes.py.)
        "Tỉnh Thái Nguyên và Hàn Quốc làm việc với Hiệp hội Chè Việt Nam.",
    ],
)
def test_a_vietnamese_named_vietnamese_association_is_no_partner(
    registries: Registries, body: str
) -> None:
    assert partners(registries, f"Thái Nguyên và Hàn Quốc\n02/05/2025\n{body}\n") == ["kr"]
