"""Search as a reader uses it: Debian's Chromium driven by Playwright against the built site."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.site_helpers import ROOT, build_site

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


def _serve(site: Path) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is required: run `invoke setup-system`")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = tmp_path_factory.mktemp("browser-site")
    result = build_site(site)
    assert result.returncode == 0, result.stderr
    yield from _serve(site)


EDITED = "lai-chau-mo-rong-hoi-nhap-de"
REMOVED = "lao-cai-7da2066b-ja"


@pytest.fixture(scope="module")
def rebuilt_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seeds built, then one entry edited and one removed and the site rebuilt with the
    build cache: the search index then has a recent bundle beside its shard."""
    scratch = tmp_path_factory.mktemp("rebuilt")
    content = scratch / "content"
    shutil.copytree(ROOT / "content", content)
    site = scratch / "site"
    assert build_site(site, content=content).returncode == 0
    edited = content / "entries" / f"{EDITED}.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nZebrafischzucht.\n", "utf-8")
    (content / "entries" / f"{REMOVED}.md").unlink()
    result = build_site(site, content=content)
    assert result.returncode == 0, result.stderr
    bundles = (site / "search" / "index.html").read_text(encoding="utf-8")
    assert "/pagefind/recent/" in bundles, "the rebuild did not use a recent bundle"
    yield from _serve(site)


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-background-networking"],
        )
        yield browser
        browser.close()


def results_for(browser, url: str) -> list[str]:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    page.wait_for_selector("#search-status[data-state=done]")
    titles = page.locator("#search-results li h2 a").all_inner_texts()
    hrefs = [page.locator("#search-results li h2 a").nth(i).get_attribute("href")
             for i in range(len(titles))]  # fmt: skip
    page.close()
    assert not errors, errors
    return [href or "" for href in hrefs]


def slugs(hrefs: list[str]) -> set[str]:
    return {href.rstrip("/").rsplit("/", 1)[-1] for href in hrefs}


# Each story is indexed once, on its lead edition's page (a reviewed one, then the first
# added, then by slug): a search result is a story.
LAI_CHAU, LANG_SON, LAO_CAI = (
    "lai-chau-mo-rong-hoi-nhap-de", "lang-son-tang-doi-ngoai-mo-rong-hop-ar", "lao-cai-7da2066b-ja"
)  # fmt: skip


@pytest.mark.parametrize("prefix", ["", "/vi"])
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Mungyeong", [LAI_CHAU]),
        ("Guangxi", [LANG_SON]),
        ("Nouvelle-Aquitaine", [LAO_CAI]),
        ("紅河", [LAO_CAI]),
        ("通関", [LAO_CAI]),
        ("貨物の通関能力", [LAO_CAI]),
        ("Vân Nam", [LAI_CHAU, LAO_CAI]),
        ("lai chau", [LAI_CHAU]),
        # Words only the second edition of a story holds (the Polish one's "tradycyjnej", the
        # German Lạng Sơn one's "Grenzübergänge") find the story, under its lead.
        ("tradycyjnej", [LAI_CHAU]),
        ("Grenzübergänge", [LANG_SON]),
        # Words of the headline and summary in the other interface language.
        ("cửa khẩu thông minh", [LANG_SON]),
    ],
)  # fmt: skip
def test_each_story_is_found_once_in_every_language(
    server, browser, prefix, query, expected
) -> None:
    hrefs = results_for(browser, f"{server}{prefix}/search/?q={quote(query)}")
    # Other stories may match too (紅河 is also a partner of Lai Châu's), but only ever once,
    # under their lead edition.
    assert set(expected) <= slugs(hrefs) <= {LAI_CHAU, LANG_SON, LAO_CAI}, hrefs
    assert len(hrefs) == len(slugs(hrefs)), hrefs
    assert all(href.startswith(f"{prefix}/entries/") for href in hrefs)


def test_province_filter_narrows_and_url_is_shareable(server, browser) -> None:
    everything = slugs(results_for(browser, f"{server}/search/?q=Vân%20Nam"))
    narrowed = slugs(results_for(browser, f"{server}/search/?q=Vân%20Nam&province=lai-chau"))
    assert narrowed == {LAI_CHAU}
    assert narrowed < everything


def test_language_filter_finds_a_story_by_any_of_its_editions(server, browser) -> None:
    # The Polish edition is not the one indexed: its story is still under Polish, once.
    assert results_for(browser, f"{server}/search/?language=pl") == [f"/entries/{LAI_CHAU}/"]
    assert slugs(results_for(browser, f"{server}/search/?language=de")) == {LAI_CHAU, LANG_SON}


