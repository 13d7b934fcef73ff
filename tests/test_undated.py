"""Undated articles as a reader meets them on the built seed site: after the dated ones, under
"Date not stated" in the archives (never the year they were added), no publication date in feeds.

The Lang Son and Lao Cai articles state no date; both were added on 2026-11-24, the Lai Chau
story is dated 2025-11-15.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import feedparser
import pytest

from tests.site_helpers import read_page, text_in

DATED = "lai-chau-mo-rong-hoi-nhap"
UNDATED = ("lang-son-tang-doi-ngoai-mo-rong-hop", "lao-cai-7da2066b")


def _story_order(page: Path) -> list[str]:
    """The stories in the order the page lists them (one link per story headline)."""
    order: list[str] = []
    for href in read_page(page).links:
        match = re.search(r"/entries/([a-z0-9-]+?)(?:-[a-z]{2})?/$", href)
        story = match and next((s for s in (DATED, *UNDATED) if match.group(1).startswith(s)), None)
        if story and story not in order:
            order.append(story)
    return order


@pytest.mark.parametrize("prefix", ["", "vi"])
def test_undated_stories_come_after_dated_ones(site: Path, prefix: str) -> None:
    order = _story_order(site / prefix / "index.html")
    assert order[0] == DATED and set(order[1:]) == set(UNDATED), order


@pytest.mark.parametrize(("prefix", "label"), [("", "Date not stated"), ("vi", "Không ghi ngày")])
def test_undated_stories_are_filed_under_no_year(site: Path, prefix: str, label: str) -> None:
    archives = site / prefix / "archives"
    assert not (archives / "2026").exists()  # the year they were added
    assert label in text_in(archives / "index.html", prefix or "en")
    assert _story_order(archives / "undated" / "index.html") == sorted(UNDATED)
    assert _story_order(archives / "2025" / "index.html") == [DATED]
    labels = json.loads(
        re.search(
            r'id="search-labels">(.*?)</script>',
            (site / prefix / "search" / "index.html").read_text(encoding="utf-8"),
        ).group(1)
    )
    assert list(labels["year"]) == ["2025"]


@pytest.mark.parametrize("prefix", ["", "vi"])
def test_feeds_give_undated_items_no_publication_date(site: Path, prefix: str) -> None:
    atom = feedparser.parse((site / prefix / "feeds" / "atom.xml").read_text(encoding="utf-8"))
    rss = feedparser.parse((site / prefix / "feeds" / "rss.xml").read_text(encoding="utf-8"))
    for feed in (atom, rss):
        assert feed.bozo == 0 and len(feed.entries) == 3
        dated = [item for item in feed.entries if DATED in item.link]
        assert len(dated) == 1 and dated[0].published.startswith(
            "2025-11-15" if feed is atom else "Sat, 15 Nov 2025"
        )
    undated_atom = [item for item in atom.entries if DATED not in item.link]
    assert all("published" not in item for item in undated_atom)
    assert all(item.updated.startswith("2026-11-24") for item in undated_atom)
    undated_rss = [item for item in rss.entries if DATED not in item.link]
    assert all("published" not in item for item in undated_rss)


@pytest.mark.parametrize("prefix", ["", "vi"])
def test_one_licence_statement_everywhere(site: Path, prefix: str) -> None:
    about = text_in(site / prefix / "about" / "index.html", prefix or "en")
    home = text_in(site / prefix / "index.html", prefix or "en")
    assert "MIT" in about and "CC BY 4.0" in about
    assert "MIT" in home and "CC BY 4.0" in home  # the footer
    metadata = json.loads((site / "data" / "metadata.json").read_text(encoding="utf-8"))
    assert metadata["license"] == "CC BY 4.0"
