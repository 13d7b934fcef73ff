"""The bad-input corpus: every mistake an editor makes is named by file, field, line and cause.

Each case is a directory under ``tests/bad_inputs/``: either ``entries/`` (one or two entry files,
each a copy of ``_valid/`` with one mistake), checked with ``check_content`` against the real
registries and ``_seeds/``; or ``registries/`` (one registry file with one mistake), put in place
of the real file in a copy of ``registries/`` and loaded with ``load_registries``.

A case lists every problem it must produce, and nothing else may be reported: one mistake, one
message. ``line`` is the file line an editor must open (None where there is no such line: a
missing field, an unclosed front matter).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from digest.content_checks import check_content
from digest.errors import InputError, Problem
from digest.registries import REGISTRY_DIR, default_registries, load_registries

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "bad_inputs"
SEEDS = CORPUS / "_seeds"
ENTRY = "lang-son-example-de.md"


@dataclass(frozen=True)
class Expect:
    """One problem the case must produce."""

    file: str
    field: str | None
    line: int | None
    message: str  # a fragment of the message

    def matches(self, problem: Problem) -> bool:
        return (
            Path(problem.path).name == self.file
            and problem.field == self.field
            and self.message in problem.message
        )


@dataclass(frozen=True)
class Case:
    name: str
    expected: tuple[Expect, ...]


def entry(field: str | None, line: int | None, message: str, file: str = ENTRY) -> Expect:
    return Expect(file, field, line, message)


def case(name: str, *expected: Expect) -> Case:
    return Case(name, expected)


# Line numbers refer to tests/bad_inputs/<case>/entries/<file>: in the valid entry, slug is on
# line 2, lang 3, title 4, date 5, added 6, source_url 8, seed 9, story_id 10, province 11,
# province_as_written 12, provinces 13, partners 14, the figure 16, the person 18, topics 19,
# status 20.
CASES: tuple[Case, ...] = (
    # Broken YAML and front-matter delimiters.
    case("yaml_unclosed_bracket",
         entry(None, 14, "front matter is not valid YAML: did not find expected ',' or ']'")),
    case("yaml_bad_indentation",
         entry(None, 19, "front matter is not valid YAML: mapping values are not allowed")),
    case("yaml_tab_indentation",
         entry(None, 16, "front matter is not valid YAML: found character that cannot start any token")),
    case("no_opening_delimiter",
         entry(None, 1, "expected the file to start with a '---' line opening the front matter")),
    case("no_closing_delimiter",
         entry(None, None, "front matter is never closed: expected a second '---' line")),
    # Missing fields and wrong types.
    case("missing_required_fields",
         entry("title", None, "missing; expected text"),
         entry("seed", None, "missing; expected text: a file name in seeds/")),
    case("wrong_type_list_as_text", entry("topics", 19, "expected a list, found 'trade'")),
    case("wrong_type_title_list",
         entry("title", 4, "expected text, found ['Lang Son', 'Guangxi']")),
    case("wrong_type_status",
         entry("status", 20, "expected one of draft, reviewed, found 'done'")),
    case("unknown_field", entry("needs_reveiw", 20, "unknown field; did you mean 'needs_review'?")),
    # YAML 1.1 reads these unquoted values as something else than the text written.
    case("yaml_trap_lang_no",
         entry("lang", 3, "expected an ISO 639-1 language code such as 'de', found False (YAML reads yes/no/on/off/NO unquoted as a boolean")),
    case("yaml_trap_value_1e6",
         entry("figures.0.value", 16, "expected a plain number such as 1549 or 2.08, found '1e6'")),
    case("yaml_key_null",
         entry("~", 12, "a field name YAML reads as nothing; write a field's name")),
    case("yaml_trap_value_octal",
         entry("figures.0.value", 16, "expected a plain number such as 1549 or 2.08, found '0150'")),
    # Registry ids.
    case("unknown_province",
         entry("province", 11, "unknown province id 'lang-sn'; did you mean 'lang-son'?")),
    case("unknown_partner",
         entry("partners.0", 14, "unknown partner id 'cn-guangxy'; did you mean 'cn-guangxi'?")),
    case("unknown_topic", entry("topics.1", 19, "unknown topic id 'trde'; did you mean 'trade'?")),
    case("former_province",
         entry("province", 11, "'ha-giang' is a former unit; expected its current unit 'tuyen-quang'")),
    case("province_as_written_elsewhere",
         entry("province_as_written", 12, "'ha-giang' belongs to 'tuyen-quang', but province is 'lang-son'")),
    # Dates and URLs.
    case("impossible_date_quoted",
         entry("date", 5, "expected a real date written YYYY-MM-DD, found '2025-02-30'")),
    # Unquoted, YAML's timestamp constructor raises ValueError (not a YAMLError) on these.
    case("impossible_date",
         entry("date", 5, "expected a real date written YYYY-MM-DD, found '2025-02-30'")),
    case("impossible_added_month",
         entry("added", 6, "expected a real date written YYYY-MM-DD, found '2026-13-01'")),
    case("url_javascript",
         entry("source_url", 8, "expected an http(s) URL or null, found 'javascript:alert(1)'")),
    case("url_no_scheme",
         entry("source_url", 8, "expected an http(s) URL or null, found 'baolangson.vn/example-123.html'")),
    case("url_ftp",
         entry("source_url", 8, "expected an http(s) URL or null, found 'ftp://baolangson.vn/")),
    # Figures.
    case("figure_without_unit",
         entry("figures.0.unit", 16, "expected an ISO 4217 currency code or one of count, people")),
    case("figure_unknown_unit", entry("figures.0.unit", 16, "found 'tons'")),
    case("figure_lowercase_currency", entry("figures.0.unit", 16, "found 'usd'")),
    case("figure_value_not_a_number",
         entry("figures.0.value", 16, "expected a plain number such as 1549 or 2.08, found 'about 170'")),
    case("figure_unknown_what",
         entry("figures.0.what", 16, "unknown measure id 'delegation_sent'; did you mean 'delegations_sent'?")),
    case("figure_value_nan", entry("figures.0.value", 16, "expected a plain number")),
    case("figure_misspelled_key", entry("figures.0.aprox", 16, "did you mean 'approx'?")),
    # People.
    case("person_name_latin_not_text", entry("people.0.name_latin", 18, "expected text")),
    # A field given twice: YAML keeps the last value without a word.
    case("duplicate_field", entry("title", 6, "twice")),
    # Across entries, and the seed each entry names.
    case("duplicate_slug",
         entry("slug", 2, "duplicate slug 'lang-son-example-de', also used by", file="b-second.md")),
    case("editions_disagree_on_province",
         entry("province", 11, "edition of story 'lang-son-example' says cao-bang, but a-de.md says lang-son; editions must agree", file="b-pl.md")),
    case("editions_disagree_on_date",
         entry("date", 5, "edition of story 'lang-son-example' says 2025-11-16, but a-de.md says 2025-11-15; editions must agree", file="b-pl.md")),
    case("editions_disagree_on_figure",
         entry("figures", 15, "says [delegations_sent count 137], but a-de.md says [delegations_sent count 173]; editions must agree", file="b-pl.md")),
    case("editions_disagree_on_partners",
         entry("partners", 14, "says [cn-guangxi], but a-de.md says [cn-guangxi, fr]; editions must agree", file="b-pl.md")),
    # What a reviewed (published) entry must have.
    case("reviewed_without_vi_summary",
         entry("summary.vi", 24, "a reviewed entry needs its summary in 'vi'")),
    case("reviewed_figure_without_measure",
         entry("figures.0.what", 16, "a reviewed entry cannot publish a figure without a measure")),
    case("seed_missing", entry("seed", 9, "seed file '999_not_there.txt' not found")),
    case("seed_missing_file_not_named_by_slug",
         entry("seed", 9, "seed file '999_not_there.txt' not found", file="draft-from-monday.md")),
    # Registries: a record is named by its index (units[2]) and the line of its field.
    case("registry_province_duplicate_id",
         Expect("provinces.yaml", "units[3].id", 16, "duplicate id 'lang-son'")),
    case("registry_province_merged_into_unknown",
         Expect("provinces.yaml", "units[2].merged_into", 15, "expected the id of a current unit, found 'tuyen-quan'")),
    case("registry_partner_country_no",
         Expect("partners.yaml", "partners[1].country", 10, "expected an ISO 3166-1 alpha-2 code, found False")),
    case("registry_partner_country_lowercase",
         Expect("partners.yaml", "partners[0].country", 5, "expected an ISO 3166-1 alpha-2 code")),
    case("registry_partner_duplicate_id",
         Expect("partners.yaml", "partners[1].id", 8, "duplicate id 'cn-guangxi'")),
    case("registry_partner_within_unknown",
         Expect("partners.yaml", "partners[1].within", 13, "unknown partner id 'no-viken'")),
    case("registry_topic_duplicate_id",
         Expect("topics.yaml", "topics[2].id", 5, "duplicate id 'trade'")),
    case("registry_topic_missing_label",
         Expect("topics.yaml", "topics[1].vi", 4, "expected non-empty text, found None")),
    case("registry_yaml_tab", Expect("outlets.yaml", None, 3, "not valid YAML")),
    # Ids and slugs become output paths; aliases expand past any memory (issue 12).
    case("slug_trailing_newline",
         entry("slug", 2, "expected lowercase ASCII letters, digits and hyphens, found 'lang-son-example-de\\n'")),
    case("yaml_alias_bomb",
         entry(None, 15, "front matter is not valid YAML: YAML anchors and aliases (&name, *name) are not allowed")),
    case("registry_province_id_traversal",
         Expect("provinces.yaml", "units[1].id", 7, "expected lowercase ASCII letters, digits and hyphens, found 'victim\\n'")),
    case("registry_partner_id_traversal",
         Expect("partners.yaml", "partners[1].id", 8, "expected lowercase ASCII letters, digits and hyphens, found '../../victim'")),
    case("editions_same_language",
         entry("lang", 3, "a-de.md is already the 'de' edition of story 'lang-son-example'; a story has one edition per language", file="b-de.md")),
    # Files the build would not read are named, never skipped silently.
    case("entry_uppercase_extension",
         entry(None, None, "not read: entries are <slug>.md files directly in", file="lang-son-example-de.MD")),
    case("entry_markdown_extension",
         entry(None, None, "not read: entries are <slug>.md files directly in", file="lang-son-example-de.markdown")),
    case("entry_in_subfolder", entry(None, None, "not read: entries are <slug>.md files directly in")),
    case("entry_hidden_file",
         entry(None, None, "not read: entries are <slug>.md files directly in", file=".lang-son-example-de.md")),
    # Values that crashed with a traceback (issue 12, item 8).
    case("figure_value_400_digits",
         entry("figures.0.value", 16, "expected a number below 10^18, found a number of 400 digits")),
    case("figure_value_1e30", entry("figures.0.value", 16, "expected a number below 10^18, found 1e+30")),
    case("url_unclosed_ipv6",
         entry("source_url", 8, "expected an http(s) URL or null, found 'http://[::1.x/a'")),
    case("title_form_feed",
         entry("title", 4, "holds a control or invalid character (U+000C at character 9); delete it")),
    case("title_nul",
         entry("title", 4, "holds a control or invalid character (U+0000 at character 9); delete it")),
    case("person_role_escape",
         entry("people.0.role", 18, "holds a control or invalid character (U+001B at character 9)")),
    case("registry_topic_label_control",
         Expect("topics.yaml", "topics[0].en", 19, "holds a control or invalid character (U+0007 at character 10)")),
    case("yaml_control_character",
         entry(None, 7, "front matter is not valid YAML: holds a control or invalid character (U+001F); delete it")),
    case("registry_yaml_alias_bomb",
         Expect("outlets.yaml", None, 2, "not valid YAML: YAML anchors and aliases (&name, *name) are not allowed")),
    # Found hunting as a hostile contributor after items 1-13 (issue 12, notes/issue-12.md).
    case("yaml_nested_too_deep",
         entry(None, 4, "front matter is not valid YAML: lists and mappings nested more than 20 levels deep")),
    case("yaml_merge_key",
         entry(None, 21, "front matter is not valid YAML: merge keys (<<) are not allowed")),
    case("yaml_hidden_line_separator",
         entry(None, 4, "front matter holds U+2028, which YAML reads as a line break that editors do not see")),
    case("cr_line_endings",
         entry(None, None, "lines end with a carriage return alone; save the file with LF line endings")),
    case("title_bidi_override",
         entry("title", 4, "holds a control or invalid character (U+202E at character 10); delete it")),
    case("title_invisible",
         entry("title", 4, "expected text, found only invisible characters")),
    case("title_too_long", entry("title", 4, "is 359 characters long; at most 300 fit here")),
    case("slug_too_long",
         entry("slug", 2, "is 110 characters long; at most 100 (it becomes an address and a folder name)")),
    case("partners_too_many", entry("partners", 14, "has 51 items; at most 50 fit here")),
    case("seed_is_a_path",
         entry("seed", 9, "expected the name of a file in seeds/, without folders, found '/etc/passwd'")),
    case("url_too_long", entry("source_url", 8, "is 2,022 characters long; at most 2,000")),
    case("entry_is_a_folder",
         entry(None, None, "is a folder, not a file; expected a text file"),
         entry(None, None, "not read: entries are <slug>.md files directly in", file="notes.txt")),
    case("registry_partner_key_twice",
         Expect("partners.yaml", None, 8, "key 'name_en' written twice (also on line 6)")),
    case("registry_partner_merge_key",
         Expect("partners.yaml", None, 3, "merge keys (<<) are not allowed")),
    case("registry_partner_name_bidi",
         Expect("partners.yaml", "partners[0].name_en", 6, "holds a control or invalid character (U+202E at character 6)")),
    # Found in a third hunt (closing note of 5 December 2026).
    case("date_after_added",
         entry("date", 5, "2052-11-15 is after the entry was added (2026-11-24): an article is published before it is added; check the year")),
    case("date_before_1945",
         entry("date", 5, "1025-11-15 is before 1945, the start of the digest's period")),
    case("added_in_future",
         entry("added", 6, "2226-11-24 is in the future; it is the day the entry was drafted")),
    case("partners_listed_twice",
         entry("partners.2", 14, "'cn-guangxi' is listed twice (also item 0); delete one")),
    case("figure_value_negative",
         entry("figures.0.value", 16, "expected zero or more, found -173; a figure counts, or says how much")),
    case("registry_partner_alias_no_letter",
         Expect("partners.yaml", "partners[0].aliases", 8, "'[(' holds no letter; write a name"),
         Expect("partners.yaml", "partners[0].aliases", 8, "'2025' holds no letter; write a name")),
    case("registry_partner_too_many_aliases",
         Expect("partners.yaml", "partners[0].aliases", 8, "has 101 names; at most 100 fit here")),
    case("registry_unread_file",
         Expect("partners-extra.yaml", None, None, "not read: registries/ holds countries.yaml, generated/cities.json, generated/subdivisions.json, generated/vietnam_wards.json")),
)  # fmt: skip


def problems_in_case(name: str, tmp_path: Path) -> list[Problem]:
    """Every problem the real checks report for one case directory."""
    directory = CORPUS / name
    try:
        if (directory / "entries").is_dir():
            check_content(directory / "entries", SEEDS, default_registries())
        else:
            registries = tmp_path / "registries"
            shutil.copytree(REGISTRY_DIR, registries)
            for broken in sorted((directory / "registries").glob("*.yaml")):
                shutil.copyfile(broken, registries / broken.name)
            load_registries(registries)
    except InputError as error:
        return error.problems
    return []


def describe(problems: list[Problem]) -> str:
    return "\n".join(f"{Path(p.path).name}:{p.line}: {p.field}: {p.message}" for p in problems)


def test_the_corpus_is_a_valid_entry_with_one_mistake_each() -> None:
    assert check_content(CORPUS / "_valid" / "entries", SEEDS, default_registries()) == 1
    on_disk = {p.name for p in CORPUS.iterdir() if p.is_dir() and not p.name.startswith("_")}
    assert on_disk == {c.name for c in CASES}, "every case directory needs a row in CASES"
    assert len(CASES) >= 25


@pytest.mark.parametrize("bad", CASES, ids=lambda c: c.name)
def test_each_mistake_is_named_precisely(bad: Case, tmp_path: Path) -> None:
    problems = problems_in_case(bad.name, tmp_path)
    found = describe(problems)
    for expected in bad.expected:
        match = next((p for p in problems if expected.matches(p)), None)
        assert match is not None, f"expected {expected}, found:\n{found or 'no problem at all'}"
        assert match.line == expected.line, f"{expected.field} at line {match.line}: {found}"
    assert len(problems) == len(bad.expected), f"one mistake, one message; found:\n{found}"
    for problem in problems:
        assert "\n" not in problem.message, f"a problem is one line of output: {problem.message!r}"


# The CLI on a tree of several broken entries: these cases' files, renamed to keep them apart.
CLI_CASES = ("yaml_unclosed_bracket", "no_closing_delimiter", "yaml_trap_lang_no",
             "unknown_province", "figure_unknown_unit", "url_ftp", "duplicate_slug",
             "missing_required_fields")  # fmt: skip


def tree_of(tmp_path: Path, names: tuple[str, ...]) -> tuple[Path, list[tuple[str, Expect]]]:
    """An entries directory holding the cases' files, and the problems each file must raise."""
    entries = tmp_path / "entries"
    entries.mkdir()
    expected: list[tuple[str, Expect]] = []
    by_name = {c.name: c for c in CASES}
    for name in names:
        for path in sorted((CORPUS / name / "entries").glob("*.md")):
            renamed = f"{name}--{path.name}"
            shutil.copyfile(path, entries / renamed)
            expected += [(renamed, e) for e in by_name[name].expected if e.file == path.name]
    return entries, expected


