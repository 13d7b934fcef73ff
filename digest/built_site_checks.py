"""Checks of a built site, as a reader, a browser and a feed reader would meet it.

``check_site`` runs them all over a site directory (``invoke check`` builds into a temporary
one first): internal links and anchors resolve, every HTML page passes the Nu HTML checker,
every feed parses with unique item ids, and the sitemap lists every page exactly once. Each
check returns Problems whose path is the file's path inside the site ("vi/index.html"), so a
problem reads the same whichever directory the site was built into.

The Nu checker is ``vnu.jar`` from the npm package ``vnu-jar`` (pinned in package.json,
installed into node_modules/ by ``invoke setup-system``), run once over the whole site on the
machine's Java. Nothing here imports Pelican.
"""

from __future__ import annotations

import argparse
import json
import posixpath
import runpy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from digest.errors import DigestError, InputError, Problem

ROOT = Path(__file__).resolve().parent.parent
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# The checker needs a deep thread stack; compiling with C1 only halves its run time on a site
# of a few hundred pages, where the JVM never runs long enough for C2 to pay off.
JAVA_OPTIONS = ("-Xss4m", "-XX:TieredStopAtLevel=1")
SETUP_HINT = "run `invoke setup-system` (it installs Java and runs `npm ci`)"
# Pagefind writes its own files under the site; they are not the digest's pages.
SEARCH_DIR = "pagefind"
LINK_ATTRIBUTES = frozenset({"href", "src", "action", "poster"})
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
SITEMAP_ROOTS = frozenset({f"{{{SITEMAP_NS}}}urlset", f"{{{SITEMAP_NS}}}sitemapindex"})


class SiteCheckError(DigestError):
    """A check could not run at all (no Java, no vnu.jar, no site URL)."""


# --- the site's files -------------------------------------------------------------------------


def _relative(site_dir: Path, path: Path) -> str:
    return path.relative_to(site_dir).as_posix()


NOT_FOUND_PAGE = "404.html"


def html_pages(site_dir: Path) -> list[str]:
    """Every HTML page of the site, as paths inside it, Pagefind's own files excepted."""
    pages = (_relative(site_dir, p) for p in site_dir.rglob("*.html") if p.is_file())
    return sorted(p for p in pages if p.split("/", 1)[0] != SEARCH_DIR)


def _root_tag(path: Path) -> str | None:
    with path.open("rb") as handle:
        try:
            for _, element in ET.iterparse(handle, events=("start",)):
                return str(element.tag)
        except ET.ParseError:
            return None
    return None


def feed_files(site_dir: Path) -> list[str]:
    """Every XML file of the site but the sitemap: each must be an Atom or RSS feed. A file
    that is not even well-formed counts as a feed, so that a broken feed is reported."""
    return sorted(
        _relative(site_dir, p)
        for p in site_dir.rglob("*.xml")
        if p.is_file() and _root_tag(p) not in SITEMAP_ROOTS
    )


# --- links and anchors ------------------------------------------------------------------------


@dataclass
class _Scan:
    ids: set[str] = field(default_factory=set)
    links: list[tuple[str, int]] = field(default_factory=list)
    base: str | None = None


