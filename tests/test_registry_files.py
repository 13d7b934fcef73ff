"""One loader for every registry and vocabulary file: shapes checked, each file read there only.

A registry mistake must stop ``digest check`` with the file, line and field, never pass it and
crash a later build or draft with a KeyError.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from digest.errors import InputError
from digest.extract.figures import extract_figures
from digest.registries import REGISTRY_DIR, VOCABULARY_DIR, Registries, load_registries
from digest.registry_files import EVERY_FILE, READ_LATER
from digest.untrusted import MAX_YAML_DEPTH as MAX_DEPTH
from tests.site_helpers import ROOT, build_site

ROLE_TITLE = "  - id: project_director\n    en: Project Director\n    vi: Giám đốc dự án\n"


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    registries, vocabularies = tmp_path / "registries", tmp_path / "vocabularies"
    shutil.copytree(REGISTRY_DIR, registries)
    shutil.copytree(VOCABULARY_DIR, vocabularies)
    return registries, vocabularies


def _edit(path: Path, old: str, new: str) -> int:
    """Replace ``old`` (once) by ``new``; the line it starts on."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def _check(registries: Path, vocabularies: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "digest", "--registries", str(registries),
               "--vocabularies", str(vocabularies), "check"]  # fmt: skip
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_every_file_of_both_folders_is_one_the_loader_reads() -> None:
    listed = {(spec.folder, spec.name) for spec in (*EVERY_FILE, *READ_LATER)}
    on_disk = {
        (d.name, p.relative_to(d).as_posix())
        for d in (REGISTRY_DIR, VOCABULARY_DIR)
        for p in d.rglob("*")
        if p.is_file()
    }
    assert on_disk == listed


def test_a_renamed_vi_key_in_roles_stops_check_and_the_build_with_its_line(
    tmp_path: Path,
) -> None:
    """The bug: `vi:` renamed in roles.yaml passed `digest check`, then the build crashed with
    KeyError: 'vi' when it showed a role in Vietnamese."""
    registries, vocabularies = _folders(tmp_path)
    record_line = _edit(vocabularies / "roles.yaml", ROLE_TITLE, ROLE_TITLE.replace("vi:", "vn:"))
    checked = _check(registries, vocabularies)
    assert checked.returncode == 1
    assert checked.stderr.splitlines() == [
        f"error: {vocabularies}/roles.yaml:{record_line}: titles[0].vi: missing",
        f"error: {vocabularies}/roles.yaml:{record_line + 2}: titles[0].vn: unknown key 'vn'; "
        "expected one of: id, en, vi, forms, en_female, standalone, ordinary",
    ]
    digest = {"registries": str(registries), "vocabularies": str(vocabularies),
              "translations": str(ROOT / "theme" / "translations"), "search": False}  # fmt: skip
    built = build_site(tmp_path / "site", extra=["-e", f"DIGEST={json.dumps(digest)}"])
    said = built.stdout + built.stderr
    assert built.returncode == 1
    assert f"roles.yaml:{record_line}: titles[0].vi: missing" in said
    assert "KeyError" not in said and "Traceback" not in said


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        ("year_max: 2600}", "year_max: soon}", "languages.th.year_max",
         "expected a whole number, found 'soon'"),
        ("  de: {loose_left: true, dot_ordinals: true}", "  de: {loose_left: yes please}",
         "languages.de.loose_left", "expected true or false, found 'yes please'"),
        ("scales:\n", "scale:\n", "scale", "unknown key 'scale'"),
    ],
)  # fmt: skip
def test_number_words_are_checked_by_their_shape(
    tmp_path: Path, old: str, new: str, field: str, message: str
) -> None:
    registries, vocabularies = _folders(tmp_path)
    line = _edit(vocabularies / "numbers.yaml", old, new)
    with pytest.raises(InputError) as raised:
        load_registries(registries, vocabularies)
    problems = {(p.field, p.line): p.message for p in raised.value.problems}
    assert message in problems.get((field, line), ""), raised.value


def test_a_partner_within_itself_is_reported(tmp_path: Path) -> None:
    registries, vocabularies = _folders(tmp_path)
    partners = registries / "partners.yaml"
    hekou = "  - id: cn-hekou\n"
    text = partners.read_text(encoding="utf-8")
    record = text[text.index(hekou) :].split("\n  - ")[0]
    line = _edit(
        partners, record, record.replace("within: cn-honghe-prefecture", "within: cn-hekou")
    )
    line += record.count("\n", 0, record.index("within:"))
    with pytest.raises(InputError) as raised:
        load_registries(registries, vocabularies)
    [problem] = raised.value.problems
    assert problem.line == line and problem.field is not None
    assert problem.field.endswith(".within")
    assert "lies in itself: cn-hekou -> cn-hekou" in problem.message


