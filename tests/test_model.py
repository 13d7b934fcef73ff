"""The site model: which pages exist and what each lists, before any template runs."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from digest.site.model import PAGE_SIZE, EntryPage, SiteModel


def fake_entry(number: int) -> EntryPage:
    date = dt.date(2025, 1, 1) + dt.timedelta(days=number)
    entry = SimpleNamespace(
        slug=f"entry-{number:03d}", sort_date=date, date=date,
        province="lai-chau", provinces=("lai-chau",), partners=("cn-yunnan",), topics=("trade",),
        lang="pl", story_id=f"story-{number}", figures=(), status="reviewed",
        added=dt.date(2026, 1, 1),
    )  # fmt: skip
    return EntryPage(entry=entry)  # type: ignore[arg-type]


def test_long_listings_are_paged_newest_first(registries) -> None:
    count = PAGE_SIZE * 2 + 7
    model = SiteModel.build(registries, [fake_entry(n) for n in range(count)])
    pages = {page.path: page for page in model.pages()}
    first, second, third = (pages[p] for p in ("partners/cn-yunnan/", "partners/cn-yunnan/page/2/",
                                               "partners/cn-yunnan/page/3/"))  # fmt: skip
    assert "partners/cn-yunnan/page/4/" not in pages
    assert [len(p.context["entries"]) for p in (first, second, third)] == [PAGE_SIZE, PAGE_SIZE, 7]
    assert first.context["entries"][0].entry.slug == f"entry-{count - 1:03d}"
    assert first.feed is not None and second.feed is None
    assert (first.context["pagination"].previous, first.context["pagination"].next) == (
        None, "partners/cn-yunnan/page/2/")  # fmt: skip
    assert third.context["pagination"].previous == "partners/cn-yunnan/page/2/"
    # The province's figures and "also mentioned" lists belong to its first page only.
    assert "figures" in pages["provinces/lai-chau/"].context
    assert "figures" not in pages["provinces/lai-chau/page/2/"].context
    assert pages["provinces/lai-chau/page/2/"].context["province"].id == "lai-chau"


def test_editions_of_a_story_know_each_other(registries) -> None:
    pages = [fake_entry(1), fake_entry(2), fake_entry(3)]
    pages[1].entry.story_id = pages[0].entry.story_id
    SiteModel.build(registries, pages)
    assert pages[0].editions == [pages[1]] and pages[1].editions == [pages[0]]
    assert pages[2].editions == []


def test_a_story_is_listed_once_by_its_reviewed_or_first_drafted_edition(registries) -> None:
    draft, reviewed, later = fake_entry(1), fake_entry(2), fake_entry(3)
    for page in (draft, reviewed, later):
        page.entry.story_id = "one-story"
    draft.entry.status = "draft"
    later.entry.added = dt.date(2026, 6, 1)
    model = SiteModel.build(registries, [draft, reviewed, later])
    pages = {page.path: page for page in model.pages()}
    assert model.stories == [reviewed]
    for path in ("", "provinces/lai-chau/", "partners/cn-yunnan/", "topics/trade/"):
        assert list(pages[path].context["entries"]) == [reviewed], path
    assert pages[""].context["total"] == 1
    # Each edition keeps its own page; the language page lists the editions in that language.
    assert {"entries/entry-001/", "entries/entry-002/", "entries/entry-003/"} <= set(pages)
    assert len(pages["languages/pl/"].context["entries"]) == 3


def test_province_figures_are_summed_per_measure_and_year(registries) -> None:
    from digest.schema import Figure
    from digest.site.model import figure_totals

    pages = [fake_entry(n) for n in range(3)]
    pages[0].entry.date = dt.date(2025, 3, 1)
    pages[1].entry.date = dt.date(2025, 9, 1)
    pages[2].entry.date = None  # undated: never filed under the year it was added
    for page, value in zip(pages, (536, 5, 40), strict=True):
        page.entry.figures = (Figure(value, "count", "delegations_received", value == 40),)
    rows = figure_totals(pages)
    assert [(r.year, r.value, r.stories, r.approx) for r in rows] == [
        (2025, 541, 2, False), (None, 40, 1, True)]  # fmt: skip