class _Scanner(HTMLParser):
    """Collects a page's ids (anchor targets) and the URLs it refers to, with their lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = _Scan()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.scan.ids.add(value)
            elif tag == "base" and name == "href":
                self.scan.base = value if self.scan.base is None else self.scan.base
            elif name in LINK_ATTRIBUTES:
                self.scan.links.append((value, line))
            elif name == "srcset":
                for candidate in value.split(","):
                    if candidate.strip():
                        self.scan.links.append((candidate.split()[0], line))


def _scan(path: Path) -> _Scan:
    scanner = _Scanner()
    scanner.feed(path.read_text(encoding="utf-8", errors="replace"))
    scanner.close()
    return scanner.scan


class _LinkChecker:
    def __init__(self, site_dir: Path, site_url: str) -> None:
        parts = urlsplit(site_url)
        if not parts.netloc:
            raise SiteCheckError(f"the site URL must be absolute, found {site_url!r}")
        self.site_dir = site_dir
        self.host = parts.netloc.lower()
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.base = parts.path.rstrip("/") + "/"
        self.scans: dict[str, _Scan] = {}

    def scan(self, relative: str) -> _Scan:
        if relative not in self.scans:
            self.scans[relative] = _scan(self.site_dir / relative)
        return self.scans[relative]

    def check_page(self, page: str) -> list[Problem]:
        scan = self.scan(page)
        page_url = urljoin(f"{self.origin}{self.base}{page}", scan.base or "")
        problems = []
        for url, line in scan.links:
            message = self.check_link(page_url, url)
            if message:
                problems.append(Problem(page, message, line=line))
        return problems

    def check_link(self, page_url: str, url: str) -> str | None:
        """Why ``url`` on the page at ``page_url`` is broken, or None when it is not (or
        points off the site: external links, mailto: and the like are not checked)."""
        url = url.strip()
        given = urlsplit(url)
        if given.scheme and given.scheme.lower() not in ("http", "https"):
            return None
        joined = urlsplit(urljoin(page_url, url))
        if joined.netloc.lower() != self.host:
            return None
        # One leading slash, no "." or ".." segments: the path can't leave the site folder.
        path = posixpath.normpath("/" + unquote(joined.path).lstrip("/"))
        path += "/" if joined.path.endswith("/") and path != "/" else ""
        if not (path + "/").startswith(self.base):
            # Same host, outside the site's folder: another site there, unless written
            # root-relative, which is the digest's own link gone wrong.
            return None if given.netloc else f"link {url!r} points outside the site {self.base}"
        relative = path[len(self.base) :]
        target = self._target(relative)
        if target is None:
            return f"link {url!r} is broken: no file {_index(relative)}"
        fragment = unquote(joined.fragment)
        if (
            fragment
            and target.endswith(".html")
            and fragment.lower() != "top"
            and fragment not in self.scan(target).ids
        ):
            return f"link {url!r} is broken: {target} has no id {fragment!r}"
        return None

    def _target(self, relative: str) -> str | None:
        """The file a path inside the site serves, as a server of static files does: a
        folder's index.html, also for the folder's address without its final slash."""
        candidates = [_index(relative)]
        if relative and not relative.endswith("/"):
            candidates.append(f"{relative}/index.html")
        return next((c for c in candidates if (self.site_dir / c).is_file()), None)


def _index(relative: str) -> str:
    return f"{relative}index.html" if relative == "" or relative.endswith("/") else relative


def check_links(site_dir: Path, site_url: str, pages: Iterable[str] | None = None) -> list[Problem]:
    """Every link, image, script, stylesheet and form target on every page that points inside
    the site (relative, root-relative, or absolute on ``site_url``) must name an existing file
    (a folder: its index.html), and every ``#fragment`` an id in the page it points to."""
    checker = _LinkChecker(site_dir, site_url)
    problems: list[Problem] = []
    for page in html_pages(site_dir) if pages is None else pages:
        problems.extend(checker.check_page(page))
    return problems


# --- HTML validity: the Nu HTML checker -------------------------------------------------------


def _vnu_command(site_dir: Path, jar: Path) -> list[str]:
    java = shutil.which("java")
    if java is None:
        raise SiteCheckError(f"java not found, needed by the Nu HTML checker: {SETUP_HINT}")
    if not jar.is_file():
        raise SiteCheckError(f"{jar} not found (npm package vnu-jar): {SETUP_HINT}")
    # Everything at the top of the site but Pagefind's folder; the checker walks folders.
    targets = sorted(
        str(path)
        for path in site_dir.iterdir()
        if (path.is_dir() and path.name != SEARCH_DIR) or path.suffix == ".html"
    )
    if not targets:
        raise SiteCheckError(f"{site_dir}: no HTML pages to check; build the site first")
    return [java, *JAVA_OPTIONS, "-jar", str(jar), "--errors-only", "--format", "json",
            "--skip-non-html", *targets]  # fmt: skip