def run_check(entries: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "digest", "check", "--entries", str(entries),
               "--seeds", str(SEEDS)]  # fmt: skip
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def assert_reported(result: subprocess.CompletedProcess[str], entries: Path,
                    expected: list[tuple[str, Expect]]) -> None:  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert all(line.startswith("error: ") for line in lines), result.stderr
    for file, problem in expected:
        # Lines are checked above, problem by problem; here: path, field, message, one line each.
        field = f" {re.escape(problem.field)}:" if problem.field else ""
        pattern = re.compile(rf"error: {re.escape(str(entries / file))}(:\d+)?:{field} .*")
        wanted = [line for line in lines if pattern.fullmatch(line) and problem.message in line]
        assert len(wanted) == 1, f"{pattern.pattern} … {problem.message} not in:\n{result.stderr}"
    assert len(lines) == len(expected), f"one line per problem:\n{result.stderr}"


def test_cli_reports_every_problem_in_one_run(tmp_path: Path) -> None:
    entries, expected = tree_of(tmp_path, CLI_CASES)
    assert len(expected) >= 9
    assert_reported(run_check(entries), entries, expected)


def test_cli_reports_missing_seeds_with_the_other_problems(tmp_path: Path) -> None:
    # A valid entry whose seed is missing, beside an entry with a wrong field: an editor who
    # fixes the field must not then find a second, unrelated error on the next run.
    entries, expected = tree_of(tmp_path, ("seed_missing", "unknown_province"))
    assert_reported(run_check(entries), entries, expected)


def test_cli_reports_an_impossible_date_without_a_traceback(tmp_path: Path) -> None:
    entries, expected = tree_of(tmp_path, ("impossible_date", "unknown_province"))
    assert_reported(run_check(entries), entries, expected)
