"""The digest as a Pelican plugin among others: writer signals, and builds from any folder."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.site_helpers import ROOT, build_site

pytestmark = pytest.mark.site


def _built_files(output: Path) -> set[str]:
    """Every file the digest writes: all but Pelican's copy of the theme's static files and
    the search index, which Pelican's own writer does not announce either."""
    return {
        path.relative_to(output).as_posix()
        for path in output.rglob("*")
        if path.is_file() and path.relative_to(output).parts[0] not in ("theme", "pagefind")
    }


def _recorded(record: Path, output: Path) -> dict[str, set[str]]:
    seen: dict[str, set[str]] = {"content_written": set(), "feed_written": set()}
    for line in record.read_text(encoding="utf-8").splitlines():
        signal, path = line.split(" ", 1)
        seen[signal].add(Path(path).relative_to(output).as_posix())
    return seen


def test_a_plugin_listening_to_the_writer_signals_sees_every_file(tmp_path: Path) -> None:
    output, record = tmp_path / "site", tmp_path / "recorded.txt"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tests" / "plugins")}
    extra = ["-e", f"PLUGINS={json.dumps(['digest.site', 'written_recorder'])}",
             f"RECORDER_FILE={json.dumps(str(record))}"]  # fmt: skip
    for build in ("cold", "warm"):  # a warm build keeps files; they are announced all the same
        result = build_site(output, env=env, extra=extra)
        assert result.returncode == 0, result.stdout + result.stderr
        seen = _recorded(record, output)
        files = _built_files(output)
        feeds = {path for path in files if path.endswith(("atom.xml", "rss.xml"))}
        assert feeds, "the build writes feeds"
        assert seen["feed_written"] == feeds, build
        assert seen["content_written"] == files - feeds, build
        assert "index.html" in seen["content_written"]
        assert "vi/index.html" in seen["content_written"]


def test_the_site_builds_from_another_working_directory(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    output = tmp_path / "site"
    result = build_site(output, cwd=elsewhere)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (output / "provinces" / "lai-chau" / "index.html").is_file()
    assert (output / "vi" / "index.html").is_file()


def test_an_editors_mistake_ends_the_build_with_its_message_and_no_traceback(
    tmp_path: Path,
) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    entry = content / "entries" / "lai-chau-mo-rong-hoi-nhap-pl.md"
    entry.write_text(
        entry.read_text(encoding="utf-8").replace(
            "\nprovince: lai-chau\n", "\nprovince: nowhere\n"
        ),
        encoding="utf-8",
    )
    result = build_site(tmp_path / "site", content=content)
    said = result.stdout + result.stderr
    assert result.returncode == 1
    assert "lai-chau-mo-rong-hoi-nhap-pl.md:11: province: unknown province id 'nowhere'" in said
    assert "Traceback" not in said
