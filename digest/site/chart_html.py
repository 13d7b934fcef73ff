"""The charts' markup (SVG, with each chart's table beside it), written in Python.

``digest.site.charts`` lays the charts out; this writes them as the macros of
theme/templates/_charts.html wrote them, byte for byte (tests/test_chart_html.py renders the
same charts both ways). In the sandboxed template each bar, link and table row cost a dozen
checked attribute reads and calls: drawing the 1,800 province and partner pages' charts there
took 3.4–4 s of CPU in a 10,000-entry build. Words still come from the interface's catalogue
through the templates' own ``_`` and ``ngettext``, numbers and names from its ``fmt``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from markupsafe import Markup, escape

from digest.site import palette
from digest.site.charts import BarChart, Network
from digest.site.formatting import Formatter

_TRUNCATE = 30  # characters of a link's label in the network (the table has it whole)


def _truncated(label: str) -> str:
    """Jinja's ``truncate(30, true, '…', 0)``."""
    return label if len(label) <= _TRUNCATE else label[: _TRUNCATE - 1] + "…"


def data_table(summary: str, cls: str, headers: Sequence[str], rows: Iterable[str]) -> str:
    """theme/templates/_data_table.html's ``data_table``, its caller's output being ``rows``."""
    head = "".join(f'<th scope="col">{escape(header)}</th>' for header in headers)
    return (
        f"  <details>\n    <summary>{escape(summary)}</summary>\n"
        f'    <table class="{escape(cls)}">\n      <thead><tr>{head}</tr></thead>\n'
        f"      <tbody>\n{''.join(rows)}      </tbody>\n    </table>\n  </details>\n"
    )


