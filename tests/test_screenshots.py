"""Screenshots of the pages with pictures, in both interfaces at 1,280 and 390 px, as Debian's
Chromium draws them: every map and chart is drawn inside the viewport, and the shapes a reader
clicks (a province, a country, a partner in a network) are the topmost thing where they are.

Screenshots are written to the test's folder, and copied to $DIGEST_SCREENSHOTS when set, for
a person to look at (the issue asks for it before closing).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.accessibility import INTERFACES, WIDTHS, PageType, open_page
from tests.test_accessibility import chromium, seed_server  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

PAGES = (
    PageType("home", "/"),
    PageType("provinces", "/provinces/"),
    PageType("province", "/provinces/lai-chau/"),
    PageType("partner", "/partners/cn-yunnan/"),
    PageType("partners", "/partners/"),
)
# Whatever a reader clicks in a picture: a point inside its shape (its circle, if it has one:
# a country too small to see) must show that very link, not a neighbour drawn over it.
CLICKABLE = "figure.map svg a, figure.chart svg a"

TOPMOST = """links => links.filter(link => {
  link.scrollIntoView({block: "center"});
  const shape = link.querySelector("circle") || link.querySelector("path, rect");
  const box = shape.getBBox(), matrix = shape.getScreenCTM();
  for (let i = 1; i < 8; i++) for (let j = 1; j < 8; j++) {
    const point = new DOMPoint(box.x + box.width * i / 8, box.y + box.height * j / 8);
    if (!shape.isPointInFill(point)) continue;
    const screen = point.matrixTransform(matrix);
    const hit = document.elementFromPoint(screen.x, screen.y);
    if (hit !== null && hit.closest("a") === link) return false;
  }
  return true;
}).map(link => link.getAttribute("href"))"""


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("prefix", INTERFACES)
@pytest.mark.parametrize("page_type", PAGES, ids=[page.name for page in PAGES])
def test_pictures_are_drawn_inside_the_page_and_their_links_can_be_hit(
    seed_server: str,  # noqa: F811
    chromium,  # noqa: F811
    prefix: str,
    width: int,
    page_type: PageType,
    tmp_path: Path,
) -> None:
    page = open_page(chromium, seed_server + prefix, page_type, width)
    try:
        name = f"{page_type.name}-{prefix.strip('/') or 'en'}-{width}.png"
        page.screenshot(path=str(tmp_path / name), full_page=True)
        if os.environ.get("DIGEST_SCREENSHOTS"):
            shutil.copyfile(tmp_path / name, Path(os.environ["DIGEST_SCREENSHOTS"]) / name)
        pictures = page.locator("figure.map > svg, figure.chart > svg")
        assert pictures.count() >= 1
        for index in range(pictures.count()):
            box = pictures.nth(index).bounding_box()
            assert box is not None and box["height"] > 40 and box["width"] > 200, box
            assert box["x"] >= 0 and box["x"] + box["width"] <= width, box
        assert page.eval_on_selector_all(CLICKABLE, TOPMOST) == []
    finally:
        page.close()
