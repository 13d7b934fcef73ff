"""Pelican settings for previewing the digest locally (``invoke build``, ``invoke serve``)."""

import os
from pathlib import Path

# Pelican resolves its own relative paths (PATH, OUTPUT_PATH, THEME, CACHE_PATH) against this
# file's folder; the digest's folders are given the same way, so a build works from any folder.
project = Path(__file__).resolve().parent  # lowercase: not a Pelican setting

SITENAME = "Provincial Diplomacy Digest"
AUTHOR = "Provincial Diplomacy Digest editors"
# Absolute, because feeds and the sitemap need full URLs; pages link root-relatively.
SITEURL = os.environ.get("DIGEST_SITEURL", "http://localhost:8000")
PATH = "content"
OUTPUT_PATH = "output"
THEME = "theme"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

PLUGINS = ["digest.site"]
CACHE_PATH = "cache"
DIGEST = {
    "registries": str(project / "registries"),
    "vocabularies": str(project / "vocabularies"),
    "translations": str(project / "theme" / "translations"),
    "interface_languages": ("en", "vi"),
    "search": True,
    "feeds": True,
}

# Entries are the only content; the digest plugin reads them (content/entries/, see DIGEST) and
# writes every page and feed itself, so Pelican's own article reading, index, taxonomy and
# feed outputs are switched off.
ARTICLE_PATHS: list[str] = []
PAGE_PATHS = []
STATIC_PATHS = []
ARTICLE_SAVE_AS = ""
ARTICLE_LANG_SAVE_AS = ""
ARTICLE_TRANSLATION_ID = None
DRAFT_SAVE_AS = ""
DRAFT_LANG_SAVE_AS = ""
DIRECT_TEMPLATES = []
INDEX_SAVE_AS = ""
TAGS_SAVE_AS = ""
TAG_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
CATEGORY_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""
DEFAULT_CATEGORY = "entries"
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
FEED_ATOM = None
FEED_RSS = None
CATEGORY_FEED_ATOM = None
CATEGORY_FEED_RSS = None
TAG_FEED_ATOM = None
TAG_FEED_RSS = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
TRANSLATION_FEED_RSS = None

JINJA_ENVIRONMENT = {
    "extensions": ["jinja2.ext.i18n"],
    "autoescape": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
}
# The digest plugin cleans the output itself when it has no record of it, and otherwise
# rewrites only what changed and removes what it no longer produces.
DELETE_OUTPUT_DIRECTORY = False

# Pelican rewrites "{filename}…", "{static}…" and "{index}" links in content after the body is
# sanitised, and a missing target is a (fatal in strict builds) warning. Entries never link to
# other content files by Pelican's syntax and the body is contributor text, so a regex that never
# matches leaves such links exactly as written.
INTRASITE_LINK_REGEX = "(?!)(?P<what>)"
