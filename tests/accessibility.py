"""axe-core (npm, pinned in package-lock.json) and layout measures run in a Playwright page.

Shared by the accessibility tests: a page type to check is one entry in ``PAGES`` (a name and
its path below an interface prefix), so a new page type joins the axe runs by adding one line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
INTERFACES = ("", "/vi")
WIDTHS = (1280, 390)
# Every rule set axe ships except the experimental ones: WCAG A/AA/AAA-adjacent and best practice.
AXE_OPTIONS = {"resultTypes": ["violations"], "rules": {}}


@dataclass(frozen=True)
class PageType:
    name: str
    path: str  # below the interface prefix, e.g. "/provinces/lai-chau/"
    awaits: str = ""  # a selector to wait for before the run (search results, a drawn map)


PAGES: list[PageType] = [
    PageType("home", "/"),
    PageType("entry", "/entries/lai-chau-mo-rong-hoi-nhap-de/"),
    PageType("entry-rtl", "/entries/lang-son-tang-doi-ngoai-mo-rong-hop-ar/"),
    PageType("province", "/provinces/lai-chau/"),
    PageType("provinces", "/provinces/"),
    PageType("partner", "/partners/cn-guangxi/"),
    PageType("partners", "/partners/"),
    PageType("topic", "/topics/border/"),
    PageType("language", "/languages/de/"),
    PageType("archives", "/archives/"),
    PageType("archive-undated", "/archives/undated/"),
    PageType("search", "/search/"),
    PageType("search-results", "/search/?q=Guangxi", awaits="#search-results li"),
    PageType("about", "/about/"),
    PageType("404", "/404.html"),
]


def axe_violations(page: Any) -> list[str]:
    """Run axe-core on the loaded page; one line per violation: rule, impact and its targets."""
    if not AXE.is_file():
        raise FileNotFoundError(f"{AXE} is missing: run `invoke setup-system` (npm ci)")
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    return [
        f"{violation['id']} ({violation['impact']}): "
        + "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in results["violations"]
    ]


def horizontal_overflow(page: Any) -> int:
    """How many CSS pixels the page is wider than the viewport (0 when nothing scrolls sideways)."""
    return int(page.evaluate("document.documentElement.scrollWidth - window.innerWidth"))


def open_page(browser: Any, base: str, page_type: PageType, width: int) -> Any:
    """A new tab ``width`` px wide showing ``page_type`` below ``base``, once it has drawn."""
    # bypass_csp: the site's CSP rightly refuses inline scripts, and axe is added as one.
    page = browser.new_page(viewport={"width": width, "height": 900}, bypass_csp=True)
    page.goto(base + page_type.path)
    if page_type.awaits:
        page.wait_for_selector(page_type.awaits)
    return page


# Lines an element's text takes (the height of its text over its line height), and its words:
# a heading or table cell on more lines than it has words is breaking inside words, the letter
# by letter wrapping of a column squeezed too narrow ("N/ă/m"). A hyphen may end a line.
_LINES_AND_WORDS = """
[...document.querySelectorAll('main h1, main h2, main h3, main th, main td')]
  .filter(element => element.offsetParent !== null && element.textContent.trim())
  .map(element => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const style = getComputedStyle(element);
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
    return [element.textContent.trim().replace(/\\s+/g, ' '),
            Math.round(range.getBoundingClientRect().height / lineHeight),
            element.textContent.trim().split(/[\\s\\-\u2010\u2013]+/).length];
  })
"""


def words_broken(page: Any) -> list[tuple[str, int, int]]:
    """Headings and table cells set on more lines than they have words: (text, lines, words)."""
    measured = page.evaluate(_LINES_AND_WORDS)
    return [(text, lines, words) for text, lines, words in measured if lines > words]