class ChartDrawing:
    """The charts of one interface language."""

    def __init__(
        self,
        gettext: Callable[..., Markup],
        ngettext: Callable[..., Markup],
        fmt: Formatter,
        url_for: Callable[..., str],
    ) -> None:
        self._ = gettext
        self.ngettext = ngettext
        self.fmt = fmt
        self.url_for = url_for

    def bars(
        self,
        chart: BarChart,
        chart_id: str,
        title: str,
        desc: str,
        value_header: str,
        shown_title: bool = False,
    ) -> Markup:
        _, fmt = self._, self.fmt
        title, id_ = escape(title), escape(chart_id)
        out = ['<figure class="chart bar-chart">\n']
        if shown_title:
            out.append(f'<p class="chart-title" aria-hidden="true">{title}</p>')
        width, height = chart.width, chart.height
        out.append(
            f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
            f'aria-labelledby="{id_}-title {id_}-desc">\n'
            f'  <title id="{id_}-title">{title}</title>\n'
            f'  <desc id="{id_}-desc">{escape(desc)}</desc>\n'
        )
        every, last = chart.label_every, len(chart.bars) - 1
        for index, bar in enumerate(chart.bars):
            centre = bar.x + bar.width / 2
            if bar.height:
                out.append(
                    f'<rect x="{bar.x}" y="{bar.y}" width="{bar.width}" '
                    f'height="{bar.height}" fill="{palette.BAR}"/>'
                )
            if bar.value and every == 1:
                out.append(
                    f'<text x="{centre}" y="{bar.y - 4}" text-anchor="middle" '
                    f'font-size="11" fill="{palette.INK}">'
                    f"{escape(fmt.compact(bar.value))}</text>"
                )
            if index % every == 0 or index == last:
                out.append(
                    f'<text x="{centre}" y="{chart.baseline + 15}" text-anchor="middle" '
                    f'font-size="11" fill="{palette.MUTED}">{bar.year}</text>'
                )
        out.append(
            f'  <line x1="4" x2="{chart.width - 4}" y1="{chart.baseline}" '
            f'y2="{chart.baseline}" stroke="{palette.GRID}"/>\n</svg>\n<figcaption>\n'
        )
        if chart.undated:
            note = self.ngettext(
                "Not drawn: %(number)s story whose article states no date.",
                "Not drawn: %(number)s stories whose articles state no date.",
                chart.undated,
                count=chart.undated,
                number=fmt.number(chart.undated),
            )
            out.append(f'<p class="chart-note">{note}</p>')
        rows = []
        for bar in reversed(chart.bars):
            if not bar.value:
                continue
            if bar.total:
                approximately = _("approximately")
                approx = f'<abbr title="{approximately}">≈</abbr> ' if bar.total.approx else ""
                value = f"{approx}{escape(fmt.figure_value(bar.total))}"
            else:
                value = escape(fmt.number(bar.value))
            rows.append(
                f'        <tr><th scope="row">{bar.year}</th><td class="number">{value}</td></tr>\n'
            )
        summary = _("%(title)s (table)", title=title)
        out.append(data_table(summary, "chart-data", [_("Year"), value_header], rows))
        out.append("</figcaption>\n</figure>\n")
        return Markup("".join(out))

    def page_charts(
        self,
        kind: str,
        name: str,
        year_chart: BarChart | None,
        figure_charts: Sequence[BarChart],
        network: Network | None,
    ) -> Markup:
        """The charts of a province's or a partner's page (``kind``) about ``name``: stories
        per year, the main figures over time, and the network of its partners (or
        provinces)."""
        _, fmt = self._, self.fmt
        out = []
        if year_chart:
            heading = _("Stories per year")  # (not in an f-string: Babel would not find it)
            out.append(f"<h2>{heading}</h2>\n")
            out.append(
                self.bars(
                    year_chart,
                    "stories-per-year",
                    _("Stories per year about %(name)s", name=name),
                    _(
                        "A bar per year of publication, as high as the number of stories published "
                        "that year."
                    ),
                    _("Stories"),
                )
            )
            out.append("\n")
        if figure_charts:
            heading = _("Figures over time")
            out.append(f"<h2>{heading}</h2>\n<p>")
            out.append(
                _(
                    "Totals per year of publication of the figures the stories report, "
                    "each story counted once."
                )
            )
            if kind == "partner":
                out.append(" ")  # (a str added to Markup would be escaped: appended apart)
                out.append(
                    _(
                        "A story’s figures are those of the whole story: some may "
                        "concern its other partners."
                    )
                )
            out.append('</p>\n<div class="chart-grid">\n')
            for number, chart in enumerate(figure_charts, 1):
                what, unit = fmt.measure(chart.what), fmt.unit(chart.unit)
                title = (
                    _("%(what)s per year", what=what)
                    if chart.unit in ("count", "people")
                    else _("%(what)s per year (%(unit)s)", what=what, unit=unit)
                )
                out.append(
                    self.bars(
                        chart,
                        f"figures-{number}",
                        title,
                        _(
                            "A bar per year of publication, as high as the total reported "
                            "that year."
                        ),
                        what,
                        True,
                    )
                )
                out.append("\n")
            out.append("</div>\n")
        if network:
            heading = _("Partners") if network.kind == "partner" else _("Provinces")
            out.append(f"<h2>{heading}</h2>\n{self.links(name, network)}\n")
        return Markup("".join(out))

    def links(self, name: str, network: Network) -> Markup:
        _, fmt, url_for = self._, self.fmt, self.url_for
        partner = network.kind == "partner"
        title = (
            _("%(name)s and its partners, by number of stories", name=name)
            if partner
            else _("The provinces working with %(name)s, by number of stories", name=name)
        )
        label_of = fmt.partner_name if partner else fmt.province_name
        centre = network.centre
        desc = _(
            "A line joins the page’s subject, at the left, to each of the others, which "
            "link to their pages; the larger a circle, the more stories they share."
        )
        out = [
            '<figure class="chart network">\n'
            f'<svg viewBox="0 0 {network.width} {network.height}" width="{network.width}" '
            f'height="{network.height}" aria-labelledby="network-title network-desc">\n'
            f'  <title id="network-title">{title}</title>\n'
            f'  <desc id="network-desc">{desc}</desc>\n'
            f'  <circle cx="12" cy="{centre}" r="8" fill="{palette.HOME}"/>\n'
        ]
        for link in network.links:
            label = label_of(link.key)
            stories = self.ngettext(
                "%(number)s story",
                "%(number)s stories",
                link.stories,
                count=link.stories,
                number=fmt.number(link.stories),
            )
            out.append(
                f'  <path d="M20,{centre}C60,{centre} 50,{link.y} 88,{link.y}" fill="none" '
                f'stroke="{palette.GRID}" stroke-width="1"/>\n'
                f'  <a href="{escape(url_for(network.kind, link.key))}"><title>{escape(label)}: '
                f'{stories}</title><circle cx="100" cy="{link.y}" r="{link.radius}" '
                f'fill="{palette.BAR}"/><text x="114" y="{link.y + 4}" font-size="11" '
                f'fill="{palette.INK}">{escape(_truncated(label))} '
                f"({escape(fmt.number(link.stories))})</text></a>\n"
            )
        if network.more:
            more = self.ngettext(
                "and %(number)s more, in the table",
                "and %(number)s more, in the table",
                network.more,
                count=network.more,
                number=fmt.number(network.more),
            )
            out.append(
                f'<text x="114" y="{network.height - 8}" font-size="11" '
                f'fill="{palette.MUTED}">{more}</text>'
            )
        out.append("</svg>\n<figcaption>\n")
        rows = [
            f'        <tr><th scope="row"><a href="{escape(url_for(network.kind, key))}">'
            f"{escape(label_of(key))}</a></th>"
            f'<td class="number">{escape(fmt.number(stories))}</td></tr>\n'
            for key, stories in network.every
        ]
        headers = [_("Partner") if partner else _("Province"), _("Stories")]
        out.append(data_table(_("%(title)s (table)", title=title), "chart-data", headers, rows))
        out.append("</figcaption>\n</figure>\n")
        return Markup("".join(out))


def drawing_functions(drawing: ChartDrawing) -> dict[str, Any]:
    """What theme/templates/_charts.html calls."""
    return {"draw_bars": drawing.bars, "draw_page_charts": drawing.page_charts}
