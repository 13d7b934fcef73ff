"""The map of Vietnam on a real build: one linked shape per current unit, in the page's own
interface, shaded by stories, and the geometry matching the province registry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from digest.registries import load_registries
from digest.site.vietnam_map import load_geometry

pytestmark = pytest.mark.site

UNIT = re.compile(r'<a href="([^"]+)" class="unit"><title>([^<]+)</title><path d="[^"]+" '
                  r'fill="([^"]+)"')  # fmt: skip


def test_every_current_unit_has_exactly_one_shape_made_of_its_former_units() -> None:
    registries = load_registries()
    geometry = load_geometry(registries)
    current = sorted(p.id for p in registries.current_provinces())
    assert [unit.id for unit in geometry.units] == current
    drawn = {former for unit in geometry.units for former in unit.former}
    absorbed = {p.id for p in registries.provinces.values() if not p.is_current}
    assert drawn == absorbed
    assert geometry.former_borders, "merged units show their former borders"


@pytest.mark.parametrize(("prefix", "page"), [("", ""), ("", "provinces/"), ("vi/", ""),
                                             ("vi/", "provinces/")])  # fmt: skip
def test_the_map_links_34_units_to_their_pages_in_the_same_interface(
    site: Path, prefix: str, page: str
) -> None:
    html = (site / prefix / page / "index.html").read_text(encoding="utf-8")
    units = UNIT.findall(html)
    assert len(units) == 34
    hrefs = {href for href, _, _ in units}
    assert len(hrefs) == 34
    assert all(re.fullmatch(f"/{prefix}provinces/[a-z-]+/", href) for href in hrefs)
    assert all((site / href.lstrip("/") / "index.html").is_file() for href in hrefs)
    titles = {href.split("/")[-2]: title for href, title, _ in units}
    if prefix == "vi/":
        assert titles["ha-noi"].startswith("Hà Nội")
        assert "Hà Giang" in titles["tuyen-quang"]  # the former unit it absorbed
    else:
        assert titles["ha-noi"].startswith("Hanoi")
        assert "Ha Giang" in titles["tuyen-quang"]
    fills = {href.split("/")[-2]: fill for href, _, fill in units}
    seeded = {"lai-chau", "lang-son", "lao-cai"}
    assert {fills[p] for p in seeded}.isdisjoint({fills["ha-noi"], fills["hue"]})
    assert '<title id="vn-map-title">' in html and '<desc id="vn-map-desc">' in html
    table = html[html.index('class="map-data"') :]
    assert f'href="/{prefix}provinces/lai-chau/"' in table


def test_a_unit_without_a_shape_fails_the_build_naming_it(tmp_path: Path) -> None:
    import dataclasses

    from digest.site.vietnam_map import MapError

    registries = load_registries()
    extra = dataclasses.replace(registries.provinces["hue"], id="atlantis", name_en="Atlantis")
    provinces = {**registries.provinces, "atlantis": extra}
    with pytest.raises(MapError, match="no shape on the map of Vietnam for atlantis"):
        load_geometry(dataclasses.replace(registries, provinces=provinces))


def test_the_archipelagos_are_in_insets_east_of_the_mainland_linked_to_their_units() -> None:
    registries = load_registries()
    geometry = load_geometry(registries)
    assert {(a.id, a.province) for a in geometry.archipelagos} == {
        ("hoang-sa", "da-nang"), ("truong-sa", "khanh-hoa")}  # fmt: skip
    mainland = [
        float(x) for unit in geometry.units for x in re.findall(r"[ML]([\d.]+),", unit.path)
    ]
    for archipelago in geometry.archipelagos:
        x, y, width, height = archipelago.frame
        assert max(mainland) < x and x + width <= geometry.width and y + height <= geometry.height
        assert len(archipelago.islands) >= 5
        assert all(x < ix < x + width and y < iy < y + height for ix, iy in archipelago.islands)
    hoang_sa, truong_sa = sorted(geometry.archipelagos, key=lambda a: a.id)
    assert hoang_sa.frame[1] + hoang_sa.frame[3] < truong_sa.frame[1]  # north above south


@pytest.mark.parametrize("prefix", ["", "vi/"])
def test_the_archipelagos_link_to_the_units_they_belong_to(site: Path, prefix: str) -> None:
    html = (site / prefix / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"]+)" class="archipelago"><title>([^<]+)</title>', html)
    assert [href for href, _ in links] == [f"/{prefix}provinces/da-nang/",
                                           f"/{prefix}provinces/khanh-hoa/"]  # fmt: skip
    assert ("Quần đảo Hoàng Sa" if prefix else "Hoàng Sa archipelago") in links[0][1]
