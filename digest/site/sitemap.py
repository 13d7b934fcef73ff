"""sitemap.xml covering every page in every interface, each with its hreflang alternates."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import quoteattr

from digest.site.fingerprint import fingerprint
from digest.site.model import Page
from digest.site.output import OutputWriter
from digest.site.urls import NOT_FOUND, SiteUrls

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


def produce_sitemap(
    output: OutputWriter,
    pages: Sequence[Page],
    site_url: str,
    languages: tuple[str, ...],
    urls: SiteUrls,
) -> None:
    """Write sitemap.xml unless it is on disk as made from the same pages."""
    paths = [page.path for page in pages if page.path != NOT_FOUND]
    key = fingerprint(site_url, languages, paths)
    output.produce(
        ["sitemap.xml"],
        key,
        lambda: write_sitemap(output.root, site_url, paths, languages, urls.prefix),
    )


def write_sitemap(
    output: Path,
    site_url: str,
    paths: Sequence[str],
    languages: Sequence[str],
    prefix: Callable[[str], str],
) -> Path:
    base = site_url.rstrip("/") + "/"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<urlset xmlns="{SITEMAP_NS}" xmlns:xhtml="{XHTML_NS}">',
    ]
    for path in paths:
        alternates = [
            f'    <xhtml:link rel="alternate" hreflang="{lang}" '
            f"href={quoteattr(base + prefix(lang) + path)}/>"
            for lang in languages
        ]
        for lang in languages:
            lines.append(f"  <url>\n    <loc>{base}{prefix(lang)}{path}</loc>")
            lines.extend(alternates)
            lines.append("  </url>")
    lines.append("</urlset>\n")
    target = output / "sitemap.xml"
    target.write_text("\n".join(lines), encoding="utf-8")
    return target
