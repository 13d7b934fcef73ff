"""Countries named without acting are no partners: a list of markets or origins, a company's
home, a route's end (composed pages, invented events; digest/extract/places.py, markets.py)."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import page_partner_ids


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Sachsen und Bắc Ninh vereinbaren Zusammenarbeit\nDer Freistaat Sachsen hat mit Bắc Ninh "
         "eine Vereinbarung unterzeichnet. Die Provinz arbeitete früher auch mit Kagawa. Die "
         "Firma liefert bislang vor allem nach Polen, Tschechien und in die Türkei.\n",
         # A tie of earlier days is no partner of this story either (earlier_ties.py).
         ["de-saxony"]),
        ("La Wallonie et la province de Hải Dương signent un accord de coopération\nLa Wallonie "
         "a signé mardi un accord avec la province de Hải Dương, qui coopère aussi avec la "
         "préfecture de Shiga. L'entreprise wallonne réalise l'essentiel de ses ventes au "
         "Maroc et au Sénégal, a indiqué son directeur.\n", ["be-wallonia", "jp-shiga"]),
        ("La Lombardia firma con Bình Dương\nLa Regione Lombardia ha firmato un accordo con "
         "Bình Dương, già gemellata con Hyogo. La produzione sarà destinata al Giappone, "
         "all'Australia e al Medio Oriente.\n", ["it-lombardy"]),
        ("富山県、ゲアン省と覚書\n富山県はゲアン省と覚書を結んだ。ゲアン省はバイエルン州とも交流がある。"
         "同社の主な納入先はタイとインドネシアのメーカーだ。\n", ["jp-toyama", "de-bavaria"]),
    ],
)  # fmt: skip
def test_countries_listed_only_in_the_body_are_no_partners(
    registries: Registries, page: str, expected: list[str]
) -> None:
    assert page_partner_ids(registries, page) == expected


def test_countries_listed_in_the_headline_stay(registries: Registries) -> None:
    page = (
        "Bắc Giang lychees win Japan and Australia\nThe province shipped its first lychees this "
        "week. Retail prices in Japan reach 8 dollars a kilogram, the department said, and buyers "
        "in Japan and Australia asked for more.\n"
    )
    assert page_partner_ids(registries, page) == ["jp", "au"]


@pytest.mark.parametrize(
    ("page", "absent", "kept"),
    [
        ("L'AFD et Quảng Trị lancent un projet de santé\nL'Agence française de développement a "
         "signé avec la province de Quảng Trị un projet de santé. Il doit bénéficier à trois "
         "districts frontaliers avec le Laos.\n", "la", "fr-afd"),
        ("경상북도, 하장성에 의료 지원\n경상북도는 하장성에 의료 장비를 지원했다. 하장성은 "
         "중국과 국경을 맞댄 산악 지역이다.\n", "cn", "kr-gyeongsangbuk"),
        ("Новосибирская область и Лаокай подписали соглашение\nПравительство Новосибирской "
         "области подписало соглашение с провинцией Лаокай, которая граничит с Китаем.\n",
         "cn", "ru-novosibirsk"),
    ],
)  # fmt: skip
def test_a_neighbour_across_a_border_is_no_partner(
    registries: Registries, page: str, absent: str, kept: str
) -> None:
    partners = page_partner_ids(registries, page)
    assert kept in partners
    assert absent not in partners


@pytest.mark.parametrize(
    ("page", "absent", "kept"),
    [
        ("Andalucía firma un acuerdo con Phú Thọ\nLa Junta de Andalucía firmó ayer un acuerdo "
         "con la provincia de Phú Thọ. El aceite andaluz se vende sobre todo a Francia, según "
         "los datos del sector.\n", "fr", "es-andalusia"),
        ("Sachsen und Bắc Ninh vereinbaren Zusammenarbeit\nDer Freistaat Sachsen hat mit der "
         "Provinz Bắc Ninh eine Vereinbarung unterzeichnet. Die Firma liefert bislang vor allem "
         "nach Polen, sagte der Geschäftsführer.\n", "pl", "de-saxony"),
        ("Western Australia and Cà Mau sign a shrimp deal\nThe Government of Western Australia "
         "signed a memorandum with Cà Mau province on Monday. The cooperative sold most of its "
         "grain to the United States last year, its chairman said.\n", "us",
         "au-western-australia"),
    ],
)  # fmt: skip
def test_a_country_goods_are_sold_to_is_no_partner(
    registries: Registries, page: str, absent: str, kept: str
) -> None:
    partners = page_partner_ids(registries, page)
    assert kept in partners
    assert absent not in partners


@pytest.mark.parametrize(
    ("page", "absent", "kept"),
    [
        # Flying home through a hub: the journey's way, no partner.
        ("Western Australia and Cà Mau sign a shrimp deal\nThe Government of Western Australia "
         "signed a memorandum with Cà Mau province on Monday. The delegation will visit Albany "
         "before flying home through Singapore.\n", "sg", "au-western-australia"),
        # A fund of Singapore named in quotes: the fund is whose, not a partner of its own.
        ("佐賀県、ハウザン省と覚書\n佐賀県はハウザン省と覚書を結んだ。シンガポールのファンド"
         "「ブルー・ハーバー・キャピタル」が工場に出資する。\n", "sg", "jp-saga"),
        # "جوز الهند" is the coconut, not India.
        ("مصر وإقليم بن تري يتفقان على تبادل أصناف جوز الهند\nوقّعت محافظة الإسكندرية مذكرة "
         "تفاهم مع إقليم بن تري لتبادل أصناف جوز الهند والخبرات في زراعته.\n", "in",
         "eg-alexandria"),
    ],
)  # fmt: skip
def test_a_countrys_name_inside_another_role_is_no_partner(
    registries: Registries, page: str, absent: str, kept: str
) -> None:
    partners = page_partner_ids(registries, page)
    assert kept in partners
    assert absent not in partners


@pytest.mark.parametrize(
    ("page", "absent", "kept"),
    [
        ("Bremen und Hải Phòng vereinbaren Zusammenarbeit\nDie Freie Hansestadt Bremen hat mit "
         "Hải Phòng eine Vereinbarung unterzeichnet. „Unsere Firmen suchen Alternativen zu China“, "
         "sagte der Präses.\n", "cn", "de-bremen"),
        ("Western Australia and Cà Mau sign a shrimp deal\nThe Government of Western Australia "
         "signed a memorandum with Cà Mau province. Buyers look for an alternative to China, the "
         "minister said.\n", "cn", "au-western-australia"),
    ],
)  # fmt: skip
def test_a_country_named_as_what_a_partner_replaces_is_no_partner(
    registries: Registries, page: str, absent: str, kept: str
) -> None:
    partners = page_partner_ids(registries, page)
    assert kept in partners
    assert absent not in partners


@pytest.mark.parametrize(
    ("page", "absent", "kept"),
    [
        ("Andalucía firma un acuerdo con Phú Thọ\nLa Junta de Andalucía firmó ayer un acuerdo "
         "con la provincia de Phú Thọ, que ya colabora con una región de Japón desde 2019.\n",
         "jp", "es-andalusia"),
        ("Western Australia and Cà Mau sign a shrimp deal\nThe Government of Western Australia "
         "signed a memorandum with Cà Mau province, which also seeks ties with localities of "
         "Korea.\n", "kr", "au-western-australia"),
        ("富山県、ゲアン省と覚書\n富山県はゲアン省と覚書を結んだ。ゲアン省は韓国の自治体とも交流を"
         "続けている。\n", "kr", "jp-toyama"),
    ],
)  # fmt: skip
def test_a_country_named_only_where_unnamed_units_lie_is_no_partner(
    registries: Registries, page: str, absent: str, kept: str
) -> None:
    partners = page_partner_ids(registries, page)
    assert kept in partners
    assert absent not in partners


def test_a_country_before_its_named_firm_is_no_partner(registries: Registries) -> None:
    page = (
        "Western Australia and Cà Mau sign a shrimp deal\nThe Government of Western Australia "
        "signed a memorandum with Cà Mau province. A venture of local growers and Korea's Hanbit "
        "Marine, based in Perth, will supply the feed.\n"
    )
    assert page_partner_ids(registries, page) == ["au-western-australia"]


def test_a_country_whose_government_acts_stays(registries: Registries) -> None:
    page = (
        "Korea funds a clinic in Cà Mau\nKorea's Government will fund a clinic in Cà Mau province, "
        "the embassy said.\n"
    )
    assert "kr" in page_partner_ids(registries, page)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("A clinic opens in Cà Mau\nThe governments of Australia and New Zealand funded a new "
         "clinic in Cà Mau province, which opened on Monday.\n", ["au", "nz"]),
        ("カマウ省に診療所が開設\nオーストラリアとニュージーランドの両政府が資金を出した診療所が"
         "カマウ省で開所した。\n", ["au", "nz"]),
    ],
)  # fmt: skip
def test_a_list_of_governments_acts(registries: Registries, page: str, expected: list[str]) -> None:
    assert page_partner_ids(registries, page) == expected


def test_a_country_opening_a_foreign_citys_name_is_not_a_partner(registries: Registries) -> None:
    """ "Monaco di Baviera" is Munich, a city of Bavaria: Monaco there is no principality."""
    page = (
        "La Lombardia firma con Bình Dương\nLa Regione Lombardia ha firmato un accordo con "
        "Bình Dương. L'assessore ha guidato l'anno scorso una delegazione a Monaco di Baviera.\n"
    )
    assert "mc" not in page_partner_ids(registries, page)
    assert "it-lombardy" in page_partner_ids(registries, page)


def test_a_country_closing_a_vietnamese_pair_name_is_not_a_partner(registries: Registries) -> None:
    """ "Trường Trung cấp Nghề Việt - Đức" is a Vietnamese school named for two countries:
    Germany there is part of its name, no partner."""
    page = (
        "Nghệ An hợp tác với tỉnh Hủa Phăn\nTỉnh Nghệ An làm việc với tỉnh Hủa Phăn (Lào). Nhiều "
        "học viên Hủa Phăn đang học tại Trường Trung cấp Nghề Việt - Đức.\n"
    )
    assert "de" not in page_partner_ids(registries, page)
