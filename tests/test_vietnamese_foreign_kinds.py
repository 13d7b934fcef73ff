"""A foreign technical college or foundation a Vietnamese text names by its kind words and a
registry place (issue 13, seventeenth round, latin20); composed sentences."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import closed_partner_ids


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sáng 12/3, UBND tỉnh Quảng Trị tiếp đoàn công tác tỉnh Savannakhet (Lào). Ông "
         "Bounmy, Hiệu trưởng Trường Cao đẳng Kỹ thuật Savannakhet, cho biết nhà trường sẽ cử "
         "30 học viên sang học nghề.",
         "la-savannakhet-technical-college"),
        # A country's foundation takes the short name its bodies write (Korea).
        ("Sáng 5/6, UBND tỉnh Bắc Ninh tiếp đoàn công tác của Quỹ Hàn Quốc do ông Park "
         "Jin-woo dẫn đầu. Quỹ sẽ tài trợ 20 suất học bổng cho sinh viên của tỉnh.",
         "kr-korea-foundation"),
    ],
)  # fmt: skip
def test_a_foreign_college_or_foundation_is_drafted_by_its_place(
    registries: Registries, body: str, expected: str
) -> None:
    assert expected in closed_partner_ids(registries, "vi", "Hợp tác quốc tế", body)


def test_vietnam_s_own_college_is_no_partner(registries: Registries) -> None:
    got = closed_partner_ids(
        registries, "vi", "Hợp tác quốc tế",
        "Sáng 12/3, UBND tỉnh Quảng Trị tiếp đoàn công tác tỉnh Savannakhet (Lào) tại Trường "
        "Cao đẳng Kỹ thuật Quảng Trị. Hai bên thống nhất trao đổi 30 học viên.",
    )  # fmt: skip
    assert not [pid for pid in got if pid.endswith("technical-college")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The trade's words in Vietnamese close the English name.
        ("Sáng 12/3, UBND tỉnh Quảng Trị tiếp đoàn công tác tỉnh Savannakhet (Lào). Công ty "
         "TNHH Xuất nhập khẩu Bounthavy (Lào) ký hợp đồng mua 1.000 tấn phân bón.",
         "la-bounthavy-import-export"),
        # ... its seat, later in the sentence, says whose it is.
        ("Sáng 12/3, UBND tỉnh Quảng Trị tiếp đoàn công tác tỉnh Savannakhet (Lào). Công ty "
         "TNHH Cà phê Phoukhoun Highland (trụ sở tại tỉnh Champasak, Lào) đề xuất thu mua "
         "500 tấn cà phê.",
         "la-phoukhoun-highland-coffee"),
    ],
)  # fmt: skip
def test_a_foreign_company_named_after_its_trade_in_vietnamese_is_drafted(
    registries: Registries, body: str, expected: str
) -> None:
    assert expected in closed_partner_ids(registries, "vi", "Hợp tác quốc tế", body)
