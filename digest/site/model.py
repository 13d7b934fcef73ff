"""The digest as pages: which entries each index lists, independent of interface language.

Built once per build from the validated entries; every page is then rendered once per
interface language. Paths are language-neutral ("provinces/lai-chau/", from digest/site/urls.py);
the interface in DEFAULT_LANG puts them under "/", each other one under "/<lang>/".
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from digest.registries import Registries
from digest.schema import Entry, Figure
from digest.site.facts import published
from digest.site.search_terms import plain_text
from digest.site.urls import NOT_FOUND, page_path
from digest.site.urls import paged as page_number

# How many entries the home page and a feed carry.
LATEST = 30
# Entries listed on one page of a province, partner, topic, language or year.
PAGE_SIZE = 50
# A province page gathers the figures of its most recent stories, not of every story ever.
FIGURE_STORIES = 30


def _no_texts() -> tuple[str, str]:
    return "", ""


@dataclass
class EntryPage:
    entry: Entry
    digest: str = ""  # of the entry's file: pages showing the entry change when it changes
    editions: list[EntryPage] = field(default_factory=list)
    lead: str = ""  # the opening words of the article, shown with search results
    segmented: bool = False  # the search terms hold the article's text, cut into words
    # This edition stands for its story in lists, feeds and the search index (``story_lead``).
    leads_story: bool = True
    # The article's HTML and its hidden search terms, read when the entry's page is rendered.
    texts: Callable[[], tuple[str, str]] = field(default=_no_texts)

    @property
    def path(self) -> str:
        return page_path("entry", self.entry.slug)

    @functools.cached_property
    def fingerprint_part(self) -> str:
        """This entry in the fingerprint of a page that shows it: its file, and the files of
        its other editions, whose titles and languages its page names. Computed once, after
        SiteModel.build has linked the editions."""
        lead = "L" if self.leads_story else "l"
        return " ".join([lead + self.digest, *(other.digest for other in self.editions)])

    @functools.cached_property
    def highest_figures(self) -> dict[tuple[str, str], Figure]:
        """This edition's highest published figure of each measure and unit, rates left out:
        what ``figure_totals`` adds up. Computed once: an entry is on many pages' charts."""
        highest: dict[tuple[str, str], Figure] = {}
        for figure in published(self.entry.figures):
            key = (figure.what, figure.unit)
            if figure.per is None and (key not in highest or figure.value > highest[key].value):
                highest[key] = figure
        return highest

    def in_language(self, lang: str) -> EntryPage:
        """The edition that stands for this story for a reader of ``lang``, on a list of
        stories: the one written in ``lang`` if there is one, else the lead. A list of
        editions (a language page) shows each edition as itself."""
        if self.entry.lang == lang or not self.leads_story:
            return self
        return next((other for other in self.editions if other.entry.lang == lang), self)

    def search_text(self) -> str:
        """This edition's text for the search index of its story, which is indexed once, on its
        lead's page, so that a word of any edition finds it (one result a story). An article
        cut into words for search (Japanese, Chinese) is in its search terms."""
        html, terms = self.texts()
        return " ".join((terms if self.segmented else plain_text(html)).split())

    def others(self, shown: EntryPage) -> list[EntryPage]:
        """The story's editions other than ``shown``, this one first."""
        return [edition for edition in [self, *self.editions] if edition is not shown]


@dataclass(frozen=True)
class Feed:
    """A feed of the entries on one index page, in Atom and RSS."""

    path: str  # the page's path; feeds sit beside it as atom.xml and rss.xml
    entries: tuple[EntryPage, ...]
    kind: str  # site, province, partner, topic or language: what the feed is about
    key: str = ""  # the id of that province, partner, topic or language


@dataclass(frozen=True)
class Pagination:
    number: int
    count: int
    previous: str | None  # path of the newer page
    next: str | None  # path of the older page


@dataclass(frozen=True)
class Page:
    path: str
    template: str
    context: dict[str, Any]
    feed: Feed | None = None


def entry_page(page: EntryPage) -> Page:
    return Page(page.path, "entry", {"page": page})


def paged(
    path: str, template: str, context: dict[str, Any], entries: list[EntryPage], feed: Feed | None
) -> list[Page]:
    """A listing split into pages of PAGE_SIZE entries: ``path``, then ``path/page/2/``…; the
    feed and whatever else the context holds go with the first page."""
    chunks = [entries[i : i + PAGE_SIZE] for i in range(0, len(entries), PAGE_SIZE)] or [[]]
    paths = [page_number(path, n) for n in range(1, len(chunks) + 1)]
    pages = []
    for index, chunk in enumerate(chunks):
        pagination = Pagination(
            number=index + 1,
            count=len(chunks),
            previous=paths[index - 1] if index else None,
            next=paths[index + 1] if index + 1 < len(chunks) else None,
        )
        extra = context if index == 0 else {k: v for k, v in context.items() if k in _EVERY_PAGE}
        page_context = {**extra, "entries": chunk, "pagination": pagination}
        pages.append(Page(paths[index], template, page_context, feed if index == 0 else None))
    return pages


