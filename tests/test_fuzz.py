"""Property-based fuzzing of what a pull request can hold: front matter and registry records.

Whatever Hypothesis generates or mutates from a valid entry or record, the checks either accept
it or report one-line problems naming the file (and a line or field where there is one): never
another exception, never more than a couple of seconds for one input.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest import frontmatter
from digest.content_checks import check_content
from digest.errors import InputError
from digest.registries import default_registries
from digest.registry_records import load_labels, load_partners
from digest.schema import FIELD_NAMES

CORPUS = Path(__file__).resolve().parent / "bad_inputs"
VALID = CORPUS / "_valid" / "entries" / "lang-son-example-de.md"
SEEDS = CORPUS / "_seeds"
FAST = settings(max_examples=50, deadline=2000, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**500), max_value=10**500),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),  # any code point: controls, surrogates, right-to-left marks
    st.dates().map(str),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _assert_reported(error: InputError, path: Path) -> None:
    assert error.problems
    for problem in error.problems:
        assert Path(problem.path).name == path.name or problem.path == path, problem
        assert "\n" not in problem.message, problem.message
        assert len(problem.message) < 2000, problem.message


def _check_entry_text(text: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        entries = Path(scratch)
        path = entries / VALID.name
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            check_content(entries, SEEDS, default_registries())
        except InputError as error:
            _assert_reported(error, path)


def _valid_data() -> dict[str, Any]:
    return dict(frontmatter.read(VALID).data)


@FAST
@given(field=st.sampled_from([*sorted(FIELD_NAMES), "unknown_field"]), value=values)
def test_any_value_in_any_field_is_accepted_or_reported(field: str, value: Any) -> None:
    data = {**_valid_data(), field: value}
    try:
        text = frontmatter.dump(data, "Body.")
    except (yaml.YAMLError, UnicodeEncodeError):
        return  # not representable as YAML: no editor can commit it
    _check_entry_text(text)


@FAST
@given(removed=st.sets(st.sampled_from(sorted(FIELD_NAMES)), max_size=5))
def test_fields_left_out_are_reported(removed: set[str]) -> None:
    data = {k: v for k, v in _valid_data().items() if k not in removed}
    _check_entry_text(frontmatter.dump(data, "Body."))


@FAST
@given(position=st.integers(min_value=0, max_value=2000), inserted=st.text(max_size=30))
def test_text_inserted_anywhere_in_the_file_is_accepted_or_reported(
    position: int, inserted: str
) -> None:
    original = VALID.read_text(encoding="utf-8")
    position %= len(original) + 1
    _check_entry_text(original[:position] + inserted + original[position:])


@FAST
@given(position=st.integers(min_value=0, max_value=2000), length=st.integers(1, 40))
def test_text_cut_anywhere_from_the_file_is_accepted_or_reported(
    position: int, length: int
) -> None:
    original = VALID.read_text(encoding="utf-8")
    position %= len(original) + 1
    _check_entry_text(original[:position] + original[position + length :])


def _load_records(key: str, records: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / f"{key}.yaml"
        try:
            text = yaml.safe_dump({key: records}, allow_unicode=True)
        except (yaml.YAMLError, UnicodeEncodeError):
            return
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            if key == "partners":
                load_partners(path)
            else:
                load_labels(path, key)
        except InputError as error:
            _assert_reported(error, path)


TOPIC = {"id": "trade", "en": "Trade", "vi": "Thương mại"}
PARTNER = {"id": "cn-guangxi", "kind": "region", "country": "CN", "name_en": "Guangxi",
           "name_vi": "Quảng Tây"}  # fmt: skip


@FAST
@given(field=st.sampled_from(["id", "en", "vi", "keywords", "other"]), value=values)
def test_any_topic_record_is_accepted_or_reported(field: str, value: Any) -> None:
    _load_records("topics", [TOPIC, {**TOPIC, "id": "second", field: value}])


@settings(max_examples=40, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(
    field=st.sampled_from(["id", "kind", "country", "name_en", "name_vi", "within", "aliases"]),
    value=values,
)
def test_any_partner_record_is_accepted_or_reported(field: str, value: Any) -> None:
    _load_records("partners", [{**PARTNER, field: value}])
