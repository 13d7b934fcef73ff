"""A figure row written in Python (digest/site/figure_html.py) is byte for byte what the
``figure_value`` macro wrote (kept in tests/reference_macros/), in both interfaces: one value
or a range, approximate or not, money, units and counts, rates and running totals."""

from __future__ import annotations

import itertools

import pytest

from digest.schema import Figure
from digest.site.facts import FigureRow, figure_rows
from digest.site.figure_html import FigureValues

from .test_chart_html import _environment, _macros

UNITS = ("USD", "VND", "count", "people", "percent", "tonnes")
PERIODS = (None, "day", "week", "month", "year", "person")


def _rows() -> list[FigureRow]:
    rows = []
    for unit, per, since, approx in itertools.product(UNITS, PERIODS, (None, 2020), (0, 1, 2)):
        low = Figure(1_600_000 if unit in ("USD", "VND") else 25, unit, "aid", approx == 1, per,
                     since)  # fmt: skip
        high = Figure(2_080_000_000, unit, "aid", approx == 2, per, since)
        rows.append(FigureRow("aid", unit, per, since, low, None))
        rows.append(FigureRow("aid", unit, per, since, low, high))
    return rows


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_python_figure_values_are_the_macros_bytes(lang: str) -> None:
    env, context = _environment(lang)
    old = _macros(env, "_figure_value_reference.html", context)
    new = FigureValues(env.globals["_"], context["fmt"])  # type: ignore[arg-type]
    rows = _rows()
    assert any(row.high and row.approx and row.per and row.since for row in rows)
    for row in rows:
        assert str(new(row)) == str(old.figure_value(row))  # type: ignore[attr-defined]


def test_rows_of_an_entry_are_written_in_the_interface_language() -> None:
    env, context = _environment("vi")
    values = FigureValues(env.globals["_"], context["fmt"])  # type: ignore[arg-type]
    (row,) = figure_rows([Figure(25, "count", "delegations", True, "month", 2020)])
    html = str(values(row))
    assert html == (
        '<span class="value"><abbr title="khoảng">≈</abbr> 25</span> '
        '<span class="period">mỗi tháng</span> <span class="period">từ năm 2020</span>'
    )
