from pathlib import Path

import pytest

from digest.errors import InputError
from digest.registry_records import load_partners, load_provinces
from digest.text import fold


def test_thirty_four_current_units_and_their_former_ones(registries) -> None:
    current = registries.current_provinces()
    assert len(current) == 34
    assert len(registries.provinces) == 63
    assert registries.provinces["ha-giang"].current_id == "tuyen-quang"
    assert registries.provinces["yen-bai"].current_id == "lao-cai"
    assert {p.id for p in registries.absorbed_by("ho-chi-minh")} == {
        "binh-duong",
        "ba-ria-vung-tau",
    }
    for unit in ("lai-chau", "lang-son", "lao-cai", "hue", "da-nang", "ho-chi-minh"):
        assert registries.provinces[unit].is_current


def test_no_name_points_at_two_provinces(registries) -> None:
    owner: dict[str, str] = {}
    for province in registries.provinces.values():
        for name in (province.name_vi, province.name_en, *province.aliases):
            key = fold(name)
            assert owner.setdefault(key, province.id) == province.id, name


def test_countries_come_from_cldr_in_every_language(registries) -> None:
    china = registries.partners["cn"]
    assert china.kind == "country" and china.name_vi == "Trung Quốc"
    assert "Chiny" in china.names_by_lang["pl"]
    assert "中国" in china.names_by_lang["ja"]
    assert "vn" not in registries.partners


def test_partners_named_by_the_issue_exist(registries) -> None:
    for partner_id in ("cn-yunnan", "cn-guangxi", "cn-honghe", "kr-mungyeong",
                       "fr-nouvelle-aquitaine", "by-brest"):  # fmt: skip
        partner = registries.partners[partner_id]
        assert partner.name_en and partner.name_vi and partner.country


def test_registry_errors_name_file_record_and_field(tmp_path: Path) -> None:
    path = tmp_path / "provinces.yaml"
    path.write_text(
        "units:\n"
        "  - {id: a, name_vi: A, name_en: A, type: province}\n"
        "  - {id: b, name_vi: B, name_en: B, type: town, merged_into: zzz}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as raised:
        load_provinces(path)
    messages = [str(p) for p in raised.value.problems]
    assert any("units[1].type" in m and "town" in m for m in messages)
    assert any("units[1].merged_into" in m and "zzz" in m for m in messages)


def test_yaml_boolean_country_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "partners.yaml"
    path.write_text(
        "partners:\n  - {id: no-oslo, kind: city, country: NO, name_en: Oslo, name_vi: Oslo}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as raised:
        load_partners(path)
    assert "partners[0].country" in str(raised.value)
    assert "False" in str(raised.value)
