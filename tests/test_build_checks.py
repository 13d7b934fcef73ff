"""Every build runs the checks across entries that `digest check` runs (issue 12)."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

from .site_helpers import build_site

CORPUS = Path(__file__).resolve().parent / "bad_inputs"


def _content(tmp_path: Path, case: str) -> Path:
    content = tmp_path / "content"
    shutil.copytree(CORPUS / case / "entries", content / "entries")
    return content


def test_two_entries_with_one_slug_stop_the_build(tmp_path: Path) -> None:
    output = tmp_path / "output"
    result = build_site(output, content=_content(tmp_path, "duplicate_slug"))
    said = result.stdout + result.stderr
    assert result.returncode != 0
    assert "b-second.md:2: slug: duplicate slug 'lang-son-example-de', also used by" in said
    assert "Traceback" not in said


def test_a_second_edition_in_one_language_stops_the_build(tmp_path: Path) -> None:
    result = build_site(tmp_path / "output", content=_content(tmp_path, "editions_same_language"))
    said = result.stdout + result.stderr
    assert result.returncode != 0
    assert "b-de.md:3: lang: a-de.md is already the 'de' edition" in said


def test_an_entry_file_the_build_would_not_read_is_named(tmp_path: Path) -> None:
    content = _content(tmp_path, "_valid")
    shutil.copyfile(content / "entries" / "lang-son-example-de.md",
                    content / "entries" / "another.MD")  # fmt: skip
    result = build_site(tmp_path / "output", content=content)
    said = result.stdout + result.stderr
    assert result.returncode != 0
    assert "another.MD: not read: entries are <slug>.md files directly in" in said


def test_feed_titles_are_escaped_once(tmp_path: Path) -> None:
    """Issue 12: 'Bosnia & Herzegovina' became 'Bosnia &amp;amp; Herzegovina' in feeds."""
    import feedparser

    content = _content(tmp_path, "_valid")
    entry = content / "entries" / "lang-son-example-de.md"
    entry.write_text(entry.read_text().replace(
        "partners: [cn-guangxi, fr]", "partners: [ba, fr-provence-alpes-cote-d-azur]"))  # fmt: skip
    output = tmp_path / "output"
    result = build_site(output, content=content)
    assert result.returncode == 0, result.stdout + result.stderr
    for partner, name in (("ba", "Bosnia & Herzegovina"),
                          ("fr-provence-alpes-cote-d-azur", "Provence-Alpes-Côte d'Azur")):  # fmt: skip
        for feed in ("atom.xml", "rss.xml"):
            path = output / "partners" / partner / feed
            parsed = feedparser.parse(path.read_bytes())
            assert parsed.feed.title == f"Provincial Diplomacy Digest: {name}", path
            # The description is HTML: escaped once there, the name reads right in a reader.
            summary = html.unescape(re.sub(r"<[^>]+>", "", parsed.entries[0].summary))
            assert name in summary, summary
