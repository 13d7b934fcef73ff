"""A stand-in for a third-party Pelican plugin (sitemap, gzip, minify): it records every path
that Pelican's writer signals announce and, when the build is finalized, writes them to the file
named by the RECORDER_FILE setting, one line each, the signal's name first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pelican import signals

_seen: list[str] = []


def _content_written(path: str, context: Any = None) -> None:
    _seen.append(f"content_written {path}")


def _feed_written(path: str, context: Any = None, feed: Any = None) -> None:
    _seen.append(f"feed_written {path}")


def _finalized(pelican: Any) -> None:
    Path(pelican.settings["RECORDER_FILE"]).write_text("\n".join(_seen), encoding="utf-8")
    _seen.clear()


def register() -> None:
    signals.content_written.connect(_content_written)
    signals.feed_written.connect(_feed_written)
    signals.finalized.connect(_finalized)
