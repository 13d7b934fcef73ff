"""The pictures each page shows (maps and charts), added to the pages' contexts.

A map is plain data in its page's context, so the page's fingerprint covers it; a province's or
partner's charts are a ``PageCharts`` there, fingerprinted by what they are drawn from and drawn
only if the page is rendered. Either way an edit rewrites a page only when one of its pictures
(or anything else on it) changes. The maps' geometry is read once and kept in the build cache.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from digest.errors import InputError
from digest.registries import Registries
from digest.schema import Entry
from digest.shape_checks import shape_problems
from digest.site.buildcache import BuildCache
from digest.site.charts import CHARTS, PageCharts, years_chart
from digest.site.model import Page, SiteModel
from digest.site.urls import page_path
from digest.site.vietnam_map import VietnamGeometry, load_geometry, vietnam_map
from digest.site.world_map import WorldGeometry, load_world, world_map


def _geometry(
    cache: BuildCache, registries: Registries, sources: Iterable[tuple[str | Path, Entry]]
) -> tuple[VietnamGeometry, WorldGeometry]:
    """The maps' geometry, cached; read again only when the registries changed (they key the
    cache), and then only once every province and partner's country has a shape on it."""
    vietnam, world = cache.load("vietnam-geometry"), cache.load("world-geometry")
    if vietnam is None or world is None:
        world = load_world()
        problems = shape_problems(registries, sources, world)
        if problems:
            raise InputError(problems)
        vietnam = load_geometry(registries)
        cache.save("vietnam-geometry", vietnam)
        cache.save("world-geometry", world)
    return vietnam, world


def add_pictures(
    pages: list[Page], model: SiteModel, registries: Registries, cache: BuildCache,
    sources: Iterable[tuple[str | Path, Entry]],
) -> None:  # fmt: skip
    """The maps and charts of every page that has some, in its context; ``sources`` are the
    entries and their files, named if a province has no shape."""
    vietnam, world = _geometry(cache, registries, sources)
    stories = {province: len({p.entry.story_id for p in entries})
               for province, entries in model.by_province.items()}  # fmt: skip
    map_of_vietnam = vietnam_map(vietnam, registries, stories)
    by_partner = {pid: {p.entry.story_id for p in entries}
                  for pid, entries in model.by_partner.items()}  # fmt: skip
    by_province_partner: dict[str, dict[str, set[str]]] = {}
    for pid, entries in model.by_partner.items():
        for page in entries:
            by_province_partner.setdefault(page.entry.province, {}).setdefault(pid, set()).add(
                page.entry.story_id
            )
    home, provinces, partners = page_path("home"), page_path("provinces"), page_path("partners")
    for page in pages:
        context: dict[str, Any] = page.context
        first = "pagination" not in context or context["pagination"].number == 1
        if page.path in (home, provinces):
            context["map_of_vietnam"] = map_of_vietnam
        elif page.path == partners:
            context["partners_map"] = world_map(world, registries, by_partner)
        elif page.template == "archives":
            context["year_chart"] = years_chart(model.by_year)
        elif page.template == "province" and first:
            province = context["province"].id
            stories = model.by_province.get(province, [])
            partners_of = by_province_partner.get(province, {})
            context["partners_map"] = world_map(world, registries, partners_of)
            counts = {pid: len(ids) for pid, ids in partners_of.items()}
            context[CHARTS] = PageCharts(stories, "partner", counts)
        elif page.template == "partner" and first:
            context[CHARTS] = PageCharts(model.by_partner[context["partner"].id], "province")
