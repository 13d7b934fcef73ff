"""A place named only as where an organisation sits is not a partner (composed sentences,
invented events; digest/extract/seats.py)."""

from __future__ import annotations

import pytest

from digest.extract.seats import names_a_seat
from digest.registries import Registries
from tests.drafting_helpers import dated_partner_ids


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Quang Ninh signs with Korea University",
         "Quang Ninh province signed a training deal with Korea University, which is "
         "headquartered in Seoul. The two sides also discussed tourism for the coming years.",
         ["kr-korea-university"]),
        ("Nghệ An ký kết với Trường Đại học Chiang Mai",
         "Tỉnh Nghệ An ký kết với Trường Đại học Chiang Mai, có trụ sở tại tỉnh Chiang Mai, "
         "về đào tạo thạc sĩ cho cán bộ của tỉnh.", ["th-chiang-mai-university"]),
    ],
)  # fmt: skip
def test_the_seat_of_an_organisation_is_not_a_partner(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    assert dated_partner_ids(registries, headline, body) == expected


def test_a_place_named_as_a_partner_elsewhere_stays(registries: Registries) -> None:
    body = (
        "Quang Ninh province signed a training deal with Korea University, which is "
        "headquartered in Seoul, and a friendship agreement with the city of Seoul."
    )
    assert "kr-seoul" in dated_partner_ids(registries, "Quang Ninh and Seoul", body)


@pytest.mark.parametrize(
    ("lang", "text", "place", "expected"),
    [
        ("en", "the university, headquartered in the city of Newcastle in New South Wales",
         "New South Wales", True),
        ("fr", "L'accord a été signé au siège de l'AFD à Paris par la présidente", "Paris", True),
        ("es", "la Universidad, con sede en la ciudad de Camagüey, firmó", "Camagüey", True),
        ("vi", "Trường có trụ sở tại tỉnh Khon Kaen, vùng Đông Bắc Thái Lan", "Thái Lan", True),
        ("ko", "경북 경산시에 있는 대구가톨릭대학교는", "경산", True),
        ("ko", "경북 경산시에 있는 대구가톨릭대학교는", "경북", True),
        ("ja", "浜松市にある商工会議所", "浜松", True),
        # A verb that goes on: "headquartered in Kobe, and ...".
        ("ja", "会談後、神戸市に本社を置き、港湾物流を手がける企業を訪れた", "神戸", True),
        ("ko", "창원시에 본사를 두고 있는 부품업체를 방문했다", "창원", True),
        ("zh", "云南大学总部位于昆明市", "昆明", True),
        # Where Vietnam's own mission sits; another country's mission there is a partner.
        ("en", "Vietnamese Consul General in Battambang Vu Hong Thang attended", "Battambang",
         True),
        ("vi", "Tổng Lãnh sự Việt Nam tại Battambang Vũ Hồng Thắng cũng dự", "Battambang", True),
        ("es", "en presencia del embajador de Vietnam en Cuba, Đỗ Minh Quang", "Cuba", True),
        ("en", "the Consul General of Japan in Battambang attended", "Battambang", False),
        # A later verb, not a seat: "based in Seoul, KOICA funds Gangwon".
        ("en", "Based in Seoul, KOICA funds projects in Gangwon Province", "Gangwon", False),
        ("en", "the delegation of Gangwon Province visited Quang Ninh", "Gangwon", False),
    ],
)  # fmt: skip
def test_seat_phrases_in_each_language(lang: str, text: str, place: str, expected: bool) -> None:
    start = text.index(place)
    assert names_a_seat(text, start, start + len(place), lang) is expected