# The whole site of 10,000 entries is checked in a few minutes; far past that, the JVM is stuck.
VNU_TIMEOUT = 1800


def start_vnu(site_dir: Path, jar: Path = VNU_JAR) -> subprocess.Popen[str]:
    """The Nu checker running over the whole site: one JVM for every page."""
    return subprocess.Popen(
        _vnu_command(site_dir, jar),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def finish_vnu(process: subprocess.Popen[str], site_dir: Path) -> list[Problem]:
    try:
        stdout, stderr = process.communicate(timeout=VNU_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise SiteCheckError(f"the Nu HTML checker gave no answer in {VNU_TIMEOUT} s") from None
    try:
        report = json.loads(stderr)
    except ValueError:
        output = (stderr + stdout).strip()
        raise SiteCheckError(
            f"the Nu HTML checker failed (exit {process.returncode}): {output}"
        ) from None
    problems = [_vnu_problem(message, site_dir) for message in report.get("messages", [])]
    return [problem for problem in problems if problem is not None]


def _vnu_problem(message: dict[str, Any], site_dir: Path) -> Problem | None:
    kind = message.get("type")
    if kind not in ("error", "non-document-error"):
        return None
    path: str = message.get("url", "")
    if path.startswith("file:"):
        file = Path(unquote(urlsplit(path).path)).resolve()
        root = site_dir.resolve()
        path = _relative(root, file) if file.is_relative_to(root) else str(file)
    line = message.get("firstLine", message.get("lastLine"))
    prefix = "HTML" if kind == "error" else "HTML checker"
    return Problem(path, f"{prefix}: {message.get('message', '')}", line=line)


def check_html(site_dir: Path, jar: Path = VNU_JAR) -> list[Problem]:
    """Every error the Nu HTML checker finds in the site's HTML, with its file and line."""
    return finish_vnu(start_vnu(site_dir, jar), site_dir)


# --- feeds and sitemap ------------------------------------------------------------------------


def check_feeds(site_dir: Path, feeds: Iterable[str] | None = None) -> list[Problem]:
    """Every feed parses with feedparser without complaint, and its item ids are unique."""
    try:
        import feedparser
    except ImportError:
        raise SiteCheckError(
            "feedparser is needed to check feeds: pip install -e '.[test]'"
        ) from None
    problems = []
    for feed in feed_files(site_dir) if feeds is None else feeds:
        parsed = feedparser.parse((site_dir / feed).read_bytes())
        if parsed.bozo:
            error = parsed.get("bozo_exception")
            line = error.getLineNumber() if hasattr(error, "getLineNumber") else None
            problems.append(Problem(feed, f"feed does not parse: {error}", line=line))
            continue
        if not parsed.version:
            problems.append(Problem(feed, "not an Atom or RSS feed"))
            continue
        ids = []
        for number, item in enumerate(parsed.entries, 1):
            if item.get("id"):
                ids.append(item["id"])
            else:
                problems.append(
                    Problem(feed, f"item {number} ({item.get('title', '')!r}) has no id")
                )
        for item_id, count in Counter(ids).items():
            if count > 1:
                problems.append(Problem(feed, f"item id {item_id!r} is used by {count} items"))
    return problems


def page_url(site_url: str, page: str) -> str:
    """The address of a page: a folder's index.html is served at the folder's URL."""
    base = site_url.rstrip("/") + "/"
    if page == "index.html":
        return base
    return base + (page.removesuffix("index.html") if page.endswith("/index.html") else page)


def check_sitemap(
    site_dir: Path, site_url: str, pages: Iterable[str] | None = None
) -> list[Problem]:
    """sitemap.xml lists every HTML page (Pagefind's excepted) exactly once and nothing else;
    its hreflang alternates name listed pages."""
    name = "sitemap.xml"
    if not (site_dir / name).is_file():
        return [Problem(name, "missing: the site has no sitemap.xml")]
    try:
        tree = ET.parse(site_dir / name)
    except ET.ParseError as error:
        return [Problem(name, f"does not parse: {error}", line=error.position[0])]
    listed = Counter(unquote((loc.text or "").strip()) for loc in tree.iter(f"{{{SITEMAP_NS}}}loc"))
    expected = {
        unquote(page_url(site_url, page)): page
        for page in (html_pages(site_dir) if pages is None else pages)
        # The page a server answers for a missing address is no address of its own.
        if page.rsplit("/", 1)[-1] != NOT_FOUND_PAGE
    }
    problems = []
    for url, page in expected.items():
        if listed[url] == 0:
            problems.append(Problem(name, f"does not list {page} ({url})"))
        elif listed[url] > 1:
            problems.append(Problem(name, f"lists {url} {listed[url]} times"))
    for url in listed:
        if url not in expected:
            problems.append(Problem(name, f"lists {url}, which is not a page of the site"))
    alternates = {
        unquote(link.get("href", ""))
        for link in tree.iter(f"{{{XHTML_NS}}}link")
        if link.get("rel") == "alternate"
    }
    for url in sorted(alternates - set(expected)):
        problems.append(Problem(name, f"alternate {url} is not a page of the site"))
    return problems


# --- all of them ------------------------------------------------------------------------------


def _sort_key(problem: Problem) -> tuple[str, int]:
    return (str(problem.path), problem.line or 0)


def check_site(site_dir: Path, site_url: str, jar: Path = VNU_JAR) -> list[Problem]:
    """Every problem in the built site at ``site_dir``, built for ``site_url``, by file and
    line. The Nu checker's JVM runs while the other checks do."""
    vnu = start_vnu(site_dir, jar)
    try:
        pages = html_pages(site_dir)
        problems = [
            *check_links(site_dir, site_url, pages),
            *check_feeds(site_dir),
            *check_sitemap(site_dir, site_url, pages),
        ]
    except BaseException:
        vnu.kill()
        vnu.communicate()
        raise
    problems += finish_vnu(vnu, site_dir)
    return sorted(problems, key=_sort_key)


def summary(site_dir: Path) -> str:
    return f"{len(html_pages(site_dir))} pages, {len(feed_files(site_dir))} feeds and the sitemap"


# --- command line: python -m digest check-site DIR --------------------------------------------


def settings_site_url(settings: Path) -> str:
    """SITEURL from a Pelican settings file, read without importing Pelican."""
    site_url = str(runpy.run_path(str(settings)).get("SITEURL", ""))
    if not urlsplit(site_url).netloc:
        raise SiteCheckError(f"{settings}: SITEURL must be absolute, found {site_url!r}")
    return site_url


def _check_site_command(args: argparse.Namespace) -> int:
    site_dir = Path(args.site_dir)
    if not site_dir.is_dir():
        raise SiteCheckError(f"{site_dir}: no such directory; build the site first")
    site_url = args.site_url or settings_site_url(Path(args.settings))
    problems = check_site(site_dir, site_url)
    if problems:
        raise InputError(problems)
    sys.stdout.write(f"ok: {summary(site_dir)} checked\n")
    return 0


def register(commands: Any) -> None:
    """Add ``check-site`` to the ``python -m digest`` subcommands."""
    command = commands.add_parser(
        "check-site", help="check a built site: links, anchors, HTML, feeds and sitemap"
    )
    command.add_argument("site_dir", metavar="DIR")
    command.add_argument("--settings", default="pelicanconf.py",
                         help="Pelican settings the site was built with (for SITEURL)")  # fmt: skip
    command.add_argument("--site-url", help="the site's SITEURL (default: from --settings)")
    command.set_defaults(run=_check_site_command)
