"""Places named only as a point of the visitors' journey, a consulate's seat, a checkpoint's name
or the country of a route's stops are no partners (issue 13, sixteenth round, extras18; composed
sentences, invented visits)."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import dated_partner_ids


@pytest.mark.parametrize(
    ("headline", "body", "dropped"),
    [
        # where the visitors came from, a few words between the verb and "from"
        ("Свердловская область и провинция Тханьхоа договорились о сотрудничестве",
         "Правительство Свердловской области и провинция Тханьхоа подписали соглашение. "
         "Делегация прибыла на Урал из Москвы в понедельник.", "ru-moscow"),
        ("La Región de Murcia y Ben Tre firman un acuerdo",
         "La Región de Murcia y la provincia de Ben Tre firmaron un acuerdo. La comitiva llegó "
         "el martes desde Madrid.", "es-community-of-madrid"),
        # where they went on to, and a stop joined by "puis"
        ("La Région Bretagne et Khánh Hòa signent une convention",
         "La Région Bretagne et la province de Khánh Hòa ont signé une convention. La délégation "
         "a poursuivi vendredi vers Nantes puis Lyon.", "fr-lyon"),
        ("La Región de Murcia y Ben Tre firman un acuerdo",
         "La Región de Murcia y la provincia de Ben Tre firmaron un acuerdo. La misión "
         "continuará esta semana en Can Tho y Bangkok.", "th-bangkok"),
        # what they visited before leaving
        ("La Toscana e Huế firmano un'intesa",
         "La Regione Toscana e la città di Huế hanno firmato un'intesa. Prima di ripartire, la "
         "delegazione ha visitato Siena e San Gimignano.", "it-siena"),
    ],
)  # fmt: skip
def test_a_point_of_the_journey_is_not_a_partner(
    registries: Registries, headline: str, body: str, dropped: str
) -> None:
    partners = dated_partner_ids(registries, headline, body)
    assert partners and dropped not in partners


def test_the_visitors_arrival_place_stays(registries: Registries) -> None:
    """Only "from" follows a verb of arriving: where the visitors arrive is the visit's place."""
    partners = dated_partner_ids(
        registries,
        "La Región de Murcia y Ben Tre firman un acuerdo",
        "La delegación de Ben Tre llegó el lunes a Murcia y firmó un acuerdo con la Región de "
        "Murcia.",
    )
    assert "es-region-of-murcia" in partners


@pytest.mark.parametrize(
    ("headline", "body", "dropped"),
    [
        # any country's consulate sits in a place that is not the partner for it
        ("ขอนแก่นจับมือห่าติ๋ญ",
         "มหาวิทยาลัยขอนแก่นลงนามบันทึกความเข้าใจกับจังหวัดห่าติ๋ญ ทั้งนี้ ผู้แทนสถานกงสุลใหญ่เวียดนาม "
         "ณ จังหวัดอุดรธานี ร่วมเป็นสักขีพยาน", "th-udon-thani"),
        ("ขอนแก่นจับมือห่าติ๋ญ",
         "มหาวิทยาลัยขอนแก่นลงนามบันทึกความเข้าใจกับจังหวัดห่าติ๋ญ นายสมชาย ใจดี กงสุลใหญ่ ณ "
         "แขวงจำปาสัก ร่วมเป็นสักขีพยาน", "la-champasak"),
        # a rail link's end
        ("Lao Cai and Yunnan sign logistics deal",
         "Lao Cai province and Yunnan province signed a logistics deal. A firm will run a rail "
         "service between Chongqing and Hai Phong port.", "cn-chongqing"),
    ],
)  # fmt: skip
def test_a_consulates_seat_or_a_rail_links_end_is_not_a_partner(
    registries: Registries, headline: str, body: str, dropped: str
) -> None:
    partners = dated_partner_ids(registries, headline, body)
    assert partners and dropped not in partners


def test_a_thai_checkpoint_and_the_country_of_a_routes_stops_are_not_partners(
    registries: Registries,
) -> None:
    """A checkpoint's name ("ด่านสากลลาวบ่าว") holds no Laos; "สปป.ลาว" after the places a trip
    passes only says where they lie."""
    partners = dated_partner_ids(
        registries,
        "มุกดาหารจับมือกวางจิ",
        "จังหวัดมุกดาหารลงนามความร่วมมือกับจังหวัดกวางจิ คณะเดินทางผ่านจังหวัดนครพนมและแขวงคำม่วนของ "
        "สปป.ลาว และรถบรรทุกผ่านด่านสากลลาวบ่าวเพิ่มขึ้น",
    )
    assert partners and "la" not in partners
    partners = dated_partner_ids(
        registries,
        "มุกดาหารจับมือกวางจิ",
        "จังหวัดมุกดาหารลงนามความร่วมมือกับจังหวัดกวางจิ มีรถบรรทุกที่ด่านสากลลาวบ่าวเพิ่มขึ้น",
    )
    assert partners and "la" not in partners


@pytest.mark.parametrize(
    ("body", "dropped"),
    [
        # a fair whose name runs on past the place
        ("云南省与老街省签署合作备忘录。双方将组织企业参加第十届中国重庆进出口商品交易会。",
         "cn-chongqing"),
        # the place's own trade with Vietnam, a statistic
        ("云南省与老街省签署合作备忘录。据海关统计，2024年广西对越南进出口总额达280亿元。",
         "cn-guangxi"),
        # the ends of haulage "between … and …"
        ("云南省与老街省签署合作备忘录。新航线将带动重庆与越南北部之间的农产品运输。",
         "cn-chongqing"),
    ],
)  # fmt: skip
def test_a_chinese_fairs_name_trade_figure_or_haulage_end_is_not_a_partner(
    registries: Registries, body: str, dropped: str
) -> None:
    partners = dated_partner_ids(registries, "云南省与老街省签署合作备忘录", body)
    assert partners and dropped not in partners