@pytest.mark.parametrize("prefix", ["", "/vi"])
def test_newest_first_puts_undated_stories_last(server, browser, prefix) -> None:
    # The Lạng Sơn and Lào Cai articles state no date; they were added after the Lai Châu
    # article's date, which must not put them first.
    hrefs = results_for(browser, f"{server}{prefix}/search/?topic=diplomacy&sort=date")
    assert slugs(hrefs) == {LAI_CHAU, LANG_SON, LAO_CAI} and len(hrefs) == 3, hrefs
    assert hrefs[0] == f"{prefix}/entries/{LAI_CHAU}/", hrefs


def _result(browser, url: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    page.goto(url)
    page.wait_for_selector("#search-status[data-state=done]")
    item = page.locator("#search-results > li")
    assert item.count() == 1
    seen: dict[str, object] = {
        "status": page.locator("#search-status").inner_text(),
        "headline": item.locator("h2").inner_text(),
        "summary": item.locator(".summary").inner_text(),
        "original": item.locator(".original").inner_text(),
        "original_lang": item.locator(".original span").get_attribute("lang"),
        "meta": item.locator(".meta").inner_text(),
        "editions": item.locator(".editions a").all_inner_texts(),
        "edition_links": [a.get_attribute("href") for a in item.locator(".editions a").all()],
    }
    page.close()
    return seen


def test_a_vietnamese_reader_sees_one_story_in_vietnamese(server, browser) -> None:
    seen = _result(browser, f"{server}/vi/search/?q=Guangxi")
    assert seen["status"] == "1 kết quả"
    assert seen["headline"] == (
        "Lạng Sơn mở rộng hợp tác đối ngoại: cử 173 đoàn, đón 381 đoàn, ký 62 thỏa thuận từ năm 2020"
    )
    assert str(seen["summary"]).startswith("Từ năm 2020 đến nay, Lạng Sơn đã cử 173 đoàn")
    assert seen["original"] == "Tiếng Ả Rập: لانغ سون: تعزيز الشؤون الخارجية وتوسيع التعاون"
    assert seen["original_lang"] == "ar"
    assert str(seen["meta"]).startswith("Không ghi ngày · Lạng Sơn · Quảng Tây")
    assert seen["editions"] == ["Tiếng Đức"]
    assert seen["edition_links"] == ["/vi/entries/lang-son-tang-doi-ngoai-mo-rong-hop-de/"]


def test_an_english_reader_sees_one_story_in_english(server, browser) -> None:
    seen = _result(browser, f"{server}/search/?q=Mungyeong")
    assert seen["status"] == "1 result"
    assert seen["headline"] == (
        "Lai Chau turns foreign ties into seasonal jobs in Korea, aid and tea markets"
    )
    assert str(seen["summary"]).startswith("Lai Chau has signed five cooperation agreements")
    assert str(seen["original"]).startswith("German: ")
    assert seen["editions"] == ["Polish"]
    assert seen["edition_links"] == ["/entries/lai-chau-mo-rong-hoi-nhap-pl/"]


def test_vietnamese_interface_and_screenshot(server, browser) -> None:
    page = browser.new_page()
    page.goto(f"{server}/vi/search/?q=Guangxi")
    page.wait_for_selector("#search-status[data-state=done]")
    assert page.locator("label[for=filter-province]").inner_text() == "Tỉnh, thành phố"
    options = page.locator("#filter-province option").all_inner_texts()
    assert "Lạng Sơn" in options and "Tất cả" in options
    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / "search-vi-guangxi.png"
    page.screenshot(path=str(screenshot), full_page=True)
    page.close()
    assert screenshot.stat().st_size > 10_000


def test_after_an_edit_search_finds_the_new_text_and_each_entry_once(
    rebuilt_server, browser
) -> None:
    assert slugs(results_for(browser, f"{rebuilt_server}/search/?q=Zebrafischzucht")) == {EDITED}
    hrefs = results_for(browser, f"{rebuilt_server}/search/?q=Mungyeong")
    assert hrefs == [f"/entries/{EDITED}/"]  # the edited entry's old version is not found too


def test_after_a_removal_search_no_longer_finds_the_entry(rebuilt_server, browser) -> None:
    assert results_for(browser, f"{rebuilt_server}/search/?q=通関") == []
    assert REMOVED not in slugs(results_for(browser, f"{rebuilt_server}/search/?q=Vân%20Nam"))
