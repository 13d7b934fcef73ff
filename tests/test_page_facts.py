"""Facts that real pages state in ways the first rules missed (issue 13; sentences composed by
the team, invented people): declined and title-after-name people, counts of things no list
names, reference counts that are no figures, and the date a wire story opens with."""

from __future__ import annotations

import pytest

from digest.extract.figures import extract_figures
from digest.extract.layout import parse
from digest.extract.people import extract_people


def people(text: str, lang: str) -> list[tuple[str, str]]:
    return [(p.name, p.role) for p in extract_people(text, lang)]


def counts(text: str, lang: str) -> list[tuple[int | float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Russian declines the family name that opens a Vietnamese name.
        (
            "ru",
            "Губернатор встретился с председателем Народного комитета провинции Нгуеном Ван Тхо.",
            [("Нгуен Ван Тхо", "Chairman of the Provincial People's Committee")],
        ),
        # Korean writes the title after the name, glued to the place it governs.
        ("ko", "조인묵 양구군수는 27일 대표단을 맞았다.", [("조인묵", "County Governor")]),
        (
            "de",
            "Staatssekretärin Katrin Albers unterzeichnete am Montag eine Erklärung.",
            [("Katrin Albers", "State Secretary")],
        ),
    ],
)
def test_people_named_as_pages_name_them(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert people(text, lang) == expected


def test_a_declined_word_before_a_name_is_not_taken_into_it() -> None:
    # "провинции" is declined but no family name: the name starts after it.
    found = people("Делегация провинции Тьензянг во главе с Нгуен Ван Тхо прибыла.", "ru")
    assert [name for name, _ in found] in ([], ["Нгуен Ван Тхо"])


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Die Provinz zählt 32 Industrieparks mit Investoren.", [(32, "count")]),
        ("pl", "Region zorganizuje 2 misje handlowe.", [(2, "count")]),
        ("ja", "両県の協力は4分野にわたる。", [(4, "count")]),
        # The parties are not counted things ...
        ("vi", "Lãnh đạo 2 bên thống nhất tăng cường hợp tác.", []),
        ("en", "The 2 sides agreed to meet again.", []),
        ("ja", "2国は協力を強化する。", []),
        # ... nor a date range, nor the first number of a range of metres.
        ("ru", "Делегация с 9 по 14 июня посетила Лаос.", []),
        ("fr", "L'érosion atteint 20 à 30 mètres par an.", [(20, "m"), (30, "m")]),
    ],
)
def test_a_number_before_a_noun_counts_it(
    lang: str, text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text, lang) == expected


def test_a_wire_story_without_a_date_line_is_dated_by_its_opening() -> None:
    page = (
        "Cần Thơ et Toulouse lancent un programme d'échanges universitaires\n"
        "Hanoï (VNA) – Le 8 avril 2025, la ville de Cần Thơ a signé un accord.\n"
    )
    assert str(parse(page, "fr").date) == "2025-04-08"
    # Without the agency's dateline, a date in the first sentence is an event's, not the page's.
    page = (
        "Cần Thơ et Toulouse lancent un programme d'échanges universitaires\n"
        "La ville de Cần Thơ a signé avec la ville de Toulouse un accord d'échanges, qui "
        "entrera en vigueur le 8 avril 2025 pour une durée de cinq ans.\n"
    )
    assert parse(page, "fr").date is None
