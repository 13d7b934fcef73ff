"""One measure's figures in a story as a page shows them, written in Python.

A row (``digest.site.facts.FigureRow``) is one value, or lowest – highest, with the period
the article gives. Every entry page's fact card and every feed item shows its rows, about
90,000 of them in a 10,000-entry build: as a macro of the sandboxed templates each took a
dozen checked reads and calls, and the dictionary of period names was built afresh for each.
This writes the bytes theme/templates/_macros.html's ``figure_value`` wrote
(tests/test_figure_html.py renders rows both ways), with the interface's own ``_`` and ``fmt``.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup, escape

from digest.site.facts import FigureRow
from digest.site.formatting import Formatter


class FigureValues:
    """``figure_value(row)`` of one interface language."""

    def __init__(self, gettext: Callable[..., Markup], fmt: Formatter) -> None:
        self._ = gettext
        self.fmt = fmt
        _ = gettext
        # What a rate is per, in this interface's words (looked up once, not per row).
        self.periods = {
            "day": _("per day"),
            "week": _("per week"),
            "month": _("per month"),
            "year": _("per year"),
            "person": _("per person"),
        }

    def __call__(self, row: FigureRow) -> Markup:
        _, fmt = self._, self.fmt
        out = ['<span class="value">']
        if row.approx:
            approximately = _("approximately")
            out.append(f'<abbr title="{approximately}">≈</abbr> ')
        out.append(f"{escape(fmt.figure_value(row.low))}</span>")
        if row.high:
            out.append(f' – <span class="value">{escape(fmt.figure_value(row.high))}</span>')
        if row.per:
            # A period without a name here is left empty, as the template's lookup left it.
            out.append(f' <span class="period">{self.periods.get(row.per, "")}</span>')
        if row.since:
            since = _("since %(year)s", year=str(row.since))
            out.append(f' <span class="period">{since}</span>')
        return Markup("".join(out))
