"""A rebuild from the build cache writes exactly what a build from nothing writes.

Each edit an editor or a developer makes (an entry, a registry, a template, a catalogue, a
setting, a removed entry) is followed by a warm rebuild of one output folder and a cold build of
a fresh one; the two folders must hold the same files, byte for byte. The search index is left
out: after an edit a warm build indexes the changed pages into a recent bundle, by design.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.site_helpers import ROOT

pytestmark = pytest.mark.site


def _copy_project(into: Path) -> Path:
    for folder in ("content", "registries", "theme"):
        shutil.copytree(ROOT / folder, into / folder)
    return into


def _build(project: Path, output: Path, cache: Path, site_name: str) -> None:
    digest = {
        "registries": str(project / "registries"),
        "translations": str(project / "theme" / "translations"),
        "search": False,
    }
    command = [
        sys.executable, "-m", "pelican", str(project / "content"),
        "-s", str(ROOT / "pelicanconf.py"), "-o", str(output), "--cache-path", str(cache),
        "--fatal", "warnings",
        "-e", f"THEME={json.dumps(str(project / 'theme'))}",
        f"DIGEST={json.dumps(digest)}", f"SITENAME={json.dumps(site_name)}",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def _files(output: Path) -> dict[str, bytes]:
    return {
        path.relative_to(output).as_posix(): path.read_bytes()
        for path in sorted(output.rglob("*"))
        if path.is_file() and "pagefind" not in path.relative_to(output).parts
    }


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path}: {old!r} not found"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _edit_entry(project: Path) -> None:
    entry = project / "content/entries/lai-chau-mo-rong-hoi-nhap-pl.md"
    _replace(entry, "\ntitle: ", "\ntitle: Edited ")
    with entry.open("a", encoding="utf-8") as body:
        body.write("\nEdited paragraph.\n")


def _edit_entry_text(project: Path) -> None:
    # The article alone: its facts, and so the open data made from them, stay the same.
    entry = project / "content/entries/lai-chau-mo-rong-hoi-nhap-pl.md"
    with entry.open("a", encoding="utf-8") as body:
        body.write("\nA second edited paragraph.\n")


def _edit_registry(project: Path) -> None:
    _replace(project / "registries/provinces.yaml", "name_en: Lai Chau", "name_en: Lai Chau Edited")


def _edit_template(project: Path) -> None:
    _replace(project / "theme/templates/base.html", "</body>", "<!-- edited --></body>")


def _edit_catalogue(project: Path) -> None:
    _replace(project / "theme/translations/vi/LC_MESSAGES/messages.po",
             'msgstr "Tìm kiếm"', 'msgstr "Tìm kiếm nhanh"')  # fmt: skip


def _remove_entry(project: Path) -> None:
    (project / "content/entries/lang-son-tang-doi-ngoai-mo-rong-hop-de.md").unlink()


EDITS: dict[str, Callable[[Path], None]] = {
    "entry": _edit_entry,
    "entry text": _edit_entry_text,
    "registry": _edit_registry,
    "template": _edit_template,
    "catalogue": _edit_catalogue,
    "removed entry": _remove_entry,
}


def test_every_warm_rebuild_equals_a_cold_build(tmp_path: Path) -> None:
    project = _copy_project(tmp_path / "project")
    warm, warm_cache = tmp_path / "warm", tmp_path / "warm.cache"
    _build(project, warm, warm_cache, "Digest")
    site_name = "Digest"
    for number, (name, edit) in enumerate([*EDITS.items(), ("setting", None)]):
        if edit is None:
            site_name = "Digest, renamed"
        else:
            edit(project)
        cold = tmp_path / f"cold-{number}"
        _build(project, warm, warm_cache, site_name)
        _build(project, cold, tmp_path / f"cold-{number}.cache", site_name)
        warm_files, cold_files = _files(warm), _files(cold)
        assert sorted(warm_files) == sorted(cold_files), f"after the {name} edit"
        differing = [path for path in cold_files if warm_files[path] != cold_files[path]]
        assert differing == [], f"after the {name} edit, warm and cold differ in {differing}"
