"""An entry's figures as a reader sees them: ranges, periods, money in words, sums per province."""

from __future__ import annotations

import datetime as dt

import pytest

from digest.schema import Figure
from digest.site.facts import figure_rows
from digest.site.formatting import Formatter
from digest.site.model import figure_totals
from tests.test_model import fake_entry


def test_several_figures_of_one_measure_are_a_range_never_a_sum() -> None:
    rows = figure_rows([
        Figure(25_000_000, "VND", "salary", False, per="month"),
        Figure(536, "count", "delegations_received", False, since=2020),
        Figure(40_000_000, "VND", "salary", False, per="month"),
        Figure(6, "count", "delegations_received", False, since=2025),
        Figure(2, "count", "other", False),
    ])  # fmt: skip
    shown = [(r.what, r.low.value, r.high.value if r.high else None, r.per, r.since) for r in rows]
    assert shown == [
        ("salary", 25_000_000, 40_000_000, "month", None),
        # A different period is a different fact: its own row, beside the other of its measure.
        ("delegations_received", 536, None, None, 2020),
        ("delegations_received", 6, None, None, 2025),
    ]  # a figure nobody named ("other") is not shown


def test_a_range_is_approximate_if_either_end_is() -> None:
    (row,) = figure_rows(
        [Figure(1_600_000, "USD", "aid", False), Figure(2_080_000, "USD", "aid", True)]
    )
    assert row.approx and row.low.value == 1_600_000 and row.high is not None


@pytest.mark.parametrize(
    ("lang", "value", "unit", "shown"),
    [
        ("en", 226_000_000_000, "VND", "₫226 billion"),
        ("vi", 226_000_000_000, "VND", "226 tỷ đồng"),
        ("en", 1_600_000, "USD", "$1.6 million"),
        ("vi", 1_600_000, "USD", "1,6 triệu USD"),
        ("vi", 2_080_000, "USD", "2,08 triệu USD"),
        ("vi", 25_000_000, "VND", "25 triệu đồng"),
        # Below a million, in full.
        ("en", 900_000, "VND", "₫900,000"),
        ("vi", 900_000, "VND", "900.000 đồng"),
        ("vi", 500, "EUR", "500 EUR"),
    ],
)
def test_money_in_compact_locale_form(registries, lang, value, unit, shown) -> None:
    assert Formatter(lang, registries).figure_value(Figure(value, unit, "aid", False)) == shown


def test_province_sums_take_a_storys_highest_and_skip_rates_and_unnamed(registries) -> None:
    pages = [fake_entry(n) for n in range(2)]
    for page in pages:
        page.entry.date = dt.date(2025, 5, 1)
    pages[0].entry.figures = (
        Figure(173, "count", "delegations_sent", False, since=2020),
        Figure(4, "count", "delegations_sent", False, since=2025),  # within the 173
        Figure(25_000_000, "VND", "salary", False, per="month"),
        Figure(40_000_000, "VND", "salary", False, per="month"),
        Figure(30, "count", "other", False),
    )
    pages[1].entry.figures = (Figure(10, "count", "delegations_sent", True),)
    rows = figure_totals(pages)
    assert [(r.what, r.value, r.stories, r.approx) for r in rows] == [
        ("delegations_sent", 183, 2, True)
    ]


def test_a_language_switcher_name_is_asked_of_babel_once(registries: object) -> None:
    """Every page names the other interface in itself: remembered, not looked up each time."""
    fmt = Formatter("en", registries)  # type: ignore[arg-type]
    assert fmt.native_language("vi") == fmt.native_language("vi") == "Tiếng Việt"
    assert fmt.native_language.cache_info().hits == 1  # type: ignore[attr-defined]
