"""The build cache, output fingerprints and the writer that skips unchanged files."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from digest.schema import Entry
from digest.site.buildcache import BuildCache, code_fingerprint
from digest.site.fingerprint import fingerprint
from digest.site.model import EntryPage, Pagination
from digest.site.output import OutputWriter


def entry_page(slug: str, digest: str) -> EntryPage:
    entry = Entry(slug=slug, lang="en", title=slug, date=dt.date(2025, 1, 1),
                  added=dt.date(2025, 1, 2), outlet=None, source_url=None, seed="s.html",
                  story_id=slug, province="lai-chau", province_as_written="lai-chau",
                  provinces=("lai-chau",), partners=(), figures=(), people=(), topics=(),
                  status="draft")  # fmt: skip
    return EntryPage(entry, digest=digest)


def test_a_cache_saved_by_other_code_is_not_used(tmp_path: Path) -> None:
    BuildCache(tmp_path, "code-1").save("entries", {"a": 1})
    assert BuildCache(tmp_path, "code-1").load("entries") == {"a": 1}
    assert BuildCache(tmp_path, "code-2").load("entries") is None
    assert BuildCache(tmp_path, "code-1", enabled=False).load("entries") is None


def test_an_unreadable_cache_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "entries.json").write_bytes(b"not json")
    assert BuildCache(tmp_path, "code").load("entries") is None


def test_the_code_fingerprint_follows_settings_and_theme_files(tmp_path: Path) -> None:
    theme = tmp_path / "theme"
    theme.mkdir()
    (theme / "base.html").write_text("one", encoding="utf-8")
    settings = {"SITEURL": "https://example.org", "DIGEST": {}}
    first = code_fingerprint(settings, [theme])
    assert code_fingerprint(settings, [theme]) == first
    assert code_fingerprint({**settings, "SITEURL": "https://example.net"}, [theme]) != first
    (theme / "base.html").write_text("two", encoding="utf-8")
    assert code_fingerprint(settings, [theme]) != first


def test_a_page_fingerprint_changes_with_an_entry_it_shows_and_its_editions() -> None:
    one, two = entry_page("one", "d1"), entry_page("two", "d2")
    pagination = Pagination(1, 1, None, None)
    listing = fingerprint(
        "province", "provinces/x/", {"entries": [one, two], "pagination": pagination}
    )
    assert listing == fingerprint(
        "province", "provinces/x/", {"entries": [one, two], "pagination": pagination}
    )
    changed = entry_page("two", "d2-edited")
    assert listing != fingerprint(
        "province", "provinces/x/", {"entries": [one, changed], "pagination": pagination}
    )
    with_edition = entry_page("one", "d1")
    with_edition.editions = [changed]
    assert fingerprint({"page": with_edition}) != fingerprint({"page": entry_page("one", "d1")})


def test_an_object_without_a_stable_form_cannot_be_fingerprinted() -> None:
    with pytest.raises(TypeError, match="cannot fingerprint"):
        fingerprint({"thing": object()})


def test_the_writer_skips_a_file_written_from_the_same_inputs(tmp_path: Path) -> None:
    first = OutputWriter(tmp_path, None)
    first.write("a/index.html", "k1", "<p>one</p>")
    first.write("b/index.html", "k1", "<p>two</p>")
    second = OutputWriter(tmp_path, first.manifest)
    assert second.current("a/index.html", "k1")
    assert not second.current("b/index.html", "k2")  # its inputs changed
    assert second.remove_stale() == 1  # b was not produced again
    assert not (tmp_path / "b").exists()
    assert (tmp_path / "a" / "index.html").is_file()


def test_the_writer_rewrites_a_file_changed_behind_its_back(tmp_path: Path) -> None:
    first = OutputWriter(tmp_path, None)
    first.write("a/index.html", "k1", "<p>one</p>")
    (tmp_path / "a" / "index.html").write_text("<p>edited by hand, longer</p>", "utf-8")
    assert not OutputWriter(tmp_path, first.manifest).current("a/index.html", "k1")
    os.remove(tmp_path / "a" / "index.html")
    assert not OutputWriter(tmp_path, first.manifest).current("a/index.html", "k1")
