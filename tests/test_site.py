"""End to end: the real site built by Pelican from content/, read as a reader and a subscriber."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest
from babel.messages.pofile import read_po

from digest import frontmatter
from tests.conftest import write_entry
from tests.site_helpers import ROOT, build_site, read_page, text_in

pytestmark = pytest.mark.site

ENTRIES = sorted((ROOT / "content" / "entries").glob("*.md"))
PARTNERS = ("cn-yunnan", "cn-guangxi", "cn-honghe-prefecture", "kr-mungyeong", "fr-nouvelle-aquitaine",
            "by-brest")  # fmt: skip
PROVINCES = ("lai-chau", "lang-son", "lao-cai")
INTERFACES = ("", "vi/")


def front(slug_fragment: str) -> dict:
    path = next(p for p in ENTRIES if slug_fragment in p.name)
    return frontmatter.read(path).data


def test_every_seed_has_an_entry() -> None:
    seeds = {p.name for p in (ROOT / "seeds").glob("*.txt")}
    assert {frontmatter.read(p).data["seed"] for p in ENTRIES} == seeds


@pytest.mark.parametrize("prefix", INTERFACES)
def test_entry_pages_in_both_interfaces(site: Path, prefix: str) -> None:
    for path in ENTRIES:
        page = site / prefix / "entries" / path.stem / "index.html"
        html = page.read_text(encoding="utf-8")
        assert f'<html lang="{prefix.rstrip("/") or "en"}">' in html


def test_article_bodies_carry_their_language(site: Path) -> None:
    arabic = front("-ar.md")["slug"]
    japanese = front("-ja.md")["slug"]
    for prefix in INTERFACES:
        html = (site / prefix / "entries" / arabic / "index.html").read_text(encoding="utf-8")
        assert re.search(r'<div class="body" lang="ar" dir="rtl">', html)
        html = (site / prefix / "entries" / japanese / "index.html").read_text(encoding="utf-8")
        assert re.search(r'<div class="body" lang="ja" dir="ltr"[ >]', html)


def test_editions_link_to_each_other(site: Path) -> None:
    stories: dict[str, list[str]] = {}
    for path in ENTRIES:
        data = frontmatter.read(path).data
        stories.setdefault(data["story_id"], []).append(data["slug"])
    linked = [slugs for slugs in stories.values() if len(slugs) > 1]
    assert len(linked) == 2, stories
    for slugs in linked:
        for slug in slugs:
            for prefix in INTERFACES:
                page = read_page(site / prefix / "entries" / slug / "index.html")
                for other in slugs:
                    if other != slug:
                        assert f"/{prefix}entries/{other}/" in page.links


@pytest.mark.parametrize("prefix", INTERFACES)
@pytest.mark.parametrize("kind_and_id", [*(("provinces", p) for p in PROVINCES),
                                         *(("partners", p) for p in PARTNERS)])  # fmt: skip
def test_index_pages_and_their_feeds(site: Path, prefix: str, kind_and_id) -> None:
    """Each story is one item, under its headline in the interface language, with every
    edition linked; its feeds carry it once, titled with that headline."""
    kind, key = kind_and_id
    ui = "vi" if prefix else "en"
    directory = site / prefix / kind / key
    field = "province" if kind == "provinces" else "partners"
    stories: dict[str, list[dict]] = {}
    for path in ENTRIES:
        data = frontmatter.read(path).data
        if key == data[field] or key in data[field]:
            stories.setdefault(data["story_id"], []).append(data)
    assert stories, f"no entry names {key}"
    html = (directory / "index.html").read_text(encoding="utf-8")
    listing = html[html.index('<ol class="entries">') :]
    page = read_page(directory / "index.html")
    listed = [link.split("/")[-2] for link in page.links if "/entries/" in link]
    for editions in stories.values():
        headline = editions[0]["headline"][ui]
        assert listing[: listing.index("</ol>")].count(f">{headline}</a>") == 1, headline
        assert {e["slug"] for e in editions} <= set(listed)
    for name in ("atom.xml", "rss.xml"):
        feed = feedparser.parse((directory / name).read_text(encoding="utf-8"))
        assert feed.bozo == 0, feed.get("bozo_exception")
        assert sorted(entry.title for entry in feed.entries) == sorted(
            editions[0]["headline"][ui] for editions in stories.values()
        )
        story_of = {e["slug"]: e["story_id"] for eds in stories.values() for e in eds}
        slugs = [entry.link.rstrip("/").rsplit("/", 1)[-1] for entry in feed.entries]
        assert sorted(story_of[s] for s in slugs) == sorted(stories)
        assert all(
            entry.link.startswith("http://localhost:8000/" + prefix) for entry in feed.entries
        )


@pytest.mark.parametrize("prefix", INTERFACES)
def test_home_page_shows_each_story_once_in_the_interface_language(site: Path, prefix: str) -> None:
    ui = "vi" if prefix else "en"
    html = (site / prefix / "index.html").read_text(encoding="utf-8")
    stories = {}
    for path in ENTRIES:
        data = frontmatter.read(path).data
        stories.setdefault(data["story_id"], data)
    for data in stories.values():
        assert html.count(f">{data['headline'][ui]}</a>") == 1
        assert data["summary"][ui] in text_in(site / prefix / "index.html", ui)
    assert f" {len(stories)} " in text_in(site / prefix / "index.html", ui)


@pytest.mark.parametrize("prefix", INTERFACES)
def test_provinces_index_counts_stories_and_says_so(site: Path, prefix: str) -> None:
    """Lai Chau's two editions are one story: the column said "Entries" above a count of 1."""
    html = (site / prefix / "provinces" / "index.html").read_text(encoding="utf-8")
    header = re.search(r'<table class="overview">\s*<thead>(.*?)</thead>', html, re.S)
    assert header is not None
    assert ("Số tin" if prefix else "Stories") in header.group(1)
    stories: dict[str, set[str]] = {}
    for path in ENTRIES:
        data = frontmatter.read(path).data
        stories.setdefault(data["province"], set()).add(data["story_id"])
    rows = dict(re.findall(r'provinces/([a-z-]+)/">[^<]+</a></th>\s*<td>[^<]*</td>\s*'
                           r'<td class="number">(\d+)</td>', html))  # fmt: skip
    assert len(rows) == 34
    for province, count in rows.items():
        assert int(count) == len(stories.get(province, ())), province


