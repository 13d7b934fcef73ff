import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from digest import frontmatter
from digest.errors import InputError
from digest.schema import FIELDS, Entry, validate
from tests.conftest import DROP, write_entry


def problems(tmp_path: Path, registries, body: str = "Text.", **fields: object) -> list[str]:
    path = write_entry(tmp_path, body=body, **fields)
    try:
        validate(frontmatter.read(path), registries)
    except InputError as error:
        return [str(p) for p in error.problems]
    return []


def test_valid_entry_passes(tmp_path: Path, registries) -> None:
    entry = validate(frontmatter.read(write_entry(tmp_path)), registries)
    assert entry.province == "lang-son"
    assert entry.figures[0].value == 173
    assert entry.sort_date == dt.date(2025, 11, 15)


def test_undated_entry_sorts_by_the_day_it_was_added(tmp_path: Path, registries) -> None:
    entry = validate(frontmatter.read(write_entry(tmp_path, date=None)), registries)
    assert entry.sort_date == dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"province": "lang-sn"}, "province: unknown province id 'lang-sn'; did you mean 'lang-son'?"),
        ({"province": "ha-giang", "province_as_written": "ha-giang"},
         "province: 'ha-giang' is a former unit; expected its current unit 'tuyen-quang'"),
        ({"partners": ["cn-yunan"]}, "partners.0: unknown partner id 'cn-yunan'; did you mean 'cn-yunnan'?"),
        ({"topics": ["trde"]}, "topics.0: unknown topic id 'trde'; did you mean 'trade'?"),
        ({"lang": False}, "lang: expected an ISO 639-1 language code"),
        ({"date": "2025-02-30"}, "date: expected a real date written YYYY-MM-DD, found '2025-02-30'"),
        ({"source_url": "javascript:alert(1)"}, "source_url: expected an http(s) URL"),
        ({"slug": "Lạng Sơn"}, "slug: expected lowercase ASCII letters"),
        ({"status": "done"}, "status: expected one of draft, reviewed"),
        ({"title": DROP}, "title: missing; expected text"),
        ({"figures": [{"value": "1e6", "unit": "count", "what": "aid", "approx": False}]},
         "figures.0.value: expected a plain number"),
        ({"figures": [{"value": 5, "what": "aid", "approx": False}]}, "figures.0.unit: expected"),
        ({"provinces": ["cao-bang"]}, "provinces: expected the list to include the entry's province"),
        ({"titel": "x"}, "titel: unknown field; did you mean 'title'?"),
    ],
)  # fmt: skip
def test_each_mistake_is_named(tmp_path: Path, registries, fields, expected) -> None:
    found = problems(tmp_path, registries, **fields)
    assert any(expected in message for message in found), found


def test_messages_carry_file_and_line(tmp_path: Path, registries) -> None:
    found = problems(tmp_path, registries, topics=["trade", "nonsense"])
    path = tmp_path / "entry.md"
    lines = path.read_text(encoding="utf-8").splitlines()
    line_number = next(i for i, line in enumerate(lines, 1) if "nonsense" in line)
    assert f"{path}:{line_number}: topics.1: unknown topic id 'nonsense'" in found[0]


def test_every_problem_is_reported_at_once(tmp_path: Path, registries) -> None:
    found = problems(tmp_path, registries, province="x", status="y", topics=["z"])
    assert len(found) >= 3