# What every page of a listing needs besides its entries (the rest belongs to the first page).
_EVERY_PAGE = frozenset({"province", "absorbed", "partner", "topic", "code", "year"})


def newest_first(pages: Iterable[EntryPage]) -> list[EntryPage]:
    """Dated articles newest first, then the undated ones: when the digest added an article says
    nothing of when it happened. Ties fall back to the slug so every build orders them alike."""
    by_slug = sorted(pages, key=lambda p: p.entry.slug)
    dated = [p for p in by_slug if p.entry.date is not None]
    undated = [p for p in by_slug if p.entry.date is None]
    return sorted(dated, key=lambda p: p.entry.date or dt.date.min, reverse=True) + undated


# The archive of articles whose source states no date (never the year they were added).
UNDATED = "undated"


def _years_then_undated(key: int | str) -> tuple[bool, int]:
    return (key == UNDATED, -key if isinstance(key, int) else 0)


def story_lead(editions: list[EntryPage]) -> EntryPage:
    """The edition that stands for a story in lists, feeds and search: a reviewed one before
    drafts, then the first drafted (earliest ``added``), then by slug so every build agrees."""
    return min(
        editions,
        key=lambda p: (p.entry.status != "reviewed", p.entry.added, p.entry.slug),
    )


@dataclass(frozen=True)
class FigureTotal:
    """One measure's figures summed over a year's stories (year None: articles not dated)."""

    what: str
    unit: str
    year: int | None
    value: float
    stories: int
    approx: bool


def figure_totals(stories: list[EntryPage]) -> list[FigureTotal]:
    """Figures summed per measure, unit and year of publication, newest year first; each
    story counted once (``stories`` holds one edition per story). A story giving several
    figures of one measure and unit (173 delegations since 2020, 4 of them this year) adds its
    highest, not their sum; rates (per month…) are not summed at all, nor unnamed figures."""
    highest: dict[tuple[str, str, str, int | None], Figure] = {}
    for page in stories:
        entry = page.entry
        year = entry.date.year if entry.date else None
        for (what, unit), figure in page.highest_figures.items():
            key = (entry.story_id, what, unit, year)
            if key not in highest or figure.value > highest[key].value:
                highest[key] = figure
    sums: dict[tuple[str, str, int | None], list[Any]] = {}
    for (story, what, unit, year), figure in highest.items():
        total = sums.setdefault((what, unit, year), [0, set(), False])
        total[0] += figure.value
        total[1].add(story)
        total[2] = total[2] or figure.approx
    rows = [
        FigureTotal(what, unit, year, value, len(ids), approx)
        for (what, unit, year), (value, ids, approx) in sums.items()
    ]
    return sorted(rows, key=lambda r: (-(r.year or 0), r.what, r.unit))


