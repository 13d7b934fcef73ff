"""What an edit costs: an unchanged entry file is known by its stamp, the entries cache is saved
by parts, and the open data follows entries' facts, not their text."""

from __future__ import annotations

import dataclasses
import os
import shutil
import time
from pathlib import Path

import pytest

from digest.site import entries
from digest.site.buildcache import BuildCache
from digest.site.entries import ReadEntry, read_all, stamp

from .site_helpers import build_site
from .test_build_cache import entry_page

VALID = Path(__file__).resolve().parent / "bad_inputs" / "_valid" / "entries"
TITLE = "Lang Son und Guangxi vereinbaren Zusammenarbeit"


def _known(path: Path, digest: str = "d" * 32) -> ReadEntry:
    page = entry_page(path.stem, digest)
    settled = time.time_ns() + 10 * entries._SETTLED_NS
    return ReadEntry(digest, page.entry, "", False, "facts", stamp(path.stat(), settled))


def test_a_file_with_its_stamp_unchanged_is_not_read(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "a.md"
    path.write_text("text")
    known = _known(path)

    def unexpected(path: Path) -> str:
        raise AssertionError(f"{path} was hashed")

    monkeypatch.setattr(entries, "file_digest", unexpected)
    assert entries._still(str(path), known, time.time_ns()) is known


def test_a_rewritten_file_is_hashed_and_its_stamp_renewed(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("text")
    known = _known(path, entries.file_digest(path))
    path.write_text("text")  # the same bytes: a new change time
    assert known.stamp is not None and path.stat().st_ctime_ns != known.stamp[3]
    later = time.time_ns() + 10 * entries._SETTLED_NS
    renewed = entries._still(str(path), known, later)
    assert renewed is not None and renewed.digest == known.digest
    assert renewed.stamp == stamp(path.stat(), later)
    path.write_text("other")
    assert entries._still(str(path), renewed, later) is None


def test_a_file_changed_just_before_the_build_gets_no_stamp(tmp_path: Path) -> None:
    # Its change time could stay the same through another edit within the clock's tick.
    path = tmp_path / "a.md"
    path.write_text("text")
    assert stamp(path.stat(), time.time_ns()) is None
    assert stamp(path.stat(), time.time_ns() + 2 * entries._SETTLED_NS) is not None


def test_a_same_size_edit_to_a_settled_file_is_read_again(tmp_path: Path) -> None:
    """With stamps trusted (files older than the settling time), an edit that keeps the size
    and restores the modification time is still seen: its change time moved."""
    content = tmp_path / "content"
    shutil.copytree(VALID, content / "entries")
    time.sleep(entries._SETTLED_NS / 1e9 + 0.2)
    output = tmp_path / "output"
    assert build_site(output, content=content).returncode == 0
    entry = content / "entries" / "lang-son-example-de.md"
    status = entry.stat()
    edited = TITLE.replace("Guangxi", "GUANGXI")
    entry.write_text(entry.read_text().replace(TITLE, edited))
    os.utime(entry, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert (entry.stat().st_size, entry.stat().st_mtime_ns) == (status.st_size, status.st_mtime_ns)
    result = build_site(output, content=content)
    assert result.returncode == 0, result.stderr
    page = output / "entries" / "lang-son-example-de" / "index.html"
    assert edited in page.read_text()
    assert "1 read from their files" in result.stdout


def test_one_changed_entry_rewrites_one_part_of_the_cache(tmp_path: Path) -> None:
    value = {f"entries/{n}.md": n for n in range(500)}
    BuildCache(tmp_path, "code").save_parts("entries", value)
    before = {path: path.stat().st_mtime_ns for path in tmp_path.glob("entries-*.json")}
    assert len(before) == 64
    cache = BuildCache(tmp_path, "code")
    assert cache.load_parts("entries", int) == value
    time.sleep(0.01)
    cache.save_parts("entries", {**value, "entries/7.md": -7})
    changed = [path for path, mtime in before.items() if path.stat().st_mtime_ns != mtime]
    assert len(changed) == 1
    assert BuildCache(tmp_path, "code").load_parts("entries", int)["entries/7.md"] == -7


def test_a_part_of_another_kind_is_left_out(tmp_path: Path) -> None:
    BuildCache(tmp_path, "code").save_parts("entries", {"a": 1, "b": "planted"})
    assert BuildCache(tmp_path, "code").load_parts("entries", int) == {"a": 1}
    assert BuildCache(tmp_path, "other").load_parts("entries", int) is None


def test_entries_unchanged_are_taken_from_the_cache(tmp_path: Path) -> None:
    from digest.registries import load_registries
    from tests.site_helpers import ROOT

    folder = tmp_path / "entries"
    shutil.copytree(VALID, folder)
    paths = sorted(folder.glob("*.md"))
    registries = load_registries(ROOT / "registries")
    store = entries.TextStore(tmp_path / "texts")
    first = read_all(paths, registries, {}, store, parallel=False)
    # Files written moments ago get no stamp: they are hashed, and kept as they were.
    again = read_all(paths, registries, first, store, parallel=False)
    assert all(again[name] is first[name] for name in again)
    changed = dataclasses.replace(first[str(paths[0])], digest="0" * 32)
    third = read_all(paths, registries, {**first, str(paths[0]): changed}, store, parallel=False)
    assert third[str(paths[0])].digest == first[str(paths[0])].digest


@pytest.mark.parametrize("size", [0, 3])
def test_forget_removes_only_the_versions_named(tmp_path: Path, size: int) -> None:
    store = entries.TextStore(tmp_path)
    digests = [f"{n:032x}" for n in range(4)]
    for digest in digests:
        store.write(digest, "<p>html</p>", "terms")
    store.forget(digests[:size])
    assert [store.has(d) for d in digests] == [n >= size for n in range(4)]