def test_a_yaml_boolean_language_key_is_reported(tmp_path: Path) -> None:
    """`no:` (Norwegian) is false to YAML: reported, not a crash in the build cache."""
    registries, vocabularies = _folders(tmp_path)
    line = _edit(registries / "countries.yaml", "  KR:\n", "  KR:\n    no: [Sør-Korea]\n")
    with pytest.raises(InputError) as raised:
        load_registries(registries, vocabularies)
    [problem] = raised.value.problems
    assert (problem.field, problem.line) == ("countries.KR.False", line + 1)
    assert "expected a text key, found False" in problem.message


def test_a_unit_drafting_reads_is_one_an_entry_may_use(registries: Registries) -> None:
    """The bug: units were defined twice, and drafting "12.000 m³" gave `m3`, which the
    registry entries are checked against did not have."""
    [figure] = extract_figures("Das neue Becken fasst 12.000 m³ Wasser.", "de")
    assert (figure.value, figure.unit) == (12_000, "m3")
    assert registries.units["m3"].label("vi") == "m³"
    worded = {unit for unit, label in registries.units.items() if label.words}
    assert worded <= set(registries.units)
    assert not (REGISTRY_DIR / "units.yaml").exists()


# Modules that read YAML which is not a registry (entry front matter) or guard all YAML.
_YAML_READERS = {"digest/registry_files.py", "digest/frontmatter.py", "digest/untrusted.py"}
_REGISTRY_NAMES = {spec.name for spec in (*EVERY_FILE, *READ_LATER)}


def _opens_registry_file(tree: ast.AST) -> list[str]:
    """What in a module reads YAML or names a registry file or folder constant."""
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "yaml"
            and node.attr in ("load", "safe_load", "compose", "parse")
        ):
            found.append(f"line {node.lineno}: yaml.{node.attr}")
        if isinstance(node, ast.Name) and node.id in ("REGISTRY_DIR", "VOCABULARY_DIR"):
            found.append(f"line {node.lineno}: {node.id}")
        if isinstance(node, ast.Constant) and node.value in _REGISTRY_NAMES:
            found.append(f"line {node.lineno}: {node.value!r}")
    return found


def test_nothing_but_the_loader_opens_a_registry_file() -> None:
    offenders = {}
    for path in sorted([*(ROOT / "digest").rglob("*.py"), *(ROOT / "tools").rglob("*.py")]):
        name = path.relative_to(ROOT).as_posix()
        # The loader, and the command line whose --registries defaults are the folders.
        if name in _YAML_READERS or name in ("digest/registries.py", "digest/cli.py"):
            continue
        found = _opens_registry_file(ast.parse(path.read_text(encoding="utf-8")))
        if found:
            offenders[name] = found
    assert offenders == {}


def test_the_guard_sees_a_module_that_reads_a_registry_itself() -> None:
    module = (ROOT / "digest" / "extract" / "topics.py").read_text(encoding="utf-8")
    before = "from digest.registries import "
    assert not _opens_registry_file(ast.parse(module))
    reading = module.replace(before, f"import yaml\n{before}REGISTRY_DIR\n{before}")
    reading += '\nTOPICS = yaml.safe_load((REGISTRY_DIR / "topics.yaml").read_text())\n'
    assert len(_opens_registry_file(ast.parse(reading))) == 3


