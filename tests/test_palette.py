"""The pictures' colours pass WCAG 2.2 AA on a real build: text 4.5:1 against the page, every
shape a reader must see 3:1 against the page and against the land it sits on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from digest.site import palette
from digest.site.palette import contrast

pytestmark = pytest.mark.site

PICTURE = re.compile(r'<figure class="(map|chart)[^"]*">.*?</figure>', re.S)
PAINT = re.compile(r'<(\w+)[^>]*?\b(fill|stroke)="(#[0-9a-fA-F]{6})"')
TEXT = re.compile(r'<text[^>]*\bfill="(#[0-9a-fA-F]{6})"')
# The ground pictures are drawn on: the page, and on a map the countries without stories.
GROUND = {"map": {palette.PAPER, palette.LAND, palette.SEA}, "chart": {palette.PAPER}}
PAGES = ("index.html", "provinces/index.html", "partners/index.html", "archives/index.html",
         "provinces/lai-chau/index.html", "partners/cn-yunnan/index.html")  # fmt: skip


def test_the_ratio_is_computed_as_wcag_defines_it() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == 1


@pytest.mark.parametrize("prefix", ["", "vi/"])
def test_every_colour_in_the_pictures_stands_out_from_its_ground(site: Path, prefix: str) -> None:
    shapes: dict[str, set[str]] = {"map": set(), "chart": set()}
    texts: set[str] = set()
    for page in PAGES:
        html = (site / prefix / page).read_text(encoding="utf-8")
        for match in PICTURE.finditer(html):
            kind, picture = match.group(1), match.group(0)
            shapes[kind] |= {colour.lower() for _, _, colour in PAINT.findall(picture)}
            texts |= {colour.lower() for colour in TEXT.findall(picture)}
    assert len(shapes["map"]) >= 6 and len(shapes["chart"]) >= 3, shapes
    for kind, colours in shapes.items():
        for colour in colours - GROUND[kind]:
            worst = min(contrast(colour, ground) for ground in GROUND[kind])
            assert worst >= 3, f"{kind}: {colour}: {worst:.2f}:1"
    assert texts, "the charts' labels are measured too"
    for colour in texts:
        assert contrast(colour, palette.PAPER) >= 4.5, colour
