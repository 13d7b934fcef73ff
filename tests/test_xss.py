"""No contributed text runs script: the real site built from entries full of XSS payloads.

Payloads live in ``tests/xss/``: ``bodies/*.md`` go into entry bodies (Markdown, sanitised by
digest/site/body.py), ``field_payloads.txt`` into the free-text front-matter fields (title,
outlet, people's name, name_latin and role, escaped by the templates) and ``url_payloads.txt``
into ``source_url`` (http(s) URLs that pass validation but try to break out of the attribute).
Each body payload gets its own entry, so that an unclosed tag cannot hide the payloads after it;
entries are paired into stories so that edition links carry the titles too.

Every HTML page and every feed is then read with html.parser (attributes, tags, script) and
checked with regexes on the raw bytes (tags a parser might read differently from a browser).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from digest import frontmatter
from digest.registries import default_registries
from digest.site.entries import TextStore, read_entry
from digest.site.search_terms import SearchTerms
from tests.site_helpers import ROOT, build_site

pytestmark = pytest.mark.site

PAYLOADS = Path(__file__).resolve().parent / "xss"
BODIES = sorted((PAYLOADS / "bodies").glob("*.md"))
# Payloads that hold an image once sanitised: no image can show on the site, so the build
# refuses these entries (tested below) and builds the others.
IMAGE_BODIES = frozenset({"03-img-onerror", "17-img-javascript", "18-img-data-svg",
                          "19-img-srcset", "29-noscript-mxss", "38-markdown-image",
                          "39-markdown-image-alt-breakout"})  # fmt: skip
BUILT = tuple((index, body) for index, body in enumerate(BODIES) if body.stem not in IMAGE_BODIES)
FIELD_PAYLOADS = (PAYLOADS / "field_payloads.txt").read_text(encoding="utf-8").splitlines()
URL_PAYLOADS = (PAYLOADS / "url_payloads.txt").read_text(encoding="utf-8").splitlines()
BASE_ENTRY = ROOT / "content" / "entries" / "lai-chau-mo-rong-hoi-nhap-de.md"
INTERFACES = ("", "vi/")

# The only scripts a page may carry: the search page's own module and its inert JSON labels.
SEARCH_SCRIPT = {"type": "module", "src": "/theme/js/search.js"}
SEARCH_LABELS = {"type": "application/json", "id": "search-labels"}
FORBIDDEN_TAGS = frozenset({"iframe", "object", "embed", "style", "base", "svg", "math", "frame",
                            "frameset", "applet", "isindex", "textarea", "template"})  # fmt: skip
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "poster", "data",
                            "background", "ping", "cite", "srcset", "manifest"})  # fmt: skip
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")
C0_AND_SPACE = "".join(chr(code) for code in range(0x21))
RAW_FORBIDDEN = re.compile(
    r"<(?:iframe|object|embed|style|base|svg|math|frame|frameset|applet|isindex)\b"
    r"|<meta[^>]*http-equiv\s*=\s*[\"']?refresh"
    r"|<[a-zA-Z][^<>]*\ssrcdoc\b",
    re.IGNORECASE,
)
# The theme's own pictures (theme/templates/_maps.html, _charts.html): inline SVG maps and
# charts, named by their own title and description, and the maps' key swatches.
THEME_SVG = re.compile(
    r'<svg viewBox="[\d.]+ [\d.]+ [\d.]+ [\d.]+" width="[\d.]+" height="[\d.]+" '
    r'(?:role="img" )?aria-labelledby="([a-z0-9-]+)-title \1-desc">'
    r'|<svg width="16" height="16" aria-hidden="true">'
)
RAW_SCRIPT = re.compile(r"<script\b[^>]*>", re.IGNORECASE)
# Template syntax written in titles and bodies must reach the reader as typed.
INJECTED = ("TI-{{ 7*7 }}-TI", "TR-{% raw %}{{ 7*7 }}{% endraw %}-TR")
EVALUATED = ("TI-49-TI", "TR-{{ 7*7 }}-TR", "TR-49-TR")


def entry_text(index: int, body_path: Path) -> str:
    """One entry: the base entry's facts, payloads in every free-text field and the body."""
    base = frontmatter.read(BASE_ENTRY).data

    def payload(offset: int) -> str:
        return FIELD_PAYLOADS[(index + offset) % len(FIELD_PAYLOADS)]

    data = {
        **base,
        "slug": f"xss-{index:02d}",
        "story_id": f"xss-story-{index // 2:02d}",
        "lang": ("de", "pl")[index % 2],  # two editions of a story: one per language
        "title": payload(0),
        "outlet": payload(1),
        "source_url": URL_PAYLOADS[index % len(URL_PAYLOADS)],
        "people": [
            # A role the roles vocabulary cannot read is written in each interface language.
            {
                "name": payload(2),
                "name_latin": payload(3),
                "role": {"en": payload(4), "vi": payload(4)},
            },
            {
                "name": payload(5),
                "name_latin": payload(5),
                "role": {"en": payload(6), "vi": payload(6)},
            },
        ],
    }
    body = body_path.read_text(encoding="utf-8")
    return frontmatter.dump(data, f"Marker {body_path.stem} start.\n\n{body}\n\nMarker end.")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    content = tmp_path_factory.mktemp("xss-content")
    entries = content / "entries"
    entries.mkdir()
    for index, body in BUILT:
        (entries / f"xss-{index:02d}.md").write_text(entry_text(index, body), encoding="utf-8")
    output = tmp_path_factory.mktemp("xss-site")
    result = build_site(output, content=content)
    assert result.returncode == 0, result.stderr + result.stdout
    return output


