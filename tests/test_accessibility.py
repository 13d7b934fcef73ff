"""Every page type in both interfaces at desktop and phone widths, as Debian's Chromium shows it:
axe-core finds no violation (best practice included), nothing scrolls sideways at 390 px, search
controls can be hit with a thumb and read without zooming, the header keeps to one line at 1,280 px.

A new page type joins these runs by adding it to ``tests.accessibility.PAGES``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.accessibility import (
    INTERFACES,
    PAGES,
    WIDTHS,
    PageType,
    axe_violations,
    horizontal_overflow,
    open_page,
    words_broken,
)
from tests.test_browser import CHROMIUM, _serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def chromium():  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox"]
        )
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def seed_server(site: Path) -> Iterator[str]:
    yield from _serve(site)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("prefix", INTERFACES)
@pytest.mark.parametrize("page_type", PAGES, ids=[page.name for page in PAGES])
def test_no_axe_violation_and_no_sideways_scroll(
    seed_server: str,
    chromium,
    prefix: str,
    width: int,
    page_type: PageType,
) -> None:
    page = open_page(chromium, seed_server + prefix, page_type, width)
    try:
        assert page.evaluate("document.documentElement.lang") == (prefix.strip("/") or "en")
        assert axe_violations(page) == []
        assert horizontal_overflow(page) <= 0, f"{page_type.path} scrolls sideways at {width} px"
        assert words_broken(page) == [], f"{page_type.path} breaks words at {width} px"
    finally:
        page.close()


SEARCH = PageType("search-results", "/search/?q=Guangxi", awaits="#search-results li")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("prefix", INTERFACES)
def test_search_controls_are_44_px_with_16_px_text(
    seed_server: str,
    chromium,
    prefix: str,
    width: int,
) -> None:
    page = open_page(chromium, seed_server + prefix, SEARCH, width)
    controls = page.evaluate(
        """[...document.querySelectorAll('input, select, button')]
             .filter(control => control.offsetParent !== null)
             .map(control => [control.id || control.textContent.trim(),
                              control.getBoundingClientRect().height,
                              parseFloat(getComputedStyle(control).fontSize)])"""
    )
    body_text = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)"
    )
    page.close()
    assert len(controls) >= 4, controls  # the header's box and button, the query, the order
    assert [c for c in controls if c[1] < 44 or c[2] < 16] == []
    assert body_text >= 16


@pytest.mark.parametrize("prefix", INTERFACES)
def test_header_keeps_to_one_line_at_1280_px(seed_server: str, chromium, prefix: str) -> None:
    page = open_page(chromium, seed_server + prefix, PAGES[0], 1280)
    tops = page.evaluate(
        "[...document.querySelectorAll('.site-header > *')]"
        ".map(part => Math.round(part.getBoundingClientRect().top + part.offsetHeight / 2))"
    )
    page.close()
    assert len(tops) == 4 and max(tops) - min(tops) <= 4, tops  # brand, nav, search, language


@pytest.mark.parametrize("prefix", INTERFACES)
def test_search_filters_line_up_on_a_phone(seed_server: str, chromium, prefix: str) -> None:
    """At 390 px each filter list sat beside or under its name depending on how long its
    options were: the lists started at five different places."""
    page = open_page(chromium, seed_server + prefix, SEARCH, 390)
    rows = page.evaluate(
        """[...document.querySelectorAll('#search-filters p')].map(row => {
             const name = row.querySelector('label').getBoundingClientRect();
             const list = row.querySelector('select').getBoundingClientRect();
             return [Math.round(list.left), Math.round(list.right),
                     list.top < name.bottom && name.top < list.bottom];
           })"""
    )
    page.close()
    assert len(rows) >= 4, rows  # province, partner, language, topic (and year)
    assert len({left for left, _, _ in rows}) == 1, rows  # one column of lists
    assert len({right for _, right, _ in rows}) == 1, rows  # each as wide as the others
    assert all(beside for _, _, beside in rows), rows  # on its name's line
