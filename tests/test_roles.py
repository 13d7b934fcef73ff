import pytest

from digest.registries import Registries
from digest.roles import translate_role


@pytest.mark.parametrize(
    ("role", "vietnamese"),
    [
        ("Director of the Department of Foreign Affairs", "Giám đốc Sở Ngoại vụ"),
        ("Chairman of the Commune People's Committee", "Chủ tịch Ủy ban nhân dân xã"),
        ("Deputy Secretary of the Provincial Party Committee", "Phó Bí thư Tỉnh ủy"),
        ("Deputy Chairman of the Management Board of the Economic Zone",
         "Phó Chủ tịch Ban Quản lý Khu kinh tế"),
        ("Representative of the project", "Đại diện dự án"),
        ("resident of Huoi Bao village", "Người dân thôn Huoi Bao"),
        ("Party Secretary", "Bí thư"),
    ],
)  # fmt: skip
def test_drafted_roles_read_back_in_vietnamese(
    role: str, vietnamese: str, registries: Registries
) -> None:
    assert translate_role(role, "vi", registries) == vietnamese
    assert translate_role(role, "en", registries) == role


def test_free_text_roles_are_left_to_the_page(registries: Registries) -> None:
    assert translate_role("Chief organiser of the tea seminar", "vi", registries) is None
    assert translate_role("Director of the Tea Seminar", "vi", registries) is None
