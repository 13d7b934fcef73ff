"""Checks of a built site (digest.built_site_checks) on tiny hand-written sites: each breaks one thing.

The HTML tests run the real Nu checker, so they need Java and node_modules/vnu-jar: they fail,
never skip, where those are missing (``invoke setup-system`` installs both).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from digest.built_site_checks import (
    VNU_JAR,
    check_feeds,
    check_html,
    check_links,
    check_site,
    check_sitemap,
    feed_files,
    html_pages,
    settings_site_url,
)
from digest.errors import Problem
from tests.site_helpers import ROOT

SITE_URL = "http://example.org"


def html(body: str, title: str = "Page") -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        '<link rel="stylesheet" href="/theme/site.css">\n'
        '<link rel="alternate" type="application/atom+xml" title="Feed" href="/feeds/atom.xml">\n'
        "</head>\n"
        "<body>\n"
        f"{body}\n"
        "</body>\n"
        "</html>\n"
    )


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>Mini</title>
<link href="http://example.org/" rel="alternate"/>
<id>tag:example.org,2025-07-01:/feeds/atom.xml</id>
<updated>2025-07-01T00:00:00Z</updated>
<entry>
<title>A</title>
<link href="http://example.org/a/" rel="alternate"/>
<id>{first}</id>
<updated>2025-07-01T00:00:00Z</updated>
</entry>
<entry>
<title>B</title>
<link href="http://example.org/b.html" rel="alternate"/>
<id>{second}</id>
<updated>2025-07-01T00:00:00Z</updated>
</entry>
</feed>
"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Mini</title><link>http://example.org/</link><description>Mini</description>
<item><title>A</title><link>http://example.org/a/</link>
<guid isPermaLink="false">tag:example.org,2025-07-01:/a/</guid></item>
</channel></rss>
"""


def sitemap(*paths: str) -> str:
    urls = "".join(f"  <url><loc>{SITE_URL}/{path}</loc></url>\n" for path in paths)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{urls}</urlset>\n"
    )


def write(site: Path, relative: str, text: str) -> Path:
    path = site / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if needle in line)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A valid mini-site: two pages (a folder page and a file page), a feed in two formats, a
    sitemap, a stylesheet, and Pagefind's own files (never checked)."""
    root = tmp_path / "site"
    write(root, "index.html", html(
        '<main id="main">\n'
        '<p><a href="#main">Top of main</a> <a href="#top">Top</a></p>\n'
        '<p><a href="/a/">A</a> <a href="a/#facts">Facts</a> <a href="a">A again</a></p>\n'
        '<p><a href="/b.html">B</a> <a href="http://example.org/a/#facts">A, absolute</a></p>\n'
        '<p><a href="https://elsewhere.example/x/">Elsewhere</a>'
        ' <a href="mailto:editors@example.org">Mail</a></p>\n'
        '<form action="/a/" method="get"><p><input name="q" aria-label="Query"></p></form>\n'
        "</main>", "Home"))  # fmt: skip
    write(root, "a/index.html", html(
        '<h1 id="facts">Facts</h1>\n'
        '<p><a href="../">Home</a> <a href="../b.html#b-top">B</a>'
        ' <a href="/a/%23missing">not a fragment</a></p>', "A"))  # fmt: skip
    write(root, "a/#missing", "a file whose name has a hash sign")
    write(root, "b.html", html('<p id="b-top"><a href="/">Home</a></p>', "B"))
    write(root, "theme/site.css", "body { margin: 0; }\n")
    write(root, "feeds/atom.xml", ATOM.format(first="tag:a", second="tag:b"))
    write(root, "feeds/rss.xml", RSS)
    write(root, "sitemap.xml", sitemap("", "a/", "b.html"))
    write(root, "pagefind/pagefind-ui.js", "/* not a page */\n")
    write(root, "pagefind/ui.html", "<p>Pagefind's own, <a href='/nowhere/'>not ours</a>")
    return root


@pytest.fixture(scope="session")
def vnu() -> Path:
    """The Nu checker's jar, after asserting (not skipping) that it can run here."""
    assert shutil.which("java"), "java is missing: run `invoke setup-system`"
    assert VNU_JAR.is_file(), f"{VNU_JAR} is missing: run `invoke setup-system` (npm ci)"
    return VNU_JAR


def test_the_pages_and_feeds_of_a_site(site: Path) -> None:
    assert html_pages(site) == ["a/index.html", "b.html", "index.html"]
    assert feed_files(site) == ["feeds/atom.xml", "feeds/rss.xml"]


def test_a_valid_site_has_no_problems(site: Path, vnu: Path) -> None:
    assert check_site(site, SITE_URL, vnu) == []


def test_a_site_under_a_folder_of_its_host(site: Path) -> None:
    write(site, "c.html", '<a href="/digest/a/">A</a> <a href="../digest/b.html">B</a>\n'
          '<a href="https://example.org/other/">Another site on the host</a>\n'
          '<a href="/other/">Root-relative, outside the site</a>\n')  # fmt: skip
    problems = check_links(site, "https://example.org/digest/", ["c.html"])
    assert problems == [
        Problem("c.html", "link '/other/' points outside the site /digest/", line=3)
    ]


