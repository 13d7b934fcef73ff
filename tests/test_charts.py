"""Charts: their layout from the stories (unit), and on a real build their titles, tables,
links and numbers in each interface."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from digest.schema import Figure
from digest.site.charts import (
    BAR_HEIGHT,
    MAX_BARS,
    MAX_LINKS,
    bar_chart,
    figure_charts,
    network,
    stories_per_year,
)
from digest.site.model import EntryPage

from .site_helpers import ROOT, build_site
from .test_build_cache import entry_page


def _story(slug: str, year: int | None, figures: tuple[Figure, ...] = ()) -> EntryPage:
    page = entry_page(slug, "d" * 32)
    date = dt.date(year, 6, 1) if year else None
    page.entry = dataclasses.replace(page.entry, date=date, figures=figures)
    return page


def test_bars_are_as_high_as_their_values_and_a_missing_year_shows_as_a_gap() -> None:
    chart = bar_chart({2020: 2, 2022: 4})
    assert chart is not None
    assert [(b.year, b.value) for b in chart.bars] == [(2020, 2), (2021, 0), (2022, 4)]
    assert [b.height for b in chart.bars] == [BAR_HEIGHT / 2, 0, BAR_HEIGHT]
    assert all(b.y + b.height == pytest.approx(chart.baseline) for b in chart.bars)
    assert chart.label_every == 1
    assert bar_chart({}) is None


def test_only_the_latest_years_are_drawn_and_their_labels_thinned() -> None:
    chart = bar_chart({year: 1 for year in range(1990, 2026)})
    assert chart is not None and len(chart.bars) == MAX_BARS
    assert chart.bars[-1].year == 2025 and chart.label_every > 1


def test_stories_per_year_counts_undated_stories_apart() -> None:
    chart = stories_per_year([_story("a", 2024), _story("b", 2024), _story("c", None)])
    assert chart is not None and chart.undated == 1
    assert [(b.year, b.value) for b in chart.bars] == [(2024, 2)]


def test_figure_charts_sum_the_main_measures_reported_in_two_years_or_more() -> None:
    aid = Figure(value=100.0, unit="VND", what="aid", approx=False)
    visits = Figure(value=3.0, unit="count", what="delegations_received", approx=False)
    other = Figure(value=9.0, unit="count", what="trees", approx=False)
    charts = figure_charts([_story("a", 2023, (aid, visits, other)), _story("b", 2024, (aid,)),
                            _story("c", 2024, (aid,))])  # fmt: skip
    # Delegations were reported in one year only: nothing over time; trees are no main measure.
    assert [(c.what, c.unit) for c in charts] == [("aid", "VND")]
    assert [(b.year, b.value) for b in charts[0].bars] == [(2023, 100), (2024, 200)]
    assert charts[0].bars[-1].total is not None and charts[0].bars[-1].total.stories == 2


def test_the_network_ranks_its_links_and_names_how_many_are_left_out() -> None:
    counts = {f"p{i:02}": i for i in range(1, MAX_LINKS + 4)}
    shown = network("partner", counts)
    assert shown is not None and len(shown.links) == MAX_LINKS and shown.more == 3
    assert shown.links[0].key == f"p{MAX_LINKS + 3:02}" and len(shown.every) == MAX_LINKS + 3
    assert shown.links[0].radius > shown.links[-1].radius
    assert [link.y for link in shown.links] == sorted(link.y for link in shown.links)


CHART = re.compile(r'<figure class="chart[^"]*">.*?</figure>', re.S)


@pytest.mark.site
@pytest.mark.parametrize("prefix", ["", "vi/"])
def test_province_and_partner_pages_have_their_charts_in_the_interface_language(
    site: Path, prefix: str
) -> None:
    province = (site / prefix / "provinces/lai-chau/index.html").read_text(encoding="utf-8")
    charts = CHART.findall(province)
    assert len(charts) >= 2  # stories per year, partners
    for chart in charts:
        assert re.search(r'<title id="[\w-]+-title">[^<]+</title>', chart)
        assert re.search(r'<desc id="[\w-]+-desc">[^<]+</desc>', chart)
        assert "<table" in chart  # the numbers, for screen readers and anyone who wants them
    if prefix:
        assert "Số tin về Lai Châu theo năm" in province
    else:
        assert "Stories per year about Lai Chau" in province
    partner = (site / prefix / "partners/cn-yunnan/index.html").read_text(encoding="utf-8")
    [links] = [c for c in CHART.findall(partner) if "network-title" in c]
    hrefs = re.findall(r'<a href="([^"]+)"><title>', links)
    assert set(hrefs) == {f"/{prefix}provinces/lai-chau/", f"/{prefix}provinces/lao-cai/"}
    assert all((site / href.lstrip("/") / "index.html").is_file() for href in hrefs)


@pytest.mark.site
def test_the_archives_chart_counts_stories_per_year(site: Path) -> None:
    html = (site / "archives/index.html").read_text(encoding="utf-8")
    [chart] = CHART.findall(html)
    assert '<th scope="row">2025</th><td class="number">1</td>' in chart
    assert "Not drawn: 2 stories whose articles state no date." in chart


def test_a_measure_reported_in_two_years_is_drawn_over_time(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    entry = (content / "entries" / "lai-chau-mo-rong-hoi-nhap-de.md").read_text(encoding="utf-8")
    earlier = (entry.replace("slug: lai-chau-mo-rong-hoi-nhap-de", "slug: lai-chau-earlier-de")
               .replace("story_id: lai-chau-mo-rong-hoi-nhap", "story_id: lai-chau-earlier")
               .replace("date: 2025-11-15", "date: 2024-05-02"))  # fmt: skip
    (content / "entries" / "lai-chau-earlier-de.md").write_text(earlier, encoding="utf-8")
    output = tmp_path / "output"
    result = build_site(output, content=content)
    assert result.returncode == 0, result.stdout + result.stderr
    for prefix, visitors, compact, note in (
        ("", "Visitors per year", "3.7K", "A story’s figures are"),
        ("vi/", "Lượt khách theo năm", "3,7\xa0N", "Số liệu của một tin là số liệu của cả tin"),
    ):
        province = (output / prefix / "provinces/lai-chau/index.html").read_text(encoding="utf-8")
        [chart] = [c for c in CHART.findall(province) if f">{visitors}</title>" in c]
        assert chart.count(f">{compact}</text>") == 2  # 2024 and 2025, Babel's short numbers
        assert '<th scope="row">2024</th>' in chart and '<th scope="row">2025</th>' in chart
        partner = (output / prefix / "partners/cn-yunnan/index.html").read_text(encoding="utf-8")
        # A story's figures are not a partner's own: its page says so, a province's need not.
        assert note in partner and note not in province
