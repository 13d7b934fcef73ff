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


@pytest.mark.parametrize("prefix", ["", "/vi"])
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Mungyeong", {"lai-chau-mo-rong-hoi-nhap-pl", "lai-chau-mo-rong-hoi-nhap-de"}),
        ("Guangxi", {"lang-son-tang-doi-ngoai-mo-rong-hop-ar", "lang-son-tang-doi-ngoai-mo-rong-hop-de"}),
        ("Nouvelle-Aquitaine", {"lao-cai-7da2066b-ja"}),
        ("紅河", {"lao-cai-7da2066b-ja"}),
        ("通関", {"lao-cai-7da2066b-ja"}),
        ("貨物の通関能力", {"lao-cai-7da2066b-ja"}),
        ("Vân Nam", {"lai-chau-mo-rong-hoi-nhap-pl", "lai-chau-mo-rong-hoi-nhap-de", "lao-cai-7da2066b-ja"}),
        ("lai chau", {"lai-chau-mo-rong-hoi-nhap-pl", "lai-chau-mo-rong-hoi-nhap-de"}),
    ],
)  # fmt: skip
def test_queries_find_entries_in_every_language(server, browser, prefix, query, expected) -> None:
    hrefs = results_for(browser, f"{server}{prefix}/search/?q={quote(query)}")
    assert expected <= slugs(hrefs), hrefs
    assert all(href.startswith(f"{prefix}/entries/") for href in hrefs)


def test_province_filter_narrows_and_url_is_shareable(server, browser) -> None:
    everything = slugs(results_for(browser, f"{server}/search/?q=Vân%20Nam"))
    narrowed = slugs(results_for(browser, f"{server}/search/?q=Vân%20Nam&province=lai-chau"))
    assert narrowed == {"lai-chau-mo-rong-hoi-nhap-pl", "lai-chau-mo-rong-hoi-nhap-de"}
    assert narrowed < everything


def test_vietnamese_interface_and_screenshot(server, browser) -> None:
    page = browser.new_page()
    page.goto(f"{server}/vi/search/?q=Guangxi")
    page.wait_for_selector("#search-status[data-state=done]")
    status = page.locator("#search-status").inner_text()
    assert status.endswith("kết quả") and status.startswith("2")
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
    assert slugs(hrefs) == {EDITED, "lai-chau-mo-rong-hoi-nhap-pl"}
    assert len(hrefs) == 2, hrefs  # the edited entry's old version is not found too


def test_after_a_removal_search_no_longer_finds_the_entry(rebuilt_server, browser) -> None:
    assert results_for(browser, f"{rebuilt_server}/search/?q=通関") == []
    assert REMOVED not in slugs(results_for(browser, f"{rebuilt_server}/search/?q=Vân%20Nam"))
