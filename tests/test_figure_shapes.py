"""Figures of more article shapes (issue 13, eighth round): parts and earlier values that name no
noun of their own, spans of years, Arabic dual number words, ministers, and the furniture heading
"الأكثر قراءة". What an editor sees in the drafted entry, and what must not become a figure."""

from __future__ import annotations

import pytest

from digest.extract.figures import extract_figures
from digest.extract.page_furniture import is_more_link


def figures(text: str, lang: str) -> list[tuple[int | float, str, str, bool]]:
    return [(f.value, f.unit, f.what, f.approx) for f in extract_figures(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a part named after its number: "31 of them"
        (
            "en",
            "Korean firms now run 86 projects in the province, 31 of them in industrial parks.",
            [(86, "count", "projects", False), (31, "count", "projects", False)],
        ),
        # "including about 400": a part, approximate
        (
            "en",
            "Currently 1,350 Lao students study in the province, including about 400 at the "
            "university.",
            [(1350, "people", "students", False), (400, "people", "students", True)],
        ),
        # the earlier value of a year-on-year comparison
        (
            "en",
            "The province will grant 120 scholarships this year, up from 95 in the previous year.",
            [(120, "count", "scholarships", False), (95, "count", "scholarships", False)],
        ),
        (
            "es",
            "Unos 85.000 turistas visitaron Vietnam en 2024, frente a 62.000 en 2023, lo que "
            "supone un crecimiento del 37%.",
            [
                (85000, "people", "visitors", True),
                (62000, "people", "visitors", False),
                (37, "percent", "visitors", False),
            ],
        ),
        (
            "ar",
            "استقبلت المدينة أكثر من ٢٥ ألف سائح، مقابل ١٩ ألف سائح في عام ٢٠٢٣، بنمو ٣١٪.",
            [
                (25000, "people", "visitors", True),
                (19000, "people", "visitors", False),
                (31, "percent", "visitors", False),
            ],
        ),
        # Arabic duals of a thousand and a hundred are numbers
        ("ar", "مشاريع فندقية ستوفر نحو ألفي وظيفة.", [(2000, "people", "workers", True)]),
        ("ar", "وقد استقبلت المدينة مئتي طالب.", [(200, "people", "students", False)]),
        # ministers are officials, whatever word stands between
        (
            "en",
            "The ceremony was attended by 300 people, including 2 Lao ministers.",
            [(300, "people", "other", False), (2, "people", "officials", False)],
        ),
        # Spanish verbs of exporting name trade
        (
            "es",
            "El acuerdo prevé exportar 50.000 toneladas de harina de soja al año.",
            [(50000, "tonnes", "trade", False)],
        ),
    ],
)
def test_figures_of_more_shapes(
    lang: str, text: str, expected: list[tuple[int | float, str, str, bool]]
) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the second year of a span is a year, though a noun follows it
        ("en", "Lao students in the 2025–2026 school year."),
        ("es", "Durante la temporada 2025-2026 habrá vuelos."),
        # "of them" with nothing counted before it in the sentence is no part
        ("en", "Several firms came. 31 of them stayed."),
        # a baseline word before a year, a date or a bare number with nothing before it
        ("en", "Exports rose, up from 2020 levels."),
        ("es", "Frente a 12 de ellos no hubo nada."),
    ],
)
def test_not_figures(lang: str, text: str) -> None:
    assert figures(text, lang) == []


def test_a_comparison_does_not_lend_its_measure_to_a_later_share() -> None:
    """A percentage after a figure that is no earlier value keeps its own measure: yields that
    rose by 15 percent are not households."""
    text = "About 2,000 households have joined, and yields rose by 15 percent last season."
    assert figures(text, "en") == [
        (2000, "count", "households", True),
        (15, "percent", "other", False),
    ]


def test_most_read_box_is_furniture() -> None:
    """The article ends at a "most read" box: its sums are no figures of the article."""
    assert is_more_link("الأكثر قراءة")
    assert is_more_link("الأكثر مشاهدة")
    assert not is_more_link("الأكثر قراءة في المدينة هو كتاب عن التجارة مع فيتنام")
