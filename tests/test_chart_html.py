"""The charts' markup written in Python (digest/site/chart_html.py) is byte for byte what the
templates' macros wrote (kept in tests/reference_macros/), in both interfaces, for every kind of
chart: gaps, thinned labels, undated stories, approximate totals, long and unsafe names."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import jinja2
import pytest

from digest.registries import load_registries
from digest.site import i18n, palette
from digest.site.chart_html import ChartDrawing, drawing_functions
from digest.site.charts import bar_chart, network
from digest.site.formatting import Formatter
from digest.site.model import FigureTotal
from digest.site.sandbox import sandboxed
from digest.site.urls import SiteUrls

from .site_helpers import ROOT

THEME = ROOT / "theme"
OPTIONS = {
    "extensions": ["jinja2.ext.i18n"],
    "autoescape": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
}


def _environment(lang: str) -> tuple[jinja2.Environment, dict[str, object]]:
    loader = jinja2.FileSystemLoader(
        [Path(__file__).parent / "reference_macros", THEME / "templates"]
    )
    env = sandboxed(jinja2.Environment(loader=loader), OPTIONS)
    i18n.install(env, i18n.EscapedTranslations(i18n.load(THEME / "translations", lang)))
    registries = load_registries()
    urls = SiteUrls(site_url="https://example.org/digest", default_lang="en", static_dir="theme")
    context: dict[str, object] = {
        "fmt": Formatter(lang, registries),
        "palette": palette,
        "ui": lang,
        **urls.template_functions(lang),
    }
    drawing = ChartDrawing(
        env.globals["_"],
        env.globals["ngettext"],
        context["fmt"],  # type: ignore[arg-type]
        context["url_for"],
    )  # type: ignore[arg-type]
    context.update(drawing_functions(drawing))
    return env, context


def _macros(env: jinja2.Environment, name: str, context: dict[str, object]) -> object:
    return env.get_template(name).make_module(context)


def _totals(values: dict[int, float], unit: str, approx_in: int | None = None) -> dict:
    return {
        year: FigureTotal("aid", unit, year, value, 2, year == approx_in)
        for year, value in values.items()
    }


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_python_charts_are_the_macros_bytes(lang: str) -> None:
    env, context = _environment(lang)
    old = _macros(env, "_charts_reference.html", context)
    new = _macros(env, "_charts.html", context)
    registries = load_registries()
    partners = sorted(registries.partners)
    provinces = sorted(p.id for p in registries.current_provinces())
    money = _totals({2019: 1.5e9, 2021: 250_000.0, 2024: 3.2e6}, "USD", approx_in=2021)
    years = {year: float(year % 7) for year in range(2001, 2026)}  # thinned labels, zeros
    charts = [
        bar_chart({2020: 2, 2022: 5}, undated=1),
        bar_chart({2020: 2, 2021: 1}, undated=3),
        bar_chart(years),
        bar_chart({y: t.value for y, t in money.items()}, money, what="aid", unit="USD"),
        bar_chart(
            {2023: 40.0, 2025: 2.0},
            _totals({2023: 40.0, 2025: 2.0}, "count"),
            what="delegations",
            unit="count",
        ),
    ]
    networks = [
        network("partner", {pid: 1 + n % 5 for n, pid in enumerate(partners[:40])}),
        network("partner", {partners[0]: 3}),
        network("province", {pid: 1 + n % 3 for n, pid in enumerate(provinces)}),
    ]
    for chart in charts:
        assert chart is not None
        for shown in (False, True):
            args = (chart, "c-1", "A <title> & more", "How to read it", "Value", shown)
            assert str(new.bars(*args)) == str(old.bars(*args))  # type: ignore[attr-defined]
    names = ["Lai Châu", "Tom & Jerry <b>", "A name far longer than thirty characters, cut"]
    for name in names:
        for kind, net in [
            ("province", networks[0]),
            ("province", networks[1]),
            ("partner", networks[2]),
            ("partner", None),
        ]:
            for year_chart, figures in [
                (charts[0], tuple(charts[3:])),
                (None, ()),
                (charts[2], (charts[4],)),
            ]:
                args = (kind, name, year_chart, figures, net)
                assert str(new.page_charts(*args)) == str(old.page_charts(*args))  # type: ignore[attr-defined]


def test_long_labels_are_cut_as_jinja_cuts_them() -> None:
    env, context = _environment("en")
    registries = load_registries()
    long_named = max(registries.partners.values(), key=lambda p: len(p.name("en")))
    assert len(long_named.name("en")) > 30
    net = network("partner", {long_named.id: 2})
    assert net is not None
    old = _macros(env, "_charts_reference.html", context)
    new = _macros(env, "_charts.html", context)
    args = ("province", "X", None, (), dataclasses.replace(net))
    assert "…" in str(new.page_charts(*args))
    assert str(new.page_charts(*args)) == str(old.page_charts(*args))  # type: ignore[attr-defined]