def test_yaml_traps_are_explained(tmp_path: Path, registries) -> None:
    path = tmp_path / "trap.md"
    path.write_text("---\nslug: a\nlang: NO\ntitle: 630\n---\n\nBody\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        validate(frontmatter.read(path), registries)
    text = str(raised.value)
    assert "lang: expected an ISO 639-1 language code" in text and "boolean" in text
    assert "title: expected text, found the number 630 (" in text


def test_numbers_not_in_plain_decimals_stay_the_text_written(tmp_path: Path) -> None:
    """YAML 1.1 read 0150 as the octal 104 and 10:30 as 630: a figure changed in silence, and a
    title or story id written in digits became a number."""
    path = tmp_path / "entry.md"
    path.write_text(
        "---\ntitle: 10:30\nstory_id: 0123\nfigures:\n- {value: 0150}\n- {value: 0x_FF}\n"
        "- {value: 1_000}\n- {value: 150}\n- {value: -3}\n- {value: 2.5}\n---\n\nBody\n",
        encoding="utf-8",
    )
    data = frontmatter.read(path).data
    assert (data["title"], data["story_id"]) == ("10:30", "0123")
    assert [f["value"] for f in data["figures"]] == ["0150", "0x_FF", "1_000", 150, -3, 2.5]


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_text("---\nslug: a\ntitle: [unclosed\n---\nBody\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        frontmatter.read(path)
    assert str(raised.value).startswith(f"{path}:")
    assert "not valid YAML" in str(raised.value)


def test_schema_page_is_current(registries) -> None:
    from tools.docs import pages

    for path, text in pages(registries).items():
        committed = (Path(__file__).parent.parent / path).read_text(encoding="utf-8")
        assert committed == text, f"{path} is stale: run `invoke docs`"


def test_entry_holds_exactly_the_fields_that_are_specified() -> None:
    """FIELDS defines the fields; the Entry dataclass must hold the same ones, with the same
    defaults, so a field added to one and not the other fails here rather than in a build."""
    entry_defaults = {
        f.name: None if f.default is dataclasses.MISSING else f.default
        for f in dataclasses.fields(Entry)
    }
    assert entry_defaults == {spec.name: spec.default for spec in FIELDS}


FIGURE = {"value": 25_000_000, "unit": "VND", "what": "salary", "approx": False}
REVIEWED = {
    "status": "reviewed",
    "headline": {"en": "H", "vi": "H"},
    "summary": {"en": "S", "vi": "S"},
}


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ({**FIGURE, "per": "monthly"}, "figures.0.per: unknown basis 'monthly'; did you mean 'month'?"),
        ({**FIGURE, "since": "2020"}, "figures.0.since: expected a year from 1945 to this year"),
        ({**FIGURE, "since": 20}, "figures.0.since: expected a year from 1945 to this year"),
        ({**FIGURE, "since": True}, "figures.0.since: expected a year"),
        ({**FIGURE, "period": "month"}, "figures.0.period: unknown key"),
    ],
)  # fmt: skip
def test_a_figures_period_is_checked(tmp_path: Path, registries, figure, expected) -> None:
    found = problems(tmp_path, registries, figures=[figure])
    assert any(expected in message for message in found), found


def test_a_figure_gives_its_period(tmp_path: Path, registries) -> None:
    path = write_entry(tmp_path, figures=[{**FIGURE, "per": "month"}, {**FIGURE, "since": 2020}])
    entry = validate(frontmatter.read(path), registries)
    assert [(f.per, f.since) for f in entry.figures] == [("month", None), (None, 2020)]


ROLE = "Deputy Head of the Management Board of the Dong Dang – Lang Son Border Gate Economic Zone"


def test_a_reviewed_entry_needs_every_role_in_every_interface_language(
    tmp_path: Path, registries
) -> None:
    person = {"name": "Hoang Khanh Duy", "name_latin": "Hoang Khanh Duy"}
    found = problems(tmp_path, registries, people=[{**person, "role": ROLE}], **REVIEWED)
    assert [m for m in found if "people.0.role.vi" in m and "role: {en: ..., vi: ...}" in m], found
    # A role the roles vocabulary reads needs nothing more; a draft may wait.
    readable = {**person, "role": "Director of the Department of Foreign Affairs"}
    assert problems(tmp_path, registries, people=[readable], **REVIEWED) == []
    assert problems(tmp_path, registries, people=[{**person, "role": ROLE}]) == []
    written = {**person, "role": {"en": ROLE, "vi": "Phó Trưởng ban Ban Quản lý Khu kinh tế"}}
    path = write_entry(tmp_path, people=[written], **REVIEWED)
    (role,) = validate(frontmatter.read(path), registries).people
    assert (role.role, role.role_in("vi")) == (ROLE, "Phó Trưởng ban Ban Quản lý Khu kinh tế")
    assert any("people.0.role.en: expected the role in English" in m for m in
               problems(tmp_path, registries, people=[{**person, "role": {"vi": "Giám đốc"}}]))  # fmt: skip
