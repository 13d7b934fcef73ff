"""The Pelican generator that writes the whole digest, once per interface language.

Pelican reads every entry once (ArticlesGenerator, with our reader); this generator then builds
the language-neutral site model and renders each page with each interface's catalogue, so the
Markdown of an entry is converted once however many interfaces there are.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup
from pelican.generators import Generator

from digest.errors import DigestError, InputError
from digest.registries import load_registries
from digest.site import i18n, reader
from digest.site.feeds import write_feeds
from digest.site.formatting import Formatter
from digest.site.model import EntryPage, Feed, Page, SiteModel
from digest.site.parallel import run_each
from digest.site.search import Indexer, SearchTerms, lead, plain_text
from digest.site.settings import plugin_settings
from digest.site.sitemap import write_sitemap

logger = logging.getLogger(__name__)


class BuildError(DigestError):
    """The site cannot be built as configured."""


class DigestGenerator(Generator):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.options = plugin_settings(self.settings)
        self.registries = load_registries(Path(self.options["registries"]))
        self.languages: tuple[str, ...] = tuple(self.options["interface_languages"])
        self.site_url = self.settings["SITEURL"].rstrip("/")
        if self.options["feeds"] and not urlsplit(self.site_url).hostname:
            raise BuildError(
                f"SITEURL must be absolute for feeds and the sitemap, found {self.site_url!r}"
            )
        self.base_path = urlsplit(self.site_url).path.rstrip("/") + "/"
        self.model: SiteModel | None = None
        self.indexer: Indexer | None = None

    def generate_context(self) -> None:
        if reader.read_problems:
            problems = list(reader.read_problems)
            reader.read_problems.clear()
            raise InputError(problems)
        articles = self.context.get("articles", [])
        self._check_nothing_dropped(len(articles))
        pages = [EntryPage(a.metadata["entry"], a.content) for a in articles]
        if self.options["search"]:
            terms = SearchTerms(self.registries)
            for page in pages:
                text = plain_text(page.html)
                page.search_terms = terms.of(page.entry, text)
                page.lead = lead(text)
        self.model = SiteModel.build(self.registries, pages)
        self.context["digest"] = self.model

    def _check_nothing_dropped(self, read: int) -> None:
        content = Path(self.settings["PATH"])
        files = sum(
            1 for folder in self.settings["ARTICLE_PATHS"] for _ in (content / folder).glob("*.md")
        )
        if files != read:
            raise BuildError(
                f"{files} entry files but {read} entries read: see the errors above; "
                "the digest is never published with entries missing"
            )

    def prefix(self, lang: str) -> str:
        return "" if lang == self.languages[0] else f"{lang}/"

    def url_function(self, lang: str) -> Callable[..., str]:
        def url(path: str = "", in_lang: str | None = None) -> str:
            return f"{self.base_path}{self.prefix(in_lang or lang)}{path}"

        return url

    def generate_output(self, writer: Any) -> None:
        assert self.model is not None, "generate_context runs first"
        pages = self.model.pages()
        output = Path(self.output_path)
        run_each(
            list(self.languages),
            lambda lang: self._render_interface(lang, pages, output),
            parallel=self.options["parallel"],
        )
        write_sitemap(output, self.site_url, [p.path for p in pages], self.languages, self.prefix)
        logger.info("digest: %d pages in %d languages", len(pages), len(self.languages))

    def _render_interface(self, lang: str, pages: list[Page], output: Path) -> None:
        translations = i18n.load(Path(self.options["translations"]), lang)
        self.env.install_gettext_translations(translations, newstyle=True)
        common = self._common_context(lang)
        for page in pages:
            self._write_page(output, page, lang, common)
        if self.options["search"] and lang == self.languages[0]:
            # The indexed interface is written: Pagefind can start while the others render.
            self.indexer = Indexer(output, f"{self.prefix(lang)}entries/**/*.html")
        if self.options["feeds"]:
            for page in pages:
                if page.feed is not None:
                    self._write_feed(output, page.feed, lang, common)

    def _common_context(self, lang: str) -> dict[str, Any]:
        context: dict[str, Any] = {
            "SITENAME": self.settings["SITENAME"],
            "SITEURL": self.site_url,
            "ui": lang,
            "languages": self.languages,
            "fmt": Formatter(lang, self.registries),
            "url": self.url_function(lang),
            "absolute_url": lambda path, in_lang=lang: (
                f"{self.site_url}/{self.prefix(in_lang)}{path}"
            ),
            "static": lambda path: f"{self.base_path}theme/{path}",
            "registries": self.registries,
            "search_labels": self._search_labels,
        }
        context["entry_item"] = self._once_per_entry("entry_item", context)
        context["feed_description"] = self._once_per_entry("feed_item", context)
        return context

    def _once_per_entry(self, template_name: str, context: dict[str, Any]) -> Callable[..., Markup]:
        """A template rendered once per entry (and heading level) in an interface: an entry
        appears in a dozen lists and feeds (province, partners, topics, language, year), each
        showing it the same way."""
        template = self.get_template(template_name)
        rendered: dict[tuple[str, int], Markup] = {}

        def render(page: EntryPage, level: int = 0) -> Markup:
            key = (page.entry.slug, level)
            html = rendered.get(key)
            if html is None:
                html = rendered[key] = Markup(template.render(**context, page=page, level=level))
            return html

        return render

    def _search_labels(self, lang: str) -> dict[str, dict[str, str]]:
        """Names for the search filters, whose values are ids, in one interface language."""
        assert self.model is not None
        fmt = Formatter(lang, self.registries)
        return {
            "province": {p.id: p.name(lang) for p in self.registries.current_provinces()},
            "partner": {pid: fmt.partner_name(pid) for pid in self.model.by_partner},
            "language": {code: fmt.language(code) for code in self.model.by_language},
            "topic": {tid: fmt.topic(tid) for tid in self.model.by_topic},
            "year": {str(year): str(year) for year in self.model.by_year},
        }

    def _write_page(self, output: Path, page: Page, lang: str, common: dict[str, Any]) -> None:
        template = self.get_template(page.template)
        html = template.render(**common, **page.context, page_path=page.path, feed=page.feed)
        path = output / self.prefix(lang) / page.path / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")

    def _write_feed(self, output: Path, feed: Feed, lang: str, common: dict[str, Any]) -> None:
        title = self.get_template("feed_title").render(**common, feed=feed).strip()
        write_feeds(
            feed,
            output_dir=output,
            site_url=self.site_url,
            prefix=self.prefix(lang),
            lang=lang,
            title=title,
            describe=common["feed_description"],
        )
