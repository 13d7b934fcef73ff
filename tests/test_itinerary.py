"""Places the visitors only pass through after the event are not partners (composed sentences,
invented events; digest/extract/itinerary.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.drafting import draft_text
from digest.registries import Registries


@pytest.mark.parametrize(
    "page",
    [
        "ゲアン省、静岡県と協力\nゲアン省の代表団は静岡県の知事と会談した。一行は6日に愛知県を"
        "訪れたあと、帰国する。\n",
        "응에안성, 강원도와 협력\n응에안성 대표단은 강원도지사와 회담했다. 대표단은 경기도를 방문한 뒤 "
        "귀국할 예정이다.\n",
    ],
)
def test_the_stop_after_the_event_is_not_a_partner(registries: Registries, page: str) -> None:
    drafted = draft_text(page, Path("page.txt"), registries)
    assert len(drafted.partners) == 1
    assert drafted.partners[0]["id"] in ("jp-shizuoka", "kr-gangwon")


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("นครพนมร่วมมือกับจังหวัดห่าติ๋ญ\nจังหวัดนครพนมและจังหวัดห่าติ๋ญตกลงพัฒนาเส้นทางท่องเที่ยว"
         "ทางถนนหมายเลข 12 ผ่าน สปป.ลาว\n", "th-nakhon-phanom"),
        ("Ha Tinh and Nakhon Phanom open a caravan route\nHa Tinh province and Thailand's Nakhon "
         "Phanom province agreed on a caravan route via Laos.\n", "th-nakhon-phanom"),
    ],
)  # fmt: skip
def test_a_country_a_route_passes_through_is_not_a_partner(
    registries: Registries, page: str, expected: str
) -> None:
    drafted = draft_text(page, Path("page.txt"), registries)
    assert [p["id"] for p in drafted.partners] == [expected]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Ha Tinh and Nakhon Phanom ship fruit\nHa Tinh province and Thailand's Nakhon Phanom "
         "province agreed that the first fruit will travel by road through Laos.\n",
         "th-nakhon-phanom"),
        ("Витебская область и Хатинь договорились о поставках\nВитебская область и провинция "
         "Хатинь договорились, что молоко будет отправлено через порты Китая.\n", "by-vitebsk"),
        ("Hà Tĩnh hợp tác với tỉnh Khammouane\nTỉnh Hà Tĩnh và tỉnh Khammouane (Lào) bàn về "
         "tuyến đường 12 nối sang Thái Lan.\n", "la-khammouane"),
    ],
)  # fmt: skip
def test_a_country_goods_or_a_road_pass_through_is_not_a_partner(
    registries: Registries, page: str, expected: str
) -> None:
    """Goods carried across a country, its ports, or a road running across to it name the way,
    not a partner standing for the country."""
    drafted = draft_text(page, Path("page.txt"), registries)
    assert [p["id"] for p in drafted.partners] == [expected]


def test_a_chinese_stop_named_from_province_to_county_is_no_partner(
    registries: Registries,
) -> None:
    """ "还访问了" (also visited) glued to the delegation, and a stop named province, prefecture,
    county in a row: none of the three is a partner, the university is."""
    page = (
        "老街省与云南大学签署合作协议\n2025年5月12日\n"
        "老街省代表团与云南大学签署了人才培养合作协议。此前，代表团还访问了云南省红河州河口县，"
        "考察边境口岸建设。\n"
    )
    drafted = draft_text(page, Path("zh-page.txt"), registries)
    assert [p["id"] for p in drafted.partners] == ["cn-yunnan-university"]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Braga e Quang Ninh assinam acordo\nA Câmara Municipal de Braga assinou um protocolo com "
         "a província de Quang Ninh. A delegação segue para Coimbra e Lisboa.\n", ["pt-braga"]),
        ("Mendoza y la provincia vietnamita de Lam Dong firman un acuerdo\nEl ministro de la "
         "provincia de Mendoza firmó ayer un acuerdo con la provincia de Lam Dong para el "
         "comercio de vinos. La delegación visitará también Salta antes de partir hacia Santiago "
         "de Chile.\n", ["ar-mendoza"]),
        ("Oregon and Lam Dong sign a pact\nThe State of Oregon and Lam Dong province signed a "
         "memorandum. The delegation goes on to Texas and Idaho.\n", ["us-oregon"]),
        # Korean names what the visitors see there between the stop and the verb; an unlisted
        # county is no partner there either.
        ("영천시, 꽝찌성과 협약\n영천시는 꽝찌성과 협약을 체결했다. 대표단은 경기도의 항만 시설을 둘러본 뒤 "
         "귀국한다.\n", ["kr-yeongcheon"]),
        ("논산시, 하남성과 협약\n충남 논산시는 베트남 하남성과 협약을 체결했다. 대표단은 부여군 농가를 "
         "둘러본 뒤 인천공항을 통해 출국한다.\n", ["kr-nonsan"]),
    ],
)  # fmt: skip
def test_a_later_stop_in_present_or_future_wording_is_not_a_partner(
    registries: Registries, page: str, expected: list[str]
) -> None:
    drafted = draft_text(page, Path("page.txt"), registries)
    assert [p["id"] for p in drafted.partners] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Marche e Vietnam, intesa con la provincia di Tiền Giang\nLa Regione Marche e la "
         "provincia vietnamita di Tiền Giang hanno firmato ieri un protocollo per la frutta "
         "tropicale. La delegazione visiterà Fermo e Macerata prima di rientrare.\n",
         ["it-marche"]),
        ("الإسكندرية وبينه دينه توقعان اتفاقية\nوقعت محافظة الإسكندرية ومقاطعة بينه دينه "
         "اتفاقية للتعاون في مجال الموانئ. وسيتوجه الوفد لاحقا إلى أسوان والأقصر.\n",
         ["eg-alexandria"]),
        ("Nghe An and Nagano\nNghe An province and Nagano Prefecture signed a memorandum on "
         "labour. The delegation will visit Gifu Prefecture and Aichi Prefecture before "
         "returning home.\n", ["jp-nagano"]),
    ],
)  # fmt: skip
def test_the_last_stops_before_going_home_are_not_partners(
    registries: Registries, page: str, expected: list[str]
) -> None:
    """What the visitors see before going home, as the Japanese "を訪れたあと、帰国する" says,
    is a later stop of the trip, however many places are listed."""
    drafted = draft_text(page, Path("page.txt"), registries)
    assert [p["id"] for p in drafted.partners] == expected
