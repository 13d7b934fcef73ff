"""Embassies, consulates, ministries, universities and chambers are partners of their own kind,
never their country (composed sentences, invented events)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.drafting import draft_text
from digest.registries import Registries
from tools.evaluation import score_partner_kinds


def partners(registries: Registries, text: str) -> list[tuple[str, str]]:
    drafted = draft_text(text, Path("article.txt"), registries)
    return [(p["id"], p["kind"]) for p in drafted.partners]


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Nghe An and the Embassy of Japan discuss scholarships",
         "Leaders of Nghe An province received a delegation of the Embassy of Japan in Hanoi.",
         ["jp-embassy"]),
        ("Nghệ An làm việc với Đại sứ quán Nhật Bản",
         "Lãnh đạo tỉnh Nghệ An tiếp đoàn Đại sứ quán Nhật Bản và Tổng Lãnh sự quán Hàn Quốc "
         "tại Đà Nẵng.",
         ["jp-embassy", "kr-consulate-general"]),
        ("Nghe An reçoit l'ambassade du Japon",
         "La province de Nghe An a reçu l'ambassade du Japon et le consulat général de France.",
         ["jp-embassy", "fr-consulate-general"]),
        ("Нгеан и посольство Японии",
         "Руководство провинции Нгеан приняло делегацию посольства Японии.", ["jp-embassy"]),
        ("义安省会见老挝驻岘港总领事馆代表团",
         "越南义安省领导会见了老挝驻岘港总领事馆官员。", ["la-consulate-general"]),
        ("응에안성, 일본대사관과 협력", "응에안성 지도부는 주베트남 일본대사관 대표단을 접견했다.",
         ["jp-embassy"]),
        ("نغي آن تستقبل وفد سفارة اليابان", "استقبلت قيادة مقاطعة نغي آن وفدا من سفارة اليابان.",
         ["jp-embassy"]),
        ("เหงะอานต้อนรับคณะสถานทูตญี่ปุ่น", "ผู้นำจังหวัดเหงะอานต้อนรับคณะจากสถานทูตญี่ปุ่น",
         ["jp-embassy"]),
        ("Nghe An and Cambodia's Ministry of Labour sign a plan",
         "Nghe An province and the Ministry of Labour of Cambodia signed a plan on training.",
         ["kh-ministry-of-labour"]),
    ],
)  # fmt: skip
def test_a_mission_or_ministry_named_with_its_country_is_an_organisation(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    found = partners(registries, f"{headline}\n02/05/2025\n{body}\n")
    assert [pid for pid, _ in found] == expected
    assert {kind for _, kind in found} == {"organisation"}


def test_vietnams_own_missions_are_not_partners(registries: Registries) -> None:
    text = (
        "Nghe An and Cuba sign a plan\n02/05/2025\n"
        "Nghe An province and Cuba signed a plan at the Embassy of Vietnam in Havana.\n"
    )
    assert partners(registries, text) == [("cu", "country")]


def test_a_mission_in_a_persons_title_stands_for_its_country(registries: Registries) -> None:
    text = (
        "Nghe An and Japan talk about fruit\n02/05/2025\n"
        "The agricultural counsellor of the Embassy of Japan, Sato Ken, visited Nghe An "
        "province on Monday.\n"
    )
    assert partners(registries, text) == [("jp", "country")]


def test_partners_are_scored_by_kind() -> None:
    gold = {"partners": [{"id": "jp-embassy", "kind": "organisation"},
                         {"id": "kr-busan", "kind": "city"}]}  # fmt: skip
    drafted = {"partners": [{"id": "jp", "kind": "country"}, {"id": "kr-busan", "kind": "city"}]}
    kinds = score_partner_kinds(gold, drafted)
    assert (kinds["organisation"].tp, kinds["organisation"].fn) == (0, 1)
    assert (kinds["country"].fp, kinds["city"].tp) == (1, 1)