class Audit(HTMLParser):
    """What in one HTML document or fragment could run script, read as html.parser reads it."""

    def __init__(self, *, search_page: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.search_page = search_page
        self.problems: list[str] = []
        self.text: list[str] = []
        self.csp: list[str] = []
        self.json_blocks: list[str] = []
        self.scripts = 0
        self.loads_before_csp = 0
        self._script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        where = f"<{tag} {' '.join(f'{k}={v!r}' for k, v in attrs)}>"
        theme_svg = tag == "svg" and THEME_SVG.fullmatch(self.get_starttag_text() or "")
        if tag in FORBIDDEN_TAGS and not theme_svg:
            self.problems.append(f"forbidden tag {where}")
        self._check_attributes(attrs, where)
        equiv = (values.get("http-equiv") or "").lower()
        if tag == "meta" and equiv == "refresh":
            self.problems.append(f"meta refresh {where}")
        if tag == "meta" and equiv == "content-security-policy":
            self.csp.append(values.get("content") or "")
        if tag in ("script", "link", "img") and not self.csp:
            self.loads_before_csp += 1
        action = values.get("action") or ""
        if tag == "form" and (not action.startswith("/") or action.startswith("//")):
            self.problems.append(f"form posting off the site {where}")
        if tag == "script":
            self.scripts += 1
            self._script = values
            if not (self.search_page and values in (SEARCH_SCRIPT, SEARCH_LABELS)):
                self.problems.append(f"script {where}")

    def _check_attributes(self, attrs: list[tuple[str, str | None]], where: str) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler attribute {name} in {where}")
            if name in ("srcdoc", "style"):
                self.problems.append(f"{name} attribute in {where}")
            if name in URL_ATTRIBUTES and value is not None:
                for url in value.split(",") if name == "srcset" else [value]:
                    if _scheme_is_bad(url):
                        self.problems.append(f"{name}={url!r} in {where}")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script == SEARCH_LABELS:
            self.json_blocks.append(data)
        elif self._script is not None:
            self.problems.append(f"inline script {data[:80]!r}")
        self.text.append(data)


def _scheme_is_bad(url: str) -> bool:
    # As a browser reads a URL: leading spaces and control characters, tabs and newlines go.
    cleaned = re.sub(r"[\t\n\r]", "", url.lstrip(C0_AND_SPACE))
    return cleaned.lower().startswith(BAD_SCHEMES)


def audit(html: str, *, search_page: bool = False) -> Audit:
    checker = Audit(search_page=search_page)
    checker.feed(html)
    checker.close()
    for match in RAW_SCRIPT.finditer(html):
        allowed = (
            '<script type="module" src="/theme/js/search.js">',
            '<script type="application/json" id="search-labels">',
        )
        if not (search_page and match.group(0) in allowed):
            checker.problems.append(f"raw {match.group(0)}")
    checker.problems += [f"raw {m.group(0)}" for m in RAW_FORBIDDEN.finditer(html)
                         if not THEME_SVG.match(html, m.start())]  # fmt: skip
    for block in checker.json_blocks:
        json.loads(block)  # an intact data block: nothing broke out of it
        if "<" in block:
            checker.problems.append("'<' inside the JSON labels block: use |tojson")
    return checker


def csp_directives(policy: str) -> dict[str, list[str]]:
    return {parts[0]: parts[1:] for part in policy.split(";") if (parts := part.split())}


def html_pages(site: Path) -> list[Path]:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 2 * len(BUILT)
    return pages


def feeds(site: Path) -> list[Path]:
    found = sorted(site.rglob("atom.xml")) + sorted(site.rglob("rss.xml"))
    assert found
    return found


@pytest.mark.parametrize(
    "html",
    [
        "<script>alert(1)</script>",
        '<script type="module" src="/theme/js/search.js"></script>',
        "<img src=x onerror=alert(1)>",
        "<p ONMOUSEOVER=alert(1)>x</p>",
        '<a href=" &#x01;jav&#x09;ascript:alert(1)">x</a>',
        '<a href="DATA:text/html,x">x</a>',
        '<img srcset="https://example.com/a.png 1x, vbscript:x 2x">',
        '<form action="javascript:alert(1)"></form>',
        '<form action="https://evil.example/"></form>',
        '<iframe srcdoc="x"></iframe>',
        '<p srcdoc="x">x</p>',
        "<object data=x></object>",
        "<EMBED src=x>",
        "<style>p{}</style>",
        '<p style="width: expression(alert(1))">x</p>',
        '<base href="https://evil.example/">',
        '<meta http-equiv="Refresh" content="0;url=https://evil.example/">',
        "<svg><a>x</a></svg>",
        "<math></math>",
    ],
)
def test_the_audit_catches_what_it_looks_for(html: str) -> None:
    assert audit(html).problems, html


def test_the_audit_lets_escaped_text_through() -> None:
    escaped = "<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=alert(1) javascript:x srcdoc</p>"
    assert audit(escaped).problems == []
    assert audit('<a href="https://javascript:x@example.com/">x</a>').problems == []


def test_the_payloads_are_many_and_all_built(site: Path) -> None:
    assert len(BODIES) + len(FIELD_PAYLOADS) + len(URL_PAYLOADS) >= 30
    assert len(BUILT) >= 30
    for index, body in BUILT:
        for prefix in INTERFACES:
            page = site / prefix / "entries" / f"xss-{index:02d}" / "index.html"
            assert f"Marker {body.stem} start." in page.read_text(encoding="utf-8")


def test_no_page_can_run_script(site: Path) -> None:
    problems: list[str] = []
    for page in html_pages(site):
        search_page = page.parent.name == "search"
        found = audit(page.read_text(encoding="utf-8"), search_page=search_page)
        problems += [f"{page.relative_to(site)}: {p}" for p in found.problems]
        if search_page:
            assert 1 <= found.scripts <= 2, f"{page}: the search module (and its labels)"
    assert not problems, "\n".join(problems[:60])


def test_every_page_forbids_inline_script(site: Path) -> None:
    for page in html_pages(site):
        found = audit(page.read_text(encoding="utf-8"), search_page=page.parent.name == "search")
        assert len(found.csp) == 1, f"{page}: one Content-Security-Policy meta"
        assert found.loads_before_csp == 0, f"{page}: the policy must come before what it governs"
        policy = csp_directives(found.csp[0])
        script_src = policy.get("script-src", [])
        assert "'self'" in script_src, f"{page}: {found.csp[0]}"
        for loose in ("'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"):
            assert loose not in script_src, f"{page}: script-src allows {loose}"
            assert loose not in policy.get("default-src", []), f"{page}: default-src {loose}"
        assert policy.get("object-src") == ["'none'"], page
        assert policy.get("base-uri") == ["'self'"], page


def test_no_feed_item_can_run_script(site: Path) -> None:
    problems: list[str] = []
    items: list[str] = []
    for path in feeds(site):
        raw = path.read_text(encoding="utf-8")
        name = path.relative_to(site)
        problems += [f"{name}: raw {m.group(0)}" for m in RAW_SCRIPT.finditer(raw)]
        problems += [f"{name}: raw {m.group(0)}" for m in RAW_FORBIDDEN.finditer(raw)]
        for element in ET.fromstring(raw).iter():
            href = element.get("href")
            if href is not None and _scheme_is_bad(href):
                problems.append(f"{name}: href {href!r}")
            tag = element.tag.rsplit("}", 1)[-1]
            if tag in ("description", "summary", "content") and element.text:
                # The XML parser has unescaped the item's HTML once, as a feed reader does.
                items.append(element.text)
                problems += [f"{name}: {tag}: {p}" for p in audit(element.text).problems]
    assert not problems, "\n".join(problems[:60])
    # The outlets' payloads did reach the items, as text.
    assert any("&lt;script&gt;alert(" in item for item in items)


def test_field_payloads_are_shown_as_typed(site: Path) -> None:
    # Escaped once, neither dropped nor escaped twice: the reader sees what the editor wrote.
    for index, _ in BUILT:
        page = site / "entries" / f"xss-{index:02d}" / "index.html"
        text = "".join(audit(page.read_text(encoding="utf-8")).text)
        shown = [FIELD_PAYLOADS[(index + offset) % len(FIELD_PAYLOADS)] for offset in range(7)]
        for payload in shown:
            assert payload in text, f"{page}: {payload!r} is not shown as typed"


def test_template_syntax_is_never_evaluated(site: Path) -> None:
    text_seen = ""
    for path in [*html_pages(site), *feeds(site)]:
        raw = path.read_text(encoding="utf-8")
        for evaluated in EVALUATED:
            assert evaluated not in raw, f"{path}: {evaluated}"
        if path.suffix == ".html":
            text_seen += "".join(audit(raw).text)
    for written in INJECTED:
        assert written in text_seen


class _BodyLinks(HTMLParser):
    """The links inside an entry page's article body, as (href, text)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # of <div> elements, from the body's own
        self.link: tuple[str | None, list[str]] | None = None
        self.links: list[tuple[str | None, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "div" and (self.depth or "body" in (values.get("class") or "").split()):
            self.depth += 1
        if tag == "a" and self.depth:
            self.link = (values.get("href"), [])

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self.depth:
            self.depth -= 1
        if tag == "a" and self.link is not None:
            self.links.append((self.link[0], "".join(self.link[1])))
            self.link = None

    def handle_data(self, data: str) -> None:
        if self.link is not None:
            self.link[1].append(data)


def test_pelican_link_syntax_in_a_body_is_left_as_written(tmp_path: Path) -> None:
    # Pelican rewrites href="{filename}…", "{static}…", "{index}" in content after our sanitiser
    # has run, and warns (a fatal warning in a strict build) when the target does not exist:
    # article text copied from a news site must neither be rewritten nor break the build.
    entries = tmp_path / "content" / "entries"
    entries.mkdir(parents=True)
    body = "See [the report]({filename}/report.md) and [home]({index})."
    data = {**frontmatter.read(BASE_ENTRY).data, "slug": "braces", "story_id": "braces"}
    (entries / "braces.md").write_text(frontmatter.dump(data, body), encoding="utf-8")
    result = build_site(tmp_path / "site", content=tmp_path / "content")
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    links = _BodyLinks()
    links.feed((tmp_path / "site" / "entries" / "braces" / "index.html").read_text("utf-8"))
    assert links.links == [("{filename}/report.md", "the report"), ("{index}", "home")]


def test_the_payloads_holding_an_image_are_refused(tmp_path: Path) -> None:
    """An image in a body would be a broken picture (no entry carries image files, and the
    pages load none from another site): the build names the entry instead."""
    registries = default_registries()
    refused = set()
    for index, body in enumerate(BODIES):
        entry = tmp_path / f"xss-{index:02d}.md"
        entry.write_text(entry_text(index, body), encoding="utf-8")
        problems = read_entry(entry, SearchTerms(registries), TextStore(tmp_path / "texts"))
        if isinstance(problems, list):  # else the entry as read
            assert [p.field for p in problems] == ["body"]
            assert "image" in problems[0].message and "cannot be shown" in problems[0].message
            refused.add(body.stem)
    assert refused == IMAGE_BODIES
