"""The pages of one interface language: the context every page shares, and each page rendered
and written when what it is made from has changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from digest.registries import Registries
from digest.site import i18n, palette
from digest.site.chart_html import ChartDrawing, drawing_functions
from digest.site.charts import CHARTS
from digest.site.cpu_budget import OverBudget, cpu_budget
from digest.site.entry_html import EntryHtml
from digest.site.figure_html import FigureValues
from digest.site.fingerprint import fingerprint
from digest.site.formatting import Formatter
from digest.site.model import UNDATED, EntryPage, Feed, Page, SiteModel
from digest.site.output import OutputWriter
from digest.site.search_index import version
from digest.site.search_terms import story_filters, story_meta
from digest.site.template_errors import MAX_PAGE_CPU_SECONDS, TemplateTooSlow
from digest.site.urls import SiteUrls


def page_key(page: Page) -> str:
    """The fingerprint of what ``page`` is made from."""
    return fingerprint(page.template, page.path, page.context)


class InterfacePages:
    """The templates of one interface language, with the context all its pages share."""

    def __init__(
        self,
        lang: str,
        *,
        env: jinja2.Environment,
        get_template: Callable[[str], jinja2.Template],
        translations: Path,
        site_name: str,
        site_url: str,
        languages: Sequence[str],
        urls: SiteUrls,
        registries: Registries,
        model: SiteModel,
    ) -> None:
        self.lang = lang
        self.urls = urls
        self.get_template = get_template
        self.registries = registries
        self.model = model
        translated = i18n.EscapedTranslations(i18n.load(translations, lang))
        i18n.install(env, translated)
        self.context = self._common_context(site_name, site_url, languages)
        # The charts, written with the words the templates use (installed just above).
        drawing = ChartDrawing(env.globals["_"], env.globals["ngettext"], self.context["fmt"],
                               self.context["url_for"])  # fmt: skip
        self.context.update(drawing_functions(drawing))
        figure_value = FigureValues(env.globals["_"], self.context["fmt"])
        self.context["figure_value"] = figure_value
        # An entry's item in lists, its feed item and its page's facts, written in Python.
        self.entry_html = EntryHtml(lang, env.globals["_"], self.context["fmt"],
                                    self.context["url"], self.context["url_for"],
                                    self.context["own_rows"], figure_value)  # fmt: skip
        self.context["entry_list"] = self.entry_html.entry_list
        self.context["entry_meta"] = self.entry_html.entry_meta
        self.context["fact_card"] = self.entry_html.fact_card

    def write(self, output: OutputWriter, page: Page, key: str) -> None:
        """Render and write ``page`` unless it is on disk as made from ``key``."""
        path = self.urls.file(page.path, self.lang)
        if not output.current(path, key):
            context = {
                **self.context,
                **page.context,
                "page_path": page.path,
                "feed": page.feed,
                "version": version(key),
            }
            charts = context.pop(CHARTS, None)
            if charts is not None:
                context.update(charts.draw())
            html = self._render(page.template, path, context)
            output.write(path, key, html)

    def feed_title(self, feed: Feed) -> str:
        # The template escapes for HTML; the feed writer escapes for XML: unescape once.
        where = f"the feeds of {feed.path or 'the home page'}"
        rendered = self._render("feed_title", where, {**self.context, "feed": feed}).strip()
        return Markup(rendered).unescape()

    def feed_description(self, page: EntryPage) -> Markup:
        # Not remembered: the feeds keep each item's XML, description included.
        return self.entry_html.feed_item(page)

    def _render(self, template_name: str, where: str, context: dict[str, Any]) -> str:
        """``template_name`` rendered (for the page or feed ``where``) within the CPU a page
        may take."""
        template = self.get_template(template_name)
        try:
            with cpu_budget(MAX_PAGE_CPU_SECONDS):
                return template.render(**context)
        except OverBudget:
            raise TemplateTooSlow(template.filename or template_name, where) from None

    def _common_context(
        self, site_name: str, site_url: str, languages: Sequence[str]
    ) -> dict[str, Any]:
        context: dict[str, Any] = {
            "SITENAME": site_name,
            "SITEURL": site_url,
            "ui": self.lang,
            "languages": languages,
            "fmt": Formatter(self.lang, self.registries),
            **self.urls.template_functions(self.lang),
            "registries": self.registries,
            "palette": palette,
            "search_labels": self._search_labels,
            "story_meta": lambda page: story_meta(page, languages),
            "story_filters": story_filters,
        }
        template = self.get_template("_chrome")
        try:
            with cpu_budget(MAX_PAGE_CPU_SECONDS):
                chrome = template.make_module(context)
                context["chrome"] = {part: Markup(getattr(chrome, part)().strip())
                                     for part in ("skip", "header", "footer")}  # fmt: skip
        except OverBudget:
            raise TemplateTooSlow(template.filename or "_chrome", "every page's chrome") from None
        return context

    def _search_labels(self, lang: str) -> dict[str, dict[str, str]]:
        """Names for the search filters, whose values are ids, in one interface language."""
        fmt = Formatter(lang, self.registries)
        return {
            "province": {p.id: p.name(lang) for p in self.registries.current_provinces()},
            "partner": {pid: fmt.partner_name(pid) for pid in self.model.by_partner},
            "language": {code: fmt.language(code) for code in self.model.by_language},
            "topic": {tid: fmt.topic(tid) for tid in self.model.by_topic},
            "year": {str(year): str(year) for year in self.model.by_year if year != UNDATED},
        }
