"""Feed items made once per interface are the items feedgenerator would write in each feed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from digest.site.feeds import write_feeds
from digest.site.model import Feed


@dataclass(frozen=True)
class Edition:  # the fields of an entry that a feed item reads
    slug: str
    title: str
    added: dt.date = dt.date(2026, 1, 2)
    date: dt.date | None = dt.date(2025, 12, 1)
    outlet: str = "Báo Lào Cai"
    topics: tuple[str, ...] = ("trade",)

    def headline_in(self, lang: str) -> str:
        return f"{self.title} ({lang})"


@dataclass(frozen=True)
class Shown:  # an entry's page: the fields a feed item reads
    entry: Edition
    others: tuple[Edition, ...] = field(default=())
    edition_in_english: Shown | None = None  # a lead in another language shows this one

    @property
    def path(self) -> str:
        return f"entries/{self.entry.slug}/"

    def in_language(self, lang: str) -> Shown:
        return self.edition_in_english or self


def describe(lead: Shown) -> str:
    # As feed_item.html does: the other editions are named in the lead's order.
    return f"<p>{lead.entry.title}; other editions: {', '.join(e.slug for e in lead.others)}</p>"


def _feeds(tmp: Path, share: bool) -> dict[str, str]:
    en, zh, pl = Edition("a-en", "A"), Edition("a-zh", "A 中"), Edition("a-pl", "A pl")
    # The English edition shown for its story, whose lead is the Chinese one (province feed),
    # and listed as itself (language feed): two different items with the same id.
    as_itself = Shown(en, (zh, pl))
    as_lead = Shown(zh, (en, pl), edition_in_english=as_itself)
    feeds = [Feed("provinces/lao-cai/", (as_lead,), "province", "lao-cai"),
             Feed("languages/en/", (as_itself,), "language", "en"),
             Feed("topics/trade/", (as_lead, Shown(zh)), "topic", "trade")]  # fmt: skip
    shared: dict[str, dict[str, bytes]] = {}
    written = {}
    for feed in feeds:
        paths = write_feeds(feed, output_dir=tmp, site_url="https://digest.example", prefix="",
                            lang="en", title=feed.key, describe=describe,  # type: ignore[arg-type]
                            written_items=shared if share else {})  # fmt: skip
        written.update({str(p.relative_to(tmp)): p.read_text(encoding="utf-8") for p in paths})
    return written


def test_items_made_once_are_written_as_each_feed_would_write_them(tmp_path: Path) -> None:
    once = _feeds(tmp_path / "shared", share=True)
    alone = _feeds(tmp_path / "alone", share=False)
    assert once == alone
    assert "other editions: a-zh, a-pl" in once["languages/en/atom.xml"]
    assert "other editions: a-en, a-pl" in once["provinces/lao-cai/rss.xml"]
    assert "other editions: a-en, a-pl" in once["topics/trade/atom.xml"]