def test_every_feed_parses_with_unique_ids(site: Path) -> None:
    feeds = sorted(site.rglob("atom.xml")) + sorted(site.rglob("rss.xml"))
    assert len(feeds) > 20
    for path in feeds:
        feed = feedparser.parse(path.read_text(encoding="utf-8"))
        assert feed.bozo == 0, (path, feed.get("bozo_exception"))
        ids = [entry.id for entry in feed.entries]
        assert len(ids) == len(set(ids)) and all(i.startswith("tag:localhost,") for i in ids)


def test_pages_link_to_their_counterpart(site: Path) -> None:
    for page in site.rglob("index.html"):
        relative = page.parent.relative_to(site).as_posix()
        if relative.startswith("pagefind"):
            continue
        links = read_page(page).links
        if relative == "vi" or relative.startswith("vi/"):
            counterpart = "/" + relative.removeprefix("vi").strip("/") + "/"
        else:
            counterpart = "/vi/" + (relative + "/" if relative != "." else "")
        assert counterpart.replace("//", "/") in links, page


def _english_messages() -> list[str]:
    with (ROOT / "theme/translations/vi/LC_MESSAGES/messages.po").open("rb") as handle:
        catalog = read_po(handle)
    messages = []
    for message in catalog:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        for text in ids:
            for part in re.split(r"%\(\w+\)s", text):
                if len(part.strip()) > 3:
                    messages.append(part.strip())
    return messages


