"""The Pelican generator that reads the entries and writes the whole digest, per interface.

The generator reads the entries itself (``digest.site.entries``: cached, on every core) rather
than through Pelican's ArticlesGenerator, whose per-article objects the digest does not use and
which cost as much as reading from the cache. It builds the language-neutral site model once and
renders each page with each interface's catalogue, so the Markdown of an entry is converted once
however many interfaces there are, and a page whose inputs have not changed since the last build
is not rendered again (``digest.site.output``).

Like Pelican's generators, it has two phases: ``generate_context`` reads the entries and builds
the model; ``generate_output`` hands each kind of output to its own writer: the pages of one
interface (``digest.site.pages``), feeds (``digest.site.feeds``), the open data
(``digest.site.datafiles``), the sitemap (``digest.site.sitemap``) and the search index
(``digest.site.search_index``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pelican.generators import Generator
from pelican.log import console
from pelican.utils import clean_output_dir

from digest.content_checks import cross_entry_problems, entry_folder_problems
from digest.errors import DigestError, InputError, unprintable_name
from digest.registries import load_registries
from digest.schema import Entry
from digest.site.announce import announce_written
from digest.site.buildcache import BuildCache, code_fingerprint
from digest.site.buildlock import lock_output
from digest.site.datafiles import write_data
from digest.site.entries import ReadEntry, TextStore, read_all
from digest.site.feeds import produce_feeds
from digest.site.fingerprint import fingerprint
from digest.site.model import EntryPage, Page, SiteModel, entry_page
from digest.site.opendata import TABLES
from digest.site.output import OutputWriter
from digest.site.pages import InterfacePages, page_key
from digest.site.parallel import run_each
from digest.site.pictures import add_pictures
from digest.site.sandbox import sandboxed
from digest.site.search_index import SearchIndexing, version
from digest.site.settings import plugin_settings
from digest.site.sitemap import produce_sitemap
from digest.site.urls import SiteUrls, page_path
from digest.untrusted import refuse_symlinks_under


class BuildError(DigestError):
    """The site cannot be built as configured."""


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
        self.search = (
            SearchIndexing(Path(self.output_path), self.options["search_shard_size"], self.cache)
            if self.options["search"]
            else None
        )

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
        search = None
        if self.search is not None:
            # One page a story (its lead, which carries the other editions' text): a search
            # result is a story, and counts and filters count stories.
            first = self.languages[0]
            stories = {self.urls.file(p.path, first): p for p in self.model.stories}
            search = self.search.prepare(
                {path: version(keys[p.path]) for path, p in stories.items()},
                {path: 1 + len(p.editions) for path, p in stories.items()},
            )
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
            lambda lang: self._write_interface(lang, pages, keys, feed_keys,
                                               OutputWriter(output, manifests[lang])),
            parallel=self.options["parallel"],
        )  # fmt: skip
        if self.search is not None:
            self.search.rendered()
        for lang in self.languages:
            announce_written(str(output), produced[lang], self.context)

    def _write_interface(
        self,
        lang: str,
        pages: list[Page],
        keys: dict[str, str],
        feed_keys: dict[str, str],
        output: OutputWriter,
    ) -> list[str]:
        """Write one interface; return the files it produced (written or kept as they were)."""
        assert self.model is not None
        interface = InterfacePages(
            lang,
            env=self.env,
            get_template=self.get_template,
            translations=Path(self.options["translations"]),
            site_name=self.settings["SITENAME"],
            site_url=self.site_url,
            languages=self.languages,
            urls=self.urls,
            registries=self.registries,
            model=self.model,
        )

        def write(page: Page) -> None:
            interface.write(output, page, keys[page.path])

        entries = {self.urls.file(p.path, lang): p for p in pages if p.template == "entry"}
        if lang == self.languages[0] and self.search is not None:
            self.search.write_entries(entries, write)
        else:
            for page in entries.values():
                write(page)
        for page in pages:
            if page.template != "entry":
                write(page)
        if self.options["feeds"]:
            produce_feeds(output, pages, feed_keys, interface, self.site_url)
        if lang == self.languages[-1]:
            # The open data is the same in every interface: written by the one not indexing.
            write_data(output, self.model, self.facts, self.registries,
                       self.urls.absolute,
                       self.settings["SITENAME"], self.site_url)  # fmt: skip
        if lang == self.languages[0]:
            produce_sitemap(output, pages, self.site_url, self.languages, self.urls)
        removed = output.remove_stale()
        if output.manifest != output.previous:
            self.cache.save(f"output-{lang}", output.manifest)
        console.print(f"Digest /{self.urls.prefix(lang)}: {output.written} files written, "
                      f"{output.kept} unchanged, {removed} removed")  # fmt: skip
        return sorted(output.manifest)

    def finish(self) -> None:
        """Wait for the search index (at the end of Pelican's run) and remember its shards."""
        if self.search is not None:
            self.search.finish()
        self.cache.close()
