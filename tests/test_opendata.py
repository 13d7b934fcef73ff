"""The open data under /data/, read from a real build as a researcher would: the CSV files, the
JSON, the SQLite database (checked by SQLite and queried through Datasette over HTTP) and the
pages that document and link them."""

from __future__ import annotations

import csv
import html
import json
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from digest.frontmatter import parse
from digest.registries import load_registries
from digest.schema import FIELDS, validate
from digest.site.model import EntryPage
from digest.site.opendata import (
    ENTRY_TABLES,
    TABLE_BY_NAME,
    TABLES,
    OwnRows,
    Row,
    as_records,
    build_rows,
    rows_by_entry,
    to_json,
)
from tests.site_helpers import ROOT, build_site, read_page

pytestmark = pytest.mark.site

ENTRIES = sorted((ROOT / "content" / "entries").glob("*.md"))


@pytest.fixture(scope="module")
def entries() -> dict[str, Any]:
    registries = load_registries()
    built = [validate(_read(path), registries) for path in ENTRIES]
    return {entry.slug: entry for entry in built}


def _read(path: Path) -> Any:
    return parse(path.read_text(encoding="utf-8"), path)


def read_csv(site: Path, name: str) -> list[dict[str, str]]:
    with open(site / "data" / name, encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_the_tables_hold_exactly_the_built_entries(site: Path, entries: dict[str, Any]) -> None:
    rows = read_csv(site, "entries.csv")
    assert [row["slug"] for row in rows] == sorted(entries)
    for row in rows:
        entry = entries[row["slug"]]
        assert row["province"] == entry.province
        assert row["province_as_written"] == entry.province_as_written
        assert row["story"] == entry.story_id
        assert row["date"] == (entry.date.isoformat() if entry.date else "")
        assert row["url_vi"].endswith(f"/vi/entries/{entry.slug}/")
    partners = {(r["entry"], r["partner"]) for r in read_csv(site, "partners.csv")}
    assert partners == {(slug, p) for slug, e in entries.items() for p in e.partners}
    figures = [(r["entry"], float(r["value"]), r["what"]) for r in read_csv(site, "figures.csv")]
    expected = [(s, float(f.value), f.what) for s, e in sorted(entries.items()) for f in e.figures]
    assert figures == expected
    assert len(figures) > 0, "the seeds report figures: the test must see some"
    people = read_csv(site, "people.csv")
    assert len(people) == sum(len(e.people) for e in entries.values())
    stories = read_csv(site, "stories.csv")
    assert {s["id"] for s in stories} == {e.story_id for e in entries.values()}
    assert sum(int(s["editions"]) for s in stories) == len(entries)


def test_provinces_hold_the_34_current_units_and_the_29_former(site: Path) -> None:
    rows = read_csv(site, "provinces.csv")
    current = [r for r in rows if r["current"] == "1"]
    former = [r for r in rows if r["current"] == "0"]
    assert (len(current), len(former)) == (34, 29)
    ids = {r["id"] for r in current}
    assert all(r["merged_into"] in ids for r in former)
    assert {r["id"]: r["merged_into"] for r in former}["ha-giang"] == "tuyen-quang"


def test_the_json_agrees_with_the_csv(site: Path) -> None:
    records = json.loads((site / "data" / "entries.json").read_text(encoding="utf-8"))
    assert [r["slug"] for r in records] == [r["slug"] for r in read_csv(site, "entries.csv")]
    nested = {(r["slug"], p["partner"]) for r in records for p in r["partners"]}
    assert nested == {(r["entry"], r["partner"]) for r in read_csv(site, "partners.csv")}


def test_the_database_is_sound_and_holds_the_same_rows(site: Path) -> None:
    db = sqlite3.connect(site / "data" / "digest.db")
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    for table in TABLES:
        count = db.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
        assert count == len(read_csv(site, table.csv_file)), table.name
    foreign = db.execute("SELECT count(*) FROM pragma_foreign_key_list('entries')").fetchone()[0]
    assert foreign == 3  # story, province, province as written
    hits = db.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'Ausweitung'")
    assert len(hits.fetchall()) == 1
    db.close()


def test_every_page_of_a_province_partner_and_entry_links_to_its_own_rows(
    site: Path, entries: dict[str, Any]
) -> None:
    slug, entry = next(iter(sorted(entries.items())))
    for prefix in ("", "vi/"):
        for page, data in [
            (f"entries/{slug}/", f"entries/{slug}.json"),
            (f"provinces/{entry.province}/", f"provinces/{entry.province}.json"),
            (f"partners/{entry.partners[0]}/", f"partners/{entry.partners[0]}.json"),
        ]:
            links = read_page(site / prefix / page / "index.html").links
            assert f"/data/{data}" in links, (prefix, page)
            own = json.loads((site / "data" / data).read_text(encoding="utf-8"))
            assert slug in {row["slug"] for row in own["entries"]}
        footer_links = read_page(site / prefix / "index.html").links
        assert f"/{prefix}data/" in footer_links


def test_the_data_page_documents_every_column_in_both_languages(site: Path) -> None:
    english = (site / "data" / "index.html").read_text(encoding="utf-8")
    vietnamese = (site / "vi" / "data" / "index.html").read_text(encoding="utf-8")
    for table in TABLES:
        for column in table.columns:
            assert f'<code lang="zxx">{column.name}</code>' in english
            assert column.en in html.unescape(english), column.name
            assert column.vi in html.unescape(vietnamese), column.name


def test_the_schema_names_every_field_the_validator_knows(site: Path) -> None:
    schema = json.loads((site / "data" / "schema.json").read_text(encoding="utf-8"))
    assert list(schema["properties"]) == [spec.name for spec in FIELDS]
    assert "ha-giang" in schema["properties"]["province_as_written"]["enum"]
    assert "ha-giang" not in schema["properties"]["province"]["enum"]


def test_an_edit_rewrites_only_the_rows_it_touches(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    site = tmp_path / "site"
    assert build_site(site, content=content).returncode == 0
    before = {p: p.stat().st_mtime_ns for p in (site / "data").rglob("*") if p.is_file()}
    edited = content / "entries" / "lao-cai-7da2066b-ja.md"
    text = edited.read_text(encoding="utf-8")
    assert "\noutlet: null\n" in text
    edited.write_text(text.replace("\noutlet: null\n", "\noutlet: Báo Lào Cai\n", 1), "utf-8")
    result = build_site(site, content=content)
    assert result.returncode == 0, result.stderr
    changed = {p.relative_to(site / "data").as_posix() for p, t in before.items()
               if p.stat().st_mtime_ns != t}  # fmt: skip
    # The whole-table files are rewritten on any edit (keyed on every entry file's digest, so
    # that an unchanged build never reads their rows); of the per-page files only the edited
    # entry's, its province's and its partners'.
    assert changed == {
        *(table.csv_file for table in TABLES), "entries.json", "digest.db",
        "entries/lao-cai-7da2066b-ja.json", "provinces/lao-cai.json",
        *(f"partners/{p}.json" for p in _partners_of(edited)),
    }  # fmt: skip


def _partners_of(path: Path) -> list[str]:
    registries = load_registries()
    return list(validate(_read(path), registries).partners)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def datasette(site: Path) -> Iterator[str]:
    port = _free_port()
    data = site / "data"
    process = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(data / "digest.db"), "--metadata",
         str(data / "metadata.json"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=1).read()
                break
            except OSError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def test_datasette_facets_entries_by_province(datasette: str, site: Path) -> None:
    answer = get_json(f"{datasette}/digest/entries.json?_facet=province&_shape=objects")
    facet = {v["value"]: v["count"] for v in answer["facet_results"]["province"]["results"]}
    expected: dict[str, int] = {}
    for row in read_csv(site, "entries.csv"):
        expected[row["province"]] = expected.get(row["province"], 0) + 1
    assert facet == expected


def test_datasette_searches_titles(datasette: str) -> None:
    answer = get_json(f"{datasette}/digest/entries.json?_search=Ausweitung&_shape=objects")
    assert [row["slug"] for row in answer["rows"]] == ["lai-chau-mo-rong-hoi-nhap-de"]


def test_datasette_sums_figures(datasette: str, site: Path) -> None:
    sql = "select what, sum(value) as total from figures group by what order by what"
    query = urllib.parse.urlencode({"sql": sql, "_shape": "objects"})
    answer = get_json(f"{datasette}/digest.json?{query}")
    totals: dict[str, float] = {}
    for row in read_csv(site, "figures.csv"):
        totals[row["what"]] = totals.get(row["what"], 0.0) + float(row["value"])
    assert {row["what"]: row["total"] for row in answer["rows"]} == pytest.approx(totals)
    assert answer["rows"], "the seeds report figures"


def rows_about(by_entry: dict[str, dict[str, list[Row]]], slugs: list[str]) -> str:
    """The chosen entries' rows encoded at once, as the data files were written before
    OwnRows: the reference its bytes must equal."""
    chosen = sorted(slugs)
    return to_json({
        name: as_records(TABLE_BY_NAME[name], [r for s in chosen for r in by_entry[s][name]])
        for name in ENTRY_TABLES
    })  # fmt: skip


def test_own_rows_put_together_from_each_entry_are_the_bytes_encoded_at_once(
    entries: dict[str, Any],
) -> None:
    """OwnRows joins each entry's encoded records; its files must be what rows_about writes."""
    registries = load_registries()
    pages = [EntryPage(entry) for entry in entries.values()]
    by_entry = rows_by_entry(build_rows(registries, pages, lambda path, lang: f"/{lang}/{path}"))
    own = OwnRows(by_entry)
    slugs = sorted(entries)
    # One entry, a group, every entry, none, and a group twice (the encodings reused).
    for chosen in ([slugs[0]], slugs[::3], slugs, [], slugs[::3]):
        assert own.about(chosen) == rows_about(by_entry, chosen)
    # Rows of every kind, with text JSON must escape, are in the chosen entries.
    assert any(by_entry[slug]["figures"] for slug in slugs)
    assert any(by_entry[slug]["people"] for slug in slugs)