def test_broken_internal_link(site: Path) -> None:
    page = write(site, "a/index.html", html(
        '<h1 id="facts">Facts</h1>\n'
        '<p><a href="/missing/">Missing</a></p>\n'
        '<p><img src="../theme/logo.svg" alt="Logo"></p>\n'
        '<p><a href="http://example.org/c.html">Absolute</a></p>'))  # fmt: skip
    assert check_links(site, SITE_URL) == [
        Problem("a/index.html", "link '/missing/' is broken: no file missing/index.html",
                line=line_of(page, "/missing/")),
        Problem("a/index.html", "link '../theme/logo.svg' is broken: no file theme/logo.svg",
                line=line_of(page, "logo.svg")),
        Problem("a/index.html", "link 'http://example.org/c.html' is broken: no file c.html",
                line=line_of(page, "c.html")),
    ]  # fmt: skip


def test_missing_anchor(site: Path) -> None:
    page = write(site, "b.html", html(
        '<p id="b-top"><a href="/a/#figures">Figures</a></p>\n<p><a href="#b-end">End</a></p>'))  # fmt: skip
    assert check_links(site, SITE_URL) == [
        Problem("b.html", "link '/a/#figures' is broken: a/index.html has no id 'figures'",
                line=line_of(page, "#figures")),
        Problem("b.html", "link '#b-end' is broken: b.html has no id 'b-end'",
                line=line_of(page, "#b-end")),
    ]  # fmt: skip


def test_broken_feed(site: Path) -> None:
    write(site, "feeds/atom.xml", ATOM.format(first="tag:a", second="tag:b").replace("</feed>", ""))
    [problem] = check_feeds(site)
    assert problem.path == "feeds/atom.xml"
    assert problem.message.startswith("feed does not parse: ")
    assert problem.line == ATOM.count("\n") + 1  # where the end tag was due


def test_feed_item_ids_are_unique(site: Path) -> None:
    write(site, "feeds/atom.xml", ATOM.format(first="tag:same", second="tag:same"))
    assert check_feeds(site) == [Problem("feeds/atom.xml", "item id 'tag:same' is used by 2 items")]


def test_xml_that_is_no_feed(site: Path) -> None:
    write(site, "feeds/other.xml", '<?xml version="1.0"?>\n<catalog><book/></catalog>\n')
    assert check_feeds(site) == [Problem("feeds/other.xml", "not an Atom or RSS feed")]


def test_sitemap_missing_a_page(site: Path) -> None:
    write(site, "sitemap.xml", sitemap("", "b.html", "b.html", "gone/"))
    assert check_sitemap(site, SITE_URL) == [
        Problem("sitemap.xml", "does not list a/index.html (http://example.org/a/)"),
        Problem("sitemap.xml", "lists http://example.org/b.html 2 times"),
        Problem("sitemap.xml", "lists http://example.org/gone/, which is not a page of the site"),
    ]


def test_no_sitemap(site: Path) -> None:
    (site / "sitemap.xml").unlink()
    assert check_sitemap(site, SITE_URL) == [
        Problem("sitemap.xml", "missing: the site has no sitemap.xml")
    ]


def test_invalid_html_reported_with_its_line(site: Path, vnu: Path) -> None:
    page = write(site, "b.html", html(
        '<p id="b-top">One</p>\n'
        '<p id="b-top">Two</p>\n'
        "<p>Three</span></p>"))  # fmt: skip
    assert check_html(site, vnu) == [
        Problem("b.html", "HTML: Duplicate ID “b-top”.", line=line_of(page, "Two")),
        Problem("b.html", "HTML: Stray end tag “span”.", line=line_of(page, "Three")),
    ]


def test_check_site_gathers_every_check(site: Path, vnu: Path) -> None:
    write(site, "b.html", html('<p id="b-top"><a href="/a/#nope">A</a></p>\n<p id="b-top"></p>'))
    write(site, "sitemap.xml", sitemap("", "a/"))
    assert [str(problem) for problem in check_site(site, SITE_URL, vnu)] == [
        "b.html:10: link '/a/#nope' is broken: a/index.html has no id 'nope'",
        "b.html:11: HTML: Duplicate ID “b-top”.",
        "sitemap.xml: does not list b.html (http://example.org/b.html)",
    ]


def test_command_line(site: Path, vnu: Path) -> None:
    command = [sys.executable, "-m", "digest", "check-site", str(site), "--site-url", SITE_URL]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout, result.stderr) == (
        0, "ok: 3 pages, 2 feeds and the sitemap checked\n", "")  # fmt: skip
    (site / "b.html").unlink()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: a/index.html:11: link '../b.html#b-top' is broken: no file b.html",
        "error: index.html:13: link '/b.html' is broken: no file b.html",
        "error: sitemap.xml: lists http://example.org/b.html, which is not a page of the site",
    ]


def test_site_url_from_the_settings(tmp_path: Path) -> None:
    settings = write(tmp_path, "conf.py", 'SITEURL = "https://example.org/digest"\n')
    assert settings_site_url(settings) == "https://example.org/digest"
    assert settings_site_url(ROOT / "pelicanconf.py").startswith("http")