def test_no_english_interface_text_on_vietnamese_pages(site: Path) -> None:
    messages = _english_messages()
    assert len(messages) > 40
    pages = [p for p in (site / "vi").rglob("index.html")]
    assert len(pages) > 30
    for page in pages:
        text = text_in(page, "vi")
        leftovers = [m for m in messages if m in text]
        assert not leftovers, (page, leftovers)


def test_vietnamese_numbers_and_dates(site: Path) -> None:
    slug = front("-pl.md")["slug"]
    vi = text_in(site / "vi" / "entries" / slug / "index.html", "vi")
    en = text_in(site / "entries" / slug / "index.html", "en")
    assert "3.700" in vi and "3,700" in en
    assert "15 tháng 11, 2025" in vi or "15 thg 11, 2025" in vi
    assert "November 15, 2025" in en


def test_sitemap_covers_both_languages(site: Path) -> None:
    tree = ET.parse(site / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = {loc.text for loc in tree.findall(".//s:loc", ns)}
    pages = [p.parent.relative_to(site).as_posix() for p in site.rglob("index.html")
             if not p.parent.relative_to(site).as_posix().startswith("pagefind")]  # fmt: skip
    for relative in pages:
        url = "http://localhost:8000/" + ("" if relative == "." else relative + "/")
        assert url in locations, url
    assert len(locations) == len(pages)


def test_a_broken_entry_stops_the_build_with_its_file_and_field(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "entries").mkdir(parents=True)
    for path in ENTRIES:
        (content / "entries" / path.name).write_bytes(path.read_bytes())
    broken = content / "entries" / ENTRIES[0].name
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("status: reviewed", "status: finished"),
        encoding="utf-8",
    )
    result = build_site(tmp_path / "out", content=content)
    assert result.returncode != 0
    output = " ".join((result.stdout + result.stderr).split())
    assert ENTRIES[0].name in output and "status: expected one of draft, reviewed" in output
    assert not (tmp_path / "out" / "index.html").exists()


@pytest.mark.parametrize(("prefix", "ui", "merger", "not_found"), [
    ("", "en", "On 1 July 2025 Vietnam merged", "Page not found"),
    ("vi/", "vi", "Từ ngày 1/7/2025, Việt Nam sắp xếp", "Không tìm thấy trang"),
])  # fmt: skip
def test_about_and_not_found_pages(
    site: Path, prefix: str, ui: str, merger: str, not_found: str
) -> None:
    about = text_in(site / prefix / "about" / "index.html", ui)
    assert merger in about and "MIT" in about
    missing = site / prefix / "404.html"
    assert not_found in text_in(missing, ui)
    assert f"/{prefix}search/" in read_page(missing).links
    assert "404" not in (site / "sitemap.xml").read_text(encoding="utf-8")
    footer_links = read_page(site / prefix / "index.html").links
    assert f"/{prefix}about/" in footer_links


