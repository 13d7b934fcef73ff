"""Places and outlets an article names without their being partners: news outlets cited for the
report, later stops of a trip however worded, a region set off after the place it locates
(composed sentences, invented events)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.drafting import draft_text
from digest.registries import Registries


def partner_ids(registries: Registries, headline: str, body: str) -> list[str]:
    drafted = draft_text(f"{headline}\n02/05/2025\n{body}\n", Path("article.txt"), registries)
    return [p["id"] for p in drafted.partners]


@pytest.mark.parametrize(
    ("lang_headline", "body", "expected"),
    [
        ("Nghe An and Nagano", "Nghe An province and Nagano Prefecture signed a memorandum, NHK "
         "reported.", ["jp-nagano"]),
        ("Nghe An and Nagano", "TOKYO (Kyodo) - Nghe An province and Nagano Prefecture signed a "
         "memorandum, according to Xinhua.", ["jp-nagano"]),
        ("ゲアン省と長野県", "ゲアン省と長野県は覚書に署名した。NHKが報じた。", ["jp-nagano"]),
        ("Нгеан и Иркутская область", "Провинция Нгеан и Иркутская область подписали соглашение, "
         "сообщает ТАСС.", ["ru-irkutsk"]),
        ("Nghe An y La Habana", "La provincia de Nghe An y La Habana firmaron un acuerdo, informó "
         "Prensa Latina.", ["cu-havana"]),
    ],
)  # fmt: skip
def test_a_news_outlet_cited_for_the_report_is_not_a_partner(
    registries: Registries, lang_headline: str, body: str, expected: list[str]
) -> None:
    assert partner_ids(registries, lang_headline, body) == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Nghe An delegation visits Nagano", "A Nghe An delegation worked with Nagano Prefecture "
         "on labour. The delegation then travelled to Kyoto and Osaka.", ["jp-nagano"]),
        ("Nghe An y La Habana", "La provincia de Nghe An y La Habana firmaron un acuerdo. Luego "
         "la delegación visitó Santiago de Cuba.", ["cu-havana"]),
        ("Nghe An et la Corée", "La province de Nghe An a signé un accord avec la Corée. La "
         "délégation s'est ensuite rendue à Lyon.", ["kr"]),
    ],
)  # fmt: skip
def test_a_later_stop_of_the_trip_is_not_a_partner(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    assert partner_ids(registries, headline, body) == expected


def test_a_region_set_off_after_the_city_it_locates_is_not_a_partner(
    registries: Registries,
) -> None:
    body = "Nghe An province signed a friendship agreement with Chuncheon City, Gangwon Province."
    assert partner_ids(registries, "Nghe An and Chuncheon", body) == ["kr-chuncheon"]
