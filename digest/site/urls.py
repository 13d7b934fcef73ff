"""Every address of the site, in one place: page paths by kind, and URLs from the settings.

A page has a language-neutral path ("provinces/lai-chau/"), given by its kind in PAGE_PATHS.
The interface in Pelican's DEFAULT_LANG is served at SITEURL's root, every other interface
language under "<code>/"; theme files are under THEME_STATIC_DIR, as Pelican copies them.
Templates link with ``url_for(kind, key)`` (or ``url(path)`` for a page object's path); the
model, feeds, the sitemap and the open data use the same functions, so a page and every link
to it always agree.

Page paths are not settings: ids are permanent because they are in addresses that feeds,
search engines and other sites keep (see docs/pelican.md).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

# The page served for a missing address, at /404.html and /vi/404.html: a file, not a folder.
NOT_FOUND = "404.html"
# The open data: tables, the database, and the JSON of each entry's, province's, partner's rows.
DATA_FOLDER = "data/"

PAGE_PATHS: dict[str, str] = {
    "home": "",
    "entry": "entries/{key}/",
    "archives": "archives/",
    "archive_year": "archives/{key}/",
    "provinces": "provinces/",
    "province": "provinces/{key}/",
    "partners": "partners/",
    "partner": "partners/{key}/",
    "topics": "topics/",
    "topic": "topics/{key}/",
    "languages": "languages/",
    "language": "languages/{key}/",
    "search": "search/",
    "about": "about/",
    "data": DATA_FOLDER,
    "feeds": "feeds/",  # the site's own feeds; a listing's feeds sit in its folder
    "not_found": NOT_FOUND,
}


def page_path(kind: str, key: object = None) -> str:
    """The language-neutral path of the page of ``kind`` (and ``key``: an id, a year)."""
    pattern = PAGE_PATHS[kind]
    if ("{key}" in pattern) != (key is not None):
        raise ValueError(f"the {kind} page takes {'a' if '{key}' in pattern else 'no'} key")
    return pattern.format(key=key)


def own_rows_file(kind: str, key: str) -> str:
    """The path, under the site root, of the JSON of one entry's, province's or partner's rows."""
    return f"{DATA_FOLDER}{kind}/{key}.json"


def paged(path: str, number: int) -> str:
    """The path of page ``number`` of a listing at ``path`` (the first is the listing's own)."""
    return path if number == 1 else f"{path}page/{number}/"


@dataclass(frozen=True)
class SiteUrls:
    """Addresses in one build, from Pelican's settings and the plugin's."""

    site_url: str  # SITEURL, without its final slash
    default_lang: str  # DEFAULT_LANG: the interface at the root
    static_dir: str  # THEME_STATIC_DIR

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> SiteUrls:
        return cls(
            site_url=settings["SITEURL"].rstrip("/"),
            default_lang=settings["DEFAULT_LANG"],
            static_dir=settings["THEME_STATIC_DIR"].strip("/"),
        )

    @functools.cached_property
    def base_path(self) -> str:
        """SITEURL's path, where every root-relative link starts ("/" or "/digest/"). Worked
        out once: every link of a build asks for it (about a million at 10,000 entries)."""
        return urlsplit(self.site_url).path.rstrip("/") + "/"

    def prefix(self, lang: str) -> str:
        return "" if lang == self.default_lang else f"{lang}/"

    def url(self, path: str, lang: str) -> str:
        """The root-relative URL of the page at ``path`` in interface ``lang``."""
        return f"{self.base_path}{self.prefix(lang)}{path}"

    def absolute(self, path: str, lang: str) -> str:
        return f"{self.site_url}/{self.prefix(lang)}{path}"

    def file(self, path: str, lang: str) -> str:
        """The output file of the page at ``path`` in interface ``lang``."""
        if path == NOT_FOUND:
            return f"{self.prefix(lang)}{path}"
        return f"{self.prefix(lang)}{path}index.html"

    def template_functions(self, lang: str) -> dict[str, Callable[..., str]]:
        """What templates rendered in interface ``lang`` link with."""

        def url(path: str = "", in_lang: str | None = None) -> str:
            return self.url(path, in_lang or lang)

        def url_for(kind: str, key: object = None, in_lang: str | None = None) -> str:
            return self.url(page_path(kind, key), in_lang or lang)

        return {
            "url": url,
            "url_for": url_for,
            "absolute_url": lambda path, in_lang=lang: self.absolute(path, in_lang),
            "static": lambda path: f"{self.base_path}{self.static_dir}/{path}",
            "data_file": lambda name: f"{self.base_path}{DATA_FOLDER}{name}",
            "own_rows": lambda kind, key: f"{self.base_path}{own_rows_file(kind, key)}",
        }