def test_a_story_is_listed_by_its_edition_in_the_readers_language(tmp_path: Path) -> None:
    """With a Vietnamese edition of the Lai Châu story, /vi/ lists and feeds show that edition
    (its own title as the original), / still the lead (German); each links the others."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    german = frontmatter.read(content / "entries" / "lai-chau-mo-rong-hoi-nhap-de.md")
    vietnamese = {**german.data, "slug": "lai-chau-mo-rong-hoi-nhap-vi", "lang": "vi",
                  "title": "Lai Châu mở rộng hội nhập quốc tế"}  # fmt: skip
    (content / "entries" / "lai-chau-mo-rong-hoi-nhap-vi.md").write_text(
        frontmatter.dump(vietnamese, "Tỉnh Lai Châu đã ký 5 thỏa thuận hợp tác.\n"), "utf-8"
    )
    site = tmp_path / "site"
    result = build_site(site, content=content)
    assert result.returncode == 0, result.stderr + result.stdout
    for page in ("index.html", "provinces/lai-chau/index.html", "partners/kr-mungyeong/index.html"):
        vi = (site / "vi" / page).read_text(encoding="utf-8")
        en = (site / page).read_text(encoding="utf-8")
        headline_vi = german.data["headline"]["vi"]
        assert f'<a href="/vi/entries/lai-chau-mo-rong-hoi-nhap-vi/">{headline_vi}</a>' in vi
        assert "Lai Châu mở rộng hội nhập quốc tế" in vi
        headline_en = german.data["headline"]["en"]
        assert f'<a href="/entries/lai-chau-mo-rong-hoi-nhap-de/">{headline_en}</a>' in en
        # One item for the story, linking the other editions.
        assert vi.count(f">{headline_vi}</a>") == 1 and en.count(f">{headline_en}</a>") == 1
        assert 'href="/vi/entries/lai-chau-mo-rong-hoi-nhap-de/" hreflang="de"' in vi
        assert 'href="/entries/lai-chau-mo-rong-hoi-nhap-vi/" hreflang="vi"' in en
    for prefix, slug in (("vi/", "vi"), ("", "de")):
        feed = feedparser.parse((site / prefix / "provinces/lai-chau/atom.xml").read_text("utf-8"))
        assert [e.link for e in feed.entries] == [
            f"http://localhost:8000/{prefix}entries/lai-chau-mo-rong-hoi-nhap-{slug}/"
        ]


@pytest.mark.parametrize(
    ("prefix", "wages", "aid", "delegations"),
    [
        ("", "₫25 million – ₫40 million per month", "≈ ₫226 billion", "536 since 2020"),
        ("vi/", "25 triệu đồng – 40 triệu đồng mỗi tháng", "≈ 226 tỷ đồng", "536 từ năm 2020"),
    ],
)
def test_figures_read_as_a_reader_expects(site: Path, prefix, wages, aid, delegations) -> None:
    ui = "vi" if prefix else "en"
    entry = text_in(site / prefix / "entries/lai-chau-mo-rong-hoi-nhap-pl/index.html", ui)
    flat = " ".join(entry.split())
    for shown in (wages, aid, delegations):
        assert shown in flat, shown
    # The province sums stories, never a story's range or a rate: no 65 million of wages.
    province = " ".join(text_in(site / prefix / "provinces/lai-chau/index.html", ui).split())
    assert "65" not in province and aid in province


def test_roles_are_in_the_interface_language(site: Path) -> None:
    for page in (site / "vi" / "entries").glob("*/index.html"):
        html = page.read_text(encoding="utf-8")
        assert 'class="role" lang="en"' not in html, page
    lao_cai = text_in(site / "vi/entries/lao-cai-7da2066b-ja/index.html", "vi")
    assert "Bí thư Tỉnh ủy Lào Cai" in lao_cai


def test_a_figure_nobody_named_is_not_published(tmp_path: Path) -> None:
    """A draft's figure of measure "other" shows nowhere until an editor names it."""
    content = tmp_path / "content"
    (content / "entries").mkdir(parents=True)
    write_entry(
        content / "entries", "draft-de.md", slug="draft-de", story_id="draft",
        figures=[{"value": 30, "unit": "count", "what": "other", "approx": False},
                 {"value": 173, "unit": "count", "what": "delegations_sent", "approx": False}],
    )  # fmt: skip
    site = tmp_path / "site"
    result = build_site(site, content=content)
    assert result.returncode == 0, result.stderr + result.stdout
    for prefix, other in (("", "Other"), ("vi/", "Khác")):
        for page in ("entries/draft-de/index.html", "provinces/lang-son/index.html"):
            text = (site / prefix / page).read_text(encoding="utf-8")
            assert f">{other}<" not in text and ">30<" not in text and "173" in text, page
        feed = (site / prefix / "provinces/lang-son/atom.xml").read_text(encoding="utf-8")
        assert f"{other}: 30" not in feed and "173" in feed
