"""The charts of province, partner and archive pages, laid out at build time as SVG geometry.

Three kinds: stories per year and a measure's totals per year (bars), and the network of a
province's partners or a partner's provinces (a ranked list of links drawn as a fan). The
layout is plain data (a province's and a partner's drawn when its page is rendered, see
``PageCharts``); the templates
(theme/templates/_charts.html) add words and numbers in the interface language.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from digest.site.model import UNDATED, EntryPage, FigureTotal, figure_totals

WIDTH = 320.0  # of a chart's view box
BAR_HEIGHT = 120.0  # of the bars' area
_TOP = 18.0  # room for the values above the bars
_BOTTOM = 22.0  # room for the years below them
_SIDE = 8.0
MAX_BARS = 12  # years shown (the latest); every year is in the table beside the chart
# Measures drawn over time, in this order, where the entries give them: what the issue's
# readers follow (delegations, aid, trade, visitors) before the rest.
MAIN_MEASURES = ("delegations_sent", "delegations_received", "delegations", "aid", "trade",
                 "investment", "visitors", "agreements")  # fmt: skip
MAX_SERIES = 4
ROW = 24.0  # height of a row of the network
MAX_LINKS = 12  # of the network; the table beside it has them all


@dataclass(frozen=True)
class Bar:
    year: int
    value: float
    x: float
    y: float
    width: float
    height: float
    total: FigureTotal | None = None  # a measure's total, formatted with its unit


@dataclass(frozen=True)
class BarChart:
    bars: tuple[Bar, ...]  # oldest first
    height: float
    label_every: int  # years labelled below the bars (1: each)
    what: str = ""  # the measure, for a chart of figures
    unit: str = ""
    undated: int = 0  # stories without a date, left out of the bars
    width: float = WIDTH

    @property
    def baseline(self) -> float:
        return _TOP + BAR_HEIGHT


def bar_chart(
    values: dict[int, float],
    totals: dict[int, FigureTotal] | None = None,
    *,
    what: str = "",
    unit: str = "",
    undated: int = 0,
) -> BarChart | None:
    """Bars for the latest MAX_BARS years of ``values`` (year -> value), years without a value
    drawn empty so that gaps show; None when there is nothing to draw."""
    if not values:
        return None
    last = max(values)
    first = max(min(values), last - MAX_BARS + 1)
    years = range(first, last + 1)
    top = max(values[y] for y in years if y in values) or 1
    step = (WIDTH - 2 * _SIDE) / len(years)
    width = min(step * 0.7, 48)
    bars = []
    for index, year in enumerate(years):
        value = values.get(year, 0)
        height = round(BAR_HEIGHT * value / top, 1)
        x = round(_SIDE + index * step + (step - width) / 2, 1)
        bars.append(Bar(year, value, x, round(_TOP + BAR_HEIGHT - height, 1), round(width, 1),
                        height, (totals or {}).get(year)))  # fmt: skip
    # A year label is about 30 units wide at the chart's font size.
    every = math.ceil(30 / step)
    return BarChart(tuple(bars), _TOP + BAR_HEIGHT + _BOTTOM, every, what, unit, undated)


def stories_per_year(stories: Iterable[EntryPage]) -> BarChart | None:
    counts: dict[int, float] = {}
    undated = 0
    for page in stories:
        if page.entry.date is None:
            undated += 1
        else:
            counts[page.entry.date.year] = counts.get(page.entry.date.year, 0) + 1
    return bar_chart(counts, undated=undated)


def years_chart(by_year: dict[int | str, list[EntryPage]]) -> BarChart | None:
    """Stories per year from the archive's years (each holds one edition per story)."""
    counts = {year: float(len(pages)) for year, pages in by_year.items() if isinstance(year, int)}
    return bar_chart(counts, undated=len(by_year.get(UNDATED, ())))


def figure_charts(stories: list[EntryPage]) -> tuple[BarChart, ...]:
    """A chart per main measure (and unit) reported in two years or more, from every dated
    story."""
    series: dict[tuple[str, str], dict[int, FigureTotal]] = {}
    for total in figure_totals(stories):
        if total.what in MAIN_MEASURES and total.year is not None:
            series.setdefault((total.what, total.unit), {})[total.year] = total
    ordered = sorted(series.items(), key=lambda kv: (MAIN_MEASURES.index(kv[0][0]), kv[0][1]))
    charts = []
    # A measure reported in one year only has no "over time" to draw (a province's table of
    # figures lists it); leaving it out also keeps the many partner pages cheap to render.
    ordered = [(key, totals) for key, totals in ordered if len(totals) > 1]
    for (what, unit), totals in ordered[:MAX_SERIES]:
        chart = bar_chart({year: t.value for year, t in totals.items()}, totals,
                          what=what, unit=unit)  # fmt: skip
        if chart is not None:
            charts.append(chart)
    return tuple(charts)


@dataclass(frozen=True)
class Link:
    key: str  # the partner's or province's id
    stories: int
    y: float  # of its row
    radius: float  # of its node: the area grows with its stories


@dataclass(frozen=True)
class Network:
    kind: str  # what the links are: "partner" or "province"
    links: tuple[Link, ...]  # most stories first, at most MAX_LINKS
    more: int  # links left out of the picture (in the table)
    every: tuple[tuple[str, int], ...]  # every link and its stories, for the table
    height: float
    centre: float  # y of the page's own node, at the left
    width: float = WIDTH


def network(kind: str, counts: dict[str, int]) -> Network | None:
    """The page's own node at the left, joined to a row per partner (or province)."""
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    shown = ranked[:MAX_LINKS]
    most = shown[0][1]
    rows = len(shown) + (len(ranked) > MAX_LINKS)
    links = tuple(
        Link(key, stories, round(ROW / 2 + index * ROW, 1),
             round(3 + 6 * math.sqrt(stories / most), 1))
        for index, (key, stories) in enumerate(shown)
    )  # fmt: skip
    height = rows * ROW
    return Network(kind, links, len(ranked) - len(shown), tuple(ranked), height,
                   round(height / 2, 1))  # fmt: skip


def province_counts(stories: Iterable[EntryPage]) -> dict[str, int]:
    """Stories per province of ``stories`` (one edition per story)."""
    counts: dict[str, int] = {}
    for page in stories:
        counts[page.entry.province] = counts.get(page.entry.province, 0) + 1
    return counts


# The context key of a page's PageCharts, replaced by the charts when the page is rendered.
CHARTS = "charts_to_draw"


@dataclass(frozen=True)
class PageCharts:
    """A province's or partner's charts, drawn when its page is rendered, not when the build
    reads its entries. Its fingerprint is what they are drawn from (the stories, and the counts
    of a province's partners), so an edit that changes neither draws nothing: at 10,000
    entries, drawing the charts of 1,800 pages cost a one-entry edit about a second."""

    stories: list[EntryPage]  # one edition per story
    kind: str  # of the network's links: "partner" (a province's page) or "province"
    counts: dict[str, int] | None = None  # stories per link; None: the stories' provinces

    def draw(self) -> dict[str, Any]:
        counts = province_counts(self.stories) if self.counts is None else self.counts
        return {
            "year_chart": stories_per_year(self.stories),
            "figure_charts": figure_charts(self.stories),
            "network": network(self.kind, counts),
        }
