"""Pelican's writer signals for the files the digest writes.

Pelican's own Writer sends ``content_written`` for every page and ``feed_written`` for every feed;
plugins such as sitemap, gzip or minify listen to them. The digest renders with its own writer,
partly in forked processes whose signal handlers would run where the plugins' state is lost, so
the signals are sent here, in Pelican's process, once every file of the build is on disk: for
every file the build produced, whether written now or kept from the last build as it was.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from pelican import signals

FEED_SUFFIXES = ("atom.xml", "rss.xml")


def announce_written(output_root: str, paths: Iterable[str], context: dict[str, Any]) -> int:
    """Send ``content_written`` (or ``feed_written``, with no feed object: it was built in
    another process) for each output-relative path; return how many were sent."""
    count = 0
    for path in paths:
        full = os.path.join(output_root, path)
        if path.endswith(FEED_SUFFIXES):
            signals.feed_written.send(full, context=context, feed=None)
        else:
            signals.content_written.send(full, context=context)
        count += 1
    return count
