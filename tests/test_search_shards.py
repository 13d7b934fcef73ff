"""Search gives a reader the same results whatever the shape of the index (issue 12).

One corpus is built with a tiny shard size (several shards of a few pages each), then edited,
added to and pruned and built again with the build cache, so that the index also has a recent
bundle and superseded versions. The same final corpus is built cold with one shard. Every query
and filter must show the same results (and count line) on both sites, in Debian's Chromium.

The order of results is not compared: Pagefind ranks each bundle's pages with that bundle's own
term statistics, so a merged index may order equal-looking pages differently from one bundle,
and a search with filters alone lists pages in index order.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.conftest import write_entry
from tests.site_helpers import build_site
from tests.test_browser import CHROMIUM, _serve

pytestmark = pytest.mark.browser

PROVINCES = ["lang-son", "cao-bang", "lai-chau", "lao-cai"]
PARTNERS = ["cn-guangxi", "fr", "jp", "la"]
LANGS = ["de", "fr", "pl", "ja"]
UNIQUE = ["Quokka", "Narwhal", "Okapi", "Axolotl", "Pangolin", "Tapir", "Wombat", "Kakapo",
          "Dugong", "Gharial", "Saola", "Numbat", "Bilby", "Quoll", "Tuatara", "Fossa"]  # fmt: skip
EDITED, ADDED, DELETED = 3, 16, 5


def _body(number: int, *, edited: bool = False) -> str:
    # The common word is repeated a different number of times per entry, so ranking matters.
    common = " ".join(["Zusammenarbeit"] * (1 + number % 4))
    unique = "Capybara" if edited else UNIQUE[number % len(UNIQUE)]
    text = f"{unique} {common} Delegation {number}."
    if LANGS[number % 4] == "ja":
        text += " 貨物の通関能力を高める。"
    if number % 5 == 1:
        text += " Hợp tác xuyên biên giới được mở rộng."
    return text


def _write(entries: Path, number: int, *, edited: bool = False) -> None:
    lang = LANGS[number % 4]
    province = PROVINCES[number % 4 if number % 3 else (number // 3) % 4]
    story = f"{province}-story-{number}"
    write_entry(entries, f"{story}-{lang}.md", body=_body(number, edited=edited),
                slug=f"{story}-{lang}", lang=lang, story_id=story,
                title=f"Bericht {number}" + (" neu" if edited else ""),
                province=province, province_as_written=province, provinces=[province],
                partners=[PARTNERS[(number // 2) % 4]])  # fmt: skip


def _corpus(root: Path, numbers: range) -> Path:
    entries = root / "content" / "entries"
    entries.mkdir(parents=True)
    for number in numbers:
        _write(entries, number)
    return root / "content"


def _digest(shard_size: int) -> list[str]:
    return ["-e", f"DIGEST={json.dumps({'search_shard_size': shard_size})}"]


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    sharded_root = tmp_path_factory.mktemp("sharded")
    content = _corpus(sharded_root, range(16))
    sharded = sharded_root / "site"
    first = build_site(sharded, content=content, extra=_digest(3))
    assert first.returncode == 0, first.stderr
    # Each run's folder of linked pages is deleted beside the next runs, but before the build ends.
    assert not [f.name for f in (sharded / "pagefind").iterdir() if f.name.startswith(".")]
    entries = content / "entries"
    _write(entries, EDITED, edited=True)
    _write(entries, ADDED)
    (deleted,) = entries.glob(f"*-story-{DELETED}-*.md")
    deleted.unlink()
    second = build_site(sharded, content=content, extra=_digest(3))
    assert second.returncode == 0, second.stderr
    page = (sharded / "search" / "index.html").read_text(encoding="utf-8")
    assert page.count("/pagefind/") >= 4, "expected several shards"
    assert "/pagefind/recent/" in page, "the rebuild did not use a recent bundle"

    single_root = tmp_path_factory.mktemp("single")
    shutil.copytree(content, single_root / "content")
    single = single_root / "site"
    cold = build_site(single, content=single_root / "content", extra=_digest(10_000))
    assert cold.returncode == 0, cold.stderr
    assert "/pagefind/1/" not in (single / "search" / "index.html").read_text(encoding="utf-8")

    sharded_server = _serve(sharded)
    single_server = _serve(single)
    yield next(sharded_server), next(single_server)
    for server in (sharded_server, single_server):
        next(server, None)


@pytest.fixture(scope="module")
def chromium():  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-background-networking"],
        )
        yield launched
        launched.close()


def results_for(chromium, url: str) -> tuple[str, list[str]]:  # type: ignore[no-untyped-def]
    """The count line and every result's link, in order, after pressing "more" to the end."""
    page = chromium.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    page.wait_for_selector("#search-status[data-state=done]")
    links = page.locator("#search-results li h2 a")
    while page.locator("#search-more").is_visible():
        before = links.count()
        page.locator("#search-more").click()
        page.locator("#search-results li").nth(before).wait_for()
    hrefs = [links.nth(i).get_attribute("href") or "" for i in range(links.count())]
    status = page.locator("#search-status").inner_text()
    page.close()
    assert not errors, errors
    return status, hrefs


QUERIES = [
    {"q": "Okapi"},  # in one entry
    {"q": "Capybara"},  # only in the edited entry's new text
    {"q": "Tapir"},  # only in the deleted entry
    {"q": "Axolotl"},  # only in the edited entry's old text
    {"q": "Zusammenarbeit"},  # in every entry
    {"q": "Delegation"},
    {"q": "通関"},
    {"q": "貨物の通関能力"},
    {"q": "xuyên biên giới"},
    {"q": "xuyen bien gioi"},
    {"q": "Zusammenarbeit", "province": "lai-chau"},
    {"q": "Zusammenarbeit", "partner": "jp"},
    {"q": "Zusammenarbeit", "language": "ja"},
    {"province": "cao-bang"},
    {"partner": "fr"},
    {"language": "de"},
    {"language": "pl", "partner": "la"},
]


@pytest.mark.parametrize("prefix", ["", "/vi"])
@pytest.mark.parametrize("query", QUERIES, ids=lambda q: urlencode(q))
def test_a_sharded_index_with_recent_edits_answers_like_one_bundle(
    sites,
    chromium,
    prefix,
    query,
) -> None:  # type: ignore[no-untyped-def]
    sharded, single = sites
    path = f"{prefix}/search/?{urlencode(query)}"
    expected_count, expected = results_for(chromium, single + path)
    count, got = results_for(chromium, sharded + path)
    # The same results and the same count line. Their order is not compared: Pagefind scores
    # each bundle's pages with that bundle's own term statistics (see the module's note).
    assert (count, sorted(got)) == (expected_count, sorted(expected))
    assert len(set(got)) == len(got), "an entry is shown twice"


def test_the_comparison_sees_edits_deletions_and_every_filter(sites, chromium) -> None:
    # Guards the test above against comparing two empty lists.
    _, single = sites

    def found(query: dict[str, str]) -> list[str]:
        return results_for(chromium, f"{single}/search/?{urlencode(query)}")[1]

    assert len(found({"q": "Capybara"})) == 1
    assert found({"q": "Tapir"}) == [] and found({"q": "Axolotl"}) == []
    assert len(found({"q": "Zusammenarbeit"})) == 16
    for query in QUERIES:
        # Body text without its Vietnamese diacritics is not found on either site (only
        # province and partner names are indexed folded): compared above, not required here.
        if query.get("q") not in ("Tapir", "Axolotl", "xuyen bien gioi"):
            assert found(query), query
