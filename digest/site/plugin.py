"""Signal handlers of the Pelican plugin, each a thin call into the digest's own code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pelican import signals

from digest.site.generator import DigestGenerator
from digest.site.reader import EntryReader, read_problems
from digest.site.search import build_index
from digest.site.settings import plugin_settings


def use_entry_reader(readers: Any) -> None:
    readers.reader_classes["md"] = EntryReader


def digest_generator(pelican: Any) -> type[DigestGenerator]:
    return DigestGenerator


def reset(pelican: Any) -> None:
    # Autoreload runs several builds in one process: start each with no stale problems.
    read_problems.clear()


def index_for_search(pelican: Any) -> None:
    if plugin_settings(pelican.settings)["search"]:
        build_index(Path(pelican.output_path))


def connect() -> None:
    signals.finalized.connect(index_for_search)
    signals.initialized.connect(reset)
    signals.readers_init.connect(use_entry_reader)
    signals.get_generators.connect(digest_generator)
