"""Korean places no registry lists are drafted under the names Korea writes them with (Revised
Romanization, syllables joined, sound changes written; composed sentences, invented events)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.drafting import draft_text
from digest.extract.unlisted import latin_reading
from digest.registries import Registries


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [("경산", "Gyeongsan"), ("원주", "Wonju"), ("강릉", "Gangneung"), ("신라", "Silla"),
     ("백마", "Baengma"), ("춘천", "Chuncheon")],
)  # fmt: skip
def test_a_korean_place_reads_as_korea_writes_it(hangul: str, latin: str) -> None:
    assert latin_reading(hangul, "ko") == latin


def test_an_unlisted_korean_city_gets_its_korean_id(registries: Registries) -> None:
    page = (
        "원주시, 베트남 닌빈성과 업무협약\n2025.05.15\n한국 강원도 원주시는 베트남 닌빈성과 "
        "업무협약을 했다고 15일 밝혔다.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert [p["id"] for p in drafted.partners] == ["kr-wonju"]


def test_the_press_short_form_of_a_province_locates_a_city(registries: Registries) -> None:
    # "강원 원주시": Korean papers write 강원 for 강원도, as 충북 for 충청북도.
    page = (
        "원주시, 베트남 닌빈성과 업무협약\n2025.05.15\n강원 원주시는 베트남 닌빈성과 업무협약을 "
        "했다고 15일 밝혔다.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert [p["id"] for p in drafted.partners] == ["kr-wonju"]