@dataclass
class SiteModel:
    registries: Registries
    entries: list[EntryPage]
    # One edition per story (its lead), newest first: what every listing shows and counts.
    stories: list[EntryPage] = field(default_factory=list)
    by_province: dict[str, list[EntryPage]] = field(default_factory=dict)
    mentioning: dict[str, list[EntryPage]] = field(default_factory=dict)
    by_partner: dict[str, list[EntryPage]] = field(default_factory=dict)
    by_topic: dict[str, list[EntryPage]] = field(default_factory=dict)
    by_language: dict[str, list[EntryPage]] = field(default_factory=dict)
    by_year: dict[int | str, list[EntryPage]] = field(default_factory=dict)

    @classmethod
    def build(cls, registries: Registries, pages: Iterable[EntryPage]) -> SiteModel:
        model = cls(registries=registries, entries=newest_first(pages))
        groups: dict[str, dict[Any, list[EntryPage]]] = {
            name: defaultdict(list)
            for name in ("province", "mentioning", "partner", "topic", "language", "year")
        }
        stories: dict[str, list[EntryPage]] = defaultdict(list)
        for page in model.entries:
            stories[page.entry.story_id].append(page)
        for editions in stories.values():
            for page in editions:
                page.editions = [other for other in editions if other is not page]
        leads = {story: story_lead(editions) for story, editions in stories.items()}
        for page in model.entries:
            page.leads_story = leads[page.entry.story_id] is page
        model.stories = [page for page in model.entries if leads[page.entry.story_id] is page]
        listed: set[tuple[str, Any, str]] = set()

        def list_story(group: str, key: Any, page: EntryPage) -> None:
            # Editions may differ in topics or mentioned provinces: the story is listed once
            # wherever any of its editions belongs, in the place of its newest edition.
            story = page.entry.story_id
            if (group, key, story) not in listed:
                listed.add((group, key, story))
                groups[group][key].append(leads[story])

        for page in model.entries:
            entry = page.entry
            list_story("province", entry.province, page)
            for province in entry.provinces:
                if province != entry.province:
                    list_story("mentioning", province, page)
            for partner in entry.partners:
                list_story("partner", partner, page)
            for topic in entry.topics:
                list_story("topic", topic, page)
            # A language page lists that language's editions: at most one per story.
            groups["language"][entry.lang].append(page)
            list_story("year", entry.date.year if entry.date else UNDATED, page)
        model.by_province = dict(groups["province"])
        model.mentioning = dict(groups["mentioning"])
        model.by_partner = dict(groups["partner"])
        model.by_topic = dict(groups["topic"])
        model.by_language = dict(groups["language"])
        model.by_year = dict(
            sorted(groups["year"].items(), key=lambda kv: _years_then_undated(kv[0]))
        )
        return model

    def pages(self, search: dict[str, Any] | None = None) -> list[Page]:
        """Every page; ``search`` is what the search page needs to load the index."""
        search_context = {
            **(search or {}),
            # The search page names every value of its filters.
            "filters": (sorted(self.by_partner), sorted(self.by_language),
                        sorted(self.by_topic), list(self.by_year)),
        }  # fmt: skip
        return [
            *self._home_and_archives(),
            *map(entry_page, self.entries),
            *self._province_pages(),
            *self._partner_pages(),
            *self._topic_pages(),
            *self._language_pages(),
            Page(page_path("search"), "search", search_context),
            Page(page_path("about"), "about", {}),
            # A file, not a folder: what the web server answers for a missing path.
            Page(NOT_FOUND, "404", {}),
        ]

    def _home_and_archives(self) -> list[Page]:
        latest = tuple(self.stories[:LATEST])
        home_feed = Feed(page_path("feeds"), latest, "site")
        pages = [
            Page(
                page_path("home"),
                "index",
                {"entries": latest, "total": len(self.stories)},
                home_feed,
            ),
            Page(page_path("archives"), "archives", {"years": self.by_year}),
        ]
        for year, entries in self.by_year.items():
            path = page_path("archive_year", year)
            pages += paged(path, "archive_year", {"year": year}, entries, None)
        return pages

    def _province_pages(self) -> list[Page]:
        current = self.registries.current_provinces()
        overview = [
            (p, len(self.by_province.get(p.id, ())), len(self.mentioning.get(p.id, ())))
            for p in sorted(current, key=lambda p: p.id)
        ]
        pages = [Page(page_path("provinces"), "provinces", {"provinces": overview})]
        for province in current:
            entries = self.by_province.get(province.id, [])
            context = {
                "province": province,
                "absorbed": self.registries.absorbed_by(province.id),
                "mentioning": self.mentioning.get(province.id, []),
                "figure_stories": FIGURE_STORIES,
                "figures": figure_totals(entries[:FIGURE_STORIES]),
            }
            path = page_path("province", province.id)
            feed = Feed(path, tuple(entries[:LATEST]), "province", province.id) if entries else None
            pages += paged(path, "province", context, entries, feed)
        return pages

    def _partner_pages(self) -> list[Page]:
        partners = [self.registries.partners[pid] for pid in sorted(self.by_partner)]
        by_country: dict[str, list[Any]] = defaultdict(list)
        for partner in partners:
            by_country[partner.country or ""].append((partner, len(self.by_partner[partner.id])))
        countries = dict(sorted(by_country.items()))
        pages = [Page(page_path("partners"), "partners", {"countries": countries})]
        for partner in partners:
            entries = self.by_partner[partner.id]
            path = page_path("partner", partner.id)
            feed = Feed(path, tuple(entries[:LATEST]), "partner", partner.id)
            pages += paged(path, "partner", {"partner": partner}, entries, feed)
        return pages

    def _topic_pages(self) -> list[Page]:
        topics = [(t, len(self.by_topic.get(t.id, ()))) for t in self.registries.topics.values()]
        pages = [Page(page_path("topics"), "topics", {"topics": topics})]
        for topic_id, entries in sorted(self.by_topic.items()):
            topic = self.registries.topics[topic_id]
            path = page_path("topic", topic_id)
            feed = Feed(path, tuple(entries[:LATEST]), "topic", topic_id)
            pages += paged(path, "topic", {"topic": topic}, entries, feed)
        return pages

    def _language_pages(self) -> list[Page]:
        counts = [(lang, len(entries)) for lang, entries in sorted(self.by_language.items())]
        pages = [Page(page_path("languages"), "languages", {"languages_used": counts})]
        for lang, entries in sorted(self.by_language.items()):
            path = page_path("language", lang)
            feed = Feed(path, tuple(entries[:LATEST]), "language", lang)
            pages += paged(path, "language", {"code": lang}, entries, feed)
        return pages
