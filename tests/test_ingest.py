"""Ingest of the seed articles: the right facts, editions linked, editors' files untouched."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from digest import frontmatter
from digest.content_checks import load_entries
from digest.ingest import ingest
from tests.site_helpers import ROOT

TODAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, registries) -> dict[str, dict]:
    entries = tmp_path_factory.mktemp("entries")
    written = ingest(ROOT / "seeds", entries, registries, TODAY)
    assert len(written) == 5
    # Every draft is a valid entry as written.
    assert len(load_entries(entries, registries)) == 5
    return {item.seed[:3]: frontmatter.read(item.path).data for item in written}


def figures(data: dict) -> set[tuple]:
    return {(f["value"], f["unit"], f["what"], f["approx"]) for f in data["figures"]}


def test_languages_sources_and_dates(drafted) -> None:
    assert [drafted[k]["lang"] for k in ("000", "001", "002", "003", "004")] == [
        "pl", "de", "ar", "ja", "de"]  # fmt: skip
    assert drafted["001"]["date"] == dt.date(2025, 11, 15)
    assert drafted["001"]["outlet"] == "Báo Lai Châu"
    assert drafted["001"]["title"].startswith("Lai Chau: Ausweitung der Integration")
    assert drafted["000"]["source_url"] == drafted["001"]["source_url"]
    assert drafted["000"]["source_url"].startswith("https://baolaichau.vn/")
    # The Polish edition states no date: it takes the date its German edition states.
    assert drafted["000"]["date"] == dt.date(2025, 11, 15)
    assert drafted["002"]["date"] is None and "date" in drafted["002"]["needs_review"]
    # Neither Lạng Sơn edition names its outlet: it is left for the editor, not guessed.
    assert drafted["002"]["outlet"] is None and "outlet" in drafted["004"]["needs_review"]
    assert drafted["003"]["source_url"] is None and drafted["003"]["outlet"] is None
    assert "title" in drafted["000"]["needs_review"]
    assert all(d["status"] == "draft" and d["added"] == TODAY for d in drafted.values())


def test_editions_share_a_story(drafted) -> None:
    assert drafted["000"]["story_id"] == drafted["001"]["story_id"]
    assert drafted["002"]["story_id"] == drafted["004"]["story_id"]
    assert len({d["story_id"] for d in drafted.values()}) == 3
    assert all(
        d["slug"].isascii() and d["slug"].endswith("-" + d["lang"]) for d in drafted.values()
    )


def test_provinces(drafted) -> None:
    assert {k: d["province"] for k, d in drafted.items()} == {
        "000": "lai-chau", "001": "lai-chau", "002": "lang-son", "003": "lao-cai",
        "004": "lang-son"}  # fmt: skip
    assert drafted["003"]["province_as_written"] == "lao-cai"
    # "Ha Giang (jetzt Tuyen Quang)": a former unit is listed as its current one.
    assert "tuyen-quang" in drafted["004"]["provinces"]
    assert {"lang-son", "quang-ninh", "cao-bang"} <= set(drafted["004"]["provinces"])
    assert {"lao-cai", "lai-chau", "dien-bien", "tuyen-quang"} <= set(drafted["003"]["provinces"])


def test_partners(drafted) -> None:
    for key in ("000", "001"):
        assert {"cn-yunnan", "kr-mungyeong", "cn-honghe", "la"} <= set(drafted[key]["partners"])
        assert "cn" not in drafted[key]["partners"]  # China only as Yunnan's country
    for key in ("002", "004"):
        assert {"cn-guangxi", "fr-cnam", "kr-kfhi"} <= set(drafted[key]["partners"])
    # Japan is named only in a list of countries whose regions the province means to seek out
    # ("日本、韓国、インドの地域との協力"): it does not act, so it is no partner (India is, by
    # its troupe's exchange programme).
    assert {"cn-yunnan", "fr-nouvelle-aquitaine", "by-brest", "cn-honghe", "in"} <= set(
        drafted["003"]["partners"]
    )
    assert "jp" not in drafted["003"]["partners"]


def test_figures(drafted) -> None:
    assert {
        (536, "count", "delegations_received", False),
        (3700, "people", "visitors", True),
        (226000000000, "VND", "aid", True),
        (25000000, "VND", "salary", False),
        (40000000, "VND", "salary", False),
    } <= figures(drafted["000"])
    for key in ("002", "004"):
        found = figures(drafted[key])
        assert (173, "count", "delegations_sent", False) in found
        assert (1549, "people", "officials", False) in found
        assert (1600000, "USD", "aid", False) in found
        assert (2080000, "USD", "aid", True) in found
    years = {2016, 2020, 2022, 2023, 2024, 2025}
    for data in drafted.values():
        assert not years & {f["value"] for f in data["figures"]}, data["slug"]


def test_people(drafted) -> None:
    names = {k: {p["name_latin"] for p in d["people"]} for k, d in drafted.items()}
    assert "Kieu Hai Nam" in names["000"]
    assert {"Trinh Tuyet Mai", "Hoang Khanh Duy"} <= names["004"]
    roles = {p["name_latin"]: p["role"] for p in drafted["004"]["people"]}
    assert "Director" in roles["Trinh Tuyet Mai"]
    assert len(drafted["003"]["people"]) >= 2


def test_rerunning_never_overwrites_an_editors_work(tmp_path: Path, registries) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    entries = tmp_path / "entries"
    first = ingest(seeds, entries, registries, TODAY)
    edited = first[0].path
    edited.write_text(edited.read_text(encoding="utf-8").replace("status: draft",
                                                                 "status: reviewed"))  # fmt: skip
    before = {p.name: p.read_bytes() for p in entries.iterdir()}
    assert ingest(seeds, entries, registries, TODAY) == []
    assert {p.name: p.read_bytes() for p in entries.iterdir()} == before
    # A new edition of a known story joins that story.
    (seeds / "010_new.txt").write_bytes((ROOT / "seeds" / "001_fc3229071827c6cb.txt").read_bytes())
    (new,) = ingest(seeds, entries, registries, TODAY)
    assert new.front_matter["story_id"] == first[1].front_matter["story_id"]
    assert new.front_matter["slug"].endswith("-de-2")
    assert {p.name: p.read_bytes() for p in entries.iterdir() if p != new.path} == before