@pytest.mark.parametrize(
    ("folder", "name", "old", "new", "field", "message"),
    [
        ("registries", "measures.yaml", "    refines: delegations\n", "    refines: delegation\n",
         "measures[1].refines", "expected the id of another measure, found 'delegation'"),
        ("vocabularies", "roles.yaml", "vi_levels: {provincial: Tỉnh ủy,", "vi_levels: {province: Tỉnh ủy,",
         "organs[", "expected a level id (provincial, district, commune, city), found 'province'"),
        ("registries", "countries.yaml", "  NL:\n", "  XX:\n",
         "countries.XX", "expected an ISO 3166-1 alpha-2 code, found 'XX'"),
        ("vocabularies", "numbers.yaml", "  MAD: [AED]\n", "  MAD: [AEF]\n",
         "shared_currencies.MAD[0]", "expected a currency of `currencies:` in this file, found 'AEF'"),
    ],
)  # fmt: skip
def test_a_reference_to_nothing_is_reported_on_its_line(
    tmp_path: Path, folder: str, name: str, old: str, new: str, field: str, message: str
) -> None:
    folders = dict(zip(("registries", "vocabularies"), _folders(tmp_path), strict=True))
    text = (folders[folder] / name).read_text(encoding="utf-8")
    text = text.replace(old, new, 1)  # the first of several
    (folders[folder] / name).write_text(text, encoding="utf-8")
    line = text[: text.index(new)].count("\n") + 1
    with pytest.raises(InputError) as raised:
        load_registries(folders["registries"], folders["vocabularies"])
    [problem] = raised.value.problems
    assert problem.field is not None and problem.field.startswith(field)
    assert (problem.line, problem.message) == (line, message)


@pytest.mark.parametrize(
    "text",
    [
        "a: [x, 'y', 1, 2.5, true, no, ~, 2020-01-02]\nb: {c: d, 3: e}\n",
        "s: !!set {a, b}\no: !!omap [x: 1]\nbin: !!binary aGk=\n'': ''\n",
        "- - - deep\n  - ''\n- =: v\n",
    ],
)
def test_registry_yaml_is_read_as_the_safe_loader_reads_it(text: str) -> None:
    # The registry loader builds strings, lists and mappings itself, and resolves tags from
    # tables: the values must be those of the safe loader, tag for tag.
    from digest.registry_files import _load_yaml

    value = _load_yaml(text)
    assert value == yaml.safe_load(text)
    assert repr(value) == repr(yaml.safe_load(text))


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("? [a]\n: b\n", "found unhashable key"),
        ("a: !unknown x\n", "could not determine a constructor"),
    ],
)
def test_what_the_safe_loader_refuses_the_registry_loader_refuses_alike(
    text: str, error: str
) -> None:
    from digest.registry_files import _load_yaml

    with pytest.raises(yaml.YAMLError, match=error):
        _load_yaml(text)


def test_country_names_are_babels_in_every_article_language() -> None:
    # Read from each language's own CLDR file, not through Babel's Locale: the same names.
    import babel

    from digest.registry_records import ARTICLE_LANGUAGES, territory_names

    for lang in ARTICLE_LANGUAGES:
        assert dict(territory_names(lang)) == dict(babel.Locale(lang).territories), lang
    assert dict(territory_names("pt_PT")) == dict(babel.Locale("pt_PT").territories)


def _read_step_by_step(text: str) -> object:
    """The registry YAML as read before one walk did the checks and the building."""
    from digest.registry_files import _refuse_repeated_keys
    from digest.untrusted import compose_untrusted

    loader = yaml.CSafeLoader(text)
    root = compose_untrusted(text, loader)
    if root is None:
        return None
    _refuse_repeated_keys(root)
    return loader.construct_document(root)


def _nested(levels: int) -> str:
    return "".join(f"{'  ' * level}k{level}:\n" for level in range(levels)) + "  " * levels + "v\n"


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb:\n  c: d\n  <<: {e: f}\n",
        "a:\n  b: 1\n  c: 2\n  b: 3\nd: {x: 1, x: 2}\n",
        "a: {x: 1, x: 2}\nb:\n  <<: {e: f}\n",
        "s: !!set {a, b, a}\n",
        "o: !!omap [x: {y: 1, y: 2}]\n",
        "k: !!int zero\nd: {x: 1, x: 2}\n",
        "? [a, b]\n: c\n",
        "1: a\n'1': b\n",
        "yes: a\ntrue: b\n1: c\n1.0: d\n",
        _nested(MAX_DEPTH + 1),
        _nested(MAX_DEPTH) + "z: {a: 1, a: 2}\n",
        "",
        "# only a comment\n",
    ],
)
def test_one_walk_reads_and_refuses_registry_yaml_as_the_checks_did_one_by_one(
    text: str,
) -> None:
    from digest.registry_files import _load_yaml

    try:
        expected = repr(_read_step_by_step(text))
    except Exception as error:  # the error, its message and its mark
        expected = f"{type(error).__name__}: {error}"
    try:
        found = repr(_load_yaml(text))
    except Exception as error:
        found = f"{type(error).__name__}: {error}"
    assert found == expected
