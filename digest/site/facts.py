"""An entry's figures as a reader is shown them: one row per measure, a range where an article
gives several figures of one measure, and nothing an editor has not named.

Several figures of one measure, unit and period in one story are different things counted the
same way (wages of 25 and 40 million dong a month, aid of 1.6 and 2.08 million dollars): their
sum is no fact the article states, so the row shows them as a range, lowest to highest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from digest.schema import UNNAMED_MEASURE, Figure


@dataclass(frozen=True)
class FigureRow:
    """One measure's figures in a story: ``low`` alone, or ``low`` to ``high``."""

    what: str
    unit: str
    per: str | None
    since: int | None
    low: Figure
    high: Figure | None  # None when the story gives one figure, or several equal ones

    @property
    def approx(self) -> bool:
        return self.low.approx or (self.high is not None and self.high.approx)


def published(figures: Iterable[Figure]) -> list[Figure]:
    """The figures a page shows: a figure whose measure nobody has named ("other") is a
    drafting problem flagged for review, not a fact to publish, on drafts too."""
    return [figure for figure in figures if figure.what != UNNAMED_MEASURE]


def figure_rows(figures: Iterable[Figure]) -> list[FigureRow]:
    """The published figures grouped by measure, unit and period: the rows of one measure
    together, measures in the order the article first gives them."""
    groups: dict[tuple[str, str, str | None, int | None], list[Figure]] = {}
    for figure in published(figures):
        groups.setdefault((figure.what, figure.unit, figure.per, figure.since), []).append(figure)
    rows = []
    for (what, unit, per, since), group in groups.items():
        low = min(group, key=lambda f: f.value)
        high = max(group, key=lambda f: f.value)
        top = high if high.value != low.value else None
        rows.append(FigureRow(what, unit, per, since, low, top))
    first: dict[str, int] = {}
    for index, row in enumerate(rows):
        first.setdefault(row.what, index)
    return sorted(rows, key=lambda row: first[row.what])
