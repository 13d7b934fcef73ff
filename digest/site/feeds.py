"""Atom and RSS feeds for the site and every index page, in each interface language.

Item ids are tag URIs built from the site's host, the date the entry was added and its
interface path: none of them changes when an editor corrects a title, a date or a fact, so
subscribers never see an entry twice.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedgenerator
from feedgenerator.django.utils.xmlutils import SimplerXMLGenerator

from digest.site.model import EntryPage, Feed, Page
from digest.site.output import OutputWriter
from digest.site.pages import InterfacePages

# Feeds themselves need a stable id too; the date is part of the tag URI scheme, not a build date.
FEEDS_STARTED = dt.date(2025, 7, 1)


# Where a feed's items go in the text feedgenerator writes: a control character, which no XML
# text holds (feedgenerator refuses them), so it cannot be anything a feed says.
_ITEMS = "\0items\0"


def _write_items_once(feed: Any, handler: SimplerXMLGenerator) -> None:
    """Make a feed's items (``feed.items_xml``), each item's XML made once per interface and
    copied into every feed listing it (``feed.written_items``): an entry is in half a dozen
    feeds (province, partners, topics, language, year, home), and feedgenerator's SAX writing
    of the items was most of the feeds' cost. The handler gets a marker where they go:
    ``write_feed`` puts their bytes there as they are (they are UTF-8 XML already), rather than
    decoding each and encoding it again in every feed."""
    feed.items_xml = []
    for item in feed.items:
        xml = feed.written_items.get(item["made_from"])
        if xml is None:
            buffer = io.StringIO()
            alone = SimplerXMLGenerator(buffer, "utf-8", short_empty_elements=True)
            alone.startElement(feed.item_element, feed.item_attributes(item))
            feed.add_item_elements(alone, item)
            alone.endElement(feed.item_element)
            # UTF-8 holds the cache in about half the memory of a str of this text.
            xml = feed.written_items[item["made_from"]] = buffer.getvalue().encode()
        feed.items_xml.append(xml)
    if feed.items_xml:
        handler.ignorableWhitespace(_ITEMS)


def write_feed(document: AtomFeed | RssFeed, path: Path) -> None:
    """``document`` written to ``path`` as feedgenerator writes it in UTF-8."""
    text = io.StringIO()
    document.write(text, "utf-8")
    before, _, after = text.getvalue().partition(_ITEMS)
    path.write_bytes(before.encode() + b"".join(document.items_xml) + after.encode())


class AtomFeed(feedgenerator.Atom1Feed):
    item_element = "entry"
    written_items: dict[str, bytes]  # what an item is made from -> its XML, shared by feeds
    items_xml: list[bytes]  # this feed's items, in order, once written
    write_items = _write_items_once


class RssFeed(feedgenerator.Rss201rev2Feed):
    item_element = "item"
    written_items: dict[str, bytes]
    items_xml: list[bytes]
    write_items = _write_items_once


FEED_FILES: dict[str, type[AtomFeed | RssFeed]] = {"atom.xml": AtomFeed, "rss.xml": RssFeed}


def _timestamp(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def tag_id(site_url: str, added: dt.date, path: str) -> str:
    parts = urlsplit(site_url)
    return f"tag:{parts.hostname},{added.isoformat()}:{parts.path.rstrip('/')}/{path}"


def write_feeds(
    feed: Feed,
    *,
    output_dir: Path,
    site_url: str,
    prefix: str,
    lang: str,
    title: str,
    describe: Callable[[EntryPage], str],
    written_items: dict[str, dict[str, bytes]],
) -> list[Path]:
    """Write ``atom.xml`` and ``rss.xml`` for ``feed`` under the interface ``prefix``;
    ``written_items`` keeps, per file name, each item's XML for the next feeds."""
    base = site_url.rstrip("/") + "/"
    page_url = f"{base}{prefix}{feed.path if feed.kind != 'site' else ''}"
    made = {name: written_items.setdefault(name, {}) for name in FEED_FILES}
    items = []
    for lead in feed.entries:
        # The story's edition in the reader's language if there is one (the description,
        # feed_item.html, chooses the same).
        page = lead.in_language(lang)
        entry = page.entry
        # The story it stands for and the edition shown: an item's description names the
        # other editions, in an order that depends on the story's lead.
        made_from = f"{lead.entry.slug} {entry.slug}"
        described = all(made_from in items_made for items_made in made.values())
        items.append({
            "title": entry.headline_in(lang) or entry.title,
            "link": f"{base}{prefix}{page.path}",
            # Rendered only for an item whose XML is not made yet.
            "description": "" if described else describe(lead),
            "unique_id": tag_id(site_url, entry.added, f"{prefix}{page.path}"),
            "unique_id_is_permalink": False,
            # An undated article has no publication date of its own: Atom gets `updated`
            # (when the digest added it) and no `published`, RSS no pubDate.
            "pubdate": _timestamp(entry.date) if entry.date else None,
            "updateddate": _timestamp(entry.date or entry.added),
            "author_name": entry.outlet,
            "categories": list(entry.topics),
            "made_from": made_from,
        })  # fmt: skip
    written = []
    for name, feed_class in FEED_FILES.items():
        feed_url = f"{base}{prefix}{feed.path}{name}"
        document = feed_class(
            title=title,
            link=page_url,
            description=title,
            language=lang,
            feed_url=feed_url,
            feed_guid=tag_id(site_url, FEEDS_STARTED, f"{prefix}{feed.path}{name}"),
        )
        document.written_items = made[name]
        for item in items:
            document.add_item(**item)
        path = output_dir / prefix / feed.path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        write_feed(document, path)
        written.append(path)
    return written


def produce_feeds(
    output: OutputWriter,
    pages: Iterable[Page],
    keys: Mapping[str, str],
    interface: InterfacePages,
    site_url: str,
) -> None:
    """The feeds of every listing in ``pages``, in the interface's language, each written
    unless it is on disk as made from its key in ``keys`` (by page path)."""
    lang = interface.lang
    prefix = interface.urls.prefix(lang)
    written_items: dict[str, dict[str, str]] = {}
    for page in pages:
        feed = page.feed
        if feed is None:
            continue

        def make(feed: Feed = feed) -> None:
            write_feeds(feed, output_dir=output.root, site_url=site_url, prefix=prefix,
                        lang=lang, title=interface.feed_title(feed),
                        describe=interface.feed_description,
                        written_items=written_items)  # fmt: skip

        paths = [f"{prefix}{feed.path}{name}" for name in FEED_FILES]
        output.produce(paths, keys[page.path], make)
