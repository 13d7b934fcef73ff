"""The Pelican generator that reads the entries and writes the whole digest, per interface.

The generator reads the entries itself (``digest.site.entries``: cached, on every core) rather
than through Pelican's ArticlesGenerator, whose per-article objects the digest does not use and
which cost as much as reading from the cache. It builds the language-neutral site model once and
renders each page with each interface's catalogue, so the Markdown of an entry is converted once
however many interfaces there are, and a page whose inputs have not changed since the last build
is not rendered again (``digest.site.output``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup
from pelican.generators import Generator
from pelican.log import console
from pelican.utils import clean_output_dir

from digest.checks import cross_entry_problems, entry_folder_problems
from digest.errors import DigestError, InputError, unprintable_name
from digest.registries import load_registries
from digest.schema import Entry
from digest.site import i18n, palette
from digest.site.announce import announce_written
from digest.site.buildcache import BuildCache, code_fingerprint
from digest.site.buildlock import lock_output
from digest.site.datafiles import write_data
from digest.site.entries import ReadEntry, TextStore, read_all
from digest.site.feeds import FEED_FILES, write_feeds
from digest.site.fingerprint import fingerprint
from digest.site.formatting import Formatter
from digest.site.index import Indexer, SearchPlan, SearchState, plan, version
from digest.site.model import UNDATED, EntryPage, Feed, Page, SiteModel, entry_page
from digest.site.opendata import TABLES
from digest.site.output import OutputWriter
from digest.site.parallel import run_each
from digest.site.pictures import add_pictures
from digest.site.search import story_filters, story_meta
from digest.site.settings import plugin_settings
from digest.site.sitemap import write_sitemap
from digest.site.urls import NOT_FOUND, SiteUrls, page_path
from digest.untrusted import refuse_symlinks_under


class BuildError(DigestError):
    """The site cannot be built as configured."""


def page_key(page: Page) -> str:
    """The fingerprint of what ``page`` is made from."""
    return fingerprint(page.template, page.path, page.context)


def sandboxed(env: Environment, options: dict[str, Any]) -> SandboxedEnvironment:
    """Pelican's template environment, sandboxed: templates come by pull request, and an
    ordinary environment lets ``{{ lipsum.__globals__.os.popen('id').read() }}`` run
    commands during the build. The sandbox refuses underscore attributes and unsafe calls."""
    sandbox = SandboxedEnvironment(loader=env.loader, **options)
    # Only what Pelican added: the sandbox's own ``range`` refuses a billion items.
    for mine, pelicans in ((sandbox.filters, env.filters), (sandbox.globals, env.globals),
                           (sandbox.tests, env.tests)):  # fmt: skip
        for name, value in pelicans.items():
            mine.setdefault(name, value)
    return sandbox


class DigestGenerator(Generator):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.env = sandboxed(self.env, self.settings["JINJA_ENVIRONMENT"])
        self.options = plugin_settings(self.settings)
        self.languages: tuple[str, ...] = tuple(self.options["interface_languages"])
        self.site_url = self.settings["SITEURL"].rstrip("/")
        if self.options["feeds"] and not urlsplit(self.site_url).hostname:
            raise BuildError(
                f"SITEURL must be absolute for feeds and the sitemap, found {self.site_url!r}"
            )
        self.urls = SiteUrls.from_settings(self.settings)
        lock_output(Path(self.output_path), wait=float(self.options["lock_wait"]))
        registry_folders = [Path(self.options[key]) for key in ("registries", "vocabularies")]
        folders = [Path(self.theme), *registry_folders, Path(self.options["translations"])]
        # Before anything reads them: a link could publish a secret or read /dev/zero forever.
        for folder in [*folders, Path(self.settings["PATH"])]:
            refuse_symlinks_under(folder)
        self.cache = BuildCache.for_build(
            self.settings,
            code_fingerprint(self.settings, folders),
            enabled=self.options["cache"],
        )
        # Registries are part of the code fingerprint: the cached copy is theirs.
        self.registries = self.cache.load("registries")
        if self.registries is None:
            self.registries = load_registries(*registry_folders)
            self.cache.save("registries", self.registries)
        self.model: SiteModel | None = None
        self.facts: dict[str, str] = {}
        self.sources: list[tuple[str, Entry]] = []  # each entry and its file
        self.indexer: Indexer | None = None
        self.search_before: SearchState | None = None

    def generate_context(self) -> None:
        folder = Path(self.settings["PATH"]) / self.options["entries"]
        # Path comparisons are slow; a name that is not UTF-8 is reported below, not read.
        paths = sorted(
            (p for p in folder.glob("*.md") if not unprintable_name(p.name)), key=os.fspath
        )
        cached = self.cache.load_parts("entries", ReadEntry) or {}
        store = TextStore(self.cache.files("texts"))
        read = read_all(paths, self.registries, cached, store, parallel=self.options["parallel"])
        # What `digest check` finds between entries, and files that would not be read.
        problems = entry_folder_problems(folder, [])
        problems += cross_entry_problems((path, r.entry) for path, r in read.items())
        if problems:
            raise InputError(problems)
        if read != cached:
            self.cache.save_parts("entries", read)
            if cached:  # only the versions replaced: a sweep of 10,000 files costs more
                store.forget({r.digest for r in cached.values()}
                             - {r.digest for r in read.values()})  # fmt: skip
            else:
                store.keep_only(r.digest for r in read.values())
        search = self.options["search"]
        pages = [
            EntryPage(
                r.entry,
                digest=r.digest,
                lead=r.lead,
                segmented=search and r.segmented,
                texts=store.reader(r.digest) if search else store.article(r.digest),
            )
            for r in read.values()
        ]
        self.facts = {r.entry.slug: r.facts for r in read.values()}
        self.sources = [(path, r.entry) for path, r in read.items()]
        self.model = SiteModel.build(self.registries, pages)
        self.context["digest"] = self.model
        fresh = sum(1 for path, r in read.items() if cached.get(path) is not r)
        # Pelican's own summary counts its articles, none here: say what the digest did.
        console.print(f"Digest: {len(pages)} entries, {fresh} read from their files, "
                      f"{len(pages) - fresh} unchanged since the last build")  # fmt: skip

    def generate_output(self, writer: Any) -> None:
        assert self.model is not None, "generate_context runs first"
        output = Path(self.output_path)
        manifests = {lang: self.cache.load(f"output-{lang}") for lang in self.languages}
        if any(manifest is None for manifest in manifests.values()):
            # No trustworthy record of what the output holds: start it afresh.
            clean_output_dir(str(output), self.settings["OUTPUT_RETENTION"])
            manifests = dict.fromkeys(self.languages)
        # What each page and feed is made from, the same in every interface.
        keys = {p.path: page_key(entry_page(p)) for p in self.model.entries}
        search = self._plan_search(output, keys) if self.options["search"] else None
        pages = self.model.pages(
            {"bundles": tuple(f"{self.urls.base_path}{b.folder}" for b in search.bundles),
             "superseded": search.superseded} if search else None
        )  # fmt: skip
        add_pictures(pages, self.model, self.registries, self.cache, self.sources)
        # The page documenting the open data, beside the files themselves.
        pages.append(Page(page_path("data"), "data", {"tables": TABLES}))
        for page in pages:
            if page.path not in keys:
                keys[page.path] = page_key(page)
        feed_keys = {page.path: fingerprint(page.feed) for page in pages if page.feed}
        produced = run_each(
            list(self.languages),
            lambda lang: self._render_interface(lang, pages, keys, feed_keys, search,
                                                OutputWriter(output, manifests[lang])),
            parallel=self.options["parallel"],
        )  # fmt: skip
        if self.indexer is not None:
            self.indexer.rendered()
        for lang in self.languages:
            announce_written(str(output), produced[lang], self.context)

    def _plan_search(self, output: Path, keys: dict[str, str]) -> SearchPlan:
        assert self.model is not None
        first = self.languages[0]
        # One page a story (its lead, which carries the other editions' text): a search
        # result is a story, and counts and filters count stories.
        pages = {self.urls.file(p.path, first): version(keys[p.path]) for p in self.model.stories}
        self.search_before = self.cache.load("search")
        return plan(
            pages,
            self.options["search_shard_size"],
            self.search_before,
            lambda bundle: (output / bundle.folder / "pagefind-entry.json").is_file(),
        )

    def _render_interface(
        self,
        lang: str,
        pages: list[Page],
        keys: dict[str, str],
        feed_keys: dict[str, str],
        search: SearchPlan | None,
        output: OutputWriter,
    ) -> list[str]:
        """Render one interface; return the files it produced (written or kept as they were)."""
        translations = i18n.load(Path(self.options["translations"]), lang)
        self.env.install_gettext_translations(i18n.EscapedTranslations(translations), newstyle=True)
        common = self._common_context(lang)
        entries = {self.urls.file(p.path, lang): p for p in pages if p.template == "entry"}
        if lang == self.languages[0] and search is not None:
            self._produce_indexed_pages(output, entries, keys, search, common)
        else:
            for page in entries.values():
                self._produce_page(output, page, keys[page.path], lang, common)
        for page in pages:
            if page.template != "entry":
                self._produce_page(output, page, keys[page.path], lang, common)
        if self.options["feeds"]:
            for page in pages:
                if page.feed is not None:
                    self._write_feed(output, page.feed, feed_keys[page.path], lang, common)
        if lang == self.languages[-1]:
            # The open data is the same in every interface: written by the one not indexing.
            assert self.model is not None
            write_data(output, self.model, self.facts, self.registries,
                       self.urls.absolute,
                       self.settings["SITENAME"], self.site_url)  # fmt: skip
        if lang == self.languages[0]:
            paths = [p.path for p in pages if p.path != NOT_FOUND]
            output.produce(["sitemap.xml"], fingerprint(self.site_url, self.languages, paths),
                           lambda: write_sitemap(output.root, self.site_url, paths,
                                                 self.languages, self.urls.prefix))  # fmt: skip
        removed = output.remove_stale()
        if output.manifest != output.previous:
            self.cache.save(f"output-{lang}", output.manifest)
        console.print(f"Digest /{self.urls.prefix(lang)}: {output.written} files written, "
                      f"{output.kept} unchanged, {removed} removed")  # fmt: skip
        return sorted(output.manifest)

    def _produce_indexed_pages(
        self,
        output: OutputWriter,
        entries: dict[str, Page],
        keys: dict[str, str],
        search: SearchPlan,
        common: dict[str, Any],
    ) -> None:
        """The indexed interface's entry pages, a shard at a time: Pagefind indexes each shard
        while the next is rendered."""
        self.indexer = indexer = Indexer(output.root, search)
        try:
            for number, group in enumerate(indexer.order(list(entries))):
                for path in group:
                    page = entries[path]
                    self._produce_page(output, page, keys[page.path], self.languages[0], common)
                indexer.written(number)
        except BaseException:
            indexer.abandon()
            raise

    def finish(self) -> None:
        """Wait for the search index (at the end of Pelican's run) and remember its shards."""
        if self.indexer is not None:
            state = self.indexer.wait()
            if state != self.search_before:
                self.cache.save("search", state)
            self.indexer = None
        self.cache.close()

    def _common_context(self, lang: str) -> dict[str, Any]:
        context: dict[str, Any] = {
            "SITENAME": self.settings["SITENAME"],
            "SITEURL": self.site_url,
            "ui": lang,
            "languages": self.languages,
            "fmt": Formatter(lang, self.registries),
            **self.urls.template_functions(lang),
            "registries": self.registries,
            "palette": palette,
            "search_labels": self._search_labels,
            "story_meta": lambda page: story_meta(page, self.languages),
            "story_filters": story_filters,
        }
        chrome = self.get_template("_chrome").make_module(context)
        context["chrome"] = {part: Markup(getattr(chrome, part)().strip())
                             for part in ("skip", "header", "footer")}  # fmt: skip
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
            "year": {str(year): str(year) for year in self.model.by_year if year != UNDATED},
        }

    def _produce_page(
        self, output: OutputWriter, page: Page, key: str, lang: str, common: dict[str, Any]
    ) -> None:
        path = self.urls.file(page.path, lang)
        if not output.current(path, key):
            template = self.get_template(page.template)
            html = template.render(
                **common, **page.context, page_path=page.path, feed=page.feed, version=version(key)
            )
            output.write(path, key, html)

    def _write_feed(
        self, output: OutputWriter, feed: Feed, key: str, lang: str, common: dict[str, Any]
    ) -> None:
        def make() -> None:
            # The template escapes for HTML; the feed writer escapes for XML: unescape once.
            rendered = self.get_template("feed_title").render(**common, feed=feed).strip()
            title = Markup(rendered).unescape()
            write_feeds(feed, output_dir=output.root, site_url=self.site_url,
                        prefix=self.urls.prefix(lang), lang=lang, title=title,
                        describe=common["feed_description"])  # fmt: skip

        paths = [f"{self.urls.prefix(lang)}{feed.path}{name}" for name in FEED_FILES]
        output.produce(paths, key, make)
