"""The world map of partners: its geometry (every country a partner can be in, Singapore marked,
no stroke across the map at the 180th meridian), its counts, and its links on a real build."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from digest.content_checks import load_entries
from digest.registries import Registries
from digest.site.formatting import Formatter
from digest.site.world_map import WIDTH, load_world, project, world_map

from .site_helpers import build_site

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "bad_inputs"
COUNTRY = re.compile(r'<a href="([^"]+)" class="country"><title>([^<]+)</title>(.*?)</a>', re.S)


@pytest.fixture(scope="module")
def world():  # type: ignore[no-untyped-def]
    return load_world()


def test_every_country_a_partner_can_be_in_is_on_the_map(world, registries: Registries) -> None:
    codes = {country.code for country in world.countries}
    assert {p.country for p in registries.partners.values() if p.country} <= codes
    assert len(codes) > 240  # every ISO 3166 country and territory, not only the large ones


def test_a_country_too_small_to_see_is_marked_where_it_is(world) -> None:
    shapes = {country.code: country for country in world.countries}
    singapore, china = shapes["SG"], shapes["CN"]
    assert singapore.small and not china.small and china.path
    x, y = project(103.82, 1.35)
    assert abs(singapore.x - x) < 3 and abs(singapore.y - y) < 3


def test_no_outline_crosses_the_map_at_the_180th_meridian(world) -> None:
    for country in world.countries:
        for part in country.path.split("M")[1:]:
            steps = part.split("l", 1)[1].rstrip("z").split()
            assert all(abs(float(step.split(",")[0])) < WIDTH / 2 for step in steps), country.code


def test_stories_are_counted_once_per_country_and_linked(world, registries: Registries) -> None:
    shown = world_map(world, registries, {"sg": {"a", "b"}, "sg-sce": {"b", "c"}, "fr": {"d"}})
    countries = {c.shape.code: c for c in shown.countries}
    assert [c.shape.code for c in shown.countries] == ["SG", "FR"]  # most stories first
    assert countries["SG"].stories == 3 and countries["SG"].partners == ("sg", "sg-sce")
    assert countries["FR"].stories == 1 and countries["FR"].partners == ("fr",)
    x, y, width, height = shown.view
    for code in ("SG", "FR", "VN"):
        left, top, right, bottom = (countries[code].shape if code in countries else shown.home).box
        assert x <= left and right <= x + width and y <= top and bottom <= y + height, code


@pytest.mark.site
@pytest.mark.parametrize("prefix", ["", "vi/"])
def test_partners_index_map_links_every_country_to_its_partners(site: Path, prefix: str) -> None:
    html = (site / prefix / "partners" / "index.html").read_text(encoding="utf-8")
    links = COUNTRY.findall(html)
    assert len(links) >= 5
    for href, _, _ in links:
        path, _, anchor = href.partition("#")
        assert (site / path.lstrip("/") / "index.html").is_file(), href
        if anchor:
            assert f'id="{anchor}"' in html, href
    hrefs = {title.split(":")[0]: href for href, title, _ in links}
    china = "Trung Quốc" if prefix else "China"
    # China has four partners with stories: its section of the index; India one: its page.
    assert hrefs[china] == f"/{prefix}partners/#country-cn"
    assert hrefs["Ấn Độ" if prefix else "India"] == f"/{prefix}partners/in/"
    assert '<title id="world-map-title">' in html and '<desc id="world-map-desc">' in html
    table = html[html.index('class="map-data"') :]
    assert f'href="/{prefix}partners/cn-yunnan/"' in table


@pytest.mark.site
def test_a_province_map_counts_only_that_provinces_stories(
    site: Path, registries: Registries
) -> None:
    stories: dict[str, set[str]] = {}
    for entry in load_entries(ROOT / "content" / "entries", registries):
        for partner in entry.partners if entry.province == "lang-son" else ():
            country = registries.partners[partner].country
            if country:
                stories.setdefault(country, set()).add(entry.story_id)
    fmt = Formatter("en", registries)
    expected = {f"{fmt.country(code)}: {len(ids)} stor{'y' if len(ids) == 1 else 'ies'}"
                for code, ids in stories.items()}  # fmt: skip
    html = (site / "provinces" / "lang-son" / "index.html").read_text(encoding="utf-8")
    assert {title for _, title, _ in COUNTRY.findall(html)} == expected
    assert "Map of the countries of Lang Son’s partners" in html


def test_a_small_partner_country_gets_a_circle_linking_to_its_one_partner(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CORPUS / "_valid" / "entries", content / "entries")
    entry = content / "entries" / "lang-son-example-de.md"
    entry.write_text(entry.read_text().replace("partners: [cn-guangxi, fr]", "partners: [sg-sce]"))
    output = tmp_path / "output"
    result = build_site(output, content=content)
    assert result.returncode == 0, result.stdout + result.stderr
    for prefix in ("", "vi/"):
        page = output / prefix / "provinces" / "lang-son" / "index.html"
        [(href, title, shapes)] = COUNTRY.findall(page.read_text(encoding="utf-8"))
        assert href == f"/{prefix}partners/sg-sce/"
        assert "<circle" in shapes and title.startswith("Singapore")
