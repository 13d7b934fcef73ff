"""Feed items made once per interface are the items feedgenerator would write in each feed."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import feedgenerator

from digest.site.feeds import AtomFeed, RssFeed, write_feed, write_feeds
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


def test_a_feed_written_with_its_items_bytes_is_what_feedgenerator_writes(tmp_path: Path) -> None:
    """write_feed puts the items' UTF-8 XML in place of a marker: the same bytes as
    feedgenerator's own writing, with items (non-ASCII, escaped text) and without."""
    for feed_class, stock_class in ((AtomFeed, feedgenerator.Atom1Feed),
                                    (RssFeed, feedgenerator.Rss201rev2Feed)):  # fmt: skip
        for count in (0, 1, 3):
            documents = []
            for cls in (feed_class, stock_class):
                document = cls(title="Lào Cai & <co>", link="https://digest.example/",
                               description="Tin", language="vi",
                               feed_url="https://digest.example/atom.xml")  # fmt: skip
                for n in range(count):
                    document.add_item(
                        title=f"Tin {n} – “ngoặc” & <b>", link=f"https://digest.example/{n}/",
                        description=f"<p>Nội dung {n} 中文</p>", unique_id=f"tag:x,2026:{n}",
                        pubdate=dt.datetime(2026, 1, n + 1, tzinfo=dt.UTC),
                        categories=["trade"], made_from=f"a-{n} a-{n}",
                    )  # fmt: skip
                documents.append(document)
            mine, stock = documents
            mine.written_items = {}
            path = tmp_path / f"{feed_class.__name__}-{count}.xml"
            write_feed(mine, path)
            expected = stock.writeString("utf-8").encode()
            if not count:  # a feed without items is dated now (by feedgenerator): not compared
                dated = rb"<(updated|lastBuildDate)>[^<]*<"
                assert re.sub(dated, b"", path.read_bytes()) == re.sub(dated, b"", expected)
            else:
                assert path.read_bytes() == expected
