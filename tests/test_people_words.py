"""Words around a person's name in page-like articles: academic prefixes, a chamber's
chairman, verbs glued to a Chinese name (composed sentences, invented people;
vocabularies/roles.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.drafting import draft_text
from digest.registries import Registries


@pytest.mark.parametrize(
    ("page", "name"),
    [
        # A Vietnamese academic prefix stands where "ông" would.
        ("Nghệ An hợp tác với Trường Đại học Chiang Mai\n14/11/2025\nUBND tỉnh Nghệ An tiếp đoàn "
         "Trường Đại học Chiang Mai do PGS.TS Somchai Rattanakorn, Phó Hiệu trưởng nhà trường, "
         "dẫn đầu.\n", "Somchai Rattanakorn"),
        # The chairman of a Japanese chamber of commerce is its 会頭.
        ("浜松商議所、ビンズオン省と覚書\n2025年7月8日\n調印式はホテルで行われ、鈴木一郎会頭と"
         "ビンズオン省の代表が署名した。\n", "鈴木一郎"),
        # A verb of thanking right after a Chinese name ends it.
        ("云南大学与老街省合作\n2025-10-28\n老街省人民委员会副主席阮文平感谢云南大学多年来的支持。\n",
         "阮文平"),
    ],
)  # fmt: skip
def test_a_person_is_found_beside_these_words(registries: Registries, page: str, name: str) -> None:
    drafted = draft_text(page, Path("page.txt"), registries)
    assert name in [person["name"] for person in drafted.people]
